"""PASSPORT: the second line of a passport's machine-readable zone (ICAO Doc 9303, TD3):
the document number and its check digit, the nationality, the date of birth and the expiry
date each with theirs ("L898902C36UTO7408122F1204159<<<<<<<<<<<<<<06"), pasted from a
scan or an OCR of the photo page.

Basis: national identification numbers, GDPR Art. 87; the line holds the passport number,
the holder's nationality, date of birth and sex.

Check (Doc 9303 part 3, 4.9): each character's value (digits as such, A=10 … Z=35, "<" 0)
times 7, 3, 1 in turn, summed, modulo 10. The document number must pass its check; the
dates' checks are not asked for (a date misread by OCR, or typed by hand, still leaves the
number): the line's shape (a number, a digit, three letters, seven digits, the sex, seven
digits) is rare outside an MRZ, and the number's check leaves one such run in ten. The
finding covers the line from the number to the expiry date's check digit (all of it is the
holder's).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, icao_check_digit

ENTITY = "PASSPORT"
SCORE = 0.9
# number (9, "<" filling), check, nationality (3), birth date, check, sex, expiry, check
LINE = r"(?-i:[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7})"
PATTERNS = [Pattern("mrz_line", rf"(?<![A-Za-z0-9<]){LINE}", SCORE)]
VECTORS = [
    # ICAO Doc 9303's own specimen
    ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<06",
     [ENTITY]),
    ("L898902C37UTO7408122F1204159<<<<<<<<<<<<<<06", []),  # the number's check fails
    ("L898902C36UTO7408123F1204150<<<<<<<<<<<<<<06", [ENTITY]),  # dates misread: kept
    ("order 1234567890ABC1234567M1234567 shipped", []),
]


def mrz_ok(line: str) -> bool:
    return len(line) == 28 and icao_check_digit(line[:9]) == int(line[9])


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(mrz_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             name="PassportMrzRecognizer")
