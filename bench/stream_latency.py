"""Time to first token and total stream time for a ~2,000-token streamed reply, through bare
mitmproxy, sovereign on the allow path, and sovereign on the redact path (placeholders in the
reply restored chunk by chunk), same machine, same run; printed with ratios to bare mitmproxy.

    .venv/bin/python -m bench.stream_latency [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import httpx

from bench.harness import Proxies, proxies
from sovereign.demo.standins import StandIn

# ~2,000 tokens at ~4 characters per piece; a placeholder every ~40 pieces
WORDS = "the quarterly plan covers hiring roadmap storage billing migration and review".split()


def reply_text() -> str:
    out = []
    for i in range(2000):
        out.append("[PERSON_1]" if i % 40 == 39 else WORDS[i % len(WORDS)])
    return " ".join(out)


def run_once(url: str, prompt: str) -> tuple[float, float, str]:
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": prompt}]}
    t0 = time.perf_counter()
    first = None
    text = []
    with httpx.Client(timeout=60, trust_env=False) as client, \
            client.stream("POST", url, json=body) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if not line.startswith("data: {"):
                continue
            delta = json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
            if delta and first is None:
                first = time.perf_counter() - t0
            text.append(delta)
    return (first or 0.0) * 1000, (time.perf_counter() - t0) * 1000, "".join(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    standin = StandIn("closed", piece_size=5, event_delay=0).start()
    standin.reply_text = reply_text()
    try:
        with proxies(standin) as p:
            report(p, standin, args.runs)
    finally:
        standin.stop()


def report(p: Proxies, standin: StandIn, runs: int) -> None:
    cases = [("bare mitmproxy", p.bare_url, "Summarise the plan"),
             ("sovereign allow", p.sovereign_url, "Summarise the plan"),
             ("sovereign redact", p.sovereign_url, "Summarise the plan for John Smith")]
    results = {}
    for label, url, prompt in cases:
        run_once(url, prompt)  # warm-up (and detection cache)
        samples = [run_once(url, prompt) for _ in range(runs)]
        results[label] = samples
    base_ttft = statistics.median(s[0] for s in results["bare mitmproxy"])
    base_total = statistics.median(s[1] for s in results["bare mitmproxy"])
    events = len(standin.reply_text or "") // 5
    print(f"streamed reply: {len(standin.reply_text or '')} characters in ~{events} SSE "
          f"events, {runs} runs each (medians)")
    print(f"{'path':<20}{'TTFT ms':>10}{'x bare':>8}{'total ms':>10}{'x bare':>8}"
          f"{'tokens left':>13}")
    for label, samples in results.items():
        ttft = statistics.median(s[0] for s in samples)
        total = statistics.median(s[1] for s in samples)
        # placeholders the client still sees: the redact path must restore them all
        left = samples[-1][2].count("[PERSON_1]") if label.endswith("redact") else "-"
        print(f"{label:<20}{ttft:>10.2f}{ttft / base_ttft:>8.2f}{total:>10.2f}"
              f"{total / base_total:>8.2f}{left!s:>13}")


if __name__ == "__main__":
    main()
