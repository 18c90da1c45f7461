"""Time to first token and total stream time for a ~2,000-token streamed reply, through bare
mitmproxy, sovereign on the allow path, and sovereign on the redact path (placeholders in the
reply restored chunk by chunk), same machine, same run; printed with ratios to bare mitmproxy.

    .venv/bin/python -m bench.stream_latency [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.proxy_overhead import wait_port
from tests.conftest import free_port, start_proxy, write_config
from tests.standins import StandIn

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
    tmp = Path(tempfile.mkdtemp(prefix="sovereign-bench-"))
    bare_port, sov_port = free_port(), free_port()
    bare = subprocess.Popen(
        [str(Path(sys.executable).with_name("mitmdump")), "-q", "--mode",
         f"reverse:{standin.url}@{bare_port}", "--set", f"confdir={tmp / 'bare'}",
         # stream every body, as sovereign does for SSE: otherwise TTFT would equal total
         "--set", "stream_large_bodies=1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    config = write_config(tmp, sov_port, standin, standin.url, extra={
        "modes": [f"reverse:https://api.openai.com@{sov_port}"],
        "logging": {"format": "json", "level": "warning"},
        "audit": {"dir": str(tmp / "audit"), "signing_key": str(tmp / "keys" / "audit.key")}})
    sov = start_proxy(config, tmp / "proxy.log")
    try:
        wait_port(bare_port, bare)
        cases = [("bare mitmproxy", bare_port, "Summarise the plan"),
                 ("sovereign allow", sov_port, "Summarise the plan"),
                 ("sovereign redact", sov_port, "Summarise the plan for John Smith")]
        results = {}
        for label, port, prompt in cases:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            run_once(url, prompt)  # warm-up (and detection cache)
            samples = [run_once(url, prompt) for _ in range(args.runs)]
            results[label] = samples
        base_ttft = statistics.median(s[0] for s in results["bare mitmproxy"])
        base_total = statistics.median(s[1] for s in results["bare mitmproxy"])
        events = len(standin.reply_text) // 5
        print(f"streamed reply: {len(standin.reply_text)} characters in ~{events} SSE events, "
              f"{args.runs} runs each (medians)")
        print(f"{'path':<20}{'TTFT ms':>10}{'x bare':>8}{'total ms':>10}{'x bare':>8}"
              f"{'tokens left':>13}")
        for label, samples in results.items():
            ttft = statistics.median(s[0] for s in samples)
            total = statistics.median(s[1] for s in samples)
            # placeholders the client still sees: the redact path must restore them all
            left = samples[-1][2].count("[PERSON_1]") if label.endswith("redact") else "-"
            print(f"{label:<20}{ttft:>10.2f}{ttft / base_ttft:>8.2f}{total:>10.2f}"
                  f"{total / base_total:>8.2f}{left!s:>13}")
    finally:
        sov.terminate()
        bare.terminate()
        sov.wait(30)
        bare.wait(30)
        standin.stop()


if __name__ == "__main__":
    main()
