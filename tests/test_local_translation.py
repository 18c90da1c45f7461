"""What route_local sends the local model for Gemini requests (tool choice, enum answers,
embedding sizes, token counts), and the context check's estimate. Pure: the real model's answers
to the same requests are in tests/vllm/test_real_vllm.py (the `make test-vllm` stage)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sovereign.exchange import EndpointKind, Exchange, Segment
from sovereign.providers.base import ParsedRequest, PathInfo, RequestError
from sovereign.providers.gemini import Gemini
from sovereign.providers.translate_counts import GeminiCountViaTokenize, GeminiEmbeddings
from sovereign.providers.translate_gemini import gemini_to_chat
from sovereign.route.fit import misfit, text_tokens
from sovereign.route.models import LocalModel

GEMINI = Gemini()
CITY = {"type": "OBJECT", "properties": {"city": {"type": "STRING"}}}


def _ask(names: list[str], mode: str, allowed: list[str] | None = None) -> dict[str, Any]:
    calling: dict[str, Any] = {"mode": mode}
    if allowed is not None:
        calling["allowedFunctionNames"] = allowed
    return {"contents": [{"role": "user", "parts": [{"text": "weather in Paris?"}]}],
            "tools": [{"functionDeclarations": [{"name": n, "parameters": CITY}
                                                for n in names]}],
            "toolConfig": {"functionCallingConfig": calling}}


def _names(body: dict[str, Any]) -> list[str]:
    return [t["function"]["name"] for t in body.get("tools", [])]


def test_gemini_allowed_function_names_narrow_the_tools() -> None:
    """One allowed name under ANY is that function, forced; several keep only those tools."""
    one = gemini_to_chat(_ask(["get_weather", "get_time"], "ANY", ["get_time"]), "m", False)
    assert one["tool_choice"] == {"type": "function", "function": {"name": "get_time"}}
    assert _names(one) == ["get_time"]
    some = gemini_to_chat(_ask(["get_weather", "get_time", "get_news"], "ANY",
                               ["get_news", "get_time"]), "m", False)
    assert _names(some) == ["get_time", "get_news"] and some["tool_choice"] == "required"
    auto = gemini_to_chat(_ask(["get_weather", "get_time"], "AUTO", ["get_time"]), "m", False)
    assert _names(auto) == ["get_time"] and auto["tool_choice"] == "auto"  # not forced
    every = gemini_to_chat(_ask(["get_weather", "get_time"], "ANY"), "m", False)
    assert _names(every) == ["get_weather", "get_time"] and every["tool_choice"] == "required"


def test_gemini_enum_answers_are_constrained_to_a_bare_choice() -> None:
    """text/x.enum: Gemini answers `NO`, not the JSON string `"NO"` a json_schema would give."""
    doc = {"contents": [{"role": "user", "parts": [{"text": "yes or no?"}]}],
           "generationConfig": {"responseMimeType": "text/x.enum",
                                "responseSchema": {"type": "STRING", "enum": ["YES", "NO"]}}}
    body = gemini_to_chat(doc, "m", False)
    assert body["structured_outputs"] == {"choice": ["YES", "NO"]}
    assert "response_format" not in body
    doc["generationConfig"]["responseMimeType"] = "application/json"
    assert gemini_to_chat(doc, "m", False)["response_format"]["type"] == "json_schema"


def _parsed(doc: dict[str, Any], action: str, text: str = "") -> ParsedRequest:
    segments = (Segment(("x",), text),) if text else ()
    exchange = Exchange(provider="gemini", endpoint=EndpointKind.CHAT, model="g",
                        stream=False, segments=segments)
    return ParsedRequest(doc, exchange, PathInfo(model="g", action=action))


def test_gemini_output_dimensionality_becomes_dimensions() -> None:
    one = GeminiEmbeddings(GEMINI).request(_parsed(
        {"content": {"parts": [{"text": "a"}]}, "outputDimensionality": 64}, "embedContent"),
        "e")
    assert one == {"model": "e", "input": ["a"], "dimensions": 64}
    batch = {"requests": [{"content": {"parts": [{"text": t}]}, "outputDimensionality": 64}
                          for t in "ab"]}
    assert GeminiEmbeddings(GEMINI).request(_parsed(batch, "batchEmbedContents"),
                                            "e")["dimensions"] == 64
    batch["requests"][1]["outputDimensionality"] = 32  # one local request cannot say both
    with pytest.raises(RequestError, match="outputDimensionality"):
        GeminiEmbeddings(GEMINI).request(_parsed(batch, "batchEmbedContents"), "e")
    plain = GeminiEmbeddings(GEMINI).request(_parsed(
        {"content": {"parts": [{"text": "a"}]}}, "embedContent"), "e")
    assert "dimensions" not in plain


def test_gemini_count_tokens_counts_the_chat_request() -> None:
    """countTokens is asked of /tokenize as the chat messages and tools generateContent would
    send (the template and the tool schemas cost tokens), not as the bare text."""
    request = {**_ask(["get_time"], "AUTO"),
               "systemInstruction": {"parts": [{"text": "Be brief."}]}}
    for doc in (request, {"generateContentRequest": {"model": "models/g", **request}}):
        sent = GeminiCountViaTokenize(GEMINI).request(_parsed(doc, "countTokens"), "local")
        assert sent["messages"] == [{"role": "system", "content": "Be brief."},
                                    {"role": "user", "content": "weather in Paris?"}]
        assert _names(sent) == ["get_time"] and sent["add_generation_prompt"] is True
        assert "prompt" not in sent and sent["model"] == "local"


DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=400)


@given(DIGITS, st.sampled_from(["", " ", "-", ", "]))
def test_digits_cost_a_token_each(digits: str, sep: str) -> None:
    """Llama-family tokenizers split numbers into single digits: the estimate never counts
    fewer tokens than digits (4 characters a token counted a quarter of them)."""
    text = sep.join(digits)
    assert text_tokens(text) >= len(digits)


WORDS = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
                 min_size=1, max_size=60)


@given(WORDS)
def test_prose_costs_about_four_characters_a_token(words: list[str]) -> None:
    """Lower-case prose keeps the old estimate's scale (its ceiling per word at most)."""
    text = " ".join(words)
    assert text_tokens(text) <= -(-len(text) // 4) + len(words)


def test_a_digit_heavy_prompt_is_refused_before_it_is_sent() -> None:
    model = LocalModel(name="m", base_url="http://127.0.0.1:9/v1", context_length=2048)
    text = "Check these numbers: " + "4" * 2048  # ~520 tokens at 4 characters each
    exchange = Exchange(provider="gemini", endpoint=EndpointKind.CHAT, model="g", stream=False,
                        segments=(Segment(("x",), text),))
    problem = misfit(model, exchange, {}, GEMINI)
    assert problem is not None and problem[0] == "context_length_exceeded"
    short = Exchange(provider="gemini", endpoint=EndpointKind.CHAT, model="g", stream=False,
                     segments=(Segment(("x",), "4" * 1000),))
    assert misfit(model, short, {}, GEMINI) is None
