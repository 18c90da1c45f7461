"""Every catalogue entry end to end through the real proxy, on the shared proxy whose
catalogue providers all answer from the closed stand-in (tests/conftest.py): the four actions
(allow, redact, route_local, block), streamed where the API streams, driven by the official
SDKs (openai with each cloud's base URL, anthropic for the Anthropic-compatible routes and
AnthropicVertex, google-genai with vertexai=True, cohere's v2 client). Then the hosts outside
the catalogue: a tunnel to a known LLM host is recorded; with unknown_llm_hosts: inspect an
LLM-shaped request to any host is decided (a proxy of its own)."""

from __future__ import annotations

import json
import re
import socket
import ssl
import time
from collections.abc import Iterator
from typing import Any

import anthropic
import cohere
import httpx
import openai
import pytest
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from google.oauth2.credentials import Credentials

from sovereign.audit.report import render
from sovereign.demo.standins import StandIn
from tests.conftest import ProxyRun, free_port, start_proxy, write_config
from tests.e2e.test_wire_bypass import raw_post

KEY = "sk-catalogue-client-key-0123456789"
TOKEN = "ya29.catalogue-vertex-token-0123456789"
DECISION = re.compile(r"dec_[0-9a-f]{32}")
ALLOW = "What is the capital of France?"
REDACT = "Write to John Smith at john.smith@example.com about John Smith's order"
LOCAL = "My SSN is 078-05-1120, please fill in the benefits form"
BLOCK = "deploy with AKIAIOSFODNN7EXAMPLE please"


def redacted(sent: str) -> None:
    assert "John Smith" not in sent and "john.smith@example.com" not in sent
    assert "[PERSON_1]" in sent and "[EMAIL_ADDRESS_1]" in sent


def last_decision(run: ProxyRun, provider: str) -> dict[str, Any]:
    return [r for r in run.audit_records()
            if r.get("type") == "decision" and r.get("provider") == provider][-1]


def headers_of(received: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in received.headers.items()}


# -- OpenAI-compatible clouds (openai SDK, base_url of each) -------------------------------------

# (entry, base URL, extra client arguments, the path the stand-in must see)
OPENAI_COMPATIBLE: list[tuple[str, str, dict[str, Any], str]] = [
    ("openai", "https://eu.api.openai.com/v1", {}, "/v1/chat/completions"),
    ("deepseek", "https://api.deepseek.com", {}, "/chat/completions"),
    ("groq", "https://api.groq.com/openai/v1", {}, "/openai/v1/chat/completions"),
    ("openrouter", "https://openrouter.ai/api/v1", {}, "/api/v1/chat/completions"),
    ("xai", "https://api.x.ai/v1", {}, "/v1/chat/completions"),
    ("together", "https://api.together.xyz/v1", {}, "/v1/chat/completions"),
    ("fireworks", "https://api.fireworks.ai/inference/v1", {},
     "/inference/v1/chat/completions"),
    ("perplexity", "https://api.perplexity.ai", {}, "/chat/completions"),
    ("cerebras", "https://api.cerebras.ai/v1", {}, "/v1/chat/completions"),
    ("moonshot", "https://api.moonshot.ai/v1", {}, "/v1/chat/completions"),
    ("zhipu", "https://open.bigmodel.cn/api/paas/v4", {}, "/api/paas/v4/chat/completions"),
    ("dashscope", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", {},
     "/compatible-mode/v1/chat/completions"),
    ("azure-foundry", "https://myproj.services.ai.azure.com/models",
     {"default_query": {"api-version": "2024-05-01-preview"},
      "default_headers": {"api-key": KEY}}, "/models/chat/completions"),
    ("azure-foundry", "https://my-endpoint.eastus2.models.ai.azure.com/v1", {},
     "/v1/chat/completions"),
    ("copilot", "https://api.githubcopilot.com",
     {"default_headers": {"Copilot-Integration-Id": "vscode-chat",
                          "Editor-Version": "vscode/1.99.0",
                          "Editor-Plugin-Version": "copilot-chat/0.26.0",
                          "Openai-Intent": "conversation-panel"}}, "/chat/completions"),
]


