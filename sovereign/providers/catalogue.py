"""The shipped catalogue of closed LLM APIs: one :class:`Entry` per provider, as data.

An entry says which hosts are the provider's (exact names, ``*.suffix`` for every host under a
domain, ``*-suffix`` for a label ending so: Vertex AI's ``us-central1-aiplatform…``), which
paths are which endpoint in which wire format (the routes), how ``route_local`` answers each
route (its :class:`~sovereign.providers.base.LocalTarget`: the local model's API and the
translation there and back), which headers carry the caller's credentials and the format its
errors are given in (the provider's ``wire``). Most entries are data over the existing wire
formats; adding a provider is adding an entry here (the README's provider table is made from
this list: :func:`markdown_table`, checked by tests/test_catalogue.py).

Hosts a security team should know of but the catalogue does not read yet are listed apart
(:data:`UNCOVERED_LLM_HOSTS`): a TLS tunnel to one is recorded, never silently passed
(config ``unknown_llm_hosts``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sovereign.providers.base import LocalTarget, Provider, Route, WireFormat
from sovereign.providers.bedrock_entry import BEDROCK
from sovereign.providers.cohere import CohereChat, CohereToChat
from sovereign.providers.hosts import host_regex
from sovereign.providers.routes import (
    CHAT_LOCAL,
    COUNT_TOKENS_LOCAL,
    EMBEDDINGS_LOCAL,
    GEMINI,
    MESSAGES_LOCAL,
    OPENAI_CHAT,
    Kind,
    anthropic_routes,
    gemini_model_routes,
    openai_compatible_routes,
    route,
)
from sovereign.providers.vertex import AnthropicVertex, VertexEmbeddings, VertexPredict

COHERE = CohereChat()
ANTHROPIC_VERTEX = AnthropicVertex()
VERTEX_PREDICT = VertexPredict()

BEARER = ("authorization",)


@dataclass(frozen=True)
class Entry:
    """One provider of the catalogue. *credentials*: the headers (lower case) that carry the
    caller's key (never scanned, never recorded, never sent to a local model); *streams*:
    whether its chat API streams; *notes*: what the README's table says of it."""

    provider: Provider
    title: str
    credentials: tuple[str, ...] = BEARER
    streams: bool = True
    notes: str = ""

    @property
    def name(self) -> str:
        return self.provider.name

    def formats(self) -> list[str]:
        return sorted({r.wire.name for r in self.provider.routes})

    def route_local(self) -> list[str]:
        """How route_local answers, per format: the local API it is translated to."""
        out = []
        for r in self.provider.routes:
            if r.local is not None and r.endpoint is not Kind.METADATA:
                via = f" via {type(r.local.translator).__name__}" if r.local.translator else ""
                out.append(f"{r.local.path}{via}")
        return sorted(set(out))


def _entry(name: str, title: str, hosts: tuple[str, ...], routes: tuple[Route, ...],
           wire: WireFormat = OPENAI_CHAT, notes: str = "",
           credentials: tuple[str, ...] = BEARER, streams: bool = True) -> Entry:
    """An entry; *wire* shapes the errors of paths that match none of its routes."""
    return Entry(Provider(name, hosts, routes, wire), title, credentials, streams, notes)


# Vertex AI: a publisher model under a project and location (absent in express mode, where an
# API key names the project)
_VERTEX = (r"/v1(?:beta1)?(?:/projects/(?P<project>[^/]+)/locations/(?P<location>[^/]+))?"
           r"/publishers")


def _openai_at(*bases: str) -> tuple[Route, ...]:
    return tuple(r for base in bases for r in openai_compatible_routes(base))


