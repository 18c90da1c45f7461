"""Conversation vaults in a shared store: sealed (AES-GCM, rotating keys, bound to their storage
key), nothing readable in the store, and a store that cannot be reached refuses the chain
request in the caller's format with an audit record, while requests needing no stored state
go on."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.audit.writer import MemoryAuditLog
from sovereign.pipeline import Forward, Pipeline, Request, Respond, Settings
from sovereign.policy.loader import load_rules
from sovereign.redact.conversations import (
    ConversationVaults,
    MemoryKV,
    SealedVaults,
    StoreUnavailable,
    caller_key,
)
from sovereign.redact.sealing import Keyring, KeyringError, SealError, seal, storage_key, unseal
from sovereign.redact.vault import Vault
from sovereign.route.models import ModelRegistry
from sovereign.vaultstore import DOWN_S, RedisKV, StoreConfigError, build_store, load_keyring
from tests.conftest import free_port
from tests.fakes import RegexDetector

REPO = Path(__file__).resolve().parent.parent
K1 = base64.b64encode(b"\x01" * 32).decode()
K2 = base64.b64encode(b"\x02" * 32).decode()
CREDENTIAL = "sk-vault-store-credential-0123456789"


def ring(text: str = f"k1:{K1}") -> Keyring:
    return Keyring.parse(text, "test")


def vault_of(values: list[tuple[str, str]]) -> Vault:
    vault = Vault()
    for entity_type, value in values:
        vault.placeholder_for(entity_type, value)
    return vault


def test_vault_dump_load_keeps_tokens_aliases_and_numbering() -> None:
    vault = vault_of([("PERSON", "John Smith"), ("PERSON", "Maria Garcia"),
                      ("EMAIL_ADDRESS", "js@example.com")])
    vault.alias("PERSON", "smith", "[PERSON_1]")
    back = Vault.load(vault.dump())
    assert back.restore("[PERSON_2] and [person 1], [EMAIL_ADDRESS_1]") == (
        "Maria Garcia and John Smith, js@example.com")
    assert back.lookup("PERSON", "smith") == "[PERSON_1]"
    assert back.placeholder_for("PERSON", "David Miller") == "[PERSON_3]"
    with pytest.raises(ValueError):
        Vault.load(b'{"v": 2}')


def test_keyring_first_entry_seals_every_entry_opens() -> None:
    old, new = ring(f"k1:{K1}"), ring(f"k2:{K2}\nk1:{K1}")
    key = storage_key(caller_key(CREDENTIAL), "resp_1")
    sealed_old = seal(old, key, b"payload")
    assert unseal(new, key, sealed_old) == b"payload"  # a retired-for-writing key still opens
    sealed_new = seal(new, key, b"payload")
    assert b"k2" in sealed_new[:8] and unseal(new, key, sealed_new) == b"payload"
    with pytest.raises(SealError, match="does not hold"):
        unseal(old, key, sealed_new)  # k2 was never given to the old ring
    assert "AQEB" not in repr(new)  # no key bytes in repr


def test_sealed_entry_is_bound_to_its_storage_key_and_tamper_evident() -> None:
    keyring = ring()
    mine = storage_key(caller_key(CREDENTIAL), "resp_1")
    other = storage_key(caller_key("sk-other-tenant"), "resp_1")
    entry = seal(keyring, mine, b"payload")
    with pytest.raises(SealError, match="does not open"):
        unseal(keyring, other, entry)  # copied under another caller's key
    flipped = entry[:-1] + bytes([entry[-1] ^ 1])
    with pytest.raises(SealError):
        unseal(keyring, mine, flipped)
    with pytest.raises(SealError):
        unseal(keyring, mine, b"plain text")


@pytest.mark.parametrize("text, message", [
    ("", "no key"), ("k1", "not ID:BASE64"), ("k 1:" + K1, "not ID:BASE64"),
    ("k1:not-base64!", "not base64"), ("k1:" + base64.b64encode(b"x" * 16).decode(), "16 bytes"),
    (f"k1:{K1},k1:{K2}", "twice")])
def test_keyring_errors_say_why_without_key_bytes(text: str, message: str) -> None:
    with pytest.raises(KeyringError, match=message) as err:
        Keyring.parse(text, "$VAULT_KEYS")
    assert K1 not in str(err.value) and K2 not in str(err.value)


def test_keyring_from_file_or_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keys"
    path.write_text(f"# rotated 2026-11\nk2:{K2}\nk1:{K1}\n")
    assert load_keyring(path, None).current == "k2"
    monkeypatch.setenv("VAULT_KEYS", f"k1:{K1}, k0:{K2}")
    assert sorted(load_keyring(None, "VAULT_KEYS").keys) == ["k0", "k1"]
    with pytest.raises(StoreConfigError, match="empty or unset"):
        load_keyring(None, "VAULT_KEYS_UNSET")
    with pytest.raises(StoreConfigError, match="store_keys_file or"):
        build_store("redis://127.0.0.1:1/0", ttl_s=1, max_entries=1, timeout_s=0.1,
                    keys_file=None, keys_env=None)
    with pytest.raises(StoreConfigError, match="STORE_PASSWORD_UNSET"):
        build_store("redis://127.0.0.1:1/0", ttl_s=1, max_entries=1, timeout_s=0.1,
                    keys_file=path, keys_env=None, password_env="STORE_PASSWORD_UNSET")
    assert isinstance(build_store("memory", ttl_s=1, max_entries=1, timeout_s=0.1,
                                  keys_file=None, keys_env=None), ConversationVaults)


names = st.text(st.characters(categories=["L"]), min_size=4, max_size=20)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["PERSON", "EMAIL_ADDRESS", "IBAN_CODE"]), names),
                min_size=1, max_size=6), st.text(min_size=1, max_size=30))
def test_nothing_readable_in_the_store(values: list[tuple[str, str]], conversation: str) -> None:
    kv = MemoryKV()
    store = SealedVaults(kv, ring(), ttl_s=60)
    caller = caller_key(CREDENTIAL)
    vault = vault_of(values)
    store.put(caller, conversation, vault)
    got = store.get(caller, conversation)
    assert got is not None and got.dump() == vault.dump()
    assert store.get(caller_key("sk-other"), conversation) is None  # per caller
    blob = b"".join(k.encode() + v for k, (_, v) in kv.items.items())
    for _, value in values:
        assert value.encode() not in blob
        for token in vault.tokens:
            assert token.encode() not in blob
    assert CREDENTIAL.encode() not in blob and caller.encode() not in blob
    if len(conversation) >= 4:
        assert conversation.encode() not in blob


def test_sealed_vaults_expire_and_fail_closed_when_down() -> None:
    now = [0.0]
    kv = MemoryKV(clock=lambda: now[0])
    store = SealedVaults(kv, ring(), ttl_s=10)
    caller = caller_key(CREDENTIAL)
    store.put(caller, "resp_1", vault_of([("PERSON", "John Smith")]))
    now[0] = 11
    assert store.get(caller, "resp_1") is None
    kv.down = True
    with pytest.raises(StoreUnavailable):
        store.get(caller, "resp_1")
    kv.down = False
    key = storage_key(caller, "resp_1")
    kv.set(key, b"sv1\x02k1" + b"\x00" * 40, 10)  # an entry that does not open
    with pytest.raises(StoreUnavailable, match="does not open"):
        store.get(caller, "resp_1")


def _pipeline(kv: MemoryKV) -> tuple[Pipeline, MemoryAuditLog]:
    audit = MemoryAuditLog()
    return Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                    models=ModelRegistry([]), audit=audit, settings=Settings(),
                    conversations=SealedVaults(kv, ring(), ttl_s=60)), audit


def _responses(body: dict[str, Any]) -> Request:
    return Request("POST", "api.openai.com", "/v1/responses",
                   {"authorization": f"Bearer {CREDENTIAL}"}, json.dumps(body).encode())


def test_store_down_refuses_the_chain_request_only() -> None:
    kv = MemoryKV()
    pipeline, audit = _pipeline(kv)
    first = pipeline.handle(_responses({"model": "gpt-4o", "input": "Please call John Smith."}))
    assert isinstance(first, Forward) and first.reply is not None
    # the reply's id is stored (sealed) before the reply goes back
    reply = {"id": "resp_A", "object": "response", "output": []}
    first.reply.whole(json.dumps(reply).encode(), 200)
    assert len(kv.items) == 1
    second = pipeline.handle(_responses({"model": "gpt-4o", "previous_response_id": "resp_A",
                                         "input": "Also call Jane Roe and John Smith."}))
    assert isinstance(second, Forward) and second.body is not None
    assert json.loads(second.body)["input"] == "Also call [PERSON_2] and [PERSON_1]."
    kv.down = True
    refused = pipeline.handle(_responses({"model": "gpt-4o", "previous_response_id": "resp_A",
                                          "input": "And John Smith again."}))
    assert isinstance(refused, Respond) and refused.status == 503
    error = json.loads(refused.body)["error"]
    assert error["code"] == "conversation_store_unavailable" and "John" not in refused.body.decode()
    record = audit.records[-1]
    assert record["refusal"] == "conversation_store_unavailable" and record["destination"] == "none"
    # a request that needs no stored state goes on while the store is down
    fresh = pipeline.handle(_responses({"model": "gpt-4o", "input": "Please call John Smith."}))
    assert isinstance(fresh, Forward) and fresh.reply is not None
    fresh.reply.whole(json.dumps({"id": "resp_B", "object": "response"}).encode(), 200)


def test_a_store_that_failed_is_taken_as_down_for_a_moment() -> None:
    """A hung or dead store holds the proxy at most once per DOWN_S: calls in between fail at
    once (the reply's vault is written on the event loop)."""
    now = [100.0]
    kv = RedisKV(f"redis://:pw-in-url@127.0.0.1:{free_port()}/0", 0.5, clock=lambda: now[0])
    with pytest.raises(StoreUnavailable, match="ConnectionError") as first:
        kv.get("k")
    assert "pw-in-url" not in str(first.value)
    with pytest.raises(StoreUnavailable, match="down"):
        kv.set("k", b"v", 10)
    now[0] += DOWN_S
    with pytest.raises(StoreUnavailable, match="ConnectionError"):  # tried again
        kv.set("k", b"v", 10)


def test_an_allowed_turn_restores_earlier_tokens_and_carries_the_vault_on() -> None:
    kv = MemoryKV()
    pipeline, _ = _pipeline(kv)
    first = pipeline.handle(_responses({"model": "gpt-4o", "input": "Please call John Smith."}))
    assert isinstance(first, Forward) and first.reply is not None
    first.reply.whole(json.dumps({"id": "resp_1", "object": "response"}).encode(), 200)
    # nothing to redact in this turn: allowed, the body unchanged, but the reply is restored
    second = pipeline.handle(_responses({"model": "gpt-4o", "previous_response_id": "resp_1",
                                         "input": "Thanks, and what did I ask?"}))
    assert isinstance(second, Forward) and second.body is None and second.reply is not None
    assert second.set_headers.get("accept-encoding") == "identity"
    reply = {"id": "resp_2", "object": "response", "output": [{"type": "message", "content": [
        {"type": "output_text", "text": "You asked me to call [PERSON_1]."}]}]}
    restored = json.loads(second.reply.whole(json.dumps(reply).encode(), 200))
    assert restored["output"][0]["content"][0]["text"] == "You asked me to call John Smith."
    # the turn after the allowed one still knows [PERSON_1]: a new person gets [PERSON_2]
    third = pipeline.handle(_responses({"model": "gpt-4o", "previous_response_id": "resp_2",
                                        "input": "Now call Jane Roe and John Smith."}))
    assert isinstance(third, Forward) and third.body is not None
    assert json.loads(third.body)["input"] == "Now call [PERSON_2] and [PERSON_1]."
    # an allowed turn of a chain with nothing stored is forwarded as before
    plain = pipeline.handle(_responses({"model": "gpt-4o", "previous_response_id": "resp_x",
                                        "input": "Hello again."}))
    assert isinstance(plain, Forward) and plain.reply is None
    # and refused, like any chain turn, while the store cannot say
    kv.down = True
    refused = pipeline.handle(_responses({"model": "gpt-4o", "previous_response_id": "resp_2",
                                          "input": "Hello again."}))
    assert isinstance(refused, Respond) and refused.status == 503
