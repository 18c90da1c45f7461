"""Pattern recognizers that run a pattern only where its RE2 superset matches.

``PrefilteredPatterns`` wraps a Presidio ``PatternRecognizer`` that uses Presidio's own
pattern loop. For each pattern, one RE2 search of the superset (``superset.py``) decides
whether the pattern can match the text at all; if it can, the pattern runs from where the
superset first matched (no match of the pattern starts earlier), through the ``regex`` engine
with Presidio's timeout, and each match is validated and scored exactly as Presidio's loop
does (same results in the same order). The loop leaves out what Presidio's spends per
pattern on wall-clock reads and a debug line. A pattern with no superset always runs.
``GatedPatterns`` wraps the few Presidio recognizers with an analyze of their own that
reports only matches of their patterns (IbanRecognizer): that analyze runs unchanged, only
where a superset matches.

The text is given to RE2 as UTF-8; a text that cannot be encoded so (a lone surrogate from
an escaped JSON string) runs every pattern. Without the google-re2 package (no wheel for
the platform) nothing is wrapped and the engine logs it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import regex
import structlog
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from sovereign.detect.accel.base import innermost
from sovereign.detect.accel.dedup import remove_duplicates
from sovereign.detect.accel.superset import superset

try:
    import re2

    RE2_AVAILABLE = True
except ImportError:  # no wheel for this platform: every pattern runs (see above)
    RE2_AVAILABLE = False

log = structlog.get_logger("sovereign.detect")
presidio_log = logging.getLogger("presidio-analyzer")
RE2_MEMORY = 64 << 20  # bytes per compiled superset; RE2 falls back to its NFA past it
NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


class Superset:
    """A compiled RE2 superset; ``first(data)`` is where in UTF-8 *data* it first matches,
    -1 where it does not. It calls RE2's match directly where the wrapper exposes it (the
    Python-level search builds a generator and a match object per call: a third of the time
    on a chat turn's few hundred bytes)."""

    __slots__ = ("first", "index", "source")

    def __init__(self, compiled: Any, source: bytes = b"") -> None:
        self.source = source
        self.index = -1  # its place in a SharedFilter, -1 when in none
        raw = getattr(compiled, "_regexp", None)
        anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
        if raw is not None and hasattr(raw, "Match") and anchor is not None:
            def first(data: bytes) -> int:
                start: int = raw.Match(anchor, data, 0, len(data))[0][0]
                return start
        else:
            def first(data: bytes) -> int:
                found = compiled.search(data)
                return -1 if found is None else int(found.start())
        self.first = first


def compile_superset(pattern: str, flags: int) -> Superset | None:
    """The compiled RE2 superset of *pattern*, or None when there is none."""
    source = superset(pattern, flags)
    if source is None:
        return None
    options = re2.Options()
    options.max_mem = RE2_MEMORY
    try:
        return Superset(re2.compile(source.encode(), options), source.encode())
    except re2.error:  # beyond RE2's limits (program size): the pattern always runs
        return None


