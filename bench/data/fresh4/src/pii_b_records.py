"""Batch B (pii): vCards, calendar invites, e-mail headers, git log, ticket exports, support
chats, TSV, bank statement lines, SEPA XML, obituaries, guest and member lists, genealogy.
Written by hand."""

PII = [
("vcard", "en", """Why won't my phone import this contact? It says invalid file.

BEGIN:VCARD
VERSION:3.0
N:⟦PERSON|Osei⟧;⟦PERSON|Kwabena⟧;;;
FN:⟦PERSON|Kwabena Osei⟧
TEL;TYPE=CELL:⟦PHONE_NUMBER|+1 416 839 2270⟧
EMAIL:⟦EMAIL_ADDRESS|kwabena.osei@rogers.com⟧
ADR;TYPE=HOME:;;⟦STREET_ADDRESS|55 Glenholme Ave⟧;⟦LOCATION|Toronto⟧;ON;⟦ZIP_CODE|M6H 3B2⟧;Canada
END:VCARD"""),

("vcard", "fr", """Convertis cette vCard en ligne CSV (nom;prénom;tel;mail) :
BEGIN:VCARD
VERSION:4.0
FN:⟦PERSON|Anne-Sophie Lebrun⟧
N:⟦PERSON|Lebrun⟧;⟦PERSON|Anne-Sophie⟧;;;
TEL;VALUE=uri;TYPE=cell:tel:⟦PHONE_NUMBER|+33-6-42-18-77-03⟧
EMAIL:⟦EMAIL_ADDRESS|as.lebrun@orange.fr⟧
BDAY:⟦DATE_TIME|19820611⟧
END:VCARD"""),

("calendar_invite", "en", """Can you tell me what timezone this meeting is in for me (Sydney)?

BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261208T150000
SUMMARY:Custody mediation — follow-up
ORGANIZER;CN=⟦PERSON|Marisol Quintanilla⟧:mailto:⟦EMAIL_ADDRESS|mquintanilla@quintanillafamilylaw.com⟧
ATTENDEE;CN=⟦PERSON|Brett Kowalczyk⟧;RSVP=TRUE:mailto:⟦EMAIL_ADDRESS|brett.kowalczyk77@gmail.com⟧
ATTENDEE;CN=⟦PERSON|Sky Kowalczyk⟧:mailto:⟦EMAIL_ADDRESS|skyk.design@outlook.com⟧
END:VEVENT"""),

("calendar_invite", "de", """Übersetze die Einladung ins Englische:
BEGIN:VEVENT
SUMMARY:Elterngespräch Klasse 4b
DTSTART:20261119T163000
LOCATION:Raum 12
ORGANIZER;CN=Frau ⟦PERSON|Winter⟧:mailto:⟦EMAIL_ADDRESS|k.winter@gs-lindenhof.de⟧
ATTENDEE;CN=⟦PERSON|Jannik Vogel⟧:mailto:⟦EMAIL_ADDRESS|jannik.vogel@web.de⟧
DESCRIPTION:Thema: Förderplan wegen ⟦MEDICAL_CONDITION|LRS⟧ bei ⟦PERSON|Lotta⟧
END:VEVENT"""),

("email_headers", "en", """Is this email spoofed? Here are the headers:

Received: from [⟦IP_ADDRESS|81.174.203.56⟧] (helo=laptop) by mx3.corp-mail.net with esmtpsa
From: "⟦PERSON|Rusty Delacroix⟧" <⟦EMAIL_ADDRESS|rusty.delacroix@btinternet.com⟧>
To: ⟦EMAIL_ADDRESS|finance.olu@okaforholdings.co.uk⟧
Cc: "⟦PERSON|Ngozi Okafor⟧" <⟦EMAIL_ADDRESS|ngozi@okaforholdings.co.uk⟧>
Subject: Updated bank details for invoice
X-Originating-IP: ⟦IP_ADDRESS|81.174.203.56⟧"""),

("email_headers", "nl", """Kun je uitleggen wat deze headers zeggen? Ik denk dat mijn mail is doorgestuurd.
Received: from ⟦IP_ADDRESS|2a02:a45f:3c1:0:9d2e:41ff:fe07:8b12⟧ by smtp.ziggo.nl
From: ⟦PERSON|Femke Bakker⟧ <⟦EMAIL_ADDRESS|femkebakker1987@ziggo.nl⟧>
To: ⟦PERSON|Sander Visser⟧ <⟦EMAIL_ADDRESS|s.visser@kpnmail.nl⟧>
Date: Tue, 10 Nov 2026 21:04:11 +0100"""),

("git_log", "en", """Write release notes from this git log, don't mention authors:

commit 3f9a1c07e2b84d5f0a6b2e91c7d4f8a0b3e5c6d1
Author: ⟦PERSON|Priya Raghunathan⟧ <⟦EMAIL_ADDRESS|priya.raghunathan@gmail.com⟧>
Date:   Mon Nov 9 17:42:10 2026 +0530

    fix: retry on 429 from billing API

commit a41e77b0c9d2f3e8146b5a2d9c0e7f1b8a3d6c42
Author: ⟦PERSON|Bill Hartigan⟧ <⟦EMAIL_ADDRESS|bhartigan@fastmail.fm⟧>
Date:   Fri Nov 6 09:15:33 2026 -0500

    feat: CSV export for invoices"""),

("git_log", "pt", """Como eu reescrevo o autor desses commits? Usei o e-mail pessoal sem querer:
$ git log --format='%h %an <%ae>' -3
9c1e4a2 ⟦PERSON|Thiago Albuquerque⟧ <⟦EMAIL_ADDRESS|thiago.albuq@hotmail.com⟧>
77d0b13 ⟦PERSON|Thiago Albuquerque⟧ <⟦EMAIL_ADDRESS|thiago.albuq@hotmail.com⟧>
e02f9ab ci-bot <ci@build.internal>"""),

("ticket_export", "en", """Summarise this Zendesk ticket for the handover:

Ticket #88213 — "Charged twice"
Requester: ⟦PERSON|Faith Adeyemi-Brooks⟧ <⟦EMAIL_ADDRESS|faith.ab@icloud.com⟧>
Phone: ⟦PHONE_NUMBER|(512) 846-3019⟧
Shipping: ⟦STREET_ADDRESS|9107 Mesa Verde Dr⟧, ⟦LOCATION|Austin, TX⟧ ⟦ZIP_CODE|78749⟧
Internal note (agent ⟦PERSON|hunter.b⟧): card ending 4417 charged $129.00 twice on 11/03, refund one."""),

("ticket_export", "it", """Riassumi il ticket Jira per lo standup:
SUP-2291 | Priorità: Alta | Reporter: ⟦PERSON|Giulia Ferrari⟧
Descrizione: la cliente ⟦PERSON|Rosaria Lo Presti⟧ (⟦EMAIL_ADDRESS|rosaria.lopresti@libero.it⟧, tel. ⟦PHONE_NUMBER|347 812 0965⟧) non riceve l'OTP sul nuovo numero. Verificato documento: C.F. ⟦IT_FISCAL_CODE|FRRGLI92D47L219P⟧ non corrisponde al titolare."""),

("ticket_export", "es", """Traduce al inglés este ticket de ServiceNow:
INC0047731 · Solicitante: ⟦PERSON|Íñigo Arrizabalaga⟧ · Ext. 4471
Descripción: No puedo entrar en el VPN desde casa. IP pública ⟦IP_ADDRESS|88.27.141.9⟧. Mi usuario es ⟦PERSON|iarrizabalaga⟧.
Nota del técnico: contraseña restablecida a ⟦PASSWORD|Bilbo-Zuri!2026⟧, pedir cambio al entrar."""),

("support_chat", "en", """Can you rate this support agent's tone from 1-10 and say why?

[14:02] Agent ⟦PERSON|Mia⟧: Hi, thanks for contacting Northwind Broadband! Who am I speaking with?
[14:02] Customer: ⟦PERSON|Hamish Ó Briain⟧
[14:03] Agent ⟦PERSON|Mia⟧: Thanks ⟦PERSON|Hamish⟧, can you confirm the first line of the address?
[14:03] Customer: ⟦STREET_ADDRESS|Flat 2, 41 Causewayside⟧, ⟦LOCATION|Edinburgh⟧
[14:04] Agent ⟦PERSON|Mia⟧: And your date of birth?
[14:04] Customer: ⟦DATE_TIME|2 Feb 1979⟧
[14:05] Agent ⟦PERSON|Mia⟧: Great. I can see an outage in EH9, engineers on site."""),

("support_chat", "de", """Bewerte bitte, ob der Kundendienst hier korrekt gehandelt hat:
Kunde: hallo, mein name ist ⟦PERSON|mehmet aksoy⟧, kundennr 77120934
Agent: Hallo Herr ⟦PERSON|Aksoy⟧, zur Verifizierung bitte Geburtsdatum und IBAN.
Kunde: ⟦DATE_TIME|04.12.1985⟧ und ⟦IBAN_CODE|DE38 4327 0837 8531 6506 73⟧
Agent: Danke, der Tarifwechsel ist gebucht."""),

("support_chat", "pt", """Resume esse atendimento em 2 linhas:
Atendente: Olá! Pode me informar seu CPF?
Cliente: ⟦BR_CPF|971.374.373-38⟧
Atendente: Obrigado, sra. ⟦PERSON|Jussara⟧. O pedido saiu para entrega em ⟦STREET_ADDRESS|Rua Padre Chagas, 415, apto 802⟧ – ⟦LOCATION|Porto Alegre⟧, correto?
Cliente: sim, CEP ⟦ZIP_CODE|90570-080⟧"""),

("tsv_paste", "en", """Pasted from our sheet, can you make this a markdown table?

name	email	phone	t-shirt
⟦PERSON|Nguyen Thi Lan⟧	⟦EMAIL_ADDRESS|lan.nguyen.t@yahoo.com⟧	⟦PHONE_NUMBER|+61 412 883 015⟧	S
⟦PERSON|Callum Fraser⟧	⟦EMAIL_ADDRESS|cfraser@fraserjoinery.com.au⟧	⟦PHONE_NUMBER|+61 438 270 661⟧	XL
⟦PERSON|Charity Mwangi⟧	⟦EMAIL_ADDRESS|charity.w.mwangi@gmail.com⟧	⟦PHONE_NUMBER|+61 401 557 902⟧	M"""),

("tsv_paste", "nl", """Sorteer deze lijst op achternaam:
voornaam	achternaam	IBAN
⟦PERSON|Bram⟧	⟦PERSON|Hoekstra⟧	⟦IBAN_CODE|NL09IOWW7668505151⟧
⟦PERSON|Noor⟧	⟦PERSON|Aydın⟧	⟦IBAN_CODE|NL52UYXM9351868800⟧
⟦PERSON|Sem⟧	⟦PERSON|van der Linden⟧	⟦IBAN_CODE|NL79RABO0381624957⟧"""),

("bank_statement", "en", """Categorise these statement lines (groceries, rent, etc.):

06/11  FASTER PAYMENT TO ⟦PERSON|J OKORO⟧ REF RENT NOV          950.00
07/11  CARD 4417 TESCO STORES 2291                  42.18
08/11  STANDING ORDER MRS ⟦PERSON|P KAUR⟧ ⟦IBAN_CODE|GB15EEKU51240450796111⟧ 200.00
09/11  DD THAMES WATER                              38.50"""),

("bank_statement", "es", """Explícame esta línea del extracto, no sé qué es:
12/11/2026  TRANSF. SEPA DE ⟦PERSON|ROSALÍA MENCÍA PARDO⟧  ⟦IBAN_CODE|ES1174019410143552249906⟧  CONCEPTO: devolución fianza piso  +650,00"""),

("sepa_xml", "de", """Warum lehnt die Bank die pain.001-Datei ab?
<CdtTrfTxInf>
  <PmtId><EndToEndId>LOHN-2026-11-07</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">2314.55</InstdAmt></Amt>
  <Cdtr><Nm>⟦PERSON|Dragan Petrović⟧</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>⟦IBAN_CODE|DE66003189171775193705⟧</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Gehalt November</Ustrd></RmtInf>
</CdtTrfTxInf>"""),

("obituary", "en", """Please tidy up this obituary for the local paper:

⟦PERSON|Margaret "Peggy" Donnelly⟧ (née ⟦PERSON|Foley⟧) of ⟦STREET_ADDRESS|12 Ballinlough Road⟧, ⟦LOCATION|Cork⟧, passed away peacefully on 8 November aged ⟦AGE|91⟧, after a long illness bravely borne. Beloved wife of the late ⟦PERSON|Seán⟧, loving mother of ⟦PERSON|Bríd⟧, ⟦PERSON|Declan⟧ and ⟦PERSON|Aoife⟧. Reposing at home Thursday from 4pm. House private on Friday morning please."""),

("obituary", "it", """Mi aiuti a scrivere un necrologio breve?
È mancato all'affetto dei suoi cari ⟦PERSON|Salvatore Gambino⟧ di anni ⟦AGE|78⟧. Ne danno il triste annuncio la moglie ⟦PERSON|Carmela⟧, i figli ⟦PERSON|Rosario⟧ e ⟦PERSON|Gaetana⟧. Il funerale si terrà a ⟦LOCATION|Caltanissetta⟧, chiesa di San Biagio."""),

("guest_list", "fr", """Classe les invités par table (max 8 par table) :
⟦PERSON|Lucas Moreau⟧ + ⟦PERSON|Inès Haddad⟧ — végétarienne
Tante ⟦PERSON|Josiane⟧ — ⟦MEDICAL_CONDITION|en fauteuil roulant⟧, près de la sortie
⟦PERSON|Kévin Ngoma⟧
Mamie ⟦PERSON|Odette⟧ (⟦AGE|94⟧ ans)
les ⟦PERSON|Garnier⟧ (4 pers.)"""),

("membership_list", "en", """Which of our club members are due to renew? Today is 30 Nov.

| member | DOB | phone | renews |
|---|---|---|---|
| ⟦PERSON|Tane Whaanga⟧ | ⟦DATE_TIME|03/04/1999⟧ | ⟦PHONE_NUMBER|021 448 3097⟧ | 01/12 |
| ⟦PERSON|Ingrid Solberg⟧ | ⟦DATE_TIME|19/09/1972⟧ | ⟦PHONE_NUMBER|027 610 2284⟧ | 15/03 |
| ⟦PERSON|Mark Fenwick⟧ | ⟦DATE_TIME|27/01/1965⟧ | ⟦PHONE_NUMBER|022 917 4406⟧ | 29/11 |"""),

("membership_list", "es", """Pásame esta lista del club de pádel a formato JSON:
1. ⟦PERSON|Ainhoa Zubizarreta⟧ – DNI ⟦ES_NIF|15087305H⟧ – ⟦PHONE_NUMBER|654 302 118⟧
2. ⟦PERSON|Óscar Llorente⟧ – DNI ⟦ES_NIF|26416074E⟧ – ⟦PHONE_NUMBER|699 471 552⟧"""),

("genealogy", "en", """Help me organise my family tree notes into a timeline:
- great-grandad ⟦PERSON|Piotr Wiśniewski⟧, born ⟦DATE_TIME|11 March 1898⟧ in ⟦LOCATION|Łódź⟧, emigrated to ⟦LOCATION|Sheffield⟧ 1921
- married ⟦PERSON|Edith Hawthorne⟧ 1924
- their son ⟦PERSON|Stanley Wiśniewski⟧ (my grandad) born ⟦DATE_TIME|4 June 1926⟧, still living? no, d. 2009"""),

("genealogy", "nl", """Zet deze stamboomnotities in een tijdlijn:
Overgrootmoeder ⟦PERSON|Grietje Zwart⟧, geboren ⟦DATE_TIME|2 mei 1911⟧ te ⟦LOCATION|Sneek⟧, trouwde met ⟦PERSON|Klaas Wijbenga⟧. Hun dochter ⟦PERSON|Antje⟧ werd in 1937 geboren en leeft nog (tante ⟦PERSON|Antje⟧, ⟦AGE|89⟧)."""),
]
