"""Host names as the proxy compares them: one spelling for every way of writing a name.

The same host reaches the proxy as a CONNECT target, a TLS SNI and a Host header (or HTTP/2
``:authority``), each in the client's spelling: ``API.OpenAI.com``, ``api.openai.com.`` (the
fully qualified form, which DNS and TLS accept), ``api.openai.com:443``, or in Unicode
(full-width ``api``, which IDNA maps to ASCII). Deciding on the raw strings lets a spelling
the allow-list does not know tunnel a request past the scan; so every source is normalised
here, the same way, before anything is compared. Pure.
"""

from __future__ import annotations

import ipaddress
import re

_PORT = re.compile(r":\d*$")


def strip_port(authority: str) -> str:
    """``host:port`` → ``host``; ``[v6]:port`` → ``v6``."""
    value = authority.strip()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        return _PORT.sub("", value)
    return value


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    return True


def normalise_host(value: str | bytes | None, *, with_port: bool = False) -> str | None:
    """The canonical spelling of a host name (lower-case ASCII, IDNA-mapped, no trailing dot,
    no port), or None when *value* names no host: empty, or an IP address literal.

    A name IDNA cannot map is kept lower-cased as it is (it then matches no catalogued host,
    which are all plain ASCII)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "surrogateescape")
    name = strip_port(value) if with_port else value.strip()
    if not name or is_ip(name):
        return None
    if not name.isascii():
        try:
            # IDNA 2003 ToASCII: NFKC-maps and case-folds each label and splits on the
            # ideographic and full-width dots too (full-width "api" and dots → "api.openai.com")
            name = name.rstrip(".\u3002\uff0e\uff61").encode("idna").decode("ascii")
        except UnicodeError:
            return name.lower().rstrip(".")
    name = name.lower().rstrip(".")
    return None if not name or is_ip(name) else name


def host_regex(pattern: str) -> str:
    """A regular expression (for ``fullmatch``) of a catalogue host *pattern*, written in
    normalised spelling: a leading ``*.`` stands for one or more labels (``*.openai.azure.com``:
    every host under that domain), any other ``*`` for part of one label
    (``*-aiplatform.googleapis.com``: ``us-central1-aiplatform.googleapis.com``;
    ``bedrock-runtime.*.amazonaws.com``). Each ``*`` is a group: what the app chose there."""
    out = []
    rest = pattern
    if rest.startswith("*."):
        out.append(r"(.+?)\.")
        rest = rest[2:]
    out.extend(r"([a-z0-9_-]+)" if part == "*" else re.escape(part)
               for part in re.split(r"(\*)", rest) if part)
    return "".join(out)
