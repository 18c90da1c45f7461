"""Where each wire format reports the tokens a request used, as data, and a sans-IO meter that
reads them from a reply on its way to the app (a whole body, or a stream's events).

A format's :class:`UsageSpec` says where its usage object sits (in a body, or in a stream
event: the first path found) and which of its fields count as input and as output tokens
(summed: Anthropic's cache reads are input, Gemini's thoughts are output). In a stream, each
field keeps the last value any event gave it (Anthropic reports input tokens in
``message_start`` and output tokens in ``message_delta``; Gemini repeats the running totals in
every chunk; OpenAI sends one usage chunk at the end).

OpenAI Chat Completions streams report usage only when asked
(``stream_options: {include_usage: true}``): :func:`ask_stream_usage` adds the option to a
request that did not ask, and the meter then removes what the option added to the reply (the
last chunk, which only carries usage, and the ``"usage": null`` member of every other chunk),
so the app receives the bytes it would have received without it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sovereign.providers import sse
from sovereign.providers.base import StreamCodec


@dataclass(frozen=True)
class UsageSpec:
    at: tuple[str, ...]  # dotted paths of the usage object in a body or an event (first found)
    input: tuple[str, ...]  # its fields counted as input tokens (summed)
    output: tuple[str, ...]  # ...and as output tokens
    # dotted paths of the answer's text in a whole body ('*' for every item of a list)
    text: tuple[str, ...] = ()


@dataclass(frozen=True)
class StreamOption:
    """How a format's streams are asked to report usage, and what asking adds to the reply."""

    path: tuple[str, ...]  # the request field set to true
    member: str  # the reply chunks' member the option adds (null but in the last chunk)
    empty: str  # the last chunk is the one whose list under this key is empty


# per wire format (WireFormat.name)
USAGE: dict[str, UsageSpec] = {
    "openai_chat": UsageSpec(("usage",), ("prompt_tokens",), ("completion_tokens",),
                             text=("choices.*.message.content",)),
    "openai_responses": UsageSpec(("usage", "response.usage"), ("input_tokens",),
                                  ("output_tokens",), text=("output.*.content.*.text",)),
    "anthropic": UsageSpec(
        ("usage", "message.usage"),
        ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens"),
        ("output_tokens",), text=("content.*.text",)),
    "gemini": UsageSpec(("usageMetadata",), ("promptTokenCount",),
                        ("candidatesTokenCount", "thoughtsTokenCount"),
                        text=("candidates.*.content.parts.*.text",)),
    # Cohere v2 chat: billed units in the reply, in the stream's message-end event
    "cohere": UsageSpec(("usage.billed_units", "delta.usage.billed_units"), ("input_tokens",),
                        ("output_tokens",), text=("message.content.*.text",)),
    # Bedrock bodies read whole (its streams are AWS event streams, not read for usage):
    # Converse, and InvokeModel with an Anthropic model's body
    "bedrock-converse": UsageSpec(("usage",), ("inputTokens",), ("outputTokens",),
                                  text=("output.message.content.*.text",)),
    "bedrock-invoke": UsageSpec(("usage",), ("input_tokens",), ("output_tokens",),
                                text=("content.*.text",)),
}

STREAM_OPTIONS: dict[str, StreamOption] = {
    "openai_chat": StreamOption(("stream_options", "include_usage"), "usage", "choices"),
}
# the API servers known to take the option (a local model is vLLM, which takes it too); others
# (Azure OpenAI, whose older api-versions refuse it; Mistral; a provider added in the config)
# are not sent a field they might refuse: their streams report what they report by themselves
TAKES_STREAM_OPTION = frozenset({"openai"})

# the format a local model answers in, by the path a route's LocalTarget sends to
LOCAL_FORMATS: dict[str, str] = {"/chat/completions": "openai_chat",
                                 "/responses": "openai_responses", "/messages": "anthropic"}

MAX_KEPT_BODY = 8 * 1024 * 1024  # a reply body kept to read its usage (not a stream of events)
MAX_KEPT_TEXT = 64 * 1024  # characters of an answer's text kept (shadow evaluation)


