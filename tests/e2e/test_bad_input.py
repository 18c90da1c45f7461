"""Bad input: each gets a clear error in the caller's format, an audit record, nothing sent."""

from __future__ import annotations

import re
import ssl

import httpx
import openai
import pytest

from tests.conftest import ProxyRun
from tests.e2e.clients import openai_client

DECISION = re.compile(r"dec_[0-9a-f]{32}")


def raw_client(run: ProxyRun) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(run.ca))
    return httpx.Client(proxy=run.url, verify=verify, timeout=30, trust_env=False)


def decision_of(response: httpx.Response) -> str:
    decision = response.headers["x-sovereign-decision"]
    assert DECISION.fullmatch(decision)
    return decision


def test_malformed_json_is_refused(fresh: ProxyRun) -> None:
    with raw_client(fresh) as client:
        r = client.post("https://api.openai.com/v1/chat/completions",
                        content=b'{"model": "gpt-4o", "messages": [{"role": "user", "co',
                        headers={"content-type": "application/json",
                                 "authorization": "Bearer sk-x"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == "malformed_request" and "not valid JSON" in error["message"]
    record = fresh.record(decision_of(r))
    assert record["refusal"] == "malformed_request" and record["action"] == "block"
    assert fresh.closed.received == [] and fresh.local.received == []


def test_anthropic_malformed_json_gets_anthropic_error(fresh: ProxyRun) -> None:
    with raw_client(fresh) as client:
        r = client.post("https://api.anthropic.com/v1/messages", content=b"[1, 2",
                        headers={"content-type": "application/json", "x-api-key": "k"})
    assert r.status_code == 400
    body = r.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    fresh.record(decision_of(r))
    assert fresh.closed.received == []


def test_body_over_the_limit_is_refused(fresh: ProxyRun) -> None:
    big = "lorem ipsum " * 7000  # > 65536 bytes, the test config's limit
    with pytest.raises(openai.APIStatusError) as info:
        openai_client().chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": big}])
    assert info.value.status_code == 413
    decision = DECISION.search(str(info.value))
    assert decision
    assert fresh.record(decision.group(0))["refusal"] == "body_too_large"
    assert fresh.closed.received == []


def test_unknown_path_on_llm_host_is_refused(fresh: ProxyRun) -> None:
    with raw_client(fresh) as client:
        r = client.post("https://api.openai.com/v1/assistants",
                        json={"instructions": "Jane Roe's assistant"},
                        headers={"authorization": "Bearer sk-x"})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "blocked_by_policy"
    record = fresh.record(decision_of(r))
    assert record["endpoint"] == "unknown" and record["rule_ids"] == ["unreadable-endpoint-block"]
    assert fresh.closed.received == []


def test_metadata_endpoint_is_allowed(fresh: ProxyRun) -> None:
    models = openai_client().models.list()
    assert [m.id for m in models.data] == ["gpt-4o"]
    assert [r.path for r in fresh.closed.received] == ["/v1/models"]


def test_local_model_down_fails_fast_and_stays_inside(fresh: ProxyRun) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        openai_client().chat.completions.create(
            model="dead-model-1",
            messages=[{"role": "user", "content": "SSN: 078-05-1120, what is my benefit?"}])
    assert info.value.status_code == 503
    body = info.value.body
    assert isinstance(body, dict) and body["code"] == "local_model_unavailable"
    decision = DECISION.search(str(info.value))
    assert decision
    record = fresh.record(decision.group(0))
    assert record["action"] == "route_local" and record["local_model"] == "dead-local"
    # the background health check already knows: refused at once, never sent anywhere
    assert record["refusal"] == "local_model_unavailable" and record["destination"] == "none"
    assert fresh.closed.received == [] and fresh.local.received == []


def test_request_larger_than_the_local_context_is_refused(fresh: ProxyRun) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        openai_client().chat.completions.create(
            model="tiny-model", max_tokens=50,
            messages=[{"role": "user", "content": "SSN: 078-05-1120 " + "word " * 40}])
    body = info.value.body
    assert isinstance(body, dict) and body["code"] == "context_length_exceeded"
    assert "holds (64)" in str(info.value)
    assert fresh.closed.received == [] and fresh.local.received == []
