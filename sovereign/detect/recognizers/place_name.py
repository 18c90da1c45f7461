"""LOCATION: countries by name (a closed list, any case), and places introduced as places —
"lives in Groningen", "originally from Uruguay", "moved here from WOODBRIDGE", "returned to
Montevideo", the town after a street address ("12 Via Roma 4, Lirone") or on the line above a
country in an address block — that spaCy's small model misses when the name is rare or in
capitals.

Basis: a town or region is a quasi-identifier (GDPR Art. 4(1) "location data"; HIPAA
§164.514(b)(2)(i)(B) geographic subdivisions smaller than a state). Countries alone identify
little, but with an age or a date they narrow a record; the policy decides what they weigh.
Cued places are case-sensitive (the name must start with a capital).
"""

import re

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.wordlist import alternation

ENTITY = "LOCATION"
COUNTRIES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia",
    "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
    "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark",
    "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
    "Georgia", "Germany", "Ghana", "Greece", "Greenland", "Grenada", "Guatemala", "Guinea",
    "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia",
    "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
    "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar",
    "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico",
    "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
    "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
    "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Puerto Rico", "Qatar", "Romania",
    "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
    "Tajikistan", "Tanzania", "Thailand", "Togo", "Trinidad and Tobago", "Tunisia", "Turkey",
    "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
    "United States(?: of America)?", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen",
    "Zambia", "Zimbabwe", "Faroe Islands", "Aruba", "Curaçao",
)
ANY_COUNTRY = alternation(COUNTRIES, ignore_case=True)
WORD = r"\p{Lu}[\p{L}'\u2019\-]+"
PLACE = rf"{WORD}(?:[ \t]+(?:{WORD}|de|del|do|da|di|la|le|sur|am|an|upon|on)(?=[ \t]+\p{{Lu}}|\b)){{0,3}}"
CUE = (r"(?:[Ll]ives? in|[Ll]iving in|[Ll]ived in|[Mm]oved (?:here |back )?(?:from|to)|"
       r"[Oo]riginally from|[Bb]orn in|[Rr]eturned to|[Aa]rrived (?:at|in)|[Bb]ased in|"
       r"[Ll]ocated in|[Rr]elocated to|[Gg]rew up in|[Cc]omes? from|[Hh]ometown(?: is|,)|"
       r"[Tt]rip to|[Ff]light to|[Tt]ravell?(?:ed|ing) to|[Ss]tay(?:ed|ing) in|[Ww]ork(?:s|ed)? in|"
       r"[Ff]lew (?:in )?to|[Ff]ly(?:ing)? to|[Cc]oming to|I'm in|I am in|[Hh]ome (?:city|town)|"
       r"(?:[Cc]ity|[Tt]own|[Vv]illage) of|[Ss]treet in)")
# the town after a street address: "83 Via Leopardi 12, Lirone", "44 Eastbourne Rd, COLD BLOW"
# (a house number right after a street's name, or a street type ending the street)
AFTER_STREET = (r"(?:\p{Lu}\p{L}+[ \t]+\d{1,5}[a-z]?|\b(?:Rd|Road|St|Street|Ave|Avenue|Lane|Ln|"
                r"Way|Drive|Dr|Blvd|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square|Sq)\.?),[ \t]+")
PATTERNS = [
    Pattern("country", rf"(?i:\b(?:{ANY_COUNTRY})\b)", 0.5),
    Pattern("cued", rf"(?<=\b{CUE}[ \t]+(?:the[ \t]+)?){PLACE}(?![\p{{L}}])", 0.5),
    Pattern("after_street", rf"(?<={AFTER_STREET}){PLACE}(?=[ \t]*(?:[.,;!?\n]|$))", 0.5),
    # a town on its own line above a country's, as in a postal address or signature block
    Pattern("above_country", rf"(?<=^[ \t]*){PLACE}(?=[ \t]*\n[ \t]*(?i:{ANY_COUNTRY})\b)",
            0.5),
]
VECTORS = [
    ("I'm originally from Uruguay", [ENTITY]),
    ("My friend lives in Groningen", [ENTITY]),
    ("We moved here from WOODBRIDGE", [ENTITY]),
    ("we returned to Montevideo by helicopter", [ENTITY]),
    ("Ms. Posavec flew to Raikkula on Thursday", [ENTITY]),
    ("She lives at 461 Via Carlo Cattaneo 88, Vignale", [ENTITY]),
    ("Leigha Mackay\nLa Sagne\nSwitzerland", [ENTITY]),
    ("In 2020, Smith said so", []),
    ("Copyright (c) 2022, Intel. All rights reserved", []),
    ("she lives in a small flat", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="PlaceNameRecognizer",
                             global_regex_flags=re.DOTALL | re.MULTILINE)
