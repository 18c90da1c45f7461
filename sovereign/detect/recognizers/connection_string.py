"""CONNECTION_STRING_PASSWORD: passwords inside URLs and database connection strings.

Basis: credentials (GDPR Art. 32, ISO/IEC 27001 A.5.17 "authentication information").
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "CONNECTION_STRING_PASSWORD"
PATTERNS = [
    Pattern("url_userinfo", r"\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@]{1,100}:[^\s@/]{1,200}@[^\s/]+", 0.9),
    Pattern("kv_password", r"(?i)\b(?:password|passwd|pwd)\s*=\s*[^;\s\"']{3,}", 0.85),
]
VECTORS = [
    ("postgres://admin:hunter2@db.internal:5432/app", [ENTITY]),
    ("Server=db;User Id=sa;Password=S3cr3t!;", [ENTITY]),
    ("see https://example.com/docs for the password policy", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=ENTITY, patterns=PATTERNS, name="ConnectionStringRecognizer"
    )
