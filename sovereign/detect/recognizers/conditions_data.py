"""Names of diagnoses and the words that introduce them, in EN, DE, FR, ES, IT, PT and NL,
as data for ``medical_condition``.

Each entry is a regular-expression fragment read case-blind: a space stands for any run of
blanks or hyphens, an apostrophe for either apostrophe, and an accented letter after the
first also for its plain spelling ("entzündung" also reads "entzuendung" and "entzundung").
``SPECIFIC`` names a condition on its own ("Vorhofflimmern", "schizophrenia"); ``GENERIC``
words mean something else as often ("pain", "cold", "stress", "cancer" the star sign,
"Crohn" the surname) and count only after a cue (``CUES``). Entries start with a letter,
so ``wordlist.alternation`` can group them.
"""

from __future__ import annotations

from collections.abc import Iterable

# qualifiers written before a condition, with their inflected endings
PRE_MODIFIERS = (
    "acute", "chronic", "severe", "mild", "moderate", "advanced", "early", "late stage",
    "end stage", "recurrent", "metastatic", "malignant", "benign", "persistent", "paroxysmal",
    "essential", "primary", "secondary", "congenital", "juvenile", "gestational", "bilateral",
    "left sided", "right sided", "diabetic", "hypertensive", "clinical", "major",
    "type [12]", "stage (?:[1-4]|I{1,3}V?|IV)",
    "akut(?:e[mnrs]?)?", "chronisch(?:e[mnrs]?)?", "schwer(?:e[mnrs]?)?", "leicht(?:e[mnrs]?)?",
    "arteriell(?:e[mnrs]?)?", "essentiell(?:e[mnrs]?)?", "essenziell(?:e[mnrs]?)?",
    "koronar(?:e[mnrs]?)?", "rheumatoid(?:e[mnrs]?)?", "diabetisch(?:e[mnrs]?)?",
    "paroxysmal(?:e[mnrs]?)?", "persistierend(?:e[mnrs]?)?", "rezidivierend(?:e[mnrs]?)?",
    "dekompensiert(?:e[mnrs]?)?", "metastasiert(?:e[mnrs]?)?", "bösartig(?:e[mnrs]?)?",
    "mittelgradig(?:e[mnrs]?)?", "angeboren(?:e[mnrs]?)?", "primär(?:e[mnrs]?)?",
    "sekundär(?:e[mnrs]?)?", "tief(?:e[mnrs]?)?",
    "acuut", "chronische?", "ernstige?", "lichte",
)
# qualifiers written after it (Romance order) and the type of a diabetes
POST_MODIFIERS = (
    "artérielle", "arterial", "arteriale", "essentielle", "chronique", "aiguë", "aigue",
    "sévère", "paroxystique", "persistante", "permanente", "crónica", "crônica", "cronica",
    "aguda", "acuta", "severa", "grave", "paroxística", "parossistica", "metastásico",
    "metastatico", "métastatique", "metastático", "maligno", "maligna", "mellitus",
    "(?:de |del |do |di )?(?:type|typ|tipo) (?:[12]|I{1,2})", "[12]",
)

