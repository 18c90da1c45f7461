"""ES_NIF: the Spanish DNI (Documento Nacional de Identidad, whose number is the holder's
NIF) in the written forms Presidio's EsNifRecognizer does not read: with dots, blanks or
hyphens ("53.260.198-H", "53 260 198 H"); it reads "53260198H" and "53260198-H" only. The
foreigner's NIE is es_nie.py.

Basis: GDPR Art. 4(1) and Art. 87 (a national identification number), and Ley Orgánica
3/2018 (the Spanish GDPR implementing law); Real Decreto 1553/2005 regulates the DNI.

Check: the number (for an NIE, its X, Y or Z read as 0, 1 or 2) modulo 23 picks the letter
from "TRWAGMYFPDXBNJZSQVHLCKE" (Ministerio del Interior); one run in 23 passes by chance.

Levels (see _checked.py): after "DNI", "D.N.I.", "NIF", "documento nacional de identidad"
0.85; the dotted form "53.260.198-H", 0.35 (redacted), 0.7 with a context word.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, patterns

ENTITY = "ES_NIF"
LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
SEP = r"[ .\-]?"
DNI = rf"\d{{1,2}}{SEP}\d{{3}}{SEP}\d{{3}}{SEP}(?-i:[A-Z])"
DNI_DOTTED = r"\d{1,2}\.\d{3}\.\d{3}[ \-]?(?-i:[A-Z])"
DNI_LABELS = (r"dni|d\.\s?n\.\s?i\.?|nif|n\.\s?i\.\s?f\.?|documento\s+nacional\s+de\s+identidad|"
              r"(?-i:DNI)-?e")
CONTEXT = ["dni", "nif", "nie", "documento", "identidad", "extranjero", "españa", "español",
           "española", "spanish", "spain", "espagnol", "spanisch", "spagnolo", "espanhol"]
VECTORS = [
    ("BI espanhol (DNI) do inquilino: 53.260.198-H", [ENTITY]),
    ("DNI 53 260 198 H", [ENTITY]),
    ("D.N.I.: 53.260.198-H", [ENTITY]),
    ("DNI 53.260.198-J", []),                 # the letter does not match
    ("versión 12.345.678-A del paquete", []),  # the letter does not match
]


def dni_ok(value: str) -> bool:
    body = "".join(ch for ch in value if ch.isalnum()).upper()
    number, letter = body[:-1], body[-1]
    if number[:1] in ("X", "Y", "Z"):
        number = str("XYZ".index(number[0])) + number[1:]
    return number.isdigit() and LETTERS[int(number) % 23] == letter


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(dni_ok, supported_entity=ENTITY, context=CONTEXT,
                             patterns=patterns(ENTITY, DNI, DNI_LABELS, written=DNI_DOTTED),
                             name="EsDniWrittenRecognizer")