CATALOGUE: tuple[Entry, ...] = (
    # -- OpenAI-compatible clouds -----------------------------------------------------------
    _entry("deepseek", "DeepSeek", ("api.deepseek.com",),
           (*_openai_at("", "/v1", "/beta"), *anthropic_routes("/anthropic/v1")),
           notes="OpenAI API at the root and `/v1`; Anthropic API under `/anthropic`"),
    _entry("groq", "Groq", ("api.groq.com",), _openai_at("/openai/v1")),
    _entry("openrouter", "OpenRouter", ("openrouter.ai",), _openai_at("/api/v1"),
           notes="routes to many upstream models; the model name says which"),
    _entry("xai", "xAI (Grok)", ("api.x.ai",),
           (*_openai_at("/v1"), *anthropic_routes("/v1")),
           notes="OpenAI API and Anthropic Messages under `/v1`"),
    _entry("together", "Together AI", ("api.together.xyz", "api.together.ai"), _openai_at("/v1")),
    _entry("fireworks", "Fireworks AI", ("api.fireworks.ai",), _openai_at("/inference/v1")),
    _entry("perplexity", "Perplexity", ("api.perplexity.ai",), _openai_at("", "/v1"),
           notes="search results (`citations`, `search_results`) come back in the reply"),
    _entry("cerebras", "Cerebras", ("api.cerebras.ai",), _openai_at("/v1")),
    _entry("moonshot", "Moonshot AI (Kimi)", ("api.moonshot.ai", "api.moonshot.cn"),
           (*_openai_at("/v1"), *anthropic_routes("/anthropic/v1")),
           notes="OpenAI API under `/v1`, Anthropic API under `/anthropic`"),
    _entry("zhipu", "Zhipu AI (GLM, Z.ai)", ("open.bigmodel.cn", "api.z.ai"),
           (*_openai_at("/api/paas/v4", "/api/coding/paas/v4"),
            *anthropic_routes("/api/anthropic/v1")),
           notes="OpenAI API under `/api/paas/v4` (and the coding plan's), Anthropic API "
                 "under `/api/anthropic`"),
    _entry("dashscope", "Alibaba Cloud Model Studio (DashScope, Qwen)",
           ("dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com",
            "dashscope-us.aliyuncs.com"), _openai_at("/compatible-mode/v1"),
           notes="OpenAI-compatible mode; DashScope's native `/api/v1/services/…` API is an "
                 "unknown endpoint (decided by the rules' unknown-endpoint rule)"),
    _entry("azure-foundry", "Azure AI Foundry",
           ("*.services.ai.azure.com", "*.models.ai.azure.com"), (
               route("POST", r"/models/chat/completions", Kind.CHAT, OPENAI_CHAT, CHAT_LOCAL),
               route("POST", r"/models/embeddings", Kind.EMBEDDINGS, OPENAI_CHAT,
                     EMBEDDINGS_LOCAL),
               route("GET", r"/models/info", Kind.METADATA, OPENAI_CHAT),
               route("POST", r"/openai/deployments/(?P<model>[^/]+)/chat/completions",
                     Kind.CHAT, OPENAI_CHAT, CHAT_LOCAL),
               route("POST", r"/openai/deployments/(?P<model>[^/]+)/embeddings",
                     Kind.EMBEDDINGS, OPENAI_CHAT, EMBEDDINGS_LOCAL),
               *_openai_at("/openai/v1", "", "/v1"),
               *anthropic_routes("/anthropic/v1"),
           ), credentials=("api-key", "authorization", "x-api-key"),
           notes="model inference API (`/models/…?api-version=`), Azure OpenAI deployments, "
                 "serverless endpoints, Claude under `/anthropic`; the resource name is content"),
    # -- Google Vertex AI -------------------------------------------------------------------
    _entry("vertex", "Google Vertex AI", ("aiplatform.googleapis.com",
                                          "*-aiplatform.googleapis.com"), (
        *gemini_model_routes(_VERTEX + r"/google/models/(?P<model>[^/:]+)"),
        route("POST", _VERTEX + r"/google/models/(?P<model>[^/:]*embedding[^/:]*)"
              r":(?P<action>predict)", Kind.EMBEDDINGS, VERTEX_PREDICT,
              LocalTarget("/embeddings", capability="embeddings",
                          translator=VertexEmbeddings(VERTEX_PREDICT))),
        route("POST", _VERTEX + r"/anthropic/models/count-tokens:(?P<action>rawPredict)",
              Kind.COUNT_TOKENS, ANTHROPIC_VERTEX, COUNT_TOKENS_LOCAL),
        route("POST", _VERTEX + r"/anthropic/models/(?P<model>[^/:]+)"
              r":(?P<action>rawPredict|streamRawPredict)", Kind.CHAT, ANTHROPIC_VERTEX,
              MESSAGES_LOCAL, stream_actions=["streamRawPredict"]),
        route("GET", _VERTEX + r"/(?:google|anthropic)/models(?:/(?P<model>[^/:]+))?",
              Kind.METADATA, GEMINI),
    ), GEMINI, notes="Gemini (generateContent, streamGenerateContent, countTokens, "
                     "embedContent), text embeddings (`:predict`), Claude (`:rawPredict`, "
                     "`:streamRawPredict`, count-tokens); project and location are content; "
                     "other `:predict` models are unknown endpoints"),
    # -- others -----------------------------------------------------------------------------
    _entry("cohere", "Cohere", ("api.cohere.com", "api.cohere.ai"), (
        route("POST", r"/v2/chat", Kind.CHAT, COHERE,
              LocalTarget("/chat/completions", translator=CohereToChat(COHERE))),
        route("POST", r"/v2/embed", Kind.EMBEDDINGS, COHERE),
        route("POST", r"/v2/rerank", Kind.EMBEDDINGS, COHERE),
        route("GET", r"/v1/models(?:/(?P<model>[^/]+))?", Kind.METADATA, COHERE),
    ), COHERE, notes="Chat v2 with its own stream events; embed and rerank are read "
                     "(route_local refused: no local equivalent)"),
    _entry("copilot", "GitHub Copilot (chat)",
           ("api.githubcopilot.com", "api.individual.githubcopilot.com",
            "api.business.githubcopilot.com", "api.enterprise.githubcopilot.com"),
           _openai_at(""),
           notes="the IDE chat endpoint (OpenAI-shaped); Copilot's other hosts "
                 "(`*.githubcopilot.com`) are recorded as uncovered LLM hosts"),
    # -- AWS Bedrock (providers/bedrock*.py) ---------------------------------------------
    Entry(BEDROCK, "AWS Bedrock", ("authorization", "x-amz-security-token"), True,
          "Converse, ConverseStream, InvokeModel, InvokeModelWithResponseStream (Anthropic, "
          "Llama, Mistral, Titan bodies); replies as AWS event streams; SigV4-signed: redact "
          "needs the proxy's own IAM identity (`aws:`), else route_local or block"),
)

