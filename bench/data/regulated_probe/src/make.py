#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for bench/data/regulated_probe/probe.jsonl.

Python 3 standard library only.  Usage:  python3 src/make.py
Re-running produces a byte-identical probe.jsonl (fixed seed, no clock, no
environment input).  See ../README.md for the access rule and the format notes.
"""
import base64
import json
import os
import random
import re
import string
import sys
import unicodedata
import zlib

SEED = 20261201
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(os.path.dirname(HERE), "probe.jsonl")

DIG = string.digits
UPP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALN = UPP + LOW + DIG
HEXL = "0123456789abcdef"

PW = "PASSWORD"
AK = "API_KEY"
DL = "US_DRIVER_LICENSE"
PP = "US_PASSPORT"
MR = "MEDICAL_RECORD_NUMBER"
SS = "US_SSN"
IT = "US_ITIN"
HI = "HEALTH_INSURANCE_ID"
BA = "BANK_ACCOUNT"
HL = "harmless"

ALL_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")
FOREIGN = ALL_LANGS[1:]


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def T(value, typ):
    """An annotated value for compose()."""
    return (value, typ)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def nz(n):
    """n random digits, first one non-zero."""
    return pick("123456789") + rs(DIG, n - 1)


def ocr_space(s):
    """Irregular spacing between characters, as some OCR engines produce."""
    out = s[0]
    for c in s[1:]:
        out += pick(["", "", " ", " ", "  "]) + c
    return out


def split_at(s, i, sep="\n"):
    return s[:i] + sep + s[i:]


# ------------------------------------------------------------------ people
FIRST = {
    "en": ["Megan", "Tyler", "Priya", "Darnell", "Kaitlyn", "Marcus", "Jenna", "Luis", "Brandon", "Ashley",
           "Keisha", "Dustin", "Hannah", "Omar", "Trevor", "Carla", "Wendell", "Rosalind", "Devin", "Maribel"],
    "de": ["Jana", "Lukas", "Birgit", "Tobias", "Svenja", "Matthias", "Ilka", "Florian", "Renate", "Jörg"],
    "fr": ["Camille", "Théo", "Margaux", "Baptiste", "Élodie", "Quentin", "Solène", "Arnaud"],
    "es": ["Lucía", "Javier", "Nerea", "Álvaro", "Marta", "Iker", "Rocío", "Gonzalo"],
    "it": ["Chiara", "Matteo", "Giulia", "Lorenzo", "Francesca", "Davide", "Ilaria", "Stefano"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Duarte", "Leonor", "Vasco"],
    "nl": ["Sanne", "Joris", "Femke", "Bram", "Lieke", "Thijs", "Maaike", "Wouter"],
}
LAST = {
    "en": ["Whitfield", "Okafor", "Brannigan", "Castellano", "Hollister", "Nakamura", "Delacroix", "Pruitt",
           "Vandermeer", "Ashby", "Renfro", "Kowalczyk", "Tamberlane", "Odum", "Lindqvist", "Marchbanks"],
    "de": ["Brenninger", "Kowalski", "Hufnagel", "Steinbrecher", "Wendlandt", "Obermaier", "Thielmann", "Raubach"],
    "fr": ["Lemarchand", "Fauvel", "Deschamps", "Barbier", "Rouvière", "Maillot", "Quéré", "Lavergne"],
    "es": ["Olmedo", "Arrieta", "Villaseñor", "Cabello", "Ferrándiz", "Quiroga", "Salcedo", "Urquiza"],
    "it": ["Bellandi", "Marchetti", "Scaglione", "Rinaldi", "Ferraresi", "Loiacono", "Tedeschi", "Pagliarulo"],
    "pt": ["Figueiredo", "Albuquerque", "Carvalhal", "Meireles", "Sequeira", "Pimentel", "Bettencourt", "Quintela"],
    "nl": ["van Dalfsen", "Hoekstra", "de Wilde", "Verbeek", "Kuipers", "Zwanenburg", "Brouwers", "ter Horst"],
}
STREET = {
    "en": ["418 Marrowbone Ln", "27 Quillfeather Ct", "1190 Old Tannery Rd", "55 Larkspur Bend",
           "3021 Wexley Ave", "806 Bramblecrest Dr", "74 Sorrelwood Way"],
    "de": ["Lindenhofweg 14", "Am Kesselgraben 3", "Tannhäuserstraße 41", "Kolbergstieg 9"],
    "fr": ["12 rue des Lavandières", "4 impasse du Vieux Pressoir", "38 allée des Tilleuls"],
    "es": ["Calle del Olivar Viejo 17", "Avenida de los Almendros 52", "Plaza del Cordelero 3"],
    "it": ["Via dei Cordai 21", "Vicolo del Pozzo Nero 6", "Viale delle Ginestre 88"],
    "pt": ["Rua das Açucenas 47", "Travessa do Moinho Velho 5", "Avenida dos Salgueiros 130"],
    "nl": ["Zwaluwstraat 23", "Oude Lijnbaanweg 7", "Kievitsdreef 112"],
}
CITY_EN = ["Dayton, OH 45419", "Tacoma, WA 98406", "Tempe, AZ 85281", "Raleigh, NC 27605", "Albany, NY 12208",
           "Ann Arbor, MI 48104", "Lancaster, PA 17603", "Savannah, GA 31405"]
COMPANIES = ["Brightwater Logistics", "Kestrel Analytics", "Halvorsen Dental Group", "Norrvik Foods",
             "Pinecrest Title & Escrow", "Bluefin Marine Supply", "Quarry Hill Software", "Sablewood Realty",
             "Tamarind Health Partners", "Orchard Lane Bakery"]
DOMAINS = ["kestrel-analytics.io", "brightwaterlog.com", "quarryhill.dev", "sablewood-realty.com",
           "norrvikfoods.eu", "tamarindhp.org", "bluefinmarine.co", "orchardlane.shop"]
ORGS = ["kestrel-data", "quarryhill", "bluefin-eng", "sablewood-it", "norrvik"]
BANKS_US = ["Harborview Credit Union", "First Prairie Savings", "Cobalt River Bank", "Tri-County Federal"]


def first(lang):
    return pick(FIRST[lang])


def last(lang):
    return pick(LAST[lang])


def fullname(lang):
    return first(lang) + " " + last(lang)


def uname(f, l):
    return strip_accents((f[0] + l.replace(" ", "")).lower())


def email(f, l, dom):
    return strip_accents(f.lower() + "." + l.replace(" ", "").lower()) + "@" + dom


def rdate(y0, y1):
    return (rint(y0, y1), rint(1, 12), rint(1, 28))


def fdate(lang, d):
    y, m, dd = d
    if lang == "en":
        return "%02d/%02d/%d" % (m, dd, y)
    if lang == "de":
        return "%02d.%02d.%d" % (dd, m, y)
    if lang == "nl":
        return "%02d-%02d-%d" % (dd, m, y)
    return "%02d/%02d/%d" % (dd, m, y)


def iso(d):
    return "%d-%02d-%02d" % d


def compact(d):
    return "%d%02d%02d" % d


# ------------------------------------------------------------------ values
# US Social Security Number: area 001-899 except 666, group 01-99, serial 0001-9999.
def ssn_parts():
    while True:
        a = rint(1, 899)
        if a != 666:
            break
    return ("%03d" % a, "%02d" % rint(1, 99), "%04d" % rint(1, 9999))


def ssn(sep="-"):
    return sep.join(ssn_parts())


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 1 <= a <= 899 and a != 666 and g >= 1 and n >= 1


# ITIN: 9XX-GG-SSSS, group (4th-5th digit) in 50-65, 70-88, 90-92, 94-99.
ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin(sep="-"):
    return sep.join(("9%02d" % rint(0, 99), "%02d" % pick(ITIN_GROUPS), "%04d" % rint(1, 9999)))


def itin_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] == "9" and int(d[3:5]) in ITIN_GROUPS


# ABA routing number: prefix 01-12, 21-32, 61-72 or 80; weights 3,7,1 sum = 0 mod 10.
ABA_PREFIX = ["%02d" % i for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)) + [80]]


def aba():
    body = pick(ABA_PREFIX) + rs(DIG, 6)
    d = [int(c) for c in body]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    r = body + str((10 - s % 10) % 10)
    assert aba_ok(r)
    return r


def aba_ok(x):
    d = [int(c) for c in x]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def us_acct():
    return nz(rint(8, 12))


UK_BANK_PREFIX = ["20", "40", "30", "60", "83", "77", "09", "04", "11", "56", "16", "23"]


def sortcode(sep="-"):
    return sep.join([pick(UK_BANK_PREFIX), rs(DIG, 2), rs(DIG, 2)])


def uk_acct():
    return nz(8)


# Medicare Beneficiary Identifier (CMS format, 11 chars):
# pos1 1-9, pos2/5/8/9 letter, pos3/6 letter-or-digit, pos4/7/10/11 digit;
# letters exclude S, L, O, I, B, Z.
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + DIG


def mbi():
    m = (pick("123456789") + pick(MBI_A) + pick(MBI_AN) + pick(DIG) + pick(MBI_A) + pick(MBI_AN)
         + pick(DIG) + pick(MBI_A) + pick(MBI_A) + pick(DIG) + pick(DIG))
    assert mbi_ok(m)
    return m


def mbi_ok(m):
    m = m.replace("-", "")
    pat = "^[1-9][%s][%s0-9][0-9][%s][%s0-9][0-9][%s][%s][0-9][0-9]$" % ((MBI_A,) * 6)
    return re.match(pat, m) is not None


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


# German Krankenversichertennummer (unveraenderbarer Teil, 10 chars), §290 SGB V:
# letter -> two digits (A=01..Z=26), followed by the 8 digits; weights 1,2,1,2,...;
# cross-sum of each product; total mod 10 = check digit (10th char).
def kvnr_check(letter, digits8):
    s = "%02d" % (ord(letter) - 64) + digits8
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return str(tot % 10)


assert kvnr_check("A", "12345678") == "0"
assert kvnr_check("X", "11041167") == "5"


def kvnr():
    l = pick(UPP)
    b = nz(8)
    k = l + b + kvnr_check(l, b)
    assert kvnr_check(k[0], k[1:9]) == k[9]
    return k


# EHIC "identification number of the card" (field 8): 20 digits; here "80" + ISO 3166
# numeric country code + 15 digits (no check digit implemented).
EHIC_CC = {"de": "276", "fr": "250", "es": "724", "it": "380", "pt": "620", "nl": "528"}


def ehic(cc):
    return "80" + EHIC_CC[cc] + rs(DIG, 15)


def us_member_id():
    return pick([pick(["XDP", "ZGW", "JQU", "YRH"]) + nz(9), "W" + nz(9), "H" + nz(8) + rs(DIG, 2)])


# US passport: 9 digits (older books) or one letter + 8 digits (next-generation books).
def passport(style=None):
    style = style or pick(["digits", "nextgen"])
    if style == "digits":
        return nz(9)
    return pick("AAAACE") + rs(DIG, 8)


def mrz_cd(s):
    w = (7, 3, 1)
    t = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def mrz(surname, given, pnum, dob, sex, exp):
    """ICAO 9303 TD3 MRZ (two lines of 44 chars) with valid check digits."""
    name = strip_accents(surname).upper().replace(" ", "<") + "<<" + strip_accents(given).upper().replace(" ", "<")
    l1 = ("P<USA" + name + "<" * 44)[:44]
    dob6 = compact(dob)[2:]
    exp6 = compact(exp)[2:]
    pers = "<" * 14
    part_a = pnum + mrz_cd(pnum)
    part_b = dob6 + mrz_cd(dob6)
    part_c = exp6 + mrz_cd(exp6)
    part_d = pers + mrz_cd(pers)
    comp = mrz_cd(part_a + part_b + part_c + part_d)
    l2 = part_a + "USA" + part_b + sex + part_c + part_d + comp
    assert len(l1) == 44 and len(l2) == 44
    return l1, l2


# US driver licence numbers per state (common published formats).
STATES = ["CA", "NY", "TX", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "NJ", "WA", "AZ", "MA", "VA"]
STATE_NAME = {"CA": "California", "NY": "New York", "TX": "Texas", "FL": "Florida", "IL": "Illinois",
              "PA": "Pennsylvania", "OH": "Ohio", "GA": "Georgia", "NC": "North Carolina", "MI": "Michigan",
              "NJ": "New Jersey", "WA": "Washington", "AZ": "Arizona", "MA": "Massachusetts", "VA": "Virginia"}
_STATE_ORDER = STATES[:]
R.shuffle(_STATE_ORDER)
_state_i = [0]


def next_state():
    s = _STATE_ORDER[_state_i[0] % len(_STATE_ORDER)]
    _state_i[0] += 1
    return s


def dl(state, surname=None, printed=None):
    """Return a licence number for `state`; printed=True gives the card's own grouping."""
    ini = strip_accents(surname)[0].upper() if surname else pick(UPP)
    if printed is None:
        printed = R.random() < 0.5
    if state == "CA":
        return pick(UPP) + rs(DIG, 7)
    if state == "NY":
        d = rs(DIG, 9)
        return d[:3] + " " + d[3:6] + " " + d[6:] if printed else d
    if state == "TX":
        return pick("0123") + rs(DIG, 7)
    if state == "FL":
        d = rs(DIG, 12)
        return ini + d[:3] + "-" + d[3:6] + "-" + d[6:8] + "-" + d[8:11] + "-" + d[11] if printed else ini + d
    if state == "IL":
        d = rs(DIG, 11)
        return ini + d[:3] + "-" + d[3:7] + "-" + d[7:] if printed else ini + d
    if state == "PA":
        d = rs(DIG, 8)
        return d[:2] + " " + d[2:5] + " " + d[5:] if printed else d
    if state == "OH":
        return rs(UPP, 2) + rs(DIG, 6)
    if state == "GA":
        return nz(9)
    if state == "NC":
        return "0000" + nz(8) if R.random() < 0.5 else nz(rint(9, 12))
    if state == "MI":
        d = rs(DIG, 12)
        return ini + " " + d[:3] + " " + d[3:6] + " " + d[6:9] + " " + d[9:] if printed else ini + d
    if state == "NJ":
        d = rs(DIG, 14)
        return ini + d[:4] + " " + d[4:9] + " " + d[9:] if printed else ini + d
    if state == "WA":
        return "WDL" + rs(UPP + DIG, 9)
    if state == "AZ":
        return pick(UPP) + rs(DIG, 8) if R.random() < 0.6 else nz(9)
    if state == "MA":
        return "S" + rs(DIG, 8)
    if state == "VA":
        return pick(UPP) + rs(DIG, 8)
    raise ValueError(state)


