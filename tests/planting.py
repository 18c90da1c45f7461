"""Planting a value anywhere in generated JSON: shared by the content-position tests (unit and
through the proxy), each with its own strategies for the tree, its keys and its leaves."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


def plant(data: st.DataObject, how: str, value: Any, tree: st.SearchStrategy[Any],
          keys: st.SearchStrategy[str], leaf: st.SearchStrategy[Any]) -> dict[str, Any]:
    """A random JSON object drawn from *tree* with *value* planted at a random depth: as a
    value under a random key (often one a format uses for its own fields), as a key
    ("key"), or as a number ("number")."""
    root: dict[str, Any] = {"data": data.draw(tree)}
    nodes: list[Any] = []
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            nodes.append(node)
            stack.extend(node.values() if isinstance(node, dict) else node)
    node = nodes[data.draw(st.integers(0, len(nodes) - 1))]
    item = (value, data.draw(leaf)) if how == "key" else (data.draw(keys), value)
    if isinstance(node, list):
        node.append(dict([item]) if how == "key" else value)
    else:
        node[item[0]] = item[1]
    return root
