"""RE2 supersets of the recognizers' patterns (superset.py) and the recognizers that skip a
pattern where its superset cannot match (prefilter.py): never a match lost, the same
findings in the same order, and every pattern run where no superset can be made."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import re2
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.accel import prefilter
from sovereign.detect.accel.prefilter import PrefilteredPatterns, compile_superset
from sovereign.detect.accel.superset import ascii_folds, superset

DATA = Path(__file__).parent.parent / "bench" / "data"
DEFAULT_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE  # Presidio's


def finds(pattern: str, flags: int, text: str) -> bool:
    fast = compile_superset(pattern, flags)
    assert fast is not None, pattern
    return fast.first(text.encode()) >= 0


@pytest.mark.parametrize(("pattern", "flags", "text", "expected"), [
    (r"\b\d{3}-\d{2}-\d{4}\b", 0, "ssn 219-09-9999.", True),
    (r"\b\d{3}-\d{2}-\d{4}\b", 0, "call 219 09 9999", False),
    # a leading look-behind is text that must stand right before the match
    (r"(?<=passport:\s?)[A-Z]\d{7}", 0, "passport: X1234567", True),
    (r"(?<=passport:\s?)[A-Z]\d{7}", 0, "my id X1234567", False),
    # of several leading look-behinds (a one-character guard, then the cue) the longest is
    # the text before the match: the guard alone would pass every blank
    (r"(?<=[ :])(?<=passport:\s?)[A-Z]\d{7}", 0, "passport: X1234567", True),
    (r"(?<=[ :])(?<=passport:\s?)[A-Z]\d{7}", 0, "my id X1234567", False),
    (r"\d{4}(?=\s?EUR)", 0, "paid 1200 EUR", True),
    (r"\d{4}(?=\s?EUR)", 0, "paid 1200 USD", False),
    # a negative look-around only narrows: dropped
    (r"(?<!\d)\d{5}(?!\d)", 0, "zip 123456", True),
    # case folding: both ASCII cases, and what the regex module folds with them beyond
    # ASCII (the Kelvin sign with k, the long s with s), and nothing else
    (r"kg", re.IGNORECASE, "5 KG", True),
    (r"kg", re.IGNORECASE, "5 \u212ag", True),
    (r"stake", re.IGNORECASE, "\u017ftake", True),
    (r"kg", 0, "5 KG", False),
    (r"tea", re.IGNORECASE, "t\u00e9a", False),
    (r"[a-z]{3}", re.IGNORECASE, "\u00e9\u00e9\u00e9", False),
    # \p{..}: the ASCII members as the regex module has them, and everything beyond
    (r"\p{Lu}\p{Ll}+ \d", 0, "Zoë 3", True),
    (r"\p{Lu}\p{Ll}+ \d", 0, "zoe 3", False),
    (r"[\p{L}'-]+ Street", 0, "Ōsaka-dōri Street", True),
    (r"[^a]x", 0, "ax", True),  # a negated class: any character
])
def test_the_superset_matches_what_the_pattern_can(pattern: str, flags: int, text: str,
                                                   expected: bool) -> None:
    assert finds(pattern, flags, text) is expected
    if regex.search(pattern, text, flags=flags):
        assert expected


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"[[:alpha:]]+\d", 0),  # a POSIX class: the standard parser would read brackets
    (r"(?:abc){e<=1}", 0),  # fuzzy matching reads as a literal '{' there
    (r"a{2000}", 0),  # past RE2's repetition limit
    (r"(a)?(?(1)b|c)", 0),  # a conditional
    (r"\mword\M", 0),  # regex's own word-start escapes
    (r"abc", regex.VERSION1),
    (r"abc", regex.FULLCASE | re.IGNORECASE),  # ß to ss changes lengths
])
def test_no_superset_where_it_cannot_be_sure(pattern: str, flags: int) -> None:
    assert superset(pattern, flags) is None


def test_no_superset_when_the_regex_module_defaults_to_its_version_1(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert superset(r"\d{3}-\d{2}", 0) is not None
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    assert superset(r"\d{3}-\d{2}", 0) is None


def engine_patterns() -> list[tuple[str, str, int]]:
    from sovereign.detect.engine import build_analyzer

    found = []
    for recognizer in build_analyzer().registry.recognizers:
        inner: Any = recognizer
        while hasattr(inner, "inner"):
            inner = inner.inner
        if isinstance(inner, PatternRecognizer):
            found += [(f"{inner.name}:{p.name}", p.regex, inner.global_regex_flags)
                      for p in inner.patterns]
    return found


PATTERNS = engine_patterns()


def corpus() -> list[str]:
    texts = [json.loads(line)["text"] for name in ("generated.jsonl", "heldout.jsonl")
             for line in (DATA / name).read_text().splitlines()]
    texts += (DATA / "handmade.txt").read_text().splitlines()
    from sovereign.detect.recognizers import all_recognizers

    for recognizer in all_recognizers():  # each recognizer's own test vectors
        module = __import__(type(recognizer).__module__, fromlist=["VECTORS"])
        texts += [text for text, _ in getattr(module, "VECTORS", [])]
    return texts


def test_nearly_every_pattern_the_engine_runs_has_a_superset() -> None:
    missing = [name for name, pattern, flags in PATTERNS if superset(pattern, flags) is None]
    assert len(PATTERNS) > 100
    assert len(missing) <= 2, missing


def test_every_match_in_the_evaluation_texts_is_inside_a_superset_match() -> None:
    """On 3,000+ texts of names, addresses, numbers and secrets: wherever a pattern
    matches, its superset matches the text too (else a finding would be lost)."""
    texts = corpus()
    lost = []
    for name, pattern, flags in PATTERNS:
        fast = compile_superset(pattern, flags)
        if fast is None:
            continue
        exact = regex.compile(pattern, flags)
        for text in texts:
            if exact.search(text) and fast.first(text.encode()) < 0:
                lost.append((name, text[:60]))
    assert not lost


def test_the_folds_beyond_ascii_are_the_regex_modules() -> None:
    folds = ascii_folds()
    beyond = {chr(code): [chr(o) for o in others if o > 0x7F]
              for code, others in enumerate(folds) if any(o > 0x7F for o in others)}
    assert beyond == {"I": ["\u0131"], "K": ["\u212a"], "S": ["\u017f"],
                      "i": ["\u0130"], "k": ["\u212a"], "s": ["\u017f"]}
    for code, others in enumerate(folds):
        for other in others:
            assert regex.fullmatch(regex.escape(chr(code)), chr(other), regex.IGNORECASE)
    assert folds[ord("a")] == (ord("A"),) and folds[ord("7")] == ()


SWAPS = {"k": "\u212a", "K": "\u212a", "s": "\u017f", "S": "\u017f", "i": "\u0130",
         "I": "\u0131"}


def test_a_match_with_ascii_letters_folded_beyond_ascii_is_inside_a_superset_match() -> None:
    """Each match in the evaluation texts, its k, s and i swapped for the characters the
    regex module folds with them: where the pattern still matches, so does its superset."""
    texts = corpus()
    lost = []
    for name, pattern, flags in PATTERNS:
        fast = compile_superset(pattern, flags)
        if fast is None or not flags & re.IGNORECASE:
            continue
        exact = regex.compile(pattern, flags)
        for text in texts:
            for match in exact.finditer(text):
                swapped = "".join(SWAPS.get(c, c) for c in match.group())
                if exact.search(swapped) and fast.first(swapped.encode()) < 0:
                    lost.append((name, len(swapped)))
    assert not lost


DIGITS_AND_SIGNS = st.text(alphabet=st.sampled_from(list("0123456789 -./()+:#abcXYZ\n")),
                           min_size=4, max_size=30)


COMPILED = [(regex.compile(pattern, flags), compile_superset(pattern, flags))
            for _, pattern, flags in PATTERNS]


@settings(max_examples=400, deadline=None)
@given(text=DIGITS_AND_SIGNS)
def test_number_patterns_never_match_where_their_superset_does_not(text: str) -> None:
    for exact, fast in COMPILED:
        if fast is not None and fast.first(text.encode()) < 0:
            assert exact.search(text) is None


def results(found: list[Any]) -> list[tuple[Any, ...]]:
    return [(r.entity_type, r.start, r.end, r.score, r.recognition_metadata[
        "recognizer_name"]) for r in found]


def test_a_prefiltered_recognizer_gives_presidios_results_in_presidios_order() -> None:
    from sovereign.detect.engine import build_analyzer

    texts = [*corpus()[:400], "", "\ud800 lone surrogate 219-09-9999 +44 20 7946 0958"]
    compared = 0
    for recognizer in build_analyzer().registry.recognizers:
        wrapped: Any = recognizer if isinstance(recognizer, PrefilteredPatterns) \
            else getattr(recognizer, "inner", recognizer)
        if not isinstance(wrapped, PrefilteredPatterns):
            continue
        for text in texts:
            ours = results(wrapped.analyze(text, []))
            theirs = results(wrapped.inner.analyze(text, []))
            assert ours == theirs, (wrapped.name, text[:60])
            compared += bool(ours)
    assert compared > 100


def test_presidios_iban_recognizer_is_gated_and_gives_its_own_results() -> None:
    """IbanRecognizer has an analyze of its own: it runs as it is where its supersets
    match, and its results carry the id of the wrapper the registry holds."""
    from presidio_analyzer.predefined_recognizers import IbanRecognizer

    iban = IbanRecognizer()
    gated = prefilter.prefiltered(iban)
    assert isinstance(gated, prefilter.GatedPatterns)
    texts = [*corpus()[:400], "IBAN DE89 3704 0044 0532 0130 00, and GB82WEST12345698765432.",
             "pay to FR1420041010050500013M02606 by Friday", "no account here", ""]
    found = 0
    for text in texts:
        ours = gated.analyze(text, [])
        assert results(ours) == results(iban.analyze(text, [])), text[:60]
        assert all(r.recognition_metadata["recognizer_identifier"] == gated.id for r in ours)
        found += len(ours)
    assert found >= 3
    assert not gated.possible("no account here")


def test_a_pattern_without_a_superset_always_runs() -> None:
    odd = PatternRecognizer(supported_entity="X", patterns=[
        Pattern("posix", r"[[:digit:]]{3}x", 0.5), Pattern("plain", r"\d{3}y", 0.5)])
    wrapped = PrefilteredPatterns(odd)
    assert wrapped.covered == 1
    assert [(r.start, r.end) for r in wrapped.analyze("123x 456y", [])] == [(0, 4), (5, 9)]
    assert wrapped.possible("123x")


def test_without_re2_nothing_is_wrapped_and_the_log_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from structlog.testing import capture_logs

    monkeypatch.setattr(prefilter, "RE2_AVAILABLE", False)
    plain = PatternRecognizer(supported_entity="X", patterns=[Pattern("p", r"\d+", 0.5)])
    assert prefilter.prefiltered(plain) is plain
    with capture_logs() as logs:
        prefilter.missing_re2_warning()
    assert [e["event"] for e in logs] == ["detect.prefilter_missing"]


def test_re2_is_installed() -> None:
    """The dependency has wheels wherever CI runs; without it detection is slower only."""
    assert prefilter.RE2_AVAILABLE and re2.compile(b"a").search(b"xa")


def test_the_direct_match_call_and_the_wrappers_search_agree() -> None:
    class PublicOnly:  # a wrapper without the private RE2 object: the public search is used
        def __init__(self, compiled: Any) -> None:
            self.search = compiled.search

    compiled = re2.compile(b"a[0-9]+")
    direct, public = prefilter.Superset(compiled), prefilter.Superset(PublicOnly(compiled))
    for data in (b"", b"xyz", b"za12", b"a1 a2", "\u00e9a7".encode()):
        assert direct.first(data) == public.first(data)
    assert direct.first(b"za12") == 1 and direct.first(b"xyz") == -1