SPECIFIC = (
    # developmental and congenital
    "dyslexia", "Legasthenie", "Dyslexie", "dyslexie", "dislexia", "dislessia",
    "dyspraxia", "dyscalculia", "Dyskalkulie", "dyscalculie", "discalculia",
    "spina bifida", "cerebral palsy", "Zerebralparese", "paralysie cérébrale",
    "parálisis cerebral", "paralisi cerebrale", "paralisia cerebral", "hersenverlamming",
    "Down syndrome", "Down-Syndrom", "trisomie 21", "síndrome de Down", "sindrome di Down",
    "cystic fibrosis", "Mukoviszidose", "mucoviscidose", "fibrosis quística",
    "fibrosi cistica", "fibrose cística", "taaislijmziekte",
    "diabetic ketoacidosis", "benign paroxysmal positional vertigo",
    "tinnitus", "Tinnitus", "acouphènes?", "acúfenos?", "acufene", "zumbido no ouvido",
    "oorsuizen", "coeliac disease", "jaundice", "Gelbsucht", "ictère", "ictericia", "ittero",
    "icterícia", "geelzucht", "tore (?:my|his|her|their) (?:ACL|MCL|meniscus|rotator cuff)",
    "sciatica", "Ischias", "sciatique", "ciática", "sciatica",
    "chronic fatigue syndrome", "ME/CFS", "chronisches Fatigue-Syndrom",
    "syndrome de fatigue chronique", "síndrome de fatiga crónica", "ha?emophilia",
    "Hämophilie", "Bluterkrankheit", "hémophilie", "hemofilia", "emofilia", "hemofilie",
    "alopecia areata", "dysthymia", "Dysthymie", "dysthymie", "distimia",
    # cardiovascular
    "hypertension", "high blood pressure", "Hypertonie", "Bluthochdruck", "hipertensión",
    "ipertensione", "hipertensão", "hypertensie", "hoge bloeddruk",
    "atrial fibrillation", "a fib", "afib", "Vorhofflimmern", "fibrillation auriculaire",
    "fibrillation atriale", "fibrilación auricular", "fibrilación atrial",
    "fibrillazione atriale", "fibrilação atrial", "fibrilação auricular", "atriumfibrilleren",
    "boezemfibrilleren", "atrial flutter", "Vorhofflattern",
    "congestive heart failure", "heart failure", "cardiac insufficiency", "Herzinsuffizienz",
    "Herzschwäche", "insuffisance cardiaque", "insuficiencia cardíaca", "insuficiencia cardiaca",
    "insufficienza cardiaca", "scompenso cardiaco", "insuficiência cardíaca", "hartfalen",
    "myocardial infarction", "heart attack", "Herzinfarkt", "Myokardinfarkt",
    "infarctus du myocarde", "infarctus", "infarto agudo de miocardio", "infarto de miocardio",
    "infarto miocardico", "infarto do miocárdio", "infarto", "enfarte", "hartinfarct",
    "hartaanval", "coronary artery disease", "coronary heart disease",
    "koronare Herzkrankheit", "maladie coronarienne", "coronaropathie", "enfermedad coronaria",
    "cardiopatía isquémica", "cardiopatia ischemica", "coronaropatia",
    "doença arterial coronariana", "doença coronária", "coronaire hartziekte",
    "angina pectoris", "cerebrovascular accident", "transient isch(?:a)?emic attack",
    "Schlaganfall", "Hirninfarkt", "Apoplex", "accident vasculaire cérébral",
    "accidente cerebrovascular", "ictus cerebrale", "ictus", "acidente vascular cerebral",
    "beroerte", "herseninfarct", "deep vein thrombosis", "Beinvenenthrombose",
    "thrombose veineuse profonde", "trombosis venosa profunda", "trombosi venosa profonda",
    "trombose venosa profunda", "diep veneuze trombose", "thrombosis", "Thrombose",
    "trombosis", "trombosi", "trombose", "pulmonary embolism", "Lungenembolie",
    "embolie pulmonaire", "embolia pulmonar", "embolia polmonare", "longembolie",
    "arrhythmia", "Herzrhythmusstörung", "arythmie", "arritmia", "aritmia",
    "hartritmestoornis", "cardiomyopathy", "Kardiomyopathie", "cardiomyopathie",
    "miocardiopatía", "cardiomiopatia", "aortic stenosis", "Aortenstenose",
    "sténose aortique", "estenosis aórtica", "stenosi aortica", "estenose aórtica",
    "aortastenose", "aneurysm", "Aneurysma", "anévrisme", "aneurisma", "aneurysma",
    "atherosclerosis", "arteriosclerosis", "Arteriosklerose", "Atherosklerose",
    "athérosclérose", "aterosclerosis", "arteriosclerosis", "aterosclerosi", "aterosclerose",
    "atherosclerose", "aderverkalking", "endocarditis", "Endokarditis", "endocardite",
    "myocarditis", "Myokarditis", "myocardite", "miocarditis", "miocardite", "pericarditis",
    "Perikarditis", "péricardite", "pericardite", "peripheral arter(?:y|ial) disease",
    "periphere arterielle Verschlusskrankheit", "pAVK", "varicose veins", "Krampfadern",
    "heart disease", "Herzkrankheit", "cardiopathie", "cardiopatía", "cardiopatia",
    "hartziekte", "hartkwaal",
    # metabolic, endocrine, blood
    "diabetes", "Zuckerkrankheit", "diabète", "diabete", "suikerziekte", "T[12]DM",
    "prediabetes", "hypothyroidism", "hyperthyroidism", "Hypothyreose", "Hyperthyreose",
    "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "hypothyroïdie",
    "hyperthyroïdie", "hipotiroidismo", "hipertiroidismo", "ipotiroidismo", "ipertiroidismo",
    "hipotireoidismo", "hipertireoidismo", "hypothyreoïdie", "hyperthyreoïdie",
    "schildklierunderfunctie", "schildklieroverfunctie", "obesity", "morbid obesity",
    "Adipositas", "Fettleibigkeit", "obésité", "obesidad", "obesità", "obesidade", "obesitas",
    "hypercholesterol(?:a)?emia", "Hypercholesterinämie", "hypercholestérolémie",
    "hipercolesterolemia", "ipercolesterolemia", "hypercholesterolemie", "dyslipid(?:a)?emia",
    "Dyslipidämie", "dyslipidémie", "dislipidemia", "osteoporosis", "Osteoporose",
    "ostéoporose", "osteoporosi", "metabolic syndrome", "metabolisches Syndrom",
    "syndrome métabolique", "síndrome metabólico", "sindrome metabolica",
    "síndrome metabólica", "metabool syndroom", "polycystic ovary syndrome", "PCOS",
    "polyzystisches Ovarialsyndrom", "syndrome des ovaires polykystiques", "SOPK",
    "síndrome de ovario poliquístico", "sindrome dell'ovaio policistico",
    "síndrome dos ovários policísticos", "an(?:a)?emia", "Anämie", "Blutarmut", "anémie",
    "bloedarmoede", "anemie", "sickle cell disease", "sickle cell an(?:a)?emia",
    "Sichelzellanämie", "drépanocytose", "anemia falciforme", "drepanocitosi",
    "sikkelcelziekte", "ha?emophilia", "Hämophilie", "Bluterkrankheit", "hémophilie",
    "hemofilia", "emofilia", "hemofilie", "ha?emochromatosis", "Hämochromatose",
    "hémochromatose", "hemocromatosis", "emocromatosi", "hemocromatose", "Gicht", "jicht",
    "gout", "Addison's disease", "Cushing's syndrome",
    # oncology
    "breast cancer", "lung cancer", "prostate cancer", "colon cancer", "colorectal cancer",
    "bowel cancer", "pancreatic cancer", "ovarian cancer", "cervical cancer", "skin cancer",
    "bladder cancer", "kidney cancer", "liver cancer", "stomach cancer", "gastric cancer",
    "thyroid cancer", "testicular cancer", "uterine cancer", "o?esophageal cancer",
    "throat cancer", "oral cancer", "bone cancer", "blood cancer", "brain cancer",
    "(?:Brust|Lungen|Prostata|Darm|Dickdarm|Enddarm|Haut|Blut|Magen|Leber|Nieren|Blasen|Hoden|"
    "Schilddrüsen|Eierstock|Gebärmutterhals|Gebärmutter|Bauchspeicheldrüsen|Knochen|Kehlkopf|"
    "Speiseröhren)krebs",
    "(?:cancer|cáncer|cancro|câncer|carcinoma|carcinome|tumeur|tumore) (?:du |de la |de l'|des |"
    "de |del |della |dell'|do |da |di |al |alla |ao )?(?:sein|poumon|prostate|côlon|colon|"
    "pancréas|ovaire|utérus|peau|vessie|foie|estomac|thyroïde|rein|mama|seno|pulmón|pulmão|"
    "polmone|próstata|prostata|páncreas|pâncreas|pancreas|ovario|ovário|útero|utero|piel|pele|"
    "pelle|vejiga|bexiga|vescica|hígado|fígado|fegato|estómago|estômago|stomaco|tiroides|"
    "tireoide|tiroide|riñón|rim|rene|intestino|recto|retto|reto|cuello uterino|colo do útero|"
    "cervice uterina|col de l'utérus)",
    "cancer colorectal", "cáncer colorrectal", "cancro colorettale", "câncer colorretal",
    "cancro del colon", "leuka?emia", "Leukämie", "leucémie", "leucemia", "leukemie",
    "lymphoma", "Hodgkin(?:'s)? lymphoma", "non Hodgkin(?:'s)? lymphoma", "Lymphom",
    "lymphome", "linfoma", "lymfoom", "melanoma", "Melanom", "mélanome", "melanoom",
    "carcinoma", "Karzinom", "carcinome", "carcinoom", "sarcoma", "Sarkom", "sarcome",
    "sarcoom", "glioblastoma", "Glioblastom", "glioblastome", "glioma", "Gliom", "gliome",
    "(?:multiple )?myeloma", "Myelom", "myélome", "mieloma", "myeloom", "metastas[ie]s",
    "Metastasen", "métastases?", "metástasis", "metastasi", "metástases?", "metastasen",
    "tumou?re?s?", "tumeurs?", "tumori", "brain tumou?r", "Hirntumor", "tumeur cérébrale",
    "tumor cerebral", "tumore cerebrale", "hersentumor", "neoplasm", "Neoplasie",
    "néoplasie", "neoplasia", "neoplasma", "malignancy",
    # neurological
    "epilepsy", "Epilepsie", "epilepsia", "epilessia", "seizure disorder",
    "multiple sclerosis", "multiple Sklerose", "sclérose en plaques", "esclerosis múltiple",
    "sclerosi multipla", "esclerose múltipla", "multiple sclerose",
    "Parkinson(?:'s|s)? disease", "Parkinson's", "Alzheimer(?:'s|s)? disease", "Alzheimer's",
    "Alzheimer Krankheit", "Parkinson Krankheit", "dementia", "Demenz", "démence", "demencia",
    "demenza", "demência", "dementie", "migraine", "Migräne", "migraña", "emicrania",
    "enxaqueca", "amyotrophic lateral sclerosis", "amyotrophe Lateralsklerose",
    "sclérose latérale amyotrophique", "esclerosis lateral amiotrófica",
    "sclerosi laterale amiotrofica", "esclerose lateral amiotrófica", "neuropathy",
    "Neuropathie", "neuropathie", "neuropatía", "neuropatia", "cerebral palsy",
    "Zerebralparese", "infirmité motrice cérébrale", "parálisis cerebral",
    "paralisi cerebrale", "paralisia cerebral", "meningitis", "Meningitis", "méningite",
    "meningite", "hersenvliesontsteking", "concussion", "Gehirnerschütterung",
    "commotion cérébrale", "conmoción cerebral", "commozione cerebrale", "concussão",
    "hersenschudding", "traumatic brain injury", "Schädel Hirn Trauma", "Huntington's disease",
    "Chorea Huntington", "Tourette(?:'s)? syndrome", "Tourette Syndrom", "narcolepsy",
    "Narkolepsie", "narcolepsie", "narcolepsia", "narcolessia", "restless legs? syndrome",
    "paraplegia", "tetraplegia", "quadriplegia", "Querschnittslähmung", "paraplégie",
    "tétraplégie", "paraplejia", "tetraplejia", "paraplegia", "tetraplegia", "dwarslaesie",
    "hydrocephalus", "Hydrozephalus", "hydrocéphalie", "hidrocefalia", "idrocefalo",
    # psychiatric
    "schizophrenia", "Schizophrenie", "schizophrénie", "esquizofrenia", "schizofrenia",
    "schizofrenie", "bipolar disorder", "bipolare Störung", "trouble bipolaire",
    "trastorno bipolar", "disturbo bipolare", "transtorno bipolar", "bipolaire stoornis",
    "manic depression", "major depressive disorder", "major depression", "depressive disorder",
    "clinical depression", "depressive Störung", "depressive Episode", "schwere Depression",
    "dépression sévère", "épisode dépressif", "trouble dépressif", "depresión mayor",
    "trastorno depresivo", "depressione maggiore", "disturbo depressivo", "depressão maior",
    "transtorno depressivo", "depressieve stoornis", "postpartum depression",
    "postnatal depression", "Wochenbettdepression", "dépression post partum",
    "depresión posparto", "depressione post partum", "depressão pós parto",
    "anxiety disorder", "generali[sz]ed anxiety disorder", "Angststörung", "trouble anxieux",
    "trastorno de ansiedad", "disturbo d'ansia", "transtorno de ansiedade", "angststoornis",
    "panic disorder", "Panikstörung", "trouble panique", "trastorno de pánico",
    "disturbo di panico", "transtorno do pânico", "paniekstoornis",
    "post traumatic stress disorder", "posttraumatic stress disorder", "PTSD", "PTBS",
    "posttraumatische Belastungsstörung", "état de stress post traumatique",
    "trastorno de estrés postraumático", "disturbo da stress post traumatico",
    "transtorno de estresse pós traumático", "posttraumatische stressstoornis",
    "obsessive compulsive disorder", "Zwangsstörung", "trouble obsessionnel compulsif",
    "trastorno obsesivo compulsivo", "disturbo ossessivo compulsivo",
    "transtorno obsessivo compulsivo", "obsessieve compulsieve stoornis", "dwangstoornis",
    "ADHD", "ADHS", "TDAH", "attention deficit hyperactivity disorder",
    "autism spectrum disorder", "autism", "Autismus", "autisme", "autismo",
    "Autismus Spektrum Störung", "trouble du spectre de l'autisme",
    "trastorno del espectro autista", "Asperger(?:'s)? syndrome", "Asperger Syndrom",
    "anorexia nervosa", "anorexia", "Anorexie", "Magersucht", "anorexie", "anoressia",
    "bulimia", "Bulimie", "boulimie", "boulimia", "binge eating disorder",
    "eating disorder", "Essstörung", "trouble alimentaire", "trastorno alimentario",
    "disturbo alimentare", "transtorno alimentar", "eetstoornis",
    "borderline personality disorder", "personality disorder", "Persönlichkeitsstörung",
    "Borderline Persönlichkeitsstörung", "trouble de la personnalité",
    "trastorno límite de la personalidad", "trastorno de la personalidad",
    "disturbo di personalità", "transtorno de personalidade", "persoonlijkheidsstoornis",
    "suicidal ideation", "suicide attempt", "Suizidgedanken", "Suizidversuch",
    "idées suicidaires", "tentative de suicide", "ideación suicida", "intento de suicidio",
    "ideazione suicidaria", "tentato suicidio", "ideação suicida", "tentativa de suicídio",
    "zelfmoordpoging", "suïcidale gedachten", "psychosis", "Psychose", "psychose", "psicosis",
    "psicosi", "psicose", "insomnia", "Insomnie", "insomnie", "insomnio", "insonnia",
    "insônia", "insónia", "slapeloosheid", "mental illness", "mental disorder",
    "psychische Erkrankung", "psychische Störung", "maladie mentale", "trouble mental",
    "enfermedad mental", "trastorno mental", "malattia mentale", "disturbo mentale",
    "doença mental", "transtorno mental", "psychische stoornis",
    # infectious
    "HIV", "HIV positive", "hepatitis(?: [A-E])?", "Hepatitis", "hépatite(?: [A-E])?",
    "hepatite(?: [A-E])?", "tuberculosis", "Tuberkulose", "tuberculose", "tubercolosi",
    "long COVID", "Long Covid", "malaria", "Malaria", "paludisme", "measles", "Masern",
    "rougeole", "sarampión", "morbillo", "sarampo", "mazelen", "chickenpox", "Windpocken",
    "varicelle", "varicela", "varicella", "waterpokken", "shingles", "Gürtelrose",
    "herpes zoster", "herpes zóster", "syphilis", "Syphilis", "sífilis", "sifilide",
    "syfilis", "gonorrh(?:o)?ea", "Gonorrhö", "Tripper", "gonorrhée", "gonorrea",
    "gonorreia", "gonorroe", "chlamydia", "Chlamydien", "clamidia", "clamídia",
    "HPV infection", "sepsis", "Sepsis", "septicémie", "sepsi", "sepse", "bloedvergiftiging",
    "pneumonia", "Lungenentzündung", "Pneumonie", "pneumonie", "neumonía", "polmonite",
    "longontsteking", "influenza", "urinary tract infection", "Harnwegsinfekt",
    "Harnwegsinfektion", "infection urinaire", "infección urinaria", "infezione urinaria",
    "infecção urinária", "urineweginfectie", "blaasontsteking", "Blasenentzündung",
    "MRSA", "Lyme disease", "Borreliose", "maladie de Lyme", "enfermedad de Lyme",
    "malattia di Lyme", "doença de Lyme", "ziekte van Lyme", "mononucleosis",
    "Pfeiffersches Drüsenfieber", "mononucléose", "mononucleosis", "mononucleosi",
    "mononucleose", "ebola", "cholera", "Cholera", "choléra", "cólera", "colera",
    "typhoid", "Typhus", "typhoïde", "tifoidea", "dengue", "zika", "mpox",
    "monkeypox", "scarlet fever", "Scharlach", "scarlatine", "escarlatina", "scarlattina",
    "roodvonk", "whooping cough", "pertussis", "Keuchhusten", "coqueluche", "tos ferina",
    "pertosse", "coqueluche", "kinkhoest", "mumps", "Mumps", "oreillons", "paperas",
    "parotite", "caxumba", "rubella", "Röteln", "rubéole", "rubéola", "rosolia",
    "rodehond", "polio", "poliomyelitis", "Kinderlähmung",
    # respiratory
    "asthma", "Asthma", "asthme", "asma", "astma", "COPD", "chronic obstructive pulmonary disease",
    "chronisch obstruktive Lungenerkrankung", "BPCO", "DPOC", "bronchitis", "Bronchitis",
    "bronchite", "bronquitis", "bronquite", "emphysema", "Lungenemphysem", "Emphysem",
    "emphysème", "enfisema", "enfisema polmonare", "longemfyseem", "pulmonary fibrosis",
    "Lungenfibrose", "fibrose pulmonaire", "fibrosis pulmonar", "fibrosi polmonare",
    "fibrose pulmonar", "longfibrose", "cystic fibrosis", "Mukoviszidose",
    "zystische Fibrose", "mucoviscidose", "fibrose kystique", "fibrosis quística",
    "fibrosi cistica", "fibrose cística", "taaislijmziekte", "sleep apn(?:o)?ea",
    "Schlafapnoe", "apnée du sommeil", "apnea del sueño", "apnea notturna", "apneia do sono",
    "slaapapneu", "sinusitis", "Sinusitis", "sinusite", "pneumothorax", "Pneumothorax",
    "neumotórax", "pneumotorace", "pneumotórax", "hay fever", "Heuschnupfen",
    "rhume des foins", "lung disease", "Lungenerkrankung",
    # digestive
    "Crohn(?:'s|s)? disease", "Morbus Crohn", "maladie de Crohn", "enfermedad de Crohn",
    "malattia di Crohn", "morbo di Crohn", "doença de Crohn", "ziekte van Crohn",
    "ulcerative colitis", "Colitis ulcerosa", "rectocolite hémorragique", "colitis ulcerosa",
    "colite ulcerosa", "colite ulcerativa", "inflammatory bowel disease",
    "chronisch entzündliche Darmerkrankung", "maladie inflammatoire chronique de l'intestin",
    "enfermedad inflamatoria intestinal", "malattia infiammatoria cronica intestinale",
    "doença inflamatória intestinal", "inflammatoire darmziekte",
    "irritable bowel syndrome", "Reizdarmsyndrom", "Reizdarm",
    "syndrome de l'intestin irritable", "síndrome del intestino irritable",
    "sindrome dell'intestino irritabile", "síndrome do intestino irritável",
    "prikkelbare darm syndroom", "prikkelbaredarmsyndroom", "co?eliac disease",
    "Zöliakie", "maladie cœliaque", "maladie coeliaque", "celiaquía", "celiaquia",
    "enfermedad celíaca", "celiachia", "morbo celiaco", "doença celíaca", "coeliakie",
    "glutenintolerantie", "gluten intolerance", "Glutenunverträglichkeit",
    "intolérance au gluten", "intolerancia al gluten", "intolleranza al glutine",
    "intolerância ao glúten", "lactose intolerance", "Laktoseintoleranz",
    "cirrhosis", "Leberzirrhose", "cirrhose", "cirrosis", "cirrosi", "cirrose",
    "levercirrose", "fatty liver disease", "fatty liver", "Fettleber", "stéatose hépatique",
    "hígado graso", "steatosi epatica", "esteatose hepática", "leververvetting",
    "appendicitis", "Blinddarmentzündung", "Appendizitis", "appendicite", "apendicitis",
    "apendicite", "blindedarmontsteking", "gastritis", "Gastritis", "gastrite",
    "gastro(?: )?o?esophageal reflux disease", "GERD", "GORD", "Refluxkrankheit",
    "reflux gastro œsophagien", "reflux gastro oesophagien", "reflujo gastroesofágico",
    "reflusso gastroesofageo", "refluxo gastroesofágico", "refluxziekte",
    "peptic ulcer", "stomach ulcer", "gastric ulcer", "duodenal ulcer", "Magengeschwür",
    "ulcère gastrique", "ulcère de l'estomac", "úlcera gástrica", "úlcera péptica",
    "ulcera gastrica", "ulcera peptica", "maagzweer", "pancreatitis", "Pankreatitis",
    "pancréatite", "pancreatite", "diverticulitis", "Divertikulitis", "diverticulite",
    "diverticolite", "gallstones", "Gallensteine", "calculs biliaires", "cálculos biliares",
    "calcoli biliari", "galstenen", "ha?emorrhoids", "Hämorrhoiden", "hémorroïdes",
    "hemorroides", "emorroidi", "hemorroidas", "aambeien", "liver disease",
    "Lebererkrankung", "maladie du foie", "enfermedad hepática", "malattia epatica",
    "doença hepática", "leverziekte",
    # musculoskeletal and connective tissue
    "scoliosis", "Skoliose", "scoliose", "escoliosis", "scoliosi", "escoliose",
    "osteoarthritis", "Arthrose", "arthrose", "artrosis", "artrosi", "artrose",
    "rheumatoid arthritis", "polyarthrite rhumatoïde", "artritis reumatoide",
    "artrite reumatoide", "reumatoïde artritis", "arthritis", "Arthritis", "arthrite",
    "artritis", "artrite", "psoriatic arthritis", "Psoriasis Arthritis",
    "ankylosing spondylitis", "Morbus Bechterew", "spondylarthrite ankylosante",
    "espondilitis anquilosante", "spondilite anchilosante", "espondilite anquilosante",
    "ziekte van Bechterew", "systemic lupus erythematosus", "lupus erythematodes",
    "lupus érythémateux", "lupus eritematoso", "fibromyalgia", "Fibromyalgie",
    "fibromyalgie", "fibromialgia", "herniated disc", "slipped disc", "disc herniation",
    "Bandscheibenvorfall", "hernie discale", "hernia discal", "ernia del disco",
    "hérnia de disco", "hernia", "hernie", "ernia", "hérnia", "Leistenbruch",
    "carpal tunnel syndrome", "Karpaltunnelsyndrom", "syndrome du canal carpien",
    "síndrome del túnel carpiano", "sindrome del tunnel carpale",
    "síndrome do túnel do carpo", "carpaletunnelsyndroom", "tendinitis", "tendonitis",
    "Sehnenscheidenentzündung", "tendinite", "muscular dystrophy", "Muskeldystrophie",
    "dystrophie musculaire", "distrofia muscular", "distrofia muscolare", "spierdystrofie",
    # renal, urological
    "chronic kidney disease", "kidney disease", "renal failure", "kidney failure", "CKD",
    "Niereninsuffizienz", "Nierenversagen", "Nierenerkrankung", "insuffisance rénale",
    "insuficiencia renal", "insufficienza renale", "insuficiência renal", "nierfalen",
    "nierinsufficiëntie", "nierziekte", "kidney stones?", "Nierensteine?",
    "calculs rénaux", "cálculos renales", "calcoli renali", "cálculos renais",
    "pedras nos rins", "nierstenen", "dialysis", "Dialyse", "dialyse", "diálisis", "dialisi",
    "diálise", "nephritis", "Nephritis", "néphrite", "nefritis", "nefrite",
    "urinary incontinence", "incontinence", "Inkontinenz", "incontinencia", "incontinenza",
    "incontinência", "incontinentie", "benign prostatic hyperplasia",
    "benigne Prostatahyperplasie", "hypertrophie bénigne de la prostate",
    "hiperplasia benigna de próstata", "iperplasia prostatica benigna",
    "erectile dysfunction", "erektile Dysfunktion", "Erektionsstörung",
    "dysfonction érectile", "disfunción eréctil", "disfunzione erettile", "disfunção erétil",
    "erectiestoornis",
    # reproductive, obstetric
    "pregnan(?:t|cy)", "schwanger", "Schwangerschaft", "grossesse", "embarazada", "embarazo",
    "incinta", "gravidanza", "grávida", "gravidez", "gestante", "zwanger", "zwangerschap",
    "miscarriage", "Fehlgeburt", "fausse couche", "aborto espontáneo", "aborto spontaneo",
    "aborto espontâneo", "miskraam", "abortion", "Schwangerschaftsabbruch",
    "interruption volontaire de grossesse", "interrupción del embarazo",
    "interruzione di gravidanza", "interrupção da gravidez", "ectopic pregnancy",
    "Eileiterschwangerschaft", "grossesse extra utérine", "embarazo ectópico",
    "gravidanza extrauterina", "gravidez ectópica", "buitenbaarmoederlijke zwangerschap",
    "pre ?eclampsia", "Präeklampsie", "prééclampsie", "pré éclampsie", "preeclampsia",
    "pré eclâmpsia", "pre eclampsie", "gestational diabetes", "Schwangerschaftsdiabetes",
    "Gestationsdiabetes", "diabète gestationnel", "diabetes gestacional",
    "diabete gestazionale", "zwangerschapsdiabetes", "endometriosis", "Endometriose",
    "endométriose", "endometriosi", "endometriose", "infertility", "Unfruchtbarkeit",
    "infertilité", "infertilidad", "infertilità", "infertilidade", "onvruchtbaarheid",
    # dermatological
    "psoriasis", "Psoriasis", "Schuppenflechte", "psoriasi", "psoríase", "eczema", "Ekzem",
    "Neurodermitis", "eczéma", "eccema", "eczeem", "atopic dermatitis",
    "dermatite atopique", "dermatitis atópica", "dermatite atopica", "dermatite atópica",
    "rosacea", "Rosazea", "rosacée", "rosácea", "vitiligo", "urticaria", "Nesselsucht",
    "urticaire", "orticaria", "urticária", "netelroos", "scabies", "Krätze", "sarna",
    "scabbia", "schurft",
    # ophthalmological
    "glaucoma", "Glaukom", "grüner Star", "glaucome", "glaucoom", "cataract", "Katarakt",
    "grauer Star", "cataracte", "catarata", "cataratta", "macular degeneration",
    "Makuladegeneration", "dégénérescence maculaire", "degeneración macular",
    "degenerazione maculare", "degeneração macular", "maculadegeneratie",
    "retinopathy", "Retinopathie", "rétinopathie", "retinopatía", "retinopatia",
    "retinal detachment", "Netzhautablösung", "décollement de la rétine",
    "desprendimiento de retina", "distacco di retina", "descolamento de retina",
    "netvliesloslating", "keratoconus", "Keratokonus", "kératocône", "queratocono",
    "cheratocono", "ceratocone", "conjunctivitis", "Bindehautentzündung", "Konjunktivitis",
    "conjonctivite", "conjuntivitis", "congiuntivite", "conjuntivite", "macular o?edema",
    # injuries
    "(?:hip|femur|femoral neck|wrist|ankle|skull|rib|vertebral|spinal|pelvic|arm|leg|"
    "collarbone|clavicle|tibia|fibula|radius|humerus|jaw|shoulder|elbow|knee|hand|foot) "
    "fractures?",
    "fractured (?:hip|femur|wrist|ankle|skull|ribs?|vertebra|pelvis|arm|leg|collarbone|"
    "clavicle|jaw|shoulder|elbow|knee|hand|foot)",
    "broken (?:hip|wrist|ankle|arm|leg|ribs?|nose|collarbone|jaw|back|neck|foot|hand)",
    "(?:Oberschenkelhals|Oberschenkel|Schenkelhals|Bein|Arm|Handgelenk|Handgelenks|Rippen|"
    "Schädel|Becken|Wirbel|Schlüsselbein|Sprunggelenk|Knöchel|Nasenbein|Hüft)bruch",
    "(?:fracture|fractura|frattura|fratura|fractura) (?:du |de la |de l'|de |del |della |"
    "dell'|do |da |di )?(?:col du fémur|fémur|femore|poignet|muñeca|polso|punho|cheville|"
    "tobillo|caviglia|tornozelo|bras|brazo|braccio|braço|jambe|pierna|gamba|perna|hanche|"
    "cadera|anca|quadril|côte|costilla|costola|costela|crâne|cráneo|cranio|crânio|"
    "vertèbre|vértebra|vertebra|bassin|pelvis|bacino|clavicule|clavícula|clavicola)",
    "(?:heup|pols|enkel|arm|been|rib|schedel|wervel|sleutelbeen|bekken)(?:breuk|fractuur)",
    "(?:Kreuzband|Meniskus|Bänder|Achillessehnen|Muskelfaser)riss", "torn ACL", "ACL tear",
    "whiplash", "Schleudertrauma", "coup du lapin", "latigazo cervical", "colpo di frusta",
    "lesão cervical", "spinal cord injury", "Rückenmarksverletzung",
    "lésion de la moelle épinière", "lesión medular", "lesione midollare", "lesão medular",
    "dwarslaesie", "third degree burns?", "second degree burns?",
    # addictions
    "alcoholism", "alcohol use disorder", "alcohol dependence", "alcohol addiction",
    "Alkoholismus", "alcoolisme", "alcoholismo", "alcolismo", "alcoolismo", "alcoholisme",
    "alcoholverslaving", "dépendance à l'alcool", "dependencia del alcohol",
    "dipendenza da alcol", "dependência de álcool", "opioid use disorder",
    "substance use disorder", "(?:opioid|heroin|cocaine|drug|methamphetamine|meth|"
    "gambling|nicotine|alcohol|painkiller) addiction",
    "(?:Alkohol|Drogen|Opioid|Opiat|Heroin|Kokain|Nikotin|Medikamenten|Tabletten|Cannabis|"
    "Benzodiazepin)(?:abhängigkeit|sucht)", "Spielsucht", "toxicomanie", "drogadicción",
    "tossicodipendenza", "dependência química", "drugsverslaving", "gokverslaving",
    "ludopatía", "ludopatia",
    # chapter-level and general
    "autoimmune disease", "Autoimmunerkrankung", "maladie auto immune",
    "enfermedad autoinmune", "malattia autoimmune", "doença autoimune",
    "auto immuunziekte", "chronic illness", "chronische Erkrankung", "maladie chronique",
    "enfermedad crónica", "malattia cronica", "doença crônica", "doença crónica",
    "chronische ziekte", "terminal illness", "terminally ill", "unheilbar krank",
    "maladie incurable", "enfermo terminal", "malato terminale", "doente terminal",
    "terminaal ziek", "Down(?:'s)? syndrome", "Down Syndrom", "trisomy 21", "Trisomie 21",
    "trisomie 21", "trisomía 21", "trisomia 21", "congenital heart defect",
    "angeborener Herzfehler", "Herzfehler", "cardiopathie congénitale",
    "cardiopatía congénita", "cardiopatia congenita", "cardiopatia congênita",
    "aangeboren hartafwijking", "Guillain Barré syndrome", "Guillain Barré Syndrom",
    "Raynaud(?:'s)? (?:disease|syndrome|phenomenon)", "Sjögren(?:'s)? syndrome",
    "Hashimoto(?:'s)? (?:disease|thyroiditis)", "Hashimoto Thyreoiditis",
    "Graves(?:'s|')? disease", "Morbus Basedow", "maladie de Basedow",
    "enfermedad de Graves", "morbo di Basedow", "doença de Graves",
    "(?:Morbus|maladie de|enfermedad de|malattia di|morbo di|doença de|ziekte van) "
    "(?:Parkinson|Alzheimer|Hodgkin|Addison|Cushing|Huntington|Menière|Paget|Wilson|Behçet|"
    "Whipple|Hirschsprung|Kawasaki|Still|Osgood Schlatter|Scheuermann|Sudeck|Waldenström|"
    "Charcot|Creutzfeldt Jakob|Lyme|Horton|Raynaud)",
    "Creutzfeldt Jakob disease", "Ménière's disease", "Menière's disease",
    # infections, injuries, dependence, self-harm, pressure sores, lipids, in all seven languages
    "tonsill?itis", "Mandelentzündung", "amygdalite", "amigdalitis", "tonsillite", "amigdalite",
    "amandelontsteking", "lombosciatique", "lombalgie", "lumbago", "Hexenschuss", "lumbalgia",
    "Ischias", "ciática", "ischias", "decubitus", "Dekubitus", "escaras? de decúbito",
    "úlceras? por presión", "piaghe? da decubito", "doorligwond(?:en)?", "escaras?",
    "alcohol dependent", "alcoholic", "alkoholabhängig(?:e[mnrs]?)?", "Alkoholabhängigkeit",
    "Alkoholismus", "alcoolique", "alcoolisme", "alcohólic[oa]", "alcoholismo",
    "alcolizzat[oa]", "alcolismo", "alcoólatra", "alcoolismo", "alcoholverslaving",
    "self[ -]harm(?:ing)?", "selbstverletzende[sn]? Verhalten", "Selbstverletzung",
    "automutilation", "autolesi(?:ón|ones)", "autolesionismo", "automutilação",
    "zelfbeschadiging", "(?:torn|ruptured) (?:meniscus|ACL|cruciate ligament)",
    "meniscus tear", "ACL (?:tear|rupture|injury|reconstruction)",
    "(?:rottura|lesione) (?:del menisco|del legamento crociato)",
    "legamento crociato(?: anteriore)?", "ligamento cruzado(?: anterior)?",
    "rotura de(?:l)? (?:menisco|ligamento cruzado)", "kruisbandletsel", "kruisband",
    "Trümmerbruch", "(?:high|raised|elevated) cholesterol", "erhöhte[rs]? Cholesterin",
    "colesterol alto", "colesterolo alto", "hoog cholesterol", "hypercholestérolémie",
    "hipercolesterolemia", "ipercolesterolemia", "hypercholesterolemie",
    "gallbladder (?:surgery|removal|attack|disease)", "gall ?bladd?er surgery",
    "cholecystectomy", "Cholezystektomie", "diabetis", "diabeties",
    # an operation on a named part of the body ("knee surgery", "vai operar o menisco",
    # "Knie-OP"): health data about whoever has it (GDPR Art. 9), in the seven languages
    "(?:knee|hip|shoulder|spinal|spine|heart|open heart|bypass|cataract|hernia|bladder|"
    "prostate|thyroid|bowel|bariatric|gastric bypass|ACL|meniscus|appendix|tonsil|sinus|"
    "cardiac|breast|ankle|wrist|carpal tunnel|varicose vein) (?:surgery|operation|op)",
    "surgery on (?:my|his|her|their|your) (?:knee|hip|shoulder|back|spine|heart|eyes?|foot|"
    "ankle|wrist|hand|elbow|neck|meniscus|ACL|bladder|prostate|thyroid|bowel)",
    "(?:Knie|Hüft|Hüftgelenks?|Schulter|Rücken|Bandscheiben|Wirbelsäulen|Herz|Bypass|Meniskus|"
    "Kreuzband|Leistenbruch|Leisten|Gallenblasen|Gallen|Blinddarm|Mandel|Schilddrüsen|"
    "Prostata|Magen|Darm|Augen|Katarakt|Krampfader)[- ]?(?:OP|Operation)",
    "am (?:Knie|Meniskus|Kreuzband|Herzen|Rücken|Auge|Fuß|Knöchel|Handgelenk|Blinddarm|"
    "Hüftgelenk|Bandscheibe|Darm|Magen|Prostata) operiert",
    "opérée?s? (?:du|de la|de l'|des) (?:genou|hanche|ménisque|épaule|dos|cœur|vésicule|"
    "appendicite|ligament croisé|cataracte|prostate|thyroïde|yeux|œil)",
    "opération (?:du|de la|de l'|des) (?:genou|hanche|ménisque|épaule|cœur|vésicule|"
    "appendicite|ligament croisé|cataracte|prostate|thyroïde)",
    "operar(?:se|le|la|lo)? (?:de la|del|de los|de las|de) (?:rodilla|cadera|menisco|hombro|"
    "espalda|columna|corazón|vesícula|apéndice|cataratas?|próstata|tiroides|"
    "ligamento cruzado)",
    "operad[oa]s? (?:de la|del|de) (?:rodilla|cadera|menisco|hombro|espalda|columna|corazón|"
    "vesícula|apéndice|cataratas?|próstata|tiroides|ligamento cruzado)",
    "operación de (?:rodilla|cadera|menisco|hombro|espalda|columna|corazón|vesícula|"
    "apéndice|cataratas?|próstata|tiroides)",
    "(?:operat[oaie]|operarsi|operare|intervento|operazione) (?:al|alla|allo|ai|agli|alle|"
    "di|del|della|il|la) (?:ginocchio|anca|menisco|spalla|schiena|cuore|colecisti|"
    "cistifellea|appendicite|cataratta|prostata|tiroide|legamento crociato)",
    "(?:operar|operou|operad[oa]|cirurgia) (?:o|a|os|as|do|da|no|na|ao|à|de) (?:joelho|"
    "quadril|anca|menisco|ombro|coluna|coração|vesícula|apêndice|catarata|próstata|tireoide|"
    "ligamento cruzado)",
    "(?:knie|heup|schouder|rug|meniscus|hart|galblaas|blindedarm|staar|prostaat|schildklier|"
    "kruisband|maag)operatie",
    "geopereerd aan (?:de|het|zijn|haar|mijn) (?:knie|heup|schouder|rug|meniscus|hart|"
    "galblaas|blindedarm|staar|kruisband|ogen|oog)",
    # an organ's problem in lay words ("a thyroid problem", "Herzprobleme", "problemas de
    # corazón", "schildklierprobleem")
    "(?:thyroid|heart|kidney|liver|lung|breathing|bladder|bowel|prostate|memory|"
    "mental health|joint|stomach|hearing|fertility) (?:problems?|issues?|trouble)",
    "(?:Schilddrüsen|Herz|Nieren|Leber|Lungen|Atem|Blasen|Darm|Prostata|Gedächtnis|"
    "Magen|Gelenk)probleme?n?",
    "problèmes? (?:de thyroïde|thyroïdiens?|cardiaques?|de cœur|rénaux|de reins?|de foie|"
    "hépatiques?|pulmonaires?|respiratoires?|de prostate|de mémoire|d'estomac)",
    "problemas? (?:de tiroides|del corazón|de corazón|cardíacos?|de riñón|renales|de hígado|"
    "pulmonares|respiratorios|de próstata|de memoria|de estómago)",
    "problemi? (?:alla tiroide|di tiroide|al cuore|cardiaci|ai reni|renali|al fegato|"
    "polmonari|respiratori|alla prostata|di memoria|allo stomaco)",
    "problemas? (?:de tireoide|na tireoide|no coração|cardíacos?|nos rins|renais|no fígado|"
    "pulmonares|respiratórios|de próstata|de memória|de estômago)",
    "(?:schildklier|hart|nier|lever|long|adem|blaas|darm|prostaat|geheugen|maag)"
    "(?:probleem|problemen)",
    # an allergy to something named ("a peanut allergy", "allergic to penicillin")
    "(?:peanut|nut|tree nut|shellfish|fish|egg|milk|dairy|gluten|wheat|soy|sesame|"
    "penicillin|latex|bee sting|wasp sting|pollen|cat|dog|dust mite) allerg(?:y|ies)",
    "allergic to (?:peanuts?|nuts|tree nuts|shellfish|fish|eggs?|milk|dairy|gluten|wheat|"
    "soy|sesame|penicillin|latex|bee stings?|wasp stings?|pollen|cats|dogs)",
    "(?:Erdnuss|Nuss|Haselnuss|Fisch|Ei|Milch|Gluten|Weizen|Soja|Sesam|Penicillin|Latex|"
    "Bienengift|Wespengift|Pollen|Katzenhaar|Hausstaub(?:milben)?)allergie",
    "allergisch gegen (?:Erdnüsse|Nüsse|Penicillin|Latex|Bienen|Wespen|Pollen|Katzen|Gluten)",
    "allergie (?:aux arachides|à l'arachide|aux cacahuètes|aux noix|aux fruits à coque|"
    "au gluten|à la pénicilline|au lait|aux œufs|au latex|aux piqûres)",
    "allergiques? (?:aux arachides|à l'arachide|aux cacahuètes|aux noix|au gluten|"
    "à la pénicilline|au lait|aux œufs|au latex)",
    "alergia (?:al cacahuete|al maní|a los frutos secos|a la penicilina|al gluten|"
    "a la leche|al huevo|al látex|al marisco)",
    "alérgic[oa] (?:al cacahuete|al maní|a los frutos secos|a la penicilina|al gluten|"
    "a la leche|al huevo|al látex|al marisco)",
    "allergi[ac] (?:alle arachidi|ai frutti a guscio|alla penicillina|al glutine|al latte|"
    "alle uova|al lattice)",
    "allergic[oa] (?:alle arachidi|ai frutti a guscio|alla penicillina|al glutine|al latte|"
    "alle uova|al lattice)",
    "alergia (?:a amendoim|ao amendoim|a penicilina|à penicilina|ao glúten|ao leite|"
    "a ovo|ao látex|a frutos do mar)",
    "alérgic[oa] (?:a amendoim|ao amendoim|a penicilina|à penicilina|ao glúten|ao leite|"
    "a ovo|ao látex|a frutos do mar)",
    "(?:pinda|noten|notenallergie|gluten|lactose|melk|ei|penicilline|latex|wespen|"
    "bijen|pollen|huisstofmijt)allergie",
    "allergisch voor (?:pinda's|noten|penicilline|latex|wespen|bijen|gluten|melk)",
    # high blood pressure in lay words
    "(?:tensión|presión) (?:arterial )?alta", "pressione (?:arteriosa )?alta",
    "pressão (?:arterial )?alta", "tension (?:artérielle )?(?:élevée|trop haute)",
    "hoher Blutdruck", "hohen Blutdruck",
    # diabetes by its type, as an adjective ("type 1 diabetic", "T2 diabetic")
    "type (?:1|2|I|II|one|two) diabetic", "T[12] diabetic", "Typ[ \\-]?[12] Diabetiker(?:in)?",
    "diabétique de type (?:1|2)", "diabétic[oa] (?:tipo|de tipo) (?:1|2)",
    # a disability named by the aid a person lives with
    "wheelchair user", "in a wheelchair", "uses a wheelchair", "Rollstuhlfahrer(?:in)?",
    "im Rollstuhl", "auf den Rollstuhl angewiesen", "en fauteuil roulant",
    "en silla de ruedas", "in sedia a rotelle", "em cadeira de rodas", "in een rolstoel",
    "rolstoelgebruiker", "Grad der Behinderung", "Schwerbehinderung",
    # common conditions in the words people use, where a language's spelling differs from
    # the ones above (a probe of 65 conditions in each of the seven languages)
    "panic attacks?", "Panikattacken?", "crises? de panique", "attaques? de panique",
    "ataques? de pánico", "attacchi di panico", "ataques? de pânico", "paniekaanval(?:len)?",
    "épilepsie", "phlébite", "insomnie", "Schlafstörungen", "slapeloosheid", "insónia",
    "underactive thyroid", "overactive thyroid", "trage schildklier", "snelle schildklier",
    "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "hearing loss", "Hörverlust",
    "torn meniscus", "Meniskusriss", "déchirure du ménisque", "rotura de menisco",
    "rotura do menisco", "lesione al menisco", "gescheurde meniscus", "meniscusscheur",
    "Rheuma", "reuma", "rhumatisme", "reumatismo", "syndroom van Down",
    "grauer Star", "grauen Star", "grüner Star", "grünen Star", "talassemia",
    "thalassa?emia", "Thalassämie", "thalassémie", "talasemia", "hohes Cholesterin",
    "cholestérol élevé", "perturbação bipolar", "fibrilhação auricular", "párkinson",
    "Lymphdrüsenkrebs", "epatite [BC]", "hepatitis [BC]", "hépatite [BC]", "hepatite [BC]",
    # the dev half of an independent probe of health statements (bench/data/conditions_probe):
    # lay words, inflections and misspellings people write
    "burn(?:ed|t) out", "glacoma", "chrons", "crohns", "iron deficiency ana?emia",
    "epileptic seizures?", "absence seizures?", "pulmonary tuberculosis", "sleep apno?ea",
    "(?:broke|broken|fractured) (?:my|his|her|their) (?:wrist|arm|leg|ankle|hip|collarbone|"
    "nose|ribs?|foot|hand|finger|toe|back|neck|jaw|elbow|knee|shoulder|pelvis)",
    "PCO ?Syndrom", "Kreuzband (?:gerissen|angerissen)", "Adrenalin ?Pen", "Epi ?Pen",
    "schizophrène", "dialysée?", "trisomique", "crises? d'absence", "crises? d'épilepsie",
    "crises? épileptiques?", "(?:cassé|fracturé) (?:la|le|les|l') ?(?:jambe|bras|poignet|"
    "cheville|hanche|clavicule|nez|pied|main|doigt|dos|cou|genou|épaule|côtes?)",
    "trithérapie", "tuberculose pulmonaire", "anorexie mentale", "DMLA",
    "rectocolite hémorragique", "dislipemia", "dislipidemia", "ovario poliquístico",
    "ovário policístico", "síndrome de ovario poliquístico", "jaquecas?",
    "piedras en la vesícula", "pedras na vesícula", "cálculos biliares",
    "(?:rompí|fracturé) (?:el|la|los) (?:tobillo|brazo|pierna|muñeca|cadera|clavícula|nariz|"
    "pie|mano|dedo|rodilla|hombro)", "bipolaridad", "anemia ferropénica",
    "estrés postraumático", "aneurisma de aorta", "hemodiálisis", "hemodiálise",
    "hemodialisi", "Hämodialyse", "hemodialyse", "fuoco di Sant'Antonio", "sieropositiv[oa]",
    "terapia antiretrovirale", "tiroidite di Hashimoto", "tiroiditis de Hashimoto",
    "tireoidite de Hashimoto", "apnee notturne", "apnea del sueño", "apneia do sono",
    "(?:rott[oa]|fratturat[oa]) (?:il|la|lo|l') ?(?:polso|gamba|braccio|caviglia|anca|"
    "clavicola|naso|piede|mano|dito|ginocchio|spalla)", "in carrozzina",
    "crisi epilettic[ae]", "rettocolite ulcerosa", "colitis ulcerosa", "colite ulcerosa",
    "linfoma non Hodgkin", "non Hodgkin lymphoma", "maculopatia", "cirrosi epatica",
    "fecondazione assistita", "neoplasia maligna", "neoplasia", "alcoólic[oa]",
    "alcohólic[oa]", "alcolizzat[oa]", "(?:parti|fraturei) (?:a|o) (?:perna|braço|pulso|"
    "tornozelo|clavícula|nariz|pé|mão|dedo|joelho|ombro)", "cadeirante", "depreção",
    "depresão", "enfarte do miocárdio", "enfarte", "infarto agudo de miocardio",
    "síndrome de burnout", "tensão alta", "gordelroos", "hiv ?positief", "hiv ?remmers",
    "snelwerkende schildklier", "(?:pols|arm|been|enkel|heup|sleutelbeen|neus|pink|knie) "
    "gebroken", "epileptische aanval(?:len)?", "dialyseren", "insulinepomp", "insulin pump",
    "Insulinpumpe", "pompe à insuline", "bomba de insulina", "microinfusore di insulina",
    "maculadegeneratie", "macular degeneration", "Makuladegeneration",
    "dégénérescence maculaire", "degeneración macular", "degenerazione maculare",
    "degenerescência macular", "slaapapneu", "Schlafapnoe", "apnée du sommeil",
    # injuries by the verb and the part of the body, as people tell them ("sprained my
    # ankle", "den Fuß gebrochen", "torci o tornozelo", "schouder uit de kom"), in the seven
    # languages; the verb alone ("broke the build") names none
    "(?:sprained|twisted|dislocated|tore|torn|pulled|strained|burned|burnt|injured|cracked) "
    "(?:my|his|her|their) (?:wrist|arm|leg|ankle|hip|collarbone|nose|ribs?|foot|hand|finger|"
    "thumb|toe|back|neck|jaw|elbow|knee|shoulder|pelvis|hamstring|calf|achilles|groin|"
    "skull|spine|ligaments?|tendon)",
    "(?:Fuß|Fuss|Arm|Bein|Handgelenk|Knöchel|Sprunggelenk|Schlüsselbein|Nase|Rippen?|Hand|"
    "Finger|Zeh|Hüfte|Schulter|Knie|Ellbogen|Becken|Kiefer|Daumen) "
    "(?:gebrochen|verstaucht|verrenkt|ausgekugelt|angebrochen|verbrannt|verletzt|geprellt|"
    "gezerrt)",
    "(?:cassé|fracturé|foulé|luxé|tordu|démis|brûlé) (?:la|le|les|l') ?(?:jambe|bras|"
    "poignet|cheville|hanche|clavicule|nez|pied|main|doigt|dos|cou|genou|épaule|côtes?|"
    "coude|pouce)",
    "(?:torcí|disloqué|quemé|lesioné|esguincé|rompió|roto|rota|fracturó|fracturado|torció|"
    "torcido) (?:el|la|los|las) (?:tobillo|brazo|pierna|"
    "muñeca|cadera|clavícula|nariz|pie|mano|dedo|rodilla|hombro|codo|espalda)",
    "me quitaron (?:la vesícula|el apéndice|las amígdalas|el útero|un riñón|la tiroides|"
    "un pecho|el bazo)",
    "(?:slogat[oa]|storto|stort[ao]|lussat[oa]|distors[oa]|ustionat[oa]) "
    "(?:il|la|lo|l') ?(?:polso|gamba|braccio|caviglia|anca|clavicola|naso|piede|mano|dito|"
    "ginocchio|spalla|gomito)",
    "(?:torci|desloquei|quebrei|queimei|machuquei|luxei|torceu|quebrou|partiu|fraturou) "
    "(?:a|o|os|as) (?:perna|braço|pulso|tornozelo|clavícula|pé|mão|dedo|joelho|ombro|"
    "cotovelo|costela|costas|bacia)",  # not "nariz": "torci o nariz", turned up my nose
    "(?:pols|arm|been|enkel|heup|sleutelbeen|neus|pink|knie|voet|hand|vinger|schouder|"
    "ribben?|elleboog) (?:gebroken|verstuikt|gekneusd|ontwricht|verzwikt)",
    "(?:schouder|knieschijf|elleboog|heup) uit de kom",
    "(?:fractured|broken) (?:tibia|fibula|femur|radius|ulna|humerus|clavicle|scaphoid|"
    "vertebrae?|metatarsals?|kneecap|patella|cheekbone|eye socket)",
    "(?:stomach|tummy) (?:bug|flu)", "earache", "ear ache", "Ohrenschmerzen",
    "high fever", "hohes Fieber", "forte fièvre", "fiebre alta", "febbre alta", "febre alta",
    "hoge koorts",
    # pregnancy by its week ("12 weeks along", "32. SSW", the German Schwangerschaftswoche)
    "weeks along", "SSW",
    # an addiction to a named drug or to gambling, in the seven languages
    "addicted to (?:cocaine|heroin|opioids|painkillers|alcohol|gambling|meth|crack|"
    "oxycontin|oxy|pills|ketamine|benzos)",
    "(?:kokain|heroin|spiel|drogen|opioid|tabletten|medikamenten)süchtig",
    "abhängig von (?:Kokain|Heroin|Opioiden|Alkohol|Tabletten|Schmerzmitteln)",
    "accro (?:à la|à l'|au|aux) ?(?:coke|cocaïne|héroïne|alcool|jeux?|drogue|crack|"
    "opiacés|médicaments)",
    "adict[oa] (?:a la|a los|a las|al) (?:cocaína|heroína|opiáceos|alcohol|juego|drogas|"
    "crack|pastillas|analgésicos)",
    "dipendente (?:dalla|dal|dagli|dall') ?(?:cocaina|eroina|alcol|gioco|oppiacei|droga)",
    "ricadut[oa] nel(?:l')? ?(?:gioco d'azzardo|alcol|droga|gioco)",
    "viciad[oa] (?:em|no|na) (?:cocaína|crack|heroína|álcool|jogo|drogas|apostas)",
    "verslaafd aan (?:cocaïne|heroïne|alcohol|gokken|drugs|pijnstillers)",
    # head lice, which a school's letter tells of a pupil
    "head lice", "Kopfläuse", "poux", "piojos", "pidocchi", "piolhos", "hoofdluis",
)
# medication whose use names the condition it treats ("dad's insulin pens", "takes
# sertraline"): health data as much as the diagnosis (GDPR Art. 9; HIPAA PHI)
MEDICATIONS = (
    "insulin[ea]?", "novorapid", "lantus", "humalog", "metformin[ae]?", "ozempic",
    "semaglutid[ea]?", "sertralin[ea]?", "fluoxetin[ea]?", "prozac", "escitalopram",
    "citalopram", "paroxetin[ea]?", "venlafaxin[ea]?", "duloxetin[ea]?", "bupropion",
    "mirtazapin[ea]?", "lithium", "litio", "lítio", "lamotrigin[ea]?", "valproat[eo]?",
    "levetiracetam", "keppra", "quetiapin[ea]?", "olanzapin[ea]?", "risperidon[ea]?",
    "aripiprazol[e]?", "clozapin[ea]?", "methylphenidat[e]?", "metilfenidato", "ritalin[ae]?",
    "concerta", "elvanse", "vyvanse", "adderall", "levothyroxin[e]?", "levotiroxina",
    "L-Thyroxin", "euthyrox", "methotrexat[e]?", "metotrexato", "humira", "adalimumab",
    "tamoxifen[o]?", "letrozol[e]?", "truvada", "descovy", "antiretrovirals?",
    "antirretrovirales?", "buprenorphin[ea]?", "suboxone", "methadon[e]?", "metadona",
    "naltrexon[ea]?", "disulfiram", "antabuse", "donepezil", "aricept", "memantin[ea]?",
    "levodopa", "sinemet", "warfarin[ea]?", "marcumar", "xarelto", "eliquis", "apixaban",
    "rivaroxaban", "chemo(?:therapy)?", "Chemotherapie", "chimiothérapie", "quimioterapia",
    "chemioterapia", "chemotherapie", "dialysis", "Dialyse", "diálisis", "dialisi",
    "diálise", "dialyse",
    # anticoagulants, thyroid, heart, blood pressure, diabetes, asthma, epilepsy and mood
    # medicines, by name and common brand
    "acenocoumarol", "sintrom", "eutirox", "levothyrox", "thyrax", "lasilix",
    "furosemid[ea]?", "clopidogrel", "plavix", "digoxin[ea]?", "bisoprolol", "ramipril",
    "amlodipin[ea]?", "losartan", "valsartan", "atorvastatin[ea]?", "gliclazid[ea]?",
    "sitagliptin[ea]?", "jardiance", "empagliflozin[ea]?", "dapagliflozin[ea]?",
    "trulicity", "mounjaro", "tirzepatid[ea]?", "salbutamol", "ventolin", "symbicort",
    "seretide", "carbamazepin[ea]?", "tegretol", "depakine", "pregabalin[ea]?", "lyrica",
    "alprazolam", "xanax", "haloperidol", "hydroxychloroquin[ea]?", "plaquenil",
    "etanercept", "enbrel", "biktarvy", "dolutegravir",
    "tamoxifène", "tamoxifene", "méthotrexate", "methotrexaat", "ventoline", "lexapro",
    "anticoagulants", "anticoagulantes", "anticoagulanti", "Antikoagulanzien", "CPAP",
)

