"""route_local against a real vLLM serving a real model (SmolLM2-135M-Instruct): what the model
means must survive every translation the proxy makes, through each official SDK. The prompt
holds an SSN, so the shipped rules keep every request inside (the closed stand-in sees nothing).

Generations are greedy and short; the model is tiny, so the prompt is one it answers reliably
("SSN: …" on the first line, the question on the second)."""

from __future__ import annotations

import functools
import json
import math
import ssl
from typing import Any

import anthropic
import httpx
import openai
import pytest
from google import genai
from google.genai import types

from sovereign.route.fit import text_tokens
from tests.vllm.conftest import CONTEXT, EMBED, SERVED, RealStack

ZERO = {"temperature": 0}  # greedy (this Anthropic SDK has no temperature parameter)
PROMPT = "SSN: 219-09-9999\nQuestion: What is the capital of France?"
WEATHER = "SSN: 219-09-9999\nQuestion: What is the weather in Paris?"
RESULT = {"forecast": "sunny", "temperature_c": 21}
CITY = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
FUNCTIONS = [("get_weather", "Get the current weather in a city"),
             ("get_time", "Get the current time in a city"),
             ("get_news", "Get the latest news for a city")]


@functools.cache  # one client each: a genai Client closes its connections when collected
def oai() -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", max_retries=0)


@functools.cache
def claude() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="sk-ant-test", max_retries=0)


@functools.cache
def gemini() -> genai.Client:
    return genai.Client(api_key="AIzaSyTestKey0123456789abcdefghijklmnop",
                        http_options=types.HttpOptions(
                            retry_options=types.HttpRetryOptions(attempts=1)))


def chat_tools(n: int = 2) -> list[Any]:
    return [{"type": "function", "function": {"name": name, "description": d,
                                              "parameters": CITY}} for name, d in FUNCTIONS[:n]]


def gemini_tools(n: int = 2) -> list[types.Tool]:
    return [types.Tool(function_declarations=[types.FunctionDeclaration(
        name=name, description=d, parameters_json_schema=CITY) for name, d in FUNCTIONS[:n]])]


def paris(text: str | None) -> bool:
    return "paris" in (text or "").lower()


# -- the answer survives every translation ----------------------------------------------------


def test_openai_chat_answers(real_stack: RealStack) -> None:
    messages: Any = [{"role": "user", "content": PROMPT}]
    out = oai().chat.completions.create(model="gpt-4o", max_tokens=12, temperature=0,
                                        messages=messages)
    assert out.model == SERVED and paris(out.choices[0].message.content)
    chunks = list(oai().chat.completions.create(model="gpt-4o", max_tokens=12, temperature=0,
                                                messages=messages, stream=True))
    assert paris("".join(c.choices[0].delta.content or "" for c in chunks if c.choices))
    assert real_stack.closed.received == []


def test_openai_responses_answers(real_stack: RealStack) -> None:
    out = oai().responses.create(model="gpt-4o", input=PROMPT, max_output_tokens=16,
                                 temperature=0)
    assert out.object == "response" and paris(out.output_text)
    events = list(oai().responses.create(model="gpt-4o", input=PROMPT, max_output_tokens=16,
                                         temperature=0, stream=True))
    assert paris("".join(e.delta for e in events if e.type == "response.output_text.delta"))
    assert events[-1].type in ("response.completed", "response.incomplete")
    assert real_stack.closed.received == []


def test_anthropic_messages_answers(real_stack: RealStack) -> None:
    message = claude().messages.create(model="claude-opus-4-7", max_tokens=12, extra_body=ZERO,
                                       messages=[{"role": "user", "content": PROMPT}])
    assert message.content[0].type == "text" and paris(message.content[0].text)
    with claude().messages.stream(model="claude-opus-4-7", max_tokens=12, extra_body=ZERO,
                                  messages=[{"role": "user", "content": PROMPT}]) as stream:
        assert paris("".join(stream.text_stream))
    assert real_stack.closed.received == []


def test_gemini_answers_translated_both_ways(real_stack: RealStack) -> None:
    config = types.GenerateContentConfig(max_output_tokens=12, temperature=0)
    out = gemini().models.generate_content(model="gemini-2.5-flash", contents=PROMPT,
                                           config=config)
    assert paris(out.text) and out.usage_metadata and out.usage_metadata.prompt_token_count
    chunks = list(gemini().models.generate_content_stream(model="gemini-2.5-flash",
                                                          contents=PROMPT, config=config))
    assert paris("".join(c.text or "" for c in chunks))
    assert real_stack.closed.received == []


