"""Pattern recognizers that run a pattern only where its RE2 superset matches.

``PrefilteredPatterns`` wraps a Presidio ``PatternRecognizer`` that uses Presidio's own
pattern loop. For each pattern, one RE2 search of the superset (``superset.py``) decides
whether the pattern can match the text at all; if it can, the pattern runs from where the
superset first matched (no match of the pattern starts earlier), through the ``regex`` engine
with Presidio's timeout, and each match is validated and scored exactly as Presidio's loop
does (same results in the same order). The loop leaves out what Presidio's spends per
pattern on wall-clock reads and a debug line. A pattern with no superset always runs.

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
        self.index = -1  # its place in a SharedSupersets, -1 when in none
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
        self.shared: SharedSupersets | None = None  # set by share_supersets()
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
        return _utf8(text), None

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
        ascii_text = data is not None and len(data) == len(text)
        results: list[RecognizerResult] = []
        for pattern, fast in zip(inner.patterns, self._supersets, strict=True):
            start = 0
            if fast is not None and data is not None:
                if matched is not None and 0 <= fast.index and fast.index not in matched:
                    continue  # the shared set read the text: this superset does not match
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
        return remove_duplicates(results)

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


SET_MEMORY = 256 << 20  # bytes for the shared set's program and DFA cache
# a pattern that matches at the end of every text: its index in a set's answer proves the
# set's DFA read the text to its end (RE2::Set answers "no match" when its DFA runs out of
# memory, which must not read as "no pattern can match")
END_SENTINEL = rb"\z"


class SharedSupersets:
    """Every recognizer's supersets in one RE2::Set: one pass over a text says which of them
    match, instead of one search per pattern (about seventy per text). The answer is used
    only when it holds the end sentinel; otherwise each superset is asked as before.

    An acceleration: ``share_supersets`` installs it only after it gave, on a sample of
    texts, exactly the answers of the supersets asked one by one."""

    def __init__(self, supersets: list[Superset]) -> None:
        options = re2.Options()
        options.max_mem = SET_MEMORY
        self._set = re2.Set.SearchSet(options)
        for index, one in enumerate(supersets):
            if self._set.Add(one.source) != index:
                raise re2.error("the set numbered a superset out of order")
        self.sentinel = self._set.Add(END_SENTINEL)
        self._set.Compile()
        self._local = threading.local()

    def matching(self, data: bytes) -> frozenset[int] | None:
        """Indices of the supersets that match *data*; None when the set's answer cannot be
        trusted (no end sentinel in it)."""
        found = self._set.Match(data) or ()
        if self.sentinel not in found:
            return None
        return frozenset(found)

    def read(self, text: str) -> tuple[bytes | None, frozenset[int] | None]:
        """*text* as UTF-8 and ``matching`` of it, remembered for the recognizers that
        follow on the same text (per thread: each scan runs its recognizers in turn)."""
        last = getattr(self._local, "last", None)
        if last is not None and last[0] is text:
            return last[1], last[2]
        data = _utf8(text)
        matched = None if data is None else self.matching(data)
        self._local.last = (text, data, matched)
        return data, matched


def _prefiltered_in(recognizer: EntityRecognizer) -> PrefilteredPatterns | None:
    while not isinstance(recognizer, PrefilteredPatterns):
        inner = getattr(recognizer, "inner", None)
        if not isinstance(inner, EntityRecognizer):
            return None
        recognizer = inner
    return recognizer


def share_supersets(recognizers: list[EntityRecognizer],
                    sample: list[str]) -> str | None:
    """Give the prefiltered recognizers among *recognizers* one SharedSupersets, after
    checking it on *sample* against each superset asked alone. None when installed, else
    why not (the recognizers then ask their supersets one by one)."""
    wrapped = [w for w in map(_prefiltered_in, recognizers) if w is not None]
    supersets = [s for w in wrapped for s in w._supersets if s is not None]
    if not supersets:
        return "no recognizer has a superset"
    try:
        shared = SharedSupersets(supersets)
    except re2.error as exc:
        return f"RE2 could not build the set: {exc}"
    for text in sample:
        data = _utf8(text)
        if data is None:
            continue
        matched = shared.matching(data)
        if matched is None:
            return "the set's DFA did not read a sample text to its end"
        alone = frozenset(i for i, s in enumerate(supersets) if s.first(data) >= 0)
        if matched - {shared.sentinel} != alone:
            return "the set and the supersets asked one by one disagreed on a sample text"
    for index, one in enumerate(supersets):
        one.index = index
    for w in wrapped:
        w.shared = shared
    return None


def _utf8(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def prefiltered(recognizer: EntityRecognizer) -> EntityRecognizer:
    """*recognizer* wrapped when it is a PatternRecognizer on Presidio's own loop (a class
    that overrides analyze is left as it is)."""
    if not RE2_AVAILABLE or not isinstance(recognizer, PatternRecognizer) \
            or type(recognizer).analyze is not PatternRecognizer.analyze:
        return recognizer
    return PrefilteredPatterns(recognizer)


def missing_re2_warning() -> None:
    if not RE2_AVAILABLE:
        log.warning("detect.prefilter_missing",
                    reason="the google-re2 package is not installed for this platform; every "
                           "pattern runs on every text (same findings, slower)")
