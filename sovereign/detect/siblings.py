"""A list's lines that are laid out as one whose first words are a name begin with names too.

Members, guests, attendees and parties are written one per line, each line shaped like the
next: "1. Ainhoa Zubizarreta - DNI 15087305H - 654 302 118" then "2. Óscar Llorente - DNI
26416074E - 699 471 552"; "Mamie Odette (94 ans)" then "Kévin Ngoma". The model finds the
names it knows and misses the others ("Óscar Llorente" at 0.35); a recognizer of the row's
layout would need the column's header, which a list has not.

After every recognizer and the echo step have run on a text, its lines are read as: a list
marker ("1.", "-", "•", or none), a run of one to ``MAX_WORDS`` capitalised words (with
particles: "da", "van der"), then what ends the run (a dash, a comma, a bracket, a colon,
or the line's end). A line whose run a PERSON finding of at least ``MIN_SCORE`` (the echo step's) covers is
a source. Each other line of the same block (no blank line between) with the same marker
and the same ending is a sibling: its run is a PERSON finding at ``SIBLING_SCORE`` unless
another finding calls any of it a place, an organisation or a nationality, or a word of it
is a stop word. A block needs ``MIN_SOURCES`` sources of that shape, or one when a word of
the sibling's run is a listed name.

Findings are only added beside names already found, so a text with no name is never
changed by this step; each line is read once, so it stays linear.
"""

from __future__ import annotations

import regex

from sovereign.detect.echo import ENTITY, MIN_SCORE, Found
from sovereign.detect.names import fold, known_name
from sovereign.detect.pairs import NOT_PERSON
from sovereign.detect.stopwords import STOP_WORDS

SIBLING_SCORE = 0.6  # what a sibling's run scores (as a name in a form field)
MIN_SOURCES = 2  # sources a block needs (one, when a word of the sibling is a listed name)
MAX_WORDS = 4
PARTICLES = r"(?:da|de|del|della|di|do|dos|du|la|le|van|von|der|den|ter|y|e|bin|al|el)"
WORD = r"(?:\p{Lu}['\u2019])?\p{Lu}[\p{Ll}\p{Lu}'\u2019\-]*\p{Ll}[\p{Ll}'\u2019\-]*"
LINE = regex.compile(
    rf"^(?P<marker>[ \t]*(?:\d{{1,3}}[.)]|[-*•·\u2013])?[ \t]*)"
    rf"(?P<run>{WORD}(?:[ \t]+(?:{PARTICLES}[ \t]+)*{WORD}){{0,{MAX_WORDS - 1}}})"
    rf"(?P<end>[ \t]*(?:[\u2013\u2014,;:(|]|-[ \t])|[ \t]*$)")


def _shape(marker: str, end: str) -> tuple[str, str]:
    """What two lines must share to be siblings: the kind of list marker, and what ends the
    run."""
    kind = "number" if any(c.isdigit() for c in marker) else marker.strip()
    return kind, end.strip()[:1]


def sibling_names(text: str, found: Found) -> Found:
    """*found* (one text's findings) with the names of its lists' sibling lines added
    (module docstring)."""
    people = [(a, b) for (a, b, kind), score in found.items()
              if kind == ENTITY and score >= MIN_SCORE]
    if not people:
        return found
    others = [(a, b) for (a, b, kind) in found if kind in NOT_PERSON]
    blocks: list[list[tuple[tuple[str, str], int, int, bool]]] = [[]]
    at = 0
    for line in text.split("\n"):
        if not line.strip():
            blocks.append([])
        else:
            m = LINE.match(line)
            if m is not None:
                a, b = at + m.start("run"), at + m.end("run")
                source = any(x <= a and b <= y for x, y in people)
                blocks[-1].append((_shape(m.group("marker"), m.group("end")), a, b, source))
            else:
                blocks[-1].append((("", "?"), at, at, False))  # a line of another shape
        at += len(line) + 1
    for block in blocks:
        sources: dict[tuple[str, str], int] = {}
        for shape, _a, _b, source in block:
            sources[shape] = sources.get(shape, 0) + source
        for shape, a, b, source in block:
            if source or not sources.get(shape, 0) or a == b:
                continue
            words = text[a:b].split()
            if sources[shape] < MIN_SOURCES and not any(known_name(fold(w)) for w in words):
                continue
            if any(w.lower() in STOP_WORDS for w in words) or any(
                    x < b and a < y for x, y in others):
                continue
            key = (a, b, ENTITY)
            found[key] = max(found.get(key, 0.0), SIBLING_SCORE)
    return found
