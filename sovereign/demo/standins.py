"""STAND-INS, not real services: loopback servers playing a closed LLM API and a vLLM server,
recording everything they receive (used by the test suite, the benchmarks and the demo).

Both speak OpenAI Chat Completions and Anthropic Messages, streaming and not. The reply echoes
the last user message, prefixed by the server's name, so a test can see who answered and what
text that server actually got. Streams are cut into small pieces so that placeholders arrive
split across events, as they do from real models.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol, Self


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def last_user_text(body: dict[str, Any]) -> str:
    """The last user text in a chat, Anthropic, Responses or Gemini request."""
    if isinstance(body.get("input"), str):
        return str(body["input"])
    if isinstance(body.get("input"), list):
        for item in reversed(body["input"]):
            if isinstance(item, dict) and item.get("role") == "user":
                content = item.get("content")
                if isinstance(content, str):
                    return content
                parts = content if isinstance(content, list) else []
                return " ".join(p["text"] for p in parts if isinstance(p, dict) and "text" in p)
        return ""
    for content in reversed(body.get("contents", [])):
        if content.get("role", "user") == "user":
            texts = [p["text"] for p in content.get("parts", []) if "text" in p]
            if texts:
                return " ".join(texts)
    for message in reversed(body.get("messages", [])):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        return " ".join(p["text"] for p in content if isinstance(p, dict) and "text" in p)
    return ""


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def openai_completion(model: str, text: str, usage: tuple[int, int] = (5, 7)
                      ) -> dict[str, Any]:
    return {"id": "chatcmpl-standin", "object": "chat.completion", "created": 1700000000,
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text,
                                                 "refusal": None},
                         "finish_reason": "stop", "logprobs": None}],
            "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1],
                      "total_tokens": sum(usage)}}


def openai_stream(model: str, text: str, size: int,
                  usage: tuple[int, int] | None = None) -> list[bytes]:
    """Chat chunks; with *usage* (the request asked with stream_options.include_usage) every
    chunk carries "usage": null and a last chunk with no choices carries the usage, as
    OpenAI's API does."""

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        event: dict[str, Any] = {
            "id": "chatcmpl-standin", "object": "chat.completion.chunk",
            "created": 1700000000, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        if usage is not None:
            event["usage"] = None
        return f"data: {json.dumps(event)}\n\n".encode()

    out = [chunk({"role": "assistant", "content": ""})]
    out += [chunk({"content": p}) for p in pieces(text, size)]
    out.append(chunk({}, "stop"))
    if usage is not None:
        last = {"id": "chatcmpl-standin", "object": "chat.completion.chunk",
                "created": 1700000000, "model": model, "choices": [],
                "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1],
                          "total_tokens": sum(usage)}}
        out.append(f"data: {json.dumps(last)}\n\n".encode())
    out.append(b"data: [DONE]\n\n")
    return out


def text_embedding(text: str, dims: int = 32) -> list[float]:
    """A deterministic bag-of-words vector: equal texts give cosine 1, texts sharing words
    come close, unrelated texts are apart (a stand-in for an embeddings model)."""
    import hashlib

    vector = [0.0] * dims
    for word in text.lower().split():
        digest = hashlib.sha256(word.encode()).digest()
        vector[digest[0] % dims] += 1.0 if digest[1] % 2 else -1.0
    return vector if any(vector) else [1.0] + [0.0] * (dims - 1)


