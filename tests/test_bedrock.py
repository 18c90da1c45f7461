"""Bedrock, sans-IO: the model family from the model id (data), every text field of every body
read, placeholders restored in event streams however text and bytes are cut, route_local
translations, errors in Bedrock's format, and the pipeline's decision when the proxy cannot
sign a redacted body (route_local with a local model, else block; the reason recorded)."""

from __future__ import annotations

import base64
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.audit.writer import MemoryAuditLog
from sovereign.awscreds import FromEnv, FromFile
from sovereign.exchange import Action, EndpointKind
from sovereign.pipeline import Forward, Pipeline, Request, Respond, Settings
from sovereign.policy.loader import RuleSet, load_rules
from sovereign.providers import eventstream as es
from sovereign.providers.base import PathInfo
from sovereign.providers.bedrock import family_of
from sovereign.providers.bedrock_entry import CONVERSE, INVOKE
from sovereign.providers.bedrock_local import ConverseToChat, InvokeToChat
from sovereign.providers.registry import DEFAULT
from sovereign.providers.sigv4 import Credentials, verify
from sovereign.redact.eventstream_restore import EventStreamRestorer
from sovereign.redact.reply import RestorePlaceholders
from sovereign.redact.vault import Vault
from sovereign.route.models import LocalModel, ModelRegistry
from tests import bedrock_standin as standin
from tests import test_content_positions as positions
from tests.fakes import RegexDetector
from tests.planting import plant

REPO = Path(__file__).resolve().parent.parent
HOST = "bedrock-runtime.us-east-1.amazonaws.com"
CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0"


