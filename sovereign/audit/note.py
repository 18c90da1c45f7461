"""C2SP signed-note (https://c2sp.org/signed-note) with Ed25519, and the C2SP tlog-checkpoint
body (https://c2sp.org/tlog-checkpoint) carried inside it.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG_ED25519 = 0x01  # signed-note: signature type identifier for Ed25519
SIG_PREFIX = "\u2014 "  # signed-note: each signature line starts with an em dash and a space


class NoteError(ValueError):
    """A note or key that does not parse."""


def key_hash(name: str, public_key: bytes) -> int:
    """signed-note: key ID = first 4 bytes of SHA-256(name || 0x0A || type || public key)."""
    digest = hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key).digest()
    return int(struct.unpack(">I", digest[:4])[0])


@dataclass(frozen=True)
class Verifier:
    name: str
    key_id: int
    public_key: Ed25519PublicKey

    @classmethod
    def parse(cls, vkey: str) -> Verifier:
        """Parse ``<name>+<hex key id>+<base64(0x01 || public key)>``."""
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise NoteError("verifier key must be NAME+KEYID+KEY")
        name, hex_id, b64 = parts
        try:
            raw = base64.b64decode(b64, validate=True)
            key_id = int(hex_id, 16)
        except ValueError:
            raise NoteError("verifier key has a malformed key id or key") from None
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("verifier key is not an Ed25519 key")
        if key_hash(name, raw[1:]) != key_id:
            raise NoteError(f"verifier key id does not match key for '{name}'")
        return cls(name, key_id, Ed25519PublicKey.from_public_bytes(raw[1:]))


class NoteSigner(Protocol):
    """What signs checkpoints. A file key today (:class:`Signer`); a KMS, HSM or PKCS#11 key
    only has to produce the same Ed25519 signature line."""

    @property
    def name(self) -> str: ...

    @property
    def key_id(self) -> int: ...

    def vkey(self) -> str: ...

    def sign(self, text: str) -> str: ...


@dataclass(frozen=True)
class Signer:
    """An Ed25519 key held in this process (loaded from a 0600 file)."""

    name: str
    private_key: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def key_id(self) -> int:
        return key_hash(self.name, self.public_bytes)

    def vkey(self) -> str:
        raw = base64.b64encode(bytes([ALG_ED25519]) + self.public_bytes).decode()
        return f"{self.name}+{self.key_id:08x}+{raw}"

    def sign(self, text: str) -> str:
        """The signature line for note *text* (which must end in a newline)."""
        sig = self.private_key.sign(text.encode())
        blob = struct.pack(">I", self.key_id) + sig
        return f"{SIG_PREFIX}{self.name} {base64.b64encode(blob).decode()}\n"


def sign_note(text: str, *signers: NoteSigner) -> str:
    """The note with one signature line per signer (a rotation is signed by old and new)."""
    if not text.endswith("\n"):
        raise NoteError("note text must end with a newline")
    if not signers:
        raise NoteError("a note needs at least one signature")
    return text + "\n" + "".join(s.sign(text) for s in signers)


@dataclass(frozen=True)
class Signature:
    name: str
    key_id: int
    signature: bytes


def split_note(note: str) -> tuple[str, list[Signature]]:
    """Split a signed note into its text and its signature lines."""
    text, sep, sigs = note.rpartition("\n\n")
    if not sep:
        raise NoteError("no blank line between note text and signatures")
    out = []
    for line in sigs.splitlines():
        if not line.startswith(SIG_PREFIX):
            raise NoteError("malformed signature line")
        name, _, b64 = line[len(SIG_PREFIX) :].rpartition(" ")
        try:
            blob = base64.b64decode(b64, validate=True)
        except ValueError:
            raise NoteError("signature is not base64") from None
        if len(blob) < 5:
            raise NoteError("signature too short")
        out.append(Signature(name, int(struct.unpack(">I", blob[:4])[0]), blob[4:]))
    return text + "\n", out


def verify_note(note: str, verifiers: list[Verifier]) -> tuple[str, Verifier]:
    """The note's text and the pinned key that signed it; NoteError if none did."""
    text, sigs = split_note(note)
    known = False
    for sig in sigs:
        for v in verifiers:
            if v.name == sig.name and v.key_id == sig.key_id:
                known = True
                try:
                    v.public_key.verify(sig.signature, text.encode())
                except InvalidSignature:
                    continue
                return text, v
    raise NoteError("signature does not verify" if known else "signed by no pinned key")


@dataclass(frozen=True)
class Checkpoint:
    """tlog-checkpoint: origin line, decimal tree size, base64 root hash."""

    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        lines = text.split("\n")
        if len(lines) < 4 or not lines[0] or not lines[1].isdigit():
            raise NoteError("not a tlog-checkpoint body")
        if lines[1] != str(int(lines[1])):
            raise NoteError("tree size has leading zeros")
        try:
            root = base64.b64decode(lines[2], validate=True)
        except ValueError:
            raise NoteError("root hash is not base64") from None
        if len(root) != 32:
            raise NoteError("root hash is not 32 bytes")
        return cls(lines[0], int(lines[1]), root)
