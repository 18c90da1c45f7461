"""NL_BSN: the Dutch citizen service number (burgerservicenummer), nine digits that pass
the "elfproef" (11-test), written bare or "1234.56.782".

Basis: a national identification number (GDPR Art. 87; the Dutch Wet algemene bepalingen
burgerservicenummer limits its use). Presidio has no Dutch recognizer.

Nine digits are common (order numbers: "commande n° 284784515" passes the 11-test) and one
run in eleven passes, so the check alone decides nothing. Levels (see _checked.py): after
"BSN", "burgerservicenummer", "sofinummer" 0.85; the dotted form "dddd.dd.ddd" 0.35
(redacted, not routed); bare 0.2 (not reported); a context word nearby lifts them to
0.7 / 0.55.
"""

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "NL_BSN"
# the FHIR identifier systems of the BSN (Nictiz): its NamingSystem URL and its OID
LABELS = (r"(?-i:BSN)(?:[\s-]?nummer)?|burgerservicenummer|sofi[\s-]?nummer|"
          r"citizen\s+service\s+number|fhir\.nl/fhir/NamingSystem/bsn|"
          r"2\.16\.840\.1\.113883\.2\.4\.6\.3")
PATTERNS = patterns(ENTITY, r"\d{4}([ .]?)\d{2}\1\d{3}|\d{3}([ .]?)\d{3}\2\d{3}", LABELS,
                    written=r"\d{4}\.\d{2}\.\d{3}", bare=r"\d{9}")
CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi"]
VECTORS = [
    ("mijn BSN is 111222333", [ENTITY]),
    ("burgerservicenummer: 1234.56.782", [ENTITY]),
    ("BSN-nummer 111 222 333", [ENTITY]),
    ("número BSN holandés 111 222 333 para la baja", [ENTITY]),  # its country after it
    ("zie 1234.56.782 in het dossier", [ENTITY]),   # the written form alone: redacted
    # "BSN" eleven words before: Dutch stop words take no place in the context window
    ("de belastingdienst vraagt het BSN van mijn partner voor de huurtoeslag. is dit het "
     "goede formaat: 555901166?", [ENTITY]),
    ('{"system":"http://fhir.nl/fhir/NamingSystem/bsn","value":"111222333"}', [ENTITY]),
    ("BSN 111222334", []),  # fails the 11-test
    ("commande n° 284784515 expédiée", []),
    ("Bel +31 6 111222333", []),
]


def elfproef(value: str) -> bool:
    ds = [int(ch) for ch in digits(value)]
    if len(ds) != 9:
        return False
    total = sum(d * w for d, w in zip(ds[:8], range(9, 1, -1), strict=True)) - ds[8]
    return total % 11 == 0 and any(ds)


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(elfproef, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="NlBsnRecognizer")
