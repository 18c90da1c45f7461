"""The running proxy's detection worker pool: a worker killed mid-service fails the request
closed (refused in the API's format, audited, nothing sent), and the pool is rebuilt."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import time
import uuid

import httpx

from tests.conftest import ProxyRun

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


def test_a_killed_detection_worker_fails_closed_and_the_pool_recovers(fresh: ProxyRun) -> None:
    def refusals() -> int:
        return sum(rec.get("refusal") == "inspection_failed" for rec in fresh.audit_records())

    before = refusals()
    workers = detection_workers(fresh.process.pid)
    assert len(workers) >= 2, "the proxy runs detection on worker processes"
    os.kill(workers[0], signal.SIGKILL)
    deadline = time.monotonic() + 10
    while workers[0] in detection_workers(fresh.process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    r = post(fresh, f"Mail priya.raman@example.org about case {uuid.uuid4()}")  # not cached
    assert r.status_code == 503 and r.json()["error"]["code"] == "inspection_failed"
    assert fresh.closed.received == []
    assert refusals() == before + 1  # audited
    r = post(fresh, f"Mail priya.raman@example.org about case {uuid.uuid4()}")
    assert r.status_code == 200, r.text
    sent = fresh.closed.received[0].json["messages"][0]["content"]
    assert "priya.raman" not in sent and "[EMAIL_ADDRESS_1]" in sent
    assert set(detection_workers(fresh.process.pid)).isdisjoint(workers)  # a new pool
