"""The audit writer and the offline verifier: one fixture per attack, named after it."""

from __future__ import annotations

import json
import os
import shutil
import stat
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sovereign.audit import keys
from sovereign.audit.note import Signer
from sovereign.audit.segments import read_manifest, read_records
from sovereign.audit.verify import TAMPERED, TRUNCATED, UNVERIFIABLE, VALID, verify
from sovereign.audit.writer import AuditError, FileAuditLog


class Log:
    """A small log: 10 records, checkpoints every 4, segments of 4 entries."""

    def __init__(self, tmp: Path, n: int = 10) -> None:
        self.tmp = tmp
        self.dir = tmp / "audit"
        self.key = tmp / "keys" / "audit.key"
        self.pub = tmp / "keys" / "audit.key.pub"
        self.signer = keys.generate(self.key)
        log = self.open()
        for i in range(n):
            log.append({"type": "decision", "id": f"d{i}", "action": "allow"})
        log.close()

    def open(self, signer: Signer | None = None, origin: str = "test/log") -> FileAuditLog:
        return FileAuditLog(self.dir, signer or self.signer, origin, checkpoint_every=4,
                            checkpoint_seconds=3600, segment_entries=4)

    def segment(self, n: int) -> Path:
        return self.dir / read_manifest(self.dir)[n].file

    def lines(self, n: int) -> list[bytes]:
        return self.segment(n).read_bytes().splitlines(keepends=True)

    def write(self, n: int, lines: list[bytes]) -> None:
        self.segment(n).write_bytes(b"".join(lines))

    def verify(self, since: Path | None = None) -> int:
        return verify(self.dir, self.pub, since).exit_code


@pytest.fixture
def log(tmp_path: Path) -> Log:
    return Log(tmp_path)


def test_valid_log_verifies(log: Log) -> None:
    report = verify(log.dir, log.pub)
    assert report.exit_code == VALID, report.problems
    assert report.entries == 10 and report.covered == 10 and report.checkpoints == 3
    assert [s.first for s in read_manifest(log.dir)] == [0, 4, 8]


def test_key_file_is_private(log: Log) -> None:
    assert stat.S_IMODE(log.key.stat().st_mode) == 0o600
    os.chmod(log.key, 0o644)
    with pytest.raises(keys.KeyFileError, match="chmod 600"):
        keys.load_signer(log.key)


def test_byte_edit(log: Log) -> None:
    lines = log.lines(0)
    lines[1] = lines[1].replace(b'"allow"', b'"block"')
    log.write(0, lines)
    report = verify(log.dir, log.pub)
    assert report.exit_code == TAMPERED
    assert any("root over the first" in m for _, m in report.problems)


def test_edit_with_hashes_recomputed(log: Log) -> None:
    """The attacker edits a record and writes a checkpoint with the new root: no valid key."""
    from sovereign.audit.merkle import leaf_hash, root_from_leaf_hashes
    from sovereign.audit.note import Checkpoint, sign_note
    from sovereign.audit.segments import iter_lines

    lines = log.lines(0)
    lines[1] = lines[1].replace(b'"allow"', b'"block"')
    log.write(0, lines)
    root = root_from_leaf_hashes([leaf_hash(ln.data) for ln in iter_lines(log.dir)])
    forger = Signer("sovereign-audit", Ed25519PrivateKey.generate())
    note = sign_note(Checkpoint("test/log", 10, root).text(), forger)
    for path in (log.dir / "checkpoints").glob("*.note"):
        path.unlink()
    (log.dir / "checkpoints" / f"{10:012d}.note").write_text(note)
    assert log.verify() == UNVERIFIABLE  # nothing signed by the pinned key remains


@pytest.mark.parametrize("attack", ["delete", "insert", "swap", "duplicate"])
def test_record_delete_insert_swap_duplicate(log: Log, attack: str) -> None:
    lines = log.lines(1)
    if attack == "delete":
        del lines[1]
    elif attack == "insert":
        lines.insert(1, lines[0].replace(b'"d4"', b'"dX"'))
    elif attack == "swap":
        lines[0], lines[1] = lines[1], lines[0]
    else:
        lines.insert(1, lines[1])
    log.write(1, lines)
    assert log.verify() == TAMPERED


def test_tail_cut_below_the_last_checkpoint(log: Log) -> None:
    log.write(2, log.lines(2)[:1])  # 10 → 9 entries; the checkpoint at 10 remains
    report = verify(log.dir, log.pub)
    assert report.exit_code == TRUNCATED
    assert any("signs 10 entries but the log holds 9" in m for _, m in report.problems)


def test_tail_cut_with_its_checkpoints_is_caught_via_since(log: Log) -> None:
    held = log.tmp / "held.note"
    shutil.copy(log.dir / "checkpoint", held)
    log.write(2, [])
    (log.dir / "checkpoints" / f"{10:012d}.note").unlink()
    assert log.verify() == VALID  # consistent with itself...
    assert log.verify(since=held) == TRUNCATED  # ...but not with what the auditor held


