"""IN_PAN: the Indian Permanent Account Number (income tax): five capital letters, four
digits, one capital letter, "ABCPE1234F". The fourth letter is the holder type: P person,
C company, H Hindu undivided family, F firm, A association of persons, T trust, B body of
individuals, L local authority, J artificial juridical person, G government; the fifth is
the initial of the surname (or name); the last is a check letter whose rule is not public.

Basis: Income-tax Act 1961 s. 139A; the Digital Personal Data Protection Act 2023 (personal
data); GDPR Art. 87 where EU rules apply.

There is no public check, so the written form is all the evidence: 0.35 without a word naming
it (redacted, not routed: it is a distinctive form, ten capitals and digits in this order, and
few product codes carry a holder-type letter in fourth place); after "PAN", "PAN no.",
"Permanent Account Number" 0.85; with a context word nearby 0.7. Presidio's InPanRecognizer is
not among its default recognizers and scores any five letters, four digits, one letter (0.1).
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import patterns

ENTITY = "IN_PAN"
VALUE = r"(?-i:[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z])"
LABELS = r"(?-i:PAN)(?:\s+card)?|permanent\s+account\s+number"
PATTERNS = patterns(ENTITY, VALUE, LABELS, written=VALUE)
CONTEXT = ["permanent", "income-tax", "incometax", "itr", "aadhaar", "aadhar"]
VECTORS = [
    ("PAN ABCPE1234F", [ENTITY]),
    ("My PAN card no. is BNZPM2501F, please file the return", [ENTITY]),
    ("Permanent Account Number: AAACR5055K", [ENTITY]),
    ("PAN ABCDE1234F", []),        # D is no holder type
    ("PAN abcpe1234f", []),        # PANs are written in capitals
    ("SKU ABCPE12345F", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="InPanNumberRecognizer")
