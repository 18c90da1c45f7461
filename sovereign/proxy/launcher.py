"""Run mitmproxy embedded, with only our addon's behaviour on top of its defaults."""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import structlog
from mitmproxy import options
from mitmproxy.addons.errorcheck import ErrorCheckHandler
from mitmproxy.addons.proxyserver import Proxyserver
from mitmproxy.proxy.mode_specs import ProxyMode
from mitmproxy.tools.dump import DumpMaster

from sovereign.config import Config
from sovereign.discovery import INSPECT, TunnelWatch
from sovereign.perms import check_private_file
from sovereign.pipeline import Pipeline
from sovereign.proxy.addon import SovereignAddon
from sovereign.proxy.intercept import Intercept, keep_request_trailers

log = structlog.get_logger("sovereign.proxy")
CA_FILE = "mitmproxy-ca-cert.pem"


def ca_path(confdir: Path) -> Path:
    return confdir / CA_FILE


def ensure_ca(confdir: Path) -> Path:
    """Create mitmproxy's CA in *confdir* if it is not there yet (private key 0600)."""
    from mitmproxy.certs import CertStore

    confdir.mkdir(parents=True, exist_ok=True, mode=0o700)
    check_private_file(confdir / "mitmproxy-ca.pem", "the proxy CA's private key")
    check_private_file(confdir / "mitmproxy-ca.p12", "the proxy CA's private key")
    CertStore.from_store(str(confdir), "mitmproxy", 2048)
    return ca_path(confdir)


class StartupFailed(Exception):
    """The proxy could not start; the message says what to change (in config keys, not in
    mitmproxy's command-line flags, which ``sovereign run`` does not take)."""


def _listen_problem(config: Config, index: int, exc: BaseException | None) -> str:
    spec = config.modes[index]
    mode = ProxyMode.parse(spec)
    host = mode.listen_host(config.listen_host) or "*"
    port = mode.listen_port(config.listen_port)
    code = exc.errno if isinstance(exc, OSError) else None
    reason = os.strerror(code) if code else "it did not start"
    key = f"modes[{index}] ('{spec}')" if mode.custom_listen_port is not None else \
        f"listen ({config.listen})"
    hint = "another process holds this port" if code == errno.EADDRINUSE else \
        "this address cannot be used here" if code in (errno.EADDRNOTAVAIL, errno.EACCES) else \
        "see the log above"
    return (f"cannot listen on {host}:{port} for mode '{spec}': {reason} ({hint}); "
            f"change {key} in the configuration")


