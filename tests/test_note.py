"""C2SP signed-note and tlog-checkpoint encodings."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sovereign.audit.note import (
    Checkpoint,
    NoteError,
    Signer,
    Verifier,
    sign_note,
    split_note,
    verify_note,
)

# The example verifier key from the signed-note specification (c2sp.org/signed-note): parsing
# it checks our key-id computation against the spec's.
SPEC_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"


def test_spec_verifier_key_parses_and_its_id_matches() -> None:
    v = Verifier.parse(SPEC_VKEY)
    assert v.name == "PeterNeumann" and v.key_id == 0xC74F20A3


def test_sign_and_verify_round_trip() -> None:
    signer = Signer("example.com/log", Ed25519PrivateKey.generate())
    cp = Checkpoint("example.com/log", 5, bytes(range(32)))
    note = sign_note(cp.text(), signer)
    assert note.startswith("example.com/log\n5\n")
    assert "\n\n\u2014 example.com/log " in note
    text, by = verify_note(note, [Verifier.parse(signer.vkey())])
    assert Checkpoint.parse(text) == cp and by.name == "example.com/log"


def test_altered_note_fails() -> None:
    signer = Signer("log", Ed25519PrivateKey.generate())
    note = sign_note(Checkpoint("log", 5, bytes(32)).text(), signer)
    with pytest.raises(NoteError, match="does not verify"):
        verify_note(note.replace("\n5\n", "\n6\n"), [Verifier.parse(signer.vkey())])


def test_unknown_key_is_reported_as_such() -> None:
    note = sign_note("log\n1\n" + "A" * 43 + "=\n", Signer("log", Ed25519PrivateKey.generate()))
    other = Signer("log", Ed25519PrivateKey.generate())
    with pytest.raises(NoteError, match="no pinned key"):
        verify_note(note, [Verifier.parse(other.vkey())])


def test_malformed_inputs() -> None:
    with pytest.raises(NoteError):
        split_note("no signatures here\n")
    with pytest.raises(NoteError):
        Checkpoint.parse("origin\n007\n" + "A" * 43 + "=\n")
    with pytest.raises(NoteError):
        Verifier.parse("name+deadbeef+AAAA")
