"""DE_TAX_ID: the German tax identification number (steuerliche Identifikationsnummer,
"Steuer-ID", "IdNr"): eleven digits, the first not 0, the last an ISO 7064 MOD 11,10 check
digit; in the first ten exactly one digit is repeated, twice or three times (never three
times in a row), so one or two digits are missing. Written bare ("86095742719") or, as on the
tax office's letters, "86 095 742 719".

Basis: §§ 139a-139b Abgabenordnung (the number may be collected and used only for tax
purposes); a national identification number under GDPR Art. 87.

Replaces Presidio's DeTaxIdRecognizer, which allows any digit up to three times (it passes
"12345678903", which the repetition rule refuses), reads only the unbroken form and scores
every value passing the check at 1.0 with no word nearby: an 11-digit order number or phone
number that passes one check digit in eleven was routed as a tax ID. Levels (see _checked.py):
labelled 0.85, the grouped form 0.35 (redacted, not routed), bare 0.2 (not reported); a
context word lifts them to 0.7 / 0.55.
"""

from __future__ import annotations

from collections import Counter

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "DE_TAX_ID"
LABELS = (r"steuer[\s-]?id(?:[\s-]?nr)?|steuer[\s-]?identifikationsnummer|"
          r"steueridentifikationsnummer|(?:persönliche|steuerliche)\s+identifikationsnummer|"
          r"identifikationsnummer|idnr|tax\s+id(?:entification)?(?:\s+number)?|tin|"
          # the tax identification number in NL, FR, ES, IT, PT ("Duits fiscaal
          # identificatienummer", "numéro d'identification fiscale allemand")
          r"fiscaal\s+identificatienummer|identification\s+fiscale|"
          r"identificaci[óo]n\s+fiscal|identificazione\s+fiscale|identifica[çc][ãa]o\s+fiscal")
PATTERNS = patterns(ENTITY, r"[1-9]\d(?:[ ]?\d{3}){3}", LABELS,
                    written=r"[1-9]\d(?: \d{3}){3}", bare=r"[1-9]\d{10}")
CONTEXT = ["steuer", "identifikationsnummer", "idnr", "finanzamt", "bzst", "tax", "elster",
           "lohnsteuer"]
VECTORS = [
    ("Meine Steuer-ID ist 86095742719, bitte prüfen.", [ENTITY]),
    ("Steueridentifikationsnummer: 86 095 742 719", [ENTITY]),
    ("IdNr. 47036892816 laut Bescheid", [ENTITY]),
    ("Duits fiscaal identificatienummer 65849327804", [ENTITY]),
    ("numéro d'identification fiscale allemand : 86095742719", [ENTITY]),
    ("Steuer-ID 86095742718", []),            # wrong check digit
    ("Steuer-ID 12345678903", []),            # passes the check, fails the repetition rule
    ("Bestellung 86095742719 ist unterwegs", []),   # bare, nothing names it: not reported
    ("Ruf an: +49 86095742719", []),          # part of a phone number
]


def tax_id_ok(value: str) -> bool:
    """Check digit (ISO 7064 MOD 11,10) and the repetition rule of the first ten digits."""
    ds = [int(ch) for ch in digits(value)]
    if len(ds) != 11 or ds[0] == 0:
        return False
    counts = Counter(ds[:10])
    repeated = [d for d, n in counts.items() if n > 1]
    if len(repeated) != 1 or counts[repeated[0]] > 3:
        return False
    if counts[repeated[0]] == 3 and any(ds[i] == ds[i + 1] == ds[i + 2] for i in range(8)):
        return False
    return check_digit(ds[:10]) == ds[10]


def check_digit(body: list[int]) -> int:
    product = 10
    for d in body:
        total = (d + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(tax_id_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="DeTaxIdNumberRecognizer")
