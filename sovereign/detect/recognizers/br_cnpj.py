"""BR_CNPJ: the Brazilian company registration number (Cadastro Nacional da Pessoa
Jurídica): eight digits of the company, four of the branch ("0001" for the head office) and
two mod-11 check digits (weights 2…9 from the right), written "12.345.678/0001-95" or bare.
From July 2026 the first twelve characters may be capital letters (IN RFB 2.229/2024): each
character counts as its code point minus 48 ('A' = 17), in the written form only here.

Basis: a sole trader's CNPJ identifies a person (LGPD, Lei 13.709/2018, Art. 5 I); tax
secrecy covers registration data (CTN Art. 198).

Levels (see _checked.py): after "CNPJ" 0.85; the written form with both check digits passing
0.35 (redacted, not routed); fourteen bare digits 0.2 (not reported); a context word nearby
lifts them to 0.7 / 0.55.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, patterns

ENTITY = "BR_CNPJ"
LABELS = r"cnpj(?:/mf)?|cadastro\s+nacional\s+(?:da|de)\s+pessoas?\s+jur[íi]dicas?"
C = r"[0-9A-Z]"
PATTERNS = patterns(ENTITY, rf"(?-i:{C}{{2}}\.?{C}{{3}}\.?{C}{{3}}/?{C}{{4}})-?\d{{2}}", LABELS,
                    written=rf"(?-i:{C}{{2}}\.{C}{{3}}\.{C}{{3}}/{C}{{4}})-\d{{2}}",
                    bare=r"\d{14}")
CONTEXT = ["cnpj", "empresa", "razão", "fornecedor", "ltda", "eireli"]
VECTORS = [
    ("CNPJ 11.222.333/0001-81", [ENTITY]),
    ("fornecedor CNPJ: 11222333000181", [ENTITY]),
    ("Empresa XYZ Ltda, 11.444.777/0001-61", [ENTITY]),
    ("CNPJ 12.ABC.345/01DE-35", [ENTITY]),   # alphanumeric (from July 2026)
    ("CNPJ 11.222.333/0001-82", []),         # wrong check digit
    ("CNPJ 00.000.000/0000-00", []),         # all equal
    ("tracking 11222333000181 received", []),
]


def cnpj_ok(value: str) -> bool:
    chars = [ch for ch in value if ch.isalnum()]
    if len(chars) != 14 or not all(ch.isdigit() for ch in chars[12:]) \
            or len(set(chars)) == 1:
        return False
    body = [ord(ch) - 48 for ch in chars[:12]]
    if any(not 0 <= v <= 42 for v in body):
        return False
    return check_digits(body) == [int(ch) for ch in chars[12:]]


def check_digits(body: list[int]) -> list[int]:
    vs = list(body)
    for _ in range(2):
        weights = [2 + i % 8 for i in range(len(vs))][::-1]
        remainder = sum(v * w for v, w in zip(vs, weights, strict=True)) % 11
        vs.append(0 if remainder < 2 else 11 - remainder)
    return vs[len(body):]


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(cnpj_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="BrCnpjRecognizer")
