"""``sovereign demo``: start the proxy, a STAND-IN closed API and a STAND-IN local model on
loopback, send a handful of realistic requests through the official SDKs, show what was
allowed, redacted, rerouted and blocked, and verify the audit log. No GPU, no network."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sovereign.config import Config, ProviderConfig
from sovereign.demo.standins import StandIn

PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent

SCENARIOS = [
    ("openai", "What is the capital of Portugal?"),
    ("openai", "Draft a polite reminder to Jane Doe (jane.doe@example.com) about the invoice"),
    ("anthropic", "My SSN is 219-09-9999 and my card is 4111 1111 1111 1111; fill the form"),
    ("anthropic", "Why does AKIAIOSFODNN7EXAMPLE get AccessDenied on S3?"),
    ("openai", "Patient Robert Brown was diagnosed with epilepsy; suggest a work plan"),
]


@dataclass
class Row:
    sdk: str
    prompt: str
    outcome: str
    closed_saw: str
    app_got: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _short(text: str, n: int = 58) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _ask(sdk: str, prompt: str) -> str:
    if sdk == "openai":
        import openai

        client = openai.OpenAI(api_key="sk-demo-not-a-real-key", max_retries=0)
        try:
            out = client.chat.completions.create(model="gpt-4o", messages=[
                {"role": "user", "content": prompt}])
            return out.choices[0].message.content or ""
        except openai.APIStatusError as exc:
            return f"refused ({exc.status_code})"
    import anthropic

    aclient = anthropic.Anthropic(api_key="sk-ant-demo-not-a-real-key", max_retries=0)
    try:
        with aclient.messages.stream(model="claude-opus-4-7", max_tokens=200, messages=[
                {"role": "user", "content": prompt}]) as stream:
            return "".join(stream.text_stream)
    except anthropic.APIStatusError as exc:
        return f"refused ({exc.status_code})"


def run_demo(print_line: Callable[[str], None] = print) -> int:
    from sovereign import logs
    from sovereign.app import build_pipeline, load_parts
    from sovereign.audit.verify import verify
    from sovereign.proxy.launcher import running_in_thread

    logs.configure("console", "error")
    tmp = Path(tempfile.mkdtemp(prefix="sovereign-demo-"))
    closed = StandIn("closed API stand-in").start()
    local = StandIn("local model stand-in").start()
    models = tmp / "models.yaml"
    models.write_text(f"models:\n  - name: local-llama\n    base_url: {local.url}/v1\n"
                      "    context_length: 8192\n    capabilities: [tools]\n    default: true\n")
    port = _free_port()
    config = Config(
        listen=f"127.0.0.1:{port}", confdir=tmp / "mitmproxy", rules=[PACKAGE_ROOT / "rules"],
        models=models, local_health_seconds=0,
        providers={"openai": ProviderConfig(upstream=closed.url),
                   "anthropic": ProviderConfig(upstream=closed.url)},
    ).resolved(tmp)
    config = config.model_copy(update={"audit": config.audit.model_copy(update={
        "dir": tmp / "audit", "signing_key": tmp / "keys" / "audit.key",
        "tag_keys": tmp / "keys" / "tags"})})
    print_line("sovereign demo: the closed API and the local model below are STAND-INS on "
               "loopback; nothing leaves this machine.")
    print_line("loading the detection engine…")
    parts = load_parts(config)
    pipeline, audit = build_pipeline(config, parts)
    rows: list[Row] = []
    saved = {k: os.environ.get(k) for k in ("HTTPS_PROXY", "SSL_CERT_FILE", "NO_PROXY")}
    try:
        with running_in_thread(config, pipeline) as proxy:
            os.environ.update(HTTPS_PROXY=f"http://127.0.0.1:{port}",
                              SSL_CERT_FILE=str(proxy.ca_path), NO_PROXY="127.0.0.1,localhost")
            for sdk, prompt in SCENARIOS:
                closed.clear()
                local.clear()
                reply = _ask(sdk, prompt)
                if closed.received:
                    saw = closed.received[-1].json["messages"][-1]["content"]
                    outcome = "allow" if saw == prompt else "redact"
                elif local.received:
                    saw, outcome = "(nothing: answered by the local model)", "route_local"
                else:
                    saw, outcome = "(nothing)", "block"
                rows.append(Row(sdk, prompt, outcome, saw, reply))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        audit.close()
        closed.stop()
        local.stop()
    print_line("")
    for i, row in enumerate(rows, 1):
        print_line(f"{i}. [{row.sdk}] {row.prompt}")
        print_line(f"   decision:         {row.outcome}")
        print_line(f"   closed API got:   {_short(row.closed_saw, 100)}")
        print_line(f"   app received:     {_short(row.app_got, 100)}")
    report = verify(tmp / "audit", tmp / "keys" / "audit.key.pub")
    print_line("")
    print_line(f"audit log: {report.summary()}")
    print_line(f"(files kept in {tmp}: try 'sovereign audit report {tmp / 'audit'} --html "
               "report.html')")
    return 0 if report.exit_code == 0 else 1