# words that name a condition as often as something else: counted only after a cue
GENERIC = (
    "pain", "back pain", "chest pain", "chronic pain", "Schmerzen", "Schmerz",
    "Rückenschmerzen", "Brustschmerzen", "douleurs?", "dolor(?:es)?", "dolori?", "dor(?:es)?",
    "pijn", "cold", "Erkältung", "rhume", "resfriado", "raffreddore", "constipação",
    "verkoudheid", "fever", "Fieber", "fièvre", "fiebre", "febbre", "febre", "koorts",
    "infection", "Infektion", "Infekt", "infección", "infezione", "infecção", "infectie",
    "stress", "Stress", "estrés", "estresse", "burn ?out", "depression", "Depressionen?",
    "dépression", "depresión", "depressione", "depressão", "depressie", "cancer", "Krebs",
    "cáncer", "cancro", "câncer", "kanker", "stroke", "virus", "Virusinfektion", "flu",
    "Grippe", "gripe", "griep", "covid(?: 19)?", "anxiety", "Angst", "anxiété", "ansiedad",
    "ansia", "ansiedade", "headaches?", "Kopfschmerzen", "maux de tête", "dolor de cabeza",
    "mal di testa", "dor de cabeça", "hoofdpijn", "allerg(?:y|ies)", "Allergie", "allergie",
    "alergia", "allergia", "injur(?:y|ies)", "Verletzung", "blessure", "lesión", "lesione",
    "lesão", "letsel", "fracture", "Fraktur", "fractura", "frattura", "fratura", "addiction",
    "Sucht", "addiction", "adicción", "dipendenza", "dependência", "verslaving", "Alzheimer",
    "Parkinson", "Crohn(?:'s)?", "lupus", "bipolar", "borderline", "diabetic", "epileptic",
    "asthmatic", "autistic", "tumor", "acne", "Akne", "cough", "Husten", "toux", "tos",
    "tosse", "hoest", "nausea", "Übelkeit", "nausée", "náuseas", "nausea", "náusea",
    "misselijkheid", "seizures?", "Krampfanfall", "convulsions?", "paralysis", "Lähmung",
    "trauma", "Trauma", "obesity", "Übergewicht", "surpoids", "sobrepeso", "sovrappeso",
    "overgewicht", "menopause", "Wechseljahre", "ménopause", "menopausia", "menopausa",
    "overgang", "goutte", "gota", "gotta", "enceinte", "angina", "Angina", "blindness",
    "deafness", "Blindheit", "Taubheit", "cécité", "surdité", "ceguera", "sordera",
    "bipolaire", "bipolare", "hashimoto(?:'s)?", "vertigo", "Schwindel", "vertige",
    "cecità", "sordità", "cegueira", "surdez", "blindheid", "doofheid", "Demenz",
    "alzhéimer", "type [12]", "typ [12]", "tipo [12]", "corona", "cholestérol", "colesterolo",
    "cholesterol", "Cholesterin", "colesterol",
    # shingles in French and cataract in Dutch are also "zone" and "stare" elsewhere
    "zona", "staar", "quimio", "chimio",
)
# acronyms, read with their case
ACRONYMS = ("AIDS", "SIDA", "HIV", "VIH", "HIV\\+", "T[12]D", "HTA", "PTSD", "PTBS", "TSPT",
            "ESPT", "TEPT",
            "COPD", "BPCO", "DPOC", "EPOC", "ADHD", "ADHS", "TDAH", "KHK", "pAVK", "CKD",
            "GERD", "MRSA", "T[12]DM", "DM[12]", "NSTEMI", "STEMI", "AFib", "DVT", "IBD",
            "COVID-19", "ALS", "SLA", "ELA", "MS", "SEP", "EM", "TB", "TBC", "TIA", "AIT",
            "AVC", "OCD", "TOC", "IBS", "SII", "SLE", "LED", "LES", "CED", "MICI", "EII", "BPH",
            "DKA", "PHDA", "VHC", "HCV", "CVA", "IAM", "EAM", "FIV", "IVF", "SOP", "HAS", "AF",
            "FA", "TAO", "aHT", "DM Typ (?:2|II|1|I)")
