"""PERSON_REFERENCE: a person the writer speaks of without naming them — a relation ("my mum",
"mein Vater", "ma fille", "a mi hermana", "meu pai", "mio figlio", "mijn moeder", "my
coworker") or the writer themself in a statement about their health ("I was diagnosed",
"I'm 41 and was just diagnosed", "ich leide an", "j'ai été diagnostiquée", "me
diagnosticaron", "ik heb").

Basis: GDPR Art. 4(1) — a person is identifiable "directly or indirectly"; the writer of a
request is known to the provider by the account, and so, through the writer, are the
relatives they speak of. Alone it decides nothing (it is everywhere: "my son asked me how to
do fractions"); a policy ties it to a diagnosis (the shipped ``health-local`` rule), which
makes "my mum was diagnosed with type 2 diabetes" health data of a data subject, as
"Jane Doe was diagnosed with…" already is.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.names import kin_pattern

ENTITY = "PERSON_REFERENCE"
SCORE = 0.5
# the writer: a first-person subject, then (in the same sentence, within a few words) a verb of
# being diagnosed, suffering, being treated, or having
FIRST_PERSON = (r"I|I'm|I\u2019m|I've|I\u2019ve|ich|je|j'|j\u2019|yo|me|eu|io|mi|ik")
HEALTH_VERBS = (r"diagnos\w*|suffer\w*|treated|have|has|had|got|living|struggling|"
                r"leide|litt|habe|hatte|erkrankt|souffre|souffrais|ai|avais|atteinte?|"
                r"tengo|tenía|padezco|sufro|tenho|tinha|sofro|ho|avevo|soffro|heb|had|lijd|"
                r"gediagnosticeerd|diagnostiqu\w*|diagnosticad\w*|diagnosticat\w*|"
                r"diagnostiziert")
PATTERNS = [
    Pattern("relation", rf"(?<![\p{{L}}])(?i:{kin_pattern()})(?![\p{{L}}])", SCORE),
    Pattern("writer",
            rf"(?<![\p{{L}}'\u2019])(?:{FIRST_PERSON})(?![\p{{L}}])"
            rf"(?=[^.!?\n]{{0,48}}?(?<![\p{{L}}])(?i:{HEALTH_VERBS})(?![\p{{L}}]))", SCORE),
]
VECTORS = [
    ("my mum was diagnosed with type 2 diabetes last week", [ENTITY]),
    ("a mi hermana le diagnosticaron lupus hace un mes", [ENTITY]),
    ("mijn moeder (63) heeft borstkanker", [ENTITY]),
    ("I'm 41 and was just diagnosed with hashimoto's", [ENTITY]),
    ("meu pai Joaquim teve um AVC em março", [ENTITY]),
    ("What are the symptoms of type 2 diabetes?", []),
    ("The mummy was found in a tomb", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="PersonReferenceRecognizer")
