#!/usr/bin/env python3
"""Generator for the accounts_probe test set (standard library only, deterministic).

Run from the accounts_probe folder:  python3 src/make.py
Writes probe.jsonl and README.md next to src/.
"""
import hashlib
import json
import os
import random
import re
import string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 20261201

TYPES = {
    "B": "BANK_ACCOUNT",
    "P": "PASSWORD",
    "S": "US_SSN",
    "D": "US_DRIVER_LICENSE",
    "Q": "US_PASSPORT",
    "M": "MEDICAL_RECORD_NUMBER",
}

# ---------------------------------------------------------------- word lists
FIRST = {
    "en": ["Megan", "Tyler", "Dana", "Marcus", "Priya", "Jordan", "Leah", "Caleb", "Rosa", "Owen",
           "Tasha", "Brent", "Nadia", "Colin", "Ivy", "Derek", "Hannah", "Luis", "Kendra", "Wes"],
    "de": ["Jonas", "Lena", "Matthias", "Sabine", "Felix", "Anja", "Tobias", "Katrin", "Lukas", "Heike"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Sandrine", "Benoît", "Chloé", "Thierry", "Aurélie", "Yann"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Paula", "Álvaro", "Nerea", "Raúl", "Carmen", "Iker"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Francesca", "Lorenzo", "Silvia", "Andrea", "Elena", "Marco"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Pedro", "Larissa", "Gonçalo", "Camila"],
    "nl": ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Eline", "Thijs", "Anouk", "Sven"],
}
LAST = {
    "en": ["Hollister", "Vance", "Okafor", "Brannigan", "Delacroix", "Whitcombe", "Maddox", "Tran",
           "Ellery", "Pruitt", "Castellano", "Lindqvist", "Fairbanks", "Osei", "Kowalczyk", "Barrow"],
    "de": ["Brandtner", "Kellermann", "Vogelsang", "Hübner", "Strasser", "Lindemayr", "Ortwein", "Kühnel"],
    "fr": ["Lemarchand", "Dufresne", "Carpentier", "Vasseur", "Roussel", "Bréhaut", "Fauconnier", "Delorme"],
    "es": ["Carrasco", "Villanueva", "Iturbe", "Montalbán", "Quiroga", "Sarasola", "Llorente", "Bermejo"],
    "it": ["Bonfiglio", "Castellucci", "Marchetti", "Santangelo", "Rinaldi", "Ferraresi", "Tosatti", "Valli"],
    "pt": ["Albuquerque", "Magalhães", "Figueiredo", "Quintela", "Sampaio", "Carvalhal", "Teixeira", "Brandão"],
    "nl": ["van Dijkhuizen", "Verbeek", "Hoogstraten", "de Wilde", "Kuipers", "Brouwersma", "Terpstra", "Mulder"],
}
CO_A = ["Brightwater", "Quorvane", "Tallowmere", "Kestrelpoint", "Ambergate", "Norvik", "Silverfen",
        "Corvalis", "Duneholt", "Pellaro", "Rookwell", "Varnish Lane", "Halcyra", "Ostermark"]
CO_B = ["Logistics", "Analytics", "Dental Group", "Builders", "Foods", "Software", "Consulting",
        "Medical Supply", "Print Works", "Robotics", "Realty", "Outfitters"]
BANKS = ["First Lakeshore Bank", "Pinecrest Savings", "Harborview Credit Union", "Granite Plains Bank",
         "Mesa Verde National Bank", "Old Orchard Trust", "Bluestem Community Bank", "Tidewater Federal"]
