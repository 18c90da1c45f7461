"""Canonical, provider-independent types that flow through the pipeline.

A provider parses its wire format into an :class:`Exchange`; detection turns its segments into
:class:`Finding` values; the policy turns those into a :class:`Decision`. Nothing here knows about
sockets, mitmproxy or a particular provider.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

# A JSON path into the request body: keys and list indices, e.g. ("messages", 2, "content").
Locator = tuple[str | int, ...]


class Action(enum.IntEnum):
    """What happens to a request. The integer order is the restrictiveness order."""

    ALLOW = 0
    REDACT = 1
    ROUTE_LOCAL = 2
    BLOCK = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Action:
        return cls[text.upper()]


class EndpointKind(enum.StrEnum):
    """What an (host, path) pair on an LLM host is for."""

    CHAT = "chat"  # a generation request whose body the proxy reads
    EMBEDDINGS = "embeddings"  # text in, vectors out
    COUNT_TOKENS = "count_tokens"  # text in, a number out
    METADATA = "metadata"  # carries no prompt (e.g. GET /v1/models)
    UNKNOWN = "unknown"  # a path the proxy cannot read: never let through by default


class SegmentKind(enum.StrEnum):
    """Where a segment's text sits, which says how it is read and whether it can be redacted
    where it stands (see providers/layout.py and providers/envelope.py)."""

    TEXT = "text"  # a body string in a content position: prose, scanned with its neighbours
    TOKEN = "token"  # a body string at a position the format defines (role, type, an id, model)
    KEY = "key"  # an object key the app chose (metadata, tool input): redacted by renaming
    NUMBER = "number"  # a JSON number, as its JSON text: cannot become a placeholder in place
    HEADER = "header"  # "name: value" of a request header outside the protocol allow-list
    QUERY = "query"  # "name: value" of a query parameter
    PATH = "path"  # a URL path segment that carries a value (a model name, a resource id)

    @property
    def in_place(self) -> bool:
        """Whether a value found here can be replaced by a placeholder where it stands."""
        return self in (SegmentKind.TEXT, SegmentKind.TOKEN, SegmentKind.KEY)

    @property
    def body(self) -> bool:
        """Whether the text is in the request body (not a header, the query or the path)."""
        return self not in (SegmentKind.HEADER, SegmentKind.QUERY, SegmentKind.PATH)

    @property
    def prose(self) -> bool:
        """Whether the text runs on into its neighbours (values split across parts)."""
        return self is SegmentKind.TEXT


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of text from a request (body, headers, URL) that may hold sensitive data."""

    locator: Locator
    text: str
    kind: SegmentKind = SegmentKind.TEXT


@dataclass(frozen=True, slots=True)
class Exchange:
    """A parsed request in canonical form."""

    provider: str
    endpoint: EndpointKind
    model: str | None
    stream: bool
    segments: tuple[Segment, ...]
    attachments: tuple[str, ...] = ()  # kinds of non-text parts seen, e.g. ("image_url",)


@dataclass(frozen=True, slots=True)
class Finding:
    """A detected value: where it is, what it is, how sure. Never carries the value itself."""

    segment: int  # index into Exchange.segments
    start: int
    end: int
    entity_type: str
    score: float


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """One rule that matched, and why."""

    rule_id: str
    pack: str
    action: Action
    reason: str
    shadow: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of the policy for one request."""

    action: Action
    matches: tuple[RuleMatch, ...] = ()
    message: str | None = None  # shown to the user on block
    local_model: str | None = None  # route_local may name a model
    # redact: the entity types to replace, each with the lowest score that counts
    redact: tuple[tuple[str, float], ...] = ()
    # redact: the operator per entity type where a rule names one (placeholder otherwise)
    operators: tuple[tuple[str, str], ...] = ()

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(m.rule_id for m in self.matches)
