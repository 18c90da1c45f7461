"""Bypasses below the JSON: compressed bodies, decompression bombs, host-name spellings and
disagreements, chunked trailers. Each is crafted on the wire (raw sockets, ``ssl``, ``httpx``)
through the real proxy; none may reach the closed stand-in unread, and each gets an answer."""

from __future__ import annotations

import gzip
import itertools
import json
import re
import socket
import ssl
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import brotli
import httpx
import openai
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sovereign.decompress import zstd_module
from sovereign.demo.standins import StandIn
from sovereign.providers.hosts import normalise_host
from sovereign.providers.registry import DEFAULT
from tests.conftest import CLIENT_KEY_OPENAI, ProxyRun, free_port, start_proxy, write_config
from tests.e2e.clients import h2_answer, h2_tunnel

EMAIL = "priya.raman@example.org"
SECRET = "key AKIAIOSFODNN7EXAMPLE"  # blocked by the shipped rules wherever it is read
URL = "https://api.openai.com/v1/chat/completions"
PATH = "/v1/chat/completions"
DECISION = re.compile(r"dec_[0-9a-f]{32}")
HYPOTHESIS = settings(max_examples=12, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])

zstd = zstd_module()


def chat(text: str) -> bytes:
    return json.dumps({"model": "gpt-4o",
                       "messages": [{"role": "user", "content": text}]}).encode()


def client(run: ProxyRun) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(run.ca))
    return httpx.Client(proxy=run.url, verify=verify, trust_env=False, timeout=30)


def post(run: ProxyRun, body: bytes, coding: str | None = None) -> httpx.Response:
    headers = {"content-type": "application/json", "authorization": "Bearer sk-x"}
    if coding:
        headers["content-encoding"] = coding
    with client(run) as c:
        return c.post(URL, content=body, headers=headers)


@pytest.fixture
def run(fresh: ProxyRun) -> ProxyRun:
    return fresh


def refused(run: ProxyRun, status: int, code: str, reply: httpx.Response | Reply) -> None:
    """*reply* is a refusal with an audit record, and nothing reached either stand-in."""
    assert reply.status_code == status, reply.text
    decision = reply.headers["x-sovereign-decision"]
    assert DECISION.fullmatch(decision)
    record = run.record(decision)
    assert record["refusal"] == code and record["destination"] == "none"
    assert run.closed.received == [] and run.local.received == []


# -- raw TLS through a CONNECT tunnel -------------------------------------------------------------

class Reply:
    def __init__(self, raw: bytes) -> None:
        head, _, self.body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        self.status_code = int(lines[0].split()[1])
        self.headers = {k.strip().lower(): v.strip()
                        for k, _, v in (line.partition(":") for line in lines[1:])}

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


def tunnel(run: ProxyRun, connect: str, sni: str | None) -> ssl.SSLSocket:
    """CONNECT *connect* through the proxy, then TLS with *sni* (None: no SNI at all),
    trusting the proxy CA (names are not checked: the proxy's decision is under test)."""
    raw = socket.create_connection(("127.0.0.1", run.port), timeout=30)
    raw.sendall(f"CONNECT {connect} HTTP/1.1\r\nHost: {connect}\r\n\r\n".encode())
    assert raw.recv(4096).startswith(b"HTTP/1.1 200")
    ctx = ssl.create_default_context(cafile=str(run.ca))
    ctx.check_hostname = False
    return ctx.wrap_socket(raw, server_hostname=sni)


def exchange(tls: ssl.SSLSocket, head: bytes, body: bytes) -> Reply:
    """Send one request (Connection: close) and read the whole answer."""
    tls.sendall(head + body)
    data = b""
    while chunk := tls.recv(65536):
        data += chunk
    tls.close()
    assert data, "no answer"
    return Reply(data)


