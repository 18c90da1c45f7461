"""What every route_local translation into OpenAI Chat Completions (the local model's vLLM API)
shares, whatever the caller's format: the streaming request, a tool call's arguments read back,
the translator that turns the caller's body into a chat request, the chunks of the local
model's stream, and a whole reply (or error) said back in the caller's format. Pure."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from sovereign.providers import sse
from sovereign.providers.base import ParsedRequest, WireFormat

DONE = None  # what chat_chunks gives for the stream's "data: [DONE]"


def stream_request(body: dict[str, Any], stream: bool) -> dict[str, Any]:
    """*body*, streamed when the caller streams, asking for the usage in the last chunk (every
    caller's format reports it at the end of its stream)."""
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return body


def tool_arguments(arguments: str) -> Any:
    """A chat tool call's JSON arguments as a value."""
    try:
        return json.loads(arguments) if arguments else {}
    except json.JSONDecodeError:
        return {"arguments": arguments}  # the model wrote invalid JSON: keep it, visibly


def chat_chunks(decoder: sse.SSEDecoder, data: bytes) -> list[dict[str, Any] | None]:
    """The chunks (JSON objects) of a Chat Completions stream that *data* completes, and
    :data:`DONE` for its ``[DONE]``; any other event (empty, not JSON, not an object) is
    passed over."""
    out: list[dict[str, Any] | None] = []
    for ev in decoder.feed(data):
        if ev.data == "[DONE]":
            out.append(DONE)
            continue
        try:
            doc = json.loads(ev.data)
        except json.JSONDecodeError:
            continue
        if isinstance(doc, dict):
            out.append(doc)
    return out


def error_to(wire: WireFormat, status: int, body: bytes) -> bytes:
    """A local server's error (any shape) re-said in the caller's format."""
    message = "the local model returned an error"
    try:
        doc = json.loads(body)
        detail = doc.get("error", doc) if isinstance(doc, dict) else None
        if isinstance(detail, dict) and isinstance(detail.get("message"), str):
            message = f"the local model returned an error: {detail['message']}"
        elif isinstance(detail, str):
            message = f"the local model returned an error: {detail}"
    except (json.JSONDecodeError, UnicodeDecodeError):
        pass
    return json.dumps(wire.error_body(status, "local_model_error", message)).encode()


def dump_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def whole_reply(wire: WireFormat, status: int, body: bytes, convert: Callable[[Any], Any],
                dump: Callable[[Any], bytes] = dump_json) -> bytes:
    """The local server's whole reply in the caller's format: an error re-said (error_to),
    else its JSON converted by *convert* and written by *dump*."""
    if status >= 400:
        return error_to(wire, status, body)
    return dump(convert(json.loads(body)))


@dataclass(frozen=True)
class ToChat:
    """route_local through Chat Completions for a format whose body converts by itself:
    :attr:`to_chat` (the caller's body, the local model, whether it streams → a chat request).
    A subclass names the converter and says how the reply goes back (``reply``)."""

    wire: WireFormat
    to_chat: ClassVar[Callable[[dict[str, Any], str, bool], dict[str, Any]]]

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        return type(self).to_chat(parsed.doc, local_model, parsed.exchange.stream)
