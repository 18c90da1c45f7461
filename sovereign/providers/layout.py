"""Where a wire format's own fields sit, as data, and the one walk that reads a request body.

Content is everything the app controls: every string, every number and every object key, at
any depth. A format's *layout* names the few positions whose values the format itself defines
(``messages[*].role``, ``content[*].type``, the top-level ``model``, the ids that pair a tool
call with its result) and the numeric settings (``max_tokens``). Nothing is skipped because of
its key name alone: ``{"id": ...}`` in ``metadata``, in a tool's input or in a function
response is content like any other field.

How each position is read:

- a string at a position the layout names is a TOKEN: it is scanned, but on its own, not run
  together with the prose around it (a role between two text parts must not break a value
  split across them). Ids are tokens too: the app chooses them. A value found in one is
  redacted where it stands, and since the same value gets the same placeholder everywhere in
  a request, a tool call and its result still pair up.
- every other string is TEXT (prose), scanned with its neighbours.
- an object key that is not one of the format's field names is a KEY and is scanned; a value
  found in it is redacted by renaming the key (keys of one object stay distinct: a placeholder
  stands for one value).
- a JSON number is scanned as its JSON text (``4111111111111111``), with the key it sits under
  as its label (``card_number: 4111111111111111``), unless it sits at one of the layout's
  settings or has fewer than :data:`MIN_NUMBER_DIGITS` digits. A placeholder cannot replace a
  number in place (a string where the format or the app's schema wants a number), so a value
  the policy would redact there sends the request to the local model instead (see
  :mod:`sovereign.positions`).
- booleans and null carry no value of their own and are not read.

Patterns are dotted paths with ``[*]`` for any list index: ``messages[*].content[*].type``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sovereign.exchange import Locator, Segment, SegmentKind

# A JSON number with fewer digits than this cannot hold an identifier any shipped rule or pack
# names (phone numbers, national ids, card and account numbers are all longer); shorter ones
# (counts, scores, indices, ages without their label) are not scanned, so arrays of small
# numbers cost nothing.
MIN_NUMBER_DIGITS = 6

_PART = re.compile(r"([^.\[\]]+)|\[\*\]")


@dataclass
class _Node:
    children: dict[str | None, _Node] = field(default_factory=dict)  # None: any list index
    token: bool = False
    setting: bool = False

    def child(self, part: str | int) -> _Node | None:
        return self.children.get(None if isinstance(part, int) else part)


_KEY = _Node()  # marks a stack entry that is an object key, not a value


def _parse(pattern: str) -> list[str | None]:
    parts: list[str | None] = []
    pos = 0
    for m in _PART.finditer(pattern):
        if m.start() not in (pos, pos + 1):
            raise ValueError(f"bad layout pattern {pattern!r}")
        parts.append(m.group(1) if m.group(1) is not None else None)
        pos = m.end()
    if pos != len(pattern) or not parts:
        raise ValueError(f"bad layout pattern {pattern!r}")
    return parts


@dataclass(frozen=True)
class Layout:
    """A wire format's own positions. *tokens*: strings the format defines or that name
    things (roles, types, enums, model, ids); *settings*: numeric parameters; *fields*: the
    format's field names (keys with these names are not scanned: a field name is no value)."""

    tokens: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    fields: frozenset[str] = frozenset()
    _root: _Node = field(default_factory=_Node, compare=False, repr=False)

    def __post_init__(self) -> None:
        for patterns, flag in ((self.tokens, "token"), (self.settings, "setting")):
            for pattern in patterns:
                node = self._root
                for part in _parse(pattern):
                    node = node.children.setdefault(part, _Node())
                setattr(node, flag, True)

    def extend(self, tokens: Iterable[str] = (), settings: Iterable[str] = (),
               fields: Iterable[str] = ()) -> Layout:
        return Layout(tuple(dict.fromkeys((*self.tokens, *tokens))),
                      tuple(dict.fromkeys((*self.settings, *settings))),
                      self.fields | frozenset(fields))

    def read(self, doc: Any, attachment: Callable[[dict[str, Any]], str | None]
             ) -> tuple[list[Segment], list[str]]:
        """Every scannable piece of *doc*, in document order (a key before its value), and
        the kinds of non-text parts found (*attachment* names one, or None); those parts are
        not read further. Iterative: deep bodies cannot exhaust the stack."""
        segments: list[Segment] = []
        attachments: list[str] = []
        empty = _Node()
        # (locator, node, layout node, the key it sits under)
        stack: list[tuple[Locator, Any, _Node, str | None]] = [((), doc, self._root, None)]
        while stack:
            loc, node, at, label = stack.pop()
            if at is _KEY:
                segments.append(Segment(loc, node, SegmentKind.KEY))
            elif isinstance(node, str):
                if node:
                    kind = SegmentKind.TOKEN if at.token else SegmentKind.TEXT
                    segments.append(Segment(loc, node, kind))
            elif isinstance(node, bool) or node is None:
                continue
            elif isinstance(node, (int, float)):
                if at.setting:
                    continue
                text = json.dumps(node)
                if sum(ch.isdigit() for ch in text) >= MIN_NUMBER_DIGITS:
                    labelled = f"{label}: {text}" if label else text
                    segments.append(Segment(loc, labelled, SegmentKind.NUMBER))
            elif isinstance(node, dict):
                if (part := attachment(node)) is not None:
                    attachments.append(part)
                    continue
                children: list[tuple[Locator, Any, _Node, str | None]] = []
                for key, value in node.items():
                    if key not in self.fields and key:
                        children.append(((*loc, key), key, _KEY, None))
                    children.append(((*loc, key), value, at.child(key) or empty, key))
                stack.extend(reversed(children))
            elif isinstance(node, list):
                sub = at.child(0) or empty
                stack.extend(((*loc, i), v, sub, label)
                             for i, v in reversed(list(enumerate(node))))
        return segments, attachments


