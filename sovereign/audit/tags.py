"""Keyed tags: ``HMAC-SHA256(K_epoch, type ‖ 0x00 ‖ normalised value)``, hex.

Records carry tags, never values: an auditor holding the epoch key can ask "did this value
appear, and where did it go?" (``sovereign audit lookup``); nobody else can read anything from
them. Destroying an epoch's key file (crypto-shredding) makes that epoch's tags meaningless
forever, and the log still verifies, because tags are just bytes inside the Merkle leaves.

The 0x00 separator keeps (type, value) pairs from colliding ("A" + "BC" vs "AB" + "C").
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

# Identifier-like types are compared on their letters and digits only, so that a lookup for
# "4111-1111-1111-1111" finds "4111 1111 1111 1111".
COMPACT_TYPES = frozenset({
    "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "US_BANK_NUMBER", "US_ITIN",
    "US_PASSPORT", "PASSPORT", "MEDICAL_RECORD_NUMBER", "UK_NHS", "US_DRIVER_LICENSE",
    "IP_ADDRESS",
})
_KEY_FILE = re.compile(r"^epoch-(\d+)\.key$")


def normalise_for_tag(entity_type: str, value: str) -> str:
    if entity_type in COMPACT_TYPES:
        return re.sub(r"[^0-9a-z.:]", "", value.casefold())
    return " ".join(value.split()).casefold()


def tag(key: bytes, entity_type: str, value: str) -> str:
    message = entity_type.encode() + b"\x00" + normalise_for_tag(entity_type, value).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


class TagKeys:
    """One key per epoch, each in its own 0600 file ``epoch-<n>.key`` (hex), created on use."""

    def __init__(self, directory: Path, epoch_seconds: float,
                 clock: Callable[[], float] = time.time) -> None:
        self._dir = directory
        self._epoch_seconds = epoch_seconds
        self._clock = clock
        self._cache: dict[int, bytes] = {}

    def current(self) -> tuple[int, bytes]:
        epoch = int(self._clock() // self._epoch_seconds)
        if epoch not in self._cache:
            self._cache[epoch] = self._load_or_create(epoch)
        return epoch, self._cache[epoch]

    def _load_or_create(self, epoch: int) -> bytes:
        path = self._dir / f"epoch-{epoch}.key"
        if not path.exists():
            self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return load_tag_key(path)
            with os.fdopen(fd, "w") as fh:
                fh.write(os.urandom(32).hex() + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        return load_tag_key(path)


class Tagger:
    """What the pipeline uses: tags for the values of one request, under the current epoch."""

    def __init__(self, keys: TagKeys) -> None:
        self._keys = keys

    def tags(self, values: Iterable[tuple[str, str]]) -> tuple[int, list[dict[str, str]]]:
        epoch, key = self._keys.current()
        seen: dict[tuple[str, str], None] = {}
        for entity_type, value in values:
            seen.setdefault((entity_type, tag(key, entity_type, value)), None)
        return epoch, [{"type": t, "tag": h} for t, h in seen]


def load_tag_key(path: Path) -> bytes:
    text = path.read_text().strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise ValueError(f"{path} is not a tag key (64 hex digits)") from None
    if len(key) != 32:
        raise ValueError(f"{path} is not a tag key (64 hex digits)")
    return key


def load_tag_keys(path: Path) -> dict[int, bytes]:
    """Epoch → key from one ``epoch-<n>.key`` file or a directory of them."""
    files = [path] if path.is_file() else sorted(path.glob("epoch-*.key"))
    out = {}
    for file in files:
        m = _KEY_FILE.match(file.name)
        if m is None:
            raise ValueError(f"{file}: tag key files are named epoch-<n>.key")
        out[int(m.group(1))] = load_tag_key(file)
    return out