# Known LLM API hosts the catalogue does not read (yet): a tunnel to one is recorded (log line,
# metric, audit record) by default, never passed silently. (pattern, what it is)
UNCOVERED_LLM_HOSTS: tuple[tuple[str, str], ...] = (
    ("bedrock-agent-runtime.*.amazonaws.com", "AWS Bedrock agents"),
    ("*.githubcopilot.com", "GitHub Copilot (completions, other endpoints)"),
    ("copilot-proxy.githubusercontent.com", "GitHub Copilot (legacy)"),
    ("codestral.mistral.ai", "Mistral Codestral"),
    ("api.ai21.com", "AI21"),
    ("api.reka.ai", "Reka"),
    ("api.writer.com", "Writer"),
    ("api.sambanova.ai", "SambaNova"),
    ("api.hyperbolic.xyz", "Hyperbolic"),
    ("api.novita.ai", "Novita"),
    ("api.deepinfra.com", "DeepInfra"),
    ("api.lambda.ai", "Lambda"),
    ("api.replicate.com", "Replicate"),
    ("router.huggingface.co", "Hugging Face inference"),
    ("api-inference.huggingface.co", "Hugging Face inference (legacy)"),
    ("*.endpoints.huggingface.cloud", "Hugging Face inference endpoints"),
    ("integrate.api.nvidia.com", "NVIDIA NIM"),
    ("gateway.ai.cloudflare.com", "Cloudflare AI Gateway"),
    ("api.voyageai.com", "Voyage AI"),
    ("api.jina.ai", "Jina AI"),
    ("api.upstage.ai", "Upstage"),
    ("api.aleph-alpha.com", "Aleph Alpha"),
    ("api.minimax.io", "MiniMax"),
    ("api.minimaxi.com", "MiniMax (China)"),
    ("ark.*.volces.com", "ByteDance Volcano Engine Ark (Doubao)"),
    ("qianfan.baidubce.com", "Baidu Qianfan (ERNIE)"),
    ("api.baichuan-ai.com", "Baichuan"),
    ("api.lingyiwanwu.com", "01.AI (Yi)"),
    ("api.stepfun.com", "StepFun"),
    ("api.siliconflow.cn", "SiliconFlow"),
    ("api.siliconflow.com", "SiliconFlow"),
    ("api.hunyuan.cloud.tencent.com", "Tencent Hunyuan"),
)

