"""MEDICAL_RECORD_NUMBER: a medical record number introduced as such.

Basis: HIPAA 45 CFR §164.514(b)(2)(i)(H) lists medical record numbers among the 18 identifiers;
GDPR Art. 9 health data.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "MEDICAL_RECORD_NUMBER"
PATTERNS = [
    Pattern("mrn_labelled",
            r"(?i)\b(?:MRN|medical\s+record\s+(?:number|no\.?|#))\s*[:#]?\s*[A-Z]{0,3}-?\d{5,10}\b",
            0.9),
]
VECTORS = [
    ("Patient MRN: 00482913 admitted", [ENTITY]),
    ("medical record number 12345678", [ENTITY]),
    ("MRN is a common abbreviation", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="MedicalRecordRecognizer")
