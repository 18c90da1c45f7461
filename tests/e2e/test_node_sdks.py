"""The npm SDKs (openai, @anthropic-ai/sdk, @google/genai, pinned in tests/node/) through the
proxy, on the Node this machine has, set up with exactly what `sovereign env --runtime node`
prints: plain and streaming, the four actions. And the same set-up without its Node-specific
line (the preload, or NODE_USE_ENV_PROXY) sends the SDK past the proxy: that line matters.

The Node clients (tests/node/clients.mjs) refuse every DNS lookup of their own and report it,
so a request that went direct shows up as a lookup and fails here, never on the internet.
`make` installs Node and `npm ci`s the packages (the node-tools target); where that could not
be done the tests report themselves skipped with the reason."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, ProxyRun

NODE_DIR = REPO / "tests" / "node"
SDKS = ["openai", "anthropic", "gemini"]
PROMPTS = {
    "allow": "What is the capital of France?",
    "redact": "Write a thank-you note to John Smith at john.smith@example.com please",
    "route_local": "My SSN is 078-05-1120 and my card is 4111 1111 1111 1111, fill in the form",
    "block": "Why does AKIAIOSFODNN7EXAMPLE get AccessDenied on s3?",
}
RAW_VALUES = ["John Smith", "john.smith@example.com", "078-05-1120", "4111 1111 1111 1111",
              "AKIAIOSFODNN7EXAMPLE"]
CLOSED_PATH = {"openai": "/v1/chat/completions", "anthropic": "/v1/messages",
               "gemini": "/v1beta/models/gemini-2.5-flash:"}
DECISION = re.compile(r"dec_[0-9a-f]{32}")
NODE_LINE = re.compile(r"^export (NODE_OPTIONS|NODE_USE_ENV_PROXY)=", re.M)


def _missing() -> str | None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node/npm are not installed (make installs them with apt as root: node-tools)"
    for pkg in ("openai", "@anthropic-ai/sdk", "@google/genai", "undici"):
        if not (NODE_DIR / "node_modules" / pkg / "package.json").is_file():
            return f"tests/node/node_modules lacks {pkg} (make node-tools runs npm ci there)"
    return None


pytestmark = [pytest.mark.skipif(_missing() is not None, reason=_missing() or ""),
              # the first test pays for the shared proxy's start when it runs first, and
              # for the one Node process that runs all 24 cases
              pytest.mark.timeout(600)]


@dataclass
class NodeRun:
    results: dict[str, dict[str, Any]]  # case id → what the client printed
    lookups: list[str]  # host names the client tried to resolve itself
    closed: list[Any]  # what the closed stand-in received meanwhile
    local: list[Any]
    stderr: str


def env_lines(run: ProxyRun) -> str:
    """`sovereign env --runtime node` for the test's proxy (its config file), as printed."""
    config = run.audit_dir.parent / "sovereign.yaml"
    out = subprocess.run([sys.executable, "-m", "sovereign.cli", "env", "--runtime", "node",
                          "--config", str(config)], capture_output=True, text=True,
                         cwd=REPO, timeout=120, check=True)
    return out.stdout


