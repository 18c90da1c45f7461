"""Run mitmproxy embedded, with only our addon's behaviour on top of its defaults."""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import structlog
from mitmproxy import options
from mitmproxy.tools.dump import DumpMaster

from sovereign.config import Config
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
        master.addons.add(Intercept(lambda name: pipeline.registry.provider_for_host(name)
                                    is not None),
                          self.addon, _Announce(on_ready))
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
