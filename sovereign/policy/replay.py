"""Re-decide recorded traffic with a candidate rule set, without any prompt text.

Decision records keep what a decision depends on — provider, endpoint, model, destination
host, source (client address, app), body size, non-text parts, and every finding's entity
type, score and span — so the same pure ``decide()`` can run again over them. What a replay
cannot do is detect anew: recognizers a candidate pack adds see no text, so they only count
where the recorded findings already carry their entity type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sovereign.exchange import EndpointKind, Finding, SegmentKind
from sovereign.policy.decide import Context, Source, decide
from sovereign.policy.loader import RuleSet
from sovereign.positions import escalate

BUILTIN_ONLY = {"decision-deadline"}  # decided without findings: not replayable


@dataclass(frozen=True)
class Change:
    index: int
    ts: float
    decision: str
    provider: str
    endpoint: str
    old: str
    new: str
    rules: tuple[str, ...]


def replayable(record: dict[str, Any]) -> bool:
    return (record.get("type") == "decision" and "spans" in record
            and not BUILTIN_ONLY & set(record.get("rule_ids", [])))


def context_of(record: dict[str, Any]) -> Context:
    if "scores" in record:  # a record with too many spans to list keeps counts per score
        findings = [Finding(-1, 0, 0, str(c["type"]), float(c["score"]))
                    for c in record["scores"] for _ in range(int(c["count"]))]
    else:
        findings = [Finding(int(s["segment"]), int(s["start"]), int(s["end"]), str(s["type"]),
                            float(s["score"])) for s in record.get("spans", [])]
    return Context(provider=str(record.get("provider")), model=record.get("model"),
                   endpoint=EndpointKind(record.get("endpoint", "chat")),
                   attachments=tuple(record.get("attachments", [])),
                   body_bytes=int(record.get("body_bytes", 0)), findings=findings,
                   source=Source(host=str(record.get("host", "")),
                                 client=str(record.get("client", "")), app=record.get("app")))


def kinds_of_record(record: dict[str, Any]) -> Callable[[int], SegmentKind]:
    """Where each finding's segment sat, as far as the record says (a finding in a number,
    header, query or path cannot be redacted in place: the decision is escalated again)."""
    fixed = {int(i): SegmentKind(k) for i, k in record.get("fixed_positions", {}).items()}
    return lambda i: fixed.get(i, SegmentKind.TEXT)


def replay(records: Iterable[dict[str, Any]], rules: RuleSet) -> tuple[list[Change], Counter[str],
                                                                        int]:
    """The decisions that would change, a count per 'old → new', and how many were replayed."""
    changes: list[Change] = []
    transitions: Counter[str] = Counter()
    replayed = 0
    for record in records:
        if not replayable(record):
            continue
        replayed += 1
        context = context_of(record)
        new = escalate(decide(context, rules), context.findings, kinds_of_record(record))
        old = str(record.get("action"))
        transitions[f"{old} -> {new.action.label}"] += 1
        if new.action.label != old:
            changes.append(Change(int(record["index"]), float(record.get("ts", 0)),
                                  str(record.get("id")), str(record.get("provider")),
                                  str(record.get("endpoint")), old, new.action.label,
                                  tuple(m.rule_id for m in new.matches if not m.shadow)))
    return changes, transitions, replayed