class _DropListenHints(logging.Filter):
    """mitmproxy logs a listener that did not bind with a hint in its own CLI flags
    (``--mode regular@8082``), which ``sovereign run`` does not take; _StartupCheck says it in
    config keys instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "failed to listen on" not in record.getMessage()


_PROXYSERVER_LOG = logging.getLogger("mitmproxy.addons.proxyserver")


class _StartupCheck:
    """Takes the place of mitmproxy's errorcheck (same name, called by ``Master.run`` before
    and after the listeners are set up): a listener that did not bind, or any error logged
    during start-up, stops start-up with :class:`StartupFailed` instead of mitmproxy's exit
    with its own command-line hint."""

    name = "errorcheck"

    def __init__(self, proxy: EmbeddedProxy) -> None:
        self._proxy = proxy
        self._errors = ErrorCheckHandler()
        self._errors.install()
        self._checks = 0
        self._drop = _DropListenHints()
        _PROXYSERVER_LOG.addFilter(self._drop)

    def finish(self) -> None:
        self._errors.uninstall()
        _PROXYSERVER_LOG.removeFilter(self._drop)

    async def shutdown_if_errored(self) -> None:
        await asyncio.sleep(0)  # let pending log records arrive, as mitmproxy's check does
        self._checks += 1  # the first check comes before the listeners are set up
        problems = self._proxy.listen_problems() if self._checks > 1 else []
        if problems:
            self.finish()
            raise StartupFailed("\n".join(problems))
        if self._errors.has_errored:
            self.finish()
            raise StartupFailed(f"{len(self._errors.has_errored)} error(s) logged during "
                                "start-up (see the log above)")


class _Announce:
    """Tells the operator (and test harnesses) where the proxy listens once it really does."""

    def __init__(self, on_ready: Callable[[], None]) -> None:
        self._on_ready = on_ready

    def running(self) -> None:
        self._on_ready()


class EmbeddedProxy:
    """mitmproxy with our addon. ``run()`` until ``shutdown()`` (thread-safe) or a signal."""

    def __init__(self, config: Config, pipeline: Pipeline,
                 checkpoint: Callable[[], object] | None = None,
                 checkpoint_every_s: float = 5.0, grace_s: float = 30.0) -> None:
        self.config = config
        self.pipeline = pipeline
        self._checkpoint = checkpoint
        self._every = checkpoint_every_s
        self.grace_s = grace_s
        self._master: DumpMaster | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def ca_path(self) -> Path:
        return ca_path(self.config.confdir)

    def listen_problems(self) -> list[str]:
        """One line per configured mode whose listener is not running (after set-up)."""
        master = self._master
        server = master.addons.get("proxyserver") if master is not None else None
        if not isinstance(server, Proxyserver):
            return ["mitmproxy's proxy server is missing"]
        problems = []
        for index, spec in enumerate(self.config.modes):
            try:
                instance = server.servers[spec]
            except KeyError:
                problems.append(_listen_problem(self.config, index, None))
                continue
            if not instance.is_running:
                problems.append(_listen_problem(self.config, index, instance.last_exception))
        return problems

    async def run(self, on_ready: Callable[[], None], handle_signals: bool = False) -> None:
        ensure_ca(self.config.confdir)
        self._loop = asyncio.get_running_loop()
        opts = options.Options(
            listen_host=self.config.listen_host,
            listen_port=self.config.listen_port,
            confdir=str(self.config.confdir),
            mode=list(self.config.modes),
        )
        master = DumpMaster(opts, with_termlog=False, with_dumper=False)
        mitm_check = master.addons.get("errorcheck")
        mitm_check.finish()
        master.addons.remove(mitm_check)
        master.options.update(
            connection_strategy="lazy",  # decide before contacting the closed API
            # hard ceiling; the pipeline refuses earlier, in the caller's format
            body_size_limit=str(self.config.limits.max_body_bytes * 4),
            stream_large_bodies=None,  # request bodies are always read whole and scanned
        )
        self.addon = SovereignAddon(self.pipeline)
        # only LLM API hosts (in any spelling, named by any source) are intercepted; every
        # other host passes through as raw TLS: our decision replaces mitmproxy's allow_hosts
        master.addons.remove(master.addons.get("nextlayer"))
        keep_request_trailers()
        pipeline = self.pipeline
        watch = TunnelWatch(pipeline.audit, pipeline.metrics)  # no silent pass-through
        master.addons.add(Intercept(lambda name: pipeline.registry.provider_for_host(name)
                                    is not None, on_tunnel=watch.tunnelled,
                                    intercept_all=self.config.unknown_llm_hosts == INSPECT),
                          self.addon, _StartupCheck(self), _Announce(on_ready))
        self._master = master
        if handle_signals:
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._loop.add_signal_handler(sig, self._on_signal)
        ticker = None
        if self._checkpoint is not None:
            ticker = asyncio.create_task(_tick(self._checkpoint, self._every))
        try:
            await master.run()
        finally:
            if ticker is not None:
                ticker.cancel()

    def shutdown(self) -> None:
        if self._master is not None:
            self._master.shutdown()

    def _on_signal(self) -> None:
        if self.addon.draining:  # a second signal: stop now
            self.shutdown()
            return
        self._drain_task = asyncio.ensure_future(self.drain_then_stop())

    async def drain_then_stop(self) -> None:
        """Graceful shutdown: take no new LLM request, let those in flight finish (up to the
        grace period), then stop; the caller then checkpoints and closes the audit log."""
        self.addon.draining = True
        log.info("draining", count=self.addon.in_flight)
        deadline = asyncio.get_running_loop().time() + self.grace_s
        while self.addon.in_flight > 0 and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        self.shutdown()


async def _tick(fn: Callable[[], object], every: float) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            await asyncio.to_thread(fn)
        except Exception as exc:  # noqa: BLE001 - logged; the next append refuses if it persists
            log.error("checkpoint_failed", error=type(exc).__name__)


@contextmanager
def running_in_thread(config: Config, pipeline: Pipeline) -> Iterator[EmbeddedProxy]:
    """The proxy on its own event loop in a background thread (tests, the demo)."""
    proxy = EmbeddedProxy(config, pipeline)
    ready = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(proxy.run(ready.set))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            errors.append(exc)
            ready.set()

    thread = threading.Thread(target=run, name="proxy", daemon=True)
    thread.start()
    if not ready.wait(60) or errors:
        raise RuntimeError(f"the proxy did not start: {[type(e).__name__ for e in errors]}")
    try:
        yield proxy
    finally:
        proxy.shutdown()
        thread.join(10)
