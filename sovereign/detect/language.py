"""Which configured language a text is in, to scan it with that language's spaCy model and
recognizers. Offline: py3langid ships its model inside the package.

Short or mixed texts ("ok", a card number, a code snippet) say little about their language;
below MIN_LETTERS letters or MIN_CONFIDENCE they get the first configured language, whose
pattern recognizers still run on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MIN_LETTERS = 12
MIN_CONFIDENCE = 0.9


class LanguagePicker:
    def __init__(self, languages: Sequence[str]) -> None:
        if not languages:
            raise ValueError("at least one detection language is needed")
        self.languages = tuple(languages)
        self.default = self.languages[0]
        self._identifier: Any = None
        if len(self.languages) > 1:
            from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE,
                                                                 norm_probs=True)
            self._identifier.set_languages(list(self.languages))

    def pick(self, text: str) -> str:
        if self._identifier is None or sum(ch.isalpha() for ch in text[:2000]) < MIN_LETTERS:
            return self.default
        lang, confidence = self._identifier.classify(text[:2000])
        return str(lang) if confidence >= MIN_CONFIDENCE else self.default
