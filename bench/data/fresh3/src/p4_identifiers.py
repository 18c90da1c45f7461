# Hand-written pii prompts: national identifiers, cards and IBANs in varied layouts.
PII = [
    ("tax_id_question", "de", "Meine Steuer-ID ist ⟦DE_TAX_ID|29715083043⟧, aber ELSTER sagt „ungültig“. Hab ich mich vertippt? Auf dem Brief vom Bundeszentralamt steht 29 715 083 043."
     .replace("steht 29 715 083 043", "steht ⟦DE_TAX_ID|29 715 083 043⟧")),
    ("tax_id_question", "pt", "Estou a preencher o IRS Automático e pede o NIF do meu filho dependente. O dele é ⟦PT_NIF|200844539⟧ e o meu ⟦PT_NIF|140271759⟧. Onde coloco as despesas de saúde dele?"),
    ("tax_id_question", "en", "Filling in a W-9 for a client. They asked for my SSN instead of an EIN since I'm a sole proprietor. It's ⟦US_SSN|293-25-0497⟧, name ⟦PERSON|Destiny Alvarez-Whitfield⟧. Is it safe to email this?"),
    ("id_card_ocr", "de", """Die OCR vom Personalausweis hat das ausgespuckt, welche Felder sind falsch erkannt?

BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
⟦DE_ID_CARD|LCG0YGG032⟧
Name/Surname: ⟦PERSON|SCHWARZKOPF⟧
Vornamen/Given names: ⟦PERSON|KORBINIAN MAXIMILIAN⟧
Geburtstag: ⟦DATE_TIME|O7.11.1989⟧  Geburtsort: ⟦LOCATION|ROSENHEIM⟧
Gültig bis: 06.05.2034"""),
    ("id_card_ocr", "es", """Saqué el texto del DNI con el móvil, ¿me ayudas a rellenar el formulario del banco con esto?

APELLIDOS ⟦PERSON|MONTESINOS⟧
⟦PERSON|DE LA VEGA⟧
NOMBRE ⟦PERSON|CARMEN ROCÍO⟧
SEXO F  NACIONALIDAD ESP
FECHA DE NACIMIENTO ⟦DATE_TIME|21 04 1998⟧
DNI ⟦ES_NIF|52202947P⟧
DOMICILIO ⟦STREET_ADDRESS|PZA. DE LA ALFALFA 6 P03 B⟧
⟦LOCATION|SEVILLA⟧"""),
    ("id_card_ocr", "it", """Questa è la trascrizione della tessera sanitaria, controlla che il codice fiscale sia coerente con la data di nascita:

TESSERA SANITARIA
Codice fiscale ⟦IT_FISCAL_CODE|FRRCHR91H63L219I⟧
Cognome ⟦PERSON|FERRERO⟧
Nome ⟦PERSON|CHIARA⟧
Luogo di nascita ⟦LOCATION|TORINO⟧
Data di nascita ⟦DATE_TIME|23/06/1991⟧"""),
    ("nir_question", "fr", "Sur l'attestation de la CPAM mon numéro de sécu est ⟦FR_NIR|1 93 07 13 819 259 07⟧ mais sur ma fiche de paie c'est ⟦FR_NIR|193071381925907⟧ sans espaces, c'est bien le même ? Le logiciel RH refuse le deuxième."),
    ("nir_question", "fr", """Mon fils ⟦PERSON|Nolan⟧ est né le ⟦DATE_TIME|12/03/2001⟧ à ⟦LOCATION|Lille⟧, son NIR commence par 2 01 03 59… c'est normal que ça commence par 2 alors que c'est un garçon ? Voilà le numéro complet : ⟦FR_NIR|2 01 03 59 247 198 10⟧"""),
    ("bsn_question", "nl", "Ik moet voor de kinderopvangtoeslag het BSN van mijn partner invullen. Klopt ⟦NL_BSN|500621214⟧? De Belastingdienst zegt dat het nummer niet bestaat. Hij heet ⟦PERSON|Sem Hoekstra⟧, geboren ⟦DATE_TIME|9 juli 1990⟧."),
    ("cpf_cnpj", "pt", """Sou MEI e estou emitindo minha primeira nota fiscal. Os dados que tenho:

Prestador: ⟦PERSON|Josiane Aparecida Lopes⟧ – MEI
CNPJ: ⟦BR_CNPJ|53.682.858/0001-40⟧
CPF: ⟦BR_CPF|522.485.236-61⟧
Endereço: ⟦STREET_ADDRESS|Rua Padre Eustáquio 1450, sala 2⟧, ⟦LOCATION|Belo Horizonte⟧ - MG, ⟦ZIP_CODE|30720-100⟧
Tomador: Padaria Pão de Mel Ltda

Qual código de serviço eu uso para manicure?"""),
    ("cpf_cnpj", "pt", "a receita diz que o CPF ⟦BR_CPF|89138018098⟧ está pendente de regularização, é da minha mãe ⟦PERSON|Dona Lurdes⟧. o que ela tem que fazer?".replace("⟦PERSON|Dona Lurdes⟧", "Dona ⟦PERSON|Lurdes⟧")),
    ("aadhaar_pan", "en", """my aadhaar and pan are not linking on the income tax portal, it says "name mismatch". aadhaar says ⟦PERSON|Suresh Kumar Yadav⟧, PAN says ⟦PERSON|S K Yadav⟧.
aadhaar: ⟦IN_AADHAAR|4558 3107 9162⟧
pan: ⟦IN_PAN|PNHPU0388H⟧
what should i update, pan or aadhaar?"""),
    ("aadhaar_pan", "en", "KYC for my mutual fund SIP failed. Details I entered: Name ⟦PERSON|Ananya Bhattacharjee⟧, PAN ⟦IN_PAN|BPPPW3120P⟧, Aadhaar ⟦IN_AADHAAR|868000500549⟧, mobile ⟦PHONE_NUMBER|98310 44721⟧. Which one is probably wrong?"),
    ("nhs_nino", "en", "Registering with a new GP in ⟦LOCATION|Sheffield⟧. Form asks for NHS number — mine is ⟦UK_NHS|085 682 7509⟧ and my son ⟦PERSON|Zain⟧'s is ⟦UK_NHS|1436240689⟧. Do I also need his red book?"),
    ("ssn_dl_passport", "en", """For the I-9 my new hire gave me these, is List A enough or do I need B and C too?

Employee: ⟦PERSON|Esperanza Villalobos⟧
US passport: ⟦US_PASSPORT|A41883027⟧ exp 2031
SSN card: ⟦US_SSN|550-01-9768⟧
Texas DL: ⟦US_DRIVER_LICENSE|40318852⟧"""),
    ("ssn_dl_passport", "en", "dmv lady typed my license number wrong. it should be ⟦US_DRIVER_LICENSE|S530-4417-8820-06⟧ (florida) not ⟦US_DRIVER_LICENSE|S530-4417-8820-60⟧. how do i get it fixed before my rental pickup? name on it ⟦PERSON|Chandler Beaumont⟧"),
    ("ssn_dl_passport", "en", """passport renewal DS-82, section 'most recent passport':
number ⟦US_PASSPORT|568240117⟧, issued 2017
name as printed: ⟦PERSON|OKAFOR-BLAKE, TEMPERANCE J⟧
new name after marriage: ⟦PERSON|Temperance Okafor-Blake Reyes⟧
does the marriage certificate have to be certified?"""),
    ("card_dispute", "en", """Draft a chargeback dispute letter for me:

Cardholder: ⟦PERSON|Lamar Hutchins⟧
Card: Amex ⟦CREDIT_CARD|3717 531997 86216⟧
Merchant: SkyDeal Travel, charged $1,842.60 on 11/03 for flights that were cancelled.
They promised a refund in writing (email from ⟦EMAIL_ADDRESS|support@skydealtravel.example⟧) but nothing came.""".replace("⟦EMAIL_ADDRESS|support@skydealtravel.example⟧", "support@skydealtravel.example")),
    ("card_dispute", "fr", "Bonjour, ma banque me demande d'écrire une lettre de contestation. Carte Visa n° ⟦CREDIT_CARD|4697 3823 8277 4174⟧, titulaire ⟦PERSON|Clémence Aubertin⟧, débit de 249 € chez un site que je ne connais pas le 18/11. Peux-tu la rédiger ?"),
    ("card_dispute", "it", "Mi hanno clonato la Mastercard ⟦CREDIT_CARD|5160473964850428⟧, ci sono tre addebiti da Amazon che non ho fatto. Come scrivo il disconoscimento alla banca? Intestataria ⟦PERSON|Federica Loi⟧."),
    ("card_in_chat", "en", "hey can u book the hotel for us, use my card ⟦CREDIT_CARD|2232 7907 0615 5118⟧ exp 04/29 cvc 318, name on card ⟦PERSON|P ABERCROMBIE⟧. thx"),
    ("card_in_chat", "es", "Te paso los datos de la tarjeta para que pagues la reserva: ⟦CREDIT_CARD|4503 5710 7955 1549⟧, caduca 09/28, titular ⟦PERSON|Guadalupe Ortega⟧. Luego me lo devuelves 😉"),
    ("iban_layout", "de", """Bitte prüf mal die Überweisungsvorlage, die Bank meckert:

Empfänger: ⟦PERSON|Maximilian Odenwald⟧
IBAN:      ⟦IBAN_CODE|DE60 5791 3785 3479
           3350 38⟧
Betrag: 1.250,00 EUR
Verwendungszweck: Miete Dezember ⟦STREET_ADDRESS|Gartenweg 2⟧"""),
    ("iban_layout", "nl", "Kun je dit betaalverzoek vertalen naar het Engels? 'Hoi, wil je €45 overmaken naar ⟦IBAN_CODE|NL66ZXAT2947714340⟧ t.n.v. ⟦PERSON|M. Verbeek⟧ voor het etentje? Groetjes ⟦PERSON|Mirjam⟧'"),
    ("iban_layout", "es", """Tabla de proveedores (exportada de Excel), ¿puedes detectar IBANs con formato incorrecto?

proveedor\ttitular\tIBAN
Frutas Campo\t⟦PERSON|Anselmo Ribas⟧\t⟦IBAN_CODE|ES86 2639 3577 1529 8655 3378⟧
Limpiezas Sol\t⟦PERSON|Mª Luz Cifuentes⟧\t⟦IBAN_CODE|ES8638658487062956514223⟧
Transportes Ebro S.L.\t-\tES12 0049 1500"""),
    ("iban_layout", "it", "Per il rimborso della caparra mandami l'IBAN. — Eccolo: ⟦IBAN_CODE|IT 62 Q 03405 61076 959854904867⟧ intestato a ⟦PERSON|Corrado Vitale⟧. Puoi scrivermi una ricevuta?".replace("IT 62 Q 03405 61076 959854904867", "IT62 Q034 0561 0769 5985 4904 867")),
    ("iban_layout", "pt", "Preciso fazer uma transferência internacional para Portugal, o IBAN do senhorio é ⟦IBAN_CODE|PT50 7661 2512 1866 7379 2112 5⟧ (⟦PERSON|Augusto Pimentel⟧). Que taxas vou pagar do Brasil?"),
    ("bank_dispute_letter", "en", """Please make this complaint letter to my bank firmer:

⟦PERSON|Ms Priscilla Onwuachi⟧
⟦STREET_ADDRESS|63 Kingsbury Road⟧
⟦LOCATION|Birmingham⟧
⟦ZIP_CODE|B24 8QR⟧

Account: sort code 20-44-17, IBAN ⟦IBAN_CODE|GB93COEK04044231466897⟧

Dear Sir/Madam, on 4 November £3,200 left my account as a 'safe account' transfer after a caller pretending to be your fraud team phoned me on ⟦PHONE_NUMBER|0121 496 0388⟧. I reported it within an hour.""".replace("⟦PERSON|Ms Priscilla Onwuachi⟧", "Ms ⟦PERSON|Priscilla Onwuachi⟧")),
    ("bank_dispute_letter", "de", "Schreib mir eine Beschwerde an die Sparkasse: Am 12.11. wurden von meinem Konto ⟦IBAN_CODE|DE68304584249913337035⟧ zwei Lastschriften über je 89,90 € von einem Fitnessstudio eingezogen, bei dem ich nie Mitglied war. Kontoinhaberin: ⟦PERSON|Doris Wernicke⟧, ⟦STREET_ADDRESS|Am Schlosspark 14⟧, ⟦ZIP_CODE|41238⟧ ⟦LOCATION|Mönchengladbach⟧."),
]