@dataclass(frozen=True)
class Usage:
    """Tokens as the provider or the local model reported them (None: not reported)."""

    input_tokens: int | None = None
    output_tokens: int | None = None

    @property
    def reported(self) -> bool:
        return self.input_tokens is not None or self.output_tokens is not None


def _get(doc: Any, dotted: str) -> Any:
    node = doc
    for key in dotted.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def usage_fields(spec: UsageSpec, doc: Any) -> dict[str, int]:
    """The usage fields *doc* (a body or an event) reports, by name."""
    for where in spec.at:
        found = _get(doc, where)
        if isinstance(found, dict):
            return {name: n for name in (*spec.input, *spec.output)
                    if (n := _whole(found.get(name))) is not None}
    return {}


def _sum(fields: Mapping[str, int], names: tuple[str, ...]) -> int | None:
    present = [fields[n] for n in names if n in fields]
    return sum(present) if present else None


def usage_of(spec: UsageSpec, fields: Mapping[str, int]) -> Usage:
    return Usage(_sum(fields, spec.input), _sum(fields, spec.output))


def _texts(node: Any, keys: list[str]) -> list[str]:
    if not keys:
        return [node] if isinstance(node, str) else []
    key, rest = keys[0], keys[1:]
    if key == "*":
        items = node if isinstance(node, list) else []
        return [t for item in items for t in _texts(item, rest)]
    return _texts(node.get(key), rest) if isinstance(node, dict) else []


def body_text(spec: UsageSpec, doc: Any) -> str:
    """The answer's text in a whole reply body (every text part, in order)."""
    return "".join(t for path in spec.text for t in _texts(doc, path.split(".")))


def read_body(spec: UsageSpec, body: bytes) -> tuple[Usage, str]:
    """Usage and answer text of a whole reply body: a JSON object, or a JSON array of chunks
    (Gemini's stream without ``alt=sse``). Nothing readable: nothing reported."""
    try:
        doc = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return Usage(), ""
    docs = doc if isinstance(doc, list) else [doc]
    fields: dict[str, int] = {}
    for item in docs:
        fields.update(usage_fields(spec, item))
    return usage_of(spec, fields), "".join(body_text(spec, item) for item in docs)


def ask_stream_usage(wire: str, provider: str, local: bool, body: bytes) -> bytes | None:
    """*body* (a streaming request in format *wire*) asking for usage in its stream, when the
    format needs asking, the server takes the option and the app did not ask itself; None when
    nothing is to change. The app's bytes are kept: the option is added before the body's
    closing brace, unless the app sent ``stream_options`` of its own (then re-encoded)."""
    option = STREAM_OPTIONS.get(wire)
    if option is None or not (local or provider in TAKES_STREAM_OPTION):
        return None
    try:
        doc = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(doc, dict) or doc.get("stream") is not True:
        return None
    parent_key, flag = option.path[0], option.path[-1]
    parent = doc.get(parent_key)
    if isinstance(parent, dict) and parent.get(flag) is not None:
        return None  # the app asked (or said no): its choice stands, and so does its reply
    if parent is None and parent_key not in doc:
        text = body.rstrip()
        if text.endswith(b"}"):
            sep = b"," if doc else b""
            added = text[:-1] + sep + json.dumps({parent_key: {flag: True}})[1:-1].encode() \
                + b"}"
            return added
    if parent is not None and not isinstance(parent, dict):
        return None  # not ours to fix: the server answers the app's mistake
    doc[parent_key] = {**(parent or {}), flag: True}
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _null_member(member: str) -> re.Pattern[bytes]:
    name = re.escape(json.dumps(member).encode())
    # ',"usage":null' (or '"usage":null,' as the first member): an unescaped quote starts a
    # key; inside a JSON string every quote is escaped, so a string can never match
    return re.compile(rb'\s*,\s*' + name + rb'\s*:\s*null(?=\s*[,}])|(?<=\{)\s*' + name
                      + rb'\s*:\s*null\s*,?')


