"""The auditor's HTML report: what left (to whom, under which rule), what stayed inside, what
was refused, real errors apart from completed replies and apps that hung up, findings acted
on apart from findings only seen, full destinations, time buckets sized to the span, no
`None`; one file with no script and nothing fetched; and rendered by a real browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.audit import report
from sovereign.audit.records import DecisionRecord, RuleHit, SpanRecord, read_record
from sovereign.exchange import EndpointKind, Finding
from sovereign.policy.decide import Context, decide
from sovereign.policy.loader import load_rules

REPO = Path(__file__).resolve().parent.parent
T0 = 1_795_000_000.0
GEMINI = ("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:"
          "streamGenerateContent?alt=sse")


def _decision(i: int, action: str, dest: str, t: float, **extra: Any) -> dict[str, Any]:
    return {"type": "decision", "id": f"dec_{i}", "provider": "openai", "endpoint": "chat",
            "action": action, "destination": dest, "client": "10.0.0.7", "ts": t,
            "index": i, **extra}


def _rule(rule_id: str, action: str, reason: str, shadow: bool = False) -> dict[str, Any]:
    return {"id": rule_id, "pack": "default", "action": action, "reason": reason,
            "shadow": shadow}


def _span(start: int, end: int, kind: str, score: float, segment: int = 1) -> dict[str, Any]:
    return {"segment": segment, "start": start, "end": end, "type": kind, "score": score}


def short_run() -> list[dict[str, Any]]:
    """Four minutes of traffic: every action, every kind of outcome."""
    email = _rule("contact-redact", "redact", "EMAIL_ADDRESS x1 (score≥0.4)")
    docs = [
        # an e-mail address redacted; the two URLs inside it were only seen
        _decision(0, "redact", "https://api.openai.com/v1/chat/completions", T0, redacted=1,
                  rule_ids=["contact-redact"], rules=[email],
                  findings=[{"type": "EMAIL_ADDRESS", "count": 1}, {"type": "URL", "count": 2}],
                  spans=[_span(6, 26, "EMAIL_ADDRESS", 1.0), _span(6, 14, "URL", 0.5),
                         _span(15, 26, "URL", 0.5)]),
        {"type": "outcome", "decision": "dec_0", "status": 200, "error": None,
         "completed": True, "ts": T0 + 1},
        # allowed with a low-score phone number no rule counted: it left as written
        _decision(2, "allow", GEMINI, T0 + 30, provider="gemini", rule_ids=[], rules=[],
                  findings=[{"type": "PHONE_NUMBER", "count": 1}],
                  spans=[_span(0, 9, "PHONE_NUMBER", 0.3)]),
        {"type": "outcome", "decision": "dec_2", "status": 200, "error": "client_disconnected",
         "completed": False, "ts": T0 + 31},
        # an SSN kept inside; the phone-like run inside it was only seen
        _decision(4, "route_local", "local:llama-local", T0 + 60, provider="anthropic",
                  local_model="llama-local", rule_ids=["regulated-local"],
                  rules=[_rule("regulated-local", "route_local", "US_SSN x1 (score≥0.5)"),
                         _rule("try-block", "block", "US_SSN x1 (score≥0.5)", shadow=True)],
                  findings=[{"type": "US_SSN", "count": 1}, {"type": "PHONE_NUMBER", "count": 1}],
                  spans=[_span(10, 21, "US_SSN", 0.9), _span(10, 21, "PHONE_NUMBER", 0.4)]),
        {"type": "outcome", "decision": "dec_4", "status": 200, "error": None,
         "completed": True, "ts": T0 + 62},
        _decision(6, "block", "none", T0 + 120, refusal="blocked_by_policy", status=403,
                  rule_ids=["secrets-block"],
                  rules=[_rule("secrets-block", "block", "CLOUD_ACCESS_KEY x1 (score≥0.5)")],
                  findings=[{"type": "CLOUD_ACCESS_KEY", "count": 1}],
                  spans=[_span(3, 23, "CLOUD_ACCESS_KEY", 0.95)]),
        # sent, and the API could not be reached; another failed inside the proxy (no status)
        _decision(7, "allow", "https://api.openai.com/v1/responses", T0 + 180, spans=[]),
        {"type": "outcome", "decision": "dec_7", "status": 502,
         "error": "upstream_unreachable", "completed": False, "ts": T0 + 181},
        _decision(9, "allow", "https://api.openai.com/v1/responses", T0 + 200, spans=[]),
        {"type": "outcome", "decision": "dec_9", "status": None, "error": "internal_error",
         "completed": False, "ts": T0 + 201},
        {"type": "failure", "host": "api.openai.com", "path": "/v1/chat/completions",
         "error": "shutting_down", "ts": T0 + 240, "index": 11},
        {"type": "recovered", "ts": T0 + 241, "index": 12},
    ]
    return docs


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)).replace("&#x27;", "'")


def test_the_report_answers_the_auditors_questions() -> None:
    page = report.render(short_run())
    text = _text(page)
    # what left, to whom, under which rule; destinations in full
    left = text.split("What left the perimeter", 1)[1].split("What stayed inside", 1)[0]
    assert GEMINI in left and "https://api.openai.com/v1/chat/completions" in left
    assert "redact default/contact-redact 1 1 1 0 0" in left
    assert "gemini allow no rule matched (allowed by default) 1 0 0 1 0" in left
    # what stayed inside, with the shadow rule told apart
    inside = text.split("What stayed inside", 1)[1].split("What was refused", 1)[0]
    assert ("llama-local anthropic default/regulated-local; also matched: "
            "default/try-block (shadow block) 1 1 0 0") in inside
    refused = text.split("What was refused", 1)[1].split("What failed on the way", 1)[0]
    assert "blocked_by_policy 403 openai default/secrets-block 1" in refused
    assert "shutting_down api.openai.com 1" in refused
    # errors apart from completed replies and apps that hung up
    failed = text.split("What failed on the way", 1)[1].split("Findings", 1)[0]
    assert "2 replies reached the app whole" in failed and "1 app hung up" in failed
    assert "upstream_unreachable 502 allow 1" in failed and "internal_error — allow 1" in failed
    assert "client_disconnected —" not in failed
    # findings acted on apart from those only seen
    findings = text.split("Findings: acted on", 1)[1].split("By action", 1)[0]
    assert "EMAIL_ADDRESS 1 0 0 0" in findings
    assert "URL 0 2 0 0" in findings  # inside the e-mail address
    assert "PHONE_NUMBER 0 1 1 1" in findings  # one inside the SSN, one left as written
    # records and decisions explained; cards; no None anywhere
    assert "The log holds 13 records" in text and "6 decisions" in text
    assert "1 recovered" in text
    assert ">None<" not in page and " None " not in text
    assert "502 upstream_unreachable" in text and "internal_error" in text
    assert "app hung up before the end" in text


def test_the_report_is_one_file_that_fetches_nothing() -> None:
    page = report.render(short_run(), "test/log", ("valid", []))
    for forbidden in ("<script", "src=", "href=", "url(", "@import", "<link", "<iframe",
                      "<object", "<embed"):
        assert forbidden not in page.lower(), forbidden


@pytest.mark.parametrize("span_s, bucket", [
    (0, "second"), (3, "second"), (240, "10 seconds"), (1800, "minute"),
    (4 * 3600, "5 minutes"), (12 * 3600, "15 minutes"), (2 * 86400, "hour"),
    (10 * 86400, "6 hours"), (40 * 86400, "day"), (400 * 86400, "week")])
def test_time_buckets_are_sized_to_the_span(span_s: float, bucket: str) -> None:
    assert report.bucket_for(span_s)[1] == bucket


@given(st.floats(min_value=0, max_value=7 * 86400 * report.MAX_BARS - 1))
def test_a_span_fits_in_the_bars(span_s: float) -> None:
    seconds, _ = report.bucket_for(span_s)
    assert span_s / seconds < report.MAX_BARS
    smaller = [s for s, _ in report.BUCKETS if s < seconds]
    assert not smaller or span_s / smaller[-1] >= report.MAX_BARS  # the finest that fits


def test_a_short_run_is_not_one_bar() -> None:
    page = report.render(short_run())
    assert "One bar per 10 seconds" in page
    assert page.count("<rect") >= 5


RULES = load_rules([REPO / "rules"])
TYPES = ["EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "URL",
         "LOCATION", "CLOUD_ACCESS_KEY", "MEDICAL_CONDITION"]


def _named(cond: Any, out: set[str]) -> set[str]:
    out.update(cond.entities or [])
    for sub in (cond.any or []) + (cond.all or []):
        _named(sub, out)
    return out


@settings(max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(TYPES), st.integers(0, 60), st.integers(1, 20),
                          st.sampled_from([0.3, 0.4, 0.5, 0.85, 1.0])), max_size=8))
def test_findings_are_split_by_what_the_rules_counted(
        found: list[tuple[str, int, int, float]]) -> None:
    """Through the real decide() and the shipped rules: every finding is counted once, and a
    finding counted as acted on is of a type a matching enforced rule names, at or above its
    floor."""
    findings = [Finding(1, start, start + n, kind, score) for kind, start, n, score in found]
    decision = decide(Context("openai", "gpt-4o", EndpointKind.CHAT, (), 100, findings), RULES)
    record = DecisionRecord(
        id="d", action=decision.action.label, assessed=True,
        rules=tuple(RuleHit(m.rule_id, m.pack, m.action.label, m.reason, m.shadow)
                    for m in decision.matches),
        spans=tuple(SpanRecord(f.segment, f.start, f.end, f.entity_type, f.score)
                    for f in findings))
    split = report.split_findings(record)
    total = split.acted + split.inside + split.alone
    assert total == Counter(f.entity_type for f in findings)
    matched = {m.rule_id for m in decision.matches if not m.shadow}
    named: set[str] = set()
    for loaded in RULES.packs:
        for rule in loaded.pack.rules:
            if rule.id in matched:
                _named(rule.when, named)
    assert set(split.acted) <= named
    if not matched:
        assert not split.acted


def test_records_of_version_one_without_spans_split_by_the_rule_counts() -> None:
    record = read_record({"type": "decision", "id": "d", "action": "redact", "rules": [
        {"id": "r", "pack": "p", "action": "redact", "reason": "EMAIL_ADDRESS x2 (score≥0.4)"}],
        "findings": [{"type": "EMAIL_ADDRESS", "count": 3}, {"type": "URL", "count": 4}]})
    assert isinstance(record, DecisionRecord)
    split = report.split_findings(record)
    assert split.acted == {"EMAIL_ADDRESS": 2} and split.alone == {"EMAIL_ADDRESS": 1, "URL": 4}


# -- in a real browser -------------------------------------------------------------------------

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)),
                None)
WIDTH, HEIGHT = 1200, 1600


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    assert CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--force-color-profile=srgb", "--hide-scrollbars",
             f"--user-data-dir={tmp / 'profile'}"]
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, timeout=90,
                          cwd=tmp, env=env, check=False)


def _pixels(png: bytes) -> np.ndarray[Any, Any]:
    """The RGB pixels (height x width x 3) of an 8-bit RGB or RGBA PNG, as Chromium writes
    them: every filter type undone (None, Sub and Up in numpy, Average and Paeth per byte)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(png):
        n = int.from_bytes(png[pos:pos + 4], "big")
        kind, chunk = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height = int.from_bytes(chunk[:4], "big"), int.from_bytes(chunk[4:8], "big")
            assert chunk[8] == 8 and chunk[12] == 0, "8-bit, not interlaced"
            bpp = {2: 3, 6: 4}[chunk[9]]
        elif kind == b"IDAT":
            idat += chunk
    stride = width * bpp
    raw = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(height, stride + 1)
    out = np.zeros((height, stride), np.uint8)
    prev = np.zeros(stride, np.uint8)
    for y in range(height):
        kind_, line = raw[y, 0], raw[y, 1:].copy()
        if kind_ == 1:
            line = (line.reshape(-1, bpp).cumsum(axis=0, dtype=np.uint64) % 256
                    ).astype(np.uint8).reshape(-1)
        elif kind_ == 2:
            line = line + prev  # uint8 arithmetic wraps modulo 256
        elif kind_ in (3, 4):
            b_all = prev.tolist()
            cur = line.tolist()
            for i in range(stride):
                a = cur[i - bpp] if i >= bpp else 0
                b = b_all[i]
                if kind_ == 3:
                    cur[i] = (cur[i] + ((a + b) >> 1)) & 0xFF
                    continue
                c = b_all[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
            line = np.array(cur, np.uint8)
        out[y] = line
        prev = line
    return out.reshape(height, width, bpp)[:, :, :3]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test-tools "
                    "installs it as root with apt); the report's browser check cannot run")
