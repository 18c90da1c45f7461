"""The tok2vec's fused maxout and layer normalisation (sovereign/detect/_layers.c, fused.py):
numpy's bits on every width and row count, the running engine's NER uses them, and where the
bits would differ (or the module is missing) thinc's own layers stay, and the log says so."""

from __future__ import annotations

import importlib
from typing import Any

import numpy as np
import pytest

from sovereign.detect.accel import fused

CHAIN_FORWARD = importlib.import_module("thinc.layers.chain").forward


def bits(a: Any) -> Any:
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)


def test_the_module_is_built() -> None:
    """`make install` compiles it; a missing module would only show as slower detection."""
    assert fused.LAYERS_BUILT, ("sovereign/detect/_layers.c was not compiled: reinstall with a "
                                "C compiler (make install)")


def block(width_in: int, width_out: int, pieces: int, seed: int) -> Any:
    from thinc.api import Maxout, NumpyOps

    model = Maxout(nO=width_out, nI=width_in, nP=pieces, normalize=True)
    model.initialize()
    rng = np.random.default_rng(seed)
    for node in model.walk():
        node.ops = NumpyOps(use_blis=False)
        for name in node.param_names:  # away from their initial values (G 1, b 0)
            value = node.get_param(name)
            node.set_param(name, (rng.standard_normal(value.shape) * 0.7).astype(np.float32))
    return model


# 96 is spaCy's width; 5, 13 and 200 leave remainders and cross the pairwise sums' 128 halves
@pytest.mark.parametrize(("width_in", "width_out", "pieces"),
                         [(288, 96, 3), (384, 96, 3), (7, 5, 2), (40, 13, 3), (64, 200, 1)])
@pytest.mark.parametrize("rows", [0, 1, 9, 257])
def test_fused_forward_gives_thincs_bits(width_in: int, width_out: int, pieces: int,
                                         rows: int) -> None:
    model = block(width_in, width_out, pieces, seed=rows + width_out)
    X = (np.random.default_rng(rows).standard_normal((rows, width_in)) * 3).astype(np.float32)
    want, _ = model(X, is_train=False)
    got, _ = fused.fused_forward(model, X, False)
    assert got.shape == (rows, width_out)
    assert np.array_equal(bits(want), bits(got))


def test_the_engines_token_vectors_are_the_same_bits_fused_or_not() -> None:
    import json
    from pathlib import Path

    from sovereign.detect.engine import build_presidio_detector

    detector = build_presidio_detector()
    nlp: Any = detector._analyzer.nlp_engine.get_nlp("en")  # type: ignore[attr-defined]
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    blocks = fused._blocks(nlp.get_pipe("ner").model)
    assert len(blocks) == 5 and all(b._func is fused.fused_forward for b in blocks)
    data = Path(__file__).parent.parent / "bench" / "data" / "heldout.jsonl"
    texts = [json.loads(line)["text"] for line in data.read_text().splitlines()[:200]]
    with nlp.memory_zone():
        docs = [nlp.make_doc(" \n".join(texts[i:i + 20])) for i in range(0, len(texts), 20)]
        ours = tok2vec.predict(docs)
        for b in blocks:
            b._func = CHAIN_FORWARD
        try:
            theirs = tok2vec.predict(docs)
        finally:
            for b in blocks:
                b._func = fused.fused_forward
    assert sum(len(a) for a in ours) > 5000
    assert all(np.array_equal(bits(a), bits(b)) for a, b in zip(ours, theirs, strict=True))


def test_fused_layers_refuse_training() -> None:
    model = block(8, 4, 2, seed=1)
    with pytest.raises(RuntimeError, match="inference only"):
        fused.fused_forward(model, np.zeros((2, 8), dtype=np.float32), True)


def fresh_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    """A logger not yet bound: sovereign.logs caches each logger on first use, so one used
    after an earlier test (an in-process CLI run) configured logging keeps that test's
    output and capture_logs never sees it."""
    import structlog

    monkeypatch.setattr(fused, "log", structlog.get_logger("sovereign.detect"))


def test_a_block_whose_bits_would_differ_keeps_thincs_layers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from structlog.testing import capture_logs

    from sovereign.detect import _layers

    real = _layers.normalise

    def off_by_one_bit(x: Any, mean: Any, scale: Any, *rest: Any) -> None:
        real(x, mean, np.nextafter(scale, np.float32(np.inf)), *rest)

    monkeypatch.setattr(_layers, "normalise", off_by_one_bit)
    fresh_logger(monkeypatch)
    model = block(16, 8, 3, seed=2)
    inner = next(node for node in model.walk() if node.name == fused.BLOCK)
    with capture_logs() as logs:
        assert fused.fuse_blocks(model) == 0
    assert inner._func is CHAIN_FORWARD
    assert [e["event"] for e in logs] == ["detect.fused_layers_unusable"]


def test_without_the_module_thincs_layers_run_and_the_log_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from structlog.testing import capture_logs

    monkeypatch.setattr(fused, "LAYERS_BUILT", False)
    fresh_logger(monkeypatch)
    model = block(16, 8, 3, seed=3)
    with capture_logs() as logs:
        assert fused.fuse_blocks(model) == 0
    assert all(node._func is not fused.fused_forward for node in model.walk())
    assert [e["event"] for e in logs] == ["detect.fused_layers_missing"]
    assert "C compiler" in logs[0]["reason"]


def test_buffers_that_do_not_fit_are_refused() -> None:
    from sovereign.detect import _layers

    product = np.zeros((2, 12), dtype=np.float32)
    best = np.zeros((2, 4), dtype=np.float32)
    moments = np.zeros((2, 1), dtype=np.float32)
    with pytest.raises(ValueError, match="b:"):
        _layers.maxout_moments(product, np.zeros(5, dtype=np.float32), 2, 4, best, moments,
                               moments.copy())
    with pytest.raises(ValueError, match="Y:"):
        _layers.maxout_moments(product, np.zeros(12, dtype=np.float32), 3, 4, best, moments,
                               moments.copy())
    with pytest.raises(ValueError, match="float32"):
        _layers.normalise(best.astype(np.float64), moments, moments, np.zeros(4, np.float32),
                          np.zeros(4, np.float32), 2, 4, best)
