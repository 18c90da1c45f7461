"""Token counting and embeddings answered by the local server, in the caller's format.

Anthropic ``count_tokens`` and Gemini ``countTokens`` become vLLM's ``POST /tokenize`` over the
request's text; Gemini ``embedContent`` / ``batchEmbedContents`` become ``POST /v1/embeddings``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sovereign.providers.base import ParsedRequest, ReplyHandler, WireFormat
from sovereign.providers.translate_gemini import error_to


@dataclass(frozen=True)
class _Whole:
    wire: WireFormat
    convert: Callable[[Any], Any]
    content_type: str | None = "application/json"

    def whole(self, body: bytes, status: int) -> bytes:
        if status >= 400:
            return error_to(self.wire, status, body)
        return json.dumps(self.convert(json.loads(body))).encode()

    def stream(self) -> Callable[[bytes], bytes]:
        raise ValueError("this endpoint does not stream")


@dataclass(frozen=True)
class CountViaTokenize:
    """The number of tokens the local model's tokenizer gives the request's text."""

    wire: WireFormat
    result_key: str  # "input_tokens" (Anthropic) or "totalTokens" (Gemini)

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        # the body's prose: not its tokens, keys, numbers, nor the headers and URL
        text = "\n".join(s.text for s in parsed.exchange.segments if s.kind.prose)
        return {"model": local_model, "prompt": text, "add_special_tokens": True}

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        key = self.result_key
        return _Whole(self.wire, lambda doc: {key: int(doc.get("count", 0))})


def _gemini_texts(content: Any) -> str:
    parts = content.get("parts") if isinstance(content, dict) else None
    return "\n".join(p["text"] for p in parts or [] if isinstance(p, dict) and "text" in p)


@dataclass(frozen=True)
class GeminiEmbeddings:
    wire: WireFormat

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        doc = parsed.doc
        if parsed.path.action == "batchEmbedContents":
            texts = [_gemini_texts(r.get("content")) for r in doc.get("requests") or []]
        else:
            texts = [_gemini_texts(doc.get("content"))]
        return {"model": local_model, "input": texts}

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        if parsed.path.action == "batchEmbedContents":
            return _Whole(self.wire, lambda doc: {"embeddings": [
                {"values": d["embedding"]} for d in doc.get("data", [])]})
        return _Whole(self.wire, lambda doc: {"embedding": {
            "values": (doc.get("data") or [{}])[0].get("embedding", [])}})
