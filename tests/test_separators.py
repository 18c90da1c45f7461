"""Typographic separators and split values: an SSN or card number written with any dash or
minus sign, dots, tabs, line breaks or runs of spaces between its digit groups, or split
over any number of text parts or tool calls' arguments, is found (through the detector and
through the real proxy); numbers that are no such value (versions, dates, IP addresses,
timings) are not turned into one."""

from __future__ import annotations

import json
import re
import ssl
import sys
import unicodedata
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sovereign.assess import detect_all
from sovereign.detect.normalise import DASHES, normalise
from sovereign.detect.seams import view
from sovereign.detect.spread import loose_groups
from sovereign.exchange import Finding, Segment
from sovereign.providers.registry import DEFAULT
from tests.conftest import ProxyRun

SSNS = ["536-22-8726", "219-09-9999", "078-05-1121"]
CARDS = ["4111-1111-1111-1111", "5555-5555-5555-4444", "4012-8888-8888-1881",
         "3782-822463-10005"]
PD = sorted(c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c) == "Pd")
MINUS = ["\u2212", "\u207b", "\u208b", "\u2796", "\u02d7"]

dash = st.sampled_from(PD + MINUS)
joint = st.one_of(
    dash,  # any dash or minus sign
    dash.map(lambda d: f" {d} "),
    st.just("."),
    st.text(" \t\n\r", min_size=1, max_size=4),  # tabs, line breaks, runs of spaces
    st.text(" \t\n", min_size=1, max_size=2).map(lambda w: f".{w}"),
)


def written(value: str, joints: list[str]) -> str:
    """*value* ("536-22-8726") with its i-th "-" written as joints[i]."""
    groups = value.split("-")
    return groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], strict=True))


def covered(text: str, spans: list[Any], kinds: set[str]) -> bool:
    """Every digit of *text* (a prefix of the scanned text) is inside a finding of *kinds*."""
    inside = {i for s in spans if s.entity_type in kinds for i in range(s.start, s.end)}
    return all(i in inside for i, ch in enumerate(text) if ch.isdigit())


def test_every_dash_and_minus_sign_is_folded() -> None:
    assert set(PD) - {"-"} <= set(DASHES)
    for ch in PD + MINUS:
        folded, origin = normalise(f"536{ch}22{ch}8726")
        assert folded == "536-22-8726" and (not origin or len(origin) == 12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ssn=st.sampled_from(SSNS), joints=st.lists(joint, min_size=2, max_size=2),
       before=st.sampled_from(["patient SSN ", "SSN: ", "social security number "]))
def test_ssn_with_any_separators_is_found(analyzer_detector: Any, ssn: str, joints: list[str],
                                          before: str) -> None:
    value = written(ssn, joints)
    text = f"{before}{value} on file"
    [spans] = analyzer_detector.scan([text])
    assert covered(text[: len(before) + len(value)], spans, {"US_SSN"}), (value, spans)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=st.sampled_from(CARDS), data=st.data(),
       before=st.sampled_from(["card ", "", "pay with ", "number: "]))
def test_card_with_any_separators_is_found(analyzer_detector: Any, card: str, data: Any,
                                           before: str) -> None:
    joints = data.draw(st.lists(joint, min_size=card.count("-"), max_size=card.count("-")))
    value = written(card, joints)
    text = f"{before}{value} thanks"
    [spans] = analyzer_detector.scan([text])
    found = [s for s in spans if s.entity_type == "CREDIT_CARD"
             and s.start <= len(before) and s.end >= len(before) + len(value)]
    assert found, (value, spans)


@pytest.mark.parametrize("text", [
    "release 10.2.3 and 2.14.1.3 build 2024.01.15", "server 192.168.100.200 port 8080",
    "took 12:30:45.123 at 2024-01-15\n2024-01-16", "pages 12\u201315, 2019\u20132021",
    "1.234.567 rows in 12.5 s", "v3.11.4\t3.12.1\t3.13.0",
])
def test_harmless_numbers_are_not_read_as_identifiers(analyzer_detector: Any,
                                                      text: str) -> None:
    [spans] = analyzer_detector.scan([text])
    assert not [s for s in spans if s.entity_type in ("US_SSN", "CREDIT_CARD")], spans


def test_dotted_quads_and_short_runs_are_not_read_loose() -> None:
    assert loose_groups("at 192.168.100.200 and 10.20.30.40") == []
    assert loose_groups("dated 2024.01.15") == []  # eight digits: a date, not an identifier
    assert loose_groups("SSN 536 22 8726") == []  # the patterns read single spaces themselves
    [hidden] = loose_groups("SSN 536\t22\t8726")
    assert hidden.text[slice(*hidden.value)] == "536-22-8726"


