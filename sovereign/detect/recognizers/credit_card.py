"""CREDIT_CARD: a payment card number (PAN) passing the Luhn check, in every issuer range in
use: Presidio's CreditCardRecognizer with the ranges its pattern lacks.

Basis: PCI DSS v4.0 requirement 3 (primary account number); GDPR Art. 4(1).

Presidio's pattern starts a card with 4, 50-55, 6, 1 or 3 only, so Mastercard's 2-series
(2221-2720, issued since 2017), Mir (2200-2204) and Maestro 56-58 were read as a date or a
phone number and never as a card. This pattern adds them; scoring is Presidio's (the Luhn
check passing gives 1.0, as for every other card range: sixteen digits with an issuer prefix
are a distinctive form, and the card ranges' routing is unchanged).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

ENTITY = "CREDIT_CARD"
IIN = "|".join((
    r"4\d{3}", r"5[0-8]\d{2}", r"6\d{3}", r"1\d{3}", r"3\d{3}",  # Presidio's, with Maestro 56-58
    r"222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720",             # Mastercard 2-series
    r"220[0-4]",                                                 # Mir
))
PATTERNS = [
    Pattern("All Credit Cards (weak)",
            rf"\b(?!1\d{{12}}(?!\d))(?:{IIN})[- ]?\d{{3,4}}[- ]?\d{{3,4}}[- ]?\d{{3,5}}\b", 0.3),
]
VECTORS = [
    ("Card 2223 0031 2200 3222 declined", [ENTITY]),
    ("Pay with 2223003122003222 please", [ENTITY]),
    ("use 2720-9936-2853-6717 for the refund", [ENTITY]),
    ("Мир 2200 7000 0000 0009", [ENTITY]),
    ("Maestro 5600 0000 0000 0003", [ENTITY]),
    ("Card 5555 5555 5555 4444", [ENTITY]),
    ("ref 2223 0031 2200 3223 declined", []),    # fails Luhn
    ("from 2019 to 2023 1234", []),
]


def recognizer() -> PatternRecognizer:
    return CreditCardRecognizer(patterns=PATTERNS, name="CreditCardRecognizer")
