# ruff: noqa: E501, RUF001  (data: prompt text is kept as written)
"""Personal-data templates of the HELD-OUT part: layouts and wordings the tune part never
uses (nobody tunes on these)."""

from __future__ import annotations

from bench.realistic.render import Ctx
from bench.realistic.tmpl import T


def crm_csv_es(c: Ctx) -> str:
    rows = ["APELLIDOS Y NOMBRE;DNI/NIE;TELÉFONO;CORREO;DIRECCIÓN;CP;LOCALIDAD"]
    for i in range(1, c.rng.randint(4, 7)):
        doc = "dni" if c.rng.random() < 0.7 else "nie"
        rows.append(f"«last{i}|upper» «first{i}|upper»;«{doc}{i}»;«phone{i}»;«email{i}»;"
                    f"«street{i}»;«zip{i}»;«city{i}»")
    return ("Tengo este listado de socios del club. ¿Me generas una carta de bienvenida "
            "personalizada para cada uno?\n\n" + "\n".join(rows))


def crm_csv_gb(c: Ctx) -> str:
    rows = ['"Surname","Forename","Postcode","Mobile","Email","NI number","Notes"']
    for i in range(1, c.rng.randint(4, 7)):
        rows.append(f'"«last{i}|upper»","«first{i}»","«zip{i}»","«phone{i}»","«email{i}»","«nino{i}»",'
                    f'"{c.rng.choice(["prefers SMS", "", "moved, check address", "VIP; do not call before 10", ""])}"')
    return ("Convert this volunteer list to a markdown table, keep only people in the north:\n\n"
            + "\n".join(rows))


def bank_csv_us(c: Ctx) -> str:
    rows = ["txn_id|posted|cardholder|card_number|merchant|amount_usd|status"]
    for i in range(1, c.rng.randint(4, 7)):
        rows.append(f"T{c.rng.randint(10**7, 10**8)}|2025-0{c.rng.randint(1, 5)}-{c.rng.randint(10, 28)}|"
                    f"«name{i}|upper»|«card{i}»|{c.rng.choice(['AMZN MKTP US', 'SHELL OIL 5744', 'UBER *TRIP', 'WALGREENS #1043'])}|"
                    f"{c.rng.randint(3, 900)}.{c.rng.randint(0, 99):02d}|{c.rng.choice(['SETTLED', 'DISPUTED', 'PENDING'])}")
    return ("Which of these chargebacks should we fight? Pipe-delimited dump from the "
            "processor:\n\n" + "\n".join(rows))


def bank_csv_nl(c: Ctx) -> str:
    rows = ["Datum,Naam / Omschrijving,Rekening,Tegenrekening,Code,Af Bij,Bedrag (EUR),Mededelingen"]
    own = "«iban»"
    for i in range(1, c.rng.randint(4, 6)):
        rows.append(f'"2025{c.rng.randint(1, 5):02d}{c.rng.randint(10, 28)}","«name{i}»","{own}","«iban{i}»","OV",'
                    f'"{c.rng.choice(["Af", "Bij"])}","{c.rng.randint(5, 900)},{c.rng.randint(0, 99):02d}",'
                    f'"{c.rng.choice(["huur mei", "terugbetaling etentje", "Tikkie", "factuur 2025-031"])}"')
    return ("Kun je uit dit ING-export de vaste lasten halen?\n\n" + "\n".join(rows))


def auth_log_json(c: Ctx) -> str:
    lines = []
    for i in range(1, c.rng.randint(4, 8)):
        k = c.rng.randint(1, 3)
        ip = "ip" if c.rng.random() < 0.6 else "ipp"
        ev = c.rng.choice(["password_reset_requested", "mfa_failed", "login_succeeded",
                           "email_changed"])
        lines.append('{"ts":"«ts' + str(i) + '».' + str(c.rng.randint(100, 999)) + 'Z","level":"info",'
                     f'"event":"{ev}","user":"«email{k}»","remote_addr":"«{ip}{k}»",'
                     f'"ua":"Mozilla/5.0","latency_ms":{c.rng.randint(2, 700)}}}')
    return ("Write a jq query that counts events per user in these logs:\n\n" + "\n".join(lines))


