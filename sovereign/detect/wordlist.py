"""Word lists as regular-expression alternations the engine rejects quickly.

A recognizer built on a closed list (countries, demonyms, conditions) is one alternation of
a hundred or more words. The ``regex`` engine tries every alternative at every word start,
so such a pattern cost as much as all the digit patterns together. Grouping the words by
their first letter (``a(?:fghan|lbanian)|b(?:ahraini|elgian)``) lets it try one branch: the
same matches in about a third of the time.

The words of one letter keep their order, and words that begin with different letters never
both match at one position, so the alternative that matches is the one the flat list would
pick. An entry that does not begin with a plain letter (a group, an escape) is kept whole,
and a word after it moves up to its letter's group: such an entry belongs where no later
word matches at the same position (the lists put it last). tests/test_recognizers.py
compares the matches of each list, flat and grouped.
"""

from __future__ import annotations

from collections.abc import Sequence

QUANTIFIERS = frozenset("?*+{")


def alternation(words: Sequence[str], ignore_case: bool) -> str:
    """*words* (regular expressions, most of them starting with a letter) as one
    alternation, grouped by first letter; compare the letters case-blind when the pattern
    ignores case. The result is meant to be wrapped in a group by the caller."""
    branches: list[str | tuple[str, list[str]]] = []  # a word kept whole, or a letter's group
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word[:1].isalpha() or word[1:2] in QUANTIFIERS:
            branches.append(word)  # "(?:type 2 )?diabetes", "s?he": kept whole, in place
            continue
        key = word[0].lower() if ignore_case else word[0]
        if key not in groups:
            groups[key] = []
            branches.append((key, groups[key]))
        groups[key].append(word[1:])
    return "|".join(b if isinstance(b, str) else f"{b[0]}(?:{'|'.join(b[1])})"
                    for b in branches)
