"""The rule-pack file format (``apiVersion: sovereign/v1``, ``kind: RulePack``).

Every model forbids unknown keys, so a typo is an error with its file:line:column.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sovereign.providers.registry import SAMPLES

API_VERSION = "sovereign/v1"
ActionName = Literal["allow", "redact", "route_local", "block"]
OperatorName = Literal["placeholder", "surrogate", "hash", "mask", "drop"]
# When matching redact rules ask for different operators on one entity type, the first wins.
OPERATOR_PRECEDENCE: tuple[str, ...] = ("drop", "mask", "hash", "placeholder", "surrogate")
EndpointName = Literal["chat", "embeddings", "count_tokens", "metadata", "unknown"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    """Every field given must hold (AND). ``any``/``all`` nest further conditions."""

    entities: list[str] | None = Field(default=None, description="any of these entity types found")
    min_score: float | None = Field(default=None, ge=0.0, le=1.0)
    min_count: int = Field(default=1, ge=1, description="at least this many findings in total")
    providers: list[str] | None = None
    models: list[str] | None = Field(default=None, description="model name globs")
    endpoint: list[EndpointName] | None = None
    hosts: list[str] | None = Field(default=None, description="destination host globs")
    clients: list[str] | None = Field(
        default=None, description="source: client addresses or CIDR ranges (10.0.0.0/8, ::1)")
    apps: list[str] | None = Field(
        default=None, description="source: app identity header values (globs); the header is "
        "'x-sovereign-app' unless the config names another")
    attachments: bool | None = Field(default=None, description="non-text parts present")
    body_bytes_over: int | None = Field(default=None, ge=0)
    any: list[Condition] | None = None
    all: list[Condition] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        fields = ("entities", "providers", "models", "hosts", "clients", "apps", "endpoint",
                  "attachments", "body_bytes_over", "any", "all")
        if all(getattr(self, f) is None for f in fields):
            raise ValueError("a condition needs at least one of: " + ", ".join(fields))
        return self


class RecognizerPattern(_Strict):
    regex: str
    score: float = Field(default=0.8, ge=0.0, le=1.0)


class CustomRecognizer(_Strict):
    """A recognizer defined in the pack: regexes and/or a deny list, with context words that
    raise the score and an optional checksum validator."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")
    entity: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$", description="the entity type it reports")
    description: str = ""
    patterns: list[RecognizerPattern] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list, description="words or phrases to find")
    deny_list_score: float = Field(default=0.9, ge=0.0, le=1.0)
    case_sensitive: bool = False
    context: list[str] = Field(default_factory=list,
                               description="words near a match that raise its score")
    context_boost: float = Field(default=0.3, ge=0.0, le=1.0)
    validator: Literal["none", "luhn"] = "none"

    @model_validator(mode="after")
    def _something(self) -> CustomRecognizer:
        if not self.patterns and not self.deny_list:
            raise ValueError("a recognizer needs 'patterns' or a 'deny_list'")
        return self


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")
    description: str = ""
    when: Condition
    action: ActionName
    message: str | None = Field(default=None, description="shown to the user on block")
    model: str | None = Field(default=None, description="route_local: the local model to use")
    operators: dict[str, OperatorName] | None = Field(
        default=None, description="redact: per entity type, how values are replaced "
        "(placeholder by default; surrogate, hash, mask, drop)")


class Expect(_Strict):
    action: ActionName
    rules: list[str] | None = None


class RuleTest(_Strict):
    name: str
    # the request formats the provider registry can build a test's request in
    provider: str = Field(default="openai", json_schema_extra={"enum": list(SAMPLES)})
    app: str | None = Field(default=None, description="the app identity header's value")
    client: str | None = Field(default=None, description="the client's address")
    text: str | None = None
    body: dict[str, Any] | None = None
    expect: Expect

    @field_validator("provider")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value not in SAMPLES:  # the formats the provider registry can build a request in
            raise ValueError(f"provider must be one of {', '.join(SAMPLES)}")
        return value

    @model_validator(mode="after")
    def _one_input(self) -> RuleTest:
        if (self.text is None) == (self.body is None):
            raise ValueError("a test needs exactly one of 'text' or 'body'")
        return self


class Defaults(_Strict):
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)


class RulePack(_Strict):
    apiVersion: Literal["sovereign/v1"]
    kind: Literal["RulePack"]
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")
    description: str = ""
    mode: Literal["enforce", "shadow"] = "enforce"
    defaults: Defaults = Defaults()
    recognizers: list[CustomRecognizer] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    tests: list[RuleTest] = Field(default_factory=list)
