"""Two `sovereign run` replicas sharing one real redis-server (``redaction.store``): a Responses
chain alternating between them keeps one token per person and restores every reply, streamed
and not; the store holds nothing readable; a store that goes away fails closed.

The replicas start before the store does (start-up must not need it). The store is a real
redis-server on a free loopback port, without persistence; where it is not installed
(``make test-tools`` installs it, root and apt only) the tests report themselves skipped."""

from __future__ import annotations

import base64
import concurrent.futures
import json
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
import pytest
import redis

from sovereign.demo.standins import StandIn
from tests.conftest import CLIENT_KEY_OPENAI, ProxyRun, free_port, start_proxy, write_config
from tests.e2e.clients import openai_client

VAULT_KEYS = (f"r1:{base64.b64encode(bytes(range(32))).decode()}\n"  # r1 seals, r0 opens too
              f"r0:{base64.b64encode(bytes(range(32, 64))).decode()}")
TTL_S = 600
STORE_PASSWORD = "store-password-0123456789"  # the store requires AUTH (requirepass)
PEOPLE = [("John Smith", "john.smith@example.com"), ("Maria Garcia", "maria.garcia@example.org"),
          ("David Miller", "david.miller@example.net")]
TOKEN = re.compile(r"\[[A-Z_]+_\d+\]")
TURN = re.compile(r"Turn (\d+): please update (\S+(?: \S+)?) at (\S+) today\.")
REPLY = "Noted: [PERSON_1] <[EMAIL_ADDRESS_1]>, [PERSON_2], [PERSON_3]."


def prompt(i: int) -> str:
    name, email = PEOPLE[i % len(PEOPLE)]
    return f"Turn {i}: please update {name} at {email} today."


def expected_reply(i: int) -> str:
    """REPLY restored with the tokens issued up to turn *i* (one new person per turn)."""
    known = min(i + 1, len(PEOPLE))
    names = [PEOPLE[k][0] if k < known else f"[PERSON_{k + 1}]" for k in range(len(PEOPLE))]
    return f"Noted: {names[0]} <{PEOPLE[0][1]}>, {names[1]}, {names[2]}."


class RedisServer:
    def __init__(self, binary: str, port: int, workdir: Path) -> None:
        self.binary, self.port, self.workdir = binary, port, workdir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir), "--protected-mode", "yes",
             "--requirepass", STORE_PASSWORD],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=1, password=STORE_PASSWORD)
        deadline = time.monotonic() + 30  # only keeps a broken install from hanging
        while True:
            try:
                if client.ping():
                    return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def contents(self) -> list[tuple[bytes, bytes, int]]:
        """Every key, its value and its time to live in milliseconds."""
        client = redis.Redis(port=self.port, password=STORE_PASSWORD)
        out = []
        for key in client.scan_iter(count=1000):
            value = client.get(key)
            assert isinstance(value, bytes)
            out.append((key, value, int(client.pttl(key))))
        return out


