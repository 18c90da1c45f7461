"""MEDICAL_CONDITION: a named diagnosis or serious condition, in English, German, French,
Spanish, Italian, Portuguese and Dutch — "arterielle Hypertonie", "Crohn's disease",
"celiaquía", "Mammakarzinom" — a word that names a condition as often as something else
("pain", "cold", "cancer", "stroke", "Crohn") after a cue ("diagnosed with", "leidet an",
"atteint de", "Z.n."), ICD-10 codes after a cue ("Dx: E11.9"), and medication whose use
names the condition it treats ("his insulin pens", "takes sertraline").

Basis: GDPR Art. 9(1) "data concerning health" (special category); HIPAA PHI when tied to an
individual. Tying it to a person is the policy's job (a rule combining this with PERSON or an
identifier), not the recognizer's. The vocabulary is data, in ``conditions_data``.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers import conditions_data as data
from sovereign.detect.wordlist import alternation

ENTITY = "MEDICAL_CONDITION"
CONDITIONS = data.words(data.SPECIFIC)
# the vocabulary in two patterns: in one, RE2's DFA for its superset ran out of memory on new
# text, and RE2 then reads every text with its far slower NFA
HALF = len(CONDITIONS) // 2
GENERIC = data.words(data.GENERIC)


def _any(entries: list[str]) -> str:
    return alternation(entries, ignore_case=True)


PRE = _any(data.words(data.PRE_MODIFIERS))
POST = _any(data.words(data.POST_MODIFIERS))
INFLECTION = r"(?:e?s|e?n|e|i)?"
# the end of a word: no letter, digit or joining hyphen follows
END = r"(?![\w]|-\w)"
SEP = r"(?:[ \t]*[:\-][ \t]*|[ \t]+|(?<=['\u2019]))"
AFTER_ARTICLE = r"(?:[ \t]+|(?<=['\u2019]))"
GENERIC_ANY = _any(GENERIC)
# the last character a cue's look-behind (CUED, "having") ends on, tested first: one
# character at each place rather than the cue list read backwards (implied by the look-behind
# after it, so the findings are the same)
AFTER_CUE = r"(?<=[ \t:\-'\u2019])"
QUALIFIED = rf"(?:(?:{_any(data.words(data.QUALIFIERS))})[ \t]+){{0,2}}"
CUED = (rf"(?<![\w])(?:(?:{_any(data.words(data.CUES))}){SEP}"
        rf"(?:(?:{_any(data.words(data.ARTICLES))}){AFTER_ARTICLE})?"
        rf"|(?:{_any(data.words(data.WEAK_CUES))}){SEP}){QUALIFIED}")
ICD_LIST = (rf"(?:{data.ICD_CODE}(?:[ \t]*\([^)\n]{{0,60}}\))?[ \t]*[,;/+][ \t]*"
            rf"(?:(?:and|und|et|y|e|en)[ \t]+)?)")
ACRONYMS = "|".join(a for a in data.ACRONYMS if a not in data.GENERIC_ACRONYMS)
GENERIC_ACRONYMS = "|".join(data.GENERIC_ACRONYMS)
QUALIFIERS_EN = "also|still|now|type 1|type 2|very"
ENDINGS = _any(data.words(data.COMPOUND_ENDINGS))
PATTERNS = [
    *(Pattern(name,
              rf"(?<![\w\-])(?:(?:{PRE})[ \t\-]+){{0,2}}(?:{_any(part)}){INFLECTION}"
              rf"(?:[ \t]+(?:{POST})(?!\w)){{0,2}}{END}", 0.6)
      for name, part in (("condition", CONDITIONS[:HALF]), ("condition_2", CONDITIONS[HALF:]))),
    Pattern("acronym", rf"(?-i:(?<![\w\-])(?:{ACRONYMS}){END})", 0.6),
    Pattern("medication", rf"(?<![\w\-])(?:{_any(data.words(data.MEDICATIONS))}){END}", 0.6),
    # the ending written out, so that the RE2 prefilter passes only texts that hold one
    Pattern("compound",
            rf"(?<![\w\-])\p{{L}}{{2,}}(?:{ENDINGS})(?:e|en|n|s|es)?{END}", 0.6),
    # the cue as a leading look-behind: the prefilter then passes only a cue and a word
    # together ("stress" and "cold" alone are everywhere)
    Pattern("cued",
            rf"{AFTER_CUE}(?<={CUED})(?:(?:{GENERIC_ANY}){INFLECTION}"
            rf"(?![ \t]+(?:{_any(data.words(data.NOT_AFTER_GENERIC))})\b)"
            rf"|(?-i:{GENERIC_ACRONYMS})"
            rf"|\p{{L}}{{3,}}(?:{_any(data.words(data.CUED_ENDINGS))})){END}", 0.6),
    Pattern("having",
            rf"{AFTER_CUE}(?<=(?<![\w])(?:{_any(data.words(data.HAVING))}){SEP}"
            rf"(?:(?:{_any(data.words(data.ARTICLES))}){AFTER_ARTICLE})?{QUALIFIED})"
            rf"(?:(?:{GENERIC_ANY}){INFLECTION}"
            rf"(?![ \t]+(?:{_any(data.words(data.NOT_AFTER_GENERIC))})\b)"
            rf"|(?-i:{GENERIC_ACRONYMS})){END}", 0.6),
    Pattern("being",
            rf"(?<=[ \t])(?<=(?<![\w])(?:{_any(data.words(data.BEING_CUES))})[ \t]+"
            rf"(?:(?:{QUALIFIERS_EN})[ \t]+)?)"
            rf"(?:{_any(data.words(data.BEING))}){END}", 0.6),
    Pattern("icd10",
            rf"(?<=(?<![\w])(?:{_any(data.words(data.ICD_CUES))})[ \t]*[:#]?[ \t]*{ICD_LIST}{{0,5}})"
            rf"{data.ICD_CODE}", 0.6),
]
CONTEXT = ["diagnosed", "diagnosis", "patient", "suffers", "treated", "treatment", "condition",
           "history", "prescribed", "Diagnose", "Patient", "Patientin", "diagnostic", "patiente",
           "diagnóstico", "paciente", "diagnosi", "paziente", "patiënt"]
VECTORS = [
    ("can someone pick up dad's prescription, it's the insulin pens. he's T1D", [ENTITY]),
    ("lol sky cant come tonight, she's got tonsillitis again", [ENTITY]),
    ("I'm bipolar and my meds make me gain weight", [ENTITY]),
    ("Ho la celiachia, mi consigli una pizzeria?", [ENTITY]),
    ("The stepper motor is bipolar, how do I wire it?", []),
    ("My brother has been alcohol dependent for about ten years", [ENTITY]),
    ("Antecedentes: EPOC moderada, exfumadora", [ENTITY]),
    ("She was diagnosed with type 2 diabetes last year", [ENTITY]),
    ("patient is HIV positive", [ENTITY]),
    ("mi padre tiene EPOC y 71 años", [ENTITY]),
    ("keeps telling everyone about my IBS", [ENTITY]),
    ("history of major depressive disorder", [ENTITY]),
    ("Bekanntes Vorhofflimmern, Z.n. Mammakarzinom", [ENTITY]),
    ("Patient mit arterieller Hypertonie", [ENTITY]),
    ("elle est atteinte d'une maladie de Crohn", [ENTITY]),
    ("diagnosticada de celiaquía hace dos años", [ENTITY]),
    ("ricoverato per polmonite", [ENTITY]),
    ("diagnosticado com esclerose múltipla", [ENTITY]),
    ("gediagnosticeerd met borstkanker", [ENTITY]),
    ("He suffers from a bad cold", [ENTITY]),
    ("mi hermana tiene lupus y no sé qué decirle", [ENTITY]),
    ("tell him I'm sorry about his mom's cancer", [ENTITY]),
    ("Flask has become one of the most popular frameworks", []),
    ("the server has a cold start problem", []),
    ("Dx: E11.9, I48.0", [ENTITY]),
    ("the stock market had a depressing week", []),
    ("Fixed a memory leak and a dead lock in the virus scanner", []),
    ("set the stroke width in CSS and run the stress test", []),
    ("Mein Sternzeichen ist Krebs und Herr Crohn kommt morgen", []),
    ("la dépression économique a duré trois ans", []),
    ("el cáncer es mi signo del zodiaco", []),
    ("fatal error: Python's heap is full after the cold start", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT, name="MedicalConditionRecognizer"
    )
