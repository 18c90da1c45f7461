"""Pattern recognizers that run a pattern only where its RE2 superset matches
(``prefilter.py``, ``superset.py``), and one RE2 filter asked for all of them.

Accelerations (``PREFILTER``, ``shared_filter``): the plain path runs every pattern of every
recognizer over the whole text.
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


def shared_filter(sample: list[str]) -> Accel:
    """One RE2 filter for the prefiltered recognizers' supersets, checked on *sample*
    against the supersets asked one by one before it is installed."""
    def install(analyzer: AnalyzerEngine) -> Installed:
        if not prefilter.RE2_AVAILABLE:
            raise Unusable("the google-re2 package is not installed for this platform")
        recognizers = list(analyzer.registry.recognizers)
        reason = prefilter.share_supersets(recognizers, sample)
        if reason is not None:
            raise Unusable(reason)

        def undo() -> None:
            for recognizer in recognizers:
                wrapped = prefilter._prefiltered_in(recognizer)
                if wrapped is not None:
                    wrapped.shared = None

        return Installed(analyzer, undo)

    return Accel("shared_superset_filter", install)


PREFILTER = Accel("supersets", _prefilter)
