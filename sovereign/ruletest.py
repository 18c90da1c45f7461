"""Run the ``tests:`` cases inside rule packs through the real detector and decide()."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sovereign.assess import assess
from sovereign.detect.detector import Detector
from sovereign.policy.decide import Source
from sovereign.policy.loader import RuleSet
from sovereign.policy.schema import RuleTest
from sovereign.providers.registry import SAMPLES, classify, sample_body


@dataclass(frozen=True)
class TestResult:
    pack: str
    name: str
    ok: bool
    why: str = ""


def _body(test: RuleTest) -> dict[str, Any]:
    if test.body is not None:
        return test.body
    assert test.text is not None
    return sample_body(test.provider, test.text)


def run_rule_tests(rules: RuleSet, detector: Detector) -> list[TestResult]:
    results = []
    for loaded in rules.packs:
        for test in loaded.pack.tests:
            host, path, _ = SAMPLES[test.provider]
            classified = classify(host, "POST", path)
            assert classified is not None
            raw = json.dumps(_body(test)).encode()
            source = Source(host=host, client=test.client or "", app=test.app)
            decision = assess(classified, raw, len(raw), detector, rules, source=source).decision
            got_rules = sorted(m.rule_id for m in decision.matches if not m.shadow)
            problems = []
            if decision.action.label != test.expect.action:
                problems.append(f"expected {test.expect.action}, got {decision.action.label}")
            if test.expect.rules is not None and sorted(test.expect.rules) != got_rules:
                problems.append(f"expected rules {sorted(test.expect.rules)}, got {got_rules}")
            results.append(TestResult(loaded.pack.name, test.name, not problems,
                                      "; ".join(problems)))
    return results
