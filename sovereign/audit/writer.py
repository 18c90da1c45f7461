"""The audit log writer: one JSON line per record, fsynced before the caller may go on, and
signed checkpoints every N entries or T seconds (and on close).

Layout of the audit directory::

    entries.jsonl              one record per line; the line's bytes (without "\\n") are the leaf
    checkpoints/<size>.note    every signed checkpoint, C2SP signed-note + tlog-checkpoint
    checkpoint                 a copy of the latest one
    lock                       held (flock) by the single writer
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sovereign.audit.merkle import CompactRange, leaf_hash
from sovereign.audit.note import Checkpoint, Signer, sign_note

ENTRIES = "entries.jsonl"
CHECKPOINTS = "checkpoints"
LATEST = "checkpoint"


class AuditError(Exception):
    """The audit log could not record; the caller must not let the request out."""


class AuditSink(Protocol):
    def append(self, record: dict[str, Any]) -> int:
        """Durably record *record*; returns its index. Raises AuditError on failure."""
        ...

    def close(self) -> None: ...


def encode_record(record: dict[str, Any]) -> bytes:
    """Canonical bytes of a record: sorted keys, no spaces, ASCII only."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """temp file → fsync → rename → fsync the directory."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class MemoryAuditLog:
    """In-memory fake for tests: same interface, same encoding, no files."""

    def __init__(self, fail: bool = False) -> None:
        self.records: list[dict[str, Any]] = []
        self.fail = fail

    def append(self, record: dict[str, Any]) -> int:
        if self.fail:
            raise AuditError("audit sink unavailable (test fake)")
        encode_record(record)
        self.records.append(record)
        return len(self.records) - 1

    def close(self) -> None:
        pass


class FileAuditLog:
    def __init__(
        self,
        directory: Path,
        signer: Signer,
        origin: str,
        *,
        checkpoint_every: int = 64,
        checkpoint_seconds: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._dir = directory
        self._signer = signer
        self._origin = origin
        self._every = checkpoint_every
        self._seconds = checkpoint_seconds
        self._clock = clock
        self._mutex = threading.Lock()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (directory / CHECKPOINTS).mkdir(exist_ok=True, mode=0o700)
        self._lock_fd = os.open(directory / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            raise AuditError(f"another process is writing the audit log in {directory}") from None
        self._tree = CompactRange()
        recovered = self._load_existing()
        fd = os.open(directory / ENTRIES, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._fh = os.fdopen(fd, "ab")
        self._signed_size = self._latest_signed_size()
        self._last_checkpoint = clock()
        if recovered is not None:
            self.append({"type": "recovered", "torn_bytes": recovered})

    def _load_existing(self) -> int | None:
        """Rebuild the tree from existing entries; move a torn last line aside."""
        path = self._dir / ENTRIES
        if not path.exists():
            return None
        data = path.read_bytes()
        torn: int | None = None
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            aside = self._dir / f"torn.{int(self._clock())}.bin"
            write_atomic(aside, data[cut:])
            torn = len(data) - cut
            with open(path, "r+b") as fh:
                fh.truncate(cut)
                os.fsync(fh.fileno())
            data = data[:cut]
        for line in data.splitlines():
            self._tree.append(leaf_hash(line))
        return torn

    def _latest_signed_size(self) -> int:
        sizes = [int(p.stem) for p in (self._dir / CHECKPOINTS).glob("*.note") if p.stem.isdigit()]
        return max(sizes, default=0)

    @property
    def size(self) -> int:
        return self._tree.size

    def append(self, record: dict[str, Any]) -> int:
        with self._mutex:
            index = self._tree.size
            full = {"index": index, "ts": round(self._clock(), 6), **record}
            line = encode_record(full)
            try:
                self._fh.write(line + b"\n")
                self._fh.flush()
                os.fsync(self._fh.fileno())
            except OSError as exc:
                raise AuditError(f"audit write failed: {exc.strerror}") from None
            self._tree.append(leaf_hash(line))
            due = (self._tree.size - self._signed_size >= self._every
                   or self._clock() - self._last_checkpoint >= self._seconds)
            if due:
                self._checkpoint_locked()
            return index

    def checkpoint(self) -> Checkpoint | None:
        with self._mutex:
            return self._checkpoint_locked()

    def _checkpoint_locked(self) -> Checkpoint | None:
        self._last_checkpoint = self._clock()
        if self._tree.size == self._signed_size:
            return None
        cp = Checkpoint(self._origin, self._tree.size, self._tree.root())
        note = sign_note(cp.text(), self._signer).encode()
        try:
            write_atomic(self._dir / CHECKPOINTS / f"{cp.size:012d}.note", note)
            write_atomic(self._dir / LATEST, note)
        except OSError as exc:
            raise AuditError(f"checkpoint write failed: {exc.strerror}") from None
        self._signed_size = cp.size
        return cp

    def close(self) -> None:
        with self._mutex:
            if self._fh.closed:
                return
            self._checkpoint_locked()
            self._fh.close()
            os.close(self._lock_fd)
