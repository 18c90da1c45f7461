"""What the check-digit recognizers share: how a passing check is scored, what counts as a
value standing alone, and how a label right before it is written.

Score levels (one policy for every identifier whose evidence is a check digit):

- ``BARE`` (0.2): a bare digit run whose check digit passes and nothing names it. One run in
  ten (or eleven) passes any single check digit, so order numbers, invoice numbers and
  counters pass too: below the detector's floor (0.3), the finding is not reported and
  nothing is redacted. A context word nearby (Presidio's enhancer: +0.35, at least 0.4)
  lifts it to 0.55, above the rules' 0.5, and the request stays local.
- ``WRITTEN`` (0.35): the check passes and the value is written in the identifier's own
  distinctive form (a CPF "123.456.789-09", an NHS number "943 476 5919", an Aadhaar
  "2341 2341 2346"): reported and redacted (the default pack's ``national-id-redact`` rule,
  at 0.3) but not routed to the local model (0.5); with a context word 0.7.
- ``LABELLED`` (0.85): a label naming the identifier stands right before it ("Steuer-ID:",
  "CPF nº", "DL#:"), written in any form: routed local.

Presidio's own pattern loop scores every value whose ``validate_result`` is True at 1.0,
context or not, which is how "+1 206 555 0171" became an NHS number at 1.0.
``CheckedRecognizer`` answers None (keep the pattern's score) when the check passes and
False (drop it) when it fails, so the pattern's level above is the score.

A digit run that is part of a longer number, a phone number, a date or a time is not an
identifier: ``ALONE_BEFORE`` / ``ALONE_AFTER`` refuse a value glued to a word character, a
"+", or a decimal point, and one that only a single separator parts from a further digit
("+1 206 555 0171", "2023:13:55:36 9434765919", "1700000000.123").
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import Pattern, PatternRecognizer

BARE = 0.2
WRITTEN = 0.35
LABELLED = 0.85

# (both fixed width, so that the standard library's parser reads them too, see superset.py)
ALONE_BEFORE = r"(?<![\w+.\-/])(?<!\d[ \t./:,\-])"
ALONE_AFTER = r"(?![\w+]|[ \t./:,\-]\d)"
# after a label: "no.", "nr", "number", "#", "n°", "nº", then "is"/"ist"/"est"/"é"/":"…;
# or, in a FHIR identifier, the system that names it and then its value
# ('"system":"http://fhir.nl/fhir/NamingSystem/bsn","value":"…')
# the country the identifier is of, named after it in another language ("BSN holandés",
# "NIF portugais", "Steuer-ID (Deutschland)")
NATION = (r"(?:holand|neerland|n[ée]erlandais|dutch|oland|niederl[äa]nd|portug|espa[nñ]|spagn|"
          r"spanish|spanisch|spaans|alem|german|allemand|tedesc|deutsch|duits|belg|brit|"
          r"americ|am[ée]ricain|amerikan|brasil|brazil|br[ée]silien|fran[cç]|franz[öo]s|frans|"
          r"italian|italien|italiaans|indian|indien|indiano|indisch)\p{L}*")
NUMBER_WORD = (r"(?:[\s.,]*(?:no|nr|num|number|nummer|numero|número|numéro|n\.?[°ºo]|"
               r"(?<!\w)n\.(?=\s)|#)\.?)?")
LABEL_TAIL = (NUMBER_WORD +
              # a country or an aside in brackets: "(EUA)", "(VS, Michigan)", and the number
              # word after it ("patente statunitense (North Carolina) n."), or a bracket the
              # number is in ("rijbewijs (California, nummer P4940430)")
              rf"(?:\s+{NATION}|\s*\([^()\n]{{1,20}}\)|\s*\([^()\n,]{{1,20}},)?" + NUMBER_WORD +
              # "is", or "there is" ("mijn rijbewijsnummer daar is"), and an article after
              # it ("mon n° de compte c'est le …")
              r"(?:,?(?:\s+(?:there|daar|dort|là|allí|ahí|lì|lá))?\s+(?:is|ist|est|é|è|es|lautet|"
              r"it['\u2019]s|c['\u2019]est|dice|diz|zegt|says|notiert)"
              r"(?:\s+(?:the|le|la|el|il|lo|o|a|der|die|das|de|het))?)?"
              # a form's blanks between label and value, as OCR keeps them; a key's quotes
              # ('"memberId": "'); a bracket closed after the label ("(SSN):") or one the value
              # is in ("permis de conduire californien (V7757617)")
              r"(?:[\s:#=.\-\"')]{0,8}\(?|\"\s*,\s*\"value\"\s*:\s*\")")


def labelled(labels: str) -> str:
    """A look-behind: *labels* (an alternation) and its tail stand right before the value."""
    return rf"(?<=\b(?:{labels}){LABEL_TAIL})"


def alone(body: str) -> str:
    """*body*, not part of a longer number, phone number, date or time."""
    return f"{ALONE_BEFORE}(?:{body}){ALONE_AFTER}"


ICAO_WEIGHTS = (7, 3, 1)


def icao_check_digit(field: str) -> int:
    """ICAO Doc 9303 part 3 §4.9, for travel documents and the cards that follow it: values
    0-9, A=10 … Z=35 and the filler "<" 0, weights 7-3-1, modulo 10."""
    return sum((0 if ch == "<" else int(ch, 36)) * ICAO_WEIGHTS[i % 3]
               for i, ch in enumerate(field)) % 10


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


class CheckedRecognizer(PatternRecognizer):
    """A pattern recognizer whose *check* drops values that fail it and leaves the pattern's
    score on those that pass (see the module docstring)."""

    def __init__(self, check: Callable[[str], bool], **kwargs: object) -> None:
        self.check = check
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if self.check(pattern_text) else False


def patterns(entity: str, labelled_body: str, labels: str,
             written: str | None = None, bare: str | None = None) -> list[Pattern]:
    """The three levels for one identifier: *labelled_body* after one of *labels*, the
    distinctive *written* form, the *bare* digit run."""
    found = [Pattern(f"{entity.lower()}_labelled", labelled(labels) + alone(labelled_body),
                     LABELLED)]
    if written is not None:
        found.append(Pattern(f"{entity.lower()}_written", alone(written), WRITTEN))
    if bare is not None:
        found.append(Pattern(f"{entity.lower()}_bare", alone(bare), BARE))
    return found
