"""The pipeline's side of the wire checks, sans-IO: encoded bodies, host names, trailers."""

from __future__ import annotations

import gzip
import itertools
import json
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.pipeline import Forward, Request, Respond
from tests.test_pipeline import chat, make

EMAIL = "priya.raman@example.org"


def encoded(body: bytes, coding: str) -> Request:
    return Request("POST", "api.openai.com", "/v1/chat/completions",
                   {"authorization": "Bearer sk-secret", "content-encoding": coding}, body,
                   content_encoding=coding)


def members(data: bytes, cuts: list[int]) -> bytes:
    points = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    return b"".join(gzip.compress(data[a:b]) for a, b in itertools.pairwise(points))


def test_an_allowed_encoded_body_is_forwarded_decoded() -> None:
    pipeline, _ = make()
    body = json.dumps(chat("what is the capital of France?")).encode()
    plan = pipeline.handle(encoded(members(body, [30]), "gzip"))
    assert isinstance(plan, Forward) and plan.body == body


@given(st.lists(st.integers(0, 120), max_size=4))
@settings(max_examples=60, deadline=None)
def test_a_value_in_any_gzip_member_is_found(cuts: list[int]) -> None:
    pipeline, _ = make()
    body = json.dumps(chat(f"mail {EMAIL} today")).encode()
    plan = pipeline.handle(encoded(members(body, cuts), "gzip"))
    assert isinstance(plan, Forward) and plan.body is not None
    assert EMAIL.encode() not in plan.body
    assert json.loads(plan.body)["messages"][0]["content"] == "mail [EMAIL_ADDRESS_1] today"


def test_bytes_after_a_deflate_stream_are_refused_and_audited() -> None:
    pipeline, audit = make()
    body = zlib.compress(json.dumps(chat("hi")).encode()) + f"mail {EMAIL}".encode()
    plan = pipeline.handle(encoded(body, "deflate"))
    assert isinstance(plan, Respond) and plan.status == 400
    assert audit.records[-1]["refusal"] == "undecodable_body"
    assert EMAIL not in json.dumps(audit.records)


def test_a_bomb_is_refused_at_the_limit_and_audited() -> None:
    pipeline, audit = make(max_body_bytes=65536)
    plan = pipeline.handle(encoded(gzip.compress(b"\0" * (8 << 20)), "gzip"))
    assert isinstance(plan, Respond) and plan.status == 413
    assert audit.records[-1]["refusal"] == "body_too_large"
    assert audit.records[-1]["inflate_limit"] == "size"


def test_names_that_disagree_are_refused_and_audited() -> None:
    pipeline, audit = make()
    body = json.dumps(chat("hello")).encode()
    req = Request("POST", "api.openai.com", "/v1/chat/completions", {}, body,
                  names=("api.openai.com", "example.org"))
    plan = pipeline.handle(req)
    assert isinstance(plan, Respond) and plan.status == 421
    assert json.loads(plan.body)["error"]["code"] == "host_mismatch"
    assert audit.records[-1]["refusal"] == "host_mismatch"
    same = Request("POST", "api.openai.com", "/v1/chat/completions", {}, body,
                   names=("api.openai.com",))
    assert isinstance(pipeline.handle(same), Forward)


def test_trailers_are_refused_and_audited() -> None:
    pipeline, audit = make()
    req = Request("POST", "api.openai.com", "/v1/chat/completions", {},
                  json.dumps(chat("hello")).encode(), trailers=True)
    plan = pipeline.handle(req)
    assert isinstance(plan, Respond) and plan.status == 400
    assert audit.records[-1]["refusal"] == "trailers_not_supported"
