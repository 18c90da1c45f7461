"""Detection on worker processes, one per core, off the proxy's event loop and its GIL.

spaCy and the recognizers are CPU work in Python: in threads they take turns on one core.
Here each worker process loads its own engine once. A call's texts are cut into pieces (long
texts in overlapping chunks) and packed into tasks of about TASK_CHARS; the findings are put
back together.

Tasks wait in a priority queue, smallest request first, and only as many are handed to the
processes as there are workers; short tasks waiting together go to a worker as one batch.
A batch is a list of texts, each still a document of its own (detector.py), so what is
found in one request never depends on the requests that rode along
(tests/test_determinism.py).
So a 100 KB prompt is spread over every worker, yet a short request that arrives meanwhile
waits for at most one task of it, not for the whole prompt.

A request's tasks are handed in under its Budget (see run_in_budget()): when its decision
deadline passes, the tasks still waiting are cancelled and those a worker is running are
abandoned, so its scan ends at once (the thread that waited for it is free) and a request
that is decided without its findings stops taking the workers' time from the others. A
worker still scanning HUNG_AFTER_S after every request it scans for was decided without it
is taken as hung: it is killed and started again (a scan that hangs holds no worker, no
feeder and no thread for good; one that is merely slow finishes, and costs no restart).

Each worker process has one feeder thread and a pipe of its own: a task goes down the pipe
and its findings come back as plain tuples. (A ProcessPoolExecutor added a manager thread and
a queue thread to every hand-over, each waiting for the GIL in a busy proxy; with tasks of a
chat request's size the workers sat idle an eighth of the time.)

Fail closed: a worker that dies (killed, out of memory) fails the calls it was serving with
DetectionUnavailable, so those requests are blocked; its process is then started again. A
worker answers "started" when it takes a task: one found gone before that answer never saw
the task, and another worker that serves takes it (WorkerGone); a text that kills a worker
while it is scanned is never handed to a second one. A
worker that dies while idle is noticed within a second and started again too, and the other
workers serve meanwhile. While no worker can serve (all dead or being started again), a scan
fails at once with DetectionUnavailable, and so do the tasks waiting: a request is refused
at once, never held until a worker has loaded its engine. A scan that raises in a worker
fails its calls with WorkerError, which names the exception's type only (its message could
quote the text). Nothing is ever returned for a text that was not scanned.
"""

from __future__ import annotations

import concurrent.futures
import gc
import itertools
import math
import multiprocessing
import multiprocessing.connection
import os
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import threadpoolctl

from sovereign.detect.detector import Detector, Found, Span, chunk_bounds, keep, spans_of

LOOK_AFTER = 1.0  # seconds between an idle feeder's looks at its worker
LOOK_BUSY = 0.1  # seconds between a busy feeder's looks at whether anyone still waits
# seconds a worker may go on scanning once every request it scans for has been decided
# without it (at its deadline): a task takes a second or two, so a scan still running this
# long after is taken as hung, and its worker is killed and started again
HUNG_AFTER_S = 5.0
TASK_CHARS = 8_000  # characters per task: big enough to amortise the hand-over, small enough
#                     that a short request never waits long behind a long one
Found_ = list[list[tuple[int, int, str, float]]]  # a task's findings, as sent back


class DetectionUnavailable(RuntimeError):
    """A detection worker died while scanning; the request must not be sent."""


class WorkerGone(DetectionUnavailable):
    """The worker was gone before it took the task (killed while idle, between its feeder's
    last look and the hand-over): no text of the task was seen, another worker may scan it."""


class WorkerError(RuntimeError):
    """The engine raised in a worker (its type only: the message could quote the text)."""


def settle_heap() -> None:
    """In a worker, once its engine is built: collect what the build left behind and freeze
    the rest (the engine lives as long as the worker). Otherwise the first full collection,
    some requests later, walks every object of the model and the recognizers, an 80 ms pause
    for whichever request meets it. ``gc.freeze`` only moves the objects out of the
    collector's generations; a process that builds engines and drops them (the tests) must
    not call it, or their cycles would never be collected."""
    gc.collect()
    gc.freeze()


