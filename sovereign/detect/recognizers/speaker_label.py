"""PERSON: a speaker's label in a pasted transcript or chat log ("Tiffany: You saved my
life!", "[19:03] Hunter: omg", "[2026-11-20 10:15] tomás: 👍 i'll take it").

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).

A capitalised word, a colon and a capitalised reply is also how a README labels a field
("Certifi: Python SSL Certificates", "Codename: ISO-Rolling", "Price: EUR 1.299"). So a label
counts only when it is a known name (names.py), or when the text is a transcript: at least
MIN_TURNS lines open with such a label, and one word labels more than one of them. A label
in lower case (chat exports keep the handle as typed) counts only in a transcript, and only
when it is a listed given name ("error: …", "warning: …" label log lines the same way).
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sovereign.detect.names import GIVEN, known_name

ENTITY = "PERSON"
SCORE = 0.4
MIN_TURNS = 2
# the labels of a chat's own roles and of fields, never a person
NOT_SPEAKERS = frozenset({
    "User", "Assistant", "System", "Human", "Note", "Name", "Address", "Subject", "Summary",
    "Question", "Answer", "Title", "Date", "Time", "Email", "Phone", "Website", "Company",
    "Status", "Error", "Warning", "Info", "Example", "Output", "Input", "Result", "Response",
    "Request", "Description", "Reason", "Update", "Comment", "Message", "Location", "Position",
    "Role", "Team", "Author", "Source", "Total", "Step", "Tip", "Hint", "Todo", "Fix", "Bug",
    "Q", "A"})
# at a line's start, after an optional "[19:03]", "19:03" or "[2026-11-20 10:15]" time stamp;
# the reply opens with a letter, a quote or an emoji
LABEL = regex.compile(
    r"(?m)^[ \t]*(?:\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?"
    r"(\p{L}[\p{Ll}'\u2019\-]+)(?=:[ \t]*[\"\p{L}\p{So}])")
VECTORS = [
    ("Tiffany: You saved my life!", [ENTITY]),  # a known name
    ("Zorander: hey\nMikkel: hi\nZorander: are you there?", [ENTITY]),  # a transcript
    ("User: What is the capital of France?", []),
    ("Certifi: Python SSL Certificates\n==========", []),
    ("Codename: ISO-Rolling\n$ distro -j", []),
    ("[2026-11-20 10:15] tomás: 👍 i'll take it\n[2026-11-20 10:21] daniel: thanks\n"
     "[2026-11-20 10:22] tomás: np", [ENTITY]),
    ("[10:15] error: disk full\n[10:16] error: disk full\n[10:17] info: retry", []),
]


class SpeakerLabelRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], name="SpeakerLabelRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if ":" not in text:
            return []
        labels = [m for m in LABEL.finditer(text) if m.group(1) not in NOT_SPEAKERS]
        words = [m.group(1) for m in labels]
        transcript = len(labels) >= MIN_TURNS and len(set(words)) < len(words)
        return [RecognizerResult(ENTITY, m.start(1), m.end(1), SCORE) for m in labels
                if (transcript or known_name(m.group(1))) and (
                    m.group(1)[0].isupper() or (transcript and m.group(1) in GIVEN))]


def recognizer() -> EntityRecognizer:
    return SpeakerLabelRecognizer()
