"""Load rule packs from files and folders; report every problem, located, in one go."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sovereign import yamlsrc
from sovereign.policy.entities import KNOWN_ENTITIES
from sovereign.policy.schema import Condition, RulePack


@dataclass(frozen=True)
class LoadedPack:
    pack: RulePack
    source: yamlsrc.Located


@dataclass(frozen=True)
class RuleSet:
    packs: tuple[LoadedPack, ...]


def pack_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        else:
            yield path


def _walk_conditions(
    cond: Condition, path: tuple[str | int, ...]
) -> Iterator[tuple[Condition, tuple[str | int, ...]]]:
    yield cond, path
    for key in ("any", "all"):
        for i, sub in enumerate(getattr(cond, key) or []):
            yield from _walk_conditions(sub, (*path, key, i))


def _semantic_errors(loaded: LoadedPack) -> list[yamlsrc.SourceError]:
    doc, pack = loaded.source, loaded.pack
    errors = []
    seen: dict[str, int] = {}
    for i, rule in enumerate(pack.rules):
        if rule.id in seen:
            errors.append(doc.error(("rules", i, "id"), f"duplicate rule id '{rule.id}' (first "
                                                        f"at rules[{seen[rule.id]}])"))
        seen[rule.id] = i
        for cond, path in _walk_conditions(rule.when, ("rules", i, "when")):
            for j, entity in enumerate(cond.entities or []):
                if entity not in KNOWN_ENTITIES:
                    errors.append(doc.error((*path, "entities", j), f"unknown entity '{entity}'"))
        if rule.message is not None and rule.action != "block":
            errors.append(doc.error(("rules", i, "message"), "'message' is only used by block"))
        if rule.operators is not None:
            if rule.action != "redact":
                errors.append(doc.error(("rules", i, "operators"),
                                        "'operators' is only used by redact", at_key=True))
            for entity in rule.operators:
                if entity not in KNOWN_ENTITIES:
                    errors.append(doc.error(("rules", i, "operators", entity),
                                            f"unknown entity '{entity}'", at_key=True))
        if rule.model is not None and rule.action != "route_local":
            errors.append(doc.error(("rules", i, "model"), "'model' is only used by route_local"))
    return errors


def load_rules(paths: Iterable[Path]) -> RuleSet:
    """Load every pack under *paths*; raises SourceErrors listing all problems in all files."""
    errors: list[yamlsrc.SourceError] = []
    packs: list[LoadedPack] = []
    names: dict[str, str] = {}
    files = list(pack_files(paths))
    if not files:
        raise yamlsrc.SourceErrors(
            [yamlsrc.SourceError(str(p), 1, 1, "no rule files (*.yaml) found") for p in paths]
        )
    for file in files:
        try:
            doc = yamlsrc.load_file(file)
            loaded = LoadedPack(yamlsrc.validate(RulePack, doc), doc)
        except yamlsrc.SourceErrors as exc:
            errors.extend(exc.errors)
            continue
        errors.extend(_semantic_errors(loaded))
        if loaded.pack.name in names:
            errors.append(doc.error(("name",), f"pack name '{loaded.pack.name}' is also used "
                                               f"by {names[loaded.pack.name]}"))
        names[loaded.pack.name] = str(file)
        packs.append(loaded)
    if errors:
        raise yamlsrc.SourceErrors(errors)
    return RuleSet(tuple(packs))
