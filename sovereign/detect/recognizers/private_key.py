"""PRIVATE_KEY: PEM / OpenSSH private keys, whole block or a bare header.

Basis: a private key is a credential; disclosing it is a security incident (ISO/IEC 27001
A.8.24, GDPR Art. 32 "security of processing"). It must never leave the perimeter.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PRIVATE_KEY"
PATTERNS = [
    Pattern("pem_block", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"[\s\S]{0,20000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", 1.0),
    Pattern("pem_header", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", 0.95),
]
VECTORS = [
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", [ENTITY]),
    ("key: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk", [ENTITY]),
    ("-----BEGIN PRIVATE KEY-----", [ENTITY]),
    ("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----", []),
    ("we rotate private keys yearly", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="PrivateKeyRecognizer")
