# ruff: noqa
# Extra records for rarer identifiers and a long non-English letter. (genre, lang, text)
PII = [
("discharge_summary", "fr", """Pouvez-vous reformuler ce compte rendu en langage simple pour le patient et sa famille ?

COMPTE RENDU D'HOSPITALISATION – Service de cardiologie
Patient : M. ⟦PERSON|Jean-Baptiste Arnaud⟧
Né le : ⟦DATE_TIME|12/05/1976⟧ – N° sécurité sociale : ⟦FR_NIR|1 76 05 31 210 519 96⟧
IPP : ⟦MEDICAL_RECORD_NUMBER|31-0048827⟧
Adresse : ⟦STREET_ADDRESS|5 impasse des Lilas⟧, ⟦ZIP_CODE|31500⟧ ⟦LOCATION|Toulouse⟧

Motif d'hospitalisation : douleur thoracique constrictive au repos depuis 2 heures.
Antécédents : ⟦MEDICAL_CONDITION|hypertension artérielle⟧, ⟦MEDICAL_CONDITION|dyslipidémie⟧, tabagisme actif (30 PA), ⟦MEDICAL_CONDITION|syndrome d'apnées du sommeil appareillé⟧.
Évolution : ECG avec sus-décalage du segment ST en inférieur. Coronarographie en urgence : ⟦MEDICAL_CONDITION|occlusion de la coronaire droite⟧, angioplastie avec pose d'un stent actif. Suites simples. FEVG à 50 %.
Diagnostic de sortie : ⟦MEDICAL_CONDITION|infarctus du myocarde inférieur (STEMI)⟧.
Traitement de sortie : aspirine 75 mg, ticagrélor 90 mg x2, bisoprolol 2,5 mg, atorvastatine 80 mg, ramipril 2,5 mg.
Suivi : consultation avec le Dr ⟦PERSON|Hélène Castaing⟧ dans 6 semaines, réadaptation cardiaque à prévoir, sevrage tabagique fortement conseillé.
Personne à prévenir : ⟦PERSON|Sylvie Arnaud⟧ (épouse), ⟦PHONE_NUMBER|06 12 98 44 07⟧."""),
("nie_paperwork", "es", "Estoy empadronando a mi pareja ⟦PERSON|Giulia Marchetti⟧ en mi piso de ⟦STREET_ADDRESS|Carrer de Sants 184, 2n 1a⟧, ⟦ZIP_CODE|08028⟧ ⟦LOCATION|Barcelona⟧. Su NIE es ⟦ES_NIE|X2519613D⟧ y el mío ⟦ES_NIE|Z1283935B⟧. ¿Qué documentos piden en el ayuntamiento?"),
("freelancer_kyc", "en", """Subject: KYC docs for invoicing

Hi team, as requested: PAN ⟦IN_PAN|VFCPB7411X⟧, Aadhaar ⟦IN_AADHAAR|2080 7795 7538⟧ (masked copy attached), GSTIN pending. Payments to my account in ⟦LOCATION|Pune⟧ please. Regards, ⟦PERSON|Rohan Deshpande⟧, ⟦PHONE_NUMBER|+91 98220 41357⟧

can you tell me if this email is ok to send or too informal"""),
("tax_chat", "de", "kurze frage: meine steuer-id ist ⟦DE_TAX_ID|70140305264⟧, aber im elster-formular steht eine andere bei meiner frau ⟦PERSON|Jana⟧ vorausgefüllt. kann es sein dass die vertauscht wurden? wir sind im märz nach ⟦LOCATION|Freiburg⟧ umgezogen"),
("health_insurance_chat", "nl", "Mijn zoon ⟦PERSON|Thijs⟧ (⟦AGE|12⟧) heeft ⟦MEDICAL_CONDITION|diabetes type 1⟧ gekregen en we willen een sensor (FreeStyle Libre) vergoed krijgen. Zijn BSN is ⟦NL_BSN|661640395⟧. Moet de aanvraag via de kinderarts of de zorgverzekeraar?"),
("nhs_app", "en", "nhs app says my number ⟦UK_NHS|391 756 2189⟧ isn't linked to a GP since I moved to ⟦LOCATION|Bristol⟧. I need my repeat ⟦MEDICAL_CONDITION|sertraline⟧ sorted before it runs out friday. what do i do"),
("mutuelle_email", "fr", "Bonjour, je souhaite ajouter ma fille ⟦PERSON|Lina Cordier⟧ à ma mutuelle. Mon numéro de sécu : ⟦FR_NIR|2 91 03 59 727 680 21⟧. Elle est suivie pour un ⟦MEDICAL_CONDITION|asthme sévère⟧ donc je voudrais savoir si les séances de kiné respiratoire sont remboursées. Merci, ⟦PERSON|Audrey Cordier⟧"),
("toeslagen_chat", "nl", "hoi, de belastingdienst vraagt het BSN van mijn partner voor de huurtoeslag. is dit het goede formaat: ⟦NL_BSN|555901166⟧? hij heet ⟦PERSON|Emre Şahin⟧ en woont sinds juli bij mij op de ⟦STREET_ADDRESS|Hoogstraat 12A⟧ in ⟦LOCATION|Eindhoven⟧"),
("long_email_thread", "de", """Kannst du mir aus diesem Mailverlauf eine kurze, sachliche Zusammenfassung für die Personalakte machen? Bitte ohne Diagnosen, die gehören da nicht rein.

-----Ursprüngliche Nachricht-----
Von: ⟦PERSON|Birgit Engelhardt⟧ <⟦EMAIL_ADDRESS|b.engelhardt@holzbau-rieger.de⟧>
Gesendet: Donnerstag, 20. November 2026 08:47
An: ⟦PERSON|Stefan Rieger⟧
Betreff: AW: Wiedereingliederung ⟦PERSON|Marco⟧

Hallo ⟦PERSON|Stefan⟧,

ich habe gestern lange mit ⟦PERSON|Marco Vukovic⟧ telefoniert. Er ist seit dem ⟦DATE_TIME|4. August⟧ krankgeschrieben, nach dem Arbeitsunfall auf der Baustelle in ⟦LOCATION|Ravensburg⟧ (⟦MEDICAL_CONDITION|Trümmerbruch des rechten Sprunggelenks⟧, zweimal operiert). Dazu kommt, und das hat er mir im Vertrauen gesagt, dass er seit dem Unfall in Behandlung wegen einer ⟦MEDICAL_CONDITION|Angststörung⟧ ist und nachts kaum schläft.

Sein Orthopäde schlägt eine stufenweise Wiedereingliederung nach dem Hamburger Modell vor: zwei Wochen je 4 Stunden, dann zwei Wochen je 6 Stunden, ab Januar voll. Er darf vorerst nicht auf Gerüste und keine Lasten über 10 kg tragen. Ich würde ihn in der Zeit in die Arbeitsvorbereitung setzen, ⟦PERSON|Elif⟧ könnte ihn einarbeiten.

Die Krankenkasse (AOK) zahlt in der Zeit weiter Krankengeld, wir zahlen nichts extra. Für die Fahrtkostenerstattung hat er mir seine neue Bankverbindung geschickt: ⟦IBAN_CODE|DE38 5649 5257 2723 4388 78⟧.

Er ist unter ⟦PHONE_NUMBER|0751 3617 2290⟧ oder mobil ⟦PHONE_NUMBER|0157 8842 1196⟧ erreichbar.

Viele Grüße
⟦PERSON|Birgit⟧

-----Ursprüngliche Nachricht-----
Von: ⟦PERSON|Stefan Rieger⟧
Gesendet: Mittwoch, 19. November 2026 17:12
Betreff: Wiedereingliederung ⟦PERSON|Marco⟧

Hallo ⟦PERSON|Birgit⟧, weißt du schon was Neues von ⟦PERSON|Marco⟧? Die BG hat angerufen und wollte wissen, ab wann er wieder einsatzfähig ist. Gruß ⟦PERSON|Stefan⟧"""),
]
