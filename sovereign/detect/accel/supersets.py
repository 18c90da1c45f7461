"""Pattern recognizers that run a pattern only where its RE2 superset matches
(``prefilter.py``, ``superset.py``).

An acceleration (``PREFILTER``): the plain path runs every pattern of every recognizer over
the whole text.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine

from sovereign.detect.accel import prefilter
from sovereign.detect.accel.base import Accel, Installed, Unusable


def _prefilter(analyzer: AnalyzerEngine) -> Installed:
    if not prefilter.RE2_AVAILABLE:
        raise Unusable("the google-re2 package is not installed for this platform; every "
                       "pattern runs on every text (same findings, slower)")
    registry = analyzer.registry
    before = list(registry.recognizers)
    registry.recognizers = [prefilter.prefiltered(r) for r in before]

    def undo() -> None:
        registry.recognizers = before

    return Installed(analyzer, undo)


PREFILTER = Accel("supersets", _prefilter)
