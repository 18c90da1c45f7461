"""What every wire format provides, and the shared parsing every format uses.

A wire format is a value, not a branch: the registry maps (host, method, path) to a
:class:`Route` that names its format, and the pipeline only ever calls the methods below.
"""

from __future__ import annotations

import abc
import json
import re
from dataclasses import dataclass
from typing import Any

from sovereign.exchange import EndpointKind, Exchange, Locator, Segment
from sovereign.providers.jsonpath import walk_strings

# Keys whose string values are protocol vocabulary, never user content.
COMMON_STRUCTURAL_KEYS = frozenset(
    {"model", "role", "type", "id", "tool_call_id", "tool_use_id", "object", "detail",
     "service_tier", "reasoning_effort", "media_type", "finish_reason", "stop_reason"}
)


class RequestError(ValueError):
    """The request body cannot be read: answered with a 400 in the caller's format."""


@dataclass(frozen=True)
class ParsedRequest:
    doc: Any  # the decoded JSON body, mutated in place by redaction / rerouting
    exchange: Exchange


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
        """Channel keys *event* ends; None means it ends every channel (end of stream)."""

    @abc.abstractmethod
    def carrier(self, channel: StreamChannel, text: str) -> tuple[str | None, Any]:
        """A synthetic (event name, JSON data) delivering *text* on *channel*."""


class WireFormat(abc.ABC):
    name: str
    structural_keys: frozenset[str] = COMMON_STRUCTURAL_KEYS
    attachment_types: frozenset[str] = frozenset()

    def parse_request(self, provider: str, endpoint: EndpointKind, body: bytes) -> ParsedRequest:
        """Decode the JSON body and collect every user-controlled string as a segment."""
        try:
            doc = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RequestError(f"request body is not valid JSON ({type(exc).__name__})") from None
        except RecursionError:
            raise RequestError("request body nests too deeply") from None
        if not isinstance(doc, dict):
            raise RequestError("request body must be a JSON object")
        attachments: list[str] = []

        def skip(loc: Locator, node: Any) -> bool:
            if isinstance(node, dict) and node.get("type") in self.attachment_types:
                attachments.append(str(node["type"]))
                return True
            return bool(loc) and isinstance(node, str) and loc[-1] in self.structural_keys

        segments = tuple(Segment(loc, text) for loc, text in walk_strings(doc, skip=skip) if text)
        model = doc.get("model")
        return ParsedRequest(
            doc=doc,
            exchange=Exchange(
                provider=provider,
                endpoint=endpoint,
                model=model if isinstance(model, str) else None,
                stream=doc.get("stream") is True,
                segments=segments,
                attachments=tuple(sorted(set(attachments))),
            ),
        )

    def set_model(self, doc: Any, model: str) -> None:
        doc["model"] = model

    @abc.abstractmethod
    def error_body(self, status: int, code: str, message: str) -> dict[str, Any]:
        """An error object in this format's shape."""

    @abc.abstractmethod
    def stream_codec(self) -> StreamCodec: ...


@dataclass(frozen=True)
class Route:
    method: str
    path: re.Pattern[str]
    endpoint: EndpointKind
    wire: WireFormat
    local_path: str | None = None  # appended to a local model's base_url for route_local


@dataclass(frozen=True)
class Provider:
    name: str
    hosts: tuple[str, ...]
    routes: tuple[Route, ...]
    wire: WireFormat  # the format of errors for paths that match no route
