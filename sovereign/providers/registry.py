"""The one place that knows which hosts and paths belong to which provider and format."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sovereign.exchange import EndpointKind
from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.base import LocalTarget, PathInfo, Provider, Route, WireFormat
from sovereign.providers.gemini import Gemini
from sovereign.providers.hosts import normalise_host
from sovereign.providers.openai_chat import OpenAIChat
from sovereign.providers.openai_responses import OpenAIResponses
from sovereign.providers.translate_counts import CountViaTokenize, GeminiEmbeddings
from sovereign.providers.translate_gemini import GeminiToChat

OPENAI_CHAT = OpenAIChat()
OPENAI_RESPONSES = OpenAIResponses()
ANTHROPIC = AnthropicMessages()
GEMINI = Gemini()

CHAT_LOCAL = LocalTarget("/chat/completions")
RESPONSES_LOCAL = LocalTarget("/responses")
EMBEDDINGS_LOCAL = LocalTarget("/embeddings", capability="embeddings")
Kind = EndpointKind


def _r(method: str, path: str, kind: EndpointKind, wire: WireFormat,
       local: LocalTarget | None = None, stream_actions: Iterable[str] = ()) -> Route:
    return Route(method, re.compile(path), kind, wire, local, frozenset(stream_actions))


def openai_compatible_routes(base: str) -> tuple[Route, ...]:
    """The OpenAI API surface under *base* (e.g. "/v1", "/openai/v1")."""
    b = re.escape(base.rstrip("/"))
    return (
        _r("POST", rf"{b}/chat/completions", Kind.CHAT, OPENAI_CHAT, CHAT_LOCAL),
        _r("POST", rf"{b}/responses", Kind.CHAT, OPENAI_RESPONSES, RESPONSES_LOCAL),
        _r("POST", rf"{b}/embeddings", Kind.EMBEDDINGS, OPENAI_CHAT, EMBEDDINGS_LOCAL),
        _r("GET", rf"{b}/models(?:/(?P<model>[^/]+))?", Kind.METADATA, OPENAI_CHAT),
        # stored responses come back from the provider; no prompt goes out (and no body)
        _r("GET", rf"{b}/responses/(?P<response_id>[^/]+)(?:/input_items)?", Kind.METADATA,
           OPENAI_RESPONSES),
        _r("DELETE", rf"{b}/responses/(?P<response_id>[^/]+)", Kind.METADATA, OPENAI_RESPONSES),
        _r("POST", rf"{b}/responses/(?P<response_id>[^/]+)/cancel", Kind.METADATA,
           OPENAI_RESPONSES),
    )


_GEMINI_MODEL = r"/v1(?:beta|alpha)?/(?:models|tunedModels)/(?P<model>[^/:]+)"
_TOKENIZE = LocalTarget("/tokenize", root=True)

BUILTIN: dict[str, Provider] = {
    "openai": Provider("openai", ("api.openai.com",), openai_compatible_routes("/v1"),
                       OPENAI_CHAT),
    "anthropic": Provider("anthropic", ("api.anthropic.com",), (
        _r("POST", r"/v1/messages", Kind.CHAT, ANTHROPIC, LocalTarget("/messages")),
        _r("POST", r"/v1/messages/count_tokens", Kind.COUNT_TOKENS, ANTHROPIC,
           LocalTarget("/tokenize", root=True,
                       translator=CountViaTokenize(ANTHROPIC, "input_tokens"))),
        _r("GET", r"/v1/models(?:/(?P<model>[^/]+))?", Kind.METADATA, ANTHROPIC),
    ), ANTHROPIC),
    "gemini": Provider("gemini", ("generativelanguage.googleapis.com",), (
        _r("POST", _GEMINI_MODEL + r":(?P<action>generateContent|streamGenerateContent)",
           Kind.CHAT, GEMINI, LocalTarget("/chat/completions", translator=GeminiToChat(GEMINI)),
           stream_actions=["streamGenerateContent"]),
        _r("POST", _GEMINI_MODEL + r":(?P<action>countTokens)", Kind.COUNT_TOKENS, GEMINI,
           LocalTarget("/tokenize", root=True,
                       translator=CountViaTokenize(GEMINI, "totalTokens"))),
        _r("POST", _GEMINI_MODEL + r":(?P<action>embedContent|batchEmbedContents)",
           Kind.EMBEDDINGS, GEMINI, LocalTarget("/embeddings", capability="embeddings",
                                                translator=GeminiEmbeddings(GEMINI))),
        _r("GET", r"/v1(?:beta|alpha)?/models(?:/(?P<model>[^/:]+))?", Kind.METADATA, GEMINI),
    ), GEMINI),
    "azure": Provider("azure", ("*.openai.azure.com", "*.cognitiveservices.azure.com"), (
        _r("POST", r"/openai/deployments/(?P<model>[^/]+)/chat/completions", Kind.CHAT,
           OPENAI_CHAT, CHAT_LOCAL),
        _r("POST", r"/openai/deployments/(?P<model>[^/]+)/embeddings", Kind.EMBEDDINGS,
           OPENAI_CHAT, EMBEDDINGS_LOCAL),
        _r("GET", r"/openai/models", Kind.METADATA, OPENAI_CHAT),
        *openai_compatible_routes("/openai/v1"),
    ), OPENAI_CHAT),
    "mistral": Provider("mistral", ("api.mistral.ai",), (
        *openai_compatible_routes("/v1"),
        # FIM and agents have no local equivalent: route_local for them is refused
        _r("POST", r"/v1/fim/completions", Kind.CHAT, OPENAI_CHAT),
        _r("POST", r"/v1/agents/completions", Kind.CHAT, OPENAI_CHAT),
    ), OPENAI_CHAT),
}

# How `explain` and rule tests build a request for a provider from plain text.
SAMPLES: dict[str, tuple[str, str, str]] = {
    "openai": ("api.openai.com", "/v1/chat/completions", "gpt-4o"),
    "responses": ("api.openai.com", "/v1/responses", "gpt-4o"),
    "anthropic": ("api.anthropic.com", "/v1/messages", "claude-opus-4-7"),
    "gemini": ("generativelanguage.googleapis.com",
               "/v1beta/models/gemini-2.5-flash:generateContent", "gemini-2.5-flash"),
}


# ...and the body of such a request, (model, text) -> JSON document, per format.
_SAMPLE_BODIES: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "openai": lambda model, text: {"model": model,
                                   "messages": [{"role": "user", "content": text}]},
    "responses": lambda model, text: {"model": model, "input": text},
    "anthropic": lambda model, text: {"model": model, "max_tokens": 256,
                                      "messages": [{"role": "user", "content": text}]},
    "gemini": lambda model, text: {"contents": [{"role": "user", "parts": [{"text": text}]}]},
}
assert _SAMPLE_BODIES.keys() == SAMPLES.keys()


def sample_body(kind: str, text: str) -> dict[str, Any]:
    return _SAMPLE_BODIES[kind](SAMPLES[kind][2], text)


@dataclass(frozen=True)
class Classified:
    provider: Provider
    endpoint: EndpointKind
    wire: WireFormat
    route: Route | None
    path: PathInfo = field(default_factory=PathInfo)


class Registry:
    def __init__(self, providers: Iterable[Provider]) -> None:
        self.providers = {p.name: p for p in providers}

    def with_compatible(self, name: str, hosts: Iterable[str], base_path: str) -> Registry:
        """Add an OpenAI-compatible provider named in the config."""
        extra = Provider(name, tuple(hosts), openai_compatible_routes(base_path), OPENAI_CHAT)
        return Registry([*self.providers.values(), extra])

    def provider_for_host(self, host: str) -> Provider | None:
        """The provider serving *host* in any spelling (case, trailing dot, IDNA, port)."""
        name = normalise_host(host, with_port=True)
        if name is None:
            return None
        return next((p for p in self.providers.values() if p.serves(name)), None)

    def classify(self, host: str, method: str, path: str) -> Classified | None:
        """(host, method, path) → provider and endpoint; None when the host is not an LLM API."""
        provider = self.provider_for_host(host)
        if provider is None:
            return None
        bare_path = path.split("?", 1)[0]
        for route in provider.routes:
            if route.method == method.upper() and (m := route.path.fullmatch(bare_path)):
                return Classified(provider, route.endpoint, route.wire, route, route.path_info(m))
        return Classified(provider, EndpointKind.UNKNOWN, provider.wire, None)

    def route_of(self, host: str, path: str) -> str:
        """The path pattern of the route *path* takes on *host*, whatever the method, for
        records made before a request was classified; never the raw path."""
        provider = self.provider_for_host(host)
        bare_path = path.split("?", 1)[0]
        for route in provider.routes if provider else ():
            if m := route.path.fullmatch(bare_path):
                return route.path_info(m).route or "(unknown)"
        return "(unknown)"

    def host_patterns(self) -> list[str]:
        """Regexes for mitmproxy's allow_hosts: only these hosts are intercepted."""
        out = []
        for provider in self.providers.values():
            for host in provider.hosts:
                if host.startswith("*."):
                    out.append(rf"^[^:]+{re.escape(host[1:])}(:\d+)?$")
                else:
                    out.append(rf"^{re.escape(host)}(:\d+)?$")
        return sorted(out)


DEFAULT = Registry(BUILTIN.values())


def classify(host: str, method: str, path: str) -> Classified | None:
    return DEFAULT.classify(host, method, path)
