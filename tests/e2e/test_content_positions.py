"""Content is everything the app controls, wherever it sits (issue 19, classes 1-4 and the
audit record): values under key names a format uses for its own fields, object keys, JSON
numbers, headers, query parameters and URL path segments, through the real proxy, with the
official SDKs where an app would use them, and with generated bodies. A planted SSN, card
number or e-mail address never reaches the closed stand-in in clear."""

from __future__ import annotations

import json
import ssl
import string
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from google.genai import types
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ProxyRun
from tests.e2e.clients import GEMINI_KEY, anthropic_client, gemini_client, openai_client
from tests.planting import plant

EMAIL = "priya.raman@example.org"
SSN = "536-22-8726"
CARD = 4111111111111111
OA, AN, GE = ("api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com")
GEN = "/v1beta/models/gemini-2.5-flash:generateContent"


def client(run: ProxyRun) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(run.ca))
    return httpx.Client(proxy=run.url, verify=verify, trust_env=False, timeout=30)


def closed_saw(run: ProxyRun, needle: str) -> bool:
    """Whether *needle* reached the closed stand-in anywhere: path, query, headers, body (raw
    and JSON-decoded, so that no escape can hide it)."""
    for r in run.closed.received:
        seen = [r.path, unquote(r.path), json.dumps(r.headers, ensure_ascii=False), r.text]
        try:
            seen.append(json.dumps(r.json, ensure_ascii=False))
        except ValueError:
            pass
        if any(needle in s for s in seen):
            return True
    return False


def assert_never_closed(run: ProxyRun, *needles: str) -> None:
    for needle in needles:
        assert not closed_saw(run, needle), f"{needle!r} reached the closed API"


def decision_of(r: httpx.Response) -> str:
    decision = r.headers.get("x-sovereign-decision", "")
    assert decision.startswith("dec_"), r.text
    return decision


# -- 1. values under the format's own key names, below the format's own positions ------------

def test_openai_sdk_metadata_id_and_email_key(fresh: ProxyRun) -> None:
    """metadata: {"id": <e-mail>} and metadata: {<e-mail>: "vip"}: redacted, key included."""
    completion = openai_client().chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hello"}],
        metadata={"id": EMAIL, f"{EMAIL}": "vip"})
    assert completion.choices[0].message.content
    assert len(fresh.closed.received) == 1
    assert_never_closed(fresh, EMAIL, "priya.raman")
    sent = fresh.closed.received[0].json["metadata"]
    assert sent["id"].startswith("[EMAIL_ADDRESS") and len(sent) == 2
    assert all(k.startswith("[EMAIL_ADDRESS") for k in sent if k != "id")


