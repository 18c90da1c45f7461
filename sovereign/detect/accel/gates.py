"""Presidio's own recognizers run only around the signs their values cannot lack (see
``detect/gate.py``): an e-mail address needs an "@", a URL a dot before letters, and so on.

An acceleration (``ACCEL``): the plain path runs each of them over the whole text.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, EntityRecognizer

from sovereign.detect.accel.base import Accel, Installed, Unusable
from sovereign.detect.gate import PAD, GatedRecognizer

# (candidate sign, characters of padding: IBANs are written in groups of four)
GATES = {
    "EmailRecognizer": (r"@", PAD),
    "UrlRecognizer": (r"\.[A-Za-z]{2}|://", PAD),
    "IpRecognizer": (r"\d\.\d|[0-9A-Fa-f]:[0-9A-Fa-f:]|::", PAD),
    "IbanRecognizer": (r"(?i)[a-z]{2}\d{2}", 48),
    # six letters of surname and name, two of year (digits, or their letters), the month
    "ItFiscalCodeRecognizer": (r"(?i)[a-z]{6}[\dlmnp-v]{2}[a-ehlmpr-t]", PAD),
    "UkNinoRecognizer": (r"\d\d ?\d\d ?\d\d", PAD),
    # every state shape puts a letter (or WA's "*") beside a digit; a digit-only number has
    # two digits and three more; a label ("Florida driver's license") fits in 40 characters
    "UsDriverLicenseRecognizer": (r"(?i)[a-z*][ -]?\d|\d\d[ -]?\d{3}", 40),
    # a DEA number: two letters, seven digits ("DEA registration number: " before it)
    "UsDeaRecognizer": (r"\d{7}", 40),
}


def gated(recognizer: EntityRecognizer) -> EntityRecognizer:
    gate = GATES.get(str(recognizer.name))  # type: ignore[has-type]
    return GatedRecognizer(recognizer, *gate) if gate else recognizer


def install(analyzer: AnalyzerEngine) -> Installed:
    registry = analyzer.registry
    before = list(registry.recognizers)
    registry.recognizers = [gated(r) for r in before]
    if all(a is b for a, b in zip(before, registry.recognizers, strict=True)):
        raise Unusable("none of the engine's recognizers has a gate")

    def undo() -> None:
        registry.recognizers = before

    return Installed(analyzer, undo)


ACCEL = Accel("gates", install)
