# ruff: noqa
# US licences/passports, other passports, national IDs, IBANs, cards. (genre, lang, text)
PII = [
("kyc_chat", "en", "Agent: can you confirm the ID you uploaded?\nCustomer: yeah its my california license ⟦US_DRIVER_LICENSE|D4827193⟧, exp 2029. name on it is ⟦PERSON|HERNANDEZ, MARISOL⟧ because i havent changed it since the divorce\nAgent: thanks ⟦PERSON|Marisol⟧, and your date of birth?\nCustomer: ⟦DATE_TIME|4/17/1986⟧"),
("kyc_chat", "en", "[10:42] support: please type the passport number exactly as shown\n[10:43] ⟦PERSON|tunde.b⟧: ⟦US_PASSPORT|A03318842⟧\n[10:43] ⟦PERSON|tunde.b⟧: its the new next gen one, starts with a letter. my old one was ⟦US_PASSPORT|566102937⟧ if that helps"),
("rental_agreement", "en", """RESIDENTIAL LEASE – Tenant information
Tenant: ⟦PERSON|Jeremiah Holt⟧
Driver's License: NY ⟦US_DRIVER_LICENSE|482 917 305⟧
Previous address: ⟦STREET_ADDRESS|118 Linden Blvd, Apt 3F⟧, ⟦LOCATION|Brooklyn, NY⟧ ⟦ZIP_CODE|11226⟧
Co-signer: ⟦PERSON|Patricia Holt⟧ (mother), SSN ⟦US_SSN|066-47-3781⟧

Can you check if this lease info section is complete for a NY landlord?"""),
("rental_agreement", "es", "Contrato de arrendamiento. Arrendatario: D. ⟦PERSON|Óscar Villalba Prieto⟧, con DNI ⟦ES_NIF|77332866N⟧, domiciliado en ⟦STREET_ADDRESS|C/ Alcalá 214, 3º B⟧, ⟦ZIP_CODE|28028⟧ ⟦LOCATION|Madrid⟧. Fianza: dos mensualidades. ¿Puedes revisar la cláusula de la fianza?"),
("hr_onboarding", "en", """New hire checklist – ⟦PERSON|Faith Nnamdi⟧
[x] I-9 List A: US Passport ⟦US_PASSPORT|488213590⟧ exp 08/2031
[x] W-4 received, SSN ⟦US_SSN|162-32-2915⟧
[ ] Direct deposit form
[ ] Laptop shipped to ⟦STREET_ADDRESS|4410 Garnet St⟧, ⟦LOCATION|Houston, TX⟧ ⟦ZIP_CODE|77023⟧
write the welcome email for her start date on Monday"""),
("hr_onboarding", "de", "Für die Lohnabrechnung von Herrn ⟦PERSON|Dariusz Kowalski⟧ brauche ich noch: Steuer-ID ⟦DE_TAX_ID|43958219605⟧, IBAN ⟦IBAN_CODE|DE29 1181 3327 5502 3304 67⟧, Krankenkasse TK. Der Personalausweis (⟦DE_ID_CARD|N9M3L4YPH8⟧) liegt in Kopie vor. Schreib mir bitte eine Erinnerungsmail an ihn."),
("travel_booking", "en", "Booking for 2 adults, LHR–JFK 14 Mar. Passenger 1: ⟦PERSON|CHEN WEI⟧, passport ⟦PASSPORT|EJ4471208⟧ (China), DOB ⟦DATE_TIME|1979-02-11⟧. Passenger 2: ⟦PERSON|LIU YANG⟧, passport ⟦PASSPORT|E81936044⟧, DOB ⟦DATE_TIME|1981-07-30⟧. Can you format this for the APIS form?"),
("travel_booking", "fr", "Bonjour, je voudrais modifier ma réservation AF1234. Nom : ⟦PERSON|LEFÈVRE Aurélie⟧, passeport n° ⟦PASSPORT|18CV52714⟧, expiration 2028. Mon fils ⟦PERSON|Noah Lefèvre⟧ voyage avec moi, passeport ⟦PASSPORT|21AP07733⟧. Merci de me répondre au ⟦PHONE_NUMBER|06 71 42 88 19⟧."),
("travel_booking", "it", "Prenotazione hotel a ⟦LOCATION|Lisbona⟧: ospite ⟦PERSON|Chiara Esposito⟧, passaporto ⟦PASSPORT|YA8842017⟧, arrivo il 3 maggio. Codice fiscale per la fattura: ⟦IT_FISCAL_CODE|SPSCHR83L55F839L⟧. Mi scrivi una mail di conferma in portoghese?"),
("dmv_question", "en", "my florida license number is ⟦US_DRIVER_LICENSE|S530-417-62-118-0⟧ and it got suspended for an unpaid toll?? how do i check the status online. name is ⟦PERSON|Skylar Brooks⟧"),
("dmv_question", "en", "Texas DL ⟦US_DRIVER_LICENSE|38271946⟧ – I moved to ⟦LOCATION|Denver⟧ last month. Do I have to surrender this when I get a Colorado one, and can I keep my TX number for insurance?"),
("dmv_question", "en", "Illinois license ⟦US_DRIVER_LICENSE|B625-4418-2093⟧ expired during covid, is there still a grace period? I'm ⟦AGE|72⟧ so I think I need a vision test too. - ⟦PERSON|Bernard Kozlowski⟧"),
("car_rental", "en", """Driver details for Enterprise booking #RX-22841:
Name: ⟦PERSON|Will Prescott⟧
License: WA ⟦US_DRIVER_LICENSE|WDLK7M2P91B4⟧
Additional driver: ⟦PERSON|Grace Prescott⟧, WA ⟦US_DRIVER_LICENSE|WDL4QZ8N7H2C⟧
Card on file: ⟦CREDIT_CARD|2336 4758 2723 8572⟧
Does the second driver need to be present at pickup?"""),
("car_rental", "pt", "Aluguel de carro em ⟦LOCATION|Orlando⟧: condutor ⟦PERSON|Thiago Mendes⟧, CNH ⟦DRIVER_LICENSE|04829316577⟧, passaporte ⟦PASSPORT|FZ418276⟧. Cartão ⟦CREDIT_CARD|5343 1399 3146 1868⟧. A locadora aceita CNH brasileira ou preciso da PID?"),
("visa_application", "en", "Help me fill the Schengen form. Surname: ⟦PERSON|Sharma⟧. First name: ⟦PERSON|Aarav⟧. Passport: ⟦PASSPORT|K4810273⟧ issued ⟦LOCATION|Bengaluru⟧. Aadhaar ⟦IN_AADHAAR|4593 6346 9122⟧ and PAN ⟦IN_PAN|RZRPX9158T⟧ for the bank statements. Employer letter says I'm ⟦AGE|31⟧."),
("visa_application", "nl", "Ik help mijn schoonmoeder met haar visumaanvraag. Ze heet ⟦PERSON|Nguyễn Thị Lan⟧, paspoort ⟦PASSPORT|C2249817⟧ (Vietnam), geboren ⟦DATE_TIME|12-05-1960⟧. Ze logeert bij ons op de ⟦STREET_ADDRESS|Kastanjelaan 18⟧, ⟦ZIP_CODE|3521 KD⟧ ⟦LOCATION|Utrecht⟧. Welke garantverklaring heb ik nodig?"),
("bank_export", "en", """Date,Description,Amount,Counterparty IBAN
2026-10-01,SEPA TRANSFER ⟦PERSON|MÜLLER ANDREAS⟧,-450.00,⟦IBAN_CODE|DE15859118433391288668⟧
2026-10-03,CARD 4382****1742 REWE,-63.18,
2026-10-04,SALARY ⟦PERSON|KAUR HARPREET⟧,2310.55,⟦IBAN_CODE|GB36YRSW43434814507218⟧
categorise these transactions for my budget sheet"""),
("bank_export", "nl", """Datum;Naam;Rekening;Bedrag
28-10-2026;⟦PERSON|J.P. van den Berg⟧;⟦IBAN_CODE|NL04ROBD5208146478⟧;-1250,00
29-10-2026;⟦PERSON|FATIMA EL KADDOURI⟧;⟦IBAN_CODE|NL73HIHR5572180659⟧;+85,00
Kun je hier een draaitabel van maken per tegenrekening?"""),
("invoice", "it", "Fattura n. 118/2026 – Cliente: ⟦PERSON|Francesco Galli⟧, C.F. ⟦IT_FISCAL_CODE|FRRGLI99T02L736V⟧, via ⟦STREET_ADDRESS|Via Garibaldi 42⟧, ⟦ZIP_CODE|30122⟧ ⟦LOCATION|Venezia⟧. Pagamento tramite bonifico su ⟦IBAN_CODE|IT02W0880305299402320498904⟧. Controlla se manca qualcosa per la fattura elettronica."),
("invoice", "pt", "Fatura para ⟦PERSON|Rui Manuel Teixeira⟧, morada ⟦STREET_ADDRESS|Rua de Santa Catarina 310, 2.º Esq.⟧, ⟦ZIP_CODE|4000-442⟧ ⟦LOCATION|Porto⟧. Pagamento por transferência: ⟦IBAN_CODE|PT07 2475 6567 1736 9934 4270 7⟧."),
("card_dispute", "en", "Hi, I was charged twice at Delta on my Mastercard ⟦CREDIT_CARD|2270-0958-5886-3946⟧ (exp 09/28). The name on the card is ⟦PERSON|ROSE A KAMARA⟧. Can you help me write a dispute letter to Chase?"),
("card_dispute", "es", "Me han cobrado 89,90 € que no reconozco en la tarjeta ⟦CREDIT_CARD|4439 5464 2294 6231⟧. Titular: ⟦PERSON|Lucía Moreno Gil⟧, NIE ⟦ES_NIE|Y6125206K⟧. Redacta una reclamación para el banco, por favor."),
("checkout_debug", "en", "Stripe test mode works but in prod this card fails with 'incorrect_number': ⟦CREDIT_CARD|379751634429261⟧ — it's an Amex, do I need to enable it separately? Customer is ⟦PERSON|Hunter Blaine⟧."),
("tax_form", "de", "Kannst du prüfen, ob ich die Anlage Kind richtig ausfülle? Kind: ⟦PERSON|Mia Schröder⟧, geb. ⟦DATE_TIME|21.02.2017⟧, Steuer-ID des Kindes ⟦DE_TAX_ID|24105036700⟧. Meine eigene ID ist ⟦DE_TAX_ID|72046922155⟧."),
("tax_form", "fr", "Je remplis la déclaration pour ma mère, ⟦PERSON|Monique Garnier⟧, numéro de sécurité sociale ⟦FR_NIR|2 85 10 69 673 625 86⟧, elle est en EHPAD à ⟦LOCATION|Villeurbanne⟧ depuis mars. Peut-elle déduire les frais d'hébergement ?"),
("tax_form", "es", "Para la declaración de la renta conjunta: yo soy ⟦PERSON|Ignacio Beltrán⟧, NIF ⟦ES_NIF|66056170D⟧; mi mujer ⟦PERSON|Nerea Solís⟧, NIF ⟦ES_NIF|63482653P⟧. ¿Nos conviene hacerla conjunta si ella cobró el paro medio año?"),
("pension_letter", "en", "Please summarise this letter: 'Dear Mr ⟦PERSON|Okoro⟧, your State Pension forecast... National Insurance number ⟦UK_NINO|RA328934C⟧... you have 31 qualifying years.' Do I need to buy voluntary Class 3 contributions?"),
("pension_letter", "nl", "Brief van de SVB aan dhr. ⟦PERSON|W. Jansen⟧, BSN ⟦NL_BSN|475137528⟧: uw AOW gaat in op ⟦DATE_TIME|14 juli 2027⟧. Klopt het dat ik dan ook mijn partnertoeslag kwijtraak? Mijn vrouw ⟦PERSON|Ria⟧ is 4 jaar jonger."),
("gov_portal", "pt", "Não consigo entrar no gov.br com o CPF ⟦BR_CPF|482.724.595-90⟧, diz que a senha está errada mas eu redefini ontem. O e-mail cadastrado é ⟦EMAIL_ADDRESS|marcos.vinicius.almeida@yahoo.com.br⟧. O que faço?"),
("gov_portal", "it", "Devo fare lo SPID per mia nonna ⟦PERSON|Rosa Bianchi⟧ (⟦AGE|88⟧ anni), codice fiscale ⟦IT_FISCAL_CODE|DLCTTR68D22G273F⟧... anzi no, quello è di mio zio ⟦PERSON|Ettore⟧. Il suo lo cerco. Come si fa il riconoscimento se lei non ha lo smartphone?"),
("school_enrollment", "fr", "Inscription au collège : élève ⟦PERSON|Yanis Bouzid⟧, né le ⟦DATE_TIME|08/01/2014⟧, responsable légal ⟦PERSON|Samira Bouzid⟧, ⟦STREET_ADDRESS|12 rue des Tanneurs⟧, ⟦ZIP_CODE|67000⟧ ⟦LOCATION|Strasbourg⟧, tél. ⟦PHONE_NUMBER|+33 3 88 21 47 90⟧. Le dossier est-il complet ?"),
("aadhaar_help", "en", "aadhaar ⟦IN_AADHAAR|6077 7119 5810⟧ mobile number link not happening, OTP not coming to ⟦PHONE_NUMBER|+91 98450 12763⟧. name ⟦PERSON|Lakshmi Venkataraman⟧. what to do sir"),
("loan_application", "en", "Loan app for ⟦PERSON|Oluwaseun Bakare⟧: annual income $84,000, SSN ⟦US_SSN|438-90-4243⟧, employer Halden Freight, address ⟦STREET_ADDRESS|2207 W Pierce Ave⟧, ⟦LOCATION|Chicago, IL⟧ ⟦ZIP_CODE|60622⟧. Is a DTI of 41% going to get rejected?"),
("loan_application", "de", "Kreditantrag: ⟦PERSON|Katarzyna Nowak⟧, geb. ⟦DATE_TIME|30.11.1990⟧, wohnhaft ⟦STREET_ADDRESS|Schillerstraße 7⟧, ⟦ZIP_CODE|04109⟧ ⟦LOCATION|Leipzig⟧, Ausweis-Nr. ⟦DE_ID_CARD|T0YL7G6911⟧. Nettoeinkommen 2.850 €. Reicht das für 25.000 € über 5 Jahre?"),
("passport_renewal", "en", "Renewing my son's passport by mail. Old passport ⟦US_PASSPORT|512 884 067⟧, he's ⟦AGE|15⟧ now so it's DS-11 again right? His name is ⟦PERSON|Mark Tanaka-Reyes⟧."),
("passport_renewal", "es", "Mi pasaporte español ⟦PASSPORT|PAB417266⟧ caduca en enero y vivo en ⟦LOCATION|Toronto⟧. ¿Puedo renovarlo en el consulado sin cita? Me llamo ⟦PERSON|Gonzalo Ruiz⟧."),
("uk_licence", "en", "DVLA says my licence number ⟦DRIVER_LICENSE|OKAFO807154N99LK⟧ doesn't match my records since I changed my name after marriage. How do I update it? I'm ⟦PERSON|Ngozi Okafor-Bennett⟧."),
("nhs_registration", "en", "registering with a new GP in ⟦LOCATION|Leeds⟧, the form wants my NHS number, i found ⟦UK_NHS|958 557 9405⟧ on an old letter. also my previous address was ⟦STREET_ADDRESS|Flat 2, 19 Harehills Lane⟧, ⟦ZIP_CODE|LS8 4HS⟧. is that enough"),
("wire_transfer", "fr", "Virement à faire : bénéficiaire SCI Les Tilleuls – M. ⟦PERSON|Patrick Roux⟧, IBAN ⟦IBAN_CODE|FR24 8753 9760 9358 8142 6093 745⟧, montant 1 840 €, motif loyer novembre. Rédige le mail au comptable."),
("wire_transfer", "it", "Mi fai un messaggio per ⟦PERSON|Lorenzo⟧ con l'IBAN per la quota del regalo? ⟦IBAN_CODE|IT61 Q575 1606 2333 8109 8322 739⟧ intestato a ⟦PERSON|Giulia Moretti⟧. 25 euro a testa."),
]
