"""Sealing conversation vaults for a shared store (``redaction.store``: a Redis/Valkey URL).

A vault holds the original values behind its tokens, so it never leaves the process in clear:
it is encrypted with AES-256-GCM under the keyring's current key, and the entry names the key
id so that keys can rotate (every key of the keyring opens what it sealed; only the current
one seals). The entry is bound to its storage key (GCM associated data): an entry copied under
another caller's or another conversation's key does not open.

Storage keys are a SHA-256 over the caller's key (itself a SHA-256 of the credential) and the
response or conversation id, so the store holds no credential, no id and no value in clear.

Keyring text (a secret file, or an environment variable): entries ``ID:BASE64`` (32 bytes of
key), one per line or separated by commas; the first is the current one. Lines starting with
``#`` are comments. Generate one entry with ``echo "k1:$(openssl rand -base64 32)"``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"sv1"
PREFIX = "sovereign:vault:v1:"
_AAD = b"sovereign-vault\x00"
_KEY_ID = re.compile(r"[A-Za-z0-9._-]{1,32}")


class KeyringError(ValueError):
    """The keyring text cannot be used; the message says why (it never holds key bytes)."""


class SealError(ValueError):
    """An entry that does not open: another key, tampered with, or not an entry at all."""


@dataclass(frozen=True)
class Keyring:
    current: str
    keys: dict[str, bytes]

    def __repr__(self) -> str:  # never show key bytes
        return f"Keyring(current={self.current!r}, ids={sorted(self.keys)!r})"

    @classmethod
    def parse(cls, text: str, where: str) -> Keyring:
        """The keyring in *text*; *where* names its source in errors."""
        keys: dict[str, bytes] = {}
        current = None
        entries = [e.strip() for line in text.splitlines()
                   if not line.strip().startswith("#") for e in line.split(",")]
        for n, entry in enumerate(e for e in entries if e):
            key_id, sep, encoded = entry.partition(":")
            key_id = key_id.strip()
            if not sep or not _KEY_ID.fullmatch(key_id):
                raise KeyringError(f"{where}: entry {n + 1} is not ID:BASE64 (an id of letters, "
                                   "digits, '.', '_' or '-', at most 32)")
            try:
                key = base64.b64decode(encoded.strip(), validate=True)
            except (binascii.Error, ValueError):
                raise KeyringError(f"{where}: key '{key_id}' is not base64") from None
            if len(key) != 32:
                raise KeyringError(f"{where}: key '{key_id}' has {len(key)} bytes; AES-256 "
                                   "needs 32 (openssl rand -base64 32)")
            if key_id in keys:
                raise KeyringError(f"{where}: key id '{key_id}' appears twice")
            keys[key_id] = key
            current = current or key_id
        if current is None:
            raise KeyringError(f"{where}: no key (entries ID:BASE64, the first one current)")
        return cls(current, keys)


def storage_key(caller: str, conversation: str) -> str:
    """Where the vault of *conversation* (a response id, or ``conversation:<id>``) of *caller*
    (:func:`sovereign.redact.conversations.caller_key`) is stored; reveals neither."""
    digest = hashlib.sha256(_AAD + caller.encode() + b"\x00" + conversation.encode())
    return PREFIX + digest.hexdigest()


def seal(keyring: Keyring, key: str, plaintext: bytes) -> bytes:
    """*plaintext* encrypted under the current key, bound to storage key *key*."""
    kid = keyring.current.encode()
    nonce = os.urandom(12)
    sealed = AESGCM(keyring.keys[keyring.current]).encrypt(nonce, plaintext,
                                                           _AAD + key.encode())
    return MAGIC + bytes([len(kid)]) + kid + nonce + sealed


def unseal(keyring: Keyring, key: str, entry: bytes) -> bytes:
    """The plaintext of *entry* stored under *key*; SealError if it does not open."""
    if not entry.startswith(MAGIC) or len(entry) < len(MAGIC) + 1:
        raise SealError("not a sealed vault entry")
    at = len(MAGIC)
    size = entry[at]
    kid = entry[at + 1:at + 1 + size].decode("ascii", "replace")
    body = entry[at + 1 + size:]
    secret = keyring.keys.get(kid)
    if secret is None:
        raise SealError(f"sealed with key '{kid}', which the keyring does not hold")
    if len(body) < 12 + 16:
        raise SealError("a sealed vault entry cut short")
    try:
        return AESGCM(secret).decrypt(body[:12], body[12:], _AAD + key.encode())
    except InvalidTag:
        raise SealError(f"entry does not open with key '{kid}' (tampered, or moved from "
                        "another key)") from None
