"""Audit signing keys on disk, in the signed-note key encodings.

Private: ``PRIVATE+KEY+<name>+<hex id>+<base64(0x01 || seed)>`` in a 0600 file.
Public (``<key>.pub``): ``<name>+<hex id>+<base64(0x01 || public key)>``, what auditors pin.
"""

from __future__ import annotations

import base64
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from sovereign.audit.note import ALG_ED25519, Signer, Verifier, key_hash

DEFAULT_KEY_NAME = "sovereign-audit"


class KeyFileError(Exception):
    """A key file that cannot be used, with what to do about it."""


def _write_private(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())


def generate(path: Path, name: str = DEFAULT_KEY_NAME) -> Signer:
    """Create a new key at *path* (0600) and its public key at *path*.pub."""
    if path.exists():
        raise KeyFileError(f"{path} already exists; refusing to overwrite a signing key")
    key = Ed25519PrivateKey.generate()
    seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    signer = Signer(name, key)
    raw = base64.b64encode(bytes([ALG_ED25519]) + seed).decode()
    _write_private(path, f"PRIVATE+KEY+{name}+{signer.key_id:08x}+{raw}\n")
    pub = path.with_name(path.name + ".pub")
    pub.write_text(signer.vkey() + "\n")
    return signer


def load_signer(path: Path) -> Signer:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise KeyFileError(f"signing key {path} does not exist") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            f"signing key {path} is readable by group or others; run: chmod 600 {path}"
        )
    parts = path.read_text().strip().split("+", 4)
    if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
        raise KeyFileError(f"{path} is not a signing key (expected PRIVATE+KEY+NAME+ID+KEY)")
    _, _, name, hex_id, b64 = parts
    try:
        raw = base64.b64decode(b64, validate=True)
    except ValueError:
        raise KeyFileError(f"{path}: key material is not base64") from None
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise KeyFileError(f"{path}: not an Ed25519 key")
    signer = Signer(name, Ed25519PrivateKey.from_private_bytes(raw[1:]))
    if key_hash(name, signer.public_bytes) != int(hex_id, 16):
        raise KeyFileError(f"{path}: key id does not match the key")
    return signer


def load_or_create_signer(path: Path) -> Signer:
    return load_signer(path) if path.exists() else generate(path)


@dataclass(frozen=True)
class PinnedKey:
    """A public key an auditor trusts, for checkpoints of tree sizes in [valid_from, valid_until]."""

    verifier: Verifier
    vkey: str
    valid_from: int = 0
    valid_until: int | None = None

    def covers(self, size: int) -> bool:
        return self.valid_from <= size and (self.valid_until is None or size <= self.valid_until)


def load_pinned_keys(path: Path) -> list[PinnedKey]:
    """The keys file: one vkey per line, optionally followed by ``from=N`` and ``until=M``
    (tree sizes; a rotation at index r is co-signed at size r+1, so the old key is
    ``until=r+1`` and the new one ``from=r+1``). Blank lines and ``#`` comments are ignored.
    A ``.pub`` file written by ``sovereign keys generate`` is a valid keys file."""
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise KeyFileError(f"cannot read keys file {path}: {exc.strerror}") from None
    keys = []
    for lineno, line in enumerate(lines, 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        bounds: dict[str, int] = {}
        for word in words[1:]:
            name, _, value = word.partition("=")
            if name not in ("from", "until") or not value.isdigit():
                raise KeyFileError(f"{path}:{lineno}: expected from=N or until=N, got '{word}'")
            bounds[name] = int(value)
        keys.append(PinnedKey(Verifier.parse(words[0]), words[0], bounds.get("from", 0),
                              bounds.get("until")))
    if not keys:
        raise KeyFileError(f"keys file {path} holds no key")
    return keys

