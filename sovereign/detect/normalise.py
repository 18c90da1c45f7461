"""Undo the cheap tricks that hide a value from pattern matching while a model still reads it:
invisible characters inside it, compatibility forms (full-width digits, ligatures),
look-alike letters from other scripts, typographic dashes and minus signs, and characters
written as escapes: percent-encoding ("%40"), JSON and code escapes ("\\u0040", "\\x40")
and HTML character references ("&#64;", "&#x40;", "&commat;"). Detection runs on the
normalised text; every span is mapped back to the original text, which is what gets redacted."""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections.abc import Sequence

from sovereign.detect.detector import Detector, Span

# Zero-width and invisible formatting characters (removed).
INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d"
                      "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
                      "\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
                      "\u3164\ufeff\uffa0")
# Look-alikes that NFKC leaves alone: Cyrillic and Greek letters drawn like Latin ones
# (after Unicode's confusables list, the letters that matter for names, e-mail and codes).
HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ӏ": "l", "һ": "h", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ɡ": "g", "ℓ": "l",
})

# Every dash and hyphen (Unicode category Pd) and the minus signs, read as "-": an SSN or card
# number written with an en dash, a non-breaking hyphen or a minus sign ("536\u201322") is
# the one a pattern expects. NFKC keeps most of them; one character each, so offsets do not
# move. (tests/test_separators.py checks the list against unicodedata's category Pd.)
DASHES = ("\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a"
          "\u2e3a\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d"
          "\U00010ead"  # category Pd, less "-" itself
          "\u2212\u207b\u208b\u2796\u02d7\u2043")  # minus signs, hyphen bullet
HOMOGLYPHS.update(str.maketrans(dict.fromkeys(DASHES, "-")))

# Escape sequences of text pasted from JSON, logs or code ("…\\nPhone: 0370…") glue the
# letter to the value and hide word boundaries; read as the whitespace they stand for
# (same length, so offsets do not move).
ESCAPES = re.compile(r"\\[nrt]")
ESCAPED = {"\\n": " \n", "\\r": " \r", "\\t": " \t"}


def unescape(text: str) -> str:
    return ESCAPES.sub(lambda m: ESCAPED[m.group()], text) if "\\" in text else text


# A character written as an escape is read as that character: percent-encoded printable ASCII
# ("jane.roe%40example.org" in a pasted URL), \uXXXX and \xXX escapes (JSON, JavaScript,
# Python source), and HTML numeric and named character references.
ENCODED = re.compile(r"%(?:2[0-9A-Fa-f]|[3-6][0-9A-Fa-f]|7[0-9A-Ea-e])|\\u[0-9A-Fa-f]{4}"
                     r"|\\x[0-9A-Fa-f]{2}|&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};"
                     r"|&[A-Za-z][A-Za-z0-9]{1,31};")
NAMED = html.entities.html5  # "commat;" -> "@"


def decode(escape: str) -> str | None:
    """The character(s) one match of ENCODED stands for; None when it stands for nothing
    printable (an unknown name, a control character, half a surrogate pair)."""
    if escape[0] == "&" and escape[1] != "#":
        value = NAMED.get(escape[1:])
    else:
        digits = escape.lstrip("%&#\\uxX").rstrip(";")
        base = 10 if escape.startswith("&#") and escape[2] not in "xX" else 16
        code = int(digits, base)
        value = chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else None
    return value if value and all(c.isprintable() or c.isspace() for c in value) else None


FOLDED = re.compile("[" + re.escape("".join(INVISIBLE) + "".join(map(chr, HOMOGLYPHS))) + "]")


def plain(text: str) -> bool:
    """True when normalising would leave *text* as it is: NFKC-stable (accented letters,
    most scripts), no invisible character, no look-alike."""
    return unicodedata.is_normalized("NFKC", text) and not FOLDED.search(text)


def fold(chars: str) -> str:
    """*chars* (one character, or what an escape stands for) as detection reads them:
    invisible ones dropped, each other one in NFKC with look-alikes replaced."""
    return "".join(unicodedata.normalize("NFKC", piece).translate(HOMOGLYPHS)
                   for piece in chars if piece not in INVISIBLE)


# where normalise() may change something: any character beyond ASCII, and the characters an
# escape starts with; ASCII between them is copied as it is
SPECIAL = re.compile(r"[^\x00-\x7f]|[%\\&]")


def normalise(text: str) -> tuple[str, list[int]]:
    """The normalised text, and for each of its characters the index of the original
    character it came from (one more entry: the original length, for end offsets)."""
    text = unescape(text)
    if not ENCODED.search(text) and (text.isascii() or plain(text)):
        return text, []  # the common case: nothing to undo, offsets are the identity
    out: list[str] = []
    origin: list[int] = []
    at = 0  # the first character not yet read
    for special in SPECIAL.finditer(text):
        i = special.start()
        if i < at:
            continue  # inside an escape already decoded
        out.append(text[at:i])  # plain ASCII, as it is
        origin.extend(range(at, i))
        ch, at = text[i], i + 1
        if ch in "%\\&" and (m := ENCODED.match(text, i)) and (decoded := decode(m.group())):
            ch, at = decoded, m.end()
        folded = fold(ch)
        out.append(folded)
        origin.extend([i] * len(folded))
    out.append(text[at:])
    origin.extend(range(at, len(text)))
    origin.append(len(text))
    return "".join(out), origin


def map_span(span: Span, origin: list[int]) -> Span:
    """*span* of the normalised text as a span of the original: it ends where the next
    normalised character begins (so a decoded "%40" or a dropped invisible character at its
    end is inside it), or after its last character when that one unfolded into several."""
    if not origin:
        return span
    start = origin[span.start]
    if span.end <= span.start:
        return Span(start, start, span.entity_type, span.score)
    last, after = origin[span.end - 1], origin[span.end]
    end = after if after > last else last + 1
    return Span(start, end, span.entity_type, span.score)


class NormalisingDetector:
    """Scans the normalised texts with *inner* and maps the spans back to the originals."""

    def __init__(self, inner: Detector) -> None:
        self._inner = inner

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        normalised = [normalise(t) for t in texts]
        found = self._inner.scan([n for n, _ in normalised])
        return [[map_span(s, origin) for s in spans]
                for spans, (_, origin) in zip(found, normalised, strict=True)]
