"""The stand-ins take a request body as a real API server does: with a content-length, or
chunked (RFC 9112 §7.1), as a proxy forwards a body its client streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx

from sovereign.demo.standins import StandIn


def test_a_chunked_request_body_is_read_whole() -> None:
    standin = StandIn("closed", event_delay=0).start()
    try:
        doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": "river " * 50_000}]}
        raw = json.dumps(doc).encode()

        def body() -> Iterator[bytes]:
            for i in range(0, len(raw), 65536):
                yield raw[i : i + 65536]

        with httpx.Client(trust_env=False, timeout=30) as client:
            chunked = client.post(f"{standin.url}/v1/chat/completions", content=body(),
                                  headers={"content-type": "application/json"})
            plain = client.post(f"{standin.url}/v1/chat/completions", json=doc)
        assert chunked.status_code == 200, chunked.text
        assert plain.status_code == 200, plain.text
        assert standin.received[0].body == raw
        assert [r.json for r in standin.received] == [doc, doc]
    finally:
        standin.stop()