# -- values split across parts ---------------------------------------------------------------

CHAT = DEFAULT.classify("api.openai.com", "POST", "/v1/chat/completions")


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted(set(cuts))
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


def parts_request(parts: list[str]) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": [
        {"type": "text", "text": p} for p in parts]}]}


def tool_calls_request(parts: list[str]) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [
        {"role": "user", "content": "store the number"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": f"call_{i}", "type": "function",
             "function": {"name": "store", "arguments": json.dumps({"part": p})}}
            for i, p in enumerate(parts)]}]}


def segments_of(body: dict[str, Any]) -> tuple[Segment, ...]:
    assert CHAT is not None
    parsed = CHAT.wire.parse_request("openai", CHAT.endpoint, json.dumps(body).encode(),
                                     CHAT.path)
    return parsed.exchange.segments


def value_covered(segments: tuple[Segment, ...], findings: tuple[Finding, ...], value: str,
                  kinds: set[str]) -> bool:
    """Every digit of *value*, wherever the parts put it, is inside a finding of *kinds*."""
    inside = {(f.segment, i) for f in findings if f.entity_type in kinds
              for i in range(f.start, f.end)}
    digits = sum(ch.isdigit() for ch in value)
    seen = 0
    for k, segment in enumerate(segments):
        for i, ch in enumerate(segment.text):
            if ch.isdigit() and seen < digits and segment.kind.prose and \
                    ch == [d for d in value if d.isdigit()][seen]:
                if (k, i) not in inside:
                    return False
                seen += 1
    return seen == digits


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ssn=st.sampled_from(SSNS), cuts=st.lists(st.integers(13, 22), min_size=1, max_size=5))
def test_ssn_split_over_any_number_of_text_parts(analyzer_detector: Any, ssn: str,
                                                 cuts: list[int]) -> None:
    text = f"patient SSN {ssn} on file"  # cuts fall inside the value (offsets 13-22)
    segments = segments_of(parts_request(split(text, cuts)))
    findings = detect_all(segments, analyzer_detector)
    assert value_covered(segments, findings, ssn, {"US_SSN"}), (split(text, cuts), findings)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=st.sampled_from(CARDS), data=st.data())
def test_card_split_over_any_number_of_tool_calls(analyzer_detector: Any, card: str,
                                                  data: Any) -> None:
    cuts = data.draw(st.lists(st.integers(1, len(card) - 1), min_size=1, max_size=4))
    parts = split(card, cuts)
    segments = segments_of(tool_calls_request(parts))
    findings = detect_all(segments, analyzer_detector)
    assert value_covered(segments, findings, card, {"CREDIT_CARD"}), (parts, findings)


def test_json_documents_join_inside_their_strings() -> None:
    text = json.dumps({"part": "536-22"})
    lo, hi = view(text)
    assert text[lo:hi] == "536-22"
    assert view("plain text") == (0, 10)


# -- through the real proxy ------------------------------------------------------------------

URL = "https://api.openai.com/v1/chat/completions"


def digits_sent(run: ProxyRun) -> str:
    """The digits of every request the closed stand-in got, in order."""
    return "".join(re.findall(r"\d", "".join(json.dumps(r.json) for r in run.closed.received)))


@settings(max_examples=16, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(number=st.sampled_from([("patient SSN ", v) for v in SSNS] + [("card ", v) for v in CARDS]),
       data=st.data(), tools=st.booleans())
def test_split_and_separated_values_do_not_leave_through_the_proxy(
        proxy: ProxyRun, number: tuple[str, str], data: Any, tools: bool) -> None:
    before, plain = number
    joints = data.draw(st.lists(joint, min_size=plain.count("-"), max_size=plain.count("-")))
    value = written(plain, joints)
    text = f"{before}{value} on file"
    cuts = data.draw(st.lists(st.integers(len(before) + 1, len(before) + len(value) - 1),
                              max_size=4))
    parts = split(text, cuts)
    body = tool_calls_request(parts) if tools else parts_request(parts)
    proxy.closed.clear()
    verify = ssl.create_default_context(cafile=str(proxy.ca))
    with httpx.Client(proxy=proxy.url, verify=verify, trust_env=False, timeout=60) as c:
        r = c.post(URL, json=body)
    assert r.status_code in (200, 403), r.text
    # nothing of it reached the closed API: not whole, not in pieces across parts
    assert plain.replace("-", "") not in digits_sent(proxy), (parts, r.status_code)
