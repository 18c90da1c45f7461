"""Consistent tokens across a conversation, every operator, restoration of mangled forms."""

from __future__ import annotations

import re

import pytest

from sovereign.detect.detector import Span
from sovereign.exchange import Segment
from sovereign.redact.conversations import ConversationVaults
from sovereign.redact.rewrite import Operator, Redactor
from sovereign.redact.vault import Vault
from tests.fakes import RegexDetector

KEY = b"k" * 32
FLOORS = {"PERSON": 0.4, "EMAIL_ADDRESS": 0.4, "US_SSN": 0.4, "PHONE_NUMBER": 0.4}


def run(texts: list[str], operators: dict[str, Operator] | None = None,
        vault: Vault | None = None, spans: dict[int, list[Span]] | None = None,
        ) -> tuple[list[str], Vault]:
    vault = vault or Vault()
    segments = [Segment(("messages", i, "content"), t) for i, t in enumerate(texts)]
    if spans is None:
        found = RegexDetector().scan(texts)
        spans = {i: s for i, s in enumerate(found)}
    result = Redactor(KEY).redact(segments, spans, FLOORS, operators or {}, vault)
    return [result.texts.get(i, t) for i, t in enumerate(texts)], vault


def test_same_value_same_placeholder_everywhere() -> None:
    out, vault = run(["John Smith wrote to js@x.io", "Jane Roe replied", "cc John Smith"])
    assert out == ["[PERSON_1] wrote to [EMAIL_ADDRESS_1]", "[PERSON_2] replied", "cc [PERSON_1]"]
    assert vault.restore(" ".join(out)) == "John Smith wrote to js@x.io Jane Roe replied cc John Smith"


def test_next_turn_gets_the_same_numbers() -> None:
    turn1, _ = run(["John Smith wrote", "Jane Roe replied"])
    turn2, _ = run(["John Smith wrote", "Jane Roe replied", "and John Smith again, Priya Raman"])
    assert turn2[:2] == turn1 and turn2[2] == "and [PERSON_1] again, [PERSON_3]"


def test_variants_case_spacing_and_surname() -> None:
    text = "John Smith called. Later JOHN  SMITH and Mr. Smith agreed."
    spans = {0: [Span(0, 10, "PERSON", 0.9), Span(25, 36, "PERSON", 0.9),
                 Span(45, 50, "PERSON", 0.9)]}
    out, vault = run([text], spans=spans)
    assert out == ["[PERSON_1] called. Later [PERSON_1] and Mr. [PERSON_1] agreed."]
    assert vault.restore("[PERSON_1]") == "John Smith"


def test_a_value_the_detector_missed_elsewhere_is_still_replaced() -> None:
    texts = ["Contact John Smith today", "john smith is on leave; John Smithers is not"]
    spans = {0: [Span(8, 18, "PERSON", 0.9)], 1: []}  # NER missed it in the second message
    out, _ = run(texts, spans=spans)
    assert out == ["Contact [PERSON_1] today", "[PERSON_1] is on leave; John Smithers is not"]


def test_surrogates_have_the_same_shape_and_are_restored() -> None:
    ops = {"PERSON": Operator.SURROGATE, "EMAIL_ADDRESS": Operator.SURROGATE}
    out, vault = run(["John Smith <john.smith@acme.io>", "ask John Smith"], ops)
    first, second = out
    fake_name = second.removeprefix("ask ")
    assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", fake_name) and fake_name != "John Smith"
    assert re.search(r"<[a-z]+\.[a-z]+\d*@example\.(com|net|org)>", first)
    assert vault.restore(first) == "John Smith <john.smith@acme.io>"
    again, _ = run(["ask John Smith"], ops)  # deterministic under one key
    assert again == [second]


def test_hash_is_linkable_not_readable() -> None:
    ops = {"EMAIL_ADDRESS": Operator.HASH}
    out1, vault = run(["mail js@x.io"], ops)
    out2, _ = run(["again JS@X.IO and js@x.io"], ops)
    token = out1[0].removeprefix("mail ")
    assert re.fullmatch(r"\[EMAIL_ADDRESS_h[0-9a-f]{8}\]", token)
    assert out2 == [f"again {token} and {token}"]
    assert vault.restore(token) == "js@x.io"


def test_mask_and_drop_are_not_restored() -> None:
    out, vault = run(["SSN 219-09-9999 for John Smith"],
                     {"US_SSN": Operator.MASK, "PERSON": Operator.DROP})
    assert out == ["SSN ***-**-**** for "]
    assert vault.restore(out[0]) == out[0] and len(vault) == 0


@pytest.mark.parametrize(("mangled", "restored"), [
    ("[PERSON 1]", "John Smith"), ("[person_1]", "John Smith"), ("[Person-1]", "John Smith"),
    ("PERSON_1", "John Smith"), ("[EMAIL ADDRESS 1]", "js@x.io"), ("[PERSON_2]", "[PERSON_2]"),
    ("Person 1", "Person 1"), ("NOT_PERSON_1x", "NOT_PERSON_1x"),
])
def test_mangled_placeholders(mangled: str, restored: str) -> None:
    _, vault = run(["John Smith, js@x.io"])
    assert vault.restore(f"Hi {mangled}.") == f"Hi {restored}."


def test_pending_tail_holds_only_possible_tokens() -> None:
    _, vault = run(["John Smith"])
    assert vault.pending_tail("Dear [PERS") == 5
    assert vault.pending_tail("Dear [person ") == 8
    assert vault.pending_tail("Dear PERSON_") == 7
    assert vault.pending_tail("Dear [link") == 0
    assert vault.pending_tail("Dear [PERSON_1]") == 0
    ops = {"PERSON": Operator.SURROGATE}
    out, svault = run(["John Smith"], ops)
    fake = out[0]
    assert svault.pending_tail("Hello " + fake[:3]) == 3


def test_conversation_store_is_bounded_expiring_and_per_caller() -> None:
    now = [0.0]
    store = ConversationVaults(max_entries=2, ttl_s=10, clock=lambda: now[0])
    vault = Vault()
    vault.placeholder_for("PERSON", "John Smith")
    store.put("alice", "resp_1", vault)
    assert store.get("bob", "resp_1") is None  # another caller cannot load it
    loaded = store.get("alice", "resp_1")
    assert loaded is not None and loaded.restore("[PERSON_1]") == "John Smith"
    loaded.placeholder_for("PERSON", "Jane Roe")  # a copy: the stored one is unchanged
    again = store.get("alice", "resp_1")
    assert again is not None and len(again) == 1
    store.put("alice", "resp_2", vault)
    store.put("alice", "resp_3", vault)
    assert len(store) == 2 and store.get("alice", "resp_1") is None  # LRU bound
    now[0] = 11
    assert store.get("alice", "resp_3") is None  # expired


def test_vault_repr_shows_no_value() -> None:
    _, vault = run(["John Smith"])
    assert "John" not in repr(vault) and "John" not in str(vault)
