"""The one place that knows which hosts and paths belong to which provider and format."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sovereign.exchange import EndpointKind
from sovereign.providers.base import PathInfo, Provider, Route, WireFormat
from sovereign.providers.catalogue import CATALOGUE, Entry, entries
from sovereign.providers.hosts import host_regex, normalise_host
from sovereign.providers.routes import (
    ANTHROPIC,
    CHAT_LOCAL,
    EMBEDDINGS_LOCAL,
    GEMINI,
    OPENAI_CHAT,
    Kind,
    anthropic_routes,
    gemini_model_routes,
    openai_compatible_routes,
)
from sovereign.providers.routes import OPENAI_RESPONSES as OPENAI_RESPONSES
from sovereign.providers.routes import route as _r

_GEMINI_MODEL = r"/v1(?:beta|alpha)?/(?:models|tunedModels)/(?P<model>[^/:]+)"

BUILTIN: dict[str, Provider] = {
    # *.api.openai.com: OpenAI's regional data-residency hosts (eu.api.openai.com, ...)
    "openai": Provider("openai", ("api.openai.com", "*.api.openai.com"),
                       openai_compatible_routes("/v1"),
                       OPENAI_CHAT),
    "anthropic": Provider("anthropic", ("api.anthropic.com",), anthropic_routes("/v1"),
                          ANTHROPIC),
    "gemini": Provider("gemini", ("generativelanguage.googleapis.com",), (
        *gemini_model_routes(_GEMINI_MODEL),
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
# ...and the rest of the shipped catalogue (providers/catalogue.py: one entry per provider)
BUILTIN.update({e.name: e.provider for e in CATALOGUE})
# every built-in provider as a catalogue entry: hosts, routes, credentials (the README's table)
ENTRIES: tuple[Entry, ...] = entries(BUILTIN)


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
class BodyShape:
    """How a body written for one of the SAMPLES formats looks from its top level: the keys
    every such body has (*needs*), keys no other format here uses (*own*), and the model
    names of the provider behind it (fnmatch patterns)."""

    needs: frozenset[str]
    own: frozenset[str] = frozenset()
    models: tuple[str, ...] = ()


def _keys(words: str) -> frozenset[str]:
    return frozenset(words.split())


# How `explain` tells which format a body is written for when it is not told.
BODY_SHAPES: dict[str, BodyShape] = {
    "openai": BodyShape(_keys("model messages"), _keys(
        "max_completion_tokens n response_format frequency_penalty presence_penalty logprobs "
        "top_logprobs logit_bias seed modalities audio prediction reasoning_effort "
        "stream_options web_search_options functions function_call stop"),
        ("gpt-*", "o[0-9]*", "chatgpt-*")),
    "responses": BodyShape(_keys("input"), _keys(
        "instructions previous_response_id max_output_tokens text reasoning conversation "
        "truncation include background prompt max_tool_calls"), ("gpt-*", "o[0-9]*")),
    "anthropic": BodyShape(_keys("model messages max_tokens"), _keys(
        "system stop_sequences top_k thinking mcp_servers container anthropic_version"),
        ("claude-*",)),
    "gemini": BodyShape(_keys("contents"), _keys(
        "systemInstruction generationConfig safetySettings toolConfig cachedContent")),
}


def infer_sample(doc: Any) -> list[str]:
    """The SAMPLES formats *doc* may be written for, best first: one name when the body
    tells, several (or none) when it does not. A body with a key only one format uses is
    never taken for another; among bodies that fit several, a format's own keys and then its
    provider's model names decide."""
    if not isinstance(doc, dict):
        return []
    keys = set(doc)
    fits = [name for name, shape in BODY_SHAPES.items() if shape.needs <= keys
            and not any(keys & other.own for o, other in BODY_SHAPES.items() if o != name)]
    model = doc.get("model")
    marked = [name for name in fits if keys & BODY_SHAPES[name].own]
    fits = marked if len(fits) > 1 and marked else fits
    named = [name for name in fits if isinstance(model, str) and any(
        fnmatch.fnmatchcase(model, p) for p in BODY_SHAPES[name].models)]
    return named if len(fits) > 1 and named else fits


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
        return sorted(rf"^{host_regex(host)}(:\d+)?$"
                      for provider in self.providers.values() for host in provider.hosts)


DEFAULT = Registry(BUILTIN.values())


def classify(host: str, method: str, path: str) -> Classified | None:
    return DEFAULT.classify(host, method, path)
