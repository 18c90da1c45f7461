"""The text spaCy's NER reads, which may differ from the text the recognizers read as long as
every offset holds."""

from __future__ import annotations

import re

SHOUTED = re.compile(r"\b[^\W\d_]{5,}\b")  # 4 letters and fewer: acronyms (JSON, HTTP)


def ner_view(text: str) -> str:
    """*text* as NER reads it: words in capitals ("PALMYRA", "WOODBRIDGE", a name in a
    signature block) in title case, which the statistical model recognises; same length,
    so every offset holds for the original text the recognizers read."""
    if not any(ch.isupper() for ch in text):
        return text
    return SHOUTED.sub(_title, text)


def _title(m: re.Match[str]) -> str:
    word = m.group()
    titled = word.capitalize() if word.isupper() else word
    return titled if len(titled) == len(word) else word  # a few letters change length
