"""Values spread out so that no pattern matches them, though a model still reads them:

- one character at a time, between spaces or punctuation: "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
  "2 1 9 - 0 9 - 9 9 9 9", "j o h n @ e x a m p l e . c o m";
- groups of digits joined by signs no card, phone or ID pattern expects: "4111_1111_1111_1111",
  "4111/1111/1111/1111", "219|09|9999";
- an e-mail address written out: "john.doe [at] example [dot] com", "jane (at) corp (dot) org",
  "john dot doe at example dot com".

Each such run is read collapsed (separators dropped, "[at]" and "dot" read as "@" and ".")
with the words just before and after it, so context words still count ("my SSN is …"). A
finding on the collapsed value is mapped back character by character onto the run. Findings
on the surrounding words are left to the scan of the text itself.

A run of single characters must hold a digit or an "@" (a word spelled out letter by letter
is left to NER as written). It is read twice: without its spaces (keeps the dots of an e-mail
address), and without any separator (a card number written "4.1.1.1…"). Lists of single
letters or digits read collapsed are rarely anything, and then nothing is reported.
"""

from __future__ import annotations

import re

from sovereign.detect.embedded import Hidden

MIN_ITEMS = 7  # the shortest value worth finding this way: a phone number without area code
MIN_GROUP_DIGITS = 9  # digit groups: as many digits as a US SSN, more than a date or a time
CONTEXT_BEFORE = 48  # characters of text read before the run, for its context words
CONTEXT_AFTER = 16

_SEP = r"(?:[ \t]{1,3}|[ \t]?[-._/|\u00b7*:][ \t]?)"
_ITEM = r"[A-Za-z0-9@+]"
CHARS = re.compile(rf"(?<![\w@+.]){_ITEM}(?:{_SEP}{_ITEM}){{{MIN_ITEMS - 1},}}(?![\w@])")
GROUPS = re.compile(r"(?<![\w.])\d{2,6}(?:[ \t]?[_/|\\\u00b7*:~][ \t]?\d{2,6}){2,}(?![\w])")
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
WORDY_EMAIL = re.compile(rf"(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)+",
                         re.IGNORECASE)
_WORDY_SIGN = re.compile(r"[\[({<]\s*at\s*[\])}>]|\sdot\s", re.IGNORECASE)
_AT_OR_DOT = re.compile(rf"{_AT}|{_DOT}", re.IGNORECASE)
WHITESPACE = frozenset(" \t")
SEPARATORS = frozenset(" \t-._/|\u00b7*:\\~")


def _collapsed(text: str, start: int, end: int, drop: frozenset[str]) -> tuple[str, list[int]]:
    kept = [(i, text[i]) for i in range(start, end) if text[i] not in drop]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def _wordy(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The run with each written-out "at" and "dot" read as "@" and "."."""
    out: list[str] = []
    origin: list[int] = []
    at = start
    for m in _AT_OR_DOT.finditer(text, start, end):
        out.append(text[at : m.start()])
        origin.extend(range(at, m.start()))
        out.append("." if "dot" in m.group().lower() or m.group() == "." else "@")
        origin.append(m.start())
        at = m.end()
    out.append(text[at:end])
    origin.extend(range(at, end))
    return "".join(out), origin


def _hidden(text: str, start: int, end: int, value: str, origin: list[int]) -> Hidden:
    left = max(0, start - CONTEXT_BEFORE)
    right = min(len(text), end + CONTEXT_AFTER)
    before, after = text[left:start], text[end:right]
    return Hidden(start, end, before + value + after,
                  tuple(range(left, start)) + tuple(origin) + tuple(range(end, right)),
                  (len(before), len(before) + len(value)))


def spreads(text: str) -> list[Hidden]:
    """Every spread-out run of *text*, read collapsed (see the module docstring)."""
    found: list[Hidden] = []
    for m in CHARS.finditer(text):
        if not any(ch.isdigit() or ch == "@" for ch in m.group()):
            continue  # letters only: a word spelled out, not a value a pattern would find
        variants = dict([_collapsed(text, m.start(), m.end(), WHITESPACE),
                         _collapsed(text, m.start(), m.end(), SEPARATORS)])
        for value, origin in variants.items():
            if value != m.group():
                found.append(_hidden(text, m.start(), m.end(), value, origin))
    for m in GROUPS.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= MIN_GROUP_DIGITS:
            value, origin = _collapsed(text, m.start(), m.end(), SEPARATORS)
            found.append(_hidden(text, m.start(), m.end(), value, origin))
    if _WORDY_SIGN.search(text):
        for m in WORDY_EMAIL.finditer(text):
            if _WORDY_SIGN.search(m.group()):  # not "I work at example.com"
                value, origin = _wordy(text, m.start(), m.end())
                found.append(_hidden(text, m.start(), m.end(), value, origin))
    return found
