"""OpenAI Responses API (``POST /v1/responses``), request and reply, streaming too.

``previous_response_id`` (and ``conversation``) refer to history stored by the closed provider.
Such a request can be allowed or redacted like any other, but it cannot be answered by a local
model, which never saw that history: when the policy says route_local it is refused
(``continues_remote_state``), never answered out of context.
"""

from __future__ import annotations

from typing import Any

from sovereign.exchange import Locator
from sovereign.providers.base import ConversationRef, StreamChannel, StreamCodec, WireFormat
from sovereign.providers.layout import FIELDS, Layout
from sovereign.providers.openai_chat import _ERROR_TYPES

# stream event type → the field carrying a text delta
_DELTAS = {
    "response.output_text.delta": "delta",
    "response.function_call_arguments.delta": "delta",
    "response.reasoning_summary_text.delta": "delta",
    "response.reasoning_text.delta": "delta",
    "response.refusal.delta": "delta",
    "response.custom_tool_call_input.delta": "delta",
}
_DONE = {
    "response.output_text.done", "response.function_call_arguments.done",
    "response.reasoning_summary_text.done", "response.reasoning_text.done",
    "response.refusal.done", "response.custom_tool_call_input.done",
}


def _channel_key(event: dict[str, Any]) -> tuple[str | int, ...]:
    return (str(event.get("item_id", "")), event.get("output_index", 0),
            event.get("content_index", event.get("summary_index", 0)))


class ResponsesStream(StreamCodec):
    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if not isinstance(event, dict):
            return []
        kind = event.get("type")
        field = _DELTAS.get(str(kind))
        if field is None or not isinstance(event.get(field), str):
            return []
        template = {k: event[k] for k in ("type", "item_id", "output_index", "content_index",
                                          "summary_index") if k in event}
        json_text = kind in ("response.function_call_arguments.delta",
                             "response.custom_tool_call_input.delta")
        return [(StreamChannel(_channel_key(event), {**template, "json": json_text}), (field,))]

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if not isinstance(event, dict):
            return None
        kind = event.get("type")
        if kind in _DONE:
            return [_channel_key(event)]
        if kind == "response.output_item.done":
            return [(str((event.get("item") or {}).get("id", "")),)]
        if kind in ("response.completed", "response.incomplete", "response.failed", "error"):
            return None
        return []

    def ends(self, name: str | None, data: str) -> bool:
        return name in ("response.completed", "response.incomplete", "response.failed",
                        "error")

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        event = {k: v for k, v in channel.template.items() if k != "json"}
        event["delta"] = text
        return str(event["type"]), event


class OpenAIResponses(WireFormat):
    name = "openai_responses"
    layout = Layout(
        tokens=("model", "previous_response_id", "conversation", "conversation.id",
                "input[*].role", "input[*].type", "input[*].id", "input[*].call_id",
                "input[*].status", "input[*].content[*].type", "input[*].summary[*].type",
                "input[*].action.type", "tools[*].type", "tool_choice", "tool_choice.type",
                "text.format.type", "text.verbosity", "reasoning.effort", "reasoning.summary",
                "truncation", "service_tier", "include[*]", "prompt.id", "prompt.version"),
        settings=("max_output_tokens", "temperature", "top_p", "top_logprobs",
                  "max_tool_calls"),
        fields=FIELDS)
    attachment_types = frozenset({"input_image", "input_file", "input_audio",
                                  "computer_screenshot", "image_generation_call"})
    image_types = frozenset({"input_image", "computer_screenshot"})
    max_output_fields = ("max_output_tokens",)

    def conversation_ref(self, doc: dict[str, Any]) -> ConversationRef | None:
        previous = doc.get("previous_response_id")
        if isinstance(previous, str) and previous:
            return ConversationRef(previous)
        conversation = doc.get("conversation")
        if isinstance(conversation, dict):
            conversation = conversation.get("id")
        if not isinstance(conversation, str):
            return None
        # the same conversation on every turn; its key never equals a response id
        return ConversationRef(f"conversation:{conversation}", lasting=True)

    def reply_id(self, doc: Any) -> str | None:
        if not isinstance(doc, dict):
            return None
        if doc.get("object") == "response" and isinstance(doc.get("id"), str):
            return str(doc["id"])
        if doc.get("type") == "response.created" and isinstance(doc.get("response"), dict):
            rid = doc["response"].get("id")
            return rid if isinstance(rid, str) else None
        return None

    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        return {"error": {"message": message, "type": _ERROR_TYPES.get(status, "api_error"),
                          "param": None, "code": code}}

    def stream_codec(self) -> StreamCodec:
        return ResponsesStream()
