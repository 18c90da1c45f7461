# Hand-written pii prompts: forms, intake pastes, tables, key/value blocks.
PII = [
    ("insurance_claim", "en", """Can you help me reword the "description of incident" box so it sounds less angry? Here's the whole form as I filled it:

Policyholder: ⟦PERSON|Darnell Okonkwo-Reyes⟧
Policy no.: HX-4471-0923
Date of birth: ⟦DATE_TIME|11/02/1979⟧
Address: ⟦STREET_ADDRESS|4418 Larkspur Ln⟧, ⟦LOCATION|Tucson, AZ⟧ ⟦ZIP_CODE|85719⟧
Phone: ⟦PHONE_NUMBER|(520) 388-1706⟧
Description of incident: Some idiot in a white Silverado backed into my parked car outside the Fry's and drove off. I have the dashcam. Your adjuster never called me back in 3 weeks."""),
    ("insurance_claim", "de", """Bitte formuliere mir das als sachliche Schadensmeldung an die Hausratversicherung:

Versicherungsnehmerin: ⟦PERSON|Roswitha Kaltenbrunner⟧
Anschrift: ⟦STREET_ADDRESS|Lindenstraße 48⟧, ⟦ZIP_CODE|90419⟧ ⟦LOCATION|Nürnberg⟧
Tel. ⟦PHONE_NUMBER|0911 3378 204⟧
Schaden: Wasserschaden im Bad am 3.11., Nachbar von oben (Herr ⟦PERSON|Vogelsang⟧) hatte Waschmaschinenschlauch nicht dicht.
Bankverbindung für Erstattung: ⟦IBAN_CODE|DE90 9697 1167 3422 6831 31⟧"""),
    ("rental_application", "en", """| Field | Applicant 1 | Applicant 2 |
|---|---|---|
| Full name | ⟦PERSON|Siobhan Gallagher⟧ | ⟦PERSON|Kwame Asante⟧ |
| DOB | ⟦DATE_TIME|1990-07-14⟧ | ⟦DATE_TIME|1988-12-02⟧ |
| Current address | ⟦STREET_ADDRESS|Flat 2, 17 Cromwell Road⟧, ⟦LOCATION|Bristol⟧ ⟦ZIP_CODE|BS6 5HA⟧ | same |
| NI number | ⟦UK_NINO|WE 52 01 06 B⟧ | ⟦UK_NINO|JT039153B⟧ |
| Employer | Ovo Energy | NHS Bristol |
| Salary | £38,500 | £41,200 |

the letting agent wants this as a short covering paragraph, can you write it?"""),
    ("rental_application", "es", """Hola, tengo que mandar esto a la inmobiliaria para el piso de Lavapiés. ¿Me lo pones en un correo formal?

Nombre: ⟦PERSON|Aitana Berrocal Jiménez⟧
DNI: ⟦ES_NIF|41648657G⟧
Domicilio actual: ⟦STREET_ADDRESS|C/ Embajadores 112, 4º izda.⟧, ⟦ZIP_CODE|28012⟧ ⟦LOCATION|Madrid⟧
Móvil: ⟦PHONE_NUMBER|612 48 90 37⟧
Correo: ⟦EMAIL_ADDRESS|aitana.berrocal@gmail.com⟧
Nómina: 2.140 €/mes netos, contrato indefinido."""),
    ("school_enrolment", "fr", """Fiche d'inscription – je dois la recopier au propre, peux-tu corriger l'orthographe ?

NOM de l'enfant : ⟦PERSON|LEFEBVRE Maëlys⟧
Né(e) le : ⟦DATE_TIME|17/05/2016⟧ à ⟦LOCATION|Roubaix⟧
Responsable légal : ⟦PERSON|Karim Lefebvre⟧, tél ⟦PHONE_NUMBER|06 71 24 58 93⟧
Adresse : ⟦STREET_ADDRESS|23 rue de l'Épeule⟧, ⟦ZIP_CODE|59100⟧ ⟦LOCATION|Roubaix⟧
Allergies / traitement : ⟦MEDICAL_CONDITION|allergie à l'arachide⟧, stylo ⟦MEDICAL_CONDITION|Anapen⟧ dans le cartable
Personne à prévenir : ⟦PERSON|Samia Benali⟧ (tante) ⟦PHONE_NUMBER|07 58 33 12 06⟧"""),
    ("school_enrolment", "en", """enrolment form for my son, school asks "anything we should know" and I don't know how much to say. draft:

Child: ⟦PERSON|Oisín Byrne⟧, Year 3
Parent: ⟦PERSON|Niamh Byrne⟧ ⟦EMAIL_ADDRESS|niamh.byrne84@outlook.ie⟧
He has ⟦MEDICAL_CONDITION|ADHD⟧ (diagnosed last spring) and takes ⟦MEDICAL_CONDITION|methylphenidate⟧ in the morning. He gets overwhelmed in loud rooms.

is this too much info?"""),
    ("gym_signup", "it", """Modulo iscrizione palestra, puoi controllare se manca qualcosa?
Nome e cognome: ⟦PERSON|Ginevra Cellini⟧
Codice fiscale: ⟦IT_FISCAL_CODE|CLLGPP58T03D612G⟧
Via ⟦STREET_ADDRESS|Via dei Serragli 41⟧, ⟦ZIP_CODE|50124⟧ ⟦LOCATION|Firenze⟧
Cell. ⟦PHONE_NUMBER|+39 347 228 9106⟧
Patologie dichiarate: ⟦MEDICAL_CONDITION|ernia del disco L4-L5⟧, ⟦MEDICAL_CONDITION|ipertensione⟧ in terapia
Pagamento: addebito su ⟦IBAN_CODE|IT38T6823488095213352443404⟧"""),
    ("gym_signup", "nl", """kun je dit intakeformulier van de sportschool in het Engels vertalen voor mijn personal trainer?

Naam: ⟦PERSON|Joost van der Heijden⟧
Geboortedatum: ⟦DATE_TIME|03-09-1985⟧
Adres: ⟦STREET_ADDRESS|Oudegracht 211-bis⟧, ⟦ZIP_CODE|3511 NH⟧ ⟦LOCATION|Utrecht⟧
Blessures: ⟦MEDICAL_CONDITION|voorste kruisband gescheurd⟧ (2021, geopereerd), soms klachten van een ⟦MEDICAL_CONDITION|hernia⟧
Doel: 10 kg afvallen"""),
    ("visa_form", "en", """I'm filling the Schengen visa form for my mum, can you check the fields are consistent?

Surname: ⟦PERSON|RAGHUNATHAN⟧
First name(s): ⟦PERSON|MEENAKSHI⟧
Date of birth: ⟦DATE_TIME|22-08-1961⟧
Place of birth: ⟦LOCATION|Madurai⟧
Passport number: ⟦PASSPORT|V4418260⟧
PAN (for the financial docs): ⟦IN_PAN|GRKPX1589J⟧
Home address: ⟦STREET_ADDRESS|No. 14, 3rd Cross, Anna Nagar⟧, ⟦LOCATION|Chennai⟧ ⟦ZIP_CODE|600040⟧
Purpose: visiting daughter ⟦PERSON|Priya⟧ in Frankfurt"""),
    ("visa_form", "pt", """Preciso preencher o formulário do visto americano (DS-160) da minha esposa, pode traduzir os campos abaixo para inglês?

Nome completo: ⟦PERSON|Luana Ferraz de Albuquerque⟧
CPF: ⟦BR_CPF|642.768.307-10⟧
Data de nascimento: ⟦DATE_TIME|04/03/1993⟧
Endereço: ⟦STREET_ADDRESS|Rua Haddock Lobo 595, apto 72⟧, ⟦ZIP_CODE|01414-001⟧ ⟦LOCATION|São Paulo⟧
Telefone: ⟦PHONE_NUMBER|(11) 98734-2210⟧
Empregador: Natura Cosméticos"""),
    ("kv_block", "en", """parse this into JSON please, keys in snake_case:

name: Tomás Ó Briain
email: tob@fastmail.com
mobile: +353 87 441 9023
iban: GB93 RCVP 1081 2374 9845 89
card_last4: 4417
plan: family-annual"""
     .replace("Tomás Ó Briain", "⟦PERSON|Tomás Ó Briain⟧")
     .replace("tob@fastmail.com", "⟦EMAIL_ADDRESS|tob@fastmail.com⟧")
     .replace("+353 87 441 9023", "⟦PHONE_NUMBER|+353 87 441 9023⟧")
     .replace("GB93 RCVP 1081 2374 9845 89", "⟦IBAN_CODE|GB93 RCVP 1081 2374 9845 89⟧")),
    ("kv_block", "de", """Kannst du daraus eine CSV-Zeile machen (Semikolon getrennt)?

Vorname = ⟦PERSON|Anneliese⟧
Nachname = ⟦PERSON|Brückner-Ozdemir⟧
Steuer-ID = ⟦DE_TAX_ID|73610694865⟧
Krankenkasse = TK, Versichertennr. ⟦MEDICAL_RECORD_NUMBER|B598242388⟧
Geburtsdatum = ⟦DATE_TIME|19.04.1972⟧
Wohnort = ⟦LOCATION|Leipzig⟧"""),
    ("markdown_table", "pt", """Organiza esta tabela por data de vencimento, por favor:

| Cliente | NIF | Morada | Valor em dívida |
|---|---|---|---|
| ⟦PERSON|Rui Gonçalves Barata⟧ | ⟦PT_NIF|260858811⟧ | ⟦STREET_ADDRESS|Rua do Almada 318, 2.º Dto⟧, ⟦ZIP_CODE|4050-032⟧ ⟦LOCATION|Porto⟧ | 412,50 € |
| ⟦PERSON|Filipa Moura⟧ | ⟦PT_NIF|147672562⟧ | ⟦STREET_ADDRESS|Av. Almirante Reis 77, 5.º Esq.⟧, ⟦ZIP_CODE|1150-012⟧ ⟦LOCATION|Lisboa⟧ | 89,00 € |
| ⟦PERSON|Tiago Salgueiro⟧ | ⟦PT_NIF|286709350⟧ | — | 1.230,00 € |

Vencimentos: Rui 15/12, Filipa 02/12, Tiago 30/11."""
     .replace("Vencimentos: Rui", "Vencimentos: ⟦PERSON|Rui⟧").replace("Filipa 02", "⟦PERSON|Filipa⟧ 02").replace("Tiago 30", "⟦PERSON|Tiago⟧ 30")),
    ("markdown_table", "en", """Payroll check — which row has the wrong tax code?

| Emp | Name | NINO | Tax code | Gross |
|-----|------|------|----------|-------|
| 0041 | ⟦PERSON|HARGREAVES, Lucy⟧ | ⟦UK_NINO|RB564781B⟧ | 1257L | 2,840.00 |
| 0042 | ⟦PERSON|MBEKI, Thandiwe⟧ | ⟦UK_NINO|NN 55 67 58 C⟧ | 1257L | 3,105.50 |
| 0043 | ⟦PERSON|PATEL, Arjun⟧ | ⟦UK_NINO|CZ600152D⟧ | BR | 1,990.00 |
| 0044 | ⟦PERSON|WOJCIK, Ola⟧ | ⟦UK_NINO|TB529520D⟧ | 1257M | 2,450.00 |"""),
    ("json_webhook", "en", """Our Stripe-like webhook handler crashes on this payload with KeyError 'billing'. Why?

{
  "event": "customer.updated",
  "id": "evt_9f8a71c2",
  "data": {
    "customer": {
      "name": "⟦PERSON|Yuki Tanabe-Hollis⟧",
      "email": "⟦EMAIL_ADDRESS|yuki.tanabe.h@protonmail.com⟧",
      "phone": "⟦PHONE_NUMBER|+1 415 902 3318⟧",
      "address": {"line1": "⟦STREET_ADDRESS|2290 Alemany Blvd⟧", "city": "⟦LOCATION|San Francisco⟧", "postal_code": "⟦ZIP_CODE|94112⟧"},
      "metadata": {"signup_ip": "⟦IP_ADDRESS|73.162.44.201⟧"}
    }
  }
}"""),
    ("json_webhook", "fr", """Le webhook de notre CRM renvoie ça, et le champ "nir" part en clair dans nos logs. Comment le masquer côté Node ?

{"contact":{"prenom":"⟦PERSON|Gaëlle⟧","nom":"⟦PERSON|Kerbrat⟧","nir":"⟦FR_NIR|2 88 04 75 027 692 79⟧","mutuelle":"MGEN","tel":"⟦PHONE_NUMBER|+33 6 12 90 44 71⟧","adresse":"⟦STREET_ADDRESS|8 allée des Tilleuls⟧","cp":"⟦ZIP_CODE|29200⟧","ville":"⟦LOCATION|Brest⟧"}}"""),
    ("yaml_payload", "en", """Is this YAML valid? The import job says "mapping values are not allowed here".

applicant:
  full_name: ⟦PERSON|Bartholomew "Bart" Achterberg⟧
  ssn: ⟦US_SSN|531-67-2318⟧
  dob: ⟦DATE_TIME|1983-05-30⟧
  drivers_license: ⟦US_DRIVER_LICENSE|A4419027⟧   # Arizona
  address: ⟦STREET_ADDRESS|907 W Baseline Rd⟧: Apt 12
  employer: Honeywell"""),
    ("yaml_payload", "es", """¿Por qué falla este YAML en el pipeline de altas? Es el payload de un empleado nuevo:

empleado:
  nombre: ⟦PERSON|Ximena Urquiza Palomar⟧
  nie: ⟦ES_NIE|Y8481683X⟧
  iban: ⟦IBAN_CODE|ES57 9266 8547 3049 1669 5378⟧
  telefono: ⟦PHONE_NUMBER|+34 655 310 847⟧
  direccion: ⟦STREET_ADDRESS|Avda. de Blasco Ibáñez 44, pta. 9⟧
	cp: ⟦ZIP_CODE|46010⟧"""),
    ("sql_insert", "en", """Postgres complains "value too long for type character varying(10)" on this insert, which column?

INSERT INTO patients (mrn, first_name, last_name, dob, phone, diagnosis)
VALUES ('⟦MEDICAL_RECORD_NUMBER|MRN-00482917⟧', '⟦PERSON|Delphine⟧', '⟦PERSON|Abernathy⟧', '⟦DATE_TIME|1957-10-09⟧', '⟦PHONE_NUMBER|612-844-0198⟧', '⟦MEDICAL_CONDITION|chronic kidney disease stage 3⟧');"""),
    ("sql_insert", "it", """Mi sistemi questa INSERT per MySQL? Dà errore di sintassi vicino alla virgola.

INSERT INTO clienti (nome, cognome, cf, email, iban) VALUES
('⟦PERSON|Lorenzo⟧', '⟦PERSON|Marinelli⟧', '⟦IT_FISCAL_CODE|MRNLSS76A12F839S⟧', '⟦EMAIL_ADDRESS|l.marinelli@libero.it⟧', '⟦IBAN_CODE|IT86L7498903131894984525478⟧'),
('⟦PERSON|Chiara⟧', '⟦PERSON|Ferrero⟧', '⟦IT_FISCAL_CODE|FRRCHR91H63L219I⟧', '⟦EMAIL_ADDRESS|chiaraferrero91@gmail.com⟧', NULL),;"""),
    ("app_log", "en", """what does this nginx/app log tell you, is someone brute forcing?

2026-11-28T03:14:07Z WARN auth login_failed user=⟦EMAIL_ADDRESS|marguerite.ndiaye@yahoo.fr⟧ ip=⟦IP_ADDRESS|185.220.101.47⟧ attempts=6
2026-11-28T03:14:09Z WARN auth login_failed user=⟦EMAIL_ADDRESS|marguerite.ndiaye@yahoo.fr⟧ ip=⟦IP_ADDRESS|185.220.101.47⟧ attempts=7
2026-11-28T03:14:12Z INFO auth password_reset_sent to=⟦EMAIL_ADDRESS|marguerite.ndiaye@yahoo.fr⟧ sms=⟦PHONE_NUMBER|+33 7 81 22 09 54⟧
2026-11-28T03:15:40Z INFO auth login_ok user=⟦EMAIL_ADDRESS|h.oyelaran@gmail.com⟧ ip=⟦IP_ADDRESS|102.89.34.18⟧"""),
    ("app_log", "nl", """Kan iemand mij uitleggen waarom de koppeling met de BRP faalt? Log van vanochtend:

[09:02:11] DEBUG brp.lookup bsn=⟦NL_BSN|275373708⟧ naam="⟦PERSON|Sanne de Wit⟧" status=404
[09:02:11] DEBUG brp.lookup bsn=⟦NL_BSN|464856966⟧ naam="⟦PERSON|Mohamed El Amrani⟧" status=200
[09:02:12] ERROR brp.lookup timeout after 30000ms host=10.20.0.14"""),
    ("support_ticket_dump", "en", """Summarise this ticket for the handover:

#48812 | opened by ⟦PERSON|Ravi Subramaniam⟧ <⟦EMAIL_ADDRESS|ravi.s@hey.com⟧>
> my card ⟦CREDIT_CARD|5468 9527 2309 4211⟧ was charged twice for the annual plan ($119). please refund one.
agent ⟦PERSON|kelly⟧: refund issued for 1x $119, ref RF-22019
customer: thanks. also pls update billing address to ⟦STREET_ADDRESS|55 Wellesley St E, Unit 1408⟧, ⟦LOCATION|Toronto⟧ ⟦ZIP_CODE|M4Y 0G2⟧"""),
    ("support_ticket_dump", "de", """Fass bitte das Ticket zusammen, kurz:

Ticket 20931 – Kunde: ⟦PERSON|Heinz-Günter Pfaff⟧
„Ich habe meine Kreditkarte ⟦CREDIT_CARD|4225 6153 1263 2629⟧ gesperrt, bitte neue Karte hinterlegen. Meine neue Adresse ist ⟦STREET_ADDRESS|Am Kuhberg 7a⟧, ⟦ZIP_CODE|89077⟧ ⟦LOCATION|Ulm⟧. Rückruf bitte unter ⟦PHONE_NUMBER|0731 96 42 118⟧, vormittags.“"""),
]