# -- forced tool calls arrive as each SDK's own objects; their results go back ----------------


def test_openai_forced_tool_calls_and_results(real_stack: RealStack) -> None:
    choices: list[Any] = ["required", {"type": "function", "function": {"name": "get_time"}}]
    for choice in choices:
        out = oai().chat.completions.create(
            model="gpt-4o", max_tokens=48, temperature=0, tools=chat_tools(),
            tool_choice=choice, messages=[{"role": "user", "content": WEATHER}])
        calls = out.choices[0].message.tool_calls
        assert calls and isinstance(calls[0], openai.types.chat.ChatCompletionMessageToolCall)
        assert calls[0].function.name == ("get_time" if isinstance(choice, dict)
                                          else "get_weather")
        assert "paris" in json.loads(calls[0].function.arguments)["city"].lower()
    streamed = list(oai().chat.completions.create(
        model="gpt-4o", max_tokens=48, temperature=0, tools=chat_tools(), tool_choice="required",
        messages=[{"role": "user", "content": WEATHER}], stream=True))
    names = [t.function.name for c in streamed if c.choices for t in c.choices[0].delta.tool_calls
             or [] if t.function and t.function.name]
    assert names == ["get_weather"]
    answer = oai().chat.completions.create(
        model="gpt-4o", max_tokens=24, temperature=0, tools=chat_tools(), messages=[
            {"role": "user", "content": WEATHER},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": json.dumps(RESULT)}])
    assert "sunny" in (answer.choices[0].message.content or "")  # known only from the result
    assert real_stack.closed.received == []


def test_responses_forced_tool_call_and_result(real_stack: RealStack) -> None:
    tools: Any = [{"type": "function", "name": name, "description": d, "parameters": CITY,
                   "strict": False} for name, d in FUNCTIONS[:2]]
    out = oai().responses.create(model="gpt-4o", input=WEATHER, tools=tools,
                                 tool_choice="required", max_output_tokens=48, temperature=0)
    calls = [o for o in out.output if o.type == "function_call"]
    assert calls and isinstance(calls[0], openai.types.responses.ResponseFunctionToolCall)
    assert calls[0].name == "get_weather"
    answer = oai().responses.create(model="gpt-4o", tools=tools, max_output_tokens=24,
                                    temperature=0, input=[
        {"role": "user", "content": WEATHER},
        {"type": "function_call", "call_id": calls[0].call_id, "name": "get_weather",
         "arguments": calls[0].arguments},
        {"type": "function_call_output", "call_id": calls[0].call_id,
         "output": json.dumps(RESULT)}])
    assert "sunny" in answer.output_text
    assert real_stack.closed.received == []


def test_anthropic_forced_tool_use_and_result(real_stack: RealStack) -> None:
    tools: Any = [{"name": name, "description": d, "input_schema": CITY}
                  for name, d in FUNCTIONS[:2]]
    asks: list[tuple[Any, str]] = [({"type": "any"}, "get_weather"),
                                   ({"type": "tool", "name": "get_time"}, "get_time")]
    for choice, name in asks:
        message = claude().messages.create(
            model="claude-opus-4-7", max_tokens=48, extra_body=ZERO, tools=tools,
            tool_choice=choice, messages=[{"role": "user", "content": WEATHER}])
        uses = [b for b in message.content if isinstance(b, anthropic.types.ToolUseBlock)]
        assert uses and uses[0].name == name and message.stop_reason == "tool_use"
        assert "paris" in str(uses[0].input).lower()
    answer = claude().messages.create(
        model="claude-opus-4-7", max_tokens=24, extra_body=ZERO, tools=tools, messages=[
            {"role": "user", "content": WEATHER},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1",
                                               "name": "get_weather", "input": {"city": "Paris"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                          "content": json.dumps(RESULT)}]}])
    assert "sunny" in "".join(b.text for b in answer.content if b.type == "text")
    assert real_stack.closed.received == []


