"""The AWS event stream codec (providers/eventstream.py): what it encodes decodes to the same
message whatever the cuts between reads, botocore's own parser reads what it writes, and a
message with a wrong length or CRC is refused, never passed on."""

from __future__ import annotations

import struct
import uuid

import pytest
from botocore.eventstream import EventStreamBuffer
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.providers import eventstream as es

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                max_size=20).filter(lambda n: 0 < len(n.encode()) < 256)
headers = st.one_of(
    st.builds(lambda n: es.Header(n, es.TRUE, True), names),
    st.builds(lambda n: es.Header(n, es.FALSE, False), names),
    st.builds(lambda n, v: es.Header(n, es.BYTE, v), names, st.integers(-128, 127)),
    st.builds(lambda n, v: es.Header(n, es.SHORT, v), names, st.integers(-2**15, 2**15 - 1)),
    st.builds(lambda n, v: es.Header(n, es.INTEGER, v), names, st.integers(-2**31, 2**31 - 1)),
    st.builds(lambda n, v: es.Header(n, es.LONG, v), names, st.integers(-2**63, 2**63 - 1)),
    st.builds(lambda n, v: es.Header(n, es.BYTES, v), names, st.binary(max_size=64)),
    st.builds(lambda n, v: es.Header(n, es.STRING, v), names, st.text(max_size=64)),
    st.builds(lambda n, v: es.Header(n, es.TIMESTAMP, v), names, st.integers(0, 2**62)),
    st.builds(lambda n, v: es.Header(n, es.UUID, uuid.UUID(bytes=v)), names,
              st.binary(min_size=16, max_size=16)),
)
messages = st.tuples(st.lists(headers, max_size=6, unique_by=lambda h: h.name).map(tuple),
                     st.binary(max_size=300))


@settings(max_examples=200, deadline=None)
@given(st.lists(messages, min_size=1, max_size=5), st.lists(st.integers(1, 50), max_size=40))
def test_round_trip_whatever_the_cuts(msgs: list[tuple[tuple[es.Header, ...], bytes]],
                                      cuts: list[int]) -> None:
    data = b"".join(es.encode(h, p) for h, p in msgs)
    decoder, got, pos = es.Decoder(), [], 0
    for size in [*cuts, len(data)]:
        got += decoder.feed(data[pos : pos + size])
        pos += size
    assert decoder.pending == 0
    assert [(m.headers, m.payload) for m in got] == msgs
    assert b"".join(m.raw for m in got) == data  # byte for byte, to pass on unchanged


@settings(max_examples=100, deadline=None)
@given(messages)
def test_botocore_reads_what_it_writes(msg: tuple[tuple[es.Header, ...], bytes]) -> None:
    head, payload = msg
    buffer = EventStreamBuffer()
    buffer.add_data(es.encode(head, payload))
    [parsed] = list(buffer)
    assert parsed.payload == payload
    expected = {}
    for h in head:  # botocore gives UUIDs as bytes
        expected[h.name] = h.value.bytes if isinstance(h.value, uuid.UUID) else h.value
    assert parsed.headers == expected


@settings(max_examples=100, deadline=None)
@given(messages, st.data())
def test_any_flipped_bit_is_refused(msg: tuple[tuple[es.Header, ...], bytes],
                                    data: st.DataObject) -> None:
    raw = bytearray(es.encode(*msg))
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(es.FrameError):
        decoder = es.Decoder()
        decoder.feed(bytes(raw))
        if decoder.pending:  # a longer declared length: the stream ends inside it
            raise es.FrameError("truncated")


def test_a_repeated_header_name_is_refused() -> None:
    with pytest.raises(es.FrameError):
        es.encode((es.string_header("a", "1"), es.string_header("a", "2")), b"")
    one = es.encode((es.string_header("a", "1"),), b"")
    head = one[12:-4]
    total = 12 + 2 * len(head) + 4
    prelude = struct.pack(">II", total, 2 * len(head))
    body = prelude + struct.pack(">I", es._crc(prelude)) + head + head
    with pytest.raises(es.FrameError):
        es.decode_one(body + struct.pack(">I", es._crc(body)))


def test_lengths_out_of_bounds_are_refused_before_buffering() -> None:
    prelude = struct.pack(">II", es.MAX_MESSAGE + 1, 0)
    with pytest.raises(es.FrameError):
        es.Decoder().feed(prelude + struct.pack(">I", es._crc(prelude)))


def test_a_known_message() -> None:
    """The layout by hand: prelude (total, headers length, CRC), one string header, payload,
    message CRC."""
    raw = es.encode((es.string_header(":event-type", "chunk"),), b'{"bytes":""}')
    header = b"\x0b:event-type\x07\x00\x05chunk"
    assert raw[12 : 12 + len(header)] == header
    assert struct.unpack(">II", raw[:8]) == (len(raw), len(header))
    assert raw[12 + len(header) : -4] == b'{"bytes":""}'
    assert struct.unpack(">I", raw[-4:])[0] == es._crc(raw[:-4])