# Medical record / patient / case numbers.
def mrn(style=None):
    style = style or pick(["d7", "d8", "d8z", "d10", "E7", "dash", "M8"])
    if style == "d6":
        return nz(6)
    if style == "d7":
        return nz(7)
    if style == "d8":
        return nz(8)
    if style == "d8z":
        return "00" + nz(6)
    if style == "d9":
        return nz(9)
    if style == "d10":
        return nz(10)
    if style == "E7":
        return "E" + nz(7)
    if style == "dash":
        return nz(2) + "-" + rs(DIG, 3) + "-" + rs(DIG, 3)
    if style == "M8":
        return "M" + rs(DIG, 8)
    if style == "year":
        return "2026" + rs(DIG, 6)
    raise ValueError(style)


# Passwords.
PW_WORDS = ["summer", "winter", "dragon", "sunshine", "football", "monkey", "baseball", "tigers", "bayern",
            "sommer", "herbst", "soleil", "chouchou", "mariposa", "tesoro", "barcelona", "juventus", "amore",
            "benfica", "saudade", "welkom", "fiets", "oranje", "lakers", "cowboys", "pumpkin", "maple",
            "harbor", "falcon", "coffee", "nutella", "sparkle", "gatito", "koala", "pistache", "tulpen"]
SYM_ANY = "!#$%&*+-.?@_=^~"
SYM_ENV = "!%*+-.?@_^~"
SYM_URL = "-_.~"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}


