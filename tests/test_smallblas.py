"""The parser's small-matrix kernel (sovereign/detect/_smallblas.c): the products BLAS would
give, every transpose and stride, and the running engine's NER really multiplies through it."""

from __future__ import annotations

import numpy as np
import pytest

from sovereign.detect.accel import small_blas as nlp


def test_the_kernel_is_built() -> None:
    """`make install` compiles it (gcc is on every machine CI runs on); a missing kernel
    would only show as slower detection, so CI says so here."""
    assert nlp.KERNEL_BUILT, ("sovereign/detect/_smallblas.c was not compiled: reinstall "
                              "with a C compiler (make install)")
    assert isinstance(nlp.fast_ops(), nlp.SmallBlasOps)


def reference(trans_a: bool, trans_b: bool, alpha: float, a: np.ndarray, b: np.ndarray,
              beta: float, c: np.ndarray) -> np.ndarray:
    op_a = a.T if trans_a else a
    op_b = b.T if trans_b else b
    out = alpha * (op_a.astype(np.float64) @ op_b.astype(np.float64))
    return out + beta * c.astype(np.float64) if beta else out


@pytest.mark.parametrize("trans_a", [False, True])
@pytest.mark.parametrize("trans_b", [False, True])
@pytest.mark.parametrize(("m", "n", "k"), [(1, 74, 64), (3, 5, 7), (16, 74, 64), (2, 1, 1),
                                           (5, 3, 0)])
@pytest.mark.parametrize(("alpha", "beta"), [(1.0, 0.0), (0.5, 0.0), (1.0, 2.0)])
def test_sgemm_gives_the_product(trans_a: bool, trans_b: bool, m: int, n: int, k: int,
                                 alpha: float, beta: float) -> None:
    from sovereign.detect import _smallblas

    rng = np.random.default_rng(m * 100 + n * 10 + k)
    pad = 3  # leading dimensions wider than the rows: strides are honoured
    a_full = rng.standard_normal((k, m + pad) if trans_a else (m, k + pad)).astype(np.float32)
    b_full = rng.standard_normal((n, k + pad) if trans_b else (k, n + pad)).astype(np.float32)
    a = a_full[:, :m] if trans_a else a_full[:, :k]
    b = b_full[:, :k] if trans_b else b_full[:, :n]
    c_full = np.full((m, n + pad), np.nan if beta == 0 else 1.5, dtype=np.float32)
    expected = reference(trans_a, trans_b, alpha, a, b, beta, c_full[:, :n])
    _smallblas.sgemm(trans_a, trans_b, m, n, k, alpha, a_full, a_full.shape[1], b_full,
                     b_full.shape[1], beta, c_full, c_full.shape[1])
    np.testing.assert_allclose(c_full[:, :n], expected, rtol=1e-5, atol=1e-5)
    # beta 0 overwrites C (the NaN there is gone); the padding past N is left alone
    assert not np.isnan(c_full[:, :n]).any()
    assert (np.isnan(c_full[:, n:]) if beta == 0 else c_full[:, n:] == 1.5).all()


def test_sgemm_sums_each_element_in_order() -> None:
    """Each element is summed over k from 0 up in float32, as BLIS's reference kernel does:
    the parser then takes the same actions."""
    from sovereign.detect import _smallblas

    rng = np.random.default_rng(7)
    a = rng.standard_normal((2, 64)).astype(np.float32)
    b = rng.standard_normal((74, 64)).astype(np.float32)
    c = np.zeros((2, 74), dtype=np.float32)
    _smallblas.sgemm(False, True, 2, 74, 64, 1.0, a, 64, b, 64, 0.0, c, 74)
    for i in range(2):
        for j in range(74):
            s = np.float32(0)
            for k in range(64):
                s = np.float32(s + np.float32(a[i, k] * b[j, k]))
            assert c[i, j] == s


def test_saxpy_adds() -> None:
    from sovereign.detect import _smallblas

    x = np.arange(12, dtype=np.float32)
    y = np.ones(12, dtype=np.float32)
    _smallblas.saxpy(12, 2.0, x, 1, y, 1)
    np.testing.assert_array_equal(y, 1 + 2 * np.arange(12))
    y = np.zeros(12, dtype=np.float32)
    _smallblas.saxpy(4, 1.0, x, 3, y, 2)  # x[0, 3, 6, 9] into y[0, 2, 4, 6]
    np.testing.assert_array_equal(y[[0, 2, 4, 6]], [0, 3, 6, 9])
    assert y[[1, 3, 5, 7, 8]].sum() == 0


def test_buffers_that_do_not_fit_are_refused() -> None:
    from sovereign.detect import _smallblas

    small = np.zeros(4, dtype=np.float32)
    with pytest.raises(ValueError, match="do not fit"):
        _smallblas.sgemm(False, True, 2, 2, 4, 1.0, small, 4, small, 4, 0.0, small, 2)
    with pytest.raises(ValueError, match="do not fit"):
        _smallblas.saxpy(5, 1.0, small, 1, small, 1)
    with pytest.raises(TypeError, match="float32"):
        _smallblas.saxpy(2, 1.0, np.zeros(4), 1, small, 1)
    with pytest.raises(TypeError, match="CBlas"):
        _smallblas.install(object())


def test_the_engines_ner_multiplies_through_the_kernel() -> None:
    from sovereign.detect import _smallblas
    from sovereign.detect.engine import build_presidio_detector

    detector = build_presidio_detector()
    before = _smallblas.calls()
    found = detector.scan(["Ines Moreau flew from Lyon to Boston with Priya Raman."])[0]
    assert {s.entity_type for s in found} >= {"PERSON"}
    assert _smallblas.calls() > before  # the parser's steps came here, not to BLIS


def test_without_the_kernel_the_parser_keeps_blis_and_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from structlog.testing import capture_logs

    monkeypatch.setattr(nlp, "KERNEL_BUILT", False)
    with capture_logs() as logs:
        ops = nlp.fast_ops()
    assert not isinstance(ops, nlp.SmallBlasOps) and not ops.use_blis
    assert [e["event"] for e in logs] == ["detect.small_blas_missing"]
    assert "C compiler" in logs[0]["reason"]


def test_a_thinc_with_another_abi_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel checks thinc's setters by their C signature: a capsule of another type
    is refused with a message, and the engine keeps BLIS."""
    import thinc.backends.cblas as thinc_cblas
    from structlog.testing import capture_logs

    from sovereign.detect import _smallblas

    capi = dict(thinc_cblas.__pyx_capi__)
    capi["set_sgemm"] = capi["set_daxpy"]  # a setter of another signature
    monkeypatch.setattr(thinc_cblas, "__pyx_capi__", capi)
    with pytest.raises(RuntimeError, match="another C signature"):
        _smallblas.install(thinc_cblas.CBlas())
    with capture_logs() as logs:
        ops = nlp.fast_ops()
    assert not isinstance(ops, nlp.SmallBlasOps)
    assert [e["event"] for e in logs] == ["detect.small_blas_unusable"]