# The field names of every format the proxy reads (and of JSON Schema, which tool and output
# definitions embed). A key with one of these names is not scanned as a key (its value is, by
# its position); any other key is content. A field name never holds a value, so one shared
# list is safe wherever it applies.
FIELDS = frozenset("""
model messages role content type text name id tool_calls tool_call_id function arguments tools
tool_choice parameters description strict stream stream_options include_usage max_tokens
max_completion_tokens temperature top_p top_k n stop seed frequency_penalty presence_penalty
logprobs top_logprobs logit_bias user metadata response_format json_schema schema service_tier
reasoning_effort parallel_tool_calls store modalities audio prediction web_search_options
search_context_size user_location approximate image_url url detail input_audio data format
voice file file_id file_data filename refusal encoding_format dimensions input instructions
previous_response_id conversation reasoning effort summary verbosity truncation include
max_output_tokens max_tool_calls call_id output status item_id prompt prompt_cache_key
safety_identifier background version variables annotations action system thinking
budget_tokens signature tool_use_id is_error cache_control ttl source media_type citations
stop_sequences container mcp_servers disable_parallel_tool_use input_schema max_uses
safe_prompt random_seed suffix agent_id prompt_mode document_url prefix
contents parts functionCall functionResponse args response systemInstruction generationConfig
safetySettings category threshold toolConfig functionCallingConfig mode allowedFunctionNames
functionDeclarations responseMimeType responseSchema responseJsonSchema candidateCount
maxOutputTokens topP topK stopSequences presencePenalty frequencyPenalty responseModalities
thinkingConfig thinkingBudget includeThoughts mediaResolution cachedContent taskType title
outputDimensionality requests generateContentRequest inlineData fileData mimeType fileUri
thought thoughtSignature executableCode codeExecutionResult googleSearch codeExecution
properties required items enum additionalProperties minimum maximum default anyOf oneOf allOf
$schema $ref $defs definitions const nullable pattern minItems maxItems minLength maxLength
""".split())
