"""Where the proxy's own AWS identity comes from (config ``aws``): the environment or an AWS
credentials file. Adapters behind :class:`sovereign.providers.sigv4.CredentialSource`; the
pure signer never reads a file. Nothing here logs a key, a secret or a token, and no error
message quotes one. No network: roles are taken up by whatever starts the proxy (the
environment or a credentials file it refreshes), never fetched from an endpoint here.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import structlog

from sovereign.config import AwsConfig
from sovereign.perms import PermissionProblem, check_private_file
from sovereign.providers.sigv4 import Credentials, CredentialSource

log = structlog.get_logger("sovereign.aws")


@dataclass(frozen=True)
class Fixed:
    """An identity given in code (tests), or none."""

    creds: Credentials | None = None

    def get(self) -> Credentials | None:
        return self.creds


@dataclass(frozen=True)
class FromEnv:
    """``<prefix>_ACCESS_KEY_ID``, ``<prefix>_SECRET_ACCESS_KEY`` and, for a temporary
    identity, ``<prefix>_SESSION_TOKEN``; read when asked (a rotated value is picked up)."""

    prefix: str
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)

    def get(self) -> Credentials | None:
        key = self.environ.get(f"{self.prefix}_ACCESS_KEY_ID")
        secret = self.environ.get(f"{self.prefix}_SECRET_ACCESS_KEY")
        if not key or not secret:
            return None
        return Credentials(key, secret, self.environ.get(f"{self.prefix}_SESSION_TOKEN") or None)


class FromFile:
    """A profile of an AWS credentials file (``aws_access_key_id``,
    ``aws_secret_access_key``, ``aws_session_token``), re-read when the file changes; None
    while the file or the profile is missing or incomplete. The file must be private
    (checked when it is read: a readable one is not used)."""

    def __init__(self, path: Path, profile: str) -> None:
        self.path = path
        self.profile = profile
        self._seen: tuple[float, int] | None = None
        self._creds: Credentials | None = None

    def get(self) -> Credentials | None:
        try:
            stat = self.path.stat()
        except OSError:
            self._seen, self._creds = None, None
            return None
        seen = (stat.st_mtime, stat.st_size)
        if seen != self._seen:
            self._seen, self._creds = seen, self._read()
        return self._creds

    def _read(self) -> Credentials | None:
        try:
            check_private_file(self.path, "the AWS credentials file")
        except PermissionProblem:
            log.error("aws_credentials_not_private", code="aws_credentials_not_private")
            return None  # not used: redaction on Bedrock falls back (route_local or block)
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read_string(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, configparser.Error):
            return None
        if not parser.has_section(self.profile):
            return None
        section = parser[self.profile]
        key = section.get("aws_access_key_id", "").strip()
        secret = section.get("aws_secret_access_key", "").strip()
        token = section.get("aws_session_token", "").strip() or None
        return Credentials(key, secret, token) if key and secret else None


def credential_source(config: AwsConfig) -> CredentialSource | None:
    """The source ``aws`` configures, or None (the proxy has no AWS identity)."""
    if config.credentials == "env":
        return FromEnv(config.env_prefix)
    if config.credentials == "profile":
        return FromFile(config.credentials_file.expanduser(), config.profile)
    return None
