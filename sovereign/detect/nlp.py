"""Presidio's spaCy NLP engine, cut down to what detection reads: named entities and a
cheap lower-case form of each token for context words.

- Only the ``ner`` pipe runs, with the shared tok2vec where the model's NER listens to it
  (French, German…). In the small English model NER carries its own, so switching off
  tok2vec, tagger, parser, attribute ruler and lemmatizer gives the same entities at about
  twice the speed.
- Presidio matches context words as substrings of each token's lemma ("phone" in "phones",
  "call" in "called"), so the lower-cased token stands in for the lemma.
- Stop-word and punctuation checks use the language's stop-word set, not ``vocab[word]``,
  which would add every new word to the model's vocabulary for good.
- The kept pipes multiply their matrices with numpy's BLAS instead of thinc's default BLIS
  kernels: the same entities, and the NER's convolution layers, most of its cost, run about
  1.8 times as fast (``bench/detection_eval.py``; a test checks the entities are unchanged).
- The parser's own per-step products (one state's hidden vector by the output layer, three
  feature vectors added) are tiny; BLIS spent more on checking and packing them than on the
  sums. ``_smallblas`` (C, built at install) does them in plain loops, the same sums in the
  same order: the same entities, the NER about a sixth faster. Without a C compiler at install
  the module is missing, the parser keeps BLIS and the engine logs it when it loads.
- A word new to the vocabulary (most names and numbers, again on every call inside a memory
  zone) gets only the lexeme attributes something reads: its lower-case form, NORM, IS_SPACE
  (the NER's transition system) and the columns the models' feature extractors take. The
  twenty-odd other flags (LIKE_URL, IS_CURRENCY…) were computed in Python for every new
  word; about 8% of detection time.
- The words the model already knows (its string store: about 85,000 words and signs) get
  their lexemes once, when the engine loads, outside any memory zone. Inside a call's zone
  only words new to the model are created and freed again; before, "the", "," and "to" were
  created and freed on every call: three lexemes in four that a call made. About 0.4 s and
  20 MB per process, once; short calls (a chat turn) run about a tenth faster.
- The token vectors' five maxout and layer-normalisation blocks run their bias, pieces,
  moments, normalisation, scale and shift as two C passes per row (``fused.py``) instead of
  a dozen numpy calls over the batch: the same bits, checked on the loaded weights.
- The tokeniser asks up to four regular expressions about every chunk between spaces (its
  prefixes, suffixes, infixes, URLs), each a long alternation tried at every position: about
  nine tenths of its time, and no tokeniser cache inside a memory zone. Each now first looks
  for one of the characters its pattern cannot match without (``required.py``): a plain word
  holds none of the suffix pattern's punctuation and digits, so its search is skipped, with
  the same answer.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import structlog
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH, LOWER
from thinc.api import NumpyOps, set_dropout_rate
from thinc.backends.cblas import CBlas  # type: ignore[import-not-found]  # Cython, no stub

from sovereign.detect.fused import fuse_blocks
from sovereign.detect.nerview import NER_PIPE
from sovereign.detect.required import guarded

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

try:
    from sovereign.detect import _smallblas

    KERNEL_BUILT = True
except ImportError:  # installed without a C compiler: the parser keeps BLIS (see above)
    KERNEL_BUILT = False

ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() accepts (\w is those and "_")
log = structlog.get_logger("sovereign.detect")


class SmallBlasOps(NumpyOps):  # type: ignore[misc]  # thinc's NumpyOps is untyped here
    """numpy's BLAS for the layers' matrix products, _smallblas for the parser's per-step
    ones (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)
        self._cblas = CBlas()  # read-only to the parser: one serves every call
        _smallblas.install(self._cblas)

    def cblas(self) -> CBlas:
        return self._cblas


def fast_ops() -> NumpyOps:
    """SmallBlasOps where _smallblas was built and fits this thinc, else numpy's BLAS for
    the layers and BLIS for the parser (logged: detection is slower, not different)."""
    if KERNEL_BUILT:
        try:
            return SmallBlasOps()
        except (RuntimeError, TypeError, AttributeError) as exc:
            log.warning("detect.small_blas_unusable", reason=str(exc))
    else:
        log.warning("detect.small_blas_missing",
                    reason="sovereign.detect._smallblas was not built (no C compiler when "
                           "sovereign was installed); NER runs on BLIS, about a sixth slower")
    return NumpyOps(use_blis=False)


def use_fast_ops(nlp: Language) -> None:
    """Have the enabled pipes of *nlp* multiply matrices with fast_ops() rather than BLIS."""
    ops = fast_ops()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


KEPT_LEXEME_ATTRS = ("LOWER", "NORM", "IS_SPACE")


def compute_read_lexeme_attrs_only(nlp: Language) -> None:
    """Drop the lexeme attribute getters of *nlp* that neither its enabled pipes nor
    detection read (see the module docstring)."""
    from spacy.attrs import IDS

    needed = {IDS[name] for name in KEPT_LEXEME_ATTRS}
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            if node.name == "extract_features":
                needed |= {IDS[c.upper()] if isinstance(c, str) else c
                           for c in node.attrs["columns"]}
    vocab: Any = nlp.vocab  # lex_attr_getters is public in vocab.pyx, missing from its stub
    vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items()
                              if attr in needed}


def guard_affixes(nlp: Language) -> None:
    """Skip the tokeniser's affix and URL searches on chunks that cannot match them (see the
    module docstring). spaCy calls these as plain functions, so a check may stand in."""
    tokenizer: Any = nlp.tokenizer  # the affix properties are public in tokenizer.pyx
    for name, empty in (("prefix_search", None), ("suffix_search", None),
                        ("infix_finditer", ()), ("token_match", None), ("url_match", None)):
        method = getattr(tokenizer, name, None)
        if method is not None:
            setattr(tokenizer, name, guarded(method, empty))


