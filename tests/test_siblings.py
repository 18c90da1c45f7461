"""A list's lines laid out as one whose first words are a name begin with names too
(detect/siblings.py): the pure step on hand-made findings, a property, and the engine."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.siblings import SIBLING_SCORE, sibling_names

MEMBERS = ("Lista de socios:\n1. Ainhoa Zubizarreta \u2013 DNI 15087305H\n"
           "2. Óscar Llorente \u2013 DNI 26416074E\n")


def person_at(text: str, value: str, score: float = 0.85) -> dict[tuple[int, int, str], float]:
    start = text.index(value)
    return {(start, start + len(value), "PERSON"): score}


def added(text: str, found: dict[tuple[int, int, str], float]) -> list[str]:
    after = sibling_names(text, dict(found))
    return sorted(text[a:b] for (a, b, kind) in after if (a, b, kind) not in found)


def test_a_sibling_line_of_a_name_begins_with_a_name() -> None:
    assert added(MEMBERS, person_at(MEMBERS, "Ainhoa Zubizarreta")) == ["Óscar Llorente"]


def test_no_sure_source_another_shape_a_place_or_another_block_add_nothing() -> None:
    assert added(MEMBERS, person_at(MEMBERS, "Ainhoa Zubizarreta", 0.35)) == []
    shapes = "1. Ainhoa Zubizarreta \u2013 DNI 15087305H\n2. Óscar Llorente: DNI 26416074E\n"
    assert added(shapes, person_at(shapes, "Ainhoa Zubizarreta")) == []
    place = person_at(MEMBERS, "Ainhoa Zubizarreta")
    start = MEMBERS.index("Óscar")
    place[(start, start + 5, "LOCATION")] = 0.85
    assert added(MEMBERS, place) == []
    blocks = "1. Ainhoa Zubizarreta \u2013 DNI 15087305H\n\n2. Óscar Llorente \u2013 DNI 26416074E\n"
    assert added(blocks, person_at(blocks, "Ainhoa Zubizarreta")) == []


def test_products_need_two_sources_when_no_word_is_a_listed_name() -> None:
    text = "- Tea Box \u2013 7.95\n- Stoneware Mug \u2013 12.00\n- Glass Kettle \u2013 34.90\n"
    assert added(text, person_at(text, "Tea Box")) == []


LINES = st.sampled_from(["1. Ainhoa Zubizarreta \u2013 DNI", "2. Óscar Llorente \u2013 DNI",
                         "- Maria Rossi, 34", "Kévin Ngoma", "", "the end", "- Tea Box \u2013 7"])


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(LINES, min_size=1, max_size=8), source=st.integers(0, 7))
def test_siblings_are_runs_at_a_lines_start_beside_a_sure_name(lines: list[str],
                                                               source: int) -> None:
    text = "\n".join(lines)
    line = lines[min(source, len(lines) - 1)]
    found: dict[tuple[int, int, str], float] = {}
    if line.strip():
        start = text.index(line)
        found = {(start, start + len(line), "PERSON"): 0.9}
    after = sibling_names(text, dict(found))
    assert set(found) <= set(after)
    for (a, b, kind), score in after.items():
        if (a, b, kind) not in found:
            assert kind == "PERSON" and score == SIBLING_SCORE
            assert "\n" not in text[a:b] and text[a:b] == text[a:b].strip()


def test_the_engine_finds_the_sibling_name(analyzer_detector: Any) -> None:
    spans = analyzer_detector.scan([MEMBERS])[0]
    assert any(MEMBERS[s.start:s.end] == "Óscar Llorente" and s.entity_type == "PERSON"
               and s.score >= 0.5 for s in spans)
