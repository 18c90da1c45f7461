"""What every benchmark here sets up: bare mitmproxy and sovereign, both reverse proxies in
their own processes in front of the same loopback stand-in, so the two are measured alike."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from sovereign.demo.standins import StandIn
from tests.conftest import free_port, start_proxy, write_config

CHAT = "/v1/chat/completions"


@dataclass(frozen=True)
class Proxies:
    bare_url: str  # bare mitmdump, reverse proxy to the stand-in, streaming every body
    sovereign_url: str  # sovereign, reverse mode for api.openai.com, upstream = the stand-in
    sovereign_pid: int


def wait_port(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("baseline proxy exited")
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1, trust_env=False)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("baseline proxy did not start")


@contextmanager
def proxies(standin: StandIn) -> Iterator[Proxies]:
    tmp = Path(tempfile.mkdtemp(prefix="sovereign-bench-"))
    bare_port, sov_port = free_port(), free_port()
    bare = subprocess.Popen(
        [str(Path(sys.executable).with_name("mitmdump")), "-q", "--mode",
         f"reverse:{standin.url}@{bare_port}", "--set", f"confdir={tmp / 'bare'}",
         # stream every body, as sovereign does for SSE: otherwise its TTFT would be the total
         "--set", "stream_large_bodies=1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    config = write_config(tmp, sov_port, standin, standin.url, extra={
        "modes": [f"reverse:https://api.openai.com@{sov_port}"],
        "logging": {"format": "json", "level": "warning"},
        "audit": {"dir": str(tmp / "audit"), "signing_key": str(tmp / "keys" / "audit.key")},
        "limits": {"max_body_bytes": 1 << 20}})
    sov = start_proxy(config, tmp / "proxy.log")
    try:
        wait_port(bare_port, bare)
        yield Proxies(f"http://127.0.0.1:{bare_port}{CHAT}", f"http://127.0.0.1:{sov_port}{CHAT}",
                      sov.pid)
    finally:
        sov.terminate()
        bare.terminate()
        sov.wait(60)
        bare.wait(30)
