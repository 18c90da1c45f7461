"""Usage accounting and shadow evaluation with a real vLLM serving a real model: the proxy asks
vLLM's stream for its usage (stream_options) and the app's stream comes back without it, the
outcome record carrying the tokens vLLM itself counts; a shadow call scores a closed answer
against the real model's with the real embedding server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import openai

from sovereign.audit.segments import read_records
from tests.conftest import SHADOW_APP
from tests.vllm.conftest import EMBED, SERVED, RealStack

PROMPT = "SSN: 219-09-9999\nQuestion: What is the capital of France?"
MESSAGES: Any = [{"role": "user", "content": PROMPT}]


def _record(audit: Path, kind: str, key: str, decision: str, timeout: float = 300) -> Any:
    """The *kind* record of *decision* once it is on disk (*timeout*: only against a hang)."""
    deadline = time.monotonic() + timeout
    while True:
        for r in read_records(audit):
            if r.get("type") == kind and r.get(key) == decision:
                return r
        assert time.monotonic() < deadline, f"no {kind} record for {decision}"
        time.sleep(0.2)


def test_a_local_stream_is_accounted_with_vllms_own_counts(real_stack: RealStack) -> None:
    client = openai.OpenAI(api_key="sk-test", max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o", max_tokens=12, temperature=0, messages=MESSAGES, stream=True)
    decision = raw.headers["x-sovereign-decision"]
    chunks = list(raw.parse())
    assert all(c.usage is None for c in chunks)  # the app did not ask: it gets no usage
    assert all(c.choices for c in chunks)  # and no usage-only chunk
    outcome = _record(real_stack.audit_dir, "outcome", "decision", decision)
    assert outcome["action"] == "route_local" and outcome["local_model"] == SERVED
    # what vLLM counts for the same request, asked directly
    direct = httpx.post(f"{real_stack.vllm_url}/v1/chat/completions", timeout=300, json={
        "model": SERVED, "max_tokens": 12, "temperature": 0, "messages": MESSAGES}).json()
    assert outcome["input_tokens"] == direct["usage"]["prompt_tokens"]
    assert 0 < outcome["output_tokens"] <= 12


def test_a_shadow_call_with_the_real_models(real_stack: RealStack) -> None:
    client = openai.OpenAI(api_key="sk-test", max_retries=0,
                           default_headers={"x-sovereign-app": SHADOW_APP})
    question = "How many legs does a spider have?"  # nothing found in it: it is sampled
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o", max_tokens=12, messages=[{"role": "user", "content": question}])
    assert raw.parse().choices[0].message.content == f"[closed] echo: {question}"
    record = _record(real_stack.audit_dir, "shadow", "decision",
                     raw.headers["x-sovereign-decision"])
    assert record["status"] == "compared", record
    assert record["local_model"] == SERVED and record["embeddings_model"] == EMBED
    assert -1.0 <= record["similarity"] <= 1.0
    assert record["verdict"] in ("agree", "disagree", "unclear")
    assert record["local_input_tokens"] > 0 and record["local_output_tokens"] > 0
    assert "spider" not in str(record)
