"""The audit writer and the offline verifier, including every kind of tampering."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from sovereign.audit import keys
from sovereign.audit.verify import TAMPERED, TRUNCATED, UNVERIFIABLE, VALID, verify
from sovereign.audit.writer import AuditError, FileAuditLog


def make_log(tmp: Path, n: int, every: int = 4) -> tuple[Path, Path]:
    signer = keys.generate(tmp / "keys" / "audit.key")
    log = FileAuditLog(tmp / "audit", signer, "test/log", checkpoint_every=every,
                       checkpoint_seconds=3600)
    for i in range(n):
        log.append({"type": "decision", "id": f"d{i}", "action": "allow"})
    log.close()
    return tmp / "audit", tmp / "keys" / "audit.key.pub"


def entries(directory: Path) -> list[bytes]:
    return (directory / "entries.jsonl").read_bytes().splitlines(keepends=True)


def test_valid_log_verifies(tmp_path: Path) -> None:
    directory, pub = make_log(tmp_path, 10)
    report = verify(directory, pub)
    assert report.exit_code == VALID, report.problems
    assert report.entries == 10 and report.covered == 10 and report.checkpoints == 3


def test_key_file_is_private(tmp_path: Path) -> None:
    make_log(tmp_path, 1)
    mode = stat.S_IMODE((tmp_path / "keys" / "audit.key").stat().st_mode)
    assert mode == 0o600
    os.chmod(tmp_path / "keys" / "audit.key", 0o644)
    with pytest.raises(keys.KeyFileError, match="chmod 600"):
        keys.load_signer(tmp_path / "keys" / "audit.key")


def test_altered_entry_is_tampering(tmp_path: Path) -> None:
    directory, pub = make_log(tmp_path, 10)
    lines = entries(directory)
    lines[3] = lines[3].replace(b'"allow"', b'"block"')
    (directory / "entries.jsonl").write_bytes(b"".join(lines))
    report = verify(directory, pub)
    assert report.exit_code == TAMPERED
    assert any("root over the first" in m for _, m in report.problems)


@pytest.mark.parametrize("how", ["remove", "insert", "swap"])
def test_removed_inserted_reordered_entries_are_tampering(tmp_path: Path, how: str) -> None:
    directory, pub = make_log(tmp_path, 10)
    lines = entries(directory)
    if how == "remove":
        del lines[2]
    elif how == "insert":
        lines.insert(2, lines[2])
    else:
        lines[2], lines[3] = lines[3], lines[2]
    (directory / "entries.jsonl").write_bytes(b"".join(lines))
    assert verify(directory, pub).exit_code == TAMPERED


def test_truncation_is_reported_as_truncated(tmp_path: Path) -> None:
    directory, pub = make_log(tmp_path, 10)
    (directory / "entries.jsonl").write_bytes(b"".join(entries(directory)[:6]))
    report = verify(directory, pub)
    assert report.exit_code == TRUNCATED
    assert any("signs 10 entries but the log holds 6" in m for _, m in report.problems)


def test_rollback_against_a_held_checkpoint(tmp_path: Path) -> None:
    directory, pub = make_log(tmp_path, 10)
    held = tmp_path / "held.note"
    held.write_bytes((directory / "checkpoint").read_bytes())
    # the operator wipes the log and its checkpoints and starts over
    for p in (directory / "checkpoints").glob("*.note"):
        p.unlink()
    (directory / "entries.jsonl").write_bytes(b"".join(entries(directory)[:4]))
    signer = keys.load_signer(tmp_path / "keys" / "audit.key")
    FileAuditLog(directory, signer, "test/log").close()
    assert verify(directory, pub).exit_code == VALID  # consistent on its own...
    assert verify(directory, pub, since=held).exit_code == TRUNCATED  # ...but not with what we held


def test_wrong_key_is_unverifiable(tmp_path: Path) -> None:
    directory, _ = make_log(tmp_path, 3)
    other = keys.generate(tmp_path / "other" / "audit.key")
    assert other.name
    report = verify(directory, tmp_path / "other" / "audit.key.pub")
    assert report.exit_code == UNVERIFIABLE


def test_forged_checkpoint_signature_is_tampering(tmp_path: Path) -> None:
    directory, pub = make_log(tmp_path, 4)
    note_path = next((directory / "checkpoints").glob("*.note"))
    text = note_path.read_text()
    body, _, sig = text.rpartition(" ")
    i = len(sig) - 10  # inside the Ed25519 signature, past the 4-byte key id
    flipped = sig[:i] + ("B" if sig[i] == "A" else "A") + sig[i + 1 :]
    note_path.write_text(body + " " + flipped)
    assert verify(directory, pub).exit_code == TAMPERED


def test_torn_last_line_is_recovered_not_tampered(tmp_path: Path) -> None:
    directory, pub = make_log(tmp_path, 5)
    with open(directory / "entries.jsonl", "ab") as fh:
        fh.write(b'{"index":5,"type":"deci')  # the process died mid-write
    assert verify(directory, pub).exit_code == TRUNCATED
    signer = keys.load_signer(tmp_path / "keys" / "audit.key")
    log = FileAuditLog(directory, signer, "test/log")
    log.close()
    last = json.loads(entries(directory)[-1])
    assert last["type"] == "recovered" and last["index"] == 5 and last["torn_bytes"] == 23
    assert list(directory.glob("torn.*.bin"))
    assert verify(directory, pub).exit_code == VALID


def test_single_writer(tmp_path: Path) -> None:
    signer = keys.generate(tmp_path / "k" / "audit.key")
    first = FileAuditLog(tmp_path / "audit", signer, "o")
    with pytest.raises(AuditError, match="another process"):
        FileAuditLog(tmp_path / "audit", signer, "o")
    first.close()


def test_records_are_canonical_json_lines(tmp_path: Path) -> None:
    directory, _ = make_log(tmp_path, 2)
    first = entries(directory)[0]
    assert first.endswith(b"\n")
    doc = json.loads(first)
    assert doc["index"] == 0 and list(doc) == sorted(doc)
