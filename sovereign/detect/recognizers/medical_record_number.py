"""MEDICAL_RECORD_NUMBER: a medical record or hospital number introduced as such, in English,
German, French, Spanish, Italian and Dutch: "MRN: 00482913", "Hospital No: 5922419",
"Hosp. no. 5922419", "Patient ID 48213", "NHS Hospital Number: K123456",
"Krankenhaus-Nr. 5922419", "Patientennummer", "Fallnummer", "N° de dossier", "IPP",
"número de historia clínica", "NHC", "cartella clinica", "prontuário", "patiëntnummer",
"chart #", "encounter", "Acc#", New Zealand's "NHI", "processo clínico", "expediente clínico",
"dossier médical", "Krankenakte".

Basis: HIPAA 45 CFR §164.514(b)(2)(i)(H) lists medical record numbers among the 18
identifiers; GDPR Art. 9 health data.

The label must stand right before the number (the number alone is the finding, so a
placeholder keeps the label readable); a number never seen with a label is not one.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "MEDICAL_RECORD_NUMBER"
LABELS = "|".join((
    r"MRN",
    r"medical\s+record(?:\s+(?:number|no\.?|num|#))?",
    # the chart's short forms: "MR#", "MR No.", "Med Rec #", "Med. Rec. No.", a UK "Unit No",
    # an EMR's or EHR's ID, a visit's number
    r"(?-i:MR)\s*(?:#|no\.?|num(?:ber)?)|med\.?\s*rec\.?(?:ord)?\s*(?:#|no\.?|num(?:ber)?)?",
    r"unit\s*(?:number|no\.?|#)|(?-i:EMR|EHR)\s*(?:ID|#|no\.?|number)|visit\s*(?:number|no\.?|#|ID)",
    r"(?:NHS\s+)?hosp(?:ital|\.)?\s*(?:number|no\.?|num|#|ID)",
    r"(?:patient|pt\.?)[\s-]*(?:ID|number|no\.?|nr\.?|#)",
    r"case\s+(?:number|no\.?)",
    r"(?:Krankenhaus|Klinik|Patienten|Fall|Aufnahme)[\s-]?(?:nummer|nr\.?|ID)",
    r"(?:n[°º]|num[ée]ro)\s+(?:de\s+)?(?:dossier|patient)(?:\s+(?:m[ée]dical|patient))?",
    # a stay's or an admission's number, the French "NIP" (patient identification number)
    r"(?:n[°º]|num[ée]ro)\s+(?:de\s+s[ée]jour|d['\u2019](?:hospitalisation|admission))",
    r"(?-i:IPP|NIP)",
    r"n[úu]mero\s+de\s+historia(?:\s+cl[íi]nica)?|(?-i:NHC)|historia\s+cl[íi]nica",
    r"(?:n[úu]mero|c[óo]digo|ID)\s+de(?:l)?\s+paciente",
    r"(?:numero\s+(?:di\s+)?)?cartella(?:\s+clinica)?(?:\s+n\.?[°ºo]?)?",
    # the Italian patient ID and the stay's "nosologico"
    r"(?:ID|codice|numero)\s+(?:del\s+)?paziente|(?:n\.?|numero)?\s*nosologico",
    r"pati[ëe]nt(?:en)?nummer|pati[ëe]nt[\s-]?ID|ziekenhuisnummer",
    # the Portuguese clinical process number
    r"(?:n\.?[°ºo]|n[úu]mero)\s+(?:de\s+|do\s+)?processo",
    # a chart, an encounter or an accession (lab) number; the Portuguese chart, NZ's NHI
    r"chart\s*(?:number|no\.?|#|ID)|encounter\s*(?:number|no\.?|#|ID)|acc(?:ession)?\s*(?:number|no\.?|#)",
    r"prontu[áa]rio(?:\s+n\.?[°ºo]?)?|(?-i:NHI)",
    # the clinical file: Portugal's "processo clínico", Spain's "expediente clínico", the
    # French "dossier médical", the German "Krankenakte"
    r"processo\s+cl[íi]nico|expediente\s+(?:cl[íi]nico|m[ée]dico)|dossier\s+m[ée]dical|"
    r"Krankenakte(?:n[\s-]?(?:nummer|nr\.?))?",
    # a public health service's patient number: Portugal's "número de utente" (SNS), Spain's
    # "tarjeta sanitaria" (CIP), Italy's "tessera sanitaria"
    r"(?:n[úu]mero|n\.?[°º])\s+de\s+utente|(?:n[úu]mero|n\.?[°º])\s+(?:do\s+)?(?-i:SNS)",
    r"tarjeta\s+sanitaria(?:\s+individual)?|(?-i:CIP)(?:[\s-]+(?-i:SNS))?",
    r"tessera\s+sanitaria",
    # a health insurer's member number: the German "Versichertennummer", the French
    # "numéro d'adhérent" of a mutuelle, the Dutch "zorgverzekeringsnummer"
    r"Versicherten[\s-]?(?:nummer|nr\.?)|(?:n[°º]|num[ée]ro)\s+d['\u2019]adh[ée]rent|"
    r"zorgverzekerings?nummer",
))
# a few words between the label and the number: "Versichertennummer laut Karte:", "numéro
# d'adhérent mutuelle :", "Número de utente do SNS:", "prontuário do Hospital X nº"
BETWEEN = (r"(?:\s+(?:do|da|de|del|des|der|laut|auf|op|van|mutuelle|\p{Lu}[\p{L}\-]+)){0,4}?"
           # and an aside in brackets: "N° de dossier patient (IPP) :"
           r"(?:\s*\([^()\n]{1,20}\))?")
# "00482913", "K123456", "MRN-00482917", "MGEN 2874 5510 09", a CIP "BBBB040812345017", digits in groups
# ("4471-20935", "123 456 789") or after a year ("2024/55123"), and New Zealand's NHI (three
# letters, four digits: "ZAC5361")
VALUE = (r"(?:(?:(?-i:[A-Z]{1,4})[-\s]?)?(?:\d{5,12}|\d{2,5}(?:[-\s/]\d{2,6}){1,3}(?![-\s/]?\d))"
         r"|(?-i:[A-HJ-NP-Z]{3}\d{4}))")
PATTERNS = [
    Pattern("mrn_labelled",
            rf"(?<=\b(?:{LABELS}){BETWEEN}\s*(?:n\.?[°º]\s*)?(?:(?:is|ist|es|est|é|è)\s+|:\s*|#\s*"
            rf"|=\s*)?)(?<![\w-])"
            rf"{VALUE}\b",
            0.9),
    # the label, a few words about whose record it is, then a colon: "numéro de dossier de
    # ma mère à la mutuelle : 85910937", "patient ID of my father at St Mary's: 4471902"
    Pattern("mrn_then_colon",
            rf"(?<=\b(?:{LABELS})(?:\s+[\p{{L}}'\u2019\-]+){{1,6}}\s*:\s*)(?<![\w-]){VALUE}\b",
            0.9),
    # FHIR: an identifier whose type is coded "MR" (HL7 table 0203, medical record number)
    Pattern("fhir_mr",
            r'(?<="code"\s*:\s*"MR"[^{]{0,200}?"value"\s*:\s*")[A-Za-z0-9\-]{4,20}(?=")', 0.9),
    # the label run into the number, as EHR exports print it ("MRN4471902")
    Pattern("mrn_glued", r"(?<=\b(?-i:MRN))\d{5,12}\b", 0.9),
    # HL7 v2: the first identifier of PID-3, the patient identifier list
    # ("PID|1||4434643^^^ZHN^PI||KUIPERS^FEMKE"), which is the patient's record number
    Pattern("hl7_pid3", r"(?<=(?:^|[\r\n])(?-i:PID)\|[^|\r\n]{0,20}\|[^|\r\n]{0,40}\|)"
            r"[A-Za-z0-9\-]{4,20}(?=[\^|~&])", 0.9),
]
VECTORS = [
    ("Patient MRN: 00482913 admitted", [ENTITY]),
    ("Jamal Washington, 34M, MRN 4471-20935. c/o polyuria", [ENTITY]),
    ("medical record number 12345678", [ENTITY]),
    ("Hospital No: 5922419", [ENTITY]),
    ("Hosp. no. 5922419, ward 7", [ENTITY]),
    ("Patient ID 482139 seen today", [ENTITY]),
    ("NHS Hospital Number: K123456", [ENTITY]),
    ("Krankenhaus-Nr. 5922419", [ENTITY]),
    ("Patientennummer: 20240517", [ENTITY]),
    ("N° de dossier : 5922419", [ENTITY]),
    ("Versichertennummer laut Karte: K482719365, AOK Bayern", [ENTITY]),
    ("numéro d'adhérent mutuelle : MGEN 2874 5510 09", [ENTITY]),
    ("Número de utente do SNS: 298 471 605", [ENTITY]),
    ("NHC 4481923", [ENTITY]),
    ("chart # 4471902", [ENTITY]),
    ("cartella clinica n. 2024/55123", [ENTITY]),
    ("prontuário nº 4471902", [ENTITY]),
    ("NHI: ZAC5361", [ENTITY]),
    ("Encounter #66012345 closed", [ENTITY]),
    ("O meu número de utente é 284 117 093, preciso dele", [ENTITY]),
    ("Su tarjeta sanitaria es BBBB040812345017.", [ENTITY]),
    ("nº processo clínico 7237108, consulta de ortopedia às 10h", [ENTITY]),
    ("Expediente clínico: 2024-118734", [ENTITY]),
    ("MSH|^~\\&|HIX|ZHN|LAB|ZHN|202611300915||ORM^O01|96421322|P|2.4\n"
     "PID|1||4434643^^^ZHN^PI||KUIPERS^FEMKE||19870513|M", [ENTITY]),
    ("N° de dossier patient (IPP) : 31969123", [ENTITY]),
    ("numéro de dossier de ma mère à la mutuelle : 85910937 (CHU)", [ENTITY]),
    ('{"identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/'
     'v2-0203", "code": "MR"}]}, "system": "urn:oid:2.16.840.1", "value": "5039098"}]}', [ENTITY]),
    ('{"type": {"coding": [{"code": "DL"}]}, "value": "5039098"}', []),
    ("the case number of each ticket: see the tracker", []),
    ("MR# 00482913 seen today", [ENTITY]),
    ("Med. Rec. No. 00482913", [ENTITY]),
    ("Pt ID 4471902, bed 4", [ENTITY]),
    ("ID paziente: 4471902", [ENTITY]),
    ("n. nosologico 2024/55123", [ENTITY]),
    ("N° de séjour : 24071902", [ENTITY]),
    ("número de paciente 4471902", [ENTITY]),
    ("nº de processo 4471902", [ENTITY]),
    ("ziekenhuisnummer 4471902", [ENTITY]),
    ("MRN4471902 / ward 7", [ENTITY]),
    ("Mr Smith paid 12345 pounds", []),
    ("the unit price is 12000", []),
    ("we encounter 50000 timeouts a day", []),
    ("MRN is a common abbreviation", []),
    ("the chart shows 3 peaks in 2024", []),
    ("WebSockets as defined in RFC6455", []),
    ("the hospital number of beds is 120", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=["patient"],
                             name="MedicalRecordRecognizer")
