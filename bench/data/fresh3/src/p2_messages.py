# Hand-written pii prompts: e-mail threads, chat exports, minutes, CVs, letters.
PII = [
    ("email_thread", "en", """Can you write a polite reply to the last message? Thread below.

On Tue, 25 Nov 2026 at 16:02, ⟦PERSON|Fenella Ashworth-Boyce⟧ <⟦EMAIL_ADDRESS|fenella.ab@btinternet.com⟧> wrote:
> Hi ⟦PERSON|Marcus⟧, the parish hall is double booked on the 13th. Could your group move to the 20th?
> Fen
>
>> On Mon, 24 Nov 2026, ⟦PERSON|Marcus Oyelowo⟧ wrote:
>> Confirming the hall for the 13th, 7-9pm, choir rehearsal. Deposit paid.

--
⟦PERSON|Marcus Oyelowo⟧
Choir secretary
⟦PHONE_NUMBER|07700 914 382⟧"""),
    ("email_thread", "fr", """Peux-tu résumer cet échange en trois lignes pour mon chef ?

De : ⟦PERSON|Bérénice Fauvel⟧ <⟦EMAIL_ADDRESS|b.fauvel@orange.fr⟧>
Objet : RE: RE: dossier sinistre

Bonjour Monsieur ⟦PERSON|Tessier⟧,
Comme convenu au téléphone, je vous renvoie le RIB : ⟦IBAN_CODE|FR10 3675 4656 5969 6465 1867 748⟧.
Mon époux, ⟦PERSON|Alain⟧, ne pourra pas signer avant sa sortie de l'hôpital (⟦MEDICAL_CONDITION|pontage coronarien⟧ lundi dernier).
Cordialement,
B. Fauvel

> Le 20/11, ⟦PERSON|Jérôme Tessier⟧ a écrit :
> Madame, il nous manque un RIB et la signature des deux assurés."""),
    ("email_thread", "es", """Tradúceme al inglés solo el último correo, por favor:

---------- Mensaje reenviado ---------
De: ⟦PERSON|Nerea Goikoetxea⟧ <⟦EMAIL_ADDRESS|nerea.goiko@euskalnet.net⟧>
Para: rrhh@empresa-ejemplo.es

Buenos días:
Os adjunto la baja. Estaré fuera unas tres semanas por una ⟦MEDICAL_CONDITION|depresión⟧; la médica de cabecera me ha puesto ⟦MEDICAL_CONDITION|escitalopram⟧ y reposo. Preferiría que el equipo no conozca el motivo.
Un saludo,
Nerea"""
     .replace("Un saludo,\nNerea", "Un saludo,\n⟦PERSON|Nerea⟧")),
    ("email_thread", "it", """Correggi la grammatica di questa mail prima che la mandi:

Gentile dott.ssa ⟦PERSON|Santoro⟧,
le scrivo per mio padre ⟦PERSON|Ettore Bellandi⟧ (nato il ⟦DATE_TIME|09/02/1941⟧), che da settimane non riesce a dormire e confonde i nomi dei nipoti. Il neurologo ha parlato di ⟦MEDICAL_CONDITION|decadimento cognitivo lieve⟧ e forse ⟦MEDICAL_CONDITION|Alzheimer⟧ iniziale, ma non abbiamo ancora la risonanza.
Può richiamarmi al ⟦PHONE_NUMBER|333 418 7720⟧?
Cordiali saluti
⟦PERSON|Valeria Bellandi⟧"""),
    ("whatsapp_export", "en", """make a shopping list from this group chat

[21/11/2026, 18:42:10] ⟦PERSON|tash⟧: ok so for sunday we need candles, balloons and the cake
[21/11/2026, 18:43:55] ⟦PERSON|jamie b⟧: ill get the cake, nana cant have sugar anymore bc of her ⟦MEDICAL_CONDITION|diabetes⟧ so sugar free one too
[21/11/2026, 18:44:20] ⟦PERSON|tash⟧: 👍 also uncle ⟦PERSON|dev⟧s new address for the card is ⟦STREET_ADDRESS|14 Heron Close⟧, ⟦LOCATION|Leicester⟧ ⟦ZIP_CODE|LE4 7QT⟧
[21/11/2026, 18:46:02] ⟦PERSON|mo⟧: i'll do balloons"""),
    ("whatsapp_export", "pt", """Faz um resumo dessa conversa do grupo da família, por favor

[22/11/26 09:14] ⟦PERSON|Tia Cida⟧: Gente, a ⟦PERSON|Bia⟧ tá internada desde ontem, ⟦MEDICAL_CONDITION|dengue hemorrágica⟧, plaquetas muito baixas
[22/11/26 09:16] ⟦PERSON|Júnior⟧: Meu Deus. Qual hospital?
[22/11/26 09:17] ⟦PERSON|Tia Cida⟧: Santa Casa, quarto 412. Quem puder doar sangue, o CPF dela pra cadastro é ⟦BR_CPF|012.780.185-57⟧
[22/11/26 09:30] ⟦PERSON|Júnior⟧: Vou lá à tarde"""
     .replace("⟦PERSON|Tia Cida⟧", "Tia ⟦PERSON|Cida⟧")),
    ("telegram_export", "de", """Kannst du aus diesem Chatverlauf die Termine rausziehen?

⟦PERSON|lena_k⟧, [27.11.2026 20:11]
Morgen 10 Uhr Termin beim Jugendamt wegen ⟦PERSON|Finn⟧

⟦PERSON|lena_k⟧, [27.11.2026 20:12]
und Freitag 14:30 Kinderpsychiaterin, die vermutet ⟦MEDICAL_CONDITION|Autismus-Spektrum-Störung⟧

⟦PERSON|Micha Brandl⟧, [27.11.2026 20:40]
Ich nehm Freitag frei. Soll ich ⟦PERSON|Finn⟧ von der Kita holen?"""),
    ("slack_export", "en", """can you turn this slack thread into a jira ticket? strip the chit-chat

⟦PERSON|priyanka.r⟧  10:02 AM
prod login broken for one customer, ⟦EMAIL_ADDRESS|j.whitlock@cascadeparts.com⟧, says MFA code never arrives to ⟦PHONE_NUMBER|+1 503 771 2094⟧
⟦PERSON|dmitri⟧  10:05 AM
twilio logs show undelivered, carrier block. can we switch her to TOTP?
⟦PERSON|priyanka.r⟧  10:06 AM
yes. temp password I set for her is ⟦PASSWORD|Cascade!Reset-4471⟧ , she must change on login
⟦PERSON|dmitri⟧  10:07 AM
:+1:"""),
    ("slack_export", "nl", """Maak hier een nette notitie van voor het incidentrapport:

⟦PERSON|bram⟧ 14:21
db-backup faalt weer, ik heb het wachtwoord van de backupgebruiker gereset naar ⟦PASSWORD|Zomer2026!bk⟧
⟦PERSON|femke⟧ 14:23
ok, en de oude connectie-string in de cron? postgres://backup:⟦CONNECTION_STRING_PASSWORD|w1nterVal-88⟧@db-prod-2.intern:5432/klanten
⟦PERSON|bram⟧ 14:24
die moet eruit ja"""),
    ("meeting_minutes", "en", """Please tidy these minutes into proper format with action items:

Residents' Association – 26 Nov
present: ⟦PERSON|Grace Adeyemi⟧ (chair), ⟦PERSON|Hamish Todd⟧, ⟦PERSON|Will Farrow⟧, ⟦PERSON|Rosalind Kwan⟧
- Grace: lift in block C out again, ⟦PERSON|Mrs Petrakis⟧ at no. 41 is ⟦MEDICAL_CONDITION|in a wheelchair⟧ and has been stuck inside since Thursday
- Hamish to chase council (housing officer ⟦PERSON|Dean Mottram⟧)
- Will: xmas party 13 Dec, budget £250
- Rosalind: parking permits renewals due"""
     .replace("⟦PERSON|Mrs Petrakis⟧", "Mrs ⟦PERSON|Petrakis⟧")
     .replace("- Grace:", "- ⟦PERSON|Grace⟧:").replace("- Hamish to", "- ⟦PERSON|Hamish⟧ to")
     .replace("- Will:", "- ⟦PERSON|Will⟧:").replace("- Rosalind:", "- ⟦PERSON|Rosalind⟧:")),
    ("meeting_minutes", "de", """Bitte ein sauberes Protokoll daraus machen:

Teambesprechung Station 4B, 28.11.
Anwesend: ⟦PERSON|Schwester Ilka⟧, ⟦PERSON|Dr. Aydın⟧, ⟦PERSON|Pfleger Timo⟧
1. Patientin Zi. 12, ⟦PERSON|Frau Wendt⟧, ⟦MEDICAL_CONDITION|Sturz mit Schenkelhalsfraktur⟧, OP morgen früh
2. Dienstplan Dezember: Timo fehlt 15.–19.12.
3. Neues Desinfektionsmittel ab Januar"""
     .replace("⟦PERSON|Schwester Ilka⟧", "Schwester ⟦PERSON|Ilka⟧").replace("⟦PERSON|Dr. Aydın⟧", "Dr. ⟦PERSON|Aydın⟧")
     .replace("⟦PERSON|Pfleger Timo⟧", "Pfleger ⟦PERSON|Timo⟧").replace("⟦PERSON|Frau Wendt⟧", "Frau ⟦PERSON|Wendt⟧")
     .replace("Dezember: Timo", "Dezember: ⟦PERSON|Timo⟧")),
    ("cv", "en", """Improve the wording of my CV summary and tell me what to cut:

⟦PERSON|AMARA CHUKWUEMEKA-LINDQVIST⟧
⟦STREET_ADDRESS|Sveavägen 58⟧, ⟦ZIP_CODE|113 59⟧ ⟦LOCATION|Stockholm⟧ · ⟦PHONE_NUMBER|+46 70 412 88 36⟧ · ⟦EMAIL_ADDRESS|amara.cl@pm.me⟧ · linkedin.com/in/⟦PERSON|amara-cl⟧
Born ⟦DATE_TIME|8 March 1991⟧

Data engineer, 7 years. Built streaming pipelines at Klarna (Kafka, Flink). Led migration of 40 TB warehouse to BigQuery. Python, Scala, dbt."""),
    ("cv", "es", """Revisa mi currículum, ¿está bien el orden de las secciones?

⟦PERSON|Matías Echeverría Olmos⟧
Fecha de nacimiento: ⟦DATE_TIME|15/11/1996⟧ · NIE ⟦ES_NIE|X3303881T⟧
⟦STREET_ADDRESS|C/ Sant Pere Més Alt 19, 2º 1ª⟧, ⟦ZIP_CODE|08003⟧ ⟦LOCATION|Barcelona⟧
⟦PHONE_NUMBER|+34 688 102 945⟧

EXPERIENCIA
2022–hoy  Desarrollador backend, Glovo
2019–2022 Soporte técnico, Telefónica
IDIOMAS: español nativo, inglés C1, catalán B2"""),
    ("recommendation_letter", "en", """Make this recommendation letter sound more enthusiastic but keep it honest:

To whom it may concern,
I supervised ⟦PERSON|Hunter Delacroix-Nwosu⟧ during his internship at our lab from June to September. Hunter was reliable and curious. He disclosed that he has ⟦MEDICAL_CONDITION|dyslexia⟧ and we gave him extra time on written reports, which he used well.
Prof. ⟦PERSON|Ingrid Solberg⟧"""
     .replace("September. Hunter", "September. ⟦PERSON|Hunter⟧")),
    ("recommendation_letter", "it", """Traduci in inglese questa lettera di referenze:

Si attesta che la sig.ra ⟦PERSON|Maria Grazia Esposito⟧, nata a ⟦LOCATION|Caserta⟧ il ⟦DATE_TIME|23/07/1987⟧, ha lavorato presso il nostro studio come assistente alla poltrona dal 2015 al 2025. Ha sempre mostrato grande professionalità. Per qualsiasi informazione: ⟦PERSON|dott. Pasquale Iorio⟧, tel. ⟦PHONE_NUMBER|0823 451 209⟧."""
     .replace("⟦PERSON|dott. Pasquale Iorio⟧", "dott. ⟦PERSON|Pasquale Iorio⟧")),
    ("legal_letter", "en", """Explain this letter to me in plain English, what do I actually have to do?

⟦PERSON|HARROWGATE & PIKE⟧ SOLICITORS
Our ref: CJ/4471/26

Dear ⟦PERSON|Ms Okafor⟧,
Re: ⟦STREET_ADDRESS|Flat 9, Alder Court, 31 Mill Lane⟧, ⟦LOCATION|Reading⟧ ⟦ZIP_CODE|RG1 6EQ⟧
We act for your landlord, ⟦PERSON|Mr Clive Pemberton⟧. Rent arrears of £2,340.00 are outstanding. Unless paid within 14 days, our client will serve a Section 8 notice."""
     .replace("⟦PERSON|HARROWGATE & PIKE⟧", "HARROWGATE & PIKE").replace("⟦PERSON|Ms Okafor⟧", "Ms ⟦PERSON|Okafor⟧")
     .replace("⟦PERSON|Mr Clive Pemberton⟧", "Mr ⟦PERSON|Clive Pemberton⟧")),
    ("legal_letter", "fr", """Peux-tu m'expliquer ce courrier d'huissier ? Je ne comprends pas ce que je risque.

Commissaire de justice – Étude Marchal
Signification à : Monsieur ⟦PERSON|Yannick Le Goff⟧, né le ⟦DATE_TIME|02/06/1979⟧ à ⟦LOCATION|Quimper⟧, demeurant ⟦STREET_ADDRESS|14 bis rue de Siam⟧, ⟦ZIP_CODE|29200⟧ ⟦LOCATION|Brest⟧.
Objet : injonction de payer la somme de 3 412,18 € au profit de la SA Cofidis."""),
    ("police_report", "en", """Help me write a clearer statement for the insurance, based on my police report:

Incident no. 2611-0847
Reporting person: ⟦PERSON|Faith Mwangi⟧, ⟦AGE|34⟧, of ⟦STREET_ADDRESS|27 Ashdown Rd⟧, ⟦LOCATION|Croydon⟧
Vehicle: VW Golf. Driving licence ⟦DRIVER_LICENSE|MWANG853154FA9AB⟧ produced at scene
At approx 22:40 on 19/11 the reporting person found the rear window smashed and a laptop bag taken. No witnesses."""),
    ("police_report", "pt", """Me ajuda a reescrever esse boletim de ocorrência em linguagem mais clara?

BO nº 4471/2026 – 14ª DP
Vítima: ⟦PERSON|Edivaldo Santos Nascimento⟧, ⟦AGE|52⟧ anos, CPF ⟦BR_CPF|866.057.214-97⟧
Residente: ⟦STREET_ADDRESS|Rua Barão de Mesquita 880, casa 3⟧, Tijuca, ⟦LOCATION|Rio de Janeiro⟧
Relato: a vítima informa que teve seu celular subtraído por dois indivíduos em motocicleta na Praça Saens Peña."""),
    ("travel_booking", "en", """Is my flight itinerary right? I think the connection is too short.

BOOKING REF: QX7T2L
Passenger 1: ⟦PERSON|MS NGUYEN THI HOA⟧ – passport ⟦PASSPORT|C8841027⟧ (VNM), DOB ⟦DATE_TIME|1994-06-18⟧
Passenger 2: ⟦PERSON|MR LARSEN ERIK⟧ – passport ⟦PASSPORT|FP4471902⟧ (NOR)
SGN–DOH QR971 01DEC 00:20 / DOH–CPH QR161 01DEC 07:35
Contact: ⟦EMAIL_ADDRESS|hoa.nguyen.larsen@gmail.com⟧ / ⟦PHONE_NUMBER|+45 26 88 14 03⟧"""
     .replace("⟦PERSON|MS NGUYEN THI HOA⟧", "MS ⟦PERSON|NGUYEN THI HOA⟧").replace("⟦PERSON|MR LARSEN ERIK⟧", "MR ⟦PERSON|LARSEN ERIK⟧")),
    ("travel_booking", "nl", """Kun je voor me checken of dit klopt voor de reis naar Lissabon?

Boekingsbevestiging TUI – reisnummer 88213904
Hoofdboeker: ⟦PERSON|dhr. R.J. (Ruud) Kooistra⟧
Reizigers: ⟦PERSON|Ruud Kooistra⟧ (⟦DATE_TIME|12-01-1966⟧), ⟦PERSON|Hennie Kooistra-Bakker⟧ (⟦DATE_TIME|30-08-1968⟧)
Bijzonderheden: rolstoelassistentie op Schiphol i.v.m. ⟦MEDICAL_CONDITION|COPD⟧ van mevr. Kooistra
Betaald met creditcard ⟦CREDIT_CARD|2418 1570 6394 5000⟧"""
     .replace("⟦PERSON|dhr. R.J. (Ruud) Kooistra⟧", "dhr. ⟦PERSON|R.J. (Ruud) Kooistra⟧")
     .replace("mevr. Kooistra", "mevr. ⟦PERSON|Kooistra⟧")),
    ("boarding_pass", "en", """I photographed my boarding pass, the OCR came out like this. What gate and seat am I?

BOARDING PASS  ⟦PERSON|ABERNETHY/CALLUM⟧ MR
FROM EDINBURGH TO AMSTERDAM  KL1282
DATE 02DEC  GATE A14  SEAT 17C  BOARDING 06:45
M1⟦PERSON|ABERNETHY/CALLUM⟧     EQX7TLM EDIAMSKL 1282 336Y017C0041 100"""),
]
