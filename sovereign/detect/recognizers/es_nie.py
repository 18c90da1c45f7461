"""ES_NIE: the Spanish foreigner's identity number (Número de Identidad de Extranjero), an X, Y
or Z, seven digits and a check letter, in the written forms Presidio's EsNieRecognizer does
not read: with blanks, dots or hyphens ("X-1234567-L", "Y 7654321 G").

Basis: GDPR Art. 4(1) and Art. 87 (a national identification number), and Ley Orgánica
3/2018; Real Decreto 557/2011 assigns the NIE.

Check: as the DNI's (es_dni.py), with the X, Y or Z read as 0, 1 or 2.

Levels (see _checked.py): after "NIE", "N.I.E.", "número de identidad de extranjero" 0.85;
the separated form "X-1234567-L" (the same separator twice), 0.35, 0.7 with a context word.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, patterns
from sovereign.detect.recognizers.es_dni import CONTEXT, SEP, dni_ok

ENTITY = "ES_NIE"
NIE = rf"(?-i:[XYZ]){SEP}\d{{7}}{SEP}(?-i:[A-Z])"
SEPARATED = r"(?-i:[XYZ])[ .\-]\d{7}[ .\-](?-i:[A-Z])"
LABELS = (r"nie|n\.\s?i\.\s?e\.?|n[úu]mero\s+de\s+identi(?:dad|ficaci[óo]n)\s+de\s+"
          r"extranjero")
VECTORS = [
    ("NIE: X-1234567-L", [ENTITY]),
    ("su NIE es Y 7654321 G", [ENTITY]),
    ("tarjeta de residencia X.1234567.L", [ENTITY]),
    ("NIE: X-1234567-M", []),       # the letter does not match
    ("build Z-1234567-A passed", []),  # the letter does not match
]


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(dni_ok, supported_entity=ENTITY, context=CONTEXT,
                             patterns=patterns(ENTITY, NIE, LABELS, written=SEPARATED),
                             name="EsNieWrittenRecognizer")
