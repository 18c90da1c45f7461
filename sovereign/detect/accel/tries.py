"""Long lists of words in Presidio's patterns written as tries that keep their order.

Presidio's ``UrlRecognizer`` writes the 675 top-level domains into each of its four patterns
as ``(?:com)|(?:edu)|(?:gov)|…``. The ``regex`` module tries them one after the other at
every dot it meets, and in code and logs nearly every word has a dot ("self.assertEqual" is
"self.as", American Samoa): on the 2 KB new texts of ``bench/proxy_overhead``, "Non schema
URL" alone took 3.2 ms a text, 1.2 ms written as a trie (``c(?:o(?:m|op|…)|…)``).

The match is the same. Where a list is tried in order, the first word that lets the whole
pattern match wins. At one place in the text only words beginning with the letter found
there can match, so words with different first letters never compete, and among those that
share one the trie keeps their order. An empty word would match wherever the text stands,
so no group is gathered across one. The words are lower-case ASCII letters, digits and
hyphens: two different ones never fold to the same character, with or without
``re.IGNORECASE``.

An acceleration (``ACCEL``): the plain path runs Presidio's patterns as written. It is
installed before the RE2 supersets, which are then made from the trie (a superset of the
same matches).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer

from sovereign.detect.accel.base import Accel, Installed, innermost

MIN_WORDS = 20  # a shorter list is not worth a trie
WORD = r"\(\?:[a-z0-9\-]+\)"  # one alternative as Presidio writes it: (?:com)
WORD_LIST = re.compile(rf"(?:{WORD}\|){{{MIN_WORDS - 1},}}{WORD}")
WORD_TEXT = re.compile(r"\(\?:([a-z0-9\-]+)\)")


def trie(words: Sequence[str]) -> str:
    """*words* (literal, in the order they are to be tried) as one alternation that tries
    them in that order (see the module docstring)."""
    groups: list[tuple[str, list[str]]] = []  # (first letter, the rests in order); "" ends a run
    open_groups: dict[str, list[str]] = {}  # the groups since the last empty word, by letter
    for word in words:
        if not word:
            groups.append(("", []))
            open_groups = {}  # an empty word stands between: later words start new groups
        elif word[0] in open_groups:
            open_groups[word[0]].append(word[1:])
        else:
            open_groups[word[0]] = [word[1:]]
            groups.append((word[0], open_groups[word[0]]))
    return "|".join("" if not letter else letter + rests[0] if len(rests) == 1
                    else f"{letter}(?:{trie(rests)})" for letter, rests in groups)


def rewritten(pattern: str) -> str:
    """*pattern* with each list of MIN_WORDS or more words written as a trie."""
    return WORD_LIST.sub(lambda m: trie(WORD_TEXT.findall(m.group())), pattern)


def install(analyzer: AnalyzerEngine) -> Installed:
    """Give each pattern recognizer whose patterns hold a word list new Pattern objects with
    the tries (Presidio's recognizers share their class's Pattern objects between instances:
    those are left as they are, so an engine built the plain way stays plain)."""
    changed: list[tuple[Any, list[Pattern]]] = []  # (recognizer, the patterns it had)
    for recognizer in analyzer.registry.recognizers:
        found: Any = innermost(recognizer, PatternRecognizer)
        patterns: list[Pattern] = list(getattr(found, "patterns", None) or ())
        tries = [rewritten(p.regex) for p in patterns]
        if tries != [p.regex for p in patterns]:  # a new Pattern compiles its regex: only these
            changed.append((found, patterns))
            found.patterns = [p if t == p.regex else Pattern(p.name, t, p.score)
                              for p, t in zip(patterns, tries, strict=True)]

    def undo() -> None:
        for recognizer, patterns in changed:
            recognizer.patterns = patterns

    return Installed(analyzer, undo)


ACCEL = Accel("word_tries", install)
