"""Did a value appear, when, and where did it go? Answered from keyed tags, with the epoch keys
the auditor holds; records never contain the value itself."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sovereign.audit.records import DecisionRecord, OutcomeRecord, Record, read_record
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


def lookup(records: Iterable[Mapping[str, Any] | Record], entity_type: str, value: str,
           keys: dict[int, bytes]) -> tuple[list[Sighting], set[int]]:
    """Sightings of the value, and the epochs present in the log whose key was not given
    (destroyed or withheld: those records cannot be searched)."""
    wanted = {epoch: tag(key, entity_type, value) for epoch, key in keys.items()}
    outcomes: dict[str, OutcomeRecord] = {}
    hits: list[tuple[DecisionRecord, bool]] = []
    unsearchable: set[int] = set()
    for entry in records:
        record = read_record(entry) if isinstance(entry, Mapping) else entry
        if isinstance(record, OutcomeRecord):
            outcomes[record.decision] = record
            continue
        if not isinstance(record, DecisionRecord) or record.tag_epoch is None:
            continue
        epoch = record.tag_epoch
        if epoch not in wanted:
            unsearchable.add(epoch)
            continue
        if any(t.tag == wanted[epoch] and t.type == entity_type for t in record.tags):
            hits.append((record, True))
        elif record.tag_filter is not None and TagFilter.from_json(
                record.tag_filter.to_json()).maybe(entity_type, wanted[epoch]):
            hits.append((record, False))
    out = []
    for r, certain in hits:
        outcome = outcomes.get(r.id)
        out.append(Sighting(index=r.index or 0, ts=r.ts or 0.0, decision=r.id,
                            provider=r.provider, action=r.action, destination=r.destination,
                            rules=r.rule_ids, status=outcome.status if outcome else None,
                            error=(outcome.error if outcome else None) or r.refusal,
                            certain=certain))
    return out, unsearchable
