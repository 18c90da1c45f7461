"""The regular expressions of rule packs, compiled with RE2 (the ``google-re2`` package).

RE2 runs in time linear in the text whatever the pattern, so a pattern in a pack cannot stall
the proxy on an adversarial prompt (``(a+)+$`` is as cheap as ``a+$``): there is no timeout
and no backtracking probe. What RE2 cannot run (look-around, back-references, atomic groups,
possessive quantifiers, conditionals) is refused when the pack is loaded, with what to write
instead. A pattern must also not match the empty string (it would flag every position).

Syntax is RE2's (https://github.com/google/re2/wiki/Syntax), read against the text as
detection sees it: normalised (NFKC, look-alike Cyrillic and Greek letters read as Latin,
invisible characters dropped, escapes decoded). Where it differs from Python's ``re``:
``\\d`` is any decimal digit in any script, as in Python (it is rewritten ``\\p{Nd}``);
``\\w``, ``\\s`` and ``\\b`` are ASCII-only (write ``\\pL``, ``\\pN`` for other scripts);
the end of the text is ``\\z`` (Python's ``\\Z``). Texts are given to RE2 as UTF-8 and
offsets are mapped back to characters, so ``\\C`` (one byte) is refused.
"""

from __future__ import annotations

import re
from typing import Any

import re2

from sovereign.detect.normalise import fold

MAX_MEM = 64 << 20  # bytes per compiled program (large deny lists)

# RE2's error, by the fragment it names → what to write instead
HINTS: tuple[tuple[str, str], ...] = (
    ("(?<=", "RE2 does not support look-behind (?<=…); rewrite without it (match the text "
             "before as part of the pattern)"),
    ("(?<!", "RE2 does not support negative look-behind (?<!…); rewrite without it (\\b, a "
             "character class, or context words)"),
    ("(?=", "RE2 does not support look-ahead (?=…); rewrite without it (match the text after "
            "as part of the pattern)"),
    ("(?!", "RE2 does not support negative look-ahead (?!…); rewrite without it (\\b or a "
            "character class)"),
    ("(?P=", "RE2 does not support back-references ((?P=name)); write the alternatives out"),
    ("(?>", "RE2 does not support atomic groups (?>…); use (?:…) (RE2 never backtracks)"),
    ("(?(", "RE2 does not support conditionals (?(…)…|…); write the alternatives out"),
    ("(?#", "RE2 does not support comments (?#…); remove it"),
    ("\\Z", "RE2 writes the end of the text as \\z; replace \\Z with \\z"),
    ("\\u", "RE2 writes a code point as \\x{…}; replace \\uXXXX with \\x{XXXX}"),
    ("\\U", "RE2 writes a code point as \\x{…}; replace \\UXXXXXXXX with \\x{XXXXXX}"),
    ("\\N", "RE2 does not support \\N{name}; write the character itself or \\x{…}"),
)
BACKREF = "RE2 does not support back-references (\\1 …); write the alternatives out"
POSSESSIVE = ("RE2 does not support possessive quantifiers (*+, ++, ?+); drop the second "
              "operator (RE2 never backtracks)")
FLAGS = "RE2 supports the flags i, m, s and U only; remove the others"


class RegexError(ValueError):
    """A pack's regex that RE2 will not run; the message says what to change."""


def _options(case_sensitive: bool) -> Any:
    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.max_mem = MAX_MEM
    options.log_errors = False  # RE2 would print the pattern on stderr
    return options


def translate(source: str) -> tuple[str, int | None]:
    """*source* with ``\\d``/``\\D`` read as any script's digits, and the position of a
    ``\\C`` (one byte: offsets would fall inside characters), if any."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch != "\\" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        nxt = source[i + 1]
        if nxt == "Q":  # literal text up to \E
            end = source.find("\\E", i + 2)
            end = n if end < 0 else end + 2
            out.append(source[i:end])
            i = end
            continue
        if nxt == "C":
            return source, i
        out.append({"d": "\\p{Nd}", "D": "\\P{Nd}"}.get(nxt, ch + nxt))
        i += 2
    return "".join(out), None


def _explain(error: str, source: str) -> str:
    """A person's message for RE2's *error* on *source*, with where in the regex it is."""
    _, _, fragment = error.partition(": ")
    at = source.find(fragment) if fragment else -1
    where = f" (at character {at + 1} of the regex)" if at >= 0 else ""
    if fragment == "(?P" and "(?P=" in source:
        fragment, at = "(?P=", source.find("(?P=")
        where = f" (at character {at + 1} of the regex)"
    for start, hint in HINTS:
        if fragment.startswith(start):
            return hint + where
    if re.fullmatch(r"\\[0-9]", fragment):
        return BACKREF + where
    if error.startswith("bad repetition operator"):
        return POSSESSIVE + where
    if error.startswith("invalid repetition size"):
        return "RE2 allows repetition counts up to 1000" + where
    if error.startswith("invalid perl operator: (?"):
        return FLAGS + where
    if "too large" in error or "out of memory" in error:
        return "the regex is too large for RE2 once compiled; split it"
    return f"invalid regex for RE2: {error}{where}"


def compile_regex(source: str, case_sensitive: bool = False) -> Any:
    """*source* compiled by RE2 for UTF-8 bytes; raises RegexError saying what to change."""
    translated, single_byte = translate(source)
    if single_byte is not None:
        raise RegexError("\\C (one byte) is refused: matches must cover whole characters; "
                         f"use . (at character {single_byte + 1} of the regex)")
    try:
        return re2.compile(translated.encode("utf-8"), _options(case_sensitive))
    except UnicodeEncodeError:
        raise RegexError("the regex holds a lone surrogate (not a character)") from None
    except re2.error as exc:
        raw = exc.args[0] if exc.args else b""
        error = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise RegexError(_explain(error, source)) from None


def unseen(source: str) -> str | None:
    """A character of *source* that detection never sees (normalisation folds it), with
    what it reads instead; None when there is none."""
    for ch in dict.fromkeys(c for c in source if not c.isascii()):
        if (folded := fold(ch)) != ch:
            instead = f"write {folded!r}" if folded else "remove it"
            return (f"the regex holds U+{ord(ch):04X}, which detection never sees: texts are "
                    f"normalised first (NFKC, look-alike letters read as Latin, invisible "
                    f"characters dropped); {instead}")
    return None


def regex_problems(pattern: str, case_sensitive: bool = False) -> list[str]:
    """Why a pack's *pattern* cannot be used: RE2 refuses it, it holds characters detection
    never sees, or it matches the empty string. Empty when it is fine."""
    try:
        compiled = compile_regex(pattern, case_sensitive)
    except RegexError as exc:
        return [str(exc)]
    problems = []
    if (why := unseen(pattern)) is not None:
        problems.append(why)
    if compiled.search(b"") is not None:
        problems.append("regex matches the empty string: it would flag every position")
    return problems
