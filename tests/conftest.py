"""Shared fixtures: stand-ins on loopback and a real `sovereign run` proxy process."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sovereign.audit.segments import read_records
from sovereign.demo.standins import StandIn
from sovereign.providers.registry import BUILTIN

REPO = Path(__file__).resolve().parent.parent
CLIENT_KEY_OPENAI = "sk-test-client-key-0123456789abcdef"
CLIENT_KEY_ANTHROPIC = "sk-ant-test-client-key-0123456789"


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """*n* distinct free loopback ports: every socket stays bound until all are, so the
    kernel cannot hand the same port out twice (closing each at once let two of a proxy's
    modes draw one port, and the proxy refused its config)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(n)]
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in socks]


@dataclass
class ProxyRun:
    port: int
    reverse_ports: dict[str, int]  # provider → port of its reverse-proxy mode
    ca: Path
    audit_dir: Path
    public_key: Path
    log_file: Path
    closed: StandIn
    local: StandIn
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def audit_records(self) -> list[dict[str, Any]]:
        return read_records(self.audit_dir)

    def audit_text(self) -> str:
        """Every byte of the audit log's entries, as text (to search for planted values)."""
        return "".join(p.read_text() for p in sorted((self.audit_dir / "segments").iterdir()))

    def record(self, decision_id: str) -> dict[str, Any]:
        for r in self.audit_records():
            if r.get("type") == "decision" and r.get("id") == decision_id:
                return r
        raise AssertionError(f"no audit record for {decision_id}")

    def outcome(self, decision_id: str) -> dict[str, Any] | None:
        for r in self.audit_records():
            if r.get("type") == "outcome" and r.get("decision") == decision_id:
                return r
        return None

    def wait_outcome(self, decision_id: str, timeout: float = 60) -> dict[str, Any]:
        """The outcome record of *decision_id*, once the audit writer has it on disk (outcome
        records are queued, not awaited); *timeout* only keeps a broken proxy from hanging."""
        deadline = time.monotonic() + timeout
        while (found := self.outcome(decision_id)) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"no outcome record for {decision_id}")
            time.sleep(0.05)
        return found


def write_config(tmp: Path, port: int, closed: StandIn, local_url: str,
                 extra: dict[str, Any] | None = None,
                 reverse: dict[str, int] | None = None) -> Path:
    dead = free_port()
    models = tmp / "models.yaml"
    models.write_text(json.dumps({"models": [
        {"name": "llama-local", "base_url": f"{local_url}/v1", "api_key_env": "STANDIN_VLLM_KEY",
         "context_length": 8192, "capabilities": ["tools", "vision"],
         "stands_in_for": ["gpt-*", "claude-*"], "default": True},
        {"name": "tiny-local", "base_url": f"{local_url}/v1", "context_length": 64},
        {"name": "dead-local", "base_url": f"http://127.0.0.1:{dead}/v1"},
        {"name": "embed-local", "base_url": f"{local_url}/v1", "capabilities": ["embeddings"],
         "default": True},
    ]}))
    config: dict[str, Any] = {
        "listen": f"127.0.0.1:{port}",
        "modes": ["regular"] + [f"reverse:https://{host}@127.0.0.1:{p}" for host, p in
                                (reverse or {}).items()],
        "confdir": str(tmp / "mitmproxy"),
        "rules": [str(REPO / "rules"), str(REPO / "tests" / "fixtures" / "rules")],
        "models": str(models),
        "audit": {"dir": str(tmp / "audit"), "signing_key": str(tmp / "keys" / "audit.key"),
                  "tag_keys": str(tmp / "keys" / "tags"),
                  "checkpoint_every": 8, "checkpoint_seconds": 1},
        # every provider of the shipped catalogue answers from the closed stand-in
        "providers": {name: {"upstream": closed.url} for name in BUILTIN}
        | {"acme": {"hosts": ["llm.acme.test"], "upstream": closed.url}},
        "limits": {"max_body_bytes": 65536},
        "local_health_seconds": 0.5,
        "redaction": {"key_env": "SOVEREIGN_TEST_REDACTION_KEY"},
        "logging": {"format": "json", "level": "debug"},  # scrubbing holds at any level
    }
    config.update(extra or {})
    path = tmp / "sovereign.yaml"
    path.write_text(json.dumps(config))  # JSON is YAML
    return path


def start_proxy(config: Path, log_file: Path, timeout: float = 90.0) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STANDIN_VLLM_KEY": "local-vllm-key-abc",
           "SOVEREIGN_TEST_REDACTION_KEY": "test-redaction-key-0123456789"}
    out = open(log_file, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "sovereign.cli", "run", "--config", str(config)],
                            stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("proxy exited:\n" + log_file.read_text())
        if "listening on" in log_file.read_text():
            return proc
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("proxy did not start:\n" + log_file.read_text())


# shadow evaluation of the app SHADOW_APP only (tests/e2e/test_costs.py): every allowed clean
# request of it, one shadow call at a time, judged with the shipped rubric
SHADOW_APP = "shadow-e2e"
SHADOW_CONFIG: dict[str, Any] = {"apps": {SHADOW_APP: 1.0}, "max_concurrent": 1,
                                 "rubric": "same-answer-v1", "timeout_s": 30}


@pytest.fixture(scope="session")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyRun]:
    tmp = tmp_path_factory.mktemp("proxy")
    closed = StandIn("closed").start()
    local = StandIn("local").start()
    port, openai_port, anthropic_port = free_ports(3)
    reverse = {"openai": openai_port, "anthropic": anthropic_port}
    config = write_config(tmp, port, closed, local.url, reverse={
        "api.openai.com": reverse["openai"], "api.anthropic.com": reverse["anthropic"]},
        extra={"shadow": SHADOW_CONFIG | {"stop_file": str(tmp / "shadow.stop")}})
    log_file = tmp / "proxy.log"
    proc = start_proxy(config, log_file)
    run = ProxyRun(port=port, reverse_ports=reverse, ca=tmp / "mitmproxy" / "mitmproxy-ca-cert.pem",
                   audit_dir=tmp / "audit", public_key=tmp / "keys" / "audit.key.pub",
                   log_file=log_file, closed=closed, local=local, process=proc)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HTTPS_PROXY", run.url)
        mp.setenv("HTTP_PROXY", run.url)
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        mp.setenv("SSL_CERT_FILE", str(run.ca))
        for var in ("OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
            mp.delenv(var, raising=False)
        yield run
    proc.terminate()
    proc.wait(timeout=30)
    closed.stop()
    local.stop()


@pytest.fixture
def fresh(proxy: ProxyRun) -> ProxyRun:
    """The shared proxy with both stand-ins' records cleared."""
    proxy.closed.clear()
    proxy.local.clear()
    return proxy


@pytest.fixture(scope="session")
def analyzer_detector() -> Any:
    """The real detection engine (spaCy + Presidio + ours), loaded once per test session."""
    from sovereign.detect.engine import build_detector

    return build_detector()


@pytest.fixture
def proxy_local_slow(fresh: ProxyRun) -> Iterator[ProxyRun]:
    """The shared proxy whose local model takes 1.5 s to answer."""
    fresh.local.delay_s = 1.5
    yield fresh
    fresh.local.delay_s = 0.0
