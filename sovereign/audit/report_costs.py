"""The HTML report's section on costs and local readiness (audit/costs.py, audit/readiness.py):
spend per app, provider and model; tokens kept inside and what they would have cost; the
rules that moved traffic inside; per app and model, how often the local model agreed in
shadow evaluation, its latency, and what moving the app inside would cost. Figures only."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from sovereign.audit.costs import CostReport, Line, PriceTable, costs, money, typed
from sovereign.audit.readiness import DEFAULT_AGREE_AT, Readiness, readiness
from sovereign.audit.records import Record


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(head: list[str], rows: list[list[object]]) -> str:
    if not rows:
        return '<p class="muted">none</p>'
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{th}</tr>{body}</table>"


def _line(line: Line) -> list[object]:
    return [*line.key, line.requests, line.input_tokens, line.output_tokens,
            money(line.cost, line.currency)]


def _totals(amounts: dict[str, float]) -> str:
    return ", ".join(money(v, k) for k, v in sorted(amounts.items())) or "—"


def _move(r: Readiness) -> str:
    now = money(r.closed_spend, r.closed_currency)
    if r.local_estimate is not None:
        return f"{now} → {money(r.local_estimate, r.local_currency)}"
    if r.local_per_hour is not None:
        return f"{now} → GPU {money(r.local_per_hour, r.local_currency)}/h"
    return f"{now} → no local cost configured"


def section(entries: Iterable[Mapping[str, Any] | Record], table: PriceTable,
            agree_at: float = DEFAULT_AGREE_AT) -> str:
    records = typed(entries)
    report: CostReport = costs(records, table)
    ready = readiness(records, table, agree_at)
    note = ('<p class="bad">These figures use EXAMPLE prices (marked <code>example: true</code> '
            "in the price table): replace them with your own.</p>") if report.examples else ""
    if not table.prices:
        note += ('<p class="muted">No price table configured (<code>costs.prices</code>): '
                 "tokens are shown, costs are not.</p>")
    cards = "".join(f'<div class="card"><b>{_e(v)}</b>{_e(k)}</div>' for k, v in [
        ("spent on closed APIs", _totals(report.total_spend)),
        ("closed cost avoided (kept inside)", _totals(report.avoided)),
        ("local cost", _totals(report.local_cost)),
        ("shadow samples", sum(r.sampled for r in ready))])
    spend = _table(["app", "provider", "model", "requests", "input tokens", "output tokens",
                    "cost"], [_line(x) for x in report.spend])
    inside = _table(["app", "local model", "asked for", "requests", "input tokens",
                     "output tokens", "at closed prices"], [_line(x) for x in report.inside])
    movers = _table(["rule", "requests moved inside", "tokens"],
                    [[r, n, t] for r, n, t in report.movers])
    rows = []
    for r in ready:
        share = "—" if r.agreement is None else f"{r.agreement:.0%} of {r.compared}"
        rows.append([r.app, r.model, r.local_model, r.sampled, share,
                     "—" if r.similarity is None else r.similarity,
                     r.closed_latency_ms if r.closed_latency_ms is not None else "—",
                     r.local_latency_ms if r.local_latency_ms is not None else "—",
                     r.failed, r.skipped, _move(r)])
    ready_table = _table(["app", "model", "local model", "sampled", "local agreed",
                          "median similarity", "closed ms (median)", "local ms (median)",
                          "failed", "skipped", "cost now → inside"], rows)
    return f"""<h2 id="costs">Costs</h2>{note}<div class="cards">{cards}</div>
<h3>Spend by app, provider and model</h3>{spend}
<h3>Kept inside the perimeter</h3>{inside}
<h3>Decisions that moved traffic inside</h3>{movers}
<h2 id="readiness">Local readiness (shadow evaluation)</h2>
<p class="muted">Sampled allowed requests without findings were also answered by the local
model; a pair agrees when the local judge says so (where a rubric is set) or when the answers'
embeddings have a cosine similarity of at least {_e(agree_at)}. No text is recorded.</p>
{ready_table}"""
