"""The shipped provider catalogue as data (providers/catalogue.py): every entry classifies its
hosts and paths, in any spelling; its credentials are never scanned; the README's table is
made from it; unknown LLM hosts are recorded (discovery.py) and LLM-shaped bodies to hosts
outside it are found (providers/discover.py). Pure, no proxy."""

from __future__ import annotations

import concurrent.futures
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.demo.standins import cohere_stream
from sovereign.discovery import TunnelWatch
from sovereign.exchange import EndpointKind
from sovereign.metrics import PrometheusMetrics
from sovereign.providers.catalogue import UNCOVERED_LLM_HOSTS, markdown_table, uncovered_llm_host
from sovereign.providers.cohere import CohereStream
from sovereign.providers.discover import UNKNOWN, discover, shape_of
from sovereign.providers.envelope import CREDENTIAL_HEADERS
from sovereign.providers.hosts import normalise_host
from sovereign.providers.registry import BUILTIN, DEFAULT, ENTRIES
from sovereign.providers.sse import SSEDecoder
from sovereign.redact.stream import StreamRestorer
from sovereign.redact.vault import Vault

README = Path(__file__).resolve().parent.parent / "README.md"
V = "/v1/projects/my-proj/locations/us-central1/publishers"

# (host, method, path) → (provider, endpoint, wire format): one or more per entry
CASES = [
    ("eu.api.openai.com", "POST", "/v1/chat/completions", "openai", "chat", "openai_chat"),
    ("api.deepseek.com", "POST", "/chat/completions", "deepseek", "chat", "openai_chat"),
    ("api.deepseek.com", "POST", "/anthropic/v1/messages", "deepseek", "chat", "anthropic"),
    ("api.groq.com", "POST", "/openai/v1/chat/completions", "groq", "chat", "openai_chat"),
    ("openrouter.ai", "POST", "/api/v1/chat/completions", "openrouter", "chat", "openai_chat"),
    ("api.x.ai", "POST", "/v1/chat/completions", "xai", "chat", "openai_chat"),
    ("api.x.ai", "POST", "/v1/messages", "xai", "chat", "anthropic"),
    ("api.together.xyz", "POST", "/v1/chat/completions", "together", "chat", "openai_chat"),
    ("api.fireworks.ai", "POST", "/inference/v1/chat/completions", "fireworks", "chat",
     "openai_chat"),
    ("api.perplexity.ai", "POST", "/chat/completions", "perplexity", "chat", "openai_chat"),
    ("api.cerebras.ai", "POST", "/v1/chat/completions", "cerebras", "chat", "openai_chat"),
    ("api.moonshot.cn", "POST", "/v1/chat/completions", "moonshot", "chat", "openai_chat"),
    ("open.bigmodel.cn", "POST", "/api/paas/v4/chat/completions", "zhipu", "chat",
     "openai_chat"),
    ("api.z.ai", "POST", "/api/anthropic/v1/messages", "zhipu", "chat", "anthropic"),
    ("dashscope-intl.aliyuncs.com", "POST", "/compatible-mode/v1/chat/completions",
     "dashscope", "chat", "openai_chat"),
    ("dashscope.aliyuncs.com", "POST", "/api/v1/services/aigc/text-generation/generation",
     "dashscope", "unknown", "openai_chat"),
    ("myproj.services.ai.azure.com", "POST", "/models/chat/completions?api-version=2024-05-01-"
     "preview", "azure-foundry", "chat", "openai_chat"),
    ("myproj.services.ai.azure.com", "POST", "/anthropic/v1/messages", "azure-foundry", "chat",
     "anthropic"),
    ("ep-1.eastus2.models.ai.azure.com", "POST", "/v1/chat/completions", "azure-foundry",
     "chat", "openai_chat"),
    ("us-central1-aiplatform.googleapis.com", "POST",
     f"{V}/google/models/gemini-2.5-flash:generateContent", "vertex", "chat", "gemini"),
    ("aiplatform.googleapis.com", "POST",
     "/v1beta1/projects/p/locations/global/publishers/google/models/gemini-2.5-flash"
     ":streamGenerateContent?alt=sse", "vertex", "chat", "gemini"),
    ("us-central1-aiplatform.googleapis.com", "POST",
     f"{V}/google/models/gemini-2.5-flash:countTokens", "vertex", "count_tokens", "gemini"),
    ("us-central1-aiplatform.googleapis.com", "POST",
     f"{V}/google/models/text-embedding-005:predict", "vertex", "embeddings", "vertex_predict"),
    ("us-central1-aiplatform.googleapis.com", "POST",
     f"{V}/google/models/imagen-4.0-generate-001:predict", "vertex", "unknown", "gemini"),
    ("us-east5-aiplatform.googleapis.com", "POST",
     f"{V}/anthropic/models/claude-sonnet-4-5@20250929:streamRawPredict", "vertex", "chat",
     "anthropic_vertex"),
    ("us-east5-aiplatform.googleapis.com", "POST", f"{V}/anthropic/models/count-tokens"
     ":rawPredict", "vertex", "count_tokens", "anthropic_vertex"),
    ("api.cohere.com", "POST", "/v2/chat", "cohere", "chat", "cohere"),
    ("api.cohere.ai", "POST", "/v2/embed", "cohere", "embeddings", "cohere"),
    ("api.githubcopilot.com", "POST", "/chat/completions", "copilot", "chat", "openai_chat"),
    ("api.business.githubcopilot.com", "GET", "/models", "copilot", "metadata", "openai_chat"),
]


