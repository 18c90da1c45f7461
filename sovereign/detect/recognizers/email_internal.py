"""EMAIL_ADDRESS at domains outside the public suffix list: corporate and reserved names
("jane@corp.internal", "ops@host.local", "a.b@corp.example", "svc@build.lan").

Basis: an e-mail address identifies its holder (GDPR Art. 4(1); HIPAA
§164.514(b)(2)(i)(F)) whether or not its domain resolves on the internet. Presidio's
recognizer keeps only addresses whose top-level domain is on the public suffix list, so the
addresses of an organisation's own directory — the ones most often pasted into a prompt —
were let through.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "EMAIL_ADDRESS"
PATTERNS = [
    Pattern("any_domain",
            r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
            r"[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,62}\b(?!@)",
            0.7),
]
VECTORS = [
    ('user_email = "jane.roe@corp.example"', [ENTITY]),
    ("write to build-bot@ci.internal for access", [ENTITY]),
    ("ping ops@host.local", [ENTITY]),
    ("git@github.com:org/repo.git", [ENTITY]),
    ("version 1.2.3@latest", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="InternalEmailRecognizer")
