"""A self-contained HTML report of the audit log for compliance reviews.

It answers an auditor's questions in order: what left the perimeter, to whom and under which
rule; what stayed inside (answered by a local model); what was refused; what failed on the
way (apart from apps that hung up and replies that completed); which findings a rule acted
on and which were only seen. One file: inline CSS and SVG, no script, no link, no value (only
what the records hold: types, counts, scores, rule ids, destinations).

The page is built from sections, each a function of :class:`Facts` returning HTML
(:data:`SECTIONS`); callers add their own after them with ``render(..., extra=[...])``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sovereign.audit.records import (
    DecisionRecord,
    FailureRecord,
    OtherRecord,
    OutcomeRecord,
    Record,
    read_record,
)
from sovereign.audit.report_destinations import section as llm_destinations

ACTION_COLOURS = {"allow": "#4c9a2a", "redact": "#d9a400", "route_local": "#2a6f9a",
                  "block": "#b3261e"}
LEFT = ("allow", "redact")  # actions whose request is sent to the API the app called
CLIENT_GONE = "client_disconnected"
STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;
color:#1d1d1f;padding:0 1rem;background:#fff}h1{font-size:1.6rem;margin-bottom:.2rem}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}.muted{color:#666}.cards{display:flex;gap:1rem;
flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.7rem 1rem;min-width:8rem;
max-width:13rem}.card b{display:block;font-size:1.5rem}.ok{color:#2e7d32}.bad{color:#b3261e}
table{border-collapse:collapse;width:100%;font-size:13px;margin:.3rem 0}td,th{text-align:left;
padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f6f6}
td.n,th.n{text-align:right;white-space:nowrap}td.dest{word-break:break-all;font-family:ui-monospace,
SFMono-Regular,Menlo,monospace;font-size:12px;min-width:12rem}.bar{height:.8rem;background:#2a6f9a;
display:inline-block;vertical-align:middle}.grid{display:grid;grid-template-columns:1fr 1fr;
gap:1.5rem}svg text{font:12px system-ui,sans-serif}.tag{display:inline-block;padding:0 .4rem;
border-radius:4px;color:#fff;font-size:12px}
"""

# How policy/decide.py writes the entity part of a rule's reason: "EMAIL_ADDRESS x1, PERSON x2
# (score≥0.4)", possibly inside all(...)/any(...). The report reads from it which entity types
# a rule acted on, and from which score.
_REASON = re.compile(r"((?:[A-Z][A-Z0-9_]* x\d+)(?:, [A-Z][A-Z0-9_]* x\d+)*) \(score≥([0-9.]+)\)")
_TYPE_COUNT = re.compile(r"([A-Z][A-Z0-9_]*) x(\d+)")

# Time buckets of the timeline: the smallest that shows the span in at most MAX_BARS bars.
BUCKETS = ((1, "second"), (10, "10 seconds"), (60, "minute"), (300, "5 minutes"),
           (900, "15 minutes"), (3600, "hour"), (6 * 3600, "6 hours"), (86400, "day"),
           (7 * 86400, "week"))
