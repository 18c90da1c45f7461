"""Generate and validate invented identifier values for bench/data/fresh4.

Run `python3 make_values.py` to print a fresh batch of random values (used once, by hand, when
writing the src/ batch files). `validate(type, value)` is used by build.py to check every
span value that carries a check digit. Nothing here is real: all values are random.
"""
from __future__ import annotations

import random
import re
import string

R = random.Random(20261204)  # seeded: the batch printed by main() is reproducible


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# ---------- Luhn (cards) ----------
def luhn_ok(num: str) -> bool:
    d = [int(c) for c in digits(num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# ---------- IBAN ----------
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "GB": 22, "BE": 16,
            "AT": 20, "CH": 21, "BR": 29, "IE": 22, "LU": 20}


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc: str, bban: str) -> str:
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


# ---------- US SSN ----------
def ssn_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


# ---------- UK ----------
def nhs_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 10:
        return False
    t = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def make_nhs() -> str:
    while True:
        d = "".join(R.choice(string.digits) for _ in range(9))
        for c in string.digits:
            if nhs_ok(d + c):
                return f"{d[:3]} {d[3:6]} {d[6:]}{c}"


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


# ---------- DE ----------
def de_taxid_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = {c: d[:10].count(c) for c in set(d[:10])}
    if sorted(counts.values()) not in ([1] * 8 + [2], [1] * 7 + [3]):
        return False
    p = 10
    for c in d[:10]:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    chk = (11 - p) % 10
    return chk == int(d[10])


def make_de_taxid() -> str:
    while True:
        first = R.choice("123456789")
        body = first + "".join(R.choice(string.digits) for _ in range(9))
        for c in string.digits:
            if de_taxid_ok(body + c):
                return body + c


def _731(s: str) -> int:
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        val = int(c) if c.isdigit() else ord(c) - 55
        tot += val * w[i % 3]
    return tot % 10


def de_id_ok(v: str) -> bool:
    s = v.upper().replace(" ", "")
    if not re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d", s):
        return False
    return _731(s[:9]) == int(s[9])


def make_de_id() -> str:
    al = "CFGHJKLMNPRTVWXYZ"
    s = R.choice("LMNT") + "".join(R.choice(al + "0123456789") for _ in range(8))
    return s + str(_731(s))


# ---------- FR NIR ----------
def nir_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    if len(s) != 15:
        return False
    body, key = s[:13], s[13:]
    body = body.replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not key.isdigit():
        return False
    return 97 - int(body) % 97 == int(key)


def make_nir(sex: str, yy: str, mm: str, dep: str) -> str:
    body = sex + yy + mm + dep + f"{R.randint(1, 999):03d}" + f"{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# ---------- ES ----------
DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_nif_ok(v: str) -> bool:
    s = v.upper().replace("-", "").replace(" ", "")
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    return bool(m) and DNI_LET[int(m.group(1)) % 23] == m.group(2)


def es_nie_ok(v: str) -> bool:
    s = v.upper().replace("-", "").replace(" ", "")
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", s)
    if not m:
        return False
    n = int(str("XYZ".index(m.group(1))) + m.group(2))
    return DNI_LET[n % 23] == m.group(3)


def make_dni() -> str:
    n = R.randint(10000000, 79999999)
    return f"{n}{DNI_LET[n % 23]}"


def make_nie() -> str:
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return f"{p}{n:07d}{DNI_LET[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


# ---------- IT codice fiscale ----------
_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
        **dict(zip(string.ascii_uppercase,
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                    10, 22, 25, 24, 23], strict=True))}


def _cf_char(s15: str) -> str:
    tot = 0
    for i, c in enumerate(s15):
        if i % 2 == 0:
            tot += _ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)


def it_cf_ok(v: str) -> bool:
    s = v.upper()
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    return _cf_char(s[:15]) == s[15]


def make_cf(sur3: str, name3: str, yy: str, m: str, dd: str, town: str) -> str:
    s = sur3 + name3 + yy + m + dd + town
    return s + _cf_char(s)


