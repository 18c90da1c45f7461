"""Rule packs for security teams: shipped packs, schema, custom recognizers, lint, sources,
shadow mode and replay."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sovereign import yamlsrc
from sovereign.audit.writer import MemoryAuditLog
from sovereign.cli import main
from sovereign.exchange import Action, EndpointKind, Finding
from sovereign.pipeline import Pipeline, Request, Settings
from sovereign.policy.decide import Context, Source, decide
from sovereign.policy.lint import lint
from sovereign.policy.loader import load_rules
from sovereign.policy.replay import replay
from sovereign.policy.schema import RulePack
from sovereign.route.models import ModelRegistry
from sovereign.ruletest import run_rule_tests
from tests.fakes import RegexDetector

REPO = Path(__file__).resolve().parent.parent
PACKS = [*sorted((REPO / "packs").glob("*.yaml")), REPO / "rules" / "default.yaml"]
HEADER = "apiVersion: sovereign/v1\nkind: RulePack\nname: t\n"


def pack(tmp: Path, body: str, name: str = "p.yaml") -> Path:
    path = tmp / name
    path.write_text(HEADER + body)
    return path


@pytest.mark.parametrize("path", PACKS, ids=[p.name for p in PACKS])
def test_shipped_pack_lints_clean_and_passes_its_tests(path: Path,
                                                       analyzer_detector: Any) -> None:
    rules = load_rules([path])
    assert lint(rules) == []
    results = run_rule_tests(rules, analyzer_detector)
    assert len(results) >= 4 and all(r.ok for r in results), [r for r in results if not r.ok]


def test_published_json_schema_is_current() -> None:
    published = json.loads((REPO / "schema" / "rulepack.schema.json").read_text())
    assert published == RulePack.model_json_schema(), "regenerate schema/rulepack.schema.json"


def test_recognizer_problems_are_located(tmp_path: Path) -> None:
    path = pack(tmp_path, """\
recognizers:
  - id: r1
    entity: CODENAME
    patterns:
      - regex: '(?<=FIN-)\\d+'
      - regex: 'x*'
      - regex: '[unclosed'
  - id: r1
    entity: CODENAME
    deny_list: [BLUEBIRD]
rules:
  - id: codenames
    when: {entities: [CODENAME], clients: [not-a-cidr]}
    action: block
""")
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_rules([path])
    lines = [str(e) for e in info.value.errors]
    assert f"{path}:8:16: RE2 does not support look-behind (?<=…); rewrite without it (match " \
        "the text before as part of the pattern) (at character 1 of the regex)" in lines, lines
    assert f"{path}:9:16: regex matches the empty string: it would flag every position" in lines
    assert any(x.startswith(f"{path}:10:16: invalid regex") for x in lines)
    assert f"{path}:11:9: duplicate recognizer id 'r1'" in lines
    assert any("'not-a-cidr' is not an address or CIDR range" in x for x in lines)


def test_lint_finds_unreachable_and_shadowed_rules(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = pack(tmp_path, """\
rules:
  - id: never
    when: {entities: [PERSON], endpoint: [metadata]}
    action: block
  - id: nobody
    when: {providers: [opneai]}
    action: block
  - id: weak
    when: {entities: [US_SSN]}
    action: redact
  - id: strong
    when: {entities: [US_SSN]}
    action: block
""")
    assert main(["rules", "lint", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:6:11: rule 'never' can never match" in out
    assert f"{path}:9:11: rule 'nobody' can never match: no provider named ['opneai']" in out
    assert (f"{path}:13:13: rule 'weak' is shadowed by 'strong': same condition, and block "
            "always wins over redact") in out


def test_source_and_destination_conditions(tmp_path: Path) -> None:
    rules = load_rules([pack(tmp_path, """\
rules:
  - id: lab-network-local
    when: {clients: [10.20.0.0/16], entities: [PERSON]}
    action: route_local
  - id: hr-app-block
    when: {apps: ["hr-*"], entities: [PERSON]}
    action: block
  - id: mistral-allowed-only
    when: {hosts: ["*.openai.azure.com"]}
    action: redact
