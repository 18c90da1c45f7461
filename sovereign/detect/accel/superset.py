"""An RE2 pattern that matches wherever a recognizer's regular expression could.

Presidio runs about 120 patterns with the backtracking ``regex`` engine, each over the whole
text, though on most texts most of them find nothing: a third of detection time, and most of
a chat turn's. RE2 answers "can this match anywhere?" in one linear pass. ``superset`` turns
a pattern into one RE2 accepts that matches at least every string the original matches, so
a text where the RE2 pattern finds nothing cannot hold a match and the original need not run;
where it does find something, the original runs as before and gives the findings.

How each part is widened (only ever widened, never narrowed):
- characters: ASCII ones as written, under case folding with their other case and the
  characters beyond ASCII the ``regex`` module itself folds them with (``ascii_folds``: the
  Kelvin sign with "k", the long s with "s", the Turkish dotted and dotless i), asked of the
  installed module, not written down, so the answer does not depend on the two engines'
  Unicode tables; any other character becomes "any character above U+007F";
- classes: their ASCII part exactly (``\\p{..}`` and ``\\d``, ``\\w``, ``\\s`` as the ``regex``
  module itself classifies ASCII, and under folding as characters are), plus everything above
  U+007F where the class has a member there; a negated class, or a class with a non-ASCII
  member under case folding, becomes any character;
- look-arounds, anchors and word boundaries are dropped, except that a leading look-behind
  becomes text that must come right before the match and a trailing look-ahead text that
  must come right after (both are in the string the original searches);
- back-references become any run of characters; lazy, possessive and atomic forms become
  plain greedy ones;
- a counted repetition whose counts span more than WIDE_COUNT (``{0,48}``) becomes unbounded
  (``{0,}``): RE2's DFA would otherwise keep a state for each count.

Anything else (a construct the standard library's parser reads differently from ``regex``,
a lower count above RE2's 1000, flags beyond i/m/s/x/u) gives no superset, and the
pattern simply always runs. Patterns are read with ``re._parser``; tests check the superset
matches every match of every pattern the engine runs.
"""

from __future__ import annotations

import array
import functools
import re
import re._constants as sre  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
import sys
import warnings
from collections.abc import Iterable
from typing import Any

import regex

HIGH = "\\x{80}-\\x{10FFFF}"  # every character above ASCII, inside a class
ANY = "[\\x{0}-\\x{10FFFF}]"
MAX_COUNT = 1000  # RE2's largest counted repetition
# a repetition whose counts span more than this is made unbounded: "[^.]{0,48}" before a word
# list makes RE2's DFA track every start within 48 characters as states of their own, which
# on new text it builds again and again; "[^.]*" matches all that and more, in a few states
WIDE_COUNT = 8
# flags both engines read alike; regex's own (VERSION1, FULLCASE, WORD, BESTMATCH...) are not
KNOWN_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# the ASCII members of \d, \w and \s (\s includes the file, group, record and unit separators)
CATEGORY_ASCII = {sre.CATEGORY_DIGIT: "0-9", sre.CATEGORY_WORD: "0-9A-Z_a-z",
                  sre.CATEGORY_SPACE: "\t-\r\x1c- "}
PROPERTY = re.compile(r"\\([pP])(?:\{([^}]*)\}|([A-Z]))")


class Unsupported(Exception):
    """The pattern holds something the superset cannot be sure to cover."""


@functools.cache
def ascii_folds() -> tuple[tuple[int, ...], ...]:
    """For each ASCII character, the other characters the ``regex`` module matches it with
    under IGNORECASE (version 0: simple case folding): its other case, and the few beyond
    ASCII ("k" and the Kelvin sign U+212A, "s" and the long s U+017F, "i" and U+0130...).
    Asked of the installed module: every character above ASCII is searched once for one that
    matches an ASCII character as a literal or in a class, and each one found is tried
    against each ASCII character both ways (about 0.1 s, once per process)."""
    codes = array.array("I", range(0x80, 0x110000))
    del codes[0xD800 - 0x80:0xE000 - 0x80]  # surrogates are no characters
    high = codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
    as_literal = regex.compile("|".join(regex.escape(chr(c)) for c in range(0x80)),
                               regex.IGNORECASE)
    as_member = regex.compile("[\\x00-\\x7f]", regex.IGNORECASE)  # apart: together, 3 s
    found = {m.group() for pattern in (as_literal, as_member) for m in pattern.finditer(high)}
    found |= {chr(c) for c in range(0x80)}
    folds: list[tuple[int, ...]] = []
    for code in range(0x80):
        literal = regex.compile(regex.escape(chr(code)), regex.IGNORECASE)
        member = regex.compile("[" + regex.escape(chr(code)) + "]", regex.IGNORECASE)
        folds.append(tuple(sorted(ord(other) for other in found if other != chr(code)
                                  and (literal.fullmatch(other) or member.fullmatch(other)))))
    return tuple(folds)