def test_rollback_to_an_older_signed_state(log: Log) -> None:
    old = log.tmp / "old-copy"
    shutil.copytree(log.dir, old)
    shutil.copy(log.dir / "checkpoint", log.tmp / "held-old.note")
    reopened = log.open()
    for i in range(5):
        reopened.append({"type": "decision", "id": f"e{i}", "action": "block"})
    reopened.close()
    held_new = log.tmp / "held-new.note"
    shutil.copy(log.dir / "checkpoint", held_new)
    shutil.rmtree(log.dir)
    shutil.copytree(old, log.dir)  # the operator restores yesterday's log
    assert log.verify() == VALID
    assert log.verify(since=held_new) == TRUNCATED
    assert log.verify(since=log.tmp / "held-old.note") == VALID


def test_whole_log_resigned_with_another_key(log: Log, tmp_path: Path) -> None:
    other = keys.generate(tmp_path / "other" / "audit.key")
    for path in (log.dir / "checkpoints").glob("*.note"):
        path.unlink()
    (log.dir / "checkpoint").unlink()
    log.open(signer=other).close()  # a full re-sign by an attacker with their own key
    assert log.verify() == UNVERIFIABLE


def test_checkpoint_from_another_origin(log: Log) -> None:
    from sovereign.audit.note import Checkpoint, sign_note

    note = sign_note(Checkpoint("other/log", 10, bytes(32)).text(), log.signer)
    (log.dir / "checkpoints" / f"{10:012d}.note").write_text(note)
    report = verify(log.dir, log.pub)
    assert report.exit_code == TAMPERED
    assert any("origin 'other/log'" in m for _, m in report.problems)


def test_unknown_key_is_unverifiable(log: Log, tmp_path: Path) -> None:
    other = keys.generate(tmp_path / "other" / "audit.key")
    assert other.name
    assert verify(log.dir, tmp_path / "other" / "audit.key.pub").exit_code == UNVERIFIABLE


def test_retired_key_outside_its_range(log: Log, tmp_path: Path) -> None:
    pinned = tmp_path / "pinned.keys"
    pinned.write_text(log.pub.read_text().strip() + " until=4\n")  # retired after size 4
    report = verify(log.dir, pinned)
    assert report.exit_code == TAMPERED
    assert any("retired key" in m for _, m in report.problems)


@pytest.mark.parametrize("garbage", ["", "not a note", "origin\n10\n\n— k AAAA\n"])
def test_malformed_notes(log: Log, garbage: str) -> None:
    (log.dir / "checkpoints" / f"{8:012d}.note").write_text(garbage)
    report = verify(log.dir, log.pub)
    assert report.exit_code == TAMPERED
    assert any("malformed note" in m for _, m in report.problems)


def test_missing_segment(log: Log) -> None:
    log.segment(1).unlink()
    report = verify(log.dir, log.pub)
    assert report.exit_code == TAMPERED
    assert any("segments/000000000004.jsonl: missing" in m for _, m in report.problems)


def test_reordered_segments(log: Log) -> None:
    manifest = json.loads((log.dir / "manifest.json").read_text())
    manifest["segments"][0], manifest["segments"][1] = (manifest["segments"][1],
                                                        manifest["segments"][0])
    (log.dir / "manifest.json").write_text(json.dumps(manifest))
    report = verify(log.dir, log.pub)
    assert report.exit_code == TAMPERED
    assert any("missing or reordered segment" in m for _, m in report.problems)


def test_unlisted_segment(log: Log) -> None:
    (log.dir / "segments" / "000000000099.jsonl").write_text("{}\n")
    assert log.verify() == TAMPERED


def test_torn_last_line_is_recovered_not_tampered(log: Log) -> None:
    with open(log.segment(2), "ab") as fh:
        fh.write(b'{"index":10,"type":"deci')  # the process died mid-write
    assert log.verify() == TRUNCATED  # before restart: an incomplete write
    log.open().close()
    records = read_records(log.dir)
    assert records[10] == {"index": 10, "ts": records[10]["ts"], "type": "recovered",
                           "torn_bytes": len(b'{"index":10,"type":"deci')}
    assert list(log.dir.glob("torn.*.bin"))
    report = verify(log.dir, log.pub)
    assert report.exit_code == VALID
    assert any("recovered after a crash" in n for n in report.notes)


def test_writer_refuses_a_log_inconsistent_with_its_checkpoint(log: Log) -> None:
    lines = log.lines(0)
    lines[0] = lines[0].replace(b'"d0"', b'"dZ"')
    log.write(0, lines)
    with pytest.raises(AuditError, match="no longer produce the root"):
        log.open()