def openai_chat(client: openai.OpenAI, prompt: str, stream: bool) -> tuple[str, str]:
    """(reply text, decision id) of one chat completion."""
    raw = client.chat.completions.with_raw_response.create(
        model="cloud-model-1", stream=stream,
        messages=[{"role": "system", "content": "You are terse."},
                  {"role": "user", "content": prompt}])
    decision = raw.headers["x-sovereign-decision"]
    result: Any = raw.parse()
    if stream:
        return "".join(c.choices[0].delta.content or "" for c in result if c.choices), decision
    return result.choices[0].message.content or "", decision


@pytest.mark.parametrize(("entry", "base_url", "extra", "path"), OPENAI_COMPATIBLE,
                         ids=[f"{c[0]}:{c[1].split('/')[2]}" for c in OPENAI_COMPATIBLE])
def test_openai_compatible_entry(fresh: ProxyRun, entry: str, base_url: str,
                                 extra: dict[str, Any], path: str) -> None:
    client = openai.OpenAI(api_key=KEY, base_url=base_url, max_retries=0, timeout=30, **extra)
    host = base_url.split("/")[2]
    # allow: forwarded unchanged to the provider's own host (Host kept)
    text, decision = openai_chat(client, ALLOW, stream=False)
    assert text == f"[closed] echo: {ALLOW}"
    (got,) = fresh.closed.received
    assert got.path.split("?")[0] == path and headers_of(got)["host"] == host
    record = fresh.record(decision)
    assert (record["provider"], record["action"]) == (entry, "allow")
    # redact, streamed: placeholders out, values restored in the stream
    fresh.closed.clear()
    text, decision = openai_chat(client, REDACT, stream=True)
    assert text == f"[closed] echo: {REDACT}"
    (got,) = fresh.closed.received
    redacted(got.text)
    assert fresh.record(decision)["action"] == "redact"
    # route_local, streamed: the local model answers; no credential goes there
    fresh.closed.clear()
    text, decision = openai_chat(client, LOCAL, stream=True)
    assert text == f"[local] echo: {LOCAL}"
    assert fresh.closed.received == []
    (got,) = fresh.local.received
    assert got.path == "/v1/chat/completions" and got.json["model"] == "llama-local"
    assert KEY not in json.dumps(got.headers) and KEY not in got.text
    # block: answered by the proxy in OpenAI's format
    fresh.local.clear()
    with pytest.raises(openai.PermissionDeniedError) as info:
        openai_chat(client, BLOCK, stream=False)
    match = DECISION.search(str(info.value))
    assert match and fresh.record(match.group(0))["action"] == "block"
    assert fresh.closed.received == [] and fresh.local.received == []


# -- Anthropic Messages on other clouds (anthropic SDK, base_url of each) ------------------------

ANTHROPIC_COMPATIBLE = [
    ("deepseek", "https://api.deepseek.com/anthropic", "/anthropic/v1/messages"),
    ("xai", "https://api.x.ai", "/v1/messages"),
    ("moonshot", "https://api.moonshot.ai/anthropic", "/anthropic/v1/messages"),
    ("zhipu", "https://api.z.ai/api/anthropic", "/api/anthropic/v1/messages"),
    ("azure-foundry", "https://myproj.services.ai.azure.com/anthropic",
     "/anthropic/v1/messages"),
]


@pytest.mark.parametrize(("entry", "base_url", "path"), ANTHROPIC_COMPATIBLE,
                         ids=[c[0] for c in ANTHROPIC_COMPATIBLE])
