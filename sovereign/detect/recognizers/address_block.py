"""STREET_ADDRESS as a whole postal block: the street line with the lines or comma-separated
parts that follow it — unit, town, region code, postal code, country:

    46013 Palackého 496 Suite 730
    Paralimni
    , FA
     Cyprus 26607

Basis: a postal address is a direct identifier (GDPR Art. 4(1); HIPAA §164.514(b)(2)(i)(B));
the town, region and postal code narrow it as much as the street does. Separate findings
for the street, the unit and the postal code left the town and the punctuation between them
in clear, enough to rebuild the address. This recognizer is case-sensitive (Presidio's
default flags ignore case, which would read any lower-case word as a place name).
"""

import re

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers import address_forms as forms

ENTITY = "STREET_ADDRESS"
WORD = r"\p{Lu}[\p{L}'\u2019\-]*\.?"
NAME = rf"{WORD}(?:[ \t]+(?:{WORD}|de|da|do|del|di|du|la|le|van|von|der|den)){{0,3}}"
NUMBER = r"\d{1,5}[A-Za-z]?"
UNIT = rf"(?:[ \t]*,?[ \t\n?}}>|*\u2022\-]*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Box)\.?[ \t]*#?{NUMBER})"
# street names may hold lower-case words between capitalised ones: "Gosposka ulica 53"
STREET_NAME = rf"{WORD}(?:[ \t]+(?:{WORD}|\p{{Ll}}+)){{0,3}}"
PREFIX = r"(?:(?:ul|al|R|Ctra|Av|Avda|Pl)\.?[ \t]+(?:de[ \t]+)?)?"  # "ul. Asnyka", "R José…"
YEAR = r"(?:19|20)\d\d(?!\w)"
MONTHS_AHEAD = r"(?:January|February|March|April|May|June|July|August|September|October|" \
    r"November|December)[ \t]"
STREET = (
    # (house number,) number, street name, number: "46013 Palackého 496", "4317 Invalidenstrasse 19"
    rf"(?:\d{{1,6}}[ \t]+)?\d{{1,6}}[ \t]+{PREFIX}{STREET_NAME}[ \t]+{NUMBER}"
    # number and name ending in a street word: "742 Evergreen Terrace"
    rf"|(?:\d{{1,6}}[ \t]+)?\d{{1,6}}[A-Za-z]?[ \t]+{NAME}"
    # name then number: "Via Scala 30", "Hermiankatu 23"; not a month or a year ("July 1996",
    # "Copyright 2011, 2012, 2013")
    rf"|(?!{MONTHS_AHEAD}){PREFIX}{NAME}[ \t]+(?!{YEAR}){NUMBER}"
)
# lower-case words street names hold (Hungarian, Slavic, Nordic, Romance, Dutch, German)
STREET_WORD = (r"(?:utca|út|útja|u\.|rkp\.|kapu|tér|ulica|ul\.|vei|veien|veg|gate|gata|gatan|"
               r"vej|vegur|tie|katu|del|de|da|do|dos|das|du|la|le|der|den|van|von|y|aqq\.)")
# a day, a month and a year read like "number, name, number": "14 February 2023", "3 März 2024"
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|"
          r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|"
          r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|"
          r"aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|"
          r"maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus)")
# house number, street name, number, on its own: "834 Amsinckstrasse 9", "476 Jižní 80",
# "316 Árpád fejedelem útja 3.", "25006 Avda. Generalísimo 6"
# one or two blanks between the parts: wider gaps are a table's columns ("1     Running    0")
GAP = r"[ \t]{1,2}"
# the three-letter month names ("05 Mar 2024"), a word in capitals followed by a model
# number ("7 PRO 7840U"), and an acronym of two to four capitals as the whole name
# ("I/O 412 QID 3" in a kernel log): a date, a product and a counter, not a street
NOT_STREET_NAME = (rf"(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|"
                   rf"\p{{Lu}}{{2,}}(?=[ \t]+\d+[A-Z])|\p{{Lu}}{{2,4}}(?={GAP}\d))\b")
NUMBERED_STREET = (rf"\d{{1,6}}{GAP}(?!{NOT_STREET_NAME}){PREFIX}{WORD}(?:{GAP}(?:{WORD}|{STREET_WORD}|"
                   rf"\p{{Ll}}+(?=[ \t]+{STREET_WORD}))){{0,3}}{GAP}{NUMBER}\.?")
# counted things that read like "number, name, number": "Version 2 Release 3", "page 4 Table 2"
COUNTED = (r"(?i:version|release|build|part|chapter|section|page|step|level|phase|round|"
           r"season|episode|volume|vol\.|table|figure|rule|item|no\.|number|v)")
# US military post: "Unit 9251 Box 3271 / DPO AP 81588", "USNS Javorac / FPO AE 67942"
MILITARY = (rf"(?:(?:Unit|PSC)[ \t]+\d{{4}}[ \t]+Box[ \t]+\d{{4}}|(?:USNS|USNV|USS|USCGC)[ \t]+"
            rf"{WORD})[ \t]*,?\n?[ \t?}}>|*\-]*(?:FPO|APO|DPO)[ \t]+A[AEP][ \t]+\d{{5}}")
