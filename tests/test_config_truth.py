"""The configuration tells the truth, through the CLI as a subprocess: a bad mode spec is a
``file:line:column`` error, a listener that cannot bind stops start-up (naming the config key to
change), relative paths resolve against one base (the working directory) for ``run``,
``ca path``, rules and models, and a configured models file that is missing is an error."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, free_port

SSN_BODY = {"model": "gpt-4o", "messages": [
    {"role": "user", "content": "My social security number is 536-22-8726, file my taxes."}]}


def cli(*args: str, cwd: Path, stdin: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONFIG_TRUTH_KEY": "config-truth-redaction-key-0123456789"}
    return subprocess.run([sys.executable, "-m", "sovereign.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A working directory outside the repo holding rules/ and models/models.yaml (the
    defaults' relative paths), with the config file in another directory."""
    work = tmp_path / "work"
    shutil.copytree(REPO / "rules", work / "rules")
    (work / "models").mkdir()
    (work / "models" / "models.yaml").write_text(json.dumps({"models": [
        {"name": "workdir-local-model", "base_url": "http://127.0.0.1:9/v1", "default": True,
         "stands_in_for": ["gpt-*"]}]}))
    return work


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def base_config(port: int) -> str:
    return (f"listen: 127.0.0.1:{port}\n"
            "detection: {workers: 1}\n"
            "local_health_seconds: 0\n"
            "rules_reload_seconds: 0\n"
            "redaction: {key_env: CONFIG_TRUTH_KEY}\n")


# -- mode specs --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [("run",), ("ca", "path")])
def test_a_bad_mode_spec_is_located_and_stops_every_command(tmp_path: Path,
                                                             command: tuple[str, ...]) -> None:
    config = write(tmp_path / "etc" / "sovereign.yaml",
                   base_config(free_port()) + "modes:\n  - regular\n  - regulr\n")
    r = cli(*command, "--config", str(config), cwd=tmp_path)
    assert r.returncode != 0
    assert f"{config}:8:5: modes[1]" in r.stderr and "'regulr'" in r.stderr
    assert "listening on" not in r.stdout


def test_two_modes_on_one_address_are_located(tmp_path: Path) -> None:
    port = free_port()
    config = write(tmp_path / "sovereign.yaml", base_config(port) +
                   f"modes: [regular, 'socks5@127.0.0.1:{port}', 'regular@{port}']\n")
    r = cli("ca", "path", "--config", str(config), cwd=tmp_path)
    assert r.returncode != 0
    assert f"{config}:6:" in r.stderr and "modes[2] listens on" in r.stderr


# -- listeners that cannot bind ----------------------------------------------------------------

@pytest.fixture
def held_port() -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield int(s.getsockname()[1])


def test_a_port_in_use_stops_start_up_naming_the_listen_key(workdir: Path, tmp_path: Path,
                                                            held_port: int) -> None:
    config = write(tmp_path / "etc" / "sovereign.yaml", base_config(held_port))
    r = cli("run", "--config", str(config), cwd=workdir)
    assert r.returncode != 0
    assert f"cannot listen on 127.0.0.1:{held_port}" in r.stderr
    assert f"change listen (127.0.0.1:{held_port})" in r.stderr and str(config) in r.stderr
    assert "--mode" not in r.stdout + r.stderr  # mitmproxy's flag, which `run` does not take
    assert "listening on" not in r.stdout


def test_a_mode_port_in_use_names_that_mode(workdir: Path, tmp_path: Path,
                                            held_port: int) -> None:
    spec = f"reverse:https://api.openai.com@127.0.0.1:{held_port}"
    config = write(tmp_path / "etc" / "sovereign.yaml",
                   base_config(free_port()) + f"modes: [regular, '{spec}']\n")
    (workdir / "models" / "models.yaml").unlink()  # the default models file: absent, and said
    r = cli("run", "--config", str(config), cwd=workdir)
    assert f"no local models ({workdir / 'models' / 'models.yaml'} does not exist)" in r.stdout
    assert r.returncode != 0
    assert f"change modes[1] ('{spec}')" in r.stderr
    assert "--mode" not in r.stdout + r.stderr
    assert "listening on" not in r.stdout


# -- one base for relative paths: the working directory ----------------------------------------

def test_a_config_outside_the_repo_reads_rules_and_models_from_the_working_directory(
        workdir: Path, tmp_path: Path) -> None:
    config = write(tmp_path / "etc" / "sovereign.yaml", base_config(free_port()))
    r = cli("explain", "--config", str(config), "-", cwd=workdir, stdin=json.dumps(SSN_BODY))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["action"] == "route_local"  # the shipped rules, read from workdir/rules
    assert out["sent_to"].startswith("http://127.0.0.1:9/v1")  # workdir/models/models.yaml
    assert out["body_sent"]["model"] == "workdir-local-model"


def test_a_configured_models_file_that_is_missing_is_an_error(workdir: Path,
                                                              tmp_path: Path) -> None:
    config = write(tmp_path / "etc" / "sovereign.yaml",
                   base_config(free_port()) + "models: models/nowhere.yaml\n")
    for command in (("models", "check"), ("explain", "-")):
        r = cli(*command, "--config", str(config), cwd=workdir, stdin=json.dumps(SSN_BODY))
        assert r.returncode != 0, command
        assert f"models: {workdir / 'models' / 'nowhere.yaml'} does not exist" in r.stderr


def test_ca_path_with_and_without_config_is_the_ca_run_uses(workdir: Path,
                                                            tmp_path: Path) -> None:
    config = write(tmp_path / "etc" / "sovereign.yaml", base_config(free_port()))
    without = cli("ca", "path", cwd=workdir)
    with_config = cli("ca", "path", "--config", str(config), cwd=workdir)
    assert without.returncode == 0 and with_config.returncode == 0, without.stderr
    expected = workdir / "var" / "mitmproxy" / "mitmproxy-ca-cert.pem"
    assert Path(without.stdout.strip()) == expected == Path(with_config.stdout.strip())

    log = tmp_path / "run.log"
    env = {**os.environ, "CONFIG_TRUTH_KEY": "config-truth-redaction-key-0123456789"}
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "sovereign.cli", "run", "--config",
                                 str(config)], stdout=out, stderr=subprocess.STDOUT, cwd=workdir,
                                env=env)
    try:
        announced = None
        hang_guard = time.monotonic() + 180  # only prevents a hang; asserts no timing
        while proc.poll() is None and announced is None and time.monotonic() < hang_guard:
            for line in log.read_text().splitlines():
                if "CA certificate (clients must trust it):" in line:
                    announced = line.split(": ", 2)[-1].strip()
            try:
                proc.wait(0.2)  # a poll interval, not a synchronisation: the log is the signal
            except subprocess.TimeoutExpired:
                pass
        assert announced is not None, log.read_text()
        assert Path(announced) == expected
    finally:
        proc.terminate()
        proc.wait(60)
