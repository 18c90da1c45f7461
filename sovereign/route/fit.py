"""Can this local model take this request? Checked before anything is sent to it: a request
that needs more context than the model has, or a capability it lacks, gets a clear error in
the caller's format — never a fallback to the closed API."""

from __future__ import annotations

from typing import Any

from sovereign.exchange import Exchange
from sovereign.providers.base import WireFormat
from sovereign.route.models import LocalModel

CHARS_PER_TOKEN = 4  # a rough estimate for English; the local server has the last word


def estimated_tokens(exchange: Exchange) -> int:
    chars = sum(len(s.text) for s in exchange.segments if s.kind.body)
    return -(-chars // CHARS_PER_TOKEN)


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
