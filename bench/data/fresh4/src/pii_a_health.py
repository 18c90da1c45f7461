"""Batch A (pii): clinical documents, lab reports, vaccination/allergy records, vet records,
pharmacy labels, HL7 v2 and FHIR, sensitive health tied to a person. Written by hand."""

PII = [
("discharge_summary", "en", """Can you turn this discharge summary into plain English for the family?

DISCHARGE SUMMARY — Ward 7B
Patient: ⟦PERSON|Oluwaseun Adebayo-Clarke⟧   DOB: ⟦DATE_TIME|14/03/1957⟧   MRN: ⟦MEDICAL_RECORD_NUMBER|RH4471920⟧
Admitted 02/11 with ⟦MEDICAL_CONDITION|community-acquired pneumonia⟧ on a background of ⟦MEDICAL_CONDITION|COPD⟧ and ⟦MEDICAL_CONDITION|heart failure with reduced EF (35%)⟧. Treated with IV co-amoxiclav, stepped down day 4. Discharged home to ⟦STREET_ADDRESS|14 Tenter Close⟧, ⟦LOCATION|Rotherham⟧ ⟦ZIP_CODE|S60 2QN⟧ with district nurse follow-up. GP: Dr ⟦PERSON|Hallam⟧."""),

("discharge_summary", "de", """Kannst du mir den Entlassbrief meiner Mutter kurz zusammenfassen? Ich verstehe die Abkürzungen nicht.

Pat.: ⟦PERSON|Gisela Trautwein⟧, geb. ⟦DATE_TIME|22.08.1944⟧
Diagnosen: ⟦MEDICAL_CONDITION|Schenkelhalsfraktur re.⟧, ⟦MEDICAL_CONDITION|Z.n. TEP⟧, ⟦MEDICAL_CONDITION|VHF⟧ unter ⟦MEDICAL_CONDITION|Apixaban⟧, ⟦MEDICAL_CONDITION|beginnende Demenz⟧
Weiterbehandlung: Reha in Bad Wildungen ab 18.11."""),

("discharge_summary", "fr", """Résume ce compte rendu d'hospitalisation en 3 lignes stp :
Mme ⟦PERSON|Nadia Belkacem⟧, ⟦AGE|41⟧ ans, hospitalisée du 4 au 9 octobre pour ⟦MEDICAL_CONDITION|pyélonéphrite aiguë⟧ compliquée, sur terrain de ⟦MEDICAL_CONDITION|diabète de type 1⟧ mal équilibré (HbA1c 9,8 %). Sortie avec ceftriaxone relais oral. IPP ⟦MEDICAL_RECORD_NUMBER|0038812745⟧."""),

("lab_report", "en", """what does a ferritin of 6 mean?? this is my daughter's blood test

Name: ⟦PERSON|Summer Okonkwo⟧  Sex: F  DOB ⟦DATE_TIME|2011-06-30⟧
Hb 98 g/L (L)  MCV 71 fL (L)  Ferritin 6 ug/L (L)
Comment: picture consistent with ⟦MEDICAL_CONDITION|iron deficiency anaemia⟧."""),

("lab_report", "it", """Mi spieghi questi valori? Sono le analisi di mio marito.
Paziente: ⟦PERSON|CONTI Lorenzo⟧ — nato il ⟦DATE_TIME|21/11/1961⟧
HBsAg: positivo
HBV-DNA: 2.400 UI/mL
ALT 88 U/L
Conclusione: ⟦MEDICAL_CONDITION|epatite B cronica⟧ HBeAg-negativa, da valutare terapia con ⟦MEDICAL_CONDITION|tenofovir⟧."""),

("lab_report", "nl", """Uitslag bloedonderzoek van mijn vader, kun je uitleggen wat eGFR 24 betekent?
Naam: dhr. ⟦PERSON|Hendrik Jan Mulder⟧ — geb. ⟦DATE_TIME|03-05-1949⟧
Kreatinine 212 µmol/L, eGFR 24
Conclusie internist: ⟦MEDICAL_CONDITION|chronische nierschade stadium 4⟧, verwijzing naar nefroloog."""),

("vaccination_record", "en", """Please check whether this kid is up to date for school entry (UK schedule):

Child: ⟦PERSON|Tiago Ferreira-Walsh⟧   DOB ⟦DATE_TIME|09/02/2020⟧   NHS no. ⟦UK_NHS|314 306 1081⟧
6-in-1: 8w, 12w, 16w ✓
MMR 1: 12m ✓  MMR 2: not given (parent declined)
Allergies: ⟦MEDICAL_CONDITION|egg anaphylaxis⟧ — carries adrenaline auto-injector"""),

("vaccination_record", "pt", """Preciso traduzir para inglês o boletim de vacinas do meu filho para a escola em Dublin:
Nome: ⟦PERSON|Rafael Gouveia Simões⟧
Data de nascimento: ⟦DATE_TIME|17/07/2017⟧
Nº utente SNS: ⟦MEDICAL_RECORD_NUMBER|268 431 907⟧
VASPR 1 – 12 meses; VASPR 2 – 5 anos; MenB – 2, 4 e 12 meses.
Observações: ⟦MEDICAL_CONDITION|alergia à penicilina⟧."""),

("allergy_record", "es", """Traduce al inglés esta ficha de alergias para el campamento:
Nombre: ⟦PERSON|Lucía Etxeberria Goñi⟧ (⟦AGE|9⟧ años)
Alergias: ⟦MEDICAL_CONDITION|alergia grave a frutos secos⟧ (anacardo, pistacho), ⟦MEDICAL_CONDITION|asma⟧ controlada con Ventolin.
Contacto de emergencia: su madre, ⟦PERSON|Maite Goñi⟧, ⟦PHONE_NUMBER|+34 688 21 43 90⟧"""),

("vet_record", "en", """Rewrite this as a friendly reminder text to the owner:

Patient: "Biscuit" (Cocker spaniel, 7y)
Owner: ⟦PERSON|Grant Whitfield⟧, ⟦STREET_ADDRESS|3 Mallard Way⟧, ⟦LOCATION|Kendal⟧ ⟦ZIP_CODE|LA9 7RU⟧ — mob ⟦PHONE_NUMBER|07700 184 392⟧
Due: booster + kennel cough 12/12. Bloods for Vetoryl monitoring."""),

("vet_record", "de", """Fass das bitte als Rechnungstext zusammen:
Tierhalterin: ⟦PERSON|Sabine Fuchs⟧, ⟦STREET_ADDRESS|Am Mühlbach 7a⟧, ⟦ZIP_CODE|83278⟧ ⟦LOCATION|Traunstein⟧, Tel. ⟦PHONE_NUMBER|0861 90 44 318⟧
Tier: Kater "Mo", EKH, 12 J.
Leistungen: Zahnsanierung unter Narkose, 3 Extraktionen, Röntgen."""),

("vet_record", "fr", """Corrige l'orthographe de ce mail à la clinique véto :
Bonjour, c'est ⟦PERSON|Clémence Roux-Aubert⟧ la propriétaire de Praline (chatte, 4 ans). Je voulais savoir si les résultats de la biopsie sont arrivés. Vous pouvez m'appeler au ⟦PHONE_NUMBER|06 71 39 28 54⟧ ou m'écrire à ⟦EMAIL_ADDRESS|clem.rouxaubert@laposte.net⟧. Merci !"""),

("pharmacy_label", "en", """OCR from a pill bottle, can you tell me what it's for?

CVS pharmacy #4471
RX# 7729104-0883
⟦PERSON|DESTINY M HOLLOWAY⟧
⟦STREET_ADDRESS|2206 W CARSON ST APT 3⟧
SERTRALINE HCL 50MG TAB
TAKE 1 TABLET BY MOUTH DAILY
Dr. ⟦PERSON|R. Baptiste⟧  DEA ⟦US_DEA|BB5352466⟧
QTY 30  REFILLS 2"""),

("pharmacy_label", "it", """Che cos'è questo farmaco? Etichetta della farmacia per mia nonna:
Sig.ra ⟦PERSON|Assunta Esposito⟧
⟦MEDICAL_CONDITION|Donepezil⟧ 5 mg — 1 cpr la sera
C.F. ⟦IT_FISCAL_CODE|SPSNTN58H03F839Q⟧"""),

("hl7_message", "en", """Parse this HL7 ADT and give me the fields as JSON:

MSH|^~\\&|EPIC|MERCYHOSP|LAB|MERCY|20261112083000||ADT^A01|MSG00421|P|2.5
PID|1||⟦MEDICAL_RECORD_NUMBER|E3319027⟧^^^MERCY^MR||⟦PERSON|NAKAMURA⟧^⟦PERSON|HOPE⟧^L||⟦DATE_TIME|19880415⟧|F|||⟦STREET_ADDRESS|418 ELM HOLLOW RD⟧^^⟦LOCATION|DAYTON⟧^OH^⟦ZIP_CODE|45429⟧||⟦PHONE_NUMBER|(937)298-4406⟧
PV1|1|I|4W^412^B"""),

("hl7_message", "de", """Warum lehnt unser Kommunikationsserver diese Nachricht ab? Feld PID-11 scheint kaputt.

MSH|^~\\&|KIS|KLINIKUM-OST|RIS|RAD|20261103141500||ORM^O01|4471|P|2.3
PID|||⟦MEDICAL_RECORD_NUMBER|0004518832⟧||⟦PERSON|Yılmaz⟧^⟦PERSON|Emre⟧||⟦DATE_TIME|19760109⟧|M|||⟦STREET_ADDRESS|Hafenstr. 19⟧^^⟦LOCATION|Bremerhaven⟧^^⟦ZIP_CODE|27568⟧^D~||⟦PHONE_NUMBER|0471 8820 71⟧
IN1|1|AOK|⟦MEDICAL_RECORD_NUMBER|W619513243⟧"""),

("fhir_patient", "en", """Validate this FHIR Patient resource against R4, is telecom right?

{
  "resourceType": "Patient",
  "id": "pt-88213",
  "identifier": [{"system": "http://hospital.example.org/mrn", "value": "⟦MEDICAL_RECORD_NUMBER|MRN-00917342⟧"}],
  "name": [{"family": "⟦PERSON|Mbeki⟧", "given": ["⟦PERSON|Thandiwe⟧", "⟦PERSON|Grace⟧"]}],
  "telecom": [{"system": "phone", "value": "⟦PHONE_NUMBER|+27 82 614 3390⟧"}, {"system": "email", "value": "⟦EMAIL_ADDRESS|thandi.mbeki@webmail.co.za⟧"}],
  "gender": "female",
  "birthDate": "⟦DATE_TIME|1993-10-02⟧",
  "address": [{"line": ["⟦STREET_ADDRESS|27 Jacaranda Avenue⟧"], "city": "⟦LOCATION|Pretoria⟧", "postalCode": "⟦ZIP_CODE|0181⟧"}]
}"""),

("fhir_patient", "nl", """Klopt dit FHIR-bericht? Het BSN moet volgens mij in een andere system-URI.
{"resourceType":"Patient","identifier":[{"system":"http://fhir.nl/fhir/NamingSystem/bsn","value":"⟦NL_BSN|337283953⟧"}],"name":[{"family":"⟦PERSON|El Idrissi⟧","given":["⟦PERSON|Yasmina⟧"]}],"birthDate":"⟦DATE_TIME|1990-01-27⟧","address":[{"line":["⟦STREET_ADDRESS|Van Speijkstraat 88-3⟧"],"postalCode":"⟦ZIP_CODE|1057 GZ⟧","city":"⟦LOCATION|Amsterdam⟧"}]}"""),

("therapy_note", "en", """Summarise my session notes into a SOAP note, keep it short:

Client: ⟦PERSON|Dawn Petrakis⟧, session 6. Reports fewer panic attacks since starting ⟦MEDICAL_CONDITION|escitalopram⟧. Still avoiding the Tube. Discussed ⟦MEDICAL_CONDITION|panic disorder with agoraphobia⟧ formulation; exposure hierarchy started. Mentions partner ⟦PERSON|Cliff⟧ is supportive."""),

("therapy_note", "es", """Resume en un párrafo: sesión con ⟦PERSON|Joaquín Barrientos⟧, ⟦AGE|34⟧ años. Lleva 5 meses sin consumir tras el ingreso por ⟦MEDICAL_CONDITION|adicción a la cocaína⟧. Sigue con ⟦MEDICAL_CONDITION|naltrexona⟧. Refiere insomnio y conflicto con su hermana ⟦PERSON|Rocío⟧."""),

("sensitive_health", "en", """help me write a text to my boss. i need every other friday off for the next 2 months for ⟦MEDICAL_CONDITION|IVF appointments⟧ but i don't want to say that. my name's ⟦PERSON|kezia⟧ and boss is ⟦PERSON|martin⟧"""),

("sensitive_health", "fr", """Peux-tu reformuler ce message pour mon médecin du travail ? « Je m'appelle ⟦PERSON|Julien Marchetti⟧, je suis ⟦MEDICAL_CONDITION|séropositif⟧ depuis 2019, sous ⟦MEDICAL_CONDITION|Biktarvy⟧, charge virale indétectable. Je ne souhaite pas que mon manager soit informé. »"""),

("sensitive_health", "pt", """Me ajuda a escrever uma mensagem pra escola? Minha filha ⟦PERSON|Lívia⟧ (⟦AGE|15⟧ anos) está em tratamento para ⟦MEDICAL_CONDITION|anorexia nervosa⟧ no CAPSi e vai faltar às terças. Sou ⟦PERSON|Patrícia Nogueira⟧, mãe dela."""),

("sensitive_health", "it", """Correggi questa mail alla tutor: «Gentile prof.ssa, le scrivo per mio figlio ⟦PERSON|Matteo Cantoni⟧, 3ªB. Dopo la valutazione all'ASL gli è stata certificata ⟦MEDICAL_CONDITION|dislessia⟧ e ⟦MEDICAL_CONDITION|ADHD⟧; allego il PDP. Cordiali saluti, ⟦PERSON|Lara Cantoni⟧»"""),

("tutoring_note", "en", """turn these tutoring notes into a progress update for the parents:
- ⟦PERSON|will⟧ (yr 5) — ⟦MEDICAL_CONDITION|dyslexia⟧, coloured overlay helps, reading age now 8y2m
- struggled w/ multi-step word problems, ⟦MEDICAL_CONDITION|ADHD⟧ meds wear off by 4pm so earlier slot better
- mum (⟦PERSON|Rosie Ndlovu⟧) asked about 11+ prep"""),

("tutoring_note", "nl", """Maak hier een nette rapportage van voor de IB'er:
⟦PERSON|Daan de Boer⟧ (groep 6) heeft ⟦MEDICAL_CONDITION|dyscalculie⟧ (verklaring 2025). Werkt met tafelkaart en rekenmachine. Moeder ⟦PERSON|Ilse de Boer-Kramer⟧ vraagt om extra tijd bij de Cito-toetsen."""),

("lab_report", "es", """¿Qué significa esto? Es el informe de mi pareja y estamos nerviosos.
Paciente: ⟦PERSON|Andrés Villalobos Cuesta⟧ · NHC ⟦MEDICAL_RECORD_NUMBER|2208173⟧
Seminograma: concentración 3 millones/mL, motilidad progresiva 8 %.
Juicio clínico: ⟦MEDICAL_CONDITION|oligoastenozoospermia severa⟧. Se propone ⟦MEDICAL_CONDITION|ICSI⟧."""),

("fertility_chat", "pt", """oi, preciso de ajuda pra calcular a data provável do parto. sou ⟦PERSON|Bruna Queiroz⟧, fiz transferência de embrião dia 3 de setembro e o beta deu positivo: ⟦MEDICAL_CONDITION|grávida de gêmeos⟧ segundo a primeira ultra!"""),
]
