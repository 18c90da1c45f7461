"""PL_PESEL, SE_PERSONNUMMER and IT_VAT_CODE: Presidio's recognizers, scored as every check-digit
recognizer here is (``_checked.py``): a bare digit run whose check passes is BARE (0.2, not
reported) unless a word naming it stands nearby (Presidio's context step lifts it to 0.55,
and the request stays local).

Basis: national identification numbers (GDPR Art. 87; Polish Act on Population Records, Art.
15; Swedish Population Registration Act); the Italian VAT number (partita IVA) of a sole
trader identifies the person (GDPR Art. 4(1)). Presidio scores every value whose check passes at
1.0 with no word naming it; one eleven-digit run in ten passes the PESEL check and one
ten-digit run in ten the personnummer's Luhn, so "49670320537" in a maths question was sent
to the local model as a Polish national ID.

Not listed in ``recognizers.MODULES``: the engine registers these in place of Presidio's
(engine.NEUTRAL) for every language.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import (
    ItVatCodeRecognizer,
    PlPeselRecognizer,
    SePersonnummerRecognizer,
)

from sovereign.detect.recognizers._checked import BARE

VECTORS = [
    ("PESEL: 44051401359", ["PL_PESEL"]),
    ("Personnummer 811228-9874", ["SE_PERSONNUMMER"]),
    ("Is 49670320537 a prime number? Show the steps.", []),
    ("Factor 8112289874 into primes", []),
]


def _bare(patterns: list[Pattern]) -> list[Pattern]:
    return [Pattern(p.name, p.regex, min(p.score, BARE)) for p in patterns]


class _CheckKeepsScore:
    """Presidio's check, answering None (keep the pattern's bare score) where it passes and
    False (drop the finding) where it fails, instead of True (1.0) and False."""

    def validate_result(self, pattern_text: str) -> bool | None:
        passed: bool | None = super().validate_result(pattern_text)  # type: ignore[misc]
        return None if passed else False


class CheckedPeselRecognizer(_CheckKeepsScore, PlPeselRecognizer):  # type: ignore[misc]
    def __init__(self, supported_language: str = "pl") -> None:
        super().__init__(patterns=_bare(PlPeselRecognizer.PATTERNS),
                         supported_language=supported_language)


class CheckedPersonnummerRecognizer(_CheckKeepsScore,
                                    SePersonnummerRecognizer):
    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(patterns=_bare(SePersonnummerRecognizer.PATTERNS),
                         supported_language=supported_language)


class CheckedItVatRecognizer(_CheckKeepsScore, ItVatCodeRecognizer):  # type: ignore[misc]
    def __init__(self, supported_language: str = "it") -> None:
        super().__init__(patterns=_bare(ItVatCodeRecognizer.PATTERNS),
                         supported_language=supported_language)
