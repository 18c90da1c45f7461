"""The real-vLLM stage: a CPU build of vLLM serving a tiny random-weight Llama, behind a real
`sovereign run`. Set up by `make test-vllm` (part of `make test`); skipped, with the reason
shown, wherever that environment could not be built."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from sovereign.demo.standins import StandIn
from tests.conftest import free_port, start_proxy, write_config

HERE = Path(__file__).resolve().parent
SERVED = "tiny-llama"


@dataclass
class RealStack:
    proxy_url: str
    ca: Path
    closed: StandIn
    vllm_url: str


def _wait_health(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
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


@pytest.fixture(scope="session")
def real_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealStack]:
    python = os.environ.get("SOVEREIGN_VLLM_PYTHON")
    if not python:
        pytest.skip("real-vLLM stage not set up here: it runs from `make test-vllm` (part of "
                    "`make test`), which builds its Python 3.11 environment")
    tmp = tmp_path_factory.mktemp("vllm")
    model = tmp / "tiny-llama"
    subprocess.run([python, str(HERE / "make_tiny_model.py"), str(model)], check=True,
                   env={**os.environ, "HF_HUB_OFFLINE": "1"}, capture_output=True, timeout=300)
    port = free_port()
    log = tmp / "vllm.log"
    cache = tmp / "cache"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "VLLM_CPU_KVCACHE_SPACE": "1", "HF_HOME": str(cache / "hf"),
           "XDG_CACHE_HOME": str(cache), "VLLM_CACHE_ROOT": str(cache / "vllm"),
           "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1"}
    vllm = subprocess.Popen(
        [python, "-m", "vllm.entrypoints.openai.api_server", "--model", str(model),
         "--served-model-name", SERVED, "--dtype", "float32", "--max-model-len", "512",
         "--enforce-eager", "--host", "127.0.0.1", "--port", str(port)],
        stdout=open(log, "wb"), stderr=subprocess.STDOUT, env=env)
    vllm_url = f"http://127.0.0.1:{port}"
    closed = StandIn("closed").start()
    proxy = None
    try:
        _wait_health(vllm_url, vllm, log, timeout=240)
        proxy_port = free_port()
        config = write_config(tmp, proxy_port, closed, "http://127.0.0.1:9")
        models = tmp / "models.yaml"
        models.write_text(
            f"models:\n  - name: {SERVED}\n    base_url: {vllm_url}/v1\n"
            "    context_length: 512\n    stands_in_for: ['*']\n    default: true\n")
        proxy = start_proxy(config, tmp / "proxy.log")
        with pytest.MonkeyPatch.context() as mp:
            ca = tmp / "mitmproxy" / "mitmproxy-ca-cert.pem"
            mp.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_port}")
            mp.setenv("NO_PROXY", "127.0.0.1,localhost")
            mp.setenv("SSL_CERT_FILE", str(ca))
            yield RealStack(f"http://127.0.0.1:{proxy_port}", ca, closed, vllm_url)
    finally:
        if proxy is not None:
            proxy.terminate()
            proxy.wait(30)
        vllm.terminate()
        try:
            vllm.wait(30)
        except subprocess.TimeoutExpired:
            vllm.kill()
        closed.stop()
