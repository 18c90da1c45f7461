"""The CLI contracts of DESIGN.md: scan jsonl, explain, rules lint/test, keys, audit verify."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sovereign.cli import main

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sovereign.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_scan_jsonl_contract() -> None:
    lines = [{"text": "Email jane.doe@example.com"}, {"text": "nothing here"}]
    r = run("scan", "--format", "jsonl", "-", stdin="\n".join(json.dumps(x) for x in lines))
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(out) == 2
    email = [f for f in out[0]["findings"] if f["entity_type"] == "EMAIL_ADDRESS"]
    assert email == [{"start": 6, "end": 26, "entity_type": "EMAIL_ADDRESS", "score": 1.0}]
    assert "jane.doe" not in r.stderr


def test_explain_shows_action_rules_and_what_would_be_sent(tmp_path: Path) -> None:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Ask John Smith"}]}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    r = run("explain", "--provider", "openai", str(path))
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["action"] == "redact"
    assert [m["id"] for m in result["rules"]] == ["contact-redact"]
    assert result["body_sent"]["messages"][0]["content"] == "Ask [PERSON_1]"
    assert result["findings"][0]["locator"] == ["messages", 0, "content"]
    assert result["findings"][0]["position"] == "text"


def test_explain_names_a_key_as_a_key(tmp_path: Path) -> None:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}],
            "metadata": {"jane.doe@example.org": "vip"}}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    result = json.loads(run("explain", "--provider", "openai", str(path)).stdout)
    keys = [f for f in result["findings"] if f["position"] == "key"]
    assert keys and keys[0]["locator"] == ["metadata", "<key>"]
    assert "jane.doe" not in json.dumps(result)


def test_rules_lint_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "lint", str(REPO / "rules")]) == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: sovereign/v1\nkind: RulePack\nname: x\nrulez: []\n")
    assert main(["rules", "lint", str(bad)]) == 1
    assert f"{bad}:4:1: unknown key 'rulez'" in capsys.readouterr().out
    with pytest.raises(SystemExit) as info:
        main(["rules", "lint"])
    assert info.value.code == 2


def test_rules_test_runs_pack_cases() -> None:
    r = run("rules", "test", str(REPO / "rules"))
    assert r.returncode == 0, r.stdout
    assert r.stdout.strip().splitlines()[-1].endswith("passed, 0 failed")


def test_keys_generate_then_audit_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sovereign.audit.keys import load_signer
    from sovereign.audit.writer import FileAuditLog

    assert main(["keys", "generate", str(tmp_path / "k")]) == 0
    assert main(["keys", "generate", str(tmp_path / "k")]) == 2  # never overwrites
    log = FileAuditLog(tmp_path / "audit", load_signer(tmp_path / "k" / "audit.key"), "o")
    log.append({"type": "decision", "id": "d"})
    log.close()
    capsys.readouterr()
    assert main(["audit", "verify", str(tmp_path / "audit"), "--keys",
                 str(tmp_path / "k" / "audit.key.pub"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["result"] == "valid"
    (tmp_path / "audit" / "segments" / "000000000000.jsonl").write_text("")
    assert main(["audit", "verify", str(tmp_path / "audit"), "--keys",
                 str(tmp_path / "k" / "audit.key.pub")]) == 2
    assert "TRUNCATED" in capsys.readouterr().out


def test_ca_path_creates_the_ca(tmp_path: Path) -> None:
    config = tmp_path / "sovereign.yaml"
    config.write_text(f"confdir: {tmp_path / 'ca'}\n")
    r = run("ca", "path", "--config", str(config))
    assert r.returncode == 0, r.stderr
    path = Path(r.stdout.strip())
    assert path.exists() and path.read_text().startswith("-----BEGIN CERTIFICATE-----")
    key = tmp_path / "ca" / "mitmproxy-ca.pem"
    assert key.stat().st_mode & 0o077 == 0


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "sovereign.yaml"
    config.write_text("listn: 1\n")
    r = run("ca", "path", "--config", str(config))
    assert r.returncode == 2 and f"{config}:1:1: unknown key 'listn'" in r.stderr