def request_head(host: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    head = (b"POST " + PATH.encode() + b" HTTP/1.1\r\nHost: " + host + b"\r\n"
            b"Content-Type: application/json\r\nAuthorization: Bearer sk-x\r\n"
            b"Connection: close\r\n" + extra)
    if length is not None:
        head += f"Content-Length: {length}\r\n".encode()
    return head + b"\r\n"


def raw_post(run: ProxyRun, connect: str, sni: str | None, host: bytes, body: bytes) -> Reply:
    return exchange(tunnel(run, connect, sni), request_head(host, length=len(body)), body)


# -- class 5: bytes the parser never saw ---------------------------------------------------------

def members(data: bytes, cuts: list[int]) -> bytes:
    points = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    return b"".join(gzip.compress(data[a:b]) for a, b in itertools.pairwise(points))


@given(cuts=st.lists(st.integers(0, 200), min_size=1, max_size=4))
@HYPOTHESIS
def test_every_gzip_member_is_read_and_what_was_read_is_sent(run: ProxyRun,
                                                             cuts: list[int]) -> None:
    """The value may sit in any member of a multi-member gzip body: it is found, and the closed
    API gets the redacted body uncompressed (the bytes that were scanned), not the members."""
    run.closed.clear()
    r = post(run, members(chat(f"mail {EMAIL} today"), cuts), "gzip")
    assert r.status_code == 200, r.text
    (sent,) = run.closed.received
    assert "content-encoding" not in {k.lower() for k in sent.headers}
    assert EMAIL.encode() not in sent.body
    assert sent.json["messages"][0]["content"] == "mail [EMAIL_ADDRESS_1] today"


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "zstd"])
def test_an_allowed_compressed_body_is_forwarded_as_it_was_scanned(run: ProxyRun,
                                                                   coding: str) -> None:
    """Allowed unchanged still means: the decoded bytes that were read, not the encoded ones
    (which another decoder could read differently)."""
    body = chat("what is the capital of France?")
    encoded = {"gzip": members(body, [20]), "deflate": zlib.compress(body),
               "br": brotli.compress(body), "zstd": zstd.compress(body)}[coding]
    r = post(run, encoded, coding)
    assert r.status_code == 200, r.text
    (sent,) = run.closed.received
    assert "content-encoding" not in {k.lower() for k in sent.headers}
    assert sent.body == body


@pytest.mark.parametrize(("body", "coding"), [
    (zlib.compress(chat("hello")) + f' {{"note": "{EMAIL}"}}'.encode(), "deflate"),
    (gzip.compress(chat("hello")) + f"mail {EMAIL}".encode(), "gzip"),
    (brotli.compress(chat("hello")) + f"mail {EMAIL}".encode(), "br"),
    (zstd.compress(chat("hello")) + f"mail {EMAIL}".encode(), "zstd"),
], ids=["deflate-then-plain", "gzip-then-plain", "br-then-plain", "zstd-then-plain"])
def test_bytes_after_the_compressed_stream_are_refused(run: ProxyRun, body: bytes,
                                                       coding: str) -> None:
    r = post(run, body, coding)
    refused(run, 400, "undecodable_body", r)
    assert r.json()["error"]["code"] == "undecodable_body"
    assert EMAIL not in run.audit_text()


def test_a_second_member_after_a_complete_body_is_read(run: ProxyRun) -> None:
    """gzip(clean JSON) + gzip(more): the second member is part of the body, so the body is
    not the clean JSON alone; it is read whole (here: not JSON any more) and refused."""
    body = gzip.compress(chat("hello")) + gzip.compress(f' {{"x": "{EMAIL}"}}'.encode())
    r = post(run, body, "gzip")
    refused(run, 400, "malformed_request", r)


# -- class 6: decompression bombs ----------------------------------------------------------------

def bomb(coding: str, size: int) -> bytes:
    """*size* zero bytes compressed with *coding*, made a MiB at a time."""
    zeros, steps = b"\0" * (1 << 20), size >> 20
    if coding in ("gzip", "deflate"):
        z = zlib.compressobj(9, wbits=31 if coding == "gzip" else zlib.MAX_WBITS)
        return b"".join([z.compress(zeros) for _ in range(steps)] + [z.flush()])
    if coding == "br":
        b = brotli.Compressor(quality=5)
        return b"".join([b.process(zeros) for _ in range(steps)] + [b.finish()])
    c = zstd.ZstdCompressor()
    return b"".join([c.compress(zeros) for _ in range(steps)] + [c.flush()])


def status_kib(pid: int, field: str) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    assert match, field
    return int(match.group(1))


