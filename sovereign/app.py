"""Wire the pieces together from a Config (the only place that does)."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass

from sovereign.audit.keys import load_or_create_signer
from sovereign.audit.tags import Tagger, TagKeys
from sovereign.audit.writer import AuditSink, FileAuditLog, MemoryAuditLog
from sovereign.awscreds import credential_source
from sovereign.config import Config
from sovereign.detect.detector import Detector
from sovereign.detect.engine import ModelMissing, build_detector
from sovereign.detect.pool import DetectionUnavailable
from sovereign.exchange import Action
from sovereign.metrics import PrometheusMetrics
from sovereign.perms import check_private_dir, check_private_file
from sovereign.pipeline import Pipeline, Settings
from sovereign.policy.loader import RuleSet, load_rules
from sovereign.policy.reload import RuleWatcher
from sovereign.providers.registry import BUILTIN, DEFAULT, Registry
from sovereign.redact.conversations import ConversationVaults, VaultStore
from sovereign.redact.rewrite import Redactor
from sovereign.route.health import HealthChecker, HealthView
from sovereign.route.models import ModelRegistry, load_models
from sovereign.shadow.evaluate import Settings as ShadowSettings
from sovereign.shadow.evaluate import ShadowEvaluator
from sovereign.vaultstore import StoreConfigError, build_store


class ConfigError(Exception):
    """The configuration cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Parts:
    rules: RuleSet
    models: ModelRegistry
    detector: Detector
    registry: Registry


def build_registry(config: Config) -> Registry:
    """Built-in providers plus the OpenAI-compatible ones the config names with hosts."""
    registry = DEFAULT
    for name, entry in sorted(config.providers.items()):
        if name in BUILTIN:
            if entry.hosts is not None:
                raise ConfigError(f"providers.{name}.hosts: '{name}' is built in; its hosts are "
                                  "known (use 'upstream' to send its traffic elsewhere)")
            continue
        if not entry.hosts:
            raise ConfigError(f"providers.{name}: not a built-in provider "
                              f"({', '.join(sorted(BUILTIN))}); give its 'hosts' to add it as "
                              "an OpenAI-compatible API")
        registry = registry.with_compatible(name, entry.hosts, entry.base_path)
    return registry


def detector_for(config: Config, workers: int | None = None) -> Detector:
    """The detection engine the config asks for (*workers* overrides its pool size)."""
    settings = config.detection
    try:
        return build_detector(settings.cache_entries,
                              settings.worker_count() if workers is None else workers,
                              settings.languages, settings.accelerations)
    except (ModelMissing, DetectionUnavailable) as exc:
        raise ConfigError(str(exc)) from exc


def models_for(config: Config) -> ModelRegistry:
    """The local model registry; a models file the config names must exist (the default one
    may be absent: then there are no local models, and route_local requests are refused)."""
    if config.models_configured and not config.models.is_file():
        raise ConfigError(f"models: {config.models} does not exist (relative paths are read "
                          "from the working directory); fix the 'models' key or create it")
    return load_models(config.models)


def load_parts(config: Config, detector: Detector | None = None) -> Parts:
    return Parts(rules=load_rules(config.rules), models=models_for(config),
                 detector=detector if detector is not None else detector_for(config),
                 registry=build_registry(config))


def settings_for(config: Config) -> Settings:
    return Settings(
        max_body_bytes=config.limits.max_body_bytes,
        decision_deadline_s=config.limits.decision_deadline_s,
        deadline_action=Action.parse(config.limits.on_deadline),
        upstreams={name: p.upstream for name, p in config.providers.items() if p.upstream},
        inspect_unknown=config.unknown_llm_hosts == "inspect",
    )


class NoStableKey(ConfigError):
    """The configuration gives no redaction key, so hash tokens and surrogates are drawn from a
    random key of the process: no other process (``explain``) can show the same ones."""


def redaction_key(config: Config, rules: RuleSet) -> bytes | None:
    """The key for 'hash' tokens and surrogates from the environment variable the config names
    (never from a file in the repo); None when none is set and no rule needs one."""
    uses_hash = any("hash" in (rule.operators or {}).values()
                    for loaded in rules.packs for rule in loaded.pack.rules)
    env = config.redaction.key_env
    key = os.environ.get(env) if env else None
    if key:
        return key.encode()
    if uses_hash:
        where = f"the environment variable {env} is empty or unset" if env else \
            "redaction.key_env is not set"
        raise ConfigError(f"a rule uses the 'hash' operator, but {where}; hashed tokens need a "
                          "stable secret key (e.g. 32 random bytes, base64)")
    return None


def redactor_for(config: Config, rules: RuleSet) -> Redactor:
    key = redaction_key(config, rules)
    return Redactor(key if key is not None else os.urandom(32))


def _pipeline(config: Config, parts: Parts, audit: AuditSink, redactor: Redactor,
              tagger: Tagger | None = None, health: HealthView | None = None,
              metrics: PrometheusMetrics | None = None,
              conversations: VaultStore | None = None) -> Pipeline:
    return Pipeline(detector=parts.detector, rules=parts.rules, models=parts.models,
                    audit=audit, settings=settings_for(config), registry=parts.registry,
                    redactor=redactor, tagger=tagger, health=health, metrics=metrics,
                    conversations=conversations if conversations is not None else
                    ConversationVaults(config.redaction.max_conversations,
                                       config.redaction.conversation_ttl_s),
                    signer=credential_source(config.aws))


