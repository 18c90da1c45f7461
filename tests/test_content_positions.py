"""Where content sits (providers/layout.py, providers/envelope.py, positions.py), sans-IO:
every string, number and object key the app controls is read, at any depth and under any key
name; headers, query and path too; and the pipeline never forwards a planted value to the
closed API nor writes it into a record, whatever position it was planted at."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.audit.writer import MemoryAuditLog
from sovereign.detect.detector import Span
from sovereign.exchange import Action, EndpointKind, SegmentKind
from sovereign.pipeline import Forward, Pipeline, Request, Respond, Settings, _rename_keys
from sovereign.policy.loader import load_rules
from sovereign.providers.envelope import envelope_segments
from sovereign.providers.registry import ANTHROPIC, GEMINI, OPENAI_CHAT, OPENAI_RESPONSES, classify
from sovereign.route.models import LocalModel, ModelRegistry
from tests.planting import plant

REPO = Path(__file__).resolve().parent.parent
EMAIL = "priya.raman@example.org"
SSN = "536-22-8726"
CARD = 4111111111111111
KEY = "AIzaSyTestClientKey0123456789abcdefghijk"

_PATTERNS = [
    (re.compile(r"[\w.]+@[\w.]+\.\w+"), "EMAIL_ADDRESS", 1.0),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "US_SSN", 0.85),
    (re.compile(r"\b4111111111111111\b"), "CREDIT_CARD", 1.0),
]


class Detector:
    """Exact patterns for the three planted values: fast, for many generated examples."""

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        return [[Span(m.start(), m.end(), kind, score)
                 for rx, kind, score in _PATTERNS for m in rx.finditer(t)] for t in texts]


def pipeline() -> tuple[Pipeline, MemoryAuditLog]:
    audit = MemoryAuditLog()
    local = LocalModel(name="local", base_url="http://10.9.9.9:8000/v1", default=True,
                       capabilities=["tools"], stands_in_for=["*"])
    return Pipeline(detector=Detector(), rules=load_rules([REPO / "rules"]),
                    models=ModelRegistry([local]), audit=audit,
                    settings=Settings(upstreams={"gemini": "http://127.0.0.1:9"})), audit


STRUCTURAL = ["id", "type", "status", "detail", "model", "role", "object", "call_id", "name",
              "content", "text", "tool_call_id", "tool_use_id", "finish_reason", "mimeType"]
KEYS = st.sampled_from(STRUCTURAL) | st.text(string.ascii_lowercase + "_", min_size=1,
                                             max_size=6)
LEAF = (st.none() | st.booleans() | st.integers(-999, 999)
        | st.text(string.ascii_lowercase + " ", max_size=8))
TREE = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(KEYS, inner, max_size=3), max_leaves=12)
PLANTS: list[tuple[str, Any, str]] = [
    ("value", EMAIL, EMAIL), ("value", f"SSN {SSN}", SSN), ("value", str(CARD), str(CARD)),
    ("key", EMAIL, EMAIL), ("key", SSN, SSN), ("number", CARD, str(CARD)),
]


def bodies(tree: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """(host, path, body) per format, with *tree* where the app may put any JSON."""
    return {
        "openai": ("api.openai.com", "/v1/chat/completions", {
            "model": "gpt-4o", "metadata": tree, "messages": [{"role": "user", "content": "hi"}],
            "tools": [{"type": "function", "function": {"name": "f", "parameters": tree}}]}),
        "responses": ("api.openai.com", "/v1/responses", {
            "model": "gpt-4o", "input": [{"role": "user", "content": "hi"}], "metadata": tree}),
        "anthropic": ("api.anthropic.com", "/v1/messages", {
            "model": "claude-opus-4-7", "max_tokens": 9, "messages": [
                {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "f",
                                                   "input": tree}]}]}),
        "gemini": ("generativelanguage.googleapis.com",
                   "/v1beta/models/gemini-2.5-flash:generateContent", {"contents": [
                       {"role": "user", "parts": [{"functionResponse": {
                           "name": "f", "response": tree}}]}]}),
    }


WIRES = {"openai": OPENAI_CHAT, "responses": OPENAI_RESPONSES, "anthropic": ANTHROPIC,
         "gemini": GEMINI}


@pytest.mark.parametrize("fmt", sorted(WIRES))
@given(data=st.data(), planted=st.sampled_from(PLANTS))
@settings(max_examples=150, deadline=None)
def test_every_planted_value_is_read(fmt: str, data: st.DataObject,
                                     planted: tuple[str, Any, str]) -> None:
    how, value, needle = planted
    _, _, body = bodies(plant(data, how, value, TREE, KEYS, LEAF))[fmt]
    parsed = WIRES[fmt].parse_request(fmt, EndpointKind.CHAT, json.dumps(body).encode())
    kinds = {"value": (SegmentKind.TEXT, SegmentKind.TOKEN), "key": (SegmentKind.KEY,),
             "number": (SegmentKind.NUMBER,)}[how]
    assert any(needle in s.text and s.kind in kinds for s in parsed.exchange.segments)


@pytest.mark.parametrize("fmt", sorted(WIRES))
@given(data=st.data(), planted=st.sampled_from(PLANTS))
@settings(max_examples=100, deadline=None)
def test_pipeline_never_sends_a_planted_value_to_the_closed_api(
        fmt: str, data: st.DataObject, planted: tuple[str, Any, str]) -> None:
    how, value, needle = planted
    host, path, body = bodies(plant(data, how, value, TREE, KEYS, LEAF))[fmt]
    p, audit = pipeline()
    raw = json.dumps(body).encode()
    plan = p.handle(Request("POST", host, path, {"x-api-key": "k"}, raw))
    assert isinstance(plan, (Forward, Respond))
    if isinstance(plan, Forward) and not plan.local:
        sent = json.loads(plan.body if plan.body is not None else raw)
        assert needle not in json.dumps(sent, ensure_ascii=False)
    assert needle not in json.dumps(audit.records)


@given(data=st.data(), where=st.sampled_from(["header", "query", "path"]),
       value=st.sampled_from([EMAIL, SSN]))
@settings(max_examples=150, deadline=None)
def test_pipeline_decides_values_in_headers_query_and_path(data: st.DataObject, where: str,
                                                           value: str) -> None:
    name = data.draw(st.text(string.ascii_lowercase, min_size=1, max_size=8))
    headers = {"x-goog-api-key": KEY, "content-type": "application/json"}
    model, query = "gemini-2.5-flash", f"key={KEY}"
    if where == "header":
        headers[f"x-{name}"] = value
    elif where == "query":
        query += f"&{name}={quote(value) if data.draw(st.booleans()) else value}"
    else:
        model = quote(value, safe="") if data.draw(st.booleans()) else value
    body = json.dumps({"contents": [{"role": "user", "parts": [{"text": "hello"}]}]}).encode()
    p, audit = pipeline()
    plan = p.handle(Request("POST", "generativelanguage.googleapis.com",
                            f"/v1beta/models/{model}:generateContent?{query}", headers, body))
    # a header, query or path cannot carry a placeholder: never forwarded to the closed API
    assert isinstance(plan, Respond) or (isinstance(plan, Forward) and plan.local)
    record = audit.records[0]
    assert record["path"] == "/v1beta/models/{model}:generateContent"
    assert value not in json.dumps(audit.records) and KEY not in json.dumps(audit.records)
    if isinstance(plan, Forward):
        assert "unredactable-position" in record["rule_ids"] or value == SSN


def test_format_positions_are_tokens_only_where_the_format_defines_them() -> None:
    body = {"model": "gpt-4o", "messages": [
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
                                              "function": {"name": "f", "arguments": "{}"}}]}],
        "metadata": {"role": "r", "id": "i", "type": "t", "model": "m"}}
    parsed = OPENAI_CHAT.parse_request("openai", EndpointKind.CHAT, json.dumps(body).encode())
    kinds = {(s.locator, s.text): s.kind for s in parsed.exchange.segments}
    assert kinds[(("model",), "gpt-4o")] is SegmentKind.TOKEN
    assert kinds[(("messages", 0, "role"), "user")] is SegmentKind.TOKEN
    assert kinds[(("messages", 0, "content", 0, "type"), "text")] is SegmentKind.TOKEN
    assert kinds[(("messages", 1, "tool_calls", 0, "id"), "c1")] is SegmentKind.TOKEN
    for key in ("role", "id", "type", "model"):  # the same names in the app's object: content
        assert kinds[(("metadata", key), key[0] if key != "model" else "m")] is SegmentKind.TEXT


def test_numbers_settings_and_small_numbers() -> None:
    body = {"model": "claude-opus-4-7", "max_tokens": 4111111111111111, "messages": [
        {"role": "user", "content": "hi"}],
        "metadata": {"n": 42, "card": CARD, "f": 4.111111111111111e15, "e": 1.5e20}}
    parsed = ANTHROPIC.parse_request("anthropic", EndpointKind.CHAT, json.dumps(body).encode())
    numbers = [s for s in parsed.exchange.segments if s.kind is SegmentKind.NUMBER]
    assert [(s.locator, s.text) for s in numbers] == [
        (("metadata", "card"), f"card: {CARD}"), (("metadata", "f"), "f: 4111111111111111.0")]


def test_envelope_leaves_out_protocol_headers_and_credentials() -> None:
    c = classify("generativelanguage.googleapis.com", "POST",
                 "/v1beta/models/gemini-2.5-flash:generateContent?alt=sse&key=K&x=1")
    assert c is not None and c.path.route == "/v1beta/models/{model}:generateContent"
    segments = envelope_segments({"authorization": "Bearer s", "x-goog-api-key": "K",
                                  "content-type": "application/json", "x-app-user": "u"},
                                 "/v1beta/models/gemini-2.5-flash:generateContent?alt=sse&key=K&x=1",
                                 c.path, known=True)
    assert [(s.kind, s.text) for s in segments] == [
        (SegmentKind.PATH, "gemini-2.5-flash"), (SegmentKind.QUERY, "x: 1"),
        (SegmentKind.HEADER, "x-app-user: u")]
    odd = envelope_segments({}, f"/v1beta/models/m:generateContent?alt={EMAIL}", c.path, True)
    assert [s.text for s in odd if s.kind is SegmentKind.QUERY] == [f"alt: {EMAIL}"]


@given(model=st.text(string.ascii_letters + string.digits + "-._@%", min_size=1, max_size=30))
def test_route_labels_never_hold_the_path_values(model: str) -> None:
    c = classify("generativelanguage.googleapis.com", "POST",
                 f"/v1beta/models/{model}:streamGenerateContent?alt=sse")
    assert c is not None and c.route is not None
    assert c.path.route == "/v1beta/models/{model}:streamGenerateContent"
    assert c.path.values == (("model", model),)


def test_openai_routes_name_their_values() -> None:
    for method, path, route in [
        ("GET", "/v1/models", "/v1/models"), ("GET", "/v1/models/gpt-4o", "/v1/models/{model}"),
        ("DELETE", "/v1/responses/r1", "/v1/responses/{response_id}"),
        ("GET", "/v1/responses/r1/input_items", "/v1/responses/{response_id}/input_items"),
        ("POST", "/v1/responses/r1/cancel", "/v1/responses/{response_id}/cancel"),
    ]:
        c = classify("api.openai.com", method, path)
        assert c is not None and c.path.route == route, path


def test_keys_are_renamed_in_place_keeping_order() -> None:
    doc = {"m": {"a": 1, "x@y.z": {"q@r.s": 2}, "b": 3}}
    assert _rename_keys(doc, [(("m", "x@y.z"), "[E1]"), (("m", "x@y.z", "q@r.s"), "[E2]")])
    assert list(doc["m"]) == ["a", "[E1]", "b"] and doc["m"]["[E1]"] == {"[E2]": 2}
    assert not _rename_keys({"k": {"x@y.z": 1, "[E1]": 2}}, [(("k", "x@y.z"), "[E1]")])


def test_a_number_to_redact_routes_locally_and_says_why() -> None:
    p, audit = pipeline()
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}],
            "metadata": {"mail": EMAIL, "ok": "1"}, "tools": [{"type": "function", "function": {
                "name": "f", "parameters": {"type": "object", "default": 4155550123}}}]}
    plan = p.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {},
                            json.dumps(body).encode()))
    assert isinstance(plan, Forward) and plan.action is Action.REDACT  # no number found
    _PATTERNS.append((re.compile(r"\b4155550123\b"), "PHONE_NUMBER", 0.9))
    try:
        plan = p.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {},
                                json.dumps(body).encode()))
    finally:
        _PATTERNS.pop()
    assert isinstance(plan, Forward) and plan.local and plan.action is Action.ROUTE_LOCAL
    rule = audit.records[-1]["rules"][-1]
    assert rule["id"] == "unredactable-position" and "a JSON number" in rule["reason"]


@pytest.mark.parametrize("body", [b"", b"  ", b"{}", b"{ }"])
def test_metadata_routes_take_no_body_but_nothing(body: bytes) -> None:
    p, _ = pipeline()
    plan = p.handle(Request("POST", "api.openai.com", "/v1/responses/r1/cancel", {}, body))
    assert isinstance(plan, Forward)


@pytest.mark.parametrize("body", [b'{"a":1}', b"[]", b"x", b'{"note":"hi"}'])
def test_metadata_routes_refuse_a_body(body: bytes) -> None:
    p, audit = pipeline()
    plan = p.handle(Request("DELETE", "api.openai.com", "/v1/responses/r1", {}, body))
    assert isinstance(plan, Respond) and plan.status == 400
    assert audit.records[0]["path"] == "/v1/responses/{response_id}"


def test_app_header_with_a_value_is_not_recorded_in_clear() -> None:
    p, audit = pipeline()
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    p.handle(Request("POST", "api.openai.com", "/v1/chat/completions",
                     {"x-sovereign-app": f"billing {EMAIL}"}, body.encode()))
    p.handle(Request("POST", "api.openai.com", "/v1/chat/completions",
                     {"x-sovereign-app": "billing"}, body.encode()))
    assert [r["app"] for r in audit.records] == ["<EMAIL_ADDRESS>", "billing"]


def test_replay_escalates_findings_in_fixed_positions_again() -> None:
    from sovereign.policy.replay import replay

    p, audit = pipeline()
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": EMAIL}]})
    for headers in ({}, {"x-customer": EMAIL}):
        p.handle(Request("POST", "api.openai.com", "/v1/chat/completions", headers,
                         body.encode()))
    assert [r["action"] for r in audit.records] == ["redact", "route_local"]
    records = [dict(r, index=i) for i, r in enumerate(audit.records)]
    changes, _, replayed = replay(records, load_rules([REPO / "rules"]))
    assert replayed == 2 and changes == []


def test_a_value_in_a_wildcard_host_name_is_content() -> None:
    """An Azure resource name is the app's: read, decided (no placeholder can stand in a host
    name), and not recorded in clear."""
    p, audit = pipeline()
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}]}).encode()
    for host in (f"ssn-{SSN}.openai.azure.com", "myres.openai.azure.com"):
        p.handle(Request("POST", host, "/openai/deployments/gpt-4o/chat/completions"
                         "?api-version=2024-10-21", {"api-key": "k"}, body))
    flagged, clean = audit.records
    assert flagged["action"] == "route_local" and SSN not in json.dumps(flagged)
    assert flagged["host"] == "<US_SSN>" and flagged["path"] == (
        "/openai/deployments/{model}/chat/completions")
    assert clean["action"] == "allow" and clean["host"] == "myres.openai.azure.com"
    assert clean["destination"] == "myres.openai.azure.com" and clean["model"] == "gpt-4o"


def test_a_redacted_key_comes_back_restored_in_a_reply() -> None:
    p, _ = pipeline()
    body = {"model": "claude-opus-4-7", "max_tokens": 9, "messages": [
        {"role": "user", "content": "hi"}], "metadata": {EMAIL: "vip"}}
    plan = p.handle(Request("POST", "api.anthropic.com", "/v1/messages", {},
                            json.dumps(body).encode()))
    assert isinstance(plan, Forward) and plan.body is not None and plan.reply is not None
    (placeholder,) = json.loads(plan.body)["metadata"]
    reply = {"content": [{"type": "tool_use", "id": "t", "name": "f",
                          "input": {placeholder: f"write to {placeholder}"}}]}
    restored = json.loads(plan.reply.whole(json.dumps(reply).encode(), 200))
    assert restored["content"][0]["input"] == {EMAIL: f"write to {EMAIL}"}
