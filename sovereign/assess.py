"""Parse, detect, decide: everything about a request but acting on it. Pure apart from the
injected detector (and its pool, for the decision deadline); shared by the proxy, ``explain``
and the rule tests."""

from __future__ import annotations

import concurrent.futures
import dataclasses
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sovereign.detect.detector import CachedDetector, Detector
from sovereign.detect.pool import Budget, run_in_budget
from sovereign.detect.seams import across, windows
from sovereign.exchange import (
    Action,
    Decision,
    EndpointKind,
    Exchange,
    Finding,
    RuleMatch,
    Segment,
)
from sovereign.policy.custom import CompositeDetector, PackRecognizers, hardened_packs
from sovereign.policy.decide import NO_SOURCE, Context, Source, decide
from sovereign.policy.loader import RuleSet
from sovereign.positions import escalate, kinds_of
from sovereign.providers.base import ParsedRequest, RequestError, load_json_object
from sovereign.providers.registry import Classified


@dataclass(frozen=True)
class Assessment:
    classified: Classified
    parsed: ParsedRequest | None
    findings: tuple[Finding, ...]
    decision: Decision
    deadline: Timer | None = None  # the request's deadline, which its redaction shares



def detect(segments: Sequence[Segment], detector: Detector) -> tuple[Finding, ...]:
    """Findings in every segment, and in values split across any number of consecutive
    segments ("SSN 536-" | "22" | "-8726", or two tool calls' arguments): the seams are
    scanned as short windows over the parts around them (detect/seams.py), and a finding
    that runs over parts is reported on each of them."""
    texts = [s.text for s in segments]
    seams = windows(texts)
    found = detector.scan(texts + [w.text for w in seams])  # one call: one pool round trip
    findings = [Finding(i, s.start, s.end, s.entity_type, s.score)
                for i, spans in enumerate(found[: len(texts)]) for s in spans]
    for window, spans in zip(seams, found[len(texts) :], strict=True):
        findings.extend(Finding(part, a, b, s.entity_type, s.score)
                        for part, a, b, s in across(window, spans))
    return tuple(dict.fromkeys(findings))


def detect_all(segments: Sequence[Segment], detector: Detector) -> tuple[Finding, ...]:
    """Findings in every segment: prose (TEXT) together, with its seams (:func:`detect`); every
    other segment (tokens, keys, numbers, headers, query, path) on its own."""
    prose = [i for i, s in enumerate(segments) if s.kind.prose]
    if len(prose) == len(segments):
        return detect(segments, detector)
    found = [dataclasses.replace(f, segment=prose[f.segment])
             for f in detect([segments[i] for i in prose], detector)]
    rest = [i for i, s in enumerate(segments) if not s.kind.prose]
    for i, spans in zip(rest, detector.scan([segments[i].text for i in rest]), strict=True):
        found.extend(Finding(i, s.start, s.end, s.entity_type, s.score) for s in spans)
    return tuple(found)


def no_body(body: bytes) -> None:
    """A route that takes no body (metadata) gets none: nothing unread is forwarded. An empty
    body, or an empty JSON object (what some clients send on a POST), is no body."""
    if body.strip() and load_json_object(body) != {}:
        raise RequestError("this endpoint takes no request body")


# Endpoints whose request body the proxy reads and scans.
READABLE = frozenset({EndpointKind.CHAT, EndpointKind.EMBEDDINGS, EndpointKind.COUNT_TOKENS})


SMALL_REQUEST_BYTES = 64 * 1024  # a request up to this size takes the small requests' lane


class DeadlinePassed(Exception):
    """The request's decision deadline passed before the work it waited for was done."""


class Deadline:
    """Where a request's detection and redaction run, and for how long: *seconds* from the
    request's start (begin()), after which it is decided as *action* without them.

    Fairness: requests up to SMALL_REQUEST_BYTES run on a lane of their own, so a one-line
    prompt never queues for a thread behind megabyte prompts; on the detection pool its tasks
    go ahead of any larger request's (smallest request first), so it waits for at most one
    task per worker. When a request's deadline passes, its pool tasks still waiting are
    cancelled and those running are abandoned, their workers killed and started again
    (detect/pool.py: Budget): the lane's thread returns at once, so a scan that hangs holds
    neither a thread nor a worker past its request's deadline."""

    def __init__(self, seconds: float, action: Action, threads: int | None = None) -> None:
        n = threads or max(2, os.cpu_count() or 2)
        self.seconds = seconds
        self.action = action
        # small requests mostly wait on the pool's workers: more threads, none held for long
        self._small = concurrent.futures.ThreadPoolExecutor(max_workers=4 * n,
                                                            thread_name_prefix="decide-small")
        self._large = concurrent.futures.ThreadPoolExecutor(max_workers=n,
                                                            thread_name_prefix="decide-large")
        # where the proxy runs a small request's whole handling (parse, decide, audit), so it
        # does not wait for a thread behind large ones either; large ones use the default
        self._entry = concurrent.futures.ThreadPoolExecutor(max_workers=4 * n,
                                                            thread_name_prefix="handle-small")

    def entry(self, size: int) -> concurrent.futures.Executor | None:
        """The executor to run a request of *size* bytes on (None: the caller's default)."""
        return self._entry if size <= SMALL_REQUEST_BYTES else None

    def begin(self, size: int) -> Timer:
        lane = self._small if size <= SMALL_REQUEST_BYTES else self._large
        return Timer(self, lane, time.monotonic() + self.seconds, Budget())


