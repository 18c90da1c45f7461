"""Hot reload of rule packs: the running proxy picks up changed files. A set that does not
load is rejected, its errors logged, and the previous set stays in force — there is never a
moment without rules."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import structlog

from sovereign import yamlsrc
from sovereign.policy.loader import RuleSet, load_rules, pack_files

log = structlog.get_logger("sovereign.rules")


def _signature(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for path in pack_files(paths):
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(sorted(out))


class RuleWatcher:
    def __init__(self, paths: list[Path], apply: Callable[[RuleSet], None],
                 interval_s: float = 2.0) -> None:
        self._paths = paths
        self._apply = apply
        self._interval = interval_s
        self._seen = _signature(paths)
        self._stop = threading.Event()

    def check(self) -> bool | None:
        """Reload if anything changed: True applied, False rejected, None nothing to do."""
        signature = _signature(self._paths)
        if signature == self._seen:
            return None
        self._seen = signature
        try:
            rules = load_rules(self._paths)
        except yamlsrc.SourceErrors as exc:
            log.error("rules_reload_rejected", problems=[str(e) for e in exc.errors],
                      count=len(exc.errors))
            return False
        self._apply(rules)
        log.warning("rules_reloaded", rule_files=len(rules.packs))
        return True

    def start(self) -> threading.Thread:
        def loop() -> None:
            while not self._stop.wait(self._interval):
                try:
                    self.check()
                except Exception as exc:  # noqa: BLE001 - keep the old rules, keep watching
                    log.error("rules_reload_failed", error=type(exc).__name__)

        thread = threading.Thread(target=loop, name="rules-watcher", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
