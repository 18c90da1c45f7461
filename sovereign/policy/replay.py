"""Re-decide recorded traffic with a candidate rule set, without any prompt text.

Decision records keep what a decision depends on — provider, endpoint, model, destination
host, source (client address, app), body size, non-text parts, and every finding's entity
type, score and span — so the same pure ``decide()`` can run again over them. What a replay
cannot do is detect anew: recognizers a candidate pack adds see no text, so they only count
where the recorded findings already carry their entity type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sovereign.audit.records import DecisionRecord, Record, of_type
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


def replayable(record: DecisionRecord) -> bool:
    """Assessed (a request refused before it was read has nothing to decide on) and not
    decided by a built-in rule alone."""
    return record.assessed and not BUILTIN_ONLY & set(record.rule_ids)


def context_of(record: DecisionRecord) -> Context:
    if record.scores is not None:  # a record with too many spans to list counts per score
        findings = [Finding(-1, 0, 0, c.type, c.score) for c in record.scores
                    for _ in range(c.count)]
    else:
        findings = [Finding(s.segment, s.start, s.end, s.type, s.score) for s in record.spans]
    return Context(provider=record.provider, model=record.model,
                   endpoint=EndpointKind(record.endpoint or "chat"),
                   attachments=record.attachments, body_bytes=record.body_bytes,
                   findings=findings,
                   source=Source(host=record.host, client=record.client, app=record.app))


def kinds_of_record(record: DecisionRecord) -> Callable[[int], SegmentKind]:
    """Where each finding's segment sat, as far as the record says (a finding in a number,
    header, query or path cannot be redacted in place: the decision is escalated again)."""
    fixed = {i: SegmentKind(k) for i, k in record.fixed_positions}
    return lambda i: fixed.get(i, SegmentKind.TEXT)


def replay(records: Iterable[Mapping[str, Any] | Record], rules: RuleSet
           ) -> tuple[list[Change], Counter[str], int]:
    """The decisions that would change, a count per 'old → new', and how many were replayed."""
    changes: list[Change] = []
    transitions: Counter[str] = Counter()
    replayed = 0
    for record in of_type(records, DecisionRecord):
        if not replayable(record):
            continue
        replayed += 1
        context = context_of(record)
        new = escalate(decide(context, rules), context.findings, kinds_of_record(record))
        old = record.action
        transitions[f"{old} -> {new.action.label}"] += 1
        if new.action.label != old:
            changes.append(Change(record.index or 0, record.ts or 0.0, record.id,
                                  record.provider, record.endpoint, old, new.action.label,
                                  tuple(m.rule_id for m in new.matches if not m.shadow)))
    return changes, transitions, replayed
