"""AWS Signature Version 4 for request headers, sans-IO (signing and verifying).

The algorithm is AWS's, "Create a signed AWS API request" and "Elements of an AWS API request
signature" in the IAM user guide (docs.aws.amazon.com/IAM/latest/UserGuide/
create-signed-request.html, reference_sigv-signing-elements.html):

1. canonical request = method, canonical URI, canonical query, canonical headers, signed
   header names, hex SHA-256 of the payload (one per line). For every service but S3 the
   URI is the path as sent, dot segments removed, URI-encoded once more (botocore's
   ``SigV4Auth`` does the same);
   the query is its name=value pairs, URI-encoded as the SDK sent them, sorted; each
   header is ``lower-case name:value`` with runs of spaces folded, sorted.
2. string to sign = ``AWS4-HMAC-SHA256``, the ``x-amz-date`` time stamp, the credential
   scope ``date/region/service/aws4_request``, hex SHA-256 of the canonical request.
3. signing key = HMAC-SHA256 chained over ``"AWS4" + secret``, date, region, service,
   ``aws4_request``; signature = hex HMAC-SHA256(signing key, string to sign).
4. ``Authorization: AWS4-HMAC-SHA256 Credential=<key id>/<scope>, SignedHeaders=<names>,
   Signature=<hex>``; a temporary identity sends its session token as
   ``x-amz-security-token`` (signed too).

Bedrock signs the payload: a body the proxy changed (redaction) no longer matches the app's
signature, so the proxy signs it again with an identity of its own (:func:`resign`). This
module never logs and never puts a key or signature into an exception message.
The tests check it against botocore's signer and against the requests boto3 sends.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote

ALGORITHM = "AWS4-HMAC-SHA256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
# headers a signature never covers (they change on the way: botocore leaves them out too)
UNSIGNABLE = frozenset({"authorization", "user-agent", "expect", "x-amzn-trace-id",
                        "connection", "proxy-authorization", "transfer-encoding"})
_AUTH = re.compile(
    r"AWS4-HMAC-SHA256\s+Credential=(?P<key>[^/,\s]+)/(?P<date>\d{8})/(?P<region>[^/,\s]+)/"
    r"(?P<service>[^/,\s]+)/aws4_request,\s*SignedHeaders=(?P<signed>[a-z0-9;\-]+),\s*"
    r"Signature=(?P<signature>[0-9a-f]{64})")


@dataclass(frozen=True)
class Credentials:
    """An AWS identity. ``repr`` shows the key id only (never the secret or the token)."""

    access_key_id: str
    secret_access_key: str
    session_token: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(access_key_id={self.access_key_id!r}, secret=<hidden>)"


class CredentialSource(Protocol):
    """Where the proxy's own AWS identity comes from (environment, a credentials file...):
    None when it has none now."""

    def get(self) -> Credentials | None: ...


@dataclass(frozen=True)
class SigV4Service:
    """How a provider's requests are signed: the service name in the credential scope and
    which label of the host name is the region (``bedrock-runtime.us-east-1.amazonaws.com``)."""

    service: str
    region_label: int = 1

    def region(self, host: str) -> str:
        labels = host.split(":")[0].rstrip(".").lower().split(".")
        return labels[self.region_label] if len(labels) > self.region_label else "us-east-1"


def _uri_encode(text: str, safe: str = "") -> str:
    return quote(text, safe="-_.~" + safe)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4, and empty segments dropped (AWS wants consecutive slashes gone)."""
    out: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if out:
                out.pop()
        elif part and part != ".":
            out.append(part)
    last = "/" if path.endswith("/") and out else ""
    return "/" + "/".join(out) + last


def canonical_uri(path: str) -> str:
    bare = path.split("?", 1)[0] or "/"
    return _uri_encode(_remove_dot_segments(bare), safe="/")


def canonical_query(path: str) -> str:
    """The query's name=value pairs as sent (SDKs send them URI-encoded already), sorted:
    botocore's reading, so the proxy signs an app's query exactly as the app's SDK did."""
    query = path.partition("?")[2]
    if not query:
        return ""
    pairs = [(name, value) for name, _, value in (p.partition("=") for p in query.split("&"))]
    return "&".join(f"{k}={v}" for k, v in sorted(pairs))


def _fold(value: str) -> str:
    return " ".join(value.strip().split())


def payload_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def canonical_request(method: str, path: str, headers: Mapping[str, str],
                      signed: list[str], body_hash: str) -> str:
    lower = {k.lower(): v for k, v in headers.items()}
    canon = "".join(f"{name}:{_fold(lower.get(name, ''))}\n" for name in signed)
    return "\n".join([method.upper(), canonical_uri(path), canonical_query(path), canon,
                      ";".join(signed), body_hash])


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    key = _hmac(("AWS4" + secret).encode("utf-8"), date)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    return key


