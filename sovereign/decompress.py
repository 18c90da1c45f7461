"""Bounded, streaming decoding of a request body's ``Content-Encoding``.

What the proxy scans must be exactly what it forwards, and a few hundred compressed bytes must
not become hundreds of megabytes in memory before a limit is checked. So the body is inflated
here, piece by piece, with the size limit and a ratio limit checked after every piece (never by
a library call that inflates everything first), and it is decoded completely or not at all:

- gzip: every member (RFC 1952 allows several; decoders that stop after the first would let
  the later members pass unread); anything after the last member that is not a member is an
  error, as is a truncated member;
- deflate: the zlib-wrapped form (RFC 1950, what HTTP names ``deflate``) or raw deflate;
  any byte after the end of the stream is an error;
- br: with the ``brotli`` package's ``Decompressor`` and its output limit;
- zstd: every frame, with the decoder's window capped (a frame header cannot make it
  allocate a large window);
- stacked codings (``gzip, br``) are undone in reverse order, each bounded.

Anything else (unknown codings, a missing decoder) is refused: it cannot be read boundedly.
Pure: no I/O, no mitmproxy.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PIECE = 64 * 1024  # compressed bytes handed to a decoder at a time
DEFAULT_MAX_RATIO = 100  # decoded bytes per compressed byte, above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024  # bodies up to this size decoded are never refused for their ratio
ZSTD_WINDOW_LOG_MAX = 23  # 8 MiB: the largest window a zstd frame may ask the decoder for
IDENTITY = frozenset({"", "identity", "none"})


class DecodeError(ValueError):
    """The body cannot be decoded exactly (corrupt, truncated, trailing bytes, unknown coding).
    Its message names the coding and the problem, never content."""


class InflateLimit(DecodeError):
    """Decoding would exceed the size limit or the ratio limit; decoding stopped there."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # "size" or "ratio"


@dataclass(frozen=True)
class Bounds:
    limit: int  # bytes the decoded body may have
    max_ratio: float = DEFAULT_MAX_RATIO
    ratio_floor: int = RATIO_FLOOR

    def cap(self, compressed: int) -> tuple[int, str]:
        ratio_cap = max(self.ratio_floor, int(self.max_ratio * compressed))
        return (ratio_cap, "ratio") if ratio_cap < self.limit else (self.limit, "size")


class _Sink:
    """Collects decoded bytes, refusing the piece that takes it over its cap."""

    def __init__(self, cap: int, reason: str) -> None:
        self.data = bytearray()
        self.cap = cap
        self.reason = reason

    @property
    def room(self) -> int:
        return self.cap - len(self.data) + 1  # one byte more than allowed: to see it overflow

    def add(self, piece: bytes) -> None:
        self.data += piece
        if len(self.data) > self.cap:
            raise InflateLimit(
                f"the body is larger than {self.cap} bytes when decompressed"
                + (" (compression ratio limit)" if self.reason == "ratio" else ""), self.reason)


def codings(header: str) -> list[str]:
    """The codings of a Content-Encoding value in the order they were applied."""
    names = [c.strip().lower() for c in header.split(",")]
    if any(not n for n in names) and header.strip():
        raise DecodeError("the content-encoding header has an empty coding")
    return [n for n in names if n not in IDENTITY]


def supported() -> frozenset[str]:
    """Codings this build can decode boundedly."""
    out = {"gzip", "x-gzip", "deflate"}
    if _brotli() is not None:
        out.add("br")
    if zstd_module() is not None:
        out.add("zstd")
    return frozenset(out)


def decode_body(raw: bytes, content_encoding: str, bounds: Bounds) -> bytes:
    """*raw* decoded by every coding in *content_encoding*, or DecodeError / InflateLimit."""
    steps = codings(content_encoding)
    if not steps:
        return raw
    known = supported()
    for name in steps:
        if name not in known:
            raise DecodeError(f"the content-encoding '{_safe(name)}' is not supported")
    cap, reason = bounds.cap(len(raw))
    data = raw
    for name in reversed(steps):
        if not data:
            continue  # an empty body is empty under any coding
        sink = _Sink(cap, reason)
        _DECODERS[_alias(name)](data, sink)
        data = bytes(sink.data)
    return data


