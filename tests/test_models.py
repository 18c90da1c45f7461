"""The local model registry: shipped examples, `models serve` and `models check`."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sovereign.demo.standins import StandIn
from sovereign.route.models import load_models
from sovereign.route.serve import ServeError, vllm_argv

REPO = Path(__file__).resolve().parent.parent


def test_shipped_examples_load_and_build_vllm_commands() -> None:
    registry = load_models(REPO / "models" / "examples.yaml")
    names = [m.name for m in registry.models]
    assert {"llama-3.3-70b-instruct", "mistral-small-3.2-24b", "qwen3-32b", "glm-4.5-air",
            "deepseek-v3.1", "bge-m3"} <= set(names)
    for model in registry.models:
        argv = vllm_argv(model)
        assert argv[:3] == ["vllm", "serve", model.serve.model if model.serve else ""]
        assert argv[argv.index("--served-model-name") + 1] == model.name
    llama = vllm_argv(registry.models[0])
    assert llama[llama.index("--tool-call-parser") + 1] == "llama3_json"
    assert "--enable-auto-tool-choice" in llama
    assert vllm_argv(registry.models[-1])[-2:] == ["--task", "embed"]
    assert registry.pick("text-embedding-3-small", capability="embeddings").name == "bge-m3"
    assert registry.pick("claude-opus-4-7").name == "llama-3.3-70b-instruct"


def test_tools_without_a_parser_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text("models:\n  - name: x\n    base_url: http://h:8000/v1\n"
                    "    capabilities: [tools]\n    serve: {model: org/x}\n")
    with pytest.raises(ServeError, match="tool_call_parser"):
        vllm_argv(load_models(path).models[0])


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sovereign.cli", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120, env={**os.environ, **(env or {})})


def test_models_serve_execs_vllm_with_the_key_in_the_environment(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "vllm-called.json"
    fake = bin_dir / "vllm"
    fake.write_text(f"#!{sys.executable}\nimport json, os, sys\n"
                    f"json.dump({{'argv': sys.argv[1:], 'key': os.environ.get('VLLM_API_KEY')}},"
                    f" open({str(record)!r}, 'w'))\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    config = tmp_path / "sovereign.yaml"
    config.write_text(json.dumps({"models": str(REPO / "models" / "examples.yaml")}))
    r = cli("models", "serve", "qwen3-32b", "--config", str(config), env={
        "PATH": f"{bin_dir}:{os.environ['PATH']}", "VLLM_API_KEY": "local-secret-123"})
    assert r.returncode == 0, r.stderr
    called = json.loads(record.read_text())
    assert called["argv"][:2] == ["serve", "Qwen/Qwen3-32B"]
    assert called["argv"][called["argv"].index("--reasoning-parser") + 1] == "qwen3"
    assert called["key"] == "local-secret-123"
    assert "local-secret-123" not in r.stdout + r.stderr + " ".join(called["argv"])


def test_models_check_reports_each_endpoint(tmp_path: Path) -> None:
    up = StandIn("local").start()
    up.model_ids = ["llama-local"]
    try:
        models = tmp_path / "models.yaml"
        models.write_text(json.dumps({"models": [
            {"name": "llama-local", "base_url": f"{up.url}/v1", "default": True},
            {"name": "other-name", "base_url": f"{up.url}/v1"},
            {"name": "gone", "base_url": "http://127.0.0.1:9/v1"}]}))
        config = tmp_path / "sovereign.yaml"
        config.write_text(json.dumps({"models": str(models)}))
        r = cli("models", "check", "--config", str(config))
    finally:
        up.stop()
    assert r.returncode == 1
    rows = {line.split()[0]: line.split()[2:] for line in r.stdout.splitlines()[1:-1]}
    assert rows["llama-local"] == ["ok", "yes"]
    assert rows["other-name"] == ["ok", "no"]
    assert rows["gone"][0] == "ConnectError"
    assert r.stdout.strip().endswith("1 of 3 local endpoints ready")
