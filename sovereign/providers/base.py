"""What every wire format provides, and the shared parsing every format uses.

A wire format is a value, not a branch: the registry maps (host, method, path) to a
:class:`Route` that names its format, and the pipeline only ever calls the methods below.
"""

from __future__ import annotations

import abc
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sovereign.exchange import EndpointKind, Exchange, Locator
from sovereign.providers.hosts import host_regex
from sovereign.providers.layout import FIELDS, Layout
from sovereign.providers.sigv4 import SigV4Service

# the content types of streamed replies the proxy reads event by event: server-sent events,
# and AWS event streams (Bedrock; WireFormat.stream_framing says which a format uses)
STREAM_CONTENT_TYPES = ("text/event-stream", "application/vnd.amazon.eventstream")


class RequestError(ValueError):
    """The request body cannot be read: answered with a 400 in the caller's format."""


@dataclass(frozen=True)
class PathInfo:
    """What the URL path says about the request (Gemini and Azure put the model there)."""

    model: str | None = None
    stream: bool = False
    action: str | None = None  # e.g. Gemini's "generateContent", "batchEmbedContents"
    # the route's path pattern, values left out ("/v1beta/models/{model}:generateContent"):
    # what the audit record keeps; None for a path that matches no route
    route: str | None = None
    # the path segments that carry a value, as (group name, value as sent): content, scanned
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ParsedRequest:
    doc: Any  # the decoded JSON body, mutated in place by redaction / rerouting
    exchange: Exchange
    path: PathInfo = field(default_factory=PathInfo)


@dataclass(frozen=True)
class StreamChannel:
    """One text stream inside an SSE reply (e.g. choice 0's content, content block 2)."""

    key: tuple[str | int, ...]
    template: dict[str, Any]  # how to build a synthetic delta event for this channel


class StreamCodec(abc.ABC):
    """Where the text deltas are in a format's stream events (for placeholder restoration)."""

    @abc.abstractmethod
    def text_fields(self, event: Any) -> list[tuple[StreamChannel, Locator]]:
        """The text deltas in *event*, with their channel."""

    @abc.abstractmethod
    def closes(self, name: str | None, event: Any) -> list[tuple[str | int, ...]] | None:
        """Channel key prefixes *event* ends; None means it ends every channel."""

    @abc.abstractmethod
    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        """A synthetic (event name, JSON data) delivering *text* on *channel*."""

    def ends(self, name: str | None, data: str) -> bool:
        """Whether the event named *name* with *data* (as sent) is the stream's last: an app
        has read the whole reply once it has it (SDKs hang up right after it). False for
        formats whose streams end only with the body (the app reads to the end)."""
        return False


@dataclass(frozen=True)
class ConversationRef:
    """Provider-held history a request continues. *key* finds its redaction vault (distinct
    for distinct kinds of reference); *lasting* when later turns name the same history by the
    same reference (a conversation object), so the vault is kept under it as well as under
    each reply's id; otherwise each turn names the previous reply (previous_response_id)."""

    key: str
    lasting: bool = False


class ReplyHandler(Protocol):
    """What happens to the reply on its way back to the app."""

    def whole(self, body: bytes, status: int) -> bytes: ...

    def stream(self) -> Callable[[bytes], bytes]: ...

    @property
    def content_type(self) -> str | None:
        """A content type to set on the reply (translations), or None to keep the server's."""
        ...


class Translator(Protocol):
    """Turns a request in one format into another format's request, and the reply back."""

    def request(self, parsed: ParsedRequest, local_model: str) -> Any: ...

    def reply(self, parsed: ParsedRequest) -> ReplyHandler: ...


MAX_DEPTH = 128  # deeper JSON is refused: no provider needs it, parsers disagree past it


class DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Parsers disagree on duplicate keys (first or last wins): a body that has them could be
    scanned as one thing and read upstream as another, so it is refused."""
    doc: dict[str, Any] = {}
    for key, value in pairs:
        if key in doc:
            raise DuplicateKey(key)
        doc[key] = value
    return doc


def _depth(raw: str) -> int:
    """Nesting depth of a JSON text, ignoring brackets inside strings (no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def load_json_object(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, strictly: UTF-8 only (RFC 8259 §8.1), no duplicate keys, no
    absurd nesting. Anything else is a RequestError (a 400 in the caller's format)."""
    try:
        text = body.decode("utf-8")  # strict: overlong forms and invalid bytes are refused
    except UnicodeDecodeError:
        raise RequestError("request body is not valid UTF-8") from None
    if text.startswith("\ufeff"):
        raise RequestError("request body starts with a byte-order mark")
    if _depth(text) > MAX_DEPTH:
        raise RequestError(f"request body nests deeper than {MAX_DEPTH} levels")
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates)
    except DuplicateKey as exc:
        raise RequestError(f"request body repeats the key '{exc}' in one object") from None
    except json.JSONDecodeError as exc:
        raise RequestError(f"request body is not valid JSON ({type(exc).__name__})") from None
    except RecursionError:
        raise RequestError("request body nests too deeply") from None
    if not isinstance(doc, dict):
        raise RequestError("request body must be a JSON object")
    return doc


class WireFormat(abc.ABC):
    name: str
    # where the format's own fields sit: everything else in a body is content (layout.py)
    layout: Layout = Layout(fields=FIELDS)
    attachment_types: frozenset[str] = frozenset()
    # attachment kinds a local model needs the 'vision' capability for (route/fit.py)
    image_types: frozenset[str] = frozenset()
    # where a request caps the tokens of its answer (dotted paths; the first one set counts)
    max_output_fields: tuple[str, ...] = ()
    # how the format's streamed replies are framed: "sse" (text/event-stream) or
    # "eventstream" (AWS application/vnd.amazon.eventstream, providers/eventstream.py)
    stream_framing: str = "sse"

    def requested_output_tokens(self, doc: Any) -> int:
        """The most tokens the request lets the answer have, 0 when it does not say."""
        for dotted in self.max_output_fields:
            node = doc
            for key in dotted.split("."):
                node = node.get(key) if isinstance(node, dict) else None
            if isinstance(node, int):
                return node
        return 0

    def attachment_kind(self, node: dict[str, Any]) -> str | None:
        """The kind of non-text part *node* is, or None if it is not one."""
        kind = node.get("type")
        return kind if isinstance(kind, str) and kind in self.attachment_types else None

    def extra_attachments(self, doc: dict[str, Any], endpoint: EndpointKind) -> list[str]:
        """Unreadable input that is not a typed part (e.g. embeddings given as token ids)."""
        return []

    def model_of(self, doc: dict[str, Any], path: PathInfo) -> str | None:
        model = doc.get("model")
        return model if isinstance(model, str) else path.model

    def stream_of(self, doc: dict[str, Any], path: PathInfo) -> bool:
        return doc.get("stream") is True or path.stream

    def continues_remote_state(self, doc: dict[str, Any]) -> bool:
        """True when the request refers to conversation state held by the closed provider."""
        return self.conversation_ref(doc) is not None

    def conversation_ref(self, doc: dict[str, Any]) -> ConversationRef | None:
        """The provider-held history this request continues, if any."""
        return None

    def reply_id(self, doc: Any) -> str | None:
        """The id under which the provider stores this reply (a body or a stream event)."""
        return None

    def parse_request(self, provider: str, endpoint: EndpointKind, body: bytes,
                      path: PathInfo | None = None) -> ParsedRequest:
        """Decode the JSON body and collect everything the app controls (every string, number
        and object key outside the format's own fields) as a segment."""
        path = path or PathInfo()
        doc = load_json_object(body)
        attachments: list[str] = self.extra_attachments(doc, endpoint)
        found, parts = self.layout.read(doc, self.attachment_kind)
        attachments.extend(parts)
        segments = tuple(found)
        return ParsedRequest(
            doc=doc,
            exchange=Exchange(
                provider=provider,
                endpoint=endpoint,
                model=self.model_of(doc, path),
                stream=self.stream_of(doc, path),
                segments=segments,
                attachments=tuple(sorted(set(attachments))),
            ),
            path=path,
        )

    def set_model(self, doc: Any, model: str) -> None:
        doc["model"] = model

    @abc.abstractmethod
    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        """An error object in this format's shape."""

    def error_headers(self, status: int, code: str) -> dict[str, str]:
        """Headers an error in this format carries besides its body (Bedrock's
        ``x-amzn-ErrorType``); none for most formats."""
        return {}

    @abc.abstractmethod
    def stream_codec(self) -> StreamCodec: ...


@dataclass(frozen=True)
class LocalTarget:
    """How a route is answered by a local model."""

    path: str  # appended to the local model's base_url (or its server root when root=True)
    root: bool = False
    translator: Translator | None = None
    capability: str | None = None  # the local model must have it (e.g. "embeddings")


@dataclass(frozen=True)
class Route:
    method: str
    path: re.Pattern[str]  # may capture (?P<model>...) and (?P<action>...)
    endpoint: EndpointKind
    wire: WireFormat
    local: LocalTarget | None = None
    stream_actions: frozenset[str] = frozenset()
    # a route that defines a websocket the proxy reads (none today): only such a route may
    # carry an Upgrade header; on every other one it is refused, never forwarded unread
    websocket: bool = False

    def path_info(self, match: re.Match[str]) -> PathInfo:
        """What the matched path says. Every path segment that carries a value is a named
        group; ``action`` alone is vocabulary (its pattern lists every value it can take)."""
        groups = match.groupdict()
        action = groups.get("action")
        values = [(name, value) for name, value in groups.items()
                  if name != "action" and value is not None]
        label, pos = [], 0
        for name, _ in sorted(values, key=lambda v: match.start(v[0])):
            label += [match.string[pos : match.start(name)], "{" + name + "}"]
            pos = match.end(name)
        label.append(match.string[pos : match.end()])
        return PathInfo(model=groups.get("model"), stream=action in self.stream_actions,
                        action=action, route="".join(label), values=tuple(values))


@dataclass(frozen=True)
class Provider:
    name: str
    hosts: tuple[str, ...]  # exact names or patterns (hosts.host_regex: "*.suffix", "*-x.y")
    routes: tuple[Route, ...]
    wire: WireFormat  # the format of errors for paths that match no route
    # requests signed over their body (AWS SigV4): a body the proxy changes must be signed
    # again, with the proxy's own identity (pipeline: redact), or not sent changed at all
    signing: SigV4Service | None = None

    @functools.cached_property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(host_regex(h)) for h in self.hosts)

    def _match(self, host: str) -> re.Match[str] | None:
        return next((m for p in self._patterns if (m := p.fullmatch(host))), None)

    def serves(self, host: str) -> bool:
        return self._match(host) is not None

    def host_value(self, host: str) -> str | None:
        """The part of a (normalised) *host* that a wildcard host name matched, e.g. an Azure
        resource name or a Vertex AI region: the app chose it, so it is content."""
        m = self._match(host)
        return (".".join(g for g in m.groups() if g) or None) if m is not None else None
