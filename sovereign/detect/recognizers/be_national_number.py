"""BE_NATIONAL_NUMBER: the Belgian national register number (rijksregisternummer, numéro de
registre national, INSZ/NISS): the holder's birth date as YYMMDD, a three-digit serial
(odd for men, even for women) and a two-digit mod-97 check, written "85.07.30-033.28",
"850730-033-28" or as eleven digits.

Basis: GDPR Art. 4(1) and Art. 87 (a national identification number), and the Belgian law of
8 August 1983 organising the national register, which restricts who may use the number; it
is on every eID card and payslip, and encodes the holder's birth date and sex.

Levels (see _checked.py): after "Rijksregisternummer", "RRN", "INSZ", "NISS", "numéro de
registre national", "Nationalregisternummer" and the like, 0.85; the dotted form
"YY.MM.DD-SSS.CC", 0.35, 0.7 with a word such as "Belgian" or "rijksregister" nearby;
eleven bare digits, 0.2 (not reported), 0.55 with such a word.

Check: 97 minus the first nine digits modulo 97 is the last two; for births from 2000 the
nine digits are read with a 2 before them. The month is 0-12, or that plus 20 or 40 for a
"bis" number given to someone not in the register; the day 0-31.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "BE_NATIONAL_NUMBER"
SEP = r"[ .\-]?"
NUMBER = rf"\d{{2}}{SEP}\d{{2}}{SEP}\d{{2}}{SEP}\d{{3}}{SEP}\d{{2}}"
DOTTED = r"\d{2}\.\d{2}\.\d{2}[ \-]?\d{3}\.\d{2}"
LABELS = (r"rijksregister(?:nummer)?|rrn|insz(?:-nummer)?|niss|"
          r"(?:n[uú]m[ée]ro\s+(?:de\s+|di\s+|do\s+)?)?regist(?:re|ro|o)\s+na(?:tional|zionale|cional)"
          r"(?:\s+(?:belga|belge|belgian))?|"
          r"n[°º]\s+national|nationalregisternummer|national\s+(?:register|registry)\s+number|"
          r"belgian\s+national\s+number|num[ée]ro\s+national")
PATTERNS = patterns(ENTITY, NUMBER, LABELS, written=DOTTED, bare=r"\d{11}")
CONTEXT = ["rijksregister", "rijksregisternummer", "registre", "national", "insz", "niss",
           "rrn", "belgian", "belge", "belgique", "belgië", "belgie", "belga", "belgisch",
           "eid", "nationalregisternummer"]
VECTORS = [
    ("Rijksregisternummer: 85.07.30-033.28", [ENTITY]),
    ("numéro de registre national 85073003328", [ENTITY]),
    ("NISS 01.02.03-123.45 (née en 2001)", [ENTITY]),
    ("Rijksregisternummer: 85.07.30-033.29", []),  # wrong check
    ("order 85073003328 shipped", []),              # bare, nothing names it: below the floor
]


def national_number_ok(text: str) -> bool:
    ds = digits(text)
    if len(ds) != 11:
        return False
    month, day = int(ds[2:4]), int(ds[4:6])
    if month % 20 > 12 or month > 52 or day > 31:
        return False
    body, check = int(ds[:9]), int(ds[9:])
    return check in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(national_number_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="BeNationalNumberRecognizer")
