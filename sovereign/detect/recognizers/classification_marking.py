"""CLASSIFICATION_MARKING: security classification banners and portion marks — US
("TOP SECRET//SCI//NOFORN", "(S//REL TO USA, GBR)"), NATO ("NATO SECRET", "COSMIC TOP
SECRET"), UK ("OFFICIAL-SENSITIVE"), EU ("RESTREINT UE/EU RESTRICTED", "CONFIDENTIEL UE").

Basis: Executive Order 13526 §1.6 (marking of classified information); the NATO Security
Policy C-M(2002)49; the UK Government Security Classifications; Council Decision
2013/488/EU. Case-sensitive: markings are written in capitals, and "secret" or "confidential"
in prose is not a marking. Whether a marking blocks a request is the rule packs' decision
(packs/classification.yaml).
"""

import re

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "CLASSIFICATION_MARKING"
CAVEATS = r"(?://[A-Z][A-Z0-9 ,/\-]*)?"
PATTERNS = [
    Pattern("us_banner", rf"\b(?:TOP SECRET|SECRET|CONFIDENTIAL){CAVEATS}(?=\W|$)", 0.6),
    Pattern("us_portion", r"\((?:TS|S|C|U)(?://[A-Z][A-Z0-9 ,/\-]*)\)|\((?:TS|S)\)", 0.7),
    Pattern("nato", r"\b(?:NATO (?:SECRET|CONFIDENTIAL|RESTRICTED)|COSMIC TOP SECRET)\b", 0.9),
    Pattern("uk", r"\bOFFICIAL[\-\u2010\u2011]SENSITIVE\b|\bUK (?:SECRET|TOP SECRET)\b", 0.9),
    Pattern("eu", r"\b(?:RESTREINT UE|CONFIDENTIEL UE|SECRET UE|TRES SECRET UE|"
                  r"EU (?:RESTRICTED|CONFIDENTIAL|SECRET|TOP SECRET))\b", 0.9),
]
VECTORS = [
    ("SECRET//NOFORN Summarise the annex.", [ENTITY]),
    ("(S//REL TO USA, GBR) The convoy leaves at dawn.", [ENTITY]),
    ("Header: NATO RESTRICTED", [ENTITY]),
    ("RESTREINT UE/EU RESTRICTED", [ENTITY]),
    ("it is no secret that the plan is confidential", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="ClassificationMarkingRecognizer",
                             global_regex_flags=re.DOTALL | re.MULTILINE)