# ---------- NL BSN ----------
def bsn_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 9:
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and d != "000000000"


def make_bsn() -> str:
    while True:
        d = R.choice("123456") + "".join(R.choice(string.digits) for _ in range(8))
        if bsn_ok(d):
            return d


# ---------- BR CPF ----------
def cpf_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
        c = (s * 10) % 11 % 10
        if c != int(d[n]):
            return False
    return True


def make_cpf() -> str:
    while True:
        d = "".join(R.choice(string.digits) for _ in range(9))
        for n in (9, 10):
            s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
            d += str((s * 10) % 11 % 10)
        if cpf_ok(d):
            return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


# ---------- IN ----------
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 12 or d[0] in "01":
        return False
    c = 0
    for i, x in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(x)]]
    return c == 0


def make_aadhaar() -> str:
    body = R.choice("23456789") + "".join(R.choice(string.digits) for _ in range(10))
    c = 0
    for i, x in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(x)]]
    d = body + str(_VINV[c])
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def pan_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}[PCHABGJLFT][A-Z]\d{4}[A-Z]", v.upper()))


# ---------- PT NIF ----------
def pt_nif_ok(v: str) -> bool:
    d = digits(v)
    if len(d) != 9 or d[0] not in "123456789":
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return c == int(d[8])


def make_pt_nif(first: str = "2") -> str:
    body = first + "".join(R.choice(string.digits) for _ in range(7))
    s = sum(int(body[i]) * (9 - i) for i in range(8))
    c = 11 - s % 11
    return body + str(0 if c >= 10 else c)


# ---------- BR CNPJ ----------
def _cnpj_dv(d: str) -> str:
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(int(x) * y for x, y in zip(d, w, strict=False))
        r = s % 11
        d += str(0 if r < 2 else 11 - r)
    return d


def cnpj_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 14 and len(set(d)) > 1 and _cnpj_dv(d[:12]) == d


def make_cnpj() -> str:
    d = _cnpj_dv("".join(R.choice(string.digits) for _ in range(8)) + "0001")
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


