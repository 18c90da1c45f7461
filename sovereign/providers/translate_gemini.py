"""Gemini ``generateContent`` ⇄ OpenAI Chat Completions, for route_local (vLLM serves no Gemini
API). Pure functions over JSON values, plus a stream translator fed with SSE bytes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sovereign.providers import sse
from sovereign.providers.base import ParsedRequest, ReplyHandler, WireFormat
from sovereign.providers.translate_chat import ToChat, stream_request, tool_arguments, whole_reply

FINISH = {"stop": "STOP", "length": "MAX_TOKENS", "tool_calls": "STOP",
          "function_call": "STOP", "content_filter": "SAFETY"}
TOOL_MODE = {"AUTO": "auto", "ANY": "required", "NONE": "none", "VALIDATED": "auto"}


def _texts(parts: Any) -> list[str]:
    return [p["text"] for p in parts or [] if isinstance(p, dict)
            and isinstance(p.get("text"), str) and not p.get("thought")]


def _lower_types(schema: Any) -> Any:
    """Gemini schemas may spell types in upper case (OpenAPI 3.0 subset); JSON Schema wants lower."""
    if isinstance(schema, dict):
        out = {k: _lower_types(v) for k, v in schema.items()}
        if isinstance(out.get("type"), str):
            out["type"] = out["type"].lower()
        return out
    if isinstance(schema, list):
        return [_lower_types(v) for v in schema]
    return schema


def _g(doc: dict[str, Any], camel: str, snake: str) -> Any:
    return doc.get(camel, doc.get(snake))


def _tools(doc: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for tool in doc.get("tools") or []:
        for fn in _g(tool, "functionDeclarations", "function_declarations") or []:
            params = _g(fn, "parametersJsonSchema", "parameters_json_schema") or fn.get("parameters")
            out.append({"type": "function", "function": {
                "name": fn.get("name", ""), "description": fn.get("description", ""),
                "parameters": _lower_types(params or {"type": "object", "properties": {}})}})
    return out


def _tool_choice(doc: dict[str, Any], body: dict[str, Any]) -> None:
    """tools and tool_choice; ``allowedFunctionNames`` narrows the tools the model may call:
    one name under mode ANY is a named tool choice, several keep only those tools."""
    tools = _tools(doc)
    if not tools:
        return
    config = _g(doc, "toolConfig", "tool_config") or {}
    calling = _g(config, "functionCallingConfig", "function_calling_config") or {}
    mode = calling.get("mode")
    allowed = _g(calling, "allowedFunctionNames", "allowed_function_names")
    if isinstance(allowed, list) and allowed:
        tools = [t for t in tools if t["function"]["name"] in allowed]
        if not tools:
            return
    body["tools"] = tools
    if mode == "ANY" and isinstance(allowed, list) and len(allowed) == 1:
        body["tool_choice"] = {"type": "function", "function": {"name": allowed[0]}}
    elif mode in TOOL_MODE:
        body["tool_choice"] = TOOL_MODE[mode]


def _generation(config: dict[str, Any], body: dict[str, Any]) -> None:
    simple = {"temperature": "temperature", "topP": "top_p", "topK": "top_k",
              "maxOutputTokens": "max_tokens", "stopSequences": "stop", "candidateCount": "n",
              "seed": "seed", "presencePenalty": "presence_penalty",
              "frequencyPenalty": "frequency_penalty"}
    for camel, target in simple.items():
        snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
        value = _g(config, camel, snake)
        if value is not None:
            body[target] = value
    schema = _g(config, "responseJsonSchema", "response_json_schema") or _g(
        config, "responseSchema", "response_schema")
    mime = _g(config, "responseMimeType", "response_mime_type")
    if mime == "text/x.enum" and isinstance(schema, dict) and isinstance(
            choices := schema.get("enum"), list):
        # Gemini answers one of the values as bare text, not a JSON string: vLLM's choice
        # constraint gives exactly that
        body["structured_outputs"] = {"choice": [str(c) for c in choices]}
    elif schema is not None:
        body["response_format"] = {"type": "json_schema", "json_schema": {
            "name": "response", "schema": _lower_types(schema)}}
    elif mime == "application/json":
        body["response_format"] = {"type": "json_object"}


def gemini_to_chat(doc: dict[str, Any], model: str, stream: bool) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    system = _g(doc, "systemInstruction", "system_instruction")
    if isinstance(system, dict) and (texts := _texts(system.get("parts"))):
        messages.append({"role": "system", "content": "\n".join(texts)})
    pending: dict[str, list[str]] = {}  # function name → ids of calls awaiting a response
    for ci, content in enumerate(doc.get("contents") or []):
        parts = content.get("parts") or []
        if content.get("role") == "model":
            message: dict[str, Any] = {"role": "assistant", "content": "".join(_texts(parts))}
            calls = []
            for k, part in enumerate(parts):
                call = _g(part, "functionCall", "function_call")
                if isinstance(call, dict):
                    call_id = call.get("id") or f"call_{ci}_{k}"
                    pending.setdefault(call.get("name", ""), []).append(call_id)
                    calls.append({"id": call_id, "type": "function", "function": {
                        "name": call.get("name", ""),
                        "arguments": json.dumps(call.get("args") or {}, ensure_ascii=False)}})
            if calls:
                message["tool_calls"] = calls
                message["content"] = message["content"] or None
            messages.append(message)
            continue
        for part in parts:
            result = _g(part, "functionResponse", "function_response")
            if isinstance(result, dict):
                name = result.get("name", "")
                queue = pending.get(name) or []
                call_id = result.get("id") or (queue.pop(0) if queue else f"call_{name}")
                messages.append({"role": "tool", "tool_call_id": call_id,
                                 "content": json.dumps(result.get("response") or {},
                                                       ensure_ascii=False)})
        if texts := _texts(parts):
            messages.append({"role": "user", "content": "\n".join(texts)})
    body: dict[str, Any] = {"model": model, "messages": messages}
    _tool_choice(doc, body)
    _generation(_g(doc, "generationConfig", "generation_config") or {}, body)
    return stream_request(body, stream)


def _usage(usage: Any) -> dict[str, int] | None:
    if not isinstance(usage, dict):
        return None
    return {"promptTokenCount": usage.get("prompt_tokens", 0),
            "candidatesTokenCount": usage.get("completion_tokens", 0),
            "totalTokenCount": usage.get("total_tokens", 0)}


def chat_to_gemini(doc: dict[str, Any], model: str | None) -> dict[str, Any]:
    candidates = []
    for i, choice in enumerate(doc.get("choices") or []):
        message = choice.get("message") or {}
        parts: list[dict[str, Any]] = []
        if message.get("content"):
            parts.append({"text": message["content"]})
        for call in message.get("tool_calls") or []:
            fn = call.get("function") or {}
            parts.append({"functionCall": {"id": call.get("id"), "name": fn.get("name", ""),
                                           "args": tool_arguments(fn.get("arguments", ""))}})
        candidates.append({"content": {"role": "model", "parts": parts or [{"text": ""}]},
                           "finishReason": FINISH.get(choice.get("finish_reason") or "stop",
                                                      "OTHER"),
                           "index": choice.get("index", i)})
    out: dict[str, Any] = {"candidates": candidates, "modelVersion": model or doc.get("model"),
                           "responseId": doc.get("id")}
    if (usage := _usage(doc.get("usage"))) is not None:
        out["usageMetadata"] = usage
    return out


@dataclass
class _ChatToGeminiStream:
    model: str | None
    decoder: sse.SSEDecoder = field(default_factory=sse.SSEDecoder)
    calls: dict[tuple[int, int], dict[str, str]] = field(default_factory=dict)
    response_id: str | None = None

    def _event(self, doc: dict[str, Any]) -> bytes:
        doc.setdefault("modelVersion", self.model)
        if self.response_id:
            doc.setdefault("responseId", self.response_id)
        return f"data: {json.dumps(doc, ensure_ascii=False)}\r\n\r\n".encode()

    def feed(self, chunk: bytes) -> bytes:
        out = []
        for ev in self.decoder.feed(chunk):
            if not ev.data or ev.data == "[DONE]":
                continue
            try:
                doc = json.loads(ev.data)
            except json.JSONDecodeError:
                continue
            self.response_id = self.response_id or doc.get("id")
            for choice in doc.get("choices") or []:
                out.append(self._choice(choice))
            if not doc.get("choices") and (usage := _usage(doc.get("usage"))) is not None:
                out.append(self._event({"candidates": [], "usageMetadata": usage}))
        return b"".join(out)

    def _choice(self, choice: dict[str, Any]) -> bytes:
        index = choice.get("index", 0)
        delta = choice.get("delta") or {}
        for call in delta.get("tool_calls") or []:
            slot = self.calls.setdefault((index, call.get("index", 0)),
                                         {"id": "", "name": "", "arguments": ""})
            fn = call.get("function") or {}
            slot["id"] = call.get("id") or slot["id"]
            slot["name"] += fn.get("name") or ""
            slot["arguments"] += fn.get("arguments") or ""
        parts: list[dict[str, Any]] = []
        if delta.get("content"):
            parts.append({"text": delta["content"]})
        candidate: dict[str, Any] = {"index": index}
        if finish := choice.get("finish_reason"):
            for key in sorted(k for k in self.calls if k[0] == index):
                call = self.calls.pop(key)
                parts.append({"functionCall": {"id": call["id"] or None, "name": call["name"],
                                               "args": tool_arguments(call["arguments"])}})
            candidate["finishReason"] = FINISH.get(finish, "OTHER")
        if not parts and "finishReason" not in candidate:
            return b""
        candidate["content"] = {"role": "model", "parts": parts or [{"text": ""}]}
        return self._event({"candidates": [candidate]})


@dataclass(frozen=True)
class GeminiReply:
    wire: WireFormat
    model: str | None
    content_type: str | None = None

    def whole(self, body: bytes, status: int) -> bytes:
        return whole_reply(self.wire, status, body, lambda doc: chat_to_gemini(doc, self.model))

    def stream(self) -> Callable[[bytes], bytes]:
        return _ChatToGeminiStream(self.model).feed


@dataclass(frozen=True)
class GeminiToChat(ToChat):
    """route_local for generateContent / streamGenerateContent."""

    to_chat = gemini_to_chat

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        return GeminiReply(self.wire, parsed.exchange.model)
