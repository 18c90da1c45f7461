"""Several replicas' audit logs read as one: ``sovereign audit verify|lookup|report DIR DIR...``.

Each replica writes its own log, under its own origin, signed with its own key. Each log is
verified on its own (its chain, its checkpoints, its keys); the logs together must name
distinct origins (two logs with one origin cannot be told apart: a copy, or a misconfigured
replica) and the whole is only as good as its worst log. A lookup searches every log with that
replica's tag keys and says which replica saw the value; the report merges every log's records
in time order and shows each replica's share and verdict.

Keys pair with logs: one file for every log (a keys file pinning all replicas' keys), or one
per log in the order the logs are given.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sovereign.audit.lookup import Sighting, lookup
from sovereign.audit.note import Checkpoint, NoteError, split_note
from sovereign.audit.records import DecisionRecord, read_record
from sovereign.audit.report import render
from sovereign.audit.segments import read_records
from sovereign.audit.tags import load_tag_keys
from sovereign.audit.verify import TAMPERED, TRUNCATED, UNVERIFIABLE, VALID, Report, verify
from sovereign.audit.writer import LATEST

RESULTS = ["valid", "tampered", "truncated", "unverifiable"]


class PairingError(ValueError):
    """The files given do not pair with the logs (the message says how they must)."""


def paired(logs: Sequence[Path], files: Sequence[Path] | None, flag: str,
           shared: bool = True) -> list[Path | None]:
    """One file per log from *files*: none, one for all (when *shared*), or one per log."""
    if not files:
        return [None] * len(logs)
    if len(files) == len(logs):
        return list(files)
    if shared and len(files) == 1:
        return [files[0]] * len(logs)
    allowed = "one for every log or one per log" if shared else "one per log"
    raise PairingError(f"{flag}: {len(files)} given for {len(logs)} logs; give {allowed}, "
                       "in the order of the logs")


def origin_of(directory: Path) -> str | None:
    """The origin the log's latest signed checkpoint names (unverified), if it has one."""
    try:
        text, _ = split_note((directory / LATEST).read_text(encoding="utf-8"))
        return Checkpoint.parse(text).origin
    except (OSError, NoteError, UnicodeDecodeError):
        return None


@dataclass
class FleetReport:
    logs: list[tuple[Path, Report]]
    problems: list[tuple[int, str]] = field(default_factory=list)  # across logs

    @property
    def exit_code(self) -> int:
        codes = {r.exit_code for _, r in self.logs} | {c for c, _ in self.problems}
        for code in (TAMPERED, TRUNCATED, UNVERIFIABLE):
            if code in codes:
                return code
        return VALID

    def lines(self) -> list[str]:
        out = []
        for directory, report in self.logs:
            name = report.origin or "no origin"
            out += [f"{name} ({directory}): {m}" for _, m in report.problems]
            out.append(f"{name} ({directory}): {report.summary()}")
        out += [m for _, m in self.problems]
        verdicts = Counter(RESULTS[r.exit_code] for _, r in self.logs)
        entries = sum(r.entries for _, r in self.logs)
        out.append(f"{RESULTS[self.exit_code].upper() if self.exit_code else 'valid'}: "
                   f"{len(self.logs)} logs ({', '.join(f'{n} {v}' for v, n in sorted(verdicts.items()))}), "
                   f"{entries} entries in all")
        return out

    def as_json(self) -> str:
        return json.dumps({
            "result": RESULTS[self.exit_code], "exit_code": self.exit_code,
            "entries": sum(r.entries for _, r in self.logs),
            "logs": [{"dir": str(d), **json.loads(r.as_json())} for d, r in self.logs],
            "problems": [{"code": c, "message": m} for c, m in self.problems],
        }, indent=2)


def verify_logs(logs: Sequence[Path], keys: Sequence[Path],
                since: Sequence[Path] | None = None) -> FleetReport:
    key_files = paired(logs, keys, "--keys")
    held = paired(logs, since, "--since", shared=False)
    reports = []
    for directory, key_file, checkpoint in zip(logs, key_files, held, strict=True):
        assert key_file is not None
        reports.append((directory, verify(directory, key_file, checkpoint)))
    fleet = FleetReport(reports)
    by_origin: dict[str, list[str]] = {}
    for directory, report in reports:
        if report.origin is not None:
            by_origin.setdefault(report.origin, []).append(str(directory))
    for origin, dirs in sorted(by_origin.items()):
        if len(dirs) > 1:
            fleet.problems.append((UNVERIFIABLE, f"origin '{origin}' is signed in {len(dirs)} "
                                   f"logs ({', '.join(dirs)}): each replica needs its own "
                                   "(audit.origin), or the logs cannot be told apart"))
    return fleet


@dataclass(frozen=True)
class ReplicaSighting:
    origin: str
    directory: Path
    sighting: Sighting


