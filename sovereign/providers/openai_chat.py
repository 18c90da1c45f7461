"""OpenAI Chat Completions (``POST /v1/chat/completions``), request and reply, streaming too."""

from __future__ import annotations

from typing import Any

from sovereign.exchange import EndpointKind, Locator
from sovereign.providers.base import StreamChannel, StreamCodec, WireFormat
from sovereign.providers.layout import FIELDS, Layout

_ERROR_TYPES = {400: "invalid_request_error", 403: "permission_error", 404: "not_found_error",
                413: "invalid_request_error", 503: "service_unavailable"}


class OpenAIChatStream(StreamCodec):
    """``chat.completion.chunk`` events: choices[i].delta.content and tool-call arguments."""

    def __init__(self) -> None:
        self._envelope: dict[str, Any] = {}

    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if not isinstance(event, dict):
            return []
        self._envelope = {k: event[k] for k in ("id", "object", "created", "model") if k in event}
        out: list[tuple[StreamChannel, Locator]] = []
        for ci, choice in enumerate(event.get("choices") or []):
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if not isinstance(delta, dict):
                continue
            index = choice.get("index", ci)
            for field in ("content", "reasoning_content", "refusal"):
                if isinstance(delta.get(field), str):
                    channel = StreamChannel((index, field), {"delta_field": field})
                    out.append((channel, ("choices", ci, "delta", field)))
            for ti, call in enumerate(delta.get("tool_calls") or []):
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    tool_index = call.get("index", ti)
                    channel = StreamChannel((index, "tool", tool_index),
                                            {"tool_index": tool_index, "json": True})
                    out.append((channel, ("choices", ci, "delta", "tool_calls", ti, "function",
                                          "arguments")))
        return out

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if not isinstance(event, dict):  # "[DONE]" and anything not JSON end the stream
            return None
        ended: list[tuple[str | int, ...]] = []
        for ci, choice in enumerate(event.get("choices") or []):
            if isinstance(choice, dict) and choice.get("finish_reason"):
                ended.append((choice.get("index", ci),))
        return ended

    def ends(self, name: str | None, data: str) -> bool:
        return data.strip() == "[DONE]"

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        index = channel.key[0]
        if "tool_index" in channel.template:
            delta: dict[str, Any] = {"tool_calls": [{"index": channel.template["tool_index"],
                                                     "function": {"arguments": text}}]}
        else:
            delta = {channel.template["delta_field"]: text}
        event = dict(self._envelope)
        event["choices"] = [{"index": index, "delta": delta, "finish_reason": None}]
        return None, event


class OpenAIChat(WireFormat):
    """Chat Completions and Embeddings, as served by OpenAI, Azure OpenAI, Mistral and any
    OpenAI-compatible host (Mistral's ``document_url``/``image_url`` chunks included)."""

    name = "openai_chat"
    layout = Layout(
        tokens=("model", "messages[*].role", "messages[*].tool_call_id",
                "messages[*].content[*].type", "messages[*].tool_calls[*].id",
                "messages[*].tool_calls[*].type", "tools[*].type", "tool_choice",
                "tool_choice.type", "response_format.type", "service_tier", "reasoning_effort",
                "verbosity", "encoding_format", "modalities[*]", "prediction.type",
                "prediction.content[*].type", "audio.format", "audio.voice",
                "web_search_options.search_context_size", "prompt_mode"),
        # numeric parameters; embeddings given as token ids are an attachment, not numbers
        settings=("max_tokens", "max_completion_tokens", "temperature", "top_p", "n",
                  "frequency_penalty", "presence_penalty", "top_logprobs", "dimensions",
                  "messages[*].tool_calls[*].index", "input[*]", "input[*][*]"),
        fields=FIELDS)
    attachment_types = frozenset({"image_url", "input_audio", "file", "input_image", "input_file",
                                  "document_url", "audio_url", "video_url"})
    image_types = frozenset({"image_url", "input_image"})
    max_output_fields = ("max_tokens", "max_completion_tokens")

    def extra_attachments(self, doc: dict[str, Any], endpoint: EndpointKind) -> list[str]:
        # Embeddings input may be token ids (ints, or lists of ints): text the proxy cannot read.
        if endpoint is EndpointKind.EMBEDDINGS:
            items = doc.get("input")
            items = items if isinstance(items, list) else [items]
            if any(isinstance(i, int) or (isinstance(i, list) and i) for i in items):
                return ["token_ids"]
        return []

    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        return {"error": {"message": message, "type": _ERROR_TYPES.get(status, "api_error"),
                          "param": None, "code": code}}

    def stream_codec(self) -> StreamCodec:
        return OpenAIChatStream()
