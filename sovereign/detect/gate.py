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


def windows(text: str, candidate: re.Pattern[str], pad: int = PAD) -> list[tuple[int, int]]:
    """Merged [start, end) windows: each candidate's run of non-space characters, padded."""
    found: list[tuple[int, int]] = []
    for m in candidate.finditer(text):
        if found and m.start() < found[-1][1]:
            continue  # inside the previous window already
        left = text.rfind(" ", 0, m.start())  # runs also end at newlines and tabs: see below
        left = max(left, text.rfind("\n", 0, m.start()), text.rfind("\t", 0, m.start()))
        right = len(text)
        for sep in (" ", "\n", "\t"):
            at = text.find(sep, m.end())
            if at != -1:
                right = min(right, at)
        start, end = max(0, left + 1 - pad), min(len(text), right + pad)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


class GatedRecognizer(EntityRecognizer):
    """*inner*, run on the windows around matches of *candidate* only."""

    def __init__(self, inner: EntityRecognizer, candidate: str, pad: int = PAD) -> None:
        self.inner = inner
        self.candidate = re.compile(candidate)
        self.pad = pad
        name = str(inner.name)  # type: ignore[has-type]
        super().__init__(supported_entities=inner.supported_entities, name=name,
                         supported_language=inner.supported_language, context=inner.context)

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for start, end in windows(text, self.candidate, self.pad):
            for r in self.inner.analyze(text[start:end], entities,
                                        cast(NlpArtifacts, nlp_artifacts)):
                r.start += start
                r.end += start
                if r.recognition_metadata is not None:
                    r.recognition_metadata[IDENTIFIER_KEY] = self.id  # context words: ours
                results.append(r)
        return results
