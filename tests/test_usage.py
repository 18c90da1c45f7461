"""Usage accounting, sans-IO (providers/usage.py): the tokens each format reports, read from
whole bodies and from streams cut anywhere; asking an OpenAI chat stream for its usage and
taking out again what asking added, so the app gets the bytes it would have got."""

from __future__ import annotations

import json
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.demo.standins import (
    anthropic_message,
    anthropic_stream,
    cohere_stream,
    gemini_response,
    gemini_stream,
    openai_completion,
    openai_stream,
    responses_object,
    responses_stream,
)
from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.base import WireFormat
from sovereign.providers.cohere import CohereChat
from sovereign.providers.gemini import Gemini
from sovereign.providers.openai_chat import OpenAIChat
from sovereign.providers.openai_responses import OpenAIResponses
from sovereign.providers.usage import (
    STREAM_OPTIONS,
    USAGE,
    Usage,
    UsageMeter,
    ask_stream_usage,
    read_body,
)

TEXT = "The capital of Portugal is Lisbon, on the Tagus."


def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, last = [], 0
    for p in points:
        out.append(data[last:p])
        last = p
    out.append(data[last:])
    return [c for c in out if c]


def _through(meter: UsageMeter, chunks: list[bytes]) -> bytes:
    out = b"".join(meter.feed(c) for c in chunks)
    return out + meter.feed(b"", end=True)


def test_whole_bodies_of_every_format() -> None:
    for wire, body in [
            ("openai_chat", openai_completion("gpt-4o", TEXT, (11, 13))),
            ("anthropic", anthropic_message("claude-x", TEXT)),
            ("openai_responses", responses_object("gpt-4o", TEXT)),
            ("gemini", gemini_response("gemini-2.5-flash", TEXT))]:
        usage, text = read_body(USAGE[wire], json.dumps(body).encode())
        assert usage.reported and text == TEXT, wire
    assert read_body(USAGE["openai_chat"], json.dumps(
        openai_completion("gpt-4o", TEXT, (11, 13))).encode())[0] == Usage(11, 13)
    # a body that is not JSON reports nothing (never a guess)
    assert read_body(USAGE["openai_chat"], b"<html>") == (Usage(), "")


def test_anthropic_cache_reads_count_as_input_and_gemini_thoughts_as_output() -> None:
    body = {"usage": {"input_tokens": 3, "cache_read_input_tokens": 100, "output_tokens": 9}}
    assert read_body(USAGE["anthropic"], json.dumps(body).encode())[0] == Usage(103, 9)
    gem = {"usageMetadata": {"promptTokenCount": 4, "candidatesTokenCount": 6,
                             "thoughtsTokenCount": 30}}
    assert read_body(USAGE["gemini"], json.dumps(gem).encode())[0] == Usage(4, 36)
    cohere = {"message": {"content": [{"type": "text", "text": TEXT}]},
              "usage": {"billed_units": {"input_tokens": 12, "output_tokens": 3}}}
    assert read_body(USAGE["cohere"], json.dumps(cohere).encode()) == (Usage(12, 3), TEXT)
    converse = {"output": {"message": {"content": [{"text": TEXT}]}},
                "usage": {"inputTokens": 9, "outputTokens": 4, "totalTokens": 13}}
    assert read_body(USAGE["bedrock-converse"], json.dumps(converse).encode()) == (
        Usage(9, 4), TEXT)


OPENAI_CHAT = OpenAIChat()
STREAMS: dict[str, tuple[WireFormat, Callable[[], list[bytes]], Usage]] = {
    "anthropic": (AnthropicMessages(), lambda: anthropic_stream("claude-x", TEXT, 4),
                  Usage(5, 7)),
    "openai_responses": (OpenAIResponses(), lambda: responses_stream("gpt-4o", TEXT, 4),
                         Usage(5, 7)),
    "gemini": (Gemini(), lambda: gemini_stream("gemini-2.5-flash", TEXT, 4), Usage(5, 7)),
    "cohere": (CohereChat(), lambda: cohere_stream(TEXT, 4), Usage(5, 7)),
    "openai_chat": (OPENAI_CHAT, lambda: openai_stream("gpt-4o", TEXT, 4, (21, 34)),
                    Usage(21, 34)),
}


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(sorted(STREAMS)), cuts=st.lists(st.integers(0, 10_000),
                                                             max_size=12))
