"""Valid identifiers (check digits and all) and their validators, used by the generator and
its tests. Every generator takes a ``random.Random``."""

from __future__ import annotations

import random
import string

DIGITS = string.digits
UPPER = string.ascii_uppercase


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


# --- payment cards (Luhn) -------------------------------------------------------------------

def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for check in DIGITS:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def card(rng: random.Random, kind: str) -> str:
    """A Luhn-valid card number of *kind* (visa, amex, mc, mc2), grouped as printed."""
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    if kind == "mc":
        n = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == "mc2":
        n = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    else:
        n = _luhn_complete("4", 16, rng)
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


# --- IBAN (mod 97) ----------------------------------------------------------------------------

IBAN_BBAN = {  # country: (bban pattern: n digits, a letters, c alphanumerics)
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "GB": "4a14n", "PT": "21n", "BR": "23n1a1c", "BE": "12n", "AT": "16n", "CH": "5n12c",
}


def _pattern(rng: random.Random, spec: str) -> str:
    out, num = "", ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        pool = {"n": DIGITS, "a": UPPER, "c": DIGITS + UPPER}[ch]
        out += "".join(rng.choice(pool if ch != "c" else DIGITS) for _ in range(int(num)))
        num = ""
    return out


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random, country: str, grouped: bool = True) -> str:
    bban = _pattern(rng, IBAN_BBAN[country])
    if country == "BR":  # account type and owner letters
        bban = bban[:-2] + rng.choice("CP") + rng.choice("123")
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    s = f"{country}{98 - num % 97:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s


# --- United States ------------------------------------------------------------------------

def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(value: str) -> bool:
    a, g, s = value.split("-")
    return 0 < int(a) < 900 and int(a) != 666 and int(g) > 0 and int(s) > 0


def us_driver_license(rng: random.Random, state: str) -> str:
    L = rng.choice(UPPER)
    if state == "FL":
        d = _digits(rng, 12)
        return f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if state == "CA":
        return L + _digits(rng, 7)
    if state == "NY":
        return f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if state == "TX":
        return str(rng.randint(1, 4)) + _digits(rng, 7)
    if state == "IL":
        d = _digits(rng, 11)
        return f"{L}{d[:3]}-{d[3:7]}-{d[7:]}"
    if state == "WA":
        return "WDL" + "".join(rng.choice(UPPER + DIGITS) for _ in range(9))
    if state == "PA":
        d = _digits(rng, 8)
        return f"{d[:2]} {d[2:5]} {d[5:]}"
    return L + _digits(rng, 8)  # NJ-like short form


def us_passport(rng: random.Random) -> str:
    return rng.choice(["5", "6", "A", "C"]) + _digits(rng, 8)


def dea(rng: random.Random, last_name: str) -> str:
    first = rng.choice("ABFGM")
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last_name[0].upper() + "".join(map(str, d)) + str(check)


