"""What the app controls outside the body: headers, query parameters, URL path segments.

An app can put a value in any of them (``x-customer-email: …``, an SDK's ``extra_headers``,
``?customer=…``, ``GET /v1/models/<e-mail>``, ``/v1beta/models/<SSN>:generateContent``), and
all of them reach the closed API. So each is content and is scanned like the body, except:

- the protocol headers in :data:`PROTOCOL_HEADERS`, whose values HTTP or the SDKs define
  (framing, encodings, SDK and API versions): not scanned (a limit: a value an app puts in
  one of these goes out unread; the SDKs fill them themselves);
- the protocol query parameters in :data:`PROTOCOL_PARAMS` (``alt=sse``, Azure's
  ``api-version``) when their value has the protocol's form; any other value is scanned;
- credentials (:data:`CREDENTIAL_HEADERS`, :data:`CREDENTIAL_PARAMS`, e.g. ``Authorization``,
  ``x-api-key``, ``api-key``, ``x-goog-api-key``, Gemini's ``?key=``): never scanned into a
  finding, never recorded (a key is not personal data, and a finding would quote it in tags);
- in a path, only the segments a route captures as a value (``{model}``, ``{response_id}``);
  the rest of a known route's path is its own vocabulary. A path that matches no route is
  scanned segment by segment.

None of these can be redacted where it stands (a placeholder in a header, query or path would
change what the provider is asked for), so a value the policy would redact there sends the
request to the local model instead, which receives neither the header's destination nor the
URL (see :mod:`sovereign.positions`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, unquote

from sovereign.exchange import Segment, SegmentKind
from sovereign.providers.base import PathInfo

# Credentials of the closed provider: never scanned, never recorded, never sent to a local model.
CREDENTIAL_HEADERS = ("authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie",
                      "openai-organization", "openai-project", "proxy-authorization",
                      "x-amz-security-token")  # an AWS temporary identity's session token
CREDENTIAL_PARAMS = frozenset({"key",  # Gemini's ?key=<API key>
                               # AWS SigV4 in the query (a presigned URL)
                               "x-amz-credential", "x-amz-signature", "x-amz-security-token"})
# The credentials that identify the caller to a provider, in the order they are looked for.
CALLER_HEADERS = ("authorization", "x-api-key", "api-key", "x-goog-api-key")

# Headers whose values the protocol or the official SDKs define. Every other header is content.
PROTOCOL_HEADERS = frozenset({
    # HTTP framing, negotiation and connection management
    "host", "content-type", "content-length", "content-encoding", "transfer-encoding",
    "accept", "accept-encoding", "connection", "keep-alive", "te", "trailer", "expect",
    "cache-control", "pragma", "proxy-connection",
    # the official SDKs' own headers (versions, platform, retry and timeout bookkeeping)
    "x-stainless-lang", "x-stainless-package-version", "x-stainless-os", "x-stainless-arch",
    "x-stainless-runtime", "x-stainless-runtime-version", "x-stainless-async",
    "x-stainless-retry-count", "x-stainless-read-timeout", "x-stainless-timeout",
    "x-stainless-helper-method", "x-stainless-poll-helper", "x-stainless-custom-poll-interval",
    "x-stainless-raw-response",
    # AWS SigV4 and the AWS SDKs' bookkeeping (the signature itself is in authorization)
    "x-amz-date", "x-amz-content-sha256", "amz-sdk-invocation-id", "amz-sdk-request",
    "anthropic-version", "anthropic-beta", "anthropic-dangerous-direct-browser-access",
    "openai-beta", "x-goog-api-client",
})

# Query parameters the protocols define, and the values they take: such a parameter with such
# a value is not scanned; with any other value it is, like every other parameter.
PROTOCOL_PARAMS = {
    "alt": re.compile(r"sse|json|proto|media"),  # Gemini
    "api-version": re.compile(r"\d{4}-\d{2}-\d{2}(?:-preview)?|latest|preview|v1"),  # Azure
}

_MAX_DECODES = 3  # %2540 → %40 → @: a value encoded more than once is read as decoded


def decoded(text: str) -> str:
    for _ in range(_MAX_DECODES):
        plain = unquote(text)
        if plain == text:
            break
        text = plain
    return text


def header_segments(headers: Mapping[str, str]) -> list[Segment]:
    """Each header outside the allow-lists as one ``"name: value"`` segment (the name is
    chosen by the app too, and labels the value for the recognizers)."""
    return [Segment(("header", name), f"{name}: {value}", SegmentKind.HEADER)
            for name, value in headers.items()
            if name.lower() not in PROTOCOL_HEADERS and name.lower() not in CREDENTIAL_HEADERS
            and not name.startswith(":")]


def query_segments(path: str) -> list[Segment]:
    """Each query parameter (name and value, decoded) but the credentials."""
    _, _, query = path.partition("?")
    out = []
    for i, (name, value) in enumerate(parse_qsl(query, keep_blank_values=True)):
        if name.lower() in CREDENTIAL_PARAMS:
            continue
        shape = PROTOCOL_PARAMS.get(name.lower())
        if shape is not None and shape.fullmatch(value):
            continue
        text = f"{decoded(name)}: {decoded(value)}" if value else decoded(name)
        out.append(Segment(("query", i), text, SegmentKind.QUERY))
    return out


def path_segments(path: str, info: PathInfo, known: bool) -> list[Segment]:
    """The value-carrying segments of a known route's path; every segment of an unknown one."""
    if known:
        return [Segment(("path", name), decoded(value), SegmentKind.PATH)
                for name, value in info.values if value]
    bare = path.partition("?")[0]
    return [Segment(("path", i), decoded(part), SegmentKind.PATH)
            for i, part in enumerate(bare.split("/")) if part]


def envelope_segments(headers: Mapping[str, str], path: str, info: PathInfo,
                      known: bool, host_value: str | None = None) -> tuple[Segment, ...]:
    """Everything outside the body the app controls, as segments, in a fixed order
    (*host_value*: the part of the host name a wildcard matched, e.g. an Azure resource)."""
    host = [Segment(("host",), host_value, SegmentKind.PATH)] if host_value else []
    return (*host, *path_segments(path, info, known), *query_segments(path),
            *header_segments(headers))


def caller_credential(headers: Mapping[str, str], path: str, client: str) -> str:
    """What identifies the caller to the provider (a credential header, else a credential
    query parameter, else the client's address), so that state kept per caller (redaction
    vaults) never mixes between callers. Hash it before keeping it."""
    for name in CALLER_HEADERS:
        if value := headers.get(name):
            return f"{name}:{value}"
    query = path.partition("?")[2]
    for pair in query.split("&"):
        name, sep, value = pair.partition("=")
        if sep and value and name in CREDENTIAL_PARAMS:
            return f"{name}:{value}"
    return f"client:{client}"
