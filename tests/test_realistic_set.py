"""The realistic evaluation set (bench/realistic): exact spans, valid check digits,
determinism by seed, disjoint tune/held-out templates, and harmless texts free of personal
data markers. Fast; no proxy, no detector."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from bench.realistic import ids
from bench.realistic.generate import HARMLESS_PER_PART, MAX_CHARS, PII_PER_PART, SEED, pii_records
from bench.realistic.harmless_hand import HELDOUT, TUNE
from bench.realistic.harmless_real import looks_personal
from bench.realistic.render import GROUPS
from bench.realistic.templates_heldout import T_HELDOUT
from bench.realistic.templates_tune import T_TUNE

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "realistic"
PARTS = ("tune", "heldout")


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def pii() -> dict[str, list[dict[str, Any]]]:
    return {p: _load(f"pii_{p}.jsonl") for p in PARTS}


def test_checked_in_set_is_what_the_seed_makes(pii: dict[str, list[dict[str, Any]]]) -> None:
    for part in PARTS:
        assert pii_records(part, SEED) == pii[part], "regenerate: python -m bench.realistic.generate"


def test_determinism_by_seed() -> None:
    assert pii_records("tune", 5, 40) == pii_records("tune", 5, 40)
    assert pii_records("tune", 5, 40) != pii_records("tune", 6, 40)
    assert [r["text"] for r in pii_records("heldout", 5, 40)] != \
        [r["text"] for r in pii_records("tune", 5, 40)]
    for makers in (TUNE, HELDOUT):
        for ms in makers.values():
            for m in ms:
                if callable(m):
                    assert m(random.Random(3)) == m(random.Random(3))


def test_record_shape_and_exact_spans(pii: dict[str, list[dict[str, Any]]]) -> None:
    for part in PARTS:
        assert len(pii[part]) == PII_PER_PART
        for r in pii[part]:
            assert r["part"] == part and r["id"].startswith(part) and r["genre"] and r["lang"]
            assert len(r["text"]) <= MAX_CHARS
            last_end = 0
            for s in sorted(r["spans"], key=lambda s: s["start"]):
                value = r["text"][s["start"] : s["end"]]
                assert value and value == value.strip(), (r["id"], s)
                assert s["start"] >= last_end, ("overlap", r["id"])
                last_end = s["end"]
                assert GROUPS[s["type"]] == s["group"]
    ids_seen = [r["id"] for p in PARTS for r in pii[p]]
    assert len(ids_seen) == len(set(ids_seen))


def test_every_type_in_both_parts_and_foreign_share(pii: dict[str, list[dict[str, Any]]]) -> None:
    for part in PARTS:
        types = {s["type"] for r in pii[part] for s in r["spans"]}
        assert types == set(GROUPS), (part, set(GROUPS) - types)
        foreign = sum(r["lang"] != "en" for r in pii[part]) / len(pii[part])
        assert 0.2 <= foreign <= 0.34


CHECKS = {
    "CREDIT_CARD": ids.luhn_ok,
    "IBAN_CODE": ids.iban_ok,
    "UK_NHS": ids.nhs_ok,
    "NL_BSN": ids.bsn_ok,
    "DE_TAX_ID": ids.steuer_id_ok,
    "DE_ID_CARD": ids.perso_ok,
    "DE_KVNR": ids.kvnr_ok,
    "BR_CPF": ids.cpf_ok,
    "BR_CNPJ": ids.cnpj_ok,
    "IN_AADHAAR": ids.verhoeff_ok,
    "US_DEA": ids.dea_ok,
    "FR_NIR": ids.nir_ok,
    "ES_NIF": ids.dni_ok,
    "ES_NIE": ids.dni_ok,
    "US_SSN": ids.ssn_ok,
    "IT_FISCAL_CODE": lambda v: ids.cf_check(v[:15]) == v[15],
    "IN_PAN": lambda v: re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None,
    "UK_NINO": lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]",
                                      v) is not None,
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v) is not None,
    "CLOUD_ACCESS_KEY": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}|[A-Za-z0-9/+]{40}",
                                               v) is not None,
    "PRIVATE_KEY": lambda v: v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"),
}


def test_check_digits_are_valid(pii: dict[str, list[dict[str, Any]]]) -> None:
    counted = dict.fromkeys(CHECKS, 0)
    for part in PARTS:
        for r in pii[part]:
            for s in r["spans"]:
                check = CHECKS.get(s["type"])
                if check:
                    value = r["text"][s["start"] : s["end"]]
                    assert check(value), (r["id"], s["type"])
                    counted[s["type"]] += 1
    assert all(counted.values()), counted


def test_known_checksum_examples() -> None:
    assert ids.iban_ok("DE89370400440532013000") and ids.iban_ok("GB82WEST12345698765432")
    assert ids.luhn_ok("4111111111111111") and not ids.luhn_ok("4111111111111112")
    assert ids.nhs_ok("943 476 5919") and ids.bsn_ok("111222333")
    assert ids.steuer_id_ok("86095742719") and ids.perso_ok("T220001293")
    assert ids.cpf_ok("529.982.247-25") and ids.cnpj_ok("11.222.333/0001-81")
    assert ids.verhoeff_ok("234123412346") and ids.dea_ok("AB1234563")
    assert ids.codice_fiscale("Mario", "Rossi", False, 1980, 1, 1, "H501") == "RSSMRA80A01H501U"
    assert ids.dni_ok("12345678Z") and ids.dni_ok("X1234567L")


def test_templates_are_disjoint_between_parts() -> None:
    tune = {t.body if isinstance(t.body, str) else t.body.__name__ for t in T_TUNE}
    held = {t.body if isinstance(t.body, str) else t.body.__name__ for t in T_HELDOUT}
    assert not tune & held
    assert {t.genre for t in T_TUNE} == {t.genre for t in T_HELDOUT}
    for a, b in ((TUNE, HELDOUT), (HELDOUT, TUNE)):
        strings = {m for ms in a.values() for m in ms if isinstance(m, str)}
        assert not strings & {m for ms in b.values() for m in ms if isinstance(m, str)}


def test_harmless_has_no_personal_data_markers() -> None:
    for part in PARTS:
        recs = _load(f"harmless_{part}.jsonl")
        assert len(recs) == HARMLESS_PER_PART
        for r in recs:
            assert r["spans"] == [] and r["part"] == part and len(r["text"]) <= MAX_CHARS
            assert not looks_personal(r["text"]), r["id"]
        prompts = {r["text"] for r in recs}
        assert len(prompts) == len(recs)
    tune = {r["text"] for r in _load("harmless_tune.jsonl")}
    assert not tune & {r["text"] for r in _load("harmless_heldout.jsonl")}


def test_files_are_small() -> None:
    for f in DATA.glob("*.jsonl"):
        assert f.stat().st_size < 2_000_000, f.name


def test_company_names_share_no_word_with_person_names() -> None:
    from bench.realistic.locales import LOCALES
    from bench.realistic.render import COMPANIES

    names = {w for loc in LOCALES.values() for n in loc.female + loc.male + loc.last
             for w in n.split()}
    assert not {w for c in COMPANIES for w in c.replace("&", " ").split()} & names
