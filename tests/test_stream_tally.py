"""StreamTally: whatever way a reply's bytes are cut into chunks, it counts every byte given to
the app and says the reply was read whole exactly when the format's last event was among
them (or, for a body passed on unchanged, when all of its declared length was)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from sovereign.demo.standins import anthropic_stream, openai_stream, responses_stream
from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.openai_chat import OpenAIChat
from sovereign.providers.openai_responses import OpenAIResponses
from sovereign.redact.stream import StreamTally

FORMATS = {"openai": (OpenAIChat(), openai_stream), "anthropic": (AnthropicMessages(),
                                                                  anthropic_stream),
           "responses": (OpenAIResponses(), responses_stream)}


def chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


@given(fmt=st.sampled_from(sorted(FORMATS)), text=st.text(max_size=40),
       cuts=st.lists(st.integers(min_value=0), max_size=12), drop=st.booleans())
def test_a_stream_is_whole_exactly_when_its_last_event_went_out(
        fmt: str, text: str, cuts: list[int], drop: bool) -> None:
    wire, stream = FORMATS[fmt]
    events = stream("gpt-4o", text, 3)
    sent = events[:-1] if drop else events  # an app gone before the last event, or not
    data = b"".join(sent)
    tally = StreamTally(wire.stream_codec())
    out = b"".join(tally.feed(chunk) for chunk in chunks(data, cuts))
    assert out == data and tally.sent == len(data)
    assert tally.whole is not drop


@given(size=st.integers(min_value=0, max_value=200), given_bytes=st.integers(min_value=0))
def test_a_body_passed_on_unchanged_is_whole_when_its_length_went_out(
        size: int, given_bytes: int) -> None:
    body = b"x" * size
    handed = body[: given_bytes % (size + 1)]
    tally = StreamTally(None, expected=size)
    tally.feed(handed)
    assert tally.whole is (len(handed) == size)
    assert not StreamTally(None).whole  # no length declared, no last event: not known whole