@pytest.mark.parametrize(("model", "family"), [
    (CLAUDE, "anthropic"),
    ("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "anthropic"),
    ("global.anthropic.claude-sonnet-4-20250514-v1:0", "anthropic"),
    ("arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0", "llama"),
    ("eu.meta.llama3-2-3b-instruct-v1:0", "llama"),
    ("mistral.mistral-large-2407-v1:0", "mistral"),
    ("amazon.titan-text-express-v1", "titan"),
    ("amazon.titan-tg1-large", "titan"),
    ("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123", None),
    ("cohere.command-r-v1:0", None),
])
def test_family_from_the_model_id(model: str, family: str | None) -> None:
    assert family_of(model) == family


@pytest.mark.parametrize("host", [HOST, "bedrock-runtime-fips.us-gov-west-1.amazonaws.com",
                                  "BEDROCK-RUNTIME.eu-west-3.amazonaws.com.",
                                  "bedrock-runtime.ap-southeast-2.amazonaws.com:443"])
def test_every_region_and_fips_host_is_bedrock(host: str) -> None:
    c = DEFAULT.classify(host, "POST", "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse")
    assert c is not None and c.provider.name == "bedrock" and c.endpoint is EndpointKind.CHAT
    assert DEFAULT.classify("s3.us-east-1.amazonaws.com", "GET", "/") is None


CONVERSE_BODY: dict[str, Any] = {
    "system": [{"text": "P-SYSTEM"}, {"guardContent": {"text": {"text": "P-GUARD"}}}],
    "messages": [
        {"role": "user", "content": [{"text": "P-USER"}]},
        {"role": "assistant", "content": [
            {"reasoningContent": {"reasoningText": {"text": "P-REASON", "signature": "s"}}},
            {"toolUse": {"toolUseId": "tooluse_1", "name": "lookup",
                         "input": {"query": "P-TOOL-INPUT", "nested": ["P-NESTED"]}}}]},
        {"role": "user", "content": [
            {"toolResult": {"toolUseId": "tooluse_1", "status": "success", "content": [
                {"text": "P-RESULT-TEXT"}, {"json": {"row": "P-RESULT-JSON"}}]}}]},
    ],
    "toolConfig": {"tools": [{"toolSpec": {
        "name": "lookup", "description": "P-TOOL-DESCRIPTION",
        "inputSchema": {"json": {"type": "object", "properties": {
            "query": {"type": "string", "description": "P-PARAM-DESCRIPTION"}}}}}}]},
    "inferenceConfig": {"maxTokens": 64, "stopSequences": ["P-STOP"]},
    "additionalModelRequestFields": {"top_k": 5, "note": "P-EXTRA"},
    "requestMetadata": {"customer": "P-METADATA"},
    "promptVariables": {"name": {"text": "P-VARIABLE"}},
}


def test_every_text_field_of_a_converse_body_is_read() -> None:
    parsed = CONVERSE.parse_request("bedrock", EndpointKind.CHAT,
                                    json.dumps(CONVERSE_BODY).encode(),
                                    PathInfo(model="anthropic.claude-3-haiku-20240307-v1%3A0"))
    texts = " ".join(s.text for s in parsed.exchange.segments)
    planted = {w for w in json.dumps(CONVERSE_BODY).replace('"', " ").split()
               if w.startswith("P-")}
    assert planted and all(p in texts for p in planted), planted - set(texts.split())
    assert parsed.exchange.model == CLAUDE  # percent-decoded from the path


@pytest.mark.parametrize("body", [
    {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 10, "system": "P-SYSTEM",
     "messages": [{"role": "user", "content": [
         {"type": "text", "text": "P-USER"},
         {"type": "tool_result", "tool_use_id": "t1", "content": "P-RESULT"}]}],
     "tools": [{"name": "f", "description": "P-TOOL", "input_schema": {"type": "object"}}]},
    {"prompt": "P-PROMPT", "max_gen_len": 10},
    {"messages": [{"role": "user", "content": "P-MISTRAL-CHAT"}], "max_tokens": 10},
    {"inputText": "P-TITAN", "textGenerationConfig": {"stopSequences": ["P-STOP"]}},
])
def test_every_text_field_of_an_invoke_body_is_read(body: dict[str, Any]) -> None:
    parsed = INVOKE.parse_request("bedrock", EndpointKind.CHAT, json.dumps(body).encode(),
                                  PathInfo(model="m"))
    texts = " ".join(s.text for s in parsed.exchange.segments)
    planted = [w for w in json.dumps(body).replace('"', " ").split() if w.startswith("P-")]
    assert all(p in texts for p in planted)


# -- event streams restored, cut anywhere ------------------------------------------------------

VALUES = {"[PERSON_1]": "John Smith", "[EMAIL_ADDRESS_1]": "js@example.com"}
REPLY = "Dear [PERSON_1], we wrote to [EMAIL_ADDRESS_1]; [PERSON_1] answered."


def _vault() -> Vault:
    vault = Vault()
    for token, value in VALUES.items():
        vault.bind(token[1:].rsplit("_", 1)[0], value.lower(), token, value)
    return vault


def _restored() -> str:
    text = REPLY
    for token, value in VALUES.items():
        text = text.replace(token, value)
    return text


def _cut(text: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        if pos >= len(text):
            break
        out.append(text[pos : pos + size])
        pos += size
    if pos < len(text):
        out.append(text[pos:])
    return out


def _text(events: list[tuple[str | None, Any]], family: str) -> str:
    if family == "converse":
        return "".join(e["delta"].get("text", "") for n, e in events
                       if n == "contentBlockDelta")
    return "".join(standin_text(family, e) for _, e in events)


def standin_text(family: str, doc: dict[str, Any]) -> str:
    if family == "anthropic":
        return str((doc.get("delta") or {}).get("text", "")) \
            if doc.get("type") == "content_block_delta" else ""
    if family == "llama":
        return str(doc.get("generation") or "")
    if family == "mistral":
        return "".join(o.get("text") or "" for o in doc.get("outputs", []))
    return str(doc.get("outputText") or "")


def _events(data: bytes, wrapped: bool) -> list[tuple[str | None, Any]]:
    out = []
    for m in es.Decoder().feed(data):
        doc = json.loads(m.payload)
        if wrapped:
            doc = json.loads(base64.b64decode(doc["bytes"]))
        out.append((m.text_header(":event-type"), doc))
    return out


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["converse", "anthropic", "llama", "mistral", "titan"]),
       st.lists(st.integers(1, 9), min_size=1, max_size=40),
       st.lists(st.integers(1, 64), min_size=1, max_size=60))
