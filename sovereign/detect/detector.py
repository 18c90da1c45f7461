"""The detector seam: a Protocol, the Presidio-backed implementation, and a cache.

Chat clients re-send the whole history every turn, so results are cached per segment text
(keyed by its SHA-256, never the text itself), in a bounded LRU.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from sovereign.detect.language import LanguagePicker
from sovereign.detect.nerview import fields, ner_view
from sovereign.detect.noise import is_noise

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entity_type: str
    score: float


class Detector(Protocol):
    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        """Findings for each text, same order. Raises on any failure (the caller fails closed)."""
        ...


class CachedDetector:
    """Wraps a detector with a bounded LRU keyed by SHA-256 of the text."""

    def __init__(self, inner: Detector, max_entries: int = 50_000) -> None:
        self._inner = inner
        self._max = max_entries
        self._cache: OrderedDict[bytes, list[Span]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        keys = [hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest() for t in texts]
        results: list[list[Span] | None] = []
        with self._lock:
            for key in keys:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                results.append(hit)
        missing = [i for i, r in enumerate(results) if r is None]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            fresh = self._inner.scan([texts[i] for i in missing])
            with self._lock:
                for i, spans in zip(missing, fresh, strict=True):
                    results[i] = spans
                    self._cache[keys[i]] = spans
                while len(self._cache) > self._max:
                    self._cache.popitem(last=False)
        return [r if r is not None else [] for r in results]


Found = dict[tuple[int, int, str], float]  # (start, end, entity type) -> best score


def keep(found: Found, start: int, end: int, kind: str, score: float) -> None:
    """Record a finding once, at its best score (chunks overlap; recognizers agree)."""
    key = (start, end, kind)
    found[key] = max(found.get(key, 0.0), score)


def spans_of(found: Found) -> list[Span]:
    return sorted((Span(a, b, kind, score) for (a, b, kind), score in found.items()),
                  key=lambda s: (s.start, -s.end, s.entity_type))


CHUNK_CHARS = 4000  # long texts are scanned in pieces of about this size...
CHUNK_OVERLAP = 300  # ...overlapping by this much, so no value is cut at a seam
BOUNDARY = "\u2029"  # PARAGRAPH SEPARATOR: context windows stop at it...
SEPARATOR = f"\n{BOUNDARY}\n"  # ...and the texts of one call are joined with it


def chunk_bounds(length: int, text: str) -> list[tuple[int, int]]:
    """[start, end) pieces covering *text*; cuts fall on whitespace where there is some."""
    if length <= CHUNK_CHARS:
        return [(0, length)]
    bounds = []
    start = 0
    while start < length:
        end = min(length, start + CHUNK_CHARS)
        if end < length:
            cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut if cut > 0 else end
        bounds.append((start, end))
        if end >= length:
            break
        start = max(end - CHUNK_OVERLAP, start + 1)
    return bounds


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of one text placed in a joined document: text *index*, its *offset* in that
    text, its *at* position in the document and its *length*."""

    index: int
    offset: int
    at: int
    length: int


def pack(texts: Sequence[str]) -> list[tuple[str, list[Part]]]:
    """Join the texts (long ones cut in overlapping pieces) into documents of about
    CHUNK_CHARS, separated by SEPARATOR: one analysis per document, not per text."""
    docs: list[tuple[str, list[Part]]] = []
    buf: list[str] = []
    parts: list[Part] = []
    size = 0
    for i, text in enumerate(texts):
        for start, end in chunk_bounds(len(text), text):
            if parts and size + len(SEPARATOR) + end - start > CHUNK_CHARS:
                docs.append(("".join(buf), parts))
                buf, parts, size = [], [], 0
            if parts:
                buf.append(SEPARATOR)
                size += len(SEPARATOR)
            parts.append(Part(i, start, size, end - start))
            buf.append(text[start:end])
            size += end - start
    if parts:
        docs.append(("".join(buf), parts))
    return docs


def unpack(parts: Sequence[Part], start: int, end: int) -> list[tuple[int, int, int]]:
    """A document span as (text index, start, end) pieces, one per text it touches."""
    pieces = []
    for part in parts:
        a, b = max(start, part.at), min(end, part.at + part.length)
        if a < b:
            pieces.append((part.index, part.offset + a - part.at, part.offset + b - part.at))
    return pieces


class PresidioDetector:
    """Presidio's AnalyzerEngine with the offline spaCy model and our recognizers.

    The texts of a call are joined into documents of a few KB (see pack): one spaCy batch
    (``nlp.pipe``) and one pass of each recognizer per document instead of per text, which
    is what costs on the many short segments of a chat request. Long texts are cut into
    overlapping pieces, so no piece grows past the size where per-document work dominates.
    spaCy runs inside a memory zone: the strings and lexemes a call adds are freed after it,
    so the vocabulary does not grow with every new word the proxy sees.
    """

    def __init__(self, analyzer: AnalyzerEngine, score_threshold: float = 0.3,
                 picker: LanguagePicker | None = None) -> None:
        self._analyzer = analyzer
        self._threshold = score_threshold
        self._picker = picker or LanguagePicker(["en"])
        self._lock = threading.Lock()  # spaCy memory zones must not overlap

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        found: list[Found] = [{} for _ in texts]
        by_language: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            by_language.setdefault(self._picker.pick(text), []).append(i)
        with self._lock:
            for language, indices in by_language.items():
                self._scan_language(language, [texts[i] for i in indices],
                                    [found[i] for i in indices])
        return [spans_of(f) for f in found]

    def _scan_language(self, language: str, texts: Sequence[str], found: list[Found]) -> None:
        docs = pack(texts)
        engine = cast("SpacyNlpEngine", self._analyzer.nlp_engine)
        with engine.get_nlp(language).memory_zone():
            batch = engine.process_batch([ner_view(d) for d, _ in docs], language=language,
                                         batch_size=max(1, len(docs)))
            for (doc, parts), item in zip(docs, batch, strict=True):
                results = self._analyzer.analyze(text=doc, language=language,
                                                 score_threshold=self._threshold,
                                                 nlp_artifacts=item[1])
                for r in results:
                    recognizer = (r.recognition_metadata or {}).get("recognizer_name", "")
                    if is_noise(doc[r.start : r.end], r.entity_type, recognizer):
                        continue
                    score = round(float(r.score), 4)
                    for start, end in fields(doc, r.start, r.end, recognizer):
                        for i, a, b in unpack(parts, start, end):
                            keep(found[i], a, b, r.entity_type, score)