BANKS_L = {
    "de": ["Sparkasse Hohenried", "Volksbank Altmühlgrund", "Nordwall Bank AG"],
    "fr": ["Banque du Val-Serein", "Crédit Mutuel des Landes Hautes", "Caisse Marlière"],
    "es": ["Caja Rural del Alcor", "Banco Meridiano", "Caixa Serrallonga"],
    "it": ["Banca Popolare di Valdosso", "Cassa di Risparmio di Pontealto", "Credito Lagunare"],
    "pt": ["Banco Atlântida", "Caixa Serrana", "Banco Vale do Sorraia"],
    "nl": ["Polderbank", "Stichtse Spaarbank", "Waddenbank N.V."],
}
CITY = {
    "en": ["Millbrook", "Cedar Falls", "Port Alden", "Westhaven", "Grayson City", "Lakemont", "Brierfield"],
    "de": ["Hohenried", "Altmühlstadt", "Kleinwalden"], "fr": ["Val-Serein", "Saint-Aubrac", "Marlière"],
    "es": ["Villalcor", "Sierralta", "Puebla del Río"], "it": ["Pontealto", "Valdosso", "Castelnuovo Alto"],
    "pt": ["Vila Sorraia", "Serrana", "Porto Alvo"], "nl": ["Polderwijk", "Zuiderkerk", "Hoogeveld"],
}
STREETS = ["Juniper Ave", "Lantern Row", "Quarry Rd", "Mill Pond Ln", "Tamarack St", "Birchwood Blvd"]
WORDS = ["harbor", "lantern", "maple", "copper", "falcon", "meadow", "thunder", "violet", "orbit",
         "pebble", "canyon", "walrus", "juniper", "saffron", "glacier", "tundra", "marble", "cobalt",
         "ember", "willow", "quartz", "pickle", "rocket", "velvet", "badger", "nimbus"]
SYL = ["kel", "vor", "ana", "bri", "tox", "mer", "quil", "zan", "oda", "rim", "pex", "lun", "dra", "sav"]
TLDS = ["com", "io", "net", "co", "org"]

# famous published routing numbers and famous dummy SSNs are never produced
BANNED_ABA = {"021000021", "026009593", "121000248", "011000138", "021000089", "111000025",
              "122000661", "011000015", "322271627", "071000013"}
BANNED_SSN = {"078051120", "123456789", "219099999", "457555462"}


def dig(r, n, lead_nonzero=True):
    s = str(r.randint(1, 9)) if lead_nonzero else str(r.randint(0, 9))
    return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def aba_check(d8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(d8, w))
    return str((10 - s % 10) % 10)


def aba_valid(s):
    return len(s) == 9 and s.isdigit() and sum(int(c) * k for c, k in zip(s, [3, 7, 1] * 3)) % 10 == 0


def g_aba(r, lang=None):
    while True:
        pre = r.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)) + [80])
        d8 = "%02d" % pre + dig(r, 6, False)
        v = d8 + aba_check(d8)
        if v not in BANNED_ABA:
            assert aba_valid(v)
            return v


def g_partno(r, lang=None):
    # 9 digits that pass the ABA checksum, used as something else (harmless trap)
    d8 = "%02d" % r.choice([13, 14, 15, 33, 40, 45, 50, 55, 90]) + dig(r, 6, False)
    return d8 + aba_check(d8)


def g_ssn(r, lang=None, sep="-"):
    while True:
        area = r.randint(1, 899)
        if area == 666:
            continue
        grp = r.randint(1, 99)
        ser = r.randint(1, 9999)
        raw = "%03d%02d%04d" % (area, grp, ser)
        if raw in BANNED_SSN:
            continue
        return "%03d%s%02d%s%04d" % (area, sep, grp, sep, ser)


def nl11(r):
    while True:
        d = dig(r, 9)
        if sum(int(c) * w for c, w in zip(d, range(9, 0, -1))) % 11 == 0:
            return d


def es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    x = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
    return "0" if x == 11 else ("1" if x == 10 else str(x))


def g_acct_es(r, lang=None):
    bank, branch, acc = dig(r, 4), dig(r, 4), dig(r, 10, False)
    dc = es_dc("00" + bank + branch) + es_dc(acc)
    return "%s %s %s %s" % (bank, branch, dc, acc)


def g_pw(r, lang=None):
    sym = "!%*_-.+=?&"
    while True:
        n = r.randint(10, 16)
        pool = string.ascii_letters + string.digits + sym
        s = "".join(r.choice(pool) for _ in range(n))
        if (any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c.isdigit() for c in s)
                and any(c in sym for c in s) and s[0] not in sym and s[-1] not in "-."):
            return s