# acronyms that mean a condition only after a cue (MS: Microsoft, TOC: table of contents…)
GENERIC_ACRONYMS = ("ALS", "SLA", "ELA", "MS", "SEP", "EM", "TB", "TBC", "TIA", "AIT", "AVC",
                    "OCD", "TOC", "IBS", "SII", "SLE", "LED", "LES", "CED", "MICI", "EII",
                    "BPH", "EPOC", "COVID-19", "SIDA", "VIH", "DM[12]", "HTA", "VHC", "HCV",
                    "CVA", "IAM", "EAM", "FIV", "IVF", "SOP", "HAS", "AF", "FA", "TAO")

# German and Dutch compounds that end in the name of a disease ("Mammakarzinom",
# "Niereninsuffizienz", "Blinddarmentzündung", "longontsteking", "borstkanker")
COMPOUND_ENDINGS = (
    "karzinom", "insuffizienz", "entzündung", "infarkt", "stenose", "thrombose", "embolie",
    "zirrhose", "sklerose", "tumor", "sarkom", "lymphom", "erkrankung", "krankheit",
    "blutung", "lähmung", "fraktur", "syndrom", "ontsteking", "kanker", "infarct",
    "insufficiëntie", "fractuur", "carcinoom",
)
# endings that mark a word as a disease's name when a cue comes before it
CUED_ENDINGS = ("itis", "itiden", "ite", "osis", "ose", "oma", "om", "ome", "pathie", "pathy",
                "patía", "patia", "ämie", "emia", "émie", "emie", "algie", "algia", "plegie",
                "plegia", "ektomie", "ectomy", "omie")

