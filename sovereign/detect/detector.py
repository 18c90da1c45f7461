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
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine


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


CHUNK_CHARS = 4000  # long texts are scanned in pieces of about this size...
CHUNK_OVERLAP = 300  # ...overlapping by this much, so no value is cut at a seam


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


class PresidioDetector:
    """Presidio's AnalyzerEngine with the offline spaCy model and our recognizers.

    All pieces of all texts go through spaCy in one batch (``nlp.pipe``). Long texts are cut
    into overlapping pieces: Presidio's context enhancer walks every token for every finding,
    which is quadratic on a 100 KB prompt and linear on pieces of a few KB.
    """

    def __init__(self, analyzer: AnalyzerEngine, score_threshold: float = 0.3) -> None:
        self._analyzer = analyzer
        self._threshold = score_threshold

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            for start, end in chunk_bounds(len(text), text):
                pieces.append((i, start, text[start:end]))
        found: list[dict[tuple[int, int, str], float]] = [{} for _ in texts]
        batch = self._analyzer.nlp_engine.process_batch(
            [p for _, _, p in pieces], language="en", batch_size=max(1, len(pieces)))
        for (i, offset, _), (piece, artifacts) in zip(pieces, batch, strict=True):
            results = self._analyzer.analyze(
                text=piece, language="en", score_threshold=self._threshold,
                nlp_artifacts=artifacts,
            )
            for r in results:
                key = (offset + r.start, offset + r.end, r.entity_type)
                found[i][key] = max(found[i].get(key, 0.0), round(float(r.score), 4))
        return [sorted((Span(a, b, kind, score) for (a, b, kind), score in spans.items()),
                       key=lambda s: (s.start, -s.end, s.entity_type)) for spans in found]