def _serve(conn: Connection, factory: Callable[[], Detector]) -> None:
    """A worker process: build the engine, then answer each task until told to stop or the
    pipe closes (the proxy is gone)."""
    try:
        detector = factory()
        settle_heap()
        # one BLAS thread per worker (the pool already runs one worker per core); set once
        # the engine is built, so that the BLAS library numpy loaded is there to be limited
        threadpoolctl.threadpool_limits(limits=1, user_api="blas")
    except BaseException as exc:  # noqa: BLE001 - reported, then this process ends
        traceback.print_exc(file=sys.stderr)  # loading only: no text has been seen
        conn.send(("failed", type(exc).__name__))
        return
    try:
        conn.send(("ready", None))
        while (texts := conn.recv()) is not None:
            conn.send(("started", None))  # the task is taken: from now on it is this one's
            try:
                found = detector.scan(texts)
            except Exception as exc:  # noqa: BLE001 - handed to the callers, who fail closed
                conn.send(("error", type(exc).__name__))
                continue
            conn.send(("ok", [[(s.start, s.end, s.entity_type, s.score) for s in spans]
                              for spans in found]))
    except (EOFError, OSError):
        return  # the proxy is gone, or closed the pipe


def _running(process: Any, timeout: float = 0.0) -> bool:
    """Whether *process* still runs (after waiting up to *timeout* s), read from its sentinel,
    which becomes ready when it ends, not from waitpid(): another part of the proxy may reap
    a dead child first, and is_alive() then reports it alive for ever."""
    return not multiprocessing.connection.wait([process.sentinel], timeout)


class _Worker:
    """One worker process and the pipe to it; used by one feeder thread only."""

    def __init__(self, factory: Callable[[], Detector], hung_after_s: float = HUNG_AFTER_S
                 ) -> None:
        self._factory = factory
        self._hung_after_s = hung_after_s
        self._process: Any = None
        self._conn: Connection | None = None
        self._ready = False
        # known dead or being started again: no task is waited for on it (read by any thread)
        self.down = False

    def start(self) -> None:
        # 'spawn': the proxy runs threads (mitmproxy, health checks); forking them is unsafe.
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._process = context.Process(target=_serve, args=(theirs, self._factory),
                                        name="sovereign-detect", daemon=True)
        self._process.start()
        theirs.close()
        self._conn, self._ready = ours, False

    def _receive(self) -> tuple[str, Any]:
        assert self._conn is not None
        try:
            kind, payload = self._conn.recv()
        except (EOFError, OSError) as exc:
            self.stop()
            raise DetectionUnavailable("a detection worker stopped while scanning; it is "
                                       "being started again") from exc
        return str(kind), payload

    def wait_ready(self) -> None:
        if self._conn is None:
            self.start()
        if not self._ready:
            kind, payload = self._receive()
            if kind != "ready":
                self.stop()
                raise DetectionUnavailable(f"a detection worker could not start ({payload}; "
                                           "its error is printed above)")
            self._ready = True

    def call(self, texts: list[str], abandoned: Callable[[], bool] = lambda: False) -> Found_:
        """Scan *texts* in the worker. While it scans, *abandoned* says whether every
        request it scans for was decided without it: once that has held for HUNG_AFTER_S,
        the process is killed (DetectionUnavailable) rather than waited for."""
        self.wait_ready()
        assert self._conn is not None
        try:
            self._conn.send(texts)
        except OSError as exc:
            self.stop()
            raise WorkerGone("a detection worker stopped before scanning; it is being started "
                             "again") from exc
        self._wait(abandoned)
        try:
            kind, payload = self._receive()
        except DetectionUnavailable as exc:
            raise WorkerGone("a detection worker stopped before it took a task; it is being "
                             "started again") from exc
        if kind != "started":
            raise WorkerError(f"a detection worker answered {kind!r} to a task")
        self._wait(abandoned)
        kind, payload = self._receive()
        if kind != "ok":
            raise WorkerError(f"the detection engine raised {payload} in a worker")
        found: Found_ = payload
        return found

    def _wait(self, abandoned: Callable[[], bool]) -> None:
        assert self._conn is not None
        since: float | None = None
        while not self._conn.poll(LOOK_BUSY):
            if not abandoned():
                since = None
                continue
            now = time.monotonic()
            since = now if since is None else since
            if now - since >= self._hung_after_s:
                print("sovereign: a detection worker was stopped: its scan ran on after the "
                      "decision deadline of every request it was for; it is being started "
                      "again", file=sys.stderr)
                self.kill()  # the pipe then ends: _receive raises DetectionUnavailable
                return

    def alive(self) -> bool:
        return self._process is not None and _running(self._process)

    def serving(self) -> bool:
        """Whether a task handed to this worker now can be scanned without waiting for a
        process to start (callable from any thread)."""
        return not self.down and self.alive()

    def kill(self) -> None:
        """End the process now (from any thread): its feeder's wait on the pipe ends with
        DetectionUnavailable, and the feeder starts it again."""
        self.down = True
        process = self._process
        if process is not None and _running(process):
            process.kill()

    def stop(self, timeout: float = 0.0) -> None:
        conn, process = self._conn, self._process
        self._conn, self._process, self._ready = None, None, False
        if conn is not None:
            try:
                conn.send(None)
            except OSError:
                pass  # already gone
            conn.close()
        if process is not None:
            if _running(process, timeout):
                process.terminate()
            process.join(1)  # reaps it (no zombie left behind)


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


