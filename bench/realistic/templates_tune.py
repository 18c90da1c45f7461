# ruff: noqa: E501  (data: prompt text is kept as written)
"""Personal-data templates of the TUNE part. The held-out part's templates (templates_heldout.py)
are other layouts and wordings, never these."""

from __future__ import annotations

from bench.realistic.render import Ctx
from bench.realistic.tmpl import T


def crm_csv_us(c: Ctx) -> str:
    rows = ["first_name,last_name,email,phone,city,state,signup_date,lifetime_value"]
    for i in range(1, c.rng.randint(4, 8)):
        rows.append(f"«first{i}»,«last{i}»,«email{i}»,«phone{i}»,«city{i}»,{c.rng.choice(['IL', 'OH', 'FL', 'CA', 'TX'])},"
                    f"2024-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d},{c.rng.randint(20, 9000)}.00")
    return ("Can you dedupe this export and tell me which customers look like the same person?\n\n"
            + "\n".join(rows))


def crm_csv_de(c: Ctx) -> str:
    rows = ["KDNR;NACHNAME;VORNAME;STRASSE;PLZ;ORT;TELEFON;E-MAIL"]
    for i in range(1, c.rng.randint(4, 7)):
        rows.append(f"{c.rng.randint(100000, 999999)};«last{i}|upper»;«first{i}|upper»;«street{i}»;"
                    f"«zip{i}»;«city{i}»;«phone{i}»;«email{i}»")
    return ("Bitte die folgende Kundenliste nach PLZ sortieren und Dubletten markieren:\n\n"
            + "\n".join(rows))


def bank_csv_de(c: Ctx) -> str:
    rows = ['"Buchungstag";"Valuta";"Auftraggeber/Empfänger";"IBAN";"Verwendungszweck";"Betrag (EUR)"']
    for i in range(1, c.rng.randint(4, 7)):
        rows.append(f'"{c.rng.randint(1, 28):02d}.0{c.rng.randint(1, 5)}.2025";"{c.rng.randint(1, 28):02d}.0{c.rng.randint(1, 5)}.2025";'
                    f'"«name{i}|upper»";"«iban{i}»";"{c.rng.choice(["Miete Juni", "Rechnung 2025-114", "Rückzahlung", "Nebenkosten", "Gehalt"])}";'
                    f'"{c.rng.choice(["-", ""])}{c.rng.randint(10, 2400)},{c.rng.randint(0, 99):02d}"')
    return ("Kannst du mir aus diesem Kontoauszug (CSV-Export) die Summe der Ausgaben pro "
            "Empfänger berechnen?\n\n" + "\n".join(rows))


def server_log(c: Ctx) -> str:
    lines = []
    for i in range(1, c.rng.randint(5, 9)):
        k = c.rng.randint(1, 3)
        ip = "ip" if c.rng.random() < 0.7 else "ipp"
        lines.append(f"«ts{i}»Z INFO  [auth] login ok user=«email{k}» client_ip=«{ip}{k}» "
                     f"session={c.rng.randint(10**9, 10**10)} took={c.rng.randint(5, 900)}ms")
        if c.rng.random() < 0.4:
            lines.append(f"«ts{i}»Z WARN  [auth] failed password for «email{k}» from «{ip}{k}» "
                         f"(attempt {c.rng.randint(2, 5)})")
    return ("Our login service is slow since this morning. Here's the log, do you see a pattern?\n"
            "```\n" + "\n".join(lines) + "\n```")


def chat_casual_en(c: Ctx) -> str:
    return c.rng.choice([
        "is «first|lower» annoyed with me? she hasn't answered since friday and i said something "
        "dumb about her mom's «conden»",
        "my son «kid|lower» («kidage») was diagnosed with «conden» last week, how do i explain it "
        "to him without scaring him",
        "ok so «first|lower» «last|lower» from accounting keeps texting me at «phone» after 10pm, "
        "how do i tell him to stop without it being weird",
        "write a birthday msg for «first|lower», she's turning «age» and just moved to «city|lower»",
        "my ex «first|lower» still has my netflix password lol. also his email is «email» if you "
        "need it to draft the message",
    ])