def chat_lower_heldout(c: Ctx) -> str:
    return c.rng.choice([
        "how do i tell my boss i need friday off? my daughter «kid|lower» is «kidage» and we finally "
        "got an appointment for her «conden» assessment",
        "«first|lower» just told me he has «conden»... should i tell «first2|lower» or is that not "
        "my place",
        "can u help me write a text to «first|lower» «last|lower»? his number is «phone», he's "
        "renting my flat on «street|lower» and the rent is late again",
        "pls remind me what to get for «first|lower»'s party, she's «age» now?? also her new "
        "address is «addr»",
        "wait so if my grandma «first|lower» («age») has «conden», can she still fly to «city»?",
    ])


T_HELDOUT: list[T] = [
    T("email", "en_GB", """Can you shorten this for me?

---------- Forwarded message ---------
From: «name» <«email»>
Date: «when»
Subject: Re: flat viewing

Hiya, lovely to speak earlier. As promised: my current address is «addr» and my mobile is
«phone». My National Insurance number is «nino» if the letting agent needs it for referencing.
Cheers,
«first»

--
«name» | Senior Paralegal
«company»
Direct line: «phone2»"""),
    T("email", "fr", """Tu peux rendre ce mail plus professionnel ?

Objet : dossier de location

Bonjour Madame «last2»,
suite à notre échange, voici les éléments demandés pour le dossier : je m'appelle «name», je
suis né(e) le «dob», j'habite actuellement au «addr». Vous pouvez me joindre au «phone» ou par
mail («email»). Mon numéro de passeport est «passport».
Bien cordialement,
«first»"""),
    T("support_ticket", "en_US", """Draft a reply to this helpdesk ticket:

#{6} — "Locked out of my account"
Requester: «name» <«email»>
Submitted from IP «ip» (Chrome / Windows 11)
Description: I changed phones and lost my 2FA. I can verify with my driver's license
«dl» («dlstate») or passport «uspass». Phone on the account is «phone». Please hurry, payroll runs
tomorrow."""),
    T("support_ticket", "pt_BR", """Responde esse chamado pra mim de forma educada:

Chamado «ticket» — Status: aberto
Cliente: «name» | CPF «cpf»
E-mail: «email» | Tel: «phone»
Endereço de entrega: «addr»
Mensagem: comprei um notebook e veio com a tela trincada. Já paguei no cartão «card» e quero o
estorno, não a troca."""),
    T("clinical_note", "en_GB", """Summarise this clinic letter in plain English for the patient:

Outpatient Clinic — Gastroenterology
Name: «last|upper», «first»   Hosp No: «mrn»   NHS No: «nhs»
DOB: «dob» («age» yrs)
Diagnosis: «cond»
Seen today with her husband, «first2». Colonoscopy showed active inflammation. We will start
«drug». Please contact the IBD nurses on «phone2» if symptoms worsen."""),
    T("clinical_note", "es", """Resume este informe de alta en lenguaje sencillo:

INFORME DE ALTA — Servicio de Medicina Interna
Paciente: «last|upper», «first|upper»    NHC: «mrn»
Fecha de nacimiento: «dob»    Edad: «age» años
DNI: «dni»
Domicilio: «addr»
Juicio clínico: «cond». Antecedentes: «cond2».
Tratamiento al alta: «drug»."""),
    T("referral_letter", "de", """Kannst du diese Überweisung in ganze Sätze bringen?

Überweisungsschein an Fachärztin für Kardiologie
Versicherte/r: «name», «addr»
geb. «dob», KVNR «kvnr»
Diagnose/Verdachtsdiagnose: «cond», Z. n. «cond2»
Auftrag: Belastungs-EKG, Echo. Rückruf an Praxis Dr. «last2» unter «phone2»."""),
    T("referral_letter", "en_US", """Fix the grammar in this referral:

To: Pediatric Orthopedics, «company»
Re: «name» (DOB «dob», MRN «mrn»)
Parent/guardian: «name2», «phone2», «email2»

I am referring this «age»-year-old for evaluation of progressive «conden». Curve measured 28°
on the last X-ray. Family lives at «addr»."""),
    T("hr_letter", "en_US", """Please make this FMLA approval letter kinder:

«when»
Employee: «name» (Employee ID {6})
Home address: «addr»

Your request for intermittent leave has been approved. Per the certification from your
provider, you are being treated for «conden». Your SSN on file («ssn») has been shared only
with our benefits administrator. Questions: «name2», «email2»."""),
    T("hr_letter", "it", """Puoi controllare questa lettera di assunzione?

Spett.le «name»
«addr»
Codice fiscale: «cf»

Con la presente Le confermiamo l'assunzione a tempo indeterminato presso «company» a partire
dal 1° settembre. Lo stipendio sarà accreditato sull'IBAN «iban». Per comunicazioni: «email»."""),
    T("crm_csv", "es", crm_csv_es),
    T("crm_csv", "en_GB", crm_csv_gb),
    T("bank_csv", "en_US", bank_csv_us),
    T("bank_csv", "nl", bank_csv_nl),
    T("json_record", "en_IN", """Convert this JSON to a YAML config:

{
    "kyc": {
        "full_name": "«name»",
        "pan": "«pan»",
        "aadhaar_number": "«aadhaar»",
        "date_of_birth": "«dobiso»",
        "mobile": "«phone»",
        "address": "«addr»"
    },
    "status": "VERIFIED"
}"""),
    T("json_record", "it", """Perché questo JSON non viene importato nel gestionale?

[{"cognome": "«last|upper»", "nome": "«first|upper»", "cf": "«cf»", "nato_il": "«dobiso»",
  "telefono": "«phone»", "pec": "«email»", "indirizzo": "«street»", "cap": "«zip»",
  "comune": "«city»"}]"""),
    T("server_log", "en_US", auth_log_json),
    T("stack_trace", "en_US", """What's causing this NullPointerException?

```
2025-05-14 09:12:44.118 ERROR 1 --- [nio-8080-exec-7] c.a.orders.OrderService : Failed to create invoice
java.lang.NullPointerException: Cannot invoke "String.trim()" because "billing.vatId" is null
	at com.acme.orders.InvoiceBuilder.build(InvoiceBuilder.java:77)
	at com.acme.orders.OrderService.checkout(OrderService.java:203)
Request payload: CheckoutRequest[customerName=«name», email=«email», phone=«phone», iban=«iban», shipTo=«street», «zip» «city»]
```"""),
    T("code_config", "en_US", """My docker-compose won't start the api container, what's wrong?

```yaml
services:
  api:
    image: registry.internal/api:1.14
    environment:
      DATABASE_URL: «pgurl»
      STRIPE_SECRET_KEY: «stripe»
      SLACK_BOT_TOKEN: «slack»
      ADMIN_PASSWORD: «password»
    ports:
      - "8080:8080"
```"""),
    T("code_config", "en_US", """Terraform keeps saying my credentials are invalid:

```hcl
provider "aws" {
  region     = "eu-west-1"
  access_key = "«aws»"
  secret_key = "«awssecret»"
}
# github provider
provider "github" { token = "«ghp»" }
```"""),
    T("chat", "en_US", chat_lower_heldout),
    T("chat", "en_US", """Who should I believe here? Transcript from our support chat:

Agent (Kim): Hi! Can I have your full name and date of birth?
Customer: «name», «dob»
Agent (Kim): Thanks. And the last card you used?
Customer: «card», it's a company card tho
Customer: also update my email to «email» and my phone to «phone» please"""),
    T("chat", "es", """oye, ¿cómo le digo a «first|lower» que no puedo ir a su boda? es el «when» y justo ese finde
operan a mi padre de «cond». su número es «phone» por si prefieres que le escriba por whatsapp"""),
    T("invoice", "de", """Ist diese Rechnung so korrekt (Pflichtangaben §14 UStG)?

Rechnung Nr. 2025-{4}
«name2» – Malermeisterbetrieb
«addr2»
Steuer-IdNr.: «steuer2»

An: «name», «addr»

Leistung: Renovierung Wohnzimmer, 3 Tage      1.840,00 €
zzgl. 19 % USt.                                 349,60 €
Gesamtbetrag                                  2.189,60 €
Bitte überweisen Sie auf «iban2»."""),
    T("invoice", "pt_BR", """Confere se essa nota tá certa:

NOTA DE SERVIÇO Nº {5}
Prestador: «company» — CNPJ «cnpj»
Tomador: «name» — CPF «cpf»
Endereço: «addr»
Serviço: manutenção de ar-condicionado — R$ 480,00
Pagamento via PIX (chave: «email»)"""),
    T("contract", "en_US", """Is this lease clause enforceable in Florida?

RESIDENTIAL LEASE AGREEMENT
Landlord: «name2», «addr2»
Tenant: «name», Driver License No. «dl» (issued «dlstate»), SSN «ssn»
Premises: «street», «city», FL «zip»
Rent: $«amount» per month, due on the 1st. Late fee $75.
Tenant contact: «phone», «email»"""),
    T("contract", "es", """Revisa este contrato de compraventa de un coche de segunda mano:

REUNIDOS
De una parte, D./Dña. «name», mayor de edad, con DNI «dni» y domicilio en «addr».
De otra parte, D./Dña. «name2», con NIE «nie2» y domicilio en «addr2».
El comprador abonará 6.500 € mediante transferencia a la cuenta «iban2»."""),
    T("insurance_claim", "fr", """Aide-moi à compléter cette déclaration de sinistre :

Assuré : «name»
Né(e) le : «dob»
N° de sécurité sociale : «nir»
Adresse : «addr»
Téléphone : «phone»
Circonstances : le «when», chute dans l'escalier de l'immeuble. Diagnostic aux urgences :
«cond»."""),
    T("insurance_claim", "en_GB", """Can you word this travel insurance claim better?

Claimant: «name»
DOB: «dob»   Passport: «passport»
Home address: «addr»
Contact: «phone» / «email»
While in Spain I was admitted with «cond». The hospital has my NHS number («nhs»)."""),
    T("prescription", "en_GB", """Check this repeat prescription request for errors:

Patient: «name»   DOB «dob»   NHS «nhs»
Address: «addr»
Condition: «cond»
Requested: «drug» x 56
Pharmacy to collect: «company», tel «phone2»"""),
    T("prescription", "en_US", """Is this controlled substance order OK to send?

Pharmacy fax — «company»
Patient: «name», «age» y/o, DOB «dob», «phone»
Diagnosis: «conden»
Med: «drug», qty 60
Prescriber: «name2», MD — DEA# «dea2» — Lic. #{7}"""),
    T("tax_form", "de", """Hilfe bei der Steuererklärung, stimmt das so?

Anlage Kind
Angaben zum Steuerpflichtigen: «name», «addr»
Identifikationsnummer: «steuer»
Kind: «kid», Alter «kidage», Identifikationsnummer des Kindes: «steuer3»
Bankverbindung: «iban»"""),
    T("tax_form", "pt_BR", """Me explica o que preencher aqui na declaração do IR:

Titular: «name|upper»
CPF: «cpf»
Data de nascimento: «dob»
Endereço: «addr»
Fonte pagadora: «company», CNPJ «cnpj»
Dependente: «name2», CPF «cpf2», idade «age2»"""),
    T("tax_form", "nl", """Klopt deze aangifte zo?

Naam: «name»
BSN: «bsn»
Geboren: «dob»
Adres: «addr»
Rekeningnummer teruggave: «iban»
Partner: «name2» (BSN «bsn2»)"""),
    T("insurance_claim", "en_US", """Shorten this health insurance appeal:

Member: «name»
Member DOB: «dob»
Address: «addr»
I am appealing the denial of coverage for my son «kid» («kidage»), who was diagnosed with
«conden» at «company». His medical record number there is «mrn». You can reach me at «phone».
Card on file for copays: «amex»."""),
    T("contract", "de", """Ist dieser Kaufvertrag für ein gebrauchtes Fahrrad so in Ordnung?

Verkäufer: «name», «addr»
Personalausweisnummer: «perso»
Käufer: «name2», wohnhaft «addr2», Tel. «phone2»
Kaufpreis: 650,00 € (in bar erhalten)
Der Verkäufer versichert, dass das Rad (Rahmennr. WBK{7}) frei von Rechten Dritter ist."""),
    T("code_config", "en_US", """Our k8s secret fails to mount the TLS key, can you spot why?

```yaml
apiVersion: v1
kind: Secret
metadata:
  name: api-tls
stringData:
  tls.key: |
«privkey»
  db-url: "«pgurl»"
```"""),
]
