"""The vocabulary catalogue entries are written in: one instance of each wire format, how a
route is answered by a local model, and the route families many providers share (the OpenAI
API under a base path, Anthropic Messages under a base path, Gemini's model actions)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sovereign.exchange import EndpointKind
from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.base import LocalTarget, Route, WireFormat
from sovereign.providers.gemini import Gemini
from sovereign.providers.openai_chat import OpenAIChat
from sovereign.providers.openai_responses import OpenAIResponses
from sovereign.providers.translate_counts import GeminiCountViaTokenize, GeminiEmbeddings
from sovereign.providers.translate_gemini import GeminiToChat

OPENAI_CHAT = OpenAIChat()
OPENAI_RESPONSES = OpenAIResponses()
ANTHROPIC = AnthropicMessages()
GEMINI = Gemini()

CHAT_LOCAL = LocalTarget("/chat/completions")
RESPONSES_LOCAL = LocalTarget("/responses")
EMBEDDINGS_LOCAL = LocalTarget("/embeddings", capability="embeddings")
MESSAGES_LOCAL = LocalTarget("/messages")  # vLLM serves Anthropic Messages as they are
COUNT_TOKENS_LOCAL = LocalTarget("/messages/count_tokens")
Kind = EndpointKind


def route(method: str, path: str, kind: EndpointKind, wire: WireFormat,
          local: LocalTarget | None = None, stream_actions: Iterable[str] = ()) -> Route:
    return Route(method, re.compile(path), kind, wire, local, frozenset(stream_actions))


def openai_compatible_routes(base: str) -> tuple[Route, ...]:
    """The OpenAI API surface under *base* (e.g. "/v1", "/openai/v1"; "" for the root)."""
    b = re.escape(base.rstrip("/"))
    return (
        route("POST", rf"{b}/chat/completions", Kind.CHAT, OPENAI_CHAT, CHAT_LOCAL),
        route("POST", rf"{b}/responses", Kind.CHAT, OPENAI_RESPONSES, RESPONSES_LOCAL),
        route("POST", rf"{b}/embeddings", Kind.EMBEDDINGS, OPENAI_CHAT, EMBEDDINGS_LOCAL),
        route("GET", rf"{b}/models(?:/(?P<model>[^/]+))?", Kind.METADATA, OPENAI_CHAT),
        # stored responses come back from the provider; no prompt goes out (and no body)
        route("GET", rf"{b}/responses/(?P<response_id>[^/]+)(?:/input_items)?", Kind.METADATA,
              OPENAI_RESPONSES),
        route("DELETE", rf"{b}/responses/(?P<response_id>[^/]+)", Kind.METADATA,
              OPENAI_RESPONSES),
        route("POST", rf"{b}/responses/(?P<response_id>[^/]+)/cancel", Kind.METADATA,
              OPENAI_RESPONSES),
    )


def anthropic_routes(base: str) -> tuple[Route, ...]:
    """Anthropic Messages under *base* (e.g. "/v1", "/anthropic/v1")."""
    b = re.escape(base.rstrip("/"))
    return (
        route("POST", rf"{b}/messages", Kind.CHAT, ANTHROPIC, MESSAGES_LOCAL),
        # vLLM counts as its /v1/messages converts: chat template, system and tools
        route("POST", rf"{b}/messages/count_tokens", Kind.COUNT_TOKENS, ANTHROPIC,
              COUNT_TOKENS_LOCAL),
        route("GET", rf"{b}/models(?:/(?P<model>[^/]+))?", Kind.METADATA, ANTHROPIC),
    )


def gemini_model_routes(model_path: str, wire: Gemini = GEMINI) -> tuple[Route, ...]:
    """Gemini's model actions after *model_path*, a pattern that captures ``model``."""
    return (
        route("POST", model_path + r":(?P<action>generateContent|streamGenerateContent)",
              Kind.CHAT, wire, LocalTarget("/chat/completions", translator=GeminiToChat(wire)),
              stream_actions=["streamGenerateContent"]),
        route("POST", model_path + r":(?P<action>countTokens)", Kind.COUNT_TOKENS, wire,
              LocalTarget("/tokenize", root=True, translator=GeminiCountViaTokenize(wire))),
        route("POST", model_path + r":(?P<action>embedContent|batchEmbedContents)",
              Kind.EMBEDDINGS, wire, LocalTarget("/embeddings", capability="embeddings",
                                                 translator=GeminiEmbeddings(wire))),
    )
