"""Google Vertex AI's own shapes: Anthropic Messages as Vertex carries them (``:rawPredict``,
``:streamRawPredict``: the model in the URL, ``anthropic_version`` in the body) and text
embeddings through ``:predict`` (``instances[*].content`` in, ``predictions[*].embeddings``
out). Gemini on Vertex is the Gemini format under a project/location path (routes only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sovereign.providers.anthropic import AnthropicMessages
from sovereign.providers.base import ParsedRequest, PathInfo, ReplyHandler
from sovereign.providers.gemini import Gemini
from sovereign.providers.layout import FIELDS
from sovereign.providers.translate_counts import _Whole


class AnthropicVertex(AnthropicMessages):
    """Anthropic Messages on Vertex AI: no ``model`` in the body (it is in the path), an
    ``anthropic_version`` ("vertex-2023-10-16") instead. The local model is asked through
    its Anthropic Messages API with the model set and the Vertex version left out."""

    name = "anthropic_vertex"
    layout = AnthropicMessages.layout.extend(tokens=("anthropic_version",),
                                             fields=("anthropic_version",))

    def model_of(self, doc: dict[str, Any], path: PathInfo) -> str | None:
        return path.model

    def set_model(self, doc: Any, model: str) -> None:
        doc["model"] = model
        doc.pop("anthropic_version", None)


class VertexPredict(Gemini):
    """``:predict`` on a Vertex text-embedding model. Errors are Google's (as Gemini's)."""

    name = "vertex_predict"
    layout = Gemini.layout.extend(
        tokens=("instances[*].task_type", "instances[*].taskType"),
        settings=("parameters.outputDimensionality", "parameters.output_dimensionality"),
        fields=("instances", "task_type", "autoTruncate", "auto_truncate",
                "output_dimensionality", "predictions", *FIELDS))


@dataclass(frozen=True)
class VertexEmbeddings:
    """route_local for ``:predict`` embeddings: vLLM's ``/v1/embeddings`` and back."""

    wire: VertexPredict

    def request(self, parsed: ParsedRequest, local_model: str) -> Any:
        texts = [i.get("content") if isinstance(i, dict) else None
                 for i in parsed.doc.get("instances") or []]
        return {"model": local_model,
                "input": [t if isinstance(t, str) else "" for t in texts]}

    def reply(self, parsed: ParsedRequest) -> ReplyHandler:
        return _Whole(self.wire, lambda doc: {"predictions": [
            {"embeddings": {"values": d.get("embedding", []),
                            "statistics": {"truncated": False, "token_count": 0}}}
            for d in doc.get("data", [])]})
