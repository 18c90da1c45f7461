"""PASSPORT: a passport number introduced as such (any issuing country).

Basis: national identification numbers, GDPR Art. 87; US passport numbers are PII under
OMB M-07-16. Presidio's US_PASSPORT finds bare 9-digit numbers only with a low score.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSPORT"
# the word for passport in EN, DE, FR, ES, IT, PT, NL
WORD = r"(?:passport|reisepass|passeport|pasaporte|passaporto|passaporte|paspoort)"
NUMBER = r"(?:no\.?|nr\.?|n[°º]\.?|number|num|nummer|numéro|número|numero|#)"
PATTERNS = [
    # also as a key in code or JSON ("passport: '680260345'", "passport_no": "A915")
    Pattern("labelled",
            rf"(?i)\b{WORD}(?:[_\-]?{NUMBER})?[\"']?\s*(?:{NUMBER})?\s*(?:is\s*)?[:#=]?\s*[\"']?"
            r"(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}\b",
            0.85),
]
VECTORS = [
    ("passport number: 533380006", [ENTITY]),
    ("Passport No. C01X00T47", [ENTITY]),
    ("renew your passport online", []),
    ("payload: { passport: '680260345' }", [ENTITY]),
    ('{"passport_no": "A91575430"}', [ENTITY]),
    ("Reisepass-Nr.: C01X00T47", [ENTITY]),
    ("numéro de passeport : 18AB12345", [ENTITY]),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="PassportRecognizer")