@pytest.mark.parametrize(("host", "method", "path", "provider", "endpoint", "wire"), CASES)
def test_each_entry_classifies_its_paths(host: str, method: str, path: str, provider: str,
                                         endpoint: str, wire: str) -> None:
    found = DEFAULT.classify(host, method, path)
    assert found is not None
    assert (found.provider.name, found.endpoint.value, found.wire.name) == \
        (provider, endpoint, wire)


def test_every_entry_is_exercised_here_and_has_its_credentials_hidden() -> None:
    # the first five have tests of their own, Bedrock too (its SigV4 and event streams)
    assert {c[3] for c in CASES} | {"anthropic", "gemini", "azure", "mistral", "bedrock"} \
        >= set(BUILTIN)
    for entry in ENTRIES:
        assert set(entry.credentials) <= set(CREDENTIAL_HEADERS), entry.name
        assert entry.provider.routes and entry.provider.hosts


def test_the_readme_lists_every_entry() -> None:
    table = markdown_table(ENTRIES)
    assert table in README.read_text(encoding="utf-8"), \
        "README's provider table is stale: paste markdown_table(ENTRIES) into it"
    for entry in ENTRIES:
        assert f"`{entry.name}`" in table


def test_vertex_paths_carry_project_location_and_region_as_content() -> None:
    host = "europe-west4-aiplatform.googleapis.com"
    found = DEFAULT.classify(host, "POST", f"{V}/google/models/gemini-2.5-pro:generateContent")
    assert found is not None and found.route is not None
    assert dict(found.path.values) == {"project": "my-proj", "location": "us-central1",
                                       "model": "gemini-2.5-pro"}
    assert found.path.route == ("/v1/projects/{project}/locations/{location}/publishers/google/"
                                "models/{model}:generateContent")
    assert found.provider.host_value(host) == "europe-west4"
    claude = DEFAULT.classify(host, "POST", f"{V}/anthropic/models/claude-x:streamRawPredict")
    assert claude is not None and claude.path.stream and claude.path.model == "claude-x"


# -- host spelling ---------------------------------------------------------------------------


def _instances(pattern: str) -> st.SearchStrategy[str]:
    label = st.from_regex(r"[a-z][a-z0-9-]{0,8}[a-z0-9]", fullmatch=True)
    return st.lists(label, min_size=2, max_size=2).map(
        lambda labels: pattern.replace("*.", labels[0] + ".", 1).replace("*", labels[1]))


