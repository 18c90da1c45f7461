"""Values spread out so that no pattern matches them, though a model still reads them:

- one character at a time, between spaces or punctuation: "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
  "2 1 9 - 0 9 - 9 9 9 9", "j o h n @ e x a m p l e . c o m";
- groups of digits joined by signs no card, phone or ID pattern expects: "4111_1111_1111_1111",
  "4111/1111/1111/1111", "219|09|9999";
- groups of digits joined by what ID patterns do not expect between them, though people
  and documents write it: dots ("5555.5555.5555.4444"), tabs, line breaks, runs of spaces,
  typographic dashes, or a mix ("536\t22\t8726", "4111\n1111\n1111\n1111"); read with
  each joint as "-", the form the patterns expect. Not a dotted quad (an IP address), and
  only identifiers are reported from this reading: dates, times, phone numbers, addresses
  and names found in a list of numbers read this way are not;
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
from sovereign.detect.normalise import DASHES, unescape

MIN_ITEMS = 7  # the shortest value worth finding this way: a phone number without area code
MIN_GROUP_DIGITS = 9  # digit groups: as many digits as a US SSN, more than a date or a time
CONTEXT_BEFORE = 48  # characters of text read before the run, for its context words
CONTEXT_AFTER = 16

_SEP = r"(?:[ \t]{1,3}|[ \t]?[-._/|\u00b7*:][ \t]?)"
_ITEM = r"[A-Za-z0-9@+]"
CHARS = re.compile(rf"(?<![\w@+.]){_ITEM}(?:{_SEP}{_ITEM}){{{MIN_ITEMS - 1},}}(?![\w@])")
GROUPS = re.compile(r"(?<![\w.])\d{2,6}(?:[ \t]?[_/|\\\u00b7*:~][ \t]?\d{2,6}){2,}(?![\w])")
# joints of LOOSE: a dot or a dash of any kind (a space either side), or a run of whitespace
# (tabs, line breaks, several spaces); a run joined by single spaces and "-" only is left to
# the patterns, which read it as it is
_DASH = re.escape("-" + DASHES)
_JOINT = rf"(?:\s{{0,4}}[.{_DASH}]\s{{0,4}}|\s{{1,8}})"
LOOSE = re.compile(rf"(?<![\w.{_DASH}])\d{{2,6}}(?:{_JOINT}\d{{2,6}}){{2,5}}(?![\w]|[.{_DASH}]\d)")
LOOSE_JOINT = re.compile(_JOINT)
_PLAIN_JOINTS = re.compile(r"\d+(?:[ -]\d+)*")  # what the patterns read as it is
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
LOOSE_DIGITS = range(9, 20)  # an SSN's nine to a card number's nineteen
# what a list of numbers, dates or times read as one also is: not reported from LOOSE
NOT_FROM_LOOSE = frozenset({"DATE_TIME", "PHONE_NUMBER", "IP_ADDRESS", "MAC_ADDRESS",
                            "ZIP_CODE", "AGE", "UUID", "PERSON", "LOCATION", "ORGANIZATION",
                            "NRP", "STREET_ADDRESS"})
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


def _hidden(text: str, start: int, end: int, value: str, origin: list[int],
            ignore: frozenset[str] = frozenset(), ends: list[int] | None = None) -> Hidden:
    left = max(0, start - CONTEXT_BEFORE)
    right = min(len(text), end + CONTEXT_AFTER)
    before, after = text[left:start], text[end:right]
    return Hidden(start, end, before + value + after,
                  tuple(range(left, start)) + tuple(origin) + tuple(range(end, right)),
                  (len(before), len(before) + len(value)), ignore,
                  None if ends is None else
                  tuple(range(left + 1, start + 1)) + tuple(ends) + tuple(range(end + 1,
                                                                                right + 1)))


# -- other scripts and spellings ---------------------------------------------------------------

# an e-mail address with letters beyond ASCII (олу@клиника.рф): read with its domain in
# punycode (what the mail system uses) and the rest of its letters as "x", one for one
IDN_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")


def idn_emails(text: str) -> list[Hidden]:
    found: list[Hidden] = []
    if text.isascii() or "@" not in text:
        return found
    for m in IDN_EMAIL.finditer(text):
        if m.group().isascii():
            continue  # the patterns read it as it is
        at = m.group().index("@") + m.start()
        value = ["x" if not ch.isascii() else ch for ch in text[m.start() : at + 1]]
        origin = list(range(m.start(), at + 1))
        ends = [i + 1 for i in origin]
        label_at = at + 1
        for label in text[at + 1 : m.end()].split("."):
            try:
                ascii_label = label.encode("idna").decode("ascii") if label else ""
            except UnicodeError:
                ascii_label = ""
            if not ascii_label:
                break  # not a domain name IDNA can write
            if value[-1] != "@":
                value.append(".")
                origin.append(label_at - 1)
                ends.append(label_at)
            value.extend(ascii_label)
            if ascii_label == label:
                origin.extend(range(label_at, label_at + len(label)))
                ends.extend(range(label_at + 1, label_at + len(label) + 1))
            else:  # each character of the punycode stands for the whole label
                origin.extend([label_at] * len(ascii_label))
                ends.extend([label_at + len(label)] * len(ascii_label))
            label_at += len(label) + 1
        else:
            found.append(_hidden(text, m.start(), m.end(), "".join(value), origin,
                                 ends=ends))
    return found


def _dashed(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The run with each joint between its digit groups read as one "-"."""
    out: list[str] = []
    origin: list[int] = []
    at = start
    for m in LOOSE_JOINT.finditer(text, start, end):
        out.append(text[at : m.start()])
        origin.extend(range(at, m.start()))
        out.append("-")
        origin.append(m.start())
        at = m.end()
    out.append(text[at:end])
    origin.extend(range(at, end))
    return "".join(out), origin


