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
- Phone numbers that are prices, timings or clock times: fewer than MIN_PHONE_DIGITS digits
  ("$89.99", "+0000"), a range of decimals ("21.904..612.337"), a currency sign before it, or
  digit groups joined by colons only ("2023:13:55:36").
- Loopback and unspecified addresses ("127.0.0.1", "::1", "0.0.0.0"): the machine itself,
  no one's address.
- One-word NER names that are no known name (names.py): "Dell", "Lyon", "Convert" are kept
  at WEAK_NAME_SCORE, under the policies' floor for names, rather than dropped (``explain``
  still shows them). A leading verb or greeting the model took into a name ("Email John
  Smith", "Hi Sarah") is cut off the span, so it is not replaced with the name.
- A secret assignment whose value is masked or a placeholder ("password=********",
  "token: ${TOKEN}", "secret=<your-secret>"): nothing secret is in it.
"""

from __future__ import annotations

import re
from datetime import date

from sovereign.detect.names import known_name
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
MIN_PHONE_DIGITS = 6  # no dialable number is shorter: six-digit local numbers ("61 60 34") exist
CURRENCY_BEFORE = re.compile(r"[$€£¥₹]\s?$|(?:USD|EUR|GBP|CHF)\s?$")
CLOCK = re.compile(r"\d+(?::\d+)+")
LOOPBACK = re.compile(r"127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0|0:0:0:0:0:0:0:1")
SECRET_TYPES = frozenset({"CONNECTION_STRING_PASSWORD", "PASSWORD", "API_TOKEN"})
MASKED = re.compile(r"""[\s"'`]*(?:[*•●x#?.]{3,}|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|<[^>]*>"""
                    r"""|\{\{[^}]*\}\}|)[\s"'`]*""", re.IGNORECASE)
ASSIGNED = re.compile(r"[=:]")


WEAK_NAME_SCORE = 0.35  # under contact-redact's 0.4 in the shipped rules
LEAD_WORDS = frozenset({
    "email", "e-mail", "mail", "call", "phone", "ring", "ask", "tell", "text", "message",
    "contact", "ping", "invite", "thank", "thanks", "dear", "hi", "hello", "hey", "please",
    "remind", "meet", "cc", "bcc", "to", "from", "congratulate", "welcome", "attn",
    "forward", "reply", "write", "notify", "inform"})


def ner_person(text: str, start: int, end: int, score: float) -> tuple[int, int, float]:
    """An NER PERSON span with a leading verb or greeting cut off, and its score capped at
    WEAK_NAME_SCORE when what is left is one word that is no known name."""
    while True:
        word = text[start:end].split(maxsplit=1)
        if len(word) < 2 or word[0].lower().rstrip(",:") not in LEAD_WORDS:
            break
        start = text.index(word[1], start)
    value = text[start:end].strip()
    if len(value.split()) == 1 and not known_name(value.strip(".,;:'\"()")):
        score = min(score, WEAK_NAME_SCORE)
    return start, end, score


def is_noise_at(text: str, start: int, end: int, entity_type: str, recognizer: str) -> bool:
    """is_noise for the finding text[start:end], with the classes that need what stands
    before it (a currency sign before a "phone number")."""
    value = text[start:end]
    if entity_type == "PHONE_NUMBER" and CURRENCY_BEFORE.search(text, max(0, start - 4), start):
        return True
    return is_noise(value, entity_type, recognizer)


def is_noise(value: str, entity_type: str, recognizer: str) -> bool:
    """True when a finding of *entity_type* with text *value* (by *recognizer*) belongs to a
    known false-positive class."""
    if entity_type == "PHONE_NUMBER":
        digits = sum(c.isdigit() for c in value)
        return digits < MIN_PHONE_DIGITS or ".." in value or CLOCK.fullmatch(value) is not None
    if entity_type == "IP_ADDRESS":
        return LOOPBACK.fullmatch(value.strip("[]")) is not None
    if entity_type in SECRET_TYPES:
        parts = ASSIGNED.split(value, maxsplit=1)
        return len(parts) == 2 and MASKED.fullmatch(parts[1]) is not None
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
