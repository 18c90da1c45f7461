"""FR_NIR: the French social security number (numéro d'inscription au répertoire, "numéro
de sécurité sociale"): sex, year and month of birth, département, commune, order number and a
two-digit key, written with or without spaces — "2 84 12 76 451 089 46".

Basis: a national identification number (GDPR Art. 87; its use is restricted in France by
the CNIL's décret-cadre NIR). Presidio has no French recognizer. The key is checked
(97 - the first 13 digits mod 97; Corsica's 2A/2B read as 19/18), so other 15-digit numbers
are not reported.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "FR_NIR"
PATTERNS = [
    Pattern("nir",
            r"\b[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}"
            r"[ .]?\d{3}[ .]?\d{2}\b", 0.5),
]
CONTEXT = ["sécurité sociale", "securite sociale", "nir", "insee", "social security", "numéro",
           "carte vitale", "ssn"]
VECTORS = [
    ("numéro de sécurité sociale : 2 84 12 76 451 089 93", [ENTITY]),
    ("NIR 184127645108946", [ENTITY]),
    ("reference 2 84 12 76 451 089 94", []),  # wrong key
]


def nir_key_ok(value: str) -> bool:
    digits = "".join(ch for ch in value.upper() if ch.isalnum())
    if len(digits) != 15:
        return False
    body = digits[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not digits[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(digits[13:])


class NirRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return nir_key_ok(pattern_text)


def recognizer() -> PatternRecognizer:
    return NirRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                         name="FrNirRecognizer")
