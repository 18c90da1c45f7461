"""The multilingual condition lexicon (recognizers/conditions_lexicon.py) and the recognizer
that reads it (recognizers/condition_lexicon.py): the data's own rules, the lookup, what
an ambiguous word or an abbreviation needs before it, and a property over generated texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.recognizers import conditions_lexicon as lexicon
from sovereign.detect.recognizers.condition_lexicon import (
    ABBREVIATIONS,
    TERMS,
    WORD,
    fold,
    recognizer,
)

LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl"}
TABLES = (lexicon.LEXICON, lexicon.AMBIGUOUS, lexicon.ABBREVIATIONS,
          lexicon.ABBREVIATIONS_AMBIGUOUS)


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer().analyze(text, ["MEDICAL_CONDITION"])]


def test_every_table_covers_the_seven_languages_and_no_term_is_both_sure_and_ambiguous() -> None:
    for table in TABLES:
        assert set(table) == LANGUAGES
    for lang in LANGUAGES:
        assert len(lexicon.LEXICON[lang]) >= 300
        assert not set(lexicon.LEXICON[lang]) & set(lexicon.AMBIGUOUS[lang])
        for term in lexicon.LEXICON[lang] + lexicon.AMBIGUOUS[lang]:
            assert term == term.lower() and len(term) >= 3 and term == term.strip()


def test_folding_drops_case_and_accents() -> None:
    assert fold("Hämodialyse") == "hamodialyse"
    assert fold("HÉMODIALYSE") == fold("hemodialyse")
    assert fold("cadeirante") == "cadeirante"


@pytest.mark.parametrize(("text", "value"), [
    ("Mijn vader heeft gordelroos en kan niet slapen.", "gordelroos"),
    ("mon pote a une rectocolite hémorragique", "rectocolite hémorragique"),
    ("O meu pai faz HEMODIALISE três vezes por semana.", "HEMODIALISE"),
    ("Mon père a un zona sur le thorax.", "zona"),
    ("PMH: T2DM, HTN, ex-smoker", "HTN"),
    ("Antecedentes: DM2, HTA.", "HTA"),
])
def test_a_term_of_the_lexicon_is_found(text: str, value: str) -> None:
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "La zona industriale è chiusa la domenica.",   # ambiguous, no one has it
    "gunzip checks a 32 bit CRC of the data",       # an abbreviation outside a note
    "see PEP 8 and the PCI DSS scope",
    "please report problems to the bug tracker",
    "The release notes list every change.",
])
def test_an_ambiguous_word_or_an_abbreviation_alone_is_not_a_condition(text: str) -> None:
    assert found(text) == []


def test_the_words_of_a_term_stand_on_one_line() -> None:
    assert found("rectocolite\nhémorragique") == []


TERM_WORDS = sorted({words[0] for words in TERMS} | {words[0] for words in ABBREVIATIONS})[:400]
GLUE = st.sampled_from([" ", "  ", ", ", ". ", "\n", "-", "'", "/"])


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from([*TERM_WORDS, "my", "il a", "PMH:", "xyz"]),
                                GLUE), min_size=1, max_size=10))
def test_findings_are_whole_words_of_a_listed_term(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    for result in recognizer().analyze(text, ["MEDICAL_CONDITION"]):
        value = text[result.start:result.end]
        assert (result.start == 0 or not text[result.start - 1].isalnum())
        assert (result.end == len(text) or not text[result.end].isalnum())
        words = tuple(WORD.findall(value))
        folded = tuple(fold(w) for w in words)
        assert any(entry == folded for entry, _ in TERMS.get(folded[0], ())) or any(
            entry == words for entry, _ in ABBREVIATIONS.get(words[0], ()))
