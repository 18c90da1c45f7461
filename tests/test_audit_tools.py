"""The auditor's commands: checkpoint, prove/check-proof, lookup by keyed tag, HTML report,
key rotation; and tags that name no value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sovereign.audit import keys
from sovereign.audit.segments import read_records
from sovereign.audit.tags import Tagger, TagKeys, normalise_for_tag, tag
from sovereign.audit.writer import FileAuditLog
from sovereign.cli import main

VALUE = "priya.raman@example.org"


@pytest.fixture
def audit(tmp_path: Path) -> tuple[Path, Path, Path]:
    """An audit dir with decisions tagged the way the pipeline tags them."""
    signer = keys.generate(tmp_path / "keys" / "audit.key")
    tagger = Tagger(TagKeys(tmp_path / "keys" / "tags", 30 * 86400))
    log = FileAuditLog(tmp_path / "audit", signer, "test/log", checkpoint_every=3)
    for i, (value, action, dest) in enumerate([
            (VALUE, "redact", "api.openai.com"), ("someone@else.io", "allow", "api.openai.com"),
            (VALUE.upper(), "route_local", "local:llama"), ("x@y.io", "block", "none")]):
        epoch, tags = tagger.tags([("EMAIL_ADDRESS", value)])
        log.append({"type": "decision", "id": f"dec_{i}", "provider": "openai", "action": action,
                    "destination": dest, "rule_ids": ["r"], "tag_epoch": epoch, "tags": tags,
                    "client": "127.0.0.1",
                    "findings": [{"type": "EMAIL_ADDRESS", "count": 1}]})
        log.append({"type": "outcome", "decision": f"dec_{i}", "status": 200, "error": None})
    log.close()
    return tmp_path / "audit", tmp_path / "keys" / "audit.key.pub", tmp_path / "keys" / "tags"


def test_tags_name_no_value(audit: tuple[Path, Path, Path]) -> None:
    directory, _, _ = audit
    text = "".join(p.read_text() for p in (directory / "segments").iterdir())
    assert VALUE not in text and "priya" not in text.lower()
    assert normalise_for_tag("PHONE_NUMBER", "+1 (415) 555-0132") == "14155550132"
    # a Medicare MBI is printed with or without hyphens: one value, one tag
    assert tag(b"k" * 32, "HEALTH_INSURANCE_ID", "1EG4-TE5-MK73") == \
        tag(b"k" * 32, "HEALTH_INSURANCE_ID", "1eg4te5mk73")
    assert tag(b"k" * 32, "EMAIL_ADDRESS", "A@B.io") == tag(b"k" * 32, "EMAIL_ADDRESS", "a@b.io")
    assert tag(b"k" * 32, "A", "BC") != tag(b"k" * 32, "AB", "C")


def test_lookup_finds_where_a_value_went(audit: tuple[Path, Path, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    directory, _, tag_dir = audit
    code = main(["audit", "lookup", str(directory), "--value", VALUE, "--type", "EMAIL_ADDRESS",
                 "--tag-key", str(tag_dir), "--json"])
    assert code == 0
    found = json.loads(capsys.readouterr().out)["sightings"]
    assert [(s["action"], s["destination"], s["status"]) for s in found] == [
        ("redact", "api.openai.com", 200), ("route_local", "local:llama", 200)]
    assert main(["audit", "lookup", str(directory), "--value", "nobody@x.io", "--type",
                 "EMAIL_ADDRESS", "--tag-key", str(tag_dir)]) == 1


def test_crypto_shredding_keeps_the_log_valid(audit: tuple[Path, Path, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    directory, pub, tag_dir = audit
    for key_file in tag_dir.glob("epoch-*.key"):
        key_file.unlink()  # the epoch key is destroyed
    other = tag_dir.parent / "other-tags"
    TagKeys(other, 1e12).current()  # some unrelated key, so the command has one to use
    assert main(["audit", "lookup", str(directory), "--value", VALUE, "--type", "EMAIL_ADDRESS",
                 "--tag-key", str(other)]) == 1
    assert "cannot be searched" in capsys.readouterr().out
    assert main(["audit", "verify", str(directory), "--keys", str(pub)]) == 0


def test_prove_and_check_proof(audit: tuple[Path, Path, Path], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    directory, pub, _ = audit
    bundle = tmp_path / "proof.json"
    assert main(["audit", "prove", str(directory), "--index", "2", "--out", str(bundle)]) == 0
    assert main(["audit", "check-proof", str(bundle), "--keys", str(pub)]) == 0
    doc = json.loads(bundle.read_text())
    assert json.loads(doc["record"])["id"] == "dec_1"
    doc["record"] = doc["record"].replace("allow", "block")
    bundle.write_text(json.dumps(doc))
    assert main(["audit", "check-proof", str(bundle), "--keys", str(pub)]) == 1
    assert "INVALID" in capsys.readouterr().out


def test_checkpoint_command_prints_the_signed_note(audit: tuple[Path, Path, Path],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    directory, _, _ = audit
    assert main(["audit", "checkpoint", str(directory)]) == 0
    note = capsys.readouterr().out
    assert note.startswith("test/log\n8\n") and "\u2014 sovereign-audit " in note


def test_html_report_is_self_contained(audit: tuple[Path, Path, Path], tmp_path: Path) -> None:
    directory, pub, _ = audit
    out = tmp_path / "report.html"
    assert main(["audit", "report", str(directory), "--html", str(out), "--keys", str(pub)]) == 0
    page = out.read_text()
    assert "<svg" in page and "route_local" in page and "valid" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert VALUE not in page


def test_rotate_key_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "sovereign.yaml"
    config.write_text(f"audit:\n  dir: {tmp_path / 'audit'}\n  signing_key: "
                      f"{tmp_path / 'k' / 'audit.key'}\n  origin: test/log\n")
    signer = keys.generate(tmp_path / "k" / "audit.key")
    log = FileAuditLog(tmp_path / "audit", signer, "test/log")
    log.append({"type": "decision", "id": "a"})
    log.close()
    capsys.readouterr()
    assert main(["audit", "rotate-key", "--config", str(config)]) == 0
    out = capsys.readouterr().out.splitlines()
    pinned = tmp_path / "pinned.keys"
    pinned.write_text("\n".join(out[-2:]) + "\n")
    new = keys.load_signer(tmp_path / "k" / "audit.key")
    assert new.vkey() != signer.vkey()
    log = FileAuditLog(tmp_path / "audit", new, "test/log")
    log.append({"type": "decision", "id": "b"})
    log.close()
    assert main(["audit", "verify", str(tmp_path / "audit"), "--keys", str(pinned)]) == 0
    assert [r["type"] for r in read_records(tmp_path / "audit")] == [
        "decision", "key_rotation", "decision"]


def test_report_counts_apps_that_hung_up_apart_from_server_errors() -> None:
    """A reply read whole is no error; an app gone mid-reply is not an upstream error."""
    from sovereign.audit import report

    decisions = [{"type": "decision", "id": f"dec_{i}", "provider": "openai",
                  "endpoint": "chat", "action": "allow", "destination": "api.openai.com"}
                 for i in range(4)]
    outcomes = [{"type": "outcome", "decision": "dec_0", "status": 200, "error": None,
                 "completed": True, "bytes": 300},
                {"type": "outcome", "decision": "dec_1", "status": 200,
                 "error": "client_disconnected", "completed": False, "bytes": 40},
                {"type": "outcome", "decision": "dec_2", "status": 502,
                 "error": "upstream_unreachable", "completed": False, "bytes": None},
                {"type": "outcome", "decision": "dec_3", "status": 200,
                 "error": "client_disconnected", "completed": False, "bytes": 10}]
    page = report.render(decisions + outcomes)
    assert '<b>1</b>upstream / local errors' in page
    assert "<b>2</b>apps gone before the reply&#x27;s end" in page
