"""Typed audit records: today's logs still read, what is written reads back the same, and the
readers (replay, report, lookup, verify) take both.

tests/fixtures/audit_records_v1.jsonl holds records written by the pipeline before records were
typed (no "v"), one of each kind: allow, redact, route_local, block, a finding in a header
(fixed_positions), 300 values (spans_omitted, scores, tag_count, tag_filter), refusals before
the body was read (one with inflate_limit), outcomes and a failure.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.audit import report
from sovereign.audit.lookup import lookup
from sovereign.audit.records import (
    RECORD_VERSION,
    DecisionRecord,
    FailureRecord,
    OutcomeRecord,
    RecordError,
    RuleHit,
    ScoreCount,
    SpanRecord,
    TagFilterRecord,
    TagRecord,
    TypeCount,
    of_type,
    read_record,
)
from sovereign.audit.writer import MemoryAuditLog, encode_record
from sovereign.pipeline import PassThrough, Pipeline, Request, Settings
from sovereign.policy.loader import load_rules
from sovereign.policy.replay import replay
from sovereign.route.models import LocalModel, ModelRegistry
from tests.conftest import REPO
from tests.fakes import RegexDetector

FIXTURE = REPO / "tests" / "fixtures" / "audit_records_v1.jsonl"


def todays() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text().splitlines()]


def written(doc: dict[str, Any]) -> dict[str, Any]:
    """A log entry as the pipeline handed it to the writer (without index and time)."""
    return {k: v for k, v in doc.items() if k not in ("index", "ts")}


def test_todays_records_read_with_every_field_kept() -> None:
    docs = todays()
    for doc in docs:
        record = read_record(doc)
        assert isinstance(record, DecisionRecord | OutcomeRecord | FailureRecord)
        assert record.index == doc["index"] and record.ts == doc["ts"]
        assert record.v == 1  # no "v": written before versions were recorded
        again = written(record.to_json())
        del again["v"]
        # nothing of today's record is lost, and nothing is invented beyond fields it lacks
        assert {k: again[k] for k in written(doc)} == written(doc)
        assert all(again[k] is None for k in again.keys() - doc.keys())
    decisions = of_type(docs, DecisionRecord)
    by_action = {(d.action, d.refusal): d for d in decisions}
    assert len(decisions) == 8 and len(of_type(docs, OutcomeRecord)) == 2
    assert of_type(docs, FailureRecord)[0].error == "internal_error"
    many = next(d for d in decisions if d.spans_omitted)
    assert (many.spans_omitted, len(many.spans), many.tag_count) == (44, 256, 300)
    assert many.scores == (ScoreCount("EMAIL_ADDRESS", 1.0, 300),)
    assert many.tag_filter is not None and many.tag_total == 300
    assert by_action[("route_local", None)].local_model == "llama-local"
    assert any(d.fixed_positions and d.fixed_positions[0][1] == "header" for d in decisions)
    assert {d.redacted for d in decisions if d.action == "redact"} == {1, 300}
    unread = [d for d in decisions if d.refusal == "body_too_large"]
    assert not any(d.assessed for d in unread)
    assert {d.inflate_limit is not None for d in unread} == {True, False}


def test_replay_report_and_lookup_read_todays_records() -> None:
    docs = todays()
    changes, transitions, replayed = replay(docs, load_rules([REPO / "rules"]))
    assert replayed == 6 and changes == []  # the same rules decide the same way again
    assert sum(transitions.values()) == 6
    page = report.render(docs)
    assert "route_local" in page and "client_disconnected" in page
    assert ">None<" not in page  # an outcome without a status shows what happened instead
    sightings, unsearchable = lookup(docs, "EMAIL_ADDRESS", "js@example.com", {})
    assert sightings == [] and unsearchable == {d.tag_epoch for d in of_type(
        docs, DecisionRecord) if d.tag_epoch is not None}


def test_records_the_pipeline_writes_now_read_back_the_same() -> None:
    audit = MemoryAuditLog()
    local = LocalModel(name="llama-local", base_url="http://10.9.9.9:8000/v1", default=True,
                       stands_in_for=["*"])
    pipeline = Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([local]), audit=audit, settings=Settings())
    for text in ("What is 2 + 2?", "mail js@example.com", "SSN 219-09-9999 for John Smith",
                 "key AKIAABCDEFGHIJKLMNOP"):
        body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
        plan = pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {},
                                       body.encode()))
        assert not isinstance(plan, PassThrough)
        pipeline.outcome(plan.decision_id, 200, None, pipeline.now())
    pipeline.failure("api.openai.com", "/v1/chat/completions", "shutting_down")
    assert [r.get("action") for r in audit.records if r["type"] == "decision"] == [
        "allow", "redact", "route_local", "block"]
    for doc in audit.records:
        assert doc["v"] == RECORD_VERSION
        record = read_record(json.loads(encode_record(doc)))
        assert isinstance(record, DecisionRecord | OutcomeRecord | FailureRecord)
        assert record.to_json() == doc


def test_a_record_from_a_newer_version_is_refused_not_guessed() -> None:
    with pytest.raises(RecordError, match="version 3"):
        read_record({"type": "decision", "v": RECORD_VERSION + 1, "id": "d", "index": 7})
    with pytest.raises(RecordError, match="record 7: field 'spans' is not a list"):
        read_record({"type": "decision", "id": "d", "spans": "0-4", "index": 7})


def imported(path: Path) -> set[str]:
    """Every module *path* imports, type-checking-only imports included."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_records_import_no_pipeline() -> None:
    """records.py imported pipeline.py (a cycle, if only for type checking); the record
    types in audit/ import nothing of sovereign outside audit/."""
    assert not {m for m in imported(REPO / "sovereign" / "records.py")
                if m.startswith(("sovereign.pipeline", "sovereign.proxy"))}
    assert {m for m in imported(REPO / "sovereign" / "audit" / "records.py")
            if m.startswith("sovereign")} <= {"sovereign.audit"}