def test_anthropic_compatible_route(fresh: ProxyRun, entry: str, base_url: str,
                                    path: str) -> None:
    client = anthropic.Anthropic(api_key=KEY, base_url=base_url, max_retries=0, timeout=30)
    with client.messages.stream(model="cloud-model-1", max_tokens=256,
                                messages=[{"role": "user", "content": REDACT}]) as s:
        assert "".join(s.text_stream) == f"[closed] echo: {REDACT}"
    (got,) = fresh.closed.received
    assert got.path == path
    redacted(got.text)
    assert last_decision(fresh, entry)["action"] == "redact"
    fresh.closed.clear()
    with pytest.raises(anthropic.PermissionDeniedError):
        client.messages.create(model="cloud-model-1", max_tokens=256,
                               messages=[{"role": "user", "content": BLOCK}])
    assert fresh.closed.received == []


# -- Vertex AI: Gemini (google-genai, vertexai=True) ----------------------------------------------

def vertex_client(location: str = "us-central1") -> genai.Client:
    return genai.Client(vertexai=True, project="my-proj", location=location,
                        credentials=Credentials(token=TOKEN),  # type: ignore[no-untyped-call]
                        http_options=types.HttpOptions(
                            retry_options=types.HttpRetryOptions(attempts=1)))


def vertex_ask(client: genai.Client, prompt: str, stream: bool) -> str:
    config = types.GenerateContentConfig(system_instruction="You are terse.")
    if not stream:
        return client.models.generate_content(model="gemini-2.5-flash", contents=prompt,
                                              config=config).text or ""
    return "".join(c.text or "" for c in client.models.generate_content_stream(
        model="gemini-2.5-flash", contents=prompt, config=config))


def test_vertex_gemini(fresh: ProxyRun) -> None:
    client = vertex_client()
    assert vertex_ask(client, ALLOW, stream=False) == f"[closed] echo: {ALLOW}"
    (got,) = fresh.closed.received
    assert got.path == ("/v1beta1/projects/my-proj/locations/us-central1/publishers/google/"
                        "models/gemini-2.5-flash:generateContent")
    assert headers_of(got)["host"] == "us-central1-aiplatform.googleapis.com"
    record = last_decision(fresh, "vertex")
    assert record["action"] == "allow" and "{project}" in record["path"]
    fresh.closed.clear()
    assert vertex_ask(client, REDACT, stream=True) == f"[closed] echo: {REDACT}"
    (got,) = fresh.closed.received
    assert ":streamGenerateContent" in got.path
    redacted(got.text)
    fresh.closed.clear()
    assert vertex_ask(client, LOCAL, stream=True) == f"[local] echo: {LOCAL}"
    assert fresh.closed.received == []
    (got,) = fresh.local.received
    assert got.path == "/v1/chat/completions" and got.json["model"] == "llama-local"
    assert got.json["messages"][0] == {"role": "system", "content": "You are terse."}
    assert TOKEN not in json.dumps(got.headers)
    fresh.local.clear()
    with pytest.raises(genai_errors.ClientError) as info:
        vertex_ask(client, BLOCK, stream=False)
    assert info.value.code == 403 and DECISION.search(str(info.value))
    assert fresh.closed.received == [] and fresh.local.received == []


def test_vertex_global_count_tokens_and_embeddings(fresh: ProxyRun) -> None:
    client = vertex_client("global")
    assert vertex_ask(client, ALLOW, stream=False) == f"[closed] echo: {ALLOW}"
    assert headers_of(fresh.closed.received[0])["host"] == "aiplatform.googleapis.com"
    fresh.closed.clear()
    client = vertex_client()  # kept: a client closes its connections once collected
    counted = client.models.count_tokens(model="gemini-2.5-flash", contents=ALLOW)
    assert counted.total_tokens and fresh.closed.received[0].path.endswith(":countTokens")
    fresh.closed.clear()
    embedded = client.models.embed_content(model="text-embedding-005",
                                                    contents=[ALLOW])
    assert embedded.embeddings and embedded.embeddings[0].values == [0.5, 0.25, 0.125]
    (got,) = fresh.closed.received
    assert got.path.endswith("text-embedding-005:predict")
    assert last_decision(fresh, "vertex")["endpoint"] == "embeddings"
    fresh.closed.clear()
    local = client.models.embed_content(model="text-embedding-005", contents=[LOCAL])
    assert local.embeddings and local.embeddings[0].values == [0.5, 0.25, 0.125]
    assert fresh.closed.received == []
    (got,) = fresh.local.received
    assert got.path == "/v1/embeddings" and got.json == {"model": "embed-local",
                                                        "input": [LOCAL]}


