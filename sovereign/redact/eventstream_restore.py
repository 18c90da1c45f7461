"""Restore placeholders in an AWS event stream reply (Bedrock), message by message.

The same rule as the SSE restorer (redact/stream.py): text that may be the start of a
placeholder split across messages (``[PER`` … ``SON_1]``) is held back per text channel only
until it can no longer be one; a channel's held text goes out in a synthetic delta message
just before the message that ends it. A message with nothing to restore is passed on byte
for byte; a changed one is encoded again with fresh lengths and CRCs. Bytes that are not a
well-formed event stream raise :class:`~sovereign.providers.eventstream.FrameError` (the
proxy then cuts the stream: it does not pass on what it cannot read).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import Any

from sovereign.providers import eventstream as es
from sovereign.providers.base import StreamCodec
from sovereign.providers.bedrock import EventStreamCodec
from sovereign.redact.stream import HeldText, Key
from sovereign.redact.vault import Vault


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_message(name: str, payload: bytes, message_type: str = "event") -> bytes:
    """An event message as Bedrock sends them (event type, JSON content type)."""
    return es.encode((es.string_header(":event-type", name),
                      es.string_header(":content-type", "application/json"),
                      es.string_header(":message-type", message_type)), payload)


def wrap_chunk(event: Any) -> bytes:
    """The payload of an InvokeModelWithResponseStream ``chunk`` message."""
    return _dump({"bytes": base64.b64encode(_dump(event)).decode("ascii")})


class EventStreamRestorer:
    def __init__(self, codec: StreamCodec, vault: Vault,
                 on_event: Callable[[Any], None] | None = None) -> None:
        self._codec = codec
        self._wrapped = isinstance(codec, EventStreamCodec) and codec.wrapped
        self._chunk = codec.chunk_event if isinstance(codec, EventStreamCodec) else "chunk"
        self._on_event = on_event
        self._decoder = es.Decoder()
        self._text = HeldText(codec, vault)

    def feed(self, chunk: bytes) -> bytes:
        """Bytes in from the server, bytes out to the client. ``b""`` marks the end."""
        out = [self._message(m) for m in self._decoder.feed(chunk)]
        if chunk == b"":
            out.append(self._flush(None))
            if self._decoder.pending:
                raise es.FrameError("the stream ended inside a message")
        return b"".join(out)

    def _carry(self, name: str | None, event: Any) -> bytes:
        if self._wrapped:
            return event_message(self._chunk, wrap_chunk(event))
        return event_message(name or "contentBlockDelta", _dump(event))

    def _flush(self, closing: list[Key] | None) -> bytes:
        return b"".join(self._carry(name, event) for name, event in self._text.flush(closing))

    def _message(self, message: es.Message) -> bytes:
        try:
            outer: Any = json.loads(message.payload) if message.payload else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            outer = None
        if message.text_header(":message-type") != "event" or not isinstance(outer, dict):
            # exceptions and errors end the stream: what is held goes first, then the
            # message, its strings restored (an error may quote the prompt)
            prefix = self._flush(None)
            if isinstance(outer, (dict, list)) and self._text.restore_rest(outer, set()):
                return prefix + es.encode(message.headers, _dump(outer))
            return prefix + message.raw
        event: Any = outer
        if self._wrapped:
            try:
                event = json.loads(base64.b64decode(str(outer.get("bytes", "")),
                                                    validate=True))
            except (binascii.Error, json.JSONDecodeError, UnicodeDecodeError, ValueError):
                event = None
        if self._on_event is not None and event is not None:
            self._on_event(event)
        closing = self._codec.closes(message.text_header(":event-type"), event)
        changed, deltas = self._text.restore_fields(event, closing)
        if isinstance(event, (dict, list)):
            changed = self._text.restore_rest(event, deltas) or changed
        prefix = self._flush(closing)
        if not changed:
            return prefix + message.raw
        if self._wrapped:
            outer["bytes"] = base64.b64encode(_dump(event)).decode("ascii")
            return prefix + es.encode(message.headers, _dump(outer))
        return prefix + es.encode(message.headers, _dump(event))
