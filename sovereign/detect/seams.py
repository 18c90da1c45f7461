"""Values split across the parts of a request: "SSN 536-" | "22" | "-8726" in three content
parts, or '{"ssn": "536-22"}' | '{"rest": "-8726"}' in two tool calls' arguments.

A model reads the parts of a request as one text, so the proxy reads across their seams too.
At every boundary between two parts, a window of WINDOW characters either side is scanned as
one short text; a side that runs out of a short part goes on into the part before (or after)
it, over as many parts as it takes (any number of parts, up to MAX_PARTS a side). A part
that is a JSON document (tool-call arguments, JSON inside a string) joins its neighbours
inside its string values: its closing quote and braces are left out at its end, its opening
brace, key and quote at its start. Where a join would run a letter into a digit ("number" |
"4111"), or, at a JSON document's edge, a letter into any word character, a space is read
between the two: digits split over tool calls join, words do not.

The windows are read over two chains of parts: every part in order, and the parts without
the short single words that formats put between values (a tool call's name between two
calls' arguments). A finding of a window that runs over two or more parts is reported on
each part, over the characters it covers there; one inside a single part is that part's own
scan's to report. The windows' NER guesses are noise and are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sovereign.detect.detector import Span

WINDOW = 48  # characters each side of a boundary scanned together
MAX_PARTS = 48  # parts a side a window runs over, at most (bounded work per boundary)
NAME_CHARS = 64  # a part this short, one word without a digit, is a name between values
# NER guesses on text glued across a seam are noise; split values that matter are patterns
NER_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"})

_JSON_HEAD = re.compile(r'\s*[\[{]\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*)?"')
_JSON_TAIL = re.compile(r'"\s*[}\]][\s}\]]*\Z')
_NAME = re.compile(rf"[^\s\d]{{1,{NAME_CHARS}}}")


@dataclass(frozen=True, slots=True)
class Piece:
    """Characters [start, end) of part *part*, at offset *at* of a window."""

    part: int
    start: int
    end: int
    at: int


@dataclass(frozen=True, slots=True)
class Window:
    text: str
    pieces: tuple[Piece, ...]

    def cover(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The window's span [start, end) as (part, start, end) in each part it covers."""
        out: list[tuple[int, int, int]] = []
        for p in self.pieces:
            lo, hi = max(start, p.at), min(end, p.at + p.end - p.start)
            if lo < hi:
                out.append((p.part, p.start + lo - p.at, p.start + hi - p.at))
        return out


def view(text: str) -> tuple[int, int]:
    """The range of *text* that runs on into its neighbours: all of it, or for a JSON
    document the range from its first string value's start to its last one's end."""
    lo, hi = 0, len(text)
    if text.lstrip()[:1] in ("{", "["):
        if m := _JSON_HEAD.match(text):
            lo = m.end()
        if (m := _JSON_TAIL.search(text)) and m.start() >= lo:
            hi = m.start()
    return lo, hi


def _side(chain: Sequence[int], views: Sequence[tuple[int, int]], k: int,
          step: int) -> list[tuple[int, int, int]]:
    """(part, start, end) pieces from chain[k] going *step* (-1: back, 1: on), WINDOW chars."""
    need, out = WINDOW, list[tuple[int, int, int]]()
    j = k
    while 0 <= j < len(chain) and need > 0 and len(out) < MAX_PARTS:
        lo, hi = views[chain[j]]
        a, b = (max(lo, hi - need), hi) if step < 0 else (lo, min(hi, lo + need))
        out.append((chain[j], a, b))
        need -= b - a
        if (a > lo) if step < 0 else (b < hi):
            break  # the window ends inside this part
        j += step
    return out[::-1] if step < 0 else out


def _glued(left: str, right: str, structured: bool) -> bool:
    """Whether a join would run two words into one: a letter into a digit or a digit into a
    letter; and where a JSON document's strings meet, any letter into a word character (their
    quotes and braces stood between them: 'example.com"}' | '{"who": "John')."""
    if structured and ((left.isalpha() and (right.isalnum() or right == "_"))
                       or (right.isalpha() and (left.isalnum() or left == "_"))):
        return True
    return (left.isalpha() and right.isdigit()) or (left.isdigit() and right.isalpha())


def _windows(texts: Sequence[str], chain: Sequence[int],
             views: Sequence[tuple[int, int]]) -> list[Window]:
    windows = []
    for k in range(len(chain) - 1):
        pieces: list[Piece] = []
        parts: list[str] = []
        at = 0
        last_structured = False
        for part, a, b in _side(chain, views, k, -1) + _side(chain, views, k + 1, 1):
            if a == b:
                continue
            piece = texts[part][a:b]
            structured = views[part] != (0, len(texts[part]))
            if parts and _glued(parts[-1][-1], piece[0], structured or last_structured):
                parts.append(" ")  # "number" | "4111": words of two parts, not one
                at += 1
            last_structured = structured
            pieces.append(Piece(part, a, b, at))
            parts.append(piece)
            at += b - a
        windows.append(Window("".join(parts), tuple(pieces)))
    return windows


def windows(texts: Sequence[str]) -> list[Window]:
    """The seam windows of *texts* (the parts of one request, in order)."""
    views = [view(t) for t in texts]
    every = list(range(len(texts)))
    found = _windows(texts, every, views)
    valued = [i for i in every if not _NAME.fullmatch(texts[i])]
    if len(valued) != len(every):
        found += _windows(texts, valued, views)
    return found


def across(window: Window, spans: Sequence[Span]) -> list[tuple[int, int, int, Span]]:
    """The window's findings that run over two or more parts: (part, start, end, span) for
    each part they cover."""
    out: list[tuple[int, int, int, Span]] = []
    for s in spans:
        if s.entity_type in NER_TYPES:
            continue
        covered = window.cover(s.start, s.end)
        if len({part for part, _, _ in covered}) > 1:
            out.extend((part, a, b, s) for part, a, b in covered)
    return out
