"""A fake detection engine for worker-pool tests, light enough to load in a fresh 'spawn'
worker process (it imports nothing but the Span type).

Texts that hold ``HANG`` make the worker's scan hang for ever, after it has said so on
*started* (a multiprocessing semaphore the test waits on: no sleeps, no timings). The engine
is built only while *gate* is set, so a test can hold the restart of a killed worker."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

from sovereign.detect.detector import Span

HANG = "HANG"
_PATTERNS = [
    (re.compile(r"\b(?:John Smith|Jane Roe|Priya Raman)\b"), "PERSON", 0.85),
    (re.compile(r"\b[\w.]+@[\w.]+\.\w+\b"), "EMAIL_ADDRESS", 1.0),
]


class FakeEngine:
    def __init__(self, started: Any) -> None:
        self._started = started

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        if any(HANG in t for t in texts):
            self._started.release()  # tell the test this worker is scanning
            threading.Event().wait()  # hangs until the process is killed
        return [[Span(m.start(), m.end(), kind, score)
                 for rx, kind, score in _PATTERNS for m in rx.finditer(t)] for t in texts]


def fake_engine(started: Any, gate: Any) -> FakeEngine:
    """The worker factory (module-level: sent to spawned workers by name, with functools.partial
    binding *started* and *gate*)."""
    gate.wait()
    return FakeEngine(started)