# -- every decision record reads back as written ----------------------------------------------

names = st.text(max_size=12)
ints = st.integers(0, 2**40)
scores = st.floats(0, 1, allow_nan=False)
spans = st.builds(SpanRecord, ints, ints, ints, names, scores)


@st.composite
def decision_records(draw: st.DrawFn) -> DecisionRecord:
    assessed = draw(st.booleans())
    tagged = draw(st.booleans())
    omitted = draw(st.none() | st.integers(1, 10**6))
    extra: dict[str, Any] = {}
    if assessed:
        extra = dict(
            shadow_action=draw(st.none() | names), model=draw(st.none() | names),
            fixed_positions=tuple(sorted(draw(st.dictionaries(ints, names,
                                                              max_size=3)).items())),
            stream=draw(st.booleans()), segments=draw(ints),
            attachments=tuple(draw(st.lists(names, max_size=3))),
            rule_ids=tuple(draw(st.lists(names, max_size=3))),
            shadow_rule_ids=tuple(draw(st.lists(names, max_size=2))),
            rules=tuple(draw(st.lists(st.builds(RuleHit, names, names, names, names,
                                                st.booleans()), max_size=3))),
            finding_count=draw(ints),
            findings=tuple(draw(st.lists(st.builds(TypeCount, names, ints), max_size=3))),
            spans=tuple(draw(st.lists(spans, max_size=4))), spans_omitted=omitted,
            scores=(tuple(draw(st.lists(st.builds(ScoreCount, names, scores, ints),
                                        max_size=3))) if omitted else None))
    if tagged:
        extra.update(tag_epoch=draw(ints),
                     tags=tuple(draw(st.lists(st.builds(TagRecord, names, names), max_size=3))),
                     tag_count=draw(st.none() | ints),
                     tag_filter=draw(st.none() | st.builds(TagFilterRecord, ints, ints, names)))
    return DecisionRecord(
        id=draw(names), provider=draw(names), endpoint=draw(names), method=draw(names),
        host=draw(names), path=draw(names), client=draw(names), app=draw(st.none() | names),
        body_bytes=draw(ints), action=draw(names), destination=draw(names),
        inflate_limit=draw(st.none() | names), assessed=assessed,
        redacted=draw(st.none() | ints), local_model=draw(st.none() | names),
        refusal=draw(st.none() | names), status=draw(st.none() | st.integers(100, 599)),
        **extra)


@settings(deadline=None, max_examples=200)
@given(decision_records(), ints, st.floats(0, 2e9, allow_nan=False))
def test_decision_records_read_back_as_written(record: DecisionRecord, index: int,
                                               ts: float) -> None:
    entry = json.loads(encode_record({"index": index, "ts": ts, **record.to_json()}))
    assert read_record(entry) == DecisionRecord(**{**record.__dict__, "index": index, "ts": ts})
