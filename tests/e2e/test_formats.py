"""Every format x {plain, stream} x {allow, redact, route_local, block}, driven by the official
SDKs (openai for chat and responses, anthropic, google-genai), asserting what the closed stand-in
received and what the SDK returned."""

from __future__ import annotations

import re

import anthropic
import openai
import pytest
from google.genai import errors as genai_errors

from tests.conftest import ProxyRun
from tests.e2e.clients import ASK, GEMINI_KEY

FORMATS = ["openai", "responses", "anthropic", "gemini"]
STREAM = [False, True]
DECISION = re.compile(r"dec_[0-9a-f]{32}")
LOCAL_PATH = {"openai": "/v1/chat/completions", "responses": "/v1/responses",
              "anthropic": "/v1/messages", "gemini": "/v1/chat/completions"}
BLOCKED = {"openai": openai.PermissionDeniedError, "responses": openai.PermissionDeniedError,
           "anthropic": anthropic.PermissionDeniedError, "gemini": genai_errors.ClientError}

matrix = pytest.mark.parametrize("stream", STREAM, ids=["plain", "stream"])
formats = pytest.mark.parametrize("fmt", FORMATS)


@matrix
@formats
def test_allow(fresh: ProxyRun, fmt: str, stream: bool) -> None:
    prompt = "What is the capital of France?"
    assert ASK[fmt](prompt, stream) == f"[closed] echo: {prompt}"
    assert len(fresh.closed.received) == 1 and fresh.closed.saw(prompt)
    assert fresh.local.received == []


@matrix
@formats
def test_redact(fresh: ProxyRun, fmt: str, stream: bool) -> None:
    prompt = "Write to John Smith at john.smith@example.com about John Smith's order"
    assert ASK[fmt](prompt, stream) == f"[closed] echo: {prompt}"
    assert len(fresh.closed.received) == 1
    sent = fresh.closed.received[0].text
    assert "John Smith" not in sent and "john.smith@example.com" not in sent
    assert "[PERSON_1]" in sent and "[EMAIL_ADDRESS_1]" in sent
    assert "You are terse." in sent  # the system prompt went out too


@matrix
@formats
def test_route_local(fresh: ProxyRun, fmt: str, stream: bool) -> None:
    prompt = "My SSN is 078-05-1120, please fill in the benefits form"
    assert ASK[fmt](prompt, stream) == f"[local] echo: {prompt}"
    assert fresh.closed.received == []
    assert len(fresh.local.received) == 1
    got = fresh.local.received[0]
    assert got.path == LOCAL_PATH[fmt] and got.json["model"] == "llama-local"
    assert GEMINI_KEY not in got.text and "key=" not in got.path
    if fmt == "gemini":  # translated: the system instruction became a system message
        assert got.json["messages"][0] == {"role": "system", "content": "You are terse."}
        assert got.json.get("stream", False) is stream


@matrix
@formats
def test_block(fresh: ProxyRun, fmt: str, stream: bool) -> None:
    prompt = "deploy with AKIAIOSFODNN7EXAMPLE please"
    with pytest.raises(BLOCKED[fmt]) as info:
        ASK[fmt](prompt, stream)
    if fmt == "gemini":
        assert getattr(info.value, "code", None) == 403
    match = DECISION.search(str(info.value))
    assert match
    assert fresh.record(match.group(0))["action"] == "block"
    assert fresh.closed.received == [] and fresh.local.received == []
