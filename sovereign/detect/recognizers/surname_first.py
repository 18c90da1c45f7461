"""PERSON: a surname in capitals, a comma, then the given names in title case, as court
lists, registers, rosters and payrolls write a person ("ABUBAKAR, Ibrahim Musa;
DOMBROWSKI, Ewa; TRAN, Thi Mai").

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).
The shape alone is also a notice's ("IMPORTANT, Please read", "NOTE, This"), so one of
the words must be a listed given name or surname (names.py). The small English model reads
such a list as one organisation or leaves it. Case-sensitive: the shape rests on capitals.
"""

import re

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.names import known_name
from sovereign.detect.recognizers.person_name import CAPS_WORD

ENTITY = "PERSON"
SCORE = 0.5
# (not person_name's WORD: that one also takes "Jean-Luc", which this pattern never has)
WORD = r"\p{Lu}[\p{Ll}'\u2019\-]+"
PATTERNS = [
    Pattern("surname_first",
            rf"(?<![\p{{L}}\-]){CAPS_WORD},[ \t]+{WORD}(?:[ \t]+{WORD}){{0,2}}(?![\p{{L}}])",
            SCORE),
]
VECTORS = [
    ("The court list shows: ABUBAKAR, Ibrahim Musa; DOMBROWSKI, Ewa; TRAN, Thi Mai", [ENTITY]),
    ("Employee: THORNTON, Isla      Employee no: 8", [ENTITY]),
    ("IMPORTANT, Please read the notes first", []),
    ("NOTE, This endpoint is deprecated", []),
]


class SurnameFirstRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        """None (the pattern's score) when a word is a listed name, else False."""
        words = re.split(r"[\s,]+", pattern_text)
        return None if any(known_name(w) for w in words if w) else False


def recognizer() -> PatternRecognizer:
    return SurnameFirstRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                                  name="SurnameFirstRecognizer",
                                  global_regex_flags=re.DOTALL | re.MULTILINE)
