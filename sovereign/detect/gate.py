"""Run an expensive recognizer only where its value can be.

Presidio's URL, e-mail, IP and IBAN recognizers run long regular expressions over the whole
text, though an e-mail address needs an "@", a URL a dot before letters, and so on. A gate
finds those cheap signs, takes the whitespace-delimited run around each (plus PAD characters
for the patterns' own boundary checks), and runs the recognizer on those windows only. An
e-mail address, URL or IP address lies inside one run of non-space characters, so the
findings are the same; the work is
proportional to the candidates, not to the text. Values written with spaces (an IBAN in
groups of four) get a padding as long as the longest such value.
"""

from __future__ import annotations

import re
from typing import cast

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

PAD = 24
IDENTIFIER_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


def windows(text: str, candidate: re.Pattern[str], pad: int = PAD, min_digits: int = 0,
            whole_runs: bool = True) -> list[tuple[int, int]]:
    """Merged [start, end) windows around each match of *candidate*, padded by *pad*: the
    match widened to its runs of non-space characters when *whole_runs*, the match alone
    otherwise. Matches with fewer than *min_digits* digits are passed over."""
    found: list[tuple[int, int]] = []
    run_end = -1  # where the last window's run of non-space characters ends (whole_runs)
    for m in candidate.finditer(text):
        if m.end() <= run_end:
            continue  # inside the last window's run: the same window
        if min_digits and sum(ch.isdigit() for ch in m.group()) < min_digits:
            continue
        left, right = m.start(), m.end()
        if whole_runs:
            left = 1 + max(text.rfind(" ", 0, left), text.rfind("\n", 0, left),
                           text.rfind("\t", 0, left))
            right = min((at for sep in " \n\t" if (at := text.find(sep, right)) != -1),
                        default=len(text))
            run_end = right
        start, end = max(0, left - pad), min(len(text), right + pad)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], max(end, found[-1][1]))
        else:
            found.append((start, end))
    return found


class GatedRecognizer(EntityRecognizer):
    """*inner*, run on the windows around matches of *candidate* only."""

    def __init__(self, inner: EntityRecognizer, candidate: str | re.Pattern[str], pad: int = PAD,
                 min_digits: int = 0, whole_runs: bool = True) -> None:
        self.inner = inner
        self.candidate = re.compile(candidate)
        self.pad = pad
        self.min_digits = min_digits
        self.whole_runs = whole_runs
        name = str(inner.name)  # type: ignore[has-type]
        super().__init__(supported_entities=inner.supported_entities, name=name,
                         supported_language=inner.supported_language, context=inner.context)

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        possible = getattr(self.inner, "possible", None)  # see prefilter.py
        if possible is not None and not possible(text):
            return []
        results: list[RecognizerResult] = []
        for start, end in windows(text, self.candidate, self.pad, self.min_digits,
                                  self.whole_runs):
            for r in self.inner.analyze(text[start:end], entities,
                                        cast(NlpArtifacts, nlp_artifacts)):
                r.start += start
                r.end += start
                if r.recognition_metadata is not None:
                    r.recognition_metadata[IDENTIFIER_KEY] = self.id  # context words: ours
                results.append(r)
        return results
