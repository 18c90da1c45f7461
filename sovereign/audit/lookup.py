"""Did a value appear, when, and where did it go? Answered from keyed tags, with the epoch keys
the auditor holds; records never contain the value itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sovereign.audit.tags import TagFilter, tag


@dataclass(frozen=True)
class Sighting:
    index: int
    ts: float
    decision: str
    provider: str
    action: str
    destination: str
    rules: tuple[str, ...]
    status: int | None
    error: str | None
    # False when the tag was found only in the record's filter of tags beyond the listed ones
    # (a Bloom filter: about one such sighting in a hundred is a false match)
    certain: bool = True


def lookup(records: Iterable[dict[str, Any]], entity_type: str, value: str,
           keys: dict[int, bytes]) -> tuple[list[Sighting], set[int]]:
    """Sightings of the value, and the epochs present in the log whose key was not given
    (destroyed or withheld: those records cannot be searched)."""
    wanted = {epoch: tag(key, entity_type, value) for epoch, key in keys.items()}
    outcomes: dict[str, dict[str, Any]] = {}
    hits: list[tuple[dict[str, Any], bool]] = []
    unsearchable: set[int] = set()
    for record in records:
        if record.get("type") == "outcome":
            outcomes[str(record.get("decision"))] = record
            continue
        epoch = record.get("tag_epoch")
        if record.get("type") != "decision" or epoch is None:
            continue
        if epoch not in wanted:
            unsearchable.add(int(epoch))
            continue
        if any(t.get("tag") == wanted[epoch] and t.get("type") == entity_type
               for t in record.get("tags", [])):
            hits.append((record, True))
        elif isinstance(rest := record.get("tag_filter"), dict) and \
                TagFilter.from_json(rest).maybe(entity_type, wanted[epoch]):
            hits.append((record, False))
    out = []
    for r, certain in hits:
        outcome = outcomes.get(str(r.get("id")), {})
        out.append(Sighting(index=int(r["index"]), ts=float(r.get("ts", 0)),
                            decision=str(r.get("id")), provider=str(r.get("provider")),
                            action=str(r.get("action")), destination=str(r.get("destination")),
                            rules=tuple(r.get("rule_ids", [])), status=outcome.get("status"),
                            error=outcome.get("error") or r.get("refusal"), certain=certain))
    return out, unsearchable
