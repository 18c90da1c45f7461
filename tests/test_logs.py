"""Log lines keep only allow-listed keys; foreign messages have secrets masked."""

from __future__ import annotations

import json
import logging

import pytest
import structlog

from sovereign import logs


def test_unknown_keys_are_scrubbed(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("json", "info")
    structlog.get_logger("t").info("decision", decision="dec_1", action="redact",
                                   prompt="John Smith's record", value="078-05-1120",
                                   headers={"authorization": "Bearer sk-live"})
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["decision"] == "dec_1" and line["action"] == "redact"
    assert line["prompt"] == line["value"] == line["headers"] == "[scrubbed]"


def test_foreign_messages_are_masked(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("json", "info")
    logging.getLogger("mitmproxy.proxy").warning(
        "server connect generativelanguage.googleapis.com/v1/models"
        "?key=AIzaSyA1234567890abcdefghijklmnopqrstuv token sk-proj-abcdefghijklmnopqrstuvwxyz0123")
    err = capsys.readouterr().err
    assert "AIzaSy" not in err and "sk-proj-abcdef" not in err and "[masked]" in err


def test_debug_level_does_not_change_scrubbing(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("console", "debug")
    structlog.get_logger("t").debug("x", body="secret body text")
    assert "secret body text" not in capsys.readouterr().err
