"""Latency a shared conversation store (``redaction.store: redis://...``) adds to a chain
request, against the in-memory store, same machine, same run.

Two sovereign processes in reverse mode in front of one loopback stand-in: one keeps chain
vaults in memory (the baseline), the other on a local redis-server (no persistence), sealed.
One client runs a Responses-API chain on each, turn by turn alternating between the two, each
going first every other turn (so drift in the machine's load hits both alike): every turn
redacts a person and names the previous reply (``previous_response_id``), so each request
reads a sealed vault and its reply writes one. Printed: p50/p99 of both, the difference and
the ratio; then the store calls alone in-process (seal + SET, GET + open) for both stores.

    .venv/bin/python -m bench.store_latency [--turns 300]
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import redis

from sovereign.demo.standins import StandIn
from sovereign.redact.conversations import ConversationVaults, SealedVaults, caller_key
from sovereign.redact.sealing import Keyring
from sovereign.redact.vault import Vault
from sovereign.vaultstore import RedisKV
from tests.conftest import free_port, start_proxy, write_config

KEYS = f"b1:{base64.b64encode(os.urandom(32)).decode()}"
PROMPT = "Please update John Smith at john.smith@example.com about the renewal."


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def start_redis(tmp: Path) -> tuple[subprocess.Popen[bytes], int]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (make test-tools installs it)")
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 30
    while True:
        try:
            client.ping()
            return proc, port
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise SystemExit("redis-server did not start") from None
            time.sleep(0.05)


def sovereign(tmp: Path, name: str, standin: StandIn, store: str) -> tuple[
        subprocess.Popen[bytes], str]:
    where = tmp / name
    where.mkdir()
    port = free_port()
    config = write_config(where, port, standin, standin.url, extra={
        "modes": [f"reverse:https://api.openai.com@{port}"],
        "logging": {"format": "json", "level": "warning"},
        "detection": {"workers": 1},
        "audit": {"dir": str(where / "audit"), "signing_key": str(where / "keys" / "audit.key"),
                  "tag_keys": str(where / "keys" / "tags")},
        "redaction": {"key_env": "SOVEREIGN_TEST_REDACTION_KEY", "store": store,
                      "store_keys_env": "BENCH_VAULT_KEYS"}})
    return start_proxy(config, where / "proxy.log", 300), f"http://127.0.0.1:{port}/v1/responses"


def chains(urls: list[str], turns: int) -> list[list[float]]:
    """One chain per URL, turn by turn alternating; milliseconds per request."""
    times: list[list[float]] = [[] for _ in urls]
    previous: list[str | None] = [None for _ in urls]
    headers = {"authorization": "Bearer sk-bench-0123456789abcdef"}
    with httpx.Client(timeout=30, trust_env=False, headers=headers) as client:
        for turn in range(turns + 10):  # the first 10 warm up
            order = list(enumerate(urls))
            for k, url in order if turn % 2 else order[::-1]:  # neither always goes first
                body: dict[str, object] = {"model": "gpt-4o", "input": PROMPT}
                if previous[k]:
                    body["previous_response_id"] = previous[k]
                t0 = time.perf_counter()
                r = client.post(url, json=body)
                elapsed = (time.perf_counter() - t0) * 1000
                r.raise_for_status()
                doc = r.json()
                assert doc["output"][0]["content"][0]["text"].startswith("Noted: John Smith")
                previous[k] = doc["id"]
                if turn >= 10:
                    times[k].append(elapsed)
    return times


def calls(store_get: Callable[[str], object], store_put: Callable[[str], None],
          n: int) -> tuple[list[float], list[float]]:
    puts, gets = [], []
    for i in range(n):
        t0 = time.perf_counter()
        store_put(f"resp_{i}")
        t1 = time.perf_counter()
        store_get(f"resp_{i}")
        t2 = time.perf_counter()
        puts.append((t1 - t0) * 1000)
        gets.append((t2 - t1) * 1000)
    return puts, gets


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=300)
    args = parser.parse_args()
    os.environ["BENCH_VAULT_KEYS"] = KEYS
    tmp = Path(tempfile.mkdtemp(prefix="sovereign-store-bench-"))
    standin = StandIn("closed", event_delay=0).start()
    standin.unique_ids = True
    standin.reply_text = "Noted: [PERSON_1] <[EMAIL_ADDRESS_1]>."
    store, port = start_redis(tmp)
    procs = []
    try:
        mem, mem_url = sovereign(tmp, "memory", standin, "memory")
        procs.append(mem)
        red, red_url = sovereign(tmp, "redis", standin, f"redis://127.0.0.1:{port}/0")
        procs.append(red)
        base, ours = chains([mem_url, red_url], args.turns)
        print(f"{args.turns} chain requests each (Responses API, previous_response_id, one "
              "person redacted, reply restored), reverse mode, loopback stand-in, "
              "alternating turns")
        print(f"{'store':<22}{'p50 ms':>10}{'p99 ms':>10}{'mean ms':>10}")
        for label, values in (("memory (baseline)", base), ("redis, sealed", ours)):
            print(f"{label:<22}{pct(values, 50):>10.2f}{pct(values, 99):>10.2f}"
                  f"{statistics.mean(values):>10.2f}")
        print(f"added by the store: p50 {pct(ours, 50) - pct(base, 50):+.2f} ms, p99 "
              f"{pct(ours, 99) - pct(base, 99):+.2f} ms; ratio to memory: p50 "
              f"{pct(ours, 50) / pct(base, 50):.3f}, p99 {pct(ours, 99) / pct(base, 99):.3f}")
        # the store calls alone, in this process
        vault = Vault()
        for name in ("John Smith", "Maria Garcia", "David Miller"):
            vault.placeholder_for("PERSON", name)
        caller = caller_key("sk-bench-0123456789abcdef")
        memory = ConversationVaults(100_000, 600)
        kv = RedisKV(f"redis://127.0.0.1:{port}/0", 1.0)
        sealed = SealedVaults(kv, Keyring.parse(KEYS, "bench"), 600)
        n = 2000
        rows = []
        for label, s in (("memory", memory), ("redis, sealed", sealed)):
            puts, gets = calls(lambda c, s=s: s.get(caller, c),  # type: ignore[misc]
                               lambda c, s=s: s.put(caller, c, vault), n)  # type: ignore[misc]
            rows.append((label, puts, gets))
        print(f"the store calls alone, {n} each, in-process (vault of 3 people):")
        for label, puts, gets in rows:
            print(f"  {label:<16} put p50 {pct(puts, 50) * 1000:8.1f} µs  p99 "
                  f"{pct(puts, 99) * 1000:8.1f} µs   get p50 {pct(gets, 50) * 1000:8.1f} µs  "
                  f"p99 {pct(gets, 99) * 1000:8.1f} µs")
        kv.close()
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(60)
        store.kill()
        store.wait(30)
        standin.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
