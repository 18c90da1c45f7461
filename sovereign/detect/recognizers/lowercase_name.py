"""PERSON: a known given name written in lower case after a greeting, a sign-off or a
relation — "hi sarah", "thanks, tom", "my son hunter (11)", "told my wife maria".

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).
Chat is written in lower case and the NER relies on capitals; the cue alone is not enough
("hi there", "my son thinks"), so the word must be a listed given name (names.py).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.names import GIVEN, RELATIONS

ENTITY = "PERSON"
CUES = (r"hi|hey|hello|dear|thanks|thank you|cheers|bye|love|ciao|hallo|hola|salut|bonjour|"
        r"olá|hoi|my (?:" + "|".join((*RELATIONS, "mum", "neighbour", "neighbor", "girlfriend",
                                     "boyfriend")) + r")|"
        r"mein (?:sohn|mann|bruder|freund)|meine (?:tochter|frau|schwester|freundin)|"
        r"mon (?:fils|mari|frère)|ma (?:fille|femme|sœur)|mi (?:hijo|hija|marido|esposa)|"
        r"mio (?:figlio|marito)|mia (?:figlia|moglie)|meu (?:filho|marido)|minha (?:filha|esposa)|"
        r"mijn (?:zoon|dochter|vrouw|man)")
PATTERNS = [Pattern("cued_lower", rf"(?<=\b(?:{CUES})[ \t]*,?[ \t]+)\p{{Ll}}+(?![\p{{L}}\-])", 0.6)]
VECTORS = [
    ("hi sarah, can you send me the report?", [ENTITY]),
    ("my son hunter (11) was diagnosed with asthma", []),  # hunter: no listed given name
    ("my son lukas (11) was diagnosed with asthma", [ENTITY]),
    ("hi there, quick question", []),
    ("thanks, tom", [ENTITY]),
]


class LowercaseNameRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return pattern_text in GIVEN


def recognizer() -> PatternRecognizer:
    return LowercaseNameRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                                   name="LowercaseNameRecognizer")
