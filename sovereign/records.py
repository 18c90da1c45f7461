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


def base_record(decision_id: str, req: Request, c: Classified) -> dict[str, Any]:
    return {"type": "decision", "id": decision_id, "provider": c.provider.name,
            "endpoint": c.endpoint.value, "method": req.method.upper(), "host": req.host,
            "path": req.path.split("?", 1)[0], "client": req.client, "body_bytes": req.size}


def decision_fields(a: Assessment) -> dict[str, Any]:
    exchange: Exchange | None = a.parsed.exchange if a.parsed else None
    counts = Counter(f.entity_type for f in a.findings)
    return {
        "action": a.decision.action.label,
        "model": exchange.model if exchange else None,
        "stream": exchange.stream if exchange else False,
        "segments": len(exchange.segments) if exchange else 0,
        "attachments": list(exchange.attachments) if exchange else [],
        "rule_ids": list(a.decision.rule_ids),
        "rules": [{"id": m.rule_id, "pack": m.pack, "action": m.action.label,
                   "reason": m.reason, "shadow": m.shadow} for m in a.decision.matches],
        "finding_count": len(a.findings),
        "findings": [{"type": t, "count": n} for t, n in sorted(counts.items())],
        "spans": [{"segment": f.segment, "start": f.start, "end": f.end,
                   "type": f.entity_type, "score": f.score} for f in a.findings],
    }