LABEL = r"(?![\p{L} ]{0,20}:)(?!(?:Phone|Mobile|Fax|Tel|Email|E-mail|Desk|Office)\b)"
PART = (rf"{LABEL}(?:{NAME}(?:[ \t]+\d{{4,6}})?|\p{{Lu}}{{2,3}}(?:[ \t]+\d{{4,6}})?|\d{{4,6}}"
        rf"|nan|(?:FPO|APO|DPO)[ \t]+[A-Z]{{2}}[ \t]+\d{{5}})")
SEP = r"(?:[ \t]*[,\n][ \t?}>|*\u2022\-]*)+"  # bullets and quoting marks may start a line
PATTERNS = [
    Pattern("postal_block",
            rf"(?<![\w-])(?:{STREET}){UNIT}*(?:{SEP}{PART}){{2,5}}(?![\w-])", 0.6),
    # on one line after a unit: "8 Wressle Road Apt. 528 POLAPIT TAMAR United Kingdom"
    Pattern("unit_line",
            rf"(?<![\w-])(?:{STREET}){UNIT}+(?:[ \t]+{LABEL}(?:{NAME}|\p{{Lu}}{{2,3}}|nan|\d{{4,6}}))"
            rf"{{1,4}}(?![\w-])", 0.6),
    Pattern("military", rf"\b{MILITARY}\b", 0.7),
    # a street line as continental Europe and Latin America write it, with its unit and
    # the postcode and town after it: "Calle de Alcalá 45, 3º B, 28014 Madrid"
    Pattern("street_line",
            rf"(?<![\w\-.])(?:{forms.NAME_THEN_NUMBER}|{forms.NUMBER_THEN_NAME}){forms.UNIT}*"
            rf"(?:{forms.TAIL})?(?![\w\-])", 0.75),
    # an English street line with the town and postcode or state and ZIP after it:
    # "The Old Rectory, 204 Beech Grove, Manchester M20 4RQ"
    Pattern("street_line_en",
            rf"(?<![\w\-.])(?:{forms.EN_STREET}){forms.UNIT}*{forms.TAIL}(?![\w\-])", 0.75),
    Pattern("numbered_street",
            rf"(?<![\w.,-])(?<!{COUNTED}[ \t]){NUMBERED_STREET}(?![\w-])", 0.5),
]
VECTORS = [
    ("ship to 46013 Palackého 496 Suite 730\nParalimni\n, FA\n Cyprus 26607 asap", [ENTITY]),
    ("Address:\n102 Tavcarjeva 44\nMogadouro, BN 23915.", [ENTITY]),
    ("Unit 9251 Box 3271\nDPO AP 81588", [ENTITY]),
    ("Ulrike Fassbinder lives at 834 Amsinckstrasse 9, Arnsdorf", [ENTITY]),
    ("had given his address: 316 Árpád fejedelem útja 3., Budapest", [ENTITY]),
    ("In 2019 we sold 30 units", []),
    ("I once lived in 7808 Hugo Reta 6961 Suite 627 Villa Rodriguez SJ.", [ENTITY]),
    ("We met in 2019, Paris, France and Rome.", []),
    ("Version 2 Release 3, Build 44", []),
    ("GET /api/v1/items 200 05 Mar 2024", []),
    ("web-7d9f   1/1     Running            0          3d", []),
    ("ThinkPad with Ryzen 7 PRO 7840U and 32 GB", []),
    ("nvme nvme0: I/O 412 QID 3 timeout, aborting", []),
    ("Bitte an Im Winkel 34a, 70173 Stuttgart schicken", [ENTITY]),
    ("Im Jahr 2020 stieg der Umsatz um 3 Prozent", []),
    ("J'habite au 12 rue des Lilas, 69003 Lyon", [ENTITY]),
    ("voir la section 12, le chapitre 3", []),
    ("Calle de Alcalá 45, 3º B, 28014 Madrid", [ENTITY]),
    ("cuesta 12 euros, paso 4", []),
    ("Abito in Via Roma 12, 20121 Milano", [ENTITY]),
    ("inviato via Slack 2 volte", []),
    ("Rua das Flores 120, apto 32, 01310-100 São Paulo", [ENTITY]),
    ("versão 2.3, capítulo 4", []),
    ("Keizersgracht 221, 1016 DV Amsterdam", [ENTITY]),
    ("hoofdstuk 3, tabel 5", []),
    ("The Old Rectory, 204 Beech Grove, Manchester M20 4RQ", [ENTITY]),
    ("see Section 12, Chapter 3 and Table 5", []),
    ("standard POSIX functions.\n\nJuly 1996\n\nINTERNATIONALIZING YOUR PROGRAM\n\nStep 1", []),
    ("   Copyright 2011, 2012, 2013, 2014 Colin Watson.", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="AddressBlockRecognizer",
                             global_regex_flags=re.DOTALL | re.MULTILINE)
