"""Detection on worker processes, one per core, off the proxy's event loop and its GIL.

spaCy and the recognizers are CPU work in Python: in threads they take turns on one core.
Here each worker process loads its own engine once. A call's texts are cut into pieces (long
texts in overlapping chunks) and packed into tasks of about TASK_CHARS; the findings are put
back together.

Tasks wait in a priority queue, smallest request first, and only as many are handed to the
processes as there are workers; short tasks waiting together go to a worker as one batch.
So a 100 KB prompt is spread over every worker, yet a short request that arrives meanwhile
waits for at most one task of it, not for the whole prompt.

Fail closed: a worker that dies (killed, out of memory) fails the calls it was serving with
DetectionUnavailable, so those requests are blocked; the pool is then rebuilt for the next
call. Nothing is ever returned for a text that was not scanned.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import math
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import threadpoolctl

from sovereign.detect.detector import Detector, Found, Span, chunk_bounds, keep, spans_of

TASK_CHARS = 8_000  # characters per task: big enough to amortise the hand-over, small enough
#                     that a short request never waits long behind a long one

_WORKER_DETECTOR: Detector | None = None


class DetectionUnavailable(RuntimeError):
    """A detection worker died while scanning; the request must not be sent."""


def _init_worker(factory: Callable[[], Detector]) -> None:
    global _WORKER_DETECTOR
    _WORKER_DETECTOR = factory()
    # one BLAS thread per worker (the pool already runs one worker per core); set once the
    # engine is built, so that the BLAS library numpy loaded is there to be limited
    threadpoolctl.threadpool_limits(limits=1, user_api="blas")


def _scan_in_worker(texts: list[str]) -> list[list[Span]]:
    if _WORKER_DETECTOR is None:
        raise RuntimeError("detection worker was not initialised")
    return _WORKER_DETECTOR.scan(texts)


CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def cpu_quota(cpu_max: Path = CGROUP_CPU_MAX) -> int | None:
    """Whole CPUs the cgroup v2 quota allows ("200000 100000" -> 2), None when unlimited."""
    try:
        quota, period = cpu_max.read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    return max(1, math.ceil(int(quota) / int(period)))


def default_workers(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """One per core this process may run on: the CPUs it is pinned to, fewer when a container
    CPU limit says so (a pod limited to 2 CPUs on a 64-core node gets 2 workers, not 64)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else os.cpu_count() or 1
    quota = cpu_quota(cpu_max)
    return max(1, min(cores, quota) if quota else cores)


def tasks(sizes: Sequence[int], task_chars: int = TASK_CHARS) -> list[list[int]]:
    """Consecutive indices of *sizes* grouped into tasks of about *task_chars* each."""
    groups: list[list[int]] = []
    load = task_chars
    for i, size in enumerate(sizes):
        if load + size > task_chars and (not groups or groups[-1]):
            groups.append([])
            load = 0
        groups[-1].append(i)
        load += size
    return groups


_Job = tuple[int, int, list[str] | None, "concurrent.futures.Future[list[list[Span]]] | None"]


class PoolDetector:
    """A Detector whose scanning runs on *workers* processes, each built by *factory*
    (a module-level function: it is sent to fresh 'spawn' processes by name)."""

    def __init__(self, factory: Callable[[], Detector], workers: int) -> None:
        self._factory = factory
        self._workers = max(1, workers)
        self._lock = threading.Lock()
        self._executor = self._start()
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._order = itertools.count()
        self._feeders = [threading.Thread(target=self._feed, name=f"detect-feed-{n}",
                                          daemon=True) for n in range(self._workers)]
        for feeder in self._feeders:
            feeder.start()

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        # 'spawn': the proxy runs threads (mitmproxy, health checks); forking them is unsafe.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self._factory,))

    @property
    def workers(self) -> int:
        return self._workers

    def _feed(self) -> None:
        """One of *workers* hands: takes the most urgent task, and with it other waiting
        tasks while they fit in TASK_CHARS (one spaCy batch for several short requests),
        runs them in one worker call, repeats."""
        while True:
            batch = [self._queue.get()]
            size = sum(map(len, batch[0][2] or ()))
            while size < TASK_CHARS:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                extra = sum(map(len, job[2] or ()))
                if job[2] is None or size + extra > TASK_CHARS:
                    self._queue.put(job)  # closing, or too big to ride along: back in line
                    break
                batch.append(job)
                size += extra
            if batch[0][2] is None:
                return  # closing
            live = [(texts, future) for _, _, texts, future in batch
                    if texts is not None and future is not None
                    and future.set_running_or_notify_cancel()]
            if live:
                self._run(live)

    def _run(self, live: list[tuple[list[str], concurrent.futures.Future[list[list[Span]]]]]
             ) -> None:
        executor = self._executor
        try:
            answer = executor.submit(_scan_in_worker, [t for texts, _ in live for t in texts])
            found = answer.result()
        except BrokenProcessPool as exc:
            self._restart(executor)
            for _, future in live:
                future.set_exception(exc)
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the callers, who fail closed
            for _, future in live:
                future.set_exception(exc)
            return
        at = 0
        for texts, future in live:
            future.set_result(found[at : at + len(texts)])
            at += len(texts)

    def _submit(self, priority: int, texts: list[str]) -> concurrent.futures.Future[
            list[list[Span]]]:
        future: concurrent.futures.Future[list[list[Span]]] = concurrent.futures.Future()
        self._queue.put((priority, next(self._order), texts, future))
        return future

    def warm(self) -> None:
        """Start every worker and load its engine now, not on the first request."""
        jobs = [self._executor.submit(_scan_in_worker, ["warm-up"]) for _ in range(self._workers)]
        try:
            for job in jobs:
                job.result()
        except BrokenProcessPool as exc:
            raise DetectionUnavailable("the detection worker processes could not start (their "
                                       "error is printed above)") from exc

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            for start, end in chunk_bounds(len(text), text):
                pieces.append((i, start, text[start:end]))
        groups = tasks([len(p) for _, _, p in pieces])
        size = sum(len(t) for t in texts)
        jobs = [self._submit(size, [pieces[k][2] for k in group]) for group in groups]
        try:
            answers = [job.result() for job in jobs]
        except BrokenProcessPool as exc:
            for job in jobs:
                job.cancel()
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
        for _ in self._feeders:
            self._queue.put((-1, next(self._order), None, None))
        for feeder in self._feeders:
            feeder.join(timeout=5)
        self._executor.shutdown(wait=True, cancel_futures=True)
