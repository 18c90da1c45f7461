"""API_TOKEN: bearer tokens of well-known services (OpenAI, Anthropic, GitHub, Slack, Stripe), JWTs.

Basis: access tokens are credentials (GDPR Art. 32; PCI DSS 8.3 for payment keys); sending them
to a third-party model discloses them.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "API_TOKEN"
PATTERNS = [
    Pattern("openai_anthropic", r"\bsk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[A-Za-z0-9_\-]{20,}", 0.9),
    Pattern("github", r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b", 0.95),
    Pattern("slack", r"\bxox[abposr]-[A-Za-z0-9\-]{10,}\b", 0.9),
    Pattern("stripe", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{20,}\b", 0.95),
    Pattern("jwt", r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}", 0.85),
    Pattern("bearer_header", r"(?i)\bauthorization:\s*bearer\s+[A-Za-z0-9._\-~+/]{20,}=*", 0.9),
]
VECTORS = [
    ("use sk-proj-abcdefghijklmnopqrstuvwxyz0123 for the call", [ENTITY]),
    ("token ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", [ENTITY]),
    ("SLACK=xoxb-123456789012-abcdefghij", [ENTITY]),
    ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
     [ENTITY]),
    ("ask for a task-list of things", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="ApiTokenRecognizer")
