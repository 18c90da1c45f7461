"""The proxy's detection worker pool: workers killed while scanning fail the request closed
(refused in the API's format, audited, nothing sent) and are started again, and while none
can scan a request is refused at once; a scan that hangs is decided at its request's
deadline and its worker killed and replaced, leaking no thread and no process; a worker
killed while idle costs no request at all and is replaced.

The in-process tests use fake engines (tests/poolfakes.py) that say when they are scanning,
so that they are synchronised by events, not by sleeps or timings."""

from __future__ import annotations

import concurrent.futures
import functools
import multiprocessing
import os
import signal
import ssl
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from sovereign.audit.writer import MemoryAuditLog
from sovereign.demo.standins import StandIn
from sovereign.detect.pool import PoolDetector
from sovereign.pipeline import Pipeline, Settings
from sovereign.policy.loader import load_rules
from sovereign.route.models import ModelRegistry
from tests.conftest import REPO, ProxyRun
from tests.fakes import inprocess_proxy
from tests.poolfakes import HANG, fake_engine

URL = "https://api.openai.com/v1/chat/completions"


def detection_workers(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid), "-f", "spawn_main"], capture_output=True,
                         text=True, check=False).stdout
    return [int(p) for p in out.split()]


def post(run: ProxyRun, text: str) -> httpx.Response:
    verify = ssl.create_default_context(cafile=str(run.ca))
    with httpx.Client(proxy=run.url, verify=verify, trust_env=False, timeout=60) as c:
        return c.post(URL, json={"model": "gpt-4o",
                                 "messages": [{"role": "user", "content": text}]})


def refusals(run: ProxyRun) -> int:
    return sum(rec.get("refusal") == "inspection_failed" for rec in run.audit_records())


def wait_for_workers(run: ProxyRun, count: int, not_in: list[int], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        now = detection_workers(run.process.pid)
        if len(set(now) - set(not_in)) >= count and not set(now) & set(not_in):
            return
        time.sleep(0.1)
    raise AssertionError(f"the workers were not replaced: {detection_workers(run.process.pid)}")


def assert_redacted_and_sent(run: ProxyRun) -> None:
    r = post(run, f"Mail priya.raman@example.org about case {uuid.uuid4()}")  # not cached
    assert r.status_code == 200, r.text
    sent = run.closed.received[-1].json["messages"][0]["content"]
    assert "priya.raman" not in sent and "[EMAIL_ADDRESS_1]" in sent


@pytest.fixture
def closed() -> Iterator[StandIn]:
    standin = StandIn("closed").start()
    yield standin
    standin.stop()


@contextmanager
def fake_pool(workers: int = 2, hung_after_s: float = 0.5
              ) -> Iterator[tuple[PoolDetector, Any, Any]]:
    """A pool of *workers* fake engines (tests/poolfakes.py): texts with HANG hang their worker
    after releasing *started*; a worker's engine is built only while *gate* is set. A worker
    is taken as hung *hung_after_s* after every request it scans for gave up on it."""
    spawn = multiprocessing.get_context("spawn")
    started, gate = spawn.Semaphore(0), spawn.Event()
    gate.set()
    pool = PoolDetector(functools.partial(fake_engine, started, gate), workers,
                        hung_after_s=hung_after_s)
    try:
        pool.warm()
        yield pool, started, gate
    finally:
        gate.set()
        pool.close()


def inprocess(tmp: Path, closed: StandIn, pool: PoolDetector, audit: MemoryAuditLog,
              deadline_s: float) -> Any:
    pipeline = Pipeline(detector=pool, rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([]), audit=audit,
                        settings=Settings(upstreams={"openai": closed.url},
                                          decision_deadline_s=deadline_s))
    return inprocess_proxy(tmp, pipeline)


def post_to(url: str, ca: Path, text: str) -> httpx.Response:
    verify = ssl.create_default_context(cafile=str(ca))
    with httpx.Client(proxy=url, verify=verify, trust_env=False, timeout=60) as c:
        return c.post(URL, json={"model": "gpt-4o",
                                 "messages": [{"role": "user", "content": text}]})


def pool_workers() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "sovereign-detect"]


def assert_forwarded_redacted(url: str, ca: Path, closed: StandIn) -> None:
    r = post_to(url, ca, "Say hello to John Smith")
    assert r.status_code == 200, r.text  # forwarded, not refused
    sent = closed.received[-1].json["messages"][0]["content"]
    assert "John Smith" not in sent and "[PERSON_1]" in sent


