"""Vaults of conversations whose history the closed provider holds (Responses API
``previous_response_id`` / ``conversation``): the next turn must reuse the same tokens.

Keyed by the caller's credential as well as the id, so one tenant can never load another's
vault by naming its response id. Where they are kept is a :class:`VaultStore` (``redaction.store``):

- :class:`ConversationVaults`, in this process's memory, bounded in count and lifetime (one
  replica; the default);
- :class:`SealedVaults` over a shared key-value store (:class:`KeyValue`; Redis or Valkey in
  :mod:`sovereign.vaultstore`, :class:`MemoryKV` in tests), so a chain may continue on another
  replica: each vault sealed (AES-GCM) before it leaves the process, under a storage key that
  hashes caller and id, expiring after the conversation TTL.

A store that cannot be reached raises :class:`StoreUnavailable`: the pipeline refuses the chain
request (it cannot know the tokens the provider already holds) rather than issue new ones.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from sovereign.redact.sealing import Keyring, SealError, seal, storage_key, unseal
from sovereign.redact.vault import Vault


class StoreUnavailable(Exception):
    """The conversation store could not be read or written (its message holds no value)."""


class VaultStore(Protocol):
    """Where conversation vaults are kept between the turns of a chain."""

    def get(self, caller: str, conversation: str) -> Vault | None:
        """A copy of the stored vault, None when there is none (or it expired); raises
        StoreUnavailable when the store cannot say."""
        ...

    def put(self, caller: str, conversation: str, vault: Vault) -> None:
        """Keep a copy of *vault*; raises StoreUnavailable when it could not be stored."""
        ...


class KeyValue(Protocol):
    """A shared byte store with expiry (Redis/Valkey: GET, SET EX). Both raise
    StoreUnavailable when the store cannot be reached or answers with an error."""

    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes, ttl_s: float) -> None: ...


class MemoryKV:
    """The in-memory :class:`KeyValue` for tests (expiry by the injected clock)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.items: dict[str, tuple[float, bytes]] = {}
        self.down = False
        self._clock = clock

    def get(self, key: str) -> bytes | None:
        if self.down:
            raise StoreUnavailable("the store is down")
        item = self.items.get(key)
        if item is None or item[0] <= self._clock():
            return None
        return item[1]

    def set(self, key: str, value: bytes, ttl_s: float) -> None:
        if self.down:
            raise StoreUnavailable("the store is down")
        self.items[key] = (self._clock() + ttl_s, value)


def caller_key(credential: str) -> str:
    """A stable, non-reversible key for the caller (the credential itself is never kept)."""
    return hashlib.sha256(credential.encode()).hexdigest()


class ConversationVaults:
    def __init__(self, max_entries: int = 10_000, ttl_s: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._max = max_entries
        self._ttl = ttl_s
        self._clock = clock
        self._items: OrderedDict[tuple[str, str], tuple[float, Vault]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, caller: str, conversation: str) -> Vault | None:
        """A copy of the stored vault (the caller extends its own copy)."""
        with self._lock:
            item = self._items.get((caller, conversation))
            if item is None:
                return None
            stamp, vault = item
            if self._clock() - stamp > self._ttl:
                del self._items[(caller, conversation)]
                return None
            self._items.move_to_end((caller, conversation))
            return vault.copy()

    def put(self, caller: str, conversation: str, vault: Vault) -> None:
        with self._lock:
            self._items[(caller, conversation)] = (self._clock(), vault.copy())
            self._items.move_to_end((caller, conversation))
            while len(self._items) > self._max:
                self._items.popitem(last=False)


class SealedVaults:
    """Vaults in a shared :class:`KeyValue` store, sealed with *keyring*, expiring after
    *ttl_s*. An entry that does not open (tampered with, or its key retired from the
    keyring) is refused like an unreachable store: the tokens it held are unknown."""

    def __init__(self, kv: KeyValue, keyring: Keyring, ttl_s: float = 3600.0) -> None:
        self.kv = kv
        self._keyring = keyring
        self._ttl = ttl_s

    def get(self, caller: str, conversation: str) -> Vault | None:
        key = storage_key(caller, conversation)
        entry = self.kv.get(key)
        if entry is None:
            return None
        try:
            return Vault.load(unseal(self._keyring, key, entry))
        except (SealError, ValueError) as exc:
            raise StoreUnavailable(f"a stored conversation vault does not open: {exc}") from None

    def put(self, caller: str, conversation: str, vault: Vault) -> None:
        key = storage_key(caller, conversation)
        self.kv.set(key, seal(self._keyring, key, vault.dump()), self._ttl)
