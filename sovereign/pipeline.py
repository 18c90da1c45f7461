"""The request pipeline, sans-IO: classify → parse → detect → decide → audit → plan.

The mitmproxy addon hands in a :class:`Request` and applies the :class:`Plan` it gets back;
everything between is pure except the injected seams (detector, audit sink, clock, probe).
Every path that cannot be completed ends in a refusal in the caller's API format.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import json
import os
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import structlog

from sovereign.assess import Assessment, Deadline, DeadlinePassed, assess
from sovereign.audit.records import DecisionRecord, FailureRecord, OutcomeRecord
from sovereign.audit.tags import Tagger
from sovereign.audit.writer import AuditError, AuditSink
from sovereign.decompress import DEFAULT_MAX_RATIO, Bounds, DecodeError, InflateLimit, decode_body
from sovereign.detect.detector import Detector, Span
from sovereign.exchange import Action, Locator, RuleMatch, Segment, SegmentKind
from sovereign.metrics import MetricsSink, NoMetrics
from sovereign.policy.decide import NO_SOURCE, Source
from sovereign.policy.loader import RuleSet
from sovereign.positions import holds_header, holds_host, scrub
from sovereign.providers.base import (
    ConversationRef,
    ParsedRequest,
    ReplyHandler,
    RequestError,
    WireFormat,
)
from sovereign.providers.discover import discover
from sovereign.providers.envelope import CREDENTIAL_HEADERS, caller_credential, envelope_segments
from sovereign.providers.hosts import normalise_host
from sovereign.providers.jsonpath import get_at, set_at
from sovereign.providers.registry import DEFAULT, Classified, Registry
from sovereign.providers.sigv4 import CredentialSource, resign
from sovereign.providers.usage import Usage, ask_stream_usage
from sovereign.records import base_record, route_label, with_assessment, with_tags
from sovereign.redact.conversations import (
    ConversationVaults,
    StoreUnavailable,
    VaultStore,
    caller_key,
)
from sovereign.redact.reply import RestorePlaceholders
from sovereign.redact.rewrite import Operator, Redactor
from sovereign.redact.vault import Vault
from sovereign.route.fit import misfit
from sovereign.route.health import AssumeUp, HealthView
from sovereign.route.models import ModelRegistry, NoLocalModel
from sovereign.shadow.evaluate import ShadowEvaluator

log = structlog.get_logger("sovereign.pipeline")

DECISION_HEADER = "x-sovereign-decision"
# Credentials of the closed provider (never sent to a local model) are CREDENTIAL_HEADERS,
# from providers/envelope.py.


@dataclass(frozen=True)
class Request:
    method: str
    host: str
    path: str  # with query
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    client: str = ""
    declared_size: int | None = None  # Content-Length, when only the headers are known yet
    content_encoding: str = ""  # the body as received; decoded (bounded) before it is read
    trailers: bool = False  # a chunked body ended with trailer fields
    # every host name the request carries (CONNECT target, TLS SNI, Host), normalised
    names: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return max(len(self.body), self.declared_size or 0)


@dataclass(frozen=True)
class Recording:
    """A plan's decision record on its way to disk: the plan may act only once it is durable
    (:meth:`Pipeline.release`)."""

    durable: concurrent.futures.Future[int]
    record: DecisionRecord
    unavailable: Respond  # the answer instead, when the record could not be written


@dataclass(frozen=True)
class Respond:
    """Answer the app directly; nothing is sent anywhere."""

    status: int
    body: bytes
    decision_id: str
    headers: Mapping[str, str] = field(default_factory=dict)
    audit: Recording | None = field(default=None, compare=False)  # None: released


@dataclass(frozen=True)
class Account:
    """What a forwarded request's outcome record accounts for (as its decision record keeps
    it), and whether the proxy asked for usage in its stream on the app's behalf (then what
    asking added to the reply is taken out again: providers/usage.py)."""

    provider: str
    model: str | None
    app: str | None
    action: str
    local_model: str | None
    findings: int  # in the body (a header finding does not count)
    classified: Classified | None = field(default=None, compare=False)
    strip_usage: bool = False


@dataclass(frozen=True)
class Forward:
    """Send the request on, possibly changed, possibly elsewhere."""

    decision_id: str
    action: Action
    body: bytes | None = None  # None: unchanged
    url: str | None = None  # None: the original destination
    drop_headers: tuple[str, ...] = ()
    set_headers: Mapping[str, str] = field(default_factory=dict)
    reply: ReplyHandler | None = None
    local: bool = False
    probe_url: str | None = None  # checked for reachability before sending (route_local)
    audit: Recording | None = field(default=None, compare=False)  # None: released
    # the caller's API format (errors after sending are answered in it, a stream's last
    # event is read in it) and where the request went, as recorded (never a raw URL)
    wire: WireFormat | None = None
    destination: str = ""
    account: Account | None = None  # what the outcome record accounts for


@dataclass(frozen=True)
class PassThrough:
    """Not an LLM API call: untouched."""


Plan = Respond | Forward | PassThrough


@dataclass(frozen=True)
class Settings:
    max_body_bytes: int = 4 * 1024 * 1024
    # a compressed body may inflate to max_body_bytes, and beyond 1 MiB to at most this many
    # times its compressed size
    max_inflate_ratio: float = DEFAULT_MAX_RATIO
    upstreams: Mapping[str, str] = field(default_factory=dict)
    # detection that takes longer than this is decided by `deadline_action`, not waited for
    decision_deadline_s: float = 10.0
    deadline_action: Action = Action.BLOCK
    app_header: str = "x-sovereign-app"  # the app identity header for source conditions
    # unknown_llm_hosts: inspect — a request to a host outside the catalogue whose body reads
    # as an LLM call is decided like a catalogued one (providers/discover.py)
    inspect_unknown: bool = False


def _new_id() -> str:
    return "dec_" + uuid.uuid4().hex


class Pipeline:
    def __init__(
        self,
        *,
        detector: Detector,
        rules: RuleSet,
        models: ModelRegistry,
        audit: AuditSink,
        settings: Settings,
        registry: Registry = DEFAULT,
        redactor: Redactor | None = None,
        conversations: VaultStore | None = None,
        tagger: Tagger | None = None,
        metrics: MetricsSink | None = None,
        health: HealthView | None = None,
        clock: Callable[[], float] = time.monotonic,
        signer: CredentialSource | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.registry = registry
        # the proxy's own identity for providers that sign over the body (AWS SigV4): a
        # redacted body is signed again with it; None (or none now): such requests are not
        # redacted but routed locally or blocked (_cannot_resign)
        self.signer = signer
        self._wall_clock = wall_clock
        self.redactor = redactor or Redactor(os.urandom(32))
        self.conversations: VaultStore = (conversations if conversations is not None
                                          else ConversationVaults())
        self.tagger = tagger
        self.metrics: MetricsSink = metrics or NoMetrics()
        self.health: HealthView = health or AssumeUp()
        # detection and redaction run on threads of their own (a lane for small requests,
        # one for large) so that slow work can be abandoned at the deadline (the request is
        # decided without it) instead of holding the request
        self._deadline = Deadline(settings.decision_deadline_s, settings.deadline_action)
        self.detector = detector
        self.rules = rules
        self.models = models
        self.audit = audit
        self.settings = settings
        self._clock = clock
        self.shadow: ShadowEvaluator | None = None  # shadow evaluation (app.py builds it)

    def executor_for(self, req: Request) -> concurrent.futures.Executor | None:
        """Where to run handle(*req*): small requests on threads of their own (see
        assess.Deadline), others on the caller's default executor (None)."""
        return self._deadline.entry(req.size)

    def assess(self, classified: Classified, body: bytes, size: int,
               source: Source = NO_SOURCE, envelope: Sequence[Segment] = ()) -> Assessment:
        started = time.perf_counter()
        result = assess(classified, body, size, self.detector, self.rules,
                        self._deadline.begin(size),
                        source, envelope)
        if result.parsed is not None:
            self.metrics.detection(time.perf_counter() - started)
        return result

    # -- the request path ----------------------------------------------------------------------

    def handle(self, req: Request, observe: Callable[[Assessment], None] | None = None) -> Plan:
        """The plan for *req*, released (waits for its decision record to be durable).
        *observe* is shown the assessment the plan comes from (``explain``), when there is one."""
        return self.release(self.decide(req, observe))

    def decide(self, req: Request, observe: Callable[[Assessment], None] | None = None) -> Plan:
        """The plan for *req*, its decision record queued for the audit log: hand it to
        :meth:`release` once ``plan.audit.durable`` is done (an event loop awaits it)."""
        classified = self.registry.classify(req.host, req.method, req.path) \
            or self._discovered(req)
        if classified is None:
            return PassThrough()
        decision_id = _new_id()
        wire = classified.wire
        app = req.headers.get(self.settings.app_header)
        base = base_record(decision_id, classified, method=req.method, host=req.host,
                           client=req.client, app=app, body_bytes=req.size)
        if req.size > self.settings.max_body_bytes:
            return self._refuse(base, wire, 413, "body_too_large",
                                f"request body is larger than the proxy's limit of "
                                f"{self.settings.max_body_bytes} bytes")
        if len(set(req.names)) > 1:  # e.g. TLS SNI of one host, Host header of another
            return self._refuse(base, wire, 421, "host_mismatch",
                                "the request names more than one host (proxy target, TLS SNI, "
                                "Host header): the proxy does not guess which one it is for")
        if req.trailers:  # header fields after the body: nothing reads or forwards them
            return self._refuse(base, wire, 400, "trailers_not_supported",
                                "request bodies with trailer fields are not accepted; send the "
                                "fields as headers")
        try:
            body = decode_body(req.body, req.content_encoding,
                               Bounds(self.settings.max_body_bytes,
                                      self.settings.max_inflate_ratio))
        except InflateLimit as exc:
            return self._refuse(dataclasses.replace(base, inflate_limit=exc.reason), wire, 413,
                                "body_too_large", str(exc))
        except DecodeError as exc:
            return self._refuse(base, wire, 400, "undecodable_body", str(exc))
        try:
            source = Source(host=req.host, client=req.client, app=app)
            envelope = envelope_segments(
                req.headers, req.path, classified.path, classified.route is not None,
                classified.provider.host_value(normalise_host(req.host) or req.host))
            assessment = self.assess(classified, body, max(req.size, len(body)), source,
                                     envelope)
        except RequestError as exc:
            return self._refuse(base, wire, 400, "malformed_request", str(exc))
        except Exception as exc:  # noqa: BLE001 - fail closed on any detector/policy failure
            log.error("assessment_failed", decision=decision_id, error=type(exc).__name__)
            return self._refuse(base, wire, 503, "inspection_failed",
                                "the proxy could not inspect this request, so it was not sent")
        if observe is not None:
            observe(assessment)
        plan = self._act(req, base, assessment)
        if body is not req.body and isinstance(plan, Forward) and plan.body is None:
            # forward exactly the bytes that were scanned: decoded, without content-encoding
            plan = dataclasses.replace(plan, body=body)
        if isinstance(plan, Forward):
            plan = self._accounted(plan, assessment, body)
        return plan

    def _accounted(self, plan: Forward, a: Assessment, body: bytes) -> Forward:
        """*plan* with what its outcome record accounts for; a stream whose format reports
        usage only when asked is asked (the app's reply is left as it would have been)."""
        if plan.audit is None:
            return plan
        record = plan.audit.record
        local = a.classified.route.local if a.classified.route is not None else None
        translated = plan.local and local is not None and local.translator is not None
        asked = None if translated else ask_stream_usage(
            a.classified.wire.name, record.provider, plan.local,
            plan.body if plan.body is not None else body)
        # findings in the body (what a shadow call would send on); one in a header the app
        # set (a user agent read as an organisation) stays with the request
        segments = a.parsed.exchange.segments if a.parsed is not None else ()
        in_body = sum(1 for f in a.findings
                      if f.segment >= len(segments) or segments[f.segment].kind.body)
        account = Account(record.provider, record.model, record.app, record.action,
                          record.local_model, in_body, a.classified,
                          strip_usage=asked is not None)
        return dataclasses.replace(plan, account=account,
                                   body=asked if asked is not None else plan.body)

    def _discovered(self, req: Request) -> Classified | None:
        """With ``unknown_llm_hosts: inspect``, a request to a host outside the catalogue
        whose body reads as an LLM call ("shadow AI"); None for anything else (passed on)."""
        if not self.settings.inspect_unknown or not req.body:
            return None
        try:
            body = decode_body(req.body, req.content_encoding,
                               Bounds(self.settings.max_body_bytes,
                                      self.settings.max_inflate_ratio))
        except (InflateLimit, DecodeError):
            return None
        found = discover(req.method, req.path, body)
        if found is not None:
            log.info("llm_call_discovered", host=normalise_host(req.host) or "(address)",
                     format=found.wire.name)
        return found

    def _act(self, req: Request, base: DecisionRecord, a: Assessment) -> Plan:
        decision, parsed, wire = a.decision, a.parsed, a.classified.wire
        record = with_assessment(base, a)
        if parsed is not None:  # the app header and a wildcard host's name are content too
            segments = parsed.exchange.segments
            record = dataclasses.replace(
                record, app=scrub(base.app, a.findings, segments,
                                  holds_header(self.settings.app_header)),
                host=scrub(base.host, a.findings, segments, holds_host) or base.host)
        if self.tagger is not None and parsed is not None and a.findings:
            segments = parsed.exchange.segments
            epoch, tags = self.tagger.tags(
                (f.entity_type, segments[f.segment].text[f.start : f.end]) for f in a.findings)
            record = with_tags(record, epoch, tags)
        decision_id = base.id
        if decision.action is Action.BLOCK:
            message = decision.message or "this request carries data that must not leave"
            return self._refuse(record, wire, 403, "blocked_by_policy", message, decided=True)
        route = a.classified.route
        if "upgrade" in req.headers and not (route is not None and route.websocket):
            # after the upstream's 101 every frame would pass unread: no route defines one
            return self._refuse(record, wire, 400, "upgrade_refused",
                                "protocol upgrades (websockets and others) are not accepted on "
                                "this endpoint; the proxy cannot read what would follow",
                                decided=True)
        if decision.action is Action.ALLOW:
            upstream = self._upstream_url(a, req)
            plan = Forward(decision_id, Action.ALLOW, url=upstream)
            if parsed is not None and (ref := wire.conversation_ref(parsed.doc)) is not None:
                # nothing to redact in this turn, but the reply may name an earlier turn's
                # tokens: restore them, and keep the vault for the turn after this one
                found = self._chain_vault(req, record, wire, ref)
                if isinstance(found, Respond):
                    return found
                caller, stored = found
                if stored:
                    plan = dataclasses.replace(
                        plan, set_headers={"accept-encoding": "identity"},
                        reply=RestorePlaceholders(stored, wire, remember=self._rememberer(
                            caller, ref, stored, decision_id)))
            return self._commit(record, plan, destination=self._destination(a, req), wire=wire)
        if parsed is None or a.classified.route is None:
            return self._refuse(record, wire, 403, "unreadable_request",
                                f"{decision.action.label} needs a request the proxy can read; "
                                "this endpoint is not one", decided=True)
        if decision.action is Action.REDACT:
            return self._redact(req, record, a, parsed)
        return self._route_local(record, a)

    def _redact(self, req: Request, record: DecisionRecord, a: Assessment,
                parsed: ParsedRequest) -> Plan:
        wire, decision = a.classified.wire, a.decision
        signing = a.classified.provider.signing
        creds = self.signer.get() if signing is not None and self.signer is not None else None
        if signing is not None and creds is None:
            return self._cannot_resign(record, a, parsed)
        ref = wire.conversation_ref(parsed.doc)
        found = self._chain_vault(req, record, wire, ref)
        if isinstance(found, Respond):
            return found
        caller, stored = found
        vault = stored or Vault()
        spans: dict[int, list[Span]] = {}
        for f in a.findings:
            spans.setdefault(f.segment, []).append(Span(f.start, f.end, f.entity_type, f.score))
        operators = {e: Operator(op) for e, op in decision.operators}
        args = (parsed.exchange.segments, spans, dict(decision.redact), operators, vault)
        try:  # the decision deadline covers redaction too
            result = (a.deadline.run(self.redactor.redact, *args) if a.deadline
                      else self.redactor.redact(*args))
        except DeadlinePassed:
            assert a.deadline is not None
            late = dataclasses.replace(a, decision=a.deadline.decision("redaction"))
            record = with_assessment(record, late)
            if late.decision.action is Action.ROUTE_LOCAL:
                return self._route_local(record, late)
            return self._refuse(record, wire, 403, "blocked_by_policy",
                                late.decision.message or "", decided=True)
        segments = parsed.exchange.segments
        keys: list[tuple[Locator, str]] = []
        for index, text in result.texts.items():
            segment = segments[index]
            if segment.kind is SegmentKind.KEY:
                keys.append((segment.locator, text))
            elif segment.kind.in_place:
                set_at(parsed.doc, segment.locator, text)
            else:  # positions.escalate sends these to the local model; a last guard
                return self._refuse(record, wire, 403, "cannot_redact_in_place",
                                    f"a value to redact is in {segment.kind.value} position, "
                                    "where no placeholder can stand", decided=True)
        if not _rename_keys(parsed.doc, keys):
            return self._refuse(record, wire, 403, "cannot_redact_in_place",
                                "an object key to redact would collide with another key of "
                                "its object", decided=True)
        record = dataclasses.replace(record, redacted=result.count)
        remember = self._rememberer(caller, ref, vault, record.id)
        upstream = self._upstream_url(a, req)
        body = _dump(parsed.doc)
        headers = {"accept-encoding": "identity"}
        drop: tuple[str, ...] = ()
        if signing is not None and creds is not None:  # signed again, by the proxy's identity
            view = {k: v for k, v in req.headers.items()
                    if k not in ("content-encoding", "transfer-encoding")} | headers
            headers |= resign(creds, signing, req.method, req.path,
                              req.headers.get("host") or req.host, view, body,
                              self._wall_clock())
            drop = ("x-amz-security-token",)  # the app's token went with its signature
        plan = Forward(record.id, Action.REDACT, body=body, url=upstream,
                       drop_headers=drop, set_headers=headers,
                       reply=RestorePlaceholders(vault, wire, remember=remember))
        return self._commit(record, plan, destination=self._destination(a, req), wire=wire)

    def _cannot_resign(self, record: DecisionRecord, a: Assessment,
                       parsed: ParsedRequest) -> Plan:
        """A redact decision for a provider that signs over the body (Bedrock) while the proxy
        has no identity of its own to sign the redacted body: the app's signature would not
        hold, and the original must not leave. It goes to the local model when one takes it,
        else it is blocked; the decision record says why (rule ``<provider>_cannot_resign``)."""
        name = f"{a.classified.provider.name}_cannot_resign"
        reason = ("the policy redacts this request, but its provider checks a signature over "
                  "the body and the proxy has no credentials of its own to sign the redacted "
                  "body (config: aws)")
        target = a.classified.route.local if a.classified.route is not None else None
        action = Action.BLOCK
        if target is not None:
            try:
                self.models.pick(parsed.exchange.model, a.decision.local_model,
                                 target.capability)
                action = Action.ROUTE_LOCAL
            except NoLocalModel:
                pass  # no local model takes it: blocked
        decision = dataclasses.replace(
            a.decision, action=action,
            matches=(*a.decision.matches, RuleMatch(name, "builtin", action, reason)),
            message=f"{reason}, so it was not sent")
        changed = dataclasses.replace(a, decision=decision)
        record = with_assessment(record, changed)
        if action is Action.ROUTE_LOCAL:
            return self._route_local(record, changed)
        return self._refuse(record, a.classified.wire, 403, name, decision.message or reason,
                            decided=True)

    def _chain_vault(self, req: Request, record: DecisionRecord, wire: WireFormat,
                     ref: ConversationRef | None) -> tuple[str, Vault | None] | Respond:
        """The caller's key and the vault stored for the conversation *ref* continues (None:
        none), or the refusal when the store cannot say: the tokens the provider holds are
        then unknown, and new ones could give one person two, or two people one."""
        caller = caller_key(caller_credential(req.headers, req.path, req.client))
        try:
            return caller, self.conversations.get(caller, ref.key) if ref else None
        except StoreUnavailable as exc:
            log.error("conversation_store_failed", decision=record.id, error=str(exc))
            return self._refuse(record, wire, 503, "conversation_store_unavailable",
                                "this request continues a conversation whose redaction vault "
                                "is in the conversation store, which cannot be reached; it "
                                "was not sent (retry shortly)", decided=True)

    def _rememberer(self, caller: str, ref: ConversationRef | None, vault: Vault,
                    decision_id: str) -> Callable[[str], None]:
        """What keeps *vault* under the id of the reply (and the lasting conversation) for
        the next turn; only formats with provider-held state call it, before the reply id
        reaches the app, so a next turn on any replica finds the vault."""
        conversations = self.conversations

        def remember(reply_id: str) -> None:
            try:
                conversations.put(caller, reply_id, vault)
                if ref and ref.lasting:
                    conversations.put(caller, ref.key, vault)
            except StoreUnavailable as exc:
                # the reply itself is restored from this vault; a next turn finds none and,
                # while the store is down, is refused
                log.error("conversation_store_failed", decision=decision_id, error=str(exc))

        return remember

    def _route_local(self, record: DecisionRecord, a: Assessment) -> Plan:
        decision, parsed, wire = a.decision, a.parsed, a.classified.wire
        route = a.classified.route
        assert parsed is not None and route is not None
        target = route.local
        if target is None:
            return self._refuse(record, wire, 403, "cannot_route_locally",
                                "the policy keeps this request inside the perimeter, but this "
                                "endpoint has no local equivalent", decided=True)
        if wire.continues_remote_state(parsed.doc):
            return self._refuse(record, wire, 403, "cannot_route_locally",
                                "the policy keeps this request inside the perimeter, but it "
                                "continues a conversation stored by the closed provider "
                                "(previous_response_id / conversation), which the local model "
                                "never saw; resend the full history instead", decided=True)
        try:
            local = self.models.pick(parsed.exchange.model, decision.local_model,
                                     target.capability)
        except NoLocalModel as exc:
            return self._refuse(record, wire, 503, "no_local_model", str(exc), decided=True)
        record = dataclasses.replace(record, local_model=local.name)
        if target.capability is None and (
                problem := misfit(local, parsed.exchange, parsed.doc, wire)):
            return self._refuse(record, wire, 400, problem[0], problem[1], decided=True)
        if self.health.is_down(local.name):
            return self._refuse(record, wire, 503, "local_model_unavailable",
                                f"the local model '{local.name}' is down (health check); the "
                                "request was not sent anywhere else", decided=True)
        if target.translator is not None:
            try:
                body = _dump(target.translator.request(parsed, local.name))
            except RequestError as exc:  # asks for what the local API cannot say
                return self._refuse(record, wire, 400, "malformed_request", str(exc),
                                    decided=True)
            reply: ReplyHandler | None = target.translator.reply(parsed)
        else:
            wire.set_model(parsed.doc, local.name)
            body, reply = _dump(parsed.doc), None
        headers = {"accept-encoding": "identity", "content-type": "application/json"}
        if (key := local.api_key()) is not None:
            headers["authorization"] = f"Bearer {key}"
        base = local.server_root if target.root else local.base_url
        plan = Forward(record.id, Action.ROUTE_LOCAL, body=body, url=base + target.path,
                       drop_headers=CREDENTIAL_HEADERS, set_headers=headers, local=True,
                       probe_url=local.base_url, reply=reply)
        return self._commit(record, plan, destination=f"local:{local.name}", wire=wire)

    def _destination(self, a: Assessment, req: Request) -> str:
        """Where the request goes, as recorded: the route's pattern, never the raw path or
        query (a value, or the caller's ``?key=``)."""
        upstream = self.settings.upstreams.get(a.classified.provider.name)
        if upstream:
            return upstream.rstrip("/") + route_label(a.classified)
        segments = a.parsed.exchange.segments if a.parsed else ()
        return scrub(req.host, a.findings, segments, holds_host) or req.host

    def _upstream_url(self, a: Assessment, req: Request) -> str | None:
        upstream = self.settings.upstreams.get(a.classified.provider.name)
        return upstream.rstrip("/") + req.path if upstream else None

    # -- audit, then act -----------------------------------------------------------------------

    def _commit(self, record: DecisionRecord, plan: Forward, destination: str,
                wire: WireFormat) -> Plan:
        record = dataclasses.replace(record, destination=destination)
        plan = dataclasses.replace(plan, wire=wire, destination=destination)
        return self._recorded(record, plan, wire)

    def _refuse(self, record: DecisionRecord, wire: WireFormat, status: int, code: str,
                message: str, decided: bool = False) -> Respond:
        """Answer with an error and audit it; *decided* when the record already holds a decision."""
        record = dataclasses.replace(record, action=record.action if decided else "block",
                                     destination="none", refusal=code, status=status)
        return self._recorded(record, error_response(wire, status, code, message, record.id),
                              wire)

    def _recorded[P: (Respond, Forward)](self, record: DecisionRecord, plan: P,
                                         wire: WireFormat) -> P:
        """*plan* with its decision record queued; nothing acts on it before it is durable."""
        unavailable = error_response(wire, 503, "audit_unavailable",
                                     "the audit log cannot record decisions, so nothing is sent",
                                     record.id)
        return dataclasses.replace(
            plan, audit=Recording(self.audit.submit(record.to_json()), record, unavailable))

    def release(self, plan: Plan) -> Plan:
        """*plan* once its decision record is durable (waits for it), or the refusal that
        replaces it when the record could not be written."""
        if isinstance(plan, PassThrough) or plan.audit is None:
            return plan
        recording, record = plan.audit, plan.audit.record
        if _audit_failed(recording.durable, record.id):
            return recording.unavailable
        self.metrics.decision(record.action, record.provider, list(record.rule_ids),
                              [f.type for f in record.findings])
        if isinstance(plan, Respond):
            log.info("refused", decision=record.id, code=record.refusal, status=record.status,
                     provider=record.provider, rules=list(record.rule_ids))
        else:
            log.info("decision", decision=plan.decision_id, action=plan.action.label,
                     provider=record.provider, rules=list(record.rule_ids),
                     findings=record.finding_count)
        return dataclasses.replace(plan, audit=None)

    def outcome(self, decision_id: str, status: int | None, error: str | None,
                started: float, sent_bytes: int | None = None, account: Account | None = None,
                usage: Usage | None = None) -> None:
        """Queue the outcome of a request that was sent (nobody waits for it): *status*
        answered, *sent_bytes* of reply body given to the app, *error* None when the reply
        reached the app whole (``completed``), else what happened."""
        a, u = account, usage or Usage()
        self._queue(OutcomeRecord(decision_id, status, error,
                                  latency_ms=round((self._clock() - started) * 1000, 1),
                                  completed=error is None, bytes=sent_bytes,
                                  provider=a.provider if a else None,
                                  model=a.model if a else None, app=a.app if a else None,
                                  action=a.action if a else None,
                                  local_model=a.local_model if a else None,
                                  input_tokens=u.input_tokens,
                                  output_tokens=u.output_tokens).to_json(),
                    decision_id)

    def refusal(self, host: str, method: str, path: str, status: int, code: str, message: str,
                decision_id: str = "none") -> Respond | None:
        """A refusal in the caller's format for a request no plan answers (the proxy shutting
        down, a hook that failed); None when it is not an LLM API call."""
        classified = self.registry.classify(host, method, path)
        if classified is None:
            return None
        return error_response(classified.wire, status, code, message, decision_id)

    def shutting_down(self, req: Request) -> Plan:
        """The plan for *req* while the proxy drains: an LLM call is refused and recorded as a
        failure; anything else passes through as always."""
        message = "the proxy is shutting down; retry shortly"
        refused = self.refusal(req.host, req.method, req.path, 503, "shutting_down", message)
        if refused is None and (found := self._discovered(req)) is not None:
            refused = error_response(found.wire, 503, "shutting_down", message, "none")
        if refused is None:
            return PassThrough()
        self.failure(req.host, req.path, "shutting_down")
        return refused

    def failure(self, host: str, path: str, code: str) -> None:
        """Queue the record of a request that failed before it had a decision (it was refused)."""
        self._queue(FailureRecord(host, self.registry.route_of(host, path), code).to_json(),
                    None)

    def _queue(self, record: dict[str, Any], decision_id: str | None) -> None:
        self.audit.submit(record).add_done_callback(
            lambda durable: _audit_failed(durable, decision_id) and None)

    def now(self) -> float:
        return self._clock()


