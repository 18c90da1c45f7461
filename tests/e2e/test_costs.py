"""Usage accounting and shadow evaluation through the running proxy, with the loopback
stand-ins: the tokens of every outcome (a stream's from its last event; an OpenAI chat stream
asked for them without the app seeing the difference, byte for byte), a shadow call that
scores an allowed request's answers without a text in the log, one that fails (the app is
served, the failure recorded) and the cap on shadow calls at once; then `sovereign report`
on the proxy's own log."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sovereign.demo.standins import openai_stream
from tests.conftest import CLIENT_KEY_OPENAI, REPO, SHADOW_APP, ProxyRun
from tests.e2e.clients import anthropic_client, openai_client

QUESTION = "How many legs does a spider have, and why eight?"


def raw(run: ProxyRun) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(run.ca))
    return httpx.Client(proxy=run.url, verify=verify, timeout=30, trust_env=False)


def chat(run: ProxyRun, body: dict[str, Any], app: str | None = None) -> httpx.Response:
    headers = {"authorization": f"Bearer {CLIENT_KEY_OPENAI}"}
    if app:
        headers["x-sovereign-app"] = app
    with raw(run) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json=body,
                           headers=headers)


def shadow_of(run: ProxyRun, decision: str, timeout: float = 60) -> dict[str, Any]:
    """The shadow record of *decision*, once written (shadow calls run after the reply);
    *timeout* only keeps a broken proxy from hanging the test."""
    deadline = time.monotonic() + timeout
    while True:
        for r in run.audit_records():
            if r.get("type") == "shadow" and r.get("decision") == decision:
                return r
        if time.monotonic() > deadline:
            raise AssertionError(f"no shadow record for {decision}")
        time.sleep(0.05)


@pytest.fixture
def local_judge(fresh: ProxyRun) -> Iterator[ProxyRun]:
    """The local stand-in embeds by the text and, as a judge, agrees."""
    fresh.local.embed_text = True
    fresh.local.replies_when = {"Answer A:": "AGREE"}
    yield fresh
    fresh.local.embed_text = False
    fresh.local.replies_when = {}
    fresh.local.fail_status = None
    fresh.local.hold_posts = None


# -- usage ---------------------------------------------------------------------------------------

def test_a_stream_asked_for_its_usage_reaches_the_app_as_it_would_have(fresh: ProxyRun) -> None:
    """The app did not ask for usage: the proxy asked, read the usage from the stream's last
    chunk and took that chunk (and every "usage": null) out: the app's bytes are the stand-in's
    stream without the option."""
    fresh.closed.usage = (123, 45)
    try:
        body = {"model": "gpt-4o", "stream": True,
                "messages": [{"role": "user", "content": QUESTION}]}
        r = chat(fresh, body)
        assert r.status_code == 200
        expected = b"".join(openai_stream("gpt-4o", f"[closed] echo: {QUESTION}", 3))
        assert r.content == expected
        assert fresh.closed.received[-1].json["stream_options"] == {"include_usage": True}
        outcome = fresh.wait_outcome(r.headers["x-sovereign-decision"])
        assert (outcome["input_tokens"], outcome["output_tokens"]) == (123, 45)
        assert outcome["completed"] is True and outcome["bytes"] == len(expected)
        assert (outcome["provider"], outcome["model"], outcome["action"]) == (
            "openai", "gpt-4o", "allow")
    finally:
        fresh.closed.usage = (5, 7)


def test_an_app_that_asks_for_usage_gets_it(fresh: ProxyRun) -> None:
    stream = openai_client().chat.completions.with_raw_response.create(
        model="gpt-4o", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": QUESTION}])
    decision = stream.headers["x-sovereign-decision"]
    usages = [c.usage for c in stream.parse() if c.usage is not None]
    assert [(u.prompt_tokens, u.completion_tokens) for u in usages] == [(5, 7)]
    outcome = fresh.wait_outcome(decision)
    assert (outcome["input_tokens"], outcome["output_tokens"]) == (5, 7)


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_usage_from_the_last_events_and_local_models(fresh: ProxyRun,
                                                               stream: bool) -> None:
    """Anthropic reports input tokens in message_start and output tokens in the last
    message_delta; a request kept inside is accounted under its local model."""
    client = anthropic_client()
    for prompt, action in [(QUESTION, "allow"),
                           ("My SSN is 078-05-1120, explain the form to me", "route_local")]:
        messages = [{"role": "user", "content": prompt}]
        if stream:
            with client.messages.with_streaming_response.create(
                    model="claude-opus-4-7", max_tokens=64, messages=messages,  # type: ignore[arg-type]
                    stream=True) as r:
                decision = r.headers["x-sovereign-decision"]
                r.read()
        else:
            got = client.messages.with_raw_response.create(
                model="claude-opus-4-7", max_tokens=64, messages=messages)  # type: ignore[arg-type]
            decision = got.headers["x-sovereign-decision"]
        outcome = fresh.wait_outcome(decision)
        assert outcome["action"] == action
        assert (outcome["input_tokens"], outcome["output_tokens"]) == (5, 7)
        assert outcome["local_model"] == ("llama-local" if action == "route_local" else None)
        assert outcome["model"] == "claude-opus-4-7"


# -- shadow evaluation ---------------------------------------------------------------------------

def test_a_shadow_call_scores_the_answers_and_records_no_text(local_judge: ProxyRun) -> None:
    run = local_judge
    r = chat(run, {"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
             app=SHADOW_APP)
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"] == f"[closed] echo: {QUESTION}"
    record = shadow_of(run, r.headers["x-sovereign-decision"])
    assert record["status"] == "compared" and record["error"] is None
    assert (record["app"], record["model"], record["local_model"]) == (
        SHADOW_APP, "gpt-4o", "llama-local")
    assert record["closed_input_tokens"] == 5 and record["local_output_tokens"] == 7
    assert 0.5 < record["similarity"] < 1.0  # "[closed] echo: Q" against "[local] echo: Q"
    assert record["verdict"] == "agree" and record["rubric"] == "same-answer-v1"
    assert record["embeddings_model"] == "embed-local"
    assert record["local_latency_ms"] > 0 and record["closed_latency_ms"] > 0
    # the local model got the question, whole; the log has no text of it
    asked = [x.json for x in run.local.received if x.path.endswith("/chat/completions")]
    assert asked[0]["model"] == "llama-local" and not asked[0].get("stream")
    assert "spider" not in run.audit_text() and "echo" not in run.audit_text()


def test_requests_not_sampled_have_no_shadow(local_judge: ProxyRun) -> None:
    """Another app, or a finding in the body: the local model sees nothing of it."""
    run = local_judge
    chat(run, {"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
         app="not-opted-in")
    r = chat(run, {"model": "gpt-4o", "messages": [
        {"role": "user", "content": "Say hello to John Smith, nicely"}]}, app=SHADOW_APP)
    assert r.status_code == 200
    run.wait_outcome(r.headers["x-sovereign-decision"])
    # a third, sampled request's shadow call is the only one the local model saw
    third = chat(run, {"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
                 app=SHADOW_APP)
    shadow_of(run, third.headers["x-sovereign-decision"])
    answered = [x for x in run.local.received if x.path.endswith("/chat/completions")]
    assert len(answered) == 2  # the third's answer and its judge
    assert not run.local.saw("John Smith") and not run.local.saw("[PERSON")


def test_a_failing_shadow_call_leaves_the_app_served_and_is_counted(
        local_judge: ProxyRun) -> None:
    run = local_judge
    run.local.fail_status = 500
    r = chat(run, {"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
             app=SHADOW_APP)
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"] == f"[closed] echo: {QUESTION}"
    decision = r.headers["x-sovereign-decision"]
    record = shadow_of(run, decision)
    assert (record["status"], record["error"]) == ("failed", "local_status_500")
    assert run.wait_outcome(decision)["completed"] is True


def test_shadow_calls_over_the_cap_are_skipped(local_judge: ProxyRun) -> None:
    """max_concurrent is 1: while one shadow call waits on a busy local model, the next
    sampled request's is skipped (never queued), and its app is served all the same."""
    run = local_judge
    busy = threading.Event()
    run.local.hold_posts = busy
    try:
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]}
        first = chat(run, body, app=SHADOW_APP)
        deadline = time.monotonic() + 60
        while not run.local.received:  # the first shadow call is with the local model
            assert time.monotonic() < deadline, "the first shadow call never started"
            time.sleep(0.05)
        second = chat(run, body, app=SHADOW_APP)
        assert second.status_code == 200
        skipped = shadow_of(run, second.headers["x-sovereign-decision"])
        assert (skipped["status"], skipped["error"]) == ("skipped", "budget_concurrent")
    finally:
        busy.set()
        run.local.hold_posts = None
    assert shadow_of(run, first.headers["x-sovereign-decision"])["status"] == "compared"


