"""What the traffic cost and where it went, from the audit log's outcome records and a price
table: spend per app, provider and model; the tokens kept inside the perimeter and what they
would have cost at the closed prices; the decisions (rules) that moved traffic inside.

Pure: records and prices in, figures out (the CLI prints them, report_costs.py draws them).
Prices are per million tokens, matched to a model name by glob, first match wins; tokens
that match no price are counted as unpriced, never priced at zero silently."""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sovereign.audit.records import DecisionRecord, OutcomeRecord, Record, read_record

MTOK = 1_000_000


@dataclass(frozen=True)
class Price:
    """The price of a closed model (glob), per million tokens."""

    model: str
    input_per_mtok: float
    output_per_mtok: float
    currency: str = "USD"
    as_of: dt.date | None = None
    example: bool = False  # shipped as an example: not a price anyone quoted to you


@dataclass(frozen=True)
class LocalCost:
    """What a local model (glob) costs: its GPU per hour, or per million tokens."""

    model: str = "*"
    per_hour: float | None = None
    per_mtok: float | None = None
    currency: str = "USD"
    as_of: dt.date | None = None
    example: bool = False


@dataclass(frozen=True)
class PriceTable:
    prices: tuple[Price, ...] = ()
    local: tuple[LocalCost, ...] = ()

    def price(self, model: str | None) -> Price | None:
        if not model:
            return None
        return next((p for p in self.prices if fnmatch.fnmatchcase(model, p.model)), None)

    def local_cost(self, model: str | None) -> LocalCost | None:
        return next((c for c in self.local if fnmatch.fnmatchcase(model or "", c.model)), None)

    @property
    def examples(self) -> bool:
        return any(p.example for p in self.prices) or any(c.example for c in self.local)


def closed_cost(price: Price | None, input_tokens: int, output_tokens: int) -> float | None:
    if price is None:
        return None
    return (input_tokens * price.input_per_mtok + output_tokens * price.output_per_mtok) / MTOK


@dataclass
class Line:
    """One row of spend: requests, the tokens reported, their cost (None: no price)."""

    key: tuple[str, ...]
    requests: int = 0
    unreported: int = 0  # requests whose usage the provider did not report
    input_tokens: int = 0
    output_tokens: int = 0
    cost: float | None = None
    currency: str | None = None
    unpriced_tokens: int = 0

    def add(self, o: OutcomeRecord, cost: float | None, currency: str | None) -> None:
        self.requests += 1
        if o.input_tokens is None and o.output_tokens is None:
            self.unreported += 1
        tokens = (o.input_tokens or 0) + (o.output_tokens or 0)
        self.input_tokens += o.input_tokens or 0
        self.output_tokens += o.output_tokens or 0
        if cost is None:
            self.unpriced_tokens += tokens
        else:
            self.cost = (self.cost or 0.0) + cost
            self.currency = currency

    def to_json(self) -> dict[str, Any]:
        return {"key": list(self.key), "requests": self.requests,
                "unreported": self.unreported, "input_tokens": self.input_tokens,
                "output_tokens": self.output_tokens,
                "cost": None if self.cost is None else round(self.cost, 6),
                "currency": self.currency, "unpriced_tokens": self.unpriced_tokens}


