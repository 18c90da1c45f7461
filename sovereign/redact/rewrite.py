"""Rewrite a request's segments: every sensitive value, everywhere it occurs, becomes its token.

1. The detector's findings (of the types the decision redacts, above their floors) name the
   sensitive values. Overlapping findings are merged.
2. Values are grouped: the same value in another case or spacing is the same value, and a
   one-word name ("Smith") joins the one longer name it is part of ("John Smith").
3. Each group gets one token by its entity's operator, numbered by first appearance, reusing
   the conversation's vault where it already has one.
4. Every segment is rewritten: the findings' spans, and every other literal occurrence of a
   known value (the detector can miss a name in one message and find it in the next).

Time is linear in the text (times the length of the longest value) and n log n in the
number of values: the literal occurrences are found in one pass over each segment with a
character trie of the values (not a regex alternation of them, which tries every value at
every position), each is checked against the sorted flagged spans by bisection, and a
one-word name finds the longer names it belongs to through an index of their words.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sovereign.detect.detector import Span
from sovereign.exchange import Segment
from sovereign.redact.surrogates import keyed_hash, mask, surrogate
from sovereign.redact.vault import Vault, normalise


class Operator(enum.StrEnum):
    PLACEHOLDER = "placeholder"
    SURROGATE = "surrogate"
    HASH = "hash"
    MASK = "mask"
    DROP = "drop"



def _fold(ch: str) -> str:
    """One character compared without case (kept as it is where lower-casing would change
    the length, so offsets in the text stay those of the trie's walk)."""
    low = ch.lower()
    return low if len(low) == 1 else ch


def _word(ch: str) -> bool:
    """What the regex class \\w matches in a str pattern."""
    return ch.isalnum() or ch == "_"


type _Node = dict[str, _Node]
_END = ""  # trie key: a value ends here (no character folds to the empty string)


class Literals:
    """Whole-word, case-insensitive occurrences of a set of values: each occurrence starts
    where the character before is not a word character and ends where the next one is not;
    at a start the longest value wins, and occurrences do not overlap (what a regex
    alternation of the values, longest first, between (?<!\\w) and (?!\\w) finds)."""

    def __init__(self, values: Iterable[str]) -> None:
        self._root: _Node = {}
        for value in values:
            node = self._root
            for ch in value:
                node = node.setdefault(_fold(ch), {})
            node[_END] = {}
        firsts = [c for c in self._root if c != _END]
        self._starts = re.compile(
            r"(?<!\w)[" + "".join(re.escape(c) for c in firsts) + "]", re.IGNORECASE,
        ) if firsts else None

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if self._starts is None:
            return
        n = len(text)
        at = 0  # where the next occurrence may start (they do not overlap)
        for m in self._starts.finditer(text):
            i = m.start()
            if i < at:
                continue
            node, j, best = self._root, i, -1
            while j < n:
                nxt = node.get(_fold(text[j]))
                if nxt is None:
                    break
                node, j = nxt, j + 1
                if _END in node and (j == n or not _word(text[j])):
                    best = j
            if best > i:
                yield i, best
                at = best


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int
    end: int
    entity_type: str


def select_spans(spans: Sequence[Span], floors: Mapping[str, float]) -> list[Replacement]:
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


@dataclass
class Redaction:
    texts: dict[int, str]  # segment index → rewritten text (only segments that changed)
    count: int  # values replaced, occurrences counted


class Redactor:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def redact(self, segments: Sequence[Segment], spans: Mapping[int, Sequence[Span]],
               floors: Mapping[str, float], operators: Mapping[str, Operator],
               vault: Vault) -> Redaction:
        flagged = {i: select_spans(s, floors) for i, s in spans.items()}
        flagged = {i: r for i, r in flagged.items() if r}
        if not flagged:
            return Redaction({}, 0)
        # 1-2: the values, in order of appearance, and their groups
        values: list[tuple[str, str]] = []  # (type, original) in order
        for i in sorted(flagged):
            text = segments[i].text
            values.extend((r.entity_type, text[r.start : r.end]) for r in flagged[i])
        tokens = self._assign(values, operators, vault, segments)
        # 4: rewrite, flagged spans first, then other literal occurrences
        literals = Literals(v for _, v in values if len(v.strip()) >= 2)
        by_norm = {normalise(v): tokens[(t, normalise(v))] for t, v in values}
        out: dict[int, str] = {}
        count = 0
        for i, segment in enumerate(segments):
            text = segment.text
            intervals = [(r.start, r.end, tokens[(r.entity_type, normalise(text[r.start:r.end]))])
                         for r in flagged.get(i, [])]
            # the flagged spans are sorted and do not overlap (select_spans): a literal match
            # overlaps one only if it overlaps the first that ends after the match starts
            ends = [b for _, b, _ in intervals]
            for a, b in literals.find(text):
                k = bisect.bisect_right(ends, a)
                if k < len(ends) and intervals[k][0] < b:
                    continue
                token = by_norm.get(normalise(text[a:b]))
                if token is not None:
                    intervals.append((a, b, token))
            if not intervals:
                continue
            intervals.sort()
            parts, pos = [], 0
            for a, b, token in intervals:
                parts += [text[pos:a], token]
                pos = b
            parts.append(text[pos:])
            out[i] = "".join(parts)
            count += len(intervals)
        return Redaction(out, count)

    def _assign(self, values: list[tuple[str, str]], operators: Mapping[str, Operator],
                vault: Vault, segments: Sequence[Segment]) -> dict[tuple[str, str], str]:
        tokens: dict[tuple[str, str], str] = {}
        first: dict[tuple[str, str], str] = {}
        for entity_type, original in values:
            first.setdefault((entity_type, normalise(original)), original)
        names: dict[str, list[str]] = {}  # a word → the longer names it is in, in order
        for t, n in first:
            if t == "PERSON" and " " in n:
                for word in dict.fromkeys(n.split()):
                    names.setdefault(word, []).append(n)
        # a surrogate must not already occur in the text (one string: one search per token)
        taken = "\x00".join(normalise(s.text) for s in segments)
        for (entity_type, norm), original in first.items():
            if (existing := vault.lookup(entity_type, norm)) is not None:
                tokens[(entity_type, norm)] = existing
                continue
            if entity_type == "PERSON" and " " not in norm:
                owners = names.get(norm, [])
                if len(owners) == 1:  # "smith" → the one "john smith" in this conversation
                    owner = (entity_type, owners[0])
                    if owner not in tokens:
                        tokens[owner] = self._token(entity_type, owners[0], first[owner],
                                                    operators, vault, taken)
                    tokens[(entity_type, norm)] = tokens[owner]
                    vault.alias(entity_type, norm, tokens[owner])
                    continue
            if (entity_type, norm) not in tokens:
                tokens[(entity_type, norm)] = self._token(entity_type, norm, original, operators,
                                                          vault, taken)
        return tokens

    def _token(self, entity_type: str, norm: str, original: str,
               operators: Mapping[str, Operator], vault: Vault, taken: str) -> str:
        op = operators.get(entity_type, Operator.PLACEHOLDER)
        if op is Operator.DROP:
            return ""
        if op is Operator.MASK:
            return mask(original)
        token: str | None = None
        if op is Operator.HASH:
            token = keyed_hash(self._key, entity_type, norm)
        elif op is Operator.SURROGATE:
            for attempt in range(8):
                candidate = surrogate(self._key, entity_type, norm, attempt)
                if candidate is None:
                    break
                if not vault.issued(candidate) and normalise(candidate) not in taken:
                    token = candidate
                    break
        if token is None:
            token = vault.next_placeholder(entity_type)
        vault.bind(entity_type, norm, token, original)
        return token
