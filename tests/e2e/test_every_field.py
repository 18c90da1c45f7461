"""PII placed in every field of every format, one case each: none reaches the closed stand-in.

The planted value is an e-mail address (found by a validated pattern, whatever the context), so
each case tests that the field is read, not how good NER is on a fragment."""

from __future__ import annotations

import json
import ssl
from typing import Any

import httpx
import pytest

from tests.conftest import ProxyRun

PII = "priya.raman@example.org"
OA, AN, GE = ("api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com")
CHAT, MSG, RESP = "/v1/chat/completions", "/v1/messages", "/v1/responses"
GEN = "/v1beta/models/gemini-2.5-flash:generateContent"


def chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": list(messages), **extra}


def msgs(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "claude-opus-4-7", "max_tokens": 16, "messages": list(messages), **extra}


def gem(*contents: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"contents": list(contents), **extra}


USER = {"role": "user", "content": "hi"}
CASES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "chat.system": (OA, CHAT, chat({"role": "system", "content": f"user is {PII}"}, USER)),
    "chat.developer": (OA, CHAT, chat({"role": "developer", "content": PII}, USER)),
    "chat.user.string": (OA, CHAT, chat({"role": "user", "content": f"mail {PII}"})),
    "chat.user.parts": (OA, CHAT, chat({"role": "user", "content": [
        {"type": "text", "text": f"mail {PII}"}]})),
    "chat.assistant": (OA, CHAT, chat({"role": "assistant", "content": f"sent to {PII}"}, USER)),
    "chat.tool_calls.arguments": (OA, CHAT, chat({"role": "assistant", "content": None,
        "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": "send", "arguments": json.dumps({"to": PII})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"})),
    "chat.tool_result": (OA, CHAT, chat({"role": "tool", "tool_call_id": "c1",
                                         "content": f"owner {PII}"})),
    "chat.tool_schema": (OA, CHAT, chat(USER, tools=[{"type": "function", "function": {
        "name": "f", "description": f"escalate to {PII}", "parameters": {"type": "object"}}}])),
    "chat.user_field": (OA, CHAT, chat(USER, user=PII)),
    "chat.metadata": (OA, CHAT, chat(USER, metadata={"owner": PII})),
    "chat.stop": (OA, CHAT, chat(USER, stop=[PII])),
    "responses.instructions": (OA, RESP, {"model": "gpt-4o", "instructions": PII, "input": "hi"}),
    "responses.input.string": (OA, RESP, {"model": "gpt-4o", "input": f"mail {PII}"}),
    "responses.input.message": (OA, RESP, {"model": "gpt-4o", "input": [
        {"role": "user", "content": [{"type": "input_text", "text": f"mail {PII}"}]}]}),
    "responses.function_call": (OA, RESP, {"model": "gpt-4o", "input": [
        {"type": "function_call", "call_id": "c1", "name": "send",
         "arguments": json.dumps({"to": PII})},
        {"type": "function_call_output", "call_id": "c1", "output": "done"}]}),
    "responses.function_call_output": (OA, RESP, {"model": "gpt-4o", "input": [
        {"type": "function_call_output", "call_id": "c1", "output": f"owner {PII}"}]}),
    "anthropic.system.string": (AN, MSG, msgs(USER, system=f"user is {PII}")),
    "anthropic.system.blocks": (AN, MSG, msgs(USER, system=[{"type": "text", "text": PII}])),
    "anthropic.text": (AN, MSG, msgs({"role": "user", "content": [
        {"type": "text", "text": f"mail {PII}"}]})),
    "anthropic.tool_use.input": (AN, MSG, msgs({"role": "assistant", "content": [
        {"type": "tool_use", "id": "t1", "name": "send", "input": {"to": PII}}]}, USER)),
    "anthropic.tool_result": (AN, MSG, msgs({"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "t1",
         "content": [{"type": "text", "text": f"owner {PII}"}]}]})),
    "anthropic.thinking": (AN, MSG, msgs({"role": "assistant", "content": [
        {"type": "thinking", "thinking": f"the user is {PII}", "signature": "sig"}]}, USER)),
    "anthropic.count_tokens": (AN, "/v1/messages/count_tokens", msgs({"role": "user",
                                                                      "content": PII})),
    "gemini.text": (GE, GEN, gem({"role": "user", "parts": [{"text": f"mail {PII}"}]})),
    "gemini.systemInstruction": (GE, GEN, gem({"role": "user", "parts": [{"text": "hi"}]},
                                              systemInstruction={"parts": [{"text": PII}]})),
    "gemini.functionCall.args": (GE, GEN, gem(
        {"role": "model", "parts": [{"functionCall": {"name": "send", "args": {"to": PII}}}]},
        {"role": "user", "parts": [{"text": "ok"}]})),
    "gemini.functionResponse": (GE, GEN, gem({"role": "user", "parts": [
        {"functionResponse": {"name": "send", "response": {"owner": PII}}}]})),
    "embeddings.openai": (OA, "/v1/embeddings", {"model": "text-embedding-3-small",
                                                  "input": [f"mail {PII}", "x"]}),
    "embeddings.gemini": (GE, "/v1beta/models/text-embedding-004:embedContent",
                          {"content": {"parts": [{"text": PII}]}}),
    "azure.chat": ("myres.openai.azure.com",
                   "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
                   {"messages": [{"role": "user", "content": PII}]}),
    "mistral.chat": ("api.mistral.ai", CHAT, {"model": "mistral-large-latest", "messages": [
        {"role": "user", "content": [{"type": "text", "text": PII}]}]}),
    "mistral.fim": ("api.mistral.ai", "/v1/fim/completions",
                    {"model": "codestral-latest", "prompt": "def f():", "suffix": f"# {PII}"}),
    "compatible.chat": ("llm.acme.test", CHAT, chat({"role": "user", "content": PII})),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_pii_in_field_never_reaches_the_closed_api(fresh: ProxyRun, case: str) -> None:
    host, path, body = CASES[case]
    verify = ssl.create_default_context(cafile=str(fresh.ca))
    with httpx.Client(proxy=fresh.url, verify=verify, trust_env=False, timeout=30) as client:
        r = client.post(f"https://{host}{path}", json=body,
                        headers={"authorization": "Bearer sk-x", "x-api-key": "k"})
    assert r.headers.get("x-sovereign-decision", "").startswith("dec_"), r.text
    assert not fresh.closed.saw(PII), f"{case}: the value reached the closed API"
    assert not fresh.closed.saw("priya.raman"), case
    # it was redacted and sent, not refused: the request did reach the stand-in
    assert len(fresh.closed.received) == 1, r.text
    assert fresh.closed.saw("[EMAIL_ADDRESS_1]")
