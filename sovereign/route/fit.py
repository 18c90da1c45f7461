"""Can this local model take this request? Checked before anything is sent to it: a request
that needs more context than the model has, or a capability it lacks, gets a clear error in
the caller's format — never a fallback to the closed API."""

from __future__ import annotations

import re
from typing import Any

from sovereign.exchange import Exchange
from sovereign.providers.base import WireFormat
from sovereign.route.models import LocalModel

CHARS_PER_TOKEN = 4  # for a run of lower-case ASCII letters: about a word piece each
# a run of ASCII letters, a run of whitespace, or any other single character
_PIECE = re.compile(r"[A-Za-z]+|\s+|.", re.DOTALL)


def text_tokens(text: str) -> int:
    """About how many tokens *text* costs a local model's tokenizer, erring high where
    tokenizers are costly (the 4 characters a token that holds for English prose is far too
    few for numbers, codes, capitals and other scripts): a digit, a punctuation mark or symbol
    costs a token (Llama-family tokenizers split numbers into single digits), a non-ASCII
    character a token per UTF-8 byte after its first (at least one), a run of lower-case
    letters (a capital first) one per 4 characters, other runs of letters one per 2 and
    letters touching a digit (hashes, codes) one each; a space before a letter costs nothing
    (it joins the word), other whitespace one per 4 characters."""
    tokens = 0
    pieces = [m.group() for m in _PIECE.finditer(text)]
    for i, piece in enumerate(pieces):
        if piece[0].isascii() and piece[0].isalpha():
            glued = any(0 <= j < len(pieces) and pieces[j][0].isdigit() for j in (i - 1, i + 1))
            per = 1 if glued else CHARS_PER_TOKEN if piece[1:].islower() or len(piece) == 1 else 2
            tokens += -(-len(piece) // per)
        elif piece.isspace() and piece.isascii():
            before_word = piece == " " and i + 1 < len(pieces) and pieces[i + 1][0].isalpha()
            tokens += 0 if before_word else -(-len(piece) // CHARS_PER_TOKEN)
        elif piece.isascii():
            tokens += 1
        else:
            tokens += max(1, len(piece.encode()) - 1)
    return tokens


def estimated_tokens(exchange: Exchange) -> int:
    return sum(text_tokens(s.text) for s in exchange.segments if s.kind.body)


def misfit(model: LocalModel, exchange: Exchange, doc: dict[str, Any],
           wire: WireFormat) -> tuple[str, str] | None:
    """(code, message) when *model* cannot serve the request in *wire*'s format (whose field
    names say what it asks for); None when it can."""
    prompt = estimated_tokens(exchange)
    output = wire.requested_output_tokens(doc)
    if prompt + output > model.context_length:
        return ("context_length_exceeded",
                f"the request needs about {prompt} prompt tokens plus {output} for the answer, "
                f"more than the local model '{model.name}' holds ({model.context_length}); "
                "shorten it — it is not sent to any other model")
    if doc.get("tools") and "tools" not in model.capabilities:
        return ("local_model_capability",
                f"the request uses tools, which the local model '{model.name}' does not "
                "support (models.yaml capabilities)")
    if wire.image_types & set(exchange.attachments) and "vision" not in model.capabilities:
        return ("local_model_capability",
                f"the request has images, which the local model '{model.name}' cannot read "
                "(models.yaml capabilities)")
    return None
