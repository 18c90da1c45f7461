"""Slot filling with exact spans: a template is text with «slot» or «slot|modifier» marks;
each slot becomes one or more pieces (text, entity type or None), and the spans are taken
from the pieces as the text is put together, so they are exact by construction."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.realistic import ids
from bench.realistic.locales import LOCALES, Locale, Pool, Town

Piece = tuple[str, str | None]

GROUPS: dict[str, str] = {
    **dict.fromkeys(["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS",
                     "IP_ADDRESS"], "contact"),
    **dict.fromkeys(["DATE_TIME", "AGE", "LOCATION", "ZIP_CODE"], "quasi"),
    **dict.fromkeys(["US_SSN", "CREDIT_CARD", "IBAN_CODE", "US_DRIVER_LICENSE", "US_PASSPORT",
                     "PASSPORT", "UK_NHS", "UK_NINO", "NL_BSN", "FR_NIR", "ES_NIF", "ES_NIE",
                     "IT_FISCAL_CODE", "DE_TAX_ID", "DE_ID_CARD", "DE_KVNR", "BR_CPF",
                     "BR_CNPJ", "IN_PAN", "IN_AADHAAR", "US_DEA", "MEDICAL_RECORD_NUMBER",
                     "MEDICAL_CONDITION", "API_TOKEN", "CLOUD_ACCESS_KEY", "PRIVATE_KEY",
                     "CONNECTION_STRING_PASSWORD", "PASSWORD"], "regulated"),
}

TODAY = date(2025, 6, 1)
MONTHS = {
    "en": "January February March April May June July August September October November "
          "December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November "
          "Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
          "novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december".split(),
}
# no company shares a word with a name list (a name found in a company name is no leak)
COMPANIES = ["Northwind Logistics", "Brightline Dental", "Harbor & Finch LLP", "Kestrel Analytics",
             "Bluepeak Insurance", "Lindholm Möbel GmbH", "Solaris Energia Ltda.",
             "Atelier Mirabeau SARL", "Ferramenta Adriatica S.r.l.", "Van Houten Bouw B.V.",
             "Talleres Ebro S.L.", "Crescent Health Partners", "Quillfeather Books",
             "Ironbridge Property Management", "Meridian Pharmacy"]
DOMAINS_WORK = ["northwind-logistics.com", "kestrel-analytics.io", "bluepeak-ins.com",
                "crescenthealth.org", "ironbridge-pm.com", "meridianrx.com", "acme-corp.net"]


def fold(s: str) -> str:
    """ASCII for an e-mail local part: accents dropped, spaces and apostrophes removed."""
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", out.lower())


@dataclass
class Person:
    first: str
    last: str
    female: bool
    dob: date
    street: str
    town: Town
    zip: str
    email: str
    phone: str

    @property
    def age(self) -> int:
        return (TODAY - self.dob).days // 365


def format_date(d: date, loc: Locale, style: int) -> str:
    if loc.lang == "en" and loc.code == "en_US":
        return [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
                f"{d.month}/{d.day}/{d.year}"][style % 3]
    if loc.lang == "en":
        return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}",
                f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}"][style % 3]
    if loc.lang == "de":
        return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}",
                f"{d.day}.{d.month}.{d.year}"][style % 3]
    if loc.lang == "nl":
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}",
                f"{d.day:02d}-{d.month:02d}-{d.year}"][style % 3]
    word = {"fr": "{d} {m} {y}", "es": "{d} de {m} de {y}", "it": "{d} {m} {y}",
            "pt": "{d} de {m} de {y}"}[loc.lang]
    return [f"{d.day:02d}/{d.month:02d}/{d.year}",
            word.format(d=d.day, m=MONTHS[loc.lang][d.month - 1], y=d.year),
            f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 3]


PASSPORT_FORMATS: dict[str, Callable[[random.Random], str]] = {
    "de": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789")
                                                 for _ in range(8)),
    "fr": lambda r: f"{r.randint(10, 99)}{r.choice('ABCDEFGH')}{r.choice('KLMNPR')}"
                    f"{r.randint(10000, 99999)}",
    "en_GB": lambda r: str(r.randint(100_000_000, 999_999_999)),
    "it": lambda r: f"Y{r.choice('ABCD')}{r.randint(1000000, 9999999)}",
    "es": lambda r: f"PA{r.choice('ABCDE')}{r.randint(100000, 999999)}",
    "nl": lambda r: f"N{r.choice('WXYZ')}{r.choice('BCDFGH')}{r.choice('JKLMNP')}"
                    f"{r.randint(10, 99)}{r.choice('RST')}{r.choice('CDF')}{r.randint(1, 9)}",
    "pt_BR": lambda r: f"F{r.choice('ABCGHJ')}{r.randint(100000, 999999)}",
    "en_IN": lambda r: f"{r.choice('JKLMNPRSTVZ')}{r.randint(1000000, 9999999)}",
}
IBAN_COUNTRY = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "en_GB": "GB",
                "pt_BR": "BR", "en_US": "DE", "en_IN": "GB"}


@dataclass
class Ctx:
    rng: random.Random
    pool: Pool
    loc: Locale
    people: dict[int, Person] = field(default_factory=dict)
    cache: dict[str, list[Piece]] = field(default_factory=dict)

    @property
    def heldout(self) -> bool:
        return self.pool.heldout

    def person(self, i: int) -> Person:
        if i not in self.people:
            r, loc = self.rng, self.loc
            female = r.random() < 0.5
            first = self.pool.pick(loc.female if female else loc.male)
            last = self.pool.pick(loc.last)
            while any(p.last == last for p in self.people.values()) and len(loc.last) > 4:
                last = self.pool.pick(loc.last)
            dob = date(1941, 1, 1) + timedelta(days=r.randint(0, 365 * 63))
            town = self.pool.town(loc)
            number = str(r.randint(1, 240)) + (r.choice("abc") if r.random() < 0.15 else "")
            street_name = self.pool.pick(loc.streets)
            street = _street(loc, street_name, number, r)
            f, la = fold(first.split()[0]), fold(last)
            local = r.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}{dob.year % 100:02d}",
                              f"{la}.{f}", f"{f}{la}{r.randint(1, 99)}"])
            domain = self.pool.pick(loc.domains) if r.random() < 0.7 else r.choice(DOMAINS_WORK)
            self.people[i] = Person(first, last, female, dob, street, town, town.zip(r),
                                    f"{local}@{domain}", loc.phone(r))
        return self.people[i]

    def slot(self, key: str) -> list[Piece]:
        if key not in self.cache:
            self.cache[key] = self._make(key)
        return self.cache[key]

    def _make(self, key: str) -> list[Piece]:
        m = re.fullmatch(r"([a-z_]+?)(\d*)", key)
        assert m, key
        base, idx = m.group(1), int(m.group(2) or 0)
        r, loc = self.rng, self.loc
        if base in PERSON_SLOTS:
            return PERSON_SLOTS[base](self, self.person(idx))
        if base in VALUE_SLOTS:
            kind, make = VALUE_SLOTS[base]
            return [(make(self), kind)]
        if base in PLAIN_SLOTS:
            return [(PLAIN_SLOTS[base](self), None)]
        if base == "pgurl":  # a connection string; the password is the secret
            user = r.choice(["app", "admin", "svc_billing", "postgres", "etl", "reporting"])
            host = r.choice(["db.internal", "10.0.3.12", "pg-prod-01.corp.local",
                             "billing-db.cluster-c9x.eu-central-1.rds.amazonaws.com"])
            scheme = r.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis"])
            return [(f"{scheme}://{user}:", None), (ids.password(r), "CONNECTION_STRING_PASSWORD"),
                    (f"@{host}:{ {'redis': 6379, 'mysql': 3306}.get(scheme, 5432)}/"
                     f"{r.choice(['app', 'billing', 'crm', 'prod'])}", None)]
        if base == "addr":  # a full address in the locale's format
            p = self.person(idx)
            st = (p.street, "STREET_ADDRESS")
            z, c = (p.zip, "ZIP_CODE"), (p.town.name, "LOCATION")
            if loc.code == "en_US":
                return [st, (", ", None), c, (f", {p.town.extra} ", None), z]
            if loc.code == "en_GB":
                return [st, (", ", None), c, (" ", None), z]
            if loc.code == "pt_BR":
                return [st, (", ", None), z, (" ", None), c, (f" - {p.town.extra}", None)]
            if loc.code == "en_IN":
                return [st, (", ", None), c, (" - ", None), z]
            return [st, (", ", None), z, (" ", None), c]
        raise KeyError(key)


def _street(loc: Locale, name: str, number: str, r: random.Random) -> str:
    if loc.code in ("en_US", "en_IN"):
        apt = r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(2, 900)}"])
        return f"{number} {name}{apt}"
    if loc.code == "en_GB":
        house = r.choice(["", "", "The Old Rectory, ", "Flat 3, ", "Rose Cottage, "])
        return f"{house}{number} {name}"
    if loc.code == "fr":
        return f"{number} {name}"
    if loc.code == "es":
        return f"{name} {number}, {r.randint(1, 9)}º {r.choice('ABCD')}"
    if loc.code == "pt_BR":
        return f"{name} {number}" + r.choice(["", f", apto {r.randint(11, 154)}",
                                               f", casa {r.randint(1, 3)}"])
    if loc.code == "it":
        return f"{name} {number}" + r.choice(["", "", f", int. {r.randint(1, 20)}"])
    if loc.code == "nl":
        return f"{name} {number}" + r.choice(["", "", "-II", " bis"])
    return f"{name} {number}"


def _age(ctx: Ctx, p: Person) -> list[Piece]:
    return [(str(p.age), "AGE")]


PERSON_SLOTS: dict[str, Callable[[Ctx, Person], list[Piece]]] = {
    "name": lambda c, p: [(f"{p.first} {p.last}", "PERSON")],
    "first": lambda c, p: [(p.first, "PERSON")],
    "last": lambda c, p: [(p.last, "PERSON")],
    "email": lambda c, p: [(p.email, "EMAIL_ADDRESS")],
    "phone": lambda c, p: [(p.phone, "PHONE_NUMBER")],
    "street": lambda c, p: [(p.street, "STREET_ADDRESS")],
    "zip": lambda c, p: [(p.zip, "ZIP_CODE")],
    "city": lambda c, p: [(p.town.name, "LOCATION")],
    "dob": lambda c, p: [(format_date(p.dob, c.loc, c.rng.randint(0, 2)), "DATE_TIME")],
    "dobiso": lambda c, p: [(p.dob.isoformat(), "DATE_TIME")],
    "age": _age,
    "title": lambda c, p: [({"en": "Ms" if p.female else "Mr", "de": "Frau" if p.female else "Herr",
                             "fr": "Mme" if p.female else "M.", "es": "Sra." if p.female else "Sr.",
                             "it": "Sig.ra" if p.female else "Sig.", "pt": "Sra." if p.female
                             else "Sr.", "nl": "mevrouw" if p.female else "meneer"}[c.loc.lang],
                            None)],
    "cf": lambda c, p: [(ids.codice_fiscale(p.first, p.last, p.female, p.dob.year, p.dob.month,
                                            p.dob.day, p.town.extra or "F205"), "IT_FISCAL_CODE")],
    "nir": lambda c, p: [(ids.nir(c.rng, p.female, p.dob.year, p.dob.month), "FR_NIR")],
    "dea": lambda c, p: [(ids.dea(c.rng, p.last), "US_DEA")],
    "pan": lambda c, p: [(ids.pan(c.rng, p.last), "IN_PAN")],
}


def _kid_age(c: Ctx) -> str:
    return str(c.rng.randint(3, 16))


def _cond(c: Ctx) -> str:
    return c.pool.pick(c.loc.conditions)


def _dl(c: Ctx) -> str:
    state = c.slot("dlstate")[0][0]
    return ids.us_driver_license(c.rng, state)


def _mrn(c: Ctx) -> str:
    return c.rng.choice([f"{c.rng.randint(10000, 9999999):08d}", str(c.rng.randint(1000000, 9999999)),
                         f"{c.rng.randint(100000, 999999)}{c.rng.randint(10, 99)}"])


def _ip(c: Ctx) -> str:
    r = c.rng
    a = r.choice([23, 31, 37, 45, 62, 78, 81, 84, 91, 94, 109, 141, 151, 176, 185, 188, 193,
                  203, 212, 217])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ipp(c: Ctx) -> str:
    r = c.rng
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])


def _card(c: Ctx) -> str:
    return ids.card(c.rng, c.rng.choice(["visa", "visa", "mc", "mcb", "amex"]).replace("mcb", "mc2"))


def _iban(c: Ctx) -> str:
    return ids.iban(c.rng, IBAN_COUNTRY.get(c.loc.code, "DE"), grouped=c.rng.random() < 0.6)


VALUE_SLOTS: dict[str, tuple[str, Callable[[Ctx], str]]] = {
    "kid": ("PERSON", lambda c: c.pool.pick(c.loc.female + c.loc.male)),
    "kidage": ("AGE", _kid_age),
    "cond": ("MEDICAL_CONDITION", _cond),
    "conden": ("MEDICAL_CONDITION", lambda c: c.pool.pick(LOCALES["en_US"].conditions)),
    "ssn": ("US_SSN", lambda c: ids.ssn(c.rng)),
    "card": ("CREDIT_CARD", _card),
    "visa": ("CREDIT_CARD", lambda c: ids.card(c.rng, "visa")),
    "amex": ("CREDIT_CARD", lambda c: ids.card(c.rng, "amex")),
    "mc": ("CREDIT_CARD", lambda c: ids.card(c.rng, "mc")),
    "mcb": ("CREDIT_CARD", lambda c: ids.card(c.rng, "mc2")),
    "cardraw": ("CREDIT_CARD", lambda c: ids.card(c.rng, c.rng.choice(["visa", "mc2"])).replace(" ", "")),
    "iban": ("IBAN_CODE", _iban),
    "ibangb": ("IBAN_CODE", lambda c: ids.iban(c.rng, "GB")),
    "ibanpt": ("IBAN_CODE", lambda c: ids.iban(c.rng, "PT")),
    "dl": ("US_DRIVER_LICENSE", _dl),
    "uspass": ("US_PASSPORT", lambda c: ids.us_passport(c.rng)),
    "passport": ("PASSPORT", lambda c: PASSPORT_FORMATS.get(c.loc.code, PASSPORT_FORMATS["de"])(c.rng)),
    "nhs": ("UK_NHS", lambda c: ids.nhs(c.rng)),
    "nino": ("UK_NINO", lambda c: ids.nino(c.rng, spaced=c.rng.random() < 0.5)),
    "bsn": ("NL_BSN", lambda c: ids.bsn(c.rng)),
    "dni": ("ES_NIF", lambda c: ids.dni(c.rng)),
    "nie": ("ES_NIE", lambda c: ids.nie(c.rng)),
    "steuer": ("DE_TAX_ID", lambda c: (lambda s: s if c.rng.random() < 0.6 else
                                       f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}")(ids.steuer_id(c.rng))),
    "perso": ("DE_ID_CARD", lambda c: ids.perso(c.rng)),
    "kvnr": ("DE_KVNR", lambda c: ids.kvnr(c.rng)),
    "cpf": ("BR_CPF", lambda c: ids.cpf(c.rng)),
    "cnpj": ("BR_CNPJ", lambda c: ids.cnpj(c.rng)),
    "aadhaar": ("IN_AADHAAR", lambda c: ids.aadhaar(c.rng)),
    "mrn": ("MEDICAL_RECORD_NUMBER", _mrn),
    "aws": ("CLOUD_ACCESS_KEY", lambda c: ids.aws_key(c.rng)),
    "awssecret": ("CLOUD_ACCESS_KEY", lambda c: ids.aws_secret(c.rng)),
    "ghp": ("API_TOKEN", lambda c: ids.github_token(c.rng)),
    "openai": ("API_TOKEN", lambda c: ids.openai_key(c.rng)),
    "stripe": ("API_TOKEN", lambda c: ids.stripe_key(c.rng)),
    "slack": ("API_TOKEN", lambda c: ids.slack_token(c.rng)),
    "privkey": ("PRIVATE_KEY", lambda c: ids.private_key(c.rng)),
    "password": ("PASSWORD", lambda c: ids.password(c.rng)),
    "ip": ("IP_ADDRESS", _ip),
    "ipp": ("IP_ADDRESS", _ipp),
}


def _when(c: Ctx) -> str:
    d = TODAY - timedelta(days=c.rng.randint(1, 400))
    return format_date(d, c.loc, 0)


PLAIN_SLOTS: dict[str, Callable[[Ctx], str]] = {
    "dlstate": lambda c: c.rng.choice(["FL", "CA", "NY", "TX", "IL", "WA", "PA", "NJ"]),
    "company": lambda c: c.rng.choice(COMPANIES),
    "when": _when,
    "ts": lambda c: f"2025-0{c.rng.randint(1, 5)}-{c.rng.randint(10, 28)}T{c.rng.randint(0, 23):02d}:"
                    f"{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}",
    "amount": lambda c: f"{c.rng.randint(12, 4800)}.{c.rng.randint(0, 99):02d}",
    "amountc": lambda c: f"{c.rng.randint(12, 4800)},{c.rng.randint(0, 99):02d}",
    "num": lambda c: str(c.rng.randint(1000, 99999)),
    "ticket": lambda c: f"{c.rng.choice(['INC', 'SR', 'CS', 'TCK'])}-{c.rng.randint(10000, 999999)}",
    "policy": lambda c: f"{c.rng.choice(['PL', 'HO', 'AU', 'HC'])}-{c.rng.randint(100000, 9999999)}",
    "reqid": lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(16)),
    "ms": lambda c: str(c.rng.randint(3, 2400)),
    "drug": lambda c: c.rng.choice(["metformin 500 mg", "lisinopril 10 mg", "atorvastatin 20 mg",
                                    "sertraline 50 mg", "levothyroxine 75 mcg", "apixaban 5 mg",
                                    "salbutamol 100 mcg inhaler", "mesalazine 1.2 g",
                                    "amoxicillin 500 mg", "methylphenidate 18 mg ER"]),
}

SLOT = re.compile(r"«([a-z_]+\d*)(?:\|(upper|lower|title))?»")


def render(template: str, ctx: Ctx) -> tuple[str, list[dict[str, object]]]:
    """The text of *template* with its slots filled, and the exact spans of typed pieces."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    pos = 0
    for m in SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        for text, kind in ctx.slot(m.group(1)):
            mod = m.group(2)
            if mod:
                text = getattr(text, mod)()
            out.append(text)
            if kind is not None:
                spans.append({"start": length, "end": length + len(text), "type": kind,
                              "group": GROUPS[kind]})
            length += len(text)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans
