"""PT_NIF: the Portuguese taxpayer number of a person (Número de Identificação Fiscal): nine
digits, the last a mod-11 check digit; a person's starts with 1, 2 or 3 (45 for a
non-resident), a company's or a public body's with 5 to 9 and is not personal data.

Basis: GDPR Art. 4(1) and Art. 87 (a national identification number), and Lei 58/2019 (the
Portuguese GDPR implementing law); the NIF is on every invoice, tax return and contract a
resident signs.

Levels (see _checked.py): after "NIF", "NIF nº", "contribuinte nº", "número de identificação
fiscal" 0.85; nine bare digits 0.2 (not reported: one run in eleven passes the check); a
context word nearby lifts it to 0.55. A NIF has no written form of its own (it is written
as nine plain digits), so there is no middle level.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "PT_NIF"
# a person's NIF: 1, 2 or 3 (residents), 45 (non-residents)
PERSONAL = r"(?:[123]\d{8}|45\d{7})"
LABELS = (r"nif|n\.?\s*i\.?\s*f\.?|(?:n(?:\.|[úu]mero)?\s*[ºo°]?\s*(?:de\s+)?)?contribuinte"
          r"|n[úu]mero\s+de\s+identifica[çc][ãa]o\s+fiscal")
PATTERNS = patterns(ENTITY, r"(?:[123]\d{2}|45\d)[ .]?\d{3}[ .]?\d{3}", LABELS,
                    bare=PERSONAL)
CONTEXT = ["nif", "contribuinte", "fiscal", "finanças", "financas", "fatura", "factura"]
VECTORS = [
    ("NIF 279444010", [ENTITY]),
    ("Proprietário: Henrique Tavares, NIF 164715070, tlm 934 118 207", [ENTITY]),
    ("contribuinte nº 123 456 789", [ENTITY]),
    ("CONTRIBUINTE  N.º    123 456 789\nDATA 12/03/2025", [ENTITY]),  # a scanned form
    ("NIF 279444011", []),                 # wrong check digit
    ("NIF 509442013", []),                 # a company's (5…), not a person's
    ("encomenda 279444010 enviada", []),   # bare, nothing names it
]
WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def nif_ok(value: str) -> bool:
    ds = [int(ch) for ch in digits(value)]
    if len(ds) != 9:
        return False
    check = 11 - sum(d * w for d, w in zip(ds, WEIGHTS, strict=False)) % 11
    return ds[8] == (0 if check >= 10 else check)


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(nif_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="PtNifRecognizer")