class UsageMeter:
    """Reads usage (and, when asked, the answer's text) from the reply bytes on their way to
    the app, passing them on unchanged: unless *strip* (the proxy asked for usage on the
    app's behalf), when what the option added is taken out again."""

    def __init__(self, spec: UsageSpec | None, codec: StreamCodec | None, *,
                 strip: StreamOption | None = None, keep_text: bool = False) -> None:
        self._spec = spec
        self._codec = codec  # None: not a stream of events
        self._strip = strip if codec is not None else None
        self._keep_text = keep_text
        self._decoder = sse.SSEDecoder()
        self._fields: dict[str, int] = {}
        self._text: list[str] = []
        self._text_len = 0
        self.text_cut = False  # the answer was longer than MAX_KEPT_TEXT
        # a body is kept to be read at its end only where there is something to read in it
        self._body: bytearray | None = bytearray() if codec is None and spec else None
        self._null = _null_member(strip.member) if strip is not None else None
        self._readable = True

    def feed(self, data: bytes, end: bool = False) -> bytes:
        """Bytes in from the server (after restoring or translating), bytes out to the app;
        *end* (or ``b""``) when the body ends."""
        if self._codec is None:
            if self._body is not None:
                if len(self._body) + len(data) > MAX_KEPT_BODY:
                    self._body = None  # too large to read: its usage is not recorded
                else:
                    self._body += data
            return data
        if not self._readable:
            return data
        try:
            events = self._decoder.feed(data)
        except UnicodeDecodeError:
            self._readable = False
            return data if self._strip is None else self._decoder.flush() + data
        out = [self._event(e) for e in events]
        if self._strip is None:
            return data
        if end or data == b"":
            out.append(self._decoder.flush())
        return b"".join(out)

    def _event(self, event: sse.SSEEvent) -> bytes:
        try:
            doc: Any = json.loads(event.data) if event.data else None
        except json.JSONDecodeError:
            doc = None
        if self._spec is not None and isinstance(doc, dict):
            self._fields.update(usage_fields(self._spec, doc))
        if self._keep_text and self._codec is not None and doc is not None:
            for channel, locator in self._codec.text_fields(doc):
                if channel.template.get("json"):
                    continue  # tool arguments are not the answer's text
                node: Any = doc
                for key in locator:
                    node = node[key]
                self._add_text(node if isinstance(node, str) else "")
        strip = self._strip
        if strip is None or not isinstance(doc, dict):
            return event.raw
        if doc.get(strip.empty) == [] and isinstance(doc.get(strip.member), dict):
            return b""  # the chunk the option added: it carries usage only
        if strip.member in doc and doc[strip.member] is None and self._null is not None:
            raw = self._null.sub(b"", event.raw, count=1)
            try:
                kept = json.loads(sse.SSEEvent.parse(raw).data)
            except (json.JSONDecodeError, UnicodeDecodeError):
                kept = None
            expected = {k: v for k, v in doc.items() if k != strip.member}
            if kept != expected:  # an unusual layout: re-encode the event without it
                raw = sse.encode(event.event, json.dumps(expected, ensure_ascii=False))
            return raw
        return event.raw

    def _add_text(self, text: str) -> None:
        room = MAX_KEPT_TEXT - self._text_len
        if len(text) > room:
            self.text_cut = True
            text = text[:room]
        self._text.append(text)
        self._text_len += len(text)

    @property
    def body(self) -> bytes | None:
        """The reply body kept (not a stream of events), None when there is none or it was
        too large."""
        return bytes(self._body) if self._body is not None else None

    def finish(self, body: bytes | None = None) -> tuple[Usage, str]:
        """Usage and answer text: from the events seen, or from *body* (a whole reply, decoded;
        default: the body kept)."""
        if self._spec is None:
            return Usage(), ""
        if self._codec is None or body is not None:
            raw = body if body is not None else self.body
            if raw is None:
                return Usage(), ""
            usage, text = read_body(self._spec, raw)
            if len(text) > MAX_KEPT_TEXT:
                self.text_cut, text = True, text[:MAX_KEPT_TEXT]
            return usage, text
        return usage_of(self._spec, self._fields), "".join(self._text)
