"""ZIP_CODE: postal codes. UK postcodes and Canadian postal codes have a shape of their own;
US ZIP(+4), and the digit codes of most of Europe and Latin America, are only digits, so
they score low unless a postal word is near ("zip", "postcode", "PLZ", "CEP"…) or they follow
a street line.

Basis: geographic subdivisions smaller than a state, including ZIP codes (HIPAA
§164.514(b)(2)(i)(B)); part of a postal address (GDPR Art. 4(1)).
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "ZIP_CODE"
PATTERNS = [
    Pattern("uk_postcode", r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b", 0.6),
    Pattern("ca_postal_code", r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b",
            0.6),
    Pattern("us_zip_plus4", r"\b\d{5}-\d{4}\b", 0.5),
    Pattern("nl_postcode", r"(?-i:\b[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}\b)", 0.4),
    Pattern("digit_code", r"\b(?:\d{5}|\d{4}|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4}-\d{3})\b", 0.2),
]
CONTEXT = ["zip", "zipcode", "postcode", "postal", "post code", "plz", "cep", "cap",
           "code postal", "codigo postal", "mailing", "address"]
VECTORS = [
    ("Send it to London PH36 9QH please", [ENTITY]),
    ("my zip code is 32700", [ENTITY]),
    ("the postcode is 910 11", [ENTITY]),
    ("DCP Midstream LP in Nieuwegein 3437 ZE", [ENTITY]),
    ("we sold 32700 units", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="PostalCodeRecognizer")
