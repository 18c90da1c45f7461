from __future__ import annotations

from sovereign.providers.sse import SSEDecoder, SSEEvent, encode

STREAM = (b"event: message_start\ndata: {\"a\": 1}\n\n"
          b": comment\ndata: line1\ndata: line2\n\n"
          b"data: [DONE]\r\n\r\n")


def test_events_split_at_every_byte_are_reassembled_exactly() -> None:
    whole = SSEDecoder().feed(STREAM)
    for cut in range(1, len(STREAM)):
        dec = SSEDecoder()
        events = dec.feed(STREAM[:cut]) + dec.feed(STREAM[cut:])
        assert events == whole
    assert b"".join(e.raw for e in whole) == STREAM
    assert [(e.event, e.data) for e in whole] == [
        ("message_start", '{"a": 1}'), (None, "line1\nline2"), (None, "[DONE]")]


def test_byte_by_byte() -> None:
    dec = SSEDecoder()
    events = [e for i in range(len(STREAM)) for e in dec.feed(STREAM[i : i + 1])]
    assert len(events) == 3 and dec.flush() == b""


def test_unterminated_tail_is_returned_by_flush() -> None:
    dec = SSEDecoder()
    assert dec.feed(b"data: x\n\ndata: partial") == [SSEEvent(None, "x", b"data: x\n\n")]
    assert dec.flush() == b"data: partial"


def test_encode_round_trips() -> None:
    raw = encode("content_block_delta", '{"x": "a\\nb"}')
    assert SSEEvent.parse(raw).data == '{"x": "a\\nb"}'
    assert SSEEvent.parse(encode(None, "one\ntwo")).data == "one\ntwo"
