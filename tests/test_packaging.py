"""Packaging: the licence, the shipped rules, packs, models config and schema in an installed
wheel (and `sovereign init` writing them out from there), a quiet build, and the constraints
file every install uses."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from sovereign.cli import main
from sovereign.starter import SHIPPED, shipped

REPO = Path(__file__).resolve().parent.parent


def test_the_licence_is_apache_2_and_the_metadata_says_so() -> None:
    text = (REPO / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]


def test_setup_ships_the_folders_the_starter_reads() -> None:
    tree = ast.parse((REPO / "setup.py").read_text())
    assigned = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                for t in node.targets if isinstance(t, ast.Name)}
    assert ast.literal_eval(assigned["SHIPPED"]) == SHIPPED
    for name in SHIPPED:
        assert shipped(name) == REPO / name  # a checkout reads its own folders


def test_init_writes_a_starter_that_runs_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from sovereign.config import load_config
    from sovereign.policy.loader import load_rules

    target = tmp_path / "proxy"
    assert main(["init", str(target)]) == 0
    for name in SHIPPED:
        theirs = sorted(p.relative_to(REPO / name) for p in (REPO / name).rglob("*.*"))
        ours = sorted(p.relative_to(target / name) for p in (target / name).rglob("*.*"))
        assert ours == theirs and ours
    monkeypatch.chdir(target)
    config = load_config(target / "sovereign.yaml")  # strict: every key it writes is known
    assert config.rules == [target / "rules"] and config.models == target / "models" / "models.yaml"
    assert load_rules(config.rules).packs
    capsys.readouterr()
    # nothing is overwritten
    assert main(["init", str(target)]) == 2
    assert "already exist" in capsys.readouterr().err


def test_constraints_pin_every_dependency_exactly() -> None:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    lines = [line for line in (REPO / "constraints.txt").read_text().splitlines()
             if line and not line.startswith("#")]
    pins = {canonicalize_name(line.split("==")[0]): line.split("==")[1] for line in lines}
    assert all("==" in line for line in lines)
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    for dep in project["dependencies"]:
        req = Requirement(dep)
        assert canonicalize_name(req.name) in pins, f"{req.name} is not pinned: make constraints"
        assert req.specifier.contains(pins[canonicalize_name(req.name)], prereleases=True), dep
    assert "-c constraints.txt" in (REPO / "Makefile").read_text()
    assert "-c constraints.txt" in (REPO / "deploy" / "Dockerfile").read_text()


def test_an_installed_wheel_has_the_shipped_files_and_builds_quietly(tmp_path: Path) -> None:
    """Build the wheel from a copy of the tree (setuptools' own backend, no network), install
    it on its own, and run `sovereign init` from it, away from any checkout."""
    pytest.importorskip("setuptools", reason="setuptools is not installed in this environment")
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info", "build", "*.pyc")
    for name in ("sovereign", *SHIPPED):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE",
                 "constraints.txt"):
        shutil.copy(REPO / name, src / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    built = subprocess.run(
        [sys.executable, "-W", "default", "-c",
         "from setuptools import build_meta as b; print(b.build_wheel('dist'))"],
        cwd=src, capture_output=True, text=True, timeout=300, env=env)
    assert built.returncode == 0, built.stderr[-3000:]
    noise = [line for line in built.stderr.splitlines() if "warning" in line.lower()]
    if shutil.which("cc") or shutil.which("gcc"):  # without one, the kernels' skip is said
        assert noise == [], noise  # a quiet build: no setuptools warnings
    wheel = src / "dist" / built.stdout.strip().splitlines()[-1]
    names = zipfile.ZipFile(wheel).namelist()
    for name in SHIPPED:
        assert any(n.startswith(f"sovereign/shipped/{name}/") for n in names), name
    assert "sovereign/shipped/rules/default.yaml" in names
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(meta).decode()
    assert "License-Expression: Apache-2.0" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)

    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:  # what pip install does with a pure layout
        archive.extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    run_env = env | {"PYTHONPATH": str(site)}
    code = ("import sovereign, sovereign.starter as s; "
            f"assert sovereign.__file__.startswith({str(site)!r}), sovereign.__file__; "
            "print(s.shipped('rules'))")
    where = subprocess.run([sys.executable, "-c", code], cwd=work, capture_output=True,
                           text=True, timeout=120, env=run_env)
    assert where.returncode == 0, where.stderr[-2000:]
    assert where.stdout.strip() == str(site / "sovereign" / "shipped" / "rules")
    init = subprocess.run([sys.executable, "-m", "sovereign.cli", "init", "proxy"], cwd=work,
                          capture_output=True, text=True, timeout=120, env=run_env)
    assert init.returncode == 0, init.stderr[-2000:]
    assert (work / "proxy" / "rules" / "default.yaml").read_bytes() == \
        (REPO / "rules" / "default.yaml").read_bytes()
    lint = subprocess.run([sys.executable, "-m", "sovereign.cli", "rules", "lint", "rules/"],
                          cwd=work / "proxy", capture_output=True, text=True, timeout=120,
                          env=run_env)
    assert lint.returncode == 0, lint.stdout + lint.stderr
