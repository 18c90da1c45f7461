"""Prometheus metrics, served on a loopback-only listener (``metrics.listen``).

Labels carry actions, providers, rule ids and entity types: never a value, a host of a caller,
or anything from a prompt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server


class MetricsSink(Protocol):
    def decision(self, action: str, provider: str, rules: Iterable[str],
                 entity_types: Iterable[str]) -> None: ...

    def detection(self, seconds: float) -> None: ...

    def llm_tunnel(self, known_as: str) -> None:
        """A connection to a known LLM API host passed on unread (its catalogue pattern)."""
        ...


class NoMetrics:
    def decision(self, action: str, provider: str, rules: Iterable[str],
                 entity_types: Iterable[str]) -> None:
        pass

    def detection(self, seconds: float) -> None:
        pass

    def llm_tunnel(self, known_as: str) -> None:
        pass


class PrometheusMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("sovereign_requests", "Decisions by action and provider",
                                ["action", "provider"], registry=r)
        self.rules = Counter("sovereign_rule_matches", "Rule matches", ["rule"], registry=r)
        self.entities = Counter("sovereign_findings", "Findings by entity type",
                                ["entity_type"], registry=r)
        self.detect_seconds = Histogram(
            "sovereign_detection_seconds", "Time to detect per request", registry=r,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.local_up = Gauge("sovereign_local_model_up", "Local model reachable (1) or not",
                              ["model"], registry=r)
        self.audit_entries = Gauge("sovereign_audit_entries", "Entries in the audit log",
                                   registry=r)
        self.llm_tunnels = Counter(
            "sovereign_llm_tunnels", "Connections to known LLM API hosts passed on unread, by "
            "the catalogue pattern they matched", ["known_as"], registry=r)
        self.checkpoint_age = Gauge("sovereign_audit_last_checkpoint_age_seconds",
                                    "Seconds since the last signed checkpoint", registry=r)

    def decision(self, action: str, provider: str, rules: Iterable[str],
                 entity_types: Iterable[str]) -> None:
        self.requests.labels(action, provider).inc()
        for rule in rules:
            self.rules.labels(rule).inc()
        for entity in entity_types:
            self.entities.labels(entity).inc()

    def detection(self, seconds: float) -> None:
        self.detect_seconds.observe(seconds)

    def llm_tunnel(self, known_as: str) -> None:
        self.llm_tunnels.labels(known_as).inc()

    def serve(self, host: str, port: int) -> None:
        start_http_server(port, addr=host, registry=self.registry)

    def watch(self, every_s: float, audit_size: Callable[[], int],
              audit_checkpoint_time: Callable[[], float],
              local_models: Callable[[], dict[str, bool]]) -> threading.Thread:
        """Refresh the gauges in the background (daemon thread)."""

        def loop() -> None:
            while True:
                self.audit_entries.set(audit_size())
                self.checkpoint_age.set(max(0.0, time.time() - audit_checkpoint_time()))
                for name, up in local_models().items():
                    self.local_up.labels(name).set(1 if up else 0)
                time.sleep(every_s)

        thread = threading.Thread(target=loop, name="metrics", daemon=True)
        thread.start()
        return thread
