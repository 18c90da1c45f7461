"""BR_CPF: the Brazilian individual taxpayer number (Cadastro de Pessoas Físicas): nine
digits and two mod-11 check digits, written "123.456.789-09" or bare; numbers of eleven equal
digits pass the check and are refused.

Basis: Lei Geral de Proteção de Dados (Lei 13.709/2018), Art. 5 I (personal data); the CPF is
the national identifier of every Brazilian taxpayer (Lei 14.534/2023 makes it the single
registration number), and GDPR Art. 87 where EU rules apply.

Levels (see _checked.py): after "CPF", "CPF nº", "Cadastro de Pessoas Físicas" 0.85; the
written form "ddd.ddd.ddd-dd" with both check digits passing 0.35 (redacted, not routed);
eleven bare digits 0.2 (not reported, one in a hundred passes both checks); a context word
nearby lifts them to 0.7 / 0.55.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from sovereign.detect.recognizers._checked import CheckedRecognizer, digits, patterns

ENTITY = "BR_CPF"
LABELS = r"cpf(?:/mf)?|cadastro\s+de\s+pessoas?\s+f[íi]sicas?"
PATTERNS = patterns(ENTITY, r"\d{3}\.?\d{3}\.?\d{3}[-.]?\d{2}", LABELS,
                    written=r"\d{3}\.\d{3}\.\d{3}-\d{2}", bare=r"\d{11}")
CONTEXT = ["cpf", "contribuinte", "receita", "titular", "portador"]
VECTORS = [
    ("CPF 123.456.789-09", [ENTITY]),
    ("Cliente João, CPF nº 52998224725, pediu segunda via", [ENTITY]),
    ("dados: 529.982.247-25", [ENTITY]),     # the written form alone: redacted
    ("CPF 123.456.789-00", []),              # wrong check digits
    ("CPF 111.111.111-11", []),              # all digits equal
    ("pedido 52998224725 enviado", []),      # bare, nothing names it
    ("+55 11 52998224725", []),              # part of a phone number
]


def cpf_ok(value: str) -> bool:
    ds = [int(ch) for ch in digits(value)]
    if len(ds) != 11 or len(set(ds)) == 1:
        return False
    return check_digits(ds[:9]) == ds[9:]


def check_digits(body: list[int]) -> list[int]:
    ds = list(body)
    for _ in range(2):
        total = sum(d * w for d, w in zip(ds, range(len(ds) + 1, 1, -1), strict=True))
        ds.append(total * 10 % 11 % 10)
    return ds[len(body):]


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(cpf_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             context=CONTEXT, name="BrCpfRecognizer")
