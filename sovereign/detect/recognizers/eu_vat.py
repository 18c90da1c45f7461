"""EU_VAT_NUMBER: value-added-tax identification numbers of the EU member states with their
country prefix ("FR 40 303 265 045", "NL123456789B01", "ESX1234567X"), in the shape each
state issues (Council Directive 2006/112/EC, Art. 215).

Basis: for a sole trader the VAT number identifies a natural person (GDPR Art. 4(1); the
CJEU treats it as personal data in that case). Presidio checks German and Italian VAT
numbers only; the other states' shapes are here. The prefix makes the shape specific;
without a VAT word nearby the score stays modest.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.wordlist import alternation

ENTITY = "EU_VAT_NUMBER"
SHAPES = {
    "AT": r"U\d{8}", "BE": r"[01]\d{9}", "BG": r"\d{9,10}", "CY": r"\d{8}[A-Z]",
    "CZ": r"\d{8,10}", "DK": r"\d{8}", "EE": r"\d{9}", "EL": r"\d{9}", "ES": r"[A-Z0-9]\d{7}[A-Z0-9]",
    "FI": r"\d{8}", "FR": r"[A-HJ-NP-Z0-9]{2}[ .\-]?\d{9}", "HR": r"\d{11}", "HU": r"\d{8}",
    "IE": r"\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W]", "LT": r"\d{9}|\d{12}", "LU": r"\d{8}",
    "LV": r"\d{11}", "MT": r"\d{8}", "NL": r"\d{9}B\d{2}", "PL": r"\d{10}", "PT": r"\d{9}",
    "RO": r"\d{2,10}", "SE": r"\d{10}01", "SI": r"\d{8}", "SK": r"\d{10}",
}
SEP = r"[ .\-]?"


def _spaced(shape: str) -> str:
    """Allow a space, dot or dash between digit groups: 'FR 40 303 265 045'."""
    return shape.replace(r"\d{", r"(?:\d" + SEP + "){")


PATTERNS = [
    Pattern("vat",
            r"\b(?:" + alternation([f"{cc}{SEP}(?:{_spaced(shape)})"
                                     for cc, shape in SHAPES.items()], ignore_case=True)
            + r")\b", 0.4),
]
CONTEXT = ["vat", "btw", "tva", "iva", "mwst", "ust", "moms", "alv", "dph", "tax"]
VECTORS = [
    ("our VAT number is FR 40 303 265 045", [ENTITY]),
    ("BTW-nummer NL123456789B01", [ENTITY]),
    ("IVA ESX1234567X", [ENTITY]),
    ("the flight NL1234 left", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="EuVatRecognizer")
