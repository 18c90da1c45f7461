"""Operations: graceful shutdown, loopback-only Prometheus metrics, permission checks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import openai
import pytest

from sovereign.audit.segments import read_records
from sovereign.audit.verify import verify
from sovereign.demo.standins import StandIn
from tests.conftest import REPO, free_port, free_ports, start_proxy, write_config


def test_graceful_shutdown_and_metrics(tmp_path: Path) -> None:
    closed, local = StandIn("closed").start(), StandIn("local").start()
    port, metrics_port = free_ports(2)
    config = write_config(tmp_path, port, closed, local.url, extra={
        "metrics": {"listen": f"127.0.0.1:{metrics_port}", "shutdown_grace_s": 20}})
    proc = start_proxy(config, tmp_path / "proxy.log")
    ca = tmp_path / "mitmproxy" / "mitmproxy-ca-cert.pem"
    env = {"HTTPS_PROXY": f"http://127.0.0.1:{port}", "SSL_CERT_FILE": str(ca)}
    try:
        with pytest.MonkeyPatch.context() as mp:
            for k, v in env.items():
                mp.setenv(k, v)
            mp.setenv("NO_PROXY", "127.0.0.1,localhost")
            client = openai.OpenAI(api_key="sk-test", max_retries=0)
            client.chat.completions.create(model="gpt-4o", messages=[
                {"role": "user", "content": "warm up"}])
            page = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", trust_env=False).text
            assert 'sovereign_requests_total{action="allow",provider="openai"} 1.0' in page
            assert "sovereign_detection_seconds_bucket" in page

            closed.gate = threading.Event()
            result: dict[str, str] = {}

            def streaming() -> None:
                chunks = client.chat.completions.create(model="gpt-4o", stream=True, messages=[
                    {"role": "user", "content": "tell me a long story"}])
                result["text"] = "".join(c.choices[0].delta.content or "" for c in chunks
                                         if c.choices)

            worker = threading.Thread(target=streaming)
            worker.start()
            while len(closed.received) < 2:  # the stream's request reached the stand-in
                threading.Event().wait(0.05)
            proc.send_signal(signal.SIGTERM)
            threading.Event().wait(0.5)
            with pytest.raises(openai.InternalServerError, match="shutting down"):
                client.chat.completions.create(model="gpt-4o", messages=[
                    {"role": "user", "content": "a late request"}])
            closed.gate.set()  # the in-flight stream may now finish
            worker.join(20)
            assert result["text"] == "[closed] echo: tell me a long story"
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        closed.stop()
        local.stop()
    assert "stopped; audit log checkpointed" in (tmp_path / "proxy.log").read_text()
    report = verify(tmp_path / "audit", tmp_path / "keys" / "audit.key.pub")
    assert report.exit_code == 0 and report.covered == report.entries
    records = read_records(tmp_path / "audit")
    stream_decision = [r for r in records if r.get("type") == "decision"][1]
    outcome = next(r for r in records if r.get("decision") == stream_decision["id"])
    assert outcome["status"] == 200 and outcome["error"] in (None, "client_disconnected")
    assert any(r.get("error") == "shutting_down" for r in records)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOVEREIGN_TEST_REDACTION_KEY": "k" * 32}
    return subprocess.run([sys.executable, "-m", "sovereign.cli", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120, env=env)


def test_ca_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"confdir": str(tmp_path / "ca")}))
    assert run_cli("ca", "path", "--config", str(config)).returncode == 0
    os.chmod(tmp_path / "ca" / "mitmproxy-ca.pem", 0o644)
    r = run_cli("ca", "path", "--config", str(config))
    assert r.returncode == 2 and "chmod 600" in r.stderr


def test_writable_audit_directory_is_refused(tmp_path: Path) -> None:
    closed = StandIn("closed")
    audit = tmp_path / "audit"
    audit.mkdir()
    os.chmod(audit, 0o777)
    config = write_config(tmp_path, free_port(), closed, "http://127.0.0.1:9")
    r = run_cli("run", "--config", str(config))
    assert r.returncode == 2 and "chmod go-w" in r.stderr


def test_metrics_listener_must_be_loopback(tmp_path: Path) -> None:
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"metrics": {"listen": "0.0.0.0:9464"}}))
    r = run_cli("ca", "path", "--config", str(config))
    assert r.returncode == 2 and "loopback only" in r.stderr