_Job = tuple[int, int, list[str] | None, "concurrent.futures.Future[Found_] | None"]


def _none_serving() -> DetectionUnavailable:
    return DetectionUnavailable("no detection worker can scan now (all are stopped or being "
                                "started again)")


def _take(job: _Job) -> bool:
    """Whether *job* is to be scanned now (and mark it running): not closing, not cancelled,
    not abandoned."""
    future = job[3]
    if job[2] is None or future is None or future.done():
        return False
    if future.running():
        return True
    try:
        return future.set_running_or_notify_cancel()
    except RuntimeError:  # settled meanwhile
        return False


Abandon = Callable[["concurrent.futures.Future[Any]"], None]


class Budget:
    """The pool tasks of one request, cancelled together when its deadline passes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._futures: list[tuple[concurrent.futures.Future[Any], Abandon | None]] = []
        self.cancelled = False

    def add(self, futures: Sequence[concurrent.futures.Future[Any]],
            abandon: Abandon | None = None) -> None:
        """Tasks handed in for this request; *abandon* ends one that a worker already runs."""
        with self._lock:
            if not self.cancelled:
                self._futures.extend((future, abandon) for future in futures)
                return
        for future in futures:
            _end(future, abandon)

    def cancel(self) -> None:
        """End every task: those waiting are cancelled, those running abandoned (their worker
        is killed); a scan waiting for one raises CancelledError at once."""
        with self._lock:
            self.cancelled = True
            futures, self._futures = self._futures, []
        for future, abandon in futures:
            _end(future, abandon)


def _end(future: concurrent.futures.Future[Any], abandon: Abandon | None) -> None:
    if not future.cancel() and not future.done() and abandon is not None:
        abandon(future)


def _settle(future: concurrent.futures.Future[Any], result: Any = None,
            error: BaseException | None = None) -> None:
    """Set *future*'s result or error unless it is already settled (abandoned meanwhile)."""
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
    except concurrent.futures.InvalidStateError:
        pass  # abandoned at its deadline: nobody waits for it any more


_current = threading.local()


def current_budget() -> Budget | None:
    budget: Budget | None = getattr(_current, "budget", None)
    return budget


def run_in_budget[T](budget: Budget, fn: Callable[..., T], *args: Any) -> T:
    """Call *fn* with *budget* as this thread's budget: the pool tasks it hands in are
    cancelled with it."""
    _current.budget = budget
    try:
        return fn(*args)
    finally:
        _current.budget = None