# -- Vertex AI: Claude (AnthropicVertex) ----------------------------------------------------------

def test_vertex_anthropic(fresh: ProxyRun) -> None:
    client = anthropic.AnthropicVertex(region="us-east5", project_id="my-proj",
                                       access_token=TOKEN, max_retries=0, timeout=30)
    model = "claude-sonnet-4-5@20250929"
    reply = client.messages.create(model=model, max_tokens=256,
                                   messages=[{"role": "user", "content": ALLOW}])
    assert reply.content[0].text == f"[closed] echo: {ALLOW}"  # type: ignore[union-attr]
    (got,) = fresh.closed.received
    assert got.path == (f"/v1/projects/my-proj/locations/us-east5/publishers/anthropic/models/"
                        f"{model}:rawPredict")
    assert got.json["anthropic_version"] and "model" not in got.json  # Vertex's own body
    assert last_decision(fresh, "vertex")["model"] == model
    fresh.closed.clear()
    with client.messages.stream(model=model, max_tokens=256, system="You are terse.",
                                messages=[{"role": "user", "content": REDACT}]) as s:
        assert "".join(s.text_stream) == f"[closed] echo: {REDACT}"
    (got,) = fresh.closed.received
    assert got.path.endswith(":streamRawPredict")
    redacted(got.text)
    fresh.closed.clear()
    with client.messages.stream(model=model, max_tokens=256,
                                messages=[{"role": "user", "content": LOCAL}]) as s:
        assert "".join(s.text_stream) == f"[local] echo: {LOCAL}"
    assert fresh.closed.received == []
    (got,) = fresh.local.received
    assert got.path == "/v1/messages" and got.json["model"] == "llama-local"
    assert "anthropic_version" not in got.json and TOKEN not in json.dumps(got.headers)
    fresh.local.clear()
    with pytest.raises(anthropic.PermissionDeniedError) as info:
        client.messages.create(model=model, max_tokens=256,
                               messages=[{"role": "user", "content": BLOCK}])
    assert DECISION.search(str(info.value))
    assert fresh.closed.received == [] and fresh.local.received == []


# -- Cohere v2 chat (cohere SDK) ------------------------------------------------------------------

def cohere_ask(prompt: str, stream: bool) -> str:
    client = cohere.ClientV2(api_key=KEY, timeout=30)
    messages: Any = [{"role": "system", "content": "You are terse."},
                     {"role": "user", "content": prompt}]
    if not stream:
        reply = client.chat(model="command-a-03-2025", messages=messages)
        content = reply.message.content or []
        return "".join(getattr(c, "text", "") for c in content)
    out = []
    for event in client.chat_stream(model="command-a-03-2025", messages=messages):
        if event.type == "content-delta":
            out.append(str(event.delta.message.content.text))  # type: ignore[union-attr]
    return "".join(out)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_cohere_v2_chat(fresh: ProxyRun, stream: bool) -> None:
    assert cohere_ask(ALLOW, stream) == f"[closed] echo: {ALLOW}"
    (got,) = fresh.closed.received
    assert got.path == "/v2/chat" and headers_of(got)["host"] == "api.cohere.com"
    assert last_decision(fresh, "cohere")["action"] == "allow"
    fresh.closed.clear()
    assert cohere_ask(REDACT, stream) == f"[closed] echo: {REDACT}"
    (got,) = fresh.closed.received
    redacted(got.text)
    fresh.closed.clear()
    assert cohere_ask(LOCAL, stream) == f"[local] echo: {LOCAL}"
    assert fresh.closed.received == []
    (got,) = fresh.local.received
    assert got.path == "/v1/chat/completions" and got.json["model"] == "llama-local"
    assert got.json["messages"][0] == {"role": "system", "content": "You are terse."}
    assert got.json.get("stream", False) is stream
    fresh.local.clear()
    with pytest.raises(cohere.errors.ForbiddenError) as info:
        cohere_ask(BLOCK, stream)
    assert DECISION.search(json.dumps(info.value.body))
    assert fresh.closed.received == [] and fresh.local.received == []


