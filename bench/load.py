"""Load: throughput and latency added over bare mitmproxy at 1, 16 and 64 concurrent clients,
allow and redact paths, streaming and not; then the proxy's memory over many requests.

Both proxies run as reverse proxies (own processes) in front of the same loopback stand-in;
the clients are asyncio tasks in this process. Figures are printed, never asserted.

    .venv/bin/python -m bench.load [--seconds 8] [--memory-requests 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import time
from pathlib import Path

import httpx

from bench.harness import Proxies, proxies
from bench.proxy_overhead import prompt
from sovereign.demo.standins import StandIn


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def run(url: str, clients: int, seconds: float, pii: bool, stream: bool,
              unique_every: int = 0) -> tuple[list[float], float]:
    counter = itertools.count()
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, trust_env=False, limits=limits) as client:

        async def worker() -> None:
            while time.perf_counter() < deadline:
                n = next(counter)
                text = prompt(pii)
                if unique_every and n % unique_every == 0:
                    text += f" Ticket {n}."
                body = {"model": "gpt-4o", "stream": stream,
                        "messages": [{"role": "user", "content": text}]}
                t0 = time.perf_counter()
                if stream:
                    async with client.stream("POST", url, json=body) as r:
                        async for _ in r.aiter_bytes():
                            pass
                else:
                    r = await client.post(url, json=body)
                latencies.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"status {r.status_code}")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return latencies, len(latencies) / elapsed


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 2 else values[0]


async def memory(url: str, pid: int, total: int, clients: int = 16) -> None:
    print(f"\nmemory of the sovereign process over {total:,} requests (redact path, one prompt "
          "in ten new):")
    done = 0
    step = max(total // 5, 1)
    print(f"  {0:>8,} requests: {rss_mb(pid):7.1f} MB RSS")
    while done < total:
        n = min(step, total - done)
        async with httpx.AsyncClient(timeout=60, trust_env=False) as client:
            await _fan_out(client, url, n, done, clients)
        done += n
        print(f"  {done:>8,} requests: {rss_mb(pid):7.1f} MB RSS")


async def _memory_worker(client: httpx.AsyncClient, url: str, counter: itertools.count[int],
                         n: int, base: int) -> None:
    while (i := next(counter)) < n:
        extra = f" Ticket {base + i}." if i % 10 == 0 else ""
        await client.post(url, json={"model": "gpt-4o", "messages": [
            {"role": "user", "content": prompt(True) + extra}]})


async def _fan_out(client: httpx.AsyncClient, url: str, n: int, base: int,
                   clients: int) -> None:
    counter = itertools.count()
    await asyncio.gather(*(_memory_worker(client, url, counter, n, base)
                           for _ in range(clients)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8.0,
                        help="per latency cell; 0 skips the table (memory only)")
    parser.add_argument("--memory-requests", type=int, default=100_000)
    args = parser.parse_args()
    standin = StandIn("closed", piece_size=16, event_delay=0).start()
    try:
        with proxies(standin) as p:
            report(p, args.seconds, args.memory_requests)
    finally:
        standin.stop()


def report(p: Proxies, seconds: float, memory_requests: int) -> None:
    bare_url, sov_url = p.bare_url, p.sovereign_url
    print(f"~2 KB prompts, {seconds:g} s per cell, repeated prompt (detection cached) "
          "except where noted; latency in ms")
    print(f"{'path':<26}{'clients':>8}{'bare rps':>10}{'sov rps':>9}{'bare p50':>10}"
          f"{'sov p50':>9}{'+p50':>7}{'bare p99':>10}{'sov p99':>9}{'+p99':>7}")
    cases = [("allow", False, False, 0), ("redact", True, False, 0),
             ("allow stream", False, True, 0), ("redact stream", True, True, 0),
             ("redact, every prompt new", True, False, 1)]
    for label, pii, stream, unique in cases if seconds > 0 else []:
        for clients in (1, 16, 64):
            b_lat, b_rps = asyncio.run(run(bare_url, clients, seconds, pii, stream))
            s_lat, s_rps = asyncio.run(run(sov_url, clients, seconds, pii, stream,
                                           unique))
            b50, s50, b99, s99 = pct(b_lat, 50), pct(s_lat, 50), pct(b_lat, 99), pct(s_lat, 99)
            print(f"{label:<26}{clients:>8}{b_rps:>10.0f}{s_rps:>9.0f}{b50:>10.1f}"
                  f"{s50:>9.1f}{s50 - b50:>7.1f}{b99:>10.1f}{s99:>9.1f}{s99 - b99:>7.1f}")
    print("anchor: LiteLLM publishes p50 12 ms / p99 43 ms gateway overhead (no guardrails)")
    if memory_requests:
        asyncio.run(memory(sov_url, p.sovereign_pid, memory_requests))


if __name__ == "__main__":
    main()
