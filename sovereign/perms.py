"""File permissions of the secrets and records the proxy keeps: checked at start-up, refused
with the command that fixes them."""

from __future__ import annotations

import stat
from pathlib import Path


class PermissionProblem(Exception):
    """A file or folder others could read or change; the message says how to fix it."""


def check_private_file(path: Path, what: str) -> None:
    """*path* must not be readable or writable by group or others (a key)."""
    if not path.exists():
        return
    if stat.S_IMODE(path.stat().st_mode) & (stat.S_IRWXG | stat.S_IRWXO):
        raise PermissionProblem(f"{what} {path} is accessible by group or others; "
                                f"run: chmod 600 {path}")


def check_private_dir(path: Path, what: str) -> None:
    """*path* must not be writable by group or others (records could be changed or removed)."""
    if not path.exists():
        return
    if stat.S_IMODE(path.stat().st_mode) & (stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionProblem(f"{what} {path} is writable by group or others; "
                                f"run: chmod go-w {path}")
