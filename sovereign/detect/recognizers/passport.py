"""PASSPORT: a passport number introduced as such (any issuing country).

Basis: national identification numbers, GDPR Art. 87; US passport numbers are PII under
OMB M-07-16. Presidio's US_PASSPORT finds bare 9-digit numbers only with a low score.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSPORT"
# the word for passport in EN, DE, FR, ES, IT, PT, NL
WORD = (r"(?:passport|reisepass|passeport|pasaporte|passaporto|passaporte|paspoort|"
        # the German "Pass" only with its number word, the usual abbreviation with its sign
        # or number word: written out as literals, so that the RE2 prefilter passes only texts
        # holding them ("pass" and "pp" are in most code)
        r"(?-i:Pass[\-\s]?(?:[Nn]r\.?|[Nn]ummer))|(?-i:PP(?:\s?#|\s(?:No|Nr)\b))|(?-i:PPT|Ppt)|"
        r"travel\s+document)")
NUMBER = (r"(?:no\.?|nr\.?|n\.?\s?[°º]\.?|n\.o|n\.(?=\s)|number|num|nummer|numéro|numero|número|"
          r"id|#)")
# up to four words between the label and the number: "passeport français numéro", "Het
# Amerikaanse paspoort van mijn vrouw:", "passaporto americano di mio marito è", "Pasaporte
# EE. UU.:" (a short word may end in a dot); then an aside in brackets: "passaporte (EUA)"
BETWEEN = (rf"(?:\s+(?!{NUMBER}(?!\w))(?:\p{{L}}[\p{{L}}\-]*|\p{{L}}{{1,3}}\.)){{0,4}}?"
           r"(?:\s*\([^()\n]{1,20}\))?")
LABEL = (rf"\b{WORD}(?:[_\-]?{NUMBER})?{BETWEEN}[\"']?\s*(?:[(,]\s*)?(?:{NUMBER})?\s*"
         r"(?:is\s*|est\s*|es\s*|è\s*|é\s*|ist\s*)?[:#=]?\s*[\"']?")
# six to nine capitals and digits, at least one digit, in up to three groups ("19 AB 12345")
VALUE = r"(?-i:(?=[A-Z0-9 ]{0,11}\d)[A-Z0-9]{1,9}(?:[ ][A-Z0-9]{1,9}){0,2})(?![\w])"
PATTERNS = [
    # also as a key in code or JSON ("passport: '680260345'", "passport_no": "A915")
    Pattern("labelled", rf"(?i)(?<={LABEL})(?!{NUMBER}(?!\w)){VALUE}", 0.85),
]
VECTORS = [
    ("passport number: 533380006", [ENTITY]),
    ("PPT# 509411814", [ENTITY]),
    ("Passport No. C01X00T47", [ENTITY]),
    ("renew your passport online", []),
    ("payload: { passport: '680260345' }", [ENTITY]),
    ('{"passport_no": "A91575430"}', [ENTITY]),
    ("Reisepass-Nr.: C01X00T47", [ENTITY]),
    ("numéro de passeport : 18AB12345", [ENTITY]),
    ("le passeport français numéro 19AB12345", [ENTITY]),
    ("passaporto n. YA1234567", [ENTITY]),
    ("passaporte n.º CA123456", [ENTITY]),
    ("passeport: 19 AB 12345", [ENTITY]),
    ("bring your passport 2 copies and photos", []),
    ("passport valid until 2030", []),
    ("passport (no. 912803456) was stolen", [ENTITY]),
    ("his passport, number 912803456, is at the embassy", [ENTITY]),
    ("PP# 912803456 / exp 2031-04-02", [ENTITY]),
    ("Passnummer: C01X00T47", [ENTITY]),
    ("Passport ID 912803456", [ENTITY]),
    ("travel document number 912803456", [ENTITY]),
    ("you need 2 passes, pass 3 is free", []),
    ("Il passaporto americano di mio marito è B28460175, va inserito", [ENTITY]),
    ("Het Amerikaanse paspoort van mijn vrouw: E49271536, moet dat", [ENTITY]),
    ("Pasaporte EE. UU.: 867132506 / Vuelo IB6251", [ENTITY]),
    ("passaporte (EUA) P33433702 — titular", [ENTITY]),
    ("renew my passport before the trip to NYC in 2025", []),
]


class PassportRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        # six to nine characters once the spaces between groups are left out
        return None if 6 <= len(pattern_text.replace(" ", "")) <= 9 else False


def recognizer() -> PatternRecognizer:
    return PassportRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="PassportRecognizer")