@dataclass
class Replicas:
    store: RedisServer
    a: ProxyRun
    b: ProxyRun
    closed: StandIn
    bundle: Path  # both replicas' CAs

    def use(self, monkeypatch: pytest.MonkeyPatch, replica: ProxyRun) -> openai.OpenAI:
        """The openai SDK as an app sets it up, through *replica* (HTTPS_PROXY)."""
        monkeypatch.setenv("HTTPS_PROXY", replica.url)
        monkeypatch.setenv("SSL_CERT_FILE", str(self.bundle))
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        return openai_client()


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (`make test-tools` installs Debian's "
                    "redis-server where it runs as root with apt); the shared-store tests "
                    "need a real one")
    tmp = tmp_path_factory.mktemp("replicas")
    store = RedisServer(binary, free_port(), tmp)
    closed, local = StandIn("closed").start(), StandIn("local").start()
    closed.unique_ids = True
    runs: list[ProxyRun] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOVEREIGN_TEST_VAULT_KEYS", VAULT_KEYS)
        mp.setenv("SOVEREIGN_TEST_STORE_PASSWORD", STORE_PASSWORD)
        for var in ("HTTPS_PROXY", "HTTP_PROXY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
            mp.delenv(var, raising=False)
        configs = []
        for name in ("a", "b"):
            where = tmp / name
            where.mkdir()
            port = free_port()
            config = write_config(where, port, closed, local.url, extra={
                "detection": {"workers": 1},
                "audit": {"dir": str(where / "audit"),
                          "signing_key": str(where / "keys" / "audit.key"),
                          "tag_keys": str(where / "keys" / "tags"),
                          "origin": f"sovereign/replica-{name}",
                          "checkpoint_every": 4, "checkpoint_seconds": 1},
                "redaction": {"key_env": "SOVEREIGN_TEST_REDACTION_KEY", "store": store.url,
                              "store_keys_env": "SOVEREIGN_TEST_VAULT_KEYS",
                              "store_password_env": "SOVEREIGN_TEST_STORE_PASSWORD",
                              "conversation_ttl_s": TTL_S}})
            configs.append((where, port, config))
        # both replicas start while the store is not running yet
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            procs = list(pool.map(lambda c: start_proxy(c[2], c[0] / "proxy.log", 300.0),
                                  configs))
        for (where, port, _), proc in zip(configs, procs, strict=True):
            runs.append(ProxyRun(port=port, reverse_ports={},
                                 ca=where / "mitmproxy" / "mitmproxy-ca-cert.pem",
                                 audit_dir=where / "audit",
                                 public_key=where / "keys" / "audit.key.pub",
                                 log_file=where / "proxy.log", closed=closed, local=local,
                                 process=proc))
        store.start()
        bundle = tmp / "cas.pem"
        bundle.write_text("".join(r.ca.read_text() for r in runs))
        try:
            yield Replicas(store, runs[0], runs[1], closed, bundle)
        finally:
            for run in runs:
                run.process.terminate()
            for run in runs:
                run.process.wait(timeout=60)
            store.kill()
            closed.stop()
            local.stop()


def _turn(client: openai.OpenAI, i: int, previous: str | None, stream: bool) -> tuple[str, str]:
    extra: dict[str, Any] = {"previous_response_id": previous} if previous else {}
    if not stream:
        response = client.responses.create(model="gpt-4o", input=prompt(i), **extra)
        return response.output_text, response.id
    text, rid = "", ""
    for event in client.responses.create(model="gpt-4o", input=prompt(i), stream=True,
                                         **extra):
        if event.type == "response.output_text.delta":
            text += event.delta
        elif event.type == "response.completed":
            rid = event.response.id
    return text, rid


@pytest.mark.timeout(600)
def test_a_chain_alternating_replicas_keeps_one_token_per_person(
        replicas: Replicas, monkeypatch: pytest.MonkeyPatch) -> None:
    replicas.closed.clear()
    replicas.closed.reply_text = REPLY
    previous: str | None = None
    ids = []
    for i in range(10):  # A, B, A, B...; plain, plain, streamed, streamed, plain...
        replica = (replicas.a, replicas.b)[i % 2]
        stream = (i // 2) % 2 == 1
        text, rid = _turn(replicas.use(monkeypatch, replica), i, previous, stream)
        assert text == expected_reply(i), f"turn {i} ({'stream' if stream else 'plain'})"
        assert rid and rid not in ids
        ids.append(rid)
        previous = rid
    # what reached the closed API: one token per value over the whole chain
    sent = [r.json for r in replicas.closed.received]
    assert len(sent) == 10
    assert [s.get("previous_response_id") for s in sent] == [None, *ids[:-1]]
    seen: dict[str, set[str]] = {}
    for i, body in enumerate(sent):
        m = TURN.fullmatch(body["input"])
        assert m and int(m.group(1)) == i, body["input"]
        name, email = PEOPLE[i % len(PEOPLE)]
        assert TOKEN.fullmatch(m.group(2)) and TOKEN.fullmatch(m.group(3)), body["input"]
        seen.setdefault(name, set()).add(m.group(2))
        seen.setdefault(email, set()).add(m.group(3))
    assert seen == {"John Smith": {"[PERSON_1]"}, "Maria Garcia": {"[PERSON_2]"},
                    "David Miller": {"[PERSON_3]"},
                    "john.smith@example.com": {"[EMAIL_ADDRESS_1]"},
                    "maria.garcia@example.org": {"[EMAIL_ADDRESS_2]"},
                    "david.miller@example.net": {"[EMAIL_ADDRESS_3]"}}
    # each replica decided its own half, in its own audit log
    for replica in (replicas.a, replicas.b):
        actions = [r["action"] for r in replica.audit_records() if r.get("type") == "decision"]
        assert actions.count("redact") >= 5
    # the store: one sealed entry per reply, expiring, and nothing readable in it
    contents = replicas.store.contents()
    assert len(contents) >= 10
    blob = b"\n".join(k + b"\x00" + v for k, v, _ in contents)
    planted = [v for person in PEOPLE for v in person] + [
        CLIENT_KEY_OPENAI, "[PERSON_1]", "PERSON", "EMAIL", "resp_", "Turn"]
    for value in planted:
        assert value.encode() not in blob, value
        assert value.lower().encode() not in blob.lower(), value
    assert all(0 < ttl <= TTL_S * 1000 for _, _, ttl in contents)
    assert all(k.startswith(b"sovereign:vault:v1:") and v.startswith(b"sv1\x02r1")
               for k, v, _ in contents)


@pytest.mark.timeout(600)
def test_a_conversation_object_keeps_its_tokens_on_either_replica(
        replicas: Replicas, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same conversation named on every turn (``conversation``, not a reply id)."""
    replicas.closed.clear()
    replicas.closed.reply_text = REPLY
    for i in range(4):
        client = replicas.use(monkeypatch, (replicas.b, replicas.a)[i % 2])
        response = client.responses.create(model="gpt-4o", input=prompt(i),
                                           conversation="conv_replicas_1")
        assert response.output_text == expected_reply(i), f"turn {i}"
    sent = [r.json["input"] for r in replicas.closed.received]
    assert sent == [f"Turn {i}: please update [PERSON_{i % 3 + 1}] at "
                    f"[EMAIL_ADDRESS_{i % 3 + 1}] today." for i in range(4)]


@pytest.mark.timeout(600)
def test_the_store_going_away_fails_closed(replicas: Replicas,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    replicas.closed.reply_text = REPLY
    text, first = _turn(replicas.use(monkeypatch, replicas.a), 0, None, stream=False)
    assert text == expected_reply(0)
    replicas.store.kill()
    replicas.closed.clear()
    client = replicas.use(monkeypatch, replicas.b)
    for stream in (False, True):
        with pytest.raises(openai.InternalServerError) as err:
            _turn(client, 1, first, stream)
        assert err.value.status_code == 503
        body = err.value.body
        assert isinstance(body, dict) and body.get("code") == "conversation_store_unavailable"
        assert "Maria" not in json.dumps(body)
    assert replicas.closed.received == []  # nothing left
    refused = [r for r in replicas.b.audit_records()
               if r.get("refusal") == "conversation_store_unavailable"]
    assert len(refused) == 2 and all(r["destination"] == "none" for r in refused)
    # a request that needs no stored state goes on (its own vault restores its reply)
    text, _ = _turn(client, 0, None, stream=True)
    assert text == expected_reply(0)
    assert len(replicas.closed.received) == 1
    log = replicas.b.log_file.read_text()
    assert "conversation_store_failed" in log
    assert "John Smith" not in log and "Maria Garcia" not in log and STORE_PASSWORD not in log
