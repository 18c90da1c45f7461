"""AWS Bedrock runtime: Converse / ConverseStream and InvokeModel /
InvokeModelWithResponseStream (Anthropic, Llama, Mistral and Titan bodies).

- The model is in the path (``/model/{modelId}/converse``), percent-encoded by the SDKs
  (``anthropic.claude-3-haiku-20240307-v1%3A0``, or an ARN); its family decides InvokeModel's
  body and reply shapes, found by :data:`FAMILIES` (model-id prefixes, as data).
- Streamed replies are AWS event streams (:mod:`sovereign.providers.eventstream`), not SSE:
  ConverseStream sends one JSON event per message (``:event-type`` contentBlockDelta, ...);
  InvokeModelWithResponseStream sends ``chunk`` messages whose payload is
  ``{"bytes": base64(JSON chunk in the model family's own shape)}``.
- Requests are SigV4-signed over the body (:mod:`sovereign.providers.sigv4`): the provider
  entry says so (``Provider.signing``), so the pipeline re-signs a redacted body.
- Errors: JSON ``{"message": ...}`` with the error's type in ``x-amzn-ErrorType``, which is
  where botocore reads it (``client.exceptions.AccessDeniedException`` ...).

Every string in a body is content (layout.py); the layouts below only say which positions
are the formats' own tokens and settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from sovereign.exchange import Locator
from sovereign.providers.anthropic import AnthropicStream
from sovereign.providers.base import PathInfo, StreamChannel, StreamCodec, WireFormat
from sovereign.providers.layout import FIELDS, Layout

EVENTSTREAM = "application/vnd.amazon.eventstream"

# the error types Bedrock answers with, per status (botocore raises the one named)
_ERROR_TYPES = {400: "ValidationException", 403: "AccessDeniedException",
                404: "ResourceNotFoundException", 408: "ModelTimeoutException",
                413: "ValidationException", 421: "ValidationException",
                424: "ModelErrorException", 429: "ThrottlingException",
                500: "InternalServerException", 502: "ServiceUnavailableException",
                503: "ServiceUnavailableException", 504: "ModelTimeoutException"}

# field names of the Bedrock formats (keys with these names are the formats', not content)
BEDROCK_FIELDS = FIELDS | frozenset("""
inferenceConfig maxTokens stopSequences toolConfig toolSpec inputSchema json toolUse toolUseId
toolResult guardContent guardrailConfig guardrailIdentifier guardrailVersion trace
additionalModelRequestFields additionalModelResponseFieldPaths promptVariables
requestMetadata performanceConfig latency reasoningContent reasoningText redactedContent
cachePoint image document video bytes s3Location uri bucketOwner any auto tool
anthropic_version max_gen_len inputText textGenerationConfig maxTokenCount topP
""".split())

# which model family a model id belongs to: the first prefix that matches (after a
# cross-region inference profile's geography and an ARN's path are taken off)
FAMILIES: tuple[tuple[str, str], ...] = (
    ("anthropic.", "anthropic"),
    ("meta.", "llama"),
    ("mistral.", "mistral"),
    ("amazon.titan-text", "titan"),
    ("amazon.titan-tg1", "titan"),
)
_GEOGRAPHIES = ("us.", "eu.", "apac.", "us-gov.", "global.", "jp.", "au.", "ca.")


def model_id(path: PathInfo) -> str | None:
    return unquote(path.model) if path.model else None


def family_of(model: str | None) -> str | None:
    """The body family of *model* (``anthropic``, ``llama``, ``mistral``, ``titan``), or
    None when the id does not say (a provisioned model's ARN, an unknown provider)."""
    if not model:
        return None
    name = model.rsplit("/", 1)[-1].lower()
    for geography in _GEOGRAPHIES:
        if name.startswith(geography) and "." in name[len(geography):]:
            name = name[len(geography):]
            break
    return next((family for prefix, family in FAMILIES if name.startswith(prefix)), None)


class EventStreamCodec(StreamCodec):
    """A codec over event-stream messages: each message's JSON payload is an event, named by
    its ``:event-type`` header. *wrapped*: the payload is ``{"bytes": base64(event)}`` and
    the event sits inside it (InvokeModelWithResponseStream)."""

    wrapped = False
    chunk_event = "chunk"


# -- ConverseStream ----------------------------------------------------------------------------

# contentBlockDelta delta kinds: where their text is, and whether it is JSON text
_CONVERSE_DELTAS: dict[str, tuple[Locator, bool]] = {
    "text": (("text",), False),
    "toolUse": (("toolUse", "input"), True),
    "reasoningContent": (("reasoningContent", "text"), False),
}


class ConverseStreamCodec(EventStreamCodec):
    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if not isinstance(event, dict) or not isinstance(event.get("delta"), dict):
            return []
        out = []
        index = event.get("contentBlockIndex", 0)
        for kind, (loc, is_json) in _CONVERSE_DELTAS.items():
            node: Any = event["delta"]
            for part in loc:
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, str):
                out.append((StreamChannel((index, kind), {"kind": kind, "json": is_json}),
                            ("delta", *loc)))
        return out

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if name == "contentBlockStop" and isinstance(event, dict):
            return [(event.get("contentBlockIndex", 0),)]
        if name in ("contentBlockDelta", "contentBlockStart", "messageStart"):
            return []
        return None  # messageStop, metadata, exceptions: every channel ends

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        loc, _ = _CONVERSE_DELTAS[str(channel.template["kind"])]
        delta: dict[str, Any] = {str(loc[-1]): text}
        for part in reversed(loc[:-1]):
            delta = {str(part): delta}
        return "contentBlockDelta", {"contentBlockIndex": channel.key[0], "delta": delta}


