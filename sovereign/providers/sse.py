"""Server-sent events framing (WHATWG HTML §9.2), incremental and byte-exact.

Events may arrive split at any byte; :class:`SSEDecoder` buffers to event boundaries and
returns whole events with their original bytes, so an event the proxy does not change is
passed on exactly as the server wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOUNDARY = re.compile(rb"\r\n\r\n|\n\n|\r\r")


@dataclass(frozen=True, slots=True)
class SSEEvent:
    event: str | None
    data: str
    raw: bytes  # the original bytes including the terminating blank line

    @classmethod
    def parse(cls, raw: bytes) -> SSEEvent:
        name: str | None = None
        data: list[str] = []
        for line in raw.decode("utf-8").splitlines():
            if not line or line.startswith(":"):
                continue
            field, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if field == "event":
                name = value
            elif field == "data":
                data.append(value)
        return cls(event=name, data="\n".join(data), raw=raw)


def encode(event: str | None, data: str) -> bytes:
    lines = [f"event: {event}"] if event is not None else []
    lines.extend(f"data: {line}" for line in data.split("\n"))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


class SSEDecoder:
    """Feed bytes, get complete events. ``flush()`` returns an unterminated tail, if any."""

    def __init__(self) -> None:
        self._buf = b""

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        self._buf += chunk
        events = []
        while True:
            match = _BOUNDARY.search(self._buf)
            if match is None:
                break
            raw, self._buf = self._buf[: match.end()], self._buf[match.end() :]
            events.append(SSEEvent.parse(raw))
        return events

    def flush(self) -> bytes:
        tail, self._buf = self._buf, b""
        return tail