@dataclass(frozen=True)
class Timer:
    """One request's deadline: work run through it shares the one time limit."""

    deadline: Deadline
    lane: concurrent.futures.Executor
    ends: float
    budget: Budget

    @property
    def seconds(self) -> float:
        return self.deadline.seconds

    @property
    def action(self) -> Action:
        return self.deadline.action

    def run[T](self, fn: Callable[..., T], *args: Any) -> T:
        """*fn*(*args) on the request's lane, or DeadlinePassed when the deadline comes
        first (the work is abandoned: its pool tasks are cancelled, or ended with their
        worker's process if one is running them)."""
        left = self.ends - time.monotonic()
        if left <= 0:
            self.budget.cancel()
            raise DeadlinePassed
        job = self.lane.submit(run_in_budget, self.budget, fn, *args)
        try:
            return job.result(timeout=left)
        except concurrent.futures.TimeoutError:
            job.cancel()
            self.budget.cancel()
            raise DeadlinePassed from None

    def decision(self, work: str) -> Decision:
        """The decision for a request whose *work* ("detection", "redaction") did not finish
        in time."""
        reason = f"{work} took longer than the {self.seconds:g}s decision deadline"
        match = RuleMatch("decision-deadline", "builtin", self.action, reason)
        return Decision(self.action, (match,), message=f"{reason}, so the request was not sent")


_PACK_DETECTORS: dict[int, tuple[RuleSet, Detector]] = {}
PACK_CACHE_ENTRIES = 10_000  # texts whose pack findings are kept (chat history is re-sent)


def pack_detector(rules: RuleSet) -> Detector:
    """The rule packs' recognizers under the same evasion layers as the built-in detector
    (normalisation, base64 blobs, spread-out values; spans map back to the original text),
    with a cache of their own: compiled once per rule set."""
    cached = _PACK_DETECTORS.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_PACK_DETECTORS) > 8:
            _PACK_DETECTORS.clear()
        layered = hardened_packs(PackRecognizers(rules.recognizers))
        cached = (rules, CachedDetector(layered, max_entries=PACK_CACHE_ENTRIES))
        _PACK_DETECTORS[id(rules)] = cached
    return cached[1]


def with_pack_recognizers(detector: Detector, rules: RuleSet) -> Detector:
    """*detector* plus the recognizers the rule packs define."""
    if not rules.recognizers:
        return detector
    return CompositeDetector(detector, pack_detector(rules))


def assess(classified: Classified, body: bytes, size: int, detector: Detector,
           rules: RuleSet, deadline: Timer | None = None,
           source: Source = NO_SOURCE, envelope: Sequence[Segment] = ()) -> Assessment:
    """Parse, detect, decide: everything but acting. Shared with explain and rule tests.
    *envelope*: what the app controls outside the body (headers, query, path; see
    providers/envelope.py), scanned and decided with it."""
    detector = with_pack_recognizers(detector, rules)
    parsed: ParsedRequest | None = None
    findings: tuple[Finding, ...] = ()
    attachments: tuple[str, ...] = ()
    model = None
    if classified.endpoint not in READABLE:
        if classified.endpoint is EndpointKind.METADATA:
            no_body(body)
        if envelope:  # nothing in the body to read, but the URL and headers are content
            parsed = ParsedRequest({}, Exchange(classified.provider.name, classified.endpoint,
                                                classified.path.model, False, tuple(envelope)),
                                   classified.path)
    else:
        parsed = classified.wire.parse_request(classified.provider.name, classified.endpoint, body,
                                               classified.path)
        if envelope:
            exchange = dataclasses.replace(
                parsed.exchange, segments=(*parsed.exchange.segments, *envelope))
            parsed = dataclasses.replace(parsed, exchange=exchange)
    if parsed is not None:
        exchange = parsed.exchange
        if deadline is None:
            findings = detect_all(exchange.segments, detector)
        else:
            try:
                findings = deadline.run(detect_all, exchange.segments, detector)
            except DeadlinePassed:
                return Assessment(classified, parsed, (), deadline.decision("detection"),
                                  deadline)
        if classified.endpoint in READABLE:
            attachments, model = exchange.attachments, exchange.model
    ctx = Context(provider=classified.provider.name, model=model, endpoint=classified.endpoint,
                  attachments=attachments, body_bytes=size, findings=findings, source=source)
    decision = decide(ctx, rules)
    if parsed is not None:
        decision = escalate(decision, findings, kinds_of(parsed.exchange.segments))
    return Assessment(classified, parsed, findings, decision, deadline)
