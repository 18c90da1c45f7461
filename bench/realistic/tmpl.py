"""A personal-data template: its genre, locale, and body (text with «slots», or a function of
the context that returns such text). ``{N}`` in a body is a random N-digit number."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bench.realistic.render import Ctx


@dataclass(frozen=True)
class T:
    genre: str
    locale: str
    body: str | Callable[[Ctx], str]
