"""A local model's health changes are logged: coming up at info (news, not a problem), going
down at warning, and nothing while it stays as it was."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from sovereign.route import health
from sovereign.route.models import LocalModel


class Recorder:
    def __init__(self) -> None:
        self.lines: list[tuple[str, str, dict[str, Any]]] = []

    def info(self, event: str, **kw: Any) -> None:
        self.lines.append(("info", event, kw))

    def warning(self, event: str, **kw: Any) -> None:
        self.lines.append(("warning", event, kw))


def test_a_healthy_model_is_info_and_a_down_one_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(health, "log", recorder)
    states = iter([True, True, False, False, True])
    checker = health.HealthChecker([LocalModel(name="m", base_url="http://127.0.0.1:1/v1")],
                                   check=lambda _: next(states))
    for _ in range(5):
        checker.check_all()
    assert [(level, kw["status"]) for level, _, kw in recorder.lines] == [
        ("info", "up"), ("warning", "down"), ("info", "up")]


class _Health(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps the connection open between requests
    connections: ClassVar[list[int]] = []
    answers: ClassVar[list[int]] = [200, 200, 503, 200]

    def setup(self) -> None:
        super().setup()
        self.connections.append(self.client_address[1])

    def do_GET(self) -> None:
        assert self.path == "/health"
        self.send_response(self.answers.pop(0))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_default_probe_reads_health_over_one_kept_connection() -> None:
    """Each check of the default probe is a GET /health at the server root; every check
    after the first rides the same kept connection (a client per probe built a TLS context
    each time, tens of milliseconds of CPU under the GIL, every interval, per model)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        model = LocalModel(name="m", base_url=f"http://127.0.0.1:{server.server_port}/v1")
        checker = health.HealthChecker([model])
        seen = []
        for _ in range(4):
            checker.check_all()
            seen.append(checker.status()["m"])
        assert seen == [True, True, False, True]
        assert len(_Health.connections) == 1
    finally:
        server.shutdown()
        server.server_close()
