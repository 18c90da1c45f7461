"""The characters a regular expression cannot match without.

A match of ``\\d{3}-\\d{2}-\\d{4}`` holds a "-"; a match of ``(?<=[0-9])km$`` has a digit
before it. For a pattern, ``required`` finds a set of characters at least one of which every
match consumes or looks at, taking from each sequence its smallest such set (a literal
"." over a class of letters). A string holding none of them cannot match, so the expensive
search need not run: one search for a character class, in C, answers it.

Only what is certain counts: a part that may match empty, a negated class, a class by
category, a back-reference, a negative look-around or case-insensitive matching gives no
set, and a pattern the parser does not know gives none at all (the search then always
runs). The answer is therefore the same with or without the check; tests compare them.

Patterns are read with the standard library's own parser (``re._parser``), so this serves
patterns compiled by ``re``.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
from collections.abc import Callable, Iterable, Sequence
from typing import Any

Ranges = tuple[tuple[int, int], ...]  # sorted, disjoint [low, high] code point ranges


def merged(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        if out and low <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return tuple(out)


def size(ranges: Ranges) -> int:
    return sum(high - low + 1 for low, high in ranges)


def _class(items: Sequence[tuple[Any, Any]]) -> Ranges | None:
    ranges = []
    for op, arg in items:
        if op is sre.LITERAL:
            ranges.append((arg, arg))
        elif op is sre.RANGE:
            ranges.append(arg)
        else:  # NEGATE, CATEGORY (\d, \w: Unicode-wide), anything newer
            return None
    return merged(ranges)


def _sequence(items: Iterable[tuple[Any, Any]], flags: int) -> Ranges | None:
    """The smallest set among the parts every match of the sequence passes through."""
    best: Ranges | None = None
    for op, arg in items:
        found = _item(op, arg, flags)
        if found is not None and (best is None or size(found) < size(best)):
            best = found
    return best


def _item(op: Any, arg: Any, flags: int) -> Ranges | None:
    if flags & re.IGNORECASE:
        return None  # case folding reaches characters the pattern does not spell out
    if op is sre.LITERAL:
        return ((arg, arg),)
    if op is sre.IN:
        return _class(arg)
    if op is sre.SUBPATTERN:
        _, add, remove, inner = arg
        return _sequence(inner, (flags | add) & ~remove)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = arg
        return _sequence(inner, flags) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg, flags)
    if op is sre.BRANCH:
        alternatives = [_sequence(branch, flags) for branch in arg[1]]
        if any(a is None for a in alternatives):
            return None
        return merged(r for a in alternatives if a is not None for r in a)
    if op is sre.ASSERT:  # a look-ahead or look-behind that must hold reads the string too
        return _sequence(arg[1], flags)
    return None  # anchors, negative look-arounds, back-references: no character certain


def required(pattern: re.Pattern[str]) -> Ranges | None:
    """Characters one of which every match of *pattern* consumes or looks at; None when no
    such set is certain."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    return _sequence(parsed, parsed.state.flags)


def char_class(ranges: Ranges) -> re.Pattern[str]:
    """One search for any character of *ranges*, or any character above U+00FF when some of
    *ranges* lie there: the engine tests a Latin-1 bitmap per character, where a long list
    of ranges was a third as fast as the search it guards. A check that says "maybe" more
    often than needed is still exact."""
    low = [(a, min(b, 0xFF)) for a, b in ranges if a <= 0xFF]
    high = "\\u0100-\\U0010ffff" if ranges and ranges[-1][1] > 0xFF else ""
    return re.compile("[" + "".join(f"\\x{a:02x}" if a == b else f"\\x{a:02x}-\\x{b:02x}"
                                    for a, b in low) + high + "]")


def guarded[T](method: Callable[[str], T], empty: T) -> Callable[[str], T]:
    """*method* (a bound ``search``, ``match``, ``fullmatch`` or ``finditer`` of a compiled
    pattern) answering *empty* at once for a string that lacks every character the pattern
    requires; *method* itself where no set is certain."""
    pattern = getattr(method, "__self__", None)
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return method
    ranges = required(pattern)
    if ranges is None:
        return method
    sign = char_class(ranges).search

    def check(text: str) -> T:
        return method(text) if sign(text) else empty

    return check
