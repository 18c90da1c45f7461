"""The audit log's records, typed: what the log keeps about a request (types, counts, spans,
rule ids, destination), never a value.

Each record is a frozen dataclass that writes itself as one JSON object (``to_json``; the
writer adds ``index`` and ``ts``) and is read back with :func:`read_record`. Records carry their
format version in ``v``. Records written before versions existed have no ``v``: they are
version 1, the same fields, and read the same way, a field they lack taking its default (an
optional field added later: ``fixed_positions``, ``spans_omitted``, ``scores``, ``tag_count``,
``tag_filter``, ``inflate_limit``...). A record of a newer version than this reader knows is
refused (RecordError), not guessed at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

RECORD_VERSION = 2  # 1: the records written before versions were recorded (no "v")


class RecordError(ValueError):
    """An audit record this reader cannot read (never holds a value of the record)."""


# -- parts of a decision record ----------------------------------------------------------------


@dataclass(frozen=True)
class RuleHit:
    id: str
    pack: str
    action: str
    reason: str
    shadow: bool = False


@dataclass(frozen=True)
class SpanRecord:
    """Where a finding was: segment index, character offsets, entity type, score."""

    segment: int
    start: int
    end: int
    type: str
    score: float


@dataclass(frozen=True)
class TypeCount:
    type: str
    count: int


@dataclass(frozen=True)
class ScoreCount:
    """How many findings of a type had a score (kept when spans are left out)."""

    type: str
    score: float
    count: int


@dataclass(frozen=True)
class TagRecord:
    """A keyed tag of a value (audit/tags.py): the type and an HMAC, never the value."""

    type: str
    tag: str


@dataclass(frozen=True)
class TagFilterRecord:
    """The Bloom filter of the tags beyond the listed ones (audit/tags.py: TagFilter)."""

    bits: int
    hashes: int
    data: str

    def to_json(self) -> dict[str, Any]:
        return {"bits": self.bits, "hashes": self.hashes, "data": self.data}


# -- the records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRecord:
    """What was decided for one request, written before anything leaves.

    ``assessed`` is False for a request refused before it was read (too large, undecodable,
    names that disagree): such a record has no findings, spans or rules and cannot be
    replayed. ``spans`` lists at most the first records.MAX_SPANS; beyond that
    ``spans_omitted`` says how many were left out and ``scores`` counts every finding by
    (type, score), which is all a replay needs."""

    id: str
    provider: str = ""
    endpoint: str = ""
    method: str = ""
    host: str = ""
    path: str = ""
    client: str = ""
    app: str | None = None
    body_bytes: int = 0
    action: str = ""
    destination: str = ""
    inflate_limit: str | None = None
    # what assessing the request found (assessed)
    assessed: bool = False
    shadow_action: str | None = None
    model: str | None = None
    # segment index → kind, where no placeholder can stand; by index
    fixed_positions: tuple[tuple[int, str], ...] = ()
    stream: bool = False
    segments: int = 0
    attachments: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    shadow_rule_ids: tuple[str, ...] = ()
    rules: tuple[RuleHit, ...] = ()
    finding_count: int = 0
    findings: tuple[TypeCount, ...] = ()
    spans: tuple[SpanRecord, ...] = ()
    spans_omitted: int | None = None
    scores: tuple[ScoreCount, ...] | None = None
    # keyed tags of the values found
    tag_epoch: int | None = None
    tags: tuple[TagRecord, ...] = ()
    tag_count: int | None = None
    tag_filter: TagFilterRecord | None = None
    # what was done
    redacted: int | None = None
    local_model: str | None = None
    refusal: str | None = None
    status: int | None = None
    # given by the log
    index: int | None = None
    ts: float | None = None
    v: int = RECORD_VERSION

    TYPE = "decision"

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "type": self.TYPE, "v": self.v, "id": self.id, "provider": self.provider,
            "endpoint": self.endpoint, "method": self.method, "host": self.host,
            "path": self.path, "client": self.client, "app": self.app,
            "body_bytes": self.body_bytes, "action": self.action,
            "destination": self.destination}
        if self.assessed:
            doc.update(
                shadow_action=self.shadow_action, model=self.model,
                fixed_positions={str(i): kind for i, kind in self.fixed_positions},
                stream=self.stream, segments=self.segments,
                attachments=list(self.attachments), rule_ids=list(self.rule_ids),
                shadow_rule_ids=list(self.shadow_rule_ids),
                rules=[{"id": r.id, "pack": r.pack, "action": r.action, "reason": r.reason,
                        "shadow": r.shadow} for r in self.rules],
                finding_count=self.finding_count,
                findings=[{"type": f.type, "count": f.count} for f in self.findings],
                spans=[{"segment": s.segment, "start": s.start, "end": s.end, "type": s.type,
                        "score": s.score} for s in self.spans])
        if self.scores is not None:
            doc["scores"] = [{"type": s.type, "score": s.score, "count": s.count}
                             for s in self.scores]
        if self.tag_epoch is not None:
            doc.update(tag_epoch=self.tag_epoch,
                       tags=[{"type": t.type, "tag": t.tag} for t in self.tags])
        if self.tag_filter is not None:
            doc["tag_filter"] = self.tag_filter.to_json()
        optional = {"inflate_limit": self.inflate_limit, "spans_omitted": self.spans_omitted,
                    "tag_count": self.tag_count, "redacted": self.redacted,
                    "local_model": self.local_model, "refusal": self.refusal,
                    "status": self.status}
        doc.update({k: v for k, v in optional.items() if v is not None})
        return doc

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> DecisionRecord:
        r = _Reader(doc)
        scores = doc.get("scores")
        tag_filter = doc.get("tag_filter")
        return cls(
            id=r.text("id"), provider=r.text("provider"), endpoint=r.text("endpoint"),
            method=r.text("method"), host=r.text("host"), path=r.text("path"),
            client=r.text("client"), app=r.opt_text("app"), body_bytes=r.whole("body_bytes"),
            action=r.text("action"), destination=r.text("destination"),
            inflate_limit=r.opt_text("inflate_limit"), assessed="spans" in doc,
            shadow_action=r.opt_text("shadow_action"), model=r.opt_text("model"),
            fixed_positions=tuple(sorted(
                (_int(i, "fixed_positions"), _str(k, "fixed_positions"))
                for i, k in r.obj("fixed_positions").items())),
            stream=r.flag("stream"), segments=r.whole("segments"),
            attachments=tuple(_str(a, "attachments") for a in r.seq("attachments")),
            rule_ids=tuple(_str(a, "rule_ids") for a in r.seq("rule_ids")),
            shadow_rule_ids=tuple(_str(a, "shadow_rule_ids")
                                  for a in r.seq("shadow_rule_ids")),
            rules=tuple(RuleHit(e.text("id"), e.text("pack"), e.text("action"), e.text("reason"),
                                e.flag("shadow")) for e in r.items("rules")),
            finding_count=r.whole("finding_count"),
            findings=tuple(TypeCount(e.text("type"), e.whole("count"))
                           for e in r.items("findings")),
            spans=tuple(SpanRecord(e.whole("segment"), e.whole("start"), e.whole("end"),
                                   e.text("type"), e.number("score"))
                        for e in r.items("spans")),
            spans_omitted=r.opt_whole("spans_omitted"),
            scores=None if scores is None else tuple(
                ScoreCount(e.text("type"), e.number("score"), e.whole("count"))
                for e in r.items("scores")),
            tag_epoch=r.opt_whole("tag_epoch"),
            tags=tuple(TagRecord(e.text("type"), e.text("tag")) for e in r.items("tags")),
            tag_count=r.opt_whole("tag_count"),
            tag_filter=None if tag_filter is None else _tag_filter(tag_filter),
            redacted=r.opt_whole("redacted"), local_model=r.opt_text("local_model"),
            refusal=r.opt_text("refusal"), status=r.opt_whole("status"),
            index=r.opt_whole("index"), ts=r.opt_number("ts"), v=r.version())

    @property
    def tag_total(self) -> int:
        """How many distinct tagged values the request had (listed or in the filter)."""
        return self.tag_count if self.tag_count is not None else len(self.tags)


@dataclass(frozen=True)
class OutcomeRecord:
    """What became of a request that was sent on: linked to its decision by id. It repeats
    what cost reports group by (provider, model, app, action, local model) and carries the
    tokens the provider or the local model reported (None: not reported)."""

    decision: str
    status: int | None = None
    error: str | None = None  # None: the reply reached the app
    latency_ms: float | None = None
    completed: bool | None = None  # the reply reached the app whole (None: not recorded)
    bytes: int | None = None  # reply body bytes given to the app
    provider: str | None = None
    model: str | None = None  # the model the app asked for (as the decision record keeps it)
    app: str | None = None
    action: str | None = None
    local_model: str | None = None  # route_local: the local model that answered
    input_tokens: int | None = None
    output_tokens: int | None = None
    index: int | None = None
    ts: float | None = None
    v: int = RECORD_VERSION

    TYPE = "outcome"

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "type": self.TYPE, "v": self.v, "decision": self.decision, "status": self.status,
            "error": self.error, "latency_ms": self.latency_ms, "completed": self.completed,
            "bytes": self.bytes}
        if self.action is not None:  # accounted (records before usage accounting are not)
            doc.update(provider=self.provider, model=self.model, app=self.app,
                       action=self.action, local_model=self.local_model,
                       input_tokens=self.input_tokens, output_tokens=self.output_tokens)
        return doc

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> OutcomeRecord:
        r = _Reader(doc)
        completed = doc.get("completed")
        return cls(decision=r.text("decision"), status=r.opt_whole("status"),
                   error=r.opt_text("error"), latency_ms=r.opt_number("latency_ms"),
                   completed=None if completed is None else r.flag("completed"),
                   bytes=r.opt_whole("bytes"), provider=r.opt_text("provider"),
                   model=r.opt_text("model"), app=r.opt_text("app"),
                   action=r.opt_text("action"), local_model=r.opt_text("local_model"),
                   input_tokens=r.opt_whole("input_tokens"),
                   output_tokens=r.opt_whole("output_tokens"), index=r.opt_whole("index"),
                   ts=r.opt_number("ts"), v=r.version())


@dataclass(frozen=True)
class ShadowRecord:
    """A shadow evaluation of one allowed request: the same request was also sent to a local
    model, after the app had its reply. Scores only, never a text: both latencies and token
    counts, the cosine similarity of the two answers' embeddings and, when a rubric is
    configured, the local judge's verdict with the rubric's id. ``status`` is ``compared``,
    ``failed`` (``error`` says where) or ``skipped`` (a budget: ``error`` says which)."""

    decision: str
    status: str
    app: str | None = None
    provider: str | None = None
    model: str | None = None  # the closed model the app asked for
    local_model: str | None = None
    error: str | None = None
    closed_latency_ms: float | None = None
    local_latency_ms: float | None = None
    closed_input_tokens: int | None = None
    closed_output_tokens: int | None = None
    local_input_tokens: int | None = None
    local_output_tokens: int | None = None
    similarity: float | None = None
    embeddings_model: str | None = None
    verdict: str | None = None  # agree, disagree, unclear
    rubric: str | None = None
    index: int | None = None
    ts: float | None = None
    v: int = RECORD_VERSION

    TYPE = "shadow"
    _FIELDS = ("status", "app", "provider", "model", "local_model", "error",
               "closed_latency_ms", "local_latency_ms", "closed_input_tokens",
               "closed_output_tokens", "local_input_tokens", "local_output_tokens",
               "similarity", "embeddings_model", "verdict", "rubric")

    def to_json(self) -> dict[str, Any]:
        return {"type": self.TYPE, "v": self.v, "decision": self.decision,
                **{name: getattr(self, name) for name in self._FIELDS}}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> ShadowRecord:
        r = _Reader(doc)
        return cls(
            decision=r.text("decision"), status=r.text("status"), app=r.opt_text("app"),
            provider=r.opt_text("provider"), model=r.opt_text("model"),
            local_model=r.opt_text("local_model"), error=r.opt_text("error"),
            closed_latency_ms=r.opt_number("closed_latency_ms"),
            local_latency_ms=r.opt_number("local_latency_ms"),
            closed_input_tokens=r.opt_whole("closed_input_tokens"),
            closed_output_tokens=r.opt_whole("closed_output_tokens"),
            local_input_tokens=r.opt_whole("local_input_tokens"),
            local_output_tokens=r.opt_whole("local_output_tokens"),
            similarity=r.opt_number("similarity"),
            embeddings_model=r.opt_text("embeddings_model"), verdict=r.opt_text("verdict"),
            rubric=r.opt_text("rubric"), index=r.opt_whole("index"), ts=r.opt_number("ts"),
            v=r.version())


@dataclass(frozen=True)
class FailureRecord:
    """A request refused before it had a decision (the proxy failed, or was shutting down)."""

    host: str
    path: str
    error: str
    index: int | None = None
    ts: float | None = None
    v: int = RECORD_VERSION

    TYPE = "failure"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.TYPE, "v": self.v, "host": self.host, "path": self.path,
                "error": self.error}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> FailureRecord:
        r = _Reader(doc)
        return cls(host=r.text("host"), path=r.text("path"), error=r.text("error"),
                   index=r.opt_whole("index"), ts=r.opt_number("ts"), v=r.version())


@dataclass(frozen=True)
class TunnelRecord:
    """A connection to a known LLM API host that the proxy did not read: it was passed on as
    raw TLS (config ``unknown_llm_hosts: record``). *host*: the normalised name the client
    gave (CONNECT target or TLS SNI); *known_as*: the catalogue's pattern it matched
    (providers/catalogue.py: UNCOVERED_LLM_HOSTS). No client address, no path, no content."""

    host: str
    known_as: str
    index: int | None = None
    ts: float | None = None
    v: int = RECORD_VERSION

    TYPE = "llm_tunnel"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.TYPE, "v": self.v, "host": self.host, "known_as": self.known_as}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> TunnelRecord:
        r = _Reader(doc)
        return cls(host=r.text("host"), known_as=r.text("known_as"),
                   index=r.opt_whole("index"), ts=r.opt_number("ts"), v=r.version())


@dataclass(frozen=True)
class OtherRecord:
    """A record the log keeps for itself (``recovered``, ``key_rotation``) or of a type this
    reader does not know: its type, index and time only."""

    type: str
    index: int | None = None
    ts: float | None = None


Record = (DecisionRecord | OutcomeRecord | FailureRecord | ShadowRecord | TunnelRecord
          | OtherRecord)
_TYPES: dict[str, type[DecisionRecord] | type[OutcomeRecord] | type[FailureRecord]
             | type[ShadowRecord] | type[TunnelRecord]] = {
    "decision": DecisionRecord, "outcome": OutcomeRecord, "failure": FailureRecord,
    "shadow": ShadowRecord, "llm_tunnel": TunnelRecord}


def read_record(doc: Mapping[str, Any]) -> Record:
    """The typed record of one log entry (a JSON object)."""
    kind = doc.get("type")
    reader = _TYPES.get(kind) if isinstance(kind, str) else None
    if reader is None:
        r = _Reader(doc)
        return OtherRecord(str(kind), r.opt_whole("index"), r.opt_number("ts"))
    return reader.from_json(doc)


def of_type[R: (DecisionRecord, OutcomeRecord, FailureRecord, ShadowRecord, TunnelRecord)](
        records: Iterable[Mapping[str, Any] | Record], kind: type[R]) -> list[R]:
    """The records of one kind, typed (log entries as JSON objects, or records already read)."""
    out = []
    for record in records:
        typed = read_record(record) if isinstance(record, Mapping) else record
        if isinstance(typed, kind):
            out.append(typed)
    return out


# -- reading, strictly typed, leniently present ------------------------------------------------


def _str(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise RecordError(f"field '{key}' is not a string")
    return value


def _int(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RecordError(f"field '{key}' is not an integer")
    try:
        return int(value)
    except ValueError:
        raise RecordError(f"field '{key}' is not an integer") from None


def _tag_filter(value: Any) -> TagFilterRecord:
    if not isinstance(value, Mapping):
        raise RecordError("field 'tag_filter' is not an object")
    r = _Reader(value, "tag_filter")
    return TagFilterRecord(r.whole("bits"), r.whole("hashes"), r.text("data"))


class _Reader:
    def __init__(self, doc: Mapping[str, Any], where: str | None = None) -> None:
        self.doc = doc
        index = doc.get("index")
        self.where = where or (f"record {index}" if isinstance(index, int) else "record")

    def _get(self, key: str, kinds: type | tuple[type, ...], what: str) -> Any:
        value = self.doc.get(key)
        if value is None:
            return None
        if (isinstance(value, bool) and kinds is not bool) or not isinstance(value, kinds):
            raise RecordError(f"{self.where}: field '{key}' is not {what}")
        return value

    def text(self, key: str) -> str:
        return self.opt_text(key) or ""

    def opt_text(self, key: str) -> str | None:
        value: str | None = self._get(key, str, "a string")
        return value

    def whole(self, key: str) -> int:
        return self.opt_whole(key) or 0

    def opt_whole(self, key: str) -> int | None:
        value: int | None = self._get(key, int, "an integer")
        return value

    def number(self, key: str) -> float:
        return self.opt_number(key) or 0.0

    def opt_number(self, key: str) -> float | None:
        value = self._get(key, (int, float), "a number")
        return None if value is None else float(value)

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, "true or false"))

    def seq(self, key: str) -> list[Any]:
        value: list[Any] | None = self._get(key, list, "a list")
        return value or []

    def obj(self, key: str) -> Mapping[str, Any]:
        value: Mapping[str, Any] | None = self._get(key, Mapping, "an object")
        return value or {}

    def items(self, key: str) -> list[_Reader]:
        out = []
        for item in self.seq(key):
            if not isinstance(item, Mapping):
                raise RecordError(f"{self.where}: field '{key}' holds a non-object")
            out.append(_Reader(item, f"{self.where}, {key}"))
        return out

    def version(self) -> int:
        v = self.opt_whole("v")
        if v is None:
            return 1
        if not 1 <= v <= RECORD_VERSION:
            raise RecordError(f"{self.where}: version {v}; this sovereign reads "
                              f"records up to version {RECORD_VERSION}")
        return v
