"""Shadow evaluation without a network (shadow/evaluate.py, shadow/sampling.py): which requests
are sampled (deterministic, no random number), the record of a comparison (scores, never a
text), a local model that fails (counted, recorded), the budgets (calls at once, tokens per
day) and the stop switch, with an in-memory fake of the local models."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from sovereign.audit.records import ShadowRecord, read_record
from sovereign.audit.writer import MemoryAuditLog
from sovereign.demo.standins import openai_completion, text_embedding
from sovereign.providers.registry import DEFAULT, Classified
from sovereign.providers.usage import Usage
from sovereign.route.models import LocalModel, ModelRegistry
from sovereign.shadow.evaluate import Settings, ShadowEvaluator, Ticket, cosine
from sovereign.shadow.sampling import Budget, Sampler

QUESTION = "Which river runs through Lisbon?"
CLOSED = "The Tagus runs through Lisbon."
LOCAL = "Lisbon lies on the Tagus river."
MODELS = ModelRegistry([
    LocalModel(name="llama-local", base_url="http://local.test/v1", default=True),
    LocalModel(name="embed-local", base_url="http://local.test/v1",
               capabilities=["embeddings"], default=True)])


class FakeLocal:
    """The local models: a chat answer, embeddings of the texts, a judge; records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.fail: BaseException | None = None
        self.status = 200
        self.hold: asyncio.Event | None = None  # a call waits for it (a slow model)
        self.judge = "AGREE"

    async def post(self, url: str, headers: Mapping[str, str], body: bytes,
                   timeout_s: float) -> tuple[int, bytes]:
        doc = json.loads(body)
        self.calls.append((url, doc))
        if self.hold is not None:
            await self.hold.wait()
        if self.fail is not None:
            raise self.fail
        if url.endswith("/embeddings"):
            return self.status, json.dumps({"data": [
                {"index": i, "embedding": text_embedding(t)} for i, t in enumerate(doc["input"])],
                "usage": {"prompt_tokens": 10, "total_tokens": 10}}).encode()
        judging = doc["messages"][0]["role"] == "system"
        text = self.judge if judging else LOCAL
        return self.status, json.dumps(openai_completion(doc["model"], text, (8, 6))).encode()


def _classified() -> Classified:
    found = DEFAULT.classify("api.openai.com", "POST", "/v1/chat/completions")
    assert found is not None
    return found


BODY = json.dumps({"model": "gpt-4o", "stream": True, "stream_options": {"include_usage": True},
                   "messages": [{"role": "user", "content": QUESTION}]}).encode()


def _evaluator(tmp_path: Path, fake: FakeLocal, **settings: Any) -> tuple[
        ShadowEvaluator, MemoryAuditLog]:
    audit = MemoryAuditLog()
    values: dict[str, Any] = {"rates": {"crm": 1.0}, "stop_file": tmp_path / "stop"}
    values.update(settings)
    return ShadowEvaluator(Settings(**values), MODELS, audit, fake), audit


def _ticket(n: int = 1) -> Ticket:
    return Ticket(f"dec_{n}", "crm", "openai", "gpt-4o", _classified(), BODY)


def _sample(ev: ShadowEvaluator, **overrides: Any) -> Ticket | None:
    values: dict[str, Any] = {"decision": "dec_x", "action": "allow", "findings": 0,
                              "app": "crm", "provider": "openai", "model": "gpt-4o",
                              "classified": _classified(), "body": BODY}
    values.update(overrides)
    return ev.sample(**values)


def test_sampling_spreads_the_rate_without_randomness() -> None:
    sampler = Sampler({"crm": 0.25, "bot": 1.0, "half": 0.5})
    assert [sampler.take("crm") for _ in range(8)] == [False, False, False, True] * 2
    assert all(sampler.take("bot") for _ in range(5))
    assert sum(sampler.take("half") for _ in range(101)) == 50
    assert not sampler.take("other") and not sampler.take(None)


def test_only_clean_allowed_chat_requests_of_opted_in_apps_are_sampled(tmp_path: Path) -> None:
    ev, _ = _evaluator(tmp_path, FakeLocal())
    assert _sample(ev) is not None
    assert _sample(ev, action="redact") is None
    assert _sample(ev, findings=1) is None
    assert _sample(ev, app="billing") is None
    embeddings = DEFAULT.classify("api.openai.com", "POST", "/v1/embeddings")
    assert _sample(ev, classified=embeddings) is None
    ev.switch.stop()
    assert _sample(ev) is None
    ev.switch.start()
    assert _sample(ev) is not None


