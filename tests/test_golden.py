"""Golden request/response fixtures per format (tests/fixtures/golden/<format>/).

Inputs are realistic bodies; expected outputs are checked in. After an intended change,
regenerate with ``SOVEREIGN_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from sovereign.exchange import EndpointKind
from sovereign.providers.base import PathInfo
from sovereign.providers.registry import ANTHROPIC, GEMINI, OPENAI_CHAT, OPENAI_RESPONSES
from sovereign.providers.translate_gemini import GeminiReply, chat_to_gemini, gemini_to_chat
from sovereign.redact.stream import StreamRestorer
from sovereign.redact.vault import Vault

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
WIRES = {"openai_chat": OPENAI_CHAT, "openai_responses": OPENAI_RESPONSES,
         "anthropic": ANTHROPIC, "gemini": GEMINI}


def check(path: Path, actual: str) -> None:
    data = actual.encode()  # bytes: SSE framing (\r\n) must survive exactly
    if os.environ.get("SOVEREIGN_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
    assert path.exists(), f"missing golden file {path}; generate it (see module docstring)"
    assert data == path.read_bytes(), f"{path} differs from the golden file"


def dump(doc: Any) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("fmt", sorted(WIRES))
def test_request_segments(fmt: str) -> None:
    """Which strings of a full request are scanned, and which parts count as attachments."""
    body = (GOLDEN / fmt / "request.json").read_bytes()
    path = PathInfo(model="gemini-2.5-flash") if fmt == "gemini" else None
    parsed = WIRES[fmt].parse_request(fmt, EndpointKind.CHAT, body, path)
    out = {"model": parsed.exchange.model, "stream": parsed.exchange.stream,
           "attachments": list(parsed.exchange.attachments),
           "segments": [{"at": list(s.locator), "text": s.text, "kind": s.kind.value}
                        for s in parsed.exchange.segments]}
    check(GOLDEN / fmt / "segments.json", dump(out))


def test_gemini_request_translation() -> None:
    doc = json.loads((GOLDEN / "gemini" / "request.json").read_text())
    check(GOLDEN / "gemini" / "local_request.json", dump(gemini_to_chat(doc, "llama-local", True)))


def test_gemini_reply_translation() -> None:
    chat = json.loads((GOLDEN / "gemini" / "chat_reply.json").read_text())
    check(GOLDEN / "gemini" / "reply.json", dump(chat_to_gemini(chat, "gemini-2.5-flash")))


def test_gemini_stream_translation() -> None:
    raw = (GOLDEN / "gemini" / "chat_stream.sse").read_bytes()
    feed = GeminiReply(GEMINI, "gemini-2.5-flash").stream()
    out = b"".join(feed(raw[i : i + 13]) for i in range(0, len(raw), 13)) + feed(b"")
    check(GOLDEN / "gemini" / "stream.sse", out.decode())


@pytest.mark.parametrize("fmt", sorted(WIRES))
def test_stream_restoration(fmt: str) -> None:
    vault = Vault()
    vault.placeholder_for("PERSON", "Priya Raman")
    vault.placeholder_for("EMAIL_ADDRESS", "priya@example.org")
    raw = (GOLDEN / fmt / "stream_in.sse").read_bytes()
    restorer = StreamRestorer(WIRES[fmt].stream_codec(), vault)
    out = b"".join(restorer.feed(raw[i : i + 5]) for i in range(0, len(raw), 5))
    out += restorer.feed(b"")
    check(GOLDEN / fmt / "stream_out.sse", out.decode())
