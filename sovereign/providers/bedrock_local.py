"""route_local for Bedrock: Converse and InvokeModel bodies ⇄ OpenAI Chat Completions (the
local model's vLLM API), and the local model's replies back into Bedrock's shapes, streams as
AWS event streams. Pure: JSON values in and out, and stream translators fed with SSE bytes.

The model family of an InvokeModel body comes from the model id (bedrock.FAMILIES), else
from the keys its body has (:data:`BODY_FAMILIES`); each family's translation is an entry
of :data:`INVOKE` (request to chat, reply and stream chunks from chat).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sovereign.providers import sse
from sovereign.providers.base import ParsedRequest, ReplyHandler, WireFormat
from sovereign.providers.bedrock import EVENTSTREAM, family_of
from sovereign.providers.eventstream import encode, string_header
from sovereign.providers.translate_chat import (
    DONE,
    ToChat,
    chat_chunks,
    stream_request,
    tool_arguments,
    whole_reply,
)

CONVERSE_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use",
                 "function_call": "tool_use", "content_filter": "content_filtered"}
ANTHROPIC_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use",
                  "function_call": "tool_use", "content_filter": "end_turn"}
TITAN_STOP = {"stop": "FINISH", "length": "LENGTH", "content_filter": "CONTENT_FILTERED"}
# an InvokeModel body's family when the model id does not say (a provisioned model's ARN)
BODY_FAMILIES = (("anthropic_version", "anthropic"), ("inputText", "titan"),
                 ("messages", "mistral"), ("prompt", "llama"))


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event(name: str, doc: Any) -> bytes:
    return encode((string_header(":event-type", name),
                   string_header(":content-type", "application/json"),
                   string_header(":message-type", "event")), _dump(doc))


def chunk(doc: Any) -> bytes:
    return event("chunk", {"bytes": base64.b64encode(_dump(doc)).decode("ascii")})


# -- Converse ----------------------------------------------------------------------------------


def _converse_text(blocks: Any) -> str:
    return "\n".join(b["text"] for b in blocks or [] if isinstance(b, dict)
                     and isinstance(b.get("text"), str))


def _result_text(content: Any) -> str:
    out = []
    for part in content or []:
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            out.append(part["text"])
        elif isinstance(part, dict) and "json" in part:
            out.append(json.dumps(part["json"], ensure_ascii=False))
    return "\n".join(out)


def converse_to_chat(doc: dict[str, Any], model: str, stream: bool) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    if system := _converse_text(doc.get("system")):
        messages.append({"role": "system", "content": system})
    for message in doc.get("messages") or []:
        blocks = message.get("content") or []
        if message.get("role") == "assistant":
            out: dict[str, Any] = {"role": "assistant", "content": _converse_text(blocks)}
            calls = [{"id": b["toolUse"].get("toolUseId", ""), "type": "function",
                      "function": {"name": b["toolUse"].get("name", ""),
                                   "arguments": json.dumps(b["toolUse"].get("input") or {},
                                                           ensure_ascii=False)}}
                     for b in blocks if isinstance(b, dict) and isinstance(b.get("toolUse"),
                                                                           dict)]
            if calls:
                out["tool_calls"], out["content"] = calls, out["content"] or None
            messages.append(out)
            continue
        for b in blocks:
            if isinstance(b, dict) and isinstance(b.get("toolResult"), dict):
                result = b["toolResult"]
                messages.append({"role": "tool", "tool_call_id": result.get("toolUseId", ""),
                                 "content": _result_text(result.get("content"))})
        if text := _converse_text(blocks):
            messages.append({"role": "user", "content": text})
    body: dict[str, Any] = {"model": model, "messages": messages}
    config = doc.get("inferenceConfig") or {}
    for key, target in (("maxTokens", "max_tokens"), ("temperature", "temperature"),
                        ("topP", "top_p"), ("stopSequences", "stop")):
        if config.get(key) is not None:
            body[target] = config[key]
    tools = (doc.get("toolConfig") or {}).get("tools") or []
    specs = [t["toolSpec"] for t in tools if isinstance(t, dict) and "toolSpec" in t]
    if specs:
        body["tools"] = [{"type": "function", "function": {
            "name": s.get("name", ""), "description": s.get("description", ""),
            "parameters": (s.get("inputSchema") or {}).get("json") or {"type": "object"}}}
            for s in specs]
        choice = (doc.get("toolConfig") or {}).get("toolChoice") or {}
        if "any" in choice:
            body["tool_choice"] = "required"
        elif isinstance(choice.get("tool"), dict):
            body["tool_choice"] = {"type": "function",
                                   "function": {"name": choice["tool"].get("name", "")}}
    return stream_request(body, stream)


def _usage(usage: Any) -> tuple[int, int]:
    usage = usage if isinstance(usage, dict) else {}
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


def chat_to_converse(doc: dict[str, Any]) -> dict[str, Any]:
    choice = (doc.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    content: list[dict[str, Any]] = []
    if message.get("content"):
        content.append({"text": message["content"]})
    for call in message.get("tool_calls") or []:
        fn = call.get("function") or {}
        content.append({"toolUse": {"toolUseId": call.get("id", ""), "name": fn.get("name", ""),
                                    "input": tool_arguments(fn.get("arguments", ""))}})
    prompt, completion = _usage(doc.get("usage"))
    return {"output": {"message": {"role": "assistant", "content": content or [{"text": ""}]}},
            "stopReason": CONVERSE_STOP.get(choice.get("finish_reason") or "stop", "end_turn"),
            "usage": {"inputTokens": prompt, "outputTokens": completion,
                      "totalTokens": prompt + completion},
            "metrics": {"latencyMs": 0}}


# -- the local model's stream, read once for every target shape -------------------------------


@dataclass
class ChatStream:
    """Reads a Chat Completions SSE stream into text deltas, tool-call pieces, the finish
    reason and the usage, handing each to the target's emitter."""

    decoder: sse.SSEDecoder = field(default_factory=sse.SSEDecoder)

    def events(self, data: bytes) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for doc in chat_chunks(self.decoder, data):
            if doc is DONE:
                continue
            for choice in doc.get("choices") or []:
                if choice.get("index", 0) != 0:
                    continue
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    out.append(("text", delta["content"]))
                for call in delta.get("tool_calls") or []:
                    fn = call.get("function") or {}
                    out.append(("tool", (call.get("index", 0), call.get("id"), fn.get("name"),
                                         fn.get("arguments") or "")))
                if choice.get("finish_reason"):
                    out.append(("finish", choice["finish_reason"]))
            if doc.get("usage"):
                out.append(("usage", _usage(doc["usage"])))
        return out


