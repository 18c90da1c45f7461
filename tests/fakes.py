"""In-memory fakes for the I/O seams (detector, audit sink) and an in-process proxy runner."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sovereign.audit.writer import OsDisk
from sovereign.config import Config
from sovereign.detect.detector import Span
from sovereign.pipeline import Pipeline
from sovereign.proxy.launcher import running_in_thread
from tests.conftest import free_port

_PATTERNS = [
    (re.compile(r"\b(?:John Smith|Jane Roe|Priya Raman)\b"), "PERSON", 0.85),
    (re.compile(r"\b[\w.]+@[\w.]+\.\w+\b"), "EMAIL_ADDRESS", 1.0),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "US_SSN", 0.85),
    (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), "CLOUD_ACCESS_KEY", 0.95),
]


class RegexDetector:
    """A detector with a few fixed patterns: fast and exact, for pipeline tests."""

    def __init__(self) -> None:
        self.calls = 0

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        self.calls += 1
        return [[Span(m.start(), m.end(), kind, score)
                 for rx, kind, score in _PATTERNS for m in rx.finditer(t)] for t in texts]


class GatedDisk(OsDisk):
    """The audit writer's disk, with an fsync the test can hold: while held, every sync waits
    at the gate (a disk that stalls) until the test releases it."""

    HANG_GUARD_S = 120.0  # only so that a broken test ends; nothing waits for it to pass

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self.waiting = threading.Event()  # set when a sync arrives at the held gate
        self.syncs = 0

    def hold(self) -> None:
        self.waiting.clear()
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def sync(self, fh: IO[bytes]) -> None:
        if not self._open.is_set():
            self.waiting.set()
            self._open.wait(self.HANG_GUARD_S)
        self.syncs += 1
        super().sync(fh)


class BrokenDetector:
    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        raise RuntimeError("detector crashed")


@contextmanager
def inprocess_proxy(tmp: Path, pipeline: Pipeline) -> Iterator[tuple[str, Path]]:
    """A real mitmproxy with our addon on a free loopback port, in a background thread."""
    port = free_port()
    config = Config(listen=f"127.0.0.1:{port}", confdir=tmp / "mitmproxy")
    with running_in_thread(config, pipeline) as proxy:
        yield f"http://127.0.0.1:{port}", proxy.ca_path
