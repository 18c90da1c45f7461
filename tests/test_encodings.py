"""Other scripts and encodings the product reads: e-mail addresses with letters beyond ASCII
(IDN), base64 runs shorter than 24 characters, hex and base32 runs, and numbers spelled out
digit by digit in English words. What it deliberately does not read (rot13, reversed text,
leetspeak) is listed in README's limits."""

from __future__ import annotations

import base64
import json
import ssl
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sovereign.detect.embedded import blobs
from sovereign.detect.spread import idn_emails, spelled_numbers
from tests.conftest import ProxyRun

LOCAL = st.text("олуякнмиpqrsжзdéèüñ", min_size=1, max_size=8)  # noqa: RUF001
LABEL = st.text("клиникаорфпостäöüçéxyz", min_size=2, max_size=10)  # noqa: RUF001
TLD = st.sampled_from(["рф", "com", "de", "укр", "org"])
SSN = "536-22-8726"
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def found(detector: Any, text: str, kind: str) -> list[tuple[int, int]]:
    [spans] = detector.scan([text])
    return [(s.start, s.end) for s in spans if s.entity_type == kind]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(local=LOCAL, domain=LABEL, tld=TLD)
def test_idn_email_addresses_are_found_whole(analyzer_detector: Any, local: str, domain: str,
                                             tld: str) -> None:
    address = f"{local}@{domain}.{tld}"
    if address.isascii():
        return
    text = f"write to {address} today"
    assert (9, 9 + len(address)) in found(analyzer_detector, text, "EMAIL_ADDRESS"), address


def test_idn_reading_keeps_offsets() -> None:
    text = "mail олу@клиника.рф now"
    [hidden] = idn_emails(text)
    assert (hidden.start, hidden.end) == (5, 19)
    assert hidden.text[slice(*hidden.value)] == "xxx@xn--80apagcdp.xn--p1ai"
    assert idn_emails("plain john@example.org and привет мир") == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(encoding=st.sampled_from(["b64", "b64url", "hex", "HEX", "b32"]),
       value=st.sampled_from([SSN, "078-05-1121", "jane.roe@example.org"]))
def test_short_and_other_encodings_are_read(analyzer_detector: Any, encoding: str,
                                            value: str) -> None:
    raw = value.encode()
    blob = {"b64": base64.b64encode(raw).decode(), "b64url": base64.urlsafe_b64encode(raw)
            .decode(), "hex": raw.hex(), "HEX": raw.hex().upper(),
            "b32": base64.b32encode(raw).decode()}[encoding]
    text = f"decode this: {blob} please"
    kind = "EMAIL_ADDRESS" if "@" in value else "US_SSN"
    assert (13, 13 + len(blob)) in found(analyzer_detector, text, kind), blob


def test_the_issue_s_short_base64_is_read(analyzer_detector: Any) -> None:
    assert found(analyzer_detector, "data NTM2LTIyLTg3MjY= here", "US_SSN") == [(5, 21)]


def test_hashes_ids_and_words_are_not_decoded() -> None:
    text = ("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 "
            "commit 3f2a9c1b7d4e5f60 class TestCase1234 user_id_1234 ABCDEFGHIJKLMNOP "
            "uuid 123e4567-e89b-12d3-a456-426614174000 TOTP JBSWY3DPEHPK3PXP")
    assert blobs(text) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glue=st.sampled_from([" ", "  ", " - ", ", ", " dash "]),
       case=st.sampled_from([str.lower, str.upper, str.title]))
def test_numbers_spelled_out_are_read(analyzer_detector: Any, glue: str, case: Any) -> None:
    groups = [" ".join(case(WORDS[int(d)]) for d in g) for g in SSN.split("-")]
    spelled = glue.join(groups)
    text = f"my SSN is {spelled} thanks"
    spans = found(analyzer_detector, text, "US_SSN")
    assert any(a <= 10 and b >= 10 + len(spelled) for a, b in spans), (spelled, spans)


def test_counting_is_not_a_number() -> None:
    assert spelled_numbers("one two three four five six seven eight") == []


def test_encoded_values_do_not_leave_through_the_proxy(proxy: ProxyRun) -> None:
    proxy.closed.clear()
    verify = ssl.create_default_context(cafile=str(proxy.ca))
    texts = ["data NTM2LTIyLTg3MjY= here", "write to олу@клиника.рф today",
             "my SSN is five three six, two two, eight seven two six",
             f"hex {SSN.encode().hex()} please"]
    with httpx.Client(proxy=proxy.url, verify=verify, trust_env=False, timeout=60) as c:
        for text in texts:
            r = c.post("https://api.openai.com/v1/chat/completions",
                       json={"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
            assert r.status_code in (200, 403), r.text
    sent = json.dumps([r.json for r in proxy.closed.received], ensure_ascii=False)
    for value in ("NTM2LTIyLTg3MjY=", "олу@клиника.рф", "five three six", SSN.encode().hex()):
        assert value not in sent
