"""The Bedrock runtime as a provider: its hosts (every region, FIPS endpoints too), its
routes, how route_local answers each, and that its requests are SigV4-signed."""

from __future__ import annotations

import re

from sovereign.exchange import EndpointKind
from sovereign.providers.base import LocalTarget, Provider, Route
from sovereign.providers.bedrock import BedrockConverse, BedrockInvoke
from sovereign.providers.bedrock_local import ConverseToChat, InvokeToChat
from sovereign.providers.sigv4 import SigV4Service

CONVERSE = BedrockConverse()
INVOKE = BedrockInvoke()

# every region's runtime endpoint, and its FIPS endpoint (the region is one host label)
HOSTS = ("bedrock-runtime.*.amazonaws.com", "bedrock-runtime-fips.*.amazonaws.com")

_MODEL = r"/model/(?P<model>[^/]+)"


def _route(action: str, stream: str, wire: BedrockConverse | BedrockInvoke,
           local: LocalTarget) -> Route:
    return Route("POST", re.compile(rf"{_MODEL}/(?P<action>{action}|{stream})"),
                 EndpointKind.CHAT, wire, local, frozenset({stream}))


BEDROCK = Provider(
    "bedrock", HOSTS,
    (
        _route("converse", "converse-stream", CONVERSE,
               LocalTarget("/chat/completions", translator=ConverseToChat(CONVERSE))),
        _route("invoke", "invoke-with-response-stream", INVOKE,
               LocalTarget("/chat/completions", translator=InvokeToChat(INVOKE))),
    ),
    CONVERSE,
    signing=SigV4Service("bedrock"),
)
