"""``models/models.yaml``: the local open models served by vLLM, and which closed models each
stands in for. Keys are never inline: only the name of an environment variable holding one."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sovereign import yamlsrc


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServeSpec(_Strict):
    """How ``sovereign models serve`` starts vLLM for this entry (on the GPU host)."""

    model: str = Field(description="the weights: a Hugging Face id already in the local cache, "
                       "or a path")
    tool_call_parser: str | None = Field(default=None, description="e.g. llama3_json, hermes, "
                                         "mistral, glm45, deepseek_v3")
    reasoning_parser: str | None = None
    chat_template: str | None = Field(default=None, description="a path to a Jinja template")
    tensor_parallel_size: int = Field(default=1, ge=1)
    max_model_len: int | None = Field(default=None, ge=1,
                                      description="defaults to the entry's context_length")
    gpu_memory_utilization: float | None = Field(default=None, gt=0, le=1)
    task: Literal["generate", "embed"] | None = None
    extra_args: list[str] = Field(default_factory=list)


class LocalModel(_Strict):
    name: str = Field(description="the model name the vLLM server serves (--served-model-name)")
    base_url: str = Field(description="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    api_key_env: str | None = Field(default=None, pattern=r"^[A-Z_][A-Z0-9_]*$")
    context_length: int = Field(default=8192, ge=1)
    capabilities: list[Literal["tools", "vision", "json", "reasoning", "embeddings"]] = Field(
        default_factory=list, description="'embeddings' marks an embedding model (vLLM --task embed)"
    )
    stands_in_for: list[str] = Field(default_factory=list)
    default: bool = False
    serve: ServeSpec | None = None

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must be an http:// or https:// URL")
        return value.rstrip("/")

    @property
    def server_root(self) -> str:
        """The server's root URL (vLLM serves /tokenize and /health there, not under /v1)."""
        return self.base_url.removesuffix("/v1")

    @property
    def kind(self) -> str:
        return "embeddings" if "embeddings" in self.capabilities else "chat"

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None


class ModelsFile(_Strict):
    models: list[LocalModel] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_default(self) -> ModelsFile:
        for kind in ("chat", "embeddings"):
            defaults = [m.name for m in self.models if m.default and m.kind == kind]
            if len(defaults) > 1:
                raise ValueError(f"only one {kind} model may be 'default: true', found: "
                                 + ", ".join(defaults))
        names = [m.name for m in self.models]
        if len(set(names)) != len(names):
            raise ValueError("model names must be unique")
        return self


class NoLocalModel(LookupError):
    """No local model is configured for this request."""


class ModelRegistry:
    def __init__(self, models: list[LocalModel]) -> None:
        self._models = models

    @property
    def models(self) -> list[LocalModel]:
        return list(self._models)

    def pick(self, requested: str | None, named: str | None = None,
             capability: str | None = None) -> LocalModel:
        """The local model for a closed model name; *named* (from a rule) wins if given.

        Embedding requests (capability "embeddings") only go to embedding models, and
        generation requests only to the others.
        """
        kind = "embeddings" if capability == "embeddings" else "chat"
        candidates = [m for m in self._models if m.kind == kind]
        if named is not None:
            for m in candidates:
                if m.name == named:
                    return m
            raise NoLocalModel(f"the rule names local model '{named}', which models.yaml lacks "
                               f"(as a {kind} model)")
        if requested:
            for m in candidates:
                if any(fnmatch.fnmatchcase(requested, g) for g in m.stands_in_for):
                    return m
        for m in candidates:
            if m.default:
                return m
        raise NoLocalModel(f"no local {kind} model stands in for this model and none is "
                           "'default: true' in models.yaml")


def load_models(path: Path) -> ModelRegistry:
    if not path.exists():
        return ModelRegistry([])
    doc = yamlsrc.load_file(path)
    return ModelRegistry(yamlsrc.validate(ModelsFile, doc).models)
