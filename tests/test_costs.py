"""Cost and readiness figures from a known set of records (audit/costs.py,
audit/readiness.py), the price table in the configuration (strict, file:line errors; the
shipped example prices are marked as examples), the CLI and the HTML report's section."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from sovereign import yamlsrc
from sovereign.audit.costs import LocalCost, Price, PriceTable, costs, parse_when
from sovereign.audit.readiness import readiness
from sovereign.audit.records import OutcomeRecord, ShadowRecord, read_record
from sovereign.audit.report import render
from sovereign.audit.report_costs import section
from sovereign.config import Config, load_config
from tests.conftest import REPO

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC).timestamp()

TABLE = PriceTable(
    prices=(Price("gpt-4o-mini*", 0.15, 0.60), Price("gpt-4o*", 2.50, 10.00),
            Price("claude-*", 3.00, 15.00, example=True)),
    local=(LocalCost("llama-*", per_mtok=0.20),))


def _decision(i: str, app: str, action: str, model: str, rules: list[tuple[str, str]]
              ) -> dict[str, Any]:
    return {"type": "decision", "v": 2, "id": i, "provider": "openai", "endpoint": "chat",
            "app": app, "action": action, "destination": "x", "model": model, "spans": [],
            "rules": [{"id": r, "pack": "p", "action": a, "reason": "", "shadow": False}
                      for r, a in rules], "rule_ids": [r for r, _ in rules]}


def _outcome(i: str, app: str, action: str, model: str, tokens: tuple[int, int] | None,
             ts: float, provider: str = "openai", local: str | None = None
             ) -> dict[str, Any]:
    doc = OutcomeRecord(i, 200, None, 100.0, True, 10, provider=provider, model=model,
                        app=app, action=action, local_model=local,
                        input_tokens=tokens[0] if tokens else None,
                        output_tokens=tokens[1] if tokens else None).to_json()
    return doc | {"ts": ts}


RECORDS: list[dict[str, Any]] = [
    _decision("d1", "crm", "allow", "gpt-4o", []),
    _outcome("d1", "crm", "allow", "gpt-4o", (1_000_000, 100_000), T0),  # 2.50 + 1.00
    _decision("d2", "crm", "redact", "gpt-4o-mini", [("names", "redact")]),
    _outcome("d2", "crm", "redact", "gpt-4o-mini", (2_000_000, 0), T0 + 60),  # 0.30
    _decision("d3", "crm", "route_local", "gpt-4o", [("names", "redact"),
                                                     ("health-local", "route_local")]),
    _outcome("d3", "crm", "route_local", "gpt-4o", (400_000, 100_000), T0 + 120,
             local="llama-3"),  # would have been 1.00 + 1.00; locally 0.5 Mtok * 0.20
    _decision("d4", "bot", "allow", "mistral-large", []),
    _outcome("d4", "bot", "allow", "mistral-large", (10, 10), T0 + 180, provider="mistral"),
    _decision("d5", "bot", "allow", "gpt-4o", []),
    _outcome("d5", "bot", "allow", "gpt-4o", None, T0 + 240),  # usage not reported
    _outcome("d6", "bot", "allow", "gpt-4o", (1_000_000, 0), T0 + 86400 * 2),  # out of period
    # an outcome written before usage accounting: not counted
    {"type": "outcome", "v": 2, "decision": "d0", "status": 200, "ts": T0},
]


def test_spend_inside_and_movers_from_known_records() -> None:
    report = costs(RECORDS, TABLE, since=T0, until=T0 + 86400)
    spend = {line.key: line for line in report.spend}
    assert spend[("crm", "openai", "gpt-4o")].cost == pytest.approx(3.50)
    assert spend[("crm", "openai", "gpt-4o-mini")].cost == pytest.approx(0.30)
    unpriced = spend[("bot", "mistral", "mistral-large")]
    assert unpriced.cost is None and unpriced.unpriced_tokens == 20
    assert spend[("bot", "openai", "gpt-4o")].unreported == 1
    assert report.total_spend == {"USD": pytest.approx(3.80)}
    (inside,) = report.inside
    assert inside.key == ("crm", "llama-3", "gpt-4o")
    assert (inside.input_tokens, inside.output_tokens) == (400_000, 100_000)
    assert inside.cost == pytest.approx(2.00)  # what it would have cost at gpt-4o's prices
    assert report.avoided == {"USD": pytest.approx(2.00)}
    assert report.local_cost == {"USD": pytest.approx(0.10)}
    # the rule that chose route_local moved it, not the redact rule that also matched
    assert report.movers == [("health-local", 1, 500_000)]
    assert not report.examples or TABLE.examples
    # the whole log: the day-two outcome is in
    assert costs(RECORDS, TABLE).total_spend["USD"] == pytest.approx(3.80 + 2.50)


def test_periods_read_as_utc_dates_or_unix_times() -> None:
    assert parse_when("2026-03-02") == dt.datetime(2026, 3, 2, tzinfo=dt.UTC).timestamp()
    assert parse_when("2026-03-02T09:00:00+01:00") == T0 - 3600
    assert parse_when(str(T0)) == T0


def _shadow(i: int, app: str, status: str, *, sim: float | None = None,
            verdict: str | None = None, error: str | None = None,
            lat: tuple[float, float] = (100.0, 300.0)) -> dict[str, Any]:
    return ShadowRecord(f"s{i}", status, app=app, provider="openai", model="gpt-4o",
                        local_model="llama-3", error=error, closed_latency_ms=lat[0],
                        local_latency_ms=lat[1], similarity=sim, verdict=verdict,
                        rubric="same-answer-v1" if verdict else None).to_json() | {"ts": T0}


def test_readiness_from_known_shadow_records() -> None:
    shadows = [
        _shadow(1, "crm", "compared", sim=0.95),  # agrees by similarity
        _shadow(2, "crm", "compared", sim=0.50),  # does not
        _shadow(3, "crm", "compared", sim=0.20, verdict="agree", lat=(200.0, 500.0)),
        _shadow(4, "crm", "compared", sim=0.99, verdict="disagree", lat=(300.0, 700.0)),
        _shadow(5, "crm", "failed", error="local_unreachable"),
        _shadow(6, "crm", "skipped", error="budget_tokens"),
    ]
    (row,) = readiness(RECORDS + shadows, TABLE, agree_at=0.9, since=T0, until=T0 + 86400)
    assert (row.app, row.model, row.local_model) == ("crm", "gpt-4o", "llama-3")
    assert (row.sampled, row.compared, row.agreed, row.failed, row.skipped) == (6, 4, 2, 1, 1)
    assert row.agreement == 0.5
    assert row.errors == {"local_unreachable": 1, "budget_tokens": 1}
    assert row.closed_latency_ms == 150.0 and row.local_latency_ms == 400.0
    assert row.rubrics == ("same-answer-v1",)
    # moving crm's gpt-4o traffic inside: 3.50 now, 1.1 Mtok at 0.20 locally
    assert row.closed_spend == pytest.approx(3.50)
    assert row.local_estimate == pytest.approx(1.1 * 0.20)


def test_shadow_records_keep_scores_only_and_read_back() -> None:
    doc = _shadow(1, "crm", "compared", sim=0.9)
    assert read_record(doc) == ShadowRecord(**{**read_record(doc).__dict__})
    assert set(doc) == {"type", "v", "decision", "ts", *ShadowRecord._FIELDS}
    # an older reader's view of an outcome without accounting still reads
    assert read_record({"type": "outcome", "decision": "x", "v": 2}) == OutcomeRecord("x")


def test_html_report_shows_costs_and_readiness() -> None:
    records = [*RECORDS, _shadow(1, "crm", "compared", sim=0.95)]
    page = render(records, extra=[section(records, TABLE, 0.9)])
    assert "Costs" in page and "Local readiness" in page
    assert "6.3000 USD" in page and "health-local" in page and "100% of 1" in page
    assert "EXAMPLE prices" in page  # the claude price is marked as an example
    assert "No price table" in section(records, PriceTable())


# -- configuration --------------------------------------------------------------------------

def test_shipped_example_prices_validate_and_are_marked_examples() -> None:
    config = yamlsrc.validate(Config, yamlsrc.load_file(REPO / "deploy" /
                                                          "costs.example.yaml"))
    table = config.costs.table()
    assert table.prices and all(p.example for p in table.prices)
    assert all(c.example for c in table.local) and table.examples
    assert table.price("gpt-4o-mini-2024-07-18") == table.prices[0]


@pytest.mark.parametrize(("snippet", "needle"), [
    ("costs:\n  prices:\n    - {model: gpt-4o, input_per_mtok: 1, output_per_mtok: 2,\n"
     "       as_of: 2025-01-01, colour: red}\n", ":4:27:"),
    ("costs:\n  local:\n    - {model: '*', per_hour: 1, per_mtok: 2}\n", ":3:"),
    ("shadow:\n  apps: {crm: 1.5}\n", ":2:"),
    ("shadow:\n  rubric: nope-v9\n", ":2:"),
    ("shadow:\n  sample: 0.1\n", ":2:"),
])
def test_cost_and_shadow_keys_are_strict(tmp_path: Path, snippet: str, needle: str) -> None:
    path = tmp_path / "sovereign.yaml"
    path.write_text(snippet)
    with pytest.raises(yamlsrc.SourceErrors) as caught:
        load_config(path)
    assert any(needle in str(e) and "sovereign.yaml" in str(e) for e in caught.value.errors)


def test_cli_reports_costs_and_readiness(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from sovereign.audit.keys import generate
    from sovereign.audit.writer import FileAuditLog
    from sovereign.cli import main

    signer = generate(tmp_path / "keys" / "audit.key", "t")
    log = FileAuditLog(tmp_path / "audit", signer, "test")
    for record in [*RECORDS, _shadow(1, "crm", "compared", sim=0.95)]:
        log.append({k: v for k, v in record.items() if k != "ts"})
    log.close()
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"costs": {"prices": [
        {"model": "gpt-4o*", "input_per_mtok": 2.5, "output_per_mtok": 10,
         "as_of": "2025-06-01"}]}}))
    assert main(["report", "costs", str(tmp_path / "audit"), "--config", str(config),
                 "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    # d1 3.50, d2 5.00 (gpt-4o* matches gpt-4o-mini too), and d6 2.50 (no period given)
    assert figures["total_spend"] == {"USD": 11.0}
    assert main(["report", "readiness", str(tmp_path / "audit"), "--config", str(config),
                 "--since", "2000-01-01"]) == 0
    out = capsys.readouterr().out
    assert "crm" in out and "100%" in out
    assert main(["report", "costs", str(tmp_path / "audit"), "--config", str(config),
                 "--until", "2000-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["spend"] == []


def test_the_shadow_switch_from_the_cli(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from sovereign.cli import main
    from sovereign.shadow.sampling import Switch

    stop = tmp_path / "run" / "shadow.stop"
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"shadow": {"apps": {"crm": 0.1}, "stop_file": str(stop)}}))
    switch = Switch(stop)
    assert main(["shadow", "stop", "--config", str(config)]) == 0
    assert switch.stopped  # every proxy reading this config stops shadowing at once
    assert main(["shadow", "status", "--config", str(config)]) == 0
    assert "stopped" in capsys.readouterr().out
    assert main(["shadow", "start", "--config", str(config)]) == 0
    assert not switch.stopped and "crm" in capsys.readouterr().out
