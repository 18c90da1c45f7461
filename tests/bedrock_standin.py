"""A STAND-IN for the AWS Bedrock runtime on loopback (bedrock-runtime.us-east-1.amazonaws.com
as the proxy's upstream): it checks each request's SigV4 signature against the keys it knows
(the app's and the proxy's), refuses any other with Bedrock's own error, records which key
signed what it answered, and replies to Converse, ConverseStream, InvokeModel and
InvokeModelWithResponseStream (Anthropic, Llama, Mistral, Titan bodies) with an echo of the
last user text. Streams are AWS event streams cut into small pieces (each text delta a few
characters, and the bytes written a few at a time), so placeholders arrive split across
messages and messages across reads.

The signature check is the test suite's own (sovereign.providers.sigv4.verify, which the
unit tests hold against botocore's signer): the app's requests are signed by boto3."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote

from sovereign.demo.standins import LoopbackHandler, LoopbackServer
from sovereign.providers import eventstream as es
from sovereign.providers.sigv4 import verify

HOST = "bedrock-runtime.us-east-1.amazonaws.com"


@dataclass(frozen=True)
class Signed:
    path: str
    headers: dict[str, str]
    body: bytes
    signer: str | None  # the access key id whose signature held; None: refused

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def json(self) -> Any:
        return json.loads(self.body)


def _text_blocks(content: Any) -> str:
    if isinstance(content, str):
        return content
    return " ".join(b["text"] for b in content or [] if isinstance(b, dict) and "text" in b)


def last_user_text(doc: dict[str, Any]) -> str:
    if isinstance(doc.get("inputText"), str):
        return str(doc["inputText"])
    if isinstance(doc.get("prompt"), str):
        return str(doc["prompt"])
    for message in reversed(doc.get("messages") or []):
        if message.get("role") == "user":
            return _text_blocks(message.get("content"))
    return ""


def pieces(text: str, size: int = 3) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def message(name: str, doc: Any) -> bytes:
    return es.encode((es.string_header(":event-type", name),
                      es.string_header(":content-type", "application/json"),
                      es.string_header(":message-type", "event")),
                     json.dumps(doc).encode())


def chunk(doc: Any) -> bytes:
    return message("chunk", {"bytes": base64.b64encode(json.dumps(doc).encode()).decode(),
                             "p": "abcdefgh"})


def family(model: str) -> str:
    name = model.rsplit("/", 1)[-1].split(".", 1)[-1] if model.startswith(("us.", "eu.")) \
        else model
    for prefix, fam in (("anthropic.", "anthropic"), ("meta.", "llama"),
                        ("mistral.", "mistral"), ("amazon.titan", "titan")):
        if name.startswith(prefix):
            return fam
    return "unknown"


def invoke_reply(fam: str, text: str, model: str) -> dict[str, Any]:
    if fam == "anthropic":
        return {"id": "msg_bedrock", "type": "message", "role": "assistant", "model": model,
                "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 7}}
    if fam == "llama":
        return {"generation": text, "prompt_token_count": 5, "generation_token_count": 7,
                "stop_reason": "stop"}
    if fam == "mistral":
        return {"outputs": [{"text": text, "stop_reason": "stop"}]}
    return {"inputTextTokenCount": 5, "results": [{"tokenCount": 7, "outputText": text,
                                                   "completionReason": "FINISH"}]}


def invoke_stream(fam: str, text: str, model: str) -> list[bytes]:
    parts = pieces(text)
    if fam == "anthropic":
        start = invoke_reply(fam, "", model)
        start["content"], start["stop_reason"] = [], None
        return [chunk({"type": "message_start", "message": start}),
                chunk({"type": "content_block_start", "index": 0,
                       "content_block": {"type": "text", "text": ""}}),
                *[chunk({"type": "content_block_delta", "index": 0,
                         "delta": {"type": "text_delta", "text": p}}) for p in parts],
                chunk({"type": "content_block_stop", "index": 0}),
                chunk({"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                       "usage": {"output_tokens": 7}}),
                chunk({"type": "message_stop"})]
    if fam == "llama":
        return [chunk({"generation": p, "prompt_token_count": None,
                       "generation_token_count": i, "stop_reason": None})
                for i, p in enumerate(parts)] + [
                chunk({"generation": "", "prompt_token_count": 5,
                       "generation_token_count": 7, "stop_reason": "stop"})]
    if fam == "mistral":
        return [chunk({"outputs": [{"text": p, "stop_reason": None}]}) for p in parts] + [
                chunk({"outputs": [{"text": "", "stop_reason": "stop"}]})]
    return [chunk({"outputText": p, "index": 0, "totalOutputTextTokenCount": None,
                   "completionReason": None, "inputTextTokenCount": None}) for p in parts] + [
            chunk({"outputText": "", "index": 0, "totalOutputTextTokenCount": 7,
                   "completionReason": "FINISH", "inputTextTokenCount": 5})]


def converse_stream(text: str) -> list[bytes]:
    return [message("messageStart", {"role": "assistant", "p": "ab"}),
            *[message("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": p},
                                            "p": "abcd"}) for p in pieces(text)],
            message("contentBlockStop", {"contentBlockIndex": 0}),
            message("messageStop", {"stopReason": "end_turn"}),
            message("metadata", {"usage": {"inputTokens": 5, "outputTokens": 7,
                                           "totalTokens": 12}, "metrics": {"latencyMs": 1}})]


class BedrockStandIn(LoopbackServer[Signed]):
    """The stand-in; *secrets* maps each access key id it accepts to its secret."""

    def __init__(self, secrets: dict[str, str], write_size: int = 7) -> None:
        self.secrets = dict(secrets)
        self.write_size = write_size  # stream bytes per write: messages split across reads
        super().__init__()

    def saw(self, needle: str) -> bool:
        with self._lock:
            return any(needle in r.text or needle in json.dumps(r.headers)
                       for r in self.received)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(LoopbackHandler):
            def _json(self, status: int, doc: Any, error_type: str | None = None) -> None:
                data = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                if error_type:
                    self.send_header("x-amzn-ErrorType", error_type)
                self.send_header("connection", "close")
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, messages: list[bytes]) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/vnd.amazon.eventstream")
                self.send_header("transfer-encoding", "chunked")
                self.send_header("connection", "close")
                self.end_headers()
                data = b"".join(messages)
                step = standin.write_size
                for i in range(0, len(data), step):
                    self.write_chunk(data[i : i + step])
                self.end_chunks()

            def do_POST(self) -> None:
                body = self.read_body()
                headers = {k.lower(): v for k, v in self.headers.items()}
                signer = verify("POST", self.path, headers, body, standin.secrets)
                standin._record(Signed(self.path, headers, body, signer))
                if signer is None:
                    self._json(403, {"message": "The request signature we calculated does "
                                     "not match the signature you provided."},
                               "InvalidSignatureException")
                    return
                _, _, model, action = self.path.split("?")[0].split("/", 3)
                model = unquote(model)
                doc = json.loads(body)
                text = f"[bedrock] echo: {last_user_text(doc)}"
                fam = family(model)
                if action == "converse":
                    self._json(200, {"output": {"message": {"role": "assistant",
                                                            "content": [{"text": text}]}},
                                     "stopReason": "end_turn",
                                     "usage": {"inputTokens": 5, "outputTokens": 7,
                                               "totalTokens": 12},
                                     "metrics": {"latencyMs": 1}})
                elif action == "converse-stream":
                    self._stream(converse_stream(text))
                elif action == "invoke":
                    self._json(200, invoke_reply(fam, text, model))
                elif action == "invoke-with-response-stream":
                    self._stream(invoke_stream(fam, text, model))
                else:
                    self._json(404, {"message": "no such operation"},
                               "UnknownOperationException")

        return Handler