def test_key_rotation_is_cosigned_and_verifies(log: Log, tmp_path: Path) -> None:
    new = keys.generate(tmp_path / "new" / "audit.key")
    writer = log.open()
    cp = writer.rotate_key(new)
    writer.append({"type": "decision", "id": "after", "action": "allow"})
    writer.close()
    assert cp.size == 11
    pinned = tmp_path / "pinned.keys"
    pinned.write_text(f"{log.signer.vkey()} until=11\n{new.vkey()} from=11\n")
    report = verify(log.dir, pinned)
    assert report.exit_code == VALID, report.problems
    note = (log.dir / "checkpoints" / f"{11:012d}.note").read_text()
    assert note.count("\u2014 ") == 2  # signed by both
    # the old key alone is no longer enough past its range
    only_old = tmp_path / "old.keys"
    only_old.write_text(f"{log.signer.vkey()} until=11\n")
    assert verify(log.dir, only_old).exit_code == UNVERIFIABLE


def test_rotation_without_cosignature_is_tampering(log: Log, tmp_path: Path) -> None:
    new = keys.generate(tmp_path / "new" / "audit.key")
    writer = log.open()
    writer.rotate_key(new)
    writer.close()
    note = log.dir / "checkpoints" / f"{11:012d}.note"
    text = note.read_text()
    note.write_text(text[: text.rindex("\u2014 ")])  # strip the new key's signature
    pinned = tmp_path / "pinned.keys"
    pinned.write_text(f"{log.signer.vkey()}\n{new.vkey()} from=11\n")
    report = verify(log.dir, pinned)
    assert report.exit_code == TAMPERED
    assert any("key rotation at index 10" in m for _, m in report.problems)


def test_single_writer(log: Log) -> None:
    first = log.open()
    with pytest.raises(AuditError, match="another process"):
        log.open()
    first.close()


def test_group_commit_under_concurrency(tmp_path: Path) -> None:
    signer = keys.generate(tmp_path / "k" / "audit.key")
    writer = FileAuditLog(tmp_path / "audit", signer, "o", checkpoint_every=1000,
                          segment_entries=50)
    threads = [threading.Thread(target=lambda t=t: [
        writer.append({"type": "decision", "id": f"{t}-{i}"}) for i in range(40)])
        for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    writer.close()
    assert verify(tmp_path / "audit", tmp_path / "k" / "audit.key.pub").exit_code == VALID
    records = read_records(tmp_path / "audit")
    assert [r["index"] for r in records] == list(range(320))


def test_records_are_canonical_json_lines(log: Log) -> None:
    first = log.lines(0)[0]
    doc = json.loads(first)
    assert first.endswith(b"\n") and doc["index"] == 0 and list(doc) == sorted(doc)


def test_close_drains_the_queue_in_few_fsyncs(tmp_path: Path) -> None:
    """Records queued while the disk is held are all written on release (group commit: a
    handful of fsyncs, not one each), and close waits for them before the last checkpoint."""
    from tests.fakes import GatedDisk

    disk = GatedDisk()
    signer = keys.generate(tmp_path / "k" / "audit.key")
    writer = FileAuditLog(tmp_path / "audit", signer, "o", checkpoint_every=1000,
                          checkpoint_seconds=3600, disk=disk)
    disk.hold()
    futures = [writer.submit({"type": "decision", "id": f"d{i}"}) for i in range(50)]
    closing = threading.Thread(target=writer.close)
    closing.start()
    assert disk.waiting.wait(60)
    assert not any(f.done() for f in futures)  # nothing is durable while the disk is held
    disk.release()
    closing.join(60)
    assert not closing.is_alive()
    assert [f.result(0) for f in futures] == list(range(50))
    assert disk.syncs <= 3  # the first batch, the rest together, the closing checkpoint
    assert verify(tmp_path / "audit", tmp_path / "k" / "audit.key.pub").exit_code == VALID
    assert [r["id"] for r in read_records(tmp_path / "audit")] == [f"d{i}" for i in range(50)]
    with pytest.raises(AuditError, match="closed"):
        writer.append({"type": "decision", "id": "late"})


def test_a_failed_fsync_fails_its_records_and_the_log_goes_on(tmp_path: Path) -> None:
    from typing import IO

    from sovereign.audit.writer import OsDisk

    class FlakyDisk(OsDisk):
        broken = False

        def sync(self, fh: IO[bytes]) -> None:
            if self.broken:
                raise OSError(5, "Input/output error")
            super().sync(fh)

    disk = FlakyDisk()
    signer = keys.generate(tmp_path / "k" / "audit.key")
    writer = FileAuditLog(tmp_path / "audit", signer, "o", disk=disk)
    writer.append({"type": "decision", "id": "a"})
    disk.broken = True
    with pytest.raises(AuditError, match="fsync failed"):
        writer.append({"type": "decision", "id": "b"})
    disk.broken = False
    assert writer.append({"type": "decision", "id": "c"}) == 2
    writer.close()
    assert verify(tmp_path / "audit", tmp_path / "k" / "audit.key.pub").exit_code == VALID
