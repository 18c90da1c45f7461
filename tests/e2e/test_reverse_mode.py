"""Reverse-proxy mode: apps that can change a base URL but cannot install a CA get the same
policy, decisions and audit (plain HTTP to the proxy on loopback, HTTPS onwards)."""

from __future__ import annotations

import anthropic
import openai
import pytest

from tests.conftest import CLIENT_KEY_ANTHROPIC, CLIENT_KEY_OPENAI, ProxyRun


def oa(run: ProxyRun) -> openai.OpenAI:
    return openai.OpenAI(api_key=CLIENT_KEY_OPENAI, max_retries=0,
                         base_url=f"http://127.0.0.1:{run.reverse_ports['openai']}/v1")


def an(run: ProxyRun) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=CLIENT_KEY_ANTHROPIC, max_retries=0,
                               base_url=f"http://127.0.0.1:{run.reverse_ports['anthropic']}")


def test_reverse_openai_redacts_and_restores(fresh: ProxyRun) -> None:
    prompt = "Email John Smith at john.smith@example.com"
    out = oa(fresh).chat.completions.create(model="gpt-4o",
                                            messages=[{"role": "user", "content": prompt}])
    assert out.choices[0].message.content == f"[closed] echo: {prompt}"
    assert "john.smith@example.com" not in fresh.closed.received[0].text


def test_reverse_openai_streaming_route_local(fresh: ProxyRun) -> None:
    prompt = "SSN 078-05-1120: what does line 4 mean?"
    stream = oa(fresh).chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": prompt}], stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == f"[local] echo: {prompt}"
    assert fresh.closed.received == []


def test_reverse_anthropic_blocks(fresh: ProxyRun) -> None:
    with pytest.raises(anthropic.PermissionDeniedError, match="dec_"):
        an(fresh).messages.create(model="claude-opus-4-7", max_tokens=10, messages=[
            {"role": "user", "content": "use postgres://admin:hunter2@db:5432/app"}])
    assert fresh.closed.received == []


def test_reverse_anthropic_allows(fresh: ProxyRun) -> None:
    message = an(fresh).messages.create(model="claude-opus-4-7", max_tokens=10, messages=[
        {"role": "user", "content": "Name three rivers"}])
    assert message.content[0].type == "text"
    assert message.content[0].text == "[closed] echo: Name three rivers"
    assert fresh.closed.received[0].path == "/v1/messages"
