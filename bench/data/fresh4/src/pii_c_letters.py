"""Batch C (pii): letters to agencies, landlords and schools; court extracts; viewings; HR
screening and reviews; adjuster notes; classifieds; lost-and-found; neighbourhood posts;
'reply to / translate this' wrappers; a few long pastes. Written by hand."""

PII = [
("letter_agency", "en", """Can you make this letter to the council sound firmer?

Dear Sir/Madam,
I am writing about my Blue Badge renewal (ref BB/22/0914). I have ⟦MEDICAL_CONDITION|multiple sclerosis⟧ and cannot walk more than 50 metres. My details: ⟦PERSON|Precious Adjei⟧, ⟦STREET_ADDRESS|7 Honeysuckle Court⟧, ⟦LOCATION|Luton⟧ ⟦ZIP_CODE|LU4 9GH⟧, NI number ⟦UK_NINO|AG 25 62 19 C⟧.
Yours faithfully"""),

("letter_agency", "fr", """Relis ce courrier à la CAF et corrige les fautes :
Madame, Monsieur,
Je soussignée ⟦PERSON|Sandrine Lefèvre⟧, demeurant ⟦STREET_ADDRESS|Résidence Les Tilleuls, bât. C, 14 rue Jean-Jaurès⟧, ⟦ZIP_CODE|59300⟧ ⟦LOCATION|Valenciennes⟧, numéro de sécurité sociale ⟦FR_NIR|2 95 12 13 009 362 80⟧, conteste le calcul de mon APL pour octobre.
Veuillez agréer…"""),

("letter_agency", "de", """Formuliere bitte einen Widerspruch ans Finanzamt aus meinen Stichpunkten:
- ich: ⟦PERSON|Kerstin Sommer⟧, Steuer-ID ⟦DE_TAX_ID|61890327584⟧
- Bescheid vom 28.10. für 2025
- Fahrtkosten nicht anerkannt, ich fahre 47 km einfach
- Adresse: ⟦STREET_ADDRESS|Ringstraße 3⟧, ⟦ZIP_CODE|36037⟧ ⟦LOCATION|Fulda⟧"""),

("letter_landlord", "en", """help me reply to my landlord, he wants to come in tomorrow without notice. im ⟦PERSON|aisha rahman⟧, flat 4 at ⟦STREET_ADDRESS|22 Princes Road⟧. his name is ⟦PERSON|Derek Holt⟧. i work nights bc of my ⟦MEDICAL_CONDITION|epilepsy⟧ meds schedule so mornings are bad"""),

("letter_landlord", "es", """Ayúdame a contestar al casero, quiere subirme el alquiler un 15 %:
«Estimado Sr. ⟦PERSON|Quesada⟧: le escribo como inquilina de la vivienda sita en ⟦STREET_ADDRESS|C/ Sagunto 41, 2º B⟧, ⟦ZIP_CODE|46009⟧ ⟦LOCATION|Valencia⟧…» Firmado: ⟦PERSON|Marta Ibáñez Roig⟧, NIE ⟦ES_NIE|Z8906501D⟧."""),

("letter_school", "it", """Mi correggi questa giustificazione per la scuola?
Io sottoscritta ⟦PERSON|Francesca Rinaldi⟧, madre dell'alunno ⟦PERSON|Tommaso Rinaldi⟧ della classe 2ªA, giustifico l'assenza dal 3 al 7 novembre per ⟦MEDICAL_CONDITION|mononucleosi⟧. Recapito: ⟦PHONE_NUMBER|333 418 2907⟧."""),

("letter_school", "nl", """Kun je deze mail aan de mentor vriendelijker maken?
Beste mevrouw ⟦PERSON|Jansen⟧, ⟦PERSON|Lieke⟧ is deze week thuis omdat ze ⟦MEDICAL_CONDITION|een paniekaanval⟧ had in de klas. We zijn bij de huisarts geweest. Groet, ⟦PERSON|Ruud Verbeek⟧ (⟦PHONE_NUMBER|06-41829730⟧)"""),

("court_extract", "en", """Summarise this tribunal extract in plain language:

EMPLOYMENT TRIBUNALS — Case No: 2204417/2026
Claimant: Mr ⟦PERSON|Adebowale Sanusi⟧
Respondent: Harcourt Logistics Ltd
1. The claimant, who has ⟦MEDICAL_CONDITION|type 2 diabetes⟧ and ⟦MEDICAL_CONDITION|diabetic retinopathy⟧, complains of failure to make reasonable adjustments.
2. The claimant's line manager, Ms ⟦PERSON|Tracey Bolt⟧, accepted in evidence that she had been told of the condition in March."""),

("court_extract", "pt", """Resume este excerto da sentença:
Processo n.º 1842/25.3T8LSB — Autora: ⟦PERSON|Maria da Conceição Rebelo⟧, NIF ⟦PT_NIF|288308220⟧, residente na ⟦STREET_ADDRESS|Rua Morais Soares, 112, 3.º Esq.⟧, ⟦ZIP_CODE|1900-345⟧ ⟦LOCATION|Lisboa⟧. Réu: ⟦PERSON|Joaquim Abreu Valente⟧. Pedido: restituição da caução de 1.800 €."""),

("real_estate_viewing", "en", """Draft a follow-up email to everyone who viewed the flat:
Sat viewings — 2-bed, 3rd floor
10:00 ⟦PERSON|Hunter Mackay⟧ ⟦PHONE_NUMBER|07812 440 195⟧ — keen, has a dog
10:30 ⟦PERSON|Lin Wei⟧ + partner, ⟦EMAIL_ADDRESS|linwei.uk@gmail.com⟧
11:00 no-show
11:30 ⟦PERSON|Bogdan Ionescu⟧ ⟦PHONE_NUMBER|07391 226 804⟧ — asked about parking"""),

("real_estate_viewing", "fr", """Fais-moi un tableau des visites :
Visite 18h — M. et Mme ⟦PERSON|Diallo⟧, ⟦PHONE_NUMBER|07 58 22 91 40⟧, dossier Visale
Visite 18h30 — ⟦PERSON|Théo Garnier⟧, étudiant, garant : son père
Visite 19h — ⟦PERSON|Yasmine Chérif⟧, ⟦EMAIL_ADDRESS|yasmine.cherif@free.fr⟧"""),

("job_screening", "en", """Turn these phone-screen notes into a scorecard:
Candidate: ⟦PERSON|Destiny Oyelaran⟧ (⟦EMAIL_ADDRESS|d.oyelaran@proton.me⟧)
- 6 yrs data eng, Spark/Airflow, strong
- mentioned she's ⟦MEDICAL_CONDITION|5 months pregnant⟧, wants start after leave (irrelevant to decision — remove?)
- salary exp 85k, notice 1 month"""),

("job_screening", "de", """Mach daraus eine kurze Absage-Mail:
Bewerber: ⟦PERSON|Lukas Brandstätter⟧, ⟦AGE|52⟧, ⟦EMAIL_ADDRESS|l.brandstaetter@gmx.at⟧
Notiz: fachlich ok, aber Team sucht eher Junior; im Gespräch ⟦MEDICAL_CONDITION|Schwerbehinderung (GdB 60)⟧ erwähnt."""),

("performance_review", "en", """Make this performance review more constructive:
Employee: ⟦PERSON|Cliff Amankwah⟧ — Q3
Missed 3 sprint deadlines. Has been off twice with ⟦MEDICAL_CONDITION|migraines⟧, and told HR about ⟦MEDICAL_CONDITION|burnout⟧ in August. Peer feedback from ⟦PERSON|Joy Barnes⟧ is positive about his mentoring."""),

("performance_review", "es", """Reescribe esta evaluación en tono profesional:
Empleada: ⟦PERSON|Carmen Vidal Soler⟧. Cumple objetivos, pero ha faltado mucho desde su ⟦MEDICAL_CONDITION|baja por depresión⟧. Su responsable, ⟦PERSON|Sergio Montes⟧, pide revisar su jornada."""),

("adjuster_notes", "en", """Write a claim decision letter from these adjuster notes:
Claim CL-55821-H. Insured: ⟦PERSON|Rose Kittredge⟧, DOB ⟦DATE_TIME|08/22/1969⟧, ⟦STREET_ADDRESS|4410 Bluebonnet Ln⟧, ⟦LOCATION|Tulsa, OK⟧ ⟦ZIP_CODE|74135⟧.
Hail damage to roof confirmed. Insured states she could not climb to inspect due to ⟦MEDICAL_CONDITION|hip replacement⟧ in June. Contractor quote $14,200."""),

("adjuster_notes", "it", """Riassumi la perizia in 3 punti:
Assicurato: ⟦PERSON|Alberto Sanna⟧, ⟦STREET_ADDRESS|via Roma 214, scala B, int. 5⟧, ⟦ZIP_CODE|09125⟧ ⟦LOCATION|Cagliari⟧. Infiltrazione dal piano superiore (sig. ⟦PERSON|Piras⟧). Danno stimato 3.400 €. IBAN per liquidazione: ⟦IBAN_CODE|IT37S6987408730941001410258⟧."""),

("classified_ad", "en", """Improve this ad for Facebook Marketplace:
selling my late dad's tools, table saw + drill press, collection only from ⟦STREET_ADDRESS|88 Brook Lane⟧ ⟦LOCATION|Stourbridge⟧. text ⟦PERSON|Bev⟧ on ⟦PHONE_NUMBER|07954 310 227⟧ no timewasters"""),

("classified_ad", "pt", """melhora esse anúncio da OLX pra mim: vendo berço de madeira + carrinho, pouco uso. retirar no ⟦LOCATION|Méier⟧, zap ⟦PHONE_NUMBER|(21) 98844-3107⟧ falar com ⟦PERSON|Dayane⟧"""),

("lost_found", "nl", """Kun je dit bericht voor de buurtapp korter maken?
GEVONDEN: portemonnee bij de Jumbo. Naam op pasje: ⟦PERSON|W. Tjon-A-Fong⟧, rijbewijs, OV-kaart. Ophalen bij ⟦PERSON|Marloes⟧, ⟦STREET_ADDRESS|Tulpstraat 16⟧, of bel ⟦PHONE_NUMBER|06 2837 4419⟧."""),

("lost_found", "en", """reword this for the lost & found board: found a green Nalgene bottle in the library with an ⟦MEDICAL_CONDITION|EpiPen⟧ and a sticker "⟦PERSON|Grace Liang⟧, room 214, ⟦PHONE_NUMBER|617-304-8892⟧". handed in at front desk"""),

("neighbourhood_post", "de", """Mach den Post für die Nachbarschafts-Gruppe freundlicher:
Wer parkt ständig vor der Einfahrt ⟦STREET_ADDRESS|Eichendorffweg 12⟧? Ich bin ⟦PERSON|Uwe Koch⟧, meine Frau ist ⟦MEDICAL_CONDITION|Dialysepatientin⟧ und muss dreimal die Woche um 6 Uhr raus!!"""),

("neighbourhood_post", "es", """Corrige este mensaje para el grupo de vecinos: se busca a Don ⟦PERSON|Anselmo⟧ del 3ºA, ⟦AGE|83⟧ años, tiene ⟦MEDICAL_CONDITION|alzhéimer⟧ y salió sin móvil. Si lo veis llamad a su hija ⟦PERSON|Pilar⟧ al ⟦PHONE_NUMBER|622 914 085⟧."""),

("reply_to_this", "en", """Reply to this politely and say we can't give refunds after 30 days:

"Hi, my name is ⟦PERSON|Lachlan O'Rourke⟧, I bought the standing desk on 2 Sept. It wobbles. I live at ⟦STREET_ADDRESS|16/204 Bourke St⟧, ⟦LOCATION|Surry Hills NSW⟧ ⟦ZIP_CODE|2010⟧ and my number is ⟦PHONE_NUMBER|0421 775 309⟧. Please sort this out.\""""),

("translate_this", "fr", """Traduis en anglais pour l'agence d'intérim :
« Bonjour, je suis ⟦PERSON|Moussa Traoré⟧, né le ⟦DATE_TIME|15/01/1994⟧ à ⟦LOCATION|Bamako⟧. Je cherche un poste de cariste à ⟦LOCATION|Lyon⟧. Mon numéro : ⟦PHONE_NUMBER|07 66 20 14 93⟧. »"""),

("translate_this", "it", """Traduci in inglese per il medico in Germania: «Mi chiamo ⟦PERSON|Elena Marchi⟧, ho ⟦AGE|38⟧ anni, soffro di ⟦MEDICAL_CONDITION|celiachia⟧ e di ⟦MEDICAL_CONDITION|tiroidite di Hashimoto⟧, prendo ⟦MEDICAL_CONDITION|Eutirox⟧ 75.»"""),

("long_school_email", "en", """Summarise this email chain into action items, and who owns each:

From: ⟦PERSON|Joanna Przybylska⟧ <⟦EMAIL_ADDRESS|joanna.przybylska@hollowayprimary.org.uk⟧>
Sent: 9 November 2026 19:44
To: ⟦PERSON|Mark Ellison⟧
Subject: RE: Year 3 trip — medical needs

Hi ⟦PERSON|Mark⟧,

Thanks for pulling the list together. Just to confirm the children with medical needs for Thursday's trip to the Natural History Museum:

- ⟦PERSON|Amara Chukwu⟧ — ⟦MEDICAL_CONDITION|type 1 diabetes⟧, insulin pump; her mum ⟦PERSON|Ifeoma⟧ has offered to come as a helper (⟦PHONE_NUMBER|07723 904 118⟧).
- ⟦PERSON|Oscar Lindqvist⟧ — ⟦MEDICAL_CONDITION|severe peanut allergy⟧, two auto-injectors in the red bag.
- ⟦PERSON|Rayan Haddou⟧ — ⟦MEDICAL_CONDITION|asthma⟧, blue inhaler, usually fine but the stairs at South Kensington set him off last year.
- ⟦PERSON|Evie Cartwright⟧ — ⟦MEDICAL_CONDITION|autism⟧; needs ear defenders and a quiet spot at lunch. Dad (⟦PERSON|Neil⟧) says she'll manage the Tube if she can sit by the door.

Can you make sure the first-aid trained adults are split across the groups? I've put myself with ⟦PERSON|Amara⟧'s group.

Also, the coach company still needs a named lead and a mobile number for the day — can you send them yours?

Thanks,
⟦PERSON|Joanna⟧

-----Original Message-----
From: ⟦PERSON|Mark Ellison⟧ <⟦EMAIL_ADDRESS|m.ellison@hollowayprimary.org.uk⟧>
Sent: 9 November 2026 16:02
Subject: Year 3 trip — medical needs

⟦PERSON|Jo⟧, I've pulled the care plans. Four kids with something to note, list attached. ⟦PERSON|Mark⟧"""),

("long_owners_minutes", "de", """Kannst du aus diesem Protokoll der Eigentümerversammlung die Beschlüsse herausziehen?

Protokoll der ordentlichen Eigentümerversammlung WEG ⟦STREET_ADDRESS|Kastanienallee 41⟧, ⟦ZIP_CODE|10435⟧ ⟦LOCATION|Berlin⟧
Datum: 12.11.2026, Beginn 19:05 Uhr
Anwesend: ⟦PERSON|Hannelore Beck⟧ (WE 1), Dr. ⟦PERSON|Olaf Wendt⟧ (WE 3), ⟦PERSON|Ayşe Demir⟧ (WE 4), ⟦PERSON|Jonas Lindner⟧ (WE 6, zugleich Vollmacht für Familie ⟦PERSON|Kraus⟧, WE 7)
Verwalterin: ⟦PERSON|Petra Hollmann⟧

TOP 1: Dachsanierung. Angebot Fa. Brüggemann 84.300 €. Beschluss: angenommen, 5 Ja, 1 Enthaltung.
TOP 2: Aufzug. Frau ⟦PERSON|Beck⟧ weist darauf hin, dass sie seit ihrer ⟦MEDICAL_CONDITION|Knie-OP⟧ die Treppe nicht mehr schafft und ihr Mann ⟦MEDICAL_CONDITION|Rollstuhlfahrer⟧ ist. Herr ⟦PERSON|Lindner⟧ schlägt Sonderumlage vor. Beschluss vertagt.
TOP 3: Hausgeldrückstände. WE 4 (Frau ⟦PERSON|Demir⟧) im Rückstand mit 1.240 €; Ratenzahlung vereinbart, Einzug von ⟦IBAN_CODE|DE37 3704 0044 4417 0938 26⟧ zum 1. jeden Monats.
TOP 4: Verschiedenes. Herr ⟦PERSON|Wendt⟧ bittet, Fahrräder nicht im Flur abzustellen.
Ende 21:20 Uhr. Protokoll: ⟦PERSON|P. Hollmann⟧"""),
]
