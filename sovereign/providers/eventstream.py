"""The AWS event stream framing (``application/vnd.amazon.eventstream``), sans-IO.

Bedrock's ConverseStream and InvokeModelWithResponseStream reply with binary messages, each
(AWS, "Event stream encoding", in the Amazon Transcribe developer guide, *Setting up a
streaming transcription* → *Event stream encoding*; and the S3 ``SelectObjectContent``
appendix, which describes the same framing)::

    total length   uint32, big-endian: the whole message, these 4 bytes and the CRC included
    headers length uint32, big-endian
    prelude CRC    uint32: CRC-32 (ISO-HDLC, zlib's) of the 8 bytes above
    headers        each: name length (1 byte), name (UTF-8), value type (1 byte), value
    payload        total - headers - 16 bytes
    message CRC    uint32: CRC-32 of everything before it, prelude included

Header value types: 0 true, 1 false (no value bytes), 2 byte, 3 short, 4 integer, 5 long
(signed, big-endian), 6 byte array and 7 string (uint16 length, then the bytes), 8 timestamp
(int64 milliseconds since the epoch), 9 UUID (16 bytes).

:class:`Decoder` takes bytes cut anywhere and returns whole messages (with the bytes they
came in, so a message the proxy does not change goes on exactly as the server wrote it);
:func:`encode` writes one with correct CRCs. A message whose lengths or CRCs are wrong, or
that repeats a header name (readers disagree on which counts; botocore refuses it), is a
:class:`FrameError`: the caller stops the stream rather than pass bytes it cannot read.
"""

from __future__ import annotations

import struct
import uuid
import zlib
from dataclasses import dataclass

PRELUDE = 12  # total length, headers length, prelude CRC
TRAILER = 4  # message CRC
MAX_MESSAGE = 16 * 1024 * 1024 + 128 * 1024 + PRELUDE + TRAILER  # botocore's bounds too
MAX_HEADERS = 128 * 1024

# header value types
TRUE, FALSE, BYTE, SHORT, INTEGER, LONG, BYTES, STRING, TIMESTAMP, UUID = range(10)
_INTS = {BYTE: ">b", SHORT: ">h", INTEGER: ">i", LONG: ">q", TIMESTAMP: ">q"}

HeaderValue = bool | int | bytes | str | uuid.UUID


@dataclass(frozen=True)
class Header:
    name: str
    kind: int  # one of the value types above (an int may be sent as any of five)
    value: HeaderValue


@dataclass(frozen=True)
class Message:
    headers: tuple[Header, ...]
    payload: bytes
    raw: bytes = b""  # the bytes it was read from ("" for one built here)

    def header(self, name: str) -> HeaderValue | None:
        return next((h.value for h in self.headers if h.name == name), None)

    def text_header(self, name: str) -> str | None:
        value = self.header(name)
        return value if isinstance(value, str) else None


class FrameError(ValueError):
    """Bytes that are not a well-formed event stream message."""


def _crc(data: bytes, start: int = 0) -> int:
    return zlib.crc32(data, start) & 0xFFFFFFFF


def _encode_header(header: Header) -> bytes:
    name = header.name.encode("utf-8")
    if not 0 < len(name) < 256:
        raise FrameError("a header name is 1 to 255 bytes")
    out = struct.pack(">B", len(name)) + name + struct.pack(">B", header.kind)
    value, kind = header.value, header.kind
    if kind in (TRUE, FALSE):
        if value is not (kind == TRUE):
            raise FrameError("a boolean header's value is its type")
        return out
    if kind in _INTS:
        if not isinstance(value, int) or isinstance(value, bool):
            raise FrameError("an integer header needs an int")
        try:
            return out + struct.pack(_INTS[kind], value)
        except struct.error:
            raise FrameError("an integer header's value is out of range") from None
    if kind in (BYTES, STRING):
        data = value.encode("utf-8") if kind == STRING and isinstance(value, str) else value
        if not isinstance(data, bytes) or (kind == STRING) != isinstance(value, str):
            raise FrameError("a string header needs a str, a byte-array header bytes")
        if len(data) > 0xFFFF:
            raise FrameError("a header value is at most 65535 bytes")
        return out + struct.pack(">H", len(data)) + data
    if kind == UUID:
        if not isinstance(value, uuid.UUID):
            raise FrameError("a UUID header needs a uuid.UUID")
        return out + value.bytes
    raise FrameError(f"unknown header value type {kind}")