def test_placeholders_split_across_messages_and_reads_are_restored(
        family: str, text_cuts: list[int], byte_cuts: list[int]) -> None:
    pieces = _cut(REPLY, text_cuts)
    if family == "converse":
        messages = [standin.message("messageStart", {"role": "assistant"}),
                    *[standin.message("contentBlockDelta",
                                      {"contentBlockIndex": 0, "delta": {"text": p}})
                      for p in pieces],
                    standin.message("contentBlockStop", {"contentBlockIndex": 0}),
                    standin.message("messageStop", {"stopReason": "end_turn"})]
        wire: Any = CONVERSE
    else:
        original = standin.pieces
        standin.pieces = lambda text, size=3: pieces  # type: ignore[assignment]
        try:
            messages = standin.invoke_stream(family, REPLY, "m")
        finally:
            standin.pieces = original  # type: ignore[assignment]
        wire = INVOKE
    data = b"".join(messages)
    feed = RestorePlaceholders(_vault(), wire).stream()
    out = [feed(piece) for piece in _cut(data, byte_cuts)] + [feed(b"")]  # type: ignore[arg-type]
    events = _events(b"".join(out), wrapped=family != "converse")
    assert _text(events, family) == _restored()
    assert not any("[PERSON" in json.dumps(e) for _, e in events)
    if family == "converse":  # the end still comes last, every delta before it
        assert events[-1][0] == "messageStop"


def test_unchanged_messages_pass_byte_for_byte_and_broken_ones_stop_the_stream() -> None:
    data = b"".join(standin.converse_stream("nothing to restore here"))
    feed = EventStreamRestorer(CONVERSE.stream_codec(), _vault()).feed
    assert feed(data) + feed(b"") == data
    broken = bytearray(data)
    broken[20] ^= 0xFF
    with pytest.raises(es.FrameError):
        EventStreamRestorer(CONVERSE.stream_codec(), _vault()).feed(bytes(broken))


# -- route_local translations ------------------------------------------------------------------


def _parsed(wire: Any, body: dict[str, Any], model: str, stream: bool) -> Any:
    return wire.parse_request("bedrock", EndpointKind.CHAT, json.dumps(body).encode(),
                              PathInfo(model=model, stream=stream))


