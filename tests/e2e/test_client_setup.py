"""Client set-up as printed by `sovereign env`, per runtime, through the shared proxy: the
README's curl block as written (a sovereign.yaml naming the shared proxy in the directory it
runs in; curl trusts the proxy by the combined bundle), and Java's keytool lines and
JAVA_TOOL_OPTIONS with the JDK's own HTTP clients."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, ProxyRun
from tests.test_readme_commands import commands, sh


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_readme_curl_block(fresh: ProxyRun, tmp_path: Path) -> None:
    (tmp_path / ".venv").symlink_to(REPO / ".venv")
    shutil.copy(fresh.audit_dir.parent / "sovereign.yaml", tmp_path / "sovereign.yaml")
    block = "\n".join(c.text for c in commands("curl"))
    done = sh(f"export OPENAI_API_KEY=sk-test-curl\n{block}", tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["choices"][0]["message"]["content"] == "[closed] echo: Hello"
    assert [r.json["messages"][-1]["content"] for r in fresh.closed.received] == ["Hello"]
    # curl trusted the proxy's certificate for api.openai.com by the bundle it was given
    bundle = fresh.audit_dir.parent / "mitmproxy" / "ca-bundle.pem"
    assert bundle.is_file() and bundle.read_text().count("BEGIN CERTIFICATE") > 1


JAVA_CLIENT = REPO / "tests" / "java" / "Client.java"


@pytest.mark.skipif(shutil.which("java") is None or shutil.which("keytool") is None,
                    reason="no JDK (java, keytool) here")
@pytest.mark.parametrize("client", ["httpclient", "urlconnection"])
def test_java_set_up_as_printed(fresh: ProxyRun, tmp_path: Path, client: str) -> None:
    """The keytool lines `sovereign env --runtime java` prints (run once), then its
    JAVA_TOOL_OPTIONS: java.net.http.HttpClient and HttpURLConnection go through the proxy,
    trusting it by a store that also holds the JDK's CAs. The JVM here resolves names from a
    hosts file with localhost only (jdk.net.hosts.file), so a request that went direct would
    fail with UnknownHostException instead of reaching the internet."""
    config = fresh.audit_dir.parent / "sovereign.yaml"
    printed = subprocess.run([sys.executable, "-m", "sovereign.cli", "env", "--runtime", "java",
                              "--config", str(config)], capture_output=True, text=True,
                             cwd=REPO, timeout=120, check=True).stdout
    once = [line.removeprefix("#   ") for line in printed.splitlines()
            if line.startswith("#   keytool ")]
    assert len(once) == 2, printed
    store = fresh.audit_dir.parent / "mitmproxy" / "truststore.p12"
    store.unlink(missing_ok=True)
    (tmp_path / "hosts").write_text("127.0.0.1 localhost\n")
    prompt = "Write a thank-you note to John Smith at john.smith@example.com please"
    script = "\n".join([*once, printed,
                        f'export JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS '
                        f'-Djdk.net.hosts.file={tmp_path}/hosts"',
                        "export OPENAI_API_KEY=sk-test-java",
                        f'exec java "{JAVA_CLIENT}" {client} "{prompt}"'])
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "JAVA_HOME")}
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    status, body = done.stdout.split("\n", 1)
    assert status == "200", done.stdout + done.stderr
    assert json.loads(body)["choices"][0]["message"]["content"] == f"[closed] echo: {prompt}"
    (sent,) = fresh.closed.received
    assert "John Smith" not in sent.text and "[PERSON_1]" in sent.text
    # the store holds the JDK's CAs too, not the proxy CA alone
    listed = subprocess.run(["keytool", "-list", "-keystore", str(store), "-storepass",
                             "changeit"], capture_output=True, text=True, timeout=120).stdout
    assert "sovereign-proxy" in listed and listed.count("trustedCertEntry") > 10
