"""US_DEA: a DEA registration number (US Drug Enforcement Administration; every prescriber of
controlled substances holds one): two letters and seven digits. The first letter is the
registrant type (A, B, F, G for practitioners, M for mid-level practitioners, P/R for
distributors, X for addiction treatment…), the second the initial of the registrant's last
name (or 9 for a business); the seventh digit checks the other six: (d1+d3+d5) +
2·(d2+d4+d6), its last digit.

Basis: 21 CFR §1301 (registration); a practitioner's certificate/licence number is a HIPAA
Safe Harbor identifier, 45 CFR §164.514(b)(2)(i)(K), and personal data under GDPR Art. 4(1).

Replaces Presidio's MedicalLicenseRecognizer (entity MEDICAL_LICENSE), which scores every
value passing the check at 1.0 with no word nearby. The written form (two capitals, seven
digits, a registrant letter first) is distinctive but shared by product and ticket codes,
one in ten of which passes the check: without a word naming it 0.35 (redacted, not routed);
after "DEA", "DEA #", "DEA registration number" 0.85; with a context word nearby 0.7.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, patterns

ENTITY = "US_DEA"
REGISTRANT = "ABCDEFGHJKLMPRSTUX"
VALUE = rf"(?-i:[{REGISTRANT}][A-Z9])\d{{7}}"
LABELS = r"(?-i:DEA)(?:\s+(?:registration|reg\.?|certificate|license|licence))?"
PATTERNS = patterns(ENTITY, VALUE, LABELS, written=VALUE)
CONTEXT = ["prescriber", "physician", "pharmacist", "pharmacy", "prescription", "narcotic"]
VECTORS = [
    ("DEA number AB1234563 on file", [ENTITY]),
    ("Dr. Jones, DEA# FJ4815164, prescribed it", [ENTITY]),
    ("prescriber registration MS2345672", [ENTITY]),
    ("DEA number AB1234567", []),              # wrong check digit
    ("part no. ZZ1234563 in stock", []),       # Z is no registrant type
]


def dea_ok(value: str) -> bool:
    if len(value) != 9 or value[0] not in REGISTRANT or not value[2:].isdigit():
        return False
    ds = [int(ch) for ch in value[2:]]
    return check_digit(ds[:6]) == ds[6]


def check_digit(body: list[int]) -> int:
    return (body[0] + body[2] + body[4] + 2 * (body[1] + body[3] + body[5])) % 10


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(dea_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="UsDeaRecognizer")