@pytest.fixture
def quiet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyRun]:
    """A proxy of its own, with the shared one's configuration: no other test's work (a large
    prompt still being scanned in the background, or the freed heap of an earlier bomb that a
    later one could reuse unseen) can move its memory while one is measured."""
    tmp = tmp_path_factory.mktemp("quiet")
    closed, local = StandIn("closed").start(), StandIn("local").start()
    port = free_port()
    proc = start_proxy(write_config(tmp, port, closed, local.url), tmp / "proxy.log")
    yield ProxyRun(port=port, reverse_ports={}, ca=tmp / "mitmproxy" / "mitmproxy-ca-cert.pem",
                   audit_dir=tmp / "audit", public_key=tmp / "keys" / "audit.key.pub",
                   log_file=tmp / "proxy.log", closed=closed, local=local, process=proc)
    proc.terminate()
    proc.wait(timeout=30)
    closed.stop()
    local.stop()


@pytest.mark.parametrize(("coding", "size"), [
    ("br", 128 << 20), ("zstd", 128 << 20), ("gzip", 60 << 20), ("deflate", 60 << 20)])
def test_decompression_bomb_is_refused_in_bounded_memory(quiet: ProxyRun, coding: str,
                                                         size: int) -> None:
    """A body under the size limit that inflates far past it: refused with 413, and the
    proxy's peak memory (VmHWM, reset just before) grows by far less than the bomb — it
    stops inflating at the limit instead of inflating first and checking after (mitmproxy's
    own decoding grew it by about twice the inflated size)."""
    run = quiet
    run.closed.clear()
    body = bomb(coding, size)
    assert len(body) < 65536  # the test config's max_body_bytes: only the inflated size is over
    pid = run.process.pid
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")  # reset the peak RSS to the current
    except OSError:
        pytest.skip("this kernel does not let us reset the proxy's peak RSS")
    before = status_kib(pid, "VmRSS")
    r = post(run, body, coding)
    grown_mib = (status_kib(pid, "VmHWM") - before) / 1024
    refused(run, 413, "body_too_large", r)
    assert r.json()["error"]["code"] == "body_too_large"
    assert grown_mib < 24, f"the proxy's peak memory grew by {grown_mib:.0f} MiB"


# -- class 7: host names -------------------------------------------------------------------------

def test_sni_with_a_trailing_dot_is_intercepted_and_decided(run: ProxyRun) -> None:
    r = raw_post(run, "api.openai.com.:443", "api.openai.com.", b"api.openai.com.", chat(SECRET))
    refused(run, 403, "blocked_by_policy", r)


def test_tls_without_sni_to_an_ip_is_decided_by_its_host_header(run: ProxyRun) -> None:
    r = raw_post(run, "127.0.0.1:443", None, b"api.openai.com", chat(SECRET))
    refused(run, 403, "blocked_by_policy", r)


def test_ip_without_sni_naming_no_llm_host_passes_on(run: ProxyRun) -> None:
    """Opened to read the Host header; it names no LLM API, so there is nothing to decide."""
    r = raw_post(run, "127.0.0.1:9", None, b"127.0.0.1", chat(f"mail {EMAIL}"))
    assert "x-sovereign-decision" not in r.headers  # passed on (the port is closed: 502)
    assert run.closed.received == []


@pytest.mark.parametrize(("connect", "sni", "host"), [
    ("api.openai.com:443", "example.org", b"api.openai.com"),  # another host's SNI (fronting)
    ("127.0.0.1:443", "api.openai.com", b"example.org"),  # SNI of the API, Host of another
    ("api.openai.com:443", "api.openai.com", b"api.anthropic.com"),  # two LLM hosts
    ("example.org:443", "api.openai.com", b"api.openai.com"),  # CONNECT elsewhere
    ("api.openai.com:443", "api.openai.com", b"api.openai.com\r\nHost: example.org"),
], ids=["sni-other", "host-other", "two-llm-hosts", "connect-other", "two-host-headers"])
def test_names_that_disagree_about_an_llm_host_are_refused(run: ProxyRun, connect: str,
                                                          sni: str, host: bytes) -> None:
    """Fail closed: when the proxy target, SNI and Host do not name one host and one of them
    is an LLM API, the request is refused (421) and audited, not guessed at or tunnelled."""
    r = raw_post(run, connect, sni, host, chat("what is the capital of France?"))
    refused(run, 421, "host_mismatch", r)


