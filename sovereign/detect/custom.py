"""Recognizers that security teams define in their rule packs (``recognizers:``): regexes and
deny lists (project code names, classification markings, export-control notices), context
words that raise the score, and an optional checksum. Plain ``re`` on the text as it is (the
normalising layer around the detector has already folded look-alikes and invisibles)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sovereign.detect.detector import Detector, Span
from sovereign.policy.schema import CustomRecognizer

CONTEXT_WINDOW = 60  # characters either side of a match searched for context words


def luhn_ok(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class _Compiled:
    entity: str
    patterns: tuple[tuple[re.Pattern[str], float], ...]
    context: re.Pattern[str] | None
    boost: float
    validator: str


def compile_recognizer(r: CustomRecognizer) -> _Compiled:
    flags = 0 if r.case_sensitive else re.IGNORECASE
    patterns = [(re.compile(p.regex, flags), p.score) for p in r.patterns]
    if r.deny_list:
        words = sorted(r.deny_list, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        patterns.append((re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", flags),
                         r.deny_list_score))
    context = (re.compile("|".join(rf"\b{re.escape(w)}\b" for w in r.context), re.IGNORECASE)
               if r.context else None)
    return _Compiled(r.entity, tuple(patterns), context, r.context_boost, r.validator)


class PackRecognizers:
    """A detector made of the packs' own recognizers."""

    def __init__(self, recognizers: Sequence[CustomRecognizer]) -> None:
        self._compiled = [compile_recognizer(r) for r in recognizers]

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        return [self._scan_one(t) for t in texts]

    def _scan_one(self, text: str) -> list[Span]:
        out = []
        for rec in self._compiled:
            for pattern, score in rec.patterns:
                for m in pattern.finditer(text):
                    if m.end() == m.start():
                        continue
                    if rec.validator == "luhn" and not luhn_ok(m.group(0)):
                        continue
                    s = score
                    if rec.context is not None:
                        window = text[max(0, m.start() - CONTEXT_WINDOW) : m.end()
                                      + CONTEXT_WINDOW]
                        if rec.context.search(window):
                            s = min(1.0, s + rec.boost)
                    out.append(Span(m.start(), m.end(), rec.entity, round(s, 4)))
        return out


class CompositeDetector:
    """Findings of several detectors together."""

    def __init__(self, *parts: Detector) -> None:
        self._parts = parts

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        results = [p.scan(texts) for p in self._parts]
        return [[s for r in results for s in r[i]] for i in range(len(texts))]
