"""Which allowed requests are shadowed, and the limits on shadow calls: deterministic and
free of I/O, so a test knows exactly which requests are sampled.

Sampling spreads an app's rate evenly over its requests (the n-th request of an app is
sampled when floor(n * rate) grows): rate 0.25 samples the 4th, 8th, 12th...; over any run of
N requests exactly floor(N * rate) are sampled, without a random number."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path


class Sampler:
    def __init__(self, rates: Mapping[str, float]) -> None:
        self._rates = dict(rates)
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def take(self, app: str | None) -> bool:
        rate = self._rates.get(app or "")
        if not rate:
            return False
        with self._lock:
            n = self._seen.get(app or "", 0)
            self._seen[app or ""] = n + 1
        return math.floor((n + 1) * rate + 1e-9) > math.floor(n * rate + 1e-9)


class Budget:
    """Shadow calls at once (a call over the limit is skipped, never queued) and local tokens
    per UTC day (once spent, calls are skipped until the day turns)."""

    def __init__(self, max_concurrent: int, tokens_per_day: int,
                 clock: Callable[[], float] = time.time) -> None:
        self.max_concurrent = max_concurrent
        self.tokens_per_day = tokens_per_day
        self._clock = clock
        self._running = 0
        self._day = -1
        self._spent = 0
        self._lock = threading.Lock()

    def _today(self) -> int:
        day = int(self._clock() // 86400)
        if day != self._day:
            self._day, self._spent = day, 0
        return day

    def acquire(self) -> str | None:
        """None when a call may start (it holds a slot until release), else why not."""
        with self._lock:
            self._today()
            if self._spent >= self.tokens_per_day:
                return "budget_tokens"
            if self._running >= self.max_concurrent:
                return "budget_concurrent"
            self._running += 1
            return None

    def release(self, tokens: int) -> None:
        with self._lock:
            self._running -= 1
            self._today()
            self._spent += tokens

    @property
    def running(self) -> int:
        return self._running

    @property
    def spent_today(self) -> int:
        with self._lock:
            self._today()
            return self._spent


class Switch:
    """The stop switch: while the stop file exists, shadow evaluation is off (checked before
    each call and between a call's steps, so running calls stop too)."""

    def __init__(self, stop_file: Path) -> None:
        self.stop_file = stop_file

    @property
    def stopped(self) -> bool:
        return self.stop_file.exists()

    def stop(self) -> None:
        self.stop_file.parent.mkdir(parents=True, exist_ok=True)
        self.stop_file.touch()

    def start(self) -> None:
        self.stop_file.unlink(missing_ok=True)
