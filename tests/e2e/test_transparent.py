"""Transparent mode, the way most existing apps meet the proxy: an app in its own network
namespace, with no proxy variable and only the CA trusted, calls the OpenAI SDK; nftables on
the gateway side redirects its HTTPS into sovereign's transparent listener, where it is
decided and audited. Needs root, iproute2 and nftables (make test installs nftables where it
can); skipped with the reason otherwise, never silently."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sovereign.audit.segments import read_records
from sovereign.demo.standins import StandIn
from tests.conftest import REPO, free_port, start_proxy, write_config

NET = "10.77.{n}"


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=check, timeout=30)


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "transparent-mode test needs root (network namespaces, nftables)"
    for tool in ("ip", "nft"):
        if shutil.which(tool) is None:
            return f"transparent-mode test needs '{tool}' (Debian: iproute2 / nftables)"
    probe = f"sovprobe{os.getpid() % 10000}"
    if sh("ip", "netns", "add", probe, check=False).returncode != 0:
        return "this machine does not allow network namespaces"
    sh("ip", "netns", "del", probe, check=False)
    return None


@pytest.fixture
def namespace() -> Iterator[tuple[str, str, str]]:
    why = _why_not()
    if why:
        pytest.skip(why)
    n = os.getpid() % 200 + 20
    ns, gw_if, app_if = f"sovapp{n}", f"svgw{n}", f"svap{n}"
    gw_ip, app_ip = NET.format(n=n) + ".1", NET.format(n=n) + ".2"
    hosts_dir = Path("/etc/netns") / ns
    try:
        sh("ip", "netns", "add", ns)
        sh("ip", "link", "add", gw_if, "type", "veth", "peer", "name", app_if)
        sh("ip", "link", "set", app_if, "netns", ns)
        sh("ip", "addr", "add", f"{gw_ip}/24", "dev", gw_if)
        sh("ip", "link", "set", gw_if, "up")
        for cmd in (["ip", "addr", "add", f"{app_ip}/24", "dev", app_if],
                    ["ip", "link", "set", app_if, "up"], ["ip", "link", "set", "lo", "up"],
                    ["ip", "route", "add", "default", "via", gw_ip]):
            sh("ip", "netns", "exec", ns, *cmd)
        hosts_dir.mkdir(parents=True, exist_ok=True)
        # inside the namespace, api.openai.com is the gateway (no DNS needed, none reached)
        (hosts_dir / "hosts").write_text(f"127.0.0.1 localhost\n{gw_ip} api.openai.com\n")
        yield ns, gw_if, gw_ip
    finally:
        sh("nft", "delete", "table", "inet", f"sov{n}", check=False)
        sh("ip", "link", "del", gw_if, check=False)
        sh("ip", "netns", "del", ns, check=False)
        shutil.rmtree(hosts_dir, ignore_errors=True)


def test_app_in_a_namespace_is_redirected_decided_and_audited(
        tmp_path: Path, namespace: tuple[str, str, str]) -> None:
    ns, gw_if, gw_ip = namespace
    closed, local = StandIn("closed").start(), StandIn("local").start()
    tport = free_port()
    table = f"sov{ns.removeprefix('sovapp')}"
    config = write_config(tmp_path, free_port(), closed, local.url,
                          extra={"modes": ["regular", f"transparent@{gw_ip}:{tport}"]})
    proc = start_proxy(config, tmp_path / "proxy.log")
    try:
        rules = (f"table inet {table} {{\n chain prerouting {{\n  type nat hook prerouting "
                 f"priority dstnat; policy accept;\n  iifname \"{gw_if}\" tcp dport 443 "
                 f"redirect to :{tport}\n }}\n}}\n")
        r = subprocess.run(["nft", "-f", "-"], input=rules, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        ca = tmp_path / "mitmproxy" / "mitmproxy-ca-cert.pem"
        app = ("import openai\n"
               "c = openai.OpenAI(api_key='sk-app-key', max_retries=0, timeout=20)\n"
               "print(c.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', "
               "'content': 'mail john.smith@example.com today'}]).choices[0].message.content)\n")
        env = {k: v for k, v in os.environ.items() if "PROXY" not in k.upper()}
        env["SSL_CERT_FILE"] = str(ca)
        out = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-c", app],
                             capture_output=True, text=True, env=env, timeout=60, cwd=REPO)
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip() == "[closed] echo: mail john.smith@example.com today"
        assert len(closed.received) == 1
        sent = closed.received[0].json["messages"][0]["content"]
        assert sent == "mail [EMAIL_ADDRESS_1] today"
        decisions = [r for r in read_records(tmp_path / "audit") if r.get("type") == "decision"]
        assert [(d["action"], d["provider"]) for d in decisions] == [("redact", "openai")]
    finally:
        proc.terminate()
        proc.wait(30)
        closed.stop()
        local.stop()