def dea_ok(value: str) -> bool:
    d = [int(c) for c in value[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# --- United Kingdom ------------------------------------------------------------------------

def nhs(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        check = 11 - sum(w * x for w, x in zip(range(10, 1, -1), d, strict=True)) % 11
        if check == 10:
            continue
        s = "".join(map(str, d)) + str(0 if check == 11 else check)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    check = 11 - sum(w * x for w, x in zip(range(10, 1, -1), d[:9], strict=True)) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == d[9]


def nino(rng: random.Random, spaced: bool = True) -> str:
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        a = rng.choice([c for c in UPPER if c not in "DFIQUV"])
        b = rng.choice([c for c in UPPER if c not in "DFIOQUV"])
        if a + b not in bad:
            break
    d = _digits(rng, 6)
    s = rng.choice("ABCD")
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{a}{b}{d}{s}"


# --- Netherlands, France, Spain, Italy ------------------------------------------------------

def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        if bsn_ok("".join(map(str, d))):
            return "".join(map(str, d))


def bsn_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    total = sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]
    return len(d) == 9 and total % 11 == 0 and total != 0


def nir(rng: random.Random, female: bool, year: int, month: int) -> str:
    dept = rng.choice(["75", "69", "13", "33", "31", "59", "67", "44", "06", "35"])
    body = (f"{2 if female else 1}{year % 100:02d}{month:02d}{dept}"
            f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}")
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(1_000_000, 99_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def nie(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    return f"{p}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def dni_ok(value: str) -> bool:
    v = value.replace("-", "")
    digits = str("XYZ".index(v[0])) + v[1:-1] if v[0] in "XYZ" else v[:-1]
    return DNI_LETTERS[int(digits) % 23] == v[-1]


_CF_ODD = {**dict(zip(DIGITS, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)),
           **dict(zip(UPPER, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                              12, 14, 16, 10, 22, 25, 24, 23], strict=True))}
_CF_EVEN = {**{c: i for i, c in enumerate(DIGITS)}, **{c: i for i, c in enumerate(UPPER)}}
_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(word: str, is_name: bool) -> str:
    w = "".join(c for c in word.upper() if c in UPPER)
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(first: str, last: str, female: bool, year: int, month: int, day: int,
                   town_code: str) -> str:
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{year % 100:02d}"
            + _CF_MONTHS[month - 1] + f"{day + (40 if female else 0):02d}" + town_code)
    return body + cf_check(body)


def cf_check(body: str) -> str:
    total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(body))
    return UPPER[total % 26]


# --- Germany ----------------------------------------------------------------------------

def _iso7064_11_10(digits: str) -> int:
    product = 10
    for c in digits:
        s = (int(c) + product) % 10 or 10
        product = (2 * s) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id(rng: random.Random) -> str:
    """An 11-digit Steuer-IdNr: first digit not 0, in the first ten exactly one digit twice
    (or thrice), the rest distinct; the 11th is the ISO 7064 MOD 11,10 check digit."""
    while True:
        pool = list(DIGITS)
        rng.shuffle(pool)
        ten = pool[:9]
        ten.append(rng.choice(ten))
        rng.shuffle(ten)
        s = "".join(ten)
        if s[0] != "0":
            return s + str(_iso7064_11_10(s))


def steuer_id_ok(value: str) -> bool:
    s = value.replace(" ", "")
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    return (len(s) == 11 and s[0] != "0" and counts[0] in (2, 3) and counts[1] == 1
            and _iso7064_11_10(s[:10]) == int(s[10]))


_PA_ALPHA = "CFGHJKLMNPRTVWXYZ"


def _731(s: str) -> int:
    return sum(int(c, 36) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10


def perso(rng: random.Random) -> str:
    """A German ID card (Personalausweis) number: nine characters, then its 7-3-1 check."""
    serial = rng.choice(_PA_ALPHA) + "".join(rng.choice(_PA_ALPHA + DIGITS) for _ in range(8))
    return serial + str(_731(serial))


def perso_ok(value: str) -> bool:
    return len(value) == 10 and _731(value[:9]) == int(value[9])


def kvnr(rng: random.Random) -> str:
    """A German health insurance number: a letter, eight digits, a check digit."""
    letter = rng.choice(UPPER)
    digits = _digits(rng, 8)
    return letter + digits + str(_kvnr_check(letter, digits))


def _kvnr_check(letter: str, digits: str) -> int:
    s = f"{ord(letter) - 64:02d}" + digits
    total = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10


def kvnr_ok(value: str) -> bool:
    return len(value) == 10 and _kvnr_check(value[0], value[1:9]) == int(value[9])


# --- Brazil, India ----------------------------------------------------------------------------

def _cpf_digit(ds: list[int]) -> int:
    n = len(ds) + 1
    r = sum(d * w for d, w in zip(ds, range(n, 1, -1), strict=True)) * 10 % 11
    return 0 if r == 10 else r


def cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    d.append(_cpf_digit(d))
    d.append(_cpf_digit(d))
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cpf_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 11 and _cpf_digit(d[:9]) == d[9] and _cpf_digit(d[:10]) == d[10]


def _cnpj_digit(ds: list[int]) -> int:
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] if len(ds) == 12 else \
        [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(d * w for d, w in zip(ds, weights, strict=True)) % 11
    return 0 if r < 2 else 11 - r


def cnpj(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    d.append(_cnpj_digit(d))
    d.append(_cnpj_digit(d))
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cnpj_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 14 and _cnpj_digit(d[:12]) == d[12] and _cnpj_digit(d[:13]) == d[13]


def pan(rng: random.Random, last_name: str) -> str:
    return ("".join(rng.choice(UPPER) for _ in range(3)) + "P" + last_name[0].upper()
            + _digits(rng, 4) + rng.choice(UPPER))


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


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed([x for x in number if x.isdigit()])):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


# --- secrets -----------------------------------------------------------------------------

ALNUM = string.ascii_letters + DIGITS


def aws_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UPPER + "234567") for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(ALNUM + "/+") for _ in range(40))


def github_token(rng: random.Random) -> str:
    return rng.choice(["ghp_", "gho_", "github_pat_11A"]) + "".join(
        rng.choice(ALNUM) for _ in range(36))


def openai_key(rng: random.Random) -> str:
    return "sk-proj-" + "".join(rng.choice(ALNUM + "-_") for _ in range(20)) + "T3BlbkFJ" + \
        "".join(rng.choice(ALNUM + "-_") for _ in range(20))


def stripe_key(rng: random.Random) -> str:
    return rng.choice(["sk_live_", "rk_live_"]) + "".join(rng.choice(ALNUM) for _ in range(24))


def slack_token(rng: random.Random) -> str:
    return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-" + "".join(
        rng.choice(ALNUM) for _ in range(24))


def private_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    b64 = string.ascii_letters + DIGITS + "+/"
    lines = ["MII" + "".join(rng.choice(b64) for _ in range(61))]
    lines += ["".join(rng.choice(b64) for _ in range(64)) for _ in range(rng.randint(4, 9))]
    lines.append("".join(rng.choice(b64) for _ in range(rng.randint(8, 40))) + "==")
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def password(rng: random.Random) -> str:
    words = ["Sommer", "winter", "Blue", "tiger", "Falcon", "maple", "Rosa", "ocean", "Kaffee",
             "lune", "Sol", "river", "Pingu", "delta", "Mango", "nordic"]
    style = rng.randint(0, 2)
    if style == 0:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice("!#$%?*")
    if style == 1:
        return "".join(rng.choice(ALNUM + "!#%&*+-") for _ in range(rng.randint(12, 20)))
    return rng.choice(words) + rng.choice(".-_") + rng.choice(words) + _digits(rng, 2)
