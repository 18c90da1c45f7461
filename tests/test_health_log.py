"""A local model's health changes are logged: coming up at info (news, not a problem), going
down at warning, and nothing while it stays as it was."""

from __future__ import annotations

from typing import Any

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
