"""The accelerations (sovereign/detect/accel/): the engine with them gives exactly the plain
path's findings; one whose findings differ, or that cannot install, is left off and the log
says which and why; ``detection.accelerations: false`` reaches the detector."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from structlog.testing import capture_logs

from sovereign.detect import accel
from sovereign.detect.accel import Accel, AccelBroke, Installed, Unusable
from sovereign.detect.engine import build_analyzer, build_presidio_detector
from sovereign.detect.recognizers import MODULES

DATA = Path(__file__).parent.parent / "bench" / "data" / "realistic"


def texts() -> list[str]:
    vectors = [text for module in MODULES for text, _ in module.VECTORS]
    realistic = [json.loads(line)["text"]
                 for name in ("pii_tune.jsonl", "harmless_tune.jsonl")
                 for line in (DATA / name).read_text().splitlines()[:150]]
    return vectors + realistic


def fallbacks(logs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["accel"], e["reason"]) for e in logs if e["event"] == "detect.accel_fallback"]


def test_accelerations_on_and_off_find_the_same_spans_types_and_scores() -> None:
    corpus = texts()
    fast = build_presidio_detector()
    slow = build_presidio_detector(accelerations=False)
    assert type(fast._analyzer).__name__ == "ContextAnalyzer"  # accelerated indeed
    assert type(slow._analyzer) is AnalyzerEngine  # Presidio's own, nothing installed
    on = [fast.scan(corpus[i:i + 16]) for i in range(0, len(corpus), 16)]
    off = [slow.scan(corpus[i:i + 16]) for i in range(0, len(corpus), 16)]
    assert sum(len(spans) for batch in on for spans in batch) > 1000
    assert on == off


def test_every_acceleration_installs_here() -> None:
    """This machine has the C modules, RE2 and the phonenumbers version mirrored: nothing
    falls back (a fallback is slower, not wrong; this says when one starts to)."""
    with capture_logs() as logs:
        accel.accelerate(build_analyzer(accelerations=False), chosen=accel.accels())
    assert fallbacks(logs) == []


def rescoring(analyzer: AnalyzerEngine) -> Installed:
    """A deliberately wrong acceleration: every result of one recognizer scores a little
    lower."""
    registry = analyzer.registry
    before = list(registry.recognizers)
    email = next(r for r in before if r.name == "EmailRecognizer")
    real = email.analyze

    def analyze(*args: Any, **kwargs: Any) -> list[RecognizerResult]:
        found: list[RecognizerResult] = real(*args, **kwargs)
        for r in found:
            r.score -= 0.01
        return found

    email.analyze = analyze  # type: ignore[method-assign]

    def undo() -> None:
        email.analyze = real  # type: ignore[method-assign]

    return Installed(analyzer, undo)


def test_an_acceleration_whose_findings_differ_is_left_off_and_the_log_says_why() -> None:
    def unusable(_: AnalyzerEngine) -> Installed:
        raise Unusable("the C module was not built")

    analyzer = build_analyzer(accelerations=False)
    email = next(r for r in analyzer.registry.recognizers if r.name == "EmailRecognizer")
    real = email.analyze
    chosen = [Accel("rescoring", rescoring), Accel("missing", unusable), accel.phonematch.ACCEL]
    with capture_logs() as logs:
        got = accel.accelerate(analyzer, chosen=chosen)
    assert got is analyzer
    assert email.analyze == real  # taken off again
    found = dict(fallbacks(logs))
    assert set(found) == {"rescoring", "missing"}  # the phone matcher proved itself and stays
    assert "EMAIL_ADDRESS by EmailRecognizer" in found["rescoring"]
    assert "findings differ from the plain path's" in found["rescoring"]
    assert found["missing"] == "the C module was not built"
    assert any(isinstance(getattr(r, "inner", None), accel.phonematch.RegionalPhoneRecognizer)
               for r in analyzer.registry.recognizers)
    # the reason names code, never a sample text's content
    sample = accel.sample()
    assert not any(len(t) > 8 and t in found["rescoring"] for t in sample)


def test_fused_layers_whose_bits_would_differ_are_left_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sovereign.detect import _layers
    from sovereign.detect.accel import fused

    real = _layers.normalise

    def off_by_one_bit(x: Any, mean: Any, scale: Any, *rest: Any) -> None:
        real(x, mean, np.nextafter(scale, np.float32(np.inf)), *rest)

    monkeypatch.setattr(_layers, "normalise", off_by_one_bit)
    analyzer = build_analyzer(accelerations=False)
    with capture_logs() as logs:
        accel.accelerate(analyzer, chosen=[fused.ACCEL])
    assert [name for name, _ in fallbacks(logs)] == ["fused_layers"]
    nlp: Any = analyzer.nlp_engine.get_nlp("en")  # type: ignore[attr-defined]
    assert not any(b._func is fused.fused_forward for b in fused._blocks(nlp.get_pipe("ner").model))


def test_one_that_cannot_be_taken_off_and_differs_stops_the_engine() -> None:
    def broken(analyzer: AnalyzerEngine) -> Installed:
        return Installed(rescoring(analyzer).analyzer, None)

    with pytest.raises(AccelBroke, match="cannot be taken off"):
        accel.accelerate(build_analyzer(accelerations=False),
                         chosen=[Accel("broken", broken, reversible=False)])


def test_accelerations_false_in_the_config_reaches_the_detector(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sovereign import app
    from sovereign.config import load_config
    from sovereign.detect import engine

    config = tmp_path / "sovereign.yaml"
    config.write_text("detection:\n  workers: 1\n  accelerations: false\n")
    detector: Any = app.detector_for(load_config(config))
    inner = detector._inner._inner._inner  # cache → embedded → normalising → Presidio
    assert type(inner._analyzer) is AnalyzerEngine

    factories = []

    class Pool:  # the worker pool, recording what each worker process would be built by
        def __init__(self, factory: Any, workers: int) -> None:
            factories.append(factory)

        def warm(self) -> None:
            return None

    monkeypatch.setattr(engine, "PoolDetector", Pool)
    config.write_text("detection:\n  workers: 2\n  accelerations: false\n")
    app.detector_for(load_config(config))
    config.write_text("detection:\n  workers: 2\n")
    app.detector_for(load_config(config))
    assert [f.args[1] for f in factories] == [False, True]
    assert all(f.func is build_presidio_detector for f in factories)


def test_the_context_fork_reads_a_recognizer_added_or_replaced_in_the_registry() -> None:
    """The fork keeps its list of recognizers while the registry holds the same objects; a
    rule pack's recognizer added, or one put in another's place, is used from the next call."""
    from presidio_analyzer import Pattern, PatternRecognizer

    from sovereign.detect.accel.context import ContextAnalyzer

    analyzer = accel.accelerate(build_analyzer(), chosen=[accel.context.ACCEL])
    assert isinstance(analyzer, ContextAnalyzer)
    engine: Any = analyzer.nlp_engine
    text = "codename BLUEBIRD and codename REDWING"

    def found() -> set[str]:
        artifacts = engine.process_text(text, "en")
        return {text[r.start:r.end] for r in analyzer.analyze(
            text=text, language="en", score_threshold=0.3, nlp_artifacts=artifacts)}

    assert not {"BLUEBIRD", "REDWING"} & found()
    blue = PatternRecognizer(supported_entity="CODENAME", name="blue",
                             patterns=[Pattern("blue", r"BLUEBIRD", 0.9)])
    analyzer.registry.add_recognizer(blue)
    assert "BLUEBIRD" in found()
    red = PatternRecognizer(supported_entity="CODENAME", name="red",
                            patterns=[Pattern("red", r"REDWING", 0.9)])
    recognizers = analyzer.registry.recognizers
    recognizers[recognizers.index(blue)] = red  # in place: the list and its length stay
    assert {"REDWING"} <= found() and "BLUEBIRD" not in found()
