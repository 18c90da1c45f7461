"""The tokeniser's affix and URL searches, skipped where they cannot match.

The tokeniser asks up to four regular expressions about every chunk between spaces (its
prefixes, suffixes, infixes, URLs), each a long alternation tried at every position: about
nine tenths of its time, and no tokeniser cache inside a memory zone. Each now first looks
for one of the characters its pattern cannot match without (``required.py``): a plain word
holds none of the suffix pattern's punctuation and digits, so its search is skipped, with
the same answer.

An acceleration (``ACCEL``): the plain path runs spaCy's searches on every chunk.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalyzerEngine

from sovereign.detect.accel.base import Accel, Installed, pipelines
from sovereign.detect.accel.required import guarded

SEARCHES = (("prefix_search", None), ("suffix_search", None), ("infix_finditer", ()),
            ("token_match", None), ("url_match", None))


def guard_affixes(nlp: Any) -> list[tuple[Any, str, Any]]:
    """Skip the tokeniser's affix and URL searches on chunks that cannot match them (see the
    module docstring). spaCy calls these as plain functions, so a check may stand in.
    Returns (tokenizer, name, the search it had) for each one replaced."""
    tokenizer: Any = nlp.tokenizer  # the affix properties are public in tokenizer.pyx
    before = []
    for name, empty in SEARCHES:
        method = getattr(tokenizer, name, None)
        if method is not None:
            before.append((tokenizer, name, method))
            setattr(tokenizer, name, guarded(method, empty))
    return before


def install(analyzer: AnalyzerEngine) -> Installed:
    before = [one for nlp in pipelines(analyzer) for one in guard_affixes(nlp)]

    def undo() -> None:
        for tokenizer, name, method in before:
            setattr(tokenizer, name, method)

    return Installed(analyzer, undo)


ACCEL = Accel("affix_guards", install)
