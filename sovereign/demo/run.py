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

from sovereign.config import Config, CostsConfig, ProviderConfig, ShadowConfig
from sovereign.demo.standins import StandIn
from sovereign.pipeline import Pipeline

PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent

SCENARIOS = [
    ("openai", "What is the capital of Portugal?"),
    ("openai", "Draft a polite reminder to Jane Doe (jane.doe@example.com) about the invoice"),
    ("anthropic", "My SSN is 219-09-9999 and my card is 4111 1111 1111 1111; fill the form"),
    ("anthropic", "Why does AKIAIOSFODNN7EXAMPLE get AccessDenied on S3?"),
    ("openai", "Patient Robert Brown was diagnosed with epilepsy; suggest a work plan"),
]


# an app's everyday questions, all allowed: half of them are also answered by the local model
# (shadow evaluation), which is what the readiness report is made of
SHADOW_APP = "support-bot"
SHADOW_RATE = 0.5
EVERYDAY = [
    "How do I reset my router to its factory settings?",
    "Summarise the difference between TCP and UDP in two sentences.",
    "What does HTTP status 429 mean and how should a client react?",
    "Give me three tips for writing clear commit messages.",
    "Explain what a Merkle tree is to a new engineer.",
    "Which is larger, a kibibyte or a kilobyte?",
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


def _ask(sdk: str, prompt: str, app: str = "demo", streaming: bool = False) -> str:
    headers = {"x-sovereign-app": app}
    if sdk == "openai":
        import openai

        client = openai.OpenAI(api_key="sk-demo-not-a-real-key", max_retries=0,
                               default_headers=headers)
        try:
            if streaming:
                pieces = client.chat.completions.create(model="gpt-4o", stream=True, messages=[
                    {"role": "user", "content": prompt}])
                return "".join(c.choices[0].delta.content or "" for c in pieces if c.choices)
            out = client.chat.completions.create(model="gpt-4o", messages=[
                {"role": "user", "content": prompt}])
            return out.choices[0].message.content or ""
        except openai.APIStatusError as exc:
            return f"refused ({exc.status_code})"
    import anthropic

    aclient = anthropic.Anthropic(api_key="sk-ant-demo-not-a-real-key", max_retries=0,
                                  default_headers=headers)
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
                      "    context_length: 8192\n    capabilities: [tools]\n    default: true\n"
                      f"  - name: local-embed\n    base_url: {local.url}/v1\n"
                      "    capabilities: [embeddings]\n    default: true\n")
    local.embed_text = True  # embeddings that follow the text, so similarities differ
    local.replies_when = {"Answer A:": "AGREE"}  # the stand-in judge agrees
    local.usage = (9, 14)  # a local model counts tokens its own way
    closed.usage = (12, 18)
    port = _free_port()
    config = Config(
        listen=f"127.0.0.1:{port}", confdir=tmp / "mitmproxy", rules=[PACKAGE_ROOT / "rules"],
        models=models, local_health_seconds=0,
        providers={"openai": ProviderConfig(upstream=closed.url),
                   "anthropic": ProviderConfig(upstream=closed.url)},
        costs=example_costs(),
        shadow=ShadowConfig(apps={SHADOW_APP: SHADOW_RATE}, stop_file=tmp / "shadow.stop",
                            rubric="same-answer-v1"),
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
            for i, prompt in enumerate(EVERYDAY):
                _ask("openai", prompt, app=SHADOW_APP, streaming=i % 2 == 1)
            _wait_for_shadows(pipeline)
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
    html = _write_report(tmp, config, report.origin,
                         ("valid" if report.exit_code == 0 else "invalid", []), print_line)
    print_line("")
    print_line(f"audit log: {report.summary()}")
    print_line(f"HTML report with costs and local readiness: {html}")
    print_line(f"(files kept in {tmp}: try 'sovereign audit report {tmp / 'audit'} --html "
               "report.html')")
    return 0 if report.exit_code == 0 else 1


EXAMPLE_COSTS = PACKAGE_ROOT / "deploy" / "costs.example.yaml"


def example_costs() -> CostsConfig:
    """The shipped example price table (every price marked example: true)."""
    from sovereign import yamlsrc

    doc = yamlsrc.load_file(EXAMPLE_COSTS)
    return yamlsrc.validate(Config, doc).costs


def _wait_for_shadows(pipeline: Pipeline, timeout_s: float = 30.0) -> None:
    """Until the shadow calls of the sampled requests have their records (or the time is up:
    the report then shows fewer)."""
    import time

    shadow = pipeline.shadow
    deadline = time.monotonic() + timeout_s
    while shadow is not None and time.monotonic() < deadline:
        done = sum(shadow.counts[s] for s in ("compared", "failed", "skipped"))
        if done >= shadow.counts["sampled"] and not shadow.tasks:
            return
        time.sleep(0.05)


def _write_report(tmp: Path, config: Config, origin: str | None,
                  verification: tuple[str, list[str]],
                  print_line: Callable[[str], None]) -> Path:
    from sovereign.audit import report
    from sovereign.audit.costs import costs
    from sovereign.audit.costs import render_text as cost_lines
    from sovereign.audit.readiness import readiness
    from sovereign.audit.readiness import render_text as readiness_lines
    from sovereign.audit.report_costs import section
    from sovereign.audit.segments import read_records

    records = read_records(tmp / "audit")
    table = config.costs.table()
    print_line("")
    print_line("what it cost (sovereign report costs):")
    for line in cost_lines(costs(records, table)):
        print_line(f"  {line}")
    print_line("")
    print_line("could the local model take it? (sovereign report readiness):")
    for line in readiness_lines(readiness(records, table, config.shadow.agree_at),
                                config.shadow.agree_at, table.examples):
        print_line(f"  {line}")
    path = tmp / "report.html"
    path.write_text(report.render(records, origin, verification, extra=[
        section(records, table, config.shadow.agree_at)]), encoding="utf-8")
    return path
