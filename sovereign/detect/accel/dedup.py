"""Presidio's duplicate removal, compared within an entity type only.

``EntityRecognizer.remove_duplicates`` sorts the results (highest score first, then by start,
longest first) and keeps one unless it equals or lies inside a result already kept of the
same entity type. It compares each result with every kept one of any type: quadratic in the
findings of a document, a few per cent of detection. ``remove_duplicates`` here keeps the
kept spans per entity type and asks only those: the same results are kept. Equal results
(same span, score and type) are first merged keeping the first, as Presidio's ``set`` does;
results whose sort keys tie keep their order of arrival, where Presidio's depends on the set's
hash order, so the order of ties can differ but never which results remain.
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import RecognizerResult


def remove_duplicates(results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    if isinstance(results, list) and not results:
        return []  # most recognizers find nothing in most texts: skip the sort and the dict
    ordered = sorted(dict.fromkeys(results),
                     key=lambda r: (-r.score, r.start, -(r.end - r.start)))
    kept: dict[str, list[tuple[int, int]]] = {}
    out: list[RecognizerResult] = []
    for result in ordered:
        if result.score == 0:
            continue
        spans = kept.setdefault(result.entity_type, [])
        if any(start <= result.start and result.end <= end for start, end in spans):
            continue
        spans.append((result.start, result.end))
        out.append(result)
    return out
