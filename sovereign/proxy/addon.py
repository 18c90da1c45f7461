"""The mitmproxy addon: adapts flows to :mod:`sovereign.pipeline` and applies its plans.

mitmproxy logs and swallows exceptions raised by addon hooks and would then forward the flow as
it is (fail-open). Every hook here therefore catches everything itself and ends the flow: before
the request has left, with a refusal in the caller's format; after, by killing the flow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import structlog
from mitmproxy import http

from sovereign.decompress import Bounds, DecodeError, decode_body
from sovereign.pipeline import (
    DECISION_HEADER,
    Forward,
    PassThrough,
    Pipeline,
    Plan,
    Request,
    Respond,
    error_response,
)
from sovereign.providers.base import STREAM_CONTENT_TYPES
from sovereign.providers.hosts import normalise_host
from sovereign.providers.usage import MAX_KEPT_BODY, STREAM_OPTIONS, USAGE, Usage, UsageMeter
from sovereign.proxy.answers import answer_upstream_errors
from sovereign.redact.stream import StreamTally
from sovereign.shadow.evaluate import Ticket

log = structlog.get_logger("sovereign.proxy")
STATE = "sovereign"
PROBE_TIMEOUT_S = 2.0


@dataclass
class FlowState:
    plan: Forward
    started: float
    done: bool = False
    tally: StreamTally | None = None  # what of a streamed reply has gone to the app
    meter: UsageMeter | None = None  # the tokens the reply reports (providers/usage.py)
    encoding: str = ""  # the reply's content-encoding (a kept body is decoded to be read)
    whole_body: bytes | None = None  # a reply read whole, as given to the app
    shadow: Ticket | None = None  # sampled for shadow evaluation (shadow/evaluate.py)


def _headers(flow: http.HTTPFlow) -> dict[str, str]:
    return {k.lower(): v for k, v in flow.request.headers.items()}


def _names(flow: http.HTTPFlow) -> tuple[str, ...]:
    """The distinct host names the request carries, normalised: where the client asked the
    proxy to go (CONNECT target, absolute URL, reverse-mode target), the TLS SNI and the Host
    header (HTTP/2 :authority). IP addresses name no host and are left out."""
    sources = (flow.request.host, flow.client_conn.sni, flow.request.host_header)
    names = (normalise_host(s, with_port=True) for s in sources if s)
    return tuple(dict.fromkeys(n for n in names if n))


def _apply_respond(flow: http.HTTPFlow, plan: Respond) -> None:
    flow.response = http.Response.make(plan.status, plan.body, dict(plan.headers))


class SovereignAddon:
    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        answer_upstream_errors()  # the error hook answers, not mitmproxy's HTML page
        self.in_flight = 0  # LLM requests sent on whose reply has not finished yet
        self.draining = False  # shutting down: no new LLM request is taken

    # -- hooks ---------------------------------------------------------------------------------

    async def requestheaders(self, flow: http.HTTPFlow) -> None:
        """Refuse an oversized body before it is read (Content-Length is known here)."""
        try:
            length = flow.request.headers.get("content-length")
            if length is None or not length.isdigit():
                return
            if int(length) <= self.pipeline.settings.max_body_bytes:
                return
            plan = await self._released(
                self.pipeline.decide(self._request(flow, body=b"", declared=int(length))))
            if isinstance(plan, Respond):
                _apply_respond(flow, plan)
        except Exception as exc:  # noqa: BLE001 - fail closed, see module docstring
            self._fail_request(flow, exc)

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None:  # already answered in requestheaders
            return
        try:
            # the bytes as received: the pipeline decodes them itself, bounded (mitmproxy's
            # .content would inflate a bomb whole first, and reads one gzip member only)
            req = self._request(flow, body=flow.request.raw_content or b"", declared=None)
            if self.draining:
                self._refuse_draining(flow, req)
                return
            # a small request runs on threads of its own: never queued behind large ones
            plan = await self._released(await asyncio.get_running_loop().run_in_executor(
                self.pipeline.executor_for(req), self.pipeline.decide, req))
            if isinstance(plan, PassThrough):
                return
            if isinstance(plan, Respond):
                _apply_respond(flow, plan)
                return
            state = FlowState(plan, self.pipeline.now())
            flow.metadata[STATE] = state
            state.shadow = self._sample(plan, flow)
            self.in_flight += 1
            if plan.probe_url and not await _reachable(plan.probe_url):
                self._local_down(flow, state)
                return
            self._apply_forward(flow, plan)
        except Exception as exc:  # noqa: BLE001 - fail closed, see module docstring
            self._fail_request(flow, exc)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        state = flow.metadata.get(STATE)
        if not isinstance(state, FlowState) or flow.response is None:
            return
        try:
            # set here, not in response(): a streamed reply's headers are already sent by then
            flow.response.headers[DECISION_HEADER] = state.plan.decision_id
            content_type = flow.response.headers.get("content-type", "")
            events = content_type.startswith(STREAM_CONTENT_TYPES)
            reply, wire = state.plan.reply, state.plan.wire
            # what reaches the app is read as SSE only when its format streams SSE (Bedrock
            # streams AWS event streams, also when translated from a local model's SSE)
            sse_out = events and wire is not None and wire.stream_framing == "sse"
            codec = wire.stream_codec() if sse_out and wire is not None else None
            meter = state.meter = _meter(state, sse_out)
            state.encoding = flow.response.headers.get("content-encoding", "")
            if reply is None:  # nothing to change on the way back: don't buffer
                length = flow.response.headers.get("content-length", "")
                tally = state.tally = StreamTally(codec, int(length) if length.isdigit()
                                                  else None)
                flow.response.stream = _never_empty(
                    lambda data: tally.feed(meter.feed(data, end=data == b"")))
            elif events:
                if stream_type := getattr(reply, "stream_content_type", None):
                    flow.response.headers["content-type"] = stream_type  # translated stream
                tally, restore = StreamTally(codec), reply.stream()
                state.tally = tally
                flow.response.stream = _never_empty(
                    lambda data: tally.feed(meter.feed(restore(data), end=data == b"")))
        except Exception as exc:  # noqa: BLE001 - fail closed, see module docstring
            self._fail_response(flow, state, exc)

    def response(self, flow: http.HTTPFlow) -> None:
        state = flow.metadata.get(STATE)
        if not isinstance(state, FlowState) or flow.response is None:
            return
        try:
            reply = state.plan.reply
            if reply is not None and not flow.response.stream:
                flow.response.content = reply.whole(flow.response.content or b"",
                                                    flow.response.status_code)
                if reply.content_type:
                    flow.response.headers["content-type"] = reply.content_type
            sent = state.tally.sent if state.tally is not None \
                else len(flow.response.raw_content or b"")
            if not flow.response.stream:  # read whole: its usage is read from it
                state.whole_body = flow.response.content
            self._finish(state, flow.response.status_code, None, sent)
        except Exception as exc:  # noqa: BLE001 - fail closed, see module docstring
            self._fail_response(flow, state, exc)

    def error(self, flow: http.HTTPFlow) -> None:
        """The client went away, or the server failed. Before any reply, the app is answered
        in its API's format (502, or 504 on a timeout; sent in place of mitmproxy's error page,
        see proxy/answers.py); after one began, its status stands and the connection is cut."""
        state = flow.metadata.get(STATE)
        if not isinstance(state, FlowState) or state.done:
            return
        try:
            message = (flow.error.msg if flow.error else "").lower()
            tally = state.tally
            sent = tally.sent if tally is not None else None
            # a streamed reply's status was already sent: keep it
            status = flow.response.status_code if flow.response is not None else None
            if message.startswith("client disconnected"):
                # SDKs hang up right after a stream's last event, before the transport's own
                # end of body: such a reply was read whole
                whole = tally is not None and tally.whole
                self._finish(state, status, None if whole else "client_disconnected", sent)
                return
            who = "local_model" if state.plan.local else "upstream"
            if flow.response is not None and flow.response.stream:
                code = f"{who}_error"  # failed mid-stream: what was sent stands
            else:  # nothing of a reply has gone to the app yet
                status, code = self._answer_failure(flow, state, who, message)
            log.warning("upstream_failed", decision=state.plan.decision_id, code=code,
                        status=status)
            self._finish(state, status, code, sent)
        except Exception as exc:  # noqa: BLE001 - fail closed: no error page, no hang
            log.error("hook_failed", decision=state.plan.decision_id, error=type(exc).__name__,
                      code="error_hook_failed")
            self._finish(state, None, "internal_error")
            flow.kill()

    # -- helpers -------------------------------------------------------------------------------

    async def _released(self, plan: Plan) -> Plan:
        """*plan* once its decision record is durable: awaited, so the event loop serves other
        connections while the audit writer's fsync runs."""
        if not isinstance(plan, PassThrough) and plan.audit is not None:
            await asyncio.wait([asyncio.wrap_future(plan.audit.durable)])
        return self.pipeline.release(plan)

    def _target_host(self, flow: http.HTTPFlow) -> str:
        """The host the request is for. In transparent mode (or a CONNECT to a bare IP) the
        address is an IP and the name is only in the TLS SNI or the Host header: if any of
        them names an LLM API (in any spelling), the request is treated as that API's, never
        passed through. Names that disagree are refused by the pipeline. A host outside the
        catalogue is named by its first name too (unknown_llm_hosts: inspect records it)."""
        names = _names(flow)
        for name in names:
            if self.pipeline.registry.provider_for_host(name) is not None:
                return name
        return names[0] if names else str(flow.request.host)

    def _request(self, flow: http.HTTPFlow, body: bytes, declared: int | None) -> Request:
        peer = flow.client_conn.peername
        return Request(method=flow.request.method, host=self._target_host(flow),
                       path=flow.request.path, headers=_headers(flow), body=body,
                       client=str(peer[0]) if peer else "", declared_size=declared,
                       content_encoding=flow.request.headers.get("content-encoding", ""),
                       trailers=bool(flow.request.trailers), names=_names(flow))

    def _apply_forward(self, flow: http.HTTPFlow, plan: Forward) -> None:
        if plan.body is not None:
            # we send what we rewrote as plain bytes: drop the client's content-encoding first,
            # or mitmproxy would re-compress it with that encoding
            flow.request.headers.pop("content-encoding", None)
            flow.request.headers.pop("transfer-encoding", None)  # a definite length instead
            flow.request.content = plan.body
            flow.request.headers["content-length"] = str(len(plan.body))
        for name in plan.drop_headers:
            flow.request.headers.pop(name, None)
        for name, value in plan.set_headers.items():
            flow.request.headers[name] = value
        if plan.url is not None:
            original_host = flow.request.host_header
            flow.request.url = plan.url
            if not plan.local and original_host:
                flow.request.host_header = original_host

    def _answer_failure(self, flow: http.HTTPFlow, state: FlowState, who: str,
                        message: str) -> tuple[int, str]:
        """Answer a request whose server failed before its reply (or a buffered reply's
        end): nothing has gone to the app yet. Returns (status, code)."""
        server = "the local model" if who == "local_model" else "the API server"
        if "timed out" in message or "timeout" in message:
            status, kind, what = 504, "timeout", f"{server} did not answer in time"
        elif flow.server_conn.timestamp_tcp_setup is None:
            status, kind, what = 502, "unreachable", f"{server} could not be reached"
        else:
            status, kind, what = 502, "reset", f"{server} closed the connection before answering"
        code = f"{who}_{kind}"
        wire = state.plan.wire
        if wire is None:  # plans are made with their format; without one, no page either
            flow.kill()
            return status, code
        answer = error_response(wire, status, code, f"{what}; the request may be retried",
                                state.plan.decision_id)
        headers = {k: v for k, v in answer.headers.items() if k != "x-should-retry"}
        flow.response = http.Response.make(answer.status, answer.body, headers)
        return status, code

    def _local_down(self, flow: http.HTTPFlow, state: FlowState) -> None:
        wire = state.plan.wire
        if wire is None:  # plans are made with their format; without one, nothing goes out
            flow.kill()
        else:
            _apply_respond(flow, error_response(
                wire, 503, "local_model_unavailable", "the local model that must answer this "
                "request is not reachable; it was not sent anywhere else",
                state.plan.decision_id))
        self._finish(state, 503, "local_model_unreachable")

    def _finish(self, state: FlowState, status: int | None, error: str | None,
                sent_bytes: int | None = None) -> None:
        if state.done:
            return
        state.done = True
        self.in_flight -= 1
        usage, text = _usage(state)
        self.pipeline.outcome(state.plan.decision_id, status, error, state.started, sent_bytes,
                              state.plan.account, usage)
        shadow = self.pipeline.shadow
        if shadow is not None and state.shadow is not None and error is None and status == 200:
            latency = round((self.pipeline.now() - state.started) * 1000, 1)
            try:  # after the app has its reply; nothing of it may touch the app's flow
                shadow.submit(state.shadow, text, latency, usage)
            except Exception as exc:  # noqa: BLE001 - logged and counted, the app is served
                shadow.counts["failed:not_started"] += 1
                log.error("shadow_failed", decision=state.plan.decision_id,
                          error=type(exc).__name__)

    def _sample(self, plan: Forward, flow: http.HTTPFlow) -> Ticket | None:
        """A shadow ticket when this request is sampled for shadow evaluation."""
        shadow, account = self.pipeline.shadow, plan.account
        if shadow is None or account is None or plan.local:
            return None
        return shadow.sample(
            decision=plan.decision_id, action=account.action, findings=account.findings,
            app=account.app, provider=account.provider, model=account.model,
            classified=account.classified,
            body=plan.body if plan.body is not None else flow.request.content)

    def _refuse_draining(self, flow: http.HTTPFlow, req: Request) -> None:
        plan = self.pipeline.shutting_down(req)  # decided and recorded by the pipeline
        if isinstance(plan, Respond):
            _apply_respond(flow, plan)

    def _fail_request(self, flow: http.HTTPFlow, exc: BaseException) -> None:
        """Before anything left: refuse in the caller's format (or kill if we cannot)."""
        log.error("hook_failed", error=type(exc).__name__, code="internal_error")
        try:
            state = flow.metadata.get(STATE)
            decision_id = state.plan.decision_id if isinstance(state, FlowState) else "none"
            refused = self.pipeline.refusal(
                self._target_host(flow), flow.request.method, flow.request.path, 503,
                "internal_error", "the proxy failed while handling this request, so it was not "
                "sent", decision_id)
            if refused is None:
                flow.kill()
                return
            _apply_respond(flow, refused)
            if isinstance(state, FlowState):
                self._finish(state, 503, "internal_error")
            else:
                self.pipeline.failure(flow.request.host, flow.request.path, "internal_error")
        except Exception:  # noqa: BLE001 - last resort: the flow must not go out
            flow.kill()

    def _fail_response(self, flow: http.HTTPFlow, state: FlowState, exc: BaseException) -> None:
        log.error("hook_failed", decision=state.plan.decision_id, error=type(exc).__name__,
                  code="response_error")
        self._finish(state, None, "response_error")
        flow.kill()