@st.composite
def spellings(draw: st.DrawFn, host: str) -> str:
    """*host* as a client may write it: any case per letter, a trailing dot or not."""
    letters = [c.upper() if draw(st.booleans()) else c for c in host]
    return "".join(letters) + ("." if draw(st.booleans()) else "")


def fullwidth(host: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in host)


@given(connect=spellings("api.openai.com"), sni=spellings("api.openai.com"),
       host=spellings("api.openai.com"), port=st.booleans(), wide=st.booleans())
@HYPOTHESIS
def test_any_spelling_of_an_llm_host_is_decided(run: ProxyRun, connect: str, sni: str,
                                                host: str, port: bool, wide: bool) -> None:
    """However the same LLM host is spelled in CONNECT, SNI and Host (case, trailing dot, a
    port, full-width letters that IDNA maps to ASCII), it is one host: intercepted, decided."""
    run.closed.clear()
    header = (fullwidth(host) if wide else host) + (":443" if port else "")
    r = raw_post(run, f"{connect}:443", sni, header.encode(), chat(SECRET))
    refused(run, 403, "blocked_by_policy", r)


def test_sdk_base_url_with_a_trailing_dot_is_decided(run: ProxyRun) -> None:
    """The official SDK, through HTTPS_PROXY, given https://api.openai.com./v1."""
    sdk = openai.OpenAI(api_key=CLIENT_KEY_OPENAI, base_url="https://api.openai.com./v1",
                        max_retries=0, timeout=30)
    reply = sdk.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": f"mail {EMAIL} today"}])
    assert reply.choices[0].message.content == f"[closed] echo: mail {EMAIL} today"
    (sent,) = run.closed.received
    assert sent.json["messages"][0]["content"] == "mail [EMAIL_ADDRESS_1] today"


@given(st.sampled_from(["api.openai.com", "api.anthropic.com", "x.openai.azure.com",
                        "generativelanguage.googleapis.com"]).flatmap(
    lambda host: st.tuples(st.just(host), spellings(host), st.booleans(), st.booleans())))
@settings(deadline=None)
def test_normalised_names_find_the_same_provider(case: tuple[str, str, bool, bool]) -> None:
    """Unit property: case, a trailing dot, a port and full-width letters never change the
    name, nor which provider it belongs to."""
    host, spelled, wide, port = case
    spelled = (fullwidth(spelled) if wide else spelled) + (":8443" if port else "")
    assert normalise_host(spelled, with_port=True) == host
    assert DEFAULT.provider_for_host(spelled) is DEFAULT.provider_for_host(host) is not None


