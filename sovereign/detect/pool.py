"""Detection on worker processes, one per core, off the proxy's event loop and its GIL.

spaCy and the recognizers are CPU work in Python: in threads they take turns on one core, and
a 100 KB prompt would hold every other request behind it. Here each worker process loads its
own engine once; a call's texts are cut into pieces (long texts in overlapping chunks), the
pieces are dealt to the workers by size, and the findings are put back together. A request
too small to be worth splitting goes to one worker whole.

Fail closed: a worker that dies (killed, out of memory) fails the calls it was serving with
DetectionUnavailable, so those requests are blocked; the pool is then rebuilt for the next
call. Nothing is ever returned for a text that was not scanned.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool

from sovereign.detect.detector import Detector, Found, Span, chunk_bounds, keep, spans_of

SPLIT_MIN_CHARS = 2_000  # below this a call goes to one worker: splitting costs more than it saves

_WORKER_DETECTOR: Detector | None = None


class DetectionUnavailable(RuntimeError):
    """A detection worker died while scanning; the request must not be sent."""


def _init_worker(factory: Callable[[], Detector]) -> None:
    global _WORKER_DETECTOR
    _WORKER_DETECTOR = factory()


def _scan_in_worker(texts: list[str]) -> list[list[Span]]:
    if _WORKER_DETECTOR is None:
        raise RuntimeError("detection worker was not initialised")
    return _WORKER_DETECTOR.scan(texts)


def default_workers() -> int:
    """One per core this process may run on."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def deal(sizes: Sequence[int], workers: int) -> list[list[int]]:
    """Indices of *sizes* in at most *workers* groups of about equal total size (largest
    first, each to the lightest group); one group when the total is small."""
    if workers <= 1 or sum(sizes) < SPLIT_MIN_CHARS:
        return [list(range(len(sizes)))] if sizes else []
    groups: list[list[int]] = [[] for _ in range(workers)]
    load = [0] * workers
    for i in sorted(range(len(sizes)), key=lambda k: -sizes[k]):
        g = load.index(min(load))
        groups[g].append(i)
        load[g] += sizes[i]
    return [sorted(g) for g in groups if g]


class PoolDetector:
    """A Detector whose scanning runs on *workers* processes, each built by *factory*
    (a module-level function: it is sent to fresh 'spawn' processes by name)."""

    def __init__(self, factory: Callable[[], Detector], workers: int) -> None:
        self._factory = factory
        self._workers = max(1, workers)
        self._lock = threading.Lock()
        self._executor = self._start()

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        # 'spawn': the proxy runs threads (mitmproxy, health checks); forking them is unsafe.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self._factory,))

    @property
    def workers(self) -> int:
        return self._workers

    def warm(self) -> None:
        """Start every worker and load its engine now, not on the first request."""
        jobs = [self._executor.submit(_scan_in_worker, ["warm-up"]) for _ in range(self._workers)]
        for job in jobs:
            job.result()

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            for start, end in chunk_bounds(len(text), text):
                pieces.append((i, start, text[start:end]))
        executor = self._executor
        groups = deal([len(p) for _, _, p in pieces], self._workers)
        try:
            jobs = [executor.submit(_scan_in_worker, [pieces[k][2] for k in group])
                    for group in groups]
            answers = [job.result() for job in jobs]
        except BrokenProcessPool as exc:
            self._restart(executor)
            raise DetectionUnavailable("a detection worker stopped while scanning; "
                                       "the pool is being restarted") from exc
        found: list[Found] = [{} for _ in texts]
        for group, answer in zip(groups, answers, strict=True):
            for k, spans in zip(group, answer, strict=True):
                i, offset, _ = pieces[k]
                for s in spans:
                    keep(found[i], offset + s.start, offset + s.end, s.entity_type, s.score)
        return [spans_of(f) for f in found]

    def _restart(self, broken: concurrent.futures.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