def g_pw_url(r, lang=None):
    sym = "_-.~!*"
    while True:
        n = r.randint(10, 18)
        s = "".join(r.choice(string.ascii_letters + string.digits + sym) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0].isalnum() and s[-1].isalnum():
            return s


def g_pw_word(r, lang=None):
    a, b = r.sample(WORDS, 2)
    form = r.randint(0, 3)
    if form == 0:
        return a.capitalize() + r.choice("!#$@") + b.capitalize() + str(r.randint(10, 99))
    if form == 1:
        return a + str(r.randint(1970, 2029))
    if form == 2:
        return a.capitalize() + b + str(r.randint(1, 999)) + r.choice("!?*")
    return a[:3] + b.capitalize() + "_" + str(r.randint(100, 9999))


def g_phrase(r, lang=None):
    return " ".join(r.sample(WORDS, r.randint(4, 5)))


def g_pin(r, n):
    while True:
        s = dig(r, n, False)
        if len(set(s)) > 2 and s not in "0123456789" and s not in "9876543210":
            return s


def dl(r, state):
    L = lambda: r.choice(string.ascii_uppercase)
    if state == "ca":
        return L() + dig(r, 7, False)
    if state == "ny":
        d = dig(r, 9)
        return r.choice([d, "%s %s %s" % (d[:3], d[3:6], d[6:])])
    if state == "tx":
        return "%d" % r.randint(10000000, 49999999)
    if state == "fl":
        d = dig(r, 12, False)
        return "%s%s-%s-%s-%s-%s" % (L(), d[:3], d[3:6], d[6:8], d[8:11], d[11])
    if state == "il":
        d = dig(r, 11, False)
        return "%s%s-%s-%s" % (L(), d[:3], d[3:7], d[7:])
    if state == "wa":
        return "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    if state == "pa":
        return "%08d" % r.randint(10000000, 39999999)
    if state == "nj":
        d = dig(r, 14, False)
        return "%s%s %s %s" % (L(), d[:4], d[4:9], d[9:])
    if state == "oh":
        return L() + L() + dig(r, 6, False)
    if state == "mi":
        d = dig(r, 12, False)
        return "%s %s %s %s %s" % (L(), d[:3], d[3:6], d[6:9], d[9:])
    raise KeyError(state)


