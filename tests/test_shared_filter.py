"""The shared RE2 filter of supersets (prefilter.SharedFilter) is an acceleration: on any text
it names every superset that matches, as asking each one alone does (and perhaps one that
matches only with its sentinel after the text, whose pattern then runs for nothing); when its answer cannot
be trusted the recognizers ask each superset; when it cannot be built it is not installed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.accel import prefilter

re2 = pytest.importorskip("re2")

pytestmark = pytest.mark.skipif(not prefilter.RE2_AVAILABLE, reason="google-re2 not installed")
REPO = Path(__file__).resolve().parent.parent


def _supersets(analyzer: Any) -> list[prefilter.Superset]:
    wrapped = [w for w in map(prefilter._prefiltered_in, analyzer.registry.recognizers)
               if w is not None]
    return [s for w in wrapped for s in w._supersets if s is not None]


@pytest.fixture(scope="module")
def engine() -> Any:
    from sovereign.detect.engine import build_analyzer

    return build_analyzer()


def test_the_engine_installs_one_shared_filter(engine: Any) -> None:
    wrapped = [w for w in map(prefilter._prefiltered_in, engine.registry.recognizers)
               if w is not None]
    assert wrapped and {id(w.shared) for w in wrapped} == {id(wrapped[0].shared)}
    assert wrapped[0].shared is not None
    assert all(s.index >= 0 for s in _supersets(engine))


def _agrees(engine: Any, text: str) -> None:
    supersets = _supersets(engine)
    sets = [w.shared for w in map(prefilter._prefiltered_in, engine.registry.recognizers)
            if w is not None and w.shared is not None]
    assert sets
    data = text.encode("utf-8", "surrogatepass")
    matched = sets[0].matching(data)
    assert matched is not None
    alone = {s.index for s in supersets if s.first(data) >= 0}
    # never one fewer; one more only where the sentinel after the text completes a match
    assert alone <= matched - {sets[0].sentinel}
    extra = matched - {sets[0].sentinel} - alone
    by_index = {s.index: s for s in supersets}
    assert all(by_index[i].first(data + prefilter.SENTINEL) >= 0 for i in extra)


def _realistic() -> list[str]:
    out = []
    for name in ("pii_tune.jsonl", "harmless_tune.jsonl"):
        lines = (REPO / "bench" / "data" / "realistic" / name).read_text().splitlines()
        out += [json.loads(line)["text"] for line in lines[:120]]
    return out


def test_the_filter_agrees_with_each_superset_on_realistic_texts(engine: Any) -> None:
    for text in _realistic():
        _agrees(engine, text)


PLANTED = ["SSN 536-22-8726", "4111 1111 1111 1111", "jane@example.com", "Diagnose: Zöliakie"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_realistic()[:60], *PLANTED]), max_size=3),
       st.text(max_size=80))
def test_the_filter_agrees_with_each_superset_on_generated_texts(
        engine: Any, parts: list[str], noise: str) -> None:
    _agrees(engine, noise.join(parts) + noise)


def test_an_answer_without_the_sentinel_is_not_trusted(engine: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter's literal set (an RE2::Set) answers 'no match' when its DFA gives up: then
    every superset is asked, and the findings are those of the plain path."""
    from sovereign.detect.detector import PresidioDetector

    text = "Patient SSN 536-22-8726, card 4111 1111 1111 1111, mail jane@example.com"
    detector = PresidioDetector(engine)
    before = detector.scan([text])[0]
    shared = next(w.shared for w in map(prefilter._prefiltered_in, engine.registry.recognizers)
                  if w is not None and w.shared is not None)
    monkeypatch.setattr(shared, "_filter", type("GaveUp", (), {"Match": lambda _s, _d: None})())
    shared._local.last = None
    assert shared.matching(text.encode()) is None
    assert detector.scan([text + " "])[0] == before


def test_a_filter_that_cannot_be_built_is_not_installed(engine: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any, **__: Any) -> None:
        raise re2.error("program too big")

    monkeypatch.setattr(prefilter, "SharedFilter", refuse)
    recognizers = [prefilter.prefiltered(r) for r in (
        w.inner for w in map(prefilter._prefiltered_in, engine.registry.recognizers[:5])
        if w is not None)]
    reason = prefilter.share_supersets(recognizers, ["hello"])
    assert reason is not None and "could not build" in reason
    assert all(prefilter._prefiltered_in(r).shared is None for r in recognizers)  # type: ignore[union-attr]


def test_the_sentinel_needs_the_literal_set(engine: Any) -> None:
    """The sentinel is a filtered pattern (it needs its literal): its index in an answer
    proves the literal set ran; without the sentinel after the text it is not there."""
    shared = next(w.shared for w in map(prefilter._prefiltered_in, engine.registry.recognizers)
                  if w is not None and w.shared is not None)
    assert shared.sentinel not in (shared._filter.Match(b"hello", potential=True) or ())
    assert shared.sentinel not in (shared._filter.Match(b"hello") or ())
    assert shared.matching(b"hello") is not None


def test_no_superset_outgrows_its_dfa(engine: Any, capfd: pytest.CaptureFixture[str]) -> None:
    """A superset whose DFA runs out of memory is still right (RE2 falls back to its NFA) but
    reads every text many times slower; RE2 says so on stderr. A vocabulary grown past it
    (the condition list once did) must be split."""
    capfd.readouterr()
    for text in _realistic():
        _agrees(engine, text)
    assert "DFA out of memory" not in capfd.readouterr().err