# -- InvokeModelWithResponseStream chunks, per family ------------------------------------------


@dataclass(frozen=True)
class ChunkShape:
    """Where a family's stream chunk carries text, what ends it, and a chunk carrying text."""

    marker: str  # a top-level key only this family's chunks have
    text: Callable[[dict[str, Any]], list[tuple[tuple[str | int, ...], Locator]]]
    done: Callable[[dict[str, Any]], bool]
    carrier: Callable[[tuple[str | int, ...], str], dict[str, Any]]


def _outputs(chunk: dict[str, Any], list_key: str, text_key: str
             ) -> list[tuple[tuple[str | int, ...], Locator]]:
    items = chunk.get(list_key)
    return [((i,), (list_key, i, text_key)) for i, item in enumerate(items or [])
            if isinstance(item, dict) and isinstance(item.get(text_key), str)]


def _mistral_chat(chunk: dict[str, Any]) -> list[tuple[tuple[str | int, ...], Locator]]:
    out: list[tuple[tuple[str | int, ...], Locator]] = []
    for i, choice in enumerate(chunk.get("choices") or []):
        for key in ("delta", "message"):
            part = choice.get(key) if isinstance(choice, dict) else None
            if isinstance(part, dict) and isinstance(part.get("content"), str):
                out.append(((i,), ("choices", i, key, "content")))
    return out


CHUNK_SHAPES: tuple[ChunkShape, ...] = (
    ChunkShape("generation",  # Llama
               lambda c: [((0,), ("generation",))] if isinstance(c.get("generation"), str)
               else [],
               lambda c: c.get("stop_reason") is not None,
               lambda key, text: {"generation": text, "prompt_token_count": None,
                                  "generation_token_count": None, "stop_reason": None}),
    ChunkShape("outputs",  # Mistral text completion
               lambda c: _outputs(c, "outputs", "text"),
               lambda c: any(isinstance(o, dict) and o.get("stop_reason") is not None
                             for o in c.get("outputs") or []),
               lambda key, text: {"outputs": [{"text": text, "stop_reason": None}]}),
    ChunkShape("choices",  # Mistral chat
               _mistral_chat,
               lambda c: any(isinstance(o, dict) and (o.get("stop_reason") or
                                                      o.get("finish_reason"))
                             for o in c.get("choices") or []),
               lambda key, text: {"choices": [{"index": key[0], "delta": {"content": text},
                                               "stop_reason": None}]}),
    ChunkShape("outputText",  # Titan text
               lambda c: [((0,), ("outputText",))] if isinstance(c.get("outputText"), str)
               else [],
               lambda c: c.get("completionReason") is not None,
               lambda key, text: {"outputText": text, "index": 0,
                                  "totalOutputTextTokenCount": None, "completionReason": None,
                                  "inputTextTokenCount": None}),
)