# words that introduce a diagnosis, after which an article or a qualifier may stand
CUES = (
    # EN
    "diagnosed (?:with|as|w/)", "diagnosis(?: of)?", "diagnoses", "dx", "suffer(?:s|ed|ing)? from",
    "(?:being |been |was |is )?treated for", "present(?:s|ed|ing) with", "admitted (?:with|for)",
    "known case of", "k/c/o", "complain(?:s|ed|ing) of", "tested positive for",
    "died (?:of|from)",
    "hospitali[sz]ed (?:for|with)", "medication for", "hx", "pmh",
    "past medical history", "sick with", "ill with", "recovering from", "recovery from",
    # DE
    "diagnostiziert(?: mit)?", "Diagnosen?", "Verdachtsdiagnose", "Hauptdiagnose",
    "Nebendiagnosen?", "leidet (?:an|unter)", "litt (?:an|unter)", "leiden (?:an|unter)",
    "erkrankt an", "Erkrankung an", "behandelt (?:wegen|für)", "Behandlung wegen",
    "Vorgeschichte(?=:)", "Z\\.n\\.", "Zustand nach", "V\\.a\\.", "Verdacht auf", "Anamnese",
    "Vorerkrankungen?",
    "bei bekannte[mnrs]?", "Befund",
    "Krankschreibung wegen", "krankgeschrieben wegen", "arbeitsunfähig wegen",
    "erholt sich von", "erholt sich nach",
    # FR
    "diagnostiquée?s?(?: avec| de| d')?", "diagnostic(?: de| d')?", "atteinte?s? (?:de|d')",
    "souffr(?:e|ent|ait|ant) (?:de|d')", "antécédents? (?:de|d')", "ATCD(?: de| d')?",
    "traitée?s? pour", "hospitalisée?s? pour", "suivie?s? pour", "porteu(?:r|se) (?:de|d')",
    "malade (?:de|du)", "se remet (?:de|d')", "se rétablit (?:de|d')",
    # ES
    "diagnosticad[oa]s?(?: con| de)?", "diagnostic(?:aron|ó|an)", "diagnóstico(?: de)?",
    "padec(?:e|ía|iendo)(?: de)?",
    "sufr(?:e|ía|iendo)(?: de)?", "antecedentes personales de", "antecedentes(?=:)", "antecedentes(?= :)",
    "tratad[oa]s? (?:por|de)", "ingresad[oa]s? por", "enferm[oa] de", "afectad[oa] de",
    "se recupera de", "recuperándose de", "(?:de )?baja (?:médica )?por",
    # IT
    "diagnosi(?: di)?", "diagnosticat[oaie](?: con| di)?", "affett[oaie] da",
    "soffr(?:e|iva) di", "in cura per", "ricoverat[oaie] per", "anamnesi",
    "si sta riprendendo da", "in malattia per",
    "pregress[oa]",
    # PT
    "diagnosticad[oa]s?(?: com)?", "diagnosticaram", "diagnóstico(?: de)?", "sofre de", "sofria de",
    "portador(?:a)? de", "em tratamento (?:para|de)", "internad[oa] por",
    "(?:se )?recuperando(?:-se)? de", "afastad[oa] por",
    # NL
    "gediagnosticeerd (?:met|als)", "diagnose", "lijdt aan", "leed aan", "lijden aan",
    "behandeld (?:voor|wegens)", "opgenomen (?:met|wegens)", "voorgeschiedenis",
    "herstelt van", "herstellende van", "ziek(?: thuis)? (?:met|door)",
    "arrêt(?: de travail| maladie)? pour", "off sick with", "signed off with",
)
# weaker cues, before the words of GENERIC only (not a word by its ending: "has become"):
# having it, in every language ("has cancer", "tiene lupus", "hat Krebs"), or a relative's
# or a friend's ("his mom's cancer", "my dad's stroke")
HAVING = (
    "has", "had", "have", "got", "tiene", "tenía", "hat", "hatte", "avait", "ha", "aveva",
    "tem", "tinha", "heeft", "teve", "tuvo", "ebbe", "kreeg", "bekam", "a eu",
    # "il a fait un AVC", "ha fatto un infarto": had (a stroke, an infarction)
    "a fait", "avait fait", "ont fait", "ha fatto", "aveva fatto",
    # the French "has" after its subject ("il a", "mon père a", "j'ai"): "a" alone is a
    # preposition or an article in the other languages
    "(?:il|elle|on|qui|p[èe]re|m[èe]re|fils|fille|mari|femme|fr[èe]re|s(?:œ|oe)ur|ami|amie) a",
    "j'ai", "j\u2019ai",
    # the first person where the language drops the subject ("tengo lupus", "ho la celiachia")
    "tengo", "padezco", "sufro", "tenho", "sofro", "ho", "soffro", "habe", "heb",
    "my", "his", "her", "mein(?:e[mnrs]?)?", "sein(?:e[mnrs]?)?", "ihr(?:e[mnrs]?)?",
    "mon", "ma", "son", "sa", "mi", "su", "mio", "mia", "suo", "sua", "meu", "minha", "mijn",
    "zijn", "haar",
    "(?:mom|mum|mother|dad|father|son|daughter|wife|husband|sister|brother|friend|grandma|"
    "grandpa|grandmother|grandfather|partner|boss|colleague|aunt|uncle|cousin)(?:'s|\u2019s)",
)
# a person said to be one of these is said to have the condition ("I'm bipolar", "er ist
# Diabetiker", "ella es epiléptica"): after a person and a verb of being only (a stepper
# motor "is bipolar" too)
BEING_CUES = (
    "I'm", "I am", "I've been", "he's", "she's", "he is", "she is", "they're", "ich bin",
    "er ist", "sie ist", "je suis", "il est", "elle est", "soy", "él es", "ella es", "sono",
    "lui è", "lei è", "sou", "ele é", "ela é", "ik ben", "hij is", "zij is", "ze is",
    # after a possessive and one word ("my son is asthmatic", "mon fils est asthmatique";
    # not "the stepper motor is bipolar")
    "(?:my|his|her|our|mon|ma|son|sa|notre|meine?|seine?|ihre?|unsere?|mi|su|nuestr[oa]|"
    "mio|mia|suo|sua|nostr[oa]|meu|minha|seu|nosso|nossa|mijn|zijn|haar|onze?) \\p{L}+ "
    "(?:is|was|ist|war|est|était|es|era|è|é)",
)
BEING = (
    "bipolar", "diabetic", "epileptic", "autistic", "dyslexic", "asthmatic", "anorexic",
    "bulimic", "schizophrenic", "HIV positive", "Diabetiker(?:in)?", "Epileptiker(?:in)?",
    "Autist(?:in)?", "Asthmatiker(?:in)?", "diabétique", "épileptique", "autiste",
    "asthmatique", "bipolaire", "diabétic[oa]", "epiléptic[oa]", "autista", "asmátic[oa]",
    "diabetic[oa]", "epilettic[oa]", "asmatic[oa]", "bipolare", "diabétic[oa]", "autist",
    "diabeet", "epilepticus", "seropositiv[oe]?", "séropositi(?:f|ve)", "seropositiv[oa]",
    "sieropositiv[oa]", "enceinte", "schizophrène", "autistic[oa]", "alérgic[oa]",
    "allergic", "allergique", "allergisch", "allergic[oa]",
)
# cues that also open ordinary phrases ("history of the cold war"): no article may follow
WEAK_CUES = (
    "history of", "hx of", "medical history", "storia di", "histórico de", "antecedentes de",
    "living with", "struggl(?:es|ed|ing) with", "battling", "recovering from", "bekannt mit",
    "bekend met", "positive for",
)
# what may stand between a cue and the condition: articles, then qualifiers
ARTICLES = (
    "a", "an", "the", "his", "her", "their", "ein", "eine[mnrs]?", "einer", "der", "die", "das",
    "un", "une", "la", "le", "l'", "el", "uno", "una", "um", "uma", "o", "een", "de", "het",
    "d'", "des", "du", "del", "della", "di", "da", "do",
)
QUALIFIERS = (
    "severe", "chronic", "acute", "mild",
    "bad", "serious", "persistent", "recurrent", "frequent", "akut(?:e[mnrs]?)?",
    "chronisch(?:e[mnrs]?)?", "schwer(?:e[mnrs]?)?", "leicht(?:e[mnrs]?)?",
    "stark(?:e[mnrs]?)?", "aigu[eë]?s?", "chroniques?", "sévères?", "graves?", "légère",
    "léger", "agud[oa]s?", "crónic[oa]s?", "crônic[oa]s?", "sever[oa]s?", "leves?",
    "acut[oaie]", "cronic[oaie]", "lieve", "acuut", "acute", "chronische", "ernstige",
)
# counted only after a cue, and not before the words that make them technical
NOT_AFTER_GENERIC = (
    "start", "starts", "storage", "boot", "cache", "war", "call", "calls", "email", "emails",
    "read", "reads", "path", "data", "snap", "spot", "points?", "tests?", "testing", "scanner",
    "scan", "definitions?", "protection", "width", "color", "colour", "management", "relief",
    # a weather system: "une dépression tropicale", "depresión tropical"
    "tropicale?s?", "tropical(?:es)?", "tropicali?", "tropicais", "atlantique",
    # a habit fallen back into: "I relapsed into checking email at midnight"
    "into",
)

