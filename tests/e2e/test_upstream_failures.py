"""An API server that cannot be reached, or resets the connection before replying, is
answered in the caller's API format (502 JSON error shaped like the provider's, naming the
decision), never with mitmproxy's HTML error page (which names the upstream's address); the
outcome record has the status, and the proxy logs the failure without any URL or key."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest

from sovereign.audit.writer import MemoryAuditLog
from sovereign.pipeline import DECISION_HEADER, Pipeline, Settings
from sovereign.policy.loader import load_rules
from sovereign.route.models import ModelRegistry
from tests.conftest import REPO, ProxyRun, free_port
from tests.e2e.clients import anthropic_client, openai_client
from tests.fakes import RegexDetector, inprocess_proxy

PROMPT = "What is the capital of France?"  # allowed: forwarded as it is


def call_openai(client: openai.OpenAI) -> openai.APIStatusError:
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="gpt-4o",
                                       messages=[{"role": "user", "content": PROMPT}])
    return info.value


def call_anthropic(client: anthropic.Anthropic) -> anthropic.APIStatusError:
    with pytest.raises(anthropic.APIStatusError) as info:
        client.messages.create(model="claude-opus-4-7", max_tokens=64,
                               messages=[{"role": "user", "content": PROMPT}])
    return info.value


def check_answer(err: openai.APIStatusError | anthropic.APIStatusError, code: str,
                 upstream_port: int) -> str:
    """The error is the SDK's server error for a 502 in the provider's own shape; returns
    the decision id it names."""
    assert err.status_code == 502
    text = err.response.text
    assert "<html" not in text.lower() and "bad gateway" not in text.lower()
    assert "127.0.0.1" not in text and str(upstream_port) not in text  # no upstream address
    decision = err.response.headers[DECISION_HEADER]
    assert decision.startswith("dec_") and decision in text
    if isinstance(err, openai.APIStatusError):
        assert isinstance(err, openai.InternalServerError)
        assert isinstance(err.body, dict) and err.body["code"] == code  # the 'error' object
    else:
        assert isinstance(err, anthropic.InternalServerError)
        body = json.loads(text)
        assert body["type"] == "error" and body["error"]["type"] == "api_error"
    return decision


@contextmanager
def proxy_to_nowhere(tmp: Path) -> Iterator[tuple[str, Path, int, MemoryAuditLog]]:
    """An in-process proxy whose closed APIs point at a loopback port nobody listens on."""
    port = free_port()
    audit = MemoryAuditLog()
    upstream = f"http://127.0.0.1:{port}"
    pipeline = Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                        models=ModelRegistry([]), audit=audit,
                        settings=Settings(upstreams={"openai": upstream,
                                                     "anthropic": upstream}))
    with inprocess_proxy(tmp, pipeline) as (url, ca):
        yield url, ca, port, audit


def sdk_client(sdk: str, url: str, ca: Path, env: pytest.MonkeyPatch) -> Any:
    """The SDK's client set up as an app would: HTTPS_PROXY and the proxy's CA."""
    for var in ("HTTPS_PROXY", "HTTP_PROXY"):
        env.setenv(var, url)
    env.setenv("NO_PROXY", "127.0.0.1,localhost")
    env.setenv("SSL_CERT_FILE", str(ca))
    return openai_client() if sdk == "openai" else anthropic_client()


CALLS: dict[str, Callable[[Any], Any]] = {"openai": call_openai, "anthropic": call_anthropic}


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_an_unreachable_api_is_answered_in_the_callers_format(
        tmp_path: Path, sdk: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with proxy_to_nowhere(tmp_path) as (url, ca, port, audit):
        err = CALLS[sdk](sdk_client(sdk, url, ca, monkeypatch))
    decision = check_answer(err, "upstream_unreachable", port)
    [outcome] = [r for r in audit.records
                 if r.get("type") == "outcome" and r.get("decision") == decision]
    assert outcome["status"] == 502 and outcome["error"] == "upstream_unreachable"
    assert outcome["completed"] is False


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_an_api_that_resets_the_connection_is_answered_in_the_callers_format(
        fresh: ProxyRun, sdk: str) -> None:
    fresh.closed.reset_on_request = True
    try:
        err = CALLS[sdk](openai_client() if sdk == "openai" else anthropic_client())
    finally:
        fresh.closed.reset_on_request = False
    assert len(fresh.closed.received) == 1  # it did reach the server, which hung up
    decision = check_answer(err, "upstream_reset", fresh.closed.port)
    outcome = fresh.wait_outcome(decision)
    assert outcome["status"] == 502 and outcome["error"] == "upstream_reset"
    lines = [json.loads(line) for line in fresh.log_file.read_text().splitlines()
             if line.startswith("{") and decision in line]
    assert any(line["event"] == "upstream_failed" and line["code"] == "upstream_reset"
               and line["status"] == 502 for line in lines), lines
    logged = "\n".join(json.dumps(line) for line in lines)
    assert fresh.closed.url not in logged and "sk-" not in logged


def test_a_reply_cut_before_its_end_is_answered_in_the_callers_format(fresh: ProxyRun) -> None:
    """A reply the proxy reads whole (placeholders to restore) that breaks off halfway: nothing
    of it has gone to the app, which gets the provider's error shape, not an HTML page."""
    fresh.closed.cut_json_body = True
    try:
        with pytest.raises(openai.APIStatusError) as info:
            openai_client().chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "Say hi to John Smith"}])
    finally:
        fresh.closed.cut_json_body = False
    decision = check_answer(info.value, "upstream_reset", fresh.closed.port)
    assert "John Smith" not in fresh.closed.received[-1].text  # it was redacted, and sent
    outcome = fresh.wait_outcome(decision)
    assert outcome["status"] == 502 and outcome["error"] == "upstream_reset"
