"""PASSPORT: a passport number introduced as such (any issuing country).

Basis: national identification numbers, GDPR Art. 87; US passport numbers are PII under
OMB M-07-16. Presidio's US_PASSPORT finds bare 9-digit numbers only with a low score.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSPORT"
PATTERNS = [
    Pattern("labelled",
            r"(?i)\bpassport\s*(?:no\.?|number|num|#)?\s*(?:is\s*)?[:#]?\s*(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}\b",
            0.85),
]
VECTORS = [
    ("passport number: 533380006", [ENTITY]),
    ("Passport No. C01X00T47", [ENTITY]),
    ("renew your passport online", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="PassportRecognizer")
