"""Drive the official SDKs the way an unmodified app does, and normalise what they return."""

from __future__ import annotations

import socket
import ssl
from typing import Any

import anthropic
import openai
from google import genai
from google.genai import types

from tests.conftest import CLIENT_KEY_ANTHROPIC, CLIENT_KEY_OPENAI, ProxyRun


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


def h2_tunnel(run: ProxyRun, timeout: float) -> tuple[ssl.SSLSocket, Any]:
    """An HTTP/2 connection (ALPN h2 only, the h2 library) to api.openai.com inside a
    CONNECT tunnel through *run*: the TLS socket and the h2 client connection."""
    import h2.config
    import h2.connection

    raw = socket.create_connection(("127.0.0.1", run.port), timeout=timeout)
    raw.sendall(b"CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\n\r\n")
    assert raw.recv(4096).startswith(b"HTTP/1.1 200")
    ctx = ssl.create_default_context(cafile=str(run.ca))
    ctx.set_alpn_protocols(["h2"])
    tls = ctx.wrap_socket(raw, server_hostname="api.openai.com")
    assert tls.selected_alpn_protocol() == "h2"
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    return tls, conn


def h2_answer(tls: ssl.SSLSocket, conn: Any) -> tuple[dict[str, str], bytes]:
    """Send what *conn* holds, read stream 1's answer to its end, close: headers and body."""
    import h2.events

    tls.sendall(conn.data_to_send())
    headers: dict[str, str] = {}
    payload, done = b"", False
    while not done:
        data = tls.recv(65536)
        if not data:
            break
        for event in conn.receive_data(data):
            if isinstance(event, h2.events.ResponseReceived):
                headers = {k.decode(): v.decode() for k, v in event.headers}
            elif isinstance(event, h2.events.DataReceived):
                payload += event.data
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
            elif isinstance(event, h2.events.StreamEnded):
                done = True
        tls.sendall(conn.data_to_send())
    tls.close()
    return headers, payload