class ConverseEmitter:
    """Chat stream → ConverseStream events (text in block 0, each tool call a block after)."""

    def __init__(self) -> None:
        self.started = False
        self.open: set[int] = set()
        self.finish: str | None = None
        self.usage = (0, 0)
        self.done = False

    def emit(self, kind: str, value: Any) -> bytes:
        out = []
        if not self.started:
            self.started = True
            out.append(event("messageStart", {"role": "assistant"}))
        if kind == "text":
            self.open.add(0)
            out.append(event("contentBlockDelta",
                             {"contentBlockIndex": 0, "delta": {"text": value}}))
        elif kind == "tool":
            index, call_id, name, args = value
            block = index + 1
            if block not in self.open:
                self.open.add(block)
                out.append(event("contentBlockStart", {"contentBlockIndex": block, "start": {
                    "toolUse": {"toolUseId": call_id or f"tooluse_{index}",
                                "name": name or ""}}}))
            if args:
                out.append(event("contentBlockDelta", {"contentBlockIndex": block,
                                                       "delta": {"toolUse": {"input": args}}}))
        elif kind == "finish":
            self.finish = value
        elif kind == "usage":
            self.usage = value
        return b"".join(out)

    def end(self) -> bytes:
        if self.done:
            return b""
        self.done = True
        out = [self.emit("none", None)] if not self.started else []
        out += [event("contentBlockStop", {"contentBlockIndex": b}) for b in sorted(self.open)]
        out.append(event("messageStop", {
            "stopReason": CONVERSE_STOP.get(self.finish or "stop", "end_turn")}))
        prompt, completion = self.usage
        out.append(event("metadata", {"usage": {"inputTokens": prompt,
                                                "outputTokens": completion,
                                                "totalTokens": prompt + completion},
                                      "metrics": {"latencyMs": 0}}))
        return b"".join(out)


# -- InvokeModel families ----------------------------------------------------------------------


def _anthropic_blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return [b for b in content or [] if isinstance(b, dict)]


