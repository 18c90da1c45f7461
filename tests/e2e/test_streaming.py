"""Streams flow through as they are produced: the client sees text while the server is still
sending. The stand-in pauses mid-stream until the client has received text; a proxy that
buffered to the end would never let that text through and the gate would time out."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.conftest import ProxyRun
from tests.e2e.clients import anthropic_client, openai_client

PROMPTS = {
    "allow": ("What is the capital of France?", "closed"),
    "redact": ("Say hello to John Smith, nicely and at some length", "closed"),
    "route_local": ("My SSN is 078-05-1120, explain the form to me", "local"),
}


def openai_pieces(prompt: str) -> Iterator[str]:
    raw = openai_client().chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": prompt}], stream=True)
    assert raw.headers["x-sovereign-decision"].startswith("dec_")  # even on a stream
    for chunk in raw.parse():
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def anthropic_pieces(prompt: str) -> Iterator[str]:
    with anthropic_client().messages.stream(
            model="claude-opus-4-7", max_tokens=64,
            messages=[{"role": "user", "content": prompt}]) as stream:
        yield from stream.text_stream


@pytest.mark.parametrize("action", sorted(PROMPTS))
@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_first_text_arrives_before_the_stream_ends(fresh: ProxyRun, sdk: str, action: str) -> None:
    prompt, who = PROMPTS[action]
    server = fresh.closed if who == "closed" else fresh.local
    gate = threading.Event()
    server.gate, server.gate_opened_in_time = gate, None
    try:
        text = []
        for piece in (openai_pieces if sdk == "openai" else anthropic_pieces)(prompt):
            text.append(piece)
            gate.set()  # we have text while the server is holding the rest of the stream
        assert "".join(text) == f"[{who}] echo: {prompt}"
        assert server.gate_opened_in_time is True
    finally:
        server.gate = None