_PW_SEEN = set()


def pw(style=None, syms=SYM_ANY):
    """A password not handed out before in this run."""
    while True:
        p = _pw(style, syms)
        if p not in _PW_SEEN:
            _PW_SEEN.add(p)
            return p


def _pw(style=None, syms=SYM_ANY):
    if style is None:
        style = pick(["wordyear", "random", "leet", "phrase", "random", "wordyear", "caps"])
    if style == "pin":
        return rs(DIG, pick([4, 4, 5, 6]))
    if style == "wordyear":
        tail = str(rint(1985, 2026)) if R.random() < 0.6 else "%02d" % rint(0, 99)
        return pick(PW_WORDS).capitalize() + tail + pick(syms)
    if style == "caps":
        return pick(["Welcome", "Spring", "Password", "Company", "Admin", "Letmein"]) + pick(syms) + str(rint(2019, 2026))
    if style == "random":
        n = rint(12, 20)
        while True:
            s = pick(UPP + LOW) + rs(ALN + syms * 2, n - 1)
            if any(c.isdigit() for c in s) and any(c in syms for c in s) and any(c.isupper() for c in s):
                return s
    if style == "leet":
        w = pick(PW_WORDS) + pick(PW_WORDS)
        out = ""
        for c in w:
            sub = LEET.get(c)
            if sub and R.random() < 0.6 and (sub.isdigit() or sub in syms):
                out += sub
            else:
                out += c
        return out[0].upper() + out[1:] + pick(syms) + str(rint(0, 99))
    if style == "phrase":
        sep = pick([c for c in "-._" if c in syms] or ["-"])
        return sep.join(pick(PW_WORDS) for _ in range(rint(3, 4))) + sep + str(rint(1, 99))
    if style == "phrase_space":
        return " ".join(pick(PW_WORDS) for _ in range(4))
    raise ValueError(style)


