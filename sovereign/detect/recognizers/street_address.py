"""STREET_ADDRESS: street lines as people write them in English and in the common European
and Latin American orders — "742 Evergreen Terrace", "Via Leopardi 83", "Hadikgasse 49",
"Rua Arapiraca 1943" — plus secondary units ("Apt. 559", "Suite 303") and P.O. boxes.

Basis: a postal address is a direct identifier (GDPR Art. 4(1); HIPAA §164.514(b)(2)(i)(B)).
spaCy tags towns and countries, not street lines.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.wordlist import alternation

ENTITY = "STREET_ADDRESS"
SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Dr",
    "Ct", "Pl", "Terrace", "Sq", "Parkway", "Pkwy", "Highway", "Hwy", "Crescent", "Cir",
    "Mews", "Wharf", "Quay", "Esplanade", "Promenade", "Rte",
)
# street-type words that are as often plain words ("the office will close", "a short walk",
# "at some point"): they end a street line only capitalised, after capitalised words
# ("12 Oak Close", "4 Mill Row")
WORD_SUFFIXES = (
    "Drive", "Way", "Court", "Place", "Square", "Close", "Circle", "Trail", "Heights", "Greens",
    "Green", "Row", "Walk", "Gardens", "Crossing", "Park", "Point", "Ridge", "Hills?", "View",
    "Grove", "Path", "Loop", "Pass", "Rise", "Vale", "Parade", "Alley", "Route", "Track",
    "Junction", "Estate", "Glen",
)
# street-type words that come first in Romance languages and Portuguese
PREFIXES = ("Via", "Viale", "Piazza", "Corso", "Rua", "Avenida", "Av\\.", "Calle", "Carrer",
            "Paseo", "Plaza", "Rue", "Boulevard", "Chemin", "Allée", "Strada", "Largo", "Travessa")
# compounds that end in the street-type word in Germanic and Nordic languages
# (not "-ring": "Spring 2024")
COMPOUND_ENDINGS = ("straße", "strasse", "str\\.", "gasse", "weg", "platz", "allee",
                    "damm", "ufer", "gade", "vej", "vägen", "gatan", "veien", "gata", "braut",
                    "laan", "straat", "plein", "kade", "gracht")
# a house number, a direction ("5531 N Kenmore Ave") and one to four capitalised words, before
# the street-type word; not the decimals of a figure ("2.34 usec per loop")
HOUSE_WORDS = (r"(?<!\d[.,])\b\d{1,6}[A-Za-z]?\s+(?:(?-i:[NSEW]{1,2})\.?\s+)?"
               r"(?:[A-Z][a-zA-Z'\-]+\.?\s+){1,4}")
# after the street-type word: an apartment or suite ("Apt 4B", "# 121")
UNIT = r"\b\.?(?:,?\s+(?:Apt|Suite|Unit)\.?\s*#?\w+|\s+#\s?\d{1,5}[A-Za-z]?\b)?"
NAME = r"(?:[A-ZÀ-Ý][\w'\u2019\-]*\.?\s+){0,3}[A-ZÀ-Ý][\w'\u2019\-]*"
PATTERNS = [
    Pattern("house_street",
            # the words in any case, as chats type them ("4418 wesley ave")
            rf"{HOUSE_WORDS}(?:" + alternation(SUFFIXES, ignore_case=True) + ")" + UNIT,
            0.7),
    Pattern("house_street_cased",
            rf"(?-i:{HOUSE_WORDS}(?:" + alternation(WORD_SUFFIXES, ignore_case=False) + "))"
            + UNIT,
            0.7),
    Pattern("prefix_street_number",
            # a capital first: "via Slack 2" is no address
            r"\b(?-i:(?=\p{Lu}))(?:" + alternation(PREFIXES, ignore_case=True) + r")\s+" + NAME
            + r",?\s+\d{1,5}[A-Za-z]?\b", 0.7),
    # (?=…): only a word that a house number follows is worth trying every ending on
    Pattern("compound_street_number",
            r"\b(?=[\w\-]+\.?\s+\d)[A-ZÀ-Ýa-zà-ÿ][\w\-]*(?:"
            + alternation(COMPOUND_ENDINGS, ignore_case=True) + r")\s+\d{1,5}[A-Za-z]?\b", 0.7),
    Pattern("secondary_unit", r"\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b",
            0.5),
    Pattern("po_box", r"\bP\.?\s?O\.?\s*Box\s+\d{1,6}\b", 0.7),
]
VECTORS = [
    ("I live at 742 Evergreen Terrace, Springfield", [ENTITY]),
    ("ship to 1600 Pennsylvania Avenue NW", [ENTITY]),
    ("Street address: 123 Ridgeway Avenue #121", [ENTITY]),
    ("The bus station is on Via Pasquale Scura 127", [ENTITY]),
    ("Meet me at Hadikgasse 49 in Vienna", [ENTITY]),
    ("Send it to P.O. Box 63", [ENTITY]),
    ("she moved to Apt. 559 last week", [ENTITY]),
    ("we need 3 Large Boxes", []),
    ("I live at 12 Oak Close, Leeds", [ENTITY]),
    ("can u pick me up from 4418 wesley ave", [ENTITY]),
    ("lives 5531 N Kenmore Ave apt 2 chicago 60640", [ENTITY]),
    ("Effective 1 January the office will close at 17:00", []),
    ("sent via Slack 2 times", []),
    ("Spring 2024 release notes", []),
    ("100000 loops, best of 5: 2.34 usec per loop", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="StreetAddressRecognizer")
