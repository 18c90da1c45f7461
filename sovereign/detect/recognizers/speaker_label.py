"""PERSON: a speaker's label in a pasted transcript or chat log ("Tiffany: You saved my
life!", "[19:03] Hunter: omg", "[2026-11-20 10:15] tomás: 👍 i'll take it").

Basis: a name is the first identifier of GDPR Art. 4(1) and HIPAA §164.514(b)(2)(i)(A).

A capitalised word, a colon and a capitalised reply is also how a README labels a field
("Certifi: Python SSL Certificates", "Codename: ISO-Rolling", "Price: EUR 1.299"). So a label
counts only when it is a known name (names.py), or when the text is a transcript: at least
MIN_TURNS lines open with such a label, and one word labels more than one of them. A label
in lower case (chat exports keep the handle as typed) counts only in a transcript, and only
when it is a listed given name ("error: …", "warning: …" label log lines the same way).
Exports that put the sender and the time on a line of their own above each message (Slack's
"priyanka.r  10:02 AM", Telegram's "lena_k, [27.11.2026 20:11]") name their senders the
same way: when one of them has more than one message, and none is a log line's first word.
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
# words a log line opens with before its time ("build  10:02", "deploy  10:05"): no sender
NOT_SENDERS = frozenset({
    "build", "deploy", "test", "tests", "job", "run", "step", "start", "started", "end",
    "ended", "done", "finished", "error", "warn", "warning", "info", "debug", "trace", "fatal",
    "at", "on", "from", "to", "until", "since", "today", "yesterday", "tomorrow", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "time"})
# a chat export's time stamp: "[19:03]", "19:03", "[2026-11-20 10:15]", WhatsApp's
# "[22/11/26 09:14]", "[22.11.26, 09:14:33]" and "22/11/2026, 09:14 - "
STAMP = (r"\[?(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4},?)[ T\t])?"
         r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?(?:[ \t]+-(?=[ \t]))?")
# at a line's start, after an optional time stamp, one to three words ("Tia Cida"); the
# reply opens with a letter, a quote or an emoji
LABEL = regex.compile(
    rf"(?m)^[ \t]*(?:{STAMP}[ \t]*)?"
    r"(\p{L}[\p{Ll}'\u2019\-]+(?:[ \t]\p{Lu}[\p{Ll}'\u2019\-]+){0,2})(?=:[ \t]*[\"\p{L}\p{So}])")
# a line that holds only the sender and the time, the message below it: Slack's
# "priyanka.r  10:02 AM" and Telegram's "lena_k, [27.11.2026 20:11]"; a handle may hold
# dots, digits and underscores
HEADER = regex.compile(
    r"(?m)^[ \t]*(\p{L}[\p{L}\d._\-]*(?:[ \t]\p{L}[\p{L}\d._\-]*){0,2})"
    r"(?:,[ \t]*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AP]M)?)[ \t]*\r?$(?=\n[ \t]*\S)")
VECTORS = [
    ("Tiffany: You saved my life!", [ENTITY]),  # a known name
    ("Zorander: hey\nMikkel: hi\nZorander: are you there?", [ENTITY]),  # a transcript
    ("User: What is the capital of France?", []),
    ("Certifi: Python SSL Certificates\n==========", []),
    ("Codename: ISO-Rolling\n$ distro -j", []),
    ("[2026-11-20 10:15] tomás: 👍 i'll take it\n[2026-11-20 10:21] daniel: thanks\n"
     "[2026-11-20 10:22] tomás: np", [ENTITY]),
    ("[10:15] error: disk full\n[10:16] error: disk full\n[10:17] info: retry", []),
    ("[22/11/26 09:14] Tia Cida: Gente, a Bia tá internada\n[22/11/26 09:16] Júnior: Meu Deus\n"
     "[22/11/26 09:20] Tia Cida: no São José", [ENTITY]),
    ("priyanka.r  10:02 AM\nprod login broken\ndmitri  10:05 AM\ntwilio logs\n"
     "priyanka.r  10:06 AM\nyes", [ENTITY]),
    ("lena_k, [27.11.2026 20:11]\nMorgen 10 Uhr Termin\nlena_k, [27.11.2026 20:12]\nund Freitag",
     [ENTITY]),
    ("build  10:02\ncompiling 120 files\nbuild  10:05\nlinking", []),
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
        found = [RecognizerResult(ENTITY, m.start(1), m.end(1), SCORE) for m in labels
                 if (transcript or known_name(m.group(1).split()[0])) and (
                     m.group(1)[0].isupper() or (transcript and m.group(1) in GIVEN))]
        return found + self._senders(text)

    @staticmethod
    def _senders(text: str) -> list[RecognizerResult]:
        """The senders of an export whose messages sit below a line of sender and time:
        counted only when one sender has more than one message (a transcript)."""
        heads = [m for m in HEADER.finditer(text)
                 if m.group(1).capitalize() not in NOT_SPEAKERS
                 and m.group(1).lower() not in NOT_SENDERS]
        senders = [m.group(1) for m in heads]
        if len(heads) < MIN_TURNS or len(set(senders)) == len(senders):
            return []
        return [RecognizerResult(ENTITY, m.start(1), m.end(1), SCORE) for m in heads]


def recognizer() -> EntityRecognizer:
    return SpeakerLabelRecognizer()
