"""Less work per new word, and none per known word, in spaCy's vocabulary.

- A word new to the vocabulary (most names and numbers, again on every call inside a memory
  zone) gets only the lexeme attributes something reads: its lower-case form, NORM, IS_SPACE
  (the NER's transition system) and the columns the models' feature extractors take. The
  twenty-odd other flags (LIKE_URL, IS_CURRENCY…) were computed in Python for every new
  word; about 8% of detection time. (``LEXEME_ATTRS``)
- The words the model already knows (its string store: about 85,000 words and signs) get
  their lexemes once, when the engine loads, outside any memory zone. Inside a call's zone
  only words new to the model are created and freed again; before, "the", "," and "to" were
  created and freed on every call: three lexemes in four that a call made. About 0.4 s and
  20 MB per process, once; short calls (a chat turn) run about a tenth faster.
  (``WARM_VOCABULARY``; it cannot be undone, so it comes after LEXEME_ATTRS is decided.)

Accelerations: the plain path computes every attribute, lexeme by lexeme as words come.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from presidio_analyzer import AnalyzerEngine

from sovereign.detect.accel.base import Accel, Installed, pipelines

if TYPE_CHECKING:
    from spacy.language import Language

KEPT_LEXEME_ATTRS = ("LOWER", "NORM", "IS_SPACE")


def compute_read_lexeme_attrs_only(nlp: Language) -> dict[int, Any]:
    """Drop the lexeme attribute getters of *nlp* that neither its enabled pipes nor
    detection read (see the module docstring); returns the getters it had."""
    from spacy.attrs import IDS

    needed = {IDS[name] for name in KEPT_LEXEME_ATTRS}
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            if node.name == "extract_features":
                needed |= {IDS[c.upper()] if isinstance(c, str) else c
                           for c in node.attrs["columns"]}
    vocab: Any = nlp.vocab  # lex_attr_getters is public in vocab.pyx, missing from its stub
    before: dict[int, Any] = vocab.lex_attr_getters
    vocab.lex_attr_getters = {attr: get for attr, get in before.items() if attr in needed}
    return before


def warm_vocabulary(nlp: Language) -> None:
    """Create the lexemes of every string *nlp* knows, outside any memory zone (see the
    module docstring), after the lexeme getters are set."""
    vocab = nlp.vocab
    for string in list(vocab.strings):
        vocab[string]


def _read_only(analyzer: AnalyzerEngine) -> Installed:
    before = [(nlp, compute_read_lexeme_attrs_only(nlp)) for nlp in pipelines(analyzer)]

    def undo() -> None:
        for nlp, getters in before:
            vocab: Any = nlp.vocab
            vocab.lex_attr_getters = getters

    return Installed(analyzer, undo)


def _warm(analyzer: AnalyzerEngine) -> Installed:
    for nlp in pipelines(analyzer):
        warm_vocabulary(nlp)
    return Installed(analyzer, None)  # lexemes made cannot be unmade


LEXEME_ATTRS = Accel("lexeme_attrs", _read_only)
WARM_VOCABULARY = Accel("warm_vocabulary", _warm, reversible=False)
