"""Keyed tags: ``HMAC-SHA256(K_epoch, type ‖ 0x00 ‖ normalised value)``, hex.

Records carry tags, never values: an auditor holding the epoch key can ask "did this value
appear, and where did it go?" (``sovereign audit lookup``); nobody else can read anything from
them. Destroying an epoch's key file (crypto-shredding) makes that epoch's tags meaningless
forever, and the log still verifies, because tags are just bytes inside the Merkle leaves.

The 0x00 separator keeps (type, value) pairs from colliding ("A" + "BC" vs "AB" + "C").
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

# Identifier-like types are compared on their letters and digits only, so that a lookup for
# "4111-1111-1111-1111" finds "4111 1111 1111 1111".
COMPACT_TYPES = frozenset({
    "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "US_BANK_NUMBER", "US_ITIN",
    "US_PASSPORT", "PASSPORT", "MEDICAL_RECORD_NUMBER", "UK_NHS", "US_DRIVER_LICENSE",
    "DRIVER_LICENSE", "IP_ADDRESS", "BANK_ACCOUNT", "HEALTH_INSURANCE_ID",
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


# A record lists at most MAX_LISTED tags; the others go into a Bloom filter of at most
# MAX_FILTER_BITS bits (about 10 bits a tag, so a lookup's false "maybe" stays near 1% up to
# some 25,000 values in one request, and the record's size stays bounded beyond that).
MAX_LISTED = 256
MAX_FILTER_BITS = 1 << 18  # 32 KiB
FILTER_HASHES = 7


class TagFilter:
    """A Bloom filter of (type, tag) pairs: ``maybe`` is never False for a pair put in, and
    rarely True for one that was not. The pairs are HMAC tags already, so the filter's bit
    positions (taken from a SHA-256 of the pair) reveal nothing a tag does not."""

    def __init__(self, bits: int, hashes: int = FILTER_HASHES, data: bytes | None = None) -> None:
        self.bits = bits
        self.hashes = hashes
        self._data = bytearray(data if data is not None else (bits + 7) // 8)

    @classmethod
    def sized_for(cls, count: int) -> TagFilter:
        bits = min(MAX_FILTER_BITS, max(1024, math.ceil(count * 10 / 8) * 8))
        return cls(bits)

    def _positions(self, entity_type: str, hexdigest: str) -> list[int]:
        digest = hashlib.sha256(f"{entity_type}\x00{hexdigest}".encode()).digest()
        return [int.from_bytes(digest[4 * i : 4 * i + 4], "big") % self.bits
                for i in range(self.hashes)]

    def add(self, entity_type: str, hexdigest: str) -> None:
        for p in self._positions(entity_type, hexdigest):
            self._data[p >> 3] |= 1 << (p & 7)

    def maybe(self, entity_type: str, hexdigest: str) -> bool:
        return all(self._data[p >> 3] & (1 << (p & 7))
                   for p in self._positions(entity_type, hexdigest))

    def to_json(self) -> dict[str, Any]:
        return {"bits": self.bits, "hashes": self.hashes,
                "data": base64.b64encode(bytes(self._data)).decode("ascii")}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> TagFilter:
        bits, hashes = int(doc["bits"]), int(doc["hashes"])
        data = base64.b64decode(str(doc["data"]), validate=True)
        if not 0 < bits <= 8 * len(data) or not 0 < hashes <= 8:
            raise ValueError("malformed tag filter")
        return cls(bits, hashes, data)


def bounded_tags(tags: list[dict[str, str]]) -> dict[str, Any]:
    """The record fields for a request's tags: the first MAX_LISTED as a list, the rest (if
    any) in a TagFilter, and how many there were."""
    if len(tags) <= MAX_LISTED:
        return {"tags": tags}
    rest = TagFilter.sized_for(len(tags) - MAX_LISTED)
    for t in tags[MAX_LISTED:]:
        rest.add(t["type"], t["tag"])
    return {"tags": tags[:MAX_LISTED], "tag_count": len(tags), "tag_filter": rest.to_json()}
