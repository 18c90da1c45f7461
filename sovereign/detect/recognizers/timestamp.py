"""DATE_TIME: machine timestamps (ISO 8601 / RFC 3339 and the log formats close to them),
whole, with time, fractions and zone: "2023-08-04 14:37:22.551633", "2024-01-05T09:30:00Z".

Basis: dates tied to a person (admission, birth, an event in their life) are identifiers
under HIPAA §164.514(b)(2)(i)(C). Presidio finds the date part and its phone matcher read
"2023-08-04 14" as a number; one span for the whole timestamp is what gets redacted.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "DATE_TIME"
PATTERNS = [
    Pattern("iso_timestamp",
            r"\b\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?"
            r"(?:Z|[+-][0-2]\d:?[0-5]\d)?(?!\d)", 0.6),
]
VECTORS = [
    ("On 2023-08-04 14:37:22.551633, the government began", [ENTITY]),
    ("event at 2024-01-05T09:30:00Z", [ENTITY]),
    ("version 2023.08", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="TimestampRecognizer")