HOSTS = st.sampled_from([(e.name, h) for e in ENTRIES for h in e.provider.hosts]).flatmap(
    lambda item: st.tuples(st.just(item[0]), _instances(item[1])))


@given(case=HOSTS, upper=st.lists(st.booleans(), min_size=64, max_size=64),
       dot=st.booleans(), port=st.sampled_from(["", ":443", ":8443"]))
@settings(max_examples=300, deadline=None)
def test_any_spelling_of_a_catalogue_host_finds_its_entry(case: tuple[str, str],
                                                          upper: list[bool], dot: bool,
                                                          port: str) -> None:
    """Upper case anywhere, a trailing dot, an explicit port: the same entry; and the regexes
    mitmproxy is given (host_patterns) agree with the registry."""
    name, host = case
    spelled = "".join(c.upper() if u else c for c, u in zip(host, upper + [False] * len(host),
                                                             strict=False))
    spelled += ("." if dot else "") + port
    provider = DEFAULT.provider_for_host(spelled)
    assert provider is not None and provider.name == name
    canonical = normalise_host(spelled, with_port=True)
    assert canonical == host
    assert any(re.fullmatch(p, host + port) for p in DEFAULT.host_patterns())


@pytest.mark.parametrize("literal", ["[::1]:443", "[2001:db8::7]", "2001:db8::7", "::1",
                                     "[::ffff:192.0.2.1]:443", "192.0.2.1:443"])
def test_an_ip_literal_names_no_host(literal: str) -> None:
    """An address names no provider: the TLS SNI or Host header decides (proxy/intercept.py;
    tests/e2e/test_catalogue.py sends an IPv6 CONNECT with an LLM API's SNI)."""
    assert normalise_host(literal, with_port=True) is None
    assert DEFAULT.provider_for_host(literal) is None


@pytest.mark.parametrize(("host", "sni", "tunnelled"), [
    ("2001:db8::7", "API.DeepSeek.com.", False),
    ("::1", "us-central1-aiplatform.googleapis.com", False),
    ("::1", "example.org", True),
    ("2001:db8::7", "api.ai21.com", True),
])
def test_ipv6_destinations_are_decided_by_their_sni(host: str, sni: str,
                                                    tunnelled: bool) -> None:
    from tests.e2e.test_wire_bypass import client_hello, tunnels

    assert tunnels(host, client_hello(sni)) is tunnelled


# -- no silent pass-through ------------------------------------------------------------------


class _Audit:
    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def submit(self, record: dict[str, Any]) -> concurrent.futures.Future[int]:
        self.records.append(record)
        done: concurrent.futures.Future[int] = concurrent.futures.Future()
        done.set_result(len(self.records))
        return done


def test_a_tunnel_to_a_known_llm_host_is_logged_counted_and_recorded(
        capsys: pytest.CaptureFixture[str]) -> None:
    audit, metrics = _Audit(), PrometheusMetrics()
    watch = TunnelWatch(audit, metrics)  # type: ignore[arg-type]
    assert watch.tunnelled(["example.org"]) is None
    assert watch.tunnelled(["api.ai21.com"]) == "api.ai21.com"
    assert watch.tunnelled(["ark.cn-beijing.volces.com"]) == "ark.*.volces.com"
    assert audit.records == [
        {"type": "llm_tunnel", "v": audit.records[0]["v"], "host": "api.ai21.com",
         "known_as": "api.ai21.com"},
        {"type": "llm_tunnel", "v": audit.records[0]["v"], "host": "ark.cn-beijing.volces.com",
         "known_as": "ark.*.volces.com"}]
    assert metrics.registry.get_sample_value("sovereign_llm_tunnels_total",
                                             {"known_as": "ark.*.volces.com"}) == 1


def test_uncovered_hosts_are_matched_by_pattern_only() -> None:
    assert uncovered_llm_host("bedrock-agent-runtime.eu-west-1.amazonaws.com") == \
        "bedrock-agent-runtime.*.amazonaws.com"
    assert uncovered_llm_host("proxy.individual.githubcopilot.com") == "*.githubcopilot.com"
    assert uncovered_llm_host("s3.eu-west-1.amazonaws.com") is None
    assert uncovered_llm_host("example.org") is None
    assert len({p for p, _ in UNCOVERED_LLM_HOSTS}) == len(UNCOVERED_LLM_HOSTS)


