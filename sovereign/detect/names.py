"""Given names and surnames common in the languages the proxy meets most (English, German,
French, Spanish, Italian, Portuguese, Dutch), lower case.

The small spaCy model calls many capitalised words a PERSON: a product ("Dell"), a town
("Lyon"), the first word of a question ("Convert"), a dish ("Kartoffelsuppe"). Alone, such a
one-word finding is weak evidence; one whose word is a known name is not (noise.py). The lists
(with the US census's given names, names_census.py) are no limit on what counts as a name:
two-word names, names after a cue ("Dear", "my son"), in a form field or a name column are
found by their own rules whatever the word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from sovereign.detect.names_census import CENSUS_GIVEN
from sovereign.detect.names_world import GIVEN_WORLD, SURNAMES_WORLD

OWN_GIVEN = frozenset("""
aaron abigail adam adrian adriana agnes aidan aisha alan albert alberto alejandra alejandro
alex alexander alexandra alexandre ali alice alicia alina alison amanda amber amelia amy ana
andrea andreas andrew andré andrés angela angelo anita ann anna anne annette anthony antoine
antonio ariana arthur astrid audrey aurélie ava barbara beatriz ben benjamin bernard bernd
beth betty bianca bob brandon brenda brian bruno bryan camille carla carlos carmen carol
caroline carolina catherine cecilia celine charles charlie charlotte chiara chloe chloé chris
christian christina christine christopher cindy claire clara claudia colin connor cristina
daan daniel daniela danielle david debbie deborah denise dennis diana diego dieter dirk dominik
donald donna doris dorothy dylan edith eduardo edward elena eleonora elias elif elisa elizabeth
ella ellen ellie emily emma emre eric erik erika esther ethan eva evelyn fabian fabio federica
felix fernanda fernando filipe finn florian frances francesca francesco francisco frank franz
françois frederik gabriel gabriela gabriele gary george gerard gerhard gianluca gianni giorgia
giovanni giulia giuseppe gloria gonzalo greta gregory guillaume günter hannah hans harry heather
heinz helen helena helga henri henrik henry hugo ian inês ines ingrid irene isabel isabella
isabelle ivan jack jacob jacques jake james jan jana jane janet janine jason javier jean jeff
jennifer jens jeremy jessica jesús joana joanna joao joão joe johan johanna john jonas jonathan
jordan jorge josé joseph joshua josé juan julia julian julie juliette justin jürgen karen
karin karl kate katharina katherine kathleen kathryn katie kevin kim klaus kyle lara laura
lauren laurent lea leah lena leo leon leonie liam lily linda lisa lorenzo louis louise luca
lucas lucia lucía luis luisa lukas luke léa madison manuel manuela marc marcel marco marcus
margaret maria mariana marie marina mario marion mark marta martha martin mary matteo matthew
matthias mathieu max maximilian megan melanie melissa mia michael michaela michel michelle
miguel mike miriam mohamed mohammed monica monika morgan nadia nancy natalia natalie nathalie
nathan nicholas nicolas nicole niels nina noah noemi nora oliver olivia oscar pablo pamela
pascal patricia patrick paul paula pauline pedro peter petra philip philipp philippe pierre
pietro pilar priya rachel rafael raquel raúl rebecca renate ricardo richard rita robert roberta
roberto robin rodrigo roger rosa ruben ruth ryan sabine sandra sara sarah sascha sebastian
sergio sharon simon simone sofia sophia sophie stefan stefanie stephanie stephen steven susan
susanne sven sylvie thomas tiago tim timothy tobias tom tomás tyler ursula valentina valeria
vanessa vera veronica victor victoria vincent virginie walter wei william wolfgang yannick
yvonne zoe zoé
""".split())

# given names that are as often ordinary words, in lower case above all ("to mark text",
# "will it", "with grace"): no evidence of a person on their own
COMMON_WORDS = frozenset({"mark", "will", "may", "june", "april", "august", "rose", "bill",
                          "grant", "hope", "faith", "joy", "grace", "art", "dawn", "page",
                          "max", "jack", "frank", "guy", "sue", "pat", "don", "ray"})
# more of the common given names of the seven languages and of Ireland, Wales and Scotland
OWN_GIVEN_MORE = frozenset("""
adriana adrien agnes agnès agustin agustín ainhoa aitor alessandro alessia alexis alfonso
alistair alvaro amandine anais anaïs andrea andréia andrés anja anke anouk antje antoine
aurelien aurélien baptiste beatriz begona begoña benoit benoît bernhard bethan borja bram
brigitte britta bruna bärbel callum camila carla carmen cecile cedric cerys chantal christa
christelle ciara claudio clemence clement clémence clément conceição concepción conor coralie
corentin cristiano cécile cédric daan daniela davide declan delphine dennis detlef dietmar
diogo dolores dylan dörte eduarda elisabetta elodie emanuele emilie encarnación enzo esperanza
estelle euan fabrice fabrizio federica federico femke fernanda fernando finn fiona franca
francisca francoise françoise fraser frederic friederike frédéric gabi gabriele gaelle gareth
gaëlle gesine gianna gijs gilles giorgio giovanna gisela goncalo gonçalo grazia gudrun
guillermo gunther gustavo günther hamish hanna hannelore harald heike helene heloísa hendrik
henrike herve hervé holger horst hélène ignacio iker ilaria imke inge ingeborg inigo inmaculada
inès irmgard isabelle jaime jannik jannis jasmin jean-claude jean-luc jean-marc jean-pierre
jeroen jerome jesse joaquim joaquin joaquín jochen jonas joost jordi josefa juliana jutta
jérôme jörg karsten kathrin katrin kaua kauã kerstin kevin kirsty laetitia larissa lena lennart
leon leonor leticia letícia lieke lionel lorena lotte lucia lucie ludovic luigi luiza luuk
luíza léna maaike maarten macarena maelle maike malte manfred manon manuela marcello marcos
margarida margit marieke marisa marisol marlies marloes marvin massimo matheus mathilde mathis
matthieu mattia maurizio maxime maximilian maëlle meike melanie mercedes mhairi milagros mirco
mirjam monique montse montserrat morag moritz mélanie nadine nadège nerea niamh nicola nicole
nieves niklas norbert nuno nuria núria oceane océane ole olivier ornella otávio paloma paolo
pascal patrice patrizia patrícia paul pauline pierluigi pieter purificación quentin rafaela
raffaele raimundo rainer ralf ramon ramón reinhard renata rhiannon riccardo rocio rocío rodrigo
romain rosanna rosario rui salvador salvatore sandra sandrine sanne santiago sascha saskia
sebastien sebastião serena sergio shona siegfried sigrid silke silvia simona siobhan sjoerd
soledad solène stefano susana svenja sylvain sylvie sébastien sílvia sönke tanja teresa tessa
thais thaís theo thiago thierry thijs théo tijn timo tobias tommaso torsten ulrich ulrike unai
valentin valerio veronique vicente vincenzo vinicius vinícius virginie vitoria
vittorio vitória volker véronique waltraud wellington werner wiebke wilfried willem wouter
xiomara yasmine yolanda yves yvonne álvaro élodie émilie íñigo
freya isla imogen evie alfie toby albie arlo eilidh ailsa iona morven ruairi darragh eline
koen fenna tess fleur mees guus stijn maud elke ute uwe dagmar hartmut frauke hauke annelies
hanneke ilse willemijn gert rutger thom ruud kees henk gerrit mieke
""".split())
# given names that are as often a place, a state or a country's capital (listed_name.py,
# noise.py)
PLACE_NAMES = frozenset({
    "paris", "florence", "jordan", "georgia", "austin", "victoria", "chelsea", "lincoln",
    "santiago", "sydney", "adelaide", "charlotte", "madison", "phoenix", "dallas", "houston",
    "orlando", "denver", "aurora", "savannah", "regina", "valencia", "alexandria", "lourdes",
    "elizabeth", "virginia", "carolina", "sofia", "lima", "salvador", "natal", "india",
    "israel", "kenya", "jackson", "eugene", "vienna", "siena", "verona", "cheyenne",
    "sierra", "dakota", "montana", "nevada", "brooklyn", "london", "milan", "roma",
})
# given names and surnames that are as often software, a language, a product or an assistant
# in what people ask ("Luigi or Airflow?", "Jenkins for builds", "Julia vs Python"): alone,
# no evidence of a person (noise.py, listed_name.py). Names as often a person's ("Travis",
# "Hugo", "Pascal") are not listed: "Travis called me" must stay a name.
PRODUCT_NAMES = frozenset({
    "julia", "ada", "ruby", "alexa", "siri", "cortana", "claude", "mercedes", "karma",
    "mocha", "django", "bert", "corona", "dolly", "polly", "gemma", "luigi", "cassandra",
    "jenkins", "haskell", "jekyll", "loki", "thanos", "tempo", "consul", "nomad", "chef",
    "puppet", "kafka", "storm", "flink", "beam", "sentry", "ember", "meteor", "alpine",
    "astro", "gatsby", "pelican", "zola", "tableau", "looker", "harbor", "rancher",
    "heroku", "render", "keras", "jax", "quarkus", "spring", "micronaut", "angular",
    "logseq", "notion", "obsidian", "zotero", "mendeley", "mac",
})
GIVEN = (OWN_GIVEN | OWN_GIVEN_MORE | CENSUS_GIVEN | GIVEN_WORLD) - COMMON_WORDS
SURNAMES = SURNAMES_WORLD | frozenset("""
adams allen alvarez anderson bailey baker bakker barbieri bauer becker bell bernard bertrand
bianchi blanc bonnet brown bruno caruso castillo castro clark colombo conti costa cruz davies
davis dekker diaz dubois dupont durand edwards evans ferrari ferreira fernandes
fernández fernandez fischer fontana fournier garcia garcía gomes gomez gómez gonzalez gonzález
green greco hall harris hargreaves hernández hernandez hill hoffmann hofmann hughes jackson
jansen janssen johnson jones kaiser keller king klein koch krüger lambert lee lewis lombardi
lopes lópez lopez marchetti marino martin martinez martínez martins meyer meijer mendes mendoza
mercier moore morales moreau moreno morris müller muller murphy navarro neumann nguyen oliveira
ortiz patel pereira perez pérez petit pham ramirez ramírez ricci richard rizzo roberts robinson
rodrigues rodriguez rodríguez romano romero rossi roux ruiz russo sanchez sánchez santos schmid
schmidt schneider scholz schulz schwarz scott silva simon smit smith sousa taylor thomas
thompson turner vargas vermeulen visser wagner walker weber white williams wilson
wolf wood wright young zimmermann
thornton pemberton barraclough whitfield ashford delaney morrison schubert köhler huang
antunes leeuwen graaf vries
""".split()) | frozenset("""
aguilar albrecht almeida alonso andré araujo araújo arnaud azevedo barbier barbieri barbosa
barone baumann benali benedetti berger bergmann bernardi blanchard boehm bonnet boyer
brandstätter brandt braun brouwer brunet byrne böhm caballero caputo carbone cardoso carrasco
carvalho castano castaño castillo castro cattaneo cavalcanti chevalier clement clément coppola
correia cortes cortés costantini d'angelo damico dekker delgado desantis diaz dietrich dijkstra
dominguez domínguez donati doyle dumont dupont duval díaz engelhardt fabbri faure fernandes
ferrara ferraro ferreira ferretti ferri fontaine fontana fournier francois franke françois
freitas fuchs gaillard gallagher galli garcia garnier garrido gatti gauthier gautier gentile
gimenez giménez girard giraud giuliani gomes grassi guerin guerrero gutierrez gutiérrez guérin
haas hahn hartmann heinrich hendriks herrera herrero hidalgo iglesias jacobs janssen keller
kelly kennedy kraus krause kuehne kuhn kühne lambert laurent lefebvre lefevre lefèvre legrand
lehmann lemaire lemoine lenz leroy lombardo lopes lorenz lozano ludwig lynch marchand marchetti
mariani marini marques martinelli martini martino martins marín masson mathieu mccarthy meier
mendes mendez mercier messina meunier michel milani molina montanari monteiro montero morales
moreira morelli moreno moretti morin mulder muller munoz murphy murray muñoz méndez nascimento
navarro nunes nunez núñez o'brien o'connor o'neill o'reilly o'sullivan ortega ortiz ospina
pagano palmieri pellegrini pellegrino perrin peters pfeiffer piras pohl prieto quinn ramirez
ramírez ribeiro ricci richter rinaldi riviere rivière robert romero rossetti rousseau roussel
ruggiero ryan santos sanz sartori schmitt schreiber schroeder schröder schulte seidel serrano
silvestri smits soares souza suarez suárez teixeira torres valentini vazquez verhoeven vieira
villalba vitale vitali vogel voigt vázquez walsh werner wolff ziegler
""".split())


# who "my …" introduces by name ("my son Lukas"), for person_name.py's cue and, in lower case,
# lowercase_name.py's
RELATIONS = ("son", "daughter", "kid", "child", "wife", "husband", "partner", "brother", "sister",
             "friend", "mother", "father", "mom", "dad", "boss", "colleague")

# a person the writer refers to by their relation, in each language: the possessives, then the
# relations ("my coworker", "mein Vater", "ma fille", "a mi hermana", "meu pai", "mijn moeder")
KIN = {
    "en": ("my|our", "son|daughter|kid|child|children|wife|husband|partner|brother|sister|"
           "friend|best friend|mother|father|mom|mum|mommy|mummy|dad|daddy|parents|boss|"
           "colleague|coworker|co-worker|grandma|grandmother|granny|grandpa|grandfather|"
           "grandson|granddaughter|aunt|uncle|cousin|niece|nephew|boyfriend|girlfriend|"
           "fiancée?|neighbou?r|roommate|flatmate|stepson|stepdaughter|stepmother|stepfather|"
           "mother-in-law|father-in-law|sister-in-law|brother-in-law|baby|toddler|teenager|"
           "mate|mates|buddy|pal|grandad|granddad|nan|nana|gran|stepdad|stepmum|stepmom|"
           "hubby|bf|gf"),
    "de": ("mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer",
           "Vater|Mutter|Mama|Papa|Sohn|Tochter|Bruder|Schwester|Mann|Frau|Freund|Freundin|"
           "Oma|Opa|Großmutter|Großvater|Onkel|Tante|Cousin|Cousine|Kollege|Kollegin|Chef|"
           "Chefin|Nachbar|Nachbarin|Partner|Partnerin|Kind|Kinder|Enkel|Enkelin|Eltern|"
           "Schwiegermutter|Schwiegervater|Kumpel|Lebensgefährte|Lebensgefährtin"),
    "fr": ("mon|ma|mes|notre|nos",
           "père|mère|papa|maman|fils|fille|frère|sœur|soeur|mari|femme|copain|copine|ami|"
           "amie|grand-mère|grand-père|grand-mere|grand-pere|oncle|tante|cousin|cousine|"
           "collègue|patron|patronne|voisin|voisine|enfant|enfants|conjoint|conjointe|"
           "compagnon|compagne|parents|belle-mère|beau-père|bébé|pote|potes|mamie|papi|papy|"
           "mémé|pépé"),
    "es": ("mi|mis|nuestro|nuestra|nuestros|nuestras",
           "padre|madre|papá|mamá|hijo|hija|hijos|hermano|hermana|marido|esposo|esposa|mujer|"
           "novio|novia|amigo|amiga|abuelo|abuela|tío|tía|primo|prima|compañero|compañera|"
           "jefe|jefa|vecino|vecina|pareja|suegro|suegra|bebé|padres"),
    "it": ("mio|mia|miei|mie|nostro|nostra|nostri|nostre",
           "padre|madre|papà|mamma|figlio|figlia|figli|fratello|sorella|marito|moglie|"
           "ragazzo|ragazza|amico|amica|nonno|nonna|zio|zia|cugino|cugina|collega|capo|"
           "vicino|vicina|compagno|compagna|suocero|suocera|genitori"),
    "pt": ("meu|minha|meus|minhas|nosso|nossa|nossos|nossas",
           "pai|mãe|mae|filho|filha|filhos|irmão|irmao|irmã|irma|marido|esposa|mulher|"
           "namorado|namorada|amigo|amiga|avô|avó|avo|tio|tia|primo|prima|colega|chefe|"
           "vizinho|vizinha|sogro|sogra|bebê|pais"),
    "nl": ("mijn|m'n|mn|onze|ons",
           "vader|moeder|papa|mama|zoon|dochter|broer|zus|zuster|man|vrouw|vriend|vriendin|"
           "opa|oma|oom|tante|neef|nicht|collega|baas|buurman|buurvrouw|partner|kind|"
           "kinderen|ouders|schoonmoeder|schoonvader|maat|vriendje|vriendinnetje|zusje|"
           "broertje|zoontje|dochtertje|neefje|nichtje|mams|paps"),
}


def kin_pattern(between: int = 0) -> str:
    """A regular-expression fragment (case-blind) for "a possessive, then a relation" in every
    language of KIN; with *between*, up to that many short words may stand between them
    ("my 15 yo daughter", "mein kleiner Bruder")."""
    gap = rf"(?:[\p{{L}}\p{{N}}'\-]{{1,12}}[ \t]+){{0,{between}}}?" if between else ""
    return "|".join(f"(?:{possessive})[ \t]+{gap}(?:{relation})"
                    for possessive, relation in KIN.values())


def lone_given_name(word: str) -> bool:
    """Whether *word* (any case), standing alone, is a listed given name that is not as
    often a product or a place ("Álvaro"; not "Julia", "Victoria")."""
    low = word.lower()
    return low in GIVEN and low not in PRODUCT_NAMES and low not in PLACE_NAMES


def fold(word: str) -> str:
    """*word* in lower case without accents ("Óscar" -> "oscar", "Hämodialyse" ->
    "hamodialyse")."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low)
                   if not unicodedata.combining(c))


def known_name(word: str) -> bool:
    """Whether *word* (any case) is one of the listed given names or surnames."""
    return word.lower() in GIVEN or word.lower() in SURNAMES


def listed_full_name(words: Sequence[str]) -> bool:
    """Whether *words* are a name by the lists alone: two or more, the first a listed given
    name, the last a listed surname, every one a listed name ("Valentina Ricci")."""
    return (len(words) >= 2 and words[0].lower() in GIVEN and words[-1].lower() in SURNAMES
            and all(known_name(w) for w in words))
