"""Fail closed: a failure anywhere on the request path ends in a refusal, never a forward.

mitmproxy logs and swallows exceptions raised by addon hooks and then forwards the flow; these
tests break each seam of a real in-process proxy and assert the closed stand-in got nothing.
"""

from __future__ import annotations

import errno
import os
import ssl
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import openai
import pytest

from sovereign.audit import keys
from sovereign.audit.writer import FileAuditLog, MemoryAuditLog
from sovereign.demo.standins import StandIn
from sovereign.detect.detector import Detector, Span
from sovereign.exchange import Action
from sovereign.pipeline import Pipeline, Plan, Request, Settings
from sovereign.policy.loader import load_rules
from sovereign.providers.translate_gemini import GeminiToChat
from sovereign.redact.reply import RestorePlaceholders
from sovereign.redact.rewrite import Redactor
from sovereign.route.models import LocalModel, ModelRegistry
from tests.conftest import REPO, ProxyRun
from tests.fakes import BrokenDetector, RegexDetector, inprocess_proxy

BODY = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello John Smith"}]}


@pytest.fixture
def closed() -> Iterator[StandIn]:
    standin = StandIn("closed").start()
    yield standin
    standin.stop()


def make_pipeline(closed: StandIn, detector: Detector | None = None,
                  audit: MemoryAuditLog | None = None, cls: type[Pipeline] = Pipeline) -> Pipeline:
    return cls(detector=detector or RegexDetector(), rules=load_rules([REPO / "rules"]),
               models=ModelRegistry([]), audit=audit or MemoryAuditLog(),
               settings=Settings(upstreams={"openai": closed.url}))


def post(proxy_url: str, ca: Path) -> httpx.Response:
    with httpx.Client(proxy=proxy_url, verify=ssl.create_default_context(cafile=str(ca)),
                      trust_env=False, timeout=30) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json=BODY,
                           headers={"authorization": "Bearer sk-x"})


def test_detector_failure_is_refused_and_audited(tmp_path: Path, closed: StandIn) -> None:
    audit = MemoryAuditLog()
    with inprocess_proxy(tmp_path, make_pipeline(closed, BrokenDetector(), audit)) as (url, ca):
        r = post(url, ca)
    assert r.status_code == 503 and r.json()["error"]["code"] == "inspection_failed"
    assert closed.received == []
    assert audit.records[-1]["refusal"] == "inspection_failed"


def test_hook_exception_does_not_forward(tmp_path: Path, closed: StandIn) -> None:
    class Exploding(Pipeline):
        def decide(self, req: Request) -> Plan:
            raise RuntimeError("bug in the pipeline")

    audit = MemoryAuditLog()
    with inprocess_proxy(tmp_path, make_pipeline(closed, audit=audit, cls=Exploding)) as (url, ca):
        r = post(url, ca)
    assert r.status_code == 503 and r.json()["error"]["code"] == "internal_error"
    assert closed.received == []
    assert audit.records[-1] == {"type": "failure", "v": 2, "host": "api.openai.com",
                                 "path": "/v1/chat/completions", "error": "internal_error"}


def test_audit_failure_refuses(tmp_path: Path, closed: StandIn) -> None:
    audit = MemoryAuditLog(fail=True)
    with inprocess_proxy(tmp_path, make_pipeline(closed, audit=audit)) as (url, ca):
        r = post(url, ca)
    assert r.status_code == 503 and r.json()["error"]["code"] == "audit_unavailable"
    assert closed.received == []


def test_reply_failure_kills_the_flow(tmp_path: Path, closed: StandIn,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: RestorePlaceholders, body: bytes) -> bytes:
        raise RuntimeError("restore failed")

    monkeypatch.setattr(RestorePlaceholders, "whole", broken)
    audit = MemoryAuditLog()
    with inprocess_proxy(tmp_path, make_pipeline(closed, audit=audit)) as (url, ca):
        with pytest.raises(httpx.RemoteProtocolError):  # the flow is killed, nothing is sent
            post(url, ca)
    # the redacted request did go out; the placeholder-bearing reply never reached the app
    assert len(closed.received) == 1 and "John Smith" not in closed.received[0].text
    assert audit.records[-1]["type"] == "outcome"
    assert audit.records[-1]["error"] == "response_error"


# -- one test per failure point --------------------------------------------------------------


