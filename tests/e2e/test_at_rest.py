"""No prompt, detected value, header value or key is at rest: audit log and proxy log."""

from __future__ import annotations

import contextlib
import json
import time

import anthropic
import openai
import pytest

from sovereign.audit.verify import verify
from tests.conftest import CLIENT_KEY_OPENAI, ProxyRun
from tests.e2e.clients import ask_anthropic, ask_openai

PROMPTS = {
    "allow": "Plan a trip to Lisbon in spring",
    "redact": "Send Priya Raman the invoice at priya.raman@example.org, phone +1 415 555 0132",
    "route_local": "Patient Priya Raman, SSN 219-09-9999, was diagnosed with epilepsy",
    "block": "deploy with ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ now",
}
PLANTED = ["Lisbon", "Priya Raman", "Priya", "priya.raman@example.org", "415 555 0132",
           "219-09-9999", "epilepsy", "ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
           CLIENT_KEY_OPENAI, "local-vllm-key-abc"]


def test_planted_values_never_at_rest(fresh: ProxyRun) -> None:
    for stream in (False, True):
        for ask in (ask_openai, ask_anthropic):
            for prompt in PROMPTS.values():
                with contextlib.suppress(openai.PermissionDeniedError, anthropic.PermissionDeniedError):
                    ask(prompt, stream)
    assert fresh.local.saw("219-09-9999")  # the route_local prompt really was answered locally
    assert not fresh.closed.saw("219-09-9999") and not fresh.closed.saw("Priya Raman")
    audit = fresh.audit_text()
    logs = fresh.log_file.read_text()
    actions = {json.loads(line).get("action") for line in audit.splitlines()}
    assert {"allow", "redact", "route_local", "block"} <= actions
    for value in PLANTED:
        assert value not in audit, f"planted value #{PLANTED.index(value)} reached the audit log"
        assert value not in logs, f"planted value #{PLANTED.index(value)} reached the proxy log"


def test_audit_log_verifies_offline(fresh: ProxyRun) -> None:
    ask_openai("What is 2 + 2?", stream=False)
    time.sleep(1.5)  # the test config checkpoints every second
    report = verify(fresh.audit_dir, fresh.public_key)
    assert report.exit_code == 0, report.problems
    assert report.checkpoints >= 1 and report.entries >= 2 and report.covered >= 1


def test_auditor_can_ask_where_a_value_went(fresh: ProxyRun,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from sovereign.cli import main

    email = "lookup.target@example.org"
    ask_openai(f"Please write to {email}", stream=False)
    ask_openai(f"My SSN is 219-09-9999 and my mail is {email}", stream=False)
    assert not fresh.closed.saw(email)
    capsys.readouterr()
    code = main(["audit", "lookup", str(fresh.audit_dir), "--value", email, "--type",
                 "EMAIL_ADDRESS", "--tag-key", str(fresh.audit_dir.parent / "keys" / "tags"),
                 "--json"])
    assert code == 0
    sightings = json.loads(capsys.readouterr().out)["sightings"]
    assert [(s["action"], s["destination"]) for s in sightings] == [
        ("redact", f"{fresh.closed.url}/v1/chat/completions"),
        ("route_local", "local:llama-local")]