# ---------- US DEA ----------
def dea_ok(v: str) -> bool:
    m = re.fullmatch(r"([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})", v.upper())
    if not m:
        return False
    d = [int(c) for c in m.group(3)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def make_dea(surname_initial: str) -> str:
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + surname_initial + "".join(map(str, d)) + str(c)


# ---------- DE KVNR (marked MEDICAL_RECORD_NUMBER) ----------
def kvnr_ok(v: str) -> bool:
    s = v.upper()
    if not re.fullmatch(r"[A-Z]\d{9}", s):
        return False
    n = f"{ord(s[0]) - 64:02d}" + s[1:9]
    tot = 0
    for i, c in enumerate(n):
        x = int(c) * (1 if i % 2 == 0 else 2)
        tot += x // 10 + x % 10
    return tot % 10 == int(s[9])


def make_kvnr() -> str:
    while True:
        letter = R.choice(string.ascii_uppercase)
        body = "".join(R.choice(string.digits) for _ in range(8))
        n = f"{ord(letter) - 64:02d}" + body
        tot = 0
        for i, c in enumerate(n):
            x = int(c) * (1 if i % 2 == 0 else 2)
            tot += x // 10 + x % 10
        return letter + body + str(tot % 10)


VALIDATORS = {
    "CREDIT_CARD": luhn_ok, "IBAN_CODE": iban_ok, "US_SSN": ssn_ok, "UK_NHS": nhs_ok,
    "UK_NINO": nino_ok, "DE_TAX_ID": de_taxid_ok, "DE_ID_CARD": de_id_ok, "FR_NIR": nir_ok,
    "ES_NIF": es_nif_ok, "ES_NIE": es_nie_ok, "IT_FISCAL_CODE": it_cf_ok, "NL_BSN": bsn_ok,
    "BR_CPF": cpf_ok, "IN_AADHAAR": aadhaar_ok, "IN_PAN": pan_ok,
    "PT_NIF": pt_nif_ok, "BR_CNPJ": cnpj_ok, "US_DEA": dea_ok,
    "MEDICAL_RECORD_NUMBER": lambda v: True,
}


def validate(typ: str, value: str) -> bool:
    f = VALIDATORS.get(typ)
    return True if f is None else f(value)


def _rand(al: str, n: int) -> str:
    return "".join(R.choice(al) for _ in range(n))


def main() -> None:
    a = string.ascii_letters + string.digits
    u = string.ascii_uppercase + string.digits
    up = string.ascii_uppercase
    print("visa", [luhn_complete("4", 16) for _ in range(3)])
    print("mc2", [luhn_complete(str(R.randint(2221, 2720)), 16) for _ in range(3)])
    print("mc5", [luhn_complete("5" + str(R.randint(1, 5)), 16) for _ in range(2)])
    print("amex", [luhn_complete("37", 15) for _ in range(2)])
    for cc in ["DE", "FR", "ES", "IT", "NL", "PT", "GB", "BE"]:
        n = IBAN_LEN[cc] - 4
        if cc in ("NL", "GB"):
            bban = _rand(up, 4) + _rand(string.digits, n - 4)
        elif cc == "IT":
            bban = _rand(up, 1) + _rand(string.digits, n - 1)
        else:
            bban = _rand(string.digits, n)
        print("iban", cc, make_iban(cc, bban))
    print("ssn", [f"{R.randint(1, 665):03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
                  for _ in range(4)])
    print("nhs", [make_nhs() for _ in range(3)])
    letters = "ABCEGHJKLMNPRSTWXYZ"
    print("nino", [R.choice(letters) + R.choice(letters) + _rand(string.digits, 6) + R.choice("ABCD")
                   for _ in range(3)])
    print("detax", [make_de_taxid() for _ in range(3)])
    print("deid", [make_de_id() for _ in range(3)])
    print("nir", [make_nir("2", "88", "04", "75"), make_nir("1", "71", "11", "69")])
    print("dni", [make_dni() for _ in range(4)], "nie", [make_nie() for _ in range(3)])
    print("cf", make_cf("RSS", "GLI", "85", "M", "52", "H501"),
          make_cf("BNC", "MRC", "79", "C", "14", "F205"))
    print("bsn", [make_bsn() for _ in range(4)])
    print("cpf", [make_cpf() for _ in range(4)])
    print("aadhaar", [make_aadhaar() for _ in range(3)])
    print("pan", [_rand(up, 3) + "P" + _rand(up, 1) + _rand(string.digits, 4) + _rand(up, 1)
                  for _ in range(3)])
    print("aws", "AKIA" + _rand(up + "234567", 16), _rand(a + "/+", 40))
    print("openai", "sk-proj-" + _rand(a, 48))
    print("anthropic", "sk-ant-api03-" + _rand(a + "-_", 93) + "AA")
    print("ghp", "ghp_" + _rand(a, 36), "github_pat_11" + _rand(u, 20) + "_" + _rand(a, 59))
    print("glpat", "glpat-" + _rand(a + "-_", 20))
    print("slack", "xoxb-" + _rand(string.digits, 12) + "-" + _rand(string.digits, 13) + "-"
          + _rand(a, 24))
    print("stripe", "sk_live_" + _rand(a, 24))
    print("sendgrid", "SG." + _rand(a + "-_", 22) + "." + _rand(a + "-_", 43))
    print("twilio", "AC" + _rand("0123456789abcdef", 32), _rand("0123456789abcdef", 32))
    print("ptnif", [make_pt_nif(R.choice("12")) for _ in range(4)], "cnpj", [make_cnpj() for _ in range(3)])
    print("dea", [make_dea(c) for c in "KORW"], "kvnr", [make_kvnr() for _ in range(4)])
    print("google", "AIza" + _rand(a + "-_", 35), "hf", "hf_" + _rand(a, 34),
          "npm", "npm_" + _rand(a, 36))


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1:  # another reproducible batch: python3 make_values.py 2
        R.seed(20261204 + int(sys.argv[1]))
    main()
