"""numpy's BLAS and a small-matrix kernel for the NER's products, instead of thinc's BLIS.

- The kept pipes multiply their matrices with numpy's BLAS instead of thinc's default BLIS
  kernels: the same entities, and the NER's convolution layers, most of its cost, run about
  1.8 times as fast (``bench/detection_eval.py``).
- The parser's own per-step products (one state's hidden vector by the output layer, three
  feature vectors added) are tiny; BLIS spent more on checking and packing them than on the
  sums. ``_smallblas`` (C, built at install) does them in plain loops, the same sums in the
  same order: the same entities, the NER about a sixth faster. Without a C compiler at install
  the module is missing, the parser keeps BLIS and the engine logs it when it loads.

An acceleration (``ACCEL``): the plain path runs thinc's default ops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog
from presidio_analyzer import AnalyzerEngine
from thinc.api import NumpyOps
from thinc.backends.cblas import CBlas  # type: ignore[import-not-found]  # Cython, no stub

from sovereign.detect.accel.base import Accel, Installed, pipelines

if TYPE_CHECKING:
    from spacy.language import Language

try:
    from sovereign.detect import _smallblas  # the C module stays where setuptools builds it

    KERNEL_BUILT = True
except ImportError:  # installed without a C compiler: the parser keeps BLIS (see above)
    KERNEL_BUILT = False

log = structlog.get_logger("sovereign.detect")


class SmallBlasOps(NumpyOps):  # type: ignore[misc]  # thinc's NumpyOps is untyped here
    """numpy's BLAS for the layers' matrix products, _smallblas for the parser's per-step
    ones (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)
        self._cblas = CBlas()  # read-only to the parser: one serves every call
        _smallblas.install(self._cblas)

    def cblas(self) -> CBlas:
        return self._cblas


def fast_ops() -> NumpyOps:
    """SmallBlasOps where _smallblas was built and fits this thinc, else numpy's BLAS for
    the layers and BLIS for the parser (logged: detection is slower, not different)."""
    if KERNEL_BUILT:
        try:
            return SmallBlasOps()
        except (RuntimeError, TypeError, AttributeError) as exc:
            log.warning("detect.small_blas_unusable", reason=str(exc))
    else:
        log.warning("detect.small_blas_missing",
                    reason="sovereign.detect._smallblas was not built (no C compiler when "
                           "sovereign was installed); NER runs on BLIS, about a sixth slower")
    return NumpyOps(use_blis=False)


def use_fast_ops(nlp: Language) -> list[tuple[object, object]]:
    """Have the enabled pipes of *nlp* multiply matrices with fast_ops() rather than BLIS;
    returns each node with the ops it had."""
    ops = fast_ops()
    before = []
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                before.append((node, node.ops))
                node.ops = ops
    return before


def install(analyzer: AnalyzerEngine) -> Installed:
    before = [pair for nlp in pipelines(analyzer) for pair in use_fast_ops(nlp)]

    def undo() -> None:
        for node, ops in before:
            node.ops = ops  # type: ignore[attr-defined]

    return Installed(analyzer, undo)


ACCEL = Accel("small_blas", install)
