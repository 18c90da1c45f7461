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


# -- outcomes: what the audit log says happened to a stream ------------------------------------


def test_streams_read_to_the_end_are_recorded_as_completed(fresh: ProxyRun) -> None:
    """openai-python stops at ``data: [DONE]`` and hangs up, often before the server's own end
    of body reaches the proxy. The servers here hold that end until every stream was read,
    so each client hangs up first: each stream is still a completed one."""
    hold = threading.Event()
    fresh.closed.hold_end = fresh.local.hold_end = hold
    decisions = []
    try:
        for action in sorted(PROMPTS) * 5:
            prompt, who = PROMPTS[action]
            raw = openai_client().chat.completions.with_raw_response.create(
                model="gpt-4o", messages=[{"role": "user", "content": prompt}], stream=True)
            decisions.append(raw.headers["x-sovereign-decision"])
            text = "".join(chunk.choices[0].delta.content or "" for chunk in raw.parse()
                           if chunk.choices)
            assert text == f"[{who}] echo: {prompt}"
    finally:
        hold.set()
        fresh.closed.hold_end = fresh.local.hold_end = None
    for decision in decisions:
        outcome = fresh.wait_outcome(decision)
        assert outcome["error"] is None and outcome["completed"] is True, outcome
        assert outcome["status"] == 200 and outcome["bytes"] > 0, outcome


@pytest.mark.parametrize("action", ["allow", "redact"])
def test_a_client_that_hangs_up_mid_stream_is_recorded_as_disconnected(
        fresh: ProxyRun, action: str) -> None:
    prompt, _ = PROMPTS[action]
    gate = threading.Event()  # the server holds the rest of the stream until it is set
    fresh.closed.gate = gate
    try:
        raw = openai_client().chat.completions.with_raw_response.create(
            model="gpt-4o", messages=[{"role": "user", "content": prompt}], stream=True)
        decision = raw.headers["x-sovereign-decision"]
        stream = raw.parse()
        next(iter(stream))  # the first event, then the app goes away mid-stream
        stream.close()
        outcome = fresh.wait_outcome(decision)
    finally:
        gate.set()
        fresh.closed.gate = None
    assert outcome["error"] == "client_disconnected" and outcome["completed"] is False, outcome
    assert outcome["status"] == 200  # the reply had begun
