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


class PresidioDetector:
    """Presidio's AnalyzerEngine with the offline spaCy model and our recognizers."""

    def __init__(self, analyzer: AnalyzerEngine, score_threshold: float = 0.3) -> None:
        self._analyzer = analyzer
        self._threshold = score_threshold

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        """All texts through spaCy in one batch (nlp.pipe), then the recognizers per text."""
        out = []
        batch = self._analyzer.nlp_engine.process_batch(list(texts), language="en",
                                                        batch_size=max(1, len(texts)))
        for text, artifacts in batch:
            results = self._analyzer.analyze(
                text=text, language="en", score_threshold=self._threshold,
                nlp_artifacts=artifacts,
            )
            out.append(
                sorted(
                    (Span(r.start, r.end, r.entity_type, round(float(r.score), 4)) for r in results),
                    key=lambda s: (s.start, -s.end, s.entity_type),
                )
            )
        return out