""")])
    person = [Finding(0, 0, 4, "PERSON", 0.9)]

    def action(**source: Any) -> Action:
        ctx = Context("openai", "gpt-4o", EndpointKind.CHAT, (), 10, person, Source(**source))
        return decide(ctx, rules).action

    assert action(client="10.20.3.4") is Action.ROUTE_LOCAL
    assert action(client="10.21.3.4") is Action.ALLOW
    assert action(client="10.21.3.4", app="hr-payroll") is Action.BLOCK
    assert action(host="acme.openai.azure.com") is Action.REDACT


def test_custom_recognizers_feed_decisions_and_rule_tests(tmp_path: Path,
                                                          analyzer_detector: Any) -> None:
    rules = load_rules([pack(tmp_path, """\
recognizers:
  - id: codenames
    entity: PROJECT_CODENAME
    deny_list: [Bluebird, Night Jar]
    context: [project]
    deny_list_score: 0.5
rules:
  - id: codename-local
    when: {entities: [PROJECT_CODENAME], min_score: 0.7}
    action: route_local
tests:
  - name: a code name in context stays local
    text: "Status of project NIGHT JAR?"
    expect: {action: route_local}
  - name: without context its score stays under the threshold
    text: "A bluebird sang"
    expect: {action: allow}
""")])
    assert all(r.ok for r in run_rule_tests(rules, analyzer_detector))


def test_shadow_pack_is_audited_but_does_not_act(tmp_path: Path) -> None:
    shadow = pack(tmp_path, "mode: shadow\nrules:\n  - id: would-block\n"
                            "    when: {entities: [PERSON]}\n    action: block\n", "s.yaml")
    audit = MemoryAuditLog()
    pipeline = Pipeline(detector=RegexDetector(),
                        rules=load_rules([REPO / "rules" / "default.yaml", shadow]),
                        models=ModelRegistry([]), audit=audit, settings=Settings())
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user",
                                                         "content": "Hi John Smith"}]})
    pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {}, body.encode(),
                            client="127.0.0.1"))
    record = audit.records[-1]
    assert record["action"] == "redact" and record["shadow_action"] == "block"
    assert record["rule_ids"] == ["contact-redact"] and record["shadow_rule_ids"] == ["would-block"]


def test_replay_redecides_recorded_traffic(tmp_path: Path) -> None:
    audit = MemoryAuditLog()
    pipeline = Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([]), audit=audit, settings=Settings())
    for text in ("Hi John Smith", "What is 2+2?", "mail js@example.com"):
        body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
        pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions",
                                {"x-sovereign-app": "crm"}, body.encode(), client="10.0.0.7"))
    records = [dict(r, index=i, ts=0) for i, r in enumerate(audit.records)]
    stricter = load_rules([pack(tmp_path, """\
rules:
  - id: crm-names-local
    when: {apps: [crm], entities: [PERSON]}
    action: route_local
""")])
    changes, transitions, replayed = replay(records, stricter)
    assert replayed == 3
    assert [(c.old, c.new, c.rules) for c in changes] == [
        ("redact", "route_local", ("crm-names-local",)), ("redact", "allow", ())]
    assert transitions["allow -> allow"] == 1
    assert "John" not in json.dumps(records)  # replay needed no text


def test_packs_restating_a_rule_lint_clean_a_copy_within_a_pack_does_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pack restates another pack's rule (same condition and action) to hold when used
    alone: together they lint clean, as the shipped rules/ and packs/ do. The same rule twice
    in one pack is a copy, reported."""
    assert lint(load_rules([REPO / "rules", REPO / "packs"])) == []
    restated = "rules:\n  - id: {}\n    when: {{attachments: true}}\n    action: route_local\n"
    one = pack(tmp_path, restated.format("images-local"), "one.yaml")
    two = pack(tmp_path, restated.format("pictures-local"), "two.yaml")
    two.write_text(two.read_text().replace("name: t", "name: u"))
    assert main(["rules", "lint", str(one), str(two)]) == 0
    copy = pack(tmp_path, restated.format("a") + restated.format("b").removeprefix("rules:\n"),
                "copy.yaml")
    capsys.readouterr()
    assert main(["rules", "lint", str(copy)]) == 1
    assert f"{copy}:8:9: rule 'b' duplicates 'a' ({copy}): same condition and action" in \
        capsys.readouterr().out
