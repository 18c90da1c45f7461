"""A name found once in a text is found wherever else the text writes it (detect/echo.py):
the pure step on hand-made findings, a property over generated texts, and the engine."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.echo import ECHO_SCORE, echo_names


def person_at(text: str, value: str, score: float = 1.0) -> dict[tuple[int, int, str], float]:
    start = text.index(value)
    return {(start, start + len(value), "PERSON"): score}


def echoed(text: str, found: dict[tuple[int, int, str], float]) -> list[tuple[str, float]]:
    before = set(found)
    after = echo_names(text, dict(found))
    return sorted((text[a:b], score) for (a, b, _), score in after.items()
                  if (a, b, "PERSON") not in before)


def test_a_given_name_found_in_full_once_is_found_alone_later() -> None:
    text = "I'll talk to Anjali Raghunathan today. Anjali and Raghunathan's team agree."
    assert echoed(text, person_at(text, "Anjali Raghunathan")) == [
        ("Anjali", ECHO_SCORE), ("Raghunathan", ECHO_SCORE)]


def test_a_nickname_in_brackets_after_a_name_is_a_name_of_the_text() -> None:
    text = "1:1 with Oluwadamilare (Dami): wants to move teams. Send the notes to Dami."
    assert echoed(text, person_at(text, "Oluwadamilare", 0.85)) == [
        ("Dami", 0.85), ("Dami", 0.85)]


def test_an_echo_is_a_whole_word_with_the_same_capitals() -> None:
    text = "Rose Hartley signed. Rose agreed; a rose, Roses and Rosewood did not."
    assert echoed(text, person_at(text, "Rose Hartley", 0.7)) == [("Rose", 0.7)]


def test_stop_words_short_words_and_unsure_names_are_not_echoed() -> None:
    text = "Will Ashford came in. Will you call Ashford? Al Li, then Al and Li."
    found = person_at(text, "Will Ashford") | person_at(text, "Al Li")
    assert echoed(text, found) == [("Ashford", ECHO_SCORE)]
    unsure = "Gavin maybe wrote it; Gavin again."
    assert echoed(unsure, person_at(unsure, "Gavin", 0.35)) == []


def test_a_text_without_a_name_is_left_as_it_is() -> None:
    text = "Deploy Kafka and Redis; Kafka restarts nightly."
    found = {(7, 12, "ORGANIZATION"): 0.85}
    assert echo_names(text, dict(found)) == found


NAME_PARTS = st.sampled_from(["Rajesh", "Helen", "Ilaria", "Mancini", "Will", "rose", "Rose"])
FILLER = st.sampled_from([" ", ", ", ". ", " and ", "\n", " (", ") ", "-", "'s "])


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.tuples(NAME_PARTS, FILLER), min_size=1, max_size=12),
       source=st.integers(min_value=0, max_value=11), score=st.floats(0.0, 1.0))
def test_echoes_only_add_persons_on_the_words_of_a_sure_name(
        parts: list[tuple[str, str]], source: int, score: float) -> None:
    text = "".join(word + glue for word, glue in parts)
    words = [(i, w) for i, (w, _) in enumerate(parts)]
    index, word = words[min(source, len(words) - 1)]
    start = sum(len(w) + len(g) for w, g in parts[:index])
    found = {(start, start + len(word), "PERSON"): score}
    after = echo_names(text, dict(found))
    assert set(found) <= set(after)
    for (a, b, kind), value in after.items():
        if (a, b, kind) in found:
            continue
        assert kind == "PERSON" and text[a:b] == word and score >= 0.5
        assert value == min(score, ECHO_SCORE)


def test_the_engine_finds_every_mention_of_a_name_it_found_once(analyzer_detector: Any
                                                                ) -> None:
    text = ("Agenda: Rajesh Sharma presented the budget. Questions to Rajesh by Friday; "
            "Rajesh steps down in July.")
    spans = analyzer_detector.scan([text])[0]
    mentions = {s.start for s in spans if s.entity_type == "PERSON" and s.score >= 0.5
                and text[s.start:s.end].startswith("Rajesh")}
    assert mentions == {i for i in range(len(text)) if text.startswith("Rajesh", i)}


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12),
       start=st.integers(0, 70), width=st.integers(1, 15))
def test_the_containment_search_agrees_with_a_scan_of_every_span(
        spans: list[tuple[int, int]], start: int, width: int) -> None:
    from sovereign.detect.echo import _inside, _reach

    taken = sorted((a, a + n) for a, n in spans)
    starts, reach = _reach(taken)
    expected = any(a <= start and start + width <= b for a, b in taken)
    assert _inside(starts, reach, start, start + width) is expected
