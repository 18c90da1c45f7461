"""spaCy's tok2vec maxout and layer normalisation as one step (``_layers.c``), at inference.

The NER's token vectors come from five ``maxout >> layernorm`` blocks. After each matrix
product thinc ran about a dozen numpy calls over the whole batch (bias, pieces, mean,
variance, normalisation, scale, shift), which together cost two thirds as much as the
product, and on a chat turn's few tokens the calls' own overhead was most of the NER's time.
Here the product stays numpy's, the rest is two C passes and one numpy power, and the
results are the same bits (see ``_layers.c`` for how each operation follows numpy's).

Before a block is replaced, both ways run on the loaded model's own weights and the outputs
must be equal bit for bit; otherwise (another numpy, another platform's maths library) the
block keeps thinc's code and the engine logs it. The blocks serve inference only: a model
that is trained must not have them.

An acceleration (``ACCEL``): the plain path runs thinc's layers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import structlog
from presidio_analyzer import AnalyzerEngine

try:
    from sovereign.detect import _layers  # the C module stays where setuptools builds it

    LAYERS_BUILT = True
except ImportError:  # installed without a C compiler: thinc's layers run (see above)
    LAYERS_BUILT = False

from sovereign.detect.accel.base import Accel, Installed, Unusable, pipelines

log = structlog.get_logger("sovereign.detect")
BLOCK = "maxout>>layernorm"  # thinc's name for chain(Maxout, LayerNorm)


def _inference_only(_: Any) -> Any:
    raise RuntimeError("sovereign's fused tok2vec layers run at inference only")


def fused_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """chain(Maxout, LayerNorm).forward with the same numbers (see the module docstring)."""
    if is_train:
        _inference_only(None)
    maxout, norm = model.layers
    n_out, pieces, n_in = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    weights = maxout.ops.reshape2f(maxout.get_param("W"), n_out * pieces, n_in)
    product = maxout.ops.gemm(X, weights, trans2=True)
    rows = product.shape[0]
    best = np.empty((rows, n_out), dtype=np.float32)
    mean = np.empty((rows, 1), dtype=np.float32)
    var = np.empty((rows, 1), dtype=np.float32)
    _layers.maxout_moments(np.ascontiguousarray(product), maxout.get_param("b"), rows, n_out,
                           best, mean, var)
    scale = var ** (-1.0 / 2.0)  # numpy's power, as thinc's LayerNorm computes it
    out = np.empty_like(best)
    _layers.normalise(best, mean, scale, norm.get_param("G"), norm.get_param("b"), rows, n_out,
                      out)
    return out, _inference_only


def _blocks(model: Any) -> list[Any]:
    return [node for node in model.walk() if node.name == BLOCK
            and [layer.name for layer in node.layers] == ["maxout", "layernorm"]]


def _same_bits(block: Any, original: Callable[..., Any]) -> bool:
    """Both forwards, on the block's own weights and random inputs of 1 to 70 rows, must
    agree to the bit (the pairwise sums run over the block's width, the real one)."""
    rng = np.random.default_rng(20261129)
    width = block.layers[0].get_dim("nI")
    for rows in (1, 3, 8, 70):
        X = (rng.standard_normal((rows, width)) * 2.5).astype(np.float32)
        want, _ = original(block, X, False)
        got, _ = fused_forward(block, X, False)
        if want.shape != got.shape or not np.array_equal(
                np.asarray(want).view(np.uint32), got.view(np.uint32)):
            return False
    return True


def fuse_blocks(model: Any) -> int:
    """Have each maxout >> layernorm block of *model* run fused_forward where it gives
    thinc's own bits; returns how many do."""
    if not LAYERS_BUILT:
        log.warning("detect.fused_layers_missing",
                    reason="sovereign.detect._layers was not built (no C compiler when "
                           "sovereign was installed); the NER runs thinc's numpy layers")
        return 0
    fused = 0
    for block in _blocks(model):
        original = block._func
        if original is fused_forward:
            fused += 1
            continue
        if _same_bits(block, original):
            block._func = fused_forward
            fused += 1
        else:
            log.warning("detect.fused_layers_unusable",
                        reason="the fused maxout/layernorm step differs from numpy's in the "
                               "last bits here; this block keeps thinc's layers")
    return fused


def install(analyzer: AnalyzerEngine) -> Installed:
    """fuse_blocks on every pipe of *analyzer*'s spaCy pipelines."""
    if not LAYERS_BUILT:
        raise Unusable("sovereign.detect._layers was not built (no C compiler when sovereign "
                       "was installed); the NER runs thinc's numpy layers")
    models = [model for nlp in pipelines(analyzer) for _, pipe in nlp.pipeline
              if (model := getattr(pipe, "model", None)) is not None]
    before = [(block, block._func) for model in models for block in _blocks(model)]

    def undo() -> None:
        for block, func in before:
            block._func = func

    if sum(fuse_blocks(model) for model in models) == 0:
        undo()
        raise Unusable("no maxout/layernorm block gave thinc's bits with the fused step")
    return Installed(analyzer, undo)


ACCEL = Accel("fused_layers", install)
