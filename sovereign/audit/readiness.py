"""Whether a local model could take an app's traffic, from the shadow records (audit/records.py:
ShadowRecord): per app and model pair, the share of sampled prompts where the local model
agreed with the closed one, both latencies, what failed or was skipped, and what moving the
app inside would cost against what its closed traffic costs now. Pure, like costs.py.

A pair agrees when the local judge's verdict (if a rubric was used) says ``agree``, otherwise
when the cosine similarity of the two answers' embeddings is at least *agree_at*."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sovereign.audit.costs import (
    MTOK,
    PriceTable,
    closed_cost,
    in_period,
    money,
    typed,
)
from sovereign.audit.records import OutcomeRecord, Record, ShadowRecord

DEFAULT_AGREE_AT = 0.85


def agrees(r: ShadowRecord, agree_at: float) -> bool | None:
    """Whether the pair agreed (None: not compared)."""
    if r.status != "compared":
        return None
    if r.verdict in ("agree", "disagree"):
        return r.verdict == "agree"
    return r.similarity is not None and r.similarity >= agree_at


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


@dataclass
class Readiness:
    app: str
    model: str
    local_model: str
    sampled: int = 0
    compared: int = 0
    agreed: int = 0
    failed: int = 0
    skipped: int = 0
    closed_latency_ms: float | None = None
    local_latency_ms: float | None = None
    similarity: float | None = None  # median
    rubrics: tuple[str, ...] = ()
    # the app's closed traffic in the period, and what it would cost served locally
    closed_spend: float | None = None
    closed_currency: str | None = None
    local_estimate: float | None = None
    local_currency: str | None = None
    local_per_hour: float | None = None
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.compared if self.compared else None

    def to_json(self) -> dict[str, Any]:
        share = self.agreement
        return {"app": self.app, "model": self.model, "local_model": self.local_model,
                "sampled": self.sampled, "compared": self.compared, "agreed": self.agreed,
                "agreement": None if share is None else round(share, 4),
                "failed": self.failed, "skipped": self.skipped, "errors": self.errors,
                "closed_latency_ms": self.closed_latency_ms,
                "local_latency_ms": self.local_latency_ms, "similarity": self.similarity,
                "rubrics": list(self.rubrics),
                "closed_spend": None if self.closed_spend is None else round(
                    self.closed_spend, 6),
                "closed_currency": self.closed_currency,
                "local_estimate": None if self.local_estimate is None else round(
                    self.local_estimate, 6),
                "local_currency": self.local_currency, "local_per_hour": self.local_per_hour}


def readiness(entries: Iterable[Mapping[str, Any] | Record], table: PriceTable,
              agree_at: float = DEFAULT_AGREE_AT, since: float | None = None,
              until: float | None = None) -> list[Readiness]:
    records = typed(entries)
    shadows = [r for r in records if isinstance(r, ShadowRecord)
               and in_period(r.ts, since, until)]
    sent = [r for r in records if isinstance(r, OutcomeRecord) and r.action in ("allow",
            "redact") and in_period(r.ts, since, until)]
    rows: dict[tuple[str, str, str], Readiness] = {}
    lat_c: dict[tuple[str, str, str], list[float]] = {}
    lat_l: dict[tuple[str, str, str], list[float]] = {}
    sims: dict[tuple[str, str, str], list[float]] = {}
    for r in shadows:
        key = (r.app or "unknown", r.model or "unknown", r.local_model or "unknown")
        row = rows.setdefault(key, Readiness(*key))
        row.sampled += 1
        if r.status == "compared":
            row.compared += 1
            row.agreed += bool(agrees(r, agree_at))
            if r.closed_latency_ms is not None:
                lat_c.setdefault(key, []).append(r.closed_latency_ms)
            if r.local_latency_ms is not None:
                lat_l.setdefault(key, []).append(r.local_latency_ms)
            if r.similarity is not None:
                sims.setdefault(key, []).append(r.similarity)
            if r.rubric and r.rubric not in row.rubrics:
                row.rubrics = (*row.rubrics, r.rubric)
        elif r.status == "skipped":
            row.skipped += 1
        else:
            row.failed += 1
        if r.error:
            row.errors[r.error] = row.errors.get(r.error, 0) + 1
    for key, row in rows.items():
        row.closed_latency_ms = _median(lat_c.get(key, []))
        row.local_latency_ms = _median(lat_l.get(key, []))
        sim = sims.get(key, [])
        row.similarity = round(statistics.median(sim), 4) if sim else None
        app, model, local = key
        # the app's closed traffic for this model: what it costs now and what it would locally
        tokens = 0
        for o in sent:
            if (o.app or "unknown") != app or (o.model or "unknown") != model:
                continue
            price = table.price(o.model)
            cost = closed_cost(price, o.input_tokens or 0, o.output_tokens or 0)
            if cost is not None and price is not None:
                row.closed_spend = (row.closed_spend or 0.0) + cost
                row.closed_currency = price.currency
            tokens += (o.input_tokens or 0) + (o.output_tokens or 0)
        local_cost = table.local_cost(local)
        if local_cost is not None:
            row.local_currency = local_cost.currency
            if local_cost.per_mtok is not None:
                row.local_estimate = tokens * local_cost.per_mtok / MTOK
            row.local_per_hour = local_cost.per_hour
    return sorted(rows.values(), key=lambda r: (r.app, r.model, r.local_model))


def render_text(rows: list[Readiness], agree_at: float, examples: bool) -> list[str]:
    out = []
    if examples:
        out.append("note: the price table holds EXAMPLE prices (example: true)")
    out.append(f"agreement: the local judge's verdict where a rubric was used, else cosine "
               f"similarity >= {agree_at}")
    out.append(f"{'app':<18} {'model':<18} {'local':<14} {'sampled':>7} {'agreed':>8} "
               f"{'closed ms':>9} {'local ms':>9} {'failed':>6} {'skipped':>7}  cost now → "
               "inside")
    for r in rows:
        share = "—" if r.agreement is None else f"{r.agreement:.0%}"
        move = f"{money(r.closed_spend, r.closed_currency)} → "
        if r.local_estimate is not None:
            move += money(r.local_estimate, r.local_currency)
        elif r.local_per_hour is not None:
            move += f"GPU {money(r.local_per_hour, r.local_currency)}/h"
        else:
            move += "no local cost configured"
        out.append(f"{r.app[:18]:<18} {r.model[:18]:<18} {r.local_model[:14]:<14} "
                   f"{r.sampled:>7} {share:>8} {r.closed_latency_ms or '—':>9} "
                   f"{r.local_latency_ms or '—':>9} {r.failed:>6} {r.skipped:>7}  {move}")
    if not rows:
        out.append("no shadow evaluations in this period (shadow.apps in sovereign.yaml)")
    return out
