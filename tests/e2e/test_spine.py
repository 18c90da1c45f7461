"""The four outcomes, end to end: real proxy process, real SDKs, stand-ins that record."""

from __future__ import annotations

import re

import anthropic
import openai
import pytest

from tests.conftest import CLIENT_KEY_ANTHROPIC, CLIENT_KEY_OPENAI, ProxyRun
from tests.e2e.clients import ASK

SDKS = ["openai", "anthropic"]
STREAM = [False, True]
DECISION = re.compile(r"dec_[0-9a-f]{32}")


@pytest.mark.parametrize("stream", STREAM, ids=["plain", "stream"])
@pytest.mark.parametrize("sdk", SDKS)
def test_allow_goes_out_unchanged(fresh: ProxyRun, sdk: str, stream: bool) -> None:
    prompt = "What is the capital of France?"
    reply = ASK[sdk](prompt, stream)
    assert reply == f"[closed] echo: {prompt}"
    assert len(fresh.closed.received) == 1
    sent = fresh.closed.received[0]
    assert sent.json["messages"][-1]["content"] == prompt
    assert fresh.local.received == []


@pytest.mark.parametrize("stream", STREAM, ids=["plain", "stream"])
@pytest.mark.parametrize("sdk", SDKS)
def test_redact_sends_placeholders_and_restores_reply(fresh: ProxyRun, sdk: str,
                                                      stream: bool) -> None:
    prompt = "Write a thank-you note to John Smith at john.smith@example.com please"
    reply = ASK[sdk](prompt, stream)
    # the app sees its own values, never a placeholder
    assert reply == f"[closed] echo: {prompt}"
    assert len(fresh.closed.received) == 1
    sent = fresh.closed.received[0].text
    assert "John Smith" not in sent and "john.smith@example.com" not in sent
    assert "[PERSON_1]" in sent and "[EMAIL_ADDRESS_1]" in sent
    assert fresh.local.received == []


@pytest.mark.parametrize("stream", STREAM, ids=["plain", "stream"])
@pytest.mark.parametrize("sdk", SDKS)
def test_route_local_never_reaches_closed_api(fresh: ProxyRun, sdk: str, stream: bool) -> None:
    prompt = "My SSN is 078-05-1120 and my card is 4111 1111 1111 1111, fill in the form"
    reply = ASK[sdk](prompt, stream)
    assert reply == f"[local] echo: {prompt}"
    assert fresh.closed.received == []
    assert len(fresh.local.received) == 1
    got = fresh.local.received[0]
    assert got.json["model"] == "llama-local"
    assert got.path == ("/v1/chat/completions" if sdk == "openai" else "/v1/messages")
    # the closed provider's credentials never reach the local model; its own key does
    assert CLIENT_KEY_OPENAI not in got.text and CLIENT_KEY_ANTHROPIC not in got.text
    headers = {k.lower(): v for k, v in got.headers.items()}
    assert "x-api-key" not in headers
    assert headers["authorization"] == "Bearer local-vllm-key-abc"


@pytest.mark.parametrize("stream", STREAM, ids=["plain", "stream"])
@pytest.mark.parametrize("sdk", SDKS)
def test_block_answers_in_the_callers_format(fresh: ProxyRun, sdk: str, stream: bool) -> None:
    prompt = "Why does AKIAIOSFODNN7EXAMPLE get AccessDenied on s3?"
    error = openai.PermissionDeniedError if sdk == "openai" else anthropic.PermissionDeniedError
    with pytest.raises(error) as info:
        ASK[sdk](prompt, stream)
    message = str(info.value)
    match = DECISION.search(message)
    assert match, "the error names the decision id"
    assert "secret" in message
    assert fresh.closed.received == [] and fresh.local.received == []
    record = fresh.record(match.group(0))
    assert record["action"] == "block" and record["rule_ids"] == ["secrets-block"]
    assert record["destination"] == "none"
