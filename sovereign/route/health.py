"""Background health checks of the local models: while one is down, requests routed to it
fail fast with a 503 in the caller's format (and an audit record) instead of waiting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

import httpx
import structlog

from sovereign.route.models import LocalModel

log = structlog.get_logger("sovereign.health")


class HealthView(Protocol):
    def is_down(self, model: str) -> bool: ...


class AssumeUp:
    """No background checks: every model is tried (the per-request probe still applies)."""

    def is_down(self, model: str) -> bool:
        return False


class HttpProbe:
    """vLLM answers GET /health (at the server root) with 200 when it can serve.

    One client serves every probe, its connections kept open between them. A client made
    per probe (``httpx.get``) built a TLS context each time, loading the CA bundle: tens of
    milliseconds of CPU, holding the GIL the proxy's event loop needs, per model and per
    interval."""

    def __init__(self, timeout_s: float = 2.0) -> None:
        self._client = httpx.Client(timeout=timeout_s, trust_env=False)

    def __call__(self, model: LocalModel) -> bool:
        try:
            r = self._client.get(model.server_root + "/health")
        except httpx.HTTPError:
            return False
        return r.status_code == 200

    def close(self) -> None:
        self._client.close()


class HealthChecker:
    """Checks every local model each *interval_s* seconds on a thread of its own; *check*
    (by default an HttpProbe, closed by stop()) says whether one is up."""

    def __init__(self, models: list[LocalModel], interval_s: float = 5.0,
                 check: Callable[[LocalModel], bool] | None = None) -> None:
        self._models = models
        self._interval = interval_s
        self._probe: HttpProbe | None = None
        if check is None:
            self._probe = check = HttpProbe()
        self._check = check
        self._up: dict[str, bool] = {}
        self._stop = threading.Event()

    def is_down(self, model: str) -> bool:
        return self._up.get(model) is False  # unknown yet: not down

    def status(self) -> dict[str, bool]:
        return dict(self._up)

    def check_all(self) -> None:
        for model in self._models:
            up = self._check(model)
            if self._up.get(model.name) != up:  # a model that is up is news, not a problem
                (log.info if up else log.warning)("local_model_health", local_model=model.name,
                                                  status="up" if up else "down")
            self._up[model.name] = up

    def start(self) -> threading.Thread:
        self.check_all()

        def loop() -> None:
            while not self._stop.wait(self._interval):
                self.check_all()
            if self._probe is not None:
                self._probe.close()

        thread = threading.Thread(target=loop, name="local-health", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