def test_the_report_renders_in_a_real_browser(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report.render(short_run(), "test/log", ("valid", [])), encoding="utf-8")
    shot = tmp_path / "report.png"
    r = _chromium(tmp_path, f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}",
                  page.as_uri())
    assert shot.exists(), r.stderr.decode(errors="replace")[-2000:]
    pixels = _pixels(shot.read_bytes())
    assert pixels.shape == (HEIGHT, WIDTH, 3)
    white = int(np.all(pixels == 255, axis=2).sum())
    assert 0.03 < 1 - white / (WIDTH * HEIGHT) < 0.6  # text, cards and bars on a white page

    def near(colour: str) -> int:
        want = np.array(list(bytes.fromhex(colour[1:])), np.int16)
        return int(np.all(np.abs(pixels.astype(np.int16) - want) <= 3, axis=2).sum())

    # the timeline's stacked bars (SVG) drew in every action's colour
    for action, colour in report.ACTION_COLOURS.items():
        assert near(colour) > 200, action
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    text = _text(dom.stdout.decode())
    for heading in ("What is counted", "Decisions over time", "What left the perimeter",
                    "What stayed inside", "What was refused", "What failed on the way",
                    "Findings: acted on, and seen only", "Latest decisions"):
        assert heading in text, heading
    assert GEMINI in text and "Log verification: valid" in text
