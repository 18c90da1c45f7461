"""The README's marked shell blocks (`<!-- readme-test: NAME -->` before the fence), run as
written in a scratch directory laid out like a clone (.venv, rules/, packs/, models/ linked
from this checkout), their output compared with the output the README shows (the `# ` lines
after a command; `…` stands for any text, a line of `…` alone for any lines). The first-request
steps run against a real `sovereign run` whose OpenAI upstream is a loopback stand-in (the
scratch directory's sovereign.yaml says so; `make run` is `make install` plus that command):
start, `sovereign env`, the Python snippet, then `audit verify` on the log they made."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sovereign.demo.standins import StandIn
from tests.conftest import REPO, free_port

README = (REPO / "README.md").read_text(encoding="utf-8")
MARKED = re.compile(r"<!-- readme-test: ([\w-]+) -->\n[ \t]*```(\w+)\n(.*?)\n[ \t]*```", re.S)
LINKED = (".venv", "rules", "packs", "models", "schema")


@dataclass
class Command:
    text: str  # as written, continuation lines joined by bash itself
    shown: list[str]  # the output the README shows after it (may be empty)


def blocks() -> dict[str, tuple[str, str]]:
    """Marked blocks: name → (language, text without the list item's indentation)."""
    found: dict[str, tuple[str, str]] = {}
    for name, lang, body in MARKED.findall(README):
        lines = body.splitlines()
        indent = min(len(x) - len(x.lstrip()) for x in lines if x.strip())
        found[name] = (lang, "\n".join(x[indent:] for x in lines))
    return found


def commands(name: str) -> list[Command]:
    lang, text = blocks()[name]
    assert lang == "sh"
    out: list[Command] = []
    pending = ""
    for line in text.splitlines():
        if pending or not line.startswith("#"):
            pending += line + "\n"
            if not line.endswith("\\"):
                out.append(Command(pending.rstrip("\n"), []))
                pending = ""
        else:
            assert out, f"{name}: output shown before any command"
            out[-1].shown.append(line[2:] if line.startswith("# ") else line[1:])
    return out


def shows(shown: list[str], printed: str) -> bool:
    pattern = "".join(r"(?:.*\n)*?" if line.strip() == "…" else
                      ".*?".join(map(re.escape, line.split("…"))) + r"\n" for line in shown)
    return re.fullmatch(pattern, printed if printed.endswith("\n") else printed + "\n") \
        is not None


def clean_env() -> dict[str, str]:
    """No proxy or CA variable of the test session leaks into the commands."""
    return {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL")}


def sh(command: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=clean_env(),
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    for name in LINKED:
        (tmp_path / name).symlink_to(REPO / name)
    return tmp_path


def test_the_marked_blocks_are_there_and_the_readme_stands_alone() -> None:
    # (the curl block runs in tests/e2e/test_client_setup.py, against the shared proxy)
    assert set(blocks()) >= {"run", "env", "first-request", "explain", "verify", "lint", "curl"}
    assert "../shared" not in README  # a clone has no shared/ folder beside it


def test_lint_on_the_shipped_files(clone: Path) -> None:
    (cmd,) = commands("lint")
    done = sh(cmd.text, clone)
    assert done.returncode == 0, done.stdout + done.stderr
    assert shows(cmd.shown, done.stdout), done.stdout


def test_explain_example(clone: Path) -> None:
    (cmd,) = commands("explain")
    done = sh(cmd.text, clone)
    assert done.returncode == 0, done.stderr
    assert shows(cmd.shown, done.stdout), done.stdout


@pytest.fixture
def upstream() -> Iterator[StandIn]:
    closed = StandIn("closed").start()
    yield closed
    closed.stop()


@pytest.mark.timeout(600)  # a proxy of its own starts (detection engine loaded) inside it
def test_first_request_then_audit_verify(clone: Path, upstream: StandIn) -> None:
    port = free_port()
    (clone / "sovereign.yaml").write_text(json.dumps({
        "listen": f"127.0.0.1:{port}", "providers": {"openai": {"upstream": upstream.url}}}))
    (run,) = commands("run")
    assert run.text == "make run"  # = make install, then what follows
    log = clone / "run.log"
    with open(log, "wb") as out:
        proxy = subprocess.Popen([".venv/bin/sovereign", "run"], cwd=clone, env=clean_env(),
                                 stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180  # only keeps a broken start from hanging the suite
        while "listening on" not in log.read_text():
            assert proxy.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        env = "\n".join(c.text for c in commands("env"))
        lang, snippet = blocks()["first-request"]
        assert lang == "python"
        (clone / "first.py").write_text(snippet)
        done = sh(f"{env}\nexec .venv/bin/python first.py", clone)
        assert done.returncode == 0, done.stderr
        sent = re.search(r"OpenAI received `([^`]+)`", README)
        assert sent, "the README says what OpenAI received"
        assert [r.json["messages"][-1]["content"] for r in upstream.received] == [sent.group(1)]
        assert "John Smith" in done.stdout  # the reply was restored
    finally:
        proxy.send_signal(signal.SIGINT)  # Ctrl-C
        proxy.wait(timeout=120)
    shown_run = [line.replace("127.0.0.1:8080", f"127.0.0.1:{port}") for line in run.shown]
    assert shows(shown_run, log.read_text()), log.read_text()
    (verify,) = commands("verify")
    done = sh(verify.text, clone)
    assert done.returncode == 0, done.stdout + done.stderr
    assert shows(verify.shown, done.stdout), done.stdout