def anthropic_to_chat(doc: dict[str, Any]) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    system = doc.get("system")
    if isinstance(system, list):
        system = "\n".join(b.get("text", "") for b in system if isinstance(b, dict))
    if system:
        messages.append({"role": "system", "content": system})
    for message in doc.get("messages") or []:
        blocks = _anthropic_blocks(message.get("content"))
        text = "\n".join(b["text"] for b in blocks if b.get("type") == "text"
                         and isinstance(b.get("text"), str))
        if message.get("role") == "assistant":
            out: dict[str, Any] = {"role": "assistant", "content": text}
            calls = [{"id": b.get("id", ""), "type": "function", "function": {
                "name": b.get("name", ""),
                "arguments": json.dumps(b.get("input") or {}, ensure_ascii=False)}}
                for b in blocks if b.get("type") == "tool_use"]
            if calls:
                out["tool_calls"], out["content"] = calls, text or None
            messages.append(out)
            continue
        for b in blocks:
            if b.get("type") == "tool_result":
                result = b.get("content")
                messages.append({"role": "tool", "tool_call_id": b.get("tool_use_id", ""),
                                 "content": result if isinstance(result, str) else "\n".join(
                                     p.get("text", "") for p in result or []
                                     if isinstance(p, dict))})
        if text:
            messages.append({"role": "user", "content": text})
    return messages


def _anthropic_request(doc: dict[str, Any], body: dict[str, Any]) -> None:
    body["messages"] = anthropic_to_chat(doc)
    for key, target in (("max_tokens", "max_tokens"), ("temperature", "temperature"),
                        ("top_p", "top_p"), ("stop_sequences", "stop")):
        if doc.get(key) is not None:
            body[target] = doc[key]
    if tools := doc.get("tools"):
        body["tools"] = [{"type": "function", "function": {
            "name": t.get("name", ""), "description": t.get("description", ""),
            "parameters": t.get("input_schema") or {"type": "object"}}}
            for t in tools if isinstance(t, dict) and "name" in t]


def _prompt_request(doc: dict[str, Any], body: dict[str, Any]) -> None:
    """Llama and Mistral text completion: the prompt as the user's message."""
    if isinstance(doc.get("messages"), list):  # Mistral's chat body is Chat Completions
        body["messages"] = [m for m in doc["messages"] if isinstance(m, dict)]
    else:
        body["messages"] = [{"role": "user", "content": str(doc.get("prompt", ""))}]
    for key, target in (("max_gen_len", "max_tokens"), ("max_tokens", "max_tokens"),
                        ("temperature", "temperature"), ("top_p", "top_p"),
                        ("stop", "stop")):
        if doc.get(key) is not None:
            body[target] = doc[key]


def _titan_request(doc: dict[str, Any], body: dict[str, Any]) -> None:
    body["messages"] = [{"role": "user", "content": str(doc.get("inputText", ""))}]
    config = doc.get("textGenerationConfig") or {}
    for key, target in (("maxTokenCount", "max_tokens"), ("temperature", "temperature"),
                        ("topP", "top_p"), ("stopSequences", "stop")):
        if config.get(key) is not None:
            body[target] = config[key]


def _text_of(doc: dict[str, Any]) -> tuple[str, list[dict[str, Any]], str]:
    choice = (doc.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    return (message.get("content") or "", list(message.get("tool_calls") or []),
            choice.get("finish_reason") or "stop")


def _anthropic_reply(doc: dict[str, Any], model: str | None, mistral_chat: bool
                     ) -> dict[str, Any]:
    text, calls, finish = _text_of(doc)
    content: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
    content += [{"type": "tool_use", "id": c.get("id", ""),
                 "name": (c.get("function") or {}).get("name", ""),
                 "input": tool_arguments((c.get("function") or {}).get("arguments", ""))}
                for c in calls]
    prompt, completion = _usage(doc.get("usage"))
    return {"id": doc.get("id") or "msg_local", "type": "message", "role": "assistant",
            "model": model, "content": content,
            "stop_reason": ANTHROPIC_STOP.get(finish, "end_turn"), "stop_sequence": None,
            "usage": {"input_tokens": prompt, "output_tokens": completion}}


def _llama_reply(doc: dict[str, Any], model: str | None, mistral_chat: bool) -> dict[str, Any]:
    text, _, finish = _text_of(doc)
    prompt, completion = _usage(doc.get("usage"))
    return {"generation": text, "prompt_token_count": prompt,
            "generation_token_count": completion, "stop_reason": finish}


def _mistral_reply(doc: dict[str, Any], model: str | None, mistral_chat: bool
                   ) -> dict[str, Any]:
    text, _, finish = _text_of(doc)
    if mistral_chat:
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "stop_reason": finish}]}
    return {"outputs": [{"text": text, "stop_reason": finish}]}