@dataclass
class CostReport:
    since: float | None
    until: float | None
    spend: list[Line] = field(default_factory=list)  # (app, provider, model) sent out
    inside: list[Line] = field(default_factory=list)  # (app, local model, closed model)
    avoided: dict[str, float] = field(default_factory=dict)  # currency → closed cost avoided
    local_cost: dict[str, float] = field(default_factory=dict)  # currency → local cost
    movers: list[tuple[str, int, int]] = field(default_factory=list)  # rule, requests, tokens
    examples: bool = False
    hours: float = 0.0

    @property
    def total_spend(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for line in self.spend:
            if line.cost is not None and line.currency:
                out[line.currency] = out.get(line.currency, 0.0) + line.cost
        return out

    def to_json(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until,
                "spend": [s.to_json() for s in self.spend],
                "total_spend": {k: round(v, 6) for k, v in self.total_spend.items()},
                "inside": [s.to_json() for s in self.inside],
                "avoided": {k: round(v, 6) for k, v in self.avoided.items()},
                "local_cost": {k: round(v, 6) for k, v in self.local_cost.items()},
                "movers": [{"rule": r, "requests": n, "tokens": t} for r, n, t in self.movers],
                "example_prices": self.examples, "hours": round(self.hours, 3)}


def typed(entries: Iterable[Mapping[str, Any] | Record]) -> list[Record]:
    return [read_record(e) if isinstance(e, Mapping) else e for e in entries]


def in_period(ts: float | None, since: float | None, until: float | None) -> bool:
    if ts is None:
        return since is None and until is None
    return (since is None or ts >= since) and (until is None or ts < until)


def local_period_cost(cost: LocalCost | None, tokens: int, hours: float) -> float | None:
    """A local model's cost over *hours* for *tokens*: per hour the GPU runs whatever it
    serves; per million tokens, what it served."""
    if cost is None:
        return None
    if cost.per_mtok is not None:
        return tokens * cost.per_mtok / MTOK
    if cost.per_hour is not None:
        return cost.per_hour * hours
    return None


def costs(entries: Iterable[Mapping[str, Any] | Record], table: PriceTable,
          since: float | None = None, until: float | None = None) -> CostReport:
    records = typed(entries)
    decisions = {r.id: r for r in records if isinstance(r, DecisionRecord)}
    outcomes = [r for r in records if isinstance(r, OutcomeRecord) and r.action is not None
                and in_period(r.ts, since, until)]
    times = [o.ts for o in outcomes if o.ts is not None]
    start = since if since is not None else (min(times) if times else None)
    end = until if until is not None else (max(times) if times else None)
    hours = max(0.0, (end - start) / 3600) if start is not None and end is not None else 0.0
    report = CostReport(since, until, examples=table.examples, hours=hours)
    spend: dict[tuple[str, ...], Line] = {}
    inside: dict[tuple[str, ...], Line] = {}
    local_tokens: dict[str, int] = {}
    movers: dict[str, list[int]] = {}
    for o in outcomes:
        app = o.app or "unknown"
        model = o.model or "unknown"
        if o.action == "route_local":
            local = o.local_model or "unknown"
            price = table.price(o.model)
            avoided = closed_cost(price, o.input_tokens or 0, o.output_tokens or 0)
            key = (app, local, model)
            inside.setdefault(key, Line(key)).add(o, avoided, price.currency if price else None)
            if avoided is not None and price is not None:
                report.avoided[price.currency] = report.avoided.get(price.currency, 0.0) \
                    + avoided
            local_tokens[local] = local_tokens.get(local, 0) + (o.input_tokens or 0) \
                + (o.output_tokens or 0)
            decision = decisions.get(o.decision)
            moved = [h.id for h in decision.rules if h.action == "route_local"
                     and not h.shadow] if decision else []
            for rule in moved or ("(no rule recorded)",):
                entry = movers.setdefault(rule, [0, 0])
                entry[0] += 1
                entry[1] += (o.input_tokens or 0) + (o.output_tokens or 0)
        else:
            price = table.price(o.model)
            key = (app, o.provider or "unknown", model)
            spend.setdefault(key, Line(key)).add(
                o, closed_cost(price, o.input_tokens or 0, o.output_tokens or 0),
                price.currency if price else None)
    for local, tokens in sorted(local_tokens.items()):
        cost = table.local_cost(local)
        amount = local_period_cost(cost, tokens, hours)
        if amount is not None and cost is not None:
            report.local_cost[cost.currency] = report.local_cost.get(cost.currency, 0.0) \
                + amount
    report.spend = sorted(spend.values(), key=lambda line: (-(line.cost or 0.0), line.key))
    report.inside = sorted(inside.values(), key=lambda line: line.key)
    report.movers = sorted(((r, n, t) for r, (n, t) in movers.items()),
                           key=lambda m: (-m[1], m[0]))
    return report


def money(amount: float | None, currency: str | None) -> str:
    if amount is None:
        return "no price"
    return f"{amount:,.4f} {currency or ''}".strip()


def render_text(report: CostReport) -> list[str]:
    """The report as lines of text (``sovereign report costs``)."""
    out = []
    if report.examples:
        out.append("note: the price table holds EXAMPLE prices (example: true): replace them "
                   "with your contract's before reading these figures as costs")
    out.append(f"{'app':<20} {'provider':<10} {'model':<24} {'requests':>8} {'in tok':>10} "
               f"{'out tok':>10} {'cost':>16}")
    for line in report.spend:
        app, provider, model = line.key
        unrep = f"  ({line.unreported} without usage)" if line.unreported else ""
        out.append(f"{app[:20]:<20} {provider[:10]:<10} {model[:24]:<24} {line.requests:>8} "
                   f"{line.input_tokens:>10} {line.output_tokens:>10} "
                   f"{money(line.cost, line.currency):>16}{unrep}")
    totals = ", ".join(money(v, k) for k, v in sorted(report.total_spend.items())) or "none"
    out.append(f"spent on closed APIs: {totals}")
    out.append("")
    out.append("kept inside the perimeter (route_local):")
    out.append(f"{'app':<20} {'local model':<16} {'asked for':<18} {'requests':>8} "
               f"{'in tok':>10} {'out tok':>10} {'at closed prices':>16}")
    for line in report.inside:
        app, local, model = line.key
        out.append(f"{app[:20]:<20} {local[:16]:<16} {model[:18]:<18} {line.requests:>8} "
                   f"{line.input_tokens:>10} {line.output_tokens:>10} "
                   f"{money(line.cost, line.currency):>16}")
    avoided = ", ".join(money(v, k) for k, v in sorted(report.avoided.items())) or "none"
    local = ", ".join(money(v, k) for k, v in sorted(report.local_cost.items())) or \
        "no local cost configured"
    out.append(f"closed cost avoided: {avoided}; local cost over {report.hours:.2f} h: {local}")
    out.append("")
    out.append("decisions that moved traffic inside (rule: requests, tokens):")
    for rule, n, tokens in report.movers:
        out.append(f"  {rule}: {n}, {tokens}")
    if not report.movers:
        out.append("  none")
    return out


def parse_when(text: str) -> float:
    """A --since/--until value: an ISO date or date-time (UTC unless it says), or a Unix time."""
    try:
        return float(text)
    except ValueError:
        pass
    when = dt.datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.timestamp()


def sums(lines: Sequence[Line]) -> tuple[int, int]:
    return sum(x.input_tokens for x in lines), sum(x.output_tokens for x in lines)
