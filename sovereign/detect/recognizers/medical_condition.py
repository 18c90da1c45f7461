"""MEDICAL_CONDITION: a named diagnosis or serious condition.

Basis: GDPR Art. 9(1) "data concerning health" (special category); HIPAA PHI when tied to an
individual. Tying it to a person is the policy's job (a rule combining this with PERSON or an
identifier), not the recognizer's.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.wordlist import alternation

ENTITY = "MEDICAL_CONDITION"
CONDITIONS = (
    r"(?:type\s+[12]\s+)?diabetes", r"HIV(?:\s+positive)?", r"AIDS", r"cancer", r"leuka?emia",
    r"lymphoma", r"melanoma", r"carcinoma", r"tumou?r", r"schizophrenia", r"bipolar\s+disorder",
    r"(?:major\s+)?depress(?:ion|ive\s+disorder)", r"anxiety\s+disorder", r"PTSD",
    r"hepatitis\s*[ABC]?", r"tuberculosis", r"epilepsy", r"asthma", r"dementia",
    r"Alzheimer'?s(?:\s+disease)?", r"Parkinson'?s(?:\s+disease)?", r"multiple\s+sclerosis",
    r"cystic\s+fibrosis", r"hypertension", r"heart\s+failure", r"stroke", r"COPD", r"autism",
    r"ADHD", r"anorexia(?:\s+nervosa)?", r"bulimia", r"opioid\s+use\s+disorder", r"alcoholism",
    r"pregnan(?:t|cy)", r"chlamydia", r"syphilis", r"gonorrh(?:o)?ea",
)
PATTERNS = [Pattern("condition", r"(?i)\b(?:" + alternation(CONDITIONS, ignore_case=True) + r")\b", 0.6)]
CONTEXT = ["diagnosed", "diagnosis", "patient", "suffers", "treated", "treatment", "condition",
           "history", "prescribed"]
VECTORS = [
    ("She was diagnosed with type 2 diabetes last year", [ENTITY]),
    ("patient is HIV positive", [ENTITY]),
    ("history of major depressive disorder", [ENTITY]),
    ("the stock market had a depressing week", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT, name="MedicalConditionRecognizer"
    )
