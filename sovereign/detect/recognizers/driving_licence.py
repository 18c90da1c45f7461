"""DRIVER_LICENSE: a driving licence number issued outside the US (US_DRIVER_LICENSE is
us_driver_license.py's): after a label naming it in English, German, French, Spanish,
Italian, Portuguese or Dutch ("Führerscheinnummer: B072RRE2I55", "numéro de permis de
conduire : 12AB34567", "patente n. U1A123456B", "rijbewijsnummer 5123456789"), and the
sixteen-character number of a Great Britain licence on its own ("MORGA657054SM9IJ").

Basis: a licence number identifies its holder (GDPR Art. 4(1)); Member States treat it as a
national identification number under GDPR Art. 87, and the licence itself is the identity
document the Third Driving Licence Directive (2006/126/EC) harmonises.

The GB number (DVLA) is five letters of the surname padded with 9s, six digits (the decade
of birth, the month (plus 5 for women), the day, the year's last digit), two initials padded
with 9, a digit and two check letters. The shape is specific enough to stand alone at
GB_SHAPE; the labelled forms score LABELLED. Values need a digit and five characters.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import LABELLED, alone, labelled

ENTITY = "DRIVER_LICENSE"
GB_SHAPE = 0.6
# the licence named as such in the seven languages ("license" alone is a software licence)
LABELS = (r"driving\s+licen[cs]e|"
          r"führerschein(?:nummer|-?nr\.?)?|fahrerlaubnis(?:nummer)?|"
          r"(?:numéro\s+de\s+|n[°º]\s*(?:de\s+)?)?permis(?:\s+de\s+conduire)?|"
          r"carn[eé]t?\s+de\s+conducir|permiso\s+de\s+conducir|licencia\s+de\s+conducir|"
          r"patente(?:\s+di\s+guida)?|carta\s+de\s+condução|carteira\s+de\s+motorista|"
          r"(?-i:CNH)|rijbewijs(?:nummer)?")
# the number as licences print it: letters (capitals) and digits, at least one digit, in up
# to three groups
VALUE = r"(?-i:(?=[A-Z0-9 \-]{0,20}\d)[A-Z0-9]{2,13}(?:[ \-][A-Z0-9]{2,8}){0,2})"
# (run together, or in the groups people copy from the card: "MORGA 657054 SM9IJ")
GB = r"(?-i:[A-Z9]{5}(?:\d{6}[A-Z9]{2}|[ ]\d{6}[ ][A-Z9]{2})\d[A-Z]{2}(?:\d{2})?)"
PATTERNS = [
    # (with the Italian and Portuguese "n." and "n.º", which normalise.py makes "n.o")
    Pattern("licence_labelled", labelled(rf"(?:{LABELS})(?:\s*n\.[°ºo]?)?") + alone(VALUE),
            LABELLED),
    Pattern("licence_gb", alone(GB), GB_SHAPE),
]
VECTORS = [
    ("Führerscheinnummer: B072RRE2I55", [ENTITY]),
    ("Führerschein-Nr. B072RRE2I55", [ENTITY]),
    ("numéro de permis de conduire : 12AB34567", [ENTITY]),
    ("carnet de conducir 12345678Z", [ENTITY]),
    ("patente n. U1A123456B", [ENTITY]),
    ("carta de condução n.º 123456789", [ENTITY]),
    ("rijbewijsnummer 5123456789", [ENTITY]),
    ("UK driving licence MORGA657054SM9IJ", [ENTITY]),
    ("his licence MORGA657054SM9IJ was suspended", [ENTITY]),
    ("Mon permis britannique (numéro OCONN 751290 SP9WE) est-il valable ?", [ENTITY]),
    ("MORGA 657054SM9IJ", []),                  # one blank but not the other: not the card's
    ("Führerschein seit 2019, Klasse B", []),
    ("il permis de construire est en cours", []),
    ("MIT License 2024", []),
]


class DrivingLicenceRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        """A number has five characters and a digit ("Klasse B", "2019" are none)."""
        compact = pattern_text.replace(" ", "").replace("-", "")
        return None if len(compact) >= 5 and any(c.isdigit() for c in compact) else False


def recognizer() -> PatternRecognizer:
    return DrivingLicenceRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                                    name="DrivingLicenceRecognizer")
