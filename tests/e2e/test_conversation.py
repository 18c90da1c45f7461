"""Multi-turn conversations through the real SDKs: the closed API sees one token per value in
every request of the conversation; the app never sees a token."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import ProxyRun
from tests.e2e.clients import anthropic_client, openai_client

PEOPLE = [("John Smith", "john.smith@example.com"), ("Maria Garcia", "maria.garcia@example.org"),
          ("David Miller", "david.miller@example.net")]
TURN = re.compile(r"Turn (\d+): please update (\S+(?: \S+)?) at (\S+) today\.")
TOKEN = re.compile(r"\[[A-Z_]+_\d+\]")


def prompt(i: int) -> str:
    name, email = PEOPLE[i % len(PEOPLE)]
    return f"Turn {i}: please update {name} at {email} today."


def texts_of(body: dict[str, Any]) -> list[str]:
    out = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, list):
            out.extend(p.get("text", "") for p in content if isinstance(p, dict))
    return out


def check_consistency(run: ProxyRun, turns: int) -> None:
    assert len(run.closed.received) == turns
    seen: dict[str, set[str]] = {}
    for request in run.closed.received:
        body = request.json
        for text in texts_of(body):
            for m in TURN.finditer(text):
                i, name_token, email_token = int(m.group(1)), m.group(2), m.group(3)
                name, email = PEOPLE[i % len(PEOPLE)]
                assert TOKEN.fullmatch(name_token), f"turn {i}: name went out as {name_token!r}"
                assert TOKEN.fullmatch(email_token), f"turn {i}: email went out as {email_token!r}"
                seen.setdefault(name, set()).add(name_token)
                seen.setdefault(email, set()).add(email_token)
    assert all(len(tokens) == 1 for tokens in seen.values()), seen
    issued = [next(iter(t)) for t in seen.values()]
    assert len(set(issued)) == len(issued), "two values shared a token"
    assert len(seen) == 2 * len(PEOPLE)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_openai_chat_22_turns(fresh: ProxyRun, stream: bool) -> None:
    client = openai_client()
    history: list[dict[str, Any]] = [{"role": "system", "content": "You keep a CRM."}]
    for i in range(22):
        history.append({"role": "user", "content": prompt(i)})
        if stream:
            chunks = client.chat.completions.create(model="gpt-4o", messages=history,  # type: ignore[arg-type]
                                                    stream=True)
            reply = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        else:
            out = client.chat.completions.create(model="gpt-4o", messages=history)  # type: ignore[arg-type]
            reply = out.choices[0].message.content or ""
        assert reply == f"[closed] echo: {prompt(i)}", f"turn {i}"
        assert not TOKEN.search(reply)
        history.append({"role": "assistant", "content": reply})
    check_consistency(fresh, 22)


def test_anthropic_21_turns_streaming(fresh: ProxyRun) -> None:
    client = anthropic_client()
    history: list[dict[str, Any]] = []
    for i in range(21):
        history.append({"role": "user", "content": prompt(i)})
        with client.messages.stream(model="claude-opus-4-7", max_tokens=256,
                                    system="You keep a CRM.", messages=history) as s:  # type: ignore[arg-type]
            reply = "".join(s.text_stream)
        assert reply == f"[closed] echo: {prompt(i)}", f"turn {i}"
        history.append({"role": "assistant", "content": reply})
    check_consistency(fresh, 21)


def test_responses_previous_response_id_keeps_the_numbering(fresh: ProxyRun) -> None:
    client = openai_client()
    first = client.responses.create(model="gpt-4o", input="Please call John Smith.")
    assert first.output_text == "[closed] echo: Please call John Smith."
    second = client.responses.create(model="gpt-4o", previous_response_id=first.id,
                                     input="Also call Maria Garcia.")
    assert second.output_text == "[closed] echo: Also call Maria Garcia."
    sent = [r.json["input"] for r in fresh.closed.received]
    # the provider holds turn 1, where [PERSON_1] is John Smith: turn 2 must not reuse it
    assert sent == ["Please call [PERSON_1].", "Also call [PERSON_2]."]


def test_another_caller_cannot_reuse_a_conversation_vault(fresh: ProxyRun) -> None:
    import openai

    first = openai_client().responses.create(model="gpt-4o", input="Please call John Smith.")
    other = openai.OpenAI(api_key="sk-another-tenant-000000000000", max_retries=0)
    other.responses.create(model="gpt-4o", previous_response_id=first.id,
                           input="Also call Maria Garcia.")
    # a fresh vault for the other caller: numbering starts again
    assert fresh.closed.received[-1].json["input"] == "Also call [PERSON_1]."


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_surrogates_go_out_and_come_back(fresh: ProxyRun, stream: bool) -> None:
    client = openai_client()
    text = "Ask John Smith (john.smith@example.com) to sign; John Smith knows."
    messages = [{"role": "user", "content": text}]
    if stream:
        reply = "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(
            model="surrogate-1", messages=messages, stream=True) if c.choices)  # type: ignore[arg-type]
    else:
        reply = client.chat.completions.create(model="surrogate-1", messages=messages  # type: ignore[arg-type]
                                               ).choices[0].message.content
    assert reply == f"[closed] echo: {text}"
    sent = fresh.closed.received[0].json["messages"][0]["content"]
    m = re.fullmatch(r"Ask ([A-Z][a-z]+ [A-Z][a-z]+) \(([a-z]+\.[a-z]+\d*@example\.\w+)\) to sign; "
                     r"([A-Z][a-z]+ [A-Z][a-z]+) knows\.", sent)
    assert m, sent
    assert m.group(1) == m.group(3) != "John Smith"


def test_hash_tokens_are_stable_across_requests(fresh: ProxyRun) -> None:
    client = openai_client()
    for _ in range(2):
        reply = client.chat.completions.create(model="hash-1", messages=[
            {"role": "user", "content": "Bounce report for john.smith@example.com"}])
        assert reply.choices[0].message.content == (
            "[closed] echo: Bounce report for john.smith@example.com")
    sent = [r.json["messages"][0]["content"] for r in fresh.closed.received]
    assert sent[0] == sent[1] and re.fullmatch(
        r"Bounce report for \[EMAIL_ADDRESS_h[0-9a-f]{8}\]", sent[0])


def test_mask_and_drop_are_one_way(fresh: ProxyRun) -> None:
    out = openai_client().chat.completions.create(model="mask-1", messages=[
        {"role": "user", "content": "John Smith's number is +1 415 555 0132"}])
    sent = fresh.closed.received[0].json["messages"][0]["content"]
    assert "John" not in sent and "415" not in sent and "+* *** *** ****" in sent
    assert out.choices[0].message.content == f"[closed] echo: {sent}"  # nothing to restore