MAX_BARS = 60


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _when(ts: float | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return "—" if ts is None else dt.datetime.fromtimestamp(ts, dt.UTC).strftime(fmt)


# -- what the records say ----------------------------------------------------------------------


@dataclass(frozen=True)
class FindingSplit:
    """One request's findings by type: acted on by a rule, seen inside a finding a rule acted
    on (an URL inside an e-mail address), or seen with no rule acting on them."""

    acted: Counter[str] = field(default_factory=Counter)
    inside: Counter[str] = field(default_factory=Counter)
    alone: Counter[str] = field(default_factory=Counter)


def acted_floors(decision: DecisionRecord) -> tuple[dict[str, float], Counter[str]]:
    """The entity types the enforced rules that matched acted on, each with the lowest score
    a rule counted, and the most findings of the type a rule counted."""
    floors: dict[str, float] = {}
    counted: Counter[str] = Counter()
    for rule in decision.rules:
        if rule.shadow:
            continue
        for group in _REASON.finditer(rule.reason):
            floor = float(group.group(2))
            for kind, n in _TYPE_COUNT.findall(group.group(1)):
                floors[kind] = min(floors.get(kind, 1.0), floor)
                counted[kind] = max(counted[kind], int(n))
    return floors, counted


def split_findings(decision: DecisionRecord) -> FindingSplit:
    floors, counted = acted_floors(decision)
    out = FindingSplit()
    if decision.spans and not decision.spans_omitted:
        acted = [s for s in decision.spans if s.type in floors and s.score >= floors[s.type]]
        for s in decision.spans:
            if s.type in floors and s.score >= floors[s.type]:
                out.acted[s.type] += 1
            elif any(a.segment == s.segment and a.start <= s.start and s.end <= a.end
                     for a in acted):
                out.inside[s.type] += 1
            else:
                out.alone[s.type] += 1
    elif decision.scores is not None:  # spans left out: every finding's type and score
        for sc in decision.scores:
            acted_here = sc.type in floors and sc.score >= floors[sc.type]
            (out.acted if acted_here else out.alone)[sc.type] += sc.count
    else:  # records of version 1 without spans: what the rule counted
        for tc in decision.findings:
            n = min(tc.count, counted[tc.type])
            out.acted.update({tc.type: n} if n else {})
            out.alone.update({tc.type: tc.count - n} if tc.count > n else {})
    return out


def deciding_rules(decision: DecisionRecord) -> tuple[list[str], list[str]]:
    """The enforced rules whose action was taken, and the other rules that matched."""
    taken = [f"{r.pack}/{r.id}" for r in decision.rules
             if not r.shadow and r.action == decision.action]
    if not decision.rules:  # records without rule details
        taken = list(decision.rule_ids)
    others = [f"{r.pack}/{r.id} ({'shadow ' if r.shadow else ''}{r.action})"
              for r in decision.rules if r.shadow or r.action != decision.action]
    return taken, others


def outcome_text(decision: DecisionRecord, outcome: OutcomeRecord | None) -> str:
    """What became of a request, in words: never a bare None."""
    if decision.action == "block" or decision.refusal:
        status = f"{decision.status} " if decision.status is not None else ""
        return f"refused {status}{decision.refusal or 'by policy'}".strip()
    if outcome is None:
        return "no outcome recorded"
    status = f"{outcome.status} " if outcome.status is not None else ""
    if outcome.error is None:
        return f"{status}completed"
    if outcome.error == CLIENT_GONE:
        return f"{status}app hung up before the end"
    return f"{status}{outcome.error}"


@dataclass
class Facts:
    """The records, typed, and what every section reads from them."""

    records: list[Record]
    decisions: list[DecisionRecord]
    outcomes: dict[str, OutcomeRecord]
    failures: list[FailureRecord]
    others: list[OtherRecord]
    splits: dict[str, FindingSplit]

    @classmethod
    def of(cls, entries: Iterable[Mapping[str, Any] | Record]) -> Facts:
        records = [read_record(e) if isinstance(e, Mapping) else e for e in entries]
        decisions = [r for r in records if isinstance(r, DecisionRecord)]
        return cls(records, decisions,
                   {r.decision: r for r in records if isinstance(r, OutcomeRecord)},
                   [r for r in records if isinstance(r, FailureRecord)],
                   [r for r in records if isinstance(r, OtherRecord)],
                   {d.id: split_findings(d) for d in decisions})

    def outcome_of(self, decision: DecisionRecord) -> OutcomeRecord | None:
        return self.outcomes.get(decision.id)

    @property
    def errors(self) -> Counter[str]:
        """Failures on the way after a decision (upstream or local model), not apps gone."""
        return Counter(o.error for o in self.outcomes.values()
                       if o.error is not None and o.error != CLIENT_GONE)


# -- building blocks ---------------------------------------------------------------------------


def _table(head: Sequence[str], rows: Sequence[Sequence[object]], numeric: Sequence[int] = (),
           dest: Sequence[int] = (), empty: str = "none") -> str:
    if not rows:
        return f'<p class="muted">{_e(empty)}</p>'

    def cls(i: int) -> str:
        return ' class="n"' if i in numeric else ' class="dest"' if i in dest else ""

    head_html = "".join(f"<th{cls(i)}>{_e(h)}</th>" for i, h in enumerate(head))
    body = "".join("<tr>" + "".join(f"<td{cls(i)}>{_e(v)}</td>" for i, v in enumerate(row))
                   + "</tr>" for row in rows)
    return f"<table><tr>{head_html}</tr>{body}</table>"


def _bars(counts: Sequence[tuple[str, int]], colour: str = "#2a6f9a",
          colours: Mapping[str, str] | None = None, empty: str = "none") -> str:
    """A bar chart as a table: the label in full (never cut), the count, a bar."""
    if not counts:
        return f'<p class="muted">{_e(empty)}</p>'
    top = max(n for _, n in counts) or 1
    rows = "".join(
        f'<tr><td class="dest">{_e(label)}</td><td class="n">{n}</td><td style="width:45%">'
        f'<span class="bar" style="width:{max(1, round(100 * n / top))}%;'
        f'background:{(colours or {}).get(label, colour)}"></span></td></tr>'
        for label, n in counts)
    return f"<table>{rows}</table>"


def _tag(action: str) -> str:
    colour = ACTION_COLOURS.get(action, "#6b6b6b")
    return f'<span class="tag" style="background:{colour}">{_e(action)}</span>'


def bucket_for(span_s: float) -> tuple[int, str]:
    """The timeline's bucket (seconds, name) for a time span."""
    return next(((s, name) for s, name in BUCKETS if span_s / s < MAX_BARS), BUCKETS[-1])


def _timeline(decisions: Sequence[DecisionRecord]) -> str:
    times = [d.ts for d in decisions if d.ts is not None]
    if not times:
        return '<p class="muted">no decisions</p>'
    bucket, name = bucket_for(max(times) - min(times))
    fmt = "%Y-%m-%d %H:%M:%S" if bucket < 60 else "%Y-%m-%d %H:%M" if bucket < 86400 \
        else "%Y-%m-%d"
    counts: dict[int, Counter[str]] = {}
    for d in decisions:
        if d.ts is not None:
            counts.setdefault(int(d.ts // bucket), Counter())[d.action] += 1
    first, last = min(counts), max(counts)
    slots = list(range(first, last + 1))[-MAX_BARS:]
    height, width = 160, 1000
    bar_w = min(200, max(2, width // len(slots) - 2))  # two bars leave room for both dates
    top = max(sum(c.values()) for c in counts.values())
    parts = [f'<svg role="img" aria-label="decisions per {_e(name)}" width="{width}" '
             f'height="{height + 42}">']
    for i, slot in enumerate(slots):
        x, y = i * (bar_w + 2), height
        for action, colour in ACTION_COLOURS.items():
            n = counts.get(slot, Counter())[action]
            if not n:
                continue
            h = max(1, int(height * n / top))
            y -= h
            label = _when(slot * bucket, fmt)
            parts.append(f'<rect x="{x}" y="{y}" width="{bar_w}" height="{h}" fill="{colour}">'
                         f'<title>{_e(label)} UTC {action}: {n}</title></rect>')
    ends = [(0, slots[0])] + ([(len(slots) - 1, slots[-1])] if len(slots) > 1 else [])
    for i, slot in ends:
        anchor = "start" if i == 0 else "end"
        x = 0 if i == 0 else len(slots) * (bar_w + 2)
        parts.append(f'<text x="{x}" y="{height + 16}" text-anchor="{anchor}">'
                     f'{_e(_when(slot * bucket, fmt))} UTC</text>')
    legend = " ".join(f'<tspan fill="{c}">■ {a}</tspan>' for a, c in ACTION_COLOURS.items())
    parts.append(f'<text x="0" y="{height + 36}">{legend}  · highest bar: {top} '
                 f'decision{"s" * (top != 1)}</text></svg>')
    return (f'<p class="muted">One bar per {_e(name)} (UTC), stacked by action.</p>'
            + "".join(parts))


# -- sections ----------------------------------------------------------------------------------


def _counting(f: Facts) -> str:
    kinds = Counter(type(r).__name__ for r in f.records)
    others = Counter(r.type for r in f.others)
    other_text = ", ".join(f"{n} {k}" for k, n in sorted(others.items())) or "none"
    return f"""<h2 id="counting">What is counted</h2>
<p>The log holds <b>{len(f.records)} records</b>. A <b>decision</b> is written for each request the
proxy read, before anything of it left: <b>{len(f.decisions)} decisions</b>, one per request; the
figures below count decisions (requests) unless they say otherwise. An <b>outcome</b>
({kinds["OutcomeRecord"]}) says what became of a request that was sent on (its status, whether
the reply reached the app whole). A <b>failure</b> ({len(f.failures)}) is a request refused before
it had a decision (the proxy shutting down, a hook that failed). Other records (the log's own,
such as key rotations and recoveries, and any other kind): {_e(other_text)}.</p>"""


def _summary(f: Facts) -> str:
    by_action = Counter(d.action for d in f.decisions)
    gone = sum(1 for o in f.outcomes.values() if o.error == CLIENT_GONE)
    completed = sum(1 for o in f.outcomes.values() if o.error is None)
    cards = [
        ("decisions (requests)", len(f.decisions)),
        ("sent to the API called (allow + redact)", by_action["allow"] + by_action["redact"]),
        ("of these redacted", by_action["redact"]),
        ("kept inside: local model (route_local)", by_action["route_local"]),
        ("refused (block)", by_action["block"]),
        ("refused before a decision (failures)", len(f.failures)),
        ("replies completed", completed),
        ("upstream / local errors", sum(f.errors.values())),
        ("apps gone before the reply's end", gone),
    ]
    return '<div class="cards">' + "".join(
        f'<div class="card"><b>{n}</b>{_e(label)}</div>' for label, n in cards) + "</div>"


def _over_time(f: Facts) -> str:
    return f'<h2 id="time">Decisions over time</h2>{_timeline(f.decisions)}'


def _outcome_counts(f: Facts, ds: Sequence[DecisionRecord]) -> tuple[int, int, int]:
    outs = [f.outcome_of(d) for d in ds]
    done = sum(1 for o in outs if o is not None and o.error is None)
    gone = sum(1 for o in outs if o is not None and o.error == CLIENT_GONE)
    failed = sum(1 for o in outs if o is not None and o.error not in (None, CLIENT_GONE))
    return done, gone, failed


def _grouped(f: Facts, ds: Iterable[DecisionRecord],
             key: Callable[[DecisionRecord], tuple[str, ...]]
             ) -> list[tuple[tuple[str, ...], list[DecisionRecord]]]:
    groups: dict[tuple[str, ...], list[DecisionRecord]] = {}
    for d in ds:
        groups.setdefault(key(d), []).append(d)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def _rules_text(d: DecisionRecord, default: str) -> str:
    taken, others = deciding_rules(d)
    text = ", ".join(taken) or default
    return text + (f"; also matched: {', '.join(others)}" if others else "")


def _left(f: Facts) -> str:
    groups = _grouped(f, (d for d in f.decisions if d.action in LEFT), lambda d: (
        d.destination, d.provider, d.action,
        _rules_text(d, "no rule matched (allowed by default)")))
    rows = []
    for (dest, provider, action, rules), ds in groups:
        done, gone, failed = _outcome_counts(f, ds)
        rows.append((dest, provider, action, rules, len(ds),
                     sum(d.redacted or 0 for d in ds), done, gone, failed))
    return ('<h2 id="left">What left the perimeter: to whom, under which rule</h2>'
            '<p class="muted">Requests sent to the API the app called: as written (allow) or '
            'with values replaced by placeholders (redact). Destination in full.</p>'
            + _table(["destination", "provider", "action", "under rule", "requests",
                      "values replaced", "completed", "app gone", "errors"], rows,
                     numeric=(4, 5, 6, 7, 8), dest=(0,), empty="nothing left the perimeter"))


def _inside(f: Facts) -> str:
    groups = _grouped(f, (d for d in f.decisions if d.action == "route_local"), lambda d: (
        d.local_model or d.destination, d.provider, _rules_text(d, "—")))
    rows = []
    for (model, provider, rules), ds in groups:
        done, gone, failed = _outcome_counts(f, ds)
        rows.append((model, provider, rules, len(ds), done, gone, failed))
    return ('<h2 id="inside">What stayed inside: answered by a local model (route_local)</h2>'
            '<p class="muted">The app called a closed API (provider); the request was answered '
            'by a model inside the perimeter instead, and nothing of it left.</p>'
            + _table(["local model", "API the app called", "under rule", "requests",
                      "completed", "app gone", "errors"], rows, numeric=(3, 4, 5, 6),
                     dest=(0,), empty="no request was kept inside"))


def _refused(f: Facts) -> str:
    groups = _grouped(f, (d for d in f.decisions if d.action == "block"), lambda d: (
        d.refusal or "blocked_by_policy",
        str(d.status) if d.status is not None else "—", d.provider,
        _rules_text(d, "no rule: refused before the request was read")))
    rows = [(*key, len(ds)) for key, ds in groups]
    failures = Counter((r.error, r.host) for r in f.failures)
    fail_rows = [(error, host, n) for (error, host), n in sorted(
        failures.items(), key=lambda kv: (-kv[1], kv[0]))]
    return ('<h2 id="refused">What was refused</h2>'
            '<p class="muted">Answered by the proxy in the caller\'s API format; nothing was '
            'sent.</p>'
            + _table(["refusal", "status", "provider", "under rule", "requests"], rows,
                     numeric=(4,), empty="no request was refused")
            + "<h3>Refused before a decision</h3>"
            + _table(["error", "host", "requests"], fail_rows, numeric=(2,),
                     empty="none: every request had a decision"))


def _errors(f: Facts) -> str:
    by_decision = {d.id: d for d in f.decisions}
    failed = Counter(
        (o.error or "", str(o.status) if o.status is not None else "—",
         by_decision[o.decision].action if o.decision in by_decision else "—")
        for o in f.outcomes.values() if o.error not in (None, CLIENT_GONE))
    rows = [(*key, n) for key, n in sorted(failed.items(), key=lambda kv: (-kv[1], kv[0]))]
    gone = sum(1 for o in f.outcomes.values() if o.error == CLIENT_GONE)
    done = sum(1 for o in f.outcomes.values() if o.error is None)
    return ('<h2 id="errors">What failed on the way</h2>'
            f'<p>{done} repl{"y" if done == 1 else "ies"} reached the app whole (completed, '
            f'streams included). {gone} app{"" if gone == 1 else "s"} hung up before the end of '
            'the reply (<code>client_disconnected</code>): not a failure of the API or the local '
            'model. Failures of the API or of the local model:</p>'
            + _table(["error", "status", "action", "requests"], rows, numeric=(3,),
                     empty="none"))


def _findings(f: Facts) -> str:
    acted: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    alone_out: Counter[str] = Counter()
    for d in f.decisions:
        split = f.splits[d.id]
        acted.update(split.acted)
        inside.update(split.inside)
        alone.update(split.alone)
        if d.action in LEFT:
            alone_out.update(split.alone)
    kinds = sorted(set(acted) | set(inside) | set(alone),
                   key=lambda k: (-acted[k], -(inside[k] + alone[k]), k))
    rows = [(k, acted[k], inside[k], alone[k], alone_out[k]) for k in kinds]
    return ('<h2 id="findings">Findings: acted on, and seen only</h2>'
            '<p class="muted"><b>Acted on</b>: a rule that matched counted them (at or above '
            'its score floor) and they decided the action. <b>Seen only</b>: detected, but no '
            'rule acted on them: below a rule\'s score floor, of a type no matching rule names, '
            'or overlapping a finding a rule acted on (the address part of an e-mail read as '
            'an URL, a phone-like run inside a social security number). Those inside a '
            'finding a rule acted on went wherever it went; the last column counts the others '
            'in requests that left the perimeter: they were sent as written.</p>'
            + _table(["entity type", "acted on", "seen, inside an acted-on finding",
                      "seen, no rule acted", "…of which left as written"], rows,
                     numeric=(1, 2, 3, 4), empty="no findings"))


def _breakdowns(f: Facts) -> str:
    enforced = Counter(f"{r.pack}/{r.id} ({r.action})" for d in f.decisions for r in d.rules
                       if not r.shadow)
    shadow = Counter(f"{r.pack}/{r.id} ({r.action})" for d in f.decisions for r in d.rules
                     if r.shadow)
    by_app = Counter(d.app or d.client or "unknown" for d in f.decisions)
    by_provider = Counter(d.provider or "unknown" for d in f.decisions)
    by_action = Counter(d.action for d in f.decisions)
    return f"""<div class="grid">
<div><h2>By action</h2>{_bars(by_action.most_common(), colours=ACTION_COLOURS)}</div>
<div><h2>Rules that matched</h2>{_bars(enforced.most_common(20), "#7b4a9a")}
{"<h3>Shadow rules (recorded, not enforced)</h3>" + _bars(shadow.most_common(20), "#999")
 if shadow else ""}</div>
<div><h2>By app (client)</h2>{_bars(by_app.most_common(20), "#6b6b6b")}</div>
<div><h2>By provider (API the app called)</h2>{_bars(by_provider.most_common(), "#9a5a2a")}</div>
</div>"""


def _latest(f: Facts) -> str:
    rows = "".join(
        "<tr>" + "".join((
            f"<td>{_e(_when(d.ts))}</td>", f"<td>{_e(d.provider or '—')}</td>",
            f"<td>{_e(d.endpoint or '—')}</td>", f"<td>{_tag(d.action)}</td>",
            f"<td>{_e(', '.join(deciding_rules(d)[0]) or '—')}</td>",
            f'<td class="dest">{_e(d.destination or "—")}</td>',
            f"<td>{_e(outcome_text(d, f.outcome_of(d)))}</td>")) + "</tr>"
        for d in f.decisions[-50:][::-1])
    return ('<h2 id="latest">Latest decisions</h2><p class="muted">The last 50, newest '
            'first.</p><table><tr><th>time (UTC)</th><th>provider</th><th>endpoint</th>'
            '<th>action</th><th>under rule</th><th>destination</th><th>outcome</th></tr>'
            f"{rows}</table>")


def _destinations(f: Facts) -> str:
    """Every LLM API host seen, intercepted or not (audit/report_destinations.py)."""
    return llm_destinations(f.records)


# The report's sections in order, each a function of the facts.
SECTIONS: list[Callable[[Facts], str]] = [
    _summary, _counting, _over_time, _left, _inside, _refused, _errors, _findings, _breakdowns,
    _destinations]


def render(entries: Iterable[Mapping[str, Any] | Record], origin: str | None = None,
           verification: tuple[str, Sequence[str]] | None = None,
           extra: Sequence[str] = ()) -> str:
    """The report; *extra* are further sections (HTML), shown before the latest decisions
    (e.g. audit/report_costs.py)."""
    facts = Facts.of(entries)
    times = [r.ts for r in facts.records if r.ts is not None]
    period = "no records" if not times else " to ".join(
        _when(t, "%Y-%m-%d %H:%M:%S UTC") for t in (min(times), max(times)))
    if verification is not None:
        status, problems = verification
        cls = "ok" if status == "valid" else "bad"
        items = "".join(f"<li>{_e(p)}</li>" for p in problems)
        verdict = (f'<p>Log verification: <b class="{cls}">{_e(status)}</b></p>'
                   + (f"<ul>{items}</ul>" if items else ""))
    else:
        verdict = ('<p class="muted">Log not verified for this report; run '
                   "<code>sovereign audit verify</code> with the pinned keys.</p>")
    body = "\n".join(section(facts) for section in SECTIONS)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>sovereign audit report</title><style>{STYLE}</style></head><body>
<h1>sovereign audit report</h1>
<p class="muted">log origin: {_e(origin or "unknown")} · period: {_e(period)} ·
generated {_e(dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"))}</p>
{verdict}
{body}
{"".join(extra)}
{_latest(facts)}
<p class="muted">Records hold entity types, counts, spans, rule ids and destinations, never a
prompt or a detected value; values can only be looked up with the epoch tag keys
(<code>sovereign audit lookup</code>).</p>
</body></html>
"""
