"""Context words, in linear time.

Presidio's LemmaContextAwareEnhancer deep-copies every result and, for each finding, tests
each nearby lemma for membership in a *list* of all keywords of the text: quadratic in the
text's length (a 100 KB prompt spent seconds there). This enhancer gives the same answer
(the same window of ``context_prefix_count`` keywords before a finding and
``context_suffix_count`` after, the same substring matching, the same score rule) from a
keyword flag per token computed once per text, and a binary search for the finding's token.

Before this enhancer runs, Presidio's AnalyzerEngine hands each recognizer its own results
and everyone else's, filtering the whole result list twice per recognizer: with fifty
recognizers and a hundred findings per document, a twentieth of detection time, for
recognizers that nearly all leave their results as they are. ContextAnalyzer groups the
results once and builds the "others" list only for a recognizer that overrides the hook; where
none does (the shipped engine), the results stay as they came. The recognizers, their ids and
entities are looked up once while the registry is unchanged, and the token keywords are made
only for a text with a finding whose recognizer has context words.

An acceleration (``ACCEL``): the plain path runs Presidio's AnalyzerEngine with its
LemmaContextAwareEnhancer. The fork changes no result: the engine checks it at start-up on
a sample, and tests/test_accel.py on the evaluation sets.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer, LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from sovereign.detect.accel.base import Accel, Installed
from sovereign.detect.accel.dedup import remove_duplicates

DEFAULT_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE  # Presidio's analyze default

IDENTIFIER_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


class ContextAnalyzer(AnalyzerEngine):
    """Presidio's AnalyzerEngine, with its per-recognizer context step in linear time (the
    same results in the same order; see the module docstring), and its last steps for the
    way the detector calls it (precomputed artefacts, a score threshold, nothing else)
    without their per-call overhead: duplicates removed within each entity type
    (``dedup.py``), the recognizers, their ids and entity list kept per language while the
    registry is unchanged."""

    def analyze(self, text: str, language: str, entities: list[str] | None = None,
                correlation_id: str | None = None, score_threshold: float | None = None,
                return_decision_process: bool | None = False,
                ad_hoc_recognizers: list[EntityRecognizer] | None = None,
                context: list[str] | None = None, allow_list: list[str] | None = None,
                allow_list_match: str | None = "exact", regex_flags: int | None = DEFAULT_FLAGS,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if (entities or ad_hoc_recognizers or allow_list or return_decision_process
                or nlp_artifacts is None or score_threshold is None or self.log_decision_process):
            results: list[RecognizerResult] = super().analyze(
                text=text, language=language, entities=entities, correlation_id=correlation_id,
                score_threshold=score_threshold, return_decision_process=return_decision_process,
                ad_hoc_recognizers=ad_hoc_recognizers, context=context, allow_list=allow_list,
                allow_list_match=allow_list_match, regex_flags=regex_flags,
                nlp_artifacts=nlp_artifacts)
            return results
        plan = self._plan(language)
        found: list[RecognizerResult] = []
        in_place = True  # every result carries the id of the recognizer that made it
        for recognizer, rid in zip(plan.recognizers, plan.ids, strict=True):
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            current = recognizer.analyze(text=text, entities=plan.entities,
                                         nlp_artifacts=nlp_artifacts)
            for result in current or ():
                meta = result.recognition_metadata
                if not meta:
                    meta = result.recognition_metadata = {}
                if meta.setdefault(IDENTIFIER_KEY, rid) != rid:
                    in_place = False
                meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY,
                                recognizer.name)  # type: ignore[has-type]
                found.append(result)
        if not (in_place and not plan.overriding):
            found = self._grouped(text, found, nlp_artifacts, plan, context)
        found = self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=found, nlp_artifacts=nlp_artifacts,
            recognizers=plan.recognizers, context=context)
        kept = remove_duplicates(r for r in found if r.score >= score_threshold)
        for result in kept:  # as Presidio without return_decision_process
            result.analysis_explanation = None  # type: ignore[assignment]
        return kept

    def _plan(self, language: str) -> _Plan:
        """The recognizers of *language*, their ids and entities, made again only when the
        registry's recognizers change (an acceleration or a rule pack may replace them)."""
        recognizers = self.registry.get_recognizers(language=language, all_fields=True)
        last: tuple[str, list[EntityRecognizer], _Plan] | None = self.__dict__.get("_last_plan")
        # the same recognizer objects, compared by identity (not id(): with a Python audit
        # hook installed, as filelock installs one, each id() call runs Python code)
        if (last is None or last[0] != language or len(last[1]) != len(recognizers)
                or not all(map(operator.is_, last[1], recognizers))):
            plan = _Plan(recognizers, self.get_supported_entities(language=language))
            last = self.__dict__["_last_plan"] = (language, recognizers, plan)
        return last[2]

    def _grouped(self, text: str, raw_results: list[RecognizerResult],
                 nlp_artifacts: NlpArtifacts, plan: _Plan,
                 context: list[str] | None) -> list[RecognizerResult]:
        """Presidio's per-recognizer step: each recognizer's own results, in the order of
        the recognizers, through its enhance_using_context where it overrides it. (Where no
        recognizer overrides it and every result carries its maker's id, this is the list
        as it came, and ``analyze`` skips it.)"""
        by_id: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            by_id.setdefault(result.recognition_metadata[IDENTIFIER_KEY], []).append(result)
        results: list[RecognizerResult] = []
        for recognizer, rid in zip(plan.recognizers, plan.ids, strict=True):
            own = by_id.get(rid, [])
            if rid in plan.overriding:
                others = [r for r in raw_results if r.recognition_metadata[IDENTIFIER_KEY] != rid]
                own = recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=own, other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts, context=context)
            results.extend(own)
        return results


