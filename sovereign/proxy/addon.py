"""The mitmproxy addon: adapts flows to :mod:`sovereign.pipeline` and applies its plans.

mitmproxy logs and swallows exceptions raised by addon hooks and would then forward the flow as
it is (fail-open). Every hook here therefore catches everything itself and ends the flow: before
the request has left, with a refusal in the caller's format; after, by killing the flow.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urlsplit

import structlog
from mitmproxy import http

from sovereign.pipeline import (
    DECISION_HEADER,
    Forward,
    PassThrough,
    Pipeline,
    Request,
    Respond,
    error_response,
)

log = structlog.get_logger("sovereign.proxy")
STATE = "sovereign"
PROBE_TIMEOUT_S = 2.0


@dataclass
class FlowState:
    plan: Forward
    started: float
    done: bool = False


def _headers(flow: http.HTTPFlow) -> dict[str, str]:
    return {k.lower(): v for k, v in flow.request.headers.items()}


def _apply_respond(flow: http.HTTPFlow, plan: Respond) -> None:
    flow.response = http.Response.make(plan.status, plan.body, dict(plan.headers))


class SovereignAddon:
    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    # -- hooks ---------------------------------------------------------------------------------

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """Refuse an oversized body before it is read (Content-Length is known here)."""
        try:
            length = flow.request.headers.get("content-length")
            if length is None or not length.isdigit():
                return
            if int(length) <= self.pipeline.settings.max_body_bytes:
                return
            plan = self.pipeline.handle(self._request(flow, body=b"", declared=int(length)))
            if isinstance(plan, Respond):
                _apply_respond(flow, plan)
        except Exception as exc:  # noqa: BLE001 - fail closed, see module docstring
            self._fail_request(flow, exc)

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None:  # already answered in requestheaders
            return
        try:
            try:
                body = flow.request.content or b""
            except ValueError:  # undecodable content-encoding: cannot be inspected
                body = b"\x00<undecodable>"
            req = self._request(flow, body=body, declared=None)
            plan = await asyncio.to_thread(self.pipeline.handle, req)
            if isinstance(plan, PassThrough):
                return
            if isinstance(plan, Respond):
                _apply_respond(flow, plan)
                return
            state = FlowState(plan, self.pipeline.now())
            flow.metadata[STATE] = state
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
            reply = state.plan.reply
            if reply is None:
                flow.response.stream = True  # nothing to change on the way back: don't buffer
            elif content_type.startswith("text/event-stream"):
                flow.response.stream = reply.stream()
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
            self._finish(state, flow.response.status_code, None)
        except Exception as exc:  # noqa: BLE001 - fail closed, see module docstring
            self._fail_response(flow, state, exc)

    def error(self, flow: http.HTTPFlow) -> None:
        state = flow.metadata.get(STATE)
        if isinstance(state, FlowState):
            code = "local_model_error" if state.plan.local else "upstream_error"
            self._finish(state, None, code)

    # -- helpers -------------------------------------------------------------------------------

    def _target_host(self, flow: http.HTTPFlow) -> str:
        """The host the request is for. In transparent mode (or a CONNECT to a bare IP) the
        address is an IP and the name is only in the TLS SNI or the Host header: if any of
        them names an LLM API, the request is treated as that API's, never passed through."""
        host_header = (flow.request.host_header or "").rsplit(":", 1)[0].strip("[]")
        for candidate in (flow.request.host, flow.client_conn.sni, host_header):
            if candidate and self.pipeline.registry.provider_for_host(candidate) is not None:
                return str(candidate)
        return str(flow.request.host)

    def _request(self, flow: http.HTTPFlow, body: bytes, declared: int | None) -> Request:
        peer = flow.client_conn.peername
        return Request(method=flow.request.method, host=self._target_host(flow),
                       path=flow.request.path, headers=_headers(flow), body=body,
                       client=str(peer[0]) if peer else "", declared_size=declared)

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

    def _local_down(self, flow: http.HTTPFlow, state: FlowState) -> None:
        classified = self.pipeline.registry.classify(self._target_host(flow), flow.request.method,
                                                     flow.request.path)
        assert classified is not None
        plan = error_response(classified.wire, 503, "local_model_unavailable",
                      "the local model that must answer this request is not reachable; "
                      "it was not sent anywhere else", state.plan.decision_id)
        _apply_respond(flow, plan)
        self._finish(state, 503, "local_model_unreachable")

    def _finish(self, state: FlowState, status: int | None, error: str | None) -> None:
        if state.done:
            return
        state.done = True
        self.pipeline.outcome(state.plan.decision_id, status, error, state.started)

    def _fail_request(self, flow: http.HTTPFlow, exc: BaseException) -> None:
        """Before anything left: refuse in the caller's format (or kill if we cannot)."""
        log.error("hook_failed", error=type(exc).__name__, code="internal_error")
        try:
            classified = self.pipeline.registry.classify(self._target_host(flow),
                                                         flow.request.method, flow.request.path)
            state = flow.metadata.get(STATE)
            decision_id = state.plan.decision_id if isinstance(state, FlowState) else "none"
            if classified is None:
                flow.kill()
                return
            _apply_respond(flow, error_response(classified.wire, 503, "internal_error",
                                        "the proxy failed while handling this request, so it "
                                        "was not sent", decision_id))
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
