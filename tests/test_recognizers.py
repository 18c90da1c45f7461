"""Each of our recognizers against the table of vectors beside it, through the full engine."""

from __future__ import annotations

import itertools
import socket
from typing import Any

import pytest
import tldextract.tldextract

from sovereign.detect.recognizers import MODULES, checksum_only

CASES = [(m.ENTITY, text, bool(expected)) for m in MODULES for text, expected in m.VECTORS]


@pytest.mark.parametrize(("entity", "text", "expected"), CASES,
                         ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(CASES)])
def test_vector(analyzer_detector: Any, entity: str, text: str, expected: bool) -> None:
    found = {s.entity_type for s in analyzer_detector.scan([text])[0]}
    assert (entity in found) is expected


IBANS = ["ES9121000418450200051332", "BE68539007547034", "AT611904300234573201",
         "GB82WEST12345698765432", "FR1420041010050500013M02606"]
AROUND = [("IBAN: ", ""), ("send to ", " please"), ("iban ", " ok"), ("(", ")"),
          ("conta ", ".\nobrigado"), ("", ", thanks")]


def written(iban: str) -> list[str]:
    """*iban* as people write it: one run, in groups of four parted by blanks or hyphens; in
    capitals and in lower case."""
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    forms = [iban, " ".join(groups), "-".join(groups)]
    return forms + [form.lower() for form in forms]


def test_an_iban_is_found_whole_whatever_its_case_grouping_and_neighbours(
        analyzer_detector: Any) -> None:
    """Presidio's IBAN pattern, loaded case-insensitive by its default configuration, runs
    its groups of four on into a word after the IBAN ("… 9989 please": "plea" + "se") and the
    check of the longer run fails, when the IBAN's length after the country is a multiple of
    four; iban_separated reads the compact form in any case. (Making Presidio's pattern
    case-sensitive instead lost a lower-case IBAN in groups before a short word.)"""
    cases = [(before, form, after) for iban in IBANS for form in written(iban)
             for before, after in AROUND]
    texts = ["".join(case) for case in cases]
    for (before, form, _), text, spans in zip(cases, texts, analyzer_detector.scan(texts),
                                              strict=True):
        start = len(before)
        assert any(s.entity_type == "IBAN_CODE" and s.start <= start
                   and s.end >= start + len(form) for s in spans), text


CHECKSUM_ONLY = ("PL_PESEL", "SE_PERSONNUMMER", "IT_VAT_CODE")


@pytest.mark.parametrize(("text", "expected"), checksum_only.VECTORS)
def test_presidio_checksum_recognizers_need_a_word_naming_them(
        analyzer_detector: Any, text: str, expected: list[str]) -> None:
    """Presidio's PESEL, personnummer and partita IVA recognizers as ours score them: a bare
    digit run passing the check is not reported; with the word naming it, it is."""
    found = {s.entity_type for s in analyzer_detector.scan([text])[0]} & set(CHECKSUM_ONLY)
    assert found == set(expected)


def test_detection_never_touches_the_network(analyzer_detector: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("detection tried to open a network connection")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls == ()
    spans = analyzer_detector.scan(["mail ops-team@example.co.uk today"])[0]
    assert any(s.entity_type == "EMAIL_ADDRESS" and s.score == 1.0 for s in spans)


def test_cache_serves_repeated_segments(analyzer_detector: Any) -> None:
    before = analyzer_detector.misses
    text = "A unique sentence for the cache test, 9f2c."
    first = analyzer_detector.scan([text])
    assert analyzer_detector.scan([text, text]) == first * 2
    assert analyzer_detector.misses == before + 1


def test_long_texts_are_scanned_in_overlapping_pieces(analyzer_detector: Any) -> None:
    from sovereign.detect.detector import CHUNK_CHARS, chunk_bounds

    filler = "The committee reviewed the budget and the timeline in detail. " * 200
    email = "ops.lead@example.org"
    for at in (CHUNK_CHARS - 8, CHUNK_CHARS + 100, 2 * CHUNK_CHARS - 300):
        text = filler[:at] + " " + email + " " + filler[at:]
        spans = [s for s in analyzer_detector.scan([text])[0] if s.entity_type == "EMAIL_ADDRESS"]
        assert [(text[s.start : s.end]) for s in spans] == [email], at  # once, at its place
    bounds = chunk_bounds(len(filler), filler)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(filler) and len(bounds) > 2
    assert all(b[0] < a[1] for a, b in itertools.pairwise(bounds))  # overlapping


WORD_LISTS = [  # (module, list, the pattern ignores case)
    ("nationality", "DEMONYMS", True), ("place_name", "COUNTRIES", True),
    ("medical_condition", "CONDITIONS", True), ("street_address", "SUFFIXES", True),
    ("street_address", "PREFIXES", True), ("street_address", "COMPOUND_ENDINGS", True),
    ("person_name", "LABELLED", False), ("person_name", "NOT_NAMES", False),
]


@pytest.mark.parametrize(("module", "name", "ignore_case"), WORD_LISTS)
def test_a_word_list_grouped_by_first_letter_matches_what_the_flat_list_matches(
        module: str, name: str, ignore_case: bool) -> None:
    import importlib

    import regex

    from sovereign.detect.wordlist import alternation

    words = getattr(importlib.import_module(f"sovereign.detect.recognizers.{module}"), name)
    flags = regex.IGNORECASE if ignore_case else 0
    flat = regex.compile(r"\b(?:" + "|".join(words) + r")(?:e?s)?\b", flags)
    grouped = regex.compile(r"\b(?:" + alternation(words, ignore_case) + r")(?:e?s)?\b", flags)
    assert grouped.pattern != flat.pattern
    plain = [w for w in words if regex.fullmatch(r"[\w .'-]+", w)]
    text = " ".join(f"{w}, {w.lower()}, {w.upper()}, {w}s and {w}ian, {w[:-1]}."
                    for w in plain)
    found = [m.span() for m in flat.finditer(text)]
    assert len(found) >= len(plain)
    assert [m.span() for m in grouped.finditer(text)] == found
