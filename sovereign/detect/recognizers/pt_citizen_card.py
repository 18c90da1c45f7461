"""PT_CITIZEN_CARD: the document number of a Portuguese Cartão de Cidadão: the holder's
eight-digit civil identification number, its check digit, two letters of the card's
version and a last check digit over all twelve ("12345678 9 ZZ1", "123456789ZZ1").

Basis: GDPR Art. 4(1) and Art. 87 (a national identification number), and Lei 7/2007 (the
Cartão de Cidadão law), which protects the civil identification number it holds; asked for by
landlords, banks and employers, and pasted from forms and scans.

Levels (see _checked.py): after "Cartão de Cidadão", "CC", "documento de identificação" or
a Portuguese ID card named in another language, 0.85; the card's own form, whose twelve
characters pass the card's check (one in ten do by chance), 0.35, and 0.7 with a word such
as "cidadão" or "Portuguese" nearby. The form alone (eight digits, a digit, two letters, a
digit) is distinctive enough to be a written form; there is no bare level.

Check: the card's published rule (Agência para a Modernização Administrativa, "Cartão de
Cidadão: validação do número de documento"): from the right, every second character's value
(digits as such, A=10 … Z=35) is doubled, less 9 when over 9; the sum is a multiple of 10.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, patterns

ENTITY = "PT_CITIZEN_CARD"
NUMBER = r"\d{8}[ \-]?\d[ \-]?[A-Za-z]{2}[ \-]?\d"
LABELS = (r"cart[ãa]o\s+de\s+cidad[ãa]o|cc|n\.?\s*[ºo°]\s*(?:do\s+)?cc|"
          r"(?:n\.?\s*[ºo°]\s*)?documento\s+de\s+identifica[çc][ãa]o|"
          r"(?:portuguese|pt)\s+id(?:entity)?\s+card|"
          r"carte\s+d['\u2019]identit[ée]\s+portugaise|"
          r"carta\s+d['\u2019]identit[àa]\s+portoghese|"
          r"(?:portugiesische[rn]?\s+)?(?:personalausweis|ausweis)(?:\s+aus\s+portugal)?|"
          r"documento\s+nacional\s+de\s+identidad\s+portugu[ée]s|"
          r"portugese\s+identiteitskaart")
PATTERNS = patterns(ENTITY, NUMBER, LABELS, written=NUMBER)
CONTEXT = ["cidadão", "cidadao", "cartão", "cartao", "portuguese", "portugaise", "portoghese",
           "portugués", "portugues", "portugiesisch", "portugees", "identificação", "cc"]
VECTORS = [
    ("Cartão de Cidadão n.º 12345678 9 ZZ1, válido até 2031", [ENTITY]),
    ("doc: 123456789ZZ1", [ENTITY]),
    ("Cartão de Cidadão n.º 12345678 9 ZZ2", []),  # the last check fails
    ("ref 12345678 9 AB1 shipped", []),              # the form, and the check fails
]


def card_ok(text: str) -> bool:
    chars = [ch for ch in text.upper() if ch.isalnum()]
    if len(chars) != 12:
        return False
    total = 0
    for i, ch in enumerate(reversed(chars)):
        v = int(ch, 36)
        if i % 2 == 1:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return total % 10 == 0


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(card_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="PtCitizenCardRecognizer")