def warm_vocabulary(nlp: Language) -> None:
    """Create the lexemes of every string *nlp* knows, outside any memory zone (see the
    module docstring), after the lexeme getters are set."""
    vocab = nlp.vocab
    for string in list(vocab.strings):
        vocab[string]


DROPOUT = "dropout_rate"
_DROPOUT_HOLDERS: dict[int, tuple[Any, list[Any]]] = {}  # id(model) -> (model, its holders)


def _set_dropout_rate(model: Any, drop: float, attrs: Any = (DROPOUT,)) -> Any:
    """thinc's set_dropout_rate, remembering per model which nodes hold a dropout rate."""
    if tuple(attrs) != (DROPOUT,):
        return set_dropout_rate(model, drop, attrs)
    entry = _DROPOUT_HOLDERS.get(id(model))
    if entry is None or entry[0] is not model:
        if len(_DROPOUT_HOLDERS) >= 16:  # models rebuilt again and again: forget the oldest
            _DROPOUT_HOLDERS.pop(next(iter(_DROPOUT_HOLDERS)))
        entry = _DROPOUT_HOLDERS[id(model)] = (
            model, [node for node in model.walk() if DROPOUT in node.attrs])
    for node in entry[1]:
        node.attrs[DROPOUT] = drop
    return model


def remember_dropout_holders() -> None:
    """spaCy's parser sets its model's dropout rate at every call, walking all of the NER's
    66 nodes for the 6 that hold one: about a tenth of the NER's time on a chat turn. The
    parser's module gets a set_dropout_rate that walks each model once. (At inference the
    rate changes nothing: thinc's dropout only acts in training.)"""
    transition_parser: Any = importlib.import_module("spacy.pipeline.transition_parser")
    if transition_parser.set_dropout_rate is not _set_dropout_rate:
        transition_parser.set_dropout_rate = _set_dropout_rate


class NerOnlyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine whose pipelines run only NER; see the module docstring."""

    def load(self) -> None:
        super().load()
        remember_dropout_holders()
        self._stop_words: dict[str, frozenset[str]] = {}
        pipelines: dict[str, Language] = self.nlp or {}
        for lang, nlp in pipelines.items():
            keep = {NER_PIPE} | {name for name, pipe in nlp.pipeline
                                 if NER_PIPE in getattr(pipe, "listening_components", ())}
            nlp.select_pipes(disable=[name for name in nlp.pipe_names if name not in keep])
            use_fast_ops(nlp)
            for _, pipe in nlp.pipeline:
                model = getattr(pipe, "model", None)
                if model is not None:
                    fuse_blocks(model)
            compute_read_lexeme_attrs_only(nlp)
            guard_affixes(nlp)
            warm_vocabulary(nlp)
            self._stop_words[lang] = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self._ignore_unmapped_labels(pipelines.values())

    def _ignore_unmapped_labels(self, pipelines: Iterable[Language]) -> None:
        """Drop the NER labels no Presidio entity stands for (CARDINAL, MONEY, LAW…) when the
        artefacts are built. Presidio kept them and logged a warning for each one in every
        call; no recognizer reads them."""
        config = self.ner_model_configuration
        mapping = config.model_to_presidio_entity_mapping or {}
        ners: list[Any] = [nlp.get_pipe(NER_PIPE) for nlp in pipelines if nlp.has_pipe(NER_PIPE)]
        unmapped = {label for ner in ners for label in ner.labels if label not in mapping}
        config.labels_to_ignore = frozenset(config.labels_to_ignore or ()) | unmapped

    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in self._stop_words.get(language, frozenset())

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and ALNUM.search(word) is None

    def artifacts(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's artefacts for a doc our own ``nlp.pipe`` made (see detector.py)."""
        return self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's artefacts (entities, tokens, offsets, lower-case forms as lemmas,
        keywords), read from the doc's arrays once rather than token by token, keywords
        decided once per distinct word; and each token's end (token_ends) for the context
        step."""
        default = self.ner_model_configuration.default_score or 0.85
        entities, scores = self._get_updated_entities(list(doc.ents), [default] * len(doc.ents))
        columns = doc.to_array([IDX, LENGTH, LOWER]).tolist()
        strings = doc.vocab.strings
        words: dict[int, str] = {}
        lemmas = []
        for _, _, lower in columns:
            word = words.get(lower)
            if word is None:
                word = words[lower] = strings[lower]
            lemmas.append(word)
        artifacts = NlpArtifacts(entities=entities, tokens=doc,
                                 tokens_indices=[idx for idx, _, _ in columns], lemmas=lemmas,
                                 nlp_engine=None, language=language, scores=scores)
        artifacts.nlp_engine = self
        artifacts.keywords = self._keywords(lemmas, language)
        artifacts.token_ends = [idx + length for idx, length, _ in columns]  # type: ignore[attr-defined]
        return artifacts

    def _keywords(self, lemmas: list[str], language: str) -> list[str]:
        """NlpArtifacts.set_keywords, each distinct lemma decided once."""
        parts: dict[str, list[str]] = {}
        keywords: list[str] = []
        for lemma in lemmas:
            found = parts.get(lemma)
            if found is None:
                keep = (not self.is_stopword(lemma, language) and not self.is_punct(lemma, language)
                        and lemma != "-PRON-" and lemma != "be")
                found = parts[lemma] = lemma.lower().split(":") if keep else []
            keywords.extend(found)
        return keywords
