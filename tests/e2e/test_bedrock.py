"""AWS Bedrock through the real proxy, driven by boto3 as an app would (HTTPS_PROXY-style proxy
setting and the proxy's CA), against a loopback stand-in for
bedrock-runtime.us-east-1.amazonaws.com that VERIFIES every SigV4 signature: the app's key for
what is allowed (the signed body went on untouched), the proxy's own key for what was redacted
(the proxy signed the changed body again), and refuses anything else.

Converse, ConverseStream, InvokeModel and InvokeModelWithResponseStream (Anthropic, Llama,
Mistral and Titan bodies) x allow, redact, route_local, block; and redact without the proxy's
credentials becomes route_local, with the reason in the decision record."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from sovereign.audit.segments import read_records
from sovereign.demo.standins import StandIn
from tests.bedrock_standin import HOST, BedrockStandIn, last_user_text
from tests.conftest import free_port, start_proxy, write_config

APP_KEY, APP_SECRET = "AKIDAPPEXAMPLE0001", "app-secret-0123456789abcdefghijklmnopqrstuv"
APP_TOKEN = "app-session-token-QWxsIHRoaXMgaXMgdGhlIGFwcCdzIG93bg"
PROXY_KEY, PROXY_SECRET = "AKIDPROXYEXAMPLE01", "proxy-secret-9876543210zyxwvutsrqponmlkj"
DECISION = re.compile(r"dec_[0-9a-f]{32}")

MODELS = {"anthropic": "anthropic.claude-3-haiku-20240307-v1:0",
          "llama": "meta.llama3-8b-instruct-v1:0",
          "mistral": "mistral.mistral-7b-instruct-v0:2",
          "titan": "amazon.titan-text-express-v1"}


@dataclass
class BedrockRun:
    port: int
    ca: Path
    audit_dir: Path
    log_file: Path
    creds_file: Path
    bedrock: BedrockStandIn
    local: StandIn
    process: subprocess.Popen[bytes]

    def client(self) -> Any:
        return boto3.client(
            "bedrock-runtime", region_name="us-east-1", aws_access_key_id=APP_KEY,
            aws_secret_access_key=APP_SECRET, aws_session_token=APP_TOKEN,
            verify=str(self.ca),
            config=Config(proxies={"https": f"http://127.0.0.1:{self.port}"},
                          retries={"total_max_attempts": 1}, read_timeout=30,
                          connect_timeout=10))

    def record(self, decision_id: str) -> dict[str, Any]:
        for r in read_records(self.audit_dir):
            if r.get("type") == "decision" and r.get("id") == decision_id:
                return r
        raise AssertionError(f"no audit record for {decision_id}")

    def last_decision(self) -> dict[str, Any]:
        return [r for r in read_records(self.audit_dir) if r.get("type") == "decision"][-1]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BedrockRun]:
    tmp = tmp_path_factory.mktemp("bedrock")
    bedrock = BedrockStandIn({APP_KEY: APP_SECRET, PROXY_KEY: PROXY_SECRET}).start()
    local = StandIn("local").start()
    creds = tmp / "aws-credentials"
    creds.write_text(f"[sovereign]\naws_access_key_id = {PROXY_KEY}\n"
                     f"aws_secret_access_key = {PROXY_SECRET}\n")
    os.chmod(creds, 0o600)
    port = free_port()
    config = write_config(tmp, port, local, local.url, extra={
        "providers": {"bedrock": {"upstream": bedrock.url}},
        "aws": {"credentials": "profile", "profile": "sovereign",
                "credentials_file": str(creds)}})
    log_file = tmp / "proxy.log"
    proc = start_proxy(config, log_file)
    yield BedrockRun(port, tmp / "mitmproxy" / "mitmproxy-ca-cert.pem", tmp / "audit",
                     log_file, creds, bedrock, local, proc)
    proc.terminate()
    proc.wait(timeout=30)
    bedrock.stop()
    local.stop()


@pytest.fixture
def fresh(run: BedrockRun) -> BedrockRun:
    run.bedrock.clear()
    run.local.clear()
    return run


# -- the four operations, as an app calls them -------------------------------------------------


def invoke_body(family: str, prompt: str) -> dict[str, Any]:
    bodies: dict[str, dict[str, Any]] = {
        "anthropic": {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 64,
                      "system": "You are terse.",
                      "messages": [{"role": "user",
                                    "content": [{"type": "text", "text": prompt}]}]},
        "llama": {"prompt": prompt, "max_gen_len": 64, "temperature": 0.5},
        "mistral": {"prompt": f"<s>[INST] {prompt} [/INST]", "max_tokens": 64},
        "titan": {"inputText": prompt,
                  "textGenerationConfig": {"maxTokenCount": 64, "temperature": 0.5}},
    }
    return bodies[family]


def converse(run: BedrockRun, prompt: str) -> tuple[str, str]:
    reply = run.client().converse(
        modelId=MODELS["anthropic"], system=[{"text": "You are terse."}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 64})
    return reply["output"]["message"]["content"][0]["text"], prompt


def converse_stream(run: BedrockRun, prompt: str) -> tuple[str, str]:
    reply = run.client().converse_stream(
        modelId=MODELS["anthropic"], system=[{"text": "You are terse."}],
        messages=[{"role": "user", "content": [{"text": prompt}]}])
    out, stopped = [], False
    for event in reply["stream"]:
        if "contentBlockDelta" in event:
            out.append(event["contentBlockDelta"]["delta"].get("text", ""))
        stopped = stopped or "messageStop" in event
    assert stopped, "the stream ended without messageStop"
    return "".join(out), prompt


def _invoke_text(family: str, doc: dict[str, Any]) -> str:
    if family == "anthropic":
        return "".join(b.get("text", "") for b in doc.get("content", []))
    if family == "llama":
        return str(doc["generation"])
    if family == "mistral":
        return "".join(o["text"] for o in doc["outputs"])
    return "".join(r["outputText"] for r in doc["results"])


def _chunk_text(family: str, doc: dict[str, Any]) -> str:
    if family == "anthropic":
        delta = doc.get("delta") or {}
        return str(delta.get("text", "")) if doc.get("type") == "content_block_delta" else ""
    if family == "llama":
        return str(doc.get("generation") or "")
    if family == "mistral":
        return "".join(o.get("text") or "" for o in doc.get("outputs", []))
    return str(doc.get("outputText") or "")


def invoke(family: str) -> Callable[[BedrockRun, str], tuple[str, str]]:
    def call(run: BedrockRun, prompt: str) -> tuple[str, str]:
        body = invoke_body(family, prompt)
        reply = run.client().invoke_model(modelId=MODELS[family], body=json.dumps(body),
                                          contentType="application/json",
                                          accept="application/json")
        return _invoke_text(family, json.loads(reply["body"].read())), last_user_text(body)
    return call


def invoke_stream(family: str) -> Callable[[BedrockRun, str], tuple[str, str]]:
    def call(run: BedrockRun, prompt: str) -> tuple[str, str]:
        body = invoke_body(family, prompt)
        reply = run.client().invoke_model_with_response_stream(
            modelId=MODELS[family], body=json.dumps(body), contentType="application/json")
        out = [_chunk_text(family, json.loads(event["chunk"]["bytes"]))
               for event in reply["body"] if "chunk" in event]
        return "".join(out), last_user_text(body)
    return call


CALLS: dict[str, Callable[[BedrockRun, str], tuple[str, str]]] = {
    "converse": converse, "converse_stream": converse_stream,
    **{f"invoke_{f}": invoke(f) for f in MODELS},
    **{f"invoke_stream_{f}": invoke_stream(f) for f in MODELS},
}
calls = pytest.mark.parametrize("call", sorted(CALLS))


@calls
def test_allow_passes_the_apps_signed_request_untouched(fresh: BedrockRun, call: str) -> None:
    text, sent = CALLS[call](fresh, "What is the capital of France?")
    assert text == f"[bedrock] echo: {sent}"
    [got] = fresh.bedrock.received
    assert got.signer == APP_KEY  # the app's signature over the body held: nothing changed
    assert got.headers["x-amz-security-token"] == APP_TOKEN
    assert fresh.local.received == []


@calls
def test_redact_is_signed_again_by_the_proxy(fresh: BedrockRun, call: str) -> None:
    prompt = "Write to John Smith at john.smith@example.com about John Smith's order"
    text, sent = CALLS[call](fresh, prompt)
    assert text == f"[bedrock] echo: {sent}"  # placeholders restored, streams too
    [got] = fresh.bedrock.received
    assert got.signer == PROXY_KEY  # verified with the proxy's key
    assert "John Smith" not in got.text and "john.smith@example.com" not in got.text
    assert "[PERSON_1]" in got.text and "[EMAIL_ADDRESS_1]" in got.text
    assert APP_KEY not in json.dumps(got.headers) and APP_TOKEN not in json.dumps(got.headers)
    assert fresh.local.received == []


@calls
def test_route_local_is_translated_to_the_local_model_and_back(fresh: BedrockRun,
                                                               call: str) -> None:
    prompt = "My SSN is 078-05-1120, please fill in the benefits form"
    text, sent = CALLS[call](fresh, prompt)
    assert text == f"[local] echo: {sent}"
    assert fresh.bedrock.received == []
    [got] = fresh.local.received
    assert got.path == "/v1/chat/completions" and got.json["model"] == "llama-local"
    assert got.json.get("stream", False) is ("stream" in call)
    assert APP_KEY not in got.text and APP_KEY not in json.dumps(got.headers)
    assert APP_TOKEN not in json.dumps(got.headers)


@calls
def test_block_answers_in_bedrocks_error_format(fresh: BedrockRun, call: str) -> None:
    with pytest.raises(ClientError) as info:
        CALLS[call](fresh, "deploy with AKIAIOSFODNN7EXAMPLE please")
    error = info.value.response["Error"]
    assert error["Code"] == "AccessDeniedException"
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    match = DECISION.search(error["Message"])
    assert match and fresh.record(match.group(0))["action"] == "block"
    assert fresh.bedrock.received == [] and fresh.local.received == []


@pytest.mark.parametrize("call", ["converse", "invoke_stream_anthropic"])
def test_without_proxy_credentials_redact_becomes_route_local(fresh: BedrockRun,
                                                              call: str) -> None:
    saved = fresh.creds_file.read_text()
    fresh.creds_file.unlink()  # the proxy's identity is gone (read when it is needed)
    try:
        prompt = "Write to John Smith at john.smith@example.com about his order"
        text, sent = CALLS[call](fresh, prompt)
    finally:
        fresh.creds_file.write_text(saved)
        os.chmod(fresh.creds_file, 0o600)
    assert text == f"[local] echo: {sent}"  # the local model answered, nothing went out
    assert fresh.bedrock.received == []
    record = fresh.last_decision()
    assert record["action"] == "route_local"
    assert "bedrock_cannot_resign" in record["rule_ids"]
    assert any(r["id"] == "bedrock_cannot_resign" and "credentials" in r["reason"]
               for r in record["rules"])


def test_no_secret_or_planted_value_in_the_audit_log_or_proxy_log(run: BedrockRun) -> None:
    CALLS["converse"](run, "Write to John Smith at john.smith@example.com today")
    audit = "".join(p.read_text() for p in sorted((run.audit_dir / "segments").iterdir()))
    proxy_log = run.log_file.read_text()
    for secret in (APP_SECRET, PROXY_SECRET, APP_TOKEN, "john.smith@example.com"):
        assert secret not in audit and secret not in proxy_log
    assert not any(r.signer is None for r in run.bedrock.received)  # no signature refused
    assert HOST  # the stand-in plays this host (the proxy's upstream override)
