"""PHONE_NUMBER in the formats people write: international (+CC …), national with trunk
prefix (0…), grouped digits with spaces, dots or dashes, parentheses and extensions.

Basis: a telephone number is a direct identifier (GDPR Art. 4(1); HIPAA §164.514(b)(2)(i)(D)).
Presidio's recognizer validates against a fixed list of regions and misses many of these.
A bare digit group is ambiguous (order numbers, amounts), so without a phone word nearby it
scores below the policy floors; with one ("call", "tel", "mobile"…) it is a phone number.
A leading "+" with a country code is unambiguous on its own.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PHONE_NUMBER"
PATTERNS = [
    Pattern("international",
            r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,5}"
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?\b", 0.7),
    Pattern("grouped",
            r"(?<![\w.+-])(?:\(\d{1,5}\)\s?|\d{2,5}[ .-])\d{2,6}(?:[ .-]\d{2,5}){0,3}"
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w.-]*\d)", 0.3),
]
CONTEXT = ["phone", "call", "tel", "telephone", "mobile", "cell", "fax", "whatsapp", "dial",
           "number", "reach", "contact", "text", "sms", "landline", "hotline",
           # the six other languages, and the abbreviations forms use ("tlm", "tlf")
           "telefon", "handy", "mobil", "téléphone", "portable", "teléfono", "móvil", "movil",
           "celular", "telefono", "cellulare", "telemóvel", "telemovel", "telefoon", "mobiel",
           "tlm", "tlf", "telf"]
VECTORS = [
    ("Call me on +44 20 7946 0958 after six.", [ENTITY]),
    ("Paris desk: +33 1 42 68 53 00.", [ENTITY]),
    ("my phone number is 730 064 218", [ENTITY]),
    ("call 650-752-7354x549 tomorrow", [ENTITY]),
    ("the version is 3.11.7", []),
    ("Proprietário: Henrique Tavares, tlm 934 118 207", [ENTITY]),
    ("Móvil: 612 48 90 37", [ENTITY]),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="InternationalPhoneRecognizer")