def lookup_logs(logs: Sequence[Path], tag_keys: Sequence[Path], entity_type: str,
                value: str) -> tuple[list[ReplicaSighting], dict[str, set[int]]]:
    """Every sighting of the value in every log, oldest first, each with the replica (origin)
    that saw it; and per replica the epochs whose key was not given."""
    found: list[ReplicaSighting] = []
    unsearchable: dict[str, set[int]] = {}
    for directory, key_path in zip(logs, paired(logs, tag_keys, "--tag-key"), strict=True):
        assert key_path is not None
        origin = origin_of(directory) or str(directory)
        sightings, missing = lookup(read_records(directory), entity_type, value,
                                    load_tag_keys(key_path))
        found += [ReplicaSighting(origin, directory, s) for s in sightings]
        if missing:
            unsearchable[origin] = missing
    found.sort(key=lambda r: (r.sighting.ts, r.origin, r.sighting.index))
    return found, unsearchable


def render_logs(logs: Sequence[Path], keys: Sequence[Path] | None = None,
                extra: Callable[[list[dict[str, Any]]], list[str]] | None = None) -> str:
    """One report over every log: records merged in time order, a section on the replicas;
    *extra* gives further sections from the merged records (the costs)."""
    fleet = verify_logs(logs, keys) if keys else None
    records: list[dict[str, Any]] = []
    share: list[tuple[str, Path, int, int]] = []  # origin, dir, decisions, records
    for directory in logs:
        origin = origin_of(directory) or str(directory)
        own = read_records(directory)
        decisions = sum(isinstance(read_record(r), DecisionRecord) for r in own)
        share.append((origin, directory, decisions, len(own)))
        records += own
    records.sort(key=lambda r: r.get("ts") or 0.0)
    verification = None
    verdicts = {}
    if fleet is not None:
        verdicts = {d: RESULTS[r.exit_code] for d, r in fleet.logs}
        problems = [f"{r.origin or d}: {m}" for d, r in fleet.logs for _, m in r.problems]
        verification = (RESULTS[fleet.exit_code], problems + [m for _, m in fleet.problems])
    rows = "".join(
        f"<tr><td>{html.escape(o)}</td><td>{html.escape(str(d))}</td><td>{n}</td><td>{m}</td>"
        f"<td>{html.escape(verdicts.get(d, 'not verified'))}</td></tr>"
        for o, d, n, m in share)
    section = ('<h2 id="replicas">Replicas</h2><p class="muted">This report merges '
               f"{len(logs)} audit logs, one per proxy replica, each with its own origin and "
               "signing key.</p><table><tr><th>origin</th><th>log</th><th>decisions</th>"
               f"<th>records</th><th>verification</th></tr>{rows}</table>")
    origins = ", ".join(o for o, _, _, _ in share)
    sections = [section, *(extra(records) if extra is not None else [])]
    return render(records, f"{len(logs)} replicas: {origins}", verification, extra=sections)


def verify_text(logs: Sequence[Path], keys: Sequence[Path], as_json: bool) -> tuple[str, int]:
    """``audit verify`` over several logs: what to print and the exit code (the worst log's,
    as for one log: 1 tampered, 2 truncated or rolled back, 3 unverifiable)."""
    fleet = verify_logs(logs, keys)
    return (fleet.as_json() if as_json else "\n".join(fleet.lines())), fleet.exit_code


def lookup_text(logs: Sequence[Path], tag_keys: Sequence[Path], entity_type: str, value: str,
                as_json: bool) -> tuple[str, int]:
    """``audit lookup`` over several logs: each sighting names the replica that saw the value;
    exit 0 when there is one, 1 when there is none."""
    import datetime as dt

    found, unsearchable = lookup_logs(logs, tag_keys, entity_type, value)
    if as_json:
        return json.dumps({
            "sightings": [{"replica": r.origin, "log": str(r.directory), **r.sighting.__dict__,
                           "rules": list(r.sighting.rules)} for r in found],
            "unsearchable_epochs": {o: sorted(e) for o, e in sorted(unsearchable.items())},
        }, indent=2), int(not found)
    lines = []
    for r in found:
        s = r.sighting
        when = dt.datetime.fromtimestamp(s.ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        maybe = "" if s.certain else "  (maybe: in the record's tag filter)"
        lines.append(f"replica {r.origin}  index {s.index}  {when}  {s.provider:<9} "
                     f"{s.action:<11} → {s.destination}  rules={','.join(s.rules) or '-'}  "
                     f"status={s.status}  decision={s.decision}{maybe}")
    for origin, epochs in sorted(unsearchable.items()):
        lines.append(f"note: {origin}: epochs {sorted(epochs)} have no key here (shredded or "
                     "not given); their records cannot be searched")
    replicas = sorted({r.origin for r in found})
    lines.append(f"{len(found)} record(s) with this {entity_type} in {len(logs)} logs"
                 + (f", seen by {', '.join(replicas)}" if replicas else ""))
    return "\n".join(lines), int(not found)
