"""decide(): most restrictive wins, independent of order; shadow packs; located load errors."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sovereign import yamlsrc
from sovereign.exchange import Action, EndpointKind, Finding
from sovereign.policy.decide import Context, decide
from sovereign.policy.loader import LoadedPack, RuleSet, load_rules

PACK = """\
apiVersion: sovereign/v1
kind: RulePack
name: {name}
mode: {mode}
rules:
  - id: r-block
    when: {{entities: [API_TOKEN]}}
    action: block
    message: no tokens
  - id: r-local
    when: {{entities: [US_SSN], min_score: 0.6}}
    action: route_local
    model: small
  - id: r-redact
    when: {{entities: [PERSON, EMAIL_ADDRESS], min_score: 0.4}}
    action: redact
  - id: r-both
    when:
      all:
        - entities: [MEDICAL_CONDITION]
        - entities: [PERSON]
    action: route_local
  - id: r-model
    when: {{models: ["o1-*"], providers: [openai]}}
    action: block
"""


def load(tmp: Path, *packs: tuple[str, str]) -> RuleSet:
    paths = []
    for name, mode in packs:
        path = tmp / f"{name}.yaml"
        path.write_text(PACK.format(name=name, mode=mode))
        paths.append(path)
    return load_rules(paths)


def ctx(*findings: tuple[str, float], model: str = "gpt-4o") -> Context:
    return Context(provider="openai", model=model, endpoint=EndpointKind.CHAT, attachments=(),
                   body_bytes=100,
                   findings=[Finding(0, i, i + 1, t, s) for i, (t, s) in enumerate(findings)])


def test_most_restrictive_wins(tmp_path: Path) -> None:
    rules = load(tmp_path, ("p", "enforce"))
    assert decide(ctx(), rules).action is Action.ALLOW
    assert decide(ctx(("PERSON", 0.85)), rules).action is Action.REDACT
    d = decide(ctx(("PERSON", 0.85), ("US_SSN", 0.9)), rules)
    assert d.action is Action.ROUTE_LOCAL and d.local_model == "small"
    d = decide(ctx(("PERSON", 0.85), ("US_SSN", 0.9), ("API_TOKEN", 0.9)), rules)
    assert d.action is Action.BLOCK and d.message == "no tokens"
    assert set(d.rule_ids) == {"r-block", "r-local", "r-redact"}


def test_thresholds_and_combinations(tmp_path: Path) -> None:
    rules = load(tmp_path, ("p", "enforce"))
    assert decide(ctx(("US_SSN", 0.5)), rules).action is Action.ALLOW  # below 0.6
    assert decide(ctx(("MEDICAL_CONDITION", 0.6)), rules).action is Action.ALLOW
    both = decide(ctx(("MEDICAL_CONDITION", 0.6), ("PERSON", 0.85)), rules)
    assert both.action is Action.ROUTE_LOCAL and "r-both" in both.rule_ids
    assert decide(ctx(model="o1-mini"), rules).action is Action.BLOCK


def test_redact_names_its_entities_and_floors(tmp_path: Path) -> None:
    d = decide(ctx(("PERSON", 0.85)), load(tmp_path, ("p", "enforce")))
    assert dict(d.redact) == {"PERSON": 0.4, "EMAIL_ADDRESS": 0.4}


def test_order_independent(tmp_path: Path) -> None:
    rules = load(tmp_path, ("a", "enforce"), ("b", "enforce"))
    c = ctx(("PERSON", 0.85), ("US_SSN", 0.9))
    expected = decide(c, rules)
    rng = random.Random(7)
    for _ in range(20):
        packs = []
        for loaded in rules.packs:
            shuffled = list(loaded.pack.rules)
            rng.shuffle(shuffled)
            packs.append(LoadedPack(loaded.pack.model_copy(update={"rules": shuffled}),
                                    loaded.source))
        rng.shuffle(packs)
        assert decide(c, RuleSet(tuple(packs))) == expected


def test_shadow_pack_reports_but_does_not_act(tmp_path: Path) -> None:
    rules = load(tmp_path, ("s", "shadow"))
    d = decide(ctx(("API_TOKEN", 0.9)), rules)
    assert d.action is Action.ALLOW
    assert [(m.rule_id, m.shadow) for m in d.matches] == [("r-block", True)]


def test_every_error_located_in_one_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("""\
apiVersion: sovereign/v1
kind: RulePack
name: bad
rules:
  - id: one
    when: {entities: [PERSN]}
    action: redact
  - id: one
    when: {entities: [PERSON]}
    action: redakt
  - id: two
    whenn: {entities: [PERSON]}
    action: allow
""")
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_rules([bad])
    lines = [str(e) for e in info.value.errors]
    assert len(lines) == 3
    assert lines[0].startswith(f"{bad}:10:13: rules[1].action: Input should be 'allow'")
    assert lines[1] == f"{bad}:11:5: missing required key 'when'"
    assert lines[2] == f"{bad}:12:5: unknown key 'whenn'"
    # schema errors stop semantic checks for that file; fix them and the next layer reports
    bad.write_text(bad.read_text().replace("redakt", "redact").replace("whenn", "when"))
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_rules([bad])
    lines = [str(e) for e in info.value.errors]
    assert f"{bad}:6:23: unknown entity 'PERSN'" in lines
    assert f"{bad}:8:9: duplicate rule id 'one' (first at rules[0])" in lines


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    bad = tmp_path / "syntax.yaml"
    bad.write_text("apiVersion: sovereign/v1\nrules: [\n")
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_rules([bad])
    assert str(info.value.errors[0]).startswith(f"{bad}:3:")


def test_shipped_rules_pass_their_own_tests(analyzer_detector: object) -> None:
    from sovereign.ruletest import run_rule_tests

    repo = Path(__file__).resolve().parent.parent
    results = run_rule_tests(load_rules([repo / "rules"]), analyzer_detector)  # type: ignore[arg-type]
    assert results and all(r.ok for r in results), [r for r in results if not r.ok]
