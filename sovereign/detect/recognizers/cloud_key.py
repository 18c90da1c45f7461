"""CLOUD_ACCESS_KEY: AWS access key ids and secret keys, Google API keys.

Basis: cloud credentials grant access to systems holding personal data (GDPR Art. 32); the
providers' own guidance is to treat them as secrets never shared with third parties.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "CLOUD_ACCESS_KEY"
PATTERNS = [
    Pattern("aws_access_key_id", r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b", 0.95),
    Pattern("aws_secret_assignment",
            r"(?i)aws_?secret_?(?:access_?)?key\s*[\"']?\s*[:=]\s*[\"']?[A-Za-z0-9/+=]{40}\b", 1.0),
    Pattern("google_api_key", r"\bAIza[0-9A-Za-z_\-]{35}\b", 0.95),
]
VECTORS = [
    ("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", [ENTITY]),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", [ENTITY]),
    ("key=AIzaSyA1234567890abcdefghijklmnopqrstuv", [ENTITY]),
    ("The AKIA prefix marks AWS keys", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="CloudKeyRecognizer")
