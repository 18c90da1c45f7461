"""The package's shape (DESIGN.md, Layout): no import cycle between its packages and
top-level modules, and the sans-IO packages import neither mitmproxy nor asyncio.

Imports are read from the source with ``ast`` (every import, also those inside functions and
under TYPE_CHECKING: a lazy import is still a dependency), each module mapped to its unit:
``sovereign.providers.registry`` → ``providers``, ``sovereign.pipeline`` → ``pipeline``."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "sovereign"
SANS_IO = ("providers", "policy", "redact", "audit")


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def _imports(module: str, path: Path) -> Iterator[str]:
    """Every module name *module* imports (for ``from a import b``: ``a`` and ``a.b``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            yield name
            yield from (f"{name}.{alias.name}" for alias in node.names)


def _unit(module: str) -> str | None:
    """The package or top-level module of sovereign that *module* belongs to (None: outside,
    or the package's own __init__)."""
    parts = module.split(".")
    if parts[0] != "sovereign" or len(parts) < 2:
        return None
    if (PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file():
        return parts[1]
    return None  # a name imported from the package's __init__


def unit_graph() -> dict[str, dict[str, set[str]]]:
    """unit → unit it imports → the module-level imports that make the edge."""
    graph: dict[str, dict[str, set[str]]] = {}
    for module, path in _modules():
        source = _unit(module)
        if source is None:
            continue
        graph.setdefault(source, {})
        for name in _imports(module, path):
            target = _unit(name)
            if target is not None and target != source:
                graph[source].setdefault(target, set()).add(f"{module} imports {name}")
    return graph


def cycles(graph: dict[str, dict[str, set[str]]]) -> list[list[str]]:
    """The strongly connected components with more than one unit (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, {})):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_graph_has_no_cycle() -> None:
    graph = unit_graph()
    assert {"providers", "route", "detect", "policy", "redact", "audit", "proxy", "pipeline",
            "assess", "app", "cli"} <= set(graph)  # the reading found the package's units
    assert graph["pipeline"]  # and their imports
    problems = []
    for component in cycles(graph):
        edges = [f"  {a} → {b}: {sorted(graph[a][b])[0]}" for a in component for b in component
                 if b in graph[a]]
        problems.append(" ↔ ".join(component) + "\n" + "\n".join(edges))
    assert not problems, "import cycles between packages:\n" + "\n".join(problems)


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b": {"x"}}, "b": {"c": {"x"}}, "c": {"a": {"x"}}, "d": {"a": {"x"}}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b": {"x"}}, "b": {}}) == []


def test_sans_io_packages_import_neither_mitmproxy_nor_asyncio() -> None:
    offending = []
    for module, path in _modules():
        if _unit(module) in SANS_IO:
            offending += [f"{module} imports {name}" for name in _imports(module, path)
                          if name.split(".")[0] in ("mitmproxy", "asyncio")]
    assert not offending


# Names only a provider's wire format knows: its credential headers, its fields, its references.
PROVIDER_WORDS = ("x-goog-api-key", "x-api-key", "max_completion_tokens", "max_output_tokens",
                  "maxOutputTokens", "generationConfig", "inlineData", '"conversation:')


def test_provider_knowledge_lives_in_providers() -> None:
    outside = []
    for module, path in _modules():
        if _unit(module) in ("providers", "demo"):  # demo drives the SDKs as an app would
            continue
        text = path.read_text(encoding="utf-8")
        outside += [f"{module}: {word}" for word in PROVIDER_WORDS if word in text]
    assert not outside


def test_rule_lint_and_schema_know_the_registrys_providers() -> None:
    from sovereign.policy.lint import PROVIDERS
    from sovereign.policy.schema import RulePack
    from sovereign.providers.discover import UNKNOWN
    from sovereign.providers.registry import BUILTIN, SAMPLES

    assert PROVIDERS == set(BUILTIN) | {UNKNOWN}
    test_schema = RulePack.model_json_schema()["$defs"]["RuleTest"]["properties"]["provider"]
    assert test_schema["enum"] == list(SAMPLES)
