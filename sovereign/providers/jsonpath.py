"""Small pure helpers to read, write and walk JSON values by locator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sovereign.exchange import Locator


def get_at(doc: Any, locator: Locator) -> Any:
    node = doc
    for part in locator:
        node = node[part]
    return node


def set_at(doc: Any, locator: Locator, value: Any) -> None:
    if not locator:
        raise ValueError("cannot replace the document root")
    parent = get_at(doc, locator[:-1])
    parent[locator[-1]] = value


def walk_strings(
    doc: Any,
    *,
    skip: Callable[[Locator, Any], bool] = lambda _loc, _node: False,
    base: Locator = (),
) -> Iterator[tuple[Locator, str]]:
    """Yield (locator, text) for every string value, depth first, in document order.

    *skip(locator, node)* prunes a subtree (or a single string) from the walk.
    Iterative, so deeply nested bodies cannot exhaust the Python stack.
    """
    stack: list[tuple[Locator, Any]] = [(base, doc)]
    while stack:
        loc, node = stack.pop()
        if skip(loc, node):
            continue
        if isinstance(node, str):
            yield loc, node
        elif isinstance(node, dict):
            stack.extend((((*loc, k), v) for k, v in reversed(list(node.items()))))
        elif isinstance(node, list):
            stack.extend((((*loc, i), v) for i, v in reversed(list(enumerate(node)))))


def map_strings(doc: Any, fn: Callable[[str], str], keys: bool = False) -> Any:
    """A copy of *doc* with *fn* applied to every string value (and to every object key when
    *keys*: a key the request had redacted comes back restored)."""
    if isinstance(doc, str):
        return fn(doc)
    if isinstance(doc, dict):
        return {(fn(k) if keys else k): map_strings(v, fn, keys) for k, v in doc.items()}
    if isinstance(doc, list):
        return [map_strings(v, fn, keys) for v in doc]
    return doc
