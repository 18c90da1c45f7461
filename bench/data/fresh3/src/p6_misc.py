# Hand-written pii prompts: addresses, names in odd layouts, tenancy, payroll, school, long pastes.
PII = [
    ("address_label", "en", """Format these as shipping labels (Avery 3x7):

⟦PERSON|Hope Whitaker⟧
⟦STREET_ADDRESS|1187 Sycamore Hollow Rd⟧
⟦LOCATION|Asheville, NC⟧ ⟦ZIP_CODE|28803⟧

⟦PERSON|Mr. & Mrs. Dang⟧
⟦STREET_ADDRESS|40 Quincy St, Apt 3R⟧
⟦LOCATION|Brooklyn, NY⟧ ⟦ZIP_CODE|11238⟧

⟦PERSON|Sky Lindgren⟧
⟦STREET_ADDRESS|PO Box 2271⟧
⟦LOCATION|Juneau, AK⟧ ⟦ZIP_CODE|99803⟧""".replace("⟦PERSON|Mr. & Mrs. Dang⟧", "Mr. & Mrs. ⟦PERSON|Dang⟧")),
    ("address_label", "fr", """Mets ces adresses au format La Poste pour les faire-part :
⟦PERSON|Famille Ndiaye-Rousseau⟧ ⟦STREET_ADDRESS|12 rue Oberkampf⟧ ⟦ZIP_CODE|75011⟧ ⟦LOCATION|Paris⟧
⟦PERSON|M. et Mme Vasseur⟧, ⟦STREET_ADDRESS|Résidence Les Pins, bât. C, 3 chemin de la Garenne⟧, ⟦ZIP_CODE|13009⟧ ⟦LOCATION|Marseille⟧
⟦PERSON|Tante Odile⟧ – ⟦STREET_ADDRESS|La Grange, lieu-dit Le Bourg⟧, ⟦ZIP_CODE|24200⟧ ⟦LOCATION|Sarlat-la-Canéda⟧"""
     .replace("⟦PERSON|Famille Ndiaye-Rousseau⟧", "Famille ⟦PERSON|Ndiaye-Rousseau⟧")
     .replace("⟦PERSON|M. et Mme Vasseur⟧", "M. et Mme ⟦PERSON|Vasseur⟧").replace("⟦PERSON|Tante Odile⟧", "Tante ⟦PERSON|Odile⟧")),
    ("address_label", "nl", "Stuur jij het cadeau naar ⟦PERSON|Femke⟧? Haar adres is ⟦STREET_ADDRESS|Keizersgracht 412-II⟧, ⟦ZIP_CODE|1016 GC⟧ ⟦LOCATION|Amsterdam⟧. Schrijf even een kaartje in het Engels, zij spreekt geen Nederlands meer na 10 jaar Canada, haha."),
    ("address_label", "it", "Scrivimi una lettera di disdetta del contratto Fastweb. Intestatario ⟦PERSON|Alessio Rinaldi⟧, ⟦STREET_ADDRESS|Via Nizza 152, scala B, int. 9⟧, ⟦ZIP_CODE|10126⟧ ⟦LOCATION|Torino⟧, codice cliente 4471902."),
    ("address_label", "es", "¿Cómo pongo bien la dirección en un sobre para Argentina? Es para mi abuela ⟦PERSON|Hortensia Bustamante⟧, ⟦STREET_ADDRESS|Av. Corrientes 3247, piso 5, dto. B⟧, ⟦ZIP_CODE|C1193AAE⟧ ⟦LOCATION|Buenos Aires⟧."),
    ("address_label", "pt", "Corrige a morada para eu pôr na encomenda: ⟦PERSON|Sr. Domingos Farinha⟧, ⟦STREET_ADDRESS|Trav. do Carregal, nº 8, r/c esq⟧, ⟦ZIP_CODE|3000-114⟧ ⟦LOCATION|Coimbra⟧. Telemóvel ⟦PHONE_NUMBER|912 447 830⟧.".replace("⟦PERSON|Sr. Domingos Farinha⟧", "Sr. ⟦PERSON|Domingos Farinha⟧")),
    ("names_ordinary_words", "en", """who should sit where? seating plan draft:
table 1: Faith, Hope, Grant, Will (the bride's side)
table 2: Rusty, Dawn, Cliff and Summer from the office
Mark is vegan, Cliff's wife can't do nuts.""".replace("Faith", "⟦PERSON|Faith⟧").replace("Hope", "⟦PERSON|Hope⟧")
     .replace("Grant", "⟦PERSON|Grant⟧").replace("Will (", "⟦PERSON|Will⟧ (").replace("Rusty", "⟦PERSON|Rusty⟧")
     .replace("Dawn", "⟦PERSON|Dawn⟧").replace("Cliff and", "⟦PERSON|Cliff⟧ and").replace("Summer", "⟦PERSON|Summer⟧")
     .replace("Mark is", "⟦PERSON|Mark⟧ is").replace("Cliff's wife", "⟦PERSON|Cliff⟧'s wife")),
    ("names_ordinary_words", "de", "Kannst du die Liste alphabetisch sortieren? Sommer, Jana; Winter, Paul; Koch, Lea; Fuchs, Ben; Schmied, Helga; Vogel, Amira".replace("Sommer, Jana", "⟦PERSON|Sommer, Jana⟧")
     .replace("Winter, Paul", "⟦PERSON|Winter, Paul⟧").replace("Koch, Lea", "⟦PERSON|Koch, Lea⟧").replace("Fuchs, Ben", "⟦PERSON|Fuchs, Ben⟧")
     .replace("Schmied, Helga", "⟦PERSON|Schmied, Helga⟧").replace("Vogel, Amira", "⟦PERSON|Vogel, Amira⟧")),
    ("names_many_cultures", "en", """Sort this volunteer rota by shift:

Sat AM – ⟦PERSON|Nguyễn Văn Minh⟧, ⟦PERSON|Olusegun Bankole⟧
Sat PM – ⟦PERSON|Zeynep Kaya⟧, ⟦PERSON|Tāne Rangihuna⟧
Sun AM – ⟦PERSON|Bogdan Szczepański⟧, ⟦PERSON|Aiyana Redcloud⟧
Sun PM – ⟦PERSON|Chen Xiaoling⟧, ⟦PERSON|Siddharth Iyer⟧
Backup: ⟦PERSON|Mbali Dlamini⟧ ⟦PHONE_NUMBER|+27 82 419 3306⟧"""),
    ("names_email_usernames", "en", """which of these accounts haven't logged in for 90 days? (export from Okta)

login,last_login
⟦EMAIL_ADDRESS|sigrun.haldorsdottir@nordvik.is⟧,2026-11-27
⟦EMAIL_ADDRESS|b.okeke@nordvik.is⟧,2026-06-02
⟦EMAIL_ADDRESS|tcampbell@nordvik.is⟧,2026-11-30
admin@nordvik.is,2026-11-29
⟦EMAIL_ADDRESS|yusuf.demirci@nordvik.is⟧,2026-07-19"""),
    ("names_all_caps", "es", """Pásame estos nombres a formato "Nombre Apellido" con mayúscula inicial:
GARCÍA-ALCÁNTARA, JUAN PABLO
NÚÑEZ DEL RÍO, MARÍA JOSÉ
OYARZÁBAL ETXEBERRIA, IKER
DE LOS SANTOS, ESPERANZA""".replace("GARCÍA-ALCÁNTARA, JUAN PABLO", "⟦PERSON|GARCÍA-ALCÁNTARA, JUAN PABLO⟧")
     .replace("NÚÑEZ DEL RÍO, MARÍA JOSÉ", "⟦PERSON|NÚÑEZ DEL RÍO, MARÍA JOSÉ⟧")
     .replace("OYARZÁBAL ETXEBERRIA, IKER", "⟦PERSON|OYARZÁBAL ETXEBERRIA, IKER⟧").replace("DE LOS SANTOS, ESPERANZA", "⟦PERSON|DE LOS SANTOS, ESPERANZA⟧")),
    ("tenancy", "en", """Check this tenancy agreement clause for anything unfair:

THIS AGREEMENT is made on 1 December 2026 between ⟦PERSON|Gerald Tunstall⟧ ("the Landlord") of ⟦STREET_ADDRESS|The Old Forge, Church Lane⟧, ⟦LOCATION|Little Wittenham⟧ ⟦ZIP_CODE|OX14 4RA⟧ and ⟦PERSON|Precious Mutasa⟧ and ⟦PERSON|Joel Mutasa⟧ ("the Tenants") in respect of ⟦STREET_ADDRESS|22 Brook Street⟧, ⟦LOCATION|Wallingford⟧ ⟦ZIP_CODE|OX10 8BT⟧.
7.3 The Tenants shall not keep pets, have guests overnight for more than two nights, or hang washing in the garden.
7.4 The deposit of £1,650 shall be held by the Landlord personally."""),
    ("tenancy", "de", """Ist diese Nebenkostenabrechnung plausibel? Auszug:

Mieter: ⟦PERSON|Familie Kowalczyk⟧, ⟦STREET_ADDRESS|Hinterhaus, 3. OG links, Sonnenallee 221⟧, ⟦ZIP_CODE|12059⟧ ⟦LOCATION|Berlin⟧
Abrechnungszeitraum 01.01.–31.12.2025
Heizung 1.412,80 € | Wasser 388,20 € | Müll 144,00 € | Hauswart 310,00 €
Vorauszahlungen 1.800,00 € → Nachzahlung 455,00 €
Vermieter: ⟦PERSON|Reinhold Ebersbach⟧, Konto ⟦IBAN_CODE|DE60579137853479335038⟧""".replace("⟦PERSON|Familie Kowalczyk⟧", "Familie ⟦PERSON|Kowalczyk⟧")),
    ("real_estate", "pt", """Escreve um anúncio atraente com base nestes dados (tira os dados pessoais do proprietário!):

Apartamento T2, ⟦STREET_ADDRESS|Rua de Cedofeita 402, 3.º Frente⟧, ⟦ZIP_CODE|4050-174⟧ ⟦LOCATION|Porto⟧
82 m², varanda, elevador, certificado energético B
Proprietário: ⟦PERSON|Henrique Vasconcelos Tavares⟧, NIF ⟦PT_NIF|164715070⟧, tlm ⟦PHONE_NUMBER|934 118 207⟧
Preço: 295.000 €"""),
    ("real_estate", "en", """Write a listing from this — but keep out the seller's details:
3 bed semi, 58 Hollybush Road, Cardiff CF23 6TA. South garden, new boiler 2024. Vendor: Mrs Eirlys Prosser (going into care, dementia), son Gareth handling sale 07812 334 901. Asking £265k."""
     .replace("58 Hollybush Road", "⟦STREET_ADDRESS|58 Hollybush Road⟧").replace("Cardiff CF23 6TA", "⟦LOCATION|Cardiff⟧ ⟦ZIP_CODE|CF23 6TA⟧")
     .replace("Eirlys Prosser", "⟦PERSON|Eirlys Prosser⟧").replace("dementia", "⟦MEDICAL_CONDITION|dementia⟧")
     .replace("son Gareth", "son ⟦PERSON|Gareth⟧").replace("07812 334 901", "⟦PHONE_NUMBER|07812 334 901⟧")),
    ("payroll", "fr", """Vérifie ce bulletin de paie, le net me paraît faux :

Salarié : ⟦PERSON|BOUCHAREB Yanis⟧ – Matricule 00871
N° SS : ⟦FR_NIR|1 71 11 69 874 314 66⟧
Emploi : technicien de maintenance, coefficient 240
Salaire de base 2 310,00 €
Heures sup. 25 % : 8 h → 142,12 €
Absence ⟦MEDICAL_CONDITION|maladie⟧ du 03/11 au 07/11 : -412,50 €
Net à payer : 1 602,44 €
Virement sur ⟦IBAN_CODE|FR92 1873 0230 9736 7964 7638 690⟧"""),
    ("payroll", "nl", """Kun je deze loonstrook uitleggen? Ik snap de loonheffingskorting niet.

Werknemer: ⟦PERSON|L.M. (Lieke) Janssen⟧
BSN: ⟦NL_BSN|263070529⟧
Geboortedatum: ⟦DATE_TIME|14-02-1997⟧
Bruto salaris € 3.150,00
Loonheffing € 512,40
Netto € 2.441,16 naar ⟦IBAN_CODE|NL08 AZOL 3465 0487 54⟧"""),
    ("payroll", "es", "Mi nómina de noviembre pone 'IT contingencias comunes' y me han quitado 300 €. Estuve de baja por una ⟦MEDICAL_CONDITION|lumbalgia⟧ 9 días. Mi nombre es ⟦PERSON|Sergio Manzano⟧ y mi NIF ⟦ES_NIF|66255949X⟧. ¿Es correcto el descuento?"),
    ("school_report", "en", """Help me write a kinder version of this end-of-term comment:

Pupil: ⟦PERSON|Reggie Osei-Tutu⟧, 4B
Reggie's behaviour has been poor this term. He is frequently off task and distracts others. His ⟦MEDICAL_CONDITION|dyspraxia⟧ is not an excuse for his handwriting. Attendance 87%.
Class teacher: ⟦PERSON|Mrs J. Crabtree⟧""".replace("Reggie's behaviour", "⟦PERSON|Reggie⟧'s behaviour").replace("⟦PERSON|Mrs J. Crabtree⟧", "Mrs ⟦PERSON|J. Crabtree⟧")),
    ("school_report", "it", """Riscrivi il giudizio in modo più costruttivo:

Alunno: ⟦PERSON|Pietro Lombardi⟧ – classe 2ªC
Pietro, alunno con ⟦MEDICAL_CONDITION|DSA⟧ (⟦MEDICAL_CONDITION|discalculia⟧) certificato, fatica in matematica e non usa gli strumenti compensativi. Spesso assente il lunedì.""".replace("Pietro, alunno", "⟦PERSON|Pietro⟧, alunno")),
    ("school_report", "de", "Zeugnisbemerkung für ⟦PERSON|Leonie⟧ (Klasse 3a) umformulieren, bitte positiver: „Leonie hat aufgrund ihrer ⟦MEDICAL_CONDITION|Lese-Rechtschreib-Schwäche⟧ große Probleme beim Diktat und wirkt im Unterricht oft abwesend.“".replace("„Leonie hat", "„⟦PERSON|Leonie⟧ hat")),
    ("incident_report", "en", """Turn this into a formal workplace incident report:

27/11 approx 15:20, warehouse aisle 7. Forklift driver ⟦PERSON|Kyle Nakamura-Price⟧ reversed into racking, pallet fell. ⟦PERSON|Agnieszka Nowak⟧ (picker, badge 3318) hit on left shoulder — ⟦MEDICAL_CONDITION|suspected fractured clavicle⟧, taken to A&E by ⟦PERSON|Tom⟧ (first aider). Kyle says reversing alarm wasn't working.""".replace("Kyle says", "⟦PERSON|Kyle⟧ says")),
    ("incident_report", "fr", "Rédige un rapport d'incident : le 26/11 en salle de sport du collège, ⟦PERSON|Enzo Garnier⟧ (4e B, ⟦AGE|13⟧ ans) a fait un ⟦MEDICAL_CONDITION|malaise⟧ pendant l'échauffement. Il est ⟦MEDICAL_CONDITION|asthmatique⟧ et n'avait pas sa Ventoline. Les pompiers ont été appelés par ⟦PERSON|Mme Roussel⟧.".replace("⟦PERSON|Mme Roussel⟧", "Mme ⟦PERSON|Roussel⟧")),
    ("crm_export", "en", """Dedupe this CRM export, same person might appear twice:

id;first;last;email;phone;city
1;Ngozi;Eze;ngozi.eze@gmail.com;+44 7911 203 448;Manchester
2;NGOZI;EZE-WALKER;n.ezewalker@outlook.com;07911203448;Salford
3;Pádraig;Ó Súilleabháin;paddy.os@eircom.net;+353 86 102 7743;Cork"""
     .replace("1;Ngozi;Eze;ngozi.eze@gmail.com;+44 7911 203 448;Manchester", "1;⟦PERSON|Ngozi⟧;⟦PERSON|Eze⟧;⟦EMAIL_ADDRESS|ngozi.eze@gmail.com⟧;⟦PHONE_NUMBER|+44 7911 203 448⟧;⟦LOCATION|Manchester⟧")
     .replace("2;NGOZI;EZE-WALKER;n.ezewalker@outlook.com;07911203448;Salford", "2;⟦PERSON|NGOZI⟧;⟦PERSON|EZE-WALKER⟧;⟦EMAIL_ADDRESS|n.ezewalker@outlook.com⟧;⟦PHONE_NUMBER|07911203448⟧;⟦LOCATION|Salford⟧")
     .replace("3;Pádraig;Ó Súilleabháin;paddy.os@eircom.net;+353 86 102 7743;Cork", "3;⟦PERSON|Pádraig⟧;⟦PERSON|Ó Súilleabháin⟧;⟦EMAIL_ADDRESS|paddy.os@eircom.net⟧;⟦PHONE_NUMBER|+353 86 102 7743⟧;⟦LOCATION|Cork⟧")),
    ("crm_export", "de", """Kannst du aus dem Export eine Serienbrief-Tabelle machen?

{"kunden":[{"anrede":"Frau","name":"⟦PERSON|Ursula Plötz⟧","strasse":"⟦STREET_ADDRESS|Marktplatz 3⟧","plz":"⟦ZIP_CODE|97070⟧","ort":"⟦LOCATION|Würzburg⟧","geb":"⟦DATE_TIME|1948-03-11⟧"},{"anrede":"Herr","name":"⟦PERSON|Erkan Yılmaz⟧","strasse":"⟦STREET_ADDRESS|Bahnhofstr. 17b⟧","plz":"⟦ZIP_CODE|79098⟧","ort":"⟦LOCATION|Freiburg im Breisgau⟧","geb":"⟦DATE_TIME|1979-10-30⟧"}]}"""),
    ("long_paste", "en", """Can you summarise this long thread for my manager in 5 bullet points and list what we still owe the customer?

From: ⟦PERSON|Wendell Abara⟧ <⟦EMAIL_ADDRESS|wendell.abara@gmail.com⟧>
Sent: 28 November 2026 08:12
Subject: RE: Order 771-20418 – still no wheelchair

Hi ⟦PERSON|Justine⟧,

This is my fourth email. My mother, ⟦PERSON|Agatha Abara⟧, came home from hospital on the 14th after her ⟦MEDICAL_CONDITION|stroke⟧ and she cannot walk more than a few steps. We ordered the folding wheelchair (order 771-20418) on the 10th and paid £389.00 with my card ending 4417. The tracking has said "out for delivery" for nine days. The delivery address is hers, not mine: ⟦STREET_ADDRESS|Flat 3, Beechwood House, 9 Station Approach⟧, ⟦LOCATION|Harrow⟧ ⟦ZIP_CODE|HA1 2EX⟧. Please ring me on ⟦PHONE_NUMBER|07458 220 916⟧, not her landline, she gets confused on the phone since the stroke.

Wendell

-----Original Message-----
From: ⟦PERSON|Justine Mercer⟧ (Customer Care)
Sent: 24 November 2026 16:40

Dear ⟦PERSON|Mr Abara⟧,
Thank you for your patience. I have escalated this to our courier partner and you should hear within 48 hours. As a gesture of goodwill I have applied a £20 credit to your account.
Kind regards,
Justine

-----Original Message-----
From: ⟦PERSON|Wendell Abara⟧
Sent: 20 November 2026 09:03

Hello, nobody has called me back. The wheelchair is urgently needed, my mother has a physio appointment at Northwick Park on the 2nd of December and she can't get there without it. I also want to know why the £12.99 "priority delivery" was charged if it isn't priority.

-----Original Message-----
From: ⟦PERSON|Wendell Abara⟧
Sent: 17 November 2026 19:55

Hi, order 771-20418 hasn't arrived. It's for my mum who has just had a stroke. Can you check with the courier?"""
     .replace("⟦PERSON|Mr Abara⟧", "Mr ⟦PERSON|Abara⟧").replace("\n\nWendell\n", "\n\n⟦PERSON|Wendell⟧\n")
     .replace("Kind regards,\nJustine", "Kind regards,\n⟦PERSON|Justine⟧")),
    ("long_paste", "en", """Our Helm release for the patient-portal is failing the lint step. Here's values.yaml, can you spot the indentation issue? (I've already rotated the secrets below, it's fine)

replicaCount: 3
image:
  repository: registry.internal/patient-portal
  tag: "2.14.1"
env:
  - name: SPRING_PROFILES_ACTIVE
    value: prod
  - name: SMTP_PASSWORD
    value: "⟦PASSWORD|m4ilR3lay!Oct⟧"
  - name: DB_URL
    value: "jdbc:postgresql://pg-portal:5432/portal?user=portal&password=⟦CONNECTION_STRING_PASSWORD|Kd83!vQp_2⟧"
  - name: GOOGLE_MAPS_KEY
     value: "⟦API_TOKEN|AIzaDk2QHPAYeSt1FPsEmsqH48DUf_tmjRrMbpT⟧"
seedUsers:
  - email: ⟦EMAIL_ADDRESS|test.patient.lovelace@portal-qa.net⟧
    name: ⟦PERSON|Beatrix Lovelace⟧
    mrn: ⟦MEDICAL_RECORD_NUMBER|PP-2209417⟧
resources:
  limits:
    cpu: "1"
    memory: 1Gi
ingress:
  enabled: true
  hosts:
    - portal.example.net"""),
    ("delivery_chat", "en", "hi im not home, can the driver leave the parcel with my neighbour at number 16 instead? my address is ⟦STREET_ADDRESS|14 Albert Terrace⟧, ⟦LOCATION|Whitby⟧ ⟦ZIP_CODE|YO21 3JL⟧, name ⟦PERSON|Gaynor Smales⟧. can you write that as a message for the courier app"),
    ("delivery_chat", "nl", "Schrijf een kort bericht aan PostNL: pakket voor ⟦PERSON|Youssef Bakkali⟧ is bezorgd bij ⟦STREET_ADDRESS|Van Speijkstraat 88 huis⟧ maar ik woon op ⟦STREET_ADDRESS|Van Speijkstraat 88-3⟧, ⟦ZIP_CODE|2518 GG⟧ ⟦LOCATION|Den Haag⟧. Telefoon ⟦PHONE_NUMBER|06-41 99 20 73⟧."),
]
