"""Cohere Chat v2 (``POST /v2/chat``), request and reply, its own stream events too
(``message-start``, ``content-delta``, ``tool-plan-delta``, ``tool-call-delta``,
``message-end``…), and route_local: Cohere v2 ⇄ OpenAI Chat Completions (vLLM serves no Cohere
API). Pure functions over JSON values, plus a stream translator fed with SSE bytes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sovereign.exchange import Locator
from sovereign.providers import sse
from sovereign.providers.base import (
    ParsedRequest,
    ReplyHandler,
    StreamChannel,
    StreamCodec,
    WireFormat,
)
from sovereign.providers.layout import FIELDS, Layout
from sovereign.providers.translate_chat import DONE, ToChat, chat_chunks, stream_request, whole_reply

# delta event type → (channel kind, path under "delta.message" to its text, JSON text?)
_DELTAS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "content-delta": ("content", ("content", "text"), False),
    "tool-plan-delta": ("plan", ("tool_plan",), False),
    "tool-call-delta": ("tool", ("tool_calls", "function", "arguments"), True),
}
_KIND_EVENT = {kind: name for name, (kind, _, _) in _DELTAS.items()}
FINISH = {"stop": "COMPLETE", "length": "MAX_TOKENS", "tool_calls": "TOOL_CALL",
          "function_call": "TOOL_CALL", "content_filter": "ERROR"}


class CohereStream(StreamCodec):
    """Text arrives in ``content-delta`` (per content index), ``tool-plan-delta`` and
    ``tool-call-delta`` (per tool call index) events; the matching ``-end`` event closes it."""

    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        if not isinstance(event, dict) or event.get("type") not in _DELTAS:
            return []
        kind, path, is_json = _DELTAS[str(event["type"])]
        node: Any = event.get("delta")
        node = node.get("message") if isinstance(node, dict) else None
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, str):
            return []
        index = 0 if kind == "plan" else event.get("index", 0)
        channel = StreamChannel((kind, index), {"json": is_json})
        return [(channel, ("delta", "message", *path))]

    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        if not isinstance(event, dict):
            return None
        kind = event.get("type")
        if kind == "content-end":
            return [("content", event.get("index", 0))]
        if kind == "tool-call-end":
            return [("tool", event.get("index", 0))]
        if kind == "tool-call-start":
            return [("plan",)]  # the plan is written before the calls
        if kind == "message-end":
            return None
        return []

    def ends(self, name: str | None, data: str) -> bool:
        if name is not None:
            return name == "message-end"
        try:
            doc = json.loads(data)
        except json.JSONDecodeError:
            return False
        return isinstance(doc, dict) and doc.get("type") == "message-end"

    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        kind, index = channel.key
        name = _KIND_EVENT[str(kind)]
        _, path, _ = _DELTAS[name]
        node: Any = text
        for key in reversed(path):
            node = {key: node}
        event: dict[str, Any] = {"type": name, "delta": {"message": node}}
        if kind != "plan":
            event["index"] = index
        return name, event


class CohereChat(WireFormat):
    name = "cohere"
    layout = Layout(
        tokens=("model", "messages[*].role", "messages[*].content[*].type",
                "messages[*].tool_call_id", "messages[*].tool_calls[*].id",
                "messages[*].tool_calls[*].type", "messages[*].content[*].document.id",
                "tools[*].type", "tool_choice", "response_format.type", "safety_mode",
                "citation_options.mode", "thinking.type", "documents[*].id"),
        settings=("max_tokens", "temperature", "p", "k", "seed", "frequency_penalty",
                  "presence_penalty", "thinking.token_budget", "priority"),
        fields=FIELDS | {"documents", "document", "data", "tool_plan", "citation_options",
                         "safety_mode", "p", "k", "strict_tools", "token_budget", "priority",
                         "return_prompt", "raw_prompting"})
    attachment_types = frozenset({"image_url"})
    image_types = frozenset({"image_url"})
    max_output_fields = ("max_tokens",)

    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        # Cohere's errors are {"id": ..., "message": ...}; the code rides along
        return {"id": code, "message": message}

    def stream_codec(self) -> StreamCodec:
        return CohereStream()


# -- route_local: Cohere v2 → OpenAI Chat Completions and back ---------------------------------


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    out = []
    for part in content if isinstance(content, list) else []:
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("text"), str):
            out.append(part["text"])
        elif "document" in part:
            doc = part["document"]
            data = doc.get("data") if isinstance(doc, dict) else doc
            out.append(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False))
    return "\n".join(out)


def cohere_to_chat(doc: dict[str, Any], model: str, stream: bool) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    documents = [d if isinstance(d, str) else json.dumps(
        d.get("data", d) if isinstance(d, dict) else d, ensure_ascii=False)
        for d in doc.get("documents") or []]
    if documents:
        messages.append({"role": "system", "content": "Documents:\n" + "\n".join(documents)})
    for message in doc.get("messages") or []:
        role = message.get("role")
        if role == "tool":
            messages.append({"role": "tool", "tool_call_id": message.get("tool_call_id", ""),
                             "content": _text(message.get("content"))})
        elif role == "assistant":
            out: dict[str, Any] = {"role": "assistant",
                                   "content": _text(message.get("content"))}
            if message.get("tool_calls"):
                out["tool_calls"] = [{"id": c.get("id", ""), "type": "function",
                                      "function": c.get("function") or {}}
                                     for c in message["tool_calls"] if isinstance(c, dict)]
                out["content"] = out["content"] or None
            messages.append(out)
        else:
            messages.append({"role": role if role in ("system", "user") else "user",
                             "content": _text(message.get("content"))})
    body: dict[str, Any] = {"model": model, "messages": messages}
    if doc.get("tools"):
        body["tools"] = doc["tools"]
    if doc.get("tool_choice") in ("REQUIRED", "NONE"):
        body["tool_choice"] = str(doc["tool_choice"]).lower()
    for source, target in (("max_tokens", "max_tokens"), ("temperature", "temperature"),
                           ("p", "top_p"), ("k", "top_k"), ("seed", "seed"),
                           ("stop_sequences", "stop"), ("frequency_penalty", "frequency_penalty"),
                           ("presence_penalty", "presence_penalty")):
        if doc.get(source) is not None:
            body[target] = doc[source]
    response_format = doc.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_object":
        schema = response_format.get("json_schema")
        body["response_format"] = {"type": "json_schema", "json_schema": {
            "name": "response", "schema": schema}} if schema else {"type": "json_object"}
    return stream_request(body, stream)


def _usage(usage: Any) -> dict[str, Any]:
    usage = usage if isinstance(usage, dict) else {}
    tokens = {"input_tokens": usage.get("prompt_tokens", 0),
              "output_tokens": usage.get("completion_tokens", 0)}
    return {"billed_units": dict(tokens), "tokens": tokens}


def chat_to_cohere(doc: dict[str, Any]) -> dict[str, Any]:
    choice = (doc.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    out: dict[str, Any] = {"role": "assistant"}
    if message.get("content"):
        out["content"] = [{"type": "text", "text": message["content"]}]
    if message.get("tool_calls"):
        out["tool_calls"] = [{"id": c.get("id"), "type": "function",
                              "function": c.get("function") or {}}
                             for c in message["tool_calls"]]
    return {"id": doc.get("id", ""), "finish_reason": FINISH.get(
        choice.get("finish_reason") or "stop", "COMPLETE"), "message": out,
        "usage": _usage(doc.get("usage"))}


@dataclass
class _ChatToCohereStream:
    decoder: sse.SSEDecoder = field(default_factory=sse.SSEDecoder)
    started: bool = False
    content_open: bool = False
    calls: dict[int, int] = field(default_factory=dict)  # OpenAI tool index → Cohere index
    finish: str | None = None
    usage: Any = None
    ended: bool = False

    @staticmethod
    def _event(doc: dict[str, Any]) -> bytes:
        return sse.encode(str(doc["type"]), json.dumps(doc, ensure_ascii=False))

    def feed(self, chunk: bytes) -> bytes:
        out: list[bytes] = []
        for doc in chat_chunks(self.decoder, chunk):
            if doc is DONE:
                out.append(self._end())
                continue
            if not self.started:
                self.started = True
                out.append(self._event({"type": "message-start", "id": doc.get("id", ""),
                                        "delta": {"message": {"role": "assistant"}}}))
            self.usage = doc.get("usage") or self.usage
            for choice in doc.get("choices") or []:
                out.append(self._choice(choice))
        return b"".join(out)

    def _choice(self, choice: dict[str, Any]) -> bytes:
        out = []
        delta = choice.get("delta") or {}
        if delta.get("content"):
            if not self.content_open:
                self.content_open = True
                out.append(self._event({"type": "content-start", "index": 0, "delta": {
                    "message": {"content": {"type": "text", "text": ""}}}}))
            out.append(self._event({"type": "content-delta", "index": 0, "delta": {
                "message": {"content": {"text": delta["content"]}}}}))
        for call in delta.get("tool_calls") or []:
            fn = call.get("function") or {}
            openai_index = call.get("index", 0)
            if openai_index not in self.calls:
                out.append(self._close_content())
                index = self.calls[openai_index] = len(self.calls)
                out.append(self._event({"type": "tool-call-start", "index": index, "delta": {
                    "message": {"tool_calls": {"id": call.get("id", ""), "type": "function",
                                               "function": {"name": fn.get("name", ""),
                                                            "arguments": ""}}}}}))
            if fn.get("arguments"):
                out.append(self._event({"type": "tool-call-delta",
                                        "index": self.calls[openai_index], "delta": {
                                            "message": {"tool_calls": {"function": {
                                                "arguments": fn["arguments"]}}}}}))
        if finish := choice.get("finish_reason"):
            self.finish = FINISH.get(finish, "COMPLETE")
        return b"".join(out)

    def _close_content(self) -> bytes:
        if not self.content_open:
            return b""
        self.content_open = False
        return self._event({"type": "content-end", "index": 0})

    def _end(self) -> bytes:
        if self.ended:
            return b""
        self.ended = True
        out = [self._close_content()]
        out += [self._event({"type": "tool-call-end", "index": i})
                for i in sorted(self.calls.values())]
        out.append(self._event({"type": "message-end", "delta": {
            "finish_reason": self.finish or "COMPLETE", "usage": _usage(self.usage)}}))
        return b"".join(out)


@dataclass(frozen=True)
class CohereReply:
    wire: WireFormat
    content_type: str | None = None

    def whole(self, body: bytes, status: int) -> bytes:
        return whole_reply(self.wire, status, body, chat_to_cohere)

    def stream(self) -> Callable[[bytes], bytes]:
        return _ChatToCohereStream().feed


@dataclass(frozen=True)
class CohereToChat(ToChat):
    """route_local for ``/v2/chat``, streaming or not."""

    to_chat = cohere_to_chat

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        return CohereReply(self.wire)
