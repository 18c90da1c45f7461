"""The conversation store (``redaction.store``): this process's memory, or a Redis/Valkey
server shared by the proxy's replicas (the I/O adapter behind
:class:`sovereign.redact.conversations.KeyValue`).

The client connects lazily: the proxy starts whether or not the store is up, and a chain
request that needs it while it is down is refused (see the pipeline). Every call is bounded by
``redaction.store_timeout_s``; a call that met a closed connection (a pooled one the server
closed, e.g. after its restart) is retried once at once, a timeout is not. After a failure the
store is taken as down for ``DOWN_S`` (calls fail at once, without waiting on it): a reply's
vault is written on the proxy's event loop, which a store that hangs must not hold more than
once in that time. Errors never carry a key or a value, only the kind of failure.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from sovereign.redact.conversations import (
    ConversationVaults,
    SealedVaults,
    StoreUnavailable,
    VaultStore,
)
from sovereign.redact.sealing import Keyring, KeyringError

SCHEMES = ("redis", "rediss", "unix", "valkey", "valkeys")
DOWN_S = 1.0


class StoreConfigError(ValueError):
    """The store cannot be set up as configured (the message says what to fix)."""


class RedisKV:
    """GET / SET EX on a Redis or Valkey server."""

    def __init__(self, url: str, timeout_s: float = 1.0, password: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        # valkey:// is Redis's protocol under another name
        if url.startswith("valkey"):
            url = "redis" + url[len("valkey"):]
        extra = {"password": password} if password else {}
        self._client = redis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
            health_check_interval=0, **extra)
        self._clock = clock
        self._down_until = 0.0
        parts = urlsplit(url)
        # for messages: never the password
        self.where = f"{parts.scheme}://{parts.hostname or parts.path}" + (
            f":{parts.port}" if parts.port else "")

    def _failed(self, exc: Exception) -> StoreUnavailable:
        self._down_until = self._clock() + DOWN_S
        return StoreUnavailable(f"conversation store {self.where}: {type(exc).__name__}")

    def _check(self) -> None:
        if self._clock() < self._down_until:
            raise StoreUnavailable(f"conversation store {self.where}: down (a call failed "
                                   f"less than {DOWN_S:g} s ago)")

    def get(self, key: str) -> bytes | None:
        self._check()
        try:
            value = self._client.get(key)
        except redis.RedisError as exc:
            raise self._failed(exc) from None
        if value is None or isinstance(value, bytes):
            return value
        raise StoreUnavailable(f"conversation store {self.where}: unexpected reply type")

    def set(self, key: str, value: bytes, ttl_s: float) -> None:
        self._check()
        try:
            self._client.set(key, value, px=max(1, int(ttl_s * 1000)))
        except redis.RedisError as exc:
            raise self._failed(exc) from None

    def close(self) -> None:
        self._client.close()


def load_keyring(file: Path | None, env: str | None) -> Keyring:
    """The vault keyring from *file* (a mounted secret) or else the environment variable *env*."""
    try:
        if file is not None:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise StoreConfigError(f"redaction.store_keys_file: cannot read {file} "
                                       f"({exc.strerror})") from None
            return Keyring.parse(text, str(file))
        if env is not None:
            text = os.environ.get(env, "")
            if not text.strip():
                raise StoreConfigError(f"the environment variable {env} "
                                       "(redaction.store_keys_env) is empty or unset")
            return Keyring.parse(text, f"${env}")
    except KeyringError as exc:
        raise StoreConfigError(str(exc)) from None
    raise StoreConfigError("a shared redaction.store needs the key that seals its vaults: set "
                           "redaction.store_keys_file or redaction.store_keys_env")


def build_store(store: str, *, ttl_s: float, max_entries: int, timeout_s: float,
                keys_file: Path | None, keys_env: str | None,
                password_env: str | None = None) -> VaultStore:
    """The conversation store *store* names: ``memory`` or a Redis/Valkey URL."""
    if store == "memory":
        return ConversationVaults(max_entries, ttl_s)
    keyring = load_keyring(keys_file, keys_env)
    password = None
    if password_env is not None:
        password = os.environ.get(password_env)
        if not password:
            raise StoreConfigError(f"the environment variable {password_env} "
                                   "(redaction.store_password_env) is empty or unset")
    return SealedVaults(RedisKV(store, timeout_s, password), keyring, ttl_s)