def test_openai_sdk_tool_call_ids_are_content_and_still_pair(fresh: ProxyRun) -> None:
    """tool_calls[].id and tool_call_id are the app's strings: a value there is redacted, the
    same placeholder in both, so the call and its result still pair up."""
    call_id = f"call-{EMAIL}"
    openai_client().chat.completions.create(model="gpt-4o", messages=[
        {"role": "user", "content": "look it up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": call_id, "type": "function",
             "function": {"name": "lookup", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": call_id, "content": "done"}])
    assert_never_closed(fresh, EMAIL, "priya.raman")
    messages = fresh.closed.received[0].json["messages"]
    sent_id = messages[1]["tool_calls"][0]["id"]
    assert "EMAIL_ADDRESS" in sent_id and messages[2]["tool_call_id"] == sent_id


def test_anthropic_sdk_tool_use_input_id_and_card_number(fresh: ProxyRun) -> None:
    """tool_use.input: {"id": <SSN>, "card_number": 4111111111111111 (a number)}: the request
    stays inside (the SSN and the card are regulated), answered by the local model."""
    message = anthropic_client().messages.create(
        model="claude-opus-4-7", max_tokens=64, messages=[
            {"role": "user", "content": "check the account"},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_1", "name": "lookup",
                 "input": {"id": SSN, "card_number": CARD}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"}]}])
    assert message.content
    assert fresh.closed.received == [] and len(fresh.local.received) == 1
    assert_never_closed(fresh, SSN, str(CARD))


def test_anthropic_sdk_card_number_alone_as_a_number(fresh: ProxyRun) -> None:
    anthropic_client().messages.create(model="claude-opus-4-7", max_tokens=64, messages=[
        {"role": "user", "content": "charge it"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_2", "name": "pay",
                                           "input": {"card_number": CARD}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_2",
                                      "content": "ok"}]}])
    assert fresh.closed.received == [] and len(fresh.local.received) == 1


def test_gemini_sdk_function_response_status_and_detail(fresh: ProxyRun) -> None:
    """functionResponse.response: {"status": "patient SSN …", "detail": <e-mail>}."""
    contents = [
        types.Content(role="user", parts=[types.Part.from_text(text="look up the patient")]),
        types.Content(role="model", parts=[types.Part.from_function_call(
            name="lookup", args={"q": "patient"})]),
        types.Content(role="user", parts=[types.Part.from_function_response(
            name="lookup", response={"status": f"patient SSN {SSN}", "detail": EMAIL})]),
    ]
    genai = gemini_client()
    reply = genai.models.generate_content(model="gemini-2.5-flash", contents=contents)
    assert reply.text
    assert fresh.closed.received == [] and len(fresh.local.received) == 1
    assert_never_closed(fresh, SSN, EMAIL)


# -- 3. headers, query parameters, URL paths -------------------------------------------------

def test_openai_sdk_extra_headers_are_content(fresh: ProxyRun) -> None:
    """x-customer-email in an SDK's extra_headers: a header cannot carry a placeholder, so
    the request is answered by the local model, and the decision says why."""
    raw = openai_client().chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hello"}],
        extra_headers={"x-customer-email": EMAIL})
    assert raw.parse().choices[0].message.content
    assert fresh.closed.received == [] and len(fresh.local.received) == 1
    record = fresh.record(raw.headers["x-sovereign-decision"])
    assert record["action"] == "route_local" and "unredactable-position" in record["rule_ids"]
    assert "a request header" in json.dumps(record["rules"])


def test_query_parameter_is_content(fresh: ProxyRun) -> None:
    with client(fresh) as c:
        r = c.post(f"https://{OA}/v1/chat/completions?customer={quote(EMAIL)}",
                   json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 200, r.text
    assert fresh.closed.received == [] and len(fresh.local.received) == 1
    record = fresh.record(decision_of(r))
    assert record["path"] == "/v1/chat/completions"
    assert EMAIL not in json.dumps(record)


@pytest.mark.parametrize("path", [f"/v1/models/{EMAIL}", f"/v1/models/{quote(EMAIL)}"],
                         ids=["plain", "encoded"])
def test_model_id_in_a_metadata_path_is_content(fresh: ProxyRun, path: str) -> None:
    """GET /v1/models/<e-mail>: a path cannot carry a placeholder and a model listing has no
    local equivalent, so it is refused."""
    with client(fresh) as c:
        r = c.get(f"https://{OA}{path}")
    assert r.status_code == 403, r.text
    assert fresh.closed.received == []
    record = fresh.record(decision_of(r))
    assert record["path"] == "/v1/models/{model}" and record["refusal"] == "cannot_route_locally"
    assert "priya" not in json.dumps(record) and "priya" not in fresh.audit_text()


def test_model_listing_stays_allowed(fresh: ProxyRun) -> None:
    models = openai_client().models.list()
    assert [m.id for m in models] and len(fresh.closed.received) == 1


def test_ssn_as_the_gemini_model_in_the_path(fresh: ProxyRun) -> None:
    """/v1beta/models/<SSN>:generateContent with the caller's ?key=: answered locally; the
    record keeps the route, never the SSN nor the key, and no log line holds either."""
    body = {"contents": [{"role": "user", "parts": [{"text": "hello"}]}]}
    with client(fresh) as c:
        r = c.post(f"https://{GE}/v1beta/models/{SSN}:generateContent?key={GEMINI_KEY}",
                   json=body)
    assert r.status_code == 200, r.text
    assert fresh.closed.received == [] and len(fresh.local.received) == 1
    record = fresh.record(decision_of(r))
    assert record["path"] == "/v1beta/models/{model}:generateContent"
    assert "<US_SSN>" in record["model"] and record["destination"] == "local:llama-local"
    for leak in (SSN, GEMINI_KEY):
        assert leak not in json.dumps(record) and leak not in fresh.audit_text()
        assert leak not in fresh.log_file.read_text()


def test_gemini_key_never_recorded_on_an_allowed_request(fresh: ProxyRun) -> None:
    body = {"contents": [{"role": "user", "parts": [{"text": "hello"}]}]}
    with client(fresh) as c:
        r = c.post(f"https://{GE}{GEN}?key={GEMINI_KEY}", json=body)
    assert r.status_code == 200 and len(fresh.closed.received) == 1
    record = fresh.record(decision_of(r))
    assert record["destination"].endswith("/v1beta/models/{model}:generateContent")
    assert record["model"] == "gemini-2.5-flash" and record["finding_count"] == 0
    assert GEMINI_KEY not in fresh.audit_text() and GEMINI_KEY not in fresh.log_file.read_text()


def test_gemini_sdk_key_never_recorded(fresh: ProxyRun) -> None:
    genai = gemini_client()
    genai.models.generate_content(model="gemini-2.5-flash", contents="hello")
    assert len(fresh.closed.received) == 1
    assert GEMINI_KEY not in fresh.audit_text() and GEMINI_KEY not in fresh.log_file.read_text()


@pytest.mark.parametrize("header", ["authorization", "x-api-key", "api-key", "x-goog-api-key"])
def test_credential_headers_are_never_scanned(fresh: ProxyRun, header: str) -> None:
    """A credential is the caller's to send: never read into a finding (it would be tagged in
    the record) and never a reason to stop the request."""
    with client(fresh) as c:
        r = c.post(f"https://{OA}/v1/chat/completions", headers={header: f"k {SSN} {EMAIL}"},
                   json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 200 and len(fresh.closed.received) == 1
    record = fresh.record(decision_of(r))
    assert record["action"] == "allow" and record["finding_count"] == 0


@pytest.mark.parametrize(("name", "value", "action"), [
    ("x-customer-email", EMAIL, "route_local"),
    ("x-patient", f"SSN {SSN}", "route_local"),
    (f"x-ssn-{SSN}", "1", "route_local"),  # (an e-mail cannot be a header name)
    ("user-agent", f"app/1.0 ({EMAIL})", "route_local"),
], ids=["email", "ssn", "in-the-name", "user-agent"])
def test_headers_are_content(fresh: ProxyRun, name: str, value: str, action: str) -> None:
    with client(fresh) as c:
        r = c.post(f"https://{AN}/v1/messages", headers={name: value}, json={
            "model": "claude-opus-4-7", "max_tokens": 16,
            "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 200, r.text
    assert fresh.record(decision_of(r))["action"] == action
    assert_never_closed(fresh, EMAIL, SSN)


# -- 4. nothing unread leaves: bodies on metadata routes, upgrades ---------------------------

@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/v1/models"), ("DELETE", "/v1/responses/resp_1"),
    ("POST", "/v1/responses/resp_1/cancel"), ("GET", "/v1/responses/resp_1"),
])
def test_bodies_on_metadata_routes_are_refused(fresh: ProxyRun, method: str, path: str) -> None:
    body = json.dumps({"note": f"SSN {SSN}", "to": EMAIL}).encode()
    with client(fresh) as c:
        r = c.request(method, f"https://{OA}{path}", content=body,
                      headers={"content-type": "application/json"})
    assert r.status_code == 400 and "takes no request body" in r.text
    assert fresh.closed.received == []


def test_an_empty_object_on_cancel_is_no_body(fresh: ProxyRun) -> None:
    with client(fresh) as c:
        c.post(f"https://{OA}/v1/responses/resp_1/cancel", content=b"{}",
               headers={"content-type": "application/json"})
    assert len(fresh.closed.received) == 1


@pytest.mark.parametrize(("host", "upgrade"), [(OA, "websocket"), (AN, "websocket"),
                                              (OA, "tcp"), (GE, "websocket")])
def test_upgrades_are_refused(fresh: ProxyRun, host: str, upgrade: str) -> None:
    path = "/v1beta/models" if host == GE else "/v1/models"
    with client(fresh) as c:
        r = c.get(f"https://{host}{path}", headers={
            "connection": "Upgrade", "upgrade": upgrade, "sec-websocket-version": "13",
            "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ=="})
    assert r.status_code == 400 and "upgrade" in r.text
    assert fresh.closed.received == []


# -- generated: a value planted anywhere in the app's JSON, under every format ---------------

STRUCTURAL = ["id", "type", "status", "detail", "model", "role", "object", "call_id", "name",
              "content", "text", "tool_call_id", "tool_use_id", "finish_reason", "item_id"]
KEYS = st.sampled_from(STRUCTURAL) | st.text(string.ascii_lowercase + "_", min_size=1,
                                             max_size=8)
LEAF = (st.none() | st.booleans() | st.integers(-999, 999)
        | st.text(string.ascii_lowercase + " ", max_size=10))
TREE = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(KEYS, inner, max_size=3), max_leaves=10)
PLANTS: list[tuple[str, Any, str]] = [  # (how, value, what must not leave)
    ("value", EMAIL, EMAIL), ("value", f"SSN {SSN}", SSN), ("value", str(CARD), str(CARD)),
    ("key", EMAIL, EMAIL), ("key", f"SSN {SSN}", SSN), ("number", CARD, str(CARD)),
]


def planted(data: st.DataObject, how: str, value: Any) -> dict[str, Any]:
    return plant(data, how, value, TREE, KEYS, LEAF)


def format_body(fmt: str, tree: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The app's object where that format lets the app put any JSON."""
    if fmt == "openai":
        return OA, "/v1/chat/completions", {
            "model": "gpt-4o", "metadata": tree, "messages": [
                {"role": "user", "content": "hi"},
                {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {
                    "name": "f", "arguments": json.dumps(tree)}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "ok"}]}
    if fmt == "responses":
        return OA, "/v1/responses", {"model": "gpt-4o", "input": "hi", "metadata": tree,
                                     "text": {"format": {"type": "json_schema", "schema": tree}}}
    if fmt == "anthropic":
        return AN, "/v1/messages", {"model": "claude-opus-4-7", "max_tokens": 16, "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "f",
                                               "input": tree}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1",
                                          "content": "ok"}]}], "metadata": tree}
    return GE, GEN, {"contents": [
        {"role": "user", "parts": [{"text": "hi"}]},
        {"role": "model", "parts": [{"functionCall": {"name": "f", "args": tree}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": tree}}]}]}


@pytest.mark.parametrize("fmt", ["openai", "responses", "anthropic", "gemini"])
@given(data=st.data(), plant=st.sampled_from(PLANTS))
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_planted_value_never_reaches_the_closed_api(proxy: ProxyRun, fmt: str,
                                                    data: st.DataObject,
                                                    plant: tuple[str, Any, str]) -> None:
    how, value, needle = plant
    host, path, body = format_body(fmt, planted(data, how, value))
    proxy.closed.clear()
    with client(proxy) as c:
        r = c.post(f"https://{host}{path}", json=body)
    decision_of(r)
    assert not closed_saw(proxy, needle), f"{how} {needle!r} reached the closed API"


@given(data=st.data(), where=st.sampled_from(["header", "query", "path"]),
       plant=st.sampled_from([EMAIL, f"SSN {SSN}"]))
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_planted_value_in_the_envelope_never_reaches_the_closed_api(
        proxy: ProxyRun, data: st.DataObject, where: str, plant: str) -> None:
    name = data.draw(st.text(string.ascii_lowercase, min_size=1, max_size=8))
    body = {"contents": [{"role": "user", "parts": [{"text": "hello"}]}]}
    headers, model, query = {}, "gemini-2.5-flash", f"key={GEMINI_KEY}"
    if where == "header":
        headers[f"x-{name}"] = plant
    elif where == "query":
        query += f"&{name}={quote(plant)}"
    else:
        model = quote(plant, safe="") if data.draw(st.booleans()) else plant.replace(" ", "-")
    proxy.closed.clear()
    with client(proxy) as c:
        r = c.post(f"https://{GE}/v1beta/models/{model}:generateContent?{query}", json=body,
                   headers=headers)
    record = proxy.record(decision_of(r))
    needle = SSN if "SSN" in plant else EMAIL
    assert not closed_saw(proxy, needle)
    assert needle not in json.dumps(record) and GEMINI_KEY not in json.dumps(record)
    log = proxy.log_file.read_text()
    assert needle not in log and GEMINI_KEY not in log and quote(needle) not in log