def test_a_comparison_records_scores_and_never_a_text(tmp_path: Path) -> None:
    fake = FakeLocal()
    ev, audit = _evaluator(tmp_path, fake, rubric="same-answer-v1")
    record = asyncio.run(ev.run(_ticket(), CLOSED, 120.0, Usage(11, 9)))
    assert record.status == "compared" and record.error is None
    assert record.local_model == "llama-local" and record.embeddings_model == "embed-local"
    assert (record.closed_input_tokens, record.closed_output_tokens) == (11, 9)
    assert (record.local_input_tokens, record.local_output_tokens) == (8, 6)
    assert record.closed_latency_ms == 120.0 and record.local_latency_ms is not None
    expected = cosine(text_embedding(CLOSED), text_embedding(LOCAL))
    assert record.similarity == pytest.approx(expected, abs=1e-4)
    assert record.verdict == "agree" and record.rubric == "same-answer-v1"
    # the local model got the request as one whole answer, with its own name
    url, sent = fake.calls[0]
    assert url == "http://local.test/v1/chat/completions"
    assert sent["model"] == "llama-local" and sent["stream"] is False
    assert "stream_options" not in sent
    (written,) = audit.records
    assert read_record(written) == record
    text = json.dumps(written)
    for secret in (QUESTION, CLOSED, LOCAL, "Tagus", "Lisbon"):
        assert secret not in text
    assert ev.budget.spent_today == 14 + 10 + 14  # answer, embeddings, judge


@pytest.mark.parametrize(("fail", "status", "code"), [
    (OSError("refused"), 200, "local_unreachable"),
    (TimeoutError(), 200, "local_timeout"),
    (None, 500, "local_status_500"),
])
def test_a_local_model_that_fails_is_counted(tmp_path: Path, fail: BaseException | None,
                                             status: int, code: str) -> None:
    fake = FakeLocal()
    fake.fail, fake.status = fail, status
    ev, audit = _evaluator(tmp_path, fake)
    record = asyncio.run(ev.run(_ticket(), CLOSED, 100.0, Usage()))
    assert (record.status, record.error) == ("failed", code)
    assert ev.counts["failed"] == 1 and ev.counts[f"failed:{code}"] == 1
    assert audit.records[0]["status"] == "failed"
    assert ev.budget.running == 0  # the slot is given back


def test_concurrent_calls_over_the_limit_are_skipped(tmp_path: Path) -> None:
    fake = FakeLocal()
    ev, _ = _evaluator(tmp_path, fake, max_concurrent=2)

    async def scenario() -> list[ShadowRecord]:
        fake.hold = asyncio.Event()
        first = [ev.submit(_ticket(i), CLOSED, 1.0, Usage()) for i in range(2)]
        while len(fake.calls) < 2:  # both hold a slot, waiting on the model
            await asyncio.sleep(0)
        third = await ev.run(_ticket(3), CLOSED, 1.0, Usage())
        fake.hold.set()
        return [*(await asyncio.gather(*first)), third]

    records = asyncio.run(scenario())
    assert [r.status for r in records] == ["compared", "compared", "skipped"]
    assert records[2].error == "budget_concurrent"


def test_the_daily_token_budget_caps_shadow_calls_until_the_day_turns(tmp_path: Path) -> None:
    now = [86400.0 * 100]
    fake = FakeLocal()
    ev, _ = _evaluator(tmp_path, fake, tokens_per_day=20)
    ev.budget = Budget(2, 20, lambda: now[0])
    first = asyncio.run(ev.run(_ticket(1), CLOSED, 1.0, Usage()))
    second = asyncio.run(ev.run(_ticket(2), CLOSED, 1.0, Usage()))
    assert first.status == "compared"  # 24 tokens: over the budget once spent
    assert (second.status, second.error) == ("skipped", "budget_tokens")
    assert len(fake.calls) == 2  # the second never reached the local model
    now[0] += 86400
    assert asyncio.run(ev.run(_ticket(3), CLOSED, 1.0, Usage())).status == "compared"


def test_the_stop_switch_stops_a_running_call(tmp_path: Path) -> None:
    fake = FakeLocal()
    ev, _ = _evaluator(tmp_path, fake)

    async def scenario() -> ShadowRecord:
        fake.hold = asyncio.Event()
        task = ev.submit(_ticket(), CLOSED, 1.0, Usage())
        while not fake.calls:
            await asyncio.sleep(0)
        ev.switch.stop()  # sovereign shadow stop
        fake.hold.set()
        return await task

    record = asyncio.run(scenario())
    assert (record.status, record.error) == ("skipped", "stopped")
    assert len(fake.calls) == 1  # no embeddings, no judge after the switch