def client_hello(sni: str | None) -> bytes:
    """The first TLS record a Python client sends with *sni* (None: no SNI)."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = ctx.wrap_bio(incoming, outgoing, server_hostname=sni)
    with pytest.raises(ssl.SSLWantReadError):
        tls.do_handshake()
    return outgoing.read()


def tunnels(destination: str, data: bytes) -> bool:
    """Intercept's decision (True: tunnelled unread) for a connection to *destination*:443
    whose client sent *data* first."""
    from mitmproxy import options
    from mitmproxy.connection import Client, Server
    from mitmproxy.proxy.context import Context

    from sovereign.proxy.intercept import Intercept

    context = Context(Client(peername=("10.0.0.2", 50000), sockname=("10.0.0.1", 8080),
                             timestamp_start=0), options.Options())
    context.server = Server(address=(destination, 443))
    decide = Intercept(lambda name: DEFAULT.provider_for_host(name) is not None)
    return bool(decide._ignore_connection(context, data, b""))


LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
OTHER_HOSTS = st.tuples(st.lists(LABEL, min_size=1, max_size=3),
                        st.from_regex(r"[a-z]{2,6}", fullmatch=True)).map(
    lambda parts: ".".join([*parts[0], parts[1]])).filter(  # a top-level label: not an IP
    lambda name: DEFAULT.provider_for_host(name) is None)
LLM_HOSTS = st.sampled_from(["api.openai.com", "api.anthropic.com", "api.mistral.ai",
                             "generativelanguage.googleapis.com", "x.openai.azure.com"])


@given(sni=LLM_HOSTS.flatmap(spellings), destination=st.sampled_from(
    ["203.0.113.9", "example.org", "api.openai.com"]))
@settings(max_examples=150, deadline=None)
def test_any_llm_sni_is_intercepted(sni: str, destination: str) -> None:
    assert not tunnels(destination, client_hello(sni))


@given(sni=OTHER_HOSTS, destination=st.sampled_from(["203.0.113.9", "example.org"]))
@settings(max_examples=150, deadline=None)
def test_other_hosts_are_tunnelled(sni: str, destination: str) -> None:
    """Names that are no LLM API (destination and SNI) pass through as raw TLS, unopened."""
    assert tunnels(destination, client_hello(sni))


@given(destination=LLM_HOSTS.flatmap(spellings), sni=st.one_of(st.none(), OTHER_HOSTS))
@settings(max_examples=100, deadline=None)
def test_an_llm_destination_is_intercepted_whatever_the_sni(destination: str,
                                                           sni: str | None) -> None:
    assert not tunnels(destination, client_hello(sni))


def test_no_name_at_all_is_intercepted() -> None:
    """TLS without SNI to a bare IP: only the Host header inside names the host."""
    assert not tunnels("203.0.113.9", client_hello(None))
    assert not tunnels("203.0.113.9", b"POST /v1/chat/completions HTTP/1.0\r\n\r\n")
    assert tunnels("203.0.113.9", b"SSH-2.0-OpenSSH_9.6\r\n")  # not TLS, not HTTP: no Host


# -- class 10: chunked request with trailers -----------------------------------------------------

def test_chunked_request_with_trailers_is_answered(run: ProxyRun) -> None:
    """mitmproxy's HTTP/1 reader crashed on request trailers and the client got no answer;
    now the request is refused in the caller's format, audited, and the trailer never leaves."""
    body = chat("hello")
    chunked = (f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n"
               + f"X-Note: mail {EMAIL}\r\n\r\n".encode())
    head = request_head(b"api.openai.com", b"Transfer-Encoding: chunked\r\nTrailer: X-Note\r\n")
    r = exchange(tunnel(run, "api.openai.com:443", "api.openai.com"), head, chunked)
    refused(run, 400, "trailers_not_supported", r)
    assert r.json()["error"]["code"] == "trailers_not_supported"
    assert EMAIL not in run.audit_text()


def test_chunked_request_without_trailers_still_works(run: ProxyRun) -> None:
    body = chat(f"mail {EMAIL} today")
    chunked = b"".join(f"{len(body[i:i + 9]):x}\r\n".encode() + body[i:i + 9] + b"\r\n"
                       for i in range(0, len(body), 9)) + b"0\r\n\r\n"
    head = request_head(b"api.openai.com", b"Transfer-Encoding: chunked\r\n")
    r = exchange(tunnel(run, "api.openai.com:443", "api.openai.com"), head, chunked)
    assert r.status_code == 200, r.text
    assert run.closed.received[0].json["messages"][0]["content"] == "mail [EMAIL_ADDRESS_1] today"


def test_http2_request_with_trailers_is_refused(run: ProxyRun) -> None:
    """HTTP/2 carries trailers as a last HEADERS frame; mitmproxy reads them onto the request,
    and the request is refused like its HTTP/1 form (trailers are headers nothing reads)."""
    tls, conn = h2_tunnel(run, timeout=30)
    conn.send_headers(1, [(":method", "POST"), (":authority", "api.openai.com"),
                          (":scheme", "https"), (":path", PATH),
                          ("content-type", "application/json")])
    conn.send_data(1, chat("hello"))
    conn.send_headers(1, [("x-note", f"mail {EMAIL}")], end_stream=True)
    headers, payload = h2_answer(tls, conn)
    assert headers.get(":status") == "400", payload
    assert json.loads(payload)["error"]["code"] == "trailers_not_supported"
    assert run.record(headers["x-sovereign-decision"])["refusal"] == "trailers_not_supported"
    assert run.closed.received == []
