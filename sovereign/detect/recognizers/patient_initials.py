"""PERSON: a patient written by initials after a patient label, as clinical notes and forms
do — "Pt B.L., DOB 1948-02-17", "Pat. H.S., geb. 03.07.1971", "Paciente L.G.M.",
"Utente M.J.S.", "Paz. S.P.", "Mw. T.V." — and an initial with a surname after the label
("pt S. Doyle").

Basis: GDPR Art. 4(1) and Recital 26 — initials beside a date of birth, an age or a ward
identify a patient indirectly, and the note is health data (Art. 9(1)); HIPAA Safe Harbor,
45 CFR 164.514(b)(2)(i)(A): names, of which HHS counts initials, are identifiers to remove.
A pupil's label does as well ("Alunno G.M."), and, without a label, an age and a sex after
the initials ("K.L. (F, 72)", "JR, 44F"). Otherwise a patient's label opens it: "Mr T.S." or
"the M.D. programme" name no patient.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PERSON"
SCORE = 0.6
# the labels of a patient in the seven languages (abbreviated ones with or without a dot)
LABELS = (r"pt|pat|pte|pcte|patient|patientin|patiënt|patiente|paciente|paz|paziente|"
          r"utente|doente|mw|mevr|dhr|"
          # a pupil, as a school's report or plan writes one ("Alunno G.M., classe 2ª")
          r"pupil|student|schüler|schülerin|élève|alumn[oa]|alunn[oa]|alun[oa]|leerling")
INITIALS = r"\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,3}"
INITIAL_SURNAME = r"\p{Lu}\.[ \t]\p{Lu}\p{Ll}+(?:[\-'\u2019]\p{Lu}\p{Ll}+)?"
# an age and a sex after initials, as a ward list or a referral writes a patient without a
# label ("K.L. (F, 72):", "JR, 44F,", "M.B., 67 M"); an age to 119, then a comma, a bracket,
# a colon or the line's end ("VM, 512M" is memory)
AGE_SEX = (r",?[ \t]*(?:\([ \t]*[MFW][ \t]*,[ \t]*(?:1[01]\d|\d{1,2})[ \t]*\)"
           r"|(?:1[01]\d|\d{1,2})[ \t]?[MFW](?=[ \t]*(?:[,;:)]|$)))")
PATTERNS = [
    Pattern("patient_initials",
            rf"(?<=(?<![\p{{L}}])(?i:{LABELS})\.?[ \t]*:?[ \t]*)(?:{INITIALS}|{INITIAL_SURNAME})"
            rf"(?![\p{{L}}])", SCORE),
    Pattern("aged_initials",
            rf"(?<![\p{{L}}\p{{N}}.])(?:{INITIALS}|\p{{Lu}}{{2,3}})(?={AGE_SEX})", SCORE),
]
VECTORS = [
    ("Pt B.L., DOB 1948-02-17: AF on warfarin", [ENTITY]),
    ("Pat. H.S., geb. 03.07.1971: chron. Hepatitis C", [ENTITY]),
    ("Paciente L.G.M., f. nac. 22/01/1975", [ENTITY]),
    ("Utente M.J.S., nascida a 14/02/1970", [ENTITY]),
    ("Mw. T.V., geb. 12-12-1947", [ENTITY]),
    ("Allergies (pt S. Doyle): penicillin", [ENTITY]),
    ("Pcte: J.C.A., 72 anos", [ENTITY]),
    ("the notes of the M.D. programme are in pt. 2", []),
    ("an A.B. test of two patient groups", []),
    ("see pt. 4 of the contract", []),
    ("Alunno G.M., classe 2ª, certificazione DSA", [ENTITY]),
    ("Bed 12 - K.L. (F, 72): COPD exac, CAP on abx", [ENTITY]),
    ("JR, 44F, s/p MI 03/2024, on clopidogrel", [ENTITY]),
    ("VM, 512M, 2 vCPU", []),
    ("DB, 16M rows a day", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="PatientInitialsRecognizer")
