"""RFC 9162 §2.1 tree hashing: the incremental form equals the recursive definition."""

from __future__ import annotations

import hashlib

import pytest

from sovereign.audit.merkle import (
    EMPTY_ROOT,
    CompactRange,
    largest_power_of_two_below,
    leaf_hash,
    node_hash,
    root_from_leaf_hashes,
)


def reference_mth(data: list[bytes]) -> bytes:
    """RFC 9162 §2.1.1, written out literally."""
    n = len(data)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + data[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + reference_mth(data[:k]) + reference_mth(data[k:])).digest()


def test_domain_separation() -> None:
    assert leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    assert node_hash(b"a", b"b") == hashlib.sha256(b"\x01ab").digest()
    assert EMPTY_ROOT == hashlib.sha256(b"").digest()


@pytest.mark.parametrize(("n", "k"), [(2, 1), (3, 2), (4, 2), (5, 4), (8, 4), (9, 8), (1025, 1024)])
def test_split_point(n: int, k: int) -> None:
    assert largest_power_of_two_below(n) == k


def test_incremental_root_matches_reference_for_every_size() -> None:
    data = [f"entry {i}".encode() for i in range(70)]
    cr = CompactRange()
    assert cr.root() == reference_mth([])
    for i, d in enumerate(data):
        cr.append(leaf_hash(d))
        expected = reference_mth(data[: i + 1])
        assert cr.root() == expected
        assert root_from_leaf_hashes([leaf_hash(x) for x in data[: i + 1]]) == expected
