"""Checks on the regular expressions a rule pack brings: they must compile, must not match the
empty string (they would flag every position), and must not backtrack catastrophically on
adversarial input (a prompt is attacker-controlled: ``(a+)+$`` would stall the proxy).

Backtracking is measured with Python's own engine, the one that will run the pattern: on
growing runs of a character that fail at the end, a well-behaved pattern's time grows about
linearly; a catastrophic one's doubles per character. Lengths stay small so a bad pattern
costs at most a fraction of a second to expose.
"""

from __future__ import annotations

import re
import time

LENGTHS = (8, 12, 16, 20)
BUDGET_S = 0.02  # a 20-character probe taking longer than this is not linear
GROWTH = 6.0  # time ratio between consecutive lengths that betrays exponential work


def _probe_chars(pattern: str) -> list[str]:
    return sorted({c for c in pattern if c.isalnum()} | {"a", "1", " ", "x", ".", "@", "-"})


def _catastrophic(compiled: re.Pattern[str], char: str) -> bool:
    previous = 0.0
    for n in LENGTHS:
        probe = char * n + "\x00"
        start = time.perf_counter()
        compiled.search(probe)
        elapsed = time.perf_counter() - start
        if elapsed > BUDGET_S or (previous > 2e-4 and elapsed / previous > GROWTH):
            return True
        previous = elapsed
    return False


def regex_problems(pattern: str, case_sensitive: bool = False) -> list[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:
        return [f"invalid regex: {exc.msg} (at position {exc.pos})"]
    problems = []
    if compiled.search("") is not None:
        problems.append("regex matches the empty string: it would flag every position")
    for char in _probe_chars(pattern):
        if _catastrophic(compiled, char):
            problems.append("regex backtracks catastrophically (nested or overlapping "
                            f"quantifiers): its time explodes on runs of '{char}'")
            break
    return problems