class InvokeStreamCodec(EventStreamCodec):
    """Chunks of InvokeModelWithResponseStream: an Anthropic Messages stream event, or a
    Llama, Mistral or Titan chunk, recognised by its shape (:data:`CHUNK_SHAPES`)."""

    wrapped = True
    _anthropic = AnthropicStream()

    @staticmethod
    def _shape(event: Any) -> ChunkShape | None:
        if not isinstance(event, dict):
            return None
        return next((s for s in CHUNK_SHAPES if s.marker in event), None)

    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if isinstance(event, dict) and "type" in event:
            return self._anthropic.text_fields(event)
        shape = self._shape(event)
        if shape is None:
            return []
        return [(StreamChannel((shape.marker, *key), {"marker": shape.marker}), loc)
                for key, loc in shape.text(event)]

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if isinstance(event, dict) and "type" in event:
            return self._anthropic.closes(name, event)
        shape = self._shape(event)
        if shape is None:
            return [] if isinstance(event, dict) else None
        return None if shape.done(event) else []

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        marker = channel.template.get("marker")
        if marker is None:
            return self._anthropic.carrier(channel, text)
        shape = next(s for s in CHUNK_SHAPES if s.marker == marker)
        return self.chunk_event, shape.carrier(channel.key[1:], text)


# -- the wire formats --------------------------------------------------------------------------


class _Bedrock(WireFormat):
    stream_framing = "eventstream"

    def model_of(self, doc: dict[str, Any], path: PathInfo) -> str | None:
        return model_id(path)

    def stream_of(self, doc: dict[str, Any], path: PathInfo) -> bool:
        return path.stream

    def set_model(self, doc: Any, model: str) -> None:
        """The model is in the path; route_local translates the body (bedrock_local.py)."""

    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        return {"message": message}

    def error_headers(self, status: int, code: str) -> dict[str, str]:
        return {"x-amzn-errortype": _ERROR_TYPES.get(status, "InternalServerException")}


class BedrockConverse(_Bedrock):
    name = "bedrock-converse"
    layout = Layout(
        tokens=("messages[*].role", "messages[*].content[*].toolUse.toolUseId",
                "messages[*].content[*].toolUse.name",
                "messages[*].content[*].toolResult.toolUseId",
                "messages[*].content[*].toolResult.status",
                "toolConfig.tools[*].toolSpec.name", "toolConfig.toolChoice.tool.name",
                "guardrailConfig.guardrailIdentifier", "guardrailConfig.guardrailVersion",
                "guardrailConfig.trace", "performanceConfig.latency",
                "messages[*].content[*].cachePoint.type", "system[*].cachePoint.type"),
        settings=("inferenceConfig.maxTokens", "inferenceConfig.temperature",
                  "inferenceConfig.topP"),
        fields=BEDROCK_FIELDS)
    image_types = frozenset({"image", "video"})
    max_output_fields = ("inferenceConfig.maxTokens",)

    def attachment_kind(self, node: dict[str, Any]) -> str | None:
        for kind in ("image", "document", "video"):
            if isinstance(node.get(kind), dict) and len(node) == 1:
                return kind
        return None

    def stream_codec(self) -> StreamCodec:
        return ConverseStreamCodec()


class BedrockInvoke(_Bedrock):
    """InvokeModel bodies of every family at once: the layouts' union (a field of one family
    never holds a value in another's body)."""

    name = "bedrock-invoke"
    layout = Layout(
        tokens=("anthropic_version", "messages[*].role", "messages[*].content[*].type",
                "messages[*].content[*].id", "messages[*].content[*].tool_use_id",
                "messages[*].content[*].cache_control.type", "system[*].type",
                "tools[*].type", "tool_choice.type", "thinking.type", "anthropic_beta[*]"),
        settings=("max_tokens", "temperature", "top_p", "top_k", "thinking.budget_tokens",
                  "max_gen_len", "textGenerationConfig.maxTokenCount",
                  "textGenerationConfig.temperature", "textGenerationConfig.topP"),
        fields=BEDROCK_FIELDS)
    attachment_types = frozenset({"image", "document"})
    image_types = frozenset({"image"})
    max_output_fields = ("max_tokens", "max_gen_len", "textGenerationConfig.maxTokenCount")

    def stream_codec(self) -> StreamCodec:
        return InvokeStreamCodec()
