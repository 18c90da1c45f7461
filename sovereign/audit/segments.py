"""The audit log's files: segments of entries rotated by index range, and their manifest.

    DIR/manifest.json           {"version": 1, "segments": [{"file", "first", "count"}, ...]}
    DIR/segments/<first>.jsonl  one canonical JSON record per line; a line's bytes (without
                                its "\\n") are the Merkle leaf, never re-serialised

All segments form one tree: leaf i is line (i - first) of the segment whose range holds i.
The last segment is open ("count": null) until it is rotated.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
SEGMENTS = "segments"


def segment_name(first: int) -> str:
    return f"{SEGMENTS}/{first:012d}.jsonl"


@dataclass(frozen=True)
class SegmentRef:
    file: str
    first: int
    count: int | None  # None: the open segment


def read_manifest(directory: Path) -> list[SegmentRef]:
    doc = json.loads((directory / MANIFEST).read_text())
    return [SegmentRef(str(s["file"]), int(s["first"]),
                       None if s.get("count") is None else int(s["count"]))
            for s in doc["segments"]]


def manifest_bytes(segments: list[SegmentRef]) -> bytes:
    doc = {"version": 1, "segments": [
        {"file": s.file, "first": s.first, "count": s.count} for s in segments]}
    return (json.dumps(doc, indent=2) + "\n").encode()


@dataclass(frozen=True)
class Line:
    segment: str
    index: int  # the leaf index the line claims by position
    data: bytes  # without the newline


def iter_lines(directory: Path) -> Iterator[Line]:
    """Every complete line of every segment, in manifest order (no checks: see verify)."""
    index = 0
    for ref in read_manifest(directory):
        path = directory / ref.file
        if not path.exists():
            continue
        data = path.read_bytes()
        for raw in data.split(b"\n")[:-1]:
            yield Line(ref.file, index, raw)
            index += 1


def read_records(directory: Path) -> list[dict[str, Any]]:
    """All records, parsed (for reports, lookups and tests; verification reads bytes)."""
    return [json.loads(line.data) for line in iter_lines(directory)]
