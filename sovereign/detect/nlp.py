"""Presidio's spaCy NLP engine, cut down to what detection reads: named entities and a
cheap lower-case form of each token for context words.

- Only the ``ner`` pipe runs, with the shared tok2vec where the model's NER listens to it
  (French, German…). In the small English model NER carries its own, so switching off
  tok2vec, tagger, parser, attribute ruler and lemmatizer gives the same entities at about
  twice the speed.
- Presidio matches context words as substrings of each token's lemma ("phone" in "phones",
  "call" in "called"), so the lower-cased token stands in for the lemma.
- Stop-word and punctuation checks use stop-word sets, not ``vocab[word]``, which would add
  every new word to the model's vocabulary for good: the model's language's and those of
  the six others the proxy reads (stopwords.py), less any word a recognizer names as a
  context word ("tel", "nie"). Presidio takes the five keywords before a finding as its
  context; with English stop words alone, "het", "dit" and "is" took three of those places
  in a Dutch sentence and "BSN" fell out of reach, and "plus" or "nous" held the context
  word "us".
- The keywords (context-word candidates) are made when first read: only the context step
  reads them, and only for a text with a finding whose recognizer has context words.

The speed patches on the loaded pipelines (numpy's BLAS and the small-matrix kernel, the fused
tok2vec layers, fewer lexeme attributes, a warm vocabulary, guarded affix searches, the
dropout walk) are accelerations, in ``detect/accel/``: this engine is the plain one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH, LOWER

from sovereign.detect.nerview import NER_PIPE
from sovereign.detect.stopwords import STOP_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() accepts (\w is those and "_")


class _Artifacts(NlpArtifacts):
    """NlpArtifacts whose keywords are made when first read: only the context step reads
    them, and only for a text with a finding whose recognizer has context words."""

    make_keywords: Callable[[], list[str]] | None = None
    _keywords: list[str] | None = None

    @property
    def keywords(self) -> list[str]:
        if self._keywords is None:
            self._keywords = self.make_keywords() if self.make_keywords is not None else []
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        self._keywords = value


class NerOnlyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine whose pipelines run only NER; see the module docstring."""

    def load(self) -> None:
        super().load()
        self._stop_words: dict[str, frozenset[str]] = {}
        pipelines: dict[str, Language] = self.nlp or {}
        for lang, nlp in pipelines.items():
            keep = {NER_PIPE} | {name for name, pipe in nlp.pipeline
                                 if NER_PIPE in getattr(pipe, "listening_components", ())}
            nlp.select_pipes(disable=[name for name in nlp.pipe_names if name not in keep])
            self._stop_words[lang] = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self._foreign_stop_words = frozenset(w.lower() for w in STOP_WORDS)
        self.keep_keywords(())
        self._ignore_unmapped_labels(pipelines.values())

    def keep_keywords(self, words: Iterable[str]) -> None:
        """Count *words* (the recognizers' context words) as keywords even where another
        language has them as a stop word; see the module docstring."""
        kept = frozenset(w.lower() for w in words)
        self._stop_words_read = {lang: own | (self._foreign_stop_words - kept)
                                 for lang, own in self._stop_words.items()}

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
        return word.lower() in self._stop_words_read.get(language, frozenset())

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
        artifacts = _Artifacts(entities=entities, tokens=doc,
                               tokens_indices=[idx for idx, _, _ in columns], lemmas=lemmas,
                               nlp_engine=None, language=language, scores=scores)
        artifacts.nlp_engine = self
        artifacts.make_keywords = lambda: self._keywords(lemmas, language)
        artifacts._keywords = None  # NlpArtifacts.__init__ set [] (it was given no engine)
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
