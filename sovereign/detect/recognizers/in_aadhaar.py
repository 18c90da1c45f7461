"""IN_AADHAAR: the Indian Aadhaar number (UIDAI): twelve digits, the first 2-9, the last a
Verhoeff check digit, usually written in groups of four, "2341 2341 2346".

Basis: the Aadhaar Act 2016 s. 29 (no one may publish or share an Aadhaar number except as
the Act allows) and its 2017 regulations on masking; the Digital Personal Data Protection Act
2023; GDPR Art. 87 where EU rules apply.

Levels (see _checked.py): after "Aadhaar", "Aadhaar no.", "UID", "आधार" 0.85; the
four-four-four form with the check passing 0.35 (redacted, not routed); twelve bare digits
0.2 (not reported); a context word nearby lifts them to 0.7 / 0.55. Palindromes are refused,
as in Presidio's InAadhaarRecognizer, which is not among its default recognizers and scores
any value passing the check at 1.0.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "IN_AADHAAR"
LABELS = r"aadh?aa?r(?:\s+card)?|(?-i:UID)(?:AI)?|आधार"
PATTERNS = patterns(ENTITY, r"[2-9]\d{3}([ -]?)\d{4}\1\d{4}", LABELS,
                    written=r"[2-9]\d{3}([ -])\d{4}\1\d{4}", bare=r"[2-9]\d{11}")
CONTEXT = ["aadhaar", "aadhar", "uidai", "आधार", "enrolment"]
VECTORS = [
    ("Aadhaar 2341 2341 2346", [ENTITY]),
    ("my aadhar number is 499118665246", [ENTITY]),
    ("please verify 2341 2341 2346 today", [ENTITY]),    # the written form alone: redacted
    ("Aadhaar 2341 2341 2347", []),                      # wrong check digit
    ("Aadhaar 1341 2341 2346", []),                      # starts with 1
    ("order 234123412346 shipped", []),
]

D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = D[c][P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body: str) -> int:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = D[c][P[(i + 1) % 8][int(ch)]]
    return INV[c]


def aadhaar_ok(value: str) -> bool:
    ds = digits(value)
    return (len(ds) == 12 and ds[0] not in "01" and ds != ds[::-1] and verhoeff_ok(ds))


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(aadhaar_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="InAadhaarNumberRecognizer")
