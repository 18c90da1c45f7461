"""The decision record of a request, built from what the pipeline knows: types, counts, spans,
rule ids, destination, never a value (the record types live in audit/records.py).

A record's size does not grow with the number of values in the request: it lists at most
MAX_SPANS spans (the first ones); beyond that it keeps how many were left out and a count
per (type, score), which is all a replay needs to decide the request again. Tags are bounded
the same way (audit/tags.py: bounded_tags)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from sovereign.assess import Assessment
from sovereign.audit.records import (
    DecisionRecord,
    RuleHit,
    ScoreCount,
    SpanRecord,
    TagFilterRecord,
    TagRecord,
    TypeCount,
)
from sovereign.audit.tags import bounded_tags
from sovereign.exchange import Exchange, Finding
from sovereign.positions import fixed_positions, holds_model, scrub
from sovereign.providers.registry import Classified


def base_record(decision_id: str, c: Classified, *, method: str, host: str, client: str,
                app: str | None, body_bytes: int) -> DecisionRecord:
    """What is known before the decision: provider, endpoint, destination, source, size (what
    ``rules replay`` needs to re-decide the request with other rules, without its text)."""
    return DecisionRecord(id=decision_id, provider=c.provider.name, endpoint=c.endpoint.value,
                          method=method.upper(), host=host, path=route_label(c), client=client,
                          app=app, body_bytes=body_bytes)


MAX_SPANS = 256
MAX_SCORES = 256  # distinct (type, score) pairs counted when spans are left out


def span_fields(findings: tuple[Finding, ...]) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "spans": tuple(SpanRecord(f.segment, f.start, f.end, f.entity_type, f.score)
                       for f in findings[:MAX_SPANS]),
        "spans_omitted": None, "scores": None}
    if len(findings) > MAX_SPANS:
        scores = Counter((f.entity_type, f.score) for f in findings)
        # the highest scores first: a capped list keeps what decides a rule's floor
        kept = sorted(scores.items(), key=lambda item: (-item[0][1], item[0][0]))[:MAX_SCORES]
        fields.update(spans_omitted=len(findings) - MAX_SPANS,
                      scores=tuple(ScoreCount(t, s, n) for (t, s), n in kept))
    return fields


UNKNOWN_ROUTE = "(unknown)"


def route_label(c: Classified) -> str:
    """The route's path pattern (``/v1beta/models/{model}:generateContent``): never the raw
    path or query, which may carry a value or the caller's ``?key=``."""
    return c.path.route or UNKNOWN_ROUTE


def with_assessment(record: DecisionRecord, a: Assessment) -> DecisionRecord:
    """*record* with the decision *a* and what it was based on."""
    exchange: Exchange | None = a.parsed.exchange if a.parsed else None
    counts = Counter(f.entity_type for f in a.findings)
    shadow = [m for m in a.decision.matches if m.shadow]
    fixed = fixed_positions(a.findings, exchange.segments) if exchange else {}
    return dataclasses.replace(
        record, assessed=True,
        action=a.decision.action.label,
        # what shadow packs would have done (they decide and are audited, but do not act)
        shadow_action=max(m.action for m in shadow).label if shadow else None,
        # the model may come from the URL or the body: the record keeps no value found in it
        model=(scrub(exchange.model, a.findings, exchange.segments, holds_model)
               if exchange else None),
        # findings in a number, header, query or path: what replay needs to escalate again
        fixed_positions=tuple(sorted((int(i), kind) for i, kind in fixed.items())),
        stream=exchange.stream if exchange else False,
        segments=len(exchange.segments) if exchange else 0,
        attachments=tuple(exchange.attachments) if exchange else (),
        rule_ids=tuple(m.rule_id for m in a.decision.matches if not m.shadow),
        shadow_rule_ids=tuple(m.rule_id for m in shadow),
        rules=tuple(RuleHit(m.rule_id, m.pack, m.action.label, m.reason, m.shadow)
                    for m in a.decision.matches),
        finding_count=len(a.findings),
        findings=tuple(TypeCount(t, n) for t, n in sorted(counts.items())),
        **span_fields(a.findings))


def with_tags(record: DecisionRecord, epoch: int, tags: list[dict[str, str]]
              ) -> DecisionRecord:
    """*record* with the keyed tags of the values found (bounded: audit/tags.py)."""
    fields = bounded_tags(tags)
    rest = fields.get("tag_filter")
    return dataclasses.replace(
        record, tag_epoch=epoch,
        tags=tuple(TagRecord(t["type"], t["tag"]) for t in fields["tags"]),
        tag_count=fields.get("tag_count"),
        tag_filter=(TagFilterRecord(int(rest["bits"]), int(rest["hashes"]), str(rest["data"]))
                    if rest else None))
