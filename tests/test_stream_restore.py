"""Placeholders split across stream events are restored without holding back more than needed."""

from __future__ import annotations

import json

import pytest

from sovereign.demo.standins import anthropic_stream, openai_stream
from sovereign.providers.registry import ANTHROPIC, OPENAI_CHAT
from sovereign.providers.sse import SSEDecoder
from sovereign.redact.stream import StreamRestorer
from sovereign.redact.vault import Vault


def vault() -> Vault:
    v = Vault()
    assert v.placeholder_for("PERSON", "John Smith") == "[PERSON_1]"
    assert v.placeholder_for("EMAIL_ADDRESS", "j@x.io") == "[EMAIL_ADDRESS_1]"
    return v


def openai_text(raw: bytes) -> str:
    out = []
    for ev in SSEDecoder().feed(raw):
        if ev.data == "[DONE]":
            continue
        for choice in json.loads(ev.data)["choices"]:
            out.append(choice["delta"].get("content") or "")
    return "".join(out)


def anthropic_text(raw: bytes) -> str:
    out = []
    for ev in SSEDecoder().feed(raw):
        doc = json.loads(ev.data)
        if doc["type"] == "content_block_delta":
            out.append(doc["delta"]["text"])
    return "".join(out)


TEXT = "Dear [PERSON_1], mail [EMAIL_ADDRESS_1] or [PERSON_1]. [NOT_A_PLACEHOLDER] [PERSON_9]"
EXPECTED = "Dear John Smith, mail j@x.io or John Smith. [NOT_A_PLACEHOLDER] [PERSON_9]"


@pytest.mark.parametrize("size", [1, 2, 3, 5, 11, 200])
def test_openai_stream_restored_for_any_split(size: int) -> None:
    restorer = StreamRestorer(OPENAI_CHAT.stream_codec(), vault())
    events = openai_stream("m", TEXT, size)
    out = b"".join(restorer.feed(e) for e in events) + restorer.feed(b"")
    assert openai_text(out) == EXPECTED
    assert out.rstrip().endswith(b"data: [DONE]")


@pytest.mark.parametrize("size", [1, 4, 7, 200])
def test_anthropic_stream_restored_for_any_split(size: int) -> None:
    restorer = StreamRestorer(ANTHROPIC.stream_codec(), vault())
    raw = b"".join(anthropic_stream("m", TEXT, size))
    # and the bytes themselves arrive split at odd places
    out = b"".join(restorer.feed(raw[i : i + 7]) for i in range(0, len(raw), 7))
    out += restorer.feed(b"")
    assert anthropic_text(out) == EXPECTED
    names = [e.event for e in SSEDecoder().feed(out)]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    assert names.index("content_block_stop") > max(
        i for i, n in enumerate(names) if n == "content_block_delta")


def test_only_a_possible_placeholder_prefix_is_held_back() -> None:
    restorer = StreamRestorer(OPENAI_CHAT.stream_codec(), vault())
    first = openai_stream("m", "Hello [PER", 100)[1]
    out = openai_text(restorer.feed(first))
    assert out == "Hello "  # "[PER" may become [PERSON_1]: held
    second = openai_stream("m", "haps] ok", 100)[1]
    assert openai_text(restorer.feed(second)) == "[PERhaps] ok"  # could not be one: released


def test_events_without_text_pass_byte_for_byte() -> None:
    restorer = StreamRestorer(ANTHROPIC.stream_codec(), vault())
    ping = b'event: ping\ndata: {"type":   "ping"}\n\n'
    assert restorer.feed(ping) == ping


def test_held_text_is_flushed_when_the_stream_ends_abruptly() -> None:
    restorer = StreamRestorer(OPENAI_CHAT.stream_codec(), vault())
    out = restorer.feed(openai_stream("m", "Bye [PERSON_", 100)[1]) + restorer.feed(b"")
    assert openai_text(out) == "Bye [PERSON_"


STREAMS = {"openai": (OPENAI_CHAT, openai_stream, openai_text),
           "anthropic": (ANTHROPIC, anthropic_stream, anthropic_text)}


@pytest.mark.parametrize("fmt", sorted(STREAMS))
def test_placeholder_split_at_every_offset(fmt: str) -> None:
    """The model's text cut into two deltas at every character offset, and the stream's bytes
    cut at every byte offset: the client always reads the restored text."""
    wire, make, read = STREAMS[fmt]
    for cut in range(1, len(TEXT)):
        events = make("m", TEXT, len(TEXT))
        # replace the single text delta by two: TEXT[:cut] and TEXT[cut:]
        first = make("m", TEXT[:cut], len(TEXT))
        second = make("m", TEXT[cut:], len(TEXT))
        index = 1 if fmt == "openai" else 3
        stream = [*events[:index], first[index], second[index], *events[index + 1 :]]
        restorer = StreamRestorer(wire.stream_codec(), vault())
        out = b"".join(restorer.feed(e) for e in stream) + restorer.feed(b"")
        assert read(out) == EXPECTED, cut
    raw = b"".join(make("m", TEXT, 3))
    for cut in range(1, len(raw)):
        restorer = StreamRestorer(wire.stream_codec(), vault())
        out = restorer.feed(raw[:cut]) + restorer.feed(raw[cut:]) + restorer.feed(b"")
        assert read(out) == EXPECTED, cut


def test_time_to_first_text_is_not_delayed_beyond_the_fragment() -> None:
    """Text before a possible placeholder is emitted at once; only the fragment waits."""
    restorer = StreamRestorer(OPENAI_CHAT.stream_codec(), vault())
    out = openai_text(restorer.feed(openai_stream("m", "Hello there, [PERSON", 100)[1]))
    assert out == "Hello there, "


def test_values_restored_into_tool_arguments_stay_valid_json() -> None:
    """Tool-call arguments are JSON text: a value with quotes or backslashes is inserted
    escaped, in whole replies and in streamed argument deltas alike."""
    from sovereign.redact.reply import RestorePlaceholders

    v = Vault()
    token = v.placeholder_for("PERSON", 'Dana "DJ" O\\Neil')
    args = json.dumps({"name": token, "note": f"call {token}"})
    whole = {"choices": [{"message": {"role": "assistant", "content": f"Hi {token}",
                                      "tool_calls": [{"id": "c", "type": "function",
                                                      "function": {"name": "f",
                                                                   "arguments": args}}]}}]}
    out = json.loads(RestorePlaceholders(v, OPENAI_CHAT).whole(json.dumps(whole).encode()))
    message = out["choices"][0]["message"]
    assert message["content"] == 'Hi Dana "DJ" O\\Neil'
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {
        "name": 'Dana "DJ" O\\Neil', "note": 'call Dana "DJ" O\\Neil'}

    def chunk(arguments: str) -> bytes:
        event = {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "finish_reason": None, "delta": {"tool_calls": [
                     {"index": 0, "function": {"arguments": arguments}}]}}]}
        return f"data: {json.dumps(event)}\n\n".encode()

    restorer = StreamRestorer(OPENAI_CHAT.stream_codec(), v)
    pieces = [args[i : i + 5] for i in range(0, len(args), 5)]
    out_raw = b"".join(restorer.feed(chunk(p)) for p in pieces) + restorer.feed(b"")
    streamed = "".join(
        d["function"]["arguments"]
        for ev in SSEDecoder().feed(out_raw) if ev.data != "[DONE]"
        for c in json.loads(ev.data)["choices"] for d in c["delta"].get("tool_calls", []))
    assert json.loads(streamed)["name"] == 'Dana "DJ" O\\Neil'
