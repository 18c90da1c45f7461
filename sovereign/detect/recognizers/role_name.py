"""PERSON: a name right after the role its bearer has in the text — "Customer Will Ashford
came in", "Patientin Rosa Brandt", "la cliente Ana Gómez", "Mieter Jonas Keller" — as tickets,
shift notes and pharmacy or clinic messages write one.

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).
A given name that is as often an ordinary word ("Will", "Rose", "Mark") is in no name list,
so neither the list recognizer nor, often, spaCy's small model takes "Will Ashford"; the role
before it says a person follows. Two or three capitalised words, the last a listed surname
(names.py): "Customer Service Team" and "Patient Portal" are no one.
Case-sensitive in the name: the shape rests on capital letters.
"""

import re

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.names import SURNAMES
from sovereign.detect.recognizers.listed_name import WORD

ENTITY = "PERSON"
SCORE = 0.6
# the roles, in the seven languages, that a person's name follows without a colon
ROLES = (r"customer|client|patient|resident|tenant|employee|colleague|student|pupil|guest|"
         r"passenger|applicant|caller|claimant|policyholder|"
         r"Kunde|Kundin|Patient|Patientin|Bewohner|Bewohnerin|Mieter|Mieterin|Mitarbeiter|"
         r"Mitarbeiterin|Kollege|Kollegin|Schüler|Schülerin|"
         r"cliente|patiente|résident|résidente|locataire|salarié|salariée|collègue|élève|"
         r"paciente|inquilino|inquilina|empleado|empleada|alumno|alumna|"
         r"paziente|dipendente|collega|alunno|alunna|"
         r"funcionário|funcionária|colega|aluno|aluna|"
         r"klant|patiënt|bewoner|bewoonster|huurder|medewerker|medewerkster|leerling")
PATTERNS = [
    Pattern("role_name",
            rf"(?<=(?<![\p{{L}}])(?i:{ROLES})[ \t]+){WORD}(?:[ \t]+{WORD}){{1,2}}"
            rf"(?![\p{{L}}\-]|[ \t]+\p{{Lu}})", SCORE),
]
VECTORS = [
    ("Customer Will Ashford came in asking if he can take ibuprofen", [ENTITY]),
    ("Patientin Rosa Brandt klagt über Schwindel", [ENTITY]),
    ("La cliente Ana Gómez ha llamado dos veces", [ENTITY]),
    ("Contact the Customer Service Team for a refund", []),
    ("Log in to the Patient Portal Online first", []),
]


class RoleNameRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        """None (the pattern's score) when the last word is a listed surname, else False."""
        return None if pattern_text.split()[-1].lower() in SURNAMES else False


def recognizer() -> PatternRecognizer:
    return RoleNameRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                              name="RoleNameRecognizer",
                              global_regex_flags=re.DOTALL | re.MULTILINE)
