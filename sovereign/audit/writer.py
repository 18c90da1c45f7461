"""The audit log writer: one canonical JSON line per record, signed checkpoints every N entries
or T seconds and on close, segments rotated by index range under one tree.

All disk work happens on one writer thread: callers ``submit`` a record and get a future that
the writer resolves once the record is fsynced (group commit: every record queued while one
fsync runs shares the next). A caller that must not go on before its record is durable (a
decision) waits for the future, on an event loop without blocking it; one that need not (an
outcome) does not wait. Checkpoints are signed on the writer thread too. ``close`` drains the
queue, signs a last checkpoint and releases the lock. The disk itself is a seam (:class:`Disk`)
that tests replace with a slow or failing one.

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
from concurrent.futures import Future
from dataclasses import dataclass
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
    def submit(self, record: dict[str, Any]) -> Future[int]:
        """Queue *record*; the future holds its index once it is durable, or AuditError."""
        ...

    def append(self, record: dict[str, Any]) -> int:
        """Durably record *record* (waits); returns its index. Raises AuditError on failure."""
        ...

    def close(self) -> None: ...


class Disk(Protocol):
    """What the writer asks of the disk beyond appending bytes: the slow, durable steps."""

    def sync(self, fh: IO[bytes]) -> None:
        """Flush *fh* and fsync it."""
        ...

    def replace(self, path: Path, data: bytes) -> None:
        """Write *path* atomically and durably."""
        ...


class OsDisk:
    def sync(self, fh: IO[bytes]) -> None:
        fh.flush()
        os.fsync(fh.fileno())

    def replace(self, path: Path, data: bytes) -> None:
        write_atomic(path, data)


class NoSyncDisk(OsDisk):
    """Writes without fsync: only for generating benchmark data."""

    def sync(self, fh: IO[bytes]) -> None:
        fh.flush()


def _settled(future: Future[int]) -> Future[int]:
    future.set_running_or_notify_cancel()  # a waiter giving up cannot cancel it under the writer
    return future


def _failed(exc: BaseException) -> Future[int]:
    future = _settled(Future())
    future.set_exception(exc)
    return future


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

    def submit(self, record: dict[str, Any]) -> Future[int]:
        try:
            index = self.append(record)
        except AuditError as exc:
            return _failed(exc)
        future = _settled(Future())
        future.set_result(index)
        return future

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


@dataclass
class _Item:
    future: Future[Any]
    record: dict[str, Any] | None = None  # a record to append, or
    call: Callable[[], Any] | None = None  # work to do in order on the writer thread


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
        disk: Disk | None = None,
    ) -> None:
        self._dir = directory
        self._signer = signer
        self._origin = origin
        self._every = checkpoint_every
        self._seconds = checkpoint_seconds
        self._segment_entries = segment_entries
        self._clock = clock
        # durable=False only for generating benchmark data
        self._disk: Disk = disk or (OsDisk() if durable else NoSyncDisk())
        self._queue: list[_Item] = []
        self._wake = threading.Condition()
        self._closing = False
        self._checkpoint_error: AuditError | None = None
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
            self._last_checkpoint = clock()
            self.last_signed_at = time.time()
            if recovered is not None:  # before the writer thread starts: written here
                self._write({"type": "recovered", "torn_bytes": recovered})
                self._disk.sync(self._fh)
        except BaseException:
            os.close(self._lock_fd)
            raise
        self._thread = threading.Thread(target=self._run, name="audit-writer", daemon=True)
        self._thread.start()

    # -- start-up ------------------------------------------------------------------------------

    def _load_manifest(self) -> list[SegmentRef]:
        if (self._dir / MANIFEST).exists():
            try:
                return read_manifest(self._dir)
            except (ValueError, KeyError, TypeError) as exc:
                raise AuditError(f"{self._dir / MANIFEST} is unreadable ({type(exc).__name__})"
                                 ) from None
        segments = [SegmentRef(segment_name(0), 0, None)]
        self._disk.replace(self._dir / MANIFEST, manifest_bytes(segments))
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

    # -- appending (callers) --------------------------------------------------------------------

    @property
    def size(self) -> int:
        return self._tree.size

    def submit(self, record: dict[str, Any]) -> Future[int]:
        """Queue *record*; the future holds its index once it is on disk (fsynced)."""
        return self._enqueue(_Item(_settled(Future()), record=record))

    def append(self, record: dict[str, Any]) -> int:
        """Queue *record* and wait until it is durable (never call it on an event loop)."""
        return self.submit(record).result()

    def _enqueue(self, item: _Item) -> Future[Any]:
        with self._wake:
            if self._closing:
                item.future.set_exception(AuditError("the audit log is closed"))
            else:
                self._queue.append(item)
                self._wake.notify()
        return item.future

    def _call[T](self, fn: Callable[[], T]) -> T:
        """Run *fn* on the writer thread after everything queued before it; wait for it."""
        result: T = self._enqueue(_Item(_settled(Future()), call=fn)).result()
        return result

    # -- the writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._closing:
                    self._wake.wait()
                batch, self._queue = self._queue, []
            if not batch:
                return  # closing, and nothing is left to write
            try:
                self._process(batch)
            except BaseException as exc:  # never leave a caller waiting on a dead writer
                error = AuditError(f"audit writer failed: {type(exc).__name__}")
                for item in batch:
                    if not item.future.done():
                        item.future.set_exception(error)
                if not isinstance(exc, Exception):
                    raise

    def _process(self, batch: list[_Item]) -> None:
        """Write a batch, one fsync for all its records (group commit), then resolve them."""
        written: list[tuple[Future[Any], int]] = []
        for item in batch:
            if item.call is not None:
                self._commit(written)
                written = []
                try:
                    item.future.set_result(item.call())
                except AuditError as exc:
                    item.future.set_exception(exc)
                continue
            assert item.record is not None
            try:
                written.append((item.future, self._write(item.record)))
            except AuditError as exc:
                item.future.set_exception(exc)
        self._commit(written)

    def _write(self, record: dict[str, Any]) -> int:
        index = self._tree.size
        line = encode_record({"index": index, "ts": round(self._clock(), 6), **record})
        try:
            self._fh.write(line + b"\n")
            self._tree.append(leaf_hash(line))
            if self._segments[-1].first + self._segment_entries <= self._tree.size:
                self._rotate_segment()
        except OSError as exc:
            raise AuditError(f"audit write failed: {exc.strerror}") from None
        return index

    def _commit(self, written: list[tuple[Future[Any], int]]) -> None:
        if not written:
            return
        try:
            self._disk.sync(self._fh)
            if self._checkpoint_error is not None:  # the log cannot sign: refuse until it can
                self._checkpoint((self._signer,))
        except (OSError, AuditError) as exc:
            error = exc if isinstance(exc, AuditError) else AuditError(
                f"audit fsync failed: {exc.strerror}")
            for future, _ in written:
                future.set_exception(error)
            return
        for future, index in written:
            future.set_result(index)
        if (self._tree.size - self._signed_size >= self._every
                or self._clock() - self._last_checkpoint >= self._seconds):
            try:
                self._checkpoint((self._signer,))
            except AuditError:
                pass  # remembered in _checkpoint_error: the next records are refused with it

    def _rotate_segment(self) -> None:
        """Close the full segment (durably) and open the next; the manifest says so first."""
        self._disk.sync(self._fh)
        self._fh.close()
        size = self._tree.size
        full = self._segments[-1]
        self._segments[-1] = SegmentRef(full.file, full.first, size - full.first)
        self._segments.append(SegmentRef(segment_name(size), size, None))
        self._disk.replace(self._dir / MANIFEST, manifest_bytes(self._segments))
        self._fh = _open_append(self._dir / self._segments[-1].file)

    # -- checkpoints and keys (run on the writer thread) ---------------------------------------

    def checkpoint(self) -> Checkpoint | None:
        return self._call(lambda: self._checkpoint((self._signer,)))

    def _checkpoint(self, signers: Sequence[NoteSigner]) -> Checkpoint | None:
        self._last_checkpoint = self._clock()
        if self._tree.size == self._signed_size:
            return None
        try:
            self._disk.sync(self._fh)  # never sign what is not on disk
            cp = Checkpoint(self._origin, self._tree.size, self._tree.root())
            note = sign_note(cp.text(), *signers).encode()
            self._disk.replace(self._dir / CHECKPOINTS / f"{cp.size:012d}.note", note)
            self._disk.replace(self._dir / LATEST, note)
        except OSError as exc:
            self._checkpoint_error = AuditError(f"checkpoint write failed: {exc.strerror}")
            raise self._checkpoint_error from None
        self._checkpoint_error = None
        self._signed_size = cp.size
        self.last_signed_at = time.time()
        return cp

    def rotate_key(self, new: NoteSigner) -> Checkpoint:
        """Record the rotation, sign that state with the old and the new key, then switch."""
        old = self._signer

        def cosign() -> Checkpoint | None:
            cp = self._checkpoint((old, new))
            self._signer = new
            return cp

        self.append({"type": "key_rotation", "old_key": old.vkey(), "new_key": new.vkey()})
        cp = self._call(cosign)
        assert cp is not None
        return cp

    def close(self) -> None:
        """Write everything queued, sign a last checkpoint, release the log."""
        with self._wake:
            if self._closing:
                return
            self._closing = True
            self._wake.notify()
        self._thread.join()
        try:
            self._checkpoint((self._signer,))
        finally:
            self._fh.close()
            os.close(self._lock_fd)
