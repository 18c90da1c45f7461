"""API_TOKEN: a secret assigned to a name that says so, in configuration, code, logs or chat
— `api_key = "9fQ2…"`, `"client_secret": "…"`, `AUTH_TOKEN=…`, "the api key is 9f8e…" — when
the value looks random.

Basis: credentials (GDPR Art. 32 security of processing; PCI DSS 8.3 for payment systems);
sending them to a third-party model discloses them. Well-known token shapes have their own
recognizers (api_token, cloud_key); this one catches the rest by where they stand. Placeholders
("changeme", "your-api-key-here", "xxxxxxxx") are rejected by an entropy check: at least
MIN_ENTROPY bits per character (Shannon) and both letters and digits.
"""

from __future__ import annotations

import math
from collections import Counter

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "API_TOKEN"
MIN_ENTROPY = 3.2
NAMES = (r"api[_\-]?key|apikey|secret[_\-]?key|client[_\-]?secret|access[_\-]?token|"
         r"auth[_\-]?token|refresh[_\-]?token|private[_\-]?token|bearer[_\-]?token|token|"
         r"secret|signing[_\-]?key|encryption[_\-]?key|webhook[_\-]?secret")
# tokens that hold a place in a listing, not a credential ("next_page_token", "resumeToken")
NOT_SECRET = r"(?<!(?:page|next|continuation|pagination|cursor|resume|sync)[_\-]?)"
# the same names as words in a sentence ("the api key is …")
SPOKEN_NAMES = NAMES.replace(r"[_\-]?", r"[_\-\s]?")
PATTERNS = [
    Pattern("assigned",
            rf"(?i)(?<=\b(?:[a-z0-9]+[_\-])*{NOT_SECRET}(?:{NAMES})[\"']?\s*[:=]\s*[\"']?)"
            r"[A-Za-z0-9+/_\-.~]{16,}={0,2}", 0.6),
    # said in a sentence: "the api key is 9f8e7d…", "my token is …"
    Pattern("stated",
            rf"(?i)(?<=\b(?:{SPOKEN_NAMES})[ \t]+"
            rf"(?:is|was|ist|est|es|è|é)[ \t]*:?[ \t]+[\"'`]?)"
            r"[A-Za-z0-9+/_\-.~]{20,}={0,2}", 0.6),
]
VECTORS = [
    ('OPENWEATHER_API_KEY = "9fQ2xL7vB1mK8pR4tZ6wY3nC"', [ENTITY]),
    ('{"client_secret": "a8F3kP0qL9zX2vN7mB4cT6yR1wE5uI0o"}', [ENTITY]),
    ("export AUTH_TOKEN=Zk3mP9qR2sT7vW1xY5aB8cD0", [ENTITY]),
    ('api_key = "your-api-key-here-please"', []),
    ("token: xxxxxxxxxxxxxxxxxxxxxxxx", []),
    ('next_page_token: "CiAKGjBpNDd2Nmp2Zml2cXRjbWZ3ZDZ3NG1rN2UQAA"', []),
    ("the api key is 9f8e7d6c5b4a39281706f5e4d3c2b1a0", [ENTITY]),
    ("the token is expired since yesterday, renew it", []),
]


def entropy(value: str) -> float:
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


class SecretAssignmentRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return (entropy(pattern_text) >= MIN_ENTROPY and any(c.isdigit() for c in pattern_text)
                and any(c.isalpha() for c in pattern_text))


def recognizer() -> PatternRecognizer:
    return SecretAssignmentRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                                      name="SecretAssignmentRecognizer")
