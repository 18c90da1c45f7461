# ruff: noqa
# Names in every layout, contact details, addresses. (genre, lang, text)
PII = [
("chat_transcript", "en", """[09:02] hunter: did anyone hear back from the landlord
[09:03] faith: no. i texted him at 0771 234 5590 twice
[09:03] hunter: classic
[09:05] bill: i can go round to his office, it's on ⟦STREET_ADDRESS|Corporation St⟧ right?
summarise who's doing what from this group chat""".replace("hunter:", "⟦PERSON|hunter⟧:").replace("faith:", "⟦PERSON|faith⟧:").replace("bill:", "⟦PERSON|bill⟧:").replace("0771 234 5590", "⟦PHONE_NUMBER|0771 234 5590⟧")),
("chat_transcript", "de", """Kundenchat-Protokoll
Agent (⟦PERSON|Melanie⟧): Guten Tag, wie kann ich helfen?
Kunde (⟦PERSON|Herr Yılmaz⟧): Mein Paket sollte gestern an ⟦STREET_ADDRESS|Bergmannstraße 112⟧ kommen, ist aber nicht da.
Agent (⟦PERSON|Melanie⟧): Ich sehe, es wurde beim Nachbarn ⟦PERSON|Kühne⟧ abgegeben.
Kunde: Den kenne ich nicht mal.
Bitte fasse das Gespräch für das Ticket zusammen.""".replace("⟦PERSON|Herr Yılmaz⟧", "Herr ⟦PERSON|Yılmaz⟧")),
("email_signature", "en", """Thanks again, see you Thursday!

--
⟦PERSON|Wei-Lin Chang⟧ | Senior Product Designer
Brightwater Analytics
m: ⟦PHONE_NUMBER|+1 (415) 555-0172⟧
e: ⟦EMAIL_ADDRESS|weilin.chang@brightwater-analytics.com⟧
⟦STREET_ADDRESS|600 Battery St, Floor 4⟧, ⟦LOCATION|San Francisco, CA⟧ ⟦ZIP_CODE|94111⟧

^ can you extract the contact into vCard format"""),
("email_signature", "es", """Un saludo,

⟦PERSON|Ainhoa Larrañaga⟧
Responsable de Compras · Conservas del Cantábrico S.L.
Tel. ⟦PHONE_NUMBER|944 21 37 86⟧ · Móvil ⟦PHONE_NUMBER|+34 688 41 02 57⟧
⟦STREET_ADDRESS|Calle Ercilla 27, 2º⟧ · ⟦ZIP_CODE|48011⟧ ⟦LOCATION|Bilbao⟧

¿Me traduces este correo al inglés manteniendo la firma?"""),
("csv_paste", "en", """clean up this csv, the phone numbers are a mess:
name,email,phone,city
⟦PERSON|Adaeze Okonkwo⟧,⟦EMAIL_ADDRESS|adaeze.ok@outlook.com⟧,⟦PHONE_NUMBER|07911 123 456⟧,⟦LOCATION|Manchester⟧
⟦PERSON|Nguyen Van Minh⟧,⟦EMAIL_ADDRESS|minh.nv@gmail.com⟧,⟦PHONE_NUMBER|+44 7700 900 882⟧,⟦LOCATION|Birmingham⟧
⟦PERSON|mehmet demir⟧,⟦EMAIL_ADDRESS|m.demir@yahoo.co.uk⟧,⟦PHONE_NUMBER|447700900311⟧,⟦LOCATION|london⟧
⟦PERSON|GRACE O'NEILL⟧,⟦EMAIL_ADDRESS|grace.oneill@@gmail.com⟧,⟦PHONE_NUMBER|(0161) 496 0724⟧,⟦LOCATION|Salford⟧"""),
("csv_paste", "pt", """Preciso deduplicar essa lista de clientes:
nome;cpf;cidade
⟦PERSON|João Pedro dos Santos⟧;⟦BR_CPF|805.421.137-67⟧;⟦LOCATION|Recife⟧
⟦PERSON|JOAO PEDRO DOS SANTOS⟧;⟦BR_CPF|80542113767⟧;⟦LOCATION|Recife⟧
⟦PERSON|Ana Beatriz Lima⟧;⟦BR_CPF|272.685.205-06⟧;⟦LOCATION|Campinas⟧"""),
("tsv_paste", "nl", "naam\ttelefoon\tadres\n⟦PERSON|Bakker, Willem⟧\t⟦PHONE_NUMBER|06-12345678⟧\t⟦STREET_ADDRESS|Prinsengracht 263⟧, ⟦LOCATION|Amsterdam⟧\n⟦PERSON|Yıldız, Emine⟧\t⟦PHONE_NUMBER|010 412 8890⟧\t⟦STREET_ADDRESS|Witte de Withstraat 51⟧, ⟦LOCATION|Rotterdam⟧\nSorteer op achternaam graag"),
("surname_given", "en", "The court list shows: ABUBAKAR, Ibrahim Musa; DOMBROWSKI, Ewa; TRAN, Thi Mai; O'REILLY, Sean. Which of these hearings are in courtroom 3? I'm a paralegal preparing bundles.".replace("ABUBAKAR, Ibrahim Musa", "⟦PERSON|ABUBAKAR, Ibrahim Musa⟧").replace("DOMBROWSKI, Ewa", "⟦PERSON|DOMBROWSKI, Ewa⟧").replace("TRAN, Thi Mai", "⟦PERSON|TRAN, Thi Mai⟧").replace("O'REILLY, Sean", "⟦PERSON|O'REILLY, Sean⟧")),
("surname_given", "fr", "Liste des présents à la réunion de copropriété : MARTIN Jean-Luc, N'DIAYE Aminata, ROSSI Paola, et Mme FAURE (pouvoir donné à M. MARTIN). Rédige le procès-verbal.".replace("MARTIN Jean-Luc", "⟦PERSON|MARTIN Jean-Luc⟧").replace("N'DIAYE Aminata", "⟦PERSON|N'DIAYE Aminata⟧").replace("ROSSI Paola", "⟦PERSON|ROSSI Paola⟧").replace("Mme FAURE", "Mme ⟦PERSON|FAURE⟧").replace("M. MARTIN)", "M. ⟦PERSON|MARTIN⟧)")),
("word_names", "en", "ok so Will said Mark would bring the cake but Grace says Mark told her Bill was doing it?? and now Faith is annoyed. who do i trust lol".replace("Will said", "⟦PERSON|Will⟧ said").replace("Mark would", "⟦PERSON|Mark⟧ would").replace("Grace says", "⟦PERSON|Grace⟧ says").replace("Mark told", "⟦PERSON|Mark⟧ told").replace("Bill was", "⟦PERSON|Bill⟧ was").replace("Faith is", "⟦PERSON|Faith⟧ is")),
("word_names", "en", "Write a birthday card for my niece ⟦PERSON|Summer⟧ from me and Uncle ⟦PERSON|Hunter⟧. She's turning ⟦AGE|9⟧ and loves horses. Sign it from '⟦PERSON|Rose⟧ & ⟦PERSON|Hunter⟧'"),
("word_names", "nl", "⟦PERSON|Roos⟧ en ⟦PERSON|Daan de Wit⟧ trouwen op ⟦DATE_TIME|12 juni⟧ in ⟦LOCATION|Haarlem⟧, kun je een speech schrijven als getuige? Ik ken ⟦PERSON|Daan⟧ van de hockeyclub."),
("contact_form", "en", "Form submission: first_name=⟦PERSON|Thanh⟧ last_name=⟦PERSON|Pham⟧ email=⟦EMAIL_ADDRESS|thanh.pham1993@gmail.com⟧ phone=⟦PHONE_NUMBER|408-555-0199⟧ message='need a quote for a fence at ⟦STREET_ADDRESS|1732 Almaden Rd⟧' — write the reply"),
("contact_form", "it", "Nuovo messaggio dal sito: Nome: ⟦PERSON|Alessandra Conti⟧ – Tel: ⟦PHONE_NUMBER|347 218 9954⟧ – Email: ⟦EMAIL_ADDRESS|ale.conti@libero.it⟧ – Indirizzo: ⟦STREET_ADDRESS|Corso Vittorio Emanuele II 88⟧, ⟦ZIP_CODE|10121⟧ ⟦LOCATION|Torino⟧ – Richiesta: preventivo tinteggiatura. Scrivi una risposta."),
("delivery_note", "fr", "Livreur : le colis pour ⟦PERSON|Mme Bernadette Lemaire⟧ au ⟦STREET_ADDRESS|7 allée des Acacias, bât. C⟧, ⟦ZIP_CODE|33600⟧ ⟦LOCATION|Pessac⟧ n'a pas pu être livré. Elle est joignable au ⟦PHONE_NUMBER|05 56 07 33 12⟧. Écris un SMS pour reprogrammer.".replace("⟦PERSON|Mme Bernadette Lemaire⟧", "Mme ⟦PERSON|Bernadette Lemaire⟧")),
("delivery_note", "es", "Entrega fallida: ⟦PERSON|Fernando Quispe⟧, ⟦STREET_ADDRESS|Av. de la Constitución 15, 4ºA⟧, ⟦ZIP_CODE|41004⟧ ⟦LOCATION|Sevilla⟧. Tel. ⟦PHONE_NUMBER|+34 612 33 90 18⟧. El cliente pide dejarlo en el bar de abajo. ¿Cómo se lo explico al repartidor?"),
("meeting_notes", "en", "Notes from 1:1 with ⟦PERSON|Oluwadamilare⟧ (⟦PERSON|Dami⟧): wants to move to the platform team by Q2. Concern: ⟦PERSON|Krzysztof⟧'s review style. Action: I'll talk to ⟦PERSON|Krzysztof⟧ and ⟦PERSON|Anjali Raghunathan⟧. Turn this into a short follow-up email to Dami.".replace("email to Dami.", "email to ⟦PERSON|Dami⟧.")),
("meeting_notes", "de", "Protokoll Elternabend 3b: anwesend ⟦PERSON|Fr. Wagner⟧ (Klassenlehrerin), ⟦PERSON|Hr. Petrović⟧, ⟦PERSON|Anja Lindner⟧. ⟦PERSON|Anja⟧ organisiert den Ausflug, ⟦PERSON|Petrović⟧ kümmert sich um das Geld. Bitte als E-Mail an alle Eltern formulieren.".replace("⟦PERSON|Fr. Wagner⟧", "Fr. ⟦PERSON|Wagner⟧").replace("⟦PERSON|Hr. Petrović⟧", "Hr. ⟦PERSON|Petrović⟧")),
("reference_letter", "en", "Write a reference for my former nanny, ⟦PERSON|Chiamaka Eze⟧. She worked for us from 2021 to 2025 looking after ⟦PERSON|Ethan⟧ and ⟦PERSON|Lily⟧, and she was amazing when ⟦PERSON|Lily⟧ was in hospital with ⟦MEDICAL_CONDITION|pneumonia⟧. Reachable at ⟦PHONE_NUMBER|07403 118 692⟧ for questions."),
("reference_letter", "pt", "Escreve uma carta de recomendação para a ⟦PERSON|Mariana Sousa⟧, que trabalhou comigo na clínica em ⟦LOCATION|Braga⟧ durante três anos. O meu contacto é ⟦PHONE_NUMBER|912 345 678⟧, ⟦PERSON|Dr. Paulo Antunes⟧.".replace("⟦PERSON|Dr. Paulo Antunes⟧", "Dr. ⟦PERSON|Paulo Antunes⟧")),
("server_log", "en", "is this a brute force? 200+ failed logins for user ⟦EMAIL_ADDRESS|k.sato@mirai-kogyo.jp⟧ from ⟦IP_ADDRESS|185.220.101.47⟧ and ⟦IP_ADDRESS|91.214.124.9⟧ in 10 minutes, then one success from ⟦IP_ADDRESS|86.142.77.203⟧ which is her home broadband"),
("server_log", "de", "Auszug aus dem Mailserver-Log:\nNov 29 22:14:03 mx1 postfix/smtpd[2231]: NOQUEUE: reject: RCPT from unknown[⟦IP_ADDRESS|77.183.42.156⟧]: 554 5.7.1 <⟦EMAIL_ADDRESS|j.krause@praxis-krause.de⟧>: Relay access denied\nWarum wird die Mail von ⟦PERSON|Dr. Krause⟧ abgelehnt?".replace("⟦PERSON|Dr. Krause⟧", "Dr. ⟦PERSON|Krause⟧")),
("dating_profile", "en", "rewrite my bio: 'hi im ⟦PERSON|tariq⟧, ⟦AGE|27⟧, nurse in ⟦LOCATION|leicester⟧. love hiking and bad puns.' make it less cringe"),
("dating_profile", "fr", "Améliore ma description : « ⟦PERSON|Maëlle⟧, ⟦AGE|33⟧ ans, prof de SVT à ⟦LOCATION|Nantes⟧, maman d'un petit ⟦PERSON|Gabin⟧ de ⟦AGE|4⟧ ans, je cherche quelqu'un de sérieux. »"),
("neighbour_dispute", "en", "Our neighbour at ⟦STREET_ADDRESS|14 Orchard Close⟧ (⟦PERSON|Mr Kaur-Bhatia⟧) keeps parking across our drive. Draft a polite letter from ⟦PERSON|Sky Morrison⟧ at number 16.".replace("⟦PERSON|Mr Kaur-Bhatia⟧", "Mr ⟦PERSON|Kaur-Bhatia⟧")),
("neighbour_dispute", "it", "Il vicino del piano di sopra, il sig. ⟦PERSON|Ferretti⟧, fa rumore ogni notte alle 2. Abito in ⟦STREET_ADDRESS|Via dei Mille 9, int. 4⟧, ⟦LOCATION|Bologna⟧. Scrivi una lettera all'amministratore ⟦PERSON|Dott. Sandro Pini⟧.".replace("⟦PERSON|Dott. Sandro Pini⟧", "Dott. ⟦PERSON|Sandro Pini⟧")),
("wedding_guest_list", "en", "Table plan: Table 1 – ⟦PERSON|Mohammed Al-Farsi⟧, ⟦PERSON|Layla Al-Farsi⟧, ⟦PERSON|Zhang Min⟧, ⟦PERSON|Priya Nair⟧. Table 2 – ⟦PERSON|Bartosz Wójcik⟧, ⟦PERSON|Ifeoma Chukwu⟧, ⟦PERSON|Deniz Arslan⟧. Layla and Deniz shouldn't sit together, please rearrange.".replace("Layla and Deniz", "⟦PERSON|Layla⟧ and ⟦PERSON|Deniz⟧")),
("wedding_guest_list", "es", "Invitados que faltan por confirmar: Tía ⟦PERSON|Remedios⟧, los ⟦PERSON|Castaño⟧ (4 personas), ⟦PERSON|Xiomara Ospina⟧ y su novio. Escríbeles un WhatsApp recordándoles el RSVP."),
("phone_intake", "en", "Transcribed voicemail: 'hi this is ⟦PERSON|grace⟧ from flat 9, my number is ⟦PHONE_NUMBER|oh seven nine four six, double one two, three four eight⟧, the boiler's leaking again' — what number did she leave?"),
("phone_intake", "de", "Rückrufnotiz: ⟦PERSON|Frau Hoffmann-Schulz⟧ bittet um Rückruf wegen der Nebenkostenabrechnung, Tel. ⟦PHONE_NUMBER|0221 94 38 71 20⟧ oder mobil ⟦PHONE_NUMBER|0171 5523 908⟧, wohnt ⟦STREET_ADDRESS|Aachener Str. 301⟧, ⟦ZIP_CODE|50933⟧ ⟦LOCATION|Köln⟧.".replace("⟦PERSON|Frau Hoffmann-Schulz⟧", "Frau ⟦PERSON|Hoffmann-Schulz⟧")),
("crm_note", "en", "CRM note: called ⟦PERSON|ADEBAYO, FOLASADE⟧ re renewal. she's moving to ⟦STREET_ADDRESS|22 Kingfisher Way⟧, ⟦LOCATION|Milton Keynes⟧ ⟦ZIP_CODE|MK4 1AB⟧ next month, new mobile ⟦PHONE_NUMBER|07385 204 117⟧. wants paper invoices. update the record summary"),
("crm_note", "nl", "Notitie: klant ⟦PERSON|Sevda Öztürk⟧ (⟦EMAIL_ADDRESS|sevda.ozturk@ziggo.nl⟧) verhuist naar ⟦STREET_ADDRESS|Oudegracht 144 bis⟧, ⟦ZIP_CODE|3511 AZ⟧ ⟦LOCATION|Utrecht⟧. Ze is ⟦MEDICAL_CONDITION|slechtziend⟧, dus brieven graag in groot lettertype."),
("roster", "pt", "Escala do fim de semana: sábado – ⟦PERSON|Kauã⟧ e ⟦PERSON|Letícia⟧; domingo – ⟦PERSON|Seu Raimundo⟧ e ⟦PERSON|Thaís Oliveira⟧. A ⟦PERSON|Letícia⟧ pediu troca porque vai operar o ⟦MEDICAL_CONDITION|menisco⟧. Reorganiza pra mim.".replace("⟦PERSON|Seu Raimundo⟧", "Seu ⟦PERSON|Raimundo⟧")),
("roster", "en", "rota for the food bank: mon ⟦PERSON|jo⟧ + ⟦PERSON|abdi⟧, tue ⟦PERSON|wiktoria⟧, wed ⟦PERSON|sam okafor⟧, thu nobody yet. ⟦PERSON|abdi⟧ can't lift since his ⟦MEDICAL_CONDITION|back surgery⟧ so pair him with someone. make a table"),
("alumni_post", "it", "Cerco ⟦PERSON|Valentina Ricci⟧, classe 1998 del liceo Tasso di ⟦LOCATION|Salerno⟧. L'ultimo indirizzo che ho è ⟦STREET_ADDRESS|Via Irno 56⟧. Scrivimi un post per il gruppo Facebook degli ex alunni."),
("lost_and_found", "en", "Found a wallet on the 38 bus: driver's licence says ⟦PERSON|KWAME ASANTE-DARKO⟧, ⟦STREET_ADDRESS|9 Rectory Road⟧, ⟦LOCATION|London⟧ ⟦ZIP_CODE|N16 7PP⟧, DOB ⟦DATE_TIME|03.08.1992⟧. How do I get it back to him?"),
]
