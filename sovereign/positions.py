"""Findings where a placeholder cannot stand, and what the decision does about them. Pure.

A value in a body string or an object key is redacted where it stands. A value in a JSON
number, a header, a query parameter or a URL path segment cannot be: a placeholder there would
change the type the app's schema wants, or what the provider is asked for. When the policy
says ``redact`` and such a value is one it would redact, the request is answered by the local
model instead (``route_local``), which gets the body and none of the URL; the decision says
so in the builtin rule ``unredactable-position``. Where there is no local equivalent (a
metadata route, a conversation stored at the provider) route_local is refused, as always.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sovereign.exchange import Action, Decision, Finding, RuleMatch, Segment, SegmentKind

RULE_ID = "unredactable-position"

_WHERE = {SegmentKind.NUMBER: "a JSON number", SegmentKind.HEADER: "a request header",
          SegmentKind.QUERY: "a query parameter", SegmentKind.PATH: "the URL path"}


KindOf = Callable[[int], SegmentKind]  # a segment index → where that segment sits


def kinds_of(segments: Sequence[Segment]) -> KindOf:
    return lambda i: segments[i].kind


def stuck(decision: Decision, findings: Sequence[Finding], kind_of: KindOf) -> list[Finding]:
    """The findings the decision would redact that sit where no placeholder can stand."""
    floors = dict(decision.redact)
    return [f for f in findings
            if f.entity_type in floors and f.score >= floors[f.entity_type]
            and not kind_of(f.segment).in_place]


def escalate(decision: Decision, findings: Sequence[Finding], kind_of: KindOf) -> Decision:
    """*decision*, or route_local when a redact decision cannot redact every value in place."""
    if decision.action is not Action.REDACT:
        return decision
    found = stuck(decision, findings, kind_of)
    if not found:
        return decision
    types = ", ".join(sorted({f.entity_type for f in found}))
    where = ", ".join(sorted({_WHERE[kind_of(f.segment)] for f in found}))
    reason = (f"{types} in {where} cannot be replaced by a placeholder where it stands, so "
              "the request is answered by the local model")
    match = RuleMatch(RULE_ID, "builtin", Action.ROUTE_LOCAL, reason)
    return Decision(Action.ROUTE_LOCAL, (*decision.matches, match), message=decision.message,
                    local_model=decision.local_model)


def fixed_positions(findings: Sequence[Finding], segments: Sequence[Segment],
                    limit: int = 256) -> dict[str, str]:
    """For the record (and replay): the segments with a finding where no placeholder can
    stand, by index, with their kind; at most *limit*."""
    out: dict[str, str] = {}
    for f in findings:
        kind = segments[f.segment].kind
        if not kind.in_place and len(out) < limit:
            out[str(f.segment)] = kind.value
    return out


def scrub(value: str | None, findings: Sequence[Finding], segments: Sequence[Segment],
          holds: Callable[[Segment], bool], limit: int = 128) -> str | None:
    """*value* (a model name, the app header, a host name) as the audit record may keep it:
    if a finding is in a segment that *holds* it, only the types found (``<US_SSN>``); past
    *limit* characters, only its length."""
    if value is None:
        return None
    types = sorted({f.entity_type for f in findings if holds(segments[f.segment])})
    if types:
        return "".join(f"<{t}>" for t in types)
    return value if len(value) <= limit else f"<{len(value)} characters>"


def holds_model(segment: Segment) -> bool:
    """The body's model (a token) or the URL's ({model})."""
    return segment.kind in (SegmentKind.TOKEN, SegmentKind.PATH) and \
        segment.locator[-1:] == ("model",)


def holds_header(name: str) -> Callable[[Segment], bool]:
    return lambda s: s.kind is SegmentKind.HEADER and s.locator == ("header", name)


def holds_host(segment: Segment) -> bool:
    return segment.kind is SegmentKind.PATH and segment.locator == ("host",)
