"""The bounded decoder of request bodies: decodes completely or refuses, never past its bounds."""

from __future__ import annotations

import gzip
import itertools
import resource
import zlib

import brotli
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.decompress import (
    PIECE,
    Bounds,
    DecodeError,
    InflateLimit,
    codings,
    decode_body,
    supported,
    zstd_module,
)

BIG = Bounds(1 << 20)

zstd = zstd_module()


def raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


ENCODERS = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": zstd.compress,
}


def test_every_coding_mitmproxy_decodes_is_supported() -> None:
    assert {"gzip", "x-gzip", "deflate", "br", "zstd"} <= supported()


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_round_trip(coding: str) -> None:
    data = b'{"messages": [{"content": "hello"}]}' * 50
    assert decode_body(ENCODERS[coding](data), coding, BIG) == data
    assert decode_body(ENCODERS[coding](data), coding.upper(), BIG) == data


def test_identity_and_no_header_are_the_body_itself() -> None:
    for header in ("", "identity", " Identity "):
        assert decode_body(b"plain", header, BIG) == b"plain"


def test_raw_deflate_is_read() -> None:
    assert decode_body(raw_deflate(b"raw form"), "deflate", BIG) == b"raw form"


def test_stacked_codings_are_undone_in_reverse_order() -> None:
    data = b"stacked " * 10
    assert decode_body(brotli.compress(gzip.compress(data)), "gzip, br", BIG) == data


@given(st.binary(min_size=1, max_size=3000), st.lists(st.integers(0, 3000), max_size=6))
@settings(max_examples=200, deadline=None)
def test_every_gzip_member_is_read(data: bytes, cuts: list[int]) -> None:
    """However the body is split into members, all of them are decoded."""
    points = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    members = b"".join(gzip.compress(data[a:b]) for a, b in itertools.pairwise(points))
    assert decode_body(members, "gzip", BIG) == data


@given(st.binary(min_size=1, max_size=2000), st.integers(1, 4))
@settings(max_examples=100, deadline=None)
def test_every_zstd_frame_is_read(data: bytes, parts: int) -> None:
    step = max(1, len(data) // parts)
    frames = b"".join(zstd.compress(data[i : i + step]) for i in range(0, len(data), step))
    assert decode_body(frames, "zstd", BIG) == data


@pytest.mark.parametrize(("body", "coding"), [
    (gzip.compress(b"{}") + b"trailing plain bytes", "gzip"),
    (gzip.compress(b"{}") + b"\x00\x00", "gzip"),
    (zlib.compress(b"{}") + b' {"x": 1}', "deflate"),
    (raw_deflate(b"{}") + b"plain", "deflate"),
    (brotli.compress(b"{}") + b"plain", "br"),
    (zstd.compress(b"{}") + b"plain", "zstd"),
], ids=["gzip", "gzip-zeros", "zlib", "raw-deflate", "br", "zstd"])
def test_bytes_after_the_end_are_refused(body: bytes, coding: str) -> None:
    with pytest.raises(DecodeError):
        decode_body(body, coding, BIG)


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_truncated_or_corrupt_bodies_are_refused(coding: str) -> None:
    whole = ENCODERS[coding](b"some body that is long enough to cut " * 20)
    with pytest.raises(DecodeError):
        decode_body(whole[: len(whole) // 2], coding, BIG)
    with pytest.raises(DecodeError):
        decode_body(b"\xff" * 40, coding, BIG)


@pytest.mark.parametrize("header", ["x-secret", "compress", "gzip, x-secret", "gzip,"])
def test_unknown_or_malformed_codings_are_refused(header: str) -> None:
    with pytest.raises(DecodeError):
        decode_body(gzip.compress(b"{}"), header, BIG)


def test_codings_are_listed_in_the_order_applied() -> None:
    assert codings("gzip, br") == ["gzip", "br"]
    assert codings("identity") == []


def bomb_of(coding: str, size: int) -> bytes:
    """*size* zero bytes compressed, made a MiB at a time (never held whole)."""
    zeros = b"\0" * (1 << 20)
    out: list[bytes] = []
    if coding in ("gzip", "deflate"):
        z = zlib.compressobj(9, wbits=31 if coding == "gzip" else zlib.MAX_WBITS)
        out += [z.compress(zeros) for _ in range(size >> 20)] + [z.flush()]
    elif coding == "br":
        b = brotli.Compressor(quality=5)
        out += [b.process(zeros) for _ in range(size >> 20)] + [b.finish()]
    else:
        c = zstd.ZstdCompressor()
        out += [c.compress(zeros) for _ in range(size >> 20)] + [c.flush()]
    return b"".join(out)


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_a_bomb_stops_at_the_limit_without_inflating(coding: str) -> None:
    """128 MiB of zeros, decoded under a 64 KiB limit: refused, and the process's peak memory
    grows by far less than the bomb (the decoder stops at the limit, a piece at a time)."""
    bomb = bomb_of(coding, 128 << 20)
    small = Bounds(4 << 20, ratio_floor=4 << 20)
    assert decode_body(bomb_of(coding, 2 << 20), coding, small) == b"\0" * (2 << 20)
    before = _peak_kib()
    with pytest.raises(InflateLimit) as info:
        decode_body(bomb, coding, Bounds(65536))
    assert info.value.reason == "size"
    assert _peak_kib() - before < 16 * 1024  # KiB: a decoder's window and a piece, not 128 MiB


def test_ratio_limit_applies_above_the_floor() -> None:
    data = b"a" * (2 << 20)  # compresses about 1000:1
    body = gzip.compress(data)
    with pytest.raises(InflateLimit) as info:
        decode_body(body, "gzip", Bounds(8 << 20, max_ratio=100, ratio_floor=1 << 20))
    assert info.value.reason == "ratio"
    # under the floor the ratio is not held against a body
    assert decode_body(body, "gzip", Bounds(8 << 20, max_ratio=100, ratio_floor=4 << 20)) == data


@given(st.integers(1, 4 * PIECE))
@settings(max_examples=30, deadline=None)
def test_limit_is_exact(size: int) -> None:
    """A body of exactly the limit decodes; one byte more is refused."""
    data = b"x" * size
    assert decode_body(gzip.compress(data), "gzip", Bounds(size, ratio_floor=size)) == data
    with pytest.raises(InflateLimit):
        decode_body(gzip.compress(data + b"x"), "gzip", Bounds(size, ratio_floor=size))
