"""The sans-IO pipeline with in-memory fakes: every action, every refusal, every field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sovereign.audit.writer import MemoryAuditLog
from sovereign.exchange import Action
from sovereign.pipeline import Forward, PassThrough, Pipeline, Request, Respond, Settings
from sovereign.policy.loader import load_rules
from sovereign.route.models import LocalModel, ModelRegistry
from tests.fakes import RegexDetector

REPO = Path(__file__).resolve().parent.parent
LOCAL = LocalModel(name="qwen-local", base_url="http://10.9.9.9:8000/v1", capabilities=["vision"],
                   stands_in_for=["gpt-*"], default=True)


def make(models: list[LocalModel] | None = None, audit: MemoryAuditLog | None = None,
         **settings: Any) -> tuple[Pipeline, MemoryAuditLog]:
    audit = audit or MemoryAuditLog()
    pipeline = Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([LOCAL] if models is None else models),
                        audit=audit, settings=Settings(**settings))
    return pipeline, audit


def openai_req(body: dict[str, Any], path: str = "/v1/chat/completions") -> Request:
    return Request("POST", "api.openai.com", path,
                   {"authorization": "Bearer sk-secret"}, json.dumps(body).encode())


def chat(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": text}], **extra}


def test_not_an_llm_host_passes_through() -> None:
    pipeline, audit = make()
    plan = pipeline.handle(Request("GET", "example.com", "/", {}, b""))
    assert isinstance(plan, PassThrough) and audit.records == []


def test_allow_forwards_unchanged_after_auditing() -> None:
    pipeline, audit = make(upstreams={"openai": "http://127.0.0.1:9"})
    plan = pipeline.handle(openai_req(chat("hello there")))
    assert isinstance(plan, Forward) and plan.action is Action.ALLOW and plan.body is None
    assert plan.url == "http://127.0.0.1:9/v1/chat/completions"
    assert audit.records[0]["action"] == "allow"
    assert audit.records[0]["destination"] == "http://127.0.0.1:9/v1/chat/completions"


def test_redact_rewrites_and_restores() -> None:
    pipeline, audit = make()
    plan = pipeline.handle(openai_req(chat("mail John Smith at js@example.com; John Smith")))
    assert isinstance(plan, Forward) and plan.action is Action.REDACT and plan.body
    sent = json.loads(plan.body)["messages"][0]["content"]
    assert sent == "mail [PERSON_1] at [EMAIL_ADDRESS_1]; [PERSON_1]"
    assert plan.reply is not None
    reply = json.dumps({"choices": [{"message": {"content": "Hi [PERSON_1] \"[EMAIL_ADDRESS_1]\""}}]})
    restored = json.loads(plan.reply.whole(reply.encode()))
    assert restored["choices"][0]["message"]["content"] == 'Hi John Smith "js@example.com"'
    record = audit.records[0]
    assert record["redacted"] == 3 and "John" not in json.dumps(record)


def test_every_field_is_scanned_openai() -> None:
    pipeline, _ = make()
    body = {
        "model": "gpt-4o", "user": "John Smith",
        "messages": [
            {"role": "developer", "content": [{"type": "text", "text": "assist js@example.com"}]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function",
                 "function": {"name": "lookup", "arguments": "{\"who\": \"John Smith\"}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "found John Smith"},
        ],
        "metadata": {"owner": "js@example.com"},
    }
    plan = pipeline.handle(openai_req(body))
    assert isinstance(plan, Forward) and plan.body is not None
    sent = plan.body.decode()
    assert "John Smith" not in sent and "js@example.com" not in sent
    doc = json.loads(sent)
    assert json.loads(doc["messages"][1]["tool_calls"][0]["function"]["arguments"]) == {
        "who": "[PERSON_1]"}
    assert doc["messages"][1]["tool_calls"][0]["id"] == "c1"  # structure untouched


def test_every_field_is_scanned_anthropic() -> None:
    pipeline, _ = make()
    body = {
        "model": "claude-opus-4-7", "max_tokens": 10,
        "system": [{"type": "text", "text": "You help John Smith"}],
        "messages": [
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "js@example.com is the user", "signature": "s"},
                {"type": "tool_use", "id": "t1", "name": "crm", "input": {"q": "John Smith"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "t1",
                 "content": [{"type": "text", "text": "John Smith, js@example.com"}]}]},
        ],
    }
    plan = pipeline.handle(Request("POST", "api.anthropic.com", "/v1/messages", {},
                                   json.dumps(body).encode()))
    assert isinstance(plan, Forward) and plan.body is not None
    assert "John Smith" not in plan.body.decode() and "js@example.com" not in plan.body.decode()


def test_route_local_swaps_model_and_credentials() -> None:
    pipeline, audit = make()
    plan = pipeline.handle(openai_req(chat("my SSN is 219-09-9999")))
    assert isinstance(plan, Forward) and plan.local and plan.body is not None
    assert plan.url == "http://10.9.9.9:8000/v1/chat/completions"
    assert json.loads(plan.body)["model"] == "qwen-local"
    assert "authorization" in plan.drop_headers and "x-api-key" in plan.drop_headers
    assert audit.records[0]["destination"] == "local:qwen-local"


def test_route_local_without_a_local_model_is_refused() -> None:
    pipeline, audit = make(models=[])
    plan = pipeline.handle(openai_req(chat("my SSN is 219-09-9999")))
    assert isinstance(plan, Respond) and plan.status == 503
    assert json.loads(plan.body)["error"]["code"] == "no_local_model"
    assert audit.records[0]["refusal"] == "no_local_model"


def test_attachments_stay_inside() -> None:
    pipeline, _ = make()
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "what is this?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]}
    plan = pipeline.handle(openai_req(body))
    assert isinstance(plan, Forward) and plan.action is Action.ROUTE_LOCAL


def test_block_is_answered_in_the_callers_format() -> None:
    pipeline, audit = make()
    plan = pipeline.handle(openai_req(chat("key AKIAIOSFODNN7EXAMPLE")))
    assert isinstance(plan, Respond) and plan.status == 403
    error = json.loads(plan.body)["error"]
    assert error["code"] == "blocked_by_policy" and plan.decision_id in error["message"]
    assert plan.headers["x-should-retry"] == "false"
    assert "AKIA" not in json.dumps(audit.records)


@pytest.mark.parametrize(("host", "path"), [
    ("api.openai.com", "/v1/files"), ("api.openai.com", "/v1/batches"),
    ("api.openai.com", "/v1/realtime"), ("api.anthropic.com", "/v1/messages/batches"),
    ("generativelanguage.googleapis.com", "/upload/v1beta/files"),
    ("generativelanguage.googleapis.com", "/v1beta/models/gemini-2.5-pro:batchGenerateContent"),
    ("myres.openai.azure.com", "/openai/deployments/gpt/audio/transcriptions"),
])
def test_unreadable_endpoints_are_blocked(host: str, path: str) -> None:
    pipeline, audit = make()
    plan = pipeline.handle(Request("POST", host, path, {}, b"{}"))
    assert isinstance(plan, Respond) and plan.status == 403
    assert audit.records[0]["endpoint"] == "unknown"


def test_too_large_is_refused_before_reading() -> None:
    pipeline, audit = make(max_body_bytes=2048)
    plan = pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {}, b"",
                                   declared_size=10_000))
    assert isinstance(plan, Respond) and plan.status == 413
    assert audit.records[0]["refusal"] == "body_too_large"


@pytest.mark.parametrize("body", [b"{", b"[]", b"\xff\xfe", b"{" * 100_000 + b"}" * 100_000])
def test_unreadable_bodies_are_refused(body: bytes) -> None:
    pipeline, audit = make(max_body_bytes=1_000_000)
    plan = pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {}, body))
    assert isinstance(plan, Respond) and plan.status == 400
    assert audit.records[0]["refusal"] == "malformed_request"


def test_audit_failure_means_nothing_leaves() -> None:
    pipeline, _ = make(audit=MemoryAuditLog(fail=True))
    plan = pipeline.handle(openai_req(chat("hello")))
    assert isinstance(plan, Respond) and plan.status == 503
    assert json.loads(plan.body)["error"]["code"] == "audit_unavailable"


def test_local_model_capabilities_are_checked() -> None:
    pipeline, audit = make(models=[LocalModel(name="text-only", base_url="http://10.9.9.9/v1",
                                              context_length=100_000, default=True)])
    body = chat("my SSN is 219-09-9999", tools=[{"type": "function", "function": {"name": "f"}}])
    plan = pipeline.handle(openai_req(body))
    assert isinstance(plan, Respond) and plan.status == 400
    assert json.loads(plan.body)["error"]["code"] == "local_model_capability"
    image = {"model": "gpt-4o", "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]}
    plan = pipeline.handle(openai_req(image))
    assert isinstance(plan, Respond) and "cannot read" in json.loads(plan.body)["error"]["message"]
    assert [r["refusal"] for r in audit.records] == ["local_model_capability"] * 2


def test_a_model_known_down_fails_fast() -> None:
    from sovereign.route.health import HealthChecker

    pipeline, audit = make()
    checker = HealthChecker([LOCAL], check=lambda m: False)
    checker.check_all()
    pipeline.health = checker
    plan = pipeline.handle(openai_req(chat("my SSN is 219-09-9999")))
    assert isinstance(plan, Respond) and plan.status == 503
    assert audit.records[0]["refusal"] == "local_model_unavailable"


def test_while_draining_the_pipeline_refuses_llm_calls_in_their_format_and_records_it() -> None:
    pipeline, audit = make()
    plan = pipeline.shutting_down(Request("POST", "api.anthropic.com", "/v1/messages", {}, b"{}"))
    assert isinstance(plan, Respond) and plan.status == 503
    body = json.loads(plan.body)
    assert body["type"] == "error" and "shutting down" in body["error"]["message"]  # Anthropic's
    assert [(r["type"], r["error"]) for r in audit.records] == [("failure", "shutting_down")]
    assert isinstance(pipeline.shutting_down(Request("GET", "example.com", "/", {}, b"")),
                      PassThrough)
    assert len(audit.records) == 1  # not an LLM call: passes, nothing recorded
