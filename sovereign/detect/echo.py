"""A name found once in a text is a name wherever else that text writes it.

People are named in full once and then by one of their names ("Anjali Raghunathan … talk to
Anjali"), listed in one row and again in another, or given a nickname in brackets after
their name ("Oluwadamilare (Dami)"). A recognizer or the model that found the name once
often misses the other mentions: the bare word has no cue, or sits at the start of a line.
A mention left in clear names the person as well as the first one.

After every recognizer has run on a text, each capitalised word of three or more letters
in a PERSON finding of at least ``MIN_SCORE`` (the shipped rules act from 0.4), and a single
capitalised word in brackets right after such a finding, is a name of that text; every other
place the text writes that exact word (same capitals, a whole word) is a PERSON finding at
the source's score, at most ``ECHO_SCORE``. A word that is a stop word in one of the seven
languages ("Will", "Van", "Des") is never echoed: written alone it is as often that word.

One pass over the text's capitalised words, whatever its length; the findings still
depend on the text alone. Echoes are only added where a name was already found, so a text
with no name is never changed by this step.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from sovereign.detect.stopwords import STOP_WORDS

ENTITY = "PERSON"
MIN_SCORE = 0.5  # a PERSON finding this sure is echoed
ECHO_SCORE = 0.85  # the highest score an echo takes
# a capitalised word, "O'Brien" whole; "Rajesh's" is "Rajesh"
WORD = regex.compile(r"(?<![\p{L}\p{N}\-'\u2019])(?:\p{Lu}['\u2019])?\p{Lu}\p{L}+(?![\p{L}\p{N}\-])")
ALIAS = regex.compile(r"[ \t]?\([ \t]*(\p{Lu}\p{Ll}{2,})[ \t]*\)")

Found = dict[tuple[int, int, str], float]  # detector.Found: (start, end, type) -> best score


def _name_words(text: str, start: int, end: int) -> list[str]:
    return [m.group() for m in WORD.finditer(text, start, end)
            if len(m.group()) >= 3 and m.group().lower() not in STOP_WORDS]


def echo_names(text: str, found: Found) -> Found:
    """*found* (one text's findings) with the echoes of its names added (module docstring)."""
    names: dict[str, float] = {}
    sources = [(a, b, score) for (a, b, kind), score in found.items()
               if kind == ENTITY and score >= MIN_SCORE]
    if not sources:
        return found
    starts, reach = _reach(sorted((a, b) for a, b, _ in sources))
    for a, b, score in sources:
        echo = min(score, ECHO_SCORE)
        for word in _name_words(text, a, b):
            names[word] = max(names.get(word, 0.0), echo)
        alias = ALIAS.match(text, b)
        if alias is not None and alias.group(1).lower() not in STOP_WORDS:
            word = alias.group(1)
            names[word] = max(names.get(word, 0.0), echo)
    for match in WORD.finditer(text):
        echoed = names.get(match.group())
        if echoed is None or _inside(starts, reach, match.start(), match.end()):
            continue
        key = (match.start(), match.end(), ENTITY)
        found[key] = max(found.get(key, 0.0), echoed)
    return found


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The sorted spans' starts, and for each the furthest end of it and the spans before."""
    starts, reach, furthest = [], [], -1
    for a, b in spans:
        furthest = max(furthest, b)
        starts.append(a)
        reach.append(furthest)
    return starts, reach


def _inside(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies within a span (``_reach``): one that starts at or before it
    and ends at or after its end (a binary search: a text of thousands of names stays
    linear)."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and reach[i] >= end
