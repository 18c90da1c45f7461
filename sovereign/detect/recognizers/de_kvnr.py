"""DE_KVNR: the German health insurance number (Krankenversichertennummer, the unchangeable
part printed on the elektronische Gesundheitskarte): one capital letter and nine digits, the
last a check digit computed over the letter as a two-digit number (A=01 … Z=26) and the
first eight digits, weights 1,2,1,2…, the digits of each product summed, modulo 10.

Basis: § 290 SGB V (the number's structure and use); health data and a national identifier
under GDPR Art. 9 and Art. 87. (Presidio's DeHealthInsuranceRecognizer, entity
DE_HEALTH_INSURANCE, is not among its default recognizers.)

A letter and nine digits is also the shape of many order and ticket numbers, and one in ten
passes the check, so without a word naming it the score stays below the detector's floor
(0.25: not reported); after a label ("KVNR:", "Versichertennummer") 0.85, with a context word
nearby 0.6.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import (
    LABELLED,
    CheckedRecognizer,
    alone,
    labelled,
)

ENTITY = "DE_KVNR"
LABELS = (r"kvnr|kv[\s-]?nr|krankenversicherten[\s-]?nummer|krankenversicherungs[\s-]?nummer|"
          r"versicherten[\s-]?nummer|versicherten[\s-]?nr|versicherungsnummer|"
          r"health\s+insurance\s+(?:number|no)")
VALUE = r"(?-i:[A-Z])\d{9}"
PATTERNS = [
    Pattern("kvnr_labelled", labelled(LABELS) + alone(VALUE), LABELLED),
    Pattern("kvnr", alone(VALUE), 0.25),
]
CONTEXT = ["krankenversich", "versicherten", "kvnr", "krankenkasse", "gesundheitskarte",
           "egk", "aok", "barmer", "techniker"]
VECTORS = [
    ("KVNR: A123456780", [ENTITY]),
    ("Versichertennummer Z987654321 (AOK)", [ENTITY]),
    ("Die Krankenkasse hat die Nummer M500000002 bestätigt", [ENTITY]),
    ("KVNR: A123456781", []),               # wrong check digit
    ("Ticket A123456780 geschlossen", []),  # nothing names it
]


def kvnr_ok(value: str) -> bool:
    value = value.strip()
    if len(value) != 10 or not ("A" <= value[0] <= "Z") or not value[1:].isdigit():
        return False
    return check_digit(value[0], value[1:9]) == int(value[9])


def check_digit(letter: str, body: str) -> int:
    effective = f"{ord(letter) - ord('A') + 1:02d}{body}"
    total = 0
    for i, ch in enumerate(effective):
        product = int(ch) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return total % 10


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(kvnr_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="DeKvnrRecognizer")
