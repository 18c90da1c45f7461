"""US_DRIVER_LICENSE: a US driver's licence number, in the formats the states issue, and any
7-14 character licence number after a label naming it.

Basis: the Driver's Privacy Protection Act (18 U.S.C. §2721) restricts disclosure of DMV
records; state breach-notification laws (e.g. Cal. Civ. Code §1798.82) list driver's licence
numbers as personal information; HIPAA Safe Harbor identifier (K), 45 CFR §164.514(b)(2).

State formats (a letter is a capital): CA, and NY's newer, one letter and seven digits; AZ, MA
and VA one letter and eight; FL one
letter and twelve digits, also written "D123-456-78-901-0"; IL one letter and eleven digits
("A123-4567-8901"); MI, MD and MN one letter and twelve ("A 123 456 789 012"); NJ one letter
and fourteen ("A1234 56789 01234"); WI one letter and thirteen ("A123-4567-8901-23"); NY one
letter and eighteen; WA "WDL" and nine letters or digits (since 2018) or seven letters or "*",
three digits, two letters or digits (before); OH two letters and six digits; digits only: TX
and PA eight, NY nine, GA seven to nine, CO "12-345-6789".

Replaces Presidio's UsLicenseRecognizer, whose alternation reads nearly any letter followed by
digits (0.3) and any 6-14 digit run (0.01) as a licence, and with a context word reached only
0.4-0.65. None of these formats has a check digit, so the form alone is weak: the state
shapes score 0.25 (not reported), after a label ("driver's license", "DL#:", "DLN",
"licence no.", "California DL", "permis texan, numéro", "my licence is") 0.85, with a
context word ("driver", "DMV", "license", "rijbewijs") a few words before 0.6.
Digit-only numbers are read only after a label.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import LABELLED, alone, labelled

ENTITY = "US_DRIVER_LICENSE"
STATE_SHAPE = 0.25
L = "(?-i:[A-Z])"
SHAPES = "|".join((
    rf"{L}\d{{7}}",                                      # CA, NY
    rf"{L}\d{{8}}",                                      # AZ, MA, VA
    rf"{L}\d{{11,14}}",                                  # IL, FL, MI, MD, MN, WI, NJ
    rf"{L}\d{{18}}",                                     # NY
    rf"{L}\d{{3}}-\d{{3}}-\d{{2}}-\d{{3}}-\d",           # FL
    rf"{L}\d{{3}}-\d{{4}}-\d{{4}}(?:-\d{{2}})?",         # IL, WI
    rf"{L}[ -]?\d{{3}}[ -]\d{{3}}[ -]\d{{3}}[ -]\d{{3}}",  # MI, MD, MN
    rf"{L}\d{{4}}[ -]\d{{5}}[ -]\d{{5}}",                # NJ
    r"(?-i:WDL[A-Z0-9]{9})",                             # WA since 2018
    r"(?-i:[A-Z][A-Z*]{6}\d{3}[A-Z0-9]{2})",             # WA before 2018
    r"(?-i:[A-Z]{2})\d{6}",                              # OH
))
# after a label that names a driver's licence, any state's number, as people type it
# ("My driver's license number is yo0047868"): one letter or two, or none, and digits
ANY_STATE = r"[A-Za-z]{0,2}\d{6,14}"
DIGITS = r"\d{7,9}|\d{2}-\d{3}-\d{4}|\d{3}[ -]\d{3}[ -]\d{3}|\d{2} \d{3} \d{3}"
# a driver's licence named as such; "license" alone (a software licence, a business
# licence) only before a state shape, or when a number word follows it
STATES = (r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
          r"georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|"
          r"maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|"
          r"nevada|new\s+hampshire|new\s+jersey|new\s+mexico|new\s+york|north\s+carolina|"
          r"north\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\s+island|south\s+carolina|"
          r"south\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\s+virginia|"
          r"wisconsin|wyoming")
# the states' postal codes, in capitals: "NY license 990 136 532", "TX DL 12345678"
STATE_CODES = (r"(?-i:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|"
               r"MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|"
               r"WI|WY)")
# the licence in the other six languages, with the state after it ("licencia de Florida",
# "patente di New York", "permis texan")
FOREIGN = (r"(?:us-?)?führerschein(?:nummer|-?nr\.?)?|permis(?:\s+de\s+conduire)?|"
           r"licencia(?:\s+de\s+conducir)?|patente(?:\s+di\s+guida)?|"
           r"carta\s+de\s+condução|carteira\s+de\s+motorista|rijbewijs(?:nummer)?")
IN_STATE = (rf"(?:\s+(?:de|di|do|da|van|aus|in)\s+(?:{STATES})|\s+(?:américain|texan|"
            r"californien|americano|americana|amerikanisch(?:e[rns]?)?|amerikaans|"
            r"statunitense|estadounidense|norte-?americana?)|"
            rf"\s+(?:{STATES}))?")
DRIVER = (r"driver['\u2019]?s?\s+lic(?:en[cs]e|\.)?|driving\s+licen[cs]e|(?-i:DLN?)|(?-i:CDL)|"
          r"(?-i:OLN)|"  # Texas prints "operator's licence number" as OLN
          rf"(?:{STATES}|{STATE_CODES})\s+(?:DL|licen[cs]e)|(?:{FOREIGN}){IN_STATE}|"
          # a key: "dl_no", "dl-number"
          r"(?-i:dl|DL)[_\-](?:no|num(?:ber)?|nr)|"
          # a person's licence, given as a number: "the one on my licence is 619 482 075"
          r"(?:my|his|her|your|our|their)\s+licen[cs]e(?=,?\s+(?:is|was|number|no\b|#))")
LICENCE_NUMBER = r"licen[cs]e(?=[\s.]*(?:no|nr|num|number|#))|lic\.?(?=\s*(?:no|#))"
PATTERNS = [
    # "dl" typed in lower case in a chat ("dl K224-9887-1043 (illinois)") only before a
    # state's shape: alone it is as often "download"
    Pattern("dl_labelled",
            labelled(rf"{DRIVER}|(?-i:dl)|licen[cs]e|lic\.|lic(?=\s*(?:#|no\b))") + alone(SHAPES),
            LABELLED),
    Pattern("dl_labelled_digits", labelled(rf"{DRIVER}|{LICENCE_NUMBER}") + alone(DIGITS),
            LABELLED),
    Pattern("dl_labelled_any", labelled(DRIVER) + alone(ANY_STATE), LABELLED),
    Pattern("dl_state_shape", alone(SHAPES), STATE_SHAPE),
]
CONTEXT = ["driver", "driving", "dmv", "motorist", "license", "licence", "licencia", "permis",
           "patente", "führerschein", "rijbewijs"]
VECTORS = [
    ("name Brandon T. Kowalski\ndl K224-9887-1043 (illinois)", [ENTITY]),
    ("dl 4.2 GB at 12 MB/s, build 20240512", []),
    ("DL# D1234567 California", [ENTITY]),
    ("Driver License: F123456789012", [ENTITY]),
    ("Florida driver's license D123-456-78-901-0", [ENTITY]),
    ("Texas DL 12345678, exp 2027", [ENTITY]),
    ("NY licence no. 123 456 789", [ENTITY]),
    ("Illinois driver license A123-4567-8901", [ENTITY]),
    ("WA driver's license WDLABCD456DG", [ENTITY]),
    ("the driver gave D1234567 at the stop", [ENTITY]),   # context word: 0.6
    ("My driver's license number is O32663416", [ENTITY]),
    ("My driver's license number is yo0047868", [ENTITY]),
    ("driving licence m472269848583", [ENTITY]),
    ("Ausweisnummer: T22000124", []),
    ("ticket D1234567 closed", []),                       # no label, no context: 0.25
    ("order 12345678 shipped", []),                       # digits need a label
    ("MIT License 2024", []),
    ("license: W12345678 exp 2027", [ENTITY]),
    ("Drivers Lic # 123456789", [ENTITY]),
    ("OLN 12345678", [ENTITY]),
    ("Lic#: D1234567", [ENTITY]),
    ("my drivers license number is A123-456-789-012", [ENTITY]),
    ("software license 12345678 renewed", []),
    ("the number on my texas license is 31840275 can you fill the form", [ENTITY]),
    ("Mi licencia de Florida dice G621-554-89-340-7, la empresa de alquiler", [ENTITY]),
    ("patente di New York: 804 216 937", [ENTITY]),
    ("US-Führerscheinnummer notiert: S530-418-72-615-0", [ENTITY]),
    ("Il permis de conduire est obligatoire pour 2 ans", []),
    ("Mon fils a un permis texan, numéro 45082917. Faut-il le traduire", [ENTITY]),
    ("Ik woon in Californië, mijn rijbewijsnummer daar is Y6193840. Kan ik", [ENTITY]),
    ("the one on my licence is 619 482 075 (New York), do I put it", [ENTITY]),
    ("mon permis de conduire californien (V7757617) a expiré", [ENTITY]),
    ("my license is MIT, see LICENSE 2024", []),
    ("la patente statunitense (North Carolina) n. 000036426276 in patente italiana", [ENTITY]),
    ("mijn Amerikaanse rijbewijs (California, nummer P4940430) omwisselen", [ENTITY]),
    ("for the signup they want my license, its IL D67681661096 exp 2029", [ENTITY]),
    ("NY license 990 136 532", [ENTITY]),
    ("TX license 12345678", [ENTITY]),
    ("lic no: D1234567 CA", [ENTITY]),
    ("dl_no=D1234567", [ENTITY]),
    ("MIT license 12345678 lines", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT,
                             name="UsDriverLicenseRecognizer")
