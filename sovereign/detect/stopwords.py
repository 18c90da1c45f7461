"""The stop words of the languages the proxy reads (spaCy's own lists, shipped in the spacy
package: no download), and whether a text is mostly not English by them.

The small English model reads capitalised words as names. In German every noun is
capitalised, and a sentence's first word ("Der Fahrschein", "Welche Formel") or a Romance
phrase ("Bologna Centrale") reads as a name to it; noise.py uses these lists to keep such
words out of names and to hold names the model found in a foreign text to a known name.
"""

from __future__ import annotations

import functools
import re
from importlib import import_module

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
MIN_WORDS = 8  # fewer words say nothing about the language
FOREIGN_SHARE = 2.0  # a text is foreign when another language's stop words outnumber English's so


def _stop_words(lang: str) -> frozenset[str]:
    words: frozenset[str] = frozenset(import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    return words


BY_LANGUAGE = {lang: _stop_words(lang) for lang in LANGUAGES}
STOP_WORDS = frozenset().union(*BY_LANGUAGE.values())
ENGLISH = BY_LANGUAGE["en"]
# words that are stop words of another language and not of English
FOREIGN_STOP_WORDS = {lang: words - ENGLISH for lang, words in BY_LANGUAGE.items() if lang != "en"}
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@functools.lru_cache(maxsize=16)
def foreign(text: str) -> bool:
    """Whether *text* reads as not English: another language's own stop words (not English
    ones) are at least FOREIGN_SHARE times as many as English stop words in its first
    2,000 characters."""
    words = [w.lower() for w in WORD.findall(text, 0, 2000)]
    if len(words) < MIN_WORDS:
        return False
    english = sum(w in ENGLISH for w in words)
    other = max(sum(w in own for w in words) for own in FOREIGN_STOP_WORDS.values())
    return other >= FOREIGN_SHARE * max(english, 1)