def test_reports_on_the_proxys_own_log(local_judge: ProxyRun, tmp_path: Any) -> None:
    """`sovereign report costs` and `readiness` read what the proxy recorded (a sampled
    request of its own here, and whatever the tests before it left)."""
    proxy = local_judge
    r = chat(proxy, {"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
             app=SHADOW_APP)
    shadow_of(proxy, r.headers["x-sovereign-decision"])
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"costs": {"prices": [
        {"model": "gpt-4o*", "input_per_mtok": 2.5, "output_per_mtok": 10,
         "as_of": "2025-06-01"}]}, "shadow": {"agree_at": 0.5}}))

    def report(kind: str) -> Any:
        out = subprocess.run([sys.executable, "-m", "sovereign.cli", "report", kind,
                              str(proxy.audit_dir), "--config", str(config), "--json"],
                             capture_output=True, text=True, cwd=REPO, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    costs = report("costs")
    gpt = [line for line in costs["spend"] if line["key"][1:] == ["openai", "gpt-4o"]]
    assert gpt and all(line["cost"] is not None for line in gpt)
    ready = {(r["app"], r["model"]): r for r in report("readiness")}
    row = ready[(SHADOW_APP, "gpt-4o")]
    assert row["compared"] >= 1 and row["sampled"] == row["compared"] + row["failed"] + \
        row["skipped"]
    assert row["agreement"] is not None and row["closed_spend"] is not None
