"""`sovereign env` and `sovereign ca bundle`: the trust bundle adds the proxy CA to the CAs
already trusted (another HTTPS host still verifies with the exports in force, and would not
with the proxy CA alone), and each runtime gets the lines its version honours."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from sovereign.cli import main
from sovereign.clientenv import PRELOAD, node_reads_proxy_env, parse_node_version
from tests.conftest import REPO
from tests.e2e.test_passthrough import self_signed


@pytest.fixture
def other_host(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An HTTPS server that is not an LLM API, with a certificate of its own CA (the CA a
    'system' bundle of this test holds)."""
    cert, key = self_signed(tmp_path)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

    server = HTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield int(server.server_address[1]), cert
    server.shutdown()
    server.server_close()


def config(tmp: Path, name: str = "sovereign.yaml", **extra: object) -> Path:
    path = tmp / name
    path.write_text(json.dumps({"listen": "0.0.0.0:18080", "confdir": str(tmp / "ca")} | extra))
    return path


@pytest.fixture
def sovereign(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """`sovereign ARGS...` in this process: exit code, stdout, stderr."""

    def call(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err
    return call


FETCH = """
import ssl, sys, urllib.request
ctx = ssl.create_default_context()  # what SSL_CERT_FILE names, as httpx and urllib use it
print(urllib.request.urlopen(sys.argv[1], context=ctx, timeout=10).read().decode())
"""


def test_other_hosts_still_verify_with_the_python_exports(
        tmp_path: Path, other_host: tuple[int, Path], sovereign: Callable[..., tuple[int, str, str]]
) -> None:
    port, other_ca = other_host
    cfg = config(tmp_path)
    code, exports, err = sovereign("env", "--runtime", "python", "--config", str(cfg), "--base",
                                   str(other_ca))
    assert code == 0, err
    assert "export HTTPS_PROXY=http://127.0.0.1:18080" in exports  # 0.0.0.0 is reached here
    assert "OPENAI_API_KEY" in exports  # the key is still the app's to set
    bundle = tmp_path / "ca" / "ca-bundle.pem"
    assert f"export SSL_CERT_FILE={bundle}" in exports
    assert f"export REQUESTS_CA_BUNDLE={bundle}" in exports
    # the bundle: the base's CA, then the proxy CA
    subjects = {dict(x[0] for x in c["subject"])["commonName"]
                for c in ssl.create_default_context(cafile=str(bundle)).get_ca_certs()}
    assert subjects == {"127.0.0.1", "mitmproxy"}

    def fetch(exports: str) -> subprocess.CompletedProcess[str]:
        script = tmp_path / "fetch.py"
        script.write_text(FETCH)
        env = {"PATH": os.environ["PATH"]}
        return subprocess.run(["bash", "-c", exports.replace("export HTTPS_PROXY", "# ")
                               .replace("export https_proxy", "# ") +
                               f'\nexec "{sys.executable}" "{script}" '
                               f'https://localhost:{port}/'],
                              env=env, capture_output=True, text=True, timeout=60)

    got = fetch(exports)  # (straight to the host: the proxy passes it through untouched)
    assert got.returncode == 0 and got.stdout.strip() == "ok", got.stderr
    # the old advice, SSL_CERT_FILE=$CA: only the proxy CA is trusted, the host fails
    ca = tmp_path / "ca" / "mitmproxy-ca-cert.pem"
    got = fetch(f"export SSL_CERT_FILE={ca}")
    assert got.returncode != 0 and "CERTIFICATE_VERIFY_FAILED" in got.stderr


def test_ca_bundle_command(tmp_path: Path, sovereign: Callable[..., tuple[int, str, str]]) -> None:
    out = tmp_path / "sub" / "bundle.pem"
    cert, _ = self_signed(tmp_path)
    code, said, _ = sovereign("ca", "bundle", "--config", str(config(tmp_path)), "-o", str(out),
                              "--base", str(cert))
    assert code == 0 and f"{out}: 1 file CA certificate(s) from {cert}" in said
    text = out.read_text()
    assert text.startswith(cert.read_text().rstrip("\n")) and text.count("BEGIN CERTIFICATE") == 2
    assert oct(out.stat().st_mode & 0o777) == "0o644"
    # without --base: this host's bundle (or certifi's), every certificate of it kept
    assert sovereign("ca", "bundle", "--config", str(config(tmp_path)), "-o", str(out))[0] == 0
    assert len(ssl.create_default_context(cafile=str(out)).get_ca_certs()) > 10


def test_ca_bundle_builds_on_the_system_bundle_not_on_what_ssl_cert_file_names(
        tmp_path: Path, sovereign: Callable[..., tuple[int, str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a shell set up by the old advice (SSL_CERT_FILE=$CA): the new bundle must still hold
    # the system's roots, not only the proxy CA twice
    cert, _ = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    out = tmp_path / "bundle.pem"
    assert sovereign("ca", "bundle", "--config", str(config(tmp_path)), "-o", str(out))[0] == 0
    assert len(ssl.create_default_context(cafile=str(out)).get_ca_certs()) > 10


@pytest.mark.parametrize(("version", "env_proxy"), [
    ("18", False), ("v20.20.2", False), ("22.20", False), ("22.21.0", True), ("23.11", False),
    ("24", True), ("v25.1.0", True)])
def test_node_lines_by_version(tmp_path: Path, version: str, env_proxy: bool,
                               sovereign: Callable[..., tuple[int, str, str]]) -> None:
    assert node_reads_proxy_env(parse_node_version(version)) is env_proxy
    code, out, err = sovereign("env", "--runtime", "node", "--node-version", version,
                               "--config", str(config(tmp_path)))
    assert code == 0, err
    assert ("export NODE_USE_ENV_PROXY=1" in out) is env_proxy
    preload = f'--import={PRELOAD.as_uri()}"'
    assert (preload in out) is not env_proxy
    assert f"export NODE_EXTRA_CA_CERTS={tmp_path / 'ca' / 'ca-bundle.pem'}" in out


def test_preload_ships_inside_the_package() -> None:
    assert PRELOAD.parent == REPO / "sovereign" / "clientenv" and PRELOAD.is_file()
    assert "setGlobalDispatcher(agent)" in PRELOAD.read_text()


def test_other_runtimes_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   sovereign: Callable[..., tuple[int, str, str]]) -> None:
    cfg = config(tmp_path)
    every = sovereign("env", "--config", str(cfg), "--node-version", "20")[1]
    bundle = tmp_path / "ca" / "ca-bundle.pem"
    for line in (f"export CURL_CA_BUNDLE={bundle}", "-Dhttps.proxyHost=127.0.0.1 "
                 "-Dhttps.proxyPort=18080", "keytool -importcert", "update-ca-certificates",
                 "transparent mode"):
        assert line in every, line
    assert every.count("export SSL_CERT_FILE=") == 1  # Python's and Go's, said once
    # runs as eval'ed by a POSIX shell, every export taking effect
    shown = subprocess.run(["bash", "-c", every + "\nenv"], capture_output=True, text=True,
                           env={"PATH": os.environ["PATH"]}, timeout=60)
    assert shown.returncode == 0 and f"SSL_CERT_FILE={bundle}" in shown.stdout
    assert "JAVA_TOOL_OPTIONS=-Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=18080" in shown.stdout
    # no explicit-proxy mode: said, exit 2 (unless the address is given)
    only = config(tmp_path, "transparent.yaml", modes=["transparent"])
    code, out, err = sovereign("env", "--runtime", "curl", "--config", str(only))
    assert code == 2 and "no 'regular' mode" in err and not out
    code, out, _ = sovereign("env", "--runtime", "curl", "--config", str(only), "--proxy",
                             "http://10.0.0.5:8080")
    assert code == 0 and "export HTTPS_PROXY=http://10.0.0.5:8080" in out
    assert "-Dhttps.proxyHost=10.0.0.5 -Dhttps.proxyPort=8080" in sovereign(
        "env", "--runtime", "java", "--config", str(only), "--proxy", "http://10.0.0.5:8080/")[1]
    code, out, err = sovereign("env", "--config", str(only), "--proxy", "10.0.0.5:8080")
    assert code == 2 and "--proxy must be http://HOST:PORT" in err and not out
    # Node's version unknown (not on PATH, not given): said, exit 2
    monkeypatch.setenv("PATH", str(tmp_path))
    code, out, err = sovereign("env", "--runtime", "node", "--config", str(cfg))
    assert code == 2 and "--node-version" in err and not out
