"""Upstream failures answered by the addon, not by mitmproxy's error page.

When the server a request was sent to cannot be reached, resets the connection or closes it
before its reply, mitmproxy 12 calls the ``error`` hook and then answers the client with its
own HTML page ("502 Bad Gateway", with the upstream's address in it), whatever the hook did.
An app that called an LLM API would get HTML where it expects the API's JSON error.

:func:`answer_upstream_errors` lets the ``error`` hook answer instead: a response the hook
sets on the flow (the addon sets one in the caller's API format) is sent in place of the
error page; so is one it sets in place of a reply whose body was still being read (nothing
of it had been sent). Nothing else changes: when the hook sets none (flows that are not
ours, or a streamed reply that had already begun), mitmproxy answers as before. This is the behaviour proposed
upstream in mitmproxy pull request 7999, for the one case it needs.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import Any

from mitmproxy.proxy.layers.http import HttpStream, SendHttp
from mitmproxy.proxy.layers.http._events import (
    ResponseData,
    ResponseEndOfMessage,
    ResponseHeaders,
    ResponseProtocolError,
)

_ORIGINAL = HttpStream.handle_protocol_error


def _handle_protocol_error(self: Any, event: Any) -> Generator[Any, Any, None]:
    before = self.flow.response  # the server's reply, if its headers had come
    commands = _ORIGINAL(self, event)
    reply = None
    while True:
        try:
            command = commands.send(reply)
        except StopIteration:
            return
        if (isinstance(event, ResponseProtocolError) and isinstance(command, SendHttp)
                and command.event is event and self.flow.response is not None
                and self.flow.response is not before):
            # the error hook answered: send that response instead of the error page
            yield from _send(self, self.flow.response)
            reply = None
            continue
        reply = yield command


def _send(stream: Any, response: Any) -> Generator[Any, Any, None]:
    response.timestamp_start = response.timestamp_end = time.time()
    content = response.raw_content or b""
    client = stream.context.client
    yield SendHttp(ResponseHeaders(stream.stream_id, response, not content), client)
    if content:
        yield SendHttp(ResponseData(stream.stream_id, content), client)
    yield SendHttp(ResponseEndOfMessage(stream.stream_id), client)


def answer_upstream_errors() -> None:
    """Let the error hook answer upstream failures (idempotent)."""
    HttpStream.handle_protocol_error = _handle_protocol_error  # type: ignore[method-assign]
