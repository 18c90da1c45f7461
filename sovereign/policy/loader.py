"""Load rule packs from files and folders; report every problem, located, in one go."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sovereign import yamlsrc
from sovereign.policy.custom import as_detected, words_regex
from sovereign.policy.entities import KNOWN_ENTITIES
from sovereign.policy.regexcheck import RegexError, compile_regex, regex_problems
from sovereign.policy.schema import Condition, CustomRecognizer, RulePack


@dataclass(frozen=True)
class LoadedPack:
    pack: RulePack
    source: yamlsrc.Located


@dataclass(frozen=True)
class RuleSet:
    packs: tuple[LoadedPack, ...]

    @property
    def recognizers(self) -> list[CustomRecognizer]:
        return [r for p in self.packs for r in p.pack.recognizers]

    @property
    def files(self) -> list[str]:
        return [p.source.file for p in self.packs]


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


def _recognizer_errors(loaded: LoadedPack) -> list[yamlsrc.SourceError]:
    doc, pack = loaded.source, loaded.pack
    errors = []
    seen: set[str] = set()
    for i, rec in enumerate(pack.recognizers):
        if rec.id in seen:
            errors.append(doc.error(("recognizers", i, "id"), f"duplicate recognizer id '{rec.id}'"))
        seen.add(rec.id)
        for j, pattern in enumerate(rec.patterns):
            for problem in regex_problems(pattern.regex, rec.case_sensitive):
                errors.append(doc.error(("recognizers", i, "patterns", j, "regex"), problem))
        for key in ("deny_list", "context"):
            errors.extend(_word_list_errors(doc, i, key, getattr(rec, key), rec.case_sensitive))
    return errors


def _word_list_errors(doc: yamlsrc.Located, i: int, key: str, words: list[str],
                      case_sensitive: bool) -> list[yamlsrc.SourceError]:
    """Deny-list or context words that cannot be matched, and a list RE2 cannot hold."""
    what = "deny-list" if key == "deny_list" else "context"
    errors = []
    for j, word in enumerate(words):
        at = ("recognizers", i, key, j)
        if not word.strip():
            errors.append(doc.error(at, f"empty {what} entry"))
        elif any(0xD800 <= ord(c) <= 0xDFFF for c in word):
            errors.append(doc.error(at, f"{what} entry holds a lone surrogate (not a character)"))
        elif not as_detected(word).strip():
            errors.append(doc.error(at, f"{what} entry is empty once normalised (only "
                                        "invisible characters): it can never be found"))
    if errors or not words:
        return errors
    source = words_regex(words)
    if source is not None:
        try:
            compile_regex(source, case_sensitive and key == "deny_list")
        except RegexError as exc:
            errors.append(doc.error(("recognizers", i, key), f"{what} list: {exc}"))
    return errors


def _semantic_errors(loaded: LoadedPack, known: frozenset[str]) -> list[yamlsrc.SourceError]:
    doc, pack = loaded.source, loaded.pack
    errors = _recognizer_errors(loaded)
    seen: dict[str, int] = {}
    for i, rule in enumerate(pack.rules):
        if rule.id in seen:
            errors.append(doc.error(("rules", i, "id"), f"duplicate rule id '{rule.id}' (first "
                                                        f"at rules[{seen[rule.id]}])"))
        seen[rule.id] = i
        for cond, path in _walk_conditions(rule.when, ("rules", i, "when")):
            for j, entity in enumerate(cond.entities or []):
                if entity not in known:
                    errors.append(doc.error((*path, "entities", j), f"unknown entity '{entity}'"))
            for j, cidr in enumerate(cond.clients or []):
                try:
                    ipaddress.ip_network(cidr, strict=False)
                except ValueError:
                    errors.append(doc.error((*path, "clients", j),
                                            f"'{cidr}' is not an address or CIDR range"))
        if rule.message is not None and rule.action != "block":
            errors.append(doc.error(("rules", i, "message"), "'message' is only used by block"))
        if rule.operators is not None:
            if rule.action != "redact":
                errors.append(doc.error(("rules", i, "operators"),
                                        "'operators' is only used by redact", at_key=True))
            for entity in rule.operators:
                if entity not in known:
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
    parsed: list[LoadedPack] = []
    for file in files:
        try:
            doc = yamlsrc.load_file(file)
            parsed.append(LoadedPack(yamlsrc.validate(RulePack, doc), doc))
        except yamlsrc.SourceErrors as exc:
            errors.extend(exc.errors)
    # entity types: the built-in ones and those any pack's recognizers define
    known = KNOWN_ENTITIES | {r.entity for p in parsed for r in p.pack.recognizers}
    for loaded in parsed:
        doc = loaded.source
        errors.extend(_semantic_errors(loaded, known))
        if loaded.pack.name in names:
            errors.append(doc.error(("name",), f"pack name '{loaded.pack.name}' is also used "
                                               f"by {names[loaded.pack.name]}"))
        names[loaded.pack.name] = doc.file
        packs.append(loaded)
    if errors:
        raise yamlsrc.SourceErrors(errors)
    return RuleSet(tuple(packs))