def _titan_reply(doc: dict[str, Any], model: str | None, mistral_chat: bool) -> dict[str, Any]:
    text, _, finish = _text_of(doc)
    prompt, completion = _usage(doc.get("usage"))
    return {"inputTextTokenCount": prompt, "results": [{
        "tokenCount": completion, "outputText": text,
        "completionReason": TITAN_STOP.get(finish, "FINISH")}]}


class ChunkEmitter:
    """Chat stream → InvokeModelWithResponseStream ``chunk`` messages of a Llama, Mistral or
    Titan body (text only: their InvokeModel formats have no tool calls)."""

    def __init__(self, family: str, model: str | None, mistral_chat: bool) -> None:
        self.shape = "mistral_chat" if family == "mistral" and mistral_chat else family
        self.finish: str | None = None
        self.usage = (0, 0)
        self.done = False

    def emit(self, kind: str, value: Any) -> bytes:
        if kind == "finish":
            self.finish = value
        elif kind == "usage":
            self.usage = value
        elif kind == "text":
            return chunk(STREAM_TEXT[self.shape](value))
        return b""

    def end(self) -> bytes:
        if self.done:
            return b""
        self.done = True
        prompt, completion = self.usage
        return chunk(STREAM_END[self.shape](self.finish or "stop", prompt, completion))


