"""The phone recognizer the plain detection path runs: Presidio's own PhoneRecognizer.

The shared matcher (``accel/phonematch.py``) replaces it when the engine is built with
accelerations, after proving it finds the same numbers.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer.predefined_recognizers import PhoneRecognizer


def phone_recognizer(**kwargs: Any) -> PhoneRecognizer:
    return PhoneRecognizer(**kwargs)