def _alias(name: str) -> str:
    return "gzip" if name == "x-gzip" else name


def _safe(name: str) -> str:
    """A coding name fit for a message: short, printable ASCII."""
    return "".join(c for c in name[:32] if c.isascii() and c.isprintable())


def _zlib_stream(data: bytes, wbits: int, sink: _Sink, what: str) -> bytes:
    """Inflate one zlib/gzip/raw stream from *data*; returns the bytes after its end."""
    d = zlib.decompressobj(wbits)
    offset = 0
    pending = b""
    try:
        while not d.eof:
            if not pending:
                if offset >= len(data):
                    # all input given: drain what the decoder still holds, then it must be done
                    out = d.decompress(b"", sink.room)
                    sink.add(out)
                    if not out and not d.eof:
                        raise DecodeError(f"the {what} body is truncated")
                    continue
                pending = data[offset : offset + PIECE]
                offset += len(pending)
            out = d.decompress(pending, sink.room)
            sink.add(out)
            pending = d.unconsumed_tail
    except zlib.error as exc:
        raise DecodeError(f"the {what} body is corrupt") from exc
    return d.unused_data + pending + data[offset:]


def _gzip(data: bytes, sink: _Sink) -> None:
    rest = data
    while True:
        rest = _zlib_stream(rest, 16 + zlib.MAX_WBITS, sink, "gzip")
        if not rest:
            return
        if not rest.startswith(b"\x1f\x8b"):
            raise DecodeError("the gzip body has bytes after its last member")


def _deflate(data: bytes, sink: _Sink) -> None:
    wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
    rest = _zlib_stream(data, zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS, sink, "deflate")
    if rest:
        raise DecodeError("the deflate body has bytes after the end of its stream")


def _br(data: bytes, sink: _Sink) -> None:
    brotli = _brotli()
    assert brotli is not None
    d = brotli.Decompressor()
    try:
        for start in range(0, len(data), PIECE):
            if d.is_finished():
                raise DecodeError("the br body has bytes after the end of its stream")
            sink.add(d.process(data[start : start + PIECE], output_buffer_limit=sink.room))
            while not d.can_accept_more_data():
                out = d.process(b"", output_buffer_limit=sink.room)
                if not out:
                    raise DecodeError("the br body is corrupt")
                sink.add(out)
    except brotli.error as exc:
        raise DecodeError("the br body is corrupt") from exc
    if not d.is_finished():
        raise DecodeError("the br body is truncated")


def _zstd_(data: bytes, sink: _Sink) -> None:
    zstd = zstd_module()
    assert zstd is not None
    options = {zstd.DecompressionParameter.window_log_max: ZSTD_WINDOW_LOG_MAX}
    rest = data
    try:
        while rest:
            d = zstd.ZstdDecompressor(options=options)
            offset, pending = 0, b""
            while not d.eof:
                if d.needs_input:
                    if offset >= len(rest):
                        raise DecodeError("the zstd body is truncated")
                    pending = rest[offset : offset + PIECE]
                    offset += len(pending)
                else:
                    pending = b""
                out = d.decompress(pending, sink.room)
                sink.add(out)
                if not out and not pending and not d.eof and not d.needs_input:
                    raise DecodeError("the zstd body is corrupt")
            rest = d.unused_data + rest[offset:]
    except zstd.ZstdError as exc:
        raise DecodeError("the zstd body is corrupt") from exc


_DECODERS: dict[str, Callable[[bytes, _Sink], None]] = {
    "gzip": _gzip, "deflate": _deflate, "br": _br, "zstd": _zstd_,
}


def _brotli() -> Any:
    """The ``brotli`` module if it can decode with an output limit, else None."""
    try:
        import brotli  # type: ignore[import-untyped]
    except ImportError:
        return None
    try:
        brotli.Decompressor().process(b"", output_buffer_limit=1)
    except TypeError:  # an old brotli without output_buffer_limit: not boundedly decodable
        return None
    return brotli


def zstd_module() -> Any:
    """zstd as mitmproxy uses it (``compression.zstd`` from 3.14, ``backports.zstd`` before)."""
    try:
        if sys.version_info >= (3, 14):
            from compression import zstd
        else:
            from backports import zstd
    except ImportError:
        return None
    return zstd
