"""Accelerations: optional replacements for parts of the plain detection path, each proving
itself equivalent when the engine is built.

The plain path (``detect/engine.py``) is Presidio's AnalyzerEngine with its
LemmaContextAwareEnhancer, the NER-only spaCy engine (``detect/nlp.py``) and the
recognizers. Each acceleration here replaces one piece of it with faster code meant to give
the same findings:

======================  ====================================================================
small_blas              numpy's BLAS and a C kernel instead of BLIS (``small_blas.py``)
fused_layers            the tok2vec's maxout and layer norm in C (``fused.py``)
lexeme_attrs            only the lexeme attributes something reads (``lexemes.py``)
affix_guards            the tokeniser's affix searches skipped where they cannot match
                        (``affixes.py``, ``required.py``)
warm_vocabulary         the model's known words' lexemes made, and split, once
                        (``lexemes.py``)
word_tries              Presidio's long word lists (the URL's domains) as tries (``tries.py``)
supersets               each pattern run only where its RE2 superset matches (``supersets.py``)
shared_superset_filter  one RE2 filter says which supersets match (``supersets.py``)
phone_matcher           the regions' phone matchers share their work (``phonematch.py``)
context_fork            Presidio's analyze and context step in linear time (``context.py``)
======================  ====================================================================

``accelerate`` installs them in that order on an engine built the plain way. Before the
first, it computes the engine's findings (spans, entity types, scores, recognizer names) on
``sample()``: the recognizers' test vectors and a few lines of the kinds the proxy sees.
With every acceleration installed it computes them again; where they differ in anything, it
takes them all off and tries them one at a time, each checked the same way. One that changes
the findings, or that could not install at all (a C module not built, a library that
changed), is left off, and the engine logs ``detect.accel_fallback`` with its name and why.
The reason is about code, never about a text. The accelerations that cannot be taken off
(warm_vocabulary) come last, each checked on its own; one that changed the findings stops the
engine from starting (fail closed).

``detection.accelerations: false`` in the config builds the plain path alone.

Measured and dropped (``bench/detection_eval.py`` and leave-one-out runs, each under 1% in
batches of 16, single texts and a 100 KB prompt): gates around Presidio's URL, e-mail, IP,
IBAN and similar recognizers (the RE2 supersets already skip them where they cannot match),
and a parser dropout walk remembered per model. Also dropped: one RE2 set for all the
supersets. Asked about texts it had read before it answered in a tenth of the time of the
supersets asked one by one. Asked about new texts, as a proxy always is, it took five times
as long: its DFA, over some 150 patterns at once, kept making new states and never settled
(1,533 new texts: 5.6 s of detection with it, 2.9 s without).

Measured and not taken, for the shared filter (about a tenth of detection time: some 140
supersets have no literal string for RE2's filter, so each is searched on each text):
Hyperscan (the ``hyperscan`` wheel) named the matching supersets in a sixth of RE2's time
(0.17 ms against 1.0 ms on a 2 KB prompt), but compiling the 177 supersets it accepts took
11 s per process (6 s with the text mapped to ASCII), so it would need a compiled database
cached on disk besides a native dependency, for under a tenth of detection time; RE2 on
texts mapped to ASCII (no gain: the cost is per search, not per state); one filter call
over a whole call's texts joined (the searches for where each superset starts then cost
what it saved); and RE2 sets of the supersets in groups of 8 to 64 (slower still on new
text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import structlog
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from sovereign.detect.accel import (
    affixes,
    context,
    fused,
    lexemes,
    phonematch,
    small_blas,
    supersets,
    tries,
)
from sovereign.detect.accel.base import Accel, Installed, Unusable
from sovereign.detect.nerview import ner_view

__all__ = ["Accel", "AccelBroke", "Installed", "Unusable", "accelerate", "accels", "sample"]

log = structlog.get_logger("sovereign.detect")


class AccelBroke(Exception):
    """An acceleration that cannot be taken off changed the findings."""


# texts of the kinds the proxy sees: with and without values, non-ASCII, long, empty (the
# recognizers' test vectors are added)
LINES = [
    "", "hello",
    "Patient: Maria Müller, geb. 01.02.1980, diagnostiziert mit Diabetes mellitus",
    "Call me at +1 (415) 555-0134 or mail jane.doe@example.com; SSN 219-09-9999.",
    "def f(x):\n    return {'id': 4111111111111111, 'iban': 'DE89370400440532013000'}\n" * 20,
    "Ticket n° CS-117637 — Client : Mme Sandrine Dubois, 12 avenue de la Gare, 75008 Paris",
    "\u4f60\u597d \u0645\u0631\u062d\u0628\u0627 \U0001f600 " * 50,
    "Maria Lopez (maria.lopez@example.org, +44 20 7946 0018) lives at 12 Via Roma 4, "
    "Lirone, Italy; card 4111 1111 1111 1111, born 04/07/1985, IP 10.0.0.12.",
    "my phone number is 730 064 218; zip code 32700 and order 32700; we sold 32700 units",
    "2026-11-29T21:37:05Z INFO worker-3 GET https://api.example.com/v1/items?id=42 200 "
    "in 12ms from 192.168.1.20",
    "Dear Mr. O'Brien, your passport X1234567 and NINO AB 12 34 56 C are on file; "
    "IBAN GB82 WEST 1234 5698 7654 32, tax id 12 345 678 903.",
]


VECTORS_PER_TEXT = 16  # vectors joined into one text: fewer calls, the same checks


def sample() -> list[str]:
    """The texts each acceleration must give the plain path's findings on."""
    from sovereign.detect.recognizers import MODULES

    vectors = [text for module in MODULES for text, _ in module.VECTORS]
    return LINES + ["\n".join(vectors[i:i + VECTORS_PER_TEXT])
                    for i in range(0, len(vectors), VECTORS_PER_TEXT)]


