# Hand-written pii prompts: health tied to a person, all seven languages.
PII = [
    ("health_self", "en", "i've been on ⟦MEDICAL_CONDITION|lamotrigine⟧ for my ⟦MEDICAL_CONDITION|bipolar II⟧ since march and my new job wants a medical questionnaire. do i have to tell them? i'm ⟦PERSON|Summer⟧ btw, ⟦AGE|26⟧, in ⟦LOCATION|Ohio⟧"),
    ("health_self", "de", "Ich bin ⟦AGE|41⟧, habe seit zwei Jahren ⟦MEDICAL_CONDITION|Morbus Crohn⟧ und bekomme jetzt ⟦MEDICAL_CONDITION|Humira⟧ gespritzt. Mein Chef (⟦PERSON|Herr Lindqvist⟧) fragt ständig, warum ich so oft fehle. Muss ich ihm die Diagnose sagen?".replace("⟦PERSON|Herr Lindqvist⟧", "Herr ⟦PERSON|Lindqvist⟧")),
    ("health_self", "fr", "Bonjour, je m'appelle ⟦PERSON|Inès Haddad⟧, j'ai ⟦AGE|29⟧ ans et je suis ⟦MEDICAL_CONDITION|enceinte de 14 semaines⟧. Mon employeur peut-il refuser mon télétravail ? Je fais aussi du ⟦MEDICAL_CONDITION|diabète gestationnel⟧."),
    ("health_self", "es", "Oye, me acaban de diagnosticar ⟦MEDICAL_CONDITION|hipotiroidismo de Hashimoto⟧ y me han mandado ⟦MEDICAL_CONDITION|Eutirox 50⟧. ¿Tengo que tomarlo en ayunas? Soy ⟦PERSON|Rocío⟧, ⟦AGE|33⟧ años, de ⟦LOCATION|Jaén⟧."),
    ("health_self", "it", "ciao, ho ⟦AGE|19⟧ anni e da qualche mese soffro di ⟦MEDICAL_CONDITION|attacchi di panico⟧, la psichiatra mi ha dato lo ⟦MEDICAL_CONDITION|Zoloft⟧. posso bere una birra il sabato? non voglio che i miei lo sappiano"),
    ("health_self", "pt", "Olá, tenho ⟦AGE|47⟧ anos e fui diagnosticada com ⟦MEDICAL_CONDITION|cancro da mama⟧ em setembro. Começo a ⟦MEDICAL_CONDITION|quimioterapia⟧ no IPO de ⟦LOCATION|Coimbra⟧ na segunda. O meu número de utente é ⟦MEDICAL_RECORD_NUMBER|284 117 093⟧, preciso dele para a baixa?"),
    ("health_self", "nl", "Ik ben ⟦PERSON|Lotte⟧ (⟦AGE|24⟧) en heb net te horen gekregen dat ik ⟦MEDICAL_CONDITION|MS⟧ heb. Moet ik dit melden bij mijn arbeidsongeschiktheidsverzekering? Ik slik nu ⟦MEDICAL_CONDITION|Tecfidera⟧."),
    ("health_child", "en", """Need help writing a note to my daughter's teacher. Ms Holloway, Amelie (year 5) was diagnosed with coeliac disease last week so she can't have the class birthday cakes. Also she's been having panic about it. Thanks, Dan"""
     .replace("Ms Holloway", "Ms ⟦PERSON|Holloway⟧").replace("Amelie", "⟦PERSON|Amelie⟧")
     .replace("coeliac disease", "⟦MEDICAL_CONDITION|coeliac disease⟧").replace("Dan\"\"\"", "⟦PERSON|Dan⟧").replace("Thanks, Dan", "Thanks, ⟦PERSON|Dan⟧")),
    ("health_child", "de", "Unser Sohn ⟦PERSON|Mats⟧ (⟦AGE|7⟧) hat ⟦MEDICAL_CONDITION|Epilepsie⟧ und nimmt ⟦MEDICAL_CONDITION|Levetiracetam⟧. Die Schule will ihn nicht mit auf Klassenfahrt nehmen. Wie formuliere ich einen Brief an die Rektorin, Frau ⟦PERSON|Demir-Hartmann⟧?"),
    ("health_child", "es", "Mi hija ⟦PERSON|Valentina⟧ tiene ⟦AGE|4⟧ años y el pediatra dice que tiene ⟦MEDICAL_CONDITION|TEA⟧ (trastorno del espectro autista) grado 1. ¿Qué ayudas hay en la Comunidad de Madrid? Su tarjeta sanitaria es ⟦MEDICAL_RECORD_NUMBER|BBBB040812345017⟧."),
    ("health_child", "pt", "meu filho ⟦PERSON|Davi⟧ de ⟦AGE|9⟧ anos tem ⟦MEDICAL_CONDITION|TDAH⟧ e toma ⟦MEDICAL_CONDITION|Ritalina⟧, a escola pediu laudo. o médico dele é o ⟦PERSON|Dr. Caio Menezes⟧, como peço esse documento?".replace("⟦PERSON|Dr. Caio Menezes⟧", "Dr. ⟦PERSON|Caio Menezes⟧")),
    ("health_parent", "en", """My dad (Ronald Fairweather, 81) was admitted to St Luke's on Sunday after a fall. The discharge letter says "known AF on apixaban, CKD 3b, new delirium". Can you explain each bit like I'm not a doctor?"""
     .replace("Ronald Fairweather", "⟦PERSON|Ronald Fairweather⟧").replace("81", "⟦AGE|81⟧")
     .replace("AF on apixaban", "⟦MEDICAL_CONDITION|AF⟧ on ⟦MEDICAL_CONDITION|apixaban⟧").replace("CKD 3b", "⟦MEDICAL_CONDITION|CKD 3b⟧")
     .replace("new delirium", "new ⟦MEDICAL_CONDITION|delirium⟧")),
    ("health_parent", "fr", "Ma mère, ⟦PERSON|Josiane Rivière⟧, ⟦AGE|78⟧ ans, sort de l'hôpital avec une ⟦MEDICAL_CONDITION|insuffisance cardiaque⟧ et du ⟦MEDICAL_CONDITION|Lasilix⟧. Elle habite seule au ⟦STREET_ADDRESS|5 impasse des Glycines⟧, ⟦ZIP_CODE|31500⟧ ⟦LOCATION|Toulouse⟧. Comment demander l'APA ?"),
    ("health_parent", "it", "Mia madre ha ⟦AGE|84⟧ anni, ⟦MEDICAL_CONDITION|Parkinson⟧ da dieci anni, e adesso prende ⟦MEDICAL_CONDITION|Madopar⟧ quattro volte al giorno. La badante, ⟦PERSON|Oksana⟧, dice che di notte ha allucinazioni. È un effetto del farmaco?"),
    ("health_parent", "nl", "Mijn vader ⟦PERSON|Kees Brouwer⟧ woont in verpleeghuis De Lindehof en heeft ⟦MEDICAL_CONDITION|vasculaire dementie⟧. Zijn BSN is ⟦NL_BSN|385099502⟧. Hoe vraag ik een Wlz-indicatie aan?"),
    ("patient_note", "en", """Turn this into a referral letter to cardiology, formal tone:

Pt: ⟦PERSON|Adebayo Ogunleye⟧, DOB ⟦DATE_TIME|14/09/1968⟧, NHS no ⟦UK_NHS|144 501 9302⟧
PMH: ⟦MEDICAL_CONDITION|T2DM⟧, ⟦MEDICAL_CONDITION|HTN⟧, ex-smoker
PC: exertional chest tightness x 6/52, ECG shows ⟦MEDICAL_CONDITION|LBBB⟧ (new)
Meds: ⟦MEDICAL_CONDITION|metformin⟧ 1 g bd, ⟦MEDICAL_CONDITION|ramipril⟧ 5 mg od"""),
    ("patient_note", "de", """Bitte in einen Arztbrief umformulieren:

Pat.: ⟦PERSON|Gudrun Möller-Sahin⟧, geb. ⟦DATE_TIME|02.12.1950⟧, KVNR ⟦MEDICAL_RECORD_NUMBER|T582042725⟧
Dg.: ⟦MEDICAL_CONDITION|COPD GOLD III⟧, ⟦MEDICAL_CONDITION|exazerbiert⟧; ⟦MEDICAL_CONDITION|Z.n. Pneumonie⟧ 09/26
Th.: Prednisolon 40 mg für 5 Tage, Spiriva weiter
Wohnhaft: ⟦STREET_ADDRESS|Kastanienallee 3⟧, ⟦ZIP_CODE|14469⟧ ⟦LOCATION|Potsdam⟧"""),
    ("patient_note", "es", """Pásame esto a un informe de alta bien redactado:

Paciente: ⟦PERSON|Eusebio Castañeda Ruiz⟧, ⟦AGE|67⟧ a., NHC ⟦MEDICAL_RECORD_NUMBER|00417736⟧
Ingresa por ⟦MEDICAL_CONDITION|ictus isquémico⟧ de ACM izquierda. Antecedentes: ⟦MEDICAL_CONDITION|FA⟧ sin anticoagular, ⟦MEDICAL_CONDITION|DM2⟧.
Al alta: ⟦MEDICAL_CONDITION|afasia motora⟧ leve, deambula con ayuda."""),
    ("patient_note", "pt", """Resume este relatório para eu mandar ao médico de família:

Utente: ⟦PERSON|Conceição Amaral Vieira⟧ | NIF ⟦PT_NIF|255093926⟧ | Nº SNS 284117093
Diagnóstico: ⟦MEDICAL_CONDITION|artrite reumatoide⟧ seropositiva; início de ⟦MEDICAL_CONDITION|metotrexato⟧ 15 mg/semana
Próxima consulta: Reumatologia, Hospital de Santa Maria""".replace("Nº SNS 284117093", "Nº SNS ⟦MEDICAL_RECORD_NUMBER|284117093⟧")),
    ("employee_health", "en", """HR here. Draft a reasonable-adjustments letter for an employee:

Employee: ⟦PERSON|Bill Ashcombe⟧ (payroll 20417)
Condition (disclosed with consent): ⟦MEDICAL_CONDITION|hearing loss⟧ in both ears, wears ⟦MEDICAL_CONDITION|hearing aids⟧
Requested: captioning on Teams, quiet desk away from the print room.
Line manager: ⟦PERSON|Rose Kettering⟧"""),
    ("employee_health", "it", """Come rispondo a questa mail del dipendente senza violare la privacy?

"Buongiorno, sono ⟦PERSON|Gianluca Pietrangeli⟧ del magazzino. Vi informo che dal 1° dicembre sarò in ⟦MEDICAL_CONDITION|dialisi⟧ tre volte a settimana per ⟦MEDICAL_CONDITION|insufficienza renale⟧ e chiedo il part-time verticale. Grazie." """.rstrip()),
    ("employee_health", "nl", "Een collega, ⟦PERSON|Ayşe Yıldız⟧, is al zes weken ziek thuis met een ⟦MEDICAL_CONDITION|burn-out⟧. De bedrijfsarts wil een plan van aanpak. Kun je een opzet schrijven voor het re-integratiegesprek?"),
    ("mental_health_chat", "en", "honestly idk who else to ask. my brother ⟦PERSON|jake⟧ got diagnosed with ⟦MEDICAL_CONDITION|alcohol use disorder⟧ last year and since the divorce he's been saying he doesn't see the point anymore. should i call someone? he lives alone in ⟦LOCATION|Duluth⟧"),
    ("mental_health_chat", "fr", "Mon copain ⟦PERSON|Théo⟧ ne mange presque plus et se fait vomir après les repas, je pense qu'il est ⟦MEDICAL_CONDITION|boulimique⟧. Comment lui en parler sans le braquer ?"),
    ("mental_health_chat", "de", "mein mitbewohner ⟦PERSON|jonas⟧ hat seit der trennung ne ⟦MEDICAL_CONDITION|schwere depression⟧ und war letzte woche in der ⟦MEDICAL_CONDITION|geschlossenen psychiatrie⟧. jetzt ist er wieder da. wie verhalt ich mich?"),
    ("pregnancy", "es", "Estoy ⟦MEDICAL_CONDITION|embarazada de ocho semanas⟧ y aún no se lo he dicho a mi jefa (⟦PERSON|Marisa⟧). Tengo ⟦MEDICAL_CONDITION|náuseas⟧ todo el día. ¿Cuándo es obligatorio comunicar el ⟦MEDICAL_CONDITION|embarazo⟧ en España?"),
    ("pregnancy", "en", "my wife kezia is 31 weeks with twins and has just been told she has pre-eclampsia. they want to keep her in at Royal Infirmary. what happens next?"
     .replace("kezia", "⟦PERSON|kezia⟧").replace("31 weeks with twins", "⟦MEDICAL_CONDITION|31 weeks with twins⟧").replace("pre-eclampsia", "⟦MEDICAL_CONDITION|pre-eclampsia⟧")),
    ("disability_claim", "en", """Help me fill the PIP form 'how your condition affects you' section. Notes:

Name: ⟦PERSON|Marlon Chisholm⟧, NI ⟦UK_NINO|SZ 30 12 73 C⟧
- ⟦MEDICAL_CONDITION|fibromyalgia⟧ and ⟦MEDICAL_CONDITION|chronic fatigue⟧ since 2019
- can't stand to cook more than 5 min, wife ⟦PERSON|Denise⟧ helps me shower
- on ⟦MEDICAL_CONDITION|pregabalin⟧ and ⟦MEDICAL_CONDITION|amitriptyline⟧"""),
    ("disability_claim", "it", "Devo chiedere la legge 104 per mio marito ⟦PERSON|Salvatore Greco⟧ (codice fiscale ⟦IT_FISCAL_CODE|BRBFNC02E48A944J⟧ è quello di mia figlia, il suo lo cerco). Ha la ⟦MEDICAL_CONDITION|SLA⟧ diagnosticata a maggio. Da dove comincio?"),
    ("pharmacy_question", "nl", "Mijn moeder (⟦AGE|72⟧) gebruikt ⟦MEDICAL_CONDITION|acenocoumarol⟧ van de trombosedienst en wil nu ibuprofen nemen voor haar knie. Mag dat? Ze heet ⟦PERSON|Riet van Dijk⟧, als de apotheek dat vraagt."),
    ("pharmacy_question", "pt", "Tomo ⟦MEDICAL_CONDITION|Truvada⟧ como ⟦MEDICAL_CONDITION|PrEP⟧ há um ano. Posso tomar junto com ibuprofeno? Sou ⟦PERSON|Rafael⟧, de ⟦LOCATION|Recife⟧."),
    ("dea_prescription", "en", """Pharmacy tech question. Is this controlled-substance script valid to fill? The DEA number looks odd to me.

Rx: oxycodone 5 mg #20, no refills
Patient: ⟦PERSON|Loretta Vanderslice⟧, DOB ⟦DATE_TIME|03/27/1955⟧, dx ⟦MEDICAL_CONDITION|post-op pain after total knee replacement⟧
Prescriber: ⟦PERSON|Kevin Okamura⟧ MD, DEA ⟦US_DEA|AO1869099⟧
Clinic: ⟦STREET_ADDRESS|1200 N Elm St, Suite 300⟧, ⟦LOCATION|Greensboro, NC⟧ ⟦ZIP_CODE|27401⟧"""),
    ("dea_prescription", "en", "our EHR rejected the e-prescribe for ⟦PERSON|Dr. Wanjiru Mbatha⟧ (DEA ⟦US_DEA|BM4333302⟧) for ⟦PERSON|Tyrell Jenkins⟧'s ⟦MEDICAL_CONDITION|buprenorphine⟧. error 'X-waiver missing'. isn't the X-waiver gone since 2023?".replace("⟦PERSON|Dr. Wanjiru Mbatha⟧", "Dr. ⟦PERSON|Wanjiru Mbatha⟧")),
]
