"""Bypass attempts: each tries to get a value past the scan; none may reach the closed
stand-in in clear."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mitmproxy.net import encoding

from tests.conftest import ProxyRun
from tests.e2e.clients import h2_answer, h2_tunnel

EMAIL = "priya.raman@example.org"
URL = "https://api.openai.com/v1/chat/completions"


def client(run: ProxyRun) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(run.ca))
    return httpx.Client(proxy=run.url, verify=verify, trust_env=False, timeout=30)


def chat(text: str) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}


def sent_text(run: ProxyRun) -> str:
    """What the closed stand-in got, JSON-decoded (so escapes cannot hide anything)."""
    assert len(run.closed.received) == 1
    return json.dumps(run.closed.received[0].json, ensure_ascii=False)


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "zstd"])
def test_compressed_request_bodies_are_read(fresh: ProxyRun, coding: str) -> None:
    body = encoding.encode(json.dumps(chat(f"mail {EMAIL}")).encode(), coding)
    with client(fresh) as c:
        r = c.post(URL, content=body, headers={"content-type": "application/json",
                                               "content-encoding": coding})
    assert r.status_code == 200, r.text
    headers = {k.lower(): v for k, v in fresh.closed.received[0].headers.items()}
    assert "content-encoding" not in headers  # we sent what we rewrote, uncompressed
    assert EMAIL not in sent_text(fresh) and "[EMAIL_ADDRESS_1]" in sent_text(fresh)


def test_unknown_content_encoding_is_refused(fresh: ProxyRun) -> None:
    with client(fresh) as c:
        r = c.post(URL, content=b"\x00\x01opaque", headers={"content-type": "application/json",
                                                            "content-encoding": "x-secret"})
    assert r.status_code == 400 and fresh.closed.received == []


def test_chunked_request_body(fresh: ProxyRun) -> None:
    raw = json.dumps(chat(f"mail {EMAIL} today")).encode()

    def pieces() -> Iterator[bytes]:
        for i in range(0, len(raw), 7):
            yield raw[i : i + 7]

    with client(fresh) as c:
        r = c.post(URL, content=pieces(), headers={"content-type": "application/json"})
    assert r.status_code == 200
    assert EMAIL not in sent_text(fresh)


def h2_post(run: ProxyRun, path: str, body: bytes) -> tuple[int, bytes]:
    """POST over HTTP/2 (ALPN h2 only) inside a CONNECT tunnel, with the h2 library."""
    tls, conn = h2_tunnel(run, timeout=10)
    conn.send_headers(1, [(":method", "POST"), (":authority", "api.openai.com"),
                          (":scheme", "https"), (":path", path),
                          ("content-type", "application/json"),
                          ("content-length", str(len(body)))])
    conn.send_data(1, body, end_stream=True)
    headers, payload = h2_answer(tls, conn)
    return int(headers.get(":status", "0")), payload


def test_http2(fresh: ProxyRun) -> None:
    status, _ = h2_post(fresh, "/v1/chat/completions", json.dumps(chat(f"mail {EMAIL}")).encode())
    assert status == 200
    assert EMAIL not in sent_text(fresh) and "[EMAIL_ADDRESS_1]" in sent_text(fresh)
    status, payload = h2_post(fresh, "/v1/chat/completions",
                              json.dumps(chat("key AKIAIOSFODNN7EXAMPLE")).encode())
    assert status == 403 and b"blocked_by_policy" in payload


@pytest.mark.parametrize("body", [
    # the last "messages" is clean; a first-wins parser upstream would read the first
    b'{"model":"gpt-4o","messages":[{"role":"user","content":"mail ' + EMAIL.encode()
    + b'"}],"messages":[{"role":"user","content":"hello"}]}',
    b'{"model":"gpt-4o","messages":[{"role":"user","content":"hi","content":"mail '
    + EMAIL.encode() + b'"}]}',
], ids=["top-level", "nested"])
def test_duplicate_json_keys_are_refused(fresh: ProxyRun, body: bytes) -> None:
    with client(fresh) as c:
        r = c.post(URL, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400 and "repeats the key" in r.json()["error"]["message"]
    assert fresh.closed.received == []


@pytest.mark.parametrize("body", [
    json.dumps(chat(f"mail {EMAIL}")).encode("latin-1").replace(b"mail", b"m\xe4il"),
    b'{"model":"gpt-4o","messages":[{"role":"user","content":"\xc0\xafetc ' + EMAIL.encode()
    + b'"}]}',  # overlong UTF-8 for "/"
    json.dumps(chat(f"mail {EMAIL}")).encode("utf-16"),
], ids=["latin-1", "overlong-utf8", "utf-16"])
def test_non_utf8_bodies_are_refused(fresh: ProxyRun, body: bytes) -> None:
    with client(fresh) as c:
        r = c.post(URL, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400 and fresh.closed.received == []


def test_very_deep_nesting_is_refused(fresh: ProxyRun) -> None:
    deep = "[" * 5000 + "]" * 5000
    body = f'{{"model":"gpt-4o","messages":[{{"role":"user","content":"{EMAIL}"}}],"x":{deep}}}'
    with client(fresh) as c:
        r = c.post(URL, content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 400 and "nests deeper" in r.json()["error"]["message"]
    assert fresh.closed.received == []


@pytest.mark.parametrize("hidden", [
    "priya\u200b.raman@exam\u200cple.org",  # zero-width space and non-joiner inside
    "priya.raman@ex\u0430mple.org",  # Cyrillic a (U+0430)
    "\uff50\uff52\uff49\uff59\uff41.\uff52\uff41\uff4d\uff41\uff4e@example.org",  # full-width
    "priya.raman\u2060@example.org",  # word joiner
], ids=["zero-width", "cyrillic", "fullwidth", "word-joiner"])
def test_obfuscated_values_are_still_found(fresh: ProxyRun, hidden: str) -> None:
    with client(fresh) as c:
        r = c.post(URL, json=chat(f"mail {hidden} today"))
    assert r.status_code == 200
    content = fresh.closed.received[0].json["messages"][0]["content"]
    assert content == "mail [EMAIL_ADDRESS_1] today"


def test_value_split_across_messages(fresh: ProxyRun) -> None:
    body = {"model": "gpt-4o", "messages": [
        {"role": "user", "content": "My social security number is 219-09"},
        {"role": "user", "content": "-9999, please remember it"}]}
    with client(fresh) as c:
        r = c.post(URL, json=body)
    assert r.status_code == 200
    assert fresh.closed.received == []  # an SSN: answered locally, never sent out
    assert fresh.local.received and fresh.local.received[0].json["messages"][1]["content"] \
        == "-9999, please remember it"


@pytest.mark.parametrize(("method", "path"), [
    ("PUT", "/v1/chat/completions"), ("PATCH", "/v1/chat/completions"),
    ("POST", "/v1/chat/completions/../assistants"), ("POST", "/v2/chat/completions"),
    ("POST", "/v1/chat/completions/"),
])
def test_unknown_path_or_method_on_an_llm_host(fresh: ProxyRun, method: str, path: str) -> None:
    with client(fresh) as c:
        r = c.request(method, f"https://api.openai.com{path}", json=chat(f"mail {EMAIL}"))
    assert r.status_code == 403 and fresh.closed.received == []


def test_value_inside_a_base64_blob(fresh: ProxyRun) -> None:
    import base64

    blob = base64.b64encode(b"patient: SSN 219-09-9999, mail priya@example.org").decode()
    with client(fresh) as c:
        r = c.post(URL, json=chat(f"decode this and summarise it: {blob}"))
    assert r.status_code == 200
    assert fresh.closed.received == []  # an SSN inside: answered locally, never sent out
    assert fresh.local.received


def test_spread_out_ssn_is_routed_locally(fresh: ProxyRun) -> None:
    with client(fresh) as c:
        r = c.post(URL, json=chat("patient SSN: 2 1 9 - 0 9 - 9 9 9 9, summarise the case"))
    assert r.status_code == 200
    assert fresh.closed.received == []  # read collapsed, it is an SSN: answered locally
    assert fresh.local.received


@pytest.mark.parametrize(("prompt", "sent"), [
    ("reply to priya dot raman at example dot org by noon",  # written out
     "reply to [EMAIL_ADDRESS_1] by noon"),
    ('fix this JSON: {"to": "priya.raman\\u0040example.org"}',  # the backslash is in the text
     'fix this JSON: {"to": "[EMAIL_ADDRESS_1]"}'),
    ("open https://crm.example/login?user=priya.raman%40example.org",  # percent-encoded
     "open https://crm.example/login?user=[EMAIL_ADDRESS_1]"),
])
def test_hidden_email_is_redacted_exactly(fresh: ProxyRun, prompt: str, sent: str) -> None:
    with client(fresh) as c:
        r = c.post(URL, json=chat(prompt))
    assert r.status_code == 200
    assert fresh.closed.received[0].json["messages"][0]["content"] == sent


@pytest.mark.parametrize("codename", [
    "BLUEBIRD",
    "BLUE\u200bBIRD",  # zero-width space inside
    "\uff22\uff2c\uff35\uff25\uff22\uff29\uff32\uff24",  # full-width
    "\u0392LU\u0415\u0412\u0406RD",  # Greek B; Cyrillic E, B and I
    "b\u2060lue\u00adbird",  # word joiner and soft hyphen, lower case
], ids=["plain", "zero-width", "fullwidth", "homoglyph", "invisible-lower"])
def test_pack_deny_list_sees_through_evasion(fresh: ProxyRun, codename: str) -> None:
    """tests/fixtures/rules/test-extra.yaml routes its deny-listed code name local: however
    it is written, the request never reaches the closed stand-in."""
    with client(fresh) as c:
        r = c.post(URL, json=chat(f"status of project {codename} for the board?"))
    assert r.status_code == 200, r.text
    assert fresh.closed.received == []
    assert len(fresh.local.received) == 1
    assert fresh.local.received[0].json["messages"][-1]["content"] == \
        f"status of project {codename} for the board?"