def _meter(state: FlowState, events: bool) -> UsageMeter:
    """The meter of a reply's usage in the caller's format (what reaches the app); it takes
    out what asking for usage added to a stream the app did not ask it of."""
    wire, account = state.plan.wire, state.plan.account
    name = wire.name if wire is not None else ""
    strip = STREAM_OPTIONS.get(name) if account is not None and account.strip_usage else None
    codec = wire.stream_codec() if events and wire is not None else None
    return UsageMeter(USAGE.get(name), codec, strip=strip, keep_text=state.shadow is not None)


def _usage(state: FlowState) -> tuple[Usage, str]:
    """The usage a reply reported and its answer's text (for a shadow ticket)."""
    meter = state.meter
    if meter is None:
        return Usage(), ""
    body = state.whole_body
    if body is None and (kept := meter.body) is not None and state.encoding:
        try:  # passed on as the server sent it: read it decoded, bounded
            body = decode_body(kept, state.encoding, Bounds(MAX_KEPT_BODY, 100.0))
        except DecodeError:
            return Usage(), ""
    return meter.finish(body)


def _never_empty(feed: Callable[[bytes], bytes]) -> Callable[[bytes], list[bytes]]:
    """mitmproxy sends each returned chunk as it is, and an empty chunk on a chunked HTTP/1.1
    response is the end-of-body marker: while a transform holds bytes back, send nothing."""

    def stream(data: bytes) -> list[bytes]:
        out = feed(data)
        return [out] if out else []

    return stream


async def _reachable(base_url: str) -> bool:
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(parts.hostname, port), PROBE_TIMEOUT_S
        )
    except (OSError, TimeoutError):
        return False
    writer.close()
    return True
