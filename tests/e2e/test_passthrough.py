"""Hosts that are not LLM APIs pass through as raw TLS: the proxy never sees inside."""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.conftest import ProxyRun


def self_signed(tmp: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp / "server.pem", tmp / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    cert, key = self_signed(tmp_path)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = b"hello from the real server"
            self.send_response(200)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = HTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1]), cert
    server.shutdown()
    server.server_close()


def test_non_llm_host_is_not_intercepted(proxy: ProxyRun, tls_server: tuple[int, Path]) -> None:
    port, cert = tls_server
    # Trusting only the server's own certificate: this succeeds only if the proxy did not
    # terminate TLS (an intercepted connection would present a certificate from the proxy CA).
    # The host is named (CONNECT target and SNI "localhost"): a TLS connection to a bare IP
    # without SNI names no host and is intercepted, see test_ip_without_sni_is_intercepted.
    only_server = ssl.create_default_context(cafile=str(cert))
    with httpx.Client(proxy=proxy.url, verify=only_server, trust_env=False, timeout=10) as c:
        r = c.get(f"https://localhost:{port}/")
    assert r.text == "hello from the real server"
    assert "x-sovereign-decision" not in r.headers


def test_ip_without_sni_is_intercepted(proxy: ProxyRun, tls_server: tuple[int, Path]) -> None:
    """A TLS connection to a bare IP without SNI names no host before its Host header, which
    only the decrypted request shows: the proxy opens it (fail closed) instead of tunnelling a
    request that may be for an LLM API. A client trusting only the server's certificate fails;
    one trusting the proxy CA gets through, as a non-LLM host is passed on."""
    port, cert = tls_server
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as raw:
        raw.sendall(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        assert raw.recv(4096).startswith(b"HTTP/1.1 200")
        only_server = ssl.create_default_context(cafile=str(cert))
        only_server.check_hostname = False
        with pytest.raises(ssl.SSLCertVerificationError):
            only_server.wrap_socket(raw, server_hostname=None)


def test_ip_destination_with_llm_sni_is_still_inspected(fresh: ProxyRun) -> None:
    """CONNECT to a bare IP, TLS SNI naming an LLM API (what transparent mode sees): the
    request is read and decided as that API's, not passed through unscanned."""
    body = json.dumps({"model": "gpt-4o", "messages": [
        {"role": "user", "content": "key AKIAIOSFODNN7EXAMPLE"}]}).encode()
    with socket.create_connection(("127.0.0.1", fresh.port), timeout=10) as raw:
        raw.sendall(b"CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n")
        assert raw.recv(4096).startswith(b"HTTP/1.1 200")
        ctx = ssl.create_default_context(cafile=str(fresh.ca))
        with ctx.wrap_socket(raw, server_hostname="api.openai.com") as tls:
            tls.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        b"Content-Type: application/json\r\nConnection: close\r\n"
                        + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            reply = b""
            while chunk := tls.recv(65536):
                reply += chunk
    head, _, payload = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 403")
    assert json.loads(payload)["error"]["code"] == "blocked_by_policy"
    assert fresh.closed.received == []