# -- host spellings on the wire -------------------------------------------------------------------

def test_ipv6_connect_with_an_llm_sni_in_any_case_is_decided(fresh: ProxyRun) -> None:
    """CONNECT to an IPv6 literal, the SNI of a catalogue host in upper case with a trailing
    dot, the Host header with an explicit :443: read and redacted as DeepSeek's."""
    body = json.dumps({"model": "deepseek-chat",
                       "messages": [{"role": "user", "content": REDACT}]}).encode()
    reply = raw_post(fresh, "[::1]:443", "API.DeepSeek.com.", b"Api.DEEPSEEK.com.:443", body)
    assert reply.status_code == 200, reply.text
    assert reply.json()["choices"][0]["message"]["content"] == f"[closed] echo: {REDACT}"
    (got,) = fresh.closed.received
    redacted(got.text)
    record = fresh.record(reply.headers["x-sovereign-decision"])
    assert (record["provider"], record["host"]) == ("deepseek", "api.deepseek.com")


# -- hosts outside the catalogue ------------------------------------------------------------------

def tls_attempt(run: ProxyRun, port: int, sni: str) -> None:
    """CONNECT to a loopback port, then TLS naming *sni*: tunnelled or not, nothing real
    answers TLS there, so only the proxy's decision is of interest."""
    raw = socket.create_connection(("127.0.0.1", run.port), timeout=30)
    raw.sendall(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    assert raw.recv(4096).startswith(b"HTTP/1.1 200")
    ctx = ssl.create_default_context(cafile=str(run.ca))
    ctx.check_hostname = False
    with pytest.raises((ssl.SSLError, OSError)):
        ctx.wrap_socket(raw, server_hostname=sni).sendall(b"GET / HTTP/1.1\r\n\r\n")
    raw.close()


def wait_for(find: Any, timeout: float = 60) -> Any:
    """What *find* returns once it is not empty (records are queued); *timeout* only keeps a
    broken proxy from hanging the test."""
    deadline = time.monotonic() + timeout
    while not (found := find()):
        assert time.monotonic() < deadline, "never appeared"
        time.sleep(0.05)
    return found


def test_a_tunnel_to_a_known_llm_host_is_recorded_not_silent(fresh: ProxyRun) -> None:
    def tunnels() -> list[dict[str, Any]]:
        return [r for r in fresh.audit_records() if r.get("type") == "llm_tunnel"]

    before = len(tunnels())
    tls_attempt(fresh, fresh.closed.port, "API.AI21.com.")
    records = wait_for(lambda: tunnels()[before:])
    assert records[0]["host"] == "api.ai21.com" and records[0]["known_as"] == "api.ai21.com"
    assert not {"client", "path", "app"} & set(records[0])  # the host and pattern only
    assert "llm_tunnel_not_intercepted" in fresh.log_file.read_text()
    tls_attempt(fresh, fresh.closed.port, "www.example.org")  # not an LLM API: no record
    assert all(r["host"] != "www.example.org" for r in tunnels())
    report = render(fresh.audit_records())
    section = report.split("<h2>LLM destinations seen</h2>", 1)[1].split("<h2>", 1)[0]
    assert "api.ai21.com" in section and "NOT intercepted" in section


@pytest.fixture(scope="module")
def inspecting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyRun]:
    """A proxy of its own with unknown_llm_hosts: inspect (detection in its own process)."""
    tmp = tmp_path_factory.mktemp("inspect")
    closed, local = StandIn("closed").start(), StandIn("local").start()
    port = free_port()
    config = write_config(tmp, port, closed, local.url,
                          extra={"unknown_llm_hosts": "inspect", "detection": {"workers": 1}})
    proc = start_proxy(config, tmp / "proxy.log")
    run = ProxyRun(port=port, reverse_ports={}, ca=tmp / "mitmproxy" / "mitmproxy-ca-cert.pem",
                   audit_dir=tmp / "audit", public_key=tmp / "keys" / "audit.key.pub",
                   log_file=tmp / "proxy.log", closed=closed, local=local, process=proc)
    yield run
    proc.terminate()
    proc.wait(timeout=30)
    closed.stop()
    local.stop()


