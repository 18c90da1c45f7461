"""The rest of the surface: split streams, embeddings, token counts, non-text parts, endpoints
the proxy cannot read, provider-held state, Azure, Mistral and configured compatible hosts."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator

import anthropic
import httpx
import openai
import pytest
from google.genai import types

from tests.conftest import CLIENT_KEY_OPENAI, ProxyRun
from tests.e2e.clients import ASK, anthropic_client, gemini_client, openai_client


@pytest.fixture
def byte_stream(fresh: ProxyRun) -> Iterator[ProxyRun]:
    fresh.closed.byte_at_a_time = fresh.local.byte_at_a_time = True
    yield fresh
    fresh.closed.byte_at_a_time = fresh.local.byte_at_a_time = False


@pytest.mark.parametrize("fmt", ["openai", "responses", "anthropic", "gemini"])
@pytest.mark.parametrize("prompt", ["Say hi to John Smith", "My SSN is 078-05-1120, help"],
                         ids=["redact", "route_local"])
def test_stream_written_one_byte_at_a_time(byte_stream: ProxyRun, fmt: str, prompt: str) -> None:
    who = "local" if "SSN" in prompt else "closed"
    assert ASK[fmt](prompt, True) == f"[{who}] echo: {prompt}"


def test_openai_embeddings_redacted(fresh: ProxyRun) -> None:
    out = openai_client().embeddings.create(model="text-embedding-3-small",
                                            input=["note for John Smith", "plain"])
    assert [d.embedding for d in out.data] == [[0.5, 0.25, 0.125]] * 2
    assert "[PERSON_1]" in fresh.closed.received[0].text
    assert not fresh.closed.saw("John Smith")


def test_openai_embeddings_route_local_to_an_embedding_model(fresh: ProxyRun) -> None:
    out = openai_client().embeddings.create(model="text-embedding-3-small",
                                            input="SSN 078-05-1120")
    assert out.data[0].embedding == [0.5, 0.25, 0.125]
    assert fresh.closed.received == []
    assert fresh.local.received[0].path == "/v1/embeddings"
    assert fresh.local.received[0].json["model"] == "embed-local"


def test_gemini_embeddings_route_local_translated(fresh: ProxyRun) -> None:
    client = gemini_client()
    out = client.models.embed_content(model="text-embedding-004",
                                               contents=["SSN 078-05-1120", "other"])
    assert out.embeddings is not None
    assert [e.values for e in out.embeddings] == [[0.5, 0.25, 0.125]] * 2
    assert fresh.closed.received == []
    sent = fresh.local.received[0]
    assert sent.path == "/v1/embeddings" and sent.json["input"] == ["SSN 078-05-1120", "other"]


def test_token_counts(fresh: ProxyRun) -> None:
    client = anthropic_client()
    plain = client.messages.count_tokens(model="claude-opus-4-7", messages=[
        {"role": "user", "content": "count these words"}])
    assert plain.input_tokens > 0 and fresh.closed.received[-1].path.endswith("/count_tokens")
    fresh.closed.clear()
    tool = {"name": "get_time", "description": "the time", "input_schema": {"type": "object"}}
    local = client.messages.count_tokens(model="claude-opus-4-7", system="Be brief.", tools=[
        tool], messages=[{"role": "user", "content": "SSN 078-05-1120 is mine"}])
    # vLLM's own count_tokens: the whole request (template, system, tools), as /v1/messages
    sent = fresh.local.received[0]
    assert sent.path == "/v1/messages/count_tokens" and sent.json["model"] == "llama-local"
    assert sent.json["tools"] == [tool] and sent.json["system"] == "Be brief."
    assert local.input_tokens == len(json.dumps(sent.json).split())  # the stand-in: words
    assert fresh.closed.received == []
    fresh.local.clear()
    gemini = gemini_client()
    counted = gemini.models.count_tokens(model="gemini-2.5-flash",
                                         contents="SSN 078-05-1120 is mine")
    assert counted.total_tokens == 4 and fresh.closed.received == []
    # the chat messages /tokenize renders with the template, as generateContent would send
    sent = fresh.local.received[0]
    assert sent.path == "/tokenize" and sent.json["add_generation_prompt"] is True
    assert sent.json["messages"] == [{"role": "user", "content": "SSN 078-05-1120 is mine"}]


def test_images_stay_inside(fresh: ProxyRun) -> None:
    out = openai_client().chat.completions.create(model="gpt-4o", messages=[{"role": "user",
        "content": [{"type": "text", "text": "what is in this picture?"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR"}}]}])
    assert out.choices[0].message.content == "[local] echo: what is in this picture?"
    assert fresh.closed.received == []
    client = gemini_client()
    gem = client.models.generate_content(model="gemini-2.5-flash", contents=[
        types.Part.from_bytes(data=b"\x89PNG", mime_type="image/png"), "describe"])
    assert gem.text == "[local] echo: describe" and fresh.closed.received == []


def test_previous_response_id_cannot_be_answered_locally(fresh: ProxyRun) -> None:
    client = openai_client()
    with pytest.raises(openai.PermissionDeniedError, match="previous_response_id"):
        client.responses.create(model="gpt-4o", previous_response_id="resp_123",
                                input="my SSN is 078-05-1120")
    assert fresh.closed.received == [] and fresh.local.received == []
    ok = client.responses.create(model="gpt-4o", previous_response_id="resp_123",
                                 input="and the weather?")
    assert ok.output_text == "[closed] echo: and the weather?"


@pytest.mark.parametrize(("method", "url"), [
    ("POST", "https://api.openai.com/v1/files"),
    ("POST", "https://api.openai.com/v1/batches"),
    ("POST", "https://api.anthropic.com/v1/messages/batches"),
    ("POST", "https://generativelanguage.googleapis.com/upload/v1beta/files"),
])
def test_unreadable_endpoints_are_blocked(fresh: ProxyRun, method: str, url: str) -> None:
    verify = ssl.create_default_context(cafile=str(fresh.ca))
    with httpx.Client(proxy=fresh.url, verify=verify, trust_env=False, timeout=30) as c:
        r = c.request(method, url, content=b"--boundary\r\nJohn Smith\r\n", headers={
            "content-type": "multipart/form-data; boundary=boundary"})
    assert r.status_code == 403 and fresh.closed.received == []


def test_realtime_websocket_is_refused(fresh: ProxyRun) -> None:
    verify = ssl.create_default_context(cafile=str(fresh.ca))
    with httpx.Client(proxy=fresh.url, verify=verify, trust_env=False, timeout=30) as c:
        r = c.get("https://api.openai.com/v1/realtime?model=gpt-realtime", headers={
            "connection": "Upgrade", "upgrade": "websocket", "sec-websocket-version": "13",
            "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ=="})
    assert r.status_code == 403 and r.json()["error"]["code"] == "blocked_by_policy"
    assert fresh.closed.received == []


def test_azure_mistral_and_compatible_hosts(fresh: ProxyRun) -> None:
    prompt = "Summarise the call with John Smith"
    azure = openai.AzureOpenAI(api_key="azure-key", api_version="2024-10-21", max_retries=0,
                               azure_endpoint="https://myres.openai.azure.com")
    out = azure.chat.completions.create(model="gpt-4o", messages=[
        {"role": "user", "content": prompt}])
    assert out.choices[0].message.content == f"[closed] echo: {prompt}"
    assert fresh.closed.received[-1].path.startswith("/openai/deployments/gpt-4o/chat/completions")
    for base in ("https://api.mistral.ai/v1", "https://llm.acme.test/v1"):
        client = openai.OpenAI(api_key=CLIENT_KEY_OPENAI, base_url=base, max_retries=0)
        out = client.chat.completions.create(model="m", messages=[
            {"role": "user", "content": prompt}])
        assert out.choices[0].message.content == f"[closed] echo: {prompt}"
    assert len(fresh.closed.received) == 3 and not fresh.closed.saw("John Smith")
    with pytest.raises(anthropic.APIConnectionError):
        # a host nobody configured is not intercepted: it passes through (and fails here,
        # offline), it is never rewritten to a stand-in
        anthropic.Anthropic(api_key="k", base_url="https://api.unknown-llm.test",
                            max_retries=0).messages.create(
            model="x", max_tokens=5, messages=[{"role": "user", "content": "John Smith"}])
