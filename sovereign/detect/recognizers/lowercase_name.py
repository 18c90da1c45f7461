"""PERSON: a known given name written in lower case after a greeting, a sign-off or a
relation — "hi sarah", "thanks, tom", "my son lukas (11)", "told my wife maria" — or, with a
lower score, after a preposition, "and" or a verb of talking ("is emily annoyed",
"nachricht an tobias").

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).
Chat is written in lower case and the NER relies on capitals; the cue alone is not enough
("hi there", "my son thinks"), so the word must be a listed given name (names.py).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.names import GIVEN, RELATIONS
from sovereign.detect.stopwords import STOP_WORDS
from sovereign.detect.wordlist import alternation

ENTITY = "PERSON"
CUES = (r"hi|hey|hello|dear|thanks|thank you|cheers|bye|love|ciao|hallo|hola|salut|bonjour|"
        r"olá|hoi|my (?:" + "|".join((*RELATIONS, "mum", "neighbour", "neighbor", "girlfriend",
                                     "boyfriend")) + r")|"
        r"mein (?:sohn|mann|bruder|freund)|meine (?:tochter|frau|schwester|freundin)|"
        r"mon (?:fils|mari|frère)|ma (?:fille|femme|sœur)|mi (?:hijo|hija|marido|esposa)|"
        r"mio (?:figlio|marito)|mia (?:figlia|moglie)|meu (?:filho|marido)|minha (?:filha|esposa)|"
        r"mijn (?:zoon|dochter|vrouw|man)|"
        # the writer or a caller saying who they are ("hi im tariq", "this is lukas from flat 9")
        r"i'm|i\u2019m|im|i am|this is|it's|it\u2019s|my name is|my name's|call me|"
        r"ich bin|ich heiße|je suis|je m'appelle|me llamo|mi chiamo|me chamo|ik ben|"
        r"mijn naam is")
# words a name often follows in chat, weaker than a greeting or a relation: prepositions,
# "and", verbs of talking ("tell emily", "an tobias schreiben", "is faith annoyed")
LINKS = (r"to|for|with|from|and|told|tell|ask|asked|call|called|text|texted|is|was|"
         r"an|für|mit|von|und|à|pour|avec|et|para|con|y|per|voor|met|en")
# the listed names themselves, so that the RE2 prefilter passes only a cue and a name together
# (the links above are in every sentence); not those that are a stop word of a language the
# proxy reads ("per chi beve", "con ella", "la mia casa")
NAMES = alternation(sorted(re.escape(n) for n in GIVEN - STOP_WORDS), ignore_case=False)
PATTERNS = [
    Pattern("cued_lower", rf"(?<=[ \t])(?<=\b(?:{CUES})[ \t]*,?[ \t]+)(?:{NAMES})(?![\p{{L}}\-])", 0.6),
    Pattern("linked_lower", rf"(?<=[ \t])(?<=\b(?:{LINKS})[ \t]+)(?:{NAMES})(?![\p{{L}}\-])", 0.5),
]
VECTORS = [
    ("hi sarah, can you send me the report?", [ENTITY]),
    ("my son hunter is fine", []),  # hunter: no listed given name (with an age: person_name)
    ("my son lukas (11) was diagnosed with asthma", [ENTITY]),
    ("hi there, quick question", []),
    ("rewrite my bio: 'hi im tariq, 27, nurse in leicester'", [ENTITY]),
    ("i'm sure it works, i'm fine", []),
    ("thanks, tom", [ENTITY]),
    ("is emily annoyed with me? she hasn't answered", [ENTITY]),
    ("kannst du mir helfen ne nachricht an tobias zu schreiben", [ENTITY]),
    ("i went for a walk with grace and ease", []),  # a name, and an ordinary word
    ("tell me more about it", []),
]


class LowercaseNameRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern's score (True would lift it to 1.0), False drops the match
        return None if pattern_text in GIVEN else False


def recognizer() -> PatternRecognizer:
    return LowercaseNameRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                                   name="LowercaseNameRecognizer")