_UNCOVERED = tuple((re.compile(host_regex(p)), p) for p, _ in UNCOVERED_LLM_HOSTS)


def uncovered_llm_host(host: str) -> str | None:
    """The :data:`UNCOVERED_LLM_HOSTS` pattern a normalised *host* matches, or None."""
    return next((p for rx, p in _UNCOVERED if rx.fullmatch(host)), None)


# The first five providers' routes live in registry.py (BUILTIN); what the table says of them:
# (title, credential headers, notes)
FIRST_FIVE: dict[str, tuple[str, tuple[str, ...], str]] = {
    "openai": ("OpenAI", BEARER,
               "Chat Completions, Responses, Embeddings; `*.api.openai.com` are the regional "
               "data-residency hosts (eu.api.openai.com, …)"),
    "anthropic": ("Anthropic", ("x-api-key", "authorization"), "Messages, count_tokens"),
    "gemini": ("Google Gemini API", ("x-goog-api-key", "authorization"),
               "generateContent, streamGenerateContent (`alt=sse`), countTokens, embedContent, "
               "batchEmbedContents; the key may be in `?key=`"),
    "azure": ("Azure OpenAI", ("api-key", "authorization"),
              "deployments (model in the path) and the v1 API; the resource name is content"),
    "mistral": ("Mistral", BEARER,
                "FIM and agents are read; route_local refused for them (no local equivalent)"),
}


def entries(providers: Mapping[str, Provider]) -> tuple[Entry, ...]:
    """Every provider of *providers* (the registry's built-ins) as a catalogue entry."""
    own = {e.name: e for e in CATALOGUE}
    out = []
    for name, provider in providers.items():
        if name in own:
            out.append(own[name])
        elif name in FIRST_FIVE:
            title, credentials, notes = FIRST_FIVE[name]
            out.append(Entry(provider, title, credentials, True, notes))
        else:
            raise KeyError(f"provider '{name}' has no catalogue entry")
    return tuple(out)


def markdown_table(entries: tuple[Entry, ...]) -> str:
    """The README's provider table, made from the catalogue."""
    rows = ["| provider | config name | hosts | formats | streaming | route_local answers via "
            "| credentials | notes |",
            "|---|---|---|---|---|---|---|---|"]
    for e in entries:
        hosts = ", ".join(f"`{h}`" for h in e.provider.hosts)
        local = ", ".join(f"`{x}`" for x in e.route_local()) or "refused"
        creds = ", ".join(f"`{c}`" for c in e.credentials)
        rows.append(f"| {e.title} | `{e.name}` | {hosts} | {', '.join(e.formats())} | "
                    f"{'yes' if e.streams else 'no'} | {local} | {creds} | {e.notes} |")
    return "\n".join(rows) + "\n"