class PrefilteredPatterns(EntityRecognizer):
    """*inner*'s patterns, each run only where its superset matches (module docstring)."""

    def __init__(self, inner: PatternRecognizer) -> None:
        self.inner = inner
        self.shared: SharedFilter | None = None  # set by share_supersets(), with:
        self.indices: frozenset[int] = frozenset()  # its supersets' indices in the filter
        self.shared_only = False  # every pattern has a superset in the filter
        presidio: Any = inner  # its attributes are partly untyped
        self._supersets = [compile_superset(p.regex, presidio.global_regex_flags)
                           for p in presidio.patterns]
        super().__init__(supported_entities=presidio.supported_entities,
                         name=str(presidio.name), supported_language=presidio.supported_language,
                         context=presidio.context)

    @property
    def covered(self) -> int:
        """How many of the patterns have a superset (the others always run)."""
        return sum(s is not None for s in self._supersets)

    def load(self) -> None:
        return None

    def _read(self, text: str) -> tuple[bytes | None, frozenset[int] | None]:
        """*text* as UTF-8, and the indices of the shared supersets that match it (None:
        ask each superset)."""
        if self.shared is not None:
            return self.shared.read(text)
        return utf8(text), None

    def possible(self, text: str) -> bool:
        """Whether any pattern can match *text* (False: none can)."""
        data, matched = self._read(text)
        if data is None:
            return True
        if matched is not None:
            return any(s is None or s.index < 0 or s.index in matched for s in self._supersets)
        return any(s is None or s.first(data) >= 0 for s in self._supersets)

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        inner: Any = self.inner
        flags = regex_flags if regex_flags else inner.global_regex_flags
        # the supersets were made for the recognizer's own flags
        data, matched = self._read(text) if flags == inner.global_regex_flags else (None, None)
        if matched is not None and self.shared_only and matched.isdisjoint(self.indices):
            return []  # the shared filter read the text: none of the supersets matches
        ascii_text = data is not None and len(data) == len(text)
        results: list[RecognizerResult] = []
        for pattern, fast in zip(inner.patterns, self._supersets, strict=True):
            start = 0
            if fast is not None and data is not None:
                if matched is not None and 0 <= fast.index and fast.index not in matched:
                    continue  # the shared filter read the text: this superset does not match
                at = fast.first(data)
                if at < 0:
                    continue
                start = at if ascii_text else len(data[:at].decode())
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
            try:
                for match in pattern.compiled_regex.finditer(text, start,
                                                             timeout=REGEX_TIMEOUT_SECONDS):
                    found_at, found_end = match.span()
                    result = self._result(pattern, text, found_at, found_end, flags)
                    if result is not None:
                        results.append(result)
            except TimeoutError:
                presidio_log.warning("Regex pattern '%s' timed out after %s seconds, skipping.",
                                     pattern.name, REGEX_TIMEOUT_SECONDS, exc_info=True)
        return remove_duplicates(results) if len(results) > 1 else results

    def _result(self, pattern: Any, text: str, start: int, end: int,
                flags: int) -> RecognizerResult | None:
        """Presidio's scoring of one match (PatternRecognizer.__analyze_patterns)."""
        inner: Any = self.inner
        if start == end:
            return None
        current = text[start:end]
        score = pattern.score
        validation = inner.validate_result(current)
        explanation = PatternRecognizer.build_regex_explanation(
            inner.name, pattern.name, pattern.regex, score, validation, flags)
        result = RecognizerResult(
            entity_type=inner.supported_entities[0], start=start, end=end, score=score,
            analysis_explanation=explanation,
            recognition_metadata={NAME_KEY: inner.name, ID_KEY: self.id})  # the registry's
        if validation is not None:
            result.score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
        invalidation = inner.invalidate_result(current)
        if invalidation is not None and invalidation:
            result.score = EntityRecognizer.MIN_SCORE
        explanation.score = result.score
        return result if result.score > EntityRecognizer.MIN_SCORE else None


class GatedPatterns(PrefilteredPatterns):
    """A pattern recognizer with an ``analyze`` of its own that reports nothing but matches
    of its patterns (``ONLY_PATTERN_MATCHES``): its analyze runs as it is, only on a text
    where one of their supersets matches; on any other it could find nothing."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        if not self.possible(text):
            return []
        inner: Any = self.inner
        found: list[RecognizerResult] = inner.analyze(text, entities, nlp_artifacts,
                                                      regex_flags)
        for result in found:  # the registry holds this wrapper: its id, as Presidio's loop
            meta = result.recognition_metadata  # would have set
            if meta is None:
                meta = result.recognition_metadata = {}
            meta[ID_KEY] = self.id
        return found


# Presidio recognizers whose analyze reports only matches of their own patterns, searched
# with their own flags whatever regex_flags says (read in their source; the start-up check
# and tests/test_superset.py hold each to it): their analyze is gated, not rewritten
ONLY_PATTERN_MATCHES: tuple[type[PatternRecognizer], ...] = (IbanRecognizer,)


# appended to each text the shared filter reads, and a pattern of its own in the filter: its
# index in an answer proves the filter's literal set read the text to its end (an RE2::Set
# answers "no match" when its DFA runs out of memory, which must not read as "no superset
# matches"). Supersets have no anchors, so what they match in the text they still match with
# this after it; control characters, so that they rarely match in it at all.
SENTINEL = b"\x00\x01\x02\x03\x04\x05\x06\x07"


class SharedFilter:
    """Every recognizer's supersets in one ``re2.Filter`` (RE2's FilteredRE2): one call per
    text says which of them match, instead of one search per pattern (about 150 per text).
    The filter finds the literal strings some supersets need in one pass, then asks, in RE2
    itself, each superset those leave possible whether it matches at all; only for the ones
    that do does a recognizer ask where (``Superset.first``). The answer is used only when
    it holds the sentinel; otherwise each superset is asked as before.

    An acceleration: ``share_supersets`` installs it only after it named, on a sample of
    texts, every superset that matches when asked alone. (An RE2::Set of all the
    supersets was tried first and dropped: on new texts its DFA over 150 patterns at once
    never settled; see ``accel/__init__.py``.)"""

    def __init__(self, supersets: list[Superset]) -> None:
        options = re2.Options()
        options.max_mem = RE2_MEMORY
        self._filter = re2.Filter()
        for index, one in enumerate(supersets):
            if self._filter.Add(one.source, options) != index:
                raise re2.error("the filter numbered a superset out of order")
        self.sentinel = self._filter.Add(b"".join(b"\\x%02x" % c for c in SENTINEL), options)
        self._filter.Compile()
        self._local = threading.local()

    def matching(self, data: bytes) -> frozenset[int] | None:
        """Indices of the supersets that match *data* (and perhaps one that matches only with
        the sentinel after it: its pattern then runs and finds nothing); None when the
        filter's answer cannot be trusted (no sentinel in it)."""
        found = self._filter.Match(data + SENTINEL) or ()
        if self.sentinel not in found:
            return None
        return frozenset(found)

    def read(self, text: str) -> tuple[bytes | None, frozenset[int] | None]:
        """*text* as UTF-8 and ``matching`` of it, remembered for the recognizers that
        follow on the same text (per thread: each scan runs its recognizers in turn)."""
        last = getattr(self._local, "last", None)
        if last is not None and last[0] is text:
            return last[1], last[2]
        data = _utf8(text)  # remembered here, with the answer: not in utf8()'s cache too
        matched = None if data is None else self.matching(data)
        self._local.last = (text, data, matched)
        return data, matched


