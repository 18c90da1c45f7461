"""Provider knowledge the pipeline and route/fit.py ask providers/ for: who the caller is
(credential headers, Gemini's ?key=), which history a request continues, and what a request
asks of a local model (output tokens, images), each read in the request's own format."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sovereign.exchange import EndpointKind, Exchange
from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.base import ConversationRef, WireFormat
from sovereign.providers.envelope import CALLER_HEADERS, caller_credential
from sovereign.providers.gemini import Gemini
from sovereign.providers.openai_chat import OpenAIChat
from sovereign.providers.openai_responses import OpenAIResponses
from sovereign.route.fit import misfit
from sovereign.route.models import LocalModel

secrets = st.text(st.characters(codec="ascii", exclude_characters="&?=#"), min_size=1,
                  max_size=20).filter(str.strip)


@given(st.sampled_from(CALLER_HEADERS), secrets, secrets)
def test_different_credentials_are_different_callers(header: str, a: str, b: str) -> None:
    one = caller_credential({header: a}, "/v1/chat", "10.0.0.1")
    other = caller_credential({header: b}, "/v1/chat", "10.0.0.1")
    assert (one == other) == (a == b)
    # a header wins over the query and the address
    assert caller_credential({header: a}, f"/v1/x?key={b}", "10.0.0.2") == one


@given(secrets, secrets)
def test_geminis_key_parameter_identifies_the_caller(a: str, b: str) -> None:
    path = "/v1beta/models/gemini-2.5-flash:generateContent?alt=sse&key="
    assert (caller_credential({}, path + a, "c") == caller_credential({}, path + b, "c")) == \
        (a == b)
    assert caller_credential({}, "/v1/x?monkey=1", "10.0.0.9") == "client:10.0.0.9"


def test_a_conversation_lasts_a_previous_response_does_not() -> None:
    wire = OpenAIResponses()
    assert wire.conversation_ref({"previous_response_id": "resp_1"}) == ConversationRef("resp_1")
    ref = wire.conversation_ref({"conversation": {"id": "resp_1"}})
    assert ref is not None and ref.lasting and ref.key != "resp_1"  # never a response's key
    assert wire.conversation_ref({"conversation": "conv_9"}) == ref.__class__(
        ref.key.replace("resp_1", "conv_9"), lasting=True)
    assert wire.conversation_ref({"input": "hi"}) is None


def test_each_format_says_its_own_output_limit_and_images() -> None:
    model = LocalModel(name="m", base_url="http://127.0.0.1:9/v1", context_length=100)
    empty = Exchange(provider="p", endpoint=EndpointKind.CHAT, model="m", stream=False,
                     segments=())
    asks: list[tuple[WireFormat, dict[str, Any]]] = [
            (OpenAIChat(), {"max_completion_tokens": 500}),
            (OpenAIResponses(), {"max_output_tokens": 500}),
            (AnthropicMessages(), {"max_tokens": 500}),
            (Gemini(), {"generationConfig": {"maxOutputTokens": 500}})]
    for wire, doc in asks:
        assert wire.requested_output_tokens(doc) == 500
        problem = misfit(model, empty, doc, wire)
        assert problem is not None and problem[0] == "context_length_exceeded"
    # another format's field name is not this format's limit
    assert OpenAIChat().requested_output_tokens({"max_output_tokens": 500}) == 0
    assert Gemini().requested_output_tokens({"max_tokens": 500}) == 0
    for wire, kind in ((OpenAIChat(), "image_url"), (AnthropicMessages(), "image"),
                       (Gemini(), "inlineData"), (OpenAIResponses(), "input_image")):
        with_image = Exchange(provider="p", endpoint=EndpointKind.CHAT, model="m", stream=False,
                              segments=(), attachments=(kind,))
        problem = misfit(model, with_image, {}, wire)
        assert problem is not None and "images" in problem[1]