class AnthropicChunkEmitter:
    """Chat stream → the Anthropic Messages stream events Bedrock wraps in ``chunk``
    messages: text and tool-use content blocks, each started, filled and stopped in turn."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.started = False
        self.current: tuple[str, int] | None = None  # ("text", 0) or ("tool", chat index)
        self.index = -1  # the current content block's index
        self.finish: str | None = None
        self.usage = (0, 0)
        self.done = False

    def _block(self, key: tuple[str, int], start: dict[str, Any]) -> list[bytes]:
        out = []
        if not self.started:
            self.started = True
            out.append(chunk({"type": "message_start", "message": {
                "id": "msg_local", "type": "message", "role": "assistant", "model": self.model,
                "content": [], "stop_reason": None, "stop_sequence": None,
                "usage": {"input_tokens": self.usage[0], "output_tokens": 0}}}))
        if self.current != key:
            if self.current is not None:
                out.append(chunk({"type": "content_block_stop", "index": self.index}))
            self.current, self.index = key, self.index + 1
            out.append(chunk({"type": "content_block_start", "index": self.index,
                              "content_block": start}))
        return out

    def emit(self, kind: str, value: Any) -> bytes:
        out: list[bytes] = []
        if kind == "finish":
            self.finish = value
        elif kind == "usage":
            self.usage = value
        elif kind == "text":
            out += self._block(("text", 0), {"type": "text", "text": ""})
            out.append(chunk({"type": "content_block_delta", "index": self.index,
                              "delta": {"type": "text_delta", "text": value}}))
        elif kind == "tool":
            index, call_id, name, args = value
            out += self._block(("tool", index), {"type": "tool_use",
                                                 "id": call_id or f"toolu_{index}",
                                                 "name": name or "", "input": {}})
            if args:
                out.append(chunk({"type": "content_block_delta", "index": self.index,
                                  "delta": {"type": "input_json_delta", "partial_json": args}}))
        return b"".join(out)

    def end(self) -> bytes:
        if self.done:
            return b""
        out = [] if self.started else [self.emit("text", "")]
        self.done = True
        out += [chunk({"type": "content_block_stop", "index": self.index}),
                chunk({"type": "message_delta",
                       "delta": {"stop_reason": ANTHROPIC_STOP.get(self.finish or "stop",
                                                                   "end_turn"),
                                 "stop_sequence": None},
                       "usage": {"output_tokens": self.usage[1]}}),
                chunk({"type": "message_stop"})]
        return b"".join(out)


STREAM_TEXT: dict[str, Callable[[str], dict[str, Any]]] = {
    "llama": lambda t: {"generation": t, "prompt_token_count": None,
                        "generation_token_count": None, "stop_reason": None},
    "mistral": lambda t: {"outputs": [{"text": t, "stop_reason": None}]},
    "mistral_chat": lambda t: {"choices": [{"index": 0, "message": {
        "role": "assistant", "content": t}, "stop_reason": None}]},
    "titan": lambda t: {"outputText": t, "index": 0, "totalOutputTextTokenCount": None,
                        "completionReason": None, "inputTextTokenCount": None},
}
STREAM_END: dict[str, Callable[[str, int, int], dict[str, Any]]] = {
    "llama": lambda f, p, c: {"generation": "", "prompt_token_count": p,
                              "generation_token_count": c, "stop_reason": f},
    "mistral": lambda f, p, c: {"outputs": [{"text": "", "stop_reason": f}]},
    "mistral_chat": lambda f, p, c: {"choices": [{"index": 0, "message": {
        "role": "assistant", "content": ""}, "stop_reason": f}]},
    "titan": lambda f, p, c: {"outputText": "", "index": 0, "totalOutputTextTokenCount": c,
                              "completionReason": TITAN_STOP.get(f, "FINISH"),
                              "inputTextTokenCount": p},
}


@dataclass(frozen=True)
class InvokeFamily:
    """A family's translation: its body into a chat request, a chat reply into its reply,
    and the emitter of its stream chunks (given the model id and whether it is chat-shaped)."""

    request: Callable[[dict[str, Any], dict[str, Any]], None]
    reply: Callable[[dict[str, Any], str | None, bool], dict[str, Any]]
    stream: Callable[[str | None, bool], ChunkEmitter | AnthropicChunkEmitter]


INVOKE: dict[str, InvokeFamily] = {
    "anthropic": InvokeFamily(_anthropic_request, _anthropic_reply,
                              lambda model, chat: AnthropicChunkEmitter(model)),
    "llama": InvokeFamily(_prompt_request, _llama_reply,
                          lambda model, chat: ChunkEmitter("llama", model, chat)),
    "mistral": InvokeFamily(_prompt_request, _mistral_reply,
                            lambda model, chat: ChunkEmitter("mistral", model, chat)),
    "titan": InvokeFamily(_titan_request, _titan_reply,
                          lambda model, chat: ChunkEmitter("titan", model, chat)),
}


def invoke_family(parsed: ParsedRequest) -> str:
    family = family_of(parsed.exchange.model)
    if family is None:
        keys = parsed.doc if isinstance(parsed.doc, dict) else {}
        family = next((f for key, f in BODY_FAMILIES if key in keys), "llama")
    return family


# -- the translators ---------------------------------------------------------------------------


@dataclass
class _StreamTranslator:
    emitter: ConverseEmitter | ChunkEmitter | AnthropicChunkEmitter
    reader: ChatStream = field(default_factory=ChatStream)

    def feed(self, data: bytes) -> bytes:
        out = [self.emitter.emit(kind, value) for kind, value in self.reader.events(data)]
        if data == b"":
            out.append(self.emitter.end())
        return b"".join(out)


@dataclass(frozen=True)
class BedrockReply:
    """The local model's reply in the Bedrock shape the app asked for."""

    wire: WireFormat
    whole_of: Callable[[dict[str, Any]], dict[str, Any]]
    emitter: Callable[[], ConverseEmitter | ChunkEmitter | AnthropicChunkEmitter]
    streaming: bool
    content_type: str | None = None

    @property
    def stream_content_type(self) -> str | None:
        return EVENTSTREAM if self.streaming else None

    def whole(self, body: bytes, status: int) -> bytes:
        return whole_reply(self.wire, status, body, self.whole_of, _dump)

    def stream(self) -> Callable[[bytes], bytes]:
        return _StreamTranslator(self.emitter()).feed


@dataclass(frozen=True)
class ConverseToChat(ToChat):
    to_chat = converse_to_chat

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        return BedrockReply(self.wire, chat_to_converse, ConverseEmitter,
                            parsed.exchange.stream)


@dataclass(frozen=True)
class InvokeToChat:
    wire: WireFormat

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        body: dict[str, Any] = {"model": local_model}
        INVOKE[invoke_family(parsed)].request(parsed.doc, body)
        return stream_request(body, parsed.exchange.stream)

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        family, model = invoke_family(parsed), parsed.exchange.model
        mistral_chat = isinstance(parsed.doc.get("messages"), list)
        entry = INVOKE[family]
        return BedrockReply(self.wire, lambda doc: entry.reply(doc, model, mistral_chat),
                            lambda: entry.stream(model, mistral_chat),
                            parsed.exchange.stream)
