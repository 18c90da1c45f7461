"""DE_ID_CARD: the number of a German identity card (Personalausweis, issued since November
2010): nine characters of the alphabet C F G H J K L M N P R T V W X Y Z and the digits
(no vowels, no letters that read as digits), the first a letter, then a check digit over
the nine computed as ICAO Doc 9303 part 3 §4.9 prescribes for machine-readable travel
documents: each character's value (digits as such, A=10 … Z=35) times the weights
7, 3, 1 repeated, summed, modulo 10.

Basis: § 5 and § 20 PAuswG (the card's serial number; its use to retrieve or link personal
data is restricted by law); a national identifier under GDPR Art. 87.

Ten letters and digits are also the shape of order numbers, licence keys and tracking codes,
and one in ten passes the check, so the number alone scores 0.2 (below the detector's floor:
not reported); after a label ("Personalausweis Nr.", "Ausweisnummer", "ID card no.") 0.85,
written with or without its check digit; with a context word nearby 0.55.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import (
    BARE,
    LABELLED,
    CheckedRecognizer,
    alone,
    icao_check_digit,
    labelled,
)

ENTITY = "DE_ID_CARD"
ALPHABET = "CFGHJKLMNPRTVWXYZ"
LABELS = (r"personalausweis(?:es)?|personalausweis[\s-]?(?:nummer|nr)|ausweis[\s-]?(?:nummer|nr)|"
          r"ausweisnummer|perso[\s-]?nr|(?:german\s+)?(?:national\s+)?id(?:entity)?[\s-]?card|"
          r"carte\s+d'identit[ée]\s+allemande")
# nine characters, the first a letter, at least one digit among them; the check digit may
# follow (the card prints it in the machine-readable zone, people often copy all ten)
SERIAL = rf"(?-i:(?=[{ALPHABET}0-9]{{0,9}}\d)[{ALPHABET}][{ALPHABET}0-9]{{8}})"
PATTERNS = [
    Pattern("de_id_card_labelled", labelled(LABELS) + alone(rf"{SERIAL}\d?"), LABELLED),
    Pattern("de_id_card", alone(rf"{SERIAL}\d"), BARE),
]
CONTEXT = ["personalausweis", "ausweis", "perso", "identity card", "id card", "ausweisnummer"]
VECTORS = [
    ("ausgewiesen durch Personalausweis Nr. T22000129", [ENTITY]),
    ("Ausweisnummer: L01X00T471", [ENTITY]),
    ("German ID card no. T220001293", [ENTITY]),
    ("Personalausweis Nr. T220001294", []),  # wrong check digit
    ("Tracking code T220001293 delivered", []),  # nothing names it: 0.2, not reported
    ("Personalausweis Nr. CFGHJKLMN", []),  # no digit: a word, not a serial
]


def id_card_ok(value: str) -> bool:
    value = value.strip()
    if len(value) not in (9, 10) or any(ch not in ALPHABET and not ch.isdigit() for ch in value):
        return False
    if len(value) == 9:
        return True
    return value[9].isdigit() and icao_check_digit(value[:9]) == int(value[9])


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(id_card_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="GermanIdCardRecognizer")
