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
- The same step has the tokeniser split each of those words once, outside any memory zone,
  so that spaCy's own tokeniser cache holds them: inside a zone the cache is read but never
  written, so a known word ("the", "function") went through the affix searches on every
  call. spaCy's cache answers a chunk between spaces with exactly the tokens its split gave
  (special cases are never cached), so the findings are the same; its size limit is raised
  to hold them (``max_cache_size``, public). About 0.4 s and 5 MB per process, once; new
  texts 2-3% faster, short and 2 KB alike (the same engine with and without it, taking
  turns on the same texts). A later change of the tokeniser's rules or affix searches
  empties the cache (spaCy does): slower again, not different.

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


WARM_CHUNK_WORDS = 1000  # words per call of the tokeniser while its cache is filled


def warm_tokenizer(nlp: Language) -> None:
    """Have *nlp*'s tokeniser split every string its vocabulary holds that has no space in
    it, outside any memory zone, so that its cache keeps each split (module docstring).

    spaCy caches no chunk of a call after the first chunk that met a special case
    ("don't", "'s"): plain words that are no special case themselves go many to a call,
    every other string in a call of its own."""
    tokenizer: Any = nlp.tokenizer  # max_cache_size and rules are public in tokenizer.pxd
    special = set(tokenizer.rules or ())
    strings = [s for s in list(nlp.vocab.strings) if s and not any(c.isspace() for c in s)]
    plain = [s for s in strings if s.isalpha() and s not in special]
    other = [s for s in strings if not s.isalpha() and s not in special]
    tokenizer.max_cache_size = max(int(tokenizer.max_cache_size), 0) + len(strings)
    for i in range(0, len(plain), WARM_CHUNK_WORDS):
        tokenizer(" ".join(plain[i:i + WARM_CHUNK_WORDS]))
    for string in other:
        tokenizer(string)


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
        warm_tokenizer(nlp)
    return Installed(analyzer, None)  # lexemes made cannot be unmade


LEXEME_ATTRS = Accel("lexeme_attrs", _read_only)
WARM_VOCABULARY = Accel("warm_vocabulary", _warm, reversible=False)
