"""Shadow evaluation: a sampled allowed request, already answered by the closed API, is also
sent to the local model that would stand in for it, on the event loop, after the app has its
reply (the app's reply is never delayed or changed). Both answers are compared by the cosine
similarity of their embeddings (the local embeddings model, OpenAI-style /v1/embeddings) and,
with a rubric configured, by the local model as a judge. The record keeps scores only:
latencies, token counts, similarity, verdict, rubric id; never a text.

Only requests decided ``allow`` with no finding are sampled (nothing sensitive goes anywhere
it was not already allowed to go, and the local model is inside the perimeter anyway). Limits:
shadow calls at once, local tokens per UTC day, and a stop switch (a file) that stops new and
running calls at once. Every sampled request gets a record: compared, failed (where) or
skipped (which limit)."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import structlog

from sovereign.audit.records import ShadowRecord
from sovereign.audit.writer import AuditError, AuditSink
from sovereign.exchange import EndpointKind, SegmentKind
from sovereign.providers.base import LocalTarget, ParsedRequest, RequestError, WireFormat
from sovereign.providers.registry import Classified
from sovereign.providers.usage import LOCAL_FORMATS, USAGE, Usage, read_body
from sovereign.route.fit import misfit
from sovereign.route.models import LocalModel, ModelRegistry, NoLocalModel
from sovereign.shadow.rubrics import RUBRICS, Rubric
from sovereign.shadow.sampling import Budget, Sampler, Switch

log = structlog.get_logger("sovereign.shadow")

MAX_QUESTION_CHARS = 8000  # of the request's text shown to the judge
JUDGE_MAX_TOKENS = 8


class LocalClient(Protocol):
    """The seam to the local models: POST a JSON body, get (status, body)."""

    async def post(self, url: str, headers: Mapping[str, str], body: bytes,
                   timeout_s: float) -> tuple[int, bytes]: ...


class HttpLocalClient:
    """httpx, never through a proxy from the environment (the local model is inside)."""

    async def post(self, url: str, headers: Mapping[str, str], body: bytes,
                   timeout_s: float) -> tuple[int, bytes]:
        async with httpx.AsyncClient(trust_env=False, timeout=timeout_s) as client:
            r = await client.post(url, content=body, headers=dict(headers))
            return r.status_code, r.content


class ShadowFailed(Exception):
    """A step of a shadow call failed; the message is a code (never a value)."""


class Stopped(Exception):
    """The stop switch was thrown during the call."""


@dataclass(frozen=True)
class Ticket:
    """A sampled request: what the shadow call needs once the closed reply is in."""

    decision: str
    app: str | None
    provider: str
    model: str | None
    classified: Classified
    body: bytes  # the request as it was sent to the closed API


@dataclass(frozen=True)
class _Prepared:
    parsed: ParsedRequest
    local: LocalModel
    target: LocalTarget
    wire: WireFormat


@dataclass(frozen=True)
class Settings:
    rates: Mapping[str, float]
    max_concurrent: int = 2
    tokens_per_day: int = 1_000_000
    stop_file: Path = Path("./var/shadow.stop")
    timeout_s: float = 60.0
    embeddings_model: str | None = None
    rubric: str | None = None


def cosine(a: list[float], b: list[float]) -> float | None:
    if len(a) != len(b) or not a:
        return None
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if not na or not nb:
        return None
    return max(-1.0, min(1.0, sum(x * y for x, y in zip(a, b, strict=True)) / (na * nb)))


class ShadowEvaluator:
    def __init__(self, settings: Settings, models: ModelRegistry, audit: AuditSink,
                 client: LocalClient | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 day_clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.models = models
        self.audit = audit
        self.client: LocalClient = client or HttpLocalClient()
        self.sampler = Sampler(settings.rates)
        self.budget = Budget(settings.max_concurrent, settings.tokens_per_day, day_clock)
        self.switch = Switch(settings.stop_file)
        self.rubric: Rubric | None = RUBRICS[settings.rubric] if settings.rubric else None
        self._clock = clock
        self.tasks: set[asyncio.Task[ShadowRecord]] = set()
        # sampled; compared, failed, skipped (by status); status:error
        self.counts: Counter[str] = Counter()

    # -- on the request path (cheap, never raises) ---------------------------------------------

    def sample(self, *, decision: str, action: str, findings: int, app: str | None,
               provider: str, model: str | None, classified: Classified | None,
               body: bytes | None) -> Ticket | None:
        """A ticket when this request is to be shadowed: allowed, nothing found, a chat
        request with a local equivalent, its app opted in and sampled, the switch on."""
        if (action != "allow" or findings or body is None or classified is None
                or classified.endpoint is not EndpointKind.CHAT or classified.route is None
                or classified.route.local is None or not self.settings.rates.get(app or "")):
            return None
        if self.switch.stopped or not self.sampler.take(app):
            return None
        self.counts["sampled"] += 1
        return Ticket(decision, app, provider, model, classified, body)

    def submit(self, ticket: Ticket, closed_text: str, closed_latency_ms: float | None,
               closed_usage: Usage) -> asyncio.Task[ShadowRecord]:
        """Start the shadow call for *ticket* on the running loop (the app has its reply)."""
        task = asyncio.get_running_loop().create_task(
            self.run(ticket, closed_text, closed_latency_ms, closed_usage))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    # -- the shadow call ------------------------------------------------------------------------

    async def run(self, ticket: Ticket, closed_text: str, closed_latency_ms: float | None,
                  closed_usage: Usage) -> ShadowRecord:
        base = ShadowRecord(
            decision=ticket.decision, status="compared", app=ticket.app,
            provider=ticket.provider, model=ticket.model, closed_latency_ms=closed_latency_ms,
            closed_input_tokens=closed_usage.input_tokens,
            closed_output_tokens=closed_usage.output_tokens)
        fields: dict[str, Any] = dict(base.__dict__)

        def record(status: str, error: str | None = None) -> ShadowRecord:
            return self._write(ShadowRecord(**{**fields, "status": status, "error": error}))

        if self.switch.stopped:
            return record("skipped", "stopped")
        try:
            prepared = self._prepare(ticket)
        except ShadowFailed as exc:
            return record("failed", str(exc))
        fields["local_model"] = prepared.local.name
        refused = self.budget.acquire()
        if refused is not None:
            return record("skipped", refused)
        spent = [0]
        try:
            await self._compare(prepared, closed_text, spent, fields)
            return record("compared")
        except Stopped:
            return record("skipped", "stopped")
        except ShadowFailed as exc:
            return record("failed", str(exc))
        except Exception as exc:  # noqa: BLE001 - a shadow call never reaches the app; count it
            log.error("shadow_failed", decision=ticket.decision, error=type(exc).__name__)
            return record("failed", "internal_error")
        finally:
            self.budget.release(spent[0])

    def _write(self, record: ShadowRecord) -> ShadowRecord:
        self.counts[record.status] += 1
        if record.error:
            self.counts[f"{record.status}:{record.error}"] += 1

        def written(done: Any) -> None:
            exc = done.exception()
            if isinstance(exc, AuditError):
                log.error("audit_failed", decision=record.decision, error=str(exc))

        self.audit.submit(record.to_json()).add_done_callback(written)
        log.info("shadow", decision=record.decision, status=record.status, error=record.error,
                 similarity=record.similarity, verdict=record.verdict)
        return record

    def _check(self) -> None:
        if self.switch.stopped:
            raise Stopped

    async def _post(self, url: str, headers: Mapping[str, str], doc: Any
                    ) -> tuple[dict[str, Any], float]:
        self._check()
        body = json.dumps(doc, ensure_ascii=True).encode("ascii")
        started = self._clock()
        try:
            status, raw = await self.client.post(url, headers, body, self.settings.timeout_s)
        except (TimeoutError, httpx.TimeoutException):
            raise ShadowFailed("local_timeout") from None
        except (OSError, httpx.HTTPError):
            raise ShadowFailed("local_unreachable") from None
        elapsed = round((self._clock() - started) * 1000, 1)
        self._check()
        if status != 200:
            raise ShadowFailed(f"local_status_{status}")
        try:
            out = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ShadowFailed("local_unreadable") from None
        if not isinstance(out, dict):
            raise ShadowFailed("local_unreadable")
        return out, elapsed

    @staticmethod
    def _headers(model: LocalModel) -> dict[str, str]:
        headers = {"content-type": "application/json", "accept-encoding": "identity"}
        if (key := model.api_key()) is not None:
            headers["authorization"] = f"Bearer {key}"
        return headers

    def _prepare(self, ticket: Ticket) -> _Prepared:
        """The local request for *ticket*: read, its local model picked (no I/O)."""
        c = ticket.classified
        route = c.route
        assert route is not None and route.local is not None
        target, wire = route.local, c.wire
        try:
            parsed = wire.parse_request(c.provider.name, c.endpoint, ticket.body, c.path)
        except RequestError:
            raise ShadowFailed("unreadable_request") from None
        if wire.continues_remote_state(parsed.doc):
            raise ShadowFailed("remote_state")  # the local model never saw that history
        try:
            local = self.models.pick(parsed.exchange.model, None, target.capability)
        except NoLocalModel:
            raise ShadowFailed("no_local_model") from None
        if misfit(local, parsed.exchange, parsed.doc, wire):
            raise ShadowFailed("local_misfit")
        return _Prepared(parsed, local, target, wire)

    async def _compare(self, prepared: _Prepared, closed_text: str, spent: list[int],
                       fields: dict[str, Any]) -> None:
        """Ask the local model, embed both answers, judge: *fields* gets the scores as they
        come (a step that fails leaves those before it)."""
        parsed, local, target, wire = (prepared.parsed, prepared.local, prepared.target,
                                       prepared.wire)
        if target.translator is not None:
            doc = target.translator.request(parsed, local.name)
        else:
            doc = parsed.doc
            wire.set_model(doc, local.name)
        if isinstance(doc, dict):  # one whole answer: nothing here reads a stream
            doc.pop("stream_options", None)
            if "stream" in doc:
                doc["stream"] = False
        local_format = LOCAL_FORMATS.get(target.path, wire.name)
        spec = USAGE.get(local_format)
        if spec is None:
            raise ShadowFailed("unreadable_reply")
        base = local.server_root if target.root else local.base_url
        reply, latency = await self._post(base + target.path, self._headers(local), doc)
        usage, local_text = read_body(spec, json.dumps(reply).encode())
        spent[0] += (usage.input_tokens or 0) + (usage.output_tokens or 0)
        fields.update(local_latency_ms=latency, local_input_tokens=usage.input_tokens,
                      local_output_tokens=usage.output_tokens)
        if not local_text or not closed_text:
            raise ShadowFailed("empty_answer")
        embedder = self._embedder()
        if embedder is None and self.rubric is None:
            raise ShadowFailed("no_embeddings_model")
        if embedder is not None:
            out, _ = await self._post(embedder.base_url + "/embeddings", self._headers(embedder),
                                      {"model": embedder.name,
                                       "input": [closed_text, local_text]})
            spent[0] += _whole((out.get("usage") or {}).get("total_tokens"))
            vectors = _vectors(out)
            if vectors is None:
                raise ShadowFailed("embeddings_unreadable")
            fields.update(similarity=_round(cosine(*vectors)), embeddings_model=embedder.name)
        if self.rubric is not None:
            question = "\n".join(s.text for s in parsed.exchange.segments
                                 if s.kind is SegmentKind.TEXT)[:MAX_QUESTION_CHARS]
            judged, _ = await self._post(local.base_url + "/chat/completions",
                                         self._headers(local), {
                "model": local.name, "temperature": 0, "max_tokens": JUDGE_MAX_TOKENS,
                "messages": [{"role": "system", "content": self.rubric.instructions},
                             {"role": "user", "content": self.rubric.prompt(
                                 question, closed_text, local_text)}]})
            judge_usage, verdict_text = read_body(USAGE["openai_chat"],
                                                  json.dumps(judged).encode())
            spent[0] += (judge_usage.input_tokens or 0) + (judge_usage.output_tokens or 0)
            fields.update(verdict=self.rubric.verdict(verdict_text), rubric=self.rubric.id)

    def _embedder(self) -> LocalModel | None:
        name = self.settings.embeddings_model
        try:
            return self.models.pick(None, name, "embeddings")
        except NoLocalModel:
            return None

    async def drain(self) -> None:
        """Wait for the shadow calls under way (tests, shutdown)."""
        while self.tasks:
            await asyncio.wait(list(self.tasks))


def _whole(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _vectors(doc: dict[str, Any]) -> tuple[list[float], list[float]] | None:
    data = doc.get("data")
    if not isinstance(data, list) or len(data) != 2:
        return None
    ordered = sorted(data, key=lambda d: d.get("index", 0) if isinstance(d, dict) else 0)
    out = []
    for item in ordered:
        vector = item.get("embedding") if isinstance(item, dict) else None
        if not isinstance(vector, list) or not all(
                isinstance(x, int | float) and not isinstance(x, bool) for x in vector):
            return None
        out.append([float(x) for x in vector])
    return out[0], out[1]
