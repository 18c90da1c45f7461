"""STREET_ADDRESS: a house number followed by a street name and a street-type word.

Basis: a postal address is a direct identifier (GDPR Art. 4(1); HIPAA §164.514(b)(2)(i)(B)).
spaCy tags towns and countries, not street lines.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "STREET_ADDRESS"
SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
    "Dr", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Square", "Sq", "Parkway", "Pkwy",
    "Highway", "Hwy", "Close", "Crescent", "Circle", "Cir", "Trail",
)
PATTERNS = [
    Pattern("house_street",
            r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][a-zA-Z'\-]+\.?\s+){1,4}(?:"
            + "|".join(SUFFIXES) + r")\b\.?(?:,?\s+(?:Apt|Suite|Unit)\.?\s*#?\w+)?",
            0.7),
]
VECTORS = [
    ("I live at 742 Evergreen Terrace, Springfield", [ENTITY]),
    ("ship to 1600 Pennsylvania Avenue NW", [ENTITY]),
    ("we need 3 Large Boxes", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="StreetAddressRecognizer")