def accels(texts: Sequence[str] | None = None) -> list[Accel]:
    """Every acceleration, in the order they are installed (the shared filter is checked
    on *texts*, default ``sample()``)."""
    return [small_blas.ACCEL, fused.ACCEL, lexemes.LEXEME_ATTRS,
            affixes.ACCEL, lexemes.WARM_VOCABULARY, tries.ACCEL, supersets.PREFILTER,
            supersets.shared_filter(list(texts if texts is not None else sample())),
            phonematch.ACCEL, context.ACCEL]


Finding = tuple[int, int, str, float, str]


def findings(analyzer: AnalyzerEngine, texts: Sequence[str]) -> list[list[Finding]]:
    """Every finding of *analyzer* (no score threshold) in each of *texts*, for each of
    its languages in turn, as the detector asks for them (``PresidioDetector``)."""
    engine: Any = analyzer.nlp_engine
    out: list[list[Finding]] = []
    for language in analyzer.supported_languages:
        nlp = engine.get_nlp(language)
        with nlp.memory_zone():
            for text, doc in zip(texts, nlp.pipe(ner_view(t) for t in texts), strict=True):
                results: list[RecognizerResult] = analyzer.analyze(
                    text=text, language=language, score_threshold=0.0,
                    nlp_artifacts=engine.artifacts(doc, language))
                out.append(sorted(
                    (r.start, r.end, r.entity_type, float(r.score),
                     str((r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)))
                    for r in results))
    return out


def difference(want: list[list[Finding]], got: list[list[Finding]]) -> str:
    """What differs, in words that name no text's content."""
    differing = [i for i, (a, b) in enumerate(zip(want, got, strict=True)) if a != b]
    first = differing[0]
    lost = sorted({f"{f[2]} by {f[4]}" for f in set(want[first]) - set(got[first])})
    new = sorted({f"{f[2]} by {f[4]}" for f in set(got[first]) - set(want[first])})
    return (f"its findings differ from the plain path's on {len(differing)} of {len(want)} "
            f"sample texts (first: sample text {first}; lost {lost or 'none'}; "
            f"added or rescored {new or 'none'})")


