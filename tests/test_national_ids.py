"""Check digits of the national-identifier recognizers (every generated valid number is
accepted, every single-digit change is rejected) and the score levels of _checked.py."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from presidio_analyzer.predefined_recognizers import (
    DeHealthInsuranceRecognizer,
    DeTaxIdRecognizer,
    InAadhaarRecognizer,
    NhsRecognizer,
)

from sovereign.detect.recognizers import (
    br_cnpj,
    br_cpf,
    de_id_card,
    de_kvnr,
    de_tax_id,
    in_aadhaar,
    nl_bsn,
    pt_nif,
    uk_nhs,
    us_dea,
)
from sovereign.detect.recognizers._checked import icao_check_digit


def digit_list(n: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(0, 9), min_size=n, max_size=n)


def changes(value: str) -> list[tuple[int, str]]:
    """Every single-digit change of *value*: (position, changed value)."""
    return [(i, value[:i] + d + value[i + 1:])
            for i, ch in enumerate(value) if ch.isdigit() for d in "0123456789" if d != ch]


def tax_ids() -> st.SearchStrategy[str]:
    """Ten digits of which exactly one is repeated (twice), then the check digit."""
    @st.composite
    def build(draw: Any) -> str:
        perm = draw(st.permutations(list(range(10))))
        body = perm[:9]
        body.insert(draw(st.integers(0, 9)), perm[draw(st.integers(0, 8))])
        assume(body[0] != 0)
        return "".join(map(str, body)) + str(de_tax_id.check_digit(body))
    return build()


@settings(max_examples=300, deadline=None)
@given(tax_ids())
def test_de_tax_id(value: str) -> None:
    assert de_tax_id.tax_id_ok(value)
    assert DeTaxIdRecognizer().validate_result(value)  # Presidio's check agrees
    for _, changed in changes(value):
        assert not de_tax_id.tax_id_ok(changed)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([chr(c) for c in range(ord("A"), ord("Z") + 1)]), digit_list(8))
def test_de_kvnr(letter: str, body: list[int]) -> None:
    digits = "".join(map(str, body))
    value = letter + digits + str(de_kvnr.check_digit(letter, digits))
    assert de_kvnr.kvnr_ok(value)
    assert DeHealthInsuranceRecognizer().validate_result(value)
    for _, changed in changes(value):
        assert not de_kvnr.kvnr_ok(changed)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(us_dea.REGISTRANT)), st.sampled_from(list("ABMXZ9")),
       digit_list(6))
def test_us_dea(kind: str, initial: str, body: list[int]) -> None:
    value = kind + initial + "".join(map(str, body)) + str(us_dea.check_digit(body))
    assert us_dea.dea_ok(value)
    for i, changed in changes(value):
        if i < 2:
            continue  # the second letter may be a 9: no part of the check
        # a digit weighted 2 changed by 5 moves the sum by 10: the one change DEA's check
        # cannot see
        blind = i in (3, 5, 7) and abs(int(changed[i]) - int(value[i])) == 5
        assert us_dea.dea_ok(changed) is blind


def cpf_remainders(value: str) -> list[int]:
    ds = [int(ch) for ch in value]
    return [sum(d * w for d, w in zip(ds[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
            for n in (9, 10)]


def cnpj_remainders(value: str) -> list[int]:
    ds = [int(ch) for ch in value]
    return [sum(d * w for d, w in zip(ds[:n], [2 + i % 8 for i in range(n)][::-1],
                                      strict=True)) % 11 for n in (12, 13)]


@settings(max_examples=300, deadline=None)
@given(digit_list(9))
def test_br_cpf(body: list[int]) -> None:
    assume(len(set(body)) > 1)
    value = "".join(map(str, body + br_cpf.check_digits(body)))
    assert br_cpf.cpf_ok(value)
    assert br_cpf.cpf_ok(f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}")
    for _, changed in changes(value):
        # mod 11 writes a remainder of 10 as 0: only then can a change go unseen
        assert not br_cpf.cpf_ok(changed) or 10 in cpf_remainders(value) + cpf_remainders(
            changed)


@settings(max_examples=300, deadline=None)
@given(digit_list(12))
def test_br_cnpj(body: list[int]) -> None:
    assume(len(set(body)) > 1)
    value = "".join(map(str, body + br_cnpj.check_digits(body)))
    assert br_cnpj.cnpj_ok(value)
    for _, changed in changes(value):
        # remainders 0 and 1 both give the check digit 0: only then can a change go unseen
        assert not br_cnpj.cnpj_ok(changed) or {0, 1} & set(
            cnpj_remainders(value) + cnpj_remainders(changed))


@settings(max_examples=300, deadline=None)
@given(digit_list(9))
def test_uk_nhs(body: list[int]) -> None:
    check = uk_nhs.check_digit(body)
    assume(check != 10)
    value = "".join(map(str, body)) + str(check)
    assert uk_nhs.nhs_ok(value)
    assert NhsRecognizer().validate_result(value)
    for _, changed in changes(value):
        assert not uk_nhs.nhs_ok(changed)


@settings(max_examples=300, deadline=None)
@given(digit_list(8))
def test_nl_bsn(body: list[int]) -> None:
    total = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    assume(total != 10 and any(body))
    value = "".join(map(str, body)) + str(total)
    assert nl_bsn.elfproef(value)
    for _, changed in changes(value):
        assert not nl_bsn.elfproef(changed)


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 9), digit_list(10))
def test_in_aadhaar(first: int, rest: list[int]) -> None:
    body = str(first) + "".join(map(str, rest))
    value = body + str(in_aadhaar.verhoeff_digit(body))
    assume(value != value[::-1])
    assert in_aadhaar.aadhaar_ok(value)
    assert InAadhaarRecognizer().validate_result(value)
    for _, changed in changes(value):
        assert not in_aadhaar.aadhaar_ok(changed)


def nif_remainder(value: str) -> int:
    return sum(int(d) * w for d, w in zip(value[:8], pt_nif.WEIGHTS, strict=True)) % 11


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["1", "2", "3", "45"]), digit_list(8))
def test_pt_nif(prefix: str, rest: list[int]) -> None:
    body = (prefix + "".join(map(str, rest)))[:8]
    check = 11 - nif_remainder(body)
    value = body + str(0 if check >= 10 else check)
    assert pt_nif.nif_ok(value)
    for _, changed in changes(value):
        # remainders 0 and 1 both give the check digit 0: only then can a change go unseen
        assert not pt_nif.nif_ok(changed) or {0, 1} & {nif_remainder(value),
                                                       nif_remainder(changed)}


def test_cnpj_alphanumeric_example() -> None:
    assert br_cnpj.cnpj_ok("12.ABC.345/01DE-35")  # the Receita Federal's own example
    assert not br_cnpj.cnpj_ok("12.ABC.345/01DE-36")


ROUTED, REDACTED, TOP = 0.5, 0.3, 1.01

LEVELS = [  # (text, the value, its entity, the lowest score it may have, and one above it)
    ("Meine Steuer-ID ist 86095742719", "86095742719", "DE_TAX_ID", ROUTED, TOP),
    ("Steuerbescheid: bitte 86095742719 eintragen", "86095742719", "DE_TAX_ID", ROUTED, TOP),
    ("Termin 86 095 742 719 bestätigt", "86 095 742 719", "DE_TAX_ID", REDACTED, ROUTED),
    ("NHS number 943 476 5919", "943 476 5919", "UK_NHS", ROUTED, TOP),
    ("please record 943 476 5919", "943 476 5919", "UK_NHS", REDACTED, ROUTED),
    ("dados: 529.982.247-25", "529.982.247-25", "BR_CPF", REDACTED, ROUTED),
    ("Proprietário: Henrique Tavares, NIF 164715070", "164715070", "PT_NIF", ROUTED, TOP),
    ("verify 2341 2341 2346 today", "2341 2341 2346", "IN_AADHAAR", REDACTED, ROUTED),
    ("ref AB1234563 attached", "AB1234563", "US_DEA", REDACTED, ROUTED),
    ("DL#: D1234567", "D1234567", "US_DRIVER_LICENSE", 0.6, TOP),
    ("the driver showed D1234567", "D1234567", "US_DRIVER_LICENSE", 0.6, TOP),
]

UNREPORTED = [  # (text, an entity that must not be reported)
    ("Bestellung 86095742719 ist unterwegs", "DE_TAX_ID"),
    ("order 9434765919 shipped", "UK_NHS"),
    ("Call +1 206 555 0171 tomorrow", "UK_NHS"),
    ("+44 20 9434765919", "UK_NHS"),
    ('127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET / HTTP/1.1" 200 9434765919', "UK_NHS"),
    ("at 2023-10-10 13:55:36.9434765919", "UK_NHS"),
    ("commande n° 284784515 expédiée", "NL_BSN"),
    ("pedido 52998224725 enviado", "BR_CPF"),
    ("encomenda 164715070 enviada", "PT_NIF"),
    ("order 234123412346 shipped", "IN_AADHAAR"),
    ("ticket D1234567 closed", "US_DRIVER_LICENSE"),
    ("Ticket A123456780 geschlossen", "DE_KVNR"),
]


@pytest.mark.parametrize(("text", "value", "entity", "low", "high"), LEVELS)
def test_score_levels(analyzer_detector: Any, text: str, value: str, entity: str,
                      low: float, high: float) -> None:
    spans = [s for s in analyzer_detector.scan([text])[0]
             if s.entity_type == entity and text[s.start:s.end] == value]
    assert spans, (text, entity)
    assert low <= max(s.score for s in spans) < high


@pytest.mark.parametrize(("text", "entity"), UNREPORTED)
def test_a_bare_or_embedded_digit_run_is_not_reported(analyzer_detector: Any, text: str,
                                                      entity: str) -> None:
    assert entity not in {s.entity_type for s in analyzer_detector.scan([text])[0]}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(de_id_card.ALPHABET),
       st.lists(st.sampled_from(de_id_card.ALPHABET + "0123456789"), min_size=8, max_size=8))
def test_de_id_card(first: str, rest: list[str]) -> None:
    serial = first + "".join(rest)
    value = serial + str(icao_check_digit(serial))
    assert de_id_card.id_card_ok(value)
    for i, ch in enumerate(value):
        for other in de_id_card.ALPHABET + "0123456789":
            # ICAO 7-3-1 catches every single-character change but one between characters
            # whose values differ by a multiple of ten (C=12 and M=22): the weights are
            # prime to 10
            if other != ch and (int(other, 36) - int(ch, 36)) % 10 != 0:
                assert not de_id_card.id_card_ok(value[:i] + other + value[i + 1:])