def run_node(run: ProxyRun, exports: str, cases: list[dict[str, Any]],
             tmp: Path) -> NodeRun:
    """Run the clients in a shell that sourced *exports* and nothing else of ours: the test
    process's own proxy variables are not passed on."""
    (tmp / "env.sh").write_text(exports)
    (tmp / "cases.json").write_text(json.dumps(cases))
    env = {k: v for k, v in os.environ.items()
           if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")}
    run.closed.clear()
    run.local.clear()
    proc = subprocess.run(["bash", "-c", f'. "{tmp}/env.sh" && exec node clients.mjs '
                           f'"{tmp}/cases.json"'], cwd=NODE_DIR, env=env, capture_output=True,
                          text=True, timeout=300)
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines and "lookups" in lines[-1], (proc.returncode, proc.stdout, proc.stderr)
    return NodeRun({r["id"]: r for r in lines[:-1]}, lines[-1]["lookups"],
                   list(run.closed.received), list(run.local.received), proc.stderr)


CASES = [{"id": f"{sdk}-{'stream' if stream else 'plain'}-{action}", "sdk": sdk,
          "stream": stream, "action": action, "prompt": PROMPTS[action]}
         for sdk in SDKS for stream in (False, True) for action in PROMPTS]


@pytest.fixture(scope="module")
def documented(proxy: ProxyRun, tmp_path_factory: pytest.TempPathFactory) -> Iterator[NodeRun]:
    """All 24 cases in one Node process set up as `sovereign env --runtime node` says."""
    yield run_node(proxy, env_lines(proxy), CASES, tmp_path_factory.mktemp("node"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_npm_sdk_through_the_proxy(documented: NodeRun, proxy: ProxyRun,
                                   case: dict[str, Any]) -> None:
    got = documented.results[case["id"]]
    prompt, action = case["prompt"], case["action"]
    if action == "block":
        assert not got["ok"], got
        assert got["error"]["status"] == 403, got
        match = DECISION.search(got["error"]["message"])
        assert match, "the error names the decision id"
        assert proxy.record(match.group(0))["action"] == "block"
        return
    assert got["ok"], (got, documented.stderr)
    # the app sees its own text back: allowed unchanged, redacted and restored, or local
    who = "local" if action == "route_local" else "closed"
    assert got["text"] == f"[{who}] echo: {prompt}"


def test_what_left_and_what_stayed(documented: NodeRun) -> None:
    """Across all cases: no request went direct, the closed stand-in got the allowed and the
    redacted ones only (no value in clear), the local one the route_local ones."""
    assert documented.lookups == []
    per_sdk = 2 * 2  # plain and stream, allow and redact
    assert len(documented.closed) == per_sdk * len(SDKS)
    for sdk in SDKS:
        assert sum(r.path.startswith(CLOSED_PATH[sdk]) for r in documented.closed) == per_sdk
    for r in documented.closed:
        assert not any(v in r.text for v in RAW_VALUES), r.path
    redacted = [r for r in documented.closed if "thank-you" in r.text]
    assert len(redacted) == 2 * len(SDKS)
    assert all("[PERSON_1]" in r.text and "[EMAIL_ADDRESS_1]" in r.text for r in redacted)
    assert len(documented.local) == 2 * len(SDKS)
    assert all(r.json["model"] == "llama-local" for r in documented.local)


def acme_decisions(run: ProxyRun) -> int:
    return sum(r.get("type") == "decision" and r.get("provider") == "acme"
               for r in run.audit_records())


BYPASS_CASES = [{"id": f"acme-{mode}", "sdk": "openai", "stream": mode == "stream",
                 "prompt": PROMPTS["allow"], "base_url": "https://llm.acme.test/v1"}
                for mode in ("plain", "stream")]


def test_without_the_node_line_fetch_goes_past_the_proxy(proxy: ProxyRun,
                                                         tmp_path: Path) -> None:
    """HTTPS_PROXY and the CA alone (the old README set-up): Node's fetch ignores the proxy
    and resolves the API host itself. The host is llm.acme.test (an OpenAI-compatible
    provider of the test config; .test resolves nowhere), so the same cases with the full
    set-up are the control: they reach the closed stand-in through the proxy."""
    exports = env_lines(proxy)
    assert NODE_LINE.search(exports), exports
    with_line = run_node(proxy, exports, BYPASS_CASES, tmp_path)
    assert all(r["ok"] for r in with_line.results.values()), with_line.results
    assert with_line.lookups == [] and len(with_line.closed) == 2
    decided = acme_decisions(proxy)  # decision records are on disk before a request leaves
    assert decided >= 2

    without = run_node(proxy, NODE_LINE.sub("# (left out) ", exports), BYPASS_CASES, tmp_path)
    for r in without.results.values():
        assert not r["ok"] and r["error"]["code"] == "ENOTFOUND", r
    assert without.lookups == ["llm.acme.test"] * 2  # it went to the network itself
    assert without.closed == [] and without.local == []
    assert acme_decisions(proxy) == decided  # the proxy never saw them


def test_preload_stops_an_app_that_lacks_undici(proxy: ProxyRun, tmp_path: Path) -> None:
    """Fail closed: where the preload cannot route fetch through the proxy (no undici beside
    the app), the app does not start at all. (Only where the set-up uses the preload.)"""
    exports = env_lines(proxy)
    if "NODE_OPTIONS" not in exports:
        pytest.skip("this Node reads HTTPS_PROXY itself (NODE_USE_ENV_PROXY): no preload")
    (tmp_path / "env.sh").write_text(exports)
    (tmp_path / "app.mjs").write_text("console.log('the app ran');\n")
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    proc = subprocess.run(["bash", "-c", f'. "{tmp_path}/env.sh" && exec node app.mjs'],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "the app ran" not in proc.stdout
    assert "undici is not installed where the app runs" in proc.stderr