def test_stream_usage_from_its_events_cut_anywhere(name: str, cuts: list[int]) -> None:
    """Usage arrives in the last events (OpenAI's usage chunk, Anthropic's message_delta,
    Responses' response.completed, Gemini's last chunk): read whole wherever TCP cuts it,
    and the bytes pass unchanged when nothing is to be taken out."""
    wire, events, expected = STREAMS[name]
    data = b"".join(events())
    meter = UsageMeter(USAGE[wire.name], wire.stream_codec(), keep_text=True)
    assert _through(meter, _cut(data, cuts)) == data
    usage, text = meter.finish()
    assert usage == expected
    assert text == TEXT


@settings(max_examples=40, deadline=None)
@given(cuts=st.lists(st.integers(0, 10_000), max_size=12))
def test_asked_usage_is_taken_out_of_the_stream_the_app_gets(cuts: list[int]) -> None:
    """The proxy asked for usage on the app's behalf: the app gets exactly the stream it
    would have got without asking (no usage chunk, no "usage": null), and the usage is read."""
    asked = b"".join(openai_stream("gpt-4o", TEXT, 4, (21, 34)))
    unasked = b"".join(openai_stream("gpt-4o", TEXT, 4))
    meter = UsageMeter(USAGE["openai_chat"], OPENAI_CHAT.stream_codec(),
                       strip=STREAM_OPTIONS["openai_chat"])
    assert _through(meter, _cut(asked, cuts)) == unasked
    assert meter.finish()[0] == Usage(21, 34)


def test_compact_chunks_keep_their_bytes_when_usage_is_taken_out() -> None:
    chunk = (b'data: {"id":"c","choices":[{"index":0,"delta":{"content":"a \\"usage\\":null"}'
             b',"finish_reason":null}],"usage":null}\n\n')
    meter = UsageMeter(USAGE["openai_chat"], OPENAI_CHAT.stream_codec(),
                       strip=STREAM_OPTIONS["openai_chat"])
    out = _through(meter, [chunk])
    assert out == chunk.replace(b',"usage":null}', b"}")


def test_asking_for_stream_usage_keeps_the_apps_bytes() -> None:
    body = b'{"model": "gpt-4o", "stream": true, "messages": [{"role": "user", "content": "hi"}]}'
    asked = ask_stream_usage("openai_chat", "openai", False, body)
    assert asked is not None and asked.startswith(body[:-1])
    assert json.loads(asked)["stream_options"] == {"include_usage": True}
    # the app asked, or said no: its choice stands
    own = json.dumps({"stream": True, "stream_options": {"include_usage": False}}).encode()
    assert ask_stream_usage("openai_chat", "openai", False, own) is None
    # other options of the app are kept
    other = json.dumps({"stream": True, "stream_options": {"include_obfuscation": False}})
    assert json.loads(ask_stream_usage("openai_chat", "openai", False, other.encode())
                      or b"{}")["stream_options"] == {"include_obfuscation": False,
                                                      "include_usage": True}
    # not a stream, a server not known to take the option, a format that always reports
    assert ask_stream_usage("openai_chat", "openai", False, b'{"stream": false}') is None
    assert ask_stream_usage("openai_chat", "mistral", False, body) is None
    assert ask_stream_usage("openai_chat", "azure", False, body) is None
    assert ask_stream_usage("openai_chat", "mistral", True, body) is not None  # local vLLM
    assert ask_stream_usage("anthropic", "anthropic", False, body) is None


def test_a_large_plain_body_is_not_kept() -> None:
    meter = UsageMeter(USAGE["openai_chat"], None)
    big = b" " * (9 * 1024 * 1024)
    assert meter.feed(big) == big
    assert meter.body is None and meter.finish() == (Usage(), "")
    # a format whose usage is not known: nothing is kept at all
    unknown = UsageMeter(None, None)
    assert unknown.feed(b"{}") == b"{}" and unknown.body is None


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=80), size=st.integers(1, 9),
       cuts=st.lists(st.integers(0, 10_000), max_size=8))
def test_any_answer_text_survives_taking_the_usage_out(text: str, size: int,
                                                       cuts: list[int]) -> None:
    """Whatever the answer holds (quotes, '"usage":null' itself, any character), the stream
    the app gets is the one it would have got without asking."""
    asked = b"".join(openai_stream("gpt-4o", text, size, (3, 4)))
    meter = UsageMeter(USAGE["openai_chat"], OPENAI_CHAT.stream_codec(),
                       strip=STREAM_OPTIONS["openai_chat"], keep_text=True)
    assert _through(meter, _cut(asked, cuts)) == b"".join(openai_stream("gpt-4o", text, size))
    assert meter.finish() == (Usage(3, 4), text)