class _Plan:
    """One language's recognizers as ``ContextAnalyzer.analyze`` walks them."""

    def __init__(self, recognizers: list[EntityRecognizer], entities: list[str]) -> None:
        self.recognizers = recognizers
        self.entities = entities
        self.ids: list[str] = [r.id for r in recognizers]
        # those whose own results go through their enhance_using_context first
        self.overriding = frozenset(
            rid for rid, r in zip(self.ids, recognizers, strict=True)
            if type(r).enhance_using_context is not EntityRecognizer.enhance_using_context)


class WindowContextEnhancer(LemmaContextAwareEnhancer):
    """Drop-in for Presidio's lemma enhancer (substring matching), linear per text."""

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                              nlp_artifacts: NlpArtifacts | None,
                              recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        if not raw_results or nlp_artifacts is None or not nlp_artifacts.tokens:
            return raw_results
        by_id = self._by_id(recognizers)
        extra = [w.lower() for w in context or ()]
        words: _Words | None = None  # made for the first result that has context words
        for result in raw_results:
            meta: dict[str, Any] = result.recognition_metadata or {}
            rid = meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)
            cues = by_id.get(rid) if isinstance(rid, str) else None
            if not cues:
                continue
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            if words is None:
                words = _Words(nlp_artifacts)
            near = words.around(result.start, self.context_prefix_count,
                                self.context_suffix_count) + extra
            supportive = next((c for c, low in cues if any(low in word for word in near)), "")
            if supportive:
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity),
                                   ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _by_id(self, recognizers: list[EntityRecognizer]) -> dict[str, list[tuple[str, str]]]:
        """Each recognizer's context words (and their lower case) by its id, made again only
        for another list (the analyzer passes the same list while its registry is unchanged;
        the list is held, so its id is not reused while it is remembered)."""
        last = self.__dict__.get("_last_by_id")
        if last is None or last[0] is not recognizers:
            cues = {r.id: [(c, c.lower()) for c in r.context or ()] for r in recognizers}
            last = self.__dict__["_last_by_id"] = (recognizers, cues)
        by_id: dict[str, list[tuple[str, str]]] = last[1]
        return by_id


class _Words:
    """The keyword (lower-case lemma, or None) of each token of one text, and its offsets."""

    def __init__(self, artifacts: NlpArtifacts) -> None:
        keywords = set(artifacts.keywords)
        self.starts: list[int] = artifacts.tokens_indices
        ends = getattr(artifacts, "token_ends", None)  # set by NerOnlyNlpEngine
        self.ends: list[int] = ends if ends is not None else [
            start + len(tok) for start, tok in zip(self.starts, artifacts.tokens, strict=True)]
        lows: dict[str, str | None] = {}  # per distinct lemma: its keyword, or None
        self.keyword: list[str | None] = []
        for lemma in artifacts.lemmas:
            if lemma not in lows:
                low = lemma.lower()
                lows[lemma] = low if low in keywords else None
            self.keyword.append(lows[lemma])

    def token_at(self, offset: int) -> int:
        """The token holding *offset*, or the first one after it."""
        i = max(0, bisect_right(self.starts, offset) - 1)
        if self.ends[i] <= offset and i + 1 < len(self.starts):
            i += 1
        return i

    def around(self, offset: int, before: int, after: int) -> list[str]:
        """Up to before+1 keywords from the finding's token backwards and after+1 forwards
        (the finding's own token counts, as in Presidio: "tel:555…" is one token)."""
        index = self.token_at(offset)
        found: list[str] = []
        for step, wanted in ((-1, before + 1), (1, after + 1)):
            i = index
            while 0 <= i < len(self.keyword) and wanted > 0:
                word = self.keyword[i]
                if word is not None:
                    found.append(word)
                    wanted -= 1
                i += step
        return found


def install(analyzer: AnalyzerEngine) -> Installed:
    """A ContextAnalyzer with *analyzer*'s registry, NLP engine, languages and context
    settings (the registry is shared: accelerations installed after this one reach both)."""
    plain = analyzer.context_aware_enhancer
    enhancer = WindowContextEnhancer(
        context_similarity_factor=plain.context_similarity_factor,
        min_score_with_context_similarity=plain.min_score_with_context_similarity,
        context_prefix_count=plain.context_prefix_count,
        context_suffix_count=plain.context_suffix_count)
    forked = ContextAnalyzer(registry=analyzer.registry, nlp_engine=analyzer.nlp_engine,
                             log_decision_process=analyzer.log_decision_process,
                             default_score_threshold=analyzer.default_score_threshold,
                             supported_languages=analyzer.supported_languages,
                             context_aware_enhancer=enhancer)
    return Installed(forked, lambda: None)  # the plain analyzer is left as it was


ACCEL = Accel("context_fork", install)