Fallbacks = list[tuple[str, str]]  # (acceleration, why it is not installed)


def _fallback(name: str, reason: str) -> None:
    log.warning("detect.accel_fallback", accel=name, reason=reason)


def _install(analyzer: AnalyzerEngine, accel: Accel, fallbacks: Fallbacks) -> Installed | None:
    try:
        return accel.apply(analyzer)
    except Unusable as exc:
        fallbacks.append((accel.name, str(exc)))
        return None


def _one_by_one(analyzer: AnalyzerEngine, chosen: Sequence[Accel], texts: list[str],
                want: list[list[Finding]], fallbacks: Fallbacks,
                unusable: Sequence[str] = ()) -> AnalyzerEngine:
    for accel in chosen:
        installed = None if accel.name in unusable else _install(analyzer, accel, fallbacks)
        if installed is None:
            continue
        got = findings(installed.analyzer, texts)
        if got == want:
            analyzer = installed.analyzer
            continue
        reason = difference(want, got)
        if installed.undo is None:
            raise AccelBroke(f"the acceleration {accel.name} cannot be taken off and {reason}")
        installed.undo()
        fallbacks.append((accel.name, reason))
    return analyzer


# engines proven in this process: (languages and models, sample) -> the accelerations kept.
# An engine built again the same way (tests build many) installs those without checking
# again; the fallbacks are logged again.
_PROVEN: dict[tuple[Any, ...], tuple[list[str], list[tuple[str, str]]]] = {}


def _key(analyzer: AnalyzerEngine, texts: list[str]) -> tuple[Any, ...]:
    engine: Any = analyzer.nlp_engine
    models = tuple((lang, str(engine.get_nlp(lang).meta.get("name")),
                    str(engine.get_nlp(lang).meta.get("version")))
                   for lang in analyzer.supported_languages)
    return models, tuple(texts)


def accelerate(analyzer: AnalyzerEngine, texts: Sequence[str] | None = None,
               chosen: Sequence[Accel] | None = None) -> AnalyzerEngine:
    """*analyzer* (built the plain way) with every acceleration that gives its findings on
    *texts* (default ``sample()``); see the module docstring. *chosen* (default ``accels()``)
    is always checked; the default set is checked once per process and configuration."""
    texts = list(texts if texts is not None else sample())
    key = _key(analyzer, texts) if chosen is None else None
    chosen = list(chosen if chosen is not None else accels(texts))
    if key is not None and key in _PROVEN:
        kept, fallbacks = _PROVEN[key]
        for accel in chosen:
            if accel.name in kept:
                analyzer = accel.apply(analyzer).analyzer
        for name, reason in fallbacks:
            _fallback(name, reason)
        return analyzer
    found: Fallbacks = []
    analyzer = _check(analyzer, chosen, texts, found)
    for name, reason in found:
        _fallback(name, reason)
    if key is not None:
        failed = {name for name, _ in found}
        _PROVEN[key] = ([a.name for a in chosen if a.name not in failed], found)
    return analyzer


def _check(analyzer: AnalyzerEngine, chosen: list[Accel], texts: list[str],
           fallbacks: Fallbacks) -> AnalyzerEngine:
    want = findings(analyzer, texts)
    plain = analyzer
    undos = []
    names = []
    unusable = []
    for accel in (a for a in chosen if a.reversible):
        installed = _install(analyzer, accel, fallbacks)
        if installed is None:
            unusable.append(accel.name)
            continue
        analyzer = installed.analyzer
        undos.append(installed.undo)
        names.append(accel.name)
    if names and findings(analyzer, texts) != want:
        for undo in reversed(undos):
            if undo is not None:
                undo()
        log.info("detect.accel_isolating", accels=names)
        analyzer = _one_by_one(plain, [a for a in chosen if a.reversible], texts, want,
                               fallbacks, unusable)
    return _one_by_one(analyzer, [a for a in chosen if not a.reversible], texts, want,
                       fallbacks)
