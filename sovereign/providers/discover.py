"""Requests to hosts outside the catalogue that read as LLM calls (``unknown_llm_hosts:
inspect``, "shadow AI" discovery): the body's shape, with the path's hint, says which of the
four wire formats the proxy reads it in (OpenAI Chat Completions, OpenAI Responses, Anthropic
Messages, Gemini generateContent). Such a call is classified under the provider
:data:`UNKNOWN` and decided by the same rules; the whole path is content (scanned, never
recorded). Pure."""

from __future__ import annotations

import re
from typing import Any

from sovereign.exchange import EndpointKind
from sovereign.providers.base import (
    LocalTarget,
    Provider,
    RequestError,
    Route,
    WireFormat,
    load_json_object,
)
from sovereign.providers.registry import Classified
from sovereign.providers.routes import (
    ANTHROPIC,
    CHAT_LOCAL,
    GEMINI,
    MESSAGES_LOCAL,
    OPENAI_CHAT,
    OPENAI_RESPONSES,
    RESPONSES_LOCAL,
)
from sovereign.providers.translate_gemini import GeminiToChat

UNKNOWN = "unknown"  # the provider a discovered call is recorded under

_ANY = r"(?P<path>/[^?]*)"
_GEMINI_PATH = r"(?P<path>/[^?]*?)/models/(?P<model>[^/:?]+):" \
               r"(?P<action>generateContent|streamGenerateContent)"
_ROUTES: dict[str, Route] = {
    "openai": Route("POST", re.compile(_ANY), EndpointKind.CHAT, OPENAI_CHAT, CHAT_LOCAL),
    "responses": Route("POST", re.compile(_ANY), EndpointKind.CHAT, OPENAI_RESPONSES,
                       RESPONSES_LOCAL),
    "anthropic": Route("POST", re.compile(_ANY), EndpointKind.CHAT, ANTHROPIC, MESSAGES_LOCAL),
    "gemini": Route("POST", re.compile(_GEMINI_PATH), EndpointKind.CHAT, GEMINI,
                    LocalTarget("/chat/completions", translator=GeminiToChat(GEMINI)),
                    frozenset({"streamGenerateContent"})),
    "gemini_any": Route("POST", re.compile(_ANY), EndpointKind.CHAT, GEMINI,
                        LocalTarget("/chat/completions", translator=GeminiToChat(GEMINI))),
}
_PATH_HINTS = (("/chat/completions", "openai"), ("/responses", "responses"),
               ("/messages", "anthropic"))
# keys only Anthropic Messages bodies have at their top level
_ANTHROPIC_KEYS = frozenset({"anthropic_version", "system", "stop_sequences", "top_k",
                             "thinking", "mcp_servers", "container"})
_ANTHROPIC_BLOCKS = frozenset({"tool_use", "tool_result", "thinking", "redacted_thinking"})


def _chat_messages(doc: dict[str, Any]) -> bool:
    messages = doc.get("messages")
    return isinstance(messages, list) and bool(messages) and all(
        isinstance(m, dict) and isinstance(m.get("role"), str) and "content" in m
        for m in messages)


def _anthropic_blocks(doc: dict[str, Any]) -> bool:
    blocks = [b for m in doc.get("messages") or [] if isinstance(m, dict)
              and isinstance(m.get("content"), list) for b in m["content"]]
    return any(isinstance(b, dict) and b.get("type") in _ANTHROPIC_BLOCKS for b in blocks)


def shape_of(path: str, doc: dict[str, Any]) -> str | None:
    """The format *doc* (a request body to *path*) is written in, or None: not an LLM call."""
    bare = path.partition("?")[0].rstrip("/")
    contents = doc.get("contents")
    if isinstance(contents, list) and contents and all(
            isinstance(c, dict) and isinstance(c.get("parts"), list) for c in contents):
        return "gemini"
    if _chat_messages(doc):
        hint = next((name for suffix, name in _PATH_HINTS if bare.endswith(suffix)), None)
        if hint in ("openai", "anthropic"):
            return hint
        anthropic = bool(_ANTHROPIC_KEYS & doc.keys()) or _anthropic_blocks(doc)
        return "anthropic" if anthropic else "openai"
    if isinstance(doc.get("model"), str) and isinstance(doc.get("input"), (str, list)) \
            and bare.endswith("/responses"):
        return "responses"
    return None


def discover(method: str, path: str, body: bytes) -> Classified | None:
    """The classification of a request to a host outside the catalogue, when its body reads
    as an LLM call; None otherwise (it is then passed on as any other request)."""
    if method.upper() != "POST" or not body:
        return None
    try:
        doc = load_json_object(body)
    except RequestError:
        return None
    shape = shape_of(path, doc)
    if shape is None:
        return None
    bare = path.partition("?")[0]
    route = _ROUTES[shape]
    match = route.path.fullmatch(bare)
    if match is None:  # a Gemini body on a path without the model
        route = _ROUTES["gemini_any"]
        match = route.path.fullmatch(bare)
    if match is None:
        return None
    wire: WireFormat = route.wire
    provider = Provider(UNKNOWN, (), (route,), wire)
    return Classified(provider, route.endpoint, wire, route, route.path_info(match))