def test_workers_killed_while_scanning_fail_the_request_closed_and_are_replaced(
        tmp_path: Path, closed: StandIn) -> None:
    audit = MemoryAuditLog()
    with fake_pool() as (pool, started, gate), \
            inprocess(tmp_path, closed, pool, audit, deadline_s=600) as (url, ca):
        workers = pool_workers()
        assert len(workers) == 2
        # one request whose text is cut into several tasks: every worker scans part of it
        prompt = "\n".join(f"{i}: {HANG} Priya Raman, 12 Via Roma" for i in range(600))
        with concurrent.futures.ThreadPoolExecutor(1) as side:
            reply = side.submit(post_to, url, ca, prompt)
            for _ in workers:  # until every worker is scanning this request
                assert started.acquire(timeout=120), "a worker never started scanning"
            gate.clear()  # the killed workers' replacements cannot load their engine yet
            for worker in workers:
                assert worker.pid is not None
                os.kill(worker.pid, signal.SIGKILL)
            r = reply.result()
        assert r.status_code == 503 and r.json()["error"]["code"] == "inspection_failed", r.text
        assert closed.received == []  # nothing left the proxy
        assert [rec.get("refusal") for rec in audit.records] == ["inspection_failed"]
        # no worker can scan: the next request is refused at once (were it held until a
        # worker is back, it would wait for the gate, which opens only after this answer)
        r = post_to(url, ca, "Say hello to John Smith")
        assert r.status_code == 503 and r.json()["error"]["code"] == "inspection_failed", r.text
        assert closed.received == []
        gate.set()
        assert pool.wait_serving(2, timeout=120), "the workers were not replaced"
        assert not {w.pid for w in workers} & {w.pid for w in pool_workers()}
        assert_forwarded_redacted(url, ca, closed)


def test_hung_scans_are_decided_at_their_deadline_and_their_workers_reclaimed(
        tmp_path: Path, closed: StandIn) -> None:
    audit = MemoryAuditLog()
    with fake_pool() as (pool, _, _), \
            inprocess(tmp_path, closed, pool, audit, deadline_s=1.0) as (url, ca):
        assert_forwarded_redacted(url, ca, closed)
        threads = threading.active_count()
        with concurrent.futures.ThreadPoolExecutor(16) as clients:
            answers = list(clients.map(lambda i: post_to(url, ca, f"{HANG} {i}"), range(100)))
        # each is refused: decided by the deadline rule, or at once while no worker serves
        for r in answers:
            code = r.json()["error"]["code"]
            assert (r.status_code, code) in ((403, "blocked_by_policy"),
                                             (503, "inspection_failed")), r.text
            if r.status_code == 403:
                assert "deadline" in r.json()["error"]["message"]
        assert len(closed.received) == 1  # only the first clean request left
        deadline_decided = [rec for rec in audit.records
                            if rec.get("rule_ids") == ["decision-deadline"]]
        assert deadline_decided  # the hung scans were decided by on_deadline
        # the killed workers come back, and nothing stays held: a clean request is scanned
        # and forwarded (a pinned lane thread or a hung worker would leave it undecided)
        # (every hung worker killed and started again, none scanning for a gone request)
        assert pool.wait_idle(timeout=120), "the hung workers were not replaced"
        assert_forwarded_redacted(url, ca, closed)
        assert len(pool_workers()) == 2  # killed workers were reaped, none added
        lanes = 9 * max(2, os.cpu_count() or 2)  # the deadline's executors' threads at most
        assert threading.active_count() <= threads + lanes


def dead(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] in "ZX"
    except FileNotFoundError:
        return True


def test_a_worker_killed_while_idle_costs_no_request_and_is_replaced(fresh: ProxyRun) -> None:
    before = refusals(fresh)
    workers = detection_workers(fresh.process.pid)
    os.kill(workers[0], signal.SIGKILL)
    while not dead(workers[0]):  # gone before the next request: it dies idle, not serving
        time.sleep(0.01)
    for _ in range(3):  # served by the other workers while the killed one is replaced
        assert_redacted_and_sent(fresh)
    wait_for_workers(fresh, len(workers), not_in=workers[:1])
    assert set(workers[1:]) <= set(detection_workers(fresh.process.pid))  # the others live on
    assert_redacted_and_sent(fresh)
    assert refusals(fresh) == before