def loose_groups(text: str) -> list[Hidden]:
    """Digit groups joined by dots, whitespace runs or dashes of any kind, read dashed. An
    escaped line break or tab ("\\n" in tool-call arguments) is the whitespace it stands for."""
    found: list[Hidden] = []
    text = unescape(text)  # same length: offsets hold
    for m in LOOSE.finditer(text):
        run = m.group()
        if _PLAIN_JOINTS.fullmatch(run) or _DOTTED_QUAD.fullmatch(run):
            continue  # read as it is already; an IP address
        if sum(ch.isdigit() for ch in run) not in LOOSE_DIGITS:
            continue
        value, origin = _dashed(text, m.start(), m.end())
        found.append(_hidden(text, m.start(), m.end(), value, origin, NOT_FROM_LOOSE))
    return found


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
    found.extend(loose_groups(text))
    found.extend(idn_emails(text))
    found.extend(spelled_numbers(text))
    if _WORDY_SIGN.search(text):
        for m in WORDY_EMAIL.finditer(text):
            if _WORDY_SIGN.search(m.group()):  # not "I work at example.com"
                value, origin = _wordy(text, m.start(), m.end())
                found.append(_hidden(text, m.start(), m.end(), value, origin))
    return found


# a number spelled out digit by digit in English words ("five three six, two two, eight seven
# two six"): read as its digits, a comma, dash or the word "dash" between groups as "-"
DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_WORD = "(?:" + "|".join(DIGIT_WORDS) + ")"
_WORD_SEP = r"(?:\s*(?:,|-|\u2013|\u2014|\bdash\b)\s*|\s+)"
SPELLED = re.compile(rf"\b{_WORD}(?:{_WORD_SEP}{_WORD}){{8,}}\b", re.IGNORECASE)
_SPELLED_TOKEN = re.compile(rf"\b{_WORD}\b|{_WORD_SEP}", re.IGNORECASE)


def spelled_numbers(text: str) -> list[Hidden]:
    found: list[Hidden] = []
    for m in SPELLED.finditer(text):
        value: list[str] = []
        origin: list[int] = []
        ends: list[int] = []
        for t in _SPELLED_TOKEN.finditer(text, m.start(), m.end()):
            token = t.group().strip().lower()
            if token in DIGIT_WORDS:
                value.append(DIGIT_WORDS[token])
            elif token:  # a comma, a dash, "dash": between groups
                value.append("-")
            else:
                continue  # spaces only: digits of one group
            origin.append(t.start())
            ends.append(t.end())
        found.append(_hidden(text, m.start(), m.end(), "".join(value), origin,
                             NOT_FROM_LOOSE, ends))
    return found
