"""Fail closed: a failure anywhere on the request path ends in a refusal, never a forward.

mitmproxy logs and swallows exceptions raised by addon hooks and then forwards the flow; these
tests break each seam of a real in-process proxy and assert the closed stand-in got nothing.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sovereign.audit.writer import MemoryAuditLog
from sovereign.detect.detector import Detector
from sovereign.pipeline import Pipeline, Plan, Request, Settings
from sovereign.policy.loader import load_rules
from sovereign.redact.reply import RestorePlaceholders
from sovereign.route.models import ModelRegistry
from tests.conftest import REPO
from tests.fakes import BrokenDetector, RegexDetector, inprocess_proxy
from tests.standins import StandIn

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
        def handle(self, req: Request) -> Plan:
            raise RuntimeError("bug in the pipeline")

    audit = MemoryAuditLog()
    with inprocess_proxy(tmp_path, make_pipeline(closed, audit=audit, cls=Exploding)) as (url, ca):
        r = post(url, ca)
    assert r.status_code == 503 and r.json()["error"]["code"] == "internal_error"
    assert closed.received == []
    assert audit.records[-1] == {"type": "failure", "host": "api.openai.com",
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
