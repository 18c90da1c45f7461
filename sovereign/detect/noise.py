"""Known false-positive classes, dropped after recognition. Each rule names the class it
removes; tests/test_detection.py holds a vector for each.

- Acronyms and product codes read as names by NER: "SSN", "API", "JSON", "C4", "S3".
- Encoded blobs and hashes read as names by NER: a name holds no run of 30 or more characters
  without a space (values inside blobs are found by decoding them, see embedded.py).
- Presidio's weakest driver-licence pattern on short codes: "S3", "v2", "Q3" (real licence
  numbers have at least 6 characters in every US state).
- NER dates that are bare digit groups no calendar reading supports: "RFC 9162", an order
  number "771394". Years 1900-2099, valid 8-digit YYYYMMDD/DDMMYYYY dates, and groups of
  1-3 or 5 digits (a day, an age, a postal code next to an address) stay.
"""

from __future__ import annotations

import re
from datetime import date

from sovereign.detect.nerview import NER_RECOGNIZER

NER_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
SHORT_CODE = re.compile(r"[A-Z0-9][A-Z0-9&.\-]{0,4}")
ACRONYMS = frozenset({
    "SSN", "API", "JSON", "XML", "YAML", "HTML", "HTTP", "HTTPS", "REST", "SQL", "CSV", "PDF",
    "URL", "URI", "UUID", "CPU", "GPU", "RAM", "SSD", "TLS", "SSL", "DNS", "VPN", "SDK", "CLI",
    "IBAN", "BIC", "SWIFT", "PIN", "CVV", "DOB", "MRN", "NHS", "EIN", "ITIN", "PII", "PHI",
    "GDPR", "HIPAA", "PCI", "DSS", "SOC", "ISO", "RFC", "FAQ", "CEO", "CTO", "CFO", "HR", "IT",
    "ID", "OK", "ETA", "ASAP", "FYI", "TBD", "LLM", "AI", "ML", "NLP", "OCR", "PR", "QA",
})
MIN_LICENCE_CHARS = 6
MAX_NAME_RUN = 30


def is_noise(value: str, entity_type: str, recognizer: str) -> bool:
    """True when a finding of *entity_type* with text *value* (by *recognizer*) belongs to a
    known false-positive class."""
    if recognizer == NER_RECOGNIZER:
        if entity_type in NER_NAME_TYPES:
            if len(value) >= MAX_NAME_RUN and max(map(len, value.split())) >= MAX_NAME_RUN:
                return True
            return value.upper() in ACRONYMS or (
                SHORT_CODE.fullmatch(value) is not None and any(c.isdigit() for c in value))
        if entity_type == "DATE_TIME" and value.isdigit():
            return not _calendar_digits(value)
    if entity_type == "US_DRIVER_LICENSE":
        return len(value) < MIN_LICENCE_CHARS
    return False


def _calendar_digits(value: str) -> bool:
    if len(value) <= 3 or len(value) == 5:
        return True
    if len(value) == 4:
        return 1900 <= int(value) <= 2099
    if len(value) == 8:
        for y, m, d in ((value[:4], value[4:6], value[6:]), (value[4:], value[2:4], value[:2])):
            try:
                date(int(y), int(m), int(d))
            except ValueError:
                continue
            return True
    return False
