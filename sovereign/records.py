"""The fields of a decision record: what the audit log keeps about a request (types, counts,
spans, rule ids, destination), never a value."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sovereign.assess import Assessment
from sovereign.exchange import Exchange
from sovereign.providers.registry import Classified

if TYPE_CHECKING:
    from sovereign.pipeline import Request


def base_record(decision_id: str, req: Request, c: Classified, app: str | None
                ) -> dict[str, Any]:
    """What is known before the decision: provider, endpoint, destination, source, size (what
    ``rules replay`` needs to re-decide the request with other rules, without its text)."""
    return {"type": "decision", "id": decision_id, "provider": c.provider.name,
            "endpoint": c.endpoint.value, "method": req.method.upper(), "host": req.host,
            "path": req.path.split("?", 1)[0], "client": req.client, "app": app,
            "body_bytes": req.size}


def decision_fields(a: Assessment) -> dict[str, Any]:
    exchange: Exchange | None = a.parsed.exchange if a.parsed else None
    counts = Counter(f.entity_type for f in a.findings)
    shadow = [m for m in a.decision.matches if m.shadow]
    return {
        "action": a.decision.action.label,
        # what shadow packs would have done (they decide and are audited, but do not act)
        "shadow_action": max(m.action for m in shadow).label if shadow else None,
        "model": exchange.model if exchange else None,
        "stream": exchange.stream if exchange else False,
        "segments": len(exchange.segments) if exchange else 0,
        "attachments": list(exchange.attachments) if exchange else [],
        "rule_ids": [m.rule_id for m in a.decision.matches if not m.shadow],
        "shadow_rule_ids": [m.rule_id for m in shadow],
        "rules": [{"id": m.rule_id, "pack": m.pack, "action": m.action.label,
                   "reason": m.reason, "shadow": m.shadow} for m in a.decision.matches],
        "finding_count": len(a.findings),
        "findings": [{"type": t, "count": n} for t, n in sorted(counts.items())],
        "spans": [{"segment": f.segment, "start": f.start, "end": f.end,
                   "type": f.entity_type, "score": f.score} for f in a.findings],
    }
