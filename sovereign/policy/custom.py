"""Recognizers that security teams define in their rule packs (``recognizers:``): regexes and
deny lists (project code names, classification markings, export-control notices), context
words that raise the score, and an optional checksum.

Everything is compiled with RE2 (``policy/regexcheck.py``): linear time whatever the pattern,
so no timeout. ``PackRecognizers`` scans the text it is given; ``hardened_packs`` puts it
under the same evasion layers as the built-in detector (invisible characters, full-width and
look-alike letters, escapes, base64 blobs, spread-out values), whose spans map back to the
original text. Deny-list and context words are normalised the same way as the text, so a
word written with look-alikes in the pack still matches.

Word boundaries. RE2 has ``\\b`` but no look-around, and its ``\\b`` knows only ASCII word
characters. A deny-list or context word gets ``\\b`` at an end that is an ASCII letter, digit
or ``_``, and no boundary at any other end. So "BLUEBIRD" is not found inside "BLUEBIRDS",
but is found in "éBLUEBIRD" (a non-ASCII letter beside it counts as a boundary: more
findings, never fewer), and a word that begins or ends with a non-ASCII letter ("Ωmega",
"北京") is found inside longer words too (scripts written without spaces need that).

RE2 reads UTF-8: each text is encoded once, and byte offsets are mapped back to character
offsets (a lone surrogate from an escaped JSON string is read as U+FFFD, one character for
one, so offsets do not move).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import re2

from sovereign.detect.detector import Detector, Span
from sovereign.detect.normalise import normalise
from sovereign.policy.regexcheck import compile_regex
from sovereign.policy.schema import CustomRecognizer

CONTEXT_WINDOW = 60  # characters either side of a match searched for context words
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def as_detected(word: str) -> str:
    """*word* as detection reads it: normalised like the texts it is matched against."""
    return normalise(word)[0]


def word_regex(word: str) -> str:
    """An RE2 regex for *word* (already normalised): ``\\b`` at each ASCII-word end."""
    lead = "\\b" if word[0] in _ASCII_WORD else ""
    trail = "\\b" if word[-1] in _ASCII_WORD else ""
    escaped: str = re2.escape(word)
    return lead + escaped + trail


def words_regex(words: Sequence[str]) -> str | None:
    """One RE2 alternation of *words* (longest first, so a phrase wins over its first word);
    None when no word is left once normalised."""
    folded = sorted({w for w in map(as_detected, words) if w}, key=len, reverse=True)
    return "|".join(word_regex(w) for w in folded) if folded else None


def utf8(text: str) -> bytes:
    """*text* as RE2 reads it; lone surrogates become U+FFFD (one character for one)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


class CharOffsets:
    """Byte offsets of a text's UTF-8 to character offsets; linear over increasing offsets
    (it decodes only the bytes since the last offset asked for)."""

    __slots__ = ("_ascii", "_byte", "_char", "_data")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._ascii = data.isascii()
        self._byte = 0
        self._char = 0

    def __call__(self, offset: int) -> int:
        if self._ascii:
            return offset
        if offset < self._byte:
            self._byte = self._char = 0
        self._char += len(self._data[self._byte : offset].decode("utf-8"))
        self._byte = offset
        return self._char


@dataclass(frozen=True)
class _Compiled:
    entity: str
    patterns: tuple[tuple[Any, float], ...]  # RE2 programs over UTF-8, and their scores
    context: Any | None
    boost: float
    validator: str


def compile_recognizer(r: CustomRecognizer) -> _Compiled:
    """*r* compiled with RE2; raises RegexError (the loader has refused such packs)."""
    patterns = [(compile_regex(p.regex, r.case_sensitive), p.score) for p in r.patterns]
    if r.deny_list and (deny := words_regex(r.deny_list)) is not None:
        patterns.append((compile_regex(deny, r.case_sensitive), r.deny_list_score))
    context_source = words_regex(r.context) if r.context else None
    context = compile_regex(context_source) if context_source is not None else None
    return _Compiled(r.entity, tuple(patterns), context, r.context_boost, r.validator)


class PackRecognizers:
    """A detector made of the packs' own recognizers, on the text as given (see
    ``hardened_packs`` for the one the proxy runs)."""

    def __init__(self, recognizers: Sequence[CustomRecognizer]) -> None:
        self._compiled = [compile_recognizer(r) for r in recognizers]

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        return [self._scan_one(t) for t in texts]

    def _scan_one(self, text: str) -> list[Span]:
        out: list[Span] = []
        if not text:
            return out
        data = utf8(text)
        for rec in self._compiled:
            for program, score in rec.patterns:
                chars = CharOffsets(data)
                for m in program.finditer(data):
                    b0, b1 = m.span()
                    if b1 == b0:
                        continue
                    start, end = chars(b0), chars(b1)
                    if rec.validator == "luhn" and not luhn_ok(text[start:end]):
                        continue
                    s = score
                    if rec.context is not None:
                        window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
                        if rec.context.search(utf8(window)) is not None:
                            s = min(1.0, s + rec.boost)
                    out.append(Span(start, end, rec.entity, round(s, 4)))
        return out


def hardened_packs(packs: PackRecognizers) -> Detector:
    """*packs* under the evasion layers the built-in detector runs under (``hardened()``)."""
    from sovereign.detect.engine import hardened  # Presidio's module: imported when used

    return hardened(packs)


class CompositeDetector:
    """Findings of several detectors together."""

    def __init__(self, *parts: Detector) -> None:
        self._parts = parts

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        results = [p.scan(texts) for p in self._parts]
        return [[s for r in results for s in r[i]] for i in range(len(texts))]
