"""What an acceleration is: a name and an ``apply`` that installs it on an engine being built.

``apply`` either changes the engine in place and says how to undo it, or returns a new
analyzer to use instead (the old one stays as it was); it raises ``Unusable`` with the reason
when it cannot install at all (a C module not built, a library that changed). Whether what
it installed gives the plain path's findings is checked by the registry (``__init__``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from spacy.language import Language


class Unusable(Exception):
    """An acceleration cannot be installed here; the message says why (about code, never
    about a text)."""


Undo = Callable[[], None]


@dataclass(frozen=True, slots=True)
class Installed:
    analyzer: AnalyzerEngine  # the analyzer to use from now on
    undo: Undo | None  # puts back what apply changed in place; None when it cannot


@dataclass(frozen=True, slots=True)
class Accel:
    name: str
    apply: Callable[[AnalyzerEngine], Installed]
    reversible: bool = True  # False: apply's changes cannot be taken off (undo is None)


def pipelines(analyzer: AnalyzerEngine) -> list[Language]:
    """The spaCy pipelines of *analyzer*'s NLP engine."""
    engine: Any = analyzer.nlp_engine
    found: dict[str, Language] = engine.nlp or {}
    return list(found.values())


def innermost[R](recognizer: object, kind: type[R]) -> R | None:
    """The first recognizer of *kind* in the chain *recognizer*, its ``inner``, that one's
    ``inner``… (the wrappers accelerations put around a recognizer); None when there is none."""
    while not isinstance(recognizer, kind):
        recognizer = getattr(recognizer, "inner", None)
        if recognizer is None:
            return None
    return recognizer


def undo_all(undos: list[Undo]) -> Undo:
    def undo() -> None:
        for one in reversed(undos):
            one()
    return undo
