"""PHONE_NUMBER as Google's libphonenumber validates it for the regions Presidio checks
(US, GB, DE, FR, IL, IN, CA, BR), run only where a number can be.

Basis: a telephone number is a direct identifier (GDPR Art. 4(1); HIPAA
§164.514(b)(2)(i)(D)). Presidio's PhoneRecognizer runs libphonenumber's matcher over the whole
text once per region; that was the costliest recognizer after NER. The matcher never finds a
number with fewer than CANDIDATE_DIGITS digits, so it now runs only on windows around runs of
digits and phone punctuation that hold at least that many: the same findings, a fraction of
the work (text with no such run costs one regex scan).
"""

from __future__ import annotations

import re
from typing import cast

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

ENTITY = "PHONE_NUMBER"
CANDIDATE_DIGITS = 5
CANDIDATE = re.compile(r"\+?[(\d][\d ()./\-x\u2010-\u2015]{3,}\d")  # digits and phone punctuation
PAD = 12  # characters of text either side, for the matcher's own boundary checks
VECTORS = [
    ("call me at (212) 555-0147 tonight", [ENTITY]),
    ("Berlin office: 030 901820", [ENTITY]),
    ("our office in London is 020 7946 0018", [ENTITY]),
    ("it costs 12 dollars", []),
]


class RegionalPhoneRecognizer(PhoneRecognizer):
    """Presidio's PhoneRecognizer, fed only the windows that can hold a number."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        windows: list[tuple[int, int]] = []
        for m in CANDIDATE.finditer(text):
            if sum(ch.isdigit() for ch in m.group()) < CANDIDATE_DIGITS:
                continue
            start, end = max(0, m.start() - PAD), min(len(text), m.end() + PAD)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        seen: set[tuple[int, int]] = set()
        for start, end in windows:
            for r in super().analyze(text[start:end], entities,
                                      cast(NlpArtifacts, nlp_artifacts)):
                r.start += start
                r.end += start
                if (r.start, r.end) not in seen:
                    seen.add((r.start, r.end))
                    results.append(r)
        return results


def recognizer() -> RegionalPhoneRecognizer:
    return RegionalPhoneRecognizer(name="PhoneRecognizer")
