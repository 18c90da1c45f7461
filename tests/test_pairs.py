"""A capitalised name joined by "and" to a name found is a name too (detect/pairs.py): the
pure step on hand-made findings, a property over generated texts, and the engine."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.pairs import PAIR_SCORE, paired_names


def person_at(text: str, value: str, score: float = 1.0) -> dict[tuple[int, int, str], float]:
    start = text.index(value)
    return {(start, start + len(value), "PERSON"): score}


def paired(text: str, found: dict[tuple[int, int, str], float]) -> list[tuple[str, float]]:
    before = set(found)
    after = paired_names(text, dict(found))
    return sorted((text[a:b], score) for (a, b, kind), score in after.items()
                  if kind == "PERSON" and (a, b, kind) not in before)


def test_the_partner_of_a_name_found_is_found_on_either_side() -> None:
    text = "Escala: sábado - Kauã e Letícia; domingo - Seu Raimundo e Thaís Oliveira."
    found = person_at(text, "Letícia") | person_at(text, "Thaís Oliveira")
    assert paired(text, found) == [("Kauã", PAIR_SCORE), ("Raimundo", PAIR_SCORE)]
    card = "Sign it from 'Rose & Hunter', with love"
    assert paired(card, person_at(card, "Hunter", 0.7)) == [("Rose", 0.7)]
    assert paired(card, person_at(card, "Rose", 0.9)) == [("Hunter", PAIR_SCORE)]


def test_stop_words_unsure_names_and_other_lines_give_no_partner() -> None:
    text = "Thanks and Regards, Maria Lopez"
    assert paired(text, person_at(text, "Maria Lopez")) == []
    unsure = "Ahmed und Lena kommen"
    assert paired(unsure, person_at(unsure, "Lena", 0.35)) == []
    lines = "Ahmed\nund Lena kommen"
    assert paired(lines, person_at(lines, "Lena")) == []
    lower = "kez and Lena are here"
    assert paired(lower, person_at(lower, "Lena")) == []
    place = "Meeting with Ana García en Madrid, and Maria Lopez of Finance"
    found = person_at(place, "Ana García") | person_at(place, "Maria Lopez")
    madrid, finance = place.index("Madrid"), place.index("Finance")
    found |= {(madrid, madrid + 6, "LOCATION"): 0.85,
              (finance, finance + 7, "ORGANIZATION"): 0.85}
    assert paired(place, found) == []
    dutch = "Zaterdag komen Sanne en Joost de Vries"
    assert paired(dutch, person_at(dutch, "Joost de Vries")) == [("Sanne", PAIR_SCORE)]


def test_a_text_without_a_name_is_left_as_it_is() -> None:
    text = "Deploy Kafka and Redis and Postgres."
    found = {(7, 12, "ORGANIZATION"): 0.85}
    assert paired_names(text, dict(found)) == found


WORDS = st.sampled_from(["Rajesh", "Helen", "Ilaria", "Mancini", "Will", "rose", "Rose", "and",
                         "e", "&", "und", "The"])
GLUE = st.sampled_from([" ", ", ", ". ", "\n", " - ", "'s "])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(WORDS, GLUE), min_size=1, max_size=12),
       source=st.integers(min_value=0, max_value=11), score=st.floats(0.0, 1.0))
def test_partners_are_capitalised_words_next_to_a_sure_name(
        parts: list[tuple[str, str]], source: int, score: float) -> None:
    text = "".join(word + glue for word, glue in parts)
    index = min(source, len(parts) - 1)
    word = parts[index][0]
    start = sum(len(w) + len(g) for w, g in parts[:index])
    found = {(start, start + len(word), "PERSON"): score}
    after = paired_names(text, dict(found))
    assert set(found) <= set(after)
    for (a, b, kind), value in after.items():
        if (a, b, kind) in found:
            continue
        assert kind == "PERSON" and score >= 0.5 and value == min(score, PAIR_SCORE)
        assert all(w[0].isupper() and w.lower() not in ("and", "und", "the")
                   for w in text[a:b].split())
        between = text[min(b, start):max(a, start + len(word))]
        assert "\n" not in between


def test_the_engine_finds_the_partner_of_a_name(analyzer_detector: Any) -> None:
    text = "Escala do fim de semana: sábado - Kauã e Letícia Moraes."
    spans = analyzer_detector.scan([text])[0]
    assert any(text[s.start:s.end] == "Kauã" and s.entity_type == "PERSON" and s.score >= 0.4
               for s in spans)
