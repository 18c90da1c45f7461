"""route_local against a real vLLM (CPU build, tiny random model): every format the proxy
sends there — natively or translated — must come back in the shape the official SDK parses,
plain and streamed. The model's words are noise: only structure is asserted."""

from __future__ import annotations

import anthropic
import openai
from google import genai
from google.genai import types

from tests.vllm.conftest import SERVED, RealStack

PROMPT = "My SSN is 219-09-9999, fill in the form"  # regulated: answered locally


def test_openai_chat(real_stack: RealStack) -> None:
    client = openai.OpenAI(api_key="sk-test", max_retries=0)
    out = client.chat.completions.create(model="gpt-4o", max_tokens=8,
                                         messages=[{"role": "user", "content": PROMPT}])
    assert out.model == SERVED and out.choices[0].finish_reason in ("length", "stop")
    assert isinstance(out.choices[0].message.content, str) and out.usage is not None
    chunks = list(client.chat.completions.create(
        model="gpt-4o", max_tokens=8, stream=True,
        messages=[{"role": "user", "content": PROMPT}]))
    assert chunks and chunks[-1].choices[0].finish_reason in ("length", "stop")
    assert real_stack.closed.received == []


def test_anthropic_messages(real_stack: RealStack) -> None:
    client = anthropic.Anthropic(api_key="sk-ant-test", max_retries=0)
    message = client.messages.create(model="claude-opus-4-7", max_tokens=8,
                                     messages=[{"role": "user", "content": PROMPT}])
    assert message.content[0].type == "text" and message.stop_reason in ("max_tokens",
                                                                          "end_turn")
    with client.messages.stream(model="claude-opus-4-7", max_tokens=8,
                                messages=[{"role": "user", "content": PROMPT}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert isinstance(text, str) and final.usage.output_tokens > 0
    assert real_stack.closed.received == []


def test_openai_responses(real_stack: RealStack) -> None:
    client = openai.OpenAI(api_key="sk-test", max_retries=0)
    response = client.responses.create(model="gpt-4o", input=PROMPT, max_output_tokens=16)
    assert response.object == "response" and isinstance(response.output_text, str)
    events = [e.type for e in client.responses.create(model="gpt-4o", input=PROMPT,
                                                      max_output_tokens=16, stream=True)]
    assert events[0] == "response.created" and events[-1] in ("response.completed",
                                                              "response.incomplete")
    assert real_stack.closed.received == []


def test_gemini_translated_both_ways(real_stack: RealStack) -> None:
    client = genai.Client(api_key="AIzaSyTestKey0123456789abcdefghijklmnop",
                          http_options=types.HttpOptions(
                              retry_options=types.HttpRetryOptions(attempts=1)))
    config = types.GenerateContentConfig(max_output_tokens=8, system_instruction="Be brief.")
    out = client.models.generate_content(model="gemini-2.5-flash", contents=PROMPT,
                                         config=config)
    assert out.candidates and out.candidates[0].finish_reason is not None
    assert out.usage_metadata is not None and out.usage_metadata.total_token_count
    chunks = list(client.models.generate_content_stream(model="gemini-2.5-flash",
                                                        contents=PROMPT, config=config))
    assert chunks and any(c.candidates and c.candidates[0].finish_reason for c in chunks)
    counted = client.models.count_tokens(model="gemini-2.5-flash", contents=PROMPT)
    assert counted.total_tokens and counted.total_tokens > 0  # via vLLM's /tokenize
    assert real_stack.closed.received == []