def _gemini_call(allowed: list[str] | None, n: int = 2, stream: bool = False) -> types.FunctionCall:
    config = types.GenerateContentConfig(
        max_output_tokens=48, temperature=0, tools=gemini_tools(n),  # type: ignore[arg-type]
        tool_config=types.ToolConfig(function_calling_config=types.FunctionCallingConfig(
            mode=types.FunctionCallingConfigMode.ANY, allowed_function_names=allowed)))
    if stream:
        chunks = list(gemini().models.generate_content_stream(
            model="gemini-2.5-flash", contents=WEATHER, config=config))
        calls = [c for chunk in chunks for c in chunk.function_calls or []]
    else:
        calls = gemini().models.generate_content(model="gemini-2.5-flash", contents=WEATHER,
                                                 config=config).function_calls or []
    assert calls and isinstance(calls[0], types.FunctionCall)
    return calls[0]


def test_gemini_forced_function_call_and_response(real_stack: RealStack) -> None:
    call = _gemini_call(None)
    assert call.name == "get_weather" and "paris" in str(call.args).lower()
    assert _gemini_call(None, stream=True).name == "get_weather"
    out = gemini().models.generate_content(
        model="gemini-2.5-flash", config=types.GenerateContentConfig(
            max_output_tokens=24, temperature=0, tools=gemini_tools()),  # type: ignore[arg-type]
        contents=[types.Content(role="user", parts=[types.Part(text=WEATHER)]),
                  types.Content(role="model", parts=[types.Part(function_call=call)]),
                  types.Content(role="user", parts=[types.Part.from_function_response(
                      name="get_weather", response=RESULT)])])
    assert "sunny" in (out.text or "")
    assert real_stack.closed.received == []


def test_gemini_allowed_function_names(real_stack: RealStack) -> None:
    """Bug 1: the names were dropped, and the model called the excluded get_weather."""
    assert _gemini_call(["get_time"]).name == "get_time"  # one name: that function
    assert _gemini_call(["get_time", "get_news"], n=3).name in ("get_time", "get_news")
    assert real_stack.closed.received == []


def test_gemini_enum_answer_is_bare(real_stack: RealStack) -> None:
    """Bug 3: a text/x.enum answer came back JSON-quoted ('"NO"'), Gemini says NO."""
    config = types.GenerateContentConfig(
        max_output_tokens=8, temperature=0, response_mime_type="text/x.enum",
        response_schema={"type": "STRING", "enum": ["YES", "NO"]})
    question = "SSN: 219-09-9999\nQuestion: Is Paris in France? Answer YES or NO."
    out = gemini().models.generate_content(model="gemini-2.5-flash", contents=question,
                                           config=config)
    assert out.text in ("YES", "NO")
    chunks = gemini().models.generate_content_stream(model="gemini-2.5-flash",
                                                     contents=question, config=config)
    assert "".join(c.text or "" for c in chunks) in ("YES", "NO")


# -- token counts are the model's own ---------------------------------------------------------


def test_anthropic_count_tokens_is_the_models_usage(real_stack: RealStack) -> None:
    """Bug 4: only the raw text was counted (no chat template, no tool schemas)."""
    tools: Any = [{"name": name, "description": d, "input_schema": CITY}
                  for name, d in FUNCTIONS[:2]]
    ask: Any = {"model": "claude-opus-4-7", "system": "Answer briefly.", "tools": tools,
                "messages": [{"role": "user", "content": PROMPT}]}
    counted = claude().messages.count_tokens(**ask)
    used = claude().messages.create(**ask, max_tokens=1, extra_body=ZERO).usage
    assert counted.input_tokens == used.input_tokens
    bare = claude().messages.count_tokens(model="claude-opus-4-7",
                                          messages=[{"role": "user", "content": PROMPT}])
    assert bare.input_tokens < counted.input_tokens  # the tools and system are counted
    assert real_stack.closed.received == []