class StuckDetector:
    """A scan that does not end until the test has its answer: were the request held for the
    scan, no answer would come (the client's timeout would fail the test)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        self.release.wait(120)
        return [[] for _ in texts]


@pytest.mark.parametrize("action", [Action.BLOCK, Action.ROUTE_LOCAL])
def test_detector_past_the_deadline_is_decided_by_rule(tmp_path: Path, closed: StandIn,
                                                       action: Action) -> None:
    local = StandIn("local").start()
    audit = MemoryAuditLog()
    detector = StuckDetector()
    pipeline = Pipeline(detector=detector, rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([LocalModel(name="m", base_url=f"{local.url}/v1",
                                                         default=True)]),
                        audit=audit, settings=Settings(upstreams={"openai": closed.url},
                                                       decision_deadline_s=0.3,
                                                       deadline_action=action))
    try:
        with inprocess_proxy(tmp_path, pipeline) as (url, ca):
            r = post(url, ca)  # answered while the scan is still stuck
    finally:
        detector.release.set()
        local.stop()
    assert closed.received == []
    decision = next(rec for rec in audit.records if rec.get("type") == "decision")
    assert decision["rule_ids"] == ["decision-deadline"] and decision["action"] == action.label
    if action is Action.BLOCK:
        assert r.status_code == 403 and "deadline" in r.json()["error"]["message"]
    else:
        assert r.status_code == 200 and len(local.received) == 1


def test_policy_error_is_refused(tmp_path: Path, closed: StandIn,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("policy bug")

    monkeypatch.setattr("sovereign.assess.decide", broken)
    audit = MemoryAuditLog()
    with inprocess_proxy(tmp_path, make_pipeline(closed, audit=audit)) as (url, ca):
        r = post(url, ca)
    assert r.status_code == 503 and r.json()["error"]["code"] == "inspection_failed"
    assert closed.received == [] and audit.records[-1]["refusal"] == "inspection_failed"


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EACCES, errno.EIO])
def test_audit_disk_failure_refuses(tmp_path: Path, closed: StandIn,
                                    monkeypatch: pytest.MonkeyPatch, err: int) -> None:
    signer = keys.generate(tmp_path / "k" / "audit.key")
    log = FileAuditLog(tmp_path / "audit", signer, "o")
    real_fsync = os.fsync

    def failing(fd: int) -> None:
        raise OSError(err, os.strerror(err))

    pipeline = make_pipeline(closed)
    pipeline.audit = log
    monkeypatch.setattr("sovereign.audit.writer.os.fsync", failing)
    with inprocess_proxy(tmp_path, pipeline) as (url, ca):
        r = post(url, ca)
    monkeypatch.setattr("sovereign.audit.writer.os.fsync", real_fsync)
    assert r.status_code == 503 and r.json()["error"]["code"] == "audit_unavailable"
    assert closed.received == []


def test_vault_error_is_refused(tmp_path: Path, closed: StandIn,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("vault bug")

    monkeypatch.setattr(Redactor, "redact", broken)
    audit = MemoryAuditLog()
    with inprocess_proxy(tmp_path, make_pipeline(closed, audit=audit)) as (url, ca):
        r = post(url, ca)  # "Hello John Smith": a redact decision
    assert r.status_code == 503 and closed.received == []
    assert audit.records[-1]["type"] == "failure"


def test_translator_error_is_refused(tmp_path: Path, closed: StandIn,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("translator bug")

    monkeypatch.setattr(GeminiToChat, "request", broken)
    audit = MemoryAuditLog()
    pipeline = make_pipeline(closed, audit=audit)
    pipeline.models = ModelRegistry([LocalModel(name="m", base_url="http://127.0.0.1:9/v1",
                                                default=True)])
    with inprocess_proxy(tmp_path, pipeline) as (url, ca), httpx.Client(
            proxy=url, verify=ssl.create_default_context(cafile=str(ca)), trust_env=False,
            timeout=30) as client:
        r = client.post("https://generativelanguage.googleapis.com/v1beta/models/"
                        "gemini-2.5-flash:generateContent", json={"contents": [
                            {"role": "user", "parts": [{"text": "my SSN is 219-09-9999"}]}]})
    assert r.status_code == 503 and r.json()["error"]["status"] == "UNAVAILABLE"
    assert closed.received == []


def test_slow_local_model_is_waited_for_not_bypassed(proxy_local_slow: ProxyRun) -> None:
    from tests.e2e.clients import ask_openai

    reply = ask_openai("My SSN is 219-09-9999, explain line 3", stream=False)
    assert reply.startswith("[local] echo:")
    assert proxy_local_slow.closed.received == []


def test_upstream_reset_mid_stream(fresh: ProxyRun) -> None:
    from tests.e2e.clients import openai_client

    fresh.closed.reset_after_events = 4
    try:
        raw = openai_client().chat.completions.with_raw_response.create(
            model="gpt-4o", stream=True,
            messages=[{"role": "user", "content": "Say hello to John Smith at length"}])
        decision = raw.headers["x-sovereign-decision"]
        stream = raw.parse()
        with pytest.raises((openai.APIError, httpx.HTTPError)) as info:
            for _ in stream:
                pass
        assert "John" not in str(info.value)
    finally:
        fresh.closed.reset_after_events = None
    sent = fresh.closed.received[0].text
    assert "John Smith" not in sent
    outcome = fresh.wait_outcome(decision)
    assert outcome["error"] == "upstream_error" and outcome["status"] == 200
