"""Findings that are not errors but almost certainly mistakes: rules that can never match and
rules that can never decide anything. Reported by ``sovereign rules lint`` (exit 1)."""

from __future__ import annotations

from collections.abc import Iterator

from sovereign import yamlsrc
from sovereign.policy.loader import RuleSet
from sovereign.policy.schema import Condition, Rule
from sovereign.providers.discover import UNKNOWN
from sovereign.providers.registry import BUILTIN

RESTRICTIVENESS = {"allow": 0, "redact": 1, "route_local": 2, "block": 3}
BODYLESS = {"metadata", "unknown"}  # endpoints whose body is not read: no findings there
# the registry's built-in providers (config adds its own), and the name calls found outside
# the catalogue are decided under (unknown_llm_hosts: inspect)
PROVIDERS = set(BUILTIN) | {UNKNOWN}


def _never(cond: Condition, known_providers: set[str]) -> str | None:
    """Why *cond* can never hold, or None."""
    if cond.entities is not None and cond.endpoint is not None and set(cond.endpoint) <= BODYLESS:
        return (f"it needs entities but only names endpoints {sorted(cond.endpoint)}, "
                "whose bodies are not read")
    if cond.providers is not None and not set(cond.providers) & known_providers:
        return f"no provider named {sorted(cond.providers)} exists"
    if cond.min_count > 1 and cond.entities == []:
        return "it needs findings of no entity type"
    for sub in cond.all or []:
        if (why := _never(sub, known_providers)) is not None:
            return why
    subs = cond.all or []
    provider_sets = [set(s.providers) for s in subs if s.providers is not None]
    if cond.providers is not None:
        provider_sets.append(set(cond.providers))
    if len(provider_sets) > 1 and not set.intersection(*provider_sets):
        return "its parts require different providers at once"
    if cond.any is not None and cond.any and all(
            _never(s, known_providers) is not None for s in cond.any):
        return "none of its 'any' alternatives can hold"
    return None


def _enforced_rules(rules: RuleSet) -> Iterator[tuple[yamlsrc.Located, int, Rule]]:
    for loaded in rules.packs:
        if loaded.pack.mode == "enforce":
            for i, rule in enumerate(loaded.pack.rules):
                yield loaded.source, i, rule


def lint(rules: RuleSet, extra_providers: set[str] | None = None) -> list[yamlsrc.SourceError]:
    known_providers = PROVIDERS | (extra_providers or set())
    problems = []
    for loaded in rules.packs:
        for i, rule in enumerate(loaded.pack.rules):
            if (why := _never(rule.when, known_providers)) is not None:
                problems.append(loaded.source.error(("rules", i, "when"),
                                                    f"rule '{rule.id}' can never match: {why}"))
    # same condition, two rules: the less restrictive one never decides anything. The same
    # condition and action in two packs is no finding: a pack restates a rule of another
    # (hipaa.yaml keeps images local as rules/default.yaml does) so that it also holds when
    # used alone; both rules then decide the same and are both named. Within one pack it is
    # a copy to remove.
    seen: dict[str, tuple[yamlsrc.Located, int, Rule]] = {}
    for doc, i, rule in _enforced_rules(rules):
        key = rule.when.model_dump_json(exclude_defaults=True)
        if key not in seen:
            seen[key] = (doc, i, rule)
            continue
        other_doc, other_i, other = seen[key]
        mine, theirs = RESTRICTIVENESS[rule.action], RESTRICTIVENESS[other.action]
        if mine == theirs and doc is not other_doc:
            continue
        if mine == theirs:
            problems.append(doc.error(("rules", i, "id"), f"rule '{rule.id}' duplicates "
                                      f"'{other.id}' ({other_doc.file}): same condition and "
                                      "action"))
        else:
            weak, weak_doc, weak_i, strong = ((rule, doc, i, other) if mine < theirs
                                              else (other, other_doc, other_i, rule))
            problems.append(weak_doc.error(("rules", weak_i, "action"), (
                f"rule '{weak.id}' is shadowed by '{strong.id}': same condition, and "
                f"{strong.action} always wins over {weak.action}")))
    return problems
