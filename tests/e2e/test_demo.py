"""`sovereign demo` shows all four outcomes through the real SDKs and a verified audit log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def test_demo_runs_end_to_end() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("HTTPS_PROXY", "HTTP_PROXY", "SSL_CERT_FILE")}
    r = subprocess.run([sys.executable, "-m", "sovereign.cli", "demo"], capture_output=True,
                       text=True, cwd=REPO, timeout=300, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    decisions = [line.split()[-1] for line in r.stdout.splitlines()
                 if line.strip().startswith("decision:")]
    assert decisions == ["allow", "redact", "route_local", "block", "route_local"]
    assert "STAND-INS" in r.stdout
    assert "closed API got:   Draft a polite reminder to [PERSON_1] ([EMAIL_ADDRESS_1])" in r.stdout
    assert "audit log: valid:" in r.stdout
    # costs and readiness: the report the demo writes shows both, from its own traffic
    (line,) = [x for x in r.stdout.splitlines() if x.startswith("HTML report with costs")]
    page = Path(line.rpartition(": ")[2]).read_text()
    assert "Costs" in page and "Local readiness (shadow evaluation)" in page
    assert "EXAMPLE prices" in page and "support-bot" in page and "local-llama" in page
    assert "spent on closed APIs:" in r.stdout and "USD" in r.stdout
    ready = [x.split() for x in r.stdout.splitlines() if x.strip().startswith("support-bot")
             and "local-llama" in x]
    assert ready and int(ready[-1][3]) >= 1  # shadowed prompts, compared
