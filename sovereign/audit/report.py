"""A self-contained HTML report of the audit log for compliance reviews: decisions over time,
by action, rule, entity type, destination and app, as inline SVG. No script, no network, no
value: only what the records hold (types, counts, rule ids, destinations)."""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sovereign.audit.records import DecisionRecord, OutcomeRecord, Record, read_record

ACTION_COLOURS = {"allow": "#4c9a2a", "redact": "#d9a400", "route_local": "#2a6f9a",
                  "block": "#b3261e"}
STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;
color:#1d1d1f;padding:0 1rem}h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;
margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}.muted{color:#666}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;
padding:.7rem 1rem;min-width:8rem}.card b{display:block;font-size:1.5rem}.ok{color:#2e7d32}
.bad{color:#b3261e}table{border-collapse:collapse;width:100%;font-size:13px}td,th{text-align:left;
padding:.25rem .5rem;border-bottom:1px solid #eee}.grid{display:grid;grid-template-columns:1fr 1fr;
gap:1.5rem}svg text{font:12px system-ui,sans-serif}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _bars(counts: Sequence[tuple[str, int]], colour: str = "#2a6f9a",
          colours: dict[str, str] | None = None) -> str:
    if not counts:
        return '<p class="muted">none</p>'
    width, row, label_w = 500, 22, 190
    top = max(n for _, n in counts) or 1
    parts = [f'<svg role="img" width="{width}" height="{row * len(counts) + 4}">']
    for i, (label, n) in enumerate(counts):
        y = i * row + 2
        w = max(1, int((width - label_w - 60) * n / top))
        fill = (colours or {}).get(label, colour)
        parts.append(f'<text x="0" y="{y + 15}">{_e(label[:28])}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}" '
                     f'fill="{fill}"><title>{_e(label)}: {n}</title></rect>'
                     f'<text x="{label_w + w + 6}" y="{y + 15}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _status(outcome: OutcomeRecord | None) -> object:
    if outcome is None:
        return "—"
    return outcome.status if outcome.status is not None else outcome.error or "—"


def _timeline(decisions: Sequence[DecisionRecord]) -> str:
    if not decisions:
        return '<p class="muted">no decisions</p>'
    times = [d.ts or 0.0 for d in decisions]
    span = max(times) - min(times)
    bucket = 3600 if span <= 3 * 86400 else 86400
    fmt = "%Y-%m-%d %H:00" if bucket == 3600 else "%Y-%m-%d"
    counts: dict[int, Counter[str]] = {}
    for d, t in zip(decisions, times, strict=True):
        counts.setdefault(int(t // bucket), Counter())[d.action] += 1
    keys = sorted(counts)
    first, last = keys[0], keys[-1]
    slots = list(range(first, last + 1))[-60:]
    height, width = 180, 1000
    bar_w = min(40, max(2, width // max(1, len(slots)) - 2))
    top = max((sum(c.values()) for c in counts.values()), default=1)
    parts = [f'<svg role="img" width="{width}" height="{height + 40}">']
    for i, slot in enumerate(slots):
        x, y = i * (bar_w + 2), height
        for action in ACTION_COLOURS:
            n = counts.get(slot, Counter())[action]
            if not n:
                continue
            h = max(1, int(height * n / top))
            y -= h
            parts.append(f'<rect x="{x}" y="{y}" width="{bar_w}" height="{h}" '
                         f'fill="{ACTION_COLOURS[action]}"><title>'
                         f'{_e(dt.datetime.fromtimestamp(slot * bucket, dt.UTC).strftime(fmt))}'
                         f' {action}: {n}</title></rect>')
    ends = [(0, slots[0])] + ([(len(slots) - 1, slots[-1])] if len(slots) > 1 else [])
    for i, slot in ends:
        label = dt.datetime.fromtimestamp(slot * bucket, dt.UTC).strftime(fmt)
        anchor = "start" if i == 0 else "end"
        x = 0 if i == 0 else len(slots) * (bar_w + 2)
        parts.append(f'<text x="{x}" y="{height + 18}" text-anchor="{anchor}">{_e(label)} UTC</text>')
    legend = " ".join(f'<tspan fill="{c}">■ {a}</tspan>' for a, c in ACTION_COLOURS.items())
    parts.append(f'<text x="0" y="{height + 36}">{legend}</text></svg>')
    return "".join(parts)


CLIENT_GONE = "client_disconnected"


def render(entries: Iterable[Mapping[str, Any] | Record], origin: str | None = None,
           verification: tuple[str, Sequence[str]] | None = None) -> str:
    records = [read_record(e) if isinstance(e, Mapping) else e for e in entries]
    decisions = [r for r in records if isinstance(r, DecisionRecord)]
    outcomes = {r.decision: r for r in records if isinstance(r, OutcomeRecord)}
    by_action = Counter(d.action for d in decisions)
    by_rule = Counter(rule for d in decisions for rule in d.rule_ids)
    by_entity: Counter[str] = Counter()
    for d in decisions:
        for f in d.findings:
            by_entity[f.type] += f.count
    by_destination = Counter(d.destination for d in decisions)
    by_app = Counter(d.app or d.client or "unknown" for d in decisions)
    by_provider = Counter(d.provider for d in decisions)
    refusals = Counter(d.refusal for d in decisions if d.refusal)
    errors = Counter(o.error for o in outcomes.values() if o.error)
    # an app that hung up mid-reply is not a failure of the API or the local model
    gone = errors.get(CLIENT_GONE, 0)
    times = [r.ts for r in records if r.ts is not None]
    period = "no records" if not times else " to ".join(
        dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        for t in (min(times), max(times)))
    verdict = ""
    if verification is not None:
        status, problems = verification
        cls = "ok" if status == "valid" else "bad"
        items = "".join(f"<li>{_e(p)}</li>" for p in problems)
        verdict = (f'<p>Log verification: <b class="{cls}">{_e(status)}</b></p>'
                   + (f"<ul>{items}</ul>" if items else ""))
    else:
        verdict = ('<p class="muted">Log not verified for this report; run '
                   "<code>sovereign audit verify</code> with the pinned keys.</p>")
    cards = "".join(f'<div class="card"><b>{n}</b>{_e(label)}</div>' for label, n in [
        ("decisions", len(decisions)), *[(a, by_action.get(a, 0)) for a in ACTION_COLOURS],
        ("answered by the proxy (refusals)", sum(refusals.values())),
        ("upstream / local errors", sum(errors.values()) - gone),
        ("apps gone before the reply's end", gone)])
    recent = "".join(
        "<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (
            dt.datetime.fromtimestamp(d.ts or 0.0, dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
            d.provider, d.endpoint, d.action, ", ".join(d.rule_ids) or "—", d.destination,
            _status(outcomes.get(d.id)))) + "</tr>"
        for d in decisions[-50:][::-1])

    def top(counter: Counter[str], n: int = 15) -> list[tuple[str, int]]:
        return counter.most_common(n)

    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>sovereign audit report</title><style>{STYLE}</style></head><body>
<h1>sovereign audit report</h1>
<p class="muted">log origin: {_e(origin or "unknown")} · period: {_e(period)} ·
{len(records)} records · generated {_e(dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"))}</p>
{verdict}
<div class="cards">{cards}</div>
<h2>Decisions over time</h2>{_timeline(decisions)}
<div class="grid">
<div><h2>By action</h2>{_bars(top(by_action), colours=ACTION_COLOURS)}</div>
<div><h2>By rule</h2>{_bars(top(by_rule))}</div>
<div><h2>By entity type (findings)</h2>{_bars(top(by_entity), "#7b4a9a")}</div>
<div><h2>By destination</h2>{_bars(top(by_destination), "#3a7d6e")}</div>
<div><h2>By app (client)</h2>{_bars(top(by_app), "#6b6b6b")}</div>
<div><h2>By provider</h2>{_bars(top(by_provider), "#9a5a2a")}</div>
<div><h2>Refusals by code</h2>{_bars(top(refusals), "#b3261e")}</div>
<div><h2>Errors after a decision</h2>{_bars(top(errors), "#b3261e")}</div>
</div>
<h2>Latest decisions</h2>
<table><tr><th>time (UTC)</th><th>provider</th><th>endpoint</th><th>action</th><th>rules</th>
<th>destination</th><th>status</th></tr>{recent}</table>
<p class="muted">Records hold entity types, counts, spans, rule ids and destinations, never a
prompt or a detected value; values can only be looked up with the epoch tag keys
(<code>sovereign audit lookup</code>).</p>
</body></html>
"""
