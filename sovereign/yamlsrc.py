"""YAML loading that remembers where every key and item came from.

Config and rule files are validated by strict pydantic models; a validation error is only useful
to a person if it says ``file:line:column``. This module turns a YAML document into plain Python
values plus a table of source positions keyed by path, and formats pydantic errors with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class SourceError:
    """One problem in a source file, located."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class SourceErrors(Exception):
    """All problems found in one or more files (never only the first)."""

    def __init__(self, errors: Iterable[SourceError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass
class Located:
    """A parsed YAML document and the position (1-based line, column) of each path in it."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)  # of values
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)  # of mapping keys
    problems: list[SourceError] = field(default_factory=list)

    def where(self, path: Iterable[str | int], at_key: bool = False) -> tuple[int, int]:
        """Position of the value (or the key) at the longest known prefix of *path*."""
        parts = tuple(path)
        if at_key and parts in self.key_positions:
            return self.key_positions[parts]
        while parts:
            if parts in self.positions:
                return self.positions[parts]
            parts = parts[:-1]
        return self.positions.get((), (1, 1))

    def error(self, path: Iterable[str | int], message: str, at_key: bool = False) -> SourceError:
        line, col = self.where(path, at_key)
        return SourceError(self.file, line, col, message)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _convert(node: yaml.Node, path: Path_, loader: yaml.SafeLoader, doc: Located) -> Any:
    doc.positions.setdefault(path, _mark(node))
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                line, col = _mark(key_node)
                doc.problems.append(SourceError(doc.file, line, col, f"duplicate key '{key}'"))
            doc.key_positions[(*path, key)] = _mark(key_node)
            out[key] = _convert(value_node, (*path, key), loader, doc)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            doc.positions[(*path, index)] = _mark(item)
            items.append(_convert(item, (*path, index), loader, doc))
        return items
    return loader.construct_object(node, deep=True)


def load_text(text: str, file: str) -> Located:
    """Parse one YAML document; syntax errors become a SourceErrors with the position."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        doc = Located(file=file, data=None)
        if node is not None:
            doc.data = _convert(node, (), loader, doc)
        return doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SourceErrors([SourceError(file, line, col, f"YAML syntax: {exc.problem}")]) from None
    finally:
        loader.dispose()


def load_file(path: Path) -> Located:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceErrors([SourceError(str(path), 1, 1, f"cannot read: {exc.strerror}")]) from None
    return load_text(text, str(path))


def dotted(loc: Iterable[str | int]) -> str:
    """("rules", 1, "action") → "rules[1].action"."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


def _describe(err: Mapping[str, Any]) -> str:
    kind = err.get("type", "")
    loc = err.get("loc", ())
    name = str(loc[-1]) if loc else "value"
    if kind == "extra_forbidden":
        return f"unknown key '{name}'"
    if kind == "missing":
        return f"missing required key '{name}'"
    return f"{dotted(loc)}: {err.get('msg', 'invalid')}"


def validate[M: BaseModel](model: type[M], doc: Located) -> M:
    """Validate *doc* against *model*; every error is reported with its file:line:column."""
    problems = list(doc.problems)
    try:
        result = model.model_validate(doc.data if doc.data is not None else {})
    except ValidationError as exc:
        for err in exc.errors(include_input=False, include_url=False):
            # pydantic puts union/tag names in loc; keep the parts that are real keys or indices
            at_key = err["type"] == "extra_forbidden"
            loc = err["loc"][:-1] if err["type"] == "missing" else err["loc"]
            problems.append(doc.error(loc, _describe(err), at_key=at_key))
        raise SourceErrors(problems) from None
    if problems:
        raise SourceErrors(problems)
    return result
