"""CREDIT_CARD, when introduced as a card: a 12 to 19 digit number (grouped or not) after
"card", "credit card", "debit card", "card #", "PAN", "Visa", "Mastercard"…, whatever its
check digit.

Basis: PCI DSS v4.0 req. 3 (primary account number) and GDPR Art. 4(1). Presidio's
recognizer keeps only numbers that pass the Luhn check. A number the user calls a card is
treated as one even when it fails (a typo, a truncated copy, a test card): sending a mistyped
PAN out is still sending a PAN.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "CREDIT_CARD"
PATTERNS = [
    Pattern("labelled",
            r"(?i)(?<=\b(?:(?:credit|debit|bank|payment)?\s?card|cc|pan|visa|mastercard|amex|"
            r"american\s+express|discover|maestro)(?:[.,]?\s+(?:the\s+)?(?:number|no\.?|num|#))?"
            r"[\s:#.?=]{0,6}(?:is\s+|was\s+|ending\s+)?)"
            r"\d{4}(?:[ -]?\d){8,15}\b",
            0.6),
]
VECTORS = [
    ("card number 2720431142626557 is lost", [ENTITY]),
    ("I want to increase limit on my card # 4841241182449353489", [ENTITY]),
    ("What's your credit card? 2246193990916994", [ENTITY]),
    ("Please block card no 503838061748", [ENTITY]),
    ("Please charge my credit card. Number is 2273966958321976", [ENTITY]),
    ("the order 2720431142626558 shipped", []),  # fails Luhn (else a card by its form)
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="LabelledCardRecognizer")
