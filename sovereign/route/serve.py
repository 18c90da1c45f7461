"""``sovereign models serve`` and ``sovereign models check``: start vLLM for a registry entry,
and see which local endpoints answer. vLLM is an optional extra (``sovereign[serve]``) for GPU
hosts; the proxy host never needs it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from sovereign.route.models import LocalModel


class ServeError(Exception):
    """The entry cannot be served as configured; the message says what to add."""


def vllm_argv(model: LocalModel, host: str = "0.0.0.0") -> list[str]:
    """The ``vllm serve`` command line for *model* (its key travels in VLLM_API_KEY, never on
    the command line, where any user of the host could read it)."""
    spec = model.serve
    if spec is None:
        raise ServeError(f"models.yaml: '{model.name}' has no 'serve:' section (the weights to "
                         "load and the vLLM flags)")
    port = urlsplit(model.base_url).port or 8000
    argv = ["vllm", "serve", spec.model, "--served-model-name", model.name,
            "--host", host, "--port", str(port),
            "--max-model-len", str(spec.max_model_len or model.context_length),
            "--tensor-parallel-size", str(spec.tensor_parallel_size)]
    if "tools" in model.capabilities:
        if spec.tool_call_parser is None:
            raise ServeError(f"models.yaml: '{model.name}' declares tools; set "
                             "serve.tool_call_parser for its family")
        argv += ["--enable-auto-tool-choice", "--tool-call-parser", spec.tool_call_parser]
    if spec.reasoning_parser:
        argv += ["--reasoning-parser", spec.reasoning_parser]
    if spec.chat_template:
        argv += ["--chat-template", spec.chat_template]
    if spec.gpu_memory_utilization is not None:
        argv += ["--gpu-memory-utilization", str(spec.gpu_memory_utilization)]
    if spec.task is not None or "embeddings" in model.capabilities:
        argv += ["--task", spec.task or "embed"]
    return argv + list(spec.extra_args)


@dataclass(frozen=True)
class EndpointStatus:
    name: str
    base_url: str
    health: str  # "ok", an HTTP status, or the connection error's name
    serves: str  # "yes" if /v1/models lists the served name, "no", or "?"

    @property
    def ok(self) -> bool:
        return self.health == "ok" and self.serves == "yes"


def check(model: LocalModel, timeout_s: float = 3.0) -> EndpointStatus:
    headers = {"authorization": f"Bearer {key}"} if (key := model.api_key()) else {}
    try:
        r = httpx.get(model.server_root + "/health", timeout=timeout_s, trust_env=False)
        health = "ok" if r.status_code == 200 else f"HTTP {r.status_code}"
    except httpx.HTTPError as exc:
        return EndpointStatus(model.name, model.base_url, type(exc).__name__, "?")
    try:
        r = httpx.get(model.base_url + "/models", headers=headers, timeout=timeout_s,
                      trust_env=False)
        ids = [m.get("id") for m in r.json().get("data", [])] if r.status_code == 200 else []
        serves = "yes" if model.name in ids else ("no" if r.status_code == 200 else
                                                  f"HTTP {r.status_code}")
    except (httpx.HTTPError, ValueError, AttributeError):
        serves = "?"
    return EndpointStatus(model.name, model.base_url, health, serves)
