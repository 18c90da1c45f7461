"""Operational logging with structlog: JSON in production, console on a terminal.

Log lines carry only allow-listed keys (ids, counts, actions, codes). Anything else a caller
passes is replaced by ``[scrubbed]``, and messages from other libraries (mitmproxy) have query
strings and token-like strings masked: no prompt, header value, key or detected value is written.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

SAFE_KEYS = frozenset({
    "event", "level", "timestamp", "logger", "decision", "action", "provider", "rules",
    "findings", "code", "status", "error", "listen", "ca", "modes", "count", "latency_ms",
    "hosts", "rule_files", "models", "audit_dir", "origin", "local_model", "exc_type",
    "problems",  # rule-file errors (file:line:column: message): configuration, not traffic
})
_QUERY = re.compile(r"\?\S*")
_TOKENISH = re.compile(r"[A-Za-z0-9_\-+/=.]{24,}")


def scrub_keys(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: values of keys not on the allow-list are replaced."""
    for key in list(event_dict):
        if key not in SAFE_KEYS:
            event_dict[key] = "[scrubbed]"
    return event_dict


def mask_message(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor for foreign (stdlib) records: mask query strings and token-like runs."""
    event = event_dict.get("event")
    if isinstance(event, str):
        event_dict["event"] = _TOKENISH.sub("[masked]", _QUERY.sub("?[masked]", event))
    return event_dict


def configure(fmt: str = "auto", level: str = "info") -> None:
    json_out = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    renderer: Any = (structlog.processors.JSONRenderer() if json_out
                     else structlog.dev.ConsoleRenderer(colors=False))
    shared: list[Any] = [
        structlog.stdlib.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[structlog.stdlib.filter_by_level, *shared, scrub_keys,
                    structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared, structlog.stdlib.ExtraAdder(), mask_message, scrub_keys],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # hpack logs decoded header values at debug level (a header may hold anything)
    for noisy in ("mitmproxy", "tldextract", "httpx", "filelock", "hpack", "h2"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # Presidio warns about every recognizer of a language we do not load.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
