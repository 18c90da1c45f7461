"""SigV4 (providers/sigv4.py) against botocore's signer: the same signature for any path,
query, headers and body; the verifier the Bedrock stand-in uses accepts exactly the requests
signed over the body it got by a key it knows; a re-signed request holds with the proxy's key
and carries nothing of the app's identity."""

from __future__ import annotations

import calendar
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotoCredentials
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.providers.sigv4 import (
    Credentials,
    SigV4Service,
    parse_authorization,
    resign,
    sign,
    verify,
)

HOST = "bedrock-runtime.us-east-1.amazonaws.com"
APP = Credentials("AKIDAPP", "app-secret/with+odd=chars", "app-token")
PROXY = Credentials("AKIDPROXY", "proxy-secret")

segments = st.text(st.characters(codec="ascii", categories=("L", "N"), include_characters="-_.~:@ "),
                   min_size=1, max_size=12)
header_names = st.from_regex(r"x-[a-z][a-z0-9-]{0,10}", fullmatch=True)
header_values = st.text(st.characters(codec="ascii", min_codepoint=32, max_codepoint=126),
                        min_size=1, max_size=20).filter(lambda v: v.strip() != "")


def _botocore(creds: Credentials, path: str, headers: dict[str, str], body: bytes
              ) -> dict[str, str]:
    request = AWSRequest("POST", f"https://{HOST}{path}", data=body, headers=headers)
    SigV4Auth(BotoCredentials(creds.access_key_id, creds.secret_access_key,
                              creds.session_token), "bedrock", "us-east-1").add_auth(request)
    return {k.lower(): v for k, v in request.headers.items()} | {"host": HOST}


def _now(stamp: str) -> float:
    return float(calendar.timegm(time.strptime(stamp, "%Y%m%dT%H%M%SZ")))


@settings(max_examples=150, deadline=None)
@given(st.lists(segments, min_size=1, max_size=4),
       st.lists(st.tuples(segments, segments), max_size=3),
       st.dictionaries(header_names, header_values, max_size=4), st.binary(max_size=200))
def test_same_signature_as_botocore(parts: list[str], query: list[tuple[str, str]],
                                    headers: dict[str, str], body: bytes) -> None:
    from urllib.parse import quote, urlencode

    path = "/" + "/".join(quote(p, safe="") for p in parts)
    if query:
        path += "?" + urlencode(query, quote_via=quote)
    theirs = _botocore(APP, path, {"content-type": "application/json", **headers}, body)
    mine = sign(APP, "POST", path, {k: v for k, v in theirs.items() if k != "authorization"},
                body, "us-east-1", "bedrock", _now(theirs["x-amz-date"]))
    assert mine["authorization"] == theirs["authorization"]
    assert verify("POST", path, theirs, body, {APP.access_key_id: APP.secret_access_key}) \
        == APP.access_key_id


def test_verify_refuses_a_changed_body_an_unknown_key_and_a_missing_signature() -> None:
    path = "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse"
    headers = _botocore(APP, path, {"content-type": "application/json"}, b'{"a":1}')
    secrets = {APP.access_key_id: APP.secret_access_key}
    assert verify("POST", path, headers, b'{"a":1}', secrets) == "AKIDAPP"
    assert verify("POST", path, headers, b'{"a":2}', secrets) is None
    assert verify("POST", path, headers, b'{"a":1}', {"AKIDAPP": "other"}) is None
    assert verify("POST", path, headers, b'{"a":1}', {"AKIDX": "x"}) is None
    assert verify("POST", path, {**headers, "authorization": ""}, b'{"a":1}', secrets) is None
    assert verify("POST", path + "x", headers, b'{"a":1}', secrets) is None


def test_resigned_request_holds_with_the_proxys_key_only() -> None:
    path = "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream"
    app = _botocore(APP, path, {"content-type": "application/json",
                                "content-length": "7"}, b'{"a":1}')
    body = b'{"a":"[PERSON_1]"}'
    new = resign(PROXY, SigV4Service("bedrock"), "POST", path, HOST,
                 {**app, "accept-encoding": "identity"}, body, time.time())
    sent = {k: v for k, v in app.items() if k != "x-amz-security-token"} | new \
        | {"content-length": str(len(body)), "accept-encoding": "identity"}
    assert "x-amz-security-token" not in new  # the proxy's identity is not temporary
    both = {APP.access_key_id: APP.secret_access_key,
            PROXY.access_key_id: PROXY.secret_access_key}
    assert verify("POST", path, sent, body, both) == "AKIDPROXY"
    auth = parse_authorization(sent["authorization"])
    assert auth is not None and auth.region == "us-east-1" and auth.service == "bedrock"
    app_signed = set(parse_authorization(app["authorization"]).signed)  # type: ignore[union-attr]
    assert app_signed - {"x-amz-security-token"} <= set(auth.signed)  # what the app signed
    assert "app-token" not in str(new) and "app-secret" not in str(new)


def test_a_temporary_proxy_identity_sends_and_signs_its_token() -> None:
    path = "/model/meta.llama3-8b-instruct-v1%3A0/invoke"
    temporary = Credentials("ASIAPROXY", "proxy-secret", "proxy-token")
    new = resign(temporary, SigV4Service("bedrock"), "POST", path, HOST,
                 {"host": HOST, "content-type": "application/json"}, b"{}", time.time())
    assert new["x-amz-security-token"] == "proxy-token"
    assert "x-amz-security-token" in parse_authorization(new["authorization"]).signed  # type: ignore[union-attr]
    sent = {"host": HOST, "content-type": "application/json", **new}
    assert verify("POST", path, sent, b"{}", {"ASIAPROXY": "proxy-secret"}) == "ASIAPROXY"


def test_credentials_never_show_their_secret() -> None:
    assert "proxy-secret" not in repr(PROXY) and "app-token" not in repr(APP)
    assert SigV4Service("bedrock").region("bedrock-runtime-fips.eu-west-3.amazonaws.com") \
        == "eu-west-3"
