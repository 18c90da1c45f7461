"""Hot reload: the running proxy picks up changed rule files; a broken file is rejected with
its errors logged and the previous rule set stays in force."""

from __future__ import annotations

import shutil
import ssl
import time
from pathlib import Path

import httpx

from sovereign.demo.standins import StandIn
from tests.conftest import REPO, free_port, start_proxy, write_config

CODENAMES = """\
apiVersion: sovereign/v1
kind: RulePack
name: codenames
recognizers:
  - id: codenames
    entity: PROJECT_CODENAME
    deny_list: [BLUEBIRD]
rules:
  - id: codename-block
    when: {entities: [PROJECT_CODENAME]}
    action: block
    message: project code names stay inside
"""


def test_rules_reload_without_a_gap(tmp_path: Path) -> None:
    closed, local = StandIn("closed").start(), StandIn("local").start()
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copy(REPO / "rules" / "default.yaml", rules / "default.yaml")
    port = free_port()
    config = write_config(tmp_path, port, closed, local.url,
                          extra={"rules": [str(rules)], "rules_reload_seconds": 0.2})
    log = tmp_path / "proxy.log"
    proc = start_proxy(config, log)
    verify = ssl.create_default_context(cafile=str(tmp_path / "mitmproxy" / "mitmproxy-ca-cert.pem"))

    def status() -> int:
        with httpx.Client(proxy=f"http://127.0.0.1:{port}", verify=verify, trust_env=False,
                          timeout=30) as c:
            return c.post("https://api.openai.com/v1/chat/completions", json={
                "model": "gpt-4o", "messages": [{"role": "user",
                                                 "content": "status of BLUEBIRD?"}]}).status_code

    def wait_for(code: int) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if status() == code:
                return True
            time.sleep(0.2)
        return False

    try:
        assert status() == 200
        (rules / "codenames.yaml").write_text(CODENAMES)
        assert wait_for(403), "the new pack was not picked up"
        (rules / "codenames.yaml").write_text(CODENAMES.replace("action: block", "action: blokk"))
        deadline = time.monotonic() + 10
        while "rules_reload_rejected" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "rules_reload_rejected" in log.read_text()
        assert f"{rules / 'codenames.yaml'}:11:13" in log.read_text()
        assert status() == 403  # the previous rule set is still in force
    finally:
        proc.terminate()
        proc.wait(30)
        closed.stop()
        local.stop()