def _x(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _class_ranges(spec: str) -> str:
    """'0-9A-Z_a-z' (the CATEGORY_ASCII notation) in RE2 class syntax."""
    out, i = [], 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.append(_x(ord(spec[i])) + "-" + _x(ord(spec[i + 2])))
            i += 3
        else:
            out.append(_x(ord(spec[i])))
            i += 1
    return "".join(out)


@functools.cache
def _property_ascii(name: str, negated: bool) -> str:
    """The ASCII characters the regex module puts in \\p{name} (or \\P{name}), as class
    members in Python syntax, plus everything above ASCII."""
    prop = regex.compile(("\\P" if negated else "\\p") + "{" + name + "}")
    return "".join(f"\\x{c:02x}" for c in range(128) if prop.match(chr(c))) + "\\u0080-\\U0010ffff"


def _without_properties(pattern: str) -> str:
    """*pattern* with each \\p{..} replaced by its ASCII members and everything above
    ASCII, inside a class or out, so that the standard library's parser reads it."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            prop = PROPERTY.match(pattern, i)
            if prop:
                members = _property_ascii(prop.group(2) or prop.group(3), prop.group(1) == "P")
                out.append(members if in_class else f"[{members}]")
                i = prop.end()
            else:
                out.append(pattern[i:i + 2])
                i += 2
            continue
        if in_class and char == "[" and pattern[i + 1:i + 2] in (":", "=", "."):
            raise Unsupported("a POSIX class")  # regex reads [[:alpha:]]; re reads brackets
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            i += 1
            for lead in ("^", "]"):  # a leading ']' is a member, not the end
                if pattern[i:i + 1] == lead:
                    out.append(lead)
                    i += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


def _class(items: Iterable[tuple[Any, Any]], fold: bool) -> str:
    """A positive class's members, widened; ANY where that cannot be done."""
    members, high = [], False
    for op, arg in items:
        if op is sre.LITERAL:
            low, up = arg, arg
        elif op is sre.RANGE:
            low, up = arg
        elif op is sre.CATEGORY and arg in CATEGORY_ASCII:
            members.append(_class_ranges(CATEGORY_ASCII[arg]))
            high = True
            continue
        else:  # NEGATE, a negated category, anything newer
            return ANY
        if up > 0x7F:
            if fold:
                return ANY  # folding may reach ASCII from here (Kelvin sign to 'k')
            high = True
        if low <= 0x7F:
            top = min(up, 0x7F)
            members.append(_x(low) if low == top else _x(low) + "-" + _x(top))
            if fold:
                folds = ascii_folds()
                members.extend(_x(other) for c in range(low, top + 1) for other in folds[c])
    return "[" + "".join(members) + (HIGH if high else "") + "]"


def _item(op: Any, arg: Any, flags: int) -> str:
    fold = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        if arg == ord("{"):
            raise Unsupported("a literal '{'")  # regex's fuzzy matching ({e<=1}) reads so in re
        return _class([(op, arg)], fold) if fold or arg > 0x7F else _x(arg)
    if op in (sre.NOT_LITERAL, sre.ANY):
        return ANY
    if op is sre.IN:
        return _class(arg, fold)
    if op is sre.SUBPATTERN:
        _, add, remove, inner = arg
        return "(?:" + _sequence(inner, (flags | add) & ~remove) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = arg
        body = "(?:" + _sequence(inner, flags) + ")"
        if low > MAX_COUNT:
            raise Unsupported("a repetition count above RE2's 1000")
        if high == sre.MAXREPEAT or high - low > WIDE_COUNT:
            return body + ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}")
        return body + f"{{{low},{high}}}"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _sequence(arg, flags) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch, flags) for branch in arg[1]) + ")"
    if op in ZERO_WIDTH:
        return ""
    if op is sre.GROUPREF:
        return ANY + "*"
    raise Unsupported(f"the construct {op}")


def _sequence(items: Iterable[tuple[Any, Any]], flags: int) -> str:
    return "".join(_item(op, arg, flags) for op, arg in items)


def _edge(items: list[tuple[Any, Any]], flags: int, start: bool, end: bool) -> str:
    """A sequence nothing precedes (*start*) or follows (*end*) in the whole match: its
    longest leading look-behind is text right before the match (they all end where the match
    starts; a one-character guard before a long cue says least), its first trailing
    look-ahead text right after; a group or alternation standing first or last is read the
    same way."""
    consuming = [i for i, (op, _) in enumerate(items) if op not in ZERO_WIDTH]
    first = consuming[0] if consuming else len(items)
    last = consuming[-1] if consuming else -1
    behind = {i: _sequence(arg[1], flags) for i, (op, arg) in enumerate(items[:first])
              if start and op is sre.ASSERT and arg[0] < 0}
    before = max(behind, key=lambda i: len(behind[i])) if behind else -1
    out: list[str] = []
    for i, (op, arg) in enumerate(items):
        if i in behind:
            if i == before:  # the others end at the same place: not also before it
                out.append("(?:" + behind[i] + ")")
            continue
        if end and i > last and op is sre.ASSERT and arg[0] > 0:
            out.append("(?:" + _sequence(arg[1], flags) + ")")
            end = False
            continue
        at_start, at_end = start and i == first, end and i == last
        if (at_start or at_end) and op is sre.SUBPATTERN:
            _, add, remove, inner = arg
            out.append("(?:" + _edge(list(inner), (flags | add) & ~remove, at_start, at_end)
                       + ")")
        elif (at_start or at_end) and op is sre.BRANCH:
            out.append("(?:" + "|".join(_edge(list(b), flags, at_start, at_end)
                                        for b in arg[1]) + ")")
        else:
            out.append(_item(op, arg, flags))
    return "".join(out)


def superset(pattern: str, flags: int) -> str | None:
    """RE2 syntax for a pattern matching at least wherever *pattern* (compiled by the regex
    module with *flags*) matches; None when that cannot be made sure of."""
    if int(flags) & ~KNOWN_FLAGS:  # as ints: ~ of a flag enum drops the regex module's bits
        return None
    if regex.DEFAULT_VERSION != regex.VERSION0:
        return None  # version 1 reads set operations and folds case in full
    try:
        source = _without_properties(pattern)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # re's FutureWarning about possible set syntax
            parsed = sre_parse.parse(source, int(flags) & ~int(re.UNICODE))
        if int(parsed.state.flags) & ~KNOWN_FLAGS:
            return None
        return _edge(list(parsed), parsed.state.flags, True, True)
    except (Unsupported, re.error, regex.error, RecursionError, ValueError, OverflowError):
        return None