# ICD-10 codes (E11.9, I48.0) after one of these
ICD_CUES = ("ICD(?: ?10)?(?: GM)?(?: codes?)?", "CIE(?: ?10)?", "CIM(?: ?10)?", "Dx", "Diagnose",
            "Diagnosen", "diagnosis(?: codes?)?", "diagnóstico", "diagnosi", "diagnose")
ICD_CODE = r"(?-i:[A-TV-Z]\d{2}(?:\.\d{1,2}[A-Z]?)?)(?!\w)"

FOLDS = {"é": "[eé]", "è": "[eè]", "ê": "[eê]", "ë": "[eë]", "á": "[aá]", "à": "[aà]",
         "â": "[aâ]", "ã": "[aã]", "í": "[ií]", "ì": "[iì]", "î": "[iî]", "ï": "[iï]",
         "ó": "[oó]", "ò": "[oò]", "ô": "[oô]", "õ": "[oõ]", "ú": "[uú]", "ù": "[uù]",
         "û": "[uû]", "ç": "[cç]", "ü": "(?:ü|ue?)", "ö": "(?:ö|oe?)", "ä": "(?:ä|ae?)",
         "ß": "(?:ß|ss)", "œ": "(?:œ|oe)", "'": "['\u2019]", " ": "[ \\t\\-]+"}


OPTIONAL_BLANK = "[ \\t\\-]*"  # " ?" in an entry: "burn ?out", "burnout", "burn-out"


def fold(entry: str) -> str:
    """*entry* with every letter after the first also read in its plain spellings, blanks as
    runs of blanks or hyphens (" ?" as none or such a run), and either apostrophe (see the
    module's docstring)."""
    out, depth = [entry[0]], 0
    for i, ch in enumerate(entry[1:], start=1):
        depth += ch == "[" and not out[-1].endswith("\\")
        depth -= ch == "]" and not out[-1].endswith("\\")
        if not depth and ch == "?" and entry[i - 1] == " ":
            out[-1] = OPTIONAL_BLANK  # the blank just folded was optional
            continue
        out.append(ch if depth else FOLDS.get(ch.lower(), ch))
    return "".join(out)


def words(entries: Iterable[str]) -> list[str]:
    """*entries* folded, without repeats, longest first (the regex engine takes the first
    alternative that matches, so "heart failure" must come before "heart")."""
    seen: dict[str, None] = {}
    for entry in entries:
        seen.setdefault(fold(entry), None)
    return sorted(seen, key=len, reverse=True)

