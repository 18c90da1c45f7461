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

from sovereign.detect.echo import echo_names
from sovereign.detect.language import LanguagePicker
from sovereign.detect.mailnames import mail_names
from sovereign.detect.nerview import NER_PIPE, NER_RECOGNIZER, fields, ner_view
from sovereign.detect.noise import is_noise_at, listed_start, ner_person
from sovereign.detect.pairs import paired_names
from sovereign.detect.siblings import sibling_names
from sovereign.detect.subjects import condition_subjects

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

    from sovereign.detect.nlp import NerOnlyNlpEngine


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


def names_again(text: str, found: Found) -> Found:
    """*found* with every other mention of its names (echo.py), the names paired with them
    by "and" (pairs.py) and those on the sibling lines of a list (siblings.py), whose own
    mentions are then added too."""
    found = echo_names(text, found)
    known = len(found)
    found = sibling_names(text, paired_names(text, found))
    return echo_names(text, found) if len(found) > known else found


def keep(found: Found, start: int, end: int, kind: str, score: float) -> None:
    """Record a finding once, at its best score (chunks overlap; recognizers agree)."""
    key = (start, end, kind)
    found[key] = max(found.get(key, 0.0), score)


def spans_of(found: Found) -> list[Span]:
    return sorted((Span(a, b, kind, score) for (a, b, kind), score in found.items()),
                  key=lambda s: (s.start, -s.end, s.entity_type))


CHUNK_CHARS = 4000  # long texts are scanned in pieces of about this size...
CHUNK_OVERLAP = 300  # ...overlapping by this much, so no value is cut at a seam
BATCH_DOCS = 64  # pieces one spaCy batch takes (each piece is a document of its own)


def chunk_bounds(length: int, text: str) -> list[tuple[int, int]]:
    """[start, end) pieces covering *text*; cuts fall on whitespace where there is some.
    The cuts depend on *text* alone, so its findings do too."""
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
class Piece:
    """The [start, end) piece of text *index* that is scanned as one document."""

    index: int
    start: int
    end: int


def pieces(texts: Sequence[str]) -> list[Piece]:
    """Every text cut into its pieces (see chunk_bounds), in order. Texts are never joined:
    a text's findings are a function of that text and the configuration alone, never of the
    other texts in a call, other requests, or the worker that ran it."""
    return [Piece(i, a, b) for i, text in enumerate(texts) for a, b in chunk_bounds(len(text), text)]


class PresidioDetector:
    """Presidio's AnalyzerEngine with the offline spaCy model and our recognizers.

    Each text (a long one cut in overlapping pieces) is a spaCy document of its own. The
    documents of a call go through spaCy as one batch (``nlp.pipe``), which is where
    batching pays, and each is then analysed on its own: nothing a recognizer or the NER
    sees crosses from one text to another. spaCy runs inside a memory zone: the strings and
    lexemes a call adds are freed after it, so the vocabulary does not grow with every new
    word the proxy sees.
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
        return [spans_of(condition_subjects(text, names_again(text, mail_names(text, f))))
                for text, f in zip(texts, found, strict=True)]

    def _scan_language(self, language: str, texts: Sequence[str], found: list[Found]) -> None:
        cut = pieces(texts)
        chunks = [texts[p.index][p.start : p.end] for p in cut]
        engine = cast("NerOnlyNlpEngine", self._analyzer.nlp_engine)
        nlp = engine.get_nlp(language)
        size = max(1, min(len(cut), BATCH_DOCS))
        with nlp.memory_zone():
            # spaCy's NER splits each batch in four by length; one sub-batch is fewer calls,
            # and a document's entities do not depend on its batch (tests/test_determinism.py)
            docs = nlp.pipe((ner_view(chunk) for chunk in chunks), batch_size=size,
                            component_cfg={NER_PIPE: {"batch_size": 4 * size}})
            for piece, text, doc in zip(cut, chunks, docs, strict=True):
                results = self._analyzer.analyze(text=text, language=language,
                                                 score_threshold=self._threshold,
                                                 nlp_artifacts=engine.artifacts(doc, language))
                for r in results:
                    recognizer = (r.recognition_metadata or {}).get("recognizer_name", "")
                    score = round(float(r.score), 4)
                    # an NER finding is judged field by field: the model may run one name
                    # over a row's cells ("Gavin,Jenkins,gavinjenkins92@…"), and the row
                    # whole reads as an encoded blob
                    for start, end in fields(text, r.start, r.end, recognizer):
                        if is_noise_at(text, start, end, r.entity_type, recognizer, r.score):
                            continue
                        kind = r.entity_type
                        if recognizer == NER_RECOGNIZER and kind == "ORGANIZATION":
                            # "Valentina Ricci", "Oluwaseun Bakare"; "Cerco Valentina Ricci"
                            named = listed_start(text, start, end)
                            if named is not None:
                                start, kind = named, "PERSON"
                        kept = [(start, end, score)]
                        if recognizer == NER_RECOGNIZER and kind == "PERSON":
                            kept = ner_person(text, start, end, score)
                        for a, b, s in kept:
                            keep(found[piece.index], piece.start + a, piece.start + b, kind, s)
