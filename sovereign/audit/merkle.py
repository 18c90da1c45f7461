"""Merkle tree hashing exactly as RFC 9162 (Certificate Transparency v2.0), §2.1.

Small pure functions; each cites the section it implements.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()  # §2.1.1: MTH({}) = SHA-256()


def leaf_hash(data: bytes) -> bytes:
    """§2.1.1: MTH({d(0)}) = SHA-256(0x00 || d(0))."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """§2.1.1: MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def largest_power_of_two_below(n: int) -> int:
    """§2.1.1: k is the largest power of two smaller than n (n > 1)."""
    if n < 2:
        raise ValueError("n must be at least 2")
    return 1 << ((n - 1).bit_length() - 1)


def root_from_leaf_hashes(hashes: Sequence[bytes]) -> bytes:
    """§2.1.1 MTH over already-hashed leaves."""
    n = len(hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return hashes[0]
    k = largest_power_of_two_below(n)
    return node_hash(root_from_leaf_hashes(hashes[:k]), root_from_leaf_hashes(hashes[k:]))


class CompactRange:
    """Incremental MTH: keeps only the roots of the perfect subtrees (one per set bit of n).

    Folding them right to left gives the same value as §2.1.1, because the split point k of
    §2.1.1 is always the size of the leftmost perfect subtree.
    """

    def __init__(self) -> None:
        self.size = 0
        self._peaks: list[bytes] = []  # left to right, sizes strictly decreasing

    def append(self, leaf: bytes) -> None:
        node = leaf
        size = self.size
        while size & 1:
            node = node_hash(self._peaks.pop(), node)
            size >>= 1
        self._peaks.append(node)
        self.size += 1

    def root(self) -> bytes:
        if not self._peaks:
            return EMPTY_ROOT
        acc = self._peaks[-1]
        for peak in reversed(self._peaks[:-1]):
            acc = node_hash(peak, acc)
        return acc
