"""Latency sovereign adds over bare mitmproxy, same machine, same run.

Both proxies run as reverse proxies in front of the same loopback stand-in (a fixed-reply
OpenAI-compatible server), each in its own process; one client sends N sequential requests
with a ~2 KB prompt through each and we print p50/p99 latency and the difference ("new prompt"
is one filler text with a new reference number: a cache miss, but text the detector has read;
"new text" is realistic text each prompt holds alone, read for the first time); then a
few requests with a 100 KB prompt (a RAG context), each new, to show how long sovereign
takes to decide on one.

    .venv/bin/python -m bench.proxy_overhead [--requests 300]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import httpx

from bench.harness import Proxies, proxies
from sovereign.demo.standins import StandIn

FILLER = ("The quarterly planning meeting covered hiring, the roadmap for the storage service, "
          "and the migration of the billing pipeline to the new cluster. ")


LARGE = 100_000
HARMLESS = [Path(__file__).parent / "data" / "realistic" / f"harmless_{part}.jsonl"
            for part in ("tune", "heldout")]


def new_texts(n: int, size: int = 2_000) -> list[str]:
    """*n* prompts of about *size* characters, each made of real-looking texts no other
    prompt here holds (the realistic set's harmless part: code, logs, READMEs, questions),
    so that detection reads text it has never seen, as a proxy does."""
    texts = [json.loads(line)["text"] for path in HARMLESS
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: list[str] = []
    current = ""
    for text in texts:
        current = f"{current}\n\n{text}" if current else text
        if len(current) >= size:
            out.append(current[:size])
            current = ""
        if len(out) == n:
            break
    return out


def timed_posts(client: httpx.Client, url: str, payloads: list[dict[str, object]],
                strict: bool) -> tuple[list[float], int]:
    """Milliseconds per request for each payload, and how many were not answered 200 (with
    *strict*, the first such answer raises instead)."""
    out = []
    refused = 0
    for payload in payloads:
        t0 = time.perf_counter()
        r = client.post(url, json=payload)
        out.append((time.perf_counter() - t0) * 1000)
        if strict:
            r.raise_for_status()
        refused += r.status_code != 200
    return out, refused


def measure_texts(url: str, texts: list[str]) -> tuple[list[float], int]:
    """Milliseconds per request for each of *texts* as a chat prompt, and how many were not
    answered 200 (a prompt the shipped rules redact is still answered; one they would route
    to a local model gets 503 here, where none is configured)."""
    payloads: list[dict[str, object]] = [
        {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]} for text in texts]
    with httpx.Client(timeout=30, trust_env=False) as client:
        return timed_posts(client, url, payloads, strict=False)


def prompt(with_pii: bool, size: int = 2_000) -> str:
    text = FILLER * (size // len(FILLER))
    return text + (" Please send the summary to Maria Garcia at maria.garcia@example.com."
                   if with_pii else " Please send the summary to the team.")


def body(with_pii: bool, i: int | None, size: int = 2_000) -> dict[str, object]:
    """*i* makes every prompt distinct (a detection-cache miss); None repeats one prompt."""
    text = (f"Reference number {i}. " if i is not None else "") + prompt(with_pii, size)
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}


def measure(url: str, with_pii: bool, unique: bool, n: int, size: int = 2_000) -> list[float]:
    with httpx.Client(timeout=30, trust_env=False) as client:
        for i in range(10):  # warm-up
            client.post(url, json=body(with_pii, -i - 1 if unique else None, size)
                        ).raise_for_status()
        payloads = [body(with_pii, i if unique else None, size) for i in range(n)]
        return timed_posts(client, url, payloads, strict=True)[0]


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    standin = StandIn("closed", event_delay=0).start()
    try:
        with proxies(standin) as p:
            report(p, args.requests)
    finally:
        standin.stop()


def report(p: Proxies, requests: int) -> None:
    rows = []
    cases = [("allow, new prompt", False, True), ("redact, new prompt", True, True),
             ("allow, repeated (cached)", False, False),
             ("redact, repeated (cached)", True, False)]
    for label, pii, unique in cases:
        rows.append((label, measure(p.bare_url, pii, unique, requests),
                     measure(p.sovereign_url, pii, unique, requests)))
    print(f"{requests} sequential requests, ~2 KB prompt, reverse mode, loopback stand-in")
    print(f"{'path':<28}{'bare p50':>10}{'bare p99':>10}{'sov p50':>10}{'sov p99':>10}"
          f"{'+p50 ms':>10}{'+p99 ms':>10}")
    for label, base, ours in rows:
        b50, b99, o50, o99 = pct(base, 50), pct(base, 99), pct(ours, 50), pct(ours, 99)
        print(f"{label:<28}{b50:>10.2f}{b99:>10.2f}{o50:>10.2f}{o99:>10.2f}"
              f"{o50 - b50:>10.2f}{o99 - b99:>10.2f}")
    texts = new_texts(requests + 10)
    if len(texts) > 20:
        warm, texts = texts[:10], texts[10:]
        measure_texts(p.sovereign_url, warm)
        base_t, _ = measure_texts(p.bare_url, texts)
        ours_t, refused = measure_texts(p.sovereign_url, texts)
        b50, b99, o50, o99 = pct(base_t, 50), pct(base_t, 99), pct(ours_t, 50), pct(ours_t, 99)
        print(f"{'new text (realistic set)':<28}{b50:>10.2f}{b99:>10.2f}{o50:>10.2f}{o99:>10.2f}"
              f"{o50 - b50:>10.2f}{o99 - b99:>10.2f}  ({len(texts)} prompts of ~2 KB, each "
              f"text read once; {refused} not answered 200)")
    large = 20
    base = measure(p.bare_url, True, True, large, LARGE)
    ours = measure(p.sovereign_url, True, True, large, LARGE)
    print(f"{large} sequential requests, 100 KB prompt, new each time (redact): bare p50 "
          f"{statistics.median(base):.0f} ms, sovereign p50 {statistics.median(ours):.0f} ms, "
          f"max {max(ours):.0f} ms")


if __name__ == "__main__":
    main()
