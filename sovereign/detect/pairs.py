"""A capitalised name joined by "and" to a name found is a name too.

People are named in pairs and lists: "Sign it from 'Rose & Hunter'", "sábado - Kauã e
Letícia", "Ahmed und Lena Vogt kommen", "Marie et Paul". The model or a recognizer often
finds one of the two and misses the other: a given name that is also a word ("Rose"), one
it has not seen ("Kauã"), or the first of a pair whose surname follows the second. Left in
clear, the other names the person as well.

After every recognizer and the echo step (echo.py) have run on a text, each PERSON finding
of at least ``MIN_SCORE`` (the echo step's) is a source; the partners found are echoed in
turn (detector.names_again). One or two capitalised words joined to it by a conjunction of
the seven languages ("and", "&", "und", "et", "y", "e", "or"…; after the Dutch "en" and
"of", which are "in" and "of" elsewhere, not words found as a place or an organisation), on
either side and on the same line, are a PERSON finding at the source's score, at most
``PAIR_SCORE``. A word that is a stop word in one
of the seven languages is never taken ("Thanks and Regards", "Du und Ich").

Findings are only added next to a name already found, so a text with no name is never changed
by this step; each source is read once, so the step stays linear in the text.
"""

from __future__ import annotations

import regex

from sovereign.detect.echo import ENTITY, MIN_SCORE, Found
from sovereign.detect.names import known_name
from sovereign.detect.stopwords import STOP_WORDS

PAIR_SCORE = 0.85  # the highest score a partner takes
LOOK_BACK = 80  # characters before a source read for a partner
NOT_PERSON = frozenset({"LOCATION", "GPE", "ORGANIZATION", "NRP"})  # what a partner may not be
# "and", "&" and "or" in the seven languages, between blanks on one line; the Dutch "en" and
# "of" (the group "weak") are "in" and "of" in Spanish, French and English ("Ana García en
# Madrid", "Maria Lopez of Finance"): after them no place or organisation found is a partner
JOIN = r"[ \t]+(?:and|&|or|und|oder|et|ou|y|o|e|(?P<weak>en|of))[ \t]+"
WORD = r"(?:\p{Lu}['\u2019])?\p{Lu}\p{Ll}{2,}"
NAME = rf"{WORD}(?:[ \t]+{WORD})?"
# a whole word: no letter, digit or hyphen beside it, nor an apostrophe inside a word
# ("O'Brien"); a quote opening or closing the pair, or a possessive "'s", may stand there
AFTER = regex.compile(rf"{JOIN}(?P<name>{NAME})(?![\p{{L}}\p{{N}}\-])(?!['\u2019]\p{{L}}{{2}})")
BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}\-])(?<!\p{{L}}['\u2019])(?P<name>{NAME}){JOIN}$")


def _name_part(text: str, start: int, end: int, from_end: bool
               ) -> tuple[int, int] | None:
    """The words of text[start:end] that run up to the source without a stop word between
    ("Seu Raimundo e …" gives "Raimundo"), as [start, end); None when there are none."""
    words = list(regex.finditer(r"\S+", text, pos=start, endpos=end))
    if from_end:
        words.reverse()
    kept = []
    for word in words:
        if word.group().lower() in STOP_WORDS:
            break
        kept.append(word)
    if not kept:
        return None
    return min(w.start() for w in kept), max(w.end() for w in kept)


def _may_be_name(text: str, span: tuple[int, int], found: Found) -> bool:
    """After "en" or "of": a listed name, or words no other finding calls a place or an
    organisation ("Ana García en Madrid": Madrid is a LOCATION)."""
    if any(known_name(word) for word in text[span[0]:span[1]].split()):
        return True
    return not any(kind in NOT_PERSON and a < span[1] and span[0] < b
                   for (a, b, kind) in found)


def paired_names(text: str, found: Found) -> Found:
    """*found* (one text's findings) with the partners of its names added (module
    docstring)."""
    sources = [(a, b, min(score, PAIR_SCORE)) for (a, b, kind), score in list(found.items())
               if kind == ENTITY and score >= MIN_SCORE]
    for a, b, score in sources:
        partners = []
        after = AFTER.match(text, b)
        if after is not None:
            partners.append((_name_part(text, after.start("name"), after.end("name"), False),
                             after.group("weak") is not None))
        before = BEFORE.search(text, max(0, a - LOOK_BACK), a)
        if before is not None:
            partners.append((_name_part(text, before.start("name"), before.end("name"), True),
                             before.group("weak") is not None))
        for partner, weak in partners:
            if partner is not None and (not weak or _may_be_name(text, partner, found)):
                key = (*partner, ENTITY)
                found[key] = max(found.get(key, 0.0), score)
    return found
