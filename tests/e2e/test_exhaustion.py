"""Exhaustion: inputs sized to wear the proxy out are decided in bounded time and memory.

- 20,000 distinct values in one request: redacted, and the decision record stays bounded
  (a capped list of spans and tags, counts per score, a Bloom filter for the other tags)
  while `audit verify`, `lookup` and `report` keep working.
- Megabyte-sized prompts in flight beside a one-line prompt, through the real proxy: the
  small one is answered (forwarded), not refused by the decision deadline.
"""

from __future__ import annotations

import concurrent.futures
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sovereign.audit import keys
from sovereign.audit.segments import read_records
from sovereign.audit.tags import MAX_LISTED, Tagger, TagKeys
from sovereign.audit.writer import FileAuditLog
from sovereign.cli import main
from sovereign.exchange import Action
from sovereign.pipeline import Forward, Pipeline, Request, Settings
from sovereign.policy.loader import load_rules
from sovereign.policy.replay import replay
from sovereign.route.models import ModelRegistry
from tests.conftest import REPO, ProxyRun, free_port, start_proxy, write_config
from tests.fakes import RegexDetector

N_VALUES = 20_000


def address(i: int) -> str:
    return f"member{i}.x@host{i % 89}.example.org"


def chat(text: str) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}


def test_twenty_thousand_values_make_a_bounded_record_that_the_tools_still_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    signer = keys.generate(tmp_path / "keys" / "audit.key")
    log = FileAuditLog(tmp_path / "audit", signer, "test/log", checkpoint_every=4)
    pipeline = Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([]), audit=log,
                        settings=Settings(max_body_bytes=16 * 1024 * 1024),
                        tagger=Tagger(TagKeys(tmp_path / "keys" / "tags", 30 * 86400)))
    text = "mail these: " + ", ".join(address(i) for i in range(N_VALUES))
    plan = pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions",
                                   {"authorization": "Bearer sk-x"}, json.dumps(chat(text)).encode()))
    assert isinstance(plan, Forward) and plan.action is Action.REDACT and plan.body
    sent = json.loads(plan.body)["messages"][0]["content"]
    assert "@" not in sent and f"[EMAIL_ADDRESS_{N_VALUES}]" in sent
    log.close()

    segment_text = "".join(p.read_text() for p in (tmp_path / "audit" / "segments").iterdir())
    assert address(0) not in segment_text and address(N_VALUES - 1) not in segment_text
    record = next(r for r in read_records(tmp_path / "audit") if r.get("type") == "decision")
    size = len(json.dumps(record))
    assert size < 200_000, size  # was one span and one tag per value: megabytes
    assert record["finding_count"] == N_VALUES
    assert record["findings"] == [{"type": "EMAIL_ADDRESS", "count": N_VALUES}]
    assert len(record["spans"]) < N_VALUES and record["spans_omitted"] > 0
    assert sum(c["count"] for c in record["scores"]) == N_VALUES
    assert len(record["tags"]) == MAX_LISTED and record["tag_count"] == N_VALUES

    directory, tag_dir = tmp_path / "audit", tmp_path / "keys" / "tags"
    assert main(["audit", "verify", str(directory), "--keys",
                 str(tmp_path / "keys" / "audit.key.pub")]) == 0
    for i in (0, N_VALUES - 1):  # one listed tag, one in the filter
        capsys.readouterr()
        assert main(["audit", "lookup", str(directory), "--value", address(i), "--type",
                     "EMAIL_ADDRESS", "--tag-key", str(tag_dir), "--json"]) == 0
        found = json.loads(capsys.readouterr().out)["sightings"]
        assert [(s["decision"], s["certain"]) for s in found] == [(record["id"], i == 0)]
    # a value never sent: not found, or (the filter's false "maybe", about 1% of tag keys)
    # found only as uncertain, never as a certain sighting
    capsys.readouterr()
    absent = main(["audit", "lookup", str(directory), "--value", "nobody@else.example",
                   "--type", "EMAIL_ADDRESS", "--tag-key", str(tag_dir), "--json"])
    out = capsys.readouterr().out
    maybe = json.loads(out)["sightings"] if absent == 0 else []
    assert absent in (0, 1) and not any(s["certain"] for s in maybe)
    changes, _, replayed = replay([record], load_rules([REPO / "rules"]))
    assert replayed == 1 and changes == []  # the counts per score decide it again the same
    report = tmp_path / "report.html"
    assert main(["audit", "report", str(directory), "--html", str(report)]) == 0
    assert "EMAIL_ADDRESS" in report.read_text() and address(5) not in report.read_text()