def test_gemini_count_tokens_is_the_models_usage(real_stack: RealStack) -> None:
    """Bug 4, Gemini: countTokens counts what generateContent sends for the same request."""
    counted = gemini().models.count_tokens(model="gemini-2.5-flash", contents=PROMPT)
    out = gemini().models.generate_content(
        model="gemini-2.5-flash", contents=PROMPT,
        config=types.GenerateContentConfig(max_output_tokens=1, temperature=0))
    assert out.usage_metadata and counted.total_tokens == out.usage_metadata.prompt_token_count
    # the REST form with tools and a system instruction (generateContentRequest)
    request = {"model": "models/gemini-2.5-flash",
               "contents": [{"role": "user", "parts": [{"text": PROMPT}]}],
               "systemInstruction": {"parts": [{"text": "Answer briefly."}]},
               "tools": [{"functionDeclarations": [{"name": n, "description": d,
                                                    "parametersJsonSchema": CITY}
                                                   for n, d in FUNCTIONS[:2]]}]}
    verify = ssl.create_default_context(cafile=str(real_stack.ca))
    base = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash"
    with httpx.Client(proxy=real_stack.proxy_url, verify=verify, trust_env=False,
                      timeout=120, headers={"x-goog-api-key": "AIzaSyTestKey0123"}) as c:
        total = c.post(base + ":countTokens",
                       json={"generateContentRequest": request}).json()["totalTokens"]
        used = c.post(base + ":generateContent", json={
            **request, "generationConfig": {"maxOutputTokens": 1, "temperature": 0}}).json()
    assert total == used["usageMetadata"]["promptTokenCount"] > counted.total_tokens
    assert real_stack.closed.received == []


# -- the context check errs high where this tokenizer is costly --------------------------------


def test_context_estimate_is_not_below_the_models_tokenizer(real_stack: RealStack) -> None:
    """Bug 5: at 4 characters a token, digit-heavy prompts passed the check and vLLM refused
    them; the estimate now counts at least what the model's own tokenizer does."""
    texts = [
        "My SSN is 219-09-9999, card 4111 1111 1111 1111, phone +1 415 555 0100.",
        " ".join(str(n * 7919 % 1000003) for n in range(200)),
        json.dumps([{"id": i, "price": i * 3.14, "sku": f"AB-{i:05d}"} for i in range(40)]),
        "def f(x):\n    return {k: v for k, v in x.items() if v > 0}\n" * 10,
        "Grüße aus Zürich! Ça va? 東京は日本の首都です。Привет, мир! 😀 " * 5,
        "PLEASE SUMMARISE THE QUARTERLY REPORT FOR THE FINANCE TEAM " * 5,
        "3f9a0c7e" * 60 + " aGVsbG8gd29ybGQhIFRoaXMgaXMgYmFzZTY0Lg== " * 10,
    ]
    for text in texts:
        r = httpx.post(real_stack.vllm_url + "/tokenize", trust_env=False, timeout=60,
                       json={"model": SERVED, "prompt": text, "add_special_tokens": False})
        assert text_tokens(text) >= r.json()["count"], text[:40]
    digits = "SSN: 219-09-9999\nCheck these numbers: " + "4" * CONTEXT
    with pytest.raises(openai.BadRequestError) as refused:
        oai().chat.completions.create(model="gpt-4o", max_tokens=8,
                                      messages=[{"role": "user", "content": digits}])
    assert "context_length_exceeded" in str(refused.value.body)  # the proxy's, not vLLM's
    assert real_stack.closed.received == []


# -- embeddings come from the pooling server ---------------------------------------------------


def test_embeddings_from_the_pooling_server(real_stack: RealStack) -> None:
    text = "SSN 219-09-9999 belongs to the customer"
    direct = httpx.post(real_stack.embed_url + "/v1/embeddings", trust_env=False, timeout=60,
                        json={"model": EMBED, "input": [text]}).json()["data"][0]["embedding"]
    out = oai().embeddings.create(model="text-embedding-3-small", input=text)
    assert out.model == EMBED and len(out.data[0].embedding) == len(direct) == 576
    assert all(math.isclose(a, b, abs_tol=1e-3) for a, b in zip(out.data[0].embedding, direct, strict=True))
    assert len(oai().embeddings.create(model="text-embedding-3-small", input=text,
                                       dimensions=64).data[0].embedding) == 64
    got = gemini().models.embed_content(model="text-embedding-004", contents=[text])
    assert got.embeddings and got.embeddings[0].values is not None
    assert all(math.isclose(a, b, abs_tol=1e-3) for a, b in zip(got.embeddings[0].values, direct,
                                                                strict=True))
    # bug 2: outputDimensionality was dropped (576 came back)
    small = gemini().models.embed_content(
        model="text-embedding-004", contents=[text, "another"],
        config=types.EmbedContentConfig(output_dimensionality=64))
    assert small.embeddings and [len(e.values or []) for e in small.embeddings] == [64, 64]
    assert real_stack.closed.received == []