def anthropic_message(model: str, text: str) -> dict[str, Any]:
    return {"id": "msg_standin", "type": "message", "role": "assistant", "model": model,
            "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
            "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 7}}


def anthropic_stream(model: str, text: str, size: int) -> list[bytes]:
    def ev(name: str, data: dict[str, Any]) -> bytes:
        return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()

    start = anthropic_message(model, "")
    start["content"], start["stop_reason"] = [], None
    out = [ev("message_start", {"type": "message_start", "message": start}),
           ev("content_block_start", {"type": "content_block_start", "index": 0,
                                      "content_block": {"type": "text", "text": ""}}),
           ev("ping", {"type": "ping"})]
    out += [ev("content_block_delta", {"type": "content_block_delta", "index": 0,
                                       "delta": {"type": "text_delta", "text": p}})
            for p in pieces(text, size)]
    out += [ev("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ev("message_delta", {"type": "message_delta",
                                 "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                 "usage": {"output_tokens": 7}}),
            ev("message_stop", {"type": "message_stop"})]
    return out


def responses_object(model: str, text: str, status: str = "completed",
                     rid: str = "resp_standin") -> dict[str, Any]:
    item = {"id": "msg_standin", "type": "message", "status": status, "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}]}
    return {"id": rid, "object": "response", "created_at": 1700000000,
            "status": status, "model": model, "output": [item] if text else [],
            "parallel_tool_calls": True, "tool_choice": "auto", "tools": [], "error": None,
            "incomplete_details": None, "instructions": None, "metadata": {},
            "text": {"format": {"type": "text"}},
            "usage": {"input_tokens": 5, "output_tokens": 7, "total_tokens": 12,
                      "input_tokens_details": {"cached_tokens": 0},
                      "output_tokens_details": {"reasoning_tokens": 0}}}


def responses_stream(model: str, text: str, size: int,
                     rid: str = "resp_standin") -> list[bytes]:
    seq = iter(range(10_000))

    def ev(name: str, data: dict[str, Any]) -> bytes:
        data = {"type": name, "sequence_number": next(seq), **data}
        return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()

    ids = {"item_id": "msg_standin", "output_index": 0, "content_index": 0}
    item = {"id": "msg_standin", "type": "message", "status": "in_progress", "role": "assistant",
            "content": []}
    part = {"type": "output_text", "text": "", "annotations": []}
    out = [ev("response.created", {"response": responses_object(model, "", "in_progress", rid)}),
           ev("response.output_item.added", {"output_index": 0, "item": item}),
           ev("response.content_part.added", {**ids, "part": part})]
    out += [ev("response.output_text.delta", {**ids, "delta": p, "logprobs": []})
            for p in pieces(text, size)]
    done_item = {**item, "status": "completed",
                 "content": [{"type": "output_text", "text": text, "annotations": []}]}
    out += [ev("response.output_text.done", {**ids, "text": text, "logprobs": []}),
            ev("response.content_part.done", {**ids, "part": {**part, "text": text}}),
            ev("response.output_item.done", {"output_index": 0, "item": done_item}),
            ev("response.completed", {"response": responses_object(model, text, rid=rid)})]
    return out


def gemini_response(model: str, text: str, finish: bool = True) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": [{"text": text}]},
                                 "index": 0}
    if finish:
        candidate["finishReason"] = "STOP"
    return {"candidates": [candidate], "modelVersion": model, "responseId": "standin",
            "usageMetadata": {"promptTokenCount": 5, "candidatesTokenCount": 7,
                              "totalTokenCount": 12}}


def gemini_stream(model: str, text: str, size: int) -> list[bytes]:
    chunks = pieces(text, size)
    return [f"data: {json.dumps(gemini_response(model, p, finish=i == len(chunks) - 1))}\r\n\r\n"
            .encode() for i, p in enumerate(chunks)]


def cohere_response(text: str) -> dict[str, Any]:
    tokens = {"input_tokens": 5, "output_tokens": 7}
    return {"id": "cohere-standin", "finish_reason": "COMPLETE",
            "message": {"role": "assistant", "content": [{"type": "text", "text": text}]},
            "usage": {"billed_units": tokens, "tokens": tokens}}


def cohere_stream(text: str, size: int) -> list[bytes]:
    def ev(data: dict[str, Any]) -> bytes:
        return f"event: {data['type']}\ndata: {json.dumps(data)}\n\n".encode()

    tokens = {"input_tokens": 5, "output_tokens": 7}
    out = [ev({"type": "message-start", "id": "cohere-standin",
               "delta": {"message": {"role": "assistant"}}}),
           ev({"type": "content-start", "index": 0,
               "delta": {"message": {"content": {"type": "text", "text": ""}}}})]
    out += [ev({"type": "content-delta", "index": 0,
                "delta": {"message": {"content": {"text": p}}}}) for p in pieces(text, size)]
    out += [ev({"type": "content-end", "index": 0}),
            ev({"type": "message-end", "delta": {"finish_reason": "COMPLETE",
                                                 "usage": {"billed_units": tokens,
                                                           "tokens": tokens}}})]
    return out


class _Server(ThreadingHTTPServer):
    request_queue_size = 512  # a listen backlog deep enough for the load benchmark
    daemon_threads = True


MAX_BODY = 64 << 20  # bytes of a request body a stand-in reads


class LoopbackHandler(BaseHTTPRequestHandler):
    """A stand-in's request handler: HTTP/1.1 (JSON with a content-length, streams chunked: a
    real end of stream, distinct from a connection that breaks; request bodies with a
    content-length or chunked), one response per connection, nothing logged."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def read_body(self) -> bytes:
        """The request's body, sent with a content-length or chunked (RFC 9112 §7.1: each
        chunk's size in hex, the data, CRLF; a zero size ends it, then trailer lines, which
        are read and dropped), as a real API server takes it; at most MAX_BODY bytes."""
        if "chunked" not in (self.headers.get("transfer-encoding") or "").lower():
            return self.rfile.read(min(int(self.headers.get("content-length") or 0), MAX_BODY))
        parts: list[bytes] = []
        size = 0
        while True:
            line = self.rfile.readline(1024)
            length = int(line.split(b";", 1)[0].strip() or b"0", 16)
            if length == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields
                return b"".join(parts)
            size += length
            if size > MAX_BODY:
                raise ValueError("a chunked body larger than the stand-in takes")
            parts.append(self.rfile.read(length))
            self.rfile.readline(1024)  # the CRLF after the chunk's data

    def write_chunk(self, data: bytes) -> None:
        """One chunk of a chunked body, flushed (the client reads it now)."""
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def end_chunks(self) -> None:
        self.wfile.write(b"0\r\n\r\n")  # the end of the chunked body
        self.wfile.flush()


class _Recorded(Protocol):
    @property
    def text(self) -> str: ...


class LoopbackServer[R: _Recorded]:
    """A stand-in's life: an HTTP server on 127.0.0.1 (any free port) that serves the
    subclass's ``_handler()`` in a thread, and ``received``, every request it recorded.
    A subclass sets what its handler reads before calling ``__init__``."""

    def __init__(self) -> None:
        self.received: list[R] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def clear(self) -> None:
        with self._lock:
            self.received.clear()

    def saw(self, needle: str) -> bool:
        with self._lock:
            return any(needle in r.text for r in self.received)

    def _record(self, r: R) -> None:
        with self._lock:
            self.received.append(r)


class StandIn(LoopbackServer[Received]):
    """An LLM API stand-in on 127.0.0.1; ``received`` holds every request it got."""

    def __init__(self, name: str, piece_size: int = 3, event_delay: float = 0.002) -> None:
        self.name = name
        self.piece_size = piece_size
        self.event_delay = event_delay
        # When set, a stream pauses after its first text event until the test opens the gate;
        # gate_opened_in_time says whether the client got that event while the stream was open.
        self.gate: threading.Event | None = None
        self.byte_at_a_time = False  # write streams one byte per write (and flush)
        self.reply_text: str | None = None  # a fixed reply instead of the echo (benchmarks)
        self.unique_ids = False  # Responses replies get ids of their own (resp_1, resp_2, ...)
        self._replies = 0
        self.delay_s = 0.0  # wait this long before answering (a slow model)
        self.model_ids = ["gpt-4o"]  # what GET /v1/models lists
        self.usage = (5, 7)  # tokens reported (input, output) by chat completions
        self.embed_text = False  # embeddings from the text (text_embedding), not a constant
        # a reply instead of the echo when the last user text holds the key (a judge's rubric)
        self.replies_when: dict[str, str] = {}
        self.fail_status: int | None = None  # answer every POST with this error status
        self.hold_posts: threading.Event | None = None  # a POST waits for it (a busy model)
        self.reset_after_events: int | None = None  # cut the stream's connection after N events
        self.reset_on_request = False  # reset the connection instead of answering a POST
        self.cut_json_body = False  # reset the connection halfway through a JSON reply's body
        # when set, a stream's end of body waits after its last event until the event is set
        self.hold_end: threading.Event | None = None
        self.gate_opened_in_time: bool | None = None
        super().__init__()

    def next_response_id(self) -> str:
        if not self.unique_ids:
            return "resp_standin"
        with self._lock:
            self._replies += 1
            return f"resp_{self.name}_{self._replies}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(LoopbackHandler):
            def _reset(self) -> None:
                """Close the connection with a TCP reset (SO_LINGER 0), answering nothing."""
                import socket
                import struct

                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True

            def _send_json(self, status: int, doc: Any) -> None:
                data = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.send_header("connection", "close")
                self.end_headers()
                if standin.cut_json_body:
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self._reset()
                    return
                self.wfile.write(data)

            def _send_stream(self, events: list[bytes]) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("cache-control", "no-cache")
                self.send_header("transfer-encoding", "chunked")
                self.send_header("connection", "close")
                self.end_headers()
                for i, event in enumerate(events):
                    if standin.reset_after_events is not None and i == standin.reset_after_events:
                        import socket
                        import struct

                        self.wfile.flush()
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                                   struct.pack("ii", 1, 0))
                        self.connection.close()
                        return
                    if standin.byte_at_a_time:
                        for b in range(len(event)):
                            self.write_chunk(event[b : b + 1])
                    else:
                        self.write_chunk(event)
                    if i == 3 and standin.gate is not None:
                        standin.gate_opened_in_time = standin.gate.wait(15)
                    time.sleep(standin.event_delay)
                if standin.hold_end is not None:
                    standin.hold_end.wait(60)
                self.end_chunks()

            def do_GET(self) -> None:
                if self.path == "/health":  # the proxy's health checks are not traffic
                    self._send_json(200, {})
                    return
                standin._record(Received("GET", self.path, dict(self.headers), b""))
                if self.path.rstrip("/").endswith("/models"):
                    self._send_json(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "created": 1, "owned_by": "x"}
                        for m in standin.model_ids]})
                else:
                    self._send_json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                body = self.read_body()
                if standin.delay_s:
                    time.sleep(standin.delay_s)
                standin._record(Received("POST", self.path, dict(self.headers), body))
                if standin.hold_posts is not None:
                    standin.hold_posts.wait(60)
                if standin.reset_on_request:
                    self._reset()
                    return
                try:
                    doc = json.loads(body)
                except json.JSONDecodeError:
                    self._send_json(400, {"error": {"message": "bad json"}})
                    return
                path = self.path.split("?", 1)[0]
                model = doc.get("model") or path.rpartition("/")[2].split(":")[0]
                if standin.fail_status is not None:
                    self._send_json(standin.fail_status, {"error": {"message": "failing"}})
                    return
                asked = last_user_text(doc) if isinstance(doc, dict) else ""
                text = standin.reply_text or next(
                    (reply for key, reply in standin.replies_when.items() if key in asked),
                    f"[{standin.name}] echo: {asked}")
                size = standin.piece_size
                action = path.rpartition(":")[2] if ":" in path else ""
                if action == "generateContent":
                    self._send_json(200, gemini_response(model, text))
                elif action == "streamGenerateContent":
                    self._send_stream(gemini_stream(model, text, size))
                elif action == "countTokens":
                    self._send_json(200, {"totalTokens": len(json.dumps(doc).split())})
                elif action in ("embedContent", "batchEmbedContents"):
                    n = len(doc.get("requests", [doc]))
                    vectors = [{"values": [0.5, 0.25, 0.125]} for _ in range(n)]
                    self._send_json(200, {"embedding": vectors[0]} if action == "embedContent"
                                    else {"embeddings": vectors})
                elif path.endswith("/messages/count_tokens"):
                    self._send_json(200, {"input_tokens": len(json.dumps(doc).split())})
                elif path == "/tokenize":  # a prompt, or chat messages (words of their text)
                    said = doc.get("prompt") or " ".join(
                        m["content"] for m in doc.get("messages", [])
                        if isinstance(m.get("content"), str))
                    self._send_json(200, {"count": len(said.split()),
                                          "max_model_len": 8192, "tokens": []})
                elif path.endswith("/embeddings"):
                    inputs = doc.get("input")
                    inputs = inputs if isinstance(inputs, list) else [inputs]
                    self._send_json(200, {"object": "list", "model": model, "data": [
                        {"object": "embedding", "index": i,
                         "embedding": text_embedding(str(item)) if standin.embed_text
                         else [0.5, 0.25, 0.125]}
                        for i, item in enumerate(inputs)],
                        "usage": {"prompt_tokens": 3, "total_tokens": 3}})
                elif path.endswith("/responses"):
                    rid = standin.next_response_id()
                    if doc.get("stream"):
                        self._send_stream(responses_stream(model, text, size, rid))
                    else:
                        self._send_json(200, responses_object(model, text, rid=rid))
                elif path.endswith("/chat/completions"):
                    if doc.get("stream"):
                        options = doc.get("stream_options")
                        asked_usage = isinstance(options, dict) and \
                            options.get("include_usage") is True
                        self._send_stream(openai_stream(
                            model, text, size, standin.usage if asked_usage else None))
                    else:
                        self._send_json(200, openai_completion(model, text, standin.usage))
                elif path.endswith("/messages") or action in ("rawPredict", "streamRawPredict"):
                    if doc.get("stream"):  # Vertex AI: Anthropic's body, the model in the path
                        self._send_stream(anthropic_stream(model, text, size))
                    else:
                        self._send_json(200, anthropic_message(model, text))
                elif action == "predict":  # Vertex AI text embeddings
                    self._send_json(200, {"predictions": [
                        {"embeddings": {"values": [0.5, 0.25, 0.125],
                                        "statistics": {"truncated": False, "token_count": 3}}}
                        for _ in doc.get("instances", [])]})
                elif path.endswith("/v2/chat"):
                    if doc.get("stream"):
                        self._send_stream(cohere_stream(text, size))
                    else:
                        self._send_json(200, cohere_response(text))
                else:
                    self._send_json(404, {"error": {"message": f"no route {path}"}})

        return Handler
