"""Token counting and embeddings answered by the local server, in the caller's format.

Gemini ``countTokens`` becomes vLLM's ``POST /tokenize`` over the chat messages and tools the
same generateContent request would send (Anthropic ``count_tokens`` goes to vLLM's own
``/v1/messages/count_tokens``, which converts exactly as its ``/v1/messages`` does); Gemini
``embedContent`` / ``batchEmbedContents`` become ``POST /v1/embeddings``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sovereign.providers.base import ParsedRequest, ReplyHandler, RequestError, WireFormat
from sovereign.providers.translate_chat import whole_reply
from sovereign.providers.translate_gemini import gemini_to_chat


def _g(doc: dict[str, Any], camel: str, snake: str) -> Any:
    return doc.get(camel, doc.get(snake))


@dataclass(frozen=True)
class _Whole:
    wire: WireFormat
    convert: Callable[[Any], Any]
    content_type: str | None = "application/json"

    def whole(self, body: bytes, status: int) -> bytes:
        return whole_reply(self.wire, status, body, self.convert,
                           lambda value: json.dumps(value).encode())

    def stream(self) -> Callable[[bytes], bytes]:
        raise ValueError("this endpoint does not stream")


@dataclass(frozen=True)
class GeminiCountViaTokenize:
    """Gemini ``countTokens``: the prompt the local model would see for the same
    generateContent request — chat template, system instruction and tool schemas included —
    counted by vLLM's ``/tokenize`` (which takes chat ``messages`` and ``tools``)."""

    wire: WireFormat

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        doc = parsed.doc if isinstance(parsed.doc, dict) else {}
        inner = _g(doc, "generateContentRequest", "generate_content_request")
        chat = gemini_to_chat(inner if isinstance(inner, dict) else doc, local_model, False)
        out = {"model": local_model, "messages": chat["messages"], "add_generation_prompt": True}
        if "tools" in chat:
            out["tools"] = chat["tools"]
        return out

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        return _Whole(self.wire, lambda doc: {"totalTokens": int(doc.get("count", 0))})


def _gemini_texts(content: Any) -> str:
    parts = content.get("parts") if isinstance(content, dict) else None
    return "\n".join(p["text"] for p in parts or [] if isinstance(p, dict) and "text" in p)


@dataclass(frozen=True)
class GeminiEmbeddings:
    wire: WireFormat

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        doc = parsed.doc
        if parsed.path.action == "batchEmbedContents":
            requests = [r for r in doc.get("requests") or [] if isinstance(r, dict)]
        else:
            requests = [doc]
        out: dict[str, Any] = {"model": local_model,
                               "input": [_gemini_texts(r.get("content")) for r in requests]}
        sizes = {_g(r, "outputDimensionality", "output_dimensionality") for r in requests}
        if len(sizes) > 1:
            raise RequestError("the local embedding model takes one outputDimensionality per "
                               "batch; these requests ask for several")
        if (size := next(iter(sizes), None)) is not None:
            out["dimensions"] = size  # as the OpenAI path forwards it
        return out

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        if parsed.path.action == "batchEmbedContents":
            return _Whole(self.wire, lambda doc: {"embeddings": [
                {"values": d["embedding"]} for d in doc.get("data", [])]})
        return _Whole(self.wire, lambda doc: {"embedding": {
            "values": (doc.get("data") or [{}])[0].get("embedding", [])}})
