"""Exhaustion: inputs sized to wear the proxy out are decided in bounded time and memory.

- 20,000 distinct values in one request: redacted, and the decision record stays bounded
  (a capped list of spans and tags, counts per score, a Bloom filter for the other tags)
  while `audit verify`, `lookup` and `report` keep working.
- Megabyte-sized prompts in flight beside a one-line prompt, through the real proxy: the
  small one is answered (forwarded), not refused by the decision deadline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
from tests.conftest import REPO
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
    assert main(["audit", "lookup", str(directory), "--value", "nobody@else.example",
                 "--type", "EMAIL_ADDRESS", "--tag-key", str(tag_dir)]) == 1
    changes, _, replayed = replay([record], load_rules([REPO / "rules"]))
    assert replayed == 1 and changes == []  # the counts per score decide it again the same
    report = tmp_path / "report.html"
    assert main(["audit", "report", str(directory), "--html", str(report)]) == 0
    assert "EMAIL_ADDRESS" in report.read_text() and address(5) not in report.read_text()
