"""Restore placeholders in a reply on its way back to the app (pure: bytes in, bytes out)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sovereign.providers.base import WireFormat
from sovereign.providers.jsonpath import map_strings
from sovereign.redact.eventstream_restore import EventStreamRestorer
from sovereign.redact.stream import StreamRestorer
from sovereign.redact.vault import Vault


@dataclass(frozen=True)
class RestorePlaceholders:
    """Put the original values back where the model wrote placeholders (any JSON string,
    error messages included), and chunk by chunk in streams."""

    vault: Vault
    wire: WireFormat
    content_type: str | None = None
    # called with the id the provider stores its reply under (Responses API), so that the
    # next turn, which names it as previous_response_id, reuses this vault
    remember: Callable[[str], None] | None = None

    def whole(self, body: bytes, status: int = 200) -> bytes:
        try:
            doc = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return self.vault.restore(body.decode("utf-8", "replace")).encode()
        if self.remember is not None and (rid := self.wire.reply_id(doc)) is not None:
            self.remember(rid)
        return json.dumps(map_strings(doc, self._restore_string, keys=True),
                          ensure_ascii=False).encode()

    def _restore_string(self, text: str) -> str:
        """A string that is itself JSON (tool-call arguments) gets values escaped for JSON."""
        stripped = text.lstrip()
        if stripped[:1] in ("{", "[") and self.vault.restore(text) != text:
            try:
                json.loads(text)
            except json.JSONDecodeError:
                return self.vault.restore(text)
            return self.vault.restore(text, json_escaped=True)
        return self.vault.restore(text)

    def stream(self) -> Callable[[bytes], bytes]:
        on_event = None
        if self.remember is not None:
            remember, reply_id = self.remember, self.wire.reply_id

            def on_event(doc: object) -> None:
                if (rid := reply_id(doc)) is not None:
                    remember(rid)

        restorer = (EventStreamRestorer if self.wire.stream_framing == "eventstream"
                    else StreamRestorer)
        return restorer(self.wire.stream_codec(), self.vault, on_event).feed
