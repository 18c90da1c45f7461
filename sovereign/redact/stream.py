"""Restore placeholders in an SSE reply chunk by chunk.

Text that might be the start of a placeholder split across events (``[PER`` … ``SON_1]``) is held
back, per text channel, only until it can no longer be one; then it is emitted restored. When
a channel ends, anything held is delivered in a synthetic delta event just before the end.
Events with no text are passed on byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sovereign.providers import sse
from sovereign.providers.base import StreamChannel, StreamCodec
from sovereign.providers.jsonpath import get_at, set_at, walk_strings
from sovereign.redact.vault import Vault

Key = tuple[str | int, ...]


class HeldText:
    """What every stream restorer does, whatever the framing: per channel, the end of the text
    that may still become a token is held back until the next event decides it (or a closing
    event, or the end, flushes it); what is emitted is restored; strings outside the channels
    (final texts, tool arguments, error messages) are restored whole."""

    def __init__(self, codec: StreamCodec, vault: Vault) -> None:
        self._codec = codec
        self._vault = vault
        self._held: dict[Key, tuple[StreamChannel, str]] = {}

    @staticmethod
    def ends(key: Key, closing: list[Key] | None) -> bool:
        """A closing key ends every channel it is a prefix of; None ends all."""
        return closing is None or any(key[: len(c)] == c for c in closing)

    def flush(self, closing: list[Key] | None) -> list[tuple[str | None, Any]]:
        """The held texts of the channels *closing* ends, restored, each as its codec's
        carrier event (name, data)."""
        out = []
        for key in [k for k in self._held if self.ends(k, closing)]:
            channel, text = self._held.pop(key)
            if text:
                restored = self._vault.restore(text, bool(channel.template.get("json")))
                out.append(self._codec.carrier(channel, restored))
        return out

    def restore_fields(self, data: Any, closing: list[Key] | None) -> tuple[bool, set[Any]]:
        """Restore the channels' texts in *data* in place, holding back what may still become
        a token; whether anything changed, and where the channels' texts are."""
        changed = False
        fields = self._codec.text_fields(data)
        for channel, loc in fields:
            held_channel, held = self._held.pop(channel.key, (channel, ""))
            text = held + get_at(data, loc)
            keep = 0 if self.ends(channel.key, closing) else self._vault.pending_tail(text)
            emit = text[: len(text) - keep]
            if keep:
                self._held[channel.key] = (held_channel, text[len(emit) :])
            restored = self._vault.restore(emit, bool(channel.template.get("json")))
            if restored != get_at(data, loc):
                set_at(data, loc, restored)
                changed = True
        return changed, {loc for _, loc in fields}

    def restore_rest(self, doc: Any, skip: set[Any]) -> bool:
        """Restore, in place, every string of *doc* not at a location in *skip*."""
        changed = False
        for loc, text in list(walk_strings(doc)):
            if loc not in skip and (restored := self._vault.restore(text)) != text:
                set_at(doc, loc, restored)
                changed = True
        return changed


class StreamRestorer:
    def __init__(self, codec: StreamCodec, vault: Vault,
                 on_event: Callable[[Any], None] | None = None) -> None:
        self._codec = codec
        self._on_event = on_event
        self._vault = vault
        self._decoder = sse.SSEDecoder()
        self._text = HeldText(codec, vault)

    def feed(self, chunk: bytes) -> bytes:
        """Bytes in from the server, bytes out to the client. ``b""`` marks the end."""
        out = [self._event(ev) for ev in self._decoder.feed(chunk)]
        if chunk == b"":
            out.append(self._flush(None))
            out.append(self._decoder.flush())
        return b"".join(out)

    def _flush(self, closing: list[Key] | None) -> bytes:
        return b"".join(sse.encode(name, json.dumps(data, ensure_ascii=False))
                        for name, data in self._text.flush(closing))

    def _event(self, event: sse.SSEEvent) -> bytes:
        try:
            data: Any = json.loads(event.data) if event.data else None
        except json.JSONDecodeError:
            data = None
        if self._on_event is not None and data is not None:
            self._on_event(data)
        closing = self._codec.closes(event.event, data)
        changed, deltas = self._text.restore_fields(data, closing)
        # whole strings elsewhere in the event (final texts, tool arguments, error messages)
        if isinstance(data, dict | list) and self._vault.restore(event.data) != event.data:
            changed = self._text.restore_rest(data, deltas) or changed
        prefix = self._flush(closing)
        if not changed:
            return prefix + event.raw
        return prefix + sse.encode(event.event, json.dumps(data, ensure_ascii=False))


class StreamTally:
    """What of a reply's body has gone to the app: its bytes, and, for a stream of events,
    whether the format's last event (StreamCodec.ends) was among them. An app that hangs up
    after that event has read the whole reply; one that hangs up before it has not."""

    def __init__(self, codec: StreamCodec | None, expected: int | None = None) -> None:
        self._codec = codec  # None: not a stream of events (the body's own length decides)
        self._decoder = sse.SSEDecoder()
        self._expected = expected  # the body's declared length, when passed on unchanged
        self.sent = 0
        self._last_event = False

    def feed(self, out: bytes) -> bytes:
        """Count *out* (bytes on their way to the app) and pass it on unchanged."""
        self.sent += len(out)
        if self._codec is not None and out:
            try:
                for event in self._decoder.feed(out):
                    self._last_event = self._codec.ends(event.event, event.data)
            except UnicodeDecodeError:
                self._codec = None  # not events we can read: only the end of body counts
        return out

    @property
    def whole(self) -> bool:
        """Whether the app has been given the whole reply."""
        if self._last_event:
            return True
        return self._expected is not None and self.sent >= self._expected