def g_date(r, lang):
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    if lang == "en":
        return r.choice(["%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)])
    if lang == "de":
        return "%02d.%02d.%d" % (d, m, y)
    if lang == "nl":
        return "%02d-%02d-%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def g_dob(r, lang):
    y, m, d = r.randint(1941, 2004), r.randint(1, 12), r.randint(1, 28)
    if lang == "en":
        return "%02d/%02d/%d" % (m, d, y)
    if lang == "de":
        return "%02d.%02d.%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def g_amount(r, lang):
    v = r.randint(1200, 998000)
    a = "{:,}".format(v // 100) + ".%02d" % (v % 100)
    if lang in ("de", "es", "it", "pt", "nl"):
        return a.replace(",", "X").replace(".", ",").replace("X", ".")
    if lang == "fr":
        return a.replace(",", " ").replace(".", ",")
    return a


def domain(r):
    return "".join(r.sample(SYL, 2)) + r.choice(["", "-" + r.choice(SYL) + "tech"]) + "." + r.choice(TLDS)


def person(r, lang):
    return r.choice(FIRST[lang]) + " " + r.choice(LAST[lang])


def company(r, lang=None):
    return r.choice(CO_A) + " " + r.choice(CO_B)


def user(r, lang="en"):
    f = r.choice(FIRST["en"]).lower()
    return r.choice([f + "." + r.choice(LAST["en"]).lower(), f[0] + r.choice(LAST["en"]).lower(),
                     "svc_" + r.choice(WORDS), f + str(r.randint(1, 99))])


def nacha_name(r, lang):
    return (r.choice(LAST["en"]).upper() + " " + r.choice(FIRST["en"]).upper())[:22].ljust(22)


GEN = {
    # bank
    "aba": g_aba,
    "acct_us": lambda r, l: dig(r, r.randint(8, 12)),
    "acct12": lambda r, l: dig(r, 12),
    "sort": lambda r, l: "%02d-%02d-%02d" % (r.randint(4, 99), r.randint(0, 99), r.randint(0, 99)),
    "acct_uk": lambda r, l: dig(r, 8, False),
    "transit": lambda r, l: dig(r, 5),
    "inst": lambda r, l: "0" + dig(r, 2),
    "acct_ca": lambda r, l: dig(r, 7),
    "bsb": lambda r, l: "%03d-%03d" % (r.randint(10, 999), r.randint(0, 999)),
    "acct_au": lambda r, l: dig(r, r.randint(6, 9)),
    "acct_de": lambda r, l: dig(r, r.randint(7, 10)),
    "blz": lambda r, l: "%d %d %d" % (r.randint(100, 899), r.randint(100, 999), r.randint(10, 99)),
    "acct_fr": lambda r, l: dig(r, 11, False),
    "rib_key": lambda r, l: "%02d" % r.randint(1, 97),
    "acct_es": g_acct_es,
    "acct_it": lambda r, l: "0000" + dig(r, 8),
    "acct_br": lambda r, l: dig(r, r.randint(5, 8)) + "-" + str(r.randint(0, 9)),
    "acct_pt": lambda r, l: dig(r, 11, False),
    "acct_nl": lambda r, l: nl11(r),
    "acct_nl_dot": lambda r, l: (lambda d: "%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:]))(nl11(r)),
    # passwords
    "pw": g_pw, "pw_url": g_pw_url, "pw_word": g_pw_word, "phrase": g_phrase,
    "pin4": lambda r, l: g_pin(r, 4), "pin6": lambda r, l: g_pin(r, 6),
    # ids
    "ssn": g_ssn,
    "ssn_plain": lambda r, l: g_ssn(r, l, ""),
    "ssn_sp": lambda r, l: g_ssn(r, l, " "),
    "dl_ca": lambda r, l: dl(r, "ca"), "dl_ny": lambda r, l: dl(r, "ny"), "dl_tx": lambda r, l: dl(r, "tx"),
    "dl_fl": lambda r, l: dl(r, "fl"), "dl_il": lambda r, l: dl(r, "il"), "dl_wa": lambda r, l: dl(r, "wa"),
    "dl_pa": lambda r, l: dl(r, "pa"), "dl_nj": lambda r, l: dl(r, "nj"), "dl_oh": lambda r, l: dl(r, "oh"),
    "dl_mi": lambda r, l: dl(r, "mi"),
    "passport": lambda r, l: dig(r, 9),
    "passport_new": lambda r, l: r.choice("ABCEFGHJKLMNPRSTUVWXYZ") + dig(r, 8, False),
    "mrn_num": lambda r, l: dig(r, r.randint(7, 8), False),
    "mrn_alpha": lambda r, l: r.choice(["K", "RH", "MR", "H", "SJ"]) + dig(r, 7, False),
    # context
    "person": person, "first": lambda r, l: r.choice(FIRST[l]), "last": lambda r, l: r.choice(LAST[l]),
    "first_en": lambda r, l: r.choice(FIRST["en"]), "last_en": lambda r, l: r.choice(LAST["en"]),
    "company": company, "bankname": lambda r, l: r.choice(BANKS),
    "bank_l": lambda r, l: r.choice(BANKS_L[l]),
    "city": lambda r, l: r.choice(CITY[l]), "street": lambda r, l: "%d %s" % (r.randint(11, 9800), r.choice(STREETS)),
    "date": g_date, "dob": g_dob, "amount": g_amount,
    "domain": lambda r, l: domain(r), "host": lambda r, l: r.choice(["db", "app", "bastion", "build", "mail"]) + "-%02d" % r.randint(1, 40),
    "user": lambda r, l: user(r), "email": lambda r, l: user(r).replace("svc_", "ops.") + "@" + domain(r),
    "ticket": lambda r, l: dig(r, r.randint(5, 7)), "invoice": lambda r, l: "%d-%04d" % (r.randint(2024, 2026), r.randint(1, 9999)),
    "num2": lambda r, l: str(r.randint(10, 99)), "num3": lambda r, l: dig(r, 3), "num4": lambda r, l: dig(r, 4),
    "num5": lambda r, l: dig(r, 5), "num6": lambda r, l: dig(r, 6), "num8": lambda r, l: dig(r, 8),
    "order10": lambda r, l: dig(r, 10), "last4": lambda r, l: dig(r, 4, False),
    "tracking": lambda r, l: "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + dig(r, 10, False),
    "zip4": lambda r, l: "%05d-%04d" % (r.randint(10000, 99950), r.randint(1, 9999)),
    "zip9": lambda r, l: "%05d%04d" % (r.randint(10000, 99950), r.randint(1, 9999)),
    "partno": g_partno,
    "ver": lambda r, l: "%d-%02d-%02d" % (r.randint(10, 29), r.randint(1, 12), r.randint(1, 28)),
    "hms": lambda r, l: "%02d-%02d-%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
    "phone_us": lambda r, l: "(%d) 555-%04d" % (r.randint(201, 989), r.randint(100, 199)),
    "bic": lambda r, l: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + r.choice(["US", "GB", "DE", "FR", "NL"]) + r.choice(["3A", "2X", "M1", "44"]) + r.choice(["", "XXX"]),
    "ein": lambda r, l: "%02d-%07d" % (r.randint(10, 88), r.randint(1000000, 9999999)),
    "checkno": lambda r, l: "%04d" % r.randint(1001, 9899),
    "amt10": lambda r, l: "%010d" % r.randint(5000, 950000),
    "indiv15": lambda r, l: ("EMP" + dig(r, 5)).ljust(15),
    "name22": nacha_name,
    "trace15": lambda r, l: dig(r, 8) + "%07d" % r.randint(1, 9999),
    "hosp": lambda r, l: r.choice(["STMARYS", "LAKEMONT_GEN", "WHCMC", "BRIERFIELD_RH"]),
    "word": lambda r, l: r.choice(WORDS),
}


def xf_ocr(v, r):
    return " ".join(c for c in v if c != " ")


def xf_brk(v, r):
    i = len(v) // 2
    while v[i - 1] in " -" or v[i] in " -":
        i += 1
    return v[:i] + "\n" + v[i:]


def xf_group(v, k, sep):
    return sep.join(v[i:i + k] for i in range(0, len(v), k))


XF = {
    "ocr": xf_ocr,
    "brk": xf_brk,
    "dash": lambda v, r: xf_group(v, 4, "-"),
    "sp": lambda v, r: xf_group(v, 4, " "),
    "sp3": lambda v, r: xf_group(v, 3, " "),
    "last4": lambda v, r: re.sub(r"\D", "", v)[-4:],
    "up": lambda v, r: v.upper(),
    "low": lambda v, r: v.lower(),
}

PH = re.compile(r"\{\{(=)?([a-z_0-9]+)(?:\.([a-z0-9]+))?(?::([a-z0-9]+))?(?:@([a-z0-9]+))?(?:\|([A-Z]))?\}\}")


def render(tpl, r, lang):
    store = {}
    ms = list(PH.finditer(tpl))
    vals = []
    for m in ms:
        ref, name, rxf, xf, key, T = m.groups()
        if ref:
            vals.append(None)
            continue
        raw = GEN[name](r, lang)
        v = XF[xf](raw, r) if xf else raw
        if key:
            store[key] = raw
        vals.append(v)
    out, spans, pos, n = [], [], 0, 0
    for m, v in zip(ms, vals):
        ref, name, rxf, xf, key, T = m.groups()
        if ref:
            v = XF[rxf](store[name], r) if rxf else store[name]
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        if T:
            spans.append({"start": n, "end": n + len(v), "value": v, "type": TYPES[T]})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    assert tpl.count("{{") == len(ms) and not PH.search(text), tpl[:60]
    return text, spans


def main():
    ns = {}
    with open(os.path.join(HERE, "templates.py"), encoding="utf-8") as f:
        exec(compile(f.read(), "templates.py", "exec"), ns)
    T = ns["T"]
    r = random.Random(SEED)

    # ---- split: per kind, templates assigned greedily to the side with fewer records,
    # ties alternate; templates of a kind are visited language by language so every
    # language with >1 template in a kind lands on both sides.
    side_of = {}
    kinds = []
    for t in T:
        if t["kind"] not in kinds:
            kinds.append(t["kind"])
    for k in kinds:
        cnt = {"dev": 0, "blind": 0}
        toggle = 0
        langs = []
        for t in T:
            if t["kind"] == k and t["lang"] not in langs:
                langs.append(t["lang"])
        for lg in langs:
            group = [i for i, t in enumerate(T) if t["kind"] == k and t["lang"] == lg]
            for j, i in enumerate(group):
                if cnt["dev"] != cnt["blind"] and j == 0:
                    s = "dev" if cnt["dev"] < cnt["blind"] else "blind"
                elif j > 0:
                    prev = side_of[group[j - 1]]
                    s = "blind" if prev == "dev" else "dev"
                else:
                    s = ["dev", "blind"][toggle % 2]
                    toggle += 1
                side_of[i] = s
                cnt[s] += T[i]["n"]

    recs = []
    seen = set()
    for i, t in enumerate(T):
        assert 1 <= t["n"] <= 4
        for u in range(t["n"]):
            for _attempt in range(20):
                text, spans = render(t["text"], r, t["lang"])
                if text not in seen:
                    break
            assert text not in seen
            seen.add(text)
            kind = spans[0]["type"] if spans else "harmless"
            assert kind == t["kind"], (t["text"][:50], kind)
            last = -1
            for s in spans:
                assert text[s["start"]:s["end"]] == s["value"]
                assert s["value"] == s["value"].strip() and s["value"]
                assert s["start"] >= last
                last = s["end"]
            recs.append({"tid": i, "part": side_of[i], "lang": t["lang"], "kind": kind,
                         "text": text, "spans": spans, "genre": t["genre"]})
    r.shuffle(recs)
    lines = []
    for k, rec in enumerate(recs, 1):
        rec["id"] = "aprobe-%04d" % k
        lines.append(json.dumps({"id": rec["id"], "part": rec["part"], "lang": rec["lang"], "kind": rec["kind"],
                                 "text": rec["text"], "spans": rec["spans"]}, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(os.path.join(ROOT, "probe.jsonl"), "wb") as f:
        f.write(data)
    md5 = hashlib.md5(data).hexdigest()

    # ---- README
    with open(os.path.join(HERE, "readme_head.md"), encoding="utf-8") as f:
        head = f.read()
    kinds_order = ["BANK_ACCOUNT", "PASSWORD", "US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT",
                   "MEDICAL_RECORD_NUMBER", "harmless"]
    langs = ["en", "de", "fr", "es", "it", "pt", "nl"]

    def table(rows, key, order):
        out = ["| %s | dev | blind | total |" % key, "|---|---|---|---|"]
        td = tb = 0
        for o in order:
            d = sum(1 for x in rows if x[key] == o and x["part"] == "dev")
            b = sum(1 for x in rows if x[key] == o and x["part"] == "blind")
            td += d
            tb += b
            out.append("| %s | %d | %d | %d |" % (o, d, b, d + b))
        out.append("| **total** | %d | %d | %d |" % (td, tb, td + tb))
        return "\n".join(out)

    sp = ["| span type | dev | blind | total |", "|---|---|---|---|"]
    for ty in kinds_order[:-1]:
        d = sum(1 for x in recs for s in x["spans"] if s["type"] == ty and x["part"] == "dev")
        b = sum(1 for x in recs for s in x["spans"] if s["type"] == ty and x["part"] == "blind")
        sp.append("| %s | %d | %d | %d |" % (ty, d, b, d + b))
    ntpl = len(T)
    stats = (
        "## Counts\n\n%d records from %d templates (each template used 1-4 times).\n\n"
        "### kind x part\n\n%s\n\n### lang x part\n\n%s\n\n### spans per type\n\n%s\n\n"
        "## Checksum\n\nmd5(probe.jsonl) = `%s`\n" % (
            len(recs), ntpl, table(recs, "kind", kinds_order), table(recs, "lang", langs), "\n".join(sp), md5))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head.rstrip("\n") + "\n\n" + stats)
    print("records", len(recs), "templates", ntpl, "md5", md5)


if __name__ == "__main__":
    main()
