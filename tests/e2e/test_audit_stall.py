"""A slow audit disk stalls no connection: the audit writer's fsync runs on its own thread.

The disk's fsync is held by the test (an Event, never a sleep). While it is held: a request
whose decision is already durable still gets its reply (its outcome record is queued, not
awaited), a request that is not an LLM call is still answered, and a new LLM request is not
let out (its decision record is not durable yet). Once released, everything is on disk,
every decision has its outcome, and the log verifies.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from sovereign.audit import keys
from sovereign.audit.segments import read_records
from sovereign.audit.verify import VALID, verify
from sovereign.audit.writer import FileAuditLog
from sovereign.demo.standins import Received, StandIn
from sovereign.pipeline import Pipeline, Settings
from sovereign.policy.loader import load_rules
from sovereign.route.models import ModelRegistry
from tests.conftest import REPO
from tests.fakes import GatedDisk, RegexDetector, inprocess_proxy

ANSWERED_S = 60  # only bounds a hang: an answer held by the disk never comes while it is held


class HoldsDiskOnArrival(StandIn):
    """The closed API stand-in: holds the audit disk when a marked request reaches it (its
    decision is durable by then; its outcome is not written yet)."""

    def __init__(self, disk: GatedDisk, marker: str) -> None:
        super().__init__("closed")
        self.disk, self.marker = disk, marker

    def _record(self, r: Received) -> None:
        if self.marker in r.text:
            self.disk.hold()
        super()._record(r)


@pytest.fixture
def disk() -> GatedDisk:
    return GatedDisk()


@pytest.fixture
def closed(disk: GatedDisk) -> Iterator[HoldsDiskOnArrival]:
    standin = HoldsDiskOnArrival(disk, "first question")
    standin.start()
    yield standin
    disk.release()
    standin.stop()


def ask(proxy_url: str, ca: Path, text: str) -> httpx.Response:
    with httpx.Client(proxy=proxy_url, verify=ssl.create_default_context(cafile=str(ca)),
                      trust_env=False, timeout=ANSWERED_S) as client:
        return client.post("https://api.openai.com/v1/chat/completions",
                           headers={"authorization": "Bearer sk-x"},
                           json={"model": "gpt-4o",
                                 "messages": [{"role": "user", "content": text}]})


def test_a_held_audit_fsync_stalls_no_other_connection(tmp_path: Path, disk: GatedDisk,
                                                       closed: HoldsDiskOnArrival) -> None:
    other = StandIn("not-an-llm").start()
    signer = keys.generate(tmp_path / "keys" / "audit.key")
    audit = FileAuditLog(tmp_path / "audit", signer, "test/stall", checkpoint_every=1000,
                         checkpoint_seconds=3600, disk=disk)
    pipeline = Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([]), audit=audit,
                        settings=Settings(upstreams={"openai": closed.url}))
    try:
        with inprocess_proxy(tmp_path, pipeline) as (url, ca), \
                ThreadPoolExecutor(2) as clients:
            first = clients.submit(ask, url, ca, "first question: what is 2 + 2?")
            assert disk.waiting.wait(ANSWERED_S), "the audit writer never reached the disk"
            # the disk is held now, with the first request's outcome record behind it
            assert first.result(ANSWERED_S).status_code == 200

            second = clients.submit(ask, url, ca, "second question: what is 3 + 3?")
            with httpx.Client(proxy=url, trust_env=False, timeout=ANSWERED_S) as client:
                assert client.get(f"{other.url}/health").status_code == 200
            assert not closed.saw("second question")  # its decision is not durable yet
            assert not second.done()

            disk.release()
            assert second.result(ANSWERED_S).status_code == 200
            assert closed.saw("second question")
    finally:
        audit.close()  # drains what is queued
        other.stop()
    records = read_records(tmp_path / "audit")
    decisions = [r["id"] for r in records if r["type"] == "decision"]
    outcomes = [r["decision"] for r in records if r["type"] == "outcome"]
    assert len(decisions) == 2 and sorted(outcomes) == sorted(decisions)
    assert all(r["status"] == 200 for r in records if r["type"] == "outcome")
    report = verify(tmp_path / "audit", tmp_path / "keys" / "audit.key.pub")
    assert report.exit_code == VALID, report.problems
    assert report.covered == report.entries == len(records)