class PoolDetector:
    """A Detector whose scanning runs on *workers* processes, each built by *factory*
    (a module-level function: it is sent to fresh 'spawn' processes by name)."""

    def __init__(self, factory: Callable[[], Detector], workers: int,
                 hung_after_s: float = HUNG_AFTER_S) -> None:
        self._workers = [_Worker(factory, hung_after_s) for _ in range(max(1, workers))]
        for worker in self._workers:
            worker.start()
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        # the idle hands, the one that became idle last at the end (guarded by _handing)
        self._idle: list[threading.Event] = []
        self._handing = threading.Lock()
        self._order = itertools.count()
        self._lock = threading.Condition()  # notified when a worker serves again or is done
        self._busy: set[_Worker] = set()  # workers with a batch in hand (guarded by _lock)
        self._feeders = [threading.Thread(target=self._feed, args=(worker,),
                                          name=f"detect-feed-{n}", daemon=True)
                         for n, worker in enumerate(self._workers)]
        for feeder in self._feeders:
            feeder.start()

    @property
    def workers(self) -> int:
        return len(self._workers)

    def serving(self) -> int:
        """How many workers can take a task now (not dead, not being started again)."""
        return sum(w.serving() for w in self._workers)

    def wait_serving(self, count: int, timeout: float) -> bool:
        """Wait until *count* workers serve (False if they do not within *timeout* s)."""
        with self._lock:
            return self._lock.wait_for(lambda: self.serving() >= count, timeout)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every worker serves and none has a batch in hand: nothing abandoned is
        still being scanned (False if not within *timeout* s)."""
        with self._lock:
            return self._lock.wait_for(
                lambda: not self._busy and self.serving() == len(self._workers), timeout)

    def _feed(self, worker: _Worker) -> None:
        """One worker's hand: takes the most urgent task, and with it other waiting tasks
        while they fit in TASK_CHARS (one spaCy batch for several short requests), runs them
        in one worker call, repeats. While idle it looks after its worker every LOOK_AFTER
        seconds: one that died is started again and loaded before this hand takes a task
        (the other hands serve meanwhile), so no request is refused for a worker that was
        not serving it."""
        wake = threading.Event()
        while True:
            first = self._next(wake)
            if first is None:
                if not worker.alive():
                    self._replace(worker)
                continue
            batch = [first]
            size = sum(map(len, batch[0][2] or ()))
            while size < TASK_CHARS:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                extra = sum(map(len, job[2] or ()))
                if job[2] is None or size + extra > TASK_CHARS:
                    self._put(job)  # closing, or too big to ride along: back in line
                    break
                batch.append(job)
                size += extra
            if batch[0][2] is None:
                return  # closing
            if not worker.alive():  # died while idle
                worker.down = True
                if any(other.serving() for other in self._workers if other is not worker):
                    for job in batch:  # the others take these while this one restarts
                        self._put(job)
                else:  # no worker can scan now: fail closed at once, not after a restart
                    self._fail(batch, _none_serving())
                    self._fail_waiting()
                self._replace(worker)
                continue
            live = [job for job in batch if _take(job)]
            if not live:
                continue
            with self._lock:
                self._busy.add(worker)
            try:
                self._run(worker, live)
            finally:
                with self._lock:
                    self._busy.discard(worker)
                    self._lock.notify_all()

    def _put(self, job: _Job) -> None:
        """Queue *job* and wake the hand that became idle last (if any hand is idle)."""
        with self._handing:
            self._queue.put(job)
            if self._idle:
                self._idle.pop().set()

    def _next(self, wake: threading.Event) -> _Job | None:
        """The most urgent waiting task for the hand that owns *wake*, or None after
        LOOK_AFTER s without one. An idle hand waits on an event of its own, and a new task
        wakes the hand that became idle last, not the one idle longest: sequential requests
        are then served by one worker, whose caches still hold the model (a worker that sat
        idle while another scanned reads a 2 KB prompt about a tenth slower). Queueing and
        going idle happen under one lock, so no task waits while a hand sleeps."""
        with self._handing:
            try:
                return self._queue.get_nowait()
            except queue.Empty:
                wake.clear()
                self._idle.append(wake)
        wake.wait(LOOK_AFTER)
        with self._handing:
            if wake in self._idle:
                self._idle.remove(wake)
            try:
                return self._queue.get_nowait()
            except queue.Empty:
                return None

    def _run(self, worker: _Worker, live: list[_Job]) -> None:
        futures = [future for _, _, _, future in live if future is not None]
        try:
            found = worker.call([t for _, _, texts, _ in live for t in texts or ()],
                                lambda: all(future.done() for future in futures))
        except WorkerGone as exc:
            worker.down = True
            if any(other.serving() for other in self._workers if other is not worker):
                for job in live:  # not seen by any worker: the others take them
                    self._put(job)
            else:
                self._fail(live, exc)
                self._fail_waiting()
            self._replace(worker)
            return
        except DetectionUnavailable as exc:
            worker.down = True
            self._fail(live, exc)
            if not any(other.serving() for other in self._workers if other is not worker):
                self._fail_waiting()
            self._replace(worker)
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the callers, who fail closed
            self._fail(live, exc)
            return
        at = 0
        for _, _, texts, future in live:
            n = len(texts or ())
            if future is not None:
                _settle(future, found[at : at + n])
            at += n

    @staticmethod
    def _abandon(future: concurrent.futures.Future[Any]) -> None:
        """A request's deadline passed while a worker was scanning *future*'s task: its scan
        ends now. The worker is killed if it is still scanning HUNG_AFTER_S after every
        request it scans for gave up (_Worker.call)."""
        _settle(future, error=concurrent.futures.CancelledError())

    def _replace(self, worker: _Worker) -> bool:
        """Start *worker*'s process again and wait for its engine; False if it could not
        start (the next task sent to it fails closed)."""
        worker.down = True
        worker.stop()
        try:
            worker.start()
            worker.wait_ready()
        except (OSError, DetectionUnavailable) as exc:
            print(f"sovereign: a detection worker could not be started again: {exc}",
                  file=sys.stderr)
            return False
        worker.down = False
        print("sovereign: a detection worker was started again and serves", file=sys.stderr)
        with self._lock:
            self._lock.notify_all()
        return True

    @staticmethod
    def _fail(batch: list[_Job], error: BaseException) -> None:
        for job in batch:  # a task abandoned meanwhile is settled already: left as it is
            if job[3] is not None and _take(job):
                _settle(job[3], error=error)

    def _fail_waiting(self) -> None:
        """No worker can serve: fail every task waiting (a closing sentinel stays)."""
        waiting: list[_Job] = []
        while True:
            try:
                waiting.append(self._queue.get_nowait())
            except queue.Empty:
                break
        for job in waiting:
            if job[2] is None:
                self._put(job)
        self._fail(waiting, _none_serving())

    def _submit(self, priority: int, texts: list[str]) -> concurrent.futures.Future[Found_]:
        future: concurrent.futures.Future[Found_] = concurrent.futures.Future()
        self._put((priority, next(self._order), texts, future))
        return future

    def warm(self) -> None:
        """Wait until every worker has loaded its engine, not until the first request."""
        try:
            for worker in self._workers:
                worker.wait_ready()
        except DetectionUnavailable as exc:
            raise DetectionUnavailable("the detection worker processes could not start (their "
                                       "error is printed above)") from exc

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            for start, end in chunk_bounds(len(text), text):
                pieces.append((i, start, text[start:end]))
        groups = tasks([len(p) for _, _, p in pieces])
        size = sum(len(t) for t in texts)
        if not any(w.serving() for w in self._workers):
            raise _none_serving()  # refused at once, not held until a worker has started
        jobs = [self._submit(size, [pieces[k][2] for k in group]) for group in groups]
        if (budget := current_budget()) is not None:
            budget.add(jobs, self._abandon)  # ended together if the request's deadline passes
        try:
            answers = [job.result() for job in jobs]
        except BaseException:
            for job in jobs:
                job.cancel()  # the tasks still waiting need not run
            raise
        found: list[Found] = [{} for _ in texts]
        for group, answer in zip(groups, answers, strict=True):
            for k, spans in zip(group, answer, strict=True):
                i, offset, _ = pieces[k]
                for start, end, kind, score in spans:
                    keep(found[i], offset + start, offset + end, kind, score)
        return [spans_of(f) for f in found]

    def close(self) -> None:
        for _ in self._feeders:
            self._put((-1, next(self._order), None, None))
        for feeder in self._feeders:
            feeder.join(timeout=5)
        for worker in self._workers:
            worker.stop(timeout=5)
