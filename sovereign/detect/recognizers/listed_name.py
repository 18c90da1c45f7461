"""PERSON: a given name and a surname together, both in the name lists (names.py, names_world.py,
names_census.py), where spaCy's small English model sees no person — "Matteo Greco si è
rotto…", "Cordialement, Karim Haddad", "Befund für Sabine Schneider" — as it often does not in
the six other languages the proxy reads.

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).

Two or three capitalised words: the first a listed given name (not one that is as often an
ordinary word: "Will", "Rose", "Mark"), the last a listed surname, every word a listed name.
Or one listed given name after a preposition or "and" ("un messaggio per Lorenzo", "Termin
mit Jonas", "dinner with Priya and Karan") or after "your" and a relative, as a school's or
a clinic's letter names a child ("votre fils Nathan", "uw zoon Thijs"), at a lower score,
unless it names a place as often ("flights to Sofia", "moving to Florence": names.py
PLACE_NAMES).
Historical public figures ("Alan Turing", "Ada Lovelace") and fictional characters are not
a person's data here (public_figures.py).
Case-sensitive on purpose: the shape rests on capital letters.
"""

import re

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.names import KIN, listed_full_name, lone_given_name
from sovereign.detect.public_figures import is_public_name

ENTITY = "PERSON"
SCORE = 0.6
WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
LINKED_SCORE = 0.5
LINKS = (r"to|for|with|from|and|per|con|für|mit|an|und|avec|pour|et|para|com|y|e|voor|met|en|"
         r"van|tra|fra")
# the possessives of the person addressed, by language of names.KIN: a school's, a clinic's or
# a club's letter names a child after them ("your son Nathan", "votre fils Nathan", "suo
# figlio Tommaso", "uw zoon Thijs"); the name must be a listed given name, as German
# capitalises every noun ("Ihrem Kind Paracetamol") and a title may stand there
ADDRESSED = {"en": "your", "de": "Ihr|Ihre|Ihrem|Ihren|Ihrer|dein|deine|deinem|deinen|deiner",
             "fr": "votre|vos|ton|ta|tes", "es": "tu|tus|su|sus|vuestr[oa]",
             "it": "tuo|tua|suo|sua|vostr[oa]", "pt": "seu|sua|teu|tua|vosso|vossa",
             "nl": "uw|je|jouw"}
ADDRESSED_RELATIVE = "|".join(
    rf"(?:{ADDRESSED[lang]})[ \t]+(?:{relations})" for lang, (_, relations) in KIN.items())
PATTERNS = [
    Pattern("listed", rf"(?<![\p{{L}}\-])(?:{WORD})(?:[ \t]{WORD}){{1,2}}(?![\p{{L}}\-])", SCORE),
    Pattern("linked", rf"(?<=(?<![\p{{L}}])(?:{LINKS})[ \t]+)(?-i:{WORD})(?![\p{{L}}\-]|[ \t]+\p{{Lu}})",
            LINKED_SCORE),
    Pattern("addressed_relative",
            rf"(?<=(?<![\p{{L}}])(?i:{ADDRESSED_RELATIVE})[ \t]+)(?-i:{WORD})(?![\p{{L}}\-])",
            LINKED_SCORE),
]
VECTORS = [
    ("Il nostro portiere Matteo Greco si è rotto il legamento crociato", [ENTITY]),
    ("Merci de prévenir la cantine. Cordialement, Karim Haddad", [ENTITY]),
    ("Befund für Sabine Schneider (geb. 02.06.1964): TSH 8,9", [ENTITY]),
    ("Compare the Dell XPS with the Lenovo ThinkPad for travel", []),
    ("Take the Victoria line to King's Cross, then walk to the British Library", []),
    ("Mi fai un messaggio per Lorenzo con l'IBAN?", [ENTITY]),
    ("cheap flights to Sofia in May?", []),
    ("Madame, votre fils Nathan a encore fait une crise d'absence en classe.", [ENTITY]),
    ("Beste mevrouw Smit, uw zoon Thijs had vandaag een aanval.", [ENTITY]),
    ("Votre fils Vendredi sera absent.", []),  # a capitalised word that is no listed name
]


class ListedNameRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        words = pattern_text.split()
        if len(words) == 1:
            return lone_given_name(words[0]) and not is_public_name(words)
        return not is_public_name(words) and listed_full_name(words)


def recognizer() -> PatternRecognizer:
    return ListedNameRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                                name="ListedNameRecognizer",
                                global_regex_flags=re.DOTALL | re.MULTILINE)
