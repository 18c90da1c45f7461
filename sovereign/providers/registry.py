"""The one place that knows which hosts and paths belong to which provider and format."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sovereign.exchange import EndpointKind
from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.base import Provider, Route, WireFormat
from sovereign.providers.openai_chat import OpenAIChat

OPENAI_CHAT = OpenAIChat()
ANTHROPIC = AnthropicMessages()

_MODELS = re.compile(r"/v1/models(/[^/]+)?")

PROVIDERS: dict[str, Provider] = {
    "openai": Provider(
        name="openai",
        hosts=("api.openai.com",),
        routes=(
            Route("POST", re.compile(r"/v1/chat/completions"), EndpointKind.CHAT, OPENAI_CHAT,
                  local_path="/chat/completions"),
            Route("GET", _MODELS, EndpointKind.METADATA, OPENAI_CHAT),
        ),
        wire=OPENAI_CHAT,
    ),
    "anthropic": Provider(
        name="anthropic",
        hosts=("api.anthropic.com",),
        routes=(
            Route("POST", re.compile(r"/v1/messages"), EndpointKind.CHAT, ANTHROPIC,
                  local_path="/messages"),
            Route("GET", _MODELS, EndpointKind.METADATA, ANTHROPIC),
        ),
        wire=ANTHROPIC,
    ),
    # Intercepted so that nothing reaches it unscanned; its format is not read yet, so every
    # path is "unknown" and follows the unknown-endpoint rule (block by default).
    "gemini": Provider(
        name="gemini",
        hosts=("generativelanguage.googleapis.com",),
        routes=(),
        wire=OPENAI_CHAT,
    ),
}


@dataclass(frozen=True)
class Classified:
    provider: Provider
    endpoint: EndpointKind
    wire: WireFormat
    route: Route | None


def provider_for_host(host: str) -> Provider | None:
    host = host.lower().rstrip(".")
    for provider in PROVIDERS.values():
        if host in provider.hosts:
            return provider
    return None


def classify(host: str, method: str, path: str) -> Classified | None:
    """(host, method, path) → provider and endpoint; None when the host is not an LLM API."""
    provider = provider_for_host(host)
    if provider is None:
        return None
    bare_path = path.split("?", 1)[0]
    for route in provider.routes:
        if route.method == method.upper() and route.path.fullmatch(bare_path):
            return Classified(provider, route.endpoint, route.wire, route)
    return Classified(provider, EndpointKind.UNKNOWN, provider.wire, None)


def intercepted_hosts() -> list[str]:
    return sorted(h for p in PROVIDERS.values() for h in p.hosts)
