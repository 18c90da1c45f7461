"""NRP (nationality): demonyms in any case and in the plural ("nigerian", "proud latvians",
"Icelandic food", "a Greenlander", "us citizen").

Basis: nationality can reveal racial or ethnic origin, a special category under GDPR
Art. 9(1); with a place or an age it narrows a record. spaCy's small model tags NORP only
when capitalised and common. The list is closed, so precision stays high.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.wordlist import alternation

ENTITY = "NRP"
DEMONYMS = (
    "Afghan", "Albanian", "Algerian", "American", "Andorran", "Angolan", "Argentin(?:e|ian)",
    "Armenian", "Australian", "Austrian", "Azerbaijani", "Bahraini", "Bangladeshi", "Belarusian",
    "Belgian", "Beninese", "Bolivian", "Bosnian", "Brazilian", "British", "Bulgarian",
    "Burmese", "Burundian", "Cambodian", "Cameroonian", "Canadian", "Chadian", "Chilean",
    "Chinese", "Colombian", "Congolese", "Costa Rican", "Croat(?:ian)?", "Cuban", "Cypriot",
    "Czech", "Danish", "Dane", "Dominican", "Dutch", "Ecuadorian", "Egyptian", "Emirati",
    "English", "Eritrean", "Estonian", "Ethiopian", "Faroese", "Fijian", "Filipino", "Finnish",
    "Finn", "French", "Gabonese", "Gambian", "Georgian", "German", "Ghanaian", "Greek",
    "Greenlander", "Greenlandic", "Guatemalan", "Guinean", "Haitian", "Honduran", "Hungarian",
    "Icelandic", "Icelander", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli",
    "Italian", "Ivorian", "Jamaican", "Japanese", "Jordanian", "Kazakh", "Kenyan", "Korean",
    "Kosovar", "Kuwaiti", "Kyrgyz", "Lao", "Latvian", "Lebanese", "Liberian", "Libyan",
    "Lithuanian", "Luxembourgish", "Macedonian", "Malagasy", "Malawian", "Malaysian", "Malian",
    "Maltese", "Mauritanian", "Mauritian", "Mexican", "Moldovan", "Monegasque", "Mongolian",
    "Montenegrin", "Moroccan", "Mozambican", "Namibian", "Nepali", "Nepalese", "New Zealander",
    "Nicaraguan", "Nigerian", "Nigerien", "Norwegian", "Omani", "Pakistani", "Palestinian",
    "Panamanian", "Paraguayan", "Peruvian", "Polish", "Pole", "Portuguese", "Puerto Rican",
    "Qatari", "Romanian", "Russian", "Rwandan", "Saudi", "Scottish", "Scot", "Senegalese",
    "Serbian", "Serb", "Singaporean", "Slovak", "Slovenian", "Slovene", "Somali",
    "South African", "Spanish", "Spaniard", "Sri Lankan", "Sudanese", "Swedish", "Swede",
    "Swiss", "Syrian", "Taiwanese", "Tajik", "Tanzanian", "Thai", "Togolese", "Tunisian",
    "Turkish", "Turk", "Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan",
    "Vietnamese", "Welsh", "Yemeni", "Zambian", "Zimbabwean", "Kiwi", "Aussie",
    "(?:US|U\\.S\\.|EU|UK) (?:citizen|national|resident)s?",
)
PATTERNS = [
    Pattern("demonym", r"(?i:\b(?:" + alternation(DEMONYMS, ignore_case=True) + r")(?:e?s)?\b)", 0.5),
]
VECTORS = [
    ("I am nigerian but I live in Czech Republic.", [ENTITY]),
    ("We are proud lithuanians", [ENTITY]),
    ("It serves great Icelandic food.", [ENTITY]),
    ("I am us citizen but I live in Germany.", [ENTITY]),
    ("the committee met on Tuesday", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="NationalityRecognizer")
