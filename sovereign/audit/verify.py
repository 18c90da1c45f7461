"""Offline verification of an audit directory, as a numbered list of steps.

1. Load the pinned public keys, each valid for a range of tree sizes.  (unusable → 3)
2. Read the manifest; its segments must be contiguous, each present, none unlisted.  (→ 1)
3. Read every entry; each must be a JSON object whose "index" is its position.  (→ 1)
   A torn last line is reported as truncated (2); a ``recovered`` record as recovered.
4. Read every checkpoint: a pinned key valid at its size must have signed it, it must carry
   this log's origin and parse as a tlog-checkpoint.  (bad signature, retired key,
   other origin, malformed → 1; signed by no pinned key → 3)
5. One pass over the leaves computes the RFC 9162 root at every checkpoint's size: the log
   must hold at least that many entries (else truncated, 2) and the roots must match (else 1).
6. Each key rotation recorded in the log must be followed by a checkpoint signed by both the
   old and the new key.  (→ 1)
7. A held checkpoint (--since) must be consistent with the log the same way.  (→ 2)
8. There must be at least one valid checkpoint.  (→ 3)
Entries after the newest checkpoint are reported as not yet covered, not as a failure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sovereign.audit.keys import KeyFileError, PinnedKey, load_pinned_keys
from sovereign.audit.merkle import CompactRange, leaf_hash
from sovereign.audit.note import Checkpoint, NoteError, Verifier, split_note, verify_note
from sovereign.audit.records import RecordError, read_record
from sovereign.audit.segments import MANIFEST, SEGMENTS, read_manifest
from sovereign.audit.writer import CHECKPOINTS

VALID, TAMPERED, TRUNCATED, UNVERIFIABLE = 0, 1, 2, 3


@dataclass
class Report:
    problems: list[tuple[int, str]] = field(default_factory=list)  # (exit code, line)
    notes: list[str] = field(default_factory=list)
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
            "covered": self.covered, "origin": self.origin, "notes": self.notes,
            "problems": [{"code": c, "message": m} for c, m in self.problems],
        }, indent=2)


@dataclass(frozen=True)
class _Signed:
    label: str
    checkpoint: Checkpoint


Rotation = tuple[int, str, str]  # (index, old vkey, new vkey)


def _read_leaves(directory: Path, report: Report) -> tuple[list[bytes], list[Rotation]]:
    """Step 2 and 3: the leaf hashes in order, and the key rotation records."""
    try:
        segments = read_manifest(directory)
    except FileNotFoundError:
        report.problem(UNVERIFIABLE, f"{MANIFEST}: missing")
        return [], []
    except (ValueError, KeyError, TypeError):
        report.problem(TAMPERED, f"{MANIFEST}: malformed")
        return [], []
    listed = {s.file for s in segments}
    for path in sorted((directory / SEGMENTS).glob("*.jsonl")):
        if f"{SEGMENTS}/{path.name}" not in listed:
            report.problem(TAMPERED, f"{SEGMENTS}/{path.name}: not listed in the manifest")
    hashes: list[bytes] = []
    rotations: list[Rotation] = []
    for n, ref in enumerate(segments):
        if ref.first != len(hashes):
            report.problem(TAMPERED, f"{ref.file}: starts at index {ref.first}, but the "
                                     f"segments before it end at {len(hashes)} (missing or "
                                     "reordered segment)")
        path = directory / ref.file
        if not path.exists():
            report.problem(TRUNCATED if n == len(segments) - 1 else TAMPERED,
                           f"{ref.file}: missing")
            continue
        data = path.read_bytes()
        lines = data.split(b"\n")
        if lines[-1]:
            report.problem(TRUNCATED, f"{ref.file} index {len(hashes) + len(lines) - 1}: last "
                                      "line is unterminated (torn write); the writer moves it "
                                      "aside when it next starts")
        lines.pop()
        if ref.count is not None and ref.count != len(lines):
            report.problem(TAMPERED, f"{ref.file}: holds {len(lines)} entries, the manifest "
                                     f"says {ref.count}")
        for line in lines:
            i = len(hashes)
            hashes.append(leaf_hash(line))
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                report.problem(TAMPERED, f"{ref.file} index {i}: not a JSON record")
                continue
            if not isinstance(record, dict) or record.get("index") != i:
                got = record.get("index") if isinstance(record, dict) else "?"
                report.problem(TAMPERED, f"{ref.file} index {i}: record says index {got}")
                continue
            if record.get("type") == "recovered":
                report.notes.append(f"{ref.file} index {i}: recovered after a crash "
                                    f"({record.get('torn_bytes')} torn bytes moved aside)")
            elif record.get("type") == "key_rotation":
                rotations.append((i, str(record.get("old_key")), str(record.get("new_key"))))
            else:
                try:
                    read_record(record)
                except RecordError as exc:  # signed as it is: not tampering, but unreadable
                    report.notes.append(f"{ref.file} index {i}: the report, lookup and replay "
                                        f"cannot read this record ({exc})")
    report.entries = len(hashes)
    return hashes, rotations


def _load_signed(path: Path, keys: list[PinnedKey], report: Report, label: str,
                 ) -> _Signed | None:
    """Step 4 for one note."""
    try:
        text, sigs = split_note(path.read_text(encoding="utf-8"))
        cp = Checkpoint.parse(text)
    except NoteError as exc:
        report.problem(TAMPERED, f"{label}: malformed note ({exc})")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        report.problem(UNVERIFIABLE, f"{label}: cannot read ({type(exc).__name__})")
        return None
    in_range = [k.verifier for k in keys if k.covers(cp.size)]
    retired = [k.verifier for k in keys if not k.covers(cp.size)]
    try:
        verify_note(path.read_text(encoding="utf-8"), in_range)
    except NoteError:
        named = {(s.name, s.key_id) for s in sigs}
        if any((v.name, v.key_id) in named for v in in_range):
            report.problem(TAMPERED, f"{label}: signature does not verify")
        elif any((v.name, v.key_id) in named for v in retired):
            report.problem(TAMPERED, f"{label}: signed only by a retired key, outside the "
                                     "range the keys file allows it")
        else:
            report.problem(UNVERIFIABLE, f"{label}: signed by no pinned key")
        return None
    return _Signed(label, cp)


def verify(directory: Path, keys_file: Path, since: Path | None = None) -> Report:
    report = Report()
    # 1. pinned keys
    try:
        keys = load_pinned_keys(keys_file)
    except (KeyFileError, NoteError) as exc:
        report.problem(UNVERIFIABLE, f"keys: {exc}")
        return report
    # 2-3. segments and entries
    hashes, rotations = _read_leaves(directory, report)
    # 4. checkpoints
    signed: list[_Signed] = []
    for path in sorted((directory / CHECKPOINTS).glob("*.note")):
        item = _load_signed(path, keys, report, f"{CHECKPOINTS}/{path.name}")
        if item is None:
            continue
        cp = item.checkpoint
        if path.stem.isdigit() and int(path.stem) != cp.size:
            report.problem(TAMPERED, f"{item.label}: file name does not match its size {cp.size}")
        if report.origin is None:
            report.origin = cp.origin
        elif cp.origin != report.origin:
            report.problem(TAMPERED, f"{item.label}: origin '{cp.origin}' is not this log's "
                                     f"('{report.origin}')")
            continue
        signed.append(item)
    report.checkpoints = len(signed)
    held = None
    if since is not None:
        held = _load_signed(since, keys, report, f"held checkpoint {since.name}")
    # 5 (and 7). one pass over the leaves, comparing roots where a checkpoint was signed
    wanted = sorted({s.checkpoint.size for s in signed}
                    | ({held.checkpoint.size} if held else set()))
    roots: dict[int, bytes] = {}
    tree = CompactRange()
    targets = iter(wanted)
    target = next(targets, None)
    while target == 0:
        roots[0] = tree.root()
        target = next(targets, None)
    for h in hashes:
        tree.append(h)
        while target is not None and tree.size == target:
            roots[target] = tree.root()
            target = next(targets, None)
    for item in signed:
        cp = item.checkpoint
        if cp.size > len(hashes):
            report.problem(TRUNCATED, f"{item.label}: signs {cp.size} entries but the log holds "
                                      f"{len(hashes)} (entries removed from the end)")
        elif roots.get(cp.size) != cp.root:
            report.problem(TAMPERED, f"{item.label}: the root over the first {cp.size} entries "
                                     "differs (an entry was altered, removed, inserted or "
                                     "reordered)")
    if signed:
        report.covered = min(max(s.checkpoint.size for s in signed), len(hashes))
    # 6. key rotations: the state right after each must carry both keys' signatures, checked
    # with the keys the (Merkle-covered) rotation record names
    for index, old, new in rotations:
        note = directory / CHECKPOINTS / f"{index + 1:012d}.note"
        try:
            text = note.read_text(encoding="utf-8")
            for vkey in (old, new):
                verify_note(text, [Verifier.parse(vkey)])
        except (OSError, NoteError):
            report.problem(TAMPERED, f"key rotation at index {index}: no checkpoint of size "
                                     f"{index + 1} signed by both the old and the new key")
    # 7. the held checkpoint
    if held is not None:
        cp = held.checkpoint
        if report.origin is not None and cp.origin != report.origin:
            report.problem(UNVERIFIABLE, f"{held.label}: origin '{cp.origin}' is another log's")
        elif cp.size > len(hashes):
            report.problem(TRUNCATED, f"{held.label}: you hold a signed state of {cp.size} "
                                      f"entries; the log now has {len(hashes)} (rolled back)")
        elif roots.get(cp.size) != cp.root:
            report.problem(TRUNCATED, f"{held.label}: the log's first {cp.size} entries no "
                                      "longer match the state you hold (rolled back or forked)")
    # 8. something must be signed
    if not signed:
        report.problem(UNVERIFIABLE, "no valid checkpoint: nothing in this log is signed")
    return report


__all__ = ["TAMPERED", "TRUNCATED", "UNVERIFIABLE", "VALID", "Report", "Verifier", "verify"]
