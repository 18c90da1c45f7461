"""The text spaCy's NER reads, which may differ from the text the recognizers read as long as
every offset holds."""

from __future__ import annotations

import re

SHOUTED = re.compile(r"\b[^\W\d_]{5,}\b")  # 4 letters and fewer: acronyms (JSON, HTTP)
# Field delimiters of data pasted into a prompt (CSV, JSON, tables) glued to the values on
# both sides: "Smith;London", "name":"John", "1|John Smith|Leeds". spaCy keeps such a run
# inside one token ("Madrid,+34" read as a name) or hides the words from NER altogether. A
# CSV or table delimiter is read as a line break (the values are words again, and no entity
# runs across two fields); JSON's '":"' and '","' as ' : ' and ' , ', the way a form reads
# ("name : Priya Raman , city : Leeds"), which the model knows. A CSV delimiter counts only
# next to a capitalised value, where a name or place can be (not in "0x9b01d,0x9b01d",
# "1,000" or a regex's "when|so"); a colon or quote alone is prose or a URL ("https://",
# 'Answer:"Yes').
GLUED = re.compile(r'(?<=[^\s,;|"])(?:[,;|]+|"[,:;=\[\]{}]+")(?=[^\s,;|"])')


def ner_view(text: str) -> str:
    """*text* as NER reads it: words in capitals ("PALMYRA", "WOODBRIDGE", a name in a
    signature block) in title case, which the statistical model recognises, and delimiters
    glued between values read as breaks (see GLUED); same length, so every offset holds
    for the original text the recognizers read."""
    if not any(ch.isupper() for ch in text):
        return text
    return GLUED.sub(_unglued, SHOUTED.sub(_title, text))


FIELD_END = re.compile(r'[\s,;|"]')


def _unglued(m: re.Match[str]) -> str:
    text, start, end, run = m.string, m.start(), m.end(), m.group()
    if run[0] == '"':  # "name":"Priya" reads as name : Priya, the way a form is written
        return " " + run[1:-1] + " "
    before = max((f.end() for f in FIELD_END.finditer(text, max(0, start - 40), start)),
                 default=max(0, start - 40))
    if not (text[end].isupper() or text[before].isupper()):
        return run  # no capitalised value on either side: "0x9b01d,0x9b01d", "a|b" stay
    return "\n" + " " * (len(run) - 1)  # a line break: no entity runs across fields


def _title(m: re.Match[str]) -> str:
    word = m.group()
    titled = word.capitalize() if word.isupper() else word
    return titled if len(titled) == len(word) else word  # a few letters change length


NER_PIPE = "ner"  # the spaCy pipe that finds entities
NER_RECOGNIZER = "SpacyRecognizer"  # Presidio's name for the recognizer that reports NER


def fields(text: str, start: int, end: int, recognizer: str) -> list[tuple[int, int]]:
    """[start, end) of an NER finding, cut at the delimiters glued inside it: the model may
    still join two fields ("Wei Zhang,Berlin" as one name), and each is a value of its own.
    Findings of the other recognizers are returned whole."""
    if recognizer != NER_RECOGNIZER:
        return [(start, end)]
    pieces = []
    at = start
    for m in GLUED.finditer(text, start, end):
        if _unglued(m) != m.group():  # read as a break (not "1,000" or "a|b")
            pieces.append((at, m.start()))
            at = m.end()
    pieces.append((at, end))
    return [(a, b) for a, b in pieces if text[a:b].strip()]
