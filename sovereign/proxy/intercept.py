"""Which connections the proxy opens, and HTTP/1 request trailers: the two places where the
decision is mitmproxy's before any addon hook runs.

**Which connections are intercepted.** mitmproxy's ``allow_hosts`` compares raw strings with
patterns, so ``api.openai.com.`` (trailing dot) or a TLS handshake without SNI to a bare IP
(whose Host header, inside the TLS, names the API) were tunnelled unread. :class:`Intercept`
takes mitmproxy's place for that one decision and decides on normalised names
(:func:`sovereign.providers.hosts.normalise_host`) from every source it can see before TLS:

- any name (CONNECT or transparent destination, TLS SNI, a plain-text Host header) that is a
  catalogued LLM host → intercepted;
- no name at all (a TLS ClientHello without SNI, or HTTP without Host, to an IP address) →
  intercepted too: the Host header inside is then the only name, and it can only be read
  decrypted. If it names no LLM API the request is passed on as it is, but the client sees a
  certificate from the proxy CA (fail closed: an IP-only client that does not trust the CA
  fails instead of reaching an LLM API unread);
- names, none of them an LLM host → tunnelled as raw TLS, untouched (and the names are told
  to *on_tunnel*: sovereign/discovery.py records a known LLM API host the catalogue does not
  read); with ``unknown_llm_hosts: inspect`` nothing is tunnelled: every connection is
  intercepted, and the pipeline decides any request that reads as an LLM call.

After interception the addon compares all names again (SNI and Host included) and the
pipeline refuses a request whose names disagree (421 ``host_mismatch``).

**Request trailers.** mitmproxy 12's HTTP/1 reader raises ``NotImplementedError`` on a chunked
request that ends with trailer fields: the connection's handler crashes and the client waits
for an answer that never comes. :func:`keep_request_trailers` makes the reader hand the
trailers to the request (as mitmproxy already does for HTTP/2) so the flow reaches the addon,
which refuses it in the caller's format, with an audit record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from typing import Any

import h11
from h11._readers import ChunkedReader
from mitmproxy import http
from mitmproxy.addons.next_layer import NextLayer
from mitmproxy.proxy import mode_specs
from mitmproxy.proxy.context import Context
from mitmproxy.proxy.layers.http import _http1

from sovereign.providers.hosts import normalise_host

_HTTP_REQUEST_LINE = re.compile(rb"[A-Z]{3,}.+HTTP/", re.IGNORECASE)


class Intercept(NextLayer):
    """mitmproxy's next-layer decision with our own notion of which connections to open."""

    def __init__(self, is_llm_host: Callable[[str], bool],
                 on_tunnel: Callable[[list[str]], object] | None = None,
                 intercept_all: bool = False) -> None:
        super().__init__()
        self._is_llm_host = is_llm_host
        self._on_tunnel = on_tunnel  # told the names of each connection passed on unread
        self._intercept_all = intercept_all  # unknown_llm_hosts: inspect

    def _ignore_connection(self, context: Context, data_client: bytes,
                           data_server: bytes) -> bool | None:
        """True: tunnel untouched. May raise NeedsMoreData (mitmproxy then waits)."""
        if not context.server.address:
            return False  # not connected anywhere yet (before CONNECT): nothing to decide
        if isinstance(context.client.proxy_mode, mode_specs.WireGuardMode) \
                and context.server.address == ("10.0.0.53", 53):
            return False  # wireguard mode's own DNS server, as mitmproxy does
        host = str(context.server.address[0])
        header = self._get_host_header(context, data_client, data_server)
        hello = self._get_client_hello(context, data_client)
        sources = (host, header, hello.sni if hello else None, context.client.sni)
        names = {n for s in sources if s and (n := normalise_host(s, with_port=True))}
        if any(self._is_llm_host(n) for n in names) or self._intercept_all:
            return False
        if names:
            if self._on_tunnel is not None:
                self._on_tunnel(sorted(names))
            return True
        # no name at all: TLS without SNI, or HTTP without Host, to an IP address
        speaks_http = context.client.transport_protocol == "tcp" and not data_server \
            and _HTTP_REQUEST_LINE.match(data_client) is not None
        return not (hello is not None or speaks_http)


class _KeepTrailers:
    """An h11 chunked-body reader that puts trailer fields on the request instead of making
    mitmproxy's reader raise on them."""

    def __init__(self, inner: ChunkedReader, conn: Any) -> None:
        self._inner = inner
        self._conn = conn

    def __call__(self, buf: Any) -> Any:
        event = self._inner(buf)
        if isinstance(event, h11.EndOfMessage) and event.headers:
            request = getattr(self._conn, "request", None)
            if isinstance(request, http.Request):
                request.trailers = http.Headers(
                    [(bytes(name), bytes(value)) for name, value in event.headers])
            return h11.EndOfMessage()
        return event

    def read_eof(self) -> Any:
        return self._inner.read_eof()


_ORIGINAL_READ_BODY = _http1.Http1Server.read_body


def _read_body(self: Any, event: Any) -> Generator[Any, Any, None]:
    if isinstance(self.body_reader, ChunkedReader):
        self.body_reader = _KeepTrailers(self.body_reader, self)
    yield from _ORIGINAL_READ_BODY(self, event)


def keep_request_trailers() -> None:
    """Install the trailer-keeping reader for requests (idempotent)."""
    _http1.Http1Server.read_body = _read_body  # type: ignore[method-assign]