def _audit_failed(durable: concurrent.futures.Future[int], decision_id: str | None) -> bool:
    """Whether the record behind *durable* could not be written (logged); waits for it."""
    exc = durable.exception()
    if exc is None:
        return False
    if not isinstance(exc, AuditError):
        raise exc
    log.error("audit_failed", decision=decision_id, error=str(exc))
    return True


def _rename_keys(doc: Any, renames: Sequence[tuple[Locator, str]]) -> bool:
    """Rename object keys in place (a redacted key keeps its value and its place), deepest
    first so that the locators of the others still hold. False, changing nothing more, if a
    new name is already a key of its object."""
    for locator, new in sorted(renames, key=lambda r: -len(r[0])):
        parent, old = get_at(doc, locator[:-1]), locator[-1]
        if new != old and new in parent:
            return False
        items = [(new if k == old else k, v) for k, v in parent.items()]
        parent.clear()
        parent.update(items)
    return True


def _dump(doc: Any) -> bytes:
    """ASCII JSON: valid whatever the strings hold (lone surrogates from \\u escapes too)."""
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def error_response(wire: WireFormat, status: int, code: str, message: str, decision_id: str) -> Respond:
    text = f"sovereign: {message} (decision {decision_id})"
    return Respond(
        status=status,
        body=json.dumps(wire.error_body(status, code, text)).encode(),
        decision_id=decision_id,
        headers={"content-type": "application/json", DECISION_HEADER: decision_id,
                 "x-should-retry": "false", **wire.error_headers(status, code)},
    )