def test_converse_to_chat_and_back() -> None:
    parsed = _parsed(CONVERSE, CONVERSE_BODY, CLAUDE, False)
    chat = ConverseToChat(CONVERSE).request(parsed, "llama-local")
    assert chat["model"] == "llama-local" and chat["messages"][0] == {
        "role": "system", "content": "P-SYSTEM"}
    assert chat["tools"][0]["function"]["description"] == "P-TOOL-DESCRIPTION"
    assert any(m["role"] == "tool" and "P-RESULT-JSON" in m["content"]
               for m in chat["messages"])
    reply = ConverseToChat(CONVERSE).reply(parsed)
    out = json.loads(reply.whole(json.dumps({"choices": [{"message": {
        "role": "assistant", "content": "hi", "tool_calls": [{"id": "c1", "function": {
            "name": "lookup", "arguments": "{\"q\": 1}"}}]}, "finish_reason": "tool_calls"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2}}).encode(), 200))
    assert out["output"]["message"]["content"] == [
        {"text": "hi"}, {"toolUse": {"toolUseId": "c1", "name": "lookup", "input": {"q": 1}}}]
    assert out["stopReason"] == "tool_use" and out["usage"]["totalTokens"] == 5
    error = json.loads(reply.whole(b'{"error": {"message": "too long"}}', 400))
    assert set(error) == {"message"} and "too long" in error["message"]


@pytest.mark.parametrize("family", ["anthropic", "llama", "mistral", "titan"])
def test_invoke_stream_from_a_local_chat_stream(family: str) -> None:
    from sovereign.demo.standins import openai_stream

    body = {"anthropic": {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 9,
                          "messages": [{"role": "user", "content": "hi"}]},
            "llama": {"prompt": "hi"}, "mistral": {"prompt": "hi"},
            "titan": {"inputText": "hi"}}[family]
    model = {"anthropic": CLAUDE, "llama": "meta.llama3-8b-instruct-v1:0",
             "mistral": "mistral.mistral-7b-instruct-v0:2",
             "titan": "amazon.titan-text-express-v1"}[family]
    parsed = _parsed(INVOKE, body, model.replace(":", "%3A"), True)
    chat = InvokeToChat(INVOKE).request(parsed, "llama-local")
    assert chat["stream"] is True and chat["messages"][-1]["content"] == "hi"
    reply = InvokeToChat(INVOKE).reply(parsed)
    assert reply.stream_content_type == "application/vnd.amazon.eventstream"  # type: ignore[attr-defined]
    feed = reply.stream()
    data = b"".join(feed(e) for e in openai_stream("x", "Hello there", 2)) + feed(b"")
    assert _text(_events(data, wrapped=True), family) == "Hello there"


# -- the pipeline: redact without the proxy's own identity -------------------------------------

LOCAL = LocalModel(name="llama-local", base_url="http://10.9.9.9:8000/v1",
                   stands_in_for=["anthropic.*"], default=True)


def _pipeline(models: list[LocalModel], creds: Credentials | None
              ) -> tuple[Pipeline, MemoryAuditLog]:
    audit = MemoryAuditLog()
    signer = None if creds is None else FromEnv("P", {"P_ACCESS_KEY_ID": creds.access_key_id,
                                                       "P_SECRET_ACCESS_KEY":
                                                           creds.secret_access_key})
    return Pipeline(detector=RegexDetector(), rules=load_rules([REPO / "rules"]),
                    models=ModelRegistry(models), audit=audit, settings=Settings(),
                    signer=signer, wall_clock=lambda: 1_700_000_000.0), audit


def _redact_request() -> Request:
    body = json.dumps({"messages": [{"role": "user", "content": [
        {"text": "mail John Smith at js@example.com"}]}]}).encode()
    return Request("POST", HOST, "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse",
                   {"host": HOST, "authorization": "AWS4-HMAC-SHA256 Credential=AKIDAPP/"
                    "20231114/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, "
                    "Signature=" + "0" * 64, "x-amz-date": "20231114T221320Z",
                    "x-amz-security-token": "app-token"}, body)


@pytest.mark.parametrize(("models", "action"), [([LOCAL], "route_local"), ([], "block")])
def test_redact_without_proxy_credentials(models: list[LocalModel], action: str) -> None:
    pipeline, audit = _pipeline(models, None)
    plan = pipeline.handle(_redact_request())
    record = audit.records[-1]
    assert record["action"] == action and "bedrock_cannot_resign" in record["rule_ids"]
    if action == "block":
        assert isinstance(plan, Respond) and plan.status == 403
        assert plan.headers["x-amzn-errortype"] == "AccessDeniedException"
        assert set(json.loads(plan.body)) == {"message"}
        assert record["refusal"] == "bedrock_cannot_resign"
    else:
        assert isinstance(plan, Forward) and plan.local and plan.action is Action.ROUTE_LOCAL
        assert "x-amz-security-token" in plan.drop_headers


def test_redact_with_proxy_credentials_is_signed_by_the_proxy() -> None:
    proxy = Credentials("AKIDPROXY", "proxy-secret")
    pipeline, _ = _pipeline([LOCAL], proxy)
    req = _redact_request()
    plan = pipeline.handle(req)
    assert isinstance(plan, Forward) and plan.action is Action.REDACT and plan.body
    assert b"John Smith" not in plan.body
    sent = {k: v for k, v in req.headers.items() if k not in plan.drop_headers}
    sent |= dict(plan.set_headers)
    assert "x-amz-security-token" not in sent
    assert verify("POST", req.path, sent, plan.body, {"AKIDPROXY": "proxy-secret"}) \
        == "AKIDPROXY"


def test_credentials_file_is_read_when_it_changes_and_must_be_private(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    source = FromFile(path, "proxy")
    assert source.get() is None  # no file yet
    path.write_text("[proxy]\naws_access_key_id = AKIDONE\naws_secret_access_key = s1\n")
    path.chmod(0o600)
    assert source.get() == Credentials("AKIDONE", "s1")
    path.write_text("[proxy]\naws_access_key_id = AKIDTWO\naws_secret_access_key = s22\n"
                    "aws_session_token = t\n")
    assert source.get() == Credentials("AKIDTWO", "s22", "t")
    path.chmod(0o644)
    path.write_text("[proxy]\naws_access_key_id = AKIDTHREE\naws_secret_access_key = s3\n")
    assert source.get() is None  # readable by others: not used


def test_anthropic_invoke_stream_with_a_tool_call_from_the_local_model() -> None:
    def sse(delta: dict[str, Any], finish: str | None = None) -> bytes:
        return ("data: " + json.dumps({"choices": [{"index": 0, "delta": delta,
                                                    "finish_reason": finish}]}) + "\n\n").encode()

    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 9,
            "messages": [{"role": "user", "content": "weather?"}],
            "tools": [{"name": "weather", "input_schema": {"type": "object"}}]}
    parsed = _parsed(INVOKE, body, CLAUDE, True)
    assert InvokeToChat(INVOKE).request(parsed, "m")["tools"][0]["function"]["name"] == "weather"
    feed = InvokeToChat(INVOKE).reply(parsed).stream()
    stream = [sse({"content": "Let me look."}),
              sse({"tool_calls": [{"index": 0, "id": "call_1",
                                   "function": {"name": "weather", "arguments": '{"ci'}}]}),
              sse({"tool_calls": [{"index": 0, "function": {"arguments": 'ty": "Oslo"}'}}]}),
              sse({}, "tool_calls"), b"data: [DONE]\n\n"]
    data = b"".join(feed(e) for e in stream) + feed(b"")
    events = [e for _, e in _events(data, wrapped=True)]
    assert [e["type"] for e in events] == [
        "message_start", "content_block_start", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_delta",
        "content_block_stop", "message_delta", "message_stop"]
    assert events[4]["index"] == 1 and events[4]["content_block"]["name"] == "weather"
    args = "".join(e["delta"].get("partial_json", "") for e in events if e.get("index") == 1
                   and e["type"] == "content_block_delta")
    assert json.loads(args) == {"city": "Oslo"}
    assert events[-2]["delta"]["stop_reason"] == "tool_use"


@functools.cache
def _rules() -> RuleSet:
    return load_rules([REPO / "rules"])


@pytest.mark.parametrize("operation", ["converse", "invoke"])
@pytest.mark.parametrize("signed", [True, False], ids=["proxy-identity", "no-identity"])
@given(data=st.data(), planted=st.sampled_from(positions.PLANTS))
@settings(max_examples=25, deadline=None)
def test_a_planted_value_never_reaches_bedrock(operation: str, signed: bool, data: st.DataObject,
                                               planted: tuple[str, Any, str]) -> None:
    how, value, needle = planted
    tree = plant(data, how, value, positions.TREE, positions.KEYS, positions.LEAF)
    if operation == "converse":
        body: dict[str, Any] = {"messages": [
            {"role": "user", "content": [{"text": "hi"}]},
            {"role": "assistant", "content": [{"toolUse": {"toolUseId": "t", "name": "f",
                                                           "input": tree}}]}],
            "requestMetadata": {"note": "x"}, "additionalModelRequestFields": tree}
    else:
        body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 9, "messages": [
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "f",
                                               "input": tree}]}]}
    audit = MemoryAuditLog()
    local = LocalModel(name="local", base_url="http://10.9.9.9:8000/v1", default=True,
                       capabilities=["tools"], stands_in_for=["*"])
    signer = FromEnv("P", {"P_ACCESS_KEY_ID": "AKIDPROXY", "P_SECRET_ACCESS_KEY": "s"}) \
        if signed else None
    p = Pipeline(detector=positions.Detector(), rules=_rules(), models=ModelRegistry([local]),
                 audit=audit, settings=Settings(), signer=signer)
    raw = json.dumps(body).encode()
    plan = p.handle(Request("POST", HOST, f"/model/anthropic.claude-3-haiku-20240307-v1%3A0/"
                            f"{operation}", {"host": HOST}, raw))
    assert isinstance(plan, (Forward, Respond))
    if isinstance(plan, Forward) and not plan.local:
        sent = plan.body if plan.body is not None else raw
        assert needle not in json.dumps(json.loads(sent), ensure_ascii=False)
        if plan.action is Action.REDACT:  # only ever sent changed when signed again
            assert signed and "AKIDPROXY" in plan.set_headers["authorization"]
    assert needle not in json.dumps(audit.records)


def test_sigv4_credentials_and_bookkeeping_are_not_content() -> None:
    from sovereign.providers.envelope import CREDENTIAL_HEADERS, envelope_segments

    c = DEFAULT.classify(HOST, "POST", "/model/m/converse")
    assert c is not None
    headers = {"authorization": "AWS4-HMAC-SHA256 Credential=AKIDAPP/...", "x-amz-date": "d",
               "x-amz-security-token": "tok", "x-amz-content-sha256": "h",
               "amz-sdk-invocation-id": "i", "amz-sdk-request": "attempt=1",
               "x-app-user": "u"}
    path = "/model/m/converse?X-Amz-Credential=AKID%2F1&X-Amz-Signature=ab&X-Amz-Security-Token=t"
    segments = envelope_segments(headers, path, c.path, known=True)
    assert [s.text for s in segments] == ["m", "x-app-user: u"]
    assert "x-amz-security-token" in CREDENTIAL_HEADERS  # dropped on the way to a local model
