"""Per-locale value lists (names, streets, towns, phones, diagnoses) written for this set.

Every list is split in two by position: even entries feed the tune part, odd entries the
held-out part, so held-out values are unseen (see ``Pool.pick``)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


def _split(words: str) -> list[str]:
    return [w.strip() for w in words.split("|") if w.strip()]


@dataclass(frozen=True)
class Town:
    name: str
    zip: Callable[[random.Random], str]
    extra: str = ""  # state / province / area code


def _num(prefix: str, width: int) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return prefix + "".join(rng.choice("0123456789") for _ in range(width - len(prefix)))
    return make


def _nl(prefix: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return (f"{prefix}{rng.randint(10, 99)} "
                + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ"))
    return make


def _br(prefix: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return f"{prefix}{rng.randint(100, 999)}-{rng.randint(0, 999):03d}"
    return make


def _uk(area: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return (f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}"
                + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return make


@dataclass(frozen=True)
class Locale:
    code: str
    lang: str
    female: list[str]
    male: list[str]
    last: list[str]
    streets: list[str]
    towns: list[Town]
    domains: list[str]
    conditions: list[str]
    phone: Callable[[random.Random], str]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone_us(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(201, 989), _d(rng, 4)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}"])


def _phone_gb(rng: random.Random) -> str:
    return rng.choice([f"07{_d(rng, 3)} {_d(rng, 6)}", f"+44 7{_d(rng, 3)} {_d(rng, 6)}",
                       f"020 {_d(rng, 4)} {_d(rng, 4)}", f"0161 {_d(rng, 3)} {_d(rng, 4)}"])


def _phone_de(rng: random.Random) -> str:
    return rng.choice([f"0{rng.choice(['151', '160', '170', '176'])} {_d(rng, 7)}",
                       f"+49 {rng.choice(['711', '89', '30', '221', '40'])} {_d(rng, 7)}",
                       f"0{rng.choice(['711', '89', '30', '221'])}/{_d(rng, 6)}",
                       f"+49 (0)151 {_d(rng, 8)}"])


def _phone_fr(rng: random.Random) -> str:
    p = " ".join(_d(rng, 2) for _ in range(4))
    return rng.choice([f"0{rng.choice('67')} {p}", f"+33 {rng.choice('1467')} {p}",
                       f"0{rng.choice('1459')}.{p.replace(' ', '.')}"])


def _phone_es(rng: random.Random) -> str:
    return rng.choice([f"6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                       f"+34 9{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                       f"+34 6{_d(rng, 8)}", f"91 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}"])


def _phone_it(rng: random.Random) -> str:
    return rng.choice([f"+39 02 {_d(rng, 4)} {_d(rng, 4)}", f"3{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}",
                       f"06 {_d(rng, 8)}", f"+39 3{_d(rng, 2)} {_d(rng, 7)}"])


def _phone_br(rng: random.Random) -> str:
    ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
    return rng.choice([f"({ddd}) 9{_d(rng, 4)}-{_d(rng, 4)}", f"+55 {ddd} 9{_d(rng, 4)}-{_d(rng, 4)}",
                       f"({ddd}) 3{_d(rng, 3)}-{_d(rng, 4)}"])


def _phone_nl(rng: random.Random) -> str:
    return rng.choice([f"06-{_d(rng, 8)}", f"+31 6 {_d(rng, 8)}", f"020 {_d(rng, 3)} {_d(rng, 4)}",
                       f"+31 (0)30 {_d(rng, 3)} {_d(rng, 4)}"])


LOCALES: dict[str, Locale] = {
    "en_US": Locale(
        "en_US", "en",
        _split("Emily|Hannah|Olivia|Madison|Ashley|Faith|Brianna|Kayla|Megan|Jasmine|Lauren|"
               "Destiny|Abigail|Courtney|Samantha|Tiffany|Rachel|Brooke|Danielle|Shelby|"
               "Maria|Kimberly|Allison|Savannah"),
        _split("Hunter|Tyler|Brandon|Austin|Dylan|Cody|Logan|Chase|Jordan|Kevin|Marcus|Trevor|"
               "Jason|Derek|Caleb|Travis|Gavin|Dustin|Elijah|Darnell|Ryan|Connor|Wyatt|Jamal"),
        _split("Johnson|Williams|Brown|Miller|Davis|Anderson|Thompson|Martinez|Robinson|"
               "Walker|Hernandez|Kowalski|Nguyen|Patterson|Reyes|Fitzgerald|O'Brien|Sullivan|"
               "Washington|Coleman|Jenkins|Brennan|Castillo|Hoffman|McAllister|Delgado|Bishop|"
               "Schultz|Lindqvist|Okafor"),
        _split("Maple Avenue|Oak Street|Cedar Lane|Elm Drive|Pinecrest Road|Lakeview Terrace|"
               "Sycamore Court|Hillcrest Boulevard|Willow Way|Chestnut Street|Meadowbrook Lane|"
               "Riverside Drive|Birch Hollow Road|Spring Garden Street|Ridgeway Avenue|"
               "Harbor View Circle"),
        [Town("Springfield", _num("627", 5), "IL"), Town("Columbus", _num("432", 5), "OH"),
         Town("Tampa", _num("336", 5), "FL"), Town("Sacramento", _num("958", 5), "CA"),
         Town("Austin", _num("787", 5), "TX"), Town("Albany", _num("122", 5), "NY"),
         Town("Fresno", _num("937", 5), "CA"), Town("Orlando", _num("328", 5), "FL"),
         Town("Buffalo", _num("142", 5), "NY"), Town("Plano", _num("750", 5), "TX"),
         Town("Naperville", _num("605", 5), "IL"), Town("Tacoma", _num("984", 5), "WA"),
         Town("Scranton", _num("185", 5), "PA"), Town("Newark", _num("071", 5), "NJ")],
        _split("gmail.com|yahoo.com|outlook.com|hotmail.com|icloud.com|aol.com|comcast.net|"
               "protonmail.com"),
        _split("type 2 diabetes|Crohn's disease|acute appendicitis|major depressive disorder|"
               "scoliosis|generalized anxiety disorder|asthma|rheumatoid arthritis|ADHD|"
               "multiple sclerosis|hypertension|bipolar II disorder|celiac disease|"
               "chronic kidney disease stage 3|epilepsy|COPD|migraine with aura|"
               "opioid use disorder|HIV|early-onset Alzheimer's disease|lupus|"
               "congestive heart failure|ulcerative colitis|PTSD"),
        _phone_us),
    "en_GB": Locale(
        "en_GB", "en",
        _split("Charlotte|Amelia|Isla|Poppy|Imogen|Harriet|Freya|Sophie|Niamh|Eleanor|Rosie|"
               "Siobhan|Gemma|Bethany|Kirsty|Aisha"),
        _split("Oliver|Harry|Alfie|Callum|Rhys|Owen|Jamie|Angus|Hamish|Rory|Declan|Archie|"
               "Liam|Ravi|Toby|Gareth"),
        _split("Smith|Jones|Taylor|Evans|Hughes|Patel|Wright|Walsh|Thornton|Ashworth|"
               "Pemberton|MacLeod|Khan|Llewellyn|Barraclough|Fairweather|Okonkwo|Cartwright"),
        _split("Beech Grove|Station Road|Church Lane|Victoria Street|Mill Lane|Queens Road|"
               "Kingsway|Park Crescent|Albert Terrace|Manor Way|Orchard Close|Hawthorn Drive"),
        [Town("Manchester", _uk("M")), Town("Leeds", _uk("LS")), Town("Bristol", _uk("BS")),
         Town("Sheffield", _uk("S")), Town("Norwich", _uk("NR")), Town("Cardiff", _uk("CF")),
         Town("Leicester", _uk("LE")), Town("York", _uk("YO")), Town("Bath", _uk("BA")),
         Town("Glasgow", _uk("G"))],
        _split("btinternet.com|gmail.com|hotmail.co.uk|sky.com|yahoo.co.uk|virginmedia.com"),
        _split("coeliac disease|type 1 diabetes|atrial fibrillation|COPD|Crohn's disease|"
               "postnatal depression|osteoarthritis of the left knee|hypothyroidism|"
               "acute appendicitis|heart failure with reduced ejection fraction|"
               "irritable bowel syndrome|psoriasis|dementia|sickle cell disease"),
        _phone_gb),
    "de": Locale(
        "de", "de",
        _split("Sabine|Katrin|Anja|Jana|Lena|Birgit|Ute|Franziska|Svenja|Heike|Monika|Leonie|"
               "Annika|Dörte|Gisela|Mareike"),
        _split("Jürgen|Stefan|Tobias|Florian|Matthias|Uwe|Klaus|Lukas|Dieter|Jörg|Sven|Moritz|"
               "Bernd|Henrik|Felix|Wolfgang"),
        _split("Müller|Schmidt|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Koch|Richter|"
               "Wagner|Krüger|Zimmermann|Braun|Hartmann|Lange|Schulze|Vogel|Köhler|Brandt|"
               "Öztürk|Kowalczyk|Jansen|Lehmann"),
        _split("Im Winkel|Hauptstraße|Lindenallee|Bahnhofstraße|Am Mühlbach|Schillerstraße|"
               "Goethestraße|Kirchgasse|Birkenweg|Rosenstraße|Gartenstraße|Am Sonnenhang|"
               "Friedrich-Ebert-Str.|Talstraße"),
        [Town("Stuttgart", _num("70", 5)), Town("München", _num("80", 5)),
         Town("Köln", _num("50", 5)), Town("Hamburg", _num("22", 5)),
         Town("Leipzig", _num("04", 5)), Town("Freiburg im Breisgau", _num("79", 5)),
         Town("Bielefeld", _num("33", 5)), Town("Nürnberg", _num("90", 5)),
         Town("Mainz", _num("55", 5)), Town("Rostock", _num("18", 5)),
         Town("Kassel", _num("34", 5)), Town("Heidelberg", _num("69", 5))],
        _split("web.de|gmx.de|t-online.de|gmx.net|posteo.de|freenet.de"),
        _split("Vorhofflimmern|arterielle Hypertonie|Diabetes mellitus Typ 2|Morbus Crohn|"
               "Depression|Asthma bronchiale|Bandscheibenvorfall L4/L5|Herzinsuffizienz|"
               "Zöliakie|Multiple Sklerose|Schilddrüsenunterfunktion|Burnout-Syndrom|"
               "chronische Niereninsuffizienz|Colitis ulcerosa|Angststörung|Epilepsie"),
        _phone_de),
    "fr": Locale(
        "fr", "fr",
        _split("Camille|Chloé|Manon|Élodie|Aurélie|Inès|Margaux|Céline|Sandrine|Océane|"
               "Brigitte|Léa|Nathalie|Amandine"),
        _split("Julien|Mathieu|Nicolas|Théo|Antoine|Guillaume|Rémi|Sébastien|Baptiste|"
               "Hugo|François|Kévin|Olivier|Yannick"),
        _split("Martin|Bernard|Dubois|Thomas|Robert|Petit|Durand|Leroy|Moreau|Lefèvre|"
               "Fontaine|Rousseau|Girard|Mercier|Chevalier|Benali|Lambert|Faure|Gauthier|"
               "Perrin"),
        _split("rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|"
               "chemin des Vignes|allée des Tilleuls|rue Victor Hugo|impasse des Roses|"
               "place du Marché|rue Pasteur|avenue de la Gare|rue du Moulin"),
        [Town("Lyon", _num("6900", 5)), Town("Marseille", _num("130", 5)),
         Town("Toulouse", _num("310", 5)), Town("Nantes", _num("440", 5)),
         Town("Bordeaux", _num("330", 5)), Town("Lille", _num("590", 5)),
         Town("Rennes", _num("350", 5)), Town("Strasbourg", _num("670", 5)),
         Town("Montpellier", _num("340", 5)), Town("Grenoble", _num("380", 5))],
        _split("orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr|gmail.com"),
        _split("insuffisance cardiaque|diabète de type 2|sclérose en plaques|maladie de Crohn|"
               "dépression sévère|hypertension artérielle|asthme|fibromyalgie|"
               "cancer du sein|épilepsie|polyarthrite rhumatoïde|trouble bipolaire"),
        _phone_fr),
    "es": Locale(
        "es", "es",
        _split("Pilar|Lucía|Carmen|Marta|Nuria|Rocío|Alba|Inmaculada|Elena|Montserrat|"
               "Begoña|Ainhoa|Lorena|Paloma"),
        _split("Javier|Alejandro|Sergio|Álvaro|Iñaki|Pablo|Jorge|Raúl|Xavier|Adrián|"
               "Fernando|Gonzalo|Rubén|Marcos"),
        _split("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Iglesias|"
               "Navarro|Moreno|Jiménez|Ruiz|Ortega|Castaño|Etxeberria|Vidal|Serrano|Domínguez|"
               "Herrero"),
        _split("Calle de Alcalá|Calle Mayor|Avenida de la Constitución|Calle del Carmen|"
               "Paseo de Gracia|Calle San Vicente|Avenida del Puerto|Calle Real|"
               "Calle de Toledo|Ronda de Valencia|Calle Larios|Plaza de España"),
        [Town("Madrid", _num("280", 5)), Town("Barcelona", _num("080", 5)),
         Town("Valencia", _num("460", 5)), Town("Sevilla", _num("410", 5)),
         Town("Zaragoza", _num("500", 5)), Town("Málaga", _num("290", 5)),
         Town("Bilbao", _num("480", 5)), Town("Granada", _num("180", 5))],
        _split("gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es"),
        _split("celiaquía|diabetes tipo 2|hipertensión arterial|fibrilación auricular|"
               "depresión mayor|enfermedad de Crohn|asma bronquial|esclerosis múltiple|"
               "insuficiencia renal crónica|hipotiroidismo|artritis reumatoide|trastorno de ansiedad"),
        _phone_es),
    "it": Locale(
        "it", "it",
        _split("Giulia|Francesca|Chiara|Federica|Alessia|Martina|Elisa|Valentina|Silvia|"
               "Roberta|Ilaria|Beatrice"),
        _split("Marco|Luca|Giuseppe|Alessandro|Davide|Matteo|Andrea|Simone|Lorenzo|Stefano|"
               "Riccardo|Gianluca"),
        _split("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|"
               "Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Lombardi"),
        _split("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Mazzini|Viale Monza|"
               "Via dei Mille|Piazza Cavour|Via Dante Alighieri|Via Verdi|Via Nazionale"),
        [Town("Milano", _num("201", 5), "F205"), Town("Roma", _num("001", 5), "H501"),
         Town("Torino", _num("101", 5), "L219"), Town("Bologna", _num("401", 5), "A944"),
         Town("Napoli", _num("801", 5), "F839"), Town("Firenze", _num("501", 5), "D612"),
         Town("Genova", _num("161", 5), "D969"), Town("Bari", _num("701", 5), "A662")],
        _split("libero.it|virgilio.it|alice.it|tiscali.it|gmail.com|fastwebnet.it"),
        _split("diabete mellito tipo 2|ipertensione arteriosa|fibrillazione atriale|"
               "morbo di Crohn|celiachia|depressione maggiore|sclerosi multipla|asma|"
               "insufficienza cardiaca|ipotiroidismo|artrite reumatoide|disturbo d'ansia"),
        _phone_it),
    "pt_BR": Locale(
        "pt_BR", "pt",
        _split("Ana Paula|Juliana|Fernanda|Beatriz|Larissa|Camila|Gabriela|Patrícia|"
               "Letícia|Aline|Mariana|Tatiane"),
        _split("João|Lucas|Rafael|Thiago|Gustavo|Matheus|Felipe|Rodrigo|Bruno|Diego|"
               "Leandro|Vinícius"),
        _split("Silva|Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Nascimento|"
               "Lima|Araújo|Carvalho|Ribeiro|Gomes|Barbosa|Cavalcanti"),
        _split("Rua das Flores|Avenida Paulista|Rua Augusta|Rua XV de Novembro|"
               "Avenida Atlântica|Rua da Consolação|Rua Sete de Setembro|Avenida Brasil|"
               "Rua Oscar Freire|Travessa do Comércio"),
        [Town("São Paulo", _br("01"), "SP"), Town("Rio de Janeiro", _br("22"), "RJ"),
         Town("Belo Horizonte", _br("30"), "MG"), Town("Curitiba", _br("80"), "PR"),
         Town("Porto Alegre", _br("90"), "RS"), Town("Salvador", _br("40"), "BA"),
         Town("Recife", _br("50"), "PE"), Town("Campinas", _br("13"), "SP")],
        _split("gmail.com|uol.com.br|hotmail.com|bol.com.br|terra.com.br|yahoo.com.br"),
        _split("diabetes tipo 2|hipertensão arterial|asma|depressão|doença de Crohn|"
               "insuficiência cardíaca|dengue hemorrágica|lúpus|hipotireoidismo|"
               "transtorno de ansiedade generalizada|fibromialgia|doença celíaca"),
        _phone_br),
    "nl": Locale(
        "nl", "nl",
        _split("Sanne|Femke|Anouk|Lotte|Marieke|Ingrid|Eline|Joke|Floor|Noor|Wilma|Esther"),
        _split("Bram|Joost|Pieter|Sander|Thijs|Maarten|Wouter|Ruud|Daan|Jeroen|Koen|Niels"),
        _split("de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
               "van Dijk|Dekker|Vermeulen|van Leeuwen|Brouwer|de Graaf|Kuipers"),
        _split("Keizersgracht|Prinsengracht|Dorpsstraat|Kerkstraat|Stationsweg|Molenweg|"
               "Oudegracht|Lange Voorhout|Vondelstraat|Nieuwe Binnenweg"),
        [Town("Amsterdam", _nl("10")), Town("Rotterdam", _nl("30")), Town("Utrecht", _nl("35")),
         Town("Den Haag", _nl("25")), Town("Eindhoven", _nl("56")), Town("Groningen", _nl("97")),
         Town("Leiden", _nl("23")), Town("Haarlem", _nl("20"))],
        _split("ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl|planet.nl"),
        _split("diabetes type 2|hartfalen|boezemfibrilleren|ziekte van Crohn|depressie|"
               "astma|coeliakie|reumatoïde artritis|hoge bloeddruk|COPD|burn-out"),
        _phone_nl),
    "en_IN": Locale(
        "en_IN", "en",
        _split("Priya|Ananya|Kavya|Divya|Sneha|Pooja|Meera|Lakshmi|Aishwarya|Nandini"),
        _split("Rahul|Arjun|Vikram|Rohan|Karthik|Aditya|Siddharth|Manoj|Suresh|Nikhil"),
        _split("Sharma|Iyer|Reddy|Nair|Gupta|Mehta|Kulkarni|Banerjee|Menon|Chatterjee|"
               "Deshpande|Pillai"),
        _split("MG Road|Linking Road|Anna Salai|Park Street|FC Road|Residency Road|"
               "100 Feet Road|Bannerghatta Road"),
        [Town("Bengaluru", _num("560", 6), "KA"), Town("Pune", _num("411", 6), "MH"),
         Town("Chennai", _num("600", 6), "TN"), Town("Hyderabad", _num("500", 6), "TS"),
         Town("Mumbai", _num("400", 6), "MH"), Town("Kolkata", _num("700", 6), "WB")],
        _split("gmail.com|rediffmail.com|yahoo.co.in|outlook.com"),
        _split("type 2 diabetes|tuberculosis|dengue fever|hypertension|thalassemia minor|"
               "PCOS|hypothyroidism|chronic hepatitis B"),
        lambda rng: rng.choice([f"+91 9{_d(rng, 4)} {_d(rng, 5)}", f"09{_d(rng, 9)}",
                                f"+91-8{_d(rng, 9)}"])),
}


class Pool:
    """Picks from a list's tune half (even positions) or held-out half (odd positions)."""

    def __init__(self, rng: random.Random, heldout: bool) -> None:
        self.rng = rng
        self.heldout = heldout

    def pick(self, items: list[str]) -> str:
        half = items[1::2] if self.heldout else items[0::2]
        return self.rng.choice(half or items)

    def town(self, loc: Locale) -> Town:
        half = loc.towns[1::2] if self.heldout else loc.towns[0::2]
        return self.rng.choice(half)
