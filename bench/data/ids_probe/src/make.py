#!/usr/bin/env python3
"""Generator for the ids_probe test set (hand-written contexts, generated values).

Standard library only, deterministic (fixed seed). Every span offset is
asserted (text[start:end] == value) and every checksum is re-validated
before probe.jsonl is written.
"""
import json
import os
import random
import re
import string

SEED = 20261130
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "probe.jsonl")

UP = string.ascii_uppercase
DG = string.digits


def digits(n, first_nonzero=False):
    s = "".join(R.choice(DG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def letters(n, alphabet=UP):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for d in DG:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def mrz_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        tot += v * w[i % 3]
    return str(tot % 10)


def pt_nif_ok(n):
    if len(n) != 9 or not n.isdigit():
        return False
    s = sum(int(d) * (9 - i) for i, d in enumerate(n[:8]))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return c == int(n[8])


def pt_cc_ok(doc):
    # doc: 12 chars, 8 digits + check + 2 letters + check (Luhn variant, A=10..Z=35)
    if not (doc[:9].isdigit() and doc[9:11].isalpha() and doc[11].isdigit()):
        return False
    s = sum(int(d) * (9 - i) for i, d in enumerate(doc[:8]))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    if c != int(doc[8]):
        return False
    tot = 0
    for i, ch in enumerate(reversed(doc)):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_ok(core):
    return DNI_LET[int(core[:8]) % 23] == core[8]


def es_nie_ok(core):
    n = "XYZ".index(core[0])
    return DNI_LET[int(str(n) + core[1:8]) % 23] == core[8]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_check(first15):
    tot = 0
    for i, ch in enumerate(first15):
        tot += CF_ODD[ch] if i % 2 == 0 else cf_even(ch)
    return chr(65 + tot % 26)


def nir_ok(n):
    return 97 - int(n[:13]) % 97 == int(n[13:])


def de_taxid_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def de_taxid_ok(n):
    if len(n) != 11 or n[0] == "0":
        return False
    counts = sorted((n[:10].count(d) for d in set(n[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    return de_taxid_check(n[:10]) == int(n[10])


def be_ok(n):
    base, cc = n[:9], int(n[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc


def nhs_ok(n):
    s = sum(int(d) * (10 - i) for i, d in enumerate(n[:9]))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(n[9])


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def norm(v):
    return re.sub(r"[^0-9A-Za-z]", "", v)


# ---------------------------------------------------------------- generators
def g_us_dl(state, fmt="plain"):
    if state == "CA":
        return letters(1) + digits(7)
    if state == "FL":
        v = letters(1) + digits(12)
        return v if fmt == "plain" else f"{v[0:4]}-{v[4:7]}-{v[7:9]}-{v[9:12]}-{v[12]}"
    if state == "NY":
        v = digits(9, True)
        return v if fmt == "plain" else f"{v[:3]} {v[3:6]} {v[6:]}"
    if state == "TX":
        return digits(8, True)
    if state == "IL":
        v = letters(1) + digits(11)
        return v if fmt == "plain" else f"{v[:4]}-{v[4:8]}-{v[8:]}"
    if state == "WA":
        return "WDL" + "".join(R.choice(UP + DG) for _ in range(9))
    if state == "PA":
        return digits(8, True)
    if state == "NJ":
        v = letters(1) + digits(14)
        return v if fmt == "plain" else f"{v[:5]} {v[5:10]} {v[10:]}"
    if state == "MI":
        v = letters(1) + digits(12)
        return v if fmt == "plain" else f"{v[0]} {v[1:4]} {v[4:7]} {v[7:10]} {v[10:]}"
    raise ValueError(state)


def g_us_pp(nextgen=False):
    return (R.choice("ACEFHKLMNPRSTUVWXYZ") + digits(8)) if nextgen else digits(9, True)


def g_pp(country):
    if country == "DE":
        alpha = "CFGHJKLMNPRTVWXYZ"
        return R.choice("CFGHJK") + "".join(R.choice(alpha + DG) for _ in range(8))
    if country == "FR":
        return digits(2) + letters(2) + digits(5)
    if country == "IT":
        return R.choice(["YA", "YB", "YC", "AA", "YD"]) + digits(7)
    if country == "ES":
        return R.choice(["PAA", "PAB", "PAC", "XDA", "AAB"]) + digits(6)
    if country == "UK":
        return R.choice("15") + digits(8)
    if country == "NL":
        alpha = UP.replace("O", "")
        return (letters(2, alpha) + "".join(R.choice(alpha + DG) for _ in range(6)) + R.choice(DG))
    raise ValueError(country)


def g_pt_nif(fmt="plain"):
    while True:
        b = R.choice("123") + digits(7)
        s = sum(int(d) * (9 - i) for i, d in enumerate(b))
        c = 11 - s % 11
        c = 0 if c >= 10 else c
        v = b + str(c)
        assert pt_nif_ok(v)
        return v if fmt == "plain" else f"{v[:3]} {v[3:6]} {v[6:]}"


def g_pt_cc(fmt="std"):
    civ = digits(8, True)
    s = sum(int(d) * (9 - i) for i, d in enumerate(civ))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    ver = R.choice(["ZZ", "ZY", "ZX", "ZW", "ZZ"])
    for d in DG:
        doc = civ + str(c) + ver + d
        if pt_cc_ok(doc):
            break
    else:
        raise AssertionError
    if fmt == "std":
        return f"{doc[:8]} {doc[8]} {doc[9:]}"
    if fmt == "plain":
        return doc
    if fmt == "half":
        return f"{doc[:8]} {doc[8:]}"
    if fmt == "dash":
        return f"{doc[:8]}-{doc[8]}-{doc[9:]}"
    raise ValueError(fmt)


def g_dni(fmt="plain"):
    n = digits(8)
    v = n + DNI_LET[int(n) % 23]
    if fmt == "plain":
        return v
    if fmt == "dash":
        return v[:8] + "-" + v[8]
    if fmt == "dots":
        return f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"
    if fmt == "space":
        return v[:8] + " " + v[8]
    if fmt == "lower":
        return v.lower()
    raise ValueError(fmt)


def g_nie(fmt="plain"):
    p = R.choice("XYZ")
    n = digits(7)
    v = p + n + DNI_LET[int(str("XYZ".index(p)) + n) % 23]
    if fmt == "plain":
        return v
    if fmt == "dash":
        return f"{v[0]}-{v[1:8]}-{v[8]}"
    if fmt == "space":
        return f"{v[0]} {v[1:8]} {v[8]}"
    if fmt == "dash1":
        return f"{v[:8]}-{v[8]}"
    raise ValueError(fmt)


CONS = "BCDFGLMNPRSTVZ"
VOW = "AEIOU"
MONTHS = "ABCDEHLMPRST"


def g_cf(fmt="plain"):
    sur = letters(3, CONS) if R.random() < .7 else letters(2, CONS) + R.choice(VOW)
    nam = letters(3, CONS) if R.random() < .7 else letters(2, CONS) + R.choice(VOW)
    yy = f"{R.randint(40, 99):02d}" if R.random() < .8 else f"{R.randint(0, 5):02d}"
    mm = R.choice(MONTHS)
    day = R.randint(1, 28) + (40 if R.random() < .5 else 0)
    com = R.choice("ABCDEFGHLMZ") + digits(3)
    f15 = sur + nam + yy + mm + f"{day:02d}" + com
    v = f15 + cf_check(f15)
    if fmt == "plain":
        return v
    if fmt == "lower":
        return v.lower()
    if fmt == "spaced":
        return f"{v[:3]} {v[3:6]} {v[6:11]} {v[11:]}"
    raise ValueError(fmt)


def g_nir(fmt="plain"):
    sex = R.choice("12")
    yy = f"{R.randint(45, 99):02d}"
    mm = f"{R.randint(1, 12):02d}"
    dep = f"{R.choice([1, 6, 13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 92, 93, 94]):02d}"
    com = digits(3)
    order = f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dep + com + order
    key = 97 - int(n13) % 97
    v = n13 + f"{key:02d}"
    if fmt == "plain":
        return v
    if fmt == "spaced":
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if fmt == "keysep":
        return f"{v[:13]} {v[13:]}"
    if fmt == "dots":
        return f"{v[0]}.{v[1:3]}.{v[3:5]}.{v[5:7]}.{v[7:10]}.{v[10:13]}.{v[13:]}"
    raise ValueError(fmt)


def g_de_tax(fmt="plain"):
    while True:
        pool = R.sample(DG, 9)
        dup = R.choice(pool)
        ten = pool + [dup]
        R.shuffle(ten)
        if ten[0] == "0":
            continue
        ten = "".join(ten)
        v = ten + str(de_taxid_check(ten))
        assert de_taxid_ok(v), v
        break
    if fmt == "plain":
        return v
    if fmt == "spaced":
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if fmt == "slash":
        return f"{v[:2]}/{v[2:5]}/{v[5:8]}/{v[8:]}"
    raise ValueError(fmt)


def g_bsn(fmt="plain"):
    while True:
        b = R.choice("123456") + digits(7)
        s = sum(int(d) * (9 - i) for i, d in enumerate(b))
        last = s % 11
        if last == 10:
            continue
        v = b + str(last)
        assert (sum(int(d) * (9 - i) for i, d in enumerate(v[:8])) - int(v[8])) % 11 == 0
        break
    if fmt == "plain":
        return v
    if fmt == "dots":
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    if fmt == "spaced":
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    raise ValueError(fmt)


def g_be(fmt="std"):
    y = R.randint(1948, 2006)
    yy = f"{y % 100:02d}"
    mm = f"{R.randint(1, 12):02d}"
    dd = f"{R.randint(1, 28):02d}"
    seq = f"{R.randint(1, 997):03d}"
    base = yy + mm + dd + seq
    cc = 97 - int(("2" + base) if y >= 2000 else base) % 97
    v = base + f"{cc:02d}"
    if fmt == "std":
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if fmt == "plain":
        return v
    if fmt == "spaced":
        return f"{v[:6]} {v[6:9]} {v[9:]}"
    if fmt == "dashes":
        return f"{v[:6]}-{v[6:9]}-{v[9:]}"
    raise ValueError(fmt)


NINO_FIRST = [c for c in UP if c not in "DFIQUV"]
NINO_SECOND = [c for c in UP if c not in "DFIOQUV"]
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def g_nino(fmt="plain"):
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    d = digits(6)
    s = R.choice("ABCD")
    v = p + d + s
    if fmt == "plain":
        return v
    if fmt == "spaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if fmt == "lower":
        return v.lower()
    if fmt == "lowspaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}".lower()
    raise ValueError(fmt)


def g_nhs(fmt="334"):
    while True:
        b = R.choice("4679") + digits(8)
        s = sum(int(d) * (10 - i) for i, d in enumerate(b))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        v = b + str(c)
        break
    if fmt == "334":
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if fmt == "plain":
        return v
    if fmt == "dash":
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    raise ValueError(fmt)


def g_mrn(style):
    if style == "d8":
        return digits(8)
    if style == "d10":
        return "00" + digits(8)
    if style == "K":
        return R.choice("KJRM") + digits(7)
    if style == "MR":
        return "MR-" + digits(7)
    if style == "year":
        return f"{R.randint(2015, 2026)}-{digits(7)}"
    if style == "E":
        return "E" + digits(8)
    if style == "d7":
        return digits(7, True)
    if style == "ipp":
        return "80" + digits(8)
    if style == "slash":
        return f"{digits(6, True)}/{R.randint(18, 26)}"
    raise ValueError(style)


IBAN_BBAN = {
    "DE": lambda: digits(8, True) + digits(10),
    "GB": lambda: R.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + digits(6) + digits(8),
    "FR": lambda: digits(5) + digits(5) + digits(11) + digits(2),
    "ES": lambda: digits(20),
    "IT": lambda: R.choice("ABCDEFGHIJKLMNPRSTUVWXZ") + digits(5) + digits(5) + digits(12),
    "NL": lambda: R.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + digits(10),
    "BE": lambda: digits(12),
    "PT": lambda: "0035" + digits(17),
    "AT": lambda: digits(16),
    "CH": lambda: digits(17),
    "IE": lambda: R.choice(["AIBK", "BOFI"]) + digits(6) + digits(8),
    "PL": lambda: digits(24),
    "LU": lambda: digits(16),
}


def g_iban(cc, fmt="spaced", split_after=3):
    bban = IBAN_BBAN[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    v = f"{cc}{chk:02d}{bban}"
    assert iban_ok(v)
    groups = [v[i:i + 4] for i in range(0, len(v), 4)]
    if fmt == "plain":
        return v
    if fmt == "spaced":
        return " ".join(groups)
    if fmt == "lower":
        return v.lower()
    if fmt == "lowspaced":
        return " ".join(groups).lower()
    if fmt == "dots":
        return ".".join(groups)
    if fmt == "dash":
        return "-".join(groups)
    if fmt == "split":
        return " ".join(groups[:split_after]) + "\n" + " ".join(groups[split_after:])
    if fmt == "splitplain":
        return v[:12] + "\n" + v[12:]
    raise ValueError(fmt)


def g_card(brand, fmt="spaced"):
    if brand == "visa":
        body = "4" + digits(14)
    elif brand == "mc5":
        body = "5" + R.choice("12345") + digits(13)
    elif brand == "mc2":
        body = str(R.randint(2221, 2720)) + digits(11)
    elif brand == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        raise ValueError(brand)
    v = luhn_complete(body)
    if brand == "amex":
        g = [v[:4], v[4:10], v[10:]]
    else:
        g = [v[i:i + 4] for i in range(0, 16, 4)]
    seps = {"spaced": " ", "dash": "-", "dots": ".", "slash": "/", "plain": "",
            "dspace": "  ", "spslash": " / "}
    if fmt == "split":
        return " ".join(g[:2]) + "\n" + " ".join(g[2:])
    return seps[fmt].join(g)


GEN = {
    "US_DRIVER_LICENSE": g_us_dl, "US_PASSPORT": g_us_pp, "OTHER_PASSPORT": g_pp,
    "PT_NIF": g_pt_nif, "PT_CC": g_pt_cc, "ES_DNI": g_dni, "ES_NIE": g_nie,
    "IT_FISCAL_CODE": g_cf, "FR_NIR": g_nir, "DE_TAX_ID": g_de_tax, "NL_BSN": g_bsn,
    "BE_NATIONAL_NUMBER": g_be, "UK_NINO": g_nino, "UK_NHS": g_nhs,
    "MEDICAL_RECORD_NUMBER": g_mrn, "IBAN": g_iban, "CREDIT_CARD": g_card,
}


def validate(typ, v):
    n = norm(v)
    if typ == "PT_NIF":
        assert pt_nif_ok(n), v
    elif typ == "PT_CC":
        assert pt_cc_ok(n.upper()), v
    elif typ == "ES_DNI":
        assert es_dni_ok(n.upper()), v
    elif typ == "ES_NIE":
        assert es_nie_ok(n.upper()), v
    elif typ == "IT_FISCAL_CODE":
        assert len(n) == 16 and cf_check(n.upper()[:15]) == n.upper()[15], v
    elif typ == "FR_NIR":
        assert len(n) == 15 and nir_ok(n), v
    elif typ == "DE_TAX_ID":
        assert de_taxid_ok(n), v
    elif typ == "NL_BSN":
        assert len(n) == 9 and (sum(int(d) * (9 - i) for i, d in enumerate(n[:8])) - int(n[8])) % 11 == 0, v
    elif typ == "BE_NATIONAL_NUMBER":
        assert len(n) == 11 and be_ok(n), v
    elif typ == "UK_NHS":
        assert len(n) == 10 and nhs_ok(n), v
    elif typ == "IBAN":
        assert iban_ok(n), v
    elif typ == "CREDIT_CARD":
        assert luhn_ok(n) and len(n) in (15, 16), v
    elif typ == "UK_NINO":
        u = n.upper()
        assert re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", u) and u[:2] not in NINO_BAD, v
        assert u[0] not in "DFIQUV" and u[1] not in "DFIOQUV", v


# self-tests of the checksum code against published examples
assert cf_check("RSSMRA85T10A562") == "S"
assert pt_cc_ok("000000000ZZ4")
assert iban_ok("DE89370400440532013000") and iban_ok("GB82WEST12345698765432")
assert nhs_ok("9434765919")
assert luhn_ok("4111111111111111")
assert es_dni_ok("12345678Z")
assert de_taxid_ok("86095742719")
assert be_ok("85073003328")

# ---------------------------------------------------------------- contexts
# Each entry: (lang, template, [(TYPE, args...), ...]); placeholders are ⟨0⟩, ⟨1⟩ ...
T = []


def add(lang, tpl, *specs):
    T.append((lang, tpl, list(specs)))


DL = "US_DRIVER_LICENSE"
add("en", "hey can you help me fill the rental form? my license number is ⟨0⟩ (california), expires 2029. also do they need my address or just zip", (DL, "CA"))
add("en", "FIRST_NAME=Dwayne\nLAST_NAME=Okafor\nDL#=⟨0⟩\nDL_STATE=FL\nDOB=1988-03-14\nCONSENT=Y", (DL, "FL", "dash"))
add("en", "its ⟨0⟩ NY, the 9 digit one on the front under the photo", (DL, "NY", "spaced"))
add("en", "Ticket #88213 - Customer says ID verification failed twice. Provided TX DL ⟨0⟩, class C. Please re-run the check and close if it passes.", (DL, "TX"))
add("en", "driver_id,name,cdl,state,endorsements\n114,R. Malloy,⟨0⟩,IL,HazMat;Tanker\n115,T. Greer,pending,IN,", (DL, "IL", "dash"))
add("en", "WASHINGTON   DRIVER  LICENSE\n4d  LIC#  ⟨0⟩     4b EXP  08/14/2030\n1  NGUYEN\n2  THANH  V\n15 SEX M   16 HGT 5-07", (DL, "WA"))
add("en", '{"applicant": {"name": "Kay Lindqvist", "dl": {"st": "PA", "no": "⟨0⟩"}, "score": 712}}', (DL, "PA"))
add("pt", "Oi, preciso traduzir minha carteira de motorista americana (Flórida) pro DETRAN. O número é ⟨0⟩, validade 2027. Alguém sabe se precisa de tradutor juramentado?", (DL, "FL"))
add("de", "Ich habe einen Führerschein aus Texas, Nummer ⟨0⟩ – wird der in Bayern einfach umgeschrieben oder muss ich die Prüfung machen?", (DL, "TX"))
add("es", "Alquiler de coche: conductor adicional con permiso de Nueva York n.º ⟨0⟩, expedido en 2021. Añadir al contrato.", (DL, "NY"))
add("fr", "Bonjour, mon permis de conduire californien (⟨0⟩) a expiré pendant mon séjour à Lyon, est-ce que je peux encore louer une voiture ?", (DL, "CA"))
add("it", "Note cliente: patente USA, stato New Jersey, ⟨0⟩ — verificata a vista al banco, deposito preautorizzato.", (DL, "NJ", "spaced"))
add("nl", "Huurder: J. Peeters\nrijbewijs (VS, Michigan): ⟨0⟩\nborg: € 500\nkm-stand bij vertrek: 48213", (DL, "MI", "spaced"))

PP = "US_PASSPORT"
add("en", "Passport no. ⟨0⟩, United States of America, issued 2019-06-02, expires 2029-06-01. Pls double check before I submit.", (PP,))
add("en", "booking for my husband too, his US passport is ⟨0⟩ and mine is ⟨1⟩ (the new one with the polycarbonate page)", (PP,), (PP, True))
add("en", "P<USAMORALES<<ANA<LUCIA<<<<<<<<<<<<<<<<<<<<<\n⟨0⟩{mrz}USA8507223F3004159<<<<<<<<<<<<<<02", (PP,))
add("en", "Dear Ms. Abara,\n\nTo complete your visa application please confirm the passport number we have on file: ⟨0⟩ (next generation passport book).\n\nKind regards,\nConsular Services Desk", (PP, True))
add("en", "traveler:\n  nationality: US\n  passport: \"⟨0⟩\"\n  expiry: 2031-02-28\n  seat_pref: aisle", (PP,))
add("en", "Name\tCountry\tDoc type\tDoc number\tExpiry\nHolloway, Brent\tUSA\tPassport\t⟨0⟩\t2033-10-09", (PP, True))
add("de", "Reisepass USA Nr. ⟨0⟩ – bitte beim Check-in im Hotel hinterlegen, Gast reist am 14. ab.", (PP,))
add("fr", "Passeport américain numéro ⟨0⟩, délivré par le Department of State le 12/03/2022. Merci de l'ajouter au dossier de location.", (PP, True))
add("es", "Pasajero: Michael Torres / Pasaporte EE. UU.: ⟨0⟩ / Vuelo IB6251 / Asiento 23C", (PP,))
add("it", "Il cliente ha presentato passaporto statunitense n. ⟨0⟩ per la registrazione (schedina alloggiati).", (PP,))
add("pt", "passaporte (EUA) ⟨0⟩ — titular: Jennifer Sousa, dupla nacionalidade", (PP, True))
add("nl", "Paspoortnummer (Verenigde Staten): ⟨0⟩, geldig tot 2030. Kopie volgt per mail.", (PP,))

OP = "OTHER_PASSPORT"
add("de", "Reisepassnummer: ⟨0⟩ (Bundesrepublik Deutschland), gültig bis 03/2032. Ausstellende Behörde: Stadt Köln", (OP, "DE"))
add("en", "german passport ⟨0⟩, pls add it to the schengen form for my mum, she's travelling with me", (OP, "DE"))
add("fr", "N° du passeport : ⟨0⟩\nDate de délivrance : 14/02/2021\nAutorité : Préfecture du Rhône\nNationalité : française", (OP, "FR"))
add("en", "Can you check this for typos? French passport number ⟨0⟩ issued in Paris, valid until 2031.", (OP, "FR"))
add("it", "Passaporto n° ⟨0⟩ rilasciato dalla Questura di Torino il 05/09/2020", (OP, "IT"))
add("en", "my italian passport is ⟨0⟩ - is that enough for ESTA or do I need anything else?", (OP, "IT"))
add("es", "Número de pasaporte: ⟨0⟩ — Expedido en Madrid (Dirección General de la Policía), válido hasta 2030", (OP, "ES"))
add("en", "Front desk note: guest presented Spanish passport ⟨0⟩ at check-in; scan attached to the folio.", (OP, "ES"))
add("en", "HM Passport Office - renewal for passport number ⟨0⟩ (old one, expired last May). Do I send the old one back?", (OP, "UK"))
add("en", "Nationality: British Citizen\nPassport No: ⟨0⟩\nPlace of issue: HMPO\nDate of expiry: 11 JAN 2034", (OP, "UK"))
add("nl", "Paspoort nr. ⟨0⟩ afgegeven door gemeente Utrecht, geldig tot 2033.", (OP, "NL"))
add("pt", "o passaporte holandês do meu noivo é ⟨0⟩, precisamos disso para o processo de casamento na conservatória", (OP, "NL"))

NIF = "PT_NIF"
add("pt", "Fatura-recibo nº FR 2024/118\nCliente: Joana Rebelo\nNIF: ⟨0⟩\nTotal: 86,10 €\nIVA incluído à taxa de 23%", (NIF,))
add("pt", "podes pôr o meu contribuinte na fatura? é o ⟨0⟩", (NIF,))
add("pt", "Número de identificação fiscal ⟨0⟩ — declaração de IRS 2025, anexo B", (NIF, "spaced"))
add("en", "I'm moving to Lisbon, got my NIF ⟨0⟩ today at the Finanças office. What's next for opening a bank account?", (NIF,))
add("en", "Hi Ana,\nfor the lease the landlord needs the tenant tax number (contribuinte): ⟨0⟩\nCheers, Tom", (NIF, "spaced"))
add("en", '{"nome": "Rui Matos", "nif": "⟨0⟩", "regime": "recibos verdes"}', (NIF,))
add("en", "CONTRIBUINTE  N.º   ⟨0⟩\nDATA  12 / 03 / 2025     VALOR  1 250,00", (NIF, "spaced"))
add("es", "Mi NIF portugués es ⟨0⟩, ¿me sirve para la factura de la empresa en Vigo?", (NIF,))
add("fr", "numéro fiscal portugais (NIF) : ⟨0⟩ — à indiquer sur le formulaire de retraite", (NIF,))
add("de", "Steuernummer in Portugal (NIF): ⟨0⟩ – brauche ich die für die Abmeldung beim Finanzamt?", (NIF,))
add("it", "il codice fiscale portoghese (NIF) della mia coinquilina è ⟨0⟩", (NIF,))
add("nl", "Portugees fiscaal nummer: ⟨0⟩ (voor de huurovereenkomst in Porto)", (NIF,))

CC = "PT_CC"
add("pt", "Cartão de Cidadão n.º ⟨0⟩, válido até 12/05/2031", (CC, "std"))
add("pt", "Tipo de documento: CC\nNº documento de identificação: ⟨0⟩\nData de validade: 2030-01-17", (CC, "plain"))
add("pt", "Manda o nº do CC: ⟨0⟩ obg", (CC, "half"))
add("en", "Portuguese ID card (Cartão de Cidadão) number ⟨0⟩ - is the last bit the version or part of the number?", (CC, "std"))
add("en", "cc number is ⟨0⟩ i think, it's the one on the front bottom right", (CC, "plain"))
add("en", "IDENTITY CARD  /  CARTÃO DE CIDADÃO\nDOCUMENT No   ⟨0⟩\nSURNAME   FERREIRA DA SILVA\nGIVEN NAMES   MARIA JOÃO", (CC, "std"))
add("en", "Applicant\tDoc\tNumber\nSofia Lopes\tPT ID card\t⟨0⟩", (CC, "dash"))
add("es", "DNI portugués (Cartão de Cidadão) ⟨0⟩, ¿vale para viajar a Marruecos?", (CC, "std"))
add("fr", "carte d'identité portugaise n° ⟨0⟩ — pièce fournie pour l'ouverture du compte", (CC, "half"))
add("de", "Personalausweis Portugal: ⟨0⟩ (gültig bis 2029)", (CC, "std"))
add("it", "carta d'identità portoghese numero ⟨0⟩ del richiedente", (CC, "plain"))

DNI = "ES_DNI"
add("es", "Nombre: Lucía Gómez Herrera\nDNI: ⟨0⟩\nDomicilio: C/ Mayor 12, 3ºB, 28013 Madrid", (DNI,))
add("es", "te paso mi dni para la reserva: ⟨0⟩", (DNI, "lower"))
add("es", "Incidencia 4471: el cliente con NIF ⟨0⟩ no puede acceder a la sede electrónica", (DNI, "dash"))
add("en", "Spanish ID (DNI) ⟨0⟩, I need it translated for a UK employer. How much would that cost?", (DNI,))
add("en", "name,doc,nationality,start\nPablo Ruiz,⟨0⟩,ESP,2025-09-01", (DNI,))
add("en", "Pls update the tenancy agreement: tenant 2 is Marta Vidal, D.N.I. ⟨0⟩", (DNI, "dots"))
add("en", "DOCUMENTO NACIONAL DE IDENTIDAD\nDNI  ⟨0⟩\nAPELLIDOS   SANZ\n            ORTEGA", (DNI, "space"))
add("fr", "pièce d'identité espagnole (DNI) n° ⟨0⟩", (DNI,))
add("de", "spanischer Personalausweis ⟨0⟩ – bitte für die Meldebescheinigung verwenden", (DNI, "dash"))
add("it", "documento spagnolo DNI ⟨0⟩ del fornitore, allegato al contratto", (DNI,))
add("pt", "BI espanhol (DNI) do inquilino: ⟨0⟩", (DNI, "dots"))

NIE = "ES_NIE"
add("es", "NIE: ⟨0⟩\nFecha de nacimiento: 03/07/1990\nNacionalidad: Rumanía", (NIE,))
add("es", "Tarjeta TIE con NIE ⟨0⟩ caducada, pido cita para renovación", (NIE, "dash"))
add("en", "got my NIE finally!! ⟨0⟩ now I can buy the car", (NIE,))
add("en", "Your appointment has been confirmed.\nNúmero de Identidad de Extranjero: ⟨0⟩\nOffice: Policía Nacional, Alicante", (NIE, "space"))
add("en", '{"customer": {"country": "ES", "nie": "⟨0⟩", "kyc": "pending"}}', (NIE, "dash1"))
add("de", "Meine NIE-Nummer in Spanien lautet ⟨0⟩ – gilt die auch als Steuernummer?", (NIE,))
add("fr", "mon NIE ⟨0⟩ pour l'achat de l'appartement à Alicante", (NIE,))
add("it", "NIE ⟨0⟩ — serve per l'iscrizione alla Seguridad Social", (NIE, "dash"))
add("nl", "Spaans NIE nummer: ⟨0⟩", (NIE,))

CF = "IT_FISCAL_CODE"
add("it", "Codice Fiscale: ⟨0⟩\nResidenza: Via Garibaldi 4, Bologna", (CF,))
add("it", "mi serve la fattura intestata, CF ⟨0⟩ grazie", (CF,))
add("it", "Ricetta elettronica — Assistito: BIANCHI ANNA\nC.F. ⟨0⟩\nPrescrizione: amoxicillina 1 g", (CF,))
add("it", "cognome;nome;cf;classe\nGalli;Luca;⟨0⟩;3B", (CF,))
add("en", "Italian tax code (codice fiscale) ⟨0⟩ for my rental contract in Milan - is this right?", (CF,))
add("en", "my codice fiscale is ⟨0⟩, how do i get the tessera sanitaria", (CF, "lower"))
add("en", "TESSERA  SANITARIA\nCodice fiscale   ⟨0⟩\nData scadenza   31/12/2029", (CF, "spaced"))
add("en", "sdi invoice rejected?? codice destinatario is fine, CF ⟨0⟩", (CF,))
add("de", "Steuernummer Italien (Codice Fiscale): ⟨0⟩", (CF,))
add("fr", "code fiscal italien ⟨0⟩ — nécessaire pour le bail à Turin", (CF,))
add("es", "código fiscal italiano ⟨0⟩ para el contrato de la luz", (CF, "lower"))
add("pt", "codice fiscale do meu avô: ⟨0⟩", (CF,))

NIR = "FR_NIR"
add("fr", "N° de sécurité sociale : ⟨0⟩\nCaisse : CPAM du Rhône", (NIR, "spaced"))
add("fr", "mon numéro de sécu c'est ⟨0⟩ tu peux le mettre sur le dossier ?", (NIR,))
add("fr", "Adhérent : M. Karim Benali — NIR ⟨0⟩ — Mutuelle : niveau 3", (NIR, "keysep"))
add("fr", "carte Vitale\n⟨0⟩\nMME DURAND CLAIRE", (NIR, "spaced"))
add("en", "French social security number ⟨0⟩, needed for the carte vitale application", (NIR,))
add("en", "Hi HR, my INSEE number is ⟨0⟩ for the payroll setup. Thanks, Léa", (NIR, "spaced"))
add("en", "SSN (France): ⟨0⟩\nEmployer: Acme SAS", (NIR, "dots"))
add("en", "PID|1||⟨0⟩^^^INSEE^NH||MARTIN^LUC||19780412|M", (NIR,))
add("de", "französische Sozialversicherungsnummer ⟨0⟩ (für die Rentenauskunft)", (NIR,))
add("es", "número de la seguridad social francesa ⟨0⟩", (NIR, "spaced"))
add("it", "numero previdenziale francese del lavoratore distaccato: ⟨0⟩", (NIR, "keysep"))
add("nl", "Frans socialezekerheidsnummer ⟨0⟩", (NIR,))

DTX = "DE_TAX_ID"
add("de", "Steuerliche Identifikationsnummer: ⟨0⟩\nFinanzamt: München III", (DTX, "spaced"))
add("de", "meine Steuer-ID ist ⟨0⟩, brauchst du noch was für die Lohnabrechnung?", (DTX,))
add("de", "Personalnr. 4471 | IdNr. ⟨0⟩ | StKl 1 | Kirchensteuer ev | Kinderfreibeträge 0,5", (DTX,))
add("de", "Identifikationsnummer:   ⟨0⟩", (DTX, "spaced"))
add("en", "German tax ID (Steuer-ID) ⟨0⟩ - my employer asked for it, where do I enter it?", (DTX,))
add("en", "TIN (Germany): ⟨0⟩\nCountry of residence: DE", (DTX,))
add("en", "what is this 11-digit number on my letter from the Bundeszentralamt? ⟨0⟩", (DTX,))
add("fr", "numéro d'identification fiscale allemand ⟨0⟩", (DTX, "slash"))
add("nl", "Duits fiscaal identificatienummer ⟨0⟩", (DTX,))
add("it", "codice fiscale tedesco (Steuer-ID) ⟨0⟩", (DTX, "spaced"))
add("es", "número fiscal alemán (Steuer-ID): ⟨0⟩", (DTX,))
add("pt", "número de identificação fiscal alemão ⟨0⟩", (DTX,))

BSN = "NL_BSN"
add("nl", "BSN: ⟨0⟩\nGeboortedatum: 12-04-1985", (BSN,))
add("nl", "mijn burgerservicenummer is ⟨0⟩, kun je dat doorgeven aan de gemeente?", (BSN,))
add("nl", "Patiënt: mevr. De Vries, BSN ⟨0⟩, huisarts Dr. Bakker, verwijzing cardiologie", (BSN, "dots"))
add("nl", "sofinummer ⟨0⟩ (oud nummer, nu BSN)", (BSN, "spaced"))
add("en", "Dutch BSN ⟨0⟩ - is this the same as a sofi number?", (BSN,))
add("en", "Citizen service number (BSN): ⟨0⟩\nMunicipality: Rotterdam", (BSN,))
add("en", "emp_id,name,bsn\n0193,Sanne Visser,⟨0⟩", (BSN,))
add("en", "my sofi nr ⟨0⟩ still works for the tax return right?", (BSN, "dots"))
add("de", "niederländische BSN ⟨0⟩ für die Grenzgänger-Bescheinigung", (BSN,))
add("fr", "numéro BSN néerlandais ⟨0⟩", (BSN,))
add("es", "número BSN holandés ⟨0⟩ para la baja", (BSN, "spaced"))
add("pt", "BSN (Holanda): ⟨0⟩", (BSN,))

BE = "BE_NATIONAL_NUMBER"
add("nl", "Rijksregisternummer: ⟨0⟩\nAdres: Kerkstraat 8, 9000 Gent", (BE, "std"))
add("nl", "mijn rijksregisternr is ⟨0⟩ voor de huurwaarborg", (BE, "plain"))
add("fr", "Numéro de registre national : ⟨0⟩", (BE, "std"))
add("fr", "Mutualité chrétienne — affilié ⟨0⟩ — remboursement kiné", (BE, "spaced"))
add("de", "Nationalregisternummer ⟨0⟩ (Eupen)", (BE, "std"))
add("en", "Belgian national number ⟨0⟩, needed for the itsme registration", (BE, "std"))
add("en", "BELGIË  BELGIQUE  BELGIEN\nIDENTITEITSKAART\n⟨0⟩\nVERMEULEN\nPIETER", (BE, "std"))
add("en", "national_register_no: ⟨0⟩\ncountry: BE", (BE, "dashes"))
add("en", "rrn ⟨0⟩ - is this my tax number too?", (BE, "plain"))
add("es", "número nacional belga ⟨0⟩", (BE, "std"))
add("it", "numero di registro nazionale belga ⟨0⟩", (BE, "dashes"))

NINO = "UK_NINO"
add("en", "NI number: ⟨0⟩\nStart date: 01/09/2025", (NINO, "spaced"))
add("en", "whats my national insurance no? I think it's ⟨0⟩ but not sure", (NINO,))
add("en", "Employee: Shona McLeod   NINO ⟨0⟩   Tax code 1257L   Period 07", (NINO,))
add("en", "ni no ⟨0⟩ lol found it on an old p60", (NINO, "lower"))
add("en", "Dear HMRC,\nPlease find my details below.\nNational Insurance number: ⟨0⟩\nUTR to follow.\nYours faithfully,\nD. Akhtar", (NINO, "spaced"))
add("en", "Candidate\tRole\tNI\nJordan Blake\tWarehouse op\t⟨0⟩", (NINO,))
add("fr", "numéro d'assurance nationale britannique ⟨0⟩", (NINO,))
add("de", "britische Sozialversicherungsnummer (NINO) ⟨0⟩", (NINO, "spaced"))
add("es", "número de la seguridad social británica (NI) ⟨0⟩", (NINO,))
add("pt", "National Insurance do Reino Unido: ⟨0⟩", (NINO, "lowspaced"))
add("it", "numero National Insurance ⟨0⟩ per il rimborso", (NINO,))
add("nl", "Brits NI-nummer ⟨0⟩", (NINO, "spaced"))

NHS = "UK_NHS"
add("en", "NHS No: ⟨0⟩\nGP: Dr R. Patel, Hillside Surgery", (NHS, "334"))
add("en", "Re: Mrs Patricia Holt, DOB 04/09/1951, NHS number ⟨0⟩\nDear Colleague, thank you for seeing this lady with worsening dyspnoea.", (NHS, "334"))
add("en", "my nhs number is ⟨0⟩ can you tell me how to register at a GP", (NHS, "plain"))
add("en", "PID|1||⟨0⟩^^^NHS^NH||HOLT^PATRICIA||19510904|F", (NHS, "plain"))
add("en", "nhs_no,surname,clinic\n⟨0⟩,Okoro,Diabetes", (NHS, "dash"))
add("en", "Hillside Surgery: your repeat prescription is ready. Ref NHS no. ⟨0⟩. Reply STOP to opt out", (NHS, "334"))
add("de", "NHS-Nummer meiner Mutter (England): ⟨0⟩", (NHS, "334"))
add("fr", "numéro NHS ⟨0⟩ — patiente britannique hospitalisée à Nice", (NHS, "334"))
add("es", "número del NHS ⟨0⟩ (paciente inglés)", (NHS, "plain"))
add("pt", "número NHS do turista: ⟨0⟩", (NHS, "334"))
add("it", "numero NHS ⟨0⟩ della paziente", (NHS, "dash"))
add("nl", "NHS-nummer ⟨0⟩", (NHS, "334"))

MRN = "MEDICAL_RECORD_NUMBER"
add("en", "Pt: J. Alvarez   MRN ⟨0⟩   Adm 11/02   Attending: Dr Chu\nCC: chest pain x2d", (MRN, "d8"))
add("en", "Hosp No ⟨0⟩ - pls chase the CT report for this one", (MRN, "K"))
add("en", "SMITH, ROBERT   ⟨0⟩   DOB 02/02/1960   Ward 7B   Bed 12", (MRN, "d10"))
add("en", "PID|1||⟨0⟩^^^STMARYS^MR||REED^ALAN||19661130|M", (MRN, "MR"))
add("en", "the discharge summary says record no. ⟨0⟩, can you explain the meds list?", (MRN, "year"))
add("en", "patient_id,visit,dx\n⟨0⟩,2026-03-04,J18.9", (MRN, "E"))
add("es", "NHC: ⟨0⟩\nServicio: Neumología\nMotivo de ingreso: disnea", (MRN, "d7"))
add("de", "Patientennummer ⟨0⟩, Station 4 Nord, Aufnahme 12.03.", (MRN, "d8"))
add("fr", "Compte rendu d'hospitalisation — n° IPP ⟨0⟩ — service de cardiologie", (MRN, "ipp"))
add("it", "numero cartella clinica ⟨0⟩ — reparto ortopedia", (MRN, "slash"))
add("pt", "nº processo clínico ⟨0⟩, consulta de ortopedia às 10h", (MRN, "d7"))
add("nl", "patiëntnummer ⟨0⟩, afdeling longziekten", (MRN, "d8"))

IB = "IBAN"
add("en", "please transfer the deposit to ⟨0⟩ by friday, reference FLAT2B", (IB, "GB", "plain"))
add("en", "IBAN: ⟨0⟩\nBIC: COBADEFFXXX", (IB, "DE", "split", 3))
add("en", "yeah send it to ⟨0⟩ thx", (IB, "IE", "lower"))
add("en", '{"payout": {"iban": "⟨0⟩", "holder": "L. Janssens"}}', (IB, "BE", "plain"))
add("en", "payee,iban,amount\nK. Nowak,⟨0⟩,420.00", (IB, "PL", "plain"))
add("en", "Account (IBAN)  ⟨0⟩  Currency CHF", (IB, "CH", "spaced"))
add("de", "kannst du mir die 50 € auf ⟨0⟩ überweisen? danke!", (IB, "AT", "spaced"))
add("de", "Bankverbindung: ⟨0⟩ (Sparkasse)", (IB, "DE", "dots"))
add("fr", "RIB / IBAN : ⟨0⟩", (IB, "FR", "spaced"))
add("es", "Número de cuenta:\n⟨0⟩", (IB, "ES", "split", 2))
add("it", "IBAN ⟨0⟩ intestato a Ferri Giulia", (IB, "IT", "plain"))
add("nl", "rekeningnummer ⟨0⟩ t.n.v. M. de Boer", (IB, "NL", "lowspaced"))
add("pt", "IBAN para o reembolso: ⟨0⟩", (IB, "PT", "dots"))
add("fr", "Virement à effectuer sur le compte ⟨0⟩ (Luxembourg)", (IB, "LU", "dash"))

CCN = "CREDIT_CARD"
add("en", "card: ⟨0⟩ exp 09/27 - pls charge the balance", (CCN, "visa", "dots"))
add("en", "Card no. ⟨0⟩ / exp 11-28 / name on card A. Whitfield", (CCN, "mc2", "slash"))
add("en", "txn_date,merchant,card_number,amount\n2026-04-02,Hotel Miramar,⟨0⟩,312.40", (CCN, "mc5", "plain"))
add("en", "It's an Amex: ⟨0⟩, billing zip 10027", (CCN, "amex", "spaced"))
add("en", "[photo of card, transcribed]\n⟨0⟩\nVALID THRU  03/29\nMR  D  OKONKWO", (CCN, "visa", "dspace"))
add("en", "pls use ⟨0⟩ for the booking, not the one ending 4411", (CCN, "mc2", "plain"))
add("en", "Card number\n⟨0⟩", (CCN, "mc5", "split"))
add("de", "Kreditkarte: ⟨0⟩, gültig bis 10/27", (CCN, "visa", "spaced"))
add("fr", "ma carte ⟨0⟩ a été débitée deux fois", (CCN, "mc5", "dash"))
add("es", "tarjeta ⟨0⟩ caducidad 08/28", (CCN, "amex", "plain"))
add("it", "carta di credito ⟨0⟩ scadenza 12/27", (CCN, "mc2", "spaced"))
add("pt", "cartão ⟨0⟩ validade 05/29", (CCN, "visa", "spslash"))
add("nl", "creditcard ⟨0⟩ (Mastercard)", (CCN, "mc5", "spaced"))

# ---------------------------------------------------------------- look-alikes
HARMLESS = [
    ("en", "Your order #112-4839201-5573920 has shipped! Track it with UPS 1Z 999 AA1 01 2345 6784. Estimated delivery Tue 3 Dec."),
    ("en", "Invoice INV-2026-004817\nSubtotal: 1,249.00\nVAT (20%): 249.80\nTotal due: 1,498.80\nDue date: 2026-12-30"),
    ("en", "Ticket JIRA-48213 reopened: build 7f3c9a1e2b fails on v4.12.0-rc3, see log at 2026-11-29T14:03:22Z"),
    ("en", "Part no. 6205-2RS-C3, qty 40, unit 3.85 EUR, lead time 12 weeks. Alt part: SKF 61905-2RS1."),
    ("en", "ISBN 978-3-16-148410-0, 2nd edition, 432 pages, shelf mark QA76.73 .P98"),
    ("en", "EuroMillions results 28/11: 07 14 23 38 45, Lucky Stars 03 11. Jackpot 41,000,000"),
    ("en", "meet at 51.507351, -0.127758 around 18:45? train 1A34 arrives 18:12"),
    ("en", "Final score: Arsenal 3 - 1 Chelsea (HT 1-0). Attendance 60,217."),
    ("en", "Flight BA 2490 LGW-FCO departs 07:35, gate 14, booking ref QX7P2M, seat 12A"),
    ("en", "Sort code 20-00-00 is Barclays, right? just checking before I set up the standing order"),
    ("en", "Supplier: Northgate Tooling Ltd, Companies House no. 08123456, VAT GB 123 4567 89"),
    ("en", "serial_no,model,fw\nSN4K2231908817,RX-220,3.1.4\nSN4K2231908818,RX-220,3.1.4"),
    ("en", "Python 3.11.7 (main, Dec  4 2023, 18:10:11) [GCC 11.2.0] on linux"),
    ("en", "commit 3f9e2d17c8a4b6e05d1f2a9c7b3e8d4f6a0c1b2e\nDate: Sat Nov 29 10:42:11 2026 +0100"),
    ("en", "Room 1204, conference code 883 4412 9907, PIN 2201#, starts 09:30 CET"),
    ("en", "Meter reading 048213.7 kWh on 01/11/2026, previous 046997.2, tariff code E7"),
    ("en", "USPS tracking 9400 1118 9956 2104 8735 21 - out for delivery"),
    ("en", "Purchase order PO-77120931 approved; cost centre 4410-220; GL 600150"),
    ("de", "Ihre Bestellung 302-7748191-0021934 wurde versandt. DHL Sendungsnummer 00340434161094042557."),
    ("de", "Rechnung Nr. 2026-11-0487 vom 28.11.2026, Kundennummer 50193, Betrag 1.249,90 EUR"),
    ("de", "Handelsregister: Amtsgericht München HRB 218443, USt-IdNr. DE 129 273 398"),
    ("de", "Zugnummer ICE 1583, Abfahrt 14:07, Gleis 12, Wagen 26, Platz 81"),
    ("fr", "Commande n° 8452197733 expédiée par Colissimo, suivi 6A19875432109, livraison prévue le 03/12"),
    ("fr", "SIREN 732 829 320 — SARL Boulangerie Martin, code APE 1071C"),
    ("fr", "Loto du 29/11 : 5 - 12 - 27 - 33 - 41, numéro chance 7. Gains rang 1 : 2 000 000 €"),
    ("fr", "Facture F-2026-11873, référence client 40021877, montant TTC 89,90 €"),
    ("es", "Pedido 4059-118273-55 enviado por SEUR, localizador 0587 2213 9048 0012"),
    ("es", "CIF de la empresa: B-86123457 (Talleres Ruiz S.L.), CNAE 4520"),
    ("es", "Resultado: Real Madrid 2 - 2 Atlético; próximo partido 14/12 a las 21:00"),
    ("es", "versión del firmware 2.18.1044, número de serie 7C0A-44B1-93E2"),
    ("it", "Ordine n. 171-2298871-6612039, corriere BRT, segnacollo 069823711045287"),
    ("it", "Partita IVA 01114601006 — Officina Rossi s.r.l., REA RM-1234567"),
    ("it", "Volo AZ 1781 Roma-Milano, PNR ABX45Q, biglietto 055 2198473301"),
    ("pt", "Encomenda nº 2026/118274, CTT registo RR123456785PT, entrega 02/12"),
    ("pt", "Totoloto 29/11: 4 - 17 - 22 - 36 - 44 + 9. Próximo jackpot 3 500 000 €"),
    ("pt", "coordenadas 38.722252, -9.139337 — ponto de encontro às 10:15"),
    ("nl", "Bestelling 9204-5518-2210 verzonden met PostNL, track & trace 3SABCD0123456789"),
    ("nl", "KvK-nummer 34123456, btw-id NL001234567B01 (Bakkerij Jansen B.V.)"),
    ("nl", "Storingsmelding 2026-118842: zaaknummer 7710-33, monteur komt tussen 08:00 en 12:00"),
    ("nl", "Uitslag: Ajax 4 - 0 PSV, toeschouwers 54.990"),
]

# MRZ check digit placeholder for the US passport MRZ template
PLACEHOLDER = re.compile(r"⟨(\d)⟩")


def build(lang, tpl, specs):
    values = []
    for sp in specs:
        typ, args = sp[0], sp[1:]
        v = GEN[typ](*args)
        validate(typ, v)
        values.append((typ, v))
    text, spans, pos = "", [], 0
    for m in PLACEHOLDER.finditer(tpl):
        text += tpl[pos:m.start()]
        typ, v = values[int(m.group(1))]
        start = len(text)
        text += v
        spans.append({"start": start, "end": len(text), "value": v, "type": typ})
        pos = m.end()
    text += tpl[pos:]
    if "{mrz}" in text:
        v = spans[0]["value"]
        assert text.count("{mrz}") == 1
        i = text.index("{mrz}")
        assert i > spans[0]["end"] - 1
        text = text.replace("{mrz}", mrz_check(v))
    assert len(spans) == len(specs)
    return text, spans


def main():
    recs = []
    per_kind_idx = {}
    for lang, tpl, specs in T:
        text, spans = build(lang, tpl, specs)
        kind = spans[0]["type"]
        recs.append({"lang": lang, "kind": kind, "text": text, "spans": spans})
    for lang, text in HARMLESS:
        assert "⟨" not in text
        recs.append({"lang": lang, "kind": "harmless", "text": text, "spans": []})
    # split: alternate within each kind (dev first)
    for r in recs:
        k = r["kind"]
        i = per_kind_idx.get(k, 0)
        r["part"] = "dev" if i % 2 == 0 else "blind"
        per_kind_idx[k] = i + 1
    order = list(range(len(recs)))
    random.Random(SEED + 1).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        r = recs[idx]
        rec = {"id": f"iprobe-{n:04d}", "part": r["part"], "lang": r["lang"], "kind": r["kind"],
               "text": r["text"], "spans": sorted(r["spans"], key=lambda s: s["start"])}
        for s in rec["spans"]:
            assert rec["text"][s["start"]:s["end"]] == s["value"], (rec["id"], s)
            validate(s["type"], s["value"])
        out.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary (counts only, no text)
    from collections import Counter
    c = Counter((r["kind"], r["part"]) for r in out)
    sp = Counter(s["type"] for r in out for s in r["spans"])
    langs = Counter(r["lang"] for r in out)
    kinds = sorted({r["kind"] for r in out})
    print(f"wrote {len(out)} records to {OUT}")
    for k in kinds:
        print(f"{k:24s} dev={c[(k, 'dev')]:3d} blind={c[(k, 'blind')]:3d} spans={sp.get(k, 0)}")
    print("langs", dict(langs))
    print("all span offsets verified:", sum(len(r["spans"]) for r in out))


if __name__ == "__main__":
    main()
