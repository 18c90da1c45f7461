"""The fields of a decision record: what the audit log keeps about a request (types, counts,
spans, rule ids, destination), never a value.

A record's size does not grow with the number of values in the request: it lists at most
MAX_SPANS spans (the first ones); beyond that it keeps how many were left out and a count
per (type, score), which is all a replay needs to decide the request again. Tags are bounded
the same way (audit/tags.py: bounded_tags)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sovereign.assess import Assessment
from sovereign.exchange import Exchange, Finding
from sovereign.positions import fixed_positions, holds_model, scrub
from sovereign.providers.registry import Classified

if TYPE_CHECKING:
    from sovereign.pipeline import Request


def base_record(decision_id: str, req: Request, c: Classified, app: str | None
                ) -> dict[str, Any]:
    """What is known before the decision: provider, endpoint, destination, source, size (what
    ``rules replay`` needs to re-decide the request with other rules, without its text)."""
    return {"type": "decision", "id": decision_id, "provider": c.provider.name,
            "endpoint": c.endpoint.value, "method": req.method.upper(), "host": req.host,
            "path": route_label(c), "client": req.client, "app": app,
            "body_bytes": req.size}


MAX_SPANS = 256
MAX_SCORES = 256  # distinct (type, score) pairs counted when spans are left out


def span_fields(findings: tuple[Finding, ...]) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "spans": [{"segment": f.segment, "start": f.start, "end": f.end,
                   "type": f.entity_type, "score": f.score} for f in findings[:MAX_SPANS]]}
    if len(findings) > MAX_SPANS:
        scores = Counter((f.entity_type, f.score) for f in findings)
        # the highest scores first: a capped list keeps what decides a rule's floor
        kept = sorted(scores.items(), key=lambda item: (-item[0][1], item[0][0]))[:MAX_SCORES]
        fields.update(spans_omitted=len(findings) - MAX_SPANS,
                      scores=[{"type": t, "score": s, "count": n} for (t, s), n in kept])
    return fields


UNKNOWN_ROUTE = "(unknown)"


def route_label(c: Classified) -> str:
    """The route's path pattern (``/v1beta/models/{model}:generateContent``): never the raw
    path or query, which may carry a value or the caller's ``?key=``."""
    return c.path.route or UNKNOWN_ROUTE


def decision_fields(a: Assessment) -> dict[str, Any]:
    exchange: Exchange | None = a.parsed.exchange if a.parsed else None
    counts = Counter(f.entity_type for f in a.findings)
    shadow = [m for m in a.decision.matches if m.shadow]
    return {
        "action": a.decision.action.label,
        # what shadow packs would have done (they decide and are audited, but do not act)
        "shadow_action": max(m.action for m in shadow).label if shadow else None,
        # the model may come from the URL or the body: the record keeps no value found in it
        "model": (scrub(exchange.model, a.findings, exchange.segments, holds_model)
                  if exchange else None),
        # findings in a number, header, query or path: what replay needs to escalate again
        "fixed_positions": fixed_positions(a.findings, exchange.segments) if exchange else {},
        "stream": exchange.stream if exchange else False,
        "segments": len(exchange.segments) if exchange else 0,
        "attachments": list(exchange.attachments) if exchange else [],
        "rule_ids": [m.rule_id for m in a.decision.matches if not m.shadow],
        "shadow_rule_ids": [m.rule_id for m in shadow],
        "rules": [{"id": m.rule_id, "pack": m.pack, "action": m.action.label,
                   "reason": m.reason, "shadow": m.shadow} for m in a.decision.matches],
        "finding_count": len(a.findings),
        "findings": [{"type": t, "count": n} for t, n in sorted(counts.items())],
    } | span_fields(a.findings)