# -- megabyte prompts beside a one-line prompt, through the real proxy ----------------------

LARGE_PROMPTS = 3  # more than the deadline pool had threads on a two-core machine
LARGE_BYTES = 1_000_000
WORDS = ("river", "stone", "quiet", "number", "garden", "window", "paper", "orange", "travel",
         "market", "simple", "letter", "winter", "silver", "button", "yellow", "circle")


def plain_words(seed: int, size: int) -> str:
    """Plain prose-like words, different for each seed (no cache shares them)."""
    out, n, i = [], 0, seed
    while n < size:
        i = (i * 1103515245 + 12345) % (1 << 31)
        word = WORDS[i % len(WORDS)] + ("" if i % 7 else f" {seed}")
        out.append(word)
        n += len(word) + 1
    return " ".join(out)


@pytest.fixture(scope="module")
def big_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyRun]:
    """A proxy of its own that takes bodies of several megabytes (the shared one is
    limited to 64 KiB), with the default decision deadline."""
    from sovereign.demo.standins import StandIn

    tmp = tmp_path_factory.mktemp("big")
    closed, local = StandIn("closed").start(), StandIn("local").start()
    port = free_port()
    config = write_config(tmp, port, closed, local.url,
                          extra={"limits": {"max_body_bytes": 4 * 1024 * 1024}})
    log_file = tmp / "proxy.log"
    proc = start_proxy(config, log_file)
    run = ProxyRun(port=port, reverse_ports={}, ca=tmp / "mitmproxy" / "mitmproxy-ca-cert.pem",
                   audit_dir=tmp / "audit", public_key=tmp / "keys" / "audit.key.pub",
                   log_file=log_file, closed=closed, local=local, process=proc)
    try:
        yield run
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        closed.stop()
        local.stop()


def test_small_prompts_are_answered_beside_megabyte_prompts(big_proxy: ProxyRun) -> None:
    """One-line prompts sent one after another for as long as the megabyte prompts are in
    flight: every one of them is forwarded, none is refused by the decision deadline."""
    verify = ssl.create_default_context(cafile=str(big_proxy.ca))
    url = "https://api.openai.com/v1/chat/completions"
    uploaded = [threading.Event() for _ in range(LARGE_PROMPTS)]

    def body(k: int) -> Iterator[bytes]:
        raw = json.dumps(chat(plain_words(k, LARGE_BYTES))).encode()
        for i in range(0, len(raw), 65536):
            yield raw[i : i + 65536]
        uploaded[k].set()  # the whole body is with the proxy's socket

    def post_large(k: int) -> int:
        with httpx.Client(proxy=big_proxy.url, verify=verify, trust_env=False,
                          timeout=300) as c:
            return c.post(url, content=body(k),
                          headers={"content-type": "application/json"}).status_code

    small: list[httpx.Response] = []
    with concurrent.futures.ThreadPoolExecutor(LARGE_PROMPTS) as pool:
        large = [pool.submit(post_large, k) for k in range(LARGE_PROMPTS)]
        for event in uploaded:
            assert event.wait(timeout=120), "a large prompt could not be uploaded"
        with httpx.Client(proxy=big_proxy.url, verify=verify, trust_env=False,
                          timeout=120) as c:
            while not all(f.done() for f in large) or len(small) < 2:
                question = f"what is the capital of France? (question {len(small)})"
                small.append(c.post(url, json=chat(question)))
                assert len(small) < 2000, "the large prompts are never decided"
        statuses = [f.result(timeout=300) for f in large]  # hang guard only
    for n, answer in enumerate(small):
        # forwarded, not refused by the deadline
        assert answer.status_code == 200, (n, len(small), answer.text)
        assert big_proxy.closed.saw(f"(question {n})")
        decision = big_proxy.record(answer.headers["x-sovereign-decision"])
        assert decision["action"] == "allow" and decision["rule_ids"] == []
    # the large ones were decided (forwarded or refused at their deadline), none left hanging
    assert all(status in (200, 403) for status in statuses), statuses