T_TUNE: list[T] = [
    # ---- e-mail with signature
    T("email", "en_US", """Can you make this sound less passive-aggressive?

Hi «first2»,

Following up on my email from Tuesday — I still haven't received the signed W-9. Payroll closes
on the 25th and without it I can't process your reimbursement of $«amount».

Please send it back to me directly or call my cell.

Thanks,
«name»
Office Manager | «company»
«street», «city», «zip»
Cell: «phone» | «email»"""),
    T("email", "de", """Kannst du diese Mail freundlicher formulieren?

Guten Tag «title2» «last2»,

leider haben wir bis heute keine Rückmeldung zu Ihrer Nebenkostenabrechnung erhalten. Bitte
überweisen Sie den offenen Betrag von «amountc» € bis zum 30. auf unser Konto
«iban». Bei Fragen erreichen Sie mich telefonisch unter «phone».

Mit freundlichen Grüßen
«name»
Hausverwaltung «company»
«addr»
«email»"""),
    # ---- support ticket
    T("support_ticket", "en_US", """Summarize this ticket for the next shift:

Ticket «ticket» | Priority: High | Channel: phone
Customer: «name» (DOB «dob»)
Callback: «phone» / «email»
Billing address: «addr»

Customer says the card ending in the number below was charged twice for the annual plan.
Card on file: «card» exp 09/27
Agent note: verified identity with last 4 of SSN and full SSN «ssn» (customer insisted on
reading it out). Refund of $«amount» pending approval."""),
    T("support_ticket", "fr", """Peux-tu répondre à ce ticket client en français, ton poli ?

Ticket n° «ticket»
Client : «title» «name»
Adresse : «addr»
Tél. : «phone»
Courriel : «email»

Message : Bonjour, je n'ai toujours pas reçu le remboursement de ma commande. J'ai pourtant donné
mon RIB (IBAN «iban») à votre collègue au téléphone il y a trois semaines. Merci de faire le
nécessaire rapidement."""),
    # ---- clinical note
    T("clinical_note", "en_US", """Turn this into a patient-friendly discharge summary:

PATIENT: «last|upper», «first|upper»   MRN «mrn»   DOB «dob»   Age: «age»
Attending: Dr. «name2»
Admit dx: «conden»
HPI: «age»-year-old presenting with 3 days of worsening abdominal pain. PMH significant for
«conden2». Pt lives alone at «street», «city». Emergency contact: «name3» («phone3»).
Plan: continue «drug», follow up in clinic in 2 weeks."""),
    T("clinical_note", "de", """Bitte fasse den Befund kurz für den Hausarzt zusammen.

Patient: «name», geb. «dob»
Versichertennummer: «kvnr»
Anschrift: «addr»

Diagnosen:
1. «cond»
2. «cond2»
Anamnese: Der «age»-jährige Patient stellt sich mit Palpitationen und Belastungsdyspnoe vor.
Medikation bei Entlassung: «drug»."""),
    # ---- referral letter
    T("referral_letter", "en_GB", """Please tidy up this referral letter:

Dear Dr «last2»,

Re: «name», DOB «dob», NHS number «nhs», Hospital No: «mrn»
Address: «addr»

Thank you for seeing this «age» year old who has a long history of «cond». Over the last
two months she has lost 6 kg and reports nocturnal symptoms. Her mother also has «cond2».
She can be reached on «phone».

Yours sincerely,
Dr «name3», GP"""),
    # ---- HR letter
    T("hr_letter", "en_US", """Proofread this offer letter before I send it:

«when»

«name»
«addr»

Dear «first»,

We are pleased to offer you the position of Senior Data Analyst at «company», starting on the
first Monday of next month, at an annual salary of $«num»,000. For payroll and the I-9, we
have recorded your Social Security number as «ssn» and your direct deposit to the account
you provided. Please confirm your personal e-mail («email») is correct.

Sincerely,
«name2», HR Business Partner"""),
    T("hr_letter", "nl", """Kun je deze brief in correct Nederlands zetten?

Aan: «name»
«addr»

Betreft: bevestiging indiensttreding

Beste «first»,

Hierbij bevestigen wij je indiensttreding per 1 september. Voor de loonadministratie hebben wij
je BSN («bsn») en je rekeningnummer «iban» nodig; beide staan nu in ons systeem.
Je geboortedatum («dob») klopt volgens je paspoort nummer «passport».

Met vriendelijke groet,
«name2»
HR, «company»"""),
    # ---- CSV exports
    T("crm_csv", "en_US", crm_csv_us),
    T("crm_csv", "de", crm_csv_de),
    T("bank_csv", "de", bank_csv_de),
    T("bank_csv", "en_GB", """Why does Excel show these sort codes wrong? Export below:

Date,Description,Payee,Account IBAN,Amount
03/04/2025,FASTER PAYMENT,«name|upper»,«ibangb»,-450.00
07/04/2025,STANDING ORDER,«name2|upper»,«iban2»,-1200.00
11/04/2025,CARD PAYMENT «card»,TESCO STORES,,-63.18
14/04/2025,BANK GIRO CREDIT,«name3»,«ibangb3»,2310.55"""),
    # ---- JSON
    T("json_record", "en_US", """Validate this JSON against our schema and tell me what's missing:

{
  "customer_id": "cus_{8}",
  "name": {"given": "«first»", "family": "«last»"},
  "dob": "«dobiso»",
  "ssn": "«ssn»",
  "contact": {"email": "«email»", "mobile": "«phone»"},
  "address": {"line1": "«street»", "city": "«city»", "zip": "«zip»"},
  "drivers_license": {"state": "«dlstate»", "number": "«dl»"},
  "last_login_ip": "«ip»"
}"""),
    T("json_record", "pt_BR", """Esse JSON tá quebrando no parser, consegue achar o erro?

{"cliente": {"nome": "«name»", "cpf": "«cpf»", "nascimento": "«dobiso»",
  "email": "«email»", "celular": "«phone»",
  "endereco": "«addr»"},
 "empresa": {"razao_social": "«company»", "cnpj": "«cnpj»"},
 "pagamento": {"cartao": "«card»", "parcelas": 3,}}"""),
    # ---- logs, stack traces
    T("server_log", "en_US", server_log),
    T("stack_trace", "en_US", """Why does this fail?
```
Traceback (most recent call last):
  File "/srv/app/billing/tasks.py", line 88, in charge_customer
    resp = gateway.charge(customer, amount)
  File "/srv/app/billing/gateway.py", line 141, in charge
    raise PaymentError(f"declined for {customer!r}")
billing.gateway.PaymentError: declined for Customer(id=8812, name='«name»', email='«email»', card='«cardraw»', zip='«zip»')
```
It only happens for some customers."""),
    # ---- code with config
    T("code_config", "en_US", """Why can't my Django app connect to the database in prod? settings excerpt:

```python
DATABASES = {"default": dj_database_url.parse("«pgurl»")}
AWS_ACCESS_KEY_ID = "«aws»"
AWS_SECRET_ACCESS_KEY = "«awssecret»"
AWS_STORAGE_BUCKET_NAME = "media-prod"
DEBUG = False
```
The error is `FATAL: password authentication failed`."""),
    T("code_config", "en_US", """Here's my .env, the OpenAI client says 401. What's wrong?

```
OPENAI_API_KEY=«openai»
GITHUB_TOKEN=«ghp»
SMTP_USER=alerts
SMTP_PASSWORD=«password»
LOG_LEVEL=debug
```"""),
    # ---- chat
    T("chat", "en_US", chat_casual_en),
    T("chat", "en_US", """Can you tell me how to reply to this group chat?

[19:02] «first|lower»: guys «first2» is in the hospital again, the «conden» flared up
[19:03] «first3»: omg. which hospital?
[19:03] «first|lower»: st. mary's, room 412. her mom's number is «phone2» if anyone wants to help
[19:05] «first3»: i can drive, i'm at «street3» so it's close"""),
    T("chat", "de", """hey, kannst du mir helfen ne nachricht an «first|lower» zu schreiben? sie ist «age» und hat grad
die diagnose «cond» bekommen, ich weiß nicht was ich sagen soll. sie wohnt jetzt bei ihrer
schwester in «city»"""),
    # ---- invoice
    T("invoice", "en_GB", """Check the VAT on this invoice is right:

INVOICE #{5}
From: «company», 14 Dock Street, Leeds LS10 1JF
Bill to: «name»
         «addr»
         «email»

Kitchen refit — labour      2,400.00
Materials                   1,130.50
VAT 20%                       706.10
TOTAL DUE                   4,236.60

Please pay by bank transfer to «ibangb2» (account name: «name2»). Payment by card: call
«phone2»."""),
    # ---- contract
    T("contract", "de", """Prüf bitte diesen Mietvertrag-Auszug auf Fehler:

§ 1 Mietparteien
Vermieter: «name2», «addr2»
Mieter: «name», geb. am «dob», ausgewiesen durch Personalausweis Nr. «perso»
Steuer-Identifikationsnummer des Vermieters: «steuer2»

§ 2 Mietsache
Die Wohnung im 2. OG, «street», «zip» «city», bestehend aus 3 Zimmern.

§ 4 Miete
Die Miete ist monatlich im Voraus auf das Konto «iban2» zu überweisen."""),
    # ---- insurance
    T("insurance_claim", "en_US", """Help me fill the narrative for this auto insurance claim:

Policy: «policy»
Insured: «name», DOB «dob»
Driver's license: «dl» («dlstate»)
Address: «addr»
Phone: «phone»

On «when» at about 5:40 pm, the insured was rear-ended at a stop light. She was taken to the ER
and diagnosed with «conden» and a cervical strain. Other driver: «name2», license «dl2»."""),
    # ---- prescription
    T("prescription", "en_US", """Is this Rx complete? Anything a pharmacist would reject?

Rx — «company»
Patient: «name»   DOB: «dob»   Phone: «phone»
Address: «addr»
Dx: «conden»
Rx: «drug», #30, 1 tab PO daily, refills: 2
Prescriber: Dr. «name2», DEA «dea2», NPI 1{9}"""),
    # ---- tax
    T("tax_form", "en_US", """Which box on the 1099-NEC does this go in?

PAYER: «company»
RECIPIENT'S name: «name»
RECIPIENT'S TIN: «ssn»
Street address: «street»
City, state, ZIP: «city», TX «zip»
Nonemployee compensation: $«amount»
Federal income tax withheld: 0.00
Account number (see instructions): «num»"""),
    T("tax_form", "en_IN", """Please check my ITR details before I file:

Name: «name»
PAN: «pan»
Aadhaar: «aadhaar»
Address: «addr»
Mobile: «phone»
Email: «email»
Bank account for refund: HDFC, IFSC HDFC0001234
Gross salary: Rs. 14,80,000; 80C deductions Rs. 1,50,000"""),
    # ---- more languages
    T("support_ticket", "es", """Ayúdame a contestar este correo de un cliente, por favor:

De: «email»
Asunto: cargo duplicado

Hola, soy «name» (DNI «dni»). Me habéis cobrado dos veces la cuota de abril en la tarjeta
«card». Mi dirección es «addr» y mi móvil «phone». Espero una solución.
Un saludo."""),
    T("clinical_note", "it", """Puoi riassumere questa lettera di dimissione in due righe?

Paziente: «name», nato/a il «dob» a «city»
Codice fiscale: «cf»
Residenza: «addr»
Diagnosi di dimissione: «cond»; in anamnesi «cond2».
Terapia: «drug». Controllo ambulatoriale tra 30 giorni, tel. reparto «phone2»."""),
    T("chat", "pt_BR", """me ajuda a responder minha tia no zap? ela disse: "«first|lower», a «kid» tá com «cond» de
novo, vc consegue levar ela no posto amanhã? o cartão do sus dela tá comigo, e o cpf é «cpf»"
"""),
    T("email", "it", """Correggi gli errori in questa mail:

Gentile «title2» «last2»,
le invio in allegato la fattura n. {3}/2025. Il pagamento può essere effettuato tramite
bonifico sul conto intestato a «name», IBAN «iban». Per qualsiasi chiarimento mi può
contattare al «phone» oppure scrivere a «email».
Cordiali saluti,
«name»
«addr»"""),
    T("insurance_claim", "nl", """Kun je deze schademelding netter formuleren?

Naam verzekerde: «name»
Geboortedatum: «dob»
BSN: «bsn»
Adres: «addr»
Telefoon: «phone»
Polisnummer: «policy»
Omschrijving: op «when» ben ik gevallen op het werk. Bij de SEH werd «cond» vastgesteld."""),
    T("hr_letter", "fr", """Relis cette attestation employeur, stp:

Je soussigné(e) «name2», responsable RH de «company», atteste que «title» «name», né(e) le
«dob», demeurant «addr», numéro de sécurité sociale «nir», est employé(e) en CDI depuis le
1er mars 2019 en qualité de technicien(ne) de maintenance.
Fait pour servir et valoir ce que de droit."""),
    T("code_config", "en_US", """Why does ssh say "invalid format" for this key? I pasted it into ~/.ssh/id_rsa:

«privkey»

and my ~/.ssh/config has `User deploy` and `HostName «ip»`."""),
    T("tax_form", "es", """¿Está bien rellenado este modelo para la renta?

Declarante: «last|upper» «first|upper»
NIF: «dni»
Cónyuge: «name2», NIE «nie2»
Domicilio fiscal: «addr»
Teléfono: «phone»
IBAN para la devolución: «iban»"""),
    T("stack_trace", "en_US", """Getting this from our Node signup endpoint, what does it mean?

```
Error: duplicate key value violates unique constraint "users_email_key"
    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:287:98)
    at async createUser (/app/src/routes/signup.ts:54:5)
  detail: 'Key (email)=(«email») already exists.',
  payload: { fullName: '«name»', phone: '«phone»', passport: '«uspass»', ip: '«ip»' }
```"""),
    T("hr_letter", "en_GB", """Is this payslip laid out correctly? Anything missing for HMRC?

PAYSLIP — «company» — Period 03 (June)
Employee: «last|upper», «first»      Employee no: {5}
NI number: «nino»   Tax code: 1257L   NI category: A
Address: «addr»
Basic pay                 2,916.67
PAYE tax                   -374.20
National Insurance         -139.44
Net pay                   2,403.03
Paid to: «ibangb»"""),
]