def plain_post(run: ProxyRun, url: str, doc: Any) -> httpx.Response:
    with httpx.Client(proxy=run.url, trust_env=False, timeout=30) as client:
        return client.post(url, json=doc, headers={"authorization": f"Bearer {KEY}"})


def chat_body(prompt: str) -> dict[str, Any]:
    return {"model": "in-house-llm", "messages": [{"role": "user", "content": prompt}]}


def test_inspect_decides_llm_calls_to_any_host(inspecting: ProxyRun) -> None:
    run = inspecting
    run.closed.clear()
    run.local.clear()
    url = f"http://127.0.0.1:{run.closed.port}/api/v1/chat/completions"
    # allow and redact: to the host the app named, a decision recorded under 'unknown'
    reply = plain_post(run, url, chat_body(ALLOW))
    assert reply.json()["choices"][0]["message"]["content"] == f"[closed] echo: {ALLOW}"
    record = run.record(reply.headers["x-sovereign-decision"])
    assert (record["provider"], record["action"]) == ("unknown", "allow")
    assert "/api/v1" not in json.dumps(record)  # the path is content: never recorded
    run.closed.clear()
    reply = plain_post(run, url, chat_body(REDACT))
    assert reply.json()["choices"][0]["message"]["content"] == f"[closed] echo: {REDACT}"
    redacted(run.closed.received[0].text)
    # a body that is no LLM call passes on untouched, with no decision
    run.closed.clear()
    reply = plain_post(run, f"http://127.0.0.1:{run.closed.port}/v1/users", {"name": "x"})
    assert "x-sovereign-decision" not in reply.headers and len(run.closed.received) == 1
    # over TLS to a host outside the catalogue (intercepted, since every host is):
    # block in the shape's own format, and route_local (a Gemini body, translated)
    run.closed.clear()
    blocked = raw_post(run, f"127.0.0.1:{run.closed.port}", "llm.internal.test",
                       b"llm.internal.test", json.dumps(chat_body(BLOCK)).encode())
    assert blocked.status_code == 403 and blocked.json()["error"]["code"] == "blocked_by_policy"
    record = run.record(blocked.headers["x-sovereign-decision"])
    assert (record["provider"], record["host"]) == ("unknown", "llm.internal.test")
    gemini = {"contents": [{"role": "user", "parts": [{"text": LOCAL}]}]}
    routed = _raw_post_path(run, "llm.internal.test",
                            "/v1beta/models/in-house:generateContent", gemini)
    assert routed.status_code == 200, routed.text
    parts = routed.json()["candidates"][0]["content"]["parts"]
    assert parts[0]["text"] == f"[local] echo: {LOCAL}"
    (got,) = run.local.received
    assert got.path == "/v1/chat/completions" and KEY not in json.dumps(got.headers)
    assert run.closed.received == []
    report = render(run.audit_records())
    assert "llm.internal.test" in report and "found outside the catalogue" in report


def _raw_post_path(run: ProxyRun, host: str, path: str, doc: Any) -> Any:
    from tests.e2e.test_wire_bypass import exchange, tunnel

    body = json.dumps(doc).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {KEY}\r\nConnection: close\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    return exchange(tunnel(run, f"127.0.0.1:{run.closed.port}", host), head, body)

