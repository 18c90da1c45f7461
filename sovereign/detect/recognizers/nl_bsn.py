"""NL_BSN: the Dutch citizen service number (burgerservicenummer), nine digits that pass
the "elfproef" (11-test), near a word that names it.

Basis: a national identification number (GDPR Art. 87; the Dutch Wet algemene bepalingen
burgerservicenummer limits its use). Presidio has no Dutch recognizer. Nine digits are
common, so the number needs both the 11-test and a BSN word nearby to score above the
policy floors.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "NL_BSN"
PATTERNS = [Pattern("bsn", r"\b\d{4}[ .]?\d{2}[ .]?\d{3}\b|\b\d{9}\b", 0.1)]
CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "citizen service number", "sofi"]
VECTORS = [
    ("mijn BSN is 111222333", [ENTITY]),
    ("burgerservicenummer: 1234.56.782", [ENTITY]),
    ("BSN 111222334", []),  # fails the 11-test
]


def elfproef(value: str) -> bool:
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) != 9:
        return False
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and any(digits)


class BsnRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return elfproef(pattern_text)


def recognizer() -> PatternRecognizer:
    return BsnRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                         name="NlBsnRecognizer")