def _body(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode()


@pytest.mark.parametrize(("path", "doc", "shape"), [
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
     "openai"),
    ("/api/generate", {"model": "m", "messages": [{"role": "user", "content": "hi"}]}, "openai"),
    ("/x", {"model": "m", "max_tokens": 9, "system": "be terse",
            "messages": [{"role": "user", "content": "hi"}]}, "anthropic"),
    ("/v1/messages", {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
     "anthropic"),
    ("/v1beta/models/g:generateContent", {"contents": [{"parts": [{"text": "hi"}]}]}, "gemini"),
    ("/v1/responses", {"model": "m", "input": "hi"}, "responses"),
    ("/v1/users", {"name": "x", "messages": "hello"}, None),
    ("/v1/responses", {"input": "hi"}, None),
    ("/graphql", {"query": "{ me }"}, None),
])
def test_llm_shaped_bodies_are_told_apart(path: str, doc: dict[str, Any],
                                          shape: str | None) -> None:
    assert shape_of(path, doc) == shape
    found = discover("POST", path, _body(doc))
    assert (found is None) is (shape is None)
    if found is not None:
        assert found.provider.name == UNKNOWN and found.endpoint is EndpointKind.CHAT
        assert ("path", path.split("?")[0]) in found.path.values or found.wire.name == "gemini"


def test_only_posted_json_objects_are_discovered() -> None:
    chat = _body({"model": "m", "messages": [{"role": "user", "content": "hi"}]})
    assert discover("GET", "/v1/chat/completions", chat) is None
    assert discover("POST", "/v1/chat/completions", b"not json") is None
    assert discover("POST", "/v1/chat/completions", b"") is None


# -- Cohere's stream ---------------------------------------------------------------------------


@given(cuts=st.lists(st.integers(1, 2000), max_size=12), size=st.integers(1, 7))
@settings(max_examples=60, deadline=None)
def test_cohere_stream_placeholders_are_restored_wherever_the_stream_is_cut(
        cuts: list[int], size: int) -> None:
    vault = Vault()
    token = vault.placeholder_for("EMAIL_ADDRESS", "ada@example.org")
    raw = b"".join(cohere_stream(f"write to {token} now", size))
    restorer = StreamRestorer(CohereStream(), vault)
    points = sorted({0, len(raw), *(c for c in cuts if c < len(raw))})
    out = b"".join(restorer.feed(raw[a:b]) for a, b in itertools.pairwise(points))
    out += restorer.feed(b"")
    events = SSEDecoder().feed(out)
    text = "".join(json.loads(e.data)["delta"]["message"]["content"]["text"]
                   for e in events if e.event == "content-delta")
    assert text == "write to ada@example.org now"
    assert token not in out.decode() and events[-1].event == "message-end"


def test_unknown_llm_hosts_is_a_strict_config_key(tmp_path: Path) -> None:
    from sovereign import yamlsrc
    from sovereign.app import settings_for
    from sovereign.config import load_config

    good = tmp_path / "good.yaml"
    good.write_text("unknown_llm_hosts: inspect\n")
    assert settings_for(load_config(good)).inspect_unknown
    assert not settings_for(load_config(None)).inspect_unknown  # record by default
    bad = tmp_path / "bad.yaml"
    bad.write_text("listen: 127.0.0.1:8080\nunknown_llm_hosts: allow\n")
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_config(bad)
    assert "bad.yaml:2" in str(info.value) and "unknown_llm_hosts" in str(info.value)


PLANTED = "ada.lovelace@example.org"


@pytest.mark.parametrize(("host", "path", "doc"), [
    ("api.cohere.com", "/v2/chat", {
        "model": "command-a-03-2025", "stream": True, "safety_mode": "CONTEXTUAL",
        "documents": [PLANTED, {"id": "doc-1", "data": {"title": "t", "snippet": PLANTED}}],
        "messages": [
            {"role": "system", "content": PLANTED},
            {"role": "user", "content": [{"type": "text", "text": PLANTED}]},
            {"role": "assistant", "tool_plan": PLANTED, "tool_calls": [
                {"id": "call-1", "type": "function",
                 "function": {"name": "lookup", "arguments": json.dumps({"q": PLANTED})}}]},
            {"role": "tool", "tool_call_id": "call-1", "content": [
                {"type": "document", "document": {"data": {"row": PLANTED}}}]}],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": PLANTED,
                                                    "parameters": {"type": "object"}}}]}),
    ("us-east5-aiplatform.googleapis.com",
     f"{V}/anthropic/models/claude-x:rawPredict", {
         "anthropic_version": "vertex-2023-10-16", "max_tokens": 64, "system": PLANTED,
         "messages": [{"role": "user", "content": [{"type": "text", "text": PLANTED}]},
                      {"role": "assistant", "content": [
                          {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": PLANTED}}]},
                      {"role": "user", "content": [
                          {"type": "tool_result", "tool_use_id": "t1", "content": PLANTED}]}]}),
    ("us-central1-aiplatform.googleapis.com", f"{V}/google/models/text-embedding-005:predict",
     {"instances": [{"content": PLANTED, "task_type": "RETRIEVAL_DOCUMENT", "title": PLANTED}],
      "parameters": {"outputDimensionality": 256}}),
])
def test_every_text_field_of_the_new_formats_is_read(host: str, path: str,
                                                     doc: dict[str, Any]) -> None:
    found = DEFAULT.classify(host, "POST", path)
    assert found is not None and found.route is not None
    parsed = found.wire.parse_request(found.provider.name, found.endpoint,
                                      json.dumps(doc).encode(), found.path)
    texts = [s.text for s in parsed.exchange.segments]
    expected = json.dumps(doc).count(PLANTED)
    assert sum(t.count(PLANTED) for t in texts) == expected
    assert not parsed.exchange.attachments


def test_inspect_decides_llm_calls_off_catalogue_and_refuses_them_while_draining() -> None:
    """Pipeline level: with inspect an LLM-shaped body to any host gets a decision (recorded
    under 'unknown'); while the proxy drains such a call is refused like a catalogued one,
    never passed on unread; in record mode, and for other bodies, nothing changes."""
    from sovereign.audit.writer import MemoryAuditLog
    from sovereign.pipeline import PassThrough, Pipeline, Request, Respond, Settings
    from sovereign.policy.loader import load_rules
    from sovereign.route.models import ModelRegistry
    from tests.fakes import RegexDetector

    def make(inspect: bool) -> tuple[Pipeline, MemoryAuditLog]:
        audit = MemoryAuditLog()
        return Pipeline(detector=RegexDetector(), rules=load_rules([README.parent / "rules"]),
                        models=ModelRegistry([]), audit=audit,
                        settings=Settings(inspect_unknown=inspect)), audit

    chat = _body({"model": "m", "messages": [{"role": "user", "content": "hello there"}]})
    req = Request("POST", "llm.internal.test", "/api/chat", {}, chat)
    other = Request("POST", "llm.internal.test", "/api/users", {}, _body({"name": "x"}))
    pipeline, audit = make(inspect=False)
    assert isinstance(pipeline.handle(req), PassThrough) and audit.records == []
    assert isinstance(pipeline.shutting_down(req), PassThrough)
    pipeline, audit = make(inspect=True)
    assert isinstance(pipeline.handle(other), PassThrough) and audit.records == []
    plan = pipeline.handle(req)
    assert not isinstance(plan, PassThrough | Respond)
    (record,) = audit.records
    assert (record["provider"], record["host"], record["action"]) == \
        (UNKNOWN, "llm.internal.test", "allow")
    refused = pipeline.shutting_down(req)
    assert isinstance(refused, Respond) and refused.status == 503
    assert json.loads(refused.body)["error"]["code"] == "shutting_down"
