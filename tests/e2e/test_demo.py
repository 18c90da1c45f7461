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