def _prefiltered_in(recognizer: EntityRecognizer) -> PrefilteredPatterns | None:
    return innermost(recognizer, PrefilteredPatterns)


def share_supersets(recognizers: list[EntityRecognizer],
                    sample: list[str]) -> str | None:
    """Give the prefiltered recognizers among *recognizers* one SharedFilter, after checking
    on *sample* that it names every superset that matches when asked alone. None when
    installed, else why not (the recognizers then ask their supersets one by one)."""
    wrapped = [w for w in map(_prefiltered_in, recognizers) if w is not None]
    supersets = [s for w in wrapped for s in w._supersets if s is not None]
    if not supersets:
        return "no recognizer has a superset"
    try:
        shared = SharedFilter(supersets)
    except re2.error as exc:
        return f"RE2 could not build the filter: {exc}"
    for text in sample:
        data = utf8(text)
        if data is None:
            continue
        matched = shared.matching(data)
        if matched is None:
            return "the filter's literal set did not read a sample text to its end"
        alone = frozenset(i for i, s in enumerate(supersets) if s.first(data) >= 0)
        if not alone <= matched:
            return "the filter missed a superset that matches a sample text"
    for index, one in enumerate(supersets):
        one.index = index
    for w in wrapped:
        w.shared = shared
        w.indices = frozenset(s.index for s in w._supersets if s is not None)
        w.shared_only = all(s is not None for s in w._supersets)
    return None


class _LastText(threading.local):
    """The last text a thread asked about and its UTF-8 form: the recognizers of one scan run
    in turn on the same text, and each would otherwise encode it again."""

    text: str | None = None
    data: bytes | None = None


_LAST = _LastText()


def utf8(text: str) -> bytes | None:
    """*text* as UTF-8 (None when it holds a lone surrogate), encoded once per thread and
    text."""
    last = _LAST
    if last.text is not text:
        last.data = _utf8(text)
        last.text = text
    return last.data


def _utf8(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def prefiltered(recognizer: EntityRecognizer) -> EntityRecognizer:
    """*recognizer* wrapped when it is a PatternRecognizer on Presidio's own loop, gated when
    its class is one of ONLY_PATTERN_MATCHES and every pattern has a superset; any other
    class that overrides analyze is left as it is."""
    if not RE2_AVAILABLE or not isinstance(recognizer, PatternRecognizer):
        return recognizer
    if type(recognizer) in ONLY_PATTERN_MATCHES:
        gated = GatedPatterns(recognizer)
        patterns: list[Any] = getattr(recognizer, "patterns", [])
        return gated if gated.covered == len(patterns) else recognizer
    if type(recognizer).analyze is not PatternRecognizer.analyze:
        return recognizer
    return PrefilteredPatterns(recognizer)


def missing_re2_warning() -> None:
    if not RE2_AVAILABLE:
        log.warning("detect.prefilter_missing",
                    reason="the google-re2 package is not installed for this platform; every "
                           "pattern runs on every text (same findings, slower)")
