"""PERSON: a name in the field a health or payment message format keeps for it — HL7 v2
"PID|…|Yilmaz^Emre" (PID-5 patient name) and "NK1|1|Okafor^Grace" (NK1-2 next of kin);
FHIR HumanName '"family":"El Idrissi","given":["Yasmina"]'; ISO 20022 (SEPA) payment
parties "<Dbtr><Nm>Dragan Petrović</Nm>".

Basis: GDPR Art. 4(1) — a name identifies a person directly; HIPAA Safe Harbor, 45 CFR
164.514(b)(2)(i)(A). The model reads "Yilmaz^Emre" or "El Idrissi" inside markup as one
token or an organisation; the format itself says whose name it is, so the field decides.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PERSON"
SCORE = 0.85
# a name part inside a field: letters, blanks, apostrophes, hyphens and dots
PART = r"[\p{L}][\p{L}'\u2019\-. ]{0,59}"
# HL7 v2: PID-5 is the fifth field after the segment name, NK1-2 the second; components are
# parted by "^", fields by "|"
HL7_NAME = rf"{PART}\^{PART}(?:\^{PART})?"
JSON_GAP = r"[ \t\r\n]*"
PATTERNS = [
    Pattern("hl7_pid_name", rf"(?<=(?m:^)PID(?:\|[^|\n]*){{4}}\|){HL7_NAME}", SCORE),
    Pattern("hl7_nk1_name", rf"(?<=(?m:^)NK1\|[^|\n]*\|){HL7_NAME}", SCORE),
    Pattern("fhir_family",
            rf"(?<=\"family\"{JSON_GAP}:{JSON_GAP}\"){PART}"
            rf"(?=\"{JSON_GAP},{JSON_GAP}\"given\")", SCORE),
    Pattern("fhir_given",
            rf"(?<=\"family\"{JSON_GAP}:{JSON_GAP}\"{PART}\"{JSON_GAP},{JSON_GAP}\"given\""
            rf"{JSON_GAP}:{JSON_GAP}\[{JSON_GAP}\"){PART}(?=\")", SCORE),
    Pattern("fhir_given_first",
            rf"(?<=\"given\"{JSON_GAP}:{JSON_GAP}\[{JSON_GAP}\"){PART}"
            rf"(?=\"{JSON_GAP}\]{JSON_GAP},{JSON_GAP}\"family\")", SCORE),
    Pattern("fhir_family_after",
            rf"(?<=\"given\"{JSON_GAP}:{JSON_GAP}\[{JSON_GAP}\"{PART}\"{JSON_GAP}\]{JSON_GAP},"
            rf"{JSON_GAP}\"family\"{JSON_GAP}:{JSON_GAP}\"){PART}(?=\")", SCORE),
    Pattern("iso20022_party",
            r"(?<=<(?:Dbtr|Cdtr|UltmtDbtr|UltmtCdtr|InitgPty)>[ \t\r\n]*<Nm>)"
            rf"{PART}(?=</Nm>)", SCORE),
]
VECTORS = [
    ("PID|||0004518832||Yilmaz^Emre||19760109|M|||Hafenstr. 19", [ENTITY]),
    ("NK1|1|Okafor^Grace^^^|SPO|+44 7700 900123", [ENTITY]),
    ('"name":[{"family":"El Idrissi","given":["Yasmina"]}]', [ENTITY]),
    ('"name": [{"given": ["Ana"], "family": "Souza"}]', [ENTITY]),
    ("<Cdtr><Nm>Dragan Petrović</Nm></Cdtr>", [ENTITY]),
    ("MSH|^~\\&|RIS|RAD|20261103141500||ORM^O01|4471|P|2.3", []),
    ('{"family": "sans-serif", "weight": 400}', []),
    ("<Nm>ACME Widgets GmbH</Nm> in <Svcr>", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="StructuredNameRecognizer")
