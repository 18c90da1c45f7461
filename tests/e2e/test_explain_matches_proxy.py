"""`sovereign explain` is built by the proxy's own builder: for the same configuration and the
same request, the body it shows is the body the closed stand-in receives through the running
proxy, hash tokens and surrogates included (the same key material); without that key it says
why it cannot show them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, ProxyRun
from tests.e2e.clients import openai_client

KEY_ENV = {"SOVEREIGN_TEST_REDACTION_KEY": "test-redaction-key-0123456789",
           "STANDIN_VLLM_KEY": "local-vllm-key-abc"}  # what tests.conftest.start_proxy sets


def explain(config: Path, body: dict[str, Any],
            env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sovereign.cli", "explain", "--config",
                           str(config), "-"], input=json.dumps(body), capture_output=True,
                          text=True, cwd=REPO, timeout=300,
                          env={k: v for k, v in os.environ.items()
                               if k not in KEY_ENV and not k.endswith("_PROXY")} | env)


@pytest.mark.parametrize("model", ["surrogate-1", "hash-1", "gpt-4o"])
def test_explain_shows_the_body_the_proxy_sends(fresh: ProxyRun, model: str) -> None:
    body = {"model": model, "messages": [{"role": "user", "content":
            "Please write to John Smith at john.smith@example.com about invoice 4471."}]}
    openai_client().chat.completions.create(**body)  # type: ignore[call-overload]
    assert len(fresh.closed.received) == 1
    received = fresh.closed.received[0]
    if model != "gpt-4o":  # the operator did change it: the comparison below is not trivial
        assert "john.smith@example.com" not in received.text

    r = explain(fresh.log_file.parent / "sovereign.yaml", body, KEY_ENV)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["body_sent"] == received.json
    assert shown["sent_to"].endswith(received.path)
    assert "body_sent_differs" not in shown


def test_explain_says_why_it_cannot_show_hash_tokens_without_the_key(fresh: ProxyRun) -> None:
    body = {"model": "hash-1", "messages": [{"role": "user", "content": "mail a@example.com"}]}
    r = explain(fresh.log_file.parent / "sovereign.yaml", body, {})  # the key's variable unset
    assert r.returncode == 2
    assert "explain cannot show what the proxy would send" in r.stderr
    assert "'hash' operator" in r.stderr and "SOVEREIGN_TEST_REDACTION_KEY" in r.stderr
    assert r.stdout == ""


def test_explain_says_surrogates_differ_when_no_key_is_configured(tmp_path: Path) -> None:
    rules = tmp_path / "surrogates.yaml"
    rules.write_text("apiVersion: sovereign/v1\nkind: RulePack\nname: s\nrules:\n"
                     "  - id: surrogate-contacts\n"
                     "    when: {entities: [EMAIL_ADDRESS]}\n"
                     "    action: redact\n"
                     "    operators: {EMAIL_ADDRESS: surrogate}\n")
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"rules": [str(rules)], "detection": {"workers": 1}}))
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "mail a@example.com"}]}
    r = explain(config, body, {})
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["action"] == "redact"
    assert "random one per process" in shown["body_sent_differs"]
