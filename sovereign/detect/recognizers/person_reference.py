"""PERSON_REFERENCE: a person the writer speaks of without naming them — a relation ("my mum",
"mein Vater", "ma fille", "a mi hermana", "meu pai", "mio figlio", "mijn moeder", "my
coworker") or the writer themself in a statement about their health ("I was diagnosed",
"I'm 41 and was just diagnosed", "ich leide an", "j'ai été diagnostiquée", "me
diagnosticaron", "ik heb"; in the languages that drop the subject, the verb alone: "tengo
fibromialgia", "ho la celiachia"), someone the writer speaks of as "he" or "she" in such a
statement ("he's T1D", "she got diagnosed with…", "he had a stroke"; not after "if" or
"when": "if she has preeclampsia…" asks about no one), someone's own diagnosis, operation or
medication by the possessive before it ("after her epilepsy diagnosis", "seine Knie-OP"),
a parent by what the family calls them ("Dad's dementia"), or one patient in a clinical
note by the label and the age that open it ("Pt 58M", "Patiente de 72 ans").

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
HEALTH_VERBS = (r"diagnos\w*|suffer\w*|treated|have|has|had|got|living|struggling|tore|"
                r"bipolar|diabetic|epileptic|autistic|asthmatic|anorexic|bulimic|schizophrenic|"
                r"leide|litt|habe|hatte|erkrankt|souffre|souffrais|ai|avais|atteinte?|"
                r"tengo|tenía|padezco|sufro|tenho|tinha|sofro|ho|avevo|soffro|heb|had|lijd|"
                r"gediagnosticeerd|diagnostiqu\w*|diagnosticad\w*|diagnosticat\w*|"
                r"diagnostiziert")
# first-person verbs of having or suffering in the languages that drop the subject
FIRST_PERSON_VERBS = r"tengo|padezco|sufro|tenho|sofro|padeço|ho|soffro|habe|leide|heb|lijd"
# someone the writer speaks of, and the third-person verbs of a health statement
THIRD_PERSON = r"he|she|er|sie|elle|él|ella|lui|lei|ele|ela|hij|zij|ze"
THIRD_PERSON_VERBS = (r"diagnos\w*|suffers|suffered|has|had|got|is|was|been|living|struggles|"
                      r"hat|hatte|leidet|litt|erkrankt|a|avait|souffre|atteinte?|tiene|tenía|"
                      r"padece|sufre|ha|aveva|soffre|tem|tinha|sofre|teve|heeft|lijdt")
HYPOTHETICAL = r"if|when|whether|unless|wenn|falls|ob|si|se|quand|cuando|quando|als|of|indien"
# what a family calls a parent or grandparent, capitalised as a name, with a possessive
FAMILY_NAMES = (r"Dad|Mum|Mom|Mam|Mama|Mamma|Papa|Pop|Grandma|Grandpa|Grandad|Granddad|Gramps|"
                r"Gran|Granny|Nan|Nana|Nanna")
# someone's own diagnosis, operation or medication, by the possessive before it ("after her
# epilepsy diagnosis", "his gallbladder surgery", "seine Knie-OP", "sa chimio", "su operación")
POSSESSIVE_HEALTH = (
    r"(?i:(?:his|her)(?=[ \t]+(?:[\p{L}'\-]+[ \t]+){0,2}?(?:diagnosis|surgery|operation|chemo|"
    r"chemotherapy|biopsy|transplant|relapse|meds|medication|seizures|rehab)(?![\p{L}]))|"
    r"(?:seine|ihre|seiner|ihrer)(?=[ \t]+(?:[\p{L}\-]+[ \t]+)?(?:Diagnose|Operation|\p{L}*-?(?-i:OP)|"
    r"Chemo|Chemotherapie|Biopsie|Transplantation|Medikamente)(?![\p{L}]))|"
    r"(?:sa|son|ses)(?=[ \t]+(?:diagnostic|opération|chimio|chimiothérapie|biopsie|greffe|"
    r"rechute|médicaments)(?![\p{L}]))|"
    r"su(?=[ \t]+(?:diagnóstico|operación|cirugía|quimio|quimioterapia|biopsia|trasplante|"
    r"recaída|medicación)(?![\p{L}]))|"
    r"(?:la[ \t]+sua|il[ \t]+suo|i[ \t]+suoi)(?=[ \t]+(?:diagnosi|operazione|intervento|"
    r"chemio|chemioterapia|biopsia|trapianto|ricaduta|farmaci)(?![\p{L}]))|"
    r"(?:a[ \t]+sua|o[ \t]+seu)(?=[ \t]+(?:diagnóstico|operação|cirurgia|quimio|quimioterapia|"
    r"biópsia|transplante|recaída|medicação)(?![\p{L}]))|"
    r"(?:zijn|haar)(?=[ \t]+(?:diagnose|operatie|chemo|chemotherapie|biopsie|transplantatie|"
    r"terugval|medicatie|medicijnen)(?![\p{L}])))")
# one patient in a clinical note, by the label and the age (and sex) that open it ("Pt 58M hx
# HTN", "Patiente de 72 ans, ATCD :", "Paciente varón 64 años", "Pat. 59 J.,"); a case
# vignette's "a 58-year-old man" and "patients over 70" are not written so
PATIENT = (r"(?i:pt|pat|patient|patientin|patiente|paciente|paziente|doente|patiënt|utente)"
           r"\.?,?[ \t]{0,2}(?:(?i:de|di|van|von|of)[ \t]+)?"
           r"(?:(?i:varón|mujer|male|female|homme|femme|uomo|donna|masculino|feminino|man|vrouw)"
           r"[ \t]+(?:(?i:de)[ \t]+)?)?(?:1[01]\d|\d{1,2})[ \t]?"
           r"(?:(?-i:[MFW])|(?i:y/?o|yrs?|years?|J\.?|Jahre|ans|años|anni|anos|jaar|jr|aa))"
           r"(?![\p{L}])")
PATTERNS = [
    Pattern("patient", rf"(?<![\p{{L}}]){PATIENT}", SCORE),
    Pattern("possessive_health",
            rf"(?<![\p{{L}}'\u2019])(?<!(?i:{HYPOTHETICAL})[ \t]+){POSSESSIVE_HEALTH}", SCORE),
    Pattern("relation", rf"(?<![\p{{L}}])(?i:{kin_pattern(between=2)})(?![\p{{L}}])", SCORE),
    Pattern("writer",
            rf"(?<![\p{{L}}'\u2019])(?:(?:{FIRST_PERSON})(?![\p{{L}}])|(?i:j)['\u2019](?=\p{{L}}))"
            rf"(?=[^.!?\n]{{0,48}}?(?<![\p{{L}}])(?i:{HEALTH_VERBS})(?![\p{{L}}]))", SCORE),
    Pattern("writer_verb", rf"(?<![\p{{L}}'\u2019])(?i:{FIRST_PERSON_VERBS})(?![\p{{L}}])", SCORE),
    Pattern("third_person",
            rf"(?<![\p{{L}}'\u2019])(?<!(?i:{HYPOTHETICAL})[ \t]+)"
            rf"(?:(?i:he|she)['\u2019]s(?![\p{{L}}])|(?i:{THIRD_PERSON})(?![\p{{L}}])"
            rf"(?=[^.!?\n]{{0,32}}?(?<![\p{{L}}])(?i:{THIRD_PERSON_VERBS})(?![\p{{L}}])))", SCORE),
    Pattern("family_name", rf"(?-i:(?<![\p{{L}}])(?:{FAMILY_NAMES})['\u2019]s)(?![\p{{L}}])", SCORE),
]
VECTORS = [
    ("my mum was diagnosed with type 2 diabetes last week", [ENTITY]),
    ("a mi hermana le diagnosticaron lupus hace un mes", [ENTITY]),
    ("mijn moeder (63) heeft borstkanker", [ENTITY]),
    ("I'm 41 and was just diagnosed with hashimoto's", [ENTITY]),
    ("meu pai Joaquim teve um AVC em março", [ENTITY]),
    ("Tengo fibromialgia y estoy agotada", [ENTITY]),
    ("J'ai une sclérose en plaques depuis 2018", [ENTITY]),
    ("he's T1D so he can't go without insulin", [ENTITY]),
    ("she's been in remission from leukemia for two years", [ENTITY]),
    ("Dad's dementia is getting worse", [ENTITY]),
    ("Grandad's prostate cancer has spread", [ENTITY]),
    ("My 15 yo daughter is in treatment for anorexia", [ENTITY]),
    ("mn maat heeft colitis ulcerosa", [ENTITY]),
    ("a get well card after her gallblader surgery", [ENTITY]),
    ("a difficult term following her epilepsy diagnosis", [ENTITY]),
    ("Er wartet seit März auf seine Knie-OP", [ENTITY]),
    ("Wo ist seine Laptop-Tasche?", []),
    ("What is the usual recovery time after gallbladder surgery?", []),
    ("What are the symptoms of type 2 diabetes?", []),
    ("If she has preeclampsia, when should the baby be delivered?", []),
    ("The mummy was found in a tomb", []),
    ("Pt 58M hx HTN, DM2, presents w/ chest pain.", [ENTITY]),
    ("Patiente de 72 ans, ATCD : HTA, FA sous anticoagulants.", [ENTITY]),
    ("Paciente varón 64 años, AP: EPOC, HTA, DM2.", [ENTITY]),
    ("Pat. 59 J., Vorerkrankungen: KHK", [ENTITY]),
    ("A 58-year-old man presents with chest pain; what is the next step?", []),
    ("Patients over 70 with COPD should get the flu vaccine.", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="PersonReferenceRecognizer")
