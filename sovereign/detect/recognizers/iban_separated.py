"""IBAN_CODE: an IBAN written with the separators Presidio's pattern does not take: dots
("PT50.0002.0123.1234.5678.9015.4"), slashes, several blanks, or a line break where a form or
an e-mail wrapped it. Presidio's IbanRecognizer reads groups parted by one blank or a hyphen.

Basis: GDPR Art. 4(1) (an account number identifies its holder) and PSD2; the shipped
``regulated-local`` rule keeps IBANs inside the perimeter.

Check (ISO 13616): the country letters and check digits moved to the end, letters as 10-35,
the number modulo 97 is 1; 15 to 34 characters. A run shaped like an IBAN passes by chance
once in 97, so the shape (two letters, two digits, then groups of letters and digits) and
the check together score as Presidio scores a checked IBAN.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer

ENTITY = "IBAN_CODE"
SCORE = 1.0  # Presidio's IbanRecognizer gives a valid IBAN the same
MIN_LENGTH, MAX_LENGTH = 15, 34
# groups of one to four after the country and check digits, parted by a dot, a slash,
# blanks or a hyphen, the same one throughout (so that a word after the IBAN is not read as
# a last group), or by a line break where the text was wrapped
BREAK = r"[ \t]*\r?\n[ \t]*"
FIRST_SEPARATOR = rf"(?P<sep>[ \t]*[./][ \t]*|[ \t]+|-|{BREAK})"
PATTERNS = [
    Pattern("iban_separated",
            rf"(?<![\w.])[A-Za-z]{{2}}\d{{2}}{FIRST_SEPARATOR}[A-Za-z0-9]{{1,4}}"
            rf"(?:(?:(?P=sep)|{BREAK})[A-Za-z0-9]{{1,4}}){{2,7}}(?![\w])", SCORE),
]
VECTORS = [
    ("IBAN para o reembolso: PT50.0002.0123.1234.5678.9015.4", [ENTITY]),
    ("IBAN: DE89 3704 0044\n0532 0130 00", [ENTITY]),
    ("Kontonummer DE89/3704/0044/0532/0130/00 bitte", [ENTITY]),
    ("IBAN: DE89.3704.0044.0532.0130.01", []),     # the check fails
    ("IBAN PT50.0002.0123.1234.5678.9015.4 ok", [ENTITY]),  # the word after: not a group
    ("version 1.2.3.4 of GB12.abcd", []),
]


def iban_ok(text: str) -> bool:
    code = "".join(ch for ch in text if ch.isalnum()).upper()
    if not MIN_LENGTH <= len(code) <= MAX_LENGTH:
        return False
    moved = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(iban_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             name="SeparatedIbanRecognizer")
