"""Offline verification of an audit directory, as a numbered list of steps.

1. Load the pinned public keys.                                  (unusable → unverifiable, 3)
2. Read every entry; each must be a JSON object whose "index" is its line number.  (→ 1)
3. Read every checkpoint; each must be signed by a pinned key, carry this log's origin, and
   parse as a tlog-checkpoint.                      (bad signature → 1; unknown key → 3)
4. For each checkpoint: the log must hold at least its size entries (else truncated, 2),
   and the RFC 9162 root over the first size entries must equal its root (else tampered, 1).
5. A held checkpoint (--since) must be consistent with the log the same way (else 2).
6. There must be at least one checkpoint (else unverifiable, 3).
Entries after the newest checkpoint are reported as not yet covered, not as a failure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sovereign.audit.keys import KeyFileError, load_verifiers
from sovereign.audit.merkle import leaf_hash, root_from_leaf_hashes
from sovereign.audit.note import Checkpoint, NoteError, Verifier, verify_note
from sovereign.audit.writer import CHECKPOINTS, ENTRIES

VALID, TAMPERED, TRUNCATED, UNVERIFIABLE = 0, 1, 2, 3


@dataclass
class Report:
    problems: list[tuple[int, str]] = field(default_factory=list)  # (exit code, line)
    entries: int = 0
    checkpoints: int = 0
    covered: int = 0
    origin: str | None = None

    def problem(self, code: int, message: str) -> None:
        self.problems.append((code, message))

    @property
    def exit_code(self) -> int:
        codes = {c for c, _ in self.problems}
        for code in (TAMPERED, TRUNCATED, UNVERIFIABLE):
            if code in codes:
                return code
        return VALID

    def summary(self) -> str:
        verdict = {VALID: "valid", TAMPERED: "TAMPERED", TRUNCATED: "TRUNCATED or rolled back",
                   UNVERIFIABLE: "UNVERIFIABLE"}[self.exit_code]
        uncovered = self.entries - self.covered
        tail = f"; {uncovered} newest entries not yet covered by a checkpoint" if uncovered else ""
        return (f"{verdict}: {self.entries} entries, {self.checkpoints} checkpoints, "
                f"{self.covered} entries covered by the newest checkpoint{tail}")

    def as_json(self) -> str:
        return json.dumps({
            "result": ["valid", "tampered", "truncated", "unverifiable"][self.exit_code],
            "exit_code": self.exit_code, "entries": self.entries, "checkpoints": self.checkpoints,
            "covered": self.covered, "origin": self.origin,
            "problems": [{"code": c, "message": m} for c, m in self.problems],
        }, indent=2)


def _read_leaves(directory: Path, report: Report) -> list[bytes]:
    path = directory / ENTRIES
    if not path.exists():
        report.problem(UNVERIFIABLE, f"{ENTRIES}: missing")
        return []
    data = path.read_bytes()
    lines = data.split(b"\n")
    if lines[-1]:  # an unterminated last line is not an entry: the write was torn
        report.problem(TRUNCATED, f"{ENTRIES}: last line is unterminated (torn write); "
                                  "the writer moves it aside when it next starts")
    lines.pop()
    hashes = []
    for i, line in enumerate(lines):
        hashes.append(leaf_hash(line))
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            report.problem(TAMPERED, f"{ENTRIES} index {i}: not a JSON record")
            continue
        if not isinstance(record, dict) or record.get("index") != i:
            report.problem(TAMPERED, f"{ENTRIES} index {i}: record index is "
                                     f"{record.get('index') if isinstance(record, dict) else '?'}")
    report.entries = len(hashes)
    return hashes


def _check(cp: Checkpoint, hashes: list[bytes], label: str, report: Report,
           mismatch_code: int) -> None:
    if cp.size > len(hashes):
        report.problem(TRUNCATED, f"{label}: signs {cp.size} entries but the log holds "
                                  f"{len(hashes)} (entries removed from the end)")
    elif root_from_leaf_hashes(hashes[: cp.size]) != cp.root:
        report.problem(mismatch_code, f"{label}: root over the first {cp.size} entries differs "
                                      f"(an entry was altered, removed, inserted or reordered)")


def _load_checkpoint(path: Path, keys: list[Verifier], report: Report,
                     label: str) -> Checkpoint | None:
    try:
        text, _ = verify_note(path.read_text(encoding="utf-8"), keys)
        return Checkpoint.parse(text)
    except NoteError as exc:
        code = UNVERIFIABLE if "no pinned key" in str(exc) else TAMPERED
        report.problem(code, f"{label}: {exc}")
    except (OSError, UnicodeDecodeError) as exc:
        report.problem(UNVERIFIABLE, f"{label}: cannot read ({type(exc).__name__})")
    return None


def verify(directory: Path, keys_file: Path, since: Path | None = None) -> Report:
    report = Report()
    # 1. pinned keys
    try:
        keys = load_verifiers(keys_file)
    except (KeyFileError, NoteError) as exc:
        report.problem(UNVERIFIABLE, f"keys: {exc}")
        return report
    # 2. entries
    hashes = _read_leaves(directory, report)
    # 3. checkpoints
    cp_files = sorted((directory / CHECKPOINTS).glob("*.note"))
    checkpoints: list[tuple[str, Checkpoint]] = []
    for path in cp_files:
        label = f"{CHECKPOINTS}/{path.name}"
        cp = _load_checkpoint(path, keys, report, label)
        if cp is None:
            continue
        if path.stem.isdigit() and int(path.stem) != cp.size:
            report.problem(TAMPERED, f"{label}: file name does not match its tree size {cp.size}")
        if report.origin is None:
            report.origin = cp.origin
        elif cp.origin != report.origin:
            report.problem(TAMPERED, f"{label}: origin '{cp.origin}' is not this log's")
        checkpoints.append((label, cp))
    report.checkpoints = len(checkpoints)
    # 4. each checkpoint against the entries
    for label, cp in checkpoints:
        _check(cp, hashes, label, report, TAMPERED)
    if checkpoints:
        report.covered = min(max(cp.size for _, cp in checkpoints), len(hashes))
    # 5. a checkpoint the auditor held on to
    if since is not None:
        held = _load_checkpoint(since, keys, report, f"held checkpoint {since.name}")
        if held is not None:
            if report.origin is not None and held.origin != report.origin:
                report.problem(UNVERIFIABLE, f"held checkpoint {since.name}: origin differs")
            _check(held, hashes, f"held checkpoint {since.name}", report, TRUNCATED)
    # 6. something must be signed
    if not checkpoints:
        report.problem(UNVERIFIABLE, "no valid checkpoint: nothing in this log is signed")
    return report
