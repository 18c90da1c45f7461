"""Values hidden in a prompt so that patterns miss them: in base64 blobs (standard and
URL-safe), hex and base32 runs (here) and spread out between separators (spread.py).
Character escapes (percent, \\u, HTML references) are undone one by one in normalise.py,
with exact offsets.

Each hidden value is scanned as text of its own, in the same detector call as the texts.
A blob that decodes to text: a finding inside it is reported over the whole blob, which is
what gets redacted or decides the request (offsets inside an encoding do not map to
characters). Blobs that decode to binary (images, archives) are left to the policy's
attachment rules. Decoding is bounded: at most MAX_DECODED characters per blob and DEPTH
levels of nesting. A spread value maps back character by character (Hidden.origin).

Short runs are read too, more strictly: base64 of 12 to 23 characters (an SSN encoded is 16:
"NTM2LTIyLTg3MjY=") only as whole quanta (a multiple of four, padded), and hex and base32
runs of at least 16 characters; each only when every decoded character is printable. Hashes,
ids and keys decode to binary and are left alone. What NER guesses in a decoded run is not
reported from it (decoded noise reads as names); patterns are.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sovereign.detect.detector import Detector, Span
from sovereign.detect.noise import is_noise_at

BASE64 = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{10,}={0,2}(?![A-Za-z0-9+/_=-])")
SHORT_BASE64 = 24  # below this many characters, a run must be whole quanta and all printable
HEX = re.compile(r"(?<![\w])(?:[0-9A-Fa-f]{2}){8,}(?![\w])")
BASE32 = re.compile(r"(?<![\w=])[A-Z2-7]{16,}={0,6}(?![\w=])")
# NER guesses on decoded text of short or hex/base32 runs are noise
NER_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"})
MAX_DECODED = 1_000_000
DEPTH = 2
PRINTABLE_SHARE = 0.9


@dataclass(frozen=True, slots=True)
class Hidden:
    """A value hidden in the run [start, end) of a text, and the text to scan for it.

    origin is None for a blob: any finding in *text* is reported over the whole run. For a
    spread value, origin gives each character of *text* its offset in the parent text, and
    only findings that overlap *value* (a range of *text*) are reported, mapped back."""

    start: int
    end: int
    text: str
    origin: tuple[int, ...] | None = None
    value: tuple[int, int] = (0, 0)
    ignore: frozenset[str] = frozenset()  # entity types not reported from this reading
    # where each character of *text* ends in the parent, when one stands for several (a
    # punycode label for a Unicode one, a digit for a spelled-out number); else origin + 1
    ends: tuple[int, ...] | None = None

    def report(self, spans: Sequence[Span]) -> list[Span]:
        """The findings on *text*, as spans of the parent text."""
        if self.origin is None:
            best: dict[str, float] = {}
            for s in spans:
                if s.entity_type in self.ignore:
                    continue
                best[s.entity_type] = max(best.get(s.entity_type, 0.0), s.score)
            return [Span(self.start, self.end, kind, score) for kind, score in best.items()]
        lo, hi = self.value
        ends = self.ends
        return [Span(self.origin[s.start],
                     ends[s.end - 1] if ends is not None else self.origin[s.end - 1] + 1,
                     s.entity_type, s.score)
                for s in spans if s.start < hi and s.end > lo and s.entity_type not in self.ignore]


Finder = Callable[[str], list[Hidden]]


def decode_blob(blob: str) -> str | None:
    """The text a base64 run stands for, or None (not base64, or not text)."""
    if not any(c.isdigit() or c in "+/_-=" for c in blob):
        return None  # letters only: a long word or identifier, not an encoding
    raw = blob.rstrip("=")
    raw += "=" * (-len(raw) % 4)
    try:
        data = (base64.urlsafe_b64decode(raw) if ("-" in raw or "_" in raw)
                else base64.b64decode(raw, validate=True))
    except (binascii.Error, ValueError):
        return None
    text = data[: MAX_DECODED].decode("utf-8", "ignore")
    if len(text) < 8 or sum(c.isprintable() or c in "\n\r\t" for c in text) < \
            PRINTABLE_SHARE * len(text) or not any(c.isalnum() for c in text):
        return None
    return text


def _all_printable(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 8 or not all(c.isprintable() for c in text) or \
            not any(c.isalnum() for c in text):
        return None
    return text


def decode_short(blob: str) -> str | None:
    """A short base64 run (whole quanta) that decodes to printable text only."""
    if len(blob) % 4 or not any(c.isdigit() or c in "+/_-=" for c in blob):
        return None
    try:
        data = (base64.urlsafe_b64decode(blob) if ("-" in blob or "_" in blob)
                else base64.b64decode(blob, validate=True))
    except (binascii.Error, ValueError):
        return None
    return _all_printable(data)


def decode_hex(run: str) -> str | None:
    return _all_printable(bytes.fromhex(run[: 2 * MAX_DECODED]))


def decode_base32(run: str) -> str | None:
    if len(run) % 8 or not any(c in "234567=" for c in run):
        return None
    try:
        data = base64.b32decode(run[: 8 * (MAX_DECODED // 5)])
    except (binascii.Error, ValueError):
        return None
    return _all_printable(data)


def blobs(text: str) -> list[Hidden]:
    """Every base64, hex or base32 run of *text* that decodes to text."""
    found = []
    for m in BASE64.finditer(text):
        if len(m.group()) >= SHORT_BASE64:
            decoded = decode_blob(m.group())
            if decoded is not None:
                found.append(Hidden(m.start(), m.end(), decoded))
        elif (decoded := decode_short(m.group())) is not None:
            found.append(Hidden(m.start(), m.end(), decoded, ignore=NER_TYPES))
    for rx, decode in ((HEX, decode_hex), (BASE32, decode_base32)):
        for m in rx.finditer(text):
            if (decoded := decode(m.group())) is not None:
                found.append(Hidden(m.start(), m.end(), decoded, ignore=NER_TYPES))
    return found


class EmbeddedDetector:
    """Scans each text and the values hidden in it (what *finders* find), in one call to
    *inner*. Blobs are opened DEPTH levels deep, and the finders run on what a blob decodes
    to; a spread value, once collapsed, is not searched again."""

    def __init__(self, inner: Detector, finders: Sequence[Finder]) -> None:
        self._inner = inner
        self._finders = tuple(finders)

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        # every text to scan, and for a hidden value: (index of its parent, the value)
        queue: list[str] = list(texts)
        parent: list[tuple[int, Hidden] | None] = [None] * len(texts)
        level = range(len(texts))
        for _ in range(DEPTH):
            nested = []
            for i in level:
                link = parent[i]
                if link is not None and link[1].origin is not None:
                    continue  # a collapsed spread value
                for find in self._finders:
                    for hidden in find(queue[i]):
                        nested.append(len(queue))
                        queue.append(hidden.text)
                        parent.append((i, hidden))
            level = range(nested[0], len(queue)) if nested else range(0)
        found = self._inner.scan(queue)
        for k in range(len(queue) - 1, len(texts) - 1, -1):  # innermost first
            link = parent[k]
            if link is not None:
                i, hidden = link
                shown = [s for s in hidden.report(found[k])
                         if not is_noise_at(queue[i], s.start, s.end, s.entity_type, "")]
                found[i] = list(dict.fromkeys(found[i] + shown))
        return found[: len(texts)]
