"""The audit log writer: one canonical JSON line per record, durable before the caller goes on
(group commit: concurrent appends share one fsync), signed checkpoints every N entries or
T seconds and on close, segments rotated by index range under one tree.

Before it appends anything the writer checks that the entries on disk still produce the root
of its own latest checkpoint, so it never signs a checkpoint inconsistent with an earlier one.
A torn last line (a crash mid-write) is moved aside and recorded as a ``recovered`` record.

Layout of the audit directory (see also :mod:`sovereign.audit.segments`)::

    manifest.json, segments/<first>.jsonl    the entries
    checkpoints/<size>.note                  every signed checkpoint (C2SP signed-note)
    checkpoint                               a copy of the latest one
    lock                                     held (flock) by the single writer
    torn.<time>.bin                          bytes of a torn last line, moved aside
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from sovereign.audit.merkle import CompactRange, leaf_hash
from sovereign.audit.note import Checkpoint, NoteError, NoteSigner, sign_note, split_note
from sovereign.audit.segments import (
    MANIFEST,
    SEGMENTS,
    SegmentRef,
    manifest_bytes,
    read_manifest,
    segment_name,
)

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


def _open_append(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    return os.fdopen(fd, "ab")


class FileAuditLog:
    def __init__(
        self,
        directory: Path,
        signer: NoteSigner,
        origin: str,
        *,
        checkpoint_every: int = 64,
        checkpoint_seconds: float = 5.0,
        segment_entries: int = 100_000,
        clock: Callable[[], float] = time.time,
        durable: bool = True,
    ) -> None:
        self._dir = directory
        self._signer = signer
        self._origin = origin
        self._every = checkpoint_every
        self._seconds = checkpoint_seconds
        self._segment_entries = segment_entries
        self._clock = clock
        self._durable_writes = durable  # False only for generating benchmark data
        self._mutex = threading.Lock()  # order of lines, the tree, the open file
        self._sync_lock = threading.Lock()  # one fsync at a time; followers ride along
        self._written = 0
        self._durable = 0
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (directory / CHECKPOINTS).mkdir(exist_ok=True, mode=0o700)
        (directory / SEGMENTS).mkdir(exist_ok=True, mode=0o700)
        self._lock_fd = os.open(directory / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            raise AuditError(f"another process is writing the audit log in {directory}") from None
        try:
            self._tree = CompactRange()
            self._segments = self._load_manifest()
            recovered = self._load_entries()
            self._fh = _open_append(directory / self._segments[-1].file)
            self._written = self._durable = self._tree.size
            self._last_checkpoint = clock()
            self.last_signed_at = time.time()
            if recovered is not None:
                self.append({"type": "recovered", "torn_bytes": recovered})
        except BaseException:
            os.close(self._lock_fd)
            raise

    # -- start-up ------------------------------------------------------------------------------

    def _load_manifest(self) -> list[SegmentRef]:
        if (self._dir / MANIFEST).exists():
            try:
                return read_manifest(self._dir)
            except (ValueError, KeyError, TypeError) as exc:
                raise AuditError(f"{self._dir / MANIFEST} is unreadable ({type(exc).__name__})"
                                 ) from None
        segments = [SegmentRef(segment_name(0), 0, None)]
        write_atomic(self._dir / MANIFEST, manifest_bytes(segments))
        return segments

    def _latest_signed(self) -> Checkpoint | None:
        sizes = sorted(int(p.stem) for p in (self._dir / CHECKPOINTS).glob("*.note")
                       if p.stem.isdigit())
        if not sizes:
            return None
        note = (self._dir / CHECKPOINTS / f"{sizes[-1]:012d}.note").read_text()
        try:
            return Checkpoint.parse(split_note(note)[0])
        except NoteError as exc:
            raise AuditError(f"latest checkpoint is unreadable: {exc}") from None

    def _load_entries(self) -> int | None:
        """Rebuild the tree, check it against the latest checkpoint, set a torn tail aside."""
        latest = self._latest_signed()
        torn: int | None = None
        root_at_latest = None
        for n, ref in enumerate(self._segments):
            path = self._dir / ref.file
            if not path.exists():
                if ref.count is None:
                    path.touch(mode=0o600)
                    continue
                raise AuditError(f"segment {ref.file} is missing; refusing to continue the log")
            data = path.read_bytes()
            if data and not data.endswith(b"\n"):
                if n != len(self._segments) - 1:
                    raise AuditError(f"segment {ref.file} ends mid-line but is not the last")
                cut = data.rfind(b"\n") + 1
                write_atomic(self._dir / f"torn.{int(self._clock() * 1000)}.bin", data[cut:])
                torn = len(data) - cut
                with open(path, "r+b") as fh:
                    fh.truncate(cut)
                    os.fsync(fh.fileno())
                data = data[:cut]
            for line in data.split(b"\n")[:-1]:
                self._tree.append(leaf_hash(line))
                if latest is not None and self._tree.size == latest.size:
                    root_at_latest = self._tree.root()
        self._signed_size = latest.size if latest else 0
        if latest is not None and latest.size > 0 and root_at_latest != latest.root:
            raise AuditError("the entries on disk no longer produce the root of the latest "
                             f"checkpoint (size {latest.size}); refusing to sign anything "
                             "inconsistent with it — run 'sovereign audit verify'")
        return torn

    # -- appending -----------------------------------------------------------------------------

    @property
    def size(self) -> int:
        return self._tree.size

    def append(self, record: dict[str, Any]) -> int:
        with self._mutex:
            index = self._tree.size
            line = encode_record({"index": index, "ts": round(self._clock(), 6), **record})
            try:
                self._fh.write(line + b"\n")
                self._tree.append(leaf_hash(line))
                self._written = index + 1
                if self._segments[-1].first + self._segment_entries <= self._written:
                    self._rotate_segment()
            except OSError as exc:
                raise AuditError(f"audit write failed: {exc.strerror}") from None
        self._sync(index + 1)
        with self._mutex:
            due = (self._tree.size - self._signed_size >= self._every
                   or self._clock() - self._last_checkpoint >= self._seconds)
            if due:
                self._checkpoint_locked((self._signer,))
        return index

    def _sync(self, upto: int) -> None:
        """Group commit: whoever gets the lock fsyncs everything written so far."""
        if not self._durable_writes:
            return
        with self._sync_lock:
            if self._durable >= upto:
                return  # another thread's fsync covered this record
            with self._mutex:
                target, fh = self._written, self._fh
                fh.flush()
            try:
                os.fsync(fh.fileno())
            except (OSError, ValueError) as exc:  # ValueError: rotated and closed meanwhile
                if isinstance(exc, ValueError) and self._durable >= upto:
                    return
                raise AuditError(f"audit fsync failed: {exc}") from None
            self._durable = max(self._durable, target)

    def _rotate_segment(self) -> None:
        """Close the full segment (durably) and open the next; the manifest says so first."""
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._durable = self._written
        self._fh.close()
        full = self._segments[-1]
        self._segments[-1] = SegmentRef(full.file, full.first, self._written - full.first)
        self._segments.append(SegmentRef(segment_name(self._written), self._written, None))
        write_atomic(self._dir / MANIFEST, manifest_bytes(self._segments))
        self._fh = _open_append(self._dir / self._segments[-1].file)

    # -- checkpoints and keys ------------------------------------------------------------------

    def checkpoint(self) -> Checkpoint | None:
        with self._mutex:
            return self._checkpoint_locked((self._signer,))

    def _checkpoint_locked(self, signers: Sequence[NoteSigner]) -> Checkpoint | None:
        self._last_checkpoint = self._clock()
        if self._tree.size == self._signed_size:
            return None
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())  # never sign what is not on disk
            self._durable = max(self._durable, self._written)
            cp = Checkpoint(self._origin, self._tree.size, self._tree.root())
            note = sign_note(cp.text(), *signers).encode()
            write_atomic(self._dir / CHECKPOINTS / f"{cp.size:012d}.note", note)
            write_atomic(self._dir / LATEST, note)
        except OSError as exc:
            raise AuditError(f"checkpoint write failed: {exc.strerror}") from None
        self._signed_size = cp.size
        self.last_signed_at = time.time()
        return cp

    def rotate_key(self, new: NoteSigner) -> Checkpoint:
        """Record the rotation, sign that state with the old and the new key, then switch."""
        old = self._signer
        self.append({"type": "key_rotation", "old_key": old.vkey(), "new_key": new.vkey()})
        with self._mutex:
            cp = self._checkpoint_locked((old, new))
            self._signer = new
        assert cp is not None
        return cp

    def close(self) -> None:
        with self._mutex:
            if self._fh.closed:
                return
            self._checkpoint_locked((self._signer,))
            self._fh.close()
            os.close(self._lock_fd)
