"""spaCy's parser sets its model's dropout rate at every call, walking all of the NER's 66
nodes for the 6 that hold one: about a tenth of the NER's time on a chat turn. The parser's
module gets a set_dropout_rate that walks each model once. (At inference the rate changes
nothing: thinc's dropout only acts in training.)

An acceleration (``ACCEL``): the plain path runs thinc's set_dropout_rate.
"""

from __future__ import annotations

import importlib
from typing import Any

from presidio_analyzer import AnalyzerEngine
from thinc.api import set_dropout_rate

from sovereign.detect.accel.base import Accel, Installed

DROPOUT = "dropout_rate"
_DROPOUT_HOLDERS: dict[int, tuple[Any, list[Any]]] = {}  # id(model) -> (model, its holders)


def _set_dropout_rate(model: Any, drop: float, attrs: Any = (DROPOUT,)) -> Any:
    """thinc's set_dropout_rate, remembering per model which nodes hold a dropout rate."""
    if tuple(attrs) != (DROPOUT,):
        return set_dropout_rate(model, drop, attrs)
    entry = _DROPOUT_HOLDERS.get(id(model))
    if entry is None or entry[0] is not model:
        if len(_DROPOUT_HOLDERS) >= 16:  # models rebuilt again and again: forget the oldest
            _DROPOUT_HOLDERS.pop(next(iter(_DROPOUT_HOLDERS)))
        entry = _DROPOUT_HOLDERS[id(model)] = (
            model, [node for node in model.walk() if DROPOUT in node.attrs])
    for node in entry[1]:
        node.attrs[DROPOUT] = drop
    return model


def remember_dropout_holders() -> Any:
    """The parser's module calls _set_dropout_rate; returns the function it called before."""
    transition_parser: Any = importlib.import_module("spacy.pipeline.transition_parser")
    before = transition_parser.set_dropout_rate
    transition_parser.set_dropout_rate = _set_dropout_rate
    return before


def install(analyzer: AnalyzerEngine) -> Installed:
    before = remember_dropout_holders()

    def undo() -> None:
        transition_parser: Any = importlib.import_module("spacy.pipeline.transition_parser")
        transition_parser.set_dropout_rate = before

    return Installed(analyzer, undo)


ACCEL = Accel("dropout_holders", install)
