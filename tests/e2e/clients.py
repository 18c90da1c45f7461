"""Drive the official SDKs the way an unmodified app does, and normalise what they return."""

from __future__ import annotations

import anthropic
import openai
from google import genai
from google.genai import types

from tests.conftest import CLIENT_KEY_ANTHROPIC, CLIENT_KEY_OPENAI


def openai_client() -> openai.OpenAI:
    return openai.OpenAI(api_key=CLIENT_KEY_OPENAI, max_retries=0, timeout=30)


def anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=CLIENT_KEY_ANTHROPIC, max_retries=0, timeout=30)


def ask_openai(prompt: str, stream: bool, model: str = "gpt-4o") -> str:
    client = openai_client()
    messages = [{"role": "system", "content": "You are terse."},
                {"role": "user", "content": prompt}]
    if not stream:
        completion = client.chat.completions.create(model=model, messages=messages)  # type: ignore[arg-type]
        return completion.choices[0].message.content or ""
    out = []
    for chunk in client.chat.completions.create(model=model, messages=messages, stream=True):  # type: ignore[arg-type]
        if chunk.choices and chunk.choices[0].delta.content:
            out.append(chunk.choices[0].delta.content)
    return "".join(out)


def ask_anthropic(prompt: str, stream: bool, model: str = "claude-opus-4-7") -> str:
    client = anthropic_client()
    messages = [{"role": "user", "content": prompt}]
    if not stream:
        message = client.messages.create(model=model, max_tokens=256, system="You are terse.",
                                         messages=messages)  # type: ignore[arg-type]
        return "".join(b.text for b in message.content if b.type == "text")
    with client.messages.stream(model=model, max_tokens=256, system="You are terse.",
                                messages=messages) as s:  # type: ignore[arg-type]
        return "".join(s.text_stream)


GEMINI_KEY = "AIzaSyTestClientKey0123456789abcdefghijk"


def gemini_client() -> genai.Client:
    return genai.Client(api_key=GEMINI_KEY,
                        http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(
                            attempts=1)))


def ask_gemini(prompt: str, stream: bool, model: str = "gemini-2.5-flash") -> str:
    client = gemini_client()
    config = types.GenerateContentConfig(system_instruction="You are terse.")
    if not stream:
        return client.models.generate_content(model=model, contents=prompt, config=config).text or ""
    return "".join(chunk.text or "" for chunk in client.models.generate_content_stream(
        model=model, contents=prompt, config=config))


def ask_responses(prompt: str, stream: bool, model: str = "gpt-4o") -> str:
    client = openai_client()
    if not stream:
        return client.responses.create(model=model, instructions="You are terse.",
                                       input=prompt).output_text
    out = []
    for event in client.responses.create(model=model, instructions="You are terse.",
                                         input=[{"role": "user", "content": prompt}], stream=True):
        if event.type == "response.output_text.delta":
            out.append(event.delta)
    return "".join(out)


ASK = {"openai": ask_openai, "anthropic": ask_anthropic, "responses": ask_responses,
       "gemini": ask_gemini}
