from __future__ import annotations

from pathlib import Path

import pytest

from sovereign import yamlsrc
from sovereign.config import load_config


def test_defaults_match_the_design() -> None:
    config = load_config(None)
    assert config.listen == "127.0.0.1:8080" and config.modes == ["regular"]
    assert config.confdir == Path.cwd() / "var" / "mitmproxy"
    assert config.audit.signing_key.name == "audit.key"


def test_relative_paths_resolve_against_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "conf" / "sovereign.yaml"
    path.parent.mkdir()
    path.write_text("rules: [my-rules/]\naudit:\n  dir: ./a\n")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    config = load_config(path)
    assert config.rules == [work / "my-rules"]  # written in the file
    assert config.audit.dir == work / "a"
    assert config.models == work / "models" / "models.yaml"  # defaults: the same base
    assert config.confdir == load_config(None).confdir == work / "var" / "mitmproxy"
    assert not config.models_configured and not load_config(None).models_configured


def test_unknown_keys_and_bad_values_are_located(tmp_path: Path) -> None:
    path = tmp_path / "sovereign.yaml"
    path.write_text("listen: nowhere\naudit:\n  dri: ./x\nproviders:\n  openai: {upstream: ftp://x}\n")
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_config(path)
    lines = [str(e) for e in info.value.errors]
    assert lines[0].startswith(f"{path}:1:9: listen: Value error, listen must be HOST:PORT")
    assert f"{path}:3:3: unknown key 'dri'" in lines
    assert any(line.startswith(f"{path}:5:22: providers.openai.upstream") for line in lines)


def test_duplicate_keys_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "sovereign.yaml"
    path.write_text("listen: 127.0.0.1:1\nlisten: 127.0.0.1:2\n")
    with pytest.raises(yamlsrc.SourceErrors, match="2:1: duplicate key 'listen'"):
        load_config(path)
