"""Identifiers in the columns of pasted tabular data whose header names them: an "ssn"
column of a payroll export, "dl_number" of a fleet list, "Pat.-Nr." of a ward list,
"mrn", "passport_no", "account_number", "member_id", "password"; the columns of a SQL INSERT
by its column list. Each cell is reported as the identifier its header names (ENTITIES),
whatever its format: the header is the label. A column headed only "account" (or "Konto",
"compte"…) is a bank account's when a column beside it names a bank's routing number, sort
code, IBAN or BIC ("Vendor | Routing | Account | Amount"); alone it is a user account as
often.

Basis: as for each identifier's own recognizer (ssn_labelled, us_driver_license,
medical_record_number, passport, bank_account, health_insurance, password). A header names
what a column holds as a label names what follows it, and an export pastes hundreds of rows
with nothing else beside each value.

A cell counts when it holds a digit, is 4 to 40 characters of letters, digits and the
separators identifiers are written with, and is not a placeholder ("n/a", "pending",
"***"); a password cell needs only to be 4 to 64 characters without blanks.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sovereign.detect.recognizers._checked import LABELLED
from sovereign.detect.recognizers._tables import rows

ENTITY = "US_SSN"  # the first of ENTITIES (the recognizer's table of vectors tests it)
# header cells (as _tables.header_key reads them) and what their column holds
ENTITIES = {
    **dict.fromkeys(("ssn", "socialsecuritynumber", "socialsecurityno", "ssnumber",
                     "taxpayerssn"), "US_SSN"),
    **dict.fromkeys(("dl", "dlnumber", "dlno", "dlnum", "cdl", "cdlnumber", "driverslicense",
                     "driverlicense", "driverslicensenumber", "driverlicensenumber",
                     "licensenumber", "licencenumber", "licenseno", "dlid", "oln",
                     "führerscheinnummer", "fuhrerscheinnummer", "rijbewijsnummer",
                     "numeropermis", "numérodepermis"), "US_DRIVER_LICENSE"),
    **dict.fromkeys(("mrn", "medicalrecordnumber", "medicalrecordno", "hospitalnumber",
                     "hospitalno", "patientid", "patientnumber", "patientno", "patnr",
                     "patientennummer", "patientennr", "fallnummer", "fallnr", "nhc", "ipp",
                     "numerodossier", "numérodedossier", "ndossier", "processo",
                     "processoclinico", "processoclínico", "patiëntnummer", "patientnummer",
                     "cartellaclinica", "chartnumber", "chartno"), "MEDICAL_RECORD_NUMBER"),
    **dict.fromkeys(("passport", "passportnumber", "passportno", "passnummer",
                     "reisepassnummer", "numeropasseport", "numérodepasseport",
                     "pasaporte", "passaporto", "passaporte", "paspoortnummer"), "PASSPORT"),
    **dict.fromkeys(("accountnumber", "accountno", "acctno", "acctnumber", "acct",
                     "bankaccount", "kontonummer", "numerodecuenta", "númerodecuenta",
                     "numérodecompte", "numerodecompte", "numerodaconta", "númerodaconta",
                     "numerodiconto", "rekeningnummer",
                     # the routing number or sort code the account is at: a payee's row
                     "routing", "routingnumber", "routingno", "aba", "abarouting", "rtn",
                     "sortcode"), "BANK_ACCOUNT"),
    **dict.fromkeys(("memberid", "membernumber", "subscriberid", "mbi", "medicareid",
                     "medicarenumber", "policyholderid", "versichertennummer", "ehic"),
                    "HEALTH_INSURANCE_ID"),
    **dict.fromkeys(("password", "passwd", "pwd", "passwort", "kennwort", "motdepasse",
                     "contraseña", "contrasena", "senha", "wachtwoord"), "PASSWORD"),
}
# "account" alone, and the columns beside it that make it a bank account's
ACCOUNT_KEYS = frozenset({"account", "konto", "compte", "cuenta", "conta", "conto", "rekening"})
BANK_KEYS = frozenset({"routing", "routingnumber", "routingno", "aba", "abarouting", "rtn",
                       "sortcode", "iban", "bic", "swift", "blz", "bsb", "transit"})
ID_CELL = re.compile(r"(?=[^\n]*\d)[A-Za-z0-9][A-Za-z0-9 .\-/]{2,38}[A-Za-z0-9]")
PASSWORD_CELL = re.compile(r"[^\s]{4,64}")
PLACEHOLDER = re.compile(r"(?i)n/?a|none|null|pending|unknown|tbd|\*+|x+|-+|\.+|0+|"
                         r"<[^>]*>|\$\{?\w+\}?|changeme|redacted")
VECTORS = [
    ("emp_id,last,first,ssn,pay_freq\nE7541,Hollister,Dustin,613910061,biweekly", [ENTITY]),
    ("emp_id,ssn\nE7541,n/a", []),
    ("name,ssn_format\nus,###-##-####", []),
    ("id,ssn\n1,123-45-6789\n\nthe ssn column is masked later", [ENTITY]),
    ("INSERT INTO payroll (emp_id, ssn) VALUES (1, '613910061'), (2, '557490337');", [ENTITY]),
]


class IdColumnRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(ENTITIES.values())),
                         name="IdColumnRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for row in rows(text, ENTITIES.__contains__):
            bank = not BANK_KEYS.isdisjoint(row.keys)
            for index, key in enumerate(row.keys):
                kind = "BANK_ACCOUNT" if bank and key in ACCOUNT_KEYS else ENTITIES.get(key)
                if kind is None:
                    continue
                a, b = row.fields[index]
                value = row.line[a:b]
                shape = PASSWORD_CELL if kind == "PASSWORD" else ID_CELL
                if shape.fullmatch(value) and not PLACEHOLDER.fullmatch(value):
                    results.append(RecognizerResult(kind, row.offset + a, row.offset + b,
                                                    LABELLED))
        return results


def recognizer() -> EntityRecognizer:
    return IdColumnRecognizer()