# API keys / tokens (random characters in each service's public prefix/length shape).
B62 = DIG + UPP + LOW


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def gh_token(prefix="ghp_"):
    body = rs(ALN, 30)
    return prefix + body + b62(zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF, 6)


def jwt(dom):
    iat = rint(1795000000, 1799000000)
    hdr = {"alg": "HS256", "typ": "JWT"}
    pl = {"sub": "usr_" + rs(ALN, 12), "iss": "https://auth." + dom, "aud": "api", "iat": iat,
          "exp": iat + 3600, "scope": pick(["accounts:read payments:write", "read:orders", "admin"])}
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode("ascii"))
    return enc(hdr) + "." + enc(pl) + "." + b64u(rbytes(32))


def key(svc):
    URLSAFE = ALN + "-_"
    if svc == "openai":
        return "sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74)
    if svc == "openai_legacy":
        return "sk-" + rs(ALN, 20) + "T3BlbkFJ" + rs(ALN, 20)
    if svc == "anthropic":
        return "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"
    if svc == "aws_id":
        return "AKIA" + rs(UPP + "234567", 16)
    if svc == "aws_secret":
        return rs(ALN + "+/", 40)
    if svc == "stripe":
        return "sk_live_" + rs(ALN, 24)
    if svc == "stripe_long":
        return "sk_live_51" + rs(ALN, 97)
    if svc == "stripe_rk":
        return "rk_live_" + rs(ALN, 24)
    if svc == "whsec":
        return "whsec_" + rs(ALN, 32)
    if svc == "ghp":
        return gh_token("ghp_")
    if svc == "gho":
        return gh_token("gho_")
    if svc == "github_pat":
        return "github_pat_11" + rs(UPP + DIG, 20) + "_" + rs(ALN, 59)
    if svc == "slack_bot":
        return "xoxb-" + nz(12) + "-" + nz(13) + "-" + rs(ALN, 24)
    if svc == "slack_webhook":
        return "https://hooks.slack.com/services/T" + rs(UPP + DIG, 8) + "/B" + rs(UPP + DIG, 10) + "/" + rs(ALN, 24)
    if svc == "google":
        return "AIza" + rs(URLSAFE, 35)
    if svc == "sendgrid":
        return "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43)
    if svc in ("hex32", "twilio", "datadog", "azure", "slack_signing"):
        return rs(HEXL, 32)
    if svc == "mailgun":
        return "key-" + rs(HEXL, 32)
    if svc == "gitlab":
        return "glpat-" + rs(URLSAFE, 20)
    if svc == "hf":
        return "hf_" + rs(UPP + LOW, 34)
    if svc == "npm":
        return "npm_" + rs(ALN, 36)
    if svc == "shopify":
        return "shpat_" + rs(HEXL, 32)
    raise ValueError(svc)


