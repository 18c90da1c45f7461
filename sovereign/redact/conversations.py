"""Vaults of conversations whose history the closed provider holds (Responses API
``previous_response_id`` / ``conversation``): the next turn must reuse the same tokens.

In memory only, bounded in count and lifetime, and keyed by the caller's credential as well as
the id, so one tenant can never load another's vault by naming its response id.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from sovereign.redact.vault import Vault


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