def string_header(name: str, value: str) -> Header:
    return Header(name, STRING, value)


def encode(headers: tuple[Header, ...] | list[Header], payload: bytes) -> bytes:
    """One message with its lengths and both CRCs."""
    if len({h.name for h in headers}) != len(headers):
        raise FrameError("a header name repeats")
    head = b"".join(_encode_header(h) for h in headers)
    total = PRELUDE + len(head) + len(payload) + TRAILER
    if len(head) > MAX_HEADERS or total > MAX_MESSAGE:
        raise FrameError("message too large for the event stream framing")
    prelude = struct.pack(">II", total, len(head))
    prelude += struct.pack(">I", _crc(prelude))
    body = prelude + head + payload
    return body + struct.pack(">I", _crc(body))


def _decode_headers(data: bytes) -> tuple[Header, ...]:
    out: list[Header] = []
    pos = 0
    while pos < len(data):
        try:
            (size,) = struct.unpack_from(">B", data, pos)
            raw_name = data[pos + 1 : pos + 1 + size]
            if size == 0 or len(raw_name) != size:
                raise FrameError("truncated header name")
            name = raw_name.decode("utf-8")
            pos += 1 + size
            (kind,) = struct.unpack_from(">B", data, pos)
            pos += 1
            value: HeaderValue
            if kind in (TRUE, FALSE):
                value = kind == TRUE
            elif kind in _INTS:
                (value,) = struct.unpack_from(_INTS[kind], data, pos)
                pos += struct.calcsize(_INTS[kind])
            elif kind in (BYTES, STRING):
                (length,) = struct.unpack_from(">H", data, pos)
                raw = data[pos + 2 : pos + 2 + length]
                if len(raw) != length:
                    raise FrameError("truncated header value")
                value = raw.decode("utf-8") if kind == STRING else raw
                pos += 2 + length
            elif kind == UUID:
                raw = data[pos : pos + 16]
                if len(raw) != 16:
                    raise FrameError("truncated header value")
                value = uuid.UUID(bytes=raw)
                pos += 16
            else:
                raise FrameError(f"unknown header value type {kind}")
        except (struct.error, UnicodeDecodeError):
            raise FrameError("malformed header") from None
        if any(h.name == name for h in out):  # readers disagree on which one counts
            raise FrameError("a header name repeats")
        out.append(Header(name, kind, value))
    return tuple(out)


def decode_one(raw: bytes) -> Message:
    """*raw*, exactly one whole message."""
    if len(raw) < PRELUDE + TRAILER:
        raise FrameError("shorter than a message's prelude and CRC")
    total, head = struct.unpack_from(">II", raw)
    (prelude_crc,) = struct.unpack_from(">I", raw, 8)
    if _crc(raw[:8]) != prelude_crc:
        raise FrameError("prelude CRC mismatch")
    if total != len(raw) or head > total - PRELUDE - TRAILER:
        raise FrameError("message lengths do not add up")
    (message_crc,) = struct.unpack_from(">I", raw, total - TRAILER)
    if _crc(raw[: total - TRAILER]) != message_crc:
        raise FrameError("message CRC mismatch")
    headers = _decode_headers(raw[PRELUDE : PRELUDE + head])
    return Message(headers, raw[PRELUDE + head : total - TRAILER], raw)


class Decoder:
    """Feed bytes cut anywhere, get whole messages."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, chunk: bytes) -> list[Message]:
        self._buf += chunk
        out = []
        while len(self._buf) >= PRELUDE:
            total, _ = struct.unpack_from(">II", self._buf)
            (prelude_crc,) = struct.unpack_from(">I", self._buf, 8)
            if _crc(bytes(self._buf[:8])) != prelude_crc:
                raise FrameError("prelude CRC mismatch")
            if not PRELUDE + TRAILER <= total <= MAX_MESSAGE:
                raise FrameError("message length out of bounds")
            if len(self._buf) < total:
                break
            raw = bytes(self._buf[:total])
            del self._buf[:total]
            out.append(decode_one(raw))
        return out

    @property
    def pending(self) -> int:
        """Bytes of an unfinished message held."""
        return len(self._buf)
