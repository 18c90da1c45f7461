"""Google Gemini API (``generateContent``, ``streamGenerateContent?alt=sse``, ``countTokens``,
``embedContent``, ``batchEmbedContents``; v1 and v1beta). The model and streaming are in the
URL path; the API key may be in the ``key`` query parameter or ``x-goog-api-key``."""

from __future__ import annotations

from typing import Any

from sovereign.exchange import Locator
from sovereign.providers.base import PathInfo, StreamChannel, StreamCodec, WireFormat
from sovereign.providers.layout import FIELDS, Layout

_CONFIG = ("temperature", "topP", "topK", "candidateCount", "maxOutputTokens",
           "presencePenalty", "frequencyPenalty", "logprobs", "thinkingConfig.thinkingBudget")

# google.rpc.Code names for the HTTP statuses the proxy answers with
_STATUS = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
           413: "INVALID_ARGUMENT", 503: "UNAVAILABLE", 502: "UNAVAILABLE",
           500: "INTERNAL"}


class GeminiStream(StreamCodec):
    """Each event is a GenerateContentResponse chunk: candidates[i].content.parts[j].text."""

    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if not isinstance(event, dict):
            return []
        out: list[tuple[StreamChannel, Locator]] = []
        for ci, cand in enumerate(event.get("candidates") or []):
            parts = ((cand.get("content") or {}).get("parts") or []) if isinstance(cand, dict) else []
            index = cand.get("index", ci) if isinstance(cand, dict) else ci
            for pi, part in enumerate(parts):
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    thought = bool(part.get("thought"))
                    channel = StreamChannel((index, "thought" if thought else "text"),
                                            {"thought": thought})
                    out.append((channel, ("candidates", ci, "content", "parts", pi, "text")))
        return out

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if not isinstance(event, dict):
            return None
        return [(c.get("index", i),) for i, c in enumerate(event.get("candidates") or [])
                if isinstance(c, dict) and c.get("finishReason")]

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        part: dict[str, Any] = {"text": text}
        if channel.template.get("thought"):
            part["thought"] = True
        return None, {"candidates": [{"index": channel.key[0],
                                      "content": {"role": "model", "parts": [part]}}]}


class Gemini(WireFormat):
    name = "gemini"
    layout = Layout(
        tokens=("contents[*].role", "systemInstruction.role", "content.role",
                "contents[*].parts[*].functionCall.id", "contents[*].parts[*].functionResponse.id",
                "generationConfig.responseMimeType", "generationConfig.responseModalities[*]",
                "generationConfig.mediaResolution", "safetySettings[*].category",
                "safetySettings[*].threshold", "toolConfig.functionCallingConfig.mode",
                "taskType", "model", "cachedContent", "requests[*].model",
                "requests[*].taskType", "requests[*].content.role",
                "generateContentRequest.model", "generateContentRequest.contents[*].role"),
        settings=(*(f"generationConfig.{k}" for k in _CONFIG), "outputDimensionality",
                  "requests[*].outputDimensionality"),
        fields=FIELDS)
    # inline or referenced data of any MIME type: read as an image (needs 'vision')
    image_types = frozenset({"inlineData", "fileData", "inline_data", "file_data"})
    max_output_fields = ("generationConfig.maxOutputTokens", "generation_config.maxOutputTokens")

    def attachment_kind(self, node: dict[str, Any]) -> str | None:
        for key in ("inlineData", "fileData", "inline_data", "file_data"):
            if key in node:
                return key
        return None

    def model_of(self, doc: dict[str, Any], path: PathInfo) -> str | None:
        return path.model

    def set_model(self, doc: Any, model: str) -> None:
        """The model is in the path; translation to the local format sets it there."""

    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        return {"error": {"code": status, "message": message,
                          "status": _STATUS.get(status, "UNKNOWN"),
                          "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                       "reason": code, "domain": "sovereign"}]}}

    def stream_codec(self) -> StreamCodec:
        return GeminiStream()
