"""The placeholder vault of one request: value ↔ ``[TYPE_N]``. Memory only, never logged.

Numbering is by first appearance in the request, segment order then position; chat clients
re-send the history in the same order each turn, so a value keeps its placeholder across turns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sovereign.detect.detector import Span

PLACEHOLDER = re.compile(r"\[([A-Z][A-Z0-9_]*?)_(\d+)\]")


class Vault:
    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counters: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:  # never show values
        return f"Vault({len(self)} placeholders)"

    @property
    def placeholders(self) -> Iterable[str]:
        return self._by_placeholder.keys()

    def placeholder_for(self, entity_type: str, value: str) -> str:
        key = (entity_type, value)
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        n = self._counters.get(entity_type, 0) + 1
        self._counters[entity_type] = n
        placeholder = f"[{entity_type}_{n}]"
        self._by_value[key] = placeholder
        self._by_placeholder[placeholder] = value
        return placeholder

    def restore(self, text: str) -> str:
        if "[" not in text or not self._by_placeholder:
            return text
        return PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(0), m.group(0)), text)

    def pending_tail(self, text: str) -> int:
        """Length of a suffix of *text* that may be the start of a placeholder (0 if none)."""
        start = text.rfind("[")
        if start < 0:
            return 0
        tail = text[start:]
        if "]" in tail:
            return 0
        return len(tail) if any(p.startswith(tail) for p in self._by_placeholder) else 0


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int
    end: int
    entity_type: str


def select_spans(spans: Sequence[Span], floors: dict[str, float]) -> list[Replacement]:
    """Spans of the types to redact, above their floors, overlaps merged (highest score names)."""
    chosen = sorted(
        (s for s in spans if s.entity_type in floors and s.score >= floors[s.entity_type]),
        key=lambda s: (s.start, -s.end),
    )
    merged: list[tuple[int, int, str, float]] = []
    for s in chosen:
        if merged and s.start < merged[-1][1]:
            start, end, kind, score = merged[-1]
            if s.score > score:
                kind, score = s.entity_type, s.score
            merged[-1] = (start, max(end, s.end), kind, score)
        else:
            merged.append((s.start, s.end, s.entity_type, s.score))
    return [Replacement(a, b, kind) for a, b, kind, _ in merged]


def redact_text(text: str, replacements: Sequence[Replacement], vault: Vault) -> str:
    out: list[str] = []
    pos = 0
    for r in replacements:
        out.append(text[pos : r.start])
        out.append(vault.placeholder_for(r.entity_type, text[r.start : r.end]))
        pos = r.end
    out.append(text[pos:])
    return "".join(out)
