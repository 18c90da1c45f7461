"""The shipped rule packs, packs, models config and schema, wherever sovereign runs from, and
``sovereign init DIR``: a starter directory with a config that finds them.

In a checkout they are the repository's folders; in an installed wheel, package data under
``sovereign/shipped/`` (setup.py copies them there). ``init`` writes copies rather than
pointing at the installed files: the security team reviews and edits its rules, and an
upgrade must not change them under a running proxy.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

SHIPPED = ("rules", "packs", "models", "schema")  # setup.py copies the same folders

CONFIG = """\
# sovereign configuration, written by 'sovereign init'. Run sovereign in this directory:
# relative paths are resolved against the directory it runs in. Every key is optional; the
# values below are the defaults (see the README for the others).
listen: 127.0.0.1:8080
confdir: ./var/mitmproxy          # the proxy's CA ('sovereign ca path' prints the file apps trust)
rules: [rules/]                   # rule packs; adopt more from packs/, e.g. packs/secrets.yaml
models: models/models.yaml        # local models answering route_local (examples: models/examples.yaml)
audit:
  dir: ./var/audit
  signing_key: ./var/audit-keys/audit.key   # created on first run; give auditors audit.key.pub
"""


class InitError(Exception):
    """``init`` would overwrite something, or the shipped files cannot be found."""


def shipped(name: str) -> Path:
    """The folder of shipped *name* (one of SHIPPED): package data in an installed wheel,
    the repository's folder in a checkout."""
    if name not in SHIPPED:
        raise ValueError(f"nothing shipped is called {name!r}")
    packaged = files("sovereign") / "shipped" / name
    if isinstance(packaged, Path) and packaged.is_dir():  # a wheel installed on disk
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise InitError(f"the shipped {name}/ folder is missing from this installation "
                    f"(neither sovereign/shipped/{name} nor {checkout})")


def init(directory: Path) -> list[Path]:
    """Write a starter configuration and copies of the shipped folders into *directory*
    (created if missing); nothing that exists there is overwritten. Returns what it wrote."""
    targets = [directory / "sovereign.yaml", *(directory / name for name in SHIPPED)]
    present = [str(t) for t in targets if t.exists()]
    if present:
        raise InitError(f"{', '.join(present)} already exist{'s' * (len(present) == 1)}; "
                        "init writes only into a new or empty directory")
    sources = {name: shipped(name) for name in SHIPPED}
    directory.mkdir(parents=True, exist_ok=True)
    for name, source in sources.items():
        shutil.copytree(source, directory / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (directory / "sovereign.yaml").write_text(CONFIG, encoding="utf-8")
    return targets
