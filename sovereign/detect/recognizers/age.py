"""AGE: a person's age stated in the ways people write it ("57 years old", "aged 57",
"turned 57", "I'm 57 y/o", "a 57-year-old", "age: 57").

Basis: age is personal data (GDPR Art. 4(1)); HIPAA §164.514(b)(2)(i)(C) names ages over 89 as
identifiers, and any age narrows a record to few people once joined with a place or a date.
spaCy tags these numbers CARDINAL or DATE, which Presidio does not report as an age; the
patterns below need an age word, so amounts and counts are left alone.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "AGE"
NUMBER = r"(?:1[01]\d|\d{1,2})"
PATTERNS = [
    Pattern("years_old", rf"\b{NUMBER}(?:\s*|-)(?:years?|yrs?)(?:\s*|-)old\b", 0.7),
    Pattern("year_old_noun", rf"\b{NUMBER}-(?:year|yr)-old\b", 0.7),
    Pattern("y_o", rf"\b{NUMBER}\s*(?:y/o|y\.o\.|yo)(?!\w)", 0.6),
    Pattern("after_age_word",
            rf"(?i)(?<=\b(?:aged?|age\s+of|turn|turned|turning|turns|i'?m|i\s+am|he'?s|she'?s|"
            rf"he\s+is|she\s+is|age:|when\s+(?:he|she|i|they)\s+(?:was|were))\s{{1,3}}){NUMBER}\b(?![.,]\d)"
            rf"(?=\s*(?:$|[.,;:!?)\n]|(?:years?|yrs?|and|in|on|last|this|next|today|yesterday|"
            rf"when|so|but|now|soon|tomorrow)\b))", 0.5),
]
CONTEXT = ["age", "aged", "old", "born", "birthday", "turned"]
VECTORS = [
    ("My father retired at the age of 57", [ENTITY]),
    ("My brother just turned 29", [ENTITY]),
    ("My birthday is on the weekend. I'll turn 55.", [ENTITY]),
    ("Written when he was 21.", [ENTITY]),
    ("originally from Toronto, and i'm 51 y/o.", [ENTITY]),
    ("a 45-year-old patient with chest pain", [ENTITY]),
    ("she is 34 years old", [ENTITY]),
    ("I'm 5 minutes away", []),
    ("the build turned 3 tests red", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="AgeRecognizer")
