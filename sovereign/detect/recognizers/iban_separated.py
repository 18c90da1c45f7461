"""IBAN_CODE: an IBAN written with the separators Presidio's pattern does not take: dots
("PT50.0002.0123.1234.5678.9015.4"), slashes, several blanks, or a line break where a form or
an e-mail wrapped it; and one written as one run ("es9121000418450200051332 please").
Presidio's IbanRecognizer reads groups parted by one blank or a hyphen; loaded
case-insensitive by its default configuration, its groups of four run on into a word after
a one-run IBAN ("… 1332 please" read with "plea" and "se") and the check of the longer run
fails.

Basis: GDPR Art. 4(1) (an account number identifies its holder) and PSD2; the shipped
``regulated-local`` rule keeps IBANs inside the perimeter.

Check (ISO 13616): the length the IBAN registry (SWIFT) gives the country; the country
letters and check digits moved to the end, letters as 10-35, the number modulo 97 is 1. A
run shaped like an IBAN passes by chance once in 97, so the shape (two letters, two digits,
then groups of letters and digits) and the check together score as Presidio scores a
checked IBAN.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer

ENTITY = "IBAN_CODE"
SCORE = 1.0  # Presidio's IbanRecognizer gives a valid IBAN the same
# characters of an IBAN by country, from the IBAN registry
LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}
# groups of one to four after the country and check digits, parted by a dot, a slash,
# blanks or a hyphen, the same one throughout (so that a word after the IBAN is not read as
# a last group), or by a line break where the text was wrapped
BREAK = r"[ \t]*\r?\n[ \t]*"
FIRST_SEPARATOR = rf"(?P<sep>[ \t]*[./][ \t]*|[ \t]+|-|{BREAK})"
PATTERNS = [
    Pattern("iban_separated",
            rf"(?<![\w.])[A-Za-z]{{2}}\d{{2}}{FIRST_SEPARATOR}[A-Za-z0-9]{{1,4}}"
            rf"(?:(?:(?P=sep)|{BREAK})[A-Za-z0-9]{{1,4}}){{2,7}}(?![\w])", SCORE),
    # one run, any case: it cannot run into the next word
    Pattern("iban_compact", r"(?<![\w.])[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}(?![\w])", SCORE),
]
VECTORS = [
    ("IBAN para o reembolso: PT50.0002.0123.1234.5678.9015.4", [ENTITY]),
    ("IBAN: DE89 3704 0044\n0532 0130 00", [ENTITY]),
    ("Kontonummer DE89/3704/0044/0532/0130/00 bitte", [ENTITY]),
    ("IBAN: DE89.3704.0044.0532.0130.01", []),     # the check fails
    ("IBAN PT50.0002.0123.1234.5678.9015.4 ok", [ENTITY]),  # the word after: not a group
    ("version 1.2.3.4 of GB12.abcd", []),
    ("my iban is de89370400440532013000 ok", [ENTITY]),
    ("la transferencia a ES0668864684141225039989 porfa", [ENTITY]),
    ("commit de89370400440532013001 reverted", []),  # the check fails
]


def iban_ok(text: str) -> bool:
    code = "".join(ch for ch in text if ch.isalnum()).upper()
    if LENGTHS.get(code[:2]) != len(code):
        return False
    moved = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(iban_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             name="SeparatedIbanRecognizer")
