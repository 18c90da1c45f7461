"""The running proxy's detection worker pool: workers killed while scanning fail the request
closed (refused in the API's format, audited, nothing sent) and are started again; a worker
killed while idle costs no request at all and is replaced."""

from __future__ import annotations

import concurrent.futures
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


def cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_workers_killed_while_scanning_fail_the_request_closed_and_are_replaced(
        fresh: ProxyRun) -> None:
    before = refusals(fresh)
    workers = detection_workers(fresh.process.pid)
    assert len(workers) >= 2, "the proxy runs detection on worker processes"
    # a prompt that keeps the workers busy for a while (each line new: not cached), within
    # the test proxy's 64 KB body limit
    prompt = "\n".join(f"{i}: Priya Raman, 12 Via Roma, Lirone, priya.raman@example.org, "
                       f"+44 20 7946 {i:04d}" for i in range(650))
    idle = {pid: cpu_seconds(pid) for pid in workers}
    with concurrent.futures.ThreadPoolExecutor(1) as side:
        reply = side.submit(post, fresh, prompt)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not reply.done() and not all(
                cpu_seconds(pid) - idle[pid] > 0.05 for pid in workers):
            time.sleep(0.005)  # until every worker is scanning this request
        assert not reply.done(), reply.result().text
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        r = reply.result()
    assert r.status_code == 503 and r.json()["error"]["code"] == "inspection_failed", r.text
    assert fresh.closed.received == []  # nothing left the proxy
    assert refusals(fresh) == before + 1  # audited
    wait_for_workers(fresh, len(workers), not_in=workers)
    assert_redacted_and_sent(fresh)


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
