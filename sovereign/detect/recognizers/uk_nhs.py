"""UK_NHS: the NHS number (England, Wales, Isle of Man): ten digits, the last a modulus 11
check digit (weights 10…2; a remainder giving 10 is never issued), written "943 476 5919".

Basis: UK GDPR Art. 9 (health data) and Art. 87; the NHS number is the national patient
identifier (Health and Social Care (Safety and Quality) Act 2015 s. 251A).

Replaces Presidio's NhsRecognizer, which scores any ten digits passing the check at 1.0 with
no word nearby: "+1 206 555 0171" and a ten-digit number in an nginx log line were NHS numbers
at 1.0 and sent harmless text to the local model. Levels (see _checked.py): after "NHS
number", "NHS no" 0.85; the written form "ddd ddd dddd" passing the check 0.35 (redacted, not
routed; a US phone number written so is redacted as a phone number anyway); bare or dashed
0.2 (not reported); a context word nearby lifts them to 0.7 / 0.55. A run that is part of a
longer number (a country code before it, digits after) is not read at all.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "UK_NHS"
LABELS = r"(?-i:NHS)(?:\s+(?:patient|health))?|national\s+health\s+service"
PATTERNS = patterns(ENTITY, r"\d{3}([ -]?)\d{3}\1\d{4}", LABELS,
                    written=r"\d{3} \d{3} \d{4}", bare=r"\d{3}(-?)\d{3}\1\d{4}")
CONTEXT = ["nhs", "surgery", "patient", "hospital"]
VECTORS = [
    ("NHS number 943 476 5919", [ENTITY]),
    ("NHS no: 9434765919", [ENTITY]),
    ("the patient's number is 9434765919", [ENTITY]),
    ("please record 943 476 5919", [ENTITY]),    # the written form alone: redacted
    ("NHS number 943 476 5918", []),             # wrong check digit
    ("Call +1 206 555 0171 tomorrow", []),       # a phone number
    ('127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /api HTTP/1.1" 200 9434765919', []),
    ("ts=1700000000.123 9434765919.5", []),
]


def nhs_ok(value: str) -> bool:
    ds = [int(ch) for ch in digits(value)]
    if len(ds) != 10:
        return False
    return check_digit(ds[:9]) == ds[9]


def check_digit(body: list[int]) -> int:
    """0-9, or 10 for a body no number is issued with."""
    check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return 0 if check == 11 else check


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(nhs_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="UkNhsNumberRecognizer")
