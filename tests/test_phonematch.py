"""The regions' phone matchers sharing their region-independent work (phonematch.py): the
library's matches, region by region, on every window the engine gives the matcher, and the
library's own matcher wherever the code it mirrors has changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.accel import phonematch
from sovereign.detect.recognizers import phone_regional

DATA = Path(__file__).parent.parent / "bench" / "data"
REGIONS = phone_regional.REGIONS


def library(text: str, leniency: Any = phonenumbers.Leniency.VALID) -> list[tuple[str, int, int]]:
    return [(region, m.start, m.end) for region in REGIONS
            for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency)]


def shared(text: str, leniency: Any = phonenumbers.Leniency.VALID) -> list[tuple[str, int, int]]:
    memo = phonematch.Shared()
    return [(region, m.start, m.end) for region in REGIONS
            for m in phonematch.SharedMatcher(text, region, leniency, memo)]


def windows() -> list[str]:
    """What the engine hands the phone matcher: the gate's windows over the texts of both
    evaluation sets, and the hand-made cases."""
    from sovereign.detect.gate import windows as gate_windows

    texts = [json.loads(line)["text"] for name in ("generated.jsonl", "heldout.jsonl")
             for line in (DATA / name).read_text().splitlines()]
    texts += (DATA / "handmade.txt").read_text().splitlines()
    out = []
    for doc in texts:
        out += [doc[a:b] for a, b in gate_windows(doc, phone_regional.CANDIDATE,
                                                 phone_regional.PAD,
                                                 phone_regional.CANDIDATE_DIGITS, False)]
    return out


def test_the_library_code_mirrored_is_the_installed_one() -> None:
    """Fails when phonenumbers changes the matcher methods phonematch.py copies: compare
    them with the new release, then update SOURCE_SHA256."""
    assert phonematch.usable(), phonematch.source_digest()


def test_shared_matchers_find_what_the_library_finds_on_every_evaluation_window() -> None:
    found = 0
    for window in windows():
        ours = shared(window)
        assert ours == library(window), window
        found += len(ours)
    assert found > 400  # numbers national and international, in every region that has them


@pytest.mark.parametrize("leniency", [phonenumbers.Leniency.POSSIBLE,
                                      phonenumbers.Leniency.STRICT_GROUPING])
def test_other_leniencies_agree_too(leniency: Any) -> None:
    for window in windows()[:300]:
        assert shared(window, leniency) == library(window, leniency), window


PHONE_TEXT = st.lists(st.sampled_from([*"0123456789 +-./()x#:;,aE\n", "ext. ", "00", "+1"]),
                      min_size=5, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=PHONE_TEXT)
def test_shared_matchers_agree_on_any_run_of_digits_and_signs(text: str) -> None:
    assert shared(text) == library(text)


def test_the_engine_uses_shared_matchers_and_falls_back_when_the_library_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from sovereign.detect.accel import Unusable
    from sovereign.detect.engine import build_analyzer

    def phone_gates(analyzer: Any) -> list[Any]:
        return [r for r in analyzer.registry.recognizers if r.name == "PhoneRecognizer"]

    gates = phone_gates(build_analyzer())
    assert gates and all(isinstance(g.inner, phonematch.RegionalPhoneRecognizer) for g in gates)
    text = "call (212) 555-0147 or +44 20 7946 0018, order 4111 1111 1111 1111"
    ours = [(r.start, r.end, r.score) for r in gates[0].inner.analyze(text, [])]
    theirs = [(r.start, r.end, r.score)
              for r in PhoneRecognizer(supported_regions=REGIONS).analyze(text, [])]
    assert sorted(ours) == sorted(theirs) and len(ours) == 2

    plain = build_analyzer(accelerations=False)
    assert all(type(g.inner) is PhoneRecognizer for g in phone_gates(plain))
    monkeypatch.setattr(phonematch, "SOURCE_SHA256", "0" * 64)
    with pytest.raises(Unusable, match="differs from the one sovereign mirrors"):
        phonematch.install(plain)
    assert all(type(g.inner) is PhoneRecognizer for g in phone_gates(plain))


def test_a_renamed_library_function_falls_back_instead_of_failing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from phonenumbers import phonenumberutil

    monkeypatch.setattr(phonematch, "MIRRORED",
                        (*phonematch.MIRRORED, (phonenumberutil, "_gone_in_a_new_release")))
    assert phonematch.source_digest() is None and not phonematch.usable()
