"""Anthropic Messages (``POST /v1/messages``), request and reply, streaming too."""

from __future__ import annotations

from typing import Any

from sovereign.exchange import Locator
from sovereign.providers.base import StreamChannel, StreamCodec, WireFormat
from sovereign.providers.layout import FIELDS, Layout

_ERROR_TYPES = {400: "invalid_request_error", 403: "permission_error", 404: "not_found_error",
                413: "request_too_large", 503: "overloaded_error"}
# content_block_delta delta types and the field that carries their text
_DELTA_TEXT = {"text_delta": "text", "input_json_delta": "partial_json",
               "thinking_delta": "thinking"}


class AnthropicStream(StreamCodec):
    """``content_block_delta`` events carry text per content block index."""

    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if not isinstance(event, dict) or event.get("type") != "content_block_delta":
            return []
        delta = event.get("delta")
        if not isinstance(delta, dict):
            return []
        field = _DELTA_TEXT.get(str(delta.get("type")))
        if field is None or not isinstance(delta.get(field), str):
            return []
        channel = StreamChannel((event.get("index", 0),), {
            "delta_type": delta["type"], "json": delta["type"] == "input_json_delta"})
        return [(channel, ("delta", field))]

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if not isinstance(event, dict):
            return None
        kind = event.get("type")
        if kind == "content_block_stop":
            return [(event.get("index", 0),)]
        if kind in ("message_stop", "message_delta", "error"):
            return None
        return []

    def ends(self, name: str | None, data: str) -> bool:
        return name in ("message_stop", "error")

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        delta_type = str(channel.template["delta_type"])
        return "content_block_delta", {
            "type": "content_block_delta",
            "index": channel.key[0],
            "delta": {"type": delta_type, _DELTA_TEXT[delta_type]: text},
        }


class AnthropicMessages(WireFormat):
    name = "anthropic"
    layout = Layout(
        tokens=("model", "messages[*].role", "messages[*].content[*].type",
                "messages[*].content[*].id", "messages[*].content[*].tool_use_id",
                "messages[*].content[*].cache_control.type",
                "messages[*].content[*].cache_control.ttl",
                "messages[*].content[*].content[*].type", "system[*].type",
                "system[*].cache_control.type", "system[*].cache_control.ttl", "tools[*].type",
                "tools[*].cache_control.type", "tool_choice.type", "thinking.type",
                "service_tier"),
        settings=("max_tokens", "temperature", "top_p", "top_k", "thinking.budget_tokens",
                  "tools[*].max_uses"),
        fields=FIELDS)
    attachment_types = frozenset({"image", "document", "container_upload"})
    image_types = frozenset({"image"})
    max_output_fields = ("max_tokens",)

    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        return {"type": "error",
                "error": {"type": _ERROR_TYPES.get(status, "api_error"), "message": message}}

    def stream_codec(self) -> StreamCodec:
        return AnthropicStream()
