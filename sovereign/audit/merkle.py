"""Merkle tree hashing and proofs exactly as RFC 9162 (Certificate Transparency v2.0), §2.1.

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


# -- proofs ------------------------------------------------------------------------------------


class ProofError(ValueError):
    """A proof that does not verify, with the reason."""


def inclusion_path(index: int, hashes: Sequence[bytes]) -> list[bytes]:
    """§2.1.3.1: PATH(m, D[n]) for leaf *index* of the tree over *hashes*."""
    n = len(hashes)
    if not 0 <= index < n:
        raise ProofError(f"leaf index {index} is outside a tree of size {n}")
    path: list[bytes] = []
    lo, hi, m = 0, n, index
    # iterate from the top: collect siblings, then reverse (the path is leaf-to-root)
    while hi - lo > 1:
        k = largest_power_of_two_below(hi - lo)
        if m < k:
            path.append(root_from_leaf_hashes(hashes[lo + k : hi]))
            hi = lo + k
        else:
            path.append(root_from_leaf_hashes(hashes[lo : lo + k]))
            lo, m = lo + k, m - k
    return path[::-1]


def root_from_inclusion(index: int, size: int, leaf: bytes, path: Sequence[bytes]) -> bytes:
    """§2.1.3.2: the root an inclusion path implies for *leaf* (a leaf hash) at *index*."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if len(p) != 32:
            raise ProofError("proof element is not a SHA-256 hash")
        if sn == 0:
            raise ProofError("inclusion path is longer than the tree is high")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion path is shorter than the tree is high")
    return r


def verify_inclusion(index: int, size: int, leaf: bytes, path: Sequence[bytes],
                     root: bytes) -> None:
    if root_from_inclusion(index, size, leaf, path) != root:
        raise ProofError("inclusion path does not lead to the root")


def consistency_path(old_size: int, hashes: Sequence[bytes]) -> list[bytes]:
    """§2.1.4.1: PROOF(m, D[n]), m = *old_size*, n = len(*hashes*)."""
    n = len(hashes)
    if not 0 <= old_size <= n:
        raise ProofError(f"cannot prove size {old_size} consistent with size {n}")
    if old_size in (0, n):
        return []

    def subproof(m: int, lo: int, hi: int, complete: bool) -> list[bytes]:
        if m == hi - lo:
            return [] if complete else [root_from_leaf_hashes(hashes[lo:hi])]
        k = largest_power_of_two_below(hi - lo)
        if m <= k:
            return [*subproof(m, lo, lo + k, complete), root_from_leaf_hashes(hashes[lo + k : hi])]
        return [*subproof(m - k, lo + k, hi, False), root_from_leaf_hashes(hashes[lo : lo + k])]

    return subproof(old_size, 0, n, True)


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes,
                       path: Sequence[bytes]) -> None:
    """§2.1.4.2: does the tree of *new_size* extend the tree of *old_size*?"""
    if old_size > new_size:
        raise ProofError("the second tree is smaller than the first")
    if old_size == new_size:
        if path:
            raise ProofError("a proof between equal sizes must be empty")
        if old_root != new_root:
            raise ProofError("equal sizes with different roots")
        return
    if old_size == 0:
        if path:
            raise ProofError("a proof from the empty tree must be empty")
        return
    if not path:
        raise ProofError("empty consistency path")
    if any(len(p) != 32 for p in path):
        raise ProofError("proof element is not a SHA-256 hash")
    c = list(path)
    if old_size & (old_size - 1) == 0:  # step 2: an exact power of two
        c.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:  # step 4
        fn >>= 1
        sn >>= 1
    fr = sr = c[0]
    for p in c[1:]:
        if sn == 0:
            raise ProofError("consistency path is too long")
        if fn & 1 or fn == sn:
            fr = node_hash(p, fr)
            sr = node_hash(p, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("consistency path is too short")
    if fr != old_root:
        raise ProofError("consistency path does not lead to the first root")
    if sr != new_root:
        raise ProofError("consistency path does not lead to the second root")
