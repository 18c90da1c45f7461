"""Self-contained inclusion proofs: one record, the signed checkpoint that covers it, and the
RFC 9162 §2.1.3 path between them. Anyone holding the pinned keys can check it alone."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from sovereign.audit.keys import PinnedKey
from sovereign.audit.merkle import ProofError, inclusion_path, leaf_hash, verify_inclusion
from sovereign.audit.note import Checkpoint, split_note, verify_note
from sovereign.audit.segments import iter_lines
from sovereign.audit.writer import LATEST

FORMAT = "sovereign-inclusion-proof/v1"


def make_bundle(directory: Path, index: int) -> dict[str, Any]:
    note = (directory / LATEST).read_text(encoding="utf-8")
    checkpoint = Checkpoint.parse(split_note(note)[0])
    if not 0 <= index < checkpoint.size:
        raise ProofError(f"index {index} is not covered by the latest checkpoint (size "
                         f"{checkpoint.size}); ask again after the next checkpoint")
    lines = [line.data for line, _ in zip(iter_lines(directory), range(checkpoint.size),
                                          strict=False)]
    hashes = [leaf_hash(d) for d in lines]
    path = inclusion_path(index, hashes)
    return {"format": FORMAT, "index": index, "record": lines[index].decode("ascii"),
            "tree_size": checkpoint.size,
            "inclusion_path": [base64.b64encode(h).decode() for h in path],
            "checkpoint": note}


def check_bundle(bundle: dict[str, Any], keys: list[PinnedKey]) -> Checkpoint:
    """Raises ProofError or NoteError; returns the checkpoint the record is proven under."""
    if bundle.get("format") != FORMAT:
        raise ProofError(f"not a {FORMAT} bundle")
    text, _ = verify_note(bundle["checkpoint"],
                          [k.verifier for k in keys if k.covers(int(bundle["tree_size"]))])
    checkpoint = Checkpoint.parse(text)
    if checkpoint.size != bundle["tree_size"]:
        raise ProofError("the bundle's tree size is not its checkpoint's")
    path = [base64.b64decode(h, validate=True) for h in bundle["inclusion_path"]]
    leaf = leaf_hash(str(bundle["record"]).encode("ascii"))
    verify_inclusion(int(bundle["index"]), checkpoint.size, leaf, path, checkpoint.root)
    return checkpoint