# Look-alike helpers (not regulated).
def isbn13():
    d = "978" + rs(DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    c = str((10 - s % 10) % 10)
    return "978-" + d[3] + "-" + d[4:8] + "-" + d[8:12] + "-" + c


def uuid4():
    h = rs(HEXL, 32)
    return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + pick("89ab") + h[17:20] + "-" + h[20:]


def ups():
    return "1Z" + rs(UPP + DIG, 6) + pick(["03", "01", "02"]) + rs(DIG, 8)


def usps():
    d = "9400" + rs(DIG, 18)
    return " ".join(d[i:i + 4] for i in range(0, 22, 4))


# ------------------------------------------------------------------ composition
MARK = re.compile("\u27e6([A-Za-z0-9_]+)\u27e7")  # ⟦name⟧


def compose(tpl, vals):
    parts, spans, pos, last_end, used = [], [], 0, 0, set()
    for m in MARK.finditer(tpl):
        lit = tpl[last_end:m.start()]
        parts.append(lit)
        pos += len(lit)
        name = m.group(1)
        v = vals[name]
        used.add(name)
        if isinstance(v, tuple):
            val, typ = v
        else:
            val, typ = v, None
        parts.append(val)
        if typ:
            spans.append({"start": pos, "end": pos + len(val), "value": val, "type": typ})
        pos += len(val)
        last_end = m.end()
    parts.append(tpl[last_end:])
    text = "".join(parts)
    for k, v in vals.items():
        if isinstance(v, tuple):
            assert k in used, "annotated value %s not used" % k
    prev_end = -1
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"]
        assert s["start"] >= prev_end
        assert s["value"] == s["value"].strip()
        prev_end = s["end"]
    assert "\u27e6" not in text and "\u27e7" not in text
    return text, spans


POOL = {}


def tpl(kind, *langs):
    def deco(f):
        for l in langs:
            POOL.setdefault(kind, {}).setdefault(l, []).append(f)
        return f
    return deco


exec(compile(open(os.path.join(HERE, "templates.py"), encoding="utf-8").read(),
             os.path.join(HERE, "templates.py"), "exec"))


# ------------------------------------------------------------------ plan
# (kind, total records, English records); the rest rotate over de/fr/es/it/pt/nl.
PLAN = [(PW, 24, 15), (AK, 25, 16), (DL, 23, 14), (PP, 21, 13), (MR, 23, 12),
        (SS, 23, 14), (IT, 21, 13), (HI, 22, 13), (BA, 21, 13), (HL, 47, 31)]


def build():
    records = []
    fptr = 0
    for kind, n, n_en in PLAN:
        langs = ["en"] * n_en
        for _ in range(n - n_en):
            langs.append(FOREIGN[fptr % len(FOREIGN)])
            fptr += 1
        R.shuffle(langs)
        pools = {}
        for l in sorted(set(langs)):
            p = list(POOL[kind][l])
            R.shuffle(p)
            pools[l] = p
        usage = {}
        kind_recs = []
        for lang in langs:
            # template least used in this language, then least used overall, then shuffled order
            pool = pools[lang]
            f = min(pool, key=lambda g: (usage.get((g.__name__, lang), 0), usage.get(g.__name__, 0),
                                         pool.index(g)))
            usage[f.__name__] = usage.get(f.__name__, 0) + 1
            usage[(f.__name__, lang)] = usage.get((f.__name__, lang), 0) + 1
            text, spans = compose(*f(lang))
            k = spans[0]["type"] if spans else HL
            assert k == kind, (f.__name__, k, kind)
            if kind == HL:
                assert spans == []
            kind_recs.append({"lang": lang, "kind": k, "text": text, "spans": spans, "_tpl": f.__name__})
        # Order the kind's records so that records made from the same template fall on the same
        # parity, then alternate dev/blind (dev first) along that order.
        groups = {}
        for r in kind_recs:
            groups.setdefault(r["_tpl"], []).append(r)
        cap = {"dev": (len(kind_recs) + 1) // 2, "blind": len(kind_recs) // 2}
        side = {"dev": [], "blind": []}
        langc = {"dev": {}, "blind": {}}
        for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
            g = groups[name]
            room = {k: cap[k] - len(side[k]) for k in side}
            lg = g[0]["lang"]
            # keep a template's records together; prefer the side that has fewer records of this
            # language so far, then the side with more room left
            order = sorted(side, key=lambda k: (room[k] < len(g), langc[k].get(lg, 0), -room[k], k))
            tgt = order[0]
            for r in g:
                langc[tgt][r["lang"]] = langc[tgt].get(r["lang"], 0) + 1
                if len(side[tgt]) >= cap[tgt]:
                    tgt = "blind" if tgt == "dev" else "dev"
                side[tgt].append(r)
        assert len(side["dev"]) == cap["dev"] and len(side["blind"]) == cap["blind"]
        for i in range(len(kind_recs)):
            r = side["dev"][i // 2] if i % 2 == 0 else side["blind"][i // 2]
            r["part"] = "dev" if i % 2 == 0 else "blind"
            records.append(r)
    seen = {}
    for i, r in enumerate(records):
        for sp in r["spans"]:
            assert seen.setdefault(sp["value"], i) == i, "value reused across records: %r" % sp["value"]
    R.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "rprobe-%04d" % i, "part": r["part"], "lang": r["lang"], "kind": r["kind"],
                    "text": r["text"], "spans": r["spans"]})
    return out, records


def validate(spans):
    for s in spans:
        v, t = s["value"], s["type"]
        if t == SS:
            assert ssn_ok(v), v
        elif t == IT:
            assert itin_ok(v), v
        elif t == HI:
            c = re.sub(r"[\s-]", "", v)
            if re.match(r"^\d[A-Z]", c) and len(c) == 11:
                assert mbi_ok(c), v


def main():
    out, internal = build()
    for r in out:
        validate(r["spans"])
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        counts = {}
        for r in out:
            counts.setdefault(r["kind"], {"dev": 0, "blind": 0})[r["part"]] += 1
        for k in [p[0] for p in PLAN]:
            print("| %s | %d | %d | %d |" % (k, counts[k]["dev"], counts[k]["blind"], counts[k]["dev"] + counts[k]["blind"]))
        print("total", len(out))
        langs = {}
        for r in out:
            langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        print("langs", sorted(langs.items()))
        tpls = {}
        for r in internal:
            tpls[r["_tpl"]] = tpls.get(r["_tpl"], 0) + 1
        print("templates used:", len(tpls), "max reuse:", max(tpls.values()))
        print("repeated:", sorted((k, v) for k, v in tpls.items() if v > 1))
        nspans = {}
        for r in out:
            for s in r["spans"]:
                nspans[s["type"]] = nspans.get(s["type"], 0) + 1
        print("spans per type", sorted(nspans.items()))
        split = {}
        for r in internal:
            split.setdefault(r["_tpl"], set()).add(r["part"])
        print("templates in both parts:", sorted(k for k, v in split.items() if len(v) > 1))


if __name__ == "__main__":
    main()
