"""HEALTH_INSURANCE_ID: a health insurance number: the European Health Insurance Card's
twenty-digit card number ("80276…", ISO/IEC 7812 "80" for health, then the issuing
country's ISO 3166 numeric code), the US Medicare Beneficiary Identifier ("1EG4-TE5-MK73"),
and a health plan's member or subscriber ID given as such ("member ID H7697606106").

Basis: HIPAA 45 CFR §164.514(b)(2)(i)(I) lists health plan beneficiary numbers among the 18
identifiers; GDPR Art. 9 (health data) and Regulation (EC) 883/2004, whose Decision S1 sets
the EHIC's fields. The German KVNR is de_kvnr.py; national patient numbers are
medical_record_number.py.

Levels (see _checked.py): an EHIC number or an MBI after a word naming it ("EHIC", "TEAM",
"carte européenne d'assurance maladie", "MBI", "Medicare number") 0.85; either in its own
shape alone 0.35 (redacted), 0.7 with a context word; a member or subscriber ID after its
label 0.4 (redacted), 0.75 with a word of health cover nearby ("claim", "Medicare", "plan").
The MBI's letters leave out S, L, O, I, B and Z (CMS, MBI format specification).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import LABELLED, WRITTEN, alone, labelled

ENTITY = "HEALTH_INSURANCE_ID"
MEMBER_SCORE = 0.4
# the EU and EEA states and Switzerland and the UK, as ISO 3166 numeric codes
COUNTRIES = ("040|056|100|191|196|203|208|233|246|250|276|300|348|352|372|380|428|438|440|"
             "442|470|528|578|616|620|642|703|705|724|752|756|826")
EHIC = rf"80(?:{COUNTRIES})\d{{15}}"
A = "[AC-HJKMNP-RT-Y]"  # an MBI letter
AN = "[AC-HJKMNP-RT-Y0-9]"
MBI = rf"(?-i:[1-9]{A}{AN}\d-?{A}{AN}\d-?{A}{A}\d\d)"
CARD_LABELS = (r"ehic|(?-i:TEAM|CEAM|EKVK|TSE)|european\s+health\s+insurance\s+card|"
               r"tessera\s+europea(?:\s+di\s+assicurazione\s+malattia)?|"
               r"carte\s+europ[ée]enne(?:\s+d['\u2019]assurance\s+maladie)?|"
               r"tarjeta\s+sanitaria\s+europea|cart[ãa]o\s+europeu(?:\s+de\s+seguro\s+de\s+doen[çc]a)?|"
               r"europ[äa]ische\s+krankenversicherungskarte|europese\s+zorgpas|"
               r"(?:card|tessera|carte|tarjeta|cart[ãa]o|karte)\s*(?:ID|identification\s+number)|"
               r"numero\s+di\s+identificazione\s+della\s+tessera|"
               r"(?-i:MBI|HICN)|medicare\s+(?:beneficiary\s+identifier|number|no\.?|ID|card\s+number)")
MEMBER_LABELS = (r"member\s*ID|member\s+(?:number|no\.?|#)|subscriber\s*(?:ID|number|no\.?)|"
                 # the card's other names: "insurance ID", "Medicaid ID", "Medi-Cal BIC",
                 # "BCBS ID", CMS-1500's "insured's I.D. number"
                 r"(?:health\s+|medical\s+)?insurance\s*(?:ID|number|no\.?|#)|"
                 r"(?:medicaid|medi-cal)\s*(?:ID|BIC|number|no\.?|#)|"
                 r"(?-i:BCBS|UHC|HMO|PPO)\s*(?:ID|#)|insured['\u2019]?s?\s+I\.?D\.?(?:\s+number)?")
MEMBER_ID = r"(?=[A-Za-z0-9\-]*\d[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{4,16}[A-Za-z0-9]"
PATTERNS = [
    # (an EHIC number and an MBI start with a digit: tested first, before the look-behinds)
    Pattern("card_labelled", r"(?=\d)" + labelled(CARD_LABELS) + alone(f"{EHIC}|{MBI}"),
            LABELLED),
    Pattern("card_written", alone(f"{EHIC}|{MBI}"), WRITTEN),
    Pattern("member_labelled", r"(?=[A-Za-z0-9])" + labelled(MEMBER_LABELS) + alone(MEMBER_ID),
            MEMBER_SCORE),
]
CONTEXT = ["ehic", "medicare", "medicaid", "insurance", "insurer", "claim", "plan", "copay",
           "coverage", "pharmacy", "eligibility", "subscriber", "europea", "européenne",
           "europeu", "europäische", "assurance", "maladie", "sanitaria", "seguro"]
VECTORS = [
    ("Numero di identificazione della tessera: 80380670902956632798", [ENTITY]),
    ("my EHIC and the clinic wants the card ID. It's 80276577764820201008", [ENTITY]),
    ("| Luis Marchbanks | 1UU3-MC7-MN71 | Advantage |", [ENTITY]),
    ('"memberId": "4KN3DV8UU85",', [ENTITY]),
    ("BIN 610014 PCN MEDDPRIME, member ID H7697606106. rejected 70", [ENTITY]),
    ("member ID is pending, call back", []),
    ("gym member number 55 starts Monday", []),
    ("order 80276577764820201008 shipped", [ENTITY]),  # the EHIC's own shape: redacted
    ("build 1SL3-MC7-MN71 failed", []),                 # S and L are no MBI letters
    ("insurance ID H1234567890, copay 20", [ENTITY]),
    ("Medicaid ID 12345678901", [ENTITY]),
    ("BCBS ID XYZ123456789", [ENTITY]),
    ("the insurance number of employees is 120", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="HealthInsuranceRecognizer")
