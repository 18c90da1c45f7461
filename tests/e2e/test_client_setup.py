"""The README's curl block as written, with the exports `sovereign env --runtime curl` prints
for the shared proxy (a sovereign.yaml naming it in the directory the block runs in): curl goes
through the proxy and trusts it by the combined bundle."""

from __future__ import annotations

import json
import shutil
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
