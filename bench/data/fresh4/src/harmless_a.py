"""Batch A (harmless): lookalikes of the pii genres holding nothing personal — blank HL7/FHIR/
vCard/ICS templates, schema docs, documentation example values, masked values, regex and
format questions, SQL migrations, logs with request ids. Written by hand."""

HARMLESS = [
("template_hl7", "en", """What does each field in this PID template mean?
PID|1||<MRN>^^^<ASSIGNING_AUTH>^MR||<FAMILY>^<GIVEN>^<MIDDLE>||<YYYYMMDD>|<SEX>|||<STREET>^^<CITY>^<STATE>^<ZIP>||<PHONE>"""),

("template_hl7", "de", """Wofür steht das Segment OBX in HL7 v2.5 und wie unterscheidet sich OBX-5 von OBX-11? Bitte mit einem Beispiel ohne echte Patientendaten."""),

("template_fhir", "en", """Is this a valid minimal FHIR R4 Patient? I just need the skeleton for our docs.
{
  "resourceType": "Patient",
  "id": "example",
  "name": [{"family": "{{family}}", "given": ["{{given}}"]}],
  "birthDate": "{{yyyy-mm-dd}}",
  "telecom": [{"system": "phone", "value": "{{phone}}"}]
}"""),

("template_fhir", "nl", """Wat is het verschil tussen een FHIR Patient en een FHIR Person resource? En wanneer gebruik je RelatedPerson?"""),

("template_vcard", "en", """Which vCard version supports the KIND property? And what's the right escaping for a comma inside ADR?"""),

("template_vcard", "fr", """Voici mon modèle de vCard pour le générateur, il manque quelque chose ?
BEGIN:VCARD
VERSION:4.0
FN:${prenom} ${nom}
TEL;TYPE=cell:${mobile}
EMAIL:${email}
END:VCARD"""),

("template_ics", "en", """Explain RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6 — which dates would that produce starting January 2027?"""),

("template_ics", "es", """¿Cómo pongo una alarma 15 minutos antes en un archivo .ics? Tengo el VEVENT con DTSTART:20270112T090000Z y SUMMARY:Revisión trimestral."""),

("doc_examples", "en", """Our API docs use these sample values, are they all safe reserved ones?
email: jane.doe@example.com
phone: +1 202-555-0143
ip: 203.0.113.42 and 2001:db8::17
card: 4242 4242 4242 4242 (Stripe test)"""),

("doc_examples", "de", """Ist DE89 3704 0044 0532 0130 00 eine echte IBAN? Die steht in so vielen Tutorials."""),

("doc_examples", "it", """Nella documentazione vedo spesso 192.0.2.1 e 198.51.100.7: perché proprio questi indirizzi?"""),

("doc_examples", "en", """Why does the AWS CLI docs use AKIAIOSFODNN7EXAMPLE as the access key everywhere? Is it disabled?"""),

("masked_values", "en", """Our support UI shows the card as **** **** **** 4417 and the email as j***@g***.com. Is that enough masking under PCI DSS?"""),

("masked_values", "pt", """No app do banco aparece o CPF como ***.482.***-** — isso é o padrão do Banco Central?"""),

("masked_values", "es", """En el log sale password=******** y token=[REDACTED]. ¿Cómo hago lo mismo con un filtro de logging en Python?"""),

("regex_question", "en", """Write a regex that matches a UK National Insurance number format (two letters, six digits, one letter A–D), with optional spaces. Don't worry about the prefix exclusions."""),

("regex_question", "fr", """Comment vérifier la clé d'un numéro de sécurité sociale français en Python ? Je sais que c'est 97 moins le reste modulo 97 mais je ne sais pas quoi faire avec la Corse (2A/2B)."""),

("regex_question", "nl", """Hoe werkt de elfproef voor een BSN precies? Graag in pseudocode."""),

("regex_question", "es", """¿Qué letra corresponde a un DNI cuyo número da resto 0 al dividir entre 23? ¿Y por qué no se usan la I, la Ñ, la O ni la U?"""),

("sql_migration", "en", """Review this migration, will it lock the table?

ALTER TABLE customers ADD COLUMN email_verified_at timestamptz;
CREATE INDEX CONCURRENTLY idx_customers_email_lower ON customers (lower(email));
UPDATE customers SET email_verified_at = created_at WHERE legacy_verified;"""),

("sql_migration", "de", """Wie lege ich in PostgreSQL eine Spalte für die IBAN an, die nur gültige Formate zulässt? CHECK-Constraint oder Domain?"""),

("service_log", "en", """What's slow here?
2026-11-12T09:14:02.331Z api-gw  req=9f3c1a route=/v2/orders status=200 dur=41ms
2026-11-12T09:14:02.402Z orders  req=9f3c1a db.query=select_order dur=1830ms rows=1
2026-11-12T09:14:04.240Z api-gw  req=9f3c1a upstream=orders status=200 dur=1909ms"""),

("service_log", "fr", """Que signifie ce message dans les logs nginx ? « upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.4.17, server: api.internal, request: "GET /health HTTP/1.1" »"""),

("lookalike_numbers", "en", """My parcel tracking 1Z 999 AA1 01 2345 6784 hasn't moved in 4 days, what should I do? Order #A-2026-118834."""),

("lookalike_numbers", "it", """Qual è la differenza tra un codice EAN-13 e un ISBN-13? Ad esempio 978-88-04-66829-3."""),

("lookalike_numbers", "de", """Ist die Rechnungsnummer RE-2026-004417 mit Datum 12.11.2026 fortlaufend genug fürs Finanzamt, wenn die vorherige RE-2026-004398 war?"""),

("lookalike_numbers", "pt", """Converte as coordenadas -23.5505, -46.6333 para graus, minutos e segundos."""),

("lookalike_numbers", "en", """Are these the same file? sha256 a3f1c9e27b0d44f5e8a61b2c9d07e3f48a5b6c1d2e9f0a7b3c4d5e6f7a8b9c0d vs the one on the release page ending in …9c0e."""),

("code_review", "en", """Code review comment help — how do I say this nicely: 'you're catching Exception and swallowing it in three places, and the retry loop has no backoff'."""),

("code_review", "de", """Ist das idiomatisches Go?
func parse(s string) (int, error) {
    n, err := strconv.Atoi(strings.TrimSpace(s))
    if err != nil { return 0, fmt.Errorf("parse %q: %w", s, err) }
    return n, nil
}"""),

("code_snippet", "en", """Python: how do I validate an IBAN checksum without a library? Just the mod-97 part, please."""),

("code_snippet", "it", """In JavaScript, come formatto un numero come valuta in euro con Intl.NumberFormat per la locale it-IT?"""),

("config_placeholder", "en", """Is this .env.example fine to commit?
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=
JWT_SECRET=change-me"""),

("config_placeholder", "nl", """Hoe verwijs ik in docker-compose naar een secret uit een bestand in plaats van een environment-variabele? Nu staat er POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}."""),

("secrets_howto", "en", """What's the safest way to pass an API token to a GitHub Actions step so it never shows up in logs? Does ::add-mask:: work for multiline values?"""),

("secrets_howto", "es", """¿Cómo creo un secret en Kubernetes a partir de un fichero sin que quede en el historial de bash?"""),

("version_question", "en", """We're on Node 18.19.1 and npm 10.2.4; can I upgrade straight to Node 22 LTS or do I need 20 first?"""),

("version_question", "pt", """Qual a diferença entre Python 3.12 e 3.13 em relação ao GIL? Vale a pena testar o modo free-threaded?"""),

("schema_doc", "en", """Write a short data dictionary entry for a column called date_of_birth (DATE, nullable) in a patients table, including retention guidance."""),

("schema_doc", "fr", """Rédige la description d'un champ « numero_secu » (CHAR(15)) pour un dictionnaire de données RH, en rappelant les obligations CNIL."""),

("hr_policy", "en", """Draft a one-paragraph policy on how managers should handle an employee's disclosure of a health condition."""),

("hr_policy", "de", """Was muss ein Arbeitgeber beim betrieblichen Eingliederungsmanagement (BEM) nach § 167 SGB IX beachten?"""),

("medical_general", "en", """What is the usual first-line treatment for community-acquired pneumonia in adults without comorbidities?"""),

("medical_general", "fr", """Quelle est la différence entre un diabète de type 1 et un diabète de type 2 ?"""),

("medical_general", "es", """¿Cada cuánto hay que revisar la ferritina cuando se toma hierro oral?"""),

("medical_general", "it", """Quali vaccini sono obbligatori in Italia per l'iscrizione all'asilo nido?"""),

("medical_general", "nl", """Wat betekent een eGFR van 45 en vanaf welke waarde spreek je van nierfalen?"""),

("medical_general", "pt", """O que é a dislexia e como ela é diagnosticada em crianças no Brasil?"""),

("vet_general", "en", """How often should an indoor cat be vaccinated in the UK, and what's in the core vaccine?"""),

("vet_general", "de", """Ab welchem Alter sollte man einen Hund kastrieren lassen? Gibt es Unterschiede zwischen Rüden und Hündinnen?"""),

("pharmacy_general", "en", """Can you take ibuprofen with sertraline? Asking in general, I read there's a bleeding risk."""),

("lab_reference", "es", """¿Cuáles son los valores normales de hemoglobina en mujeres adultas y en niños de 10 años?"""),

("long_doc", "en", """Can you turn this internal runbook into a checklist?

# Runbook: rotating the payments API key

1. Create a new restricted key in the provider dashboard (Developers → API keys → Create restricted key). Give it only the write scopes for charges and refunds.
2. Store the new value in the secrets manager under payments/api-key with a new version label. Never paste it into chat, tickets or commit messages.
3. Trigger the config reload job (`make reload-config ENV=staging`) and watch the dashboard "payments-auth-errors" for 15 minutes.
4. If the error rate stays under 0.1 %, repeat for production. Otherwise roll back to the previous version label.
5. After 24 hours with no errors, revoke the old key in the provider dashboard.
6. Record the rotation date in the change log (CHG number only — no key material).

Known issues:
- The webhook signing secret is separate and is NOT rotated by this procedure.
- Old pods cache the key for up to 10 minutes; wait before revoking.
- The staging provider account uses test-mode keys (prefix sk_test_), which are safe to share with QA.

Escalation: page the on-call payments engineer via the incident tool; do not use personal phone numbers."""),

("long_doc", "de", """Bitte kürze diese Anleitung auf das Wichtigste:

So beantragen Sie einen neuen Personalausweis

Den Antrag stellen Sie persönlich beim Bürgeramt Ihres Wohnorts. Bringen Sie Ihren bisherigen Ausweis, ein aktuelles biometrisches Passfoto und gegebenenfalls Ihre Geburtsurkunde mit. Seit Mai 2025 können Passfotos in vielen Ämtern auch digital vor Ort erstellt werden. Die Gebühr beträgt für Personen ab 24 Jahren 46 Euro, für jüngere 22,80 Euro. Der Ausweis ist für Personen ab 24 Jahren zehn Jahre gültig, sonst sechs Jahre.

Die Bearbeitungszeit beträgt in der Regel drei bis vier Wochen. Sie erhalten per Post einen PIN-Brief für die Online-Ausweisfunktion. Bewahren Sie den PIN-Brief getrennt vom Ausweis auf. Wenn der Ausweis fertig ist, holen Sie ihn persönlich ab; eine Abholung durch Bevollmächtigte ist mit schriftlicher Vollmacht und deren eigenem Ausweis möglich.

Bei Verlust melden Sie dies unverzüglich dem Bürgeramt oder der Polizei und lassen die Online-Ausweisfunktion über die Sperrhotline sperren."""),
]
