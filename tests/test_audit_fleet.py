"""`sovereign audit verify|lookup|report` over several replicas' logs at once: each log has its
own origin, signing key and tag keys; one summary, one report, and a lookup that says which
replica saw the value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sovereign.audit import keys
from sovereign.audit.tags import Tagger, TagKeys
from sovereign.audit.writer import FileAuditLog
from sovereign.cli import main

VALUE = "priya.raman@example.org"


def replica(root: Path, name: str, values: list[tuple[str, str]],
            origin: str | None = None) -> tuple[Path, Path, Path]:
    """A replica's audit dir, its public key and its tag key dir."""
    base = root / name
    signer = keys.generate(base / "keys" / "audit.key", name)
    tagger = Tagger(TagKeys(base / "keys" / "tags", 30 * 86400))
    log = FileAuditLog(base / "audit", signer, origin or f"test/replica-{name}",
                       checkpoint_every=2)
    for i, (value, action) in enumerate(values):
        epoch, tags = tagger.tags([("EMAIL_ADDRESS", value)])
        log.append({"type": "decision", "id": f"dec_{name}_{i}", "provider": "openai",
                    "action": action, "destination": "api.openai.com", "rule_ids": ["r"],
                    "tag_epoch": epoch, "tags": tags, "client": "127.0.0.1",
                    "findings": [{"type": "EMAIL_ADDRESS", "count": 1}]})
        log.append({"type": "outcome", "decision": f"dec_{name}_{i}", "status": 200,
                    "error": None})
    log.close()
    return base / "audit", base / "keys" / "audit.key.pub", base / "keys" / "tags"


@pytest.fixture
def logs(tmp_path: Path) -> list[tuple[Path, Path, Path]]:
    return [replica(tmp_path, "a", [("someone@else.io", "allow"), ("x@y.io", "redact")]),
            replica(tmp_path, "b", [(VALUE, "redact"), ("someone@else.io", "allow"),
                                    (VALUE.upper(), "redact")])]


def test_verify_several_logs_one_summary(logs: list[tuple[Path, Path, Path]], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (a, pa, _), (b, pb, _) = logs
    assert main(["audit", "verify", str(a), str(b), "--keys", str(pa), "--keys", str(pb)]) == 0
    out = capsys.readouterr().out
    assert "test/replica-a" in out and "test/replica-b" in out
    assert out.strip().splitlines()[-1].startswith("valid: 2 logs (2 valid), 10 entries in all")
    # one keys file pinning every replica's key serves every log
    both = tmp_path / "fleet.pub"
    both.write_text(pa.read_text() + pb.read_text())
    assert main(["audit", "verify", str(a), str(b), "--keys", str(both), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["result"] == "valid" and [lg["origin"] for lg in doc["logs"]] == [
        "test/replica-a", "test/replica-b"]
    # a replica's own key does not verify another's log
    assert main(["audit", "verify", str(a), str(b), "--keys", str(pa)]) == 3


def test_one_bad_log_fails_the_whole_and_is_named(logs: list[tuple[Path, Path, Path]],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (a, pa, _), (b, pb, _) = logs
    segment = sorted((b / "segments").iterdir())[0]
    segment.write_text(segment.read_text().replace('"redact"', '"allow!"', 1))
    assert main(["audit", "verify", str(a), str(b), "--keys", str(pa), "--keys", str(pb)]) == 1
    out = capsys.readouterr().out
    bad = [line for line in out.splitlines() if "differs" in line or "TAMPERED" in line]
    assert bad and all(line.startswith("test/replica-b") or line.startswith("TAMPERED")
                       for line in bad)
    assert "test/replica-a (" in out and "valid: " in out


def test_two_logs_with_one_origin_cannot_be_told_apart(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    a, pa, _ = replica(tmp_path, "a", [("x@y.io", "allow")], origin="test/same")
    b, pb, _ = replica(tmp_path, "b", [("x@y.io", "allow")], origin="test/same")
    assert main(["audit", "verify", str(a), str(b), "--keys", str(pa), "--keys", str(pb)]) == 3
    assert "cannot be told apart" in capsys.readouterr().out


def test_keys_must_pair_with_logs(logs: list[tuple[Path, Path, Path]],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    (a, pa, _), (b, pb, _) = logs
    assert main(["audit", "verify", str(a), str(b), "--keys", str(pa), "--keys", str(pb),
                 "--keys", str(pa)]) == 2
    assert "3 given for 2 logs" in capsys.readouterr().err


def test_lookup_says_which_replica_saw_the_value(logs: list[tuple[Path, Path, Path]],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (a, _, ta), (b, _, tb) = logs
    args = ["audit", "lookup", str(a), str(b), "--type", "EMAIL_ADDRESS",
            "--tag-key", str(ta), "--tag-key", str(tb)]
    assert main([*args, "--value", VALUE]) == 0
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert [line.split()[1] for line in lines[:-1]] == ["test/replica-b", "test/replica-b"]
    assert lines[-1] == ("2 record(s) with this EMAIL_ADDRESS in 2 logs, seen by "
                         "test/replica-b")
    assert main([*args, "--value", "someone@else.io", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["sightings"]
    assert sorted(s["replica"] for s in found) == ["test/replica-a", "test/replica-b"]
    assert main([*args, "--value", "nobody@x.io"]) == 1
    # one replica's tag keys cannot find what another replica saw
    assert main(["audit", "lookup", str(a), str(b), "--type", "EMAIL_ADDRESS", "--tag-key",
                 str(ta), "--value", VALUE]) == 1


def test_one_report_over_every_replica(logs: list[tuple[Path, Path, Path]], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (a, pa, _), (b, pb, _) = logs
    out = tmp_path / "report.html"
    assert main(["audit", "report", str(a), str(b), "--html", str(out), "--keys", str(pa),
                 "--keys", str(pb)]) == 0
    page = out.read_text()
    assert "2 replicas: test/replica-a, test/replica-b" in page
    assert 'id="replicas"' in page and page.count("<td>valid</td>") == 2
    assert VALUE not in page and "priya" not in page.lower()
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org", "")
    assert "report of 2 logs written" in capsys.readouterr().out
