"""PERSON: the cells of a name column in pasted tabular data — CSV, TSV, semicolon or pipe
separated exports with a header line ("id,first_name,last_name,email",
"Datum;Name;IBAN;Ort", "nom|prénom|ville").

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).
In a CRM or bank export a name stands alone in its cell, often in capitals ("IGLESIAS
PILAR") or as a surname the NER has never seen; the header says what the column holds. Only
rows with as many fields as the header count (_tables.py).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sovereign.detect.names import known_name
from sovereign.detect.recognizers._tables import rows
from sovereign.detect.recognizers.id_column import ENTITIES

ENTITY = "PERSON"
# above NER's 0.85: Presidio drops a finding inside another of its type that scores as
# high, and the model often runs one "name" over a row's cells ("Gavin,Jenkins,gavin…"),
# which the detector then cuts and may weaken ("Jenkins", as often the CI server); the
# header is the stronger evidence
SCORE = 0.9
MAX_CELL = 80
# header cells (lower case, letters only) whose column holds people's names
HEADERS = frozenset({
    "name", "names", "fullname", "firstname", "lastname", "surname", "surnames", "givenname",
    "familyname", "forename", "forenames", "middlename", "maidenname", "first", "last",
    "customer", "customername", "contact", "contactname", "patient", "patientname",
    "employee", "employeename", "client", "clientname", "accountholder", "cardholder",
    "holder", "beneficiary", "recipient", "payee", "student", "studentname", "applicant",
    "guardian", "insured", "policyholder",
    # de, fr, es, it, pt, nl
    "vorname", "nachname", "familienname", "kunde", "kontoinhaber", "mitarbeiter", "patientin",
    "nom", "prenom", "prénom", "nomcomplet", "nomdefamille", "titulaire", "beneficiaire",
    "bénéficiaire", "nombre", "nombres", "apellido", "apellidos", "nombrecompleto", "titular",
    "cognome", "nome", "nomecompleto", "intestatario", "sobrenome", "naam", "voornaam",
    "achternaam", "volledigenaam", "klant", "rekeninghouder",
})
# headers that name a product's or a file's column as often as a person's ("sku,name,price"):
# their cells count only when shaped like a person's name (capitalised words, particles), and
# when the row is about a person (a column beside it in PERSONAL) or the cell holds a listed
# name ("Tea Box Assam" under "name" is a product)
AMBIGUOUS = frozenset({"name", "names", "nom", "nombre", "nombres", "nome", "naam"})
# header cells (as header_key reads them) of columns only a person's row has
PERSONAL = frozenset({
    "email", "emailaddress", "mail", "phone", "phonenumber", "mobile", "tel", "telephone",
    "dob", "dateofbirth", "birthdate", "birthday", "address", "street", "iban", "ssn",
    "geburtsdatum", "telefon", "adresse", "strasse", "straße", "courriel",
    "téléphone", "datedenaissance", "correo", "teléfono", "telefono", "fechadenacimiento",
    "direccion", "dirección", "indirizzo", "datadinascita", "cellulare", "telemovel",
    "telemóvel", "morada", "endereco", "endereço", "datadenascimento", "geboortedatum",
    "telefoonnummer", "adres", "woonplaats",
    # a bank export's account column: a row per account holder
    "account", "accountnumber", "accountno", "konto", "kontonummer", "compte", "cuenta",
    "conto", "conta", "rekening", "rekeningnummer",
    # an identifier only a person has: a patient number, a licence, an SSN (id_column.py;
    # not a password column: "name,password" lists service accounts as often)
    *(key for key, kind in ENTITIES.items() if kind != "PASSWORD"),
})
PARTICLES = frozenset({"van", "de", "der", "den", "von", "da", "di", "du", "le", "la", "dos",
                       "das", "del", "y", "e", "bin", "al", "ten", "ter"})
# a name cell holds letters, and between them spaces, dots, commas, apostrophes, hyphens: not
# code or markup ("**Version**", "`3.8.0`", "machinery.SUFFIXES[0]]:")
NAME_CELL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .,'\u2019\-])*")
VECTORS = [
    ("sku,name,price,stock\nKB-0099-DE,Mechanical keyboard DE layout,119.00,42\n"
     "MS-2201,Wireless mouse,24.50,310", []),
    ("id,name,email\n7,Ama Owusu-Ansah,ama@example.org", [ENTITY]),
    ("id,name,email\n7,James Hargreaves,jh@example.org", [ENTITY]),
    ("id,first_name,last_name,email\n10230,James,Hargreaves,jh@example.com", [ENTITY]),
    ("Datum;Name;IBAN;Ort\n21.08.2025;IGLESIAS PILAR;ES9121000418450200051332;Madrid", [ENTITY]),
    ("host,port,username\nlocalhost,5432,admin", []),
    ("file_name,size\nreport.pdf,1200", []),
    ("| **Name** | `en_core_web_sm` |\n| **Version** | `3.8.0` |", []),
]


def person_shaped(value: str) -> bool:
    """Capitalised words and particles ("James Hargreaves", "IGLESIAS PILAR", "Ana de la
    Fuente"), not a product's name ("Wireless mouse")."""
    words = value.replace(",", " ").split()
    return bool(words) and all(w[:1].isupper() or w.lower() in PARTICLES for w in words)


def person_row(value: str, personal: bool) -> bool:
    """Whether a person-shaped cell under an AMBIGUOUS header names a person: the header has
    a PERSONAL column beside it, or a word of the cell is a listed name."""
    return personal or any(known_name(word) for word in value.replace(",", " ").split())


class NameColumnRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], name="NameColumnRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for row in rows(text, HEADERS.__contains__):
            columns = [i for i, key in enumerate(row.keys) if key in HEADERS]
            # a column under a header as often a product's (AMBIGUOUS) counts only for a
            # person-shaped cell in a person's row
            personal = any(key in PERSONAL for key in row.keys)
            for index in columns:
                a, b = row.fields[index]
                value = row.line[a:b]
                if b - a <= MAX_CELL and NAME_CELL.fullmatch(value) and (
                        row.keys[index] not in AMBIGUOUS
                        or (person_shaped(value) and person_row(value, personal))):
                    results.append(RecognizerResult(ENTITY, row.offset + a, row.offset + b,
                                                    SCORE))
        return results


def recognizer() -> EntityRecognizer:
    return NameColumnRecognizer()
