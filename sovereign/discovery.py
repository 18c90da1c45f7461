"""No silent pass-through: what the proxy does with LLM traffic it does not read.

With ``unknown_llm_hosts: record`` (the default) only catalogued hosts are intercepted; every
other connection is passed on as raw TLS, and one to a host known to be an LLM API that the
catalogue does not read (providers/catalogue.py: UNCOVERED_LLM_HOSTS) is made visible: a
warning log line, a metric (``sovereign_llm_tunnels``) and an audit record (``llm_tunnel``).
With ``inspect`` every connection is intercepted and a request to any host whose body reads
as an LLM call is decided by the rules like a catalogued one (pipeline: discovered calls;
providers/discover.py says what reads as one).
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterable

import structlog

from sovereign.audit.records import TunnelRecord
from sovereign.audit.writer import AuditSink
from sovereign.metrics import MetricsSink
from sovereign.providers.catalogue import uncovered_llm_host

log = structlog.get_logger("sovereign.discovery")

RECORD = "record"
INSPECT = "inspect"
MODES = (RECORD, INSPECT)


class TunnelWatch:
    """Told of every connection passed on unread (its normalised host names); records those
    to known LLM API hosts. Never blocks: the audit record is queued, its failure logged."""

    def __init__(self, audit: AuditSink, metrics: MetricsSink) -> None:
        self._audit = audit
        self._metrics = metrics

    def tunnelled(self, names: Iterable[str]) -> str | None:
        """Record the first of *names* that is a known LLM API host; its pattern, or None."""
        for name in names:
            known = uncovered_llm_host(name)
            if known is None:
                continue
            log.warning("llm_tunnel_not_intercepted", host=name, known_as=known,
                        code="uncovered_llm_host")
            self._metrics.llm_tunnel(known)
            self._audit.submit(TunnelRecord(name, known).to_json()).add_done_callback(
                _log_failure)
            return known
        return None


def _log_failure(durable: concurrent.futures.Future[int]) -> None:
    if (exc := durable.exception()) is not None:
        log.error("audit_failed", record="llm_tunnel", error=type(exc).__name__)