def signature(secret: str, amz_date: str, region: str, service: str, canonical: str) -> str:
    scope = f"{amz_date[:8]}/{region}/{service}/aws4_request"
    to_sign = "\n".join([ALGORITHM, amz_date, scope,
                         hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
    return hmac.new(signing_key(secret, amz_date[:8], region, service),
                    to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def amz_date(now: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(now))


def sign(creds: Credentials, method: str, path: str, headers: Mapping[str, str], body: bytes,
         region: str, service: str, now: float,
         signed: list[str] | None = None) -> dict[str, str]:
    """The headers that sign a request whose other headers are *headers* (``host`` among
    them): ``x-amz-date``, ``authorization`` and, for a temporary identity,
    ``x-amz-security-token``. *signed*: the header names to cover (default: every header
    but :data:`UNSIGNABLE`); the signing headers themselves are always covered."""
    stamp = amz_date(now)
    added = {"x-amz-date": stamp}
    if creds.session_token:
        added["x-amz-security-token"] = creds.session_token
    replaced = ("x-amz-date", "x-amz-security-token", "authorization")
    lower = {k.lower(): v for k, v in headers.items() if k.lower() not in replaced}
    lower.update(added)
    names = set(signed) if signed is not None else set(lower)
    order = sorted(n for n in names | set(added) | {"host"}
                   if n in lower and n not in UNSIGNABLE)
    body_hash = lower.get("x-amz-content-sha256") or payload_hash(body)
    canon = canonical_request(method, path, lower, order, body_hash)
    sig = signature(creds.secret_access_key, stamp, region, service, canon)
    scope = f"{stamp[:8]}/{region}/{service}/aws4_request"
    added["authorization"] = (f"{ALGORITHM} Credential={creds.access_key_id}/{scope}, "
                              f"SignedHeaders={';'.join(order)}, Signature={sig}")
    return added


@dataclass(frozen=True)
class Authorization:
    """What an ``Authorization`` header says (no secret: a key id, a scope, a signature)."""

    access_key_id: str
    date: str
    region: str
    service: str
    signed: tuple[str, ...]
    signature: str


def parse_authorization(value: str | None) -> Authorization | None:
    match = _AUTH.fullmatch((value or "").strip())
    if match is None:
        return None
    return Authorization(match["key"], match["date"], match["region"], match["service"],
                         tuple(match["signed"].split(";")), match["signature"])


def verify(method: str, path: str, headers: Mapping[str, str], body: bytes,
           secrets: Mapping[str, str]) -> str | None:
    """The access key id whose secret (in *secrets*) signed this request over this body;
    None when the signature is missing, malformed, by an unknown key, or does not match."""
    lower = {k.lower(): v for k, v in headers.items()}
    auth = parse_authorization(lower.get("authorization"))
    if auth is None or auth.access_key_id not in secrets or "host" not in auth.signed:
        return None
    stamp = lower.get("x-amz-date", "")
    if stamp[:8] != auth.date:
        return None
    declared = lower.get("x-amz-content-sha256")
    if declared not in (None, payload_hash(body)):
        return None  # an unsigned or mismatched payload does not prove the body
    canon = canonical_request(method, path, lower, list(auth.signed), payload_hash(body))
    expected = signature(secrets[auth.access_key_id], stamp, auth.region, auth.service, canon)
    return auth.access_key_id if hmac.compare_digest(expected, auth.signature) else None


def resign(creds: Credentials, scheme: SigV4Service, method: str, path: str, host: str,
           headers: Mapping[str, str], body: bytes, now: float) -> dict[str, str]:
    """Headers that re-sign a request the proxy changed, with the proxy's identity: the
    header names the app signed (those still sent), with the new body's length and hash."""
    lower = {k.lower(): v for k, v in headers.items()}
    app = parse_authorization(lower.get("authorization"))
    lower.pop("x-amz-security-token", None)  # the app's session token goes with its signature
    lower["host"] = host
    if "content-length" in lower:
        lower["content-length"] = str(len(body))
    out: dict[str, str] = {}
    if "x-amz-content-sha256" in lower:
        lower["x-amz-content-sha256"] = out["x-amz-content-sha256"] = payload_hash(body)
    region = app.region if app is not None else scheme.region(host)
    signed = [n for n in app.signed if n in lower] if app is not None else None
    out.update(sign(creds, method, path, lower, body, region, scheme.service, now, signed))
    return out
