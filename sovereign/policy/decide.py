"""decide(): findings + request context + rule packs → one Decision. Pure and order-independent.

Semantics: every rule of every pack is evaluated; the most restrictive action among the matching
rules of enforcing packs wins (block > route_local > redact > allow). Shadow packs' matches are
reported but never change the action. With no match the request is allowed.
"""

from __future__ import annotations

import fnmatch
import ipaddress
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sovereign.exchange import Action, Decision, EndpointKind, Finding, RuleMatch
from sovereign.policy.loader import RuleSet
from sovereign.policy.schema import OPERATOR_PRECEDENCE, Condition, Rule


@dataclass(frozen=True)
class Source:
    """Where a request comes from and goes to (for source and destination conditions)."""

    host: str = ""
    client: str = ""
    app: str | None = None


@dataclass(frozen=True)
class Context:
    provider: str
    model: str | None
    endpoint: EndpointKind
    attachments: tuple[str, ...]
    body_bytes: int
    findings: Sequence[Finding]
    source: Source = Source()


NO_SOURCE = Source()


def _client_in(client: str, ranges: Sequence[str]) -> bool:
    try:
        address = ipaddress.ip_address(client)
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(r, strict=False) for r in ranges)


def _holds(cond: Condition, ctx: Context, default_min_score: float) -> str | None:
    """A short reason if *cond* holds for *ctx*, else None."""
    reasons: list[str] = []
    if cond.entities is not None:
        floor = cond.min_score if cond.min_score is not None else default_min_score
        wanted = set(cond.entities)
        hits = Counter(f.entity_type for f in ctx.findings
                       if f.entity_type in wanted and f.score >= floor)
        if sum(hits.values()) < cond.min_count:
            return None
        reasons.append(", ".join(f"{t} x{n}" for t, n in sorted(hits.items())) + f" (score≥{floor})")
    if cond.providers is not None:
        if ctx.provider not in cond.providers:
            return None
        reasons.append(f"provider {ctx.provider}")
    if cond.models is not None:
        if ctx.model is None or not any(fnmatch.fnmatchcase(ctx.model, g) for g in cond.models):
            return None
        reasons.append("model matches " + "|".join(cond.models))
    if cond.hosts is not None:
        if not any(fnmatch.fnmatchcase(ctx.source.host, g) for g in cond.hosts):
            return None
        reasons.append(f"host {ctx.source.host}")
    if cond.clients is not None:
        if not _client_in(ctx.source.client, cond.clients):
            return None
        reasons.append("client in " + "|".join(cond.clients))
    if cond.apps is not None:
        app = ctx.source.app
        if app is None or not any(fnmatch.fnmatchcase(app, g) for g in cond.apps):
            return None
        reasons.append(f"app {app}")
    if cond.endpoint is not None:
        if ctx.endpoint.value not in cond.endpoint:
            return None
        reasons.append(f"endpoint {ctx.endpoint.value}")
    if cond.attachments is not None:
        if bool(ctx.attachments) != cond.attachments:
            return None
        reasons.append("attachments " + (",".join(ctx.attachments) or "none"))
    if cond.body_bytes_over is not None:
        if ctx.body_bytes <= cond.body_bytes_over:
            return None
        reasons.append(f"body over {cond.body_bytes_over} bytes")
    if cond.all is not None:
        parts = [_holds(sub, ctx, default_min_score) for sub in cond.all]
        if any(p is None for p in parts):
            return None
        reasons.append("all(" + "; ".join(p for p in parts if p) + ")")
    if cond.any is not None:
        parts = [_holds(sub, ctx, default_min_score) for sub in cond.any]
        held = [p for p in parts if p is not None]
        if not held:
            return None
        reasons.append("any(" + "; ".join(held) + ")")
    return "; ".join(reasons)


def _entity_floors(cond: Condition, default_min_score: float, out: dict[str, float]) -> None:
    """Each entity type a condition names, with the lowest score floor it is named with."""
    floor = cond.min_score if cond.min_score is not None else default_min_score
    for entity in cond.entities or []:
        out[entity] = min(out.get(entity, 1.0), floor)
    for sub in (cond.any or []) + (cond.all or []):
        _entity_floors(sub, default_min_score, out)


def decide(ctx: Context, rules: RuleSet) -> Decision:
    matches: list[RuleMatch] = []
    matched_rules: list[tuple[Rule, float]] = []
    for loaded in rules.packs:
        pack = loaded.pack
        shadow = pack.mode == "shadow"
        for rule in pack.rules:
            reason = _holds(rule.when, ctx, pack.defaults.min_score)
            if reason is None:
                continue
            matches.append(RuleMatch(rule.id, pack.name, Action.parse(rule.action), reason, shadow))
            if not shadow:
                matched_rules.append((rule, pack.defaults.min_score))
    matches.sort(key=lambda m: (m.pack, m.rule_id))
    enforced = [m for m in matches if not m.shadow]
    action = max((m.action for m in enforced), default=Action.ALLOW)
    winners = sorted((rd for rd in matched_rules if Action.parse(rd[0].action) == action),
                     key=lambda rd: rd[0].id)
    message = next((r.message for r, _ in winners if r.message), None)
    local_model = next((r.model for r, _ in winners if r.model), None)
    floors: dict[str, float] = {}
    operators: dict[str, str] = {}
    if action == Action.REDACT:
        for rule, default_floor in winners:
            _entity_floors(rule.when, default_floor, floors)
            for entity, op in (rule.operators or {}).items():
                current = operators.get(entity, op)
                operators[entity] = min(current, op, key=OPERATOR_PRECEDENCE.index)
    return Decision(action=action, matches=tuple(matches), message=message,
                    local_model=local_model, redact=tuple(sorted(floors.items())),
                    operators=tuple(sorted(operators.items())))
