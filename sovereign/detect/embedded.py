"""Values hidden in base64 blobs (standard and URL-safe) inside a prompt. (Percent-encoding
is undone character by character in normalise.py, with exact offsets.)

A blob that decodes to text is scanned as text too; a finding inside it is reported over
the whole blob, which is what gets redacted or decides the request (offsets inside an
encoding do not map to characters). Blobs that decode to binary (images, archives) are left
to the policy's attachment rules. Decoding is bounded: at most MAX_DECODED characters per
blob and DEPTH levels of nesting.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence

from sovereign.detect.detector import Detector, Span

BASE64 = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/_=-])")
PERCENT = re.compile(r"[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*)+")
MAX_DECODED = 1_000_000
DEPTH = 2
PRINTABLE_SHARE = 0.9


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


def blobs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decoded text) for every base64 run of *text* that decodes to text."""
    found = []
    for m in BASE64.finditer(text):
        decoded = decode_blob(m.group())
        if decoded is not None:
            found.append((m.start(), m.end(), decoded))
    return found


class EmbeddedDetector:
    """Scans each text and the text inside its encoded blobs, in one call to *inner*."""

    def __init__(self, inner: Detector) -> None:
        self._inner = inner

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        # every text to scan, and for a decoded blob: (index of its parent, start, end)
        queue: list[str] = list(texts)
        parent: list[tuple[int, int, int] | None] = [None] * len(texts)
        level = range(len(texts))
        for _ in range(DEPTH):
            nested = []
            for i in level:
                for start, end, decoded in blobs(queue[i]):
                    nested.append(len(queue))
                    queue.append(decoded)
                    parent.append((i, start, end))
            level = range(nested[0], len(queue)) if nested else range(0)
        found = self._inner.scan(queue) if len(queue) > len(texts) else self._inner.scan(texts)
        for k in range(len(queue) - 1, len(texts) - 1, -1):  # innermost first
            link = parent[k]
            if link is None:
                continue
            i, start, end = link
            best: dict[str, float] = {}
            for s in found[k]:
                best[s.entity_type] = max(best.get(s.entity_type, 0.0), s.score)
            found[i] = found[i] + [Span(start, end, kind, score) for kind, score in best.items()]
        return found[: len(texts)]