def conversation_store(config: Config) -> VaultStore:
    """The store of Responses-chain vaults ``redaction.store`` names (a shared one is not
    contacted here: the proxy starts while it is down)."""
    r = config.redaction
    try:
        return build_store(r.store, ttl_s=r.conversation_ttl_s, max_entries=r.max_conversations,
                           timeout_s=r.store_timeout_s, keys_file=r.store_keys_file,
                           keys_env=r.store_keys_env, password_env=r.store_password_env)
    except StoreConfigError as exc:
        raise ConfigError(str(exc)) from None


def build_pipeline(config: Config, parts: Parts) -> tuple[Pipeline, FileAuditLog]:
    """The proxy's request pipeline (``run``, ``demo`` and the tests that run the proxy): the
    rules, models, registry, settings and redaction key from *config*, the audit log opened,
    and the health checker and metrics the config asks for built here (started by
    :func:`start_background`), never attached afterwards."""
    redactor = redactor_for(config, parts.rules)  # fail before taking the audit log's lock
    conversations = conversation_store(config)
    check_private_dir(config.audit.dir, "audit directory")
    check_private_dir(config.audit.tag_keys, "tag key directory")
    for key_file in sorted(config.audit.tag_keys.glob("epoch-*.key")):
        check_private_file(key_file, "tag key")
    if config.aws.credentials == "profile":  # the proxy's AWS identity: a secret too
        check_private_file(config.aws.credentials_file.expanduser(), "AWS credentials file")
    signer = load_or_create_signer(config.audit.signing_key)
    origin = config.audit.origin or f"sovereign/{socket.gethostname()}"
    audit = FileAuditLog(config.audit.dir, signer, origin,
                         checkpoint_every=config.audit.checkpoint_every,
                         checkpoint_seconds=config.audit.checkpoint_seconds,
                         segment_entries=config.audit.segment_entries)
    tagger = Tagger(TagKeys(config.audit.tag_keys, config.audit.tag_epoch_days * 86400))
    health = HealthChecker(parts.models.models, config.local_health_seconds) \
        if config.local_health_seconds > 0 and parts.models.models else None
    metrics = PrometheusMetrics() if config.metrics.listen else None
    pipeline = _pipeline(config, parts, audit, redactor, tagger, health, metrics,
                         conversations)
    pipeline.shadow = shadow_for(config, parts.models, audit)
    return pipeline, audit


def shadow_for(config: Config, models: ModelRegistry, audit: AuditSink
               ) -> ShadowEvaluator | None:
    """Shadow evaluation as ``shadow`` configures it; None when no app is opted in."""
    s = config.shadow
    if not s.apps:
        return None
    return ShadowEvaluator(ShadowSettings(
        rates=dict(s.apps), max_concurrent=s.max_concurrent,
        tokens_per_day=s.max_tokens_per_day, stop_file=s.stop_file, timeout_s=s.timeout_s,
        embeddings_model=s.embeddings_model, rubric=s.rubric), models, audit)


def build_explain_pipeline(config: Config, parts: Parts) -> tuple[Pipeline, str | None]:
    """The same pipeline for ``explain``: decides, records nothing (an in-memory sink; no audit
    file or key is touched), local models assumed up. Also returns why its hash tokens and
    surrogates cannot be the proxy's (no redaction key configured: the proxy draws a random
    one per process), or None when they are. Raises ConfigError when the proxy itself would
    refuse to start (a hash operator without a key)."""
    key = redaction_key(config, parts.rules)
    why = None if key is not None else (
        "no redaction key is configured (redaction.key_env), so the proxy draws a random one "
        "per process: its hash tokens and surrogates differ from any shown here")
    redactor = Redactor(key if key is not None else os.urandom(32))
    return _pipeline(config, parts, MemoryAuditLog(), redactor), why


def start_background(config: Config, parts: Parts, pipeline: Pipeline,
                     audit: FileAuditLog) -> list[str]:
    """Start the proxy's background work that :func:`build_pipeline` built: local model health
    checks, rule reloading, metrics. Returns lines to tell the operator."""
    told = []
    health = pipeline.health
    if isinstance(health, HealthChecker):
        health.start()
    if config.rules_reload_seconds > 0:

        def apply(rules: RuleSet) -> None:
            redactor_for(config, rules)  # a hash operator without a key is refused here too
            pipeline.rules = rules  # one attribute swap: each request sees one whole rule set

        RuleWatcher(list(config.rules), apply, config.rules_reload_seconds).start()
    metrics = pipeline.metrics
    if config.metrics.listen and isinstance(metrics, PrometheusMetrics):
        host, _, port = config.metrics.listen.rpartition(":")
        metrics.serve(host.strip("[]"), int(port))
        metrics.watch(10.0, lambda: audit.size, lambda: audit.last_signed_at,
                      lambda: health.status() if isinstance(health, HealthChecker) else {})
        told.append(f"metrics on http://{config.metrics.listen}/metrics")
    return told
