"""MEDICAL_CONDITION: a condition, disability, treatment or revealing medicine named by a
word or phrase of the multilingual lexicon (conditions_lexicon.py: about a thousand terms in
each of English, German, French, Spanish, Italian, Portuguese and Dutch, lay and clinical,
with the clinicians' abbreviations) — "gordelroos", "rectocolite hémorragique", "apnee
notturne", "cadeirante", "T2DM".

Basis: GDPR Art. 9(1) "data concerning health" (special category); HIPAA PHI when tied to an
individual. As for medical_condition.py, tying it to a person is the policy's job.

How it reads: the text's words, folded (lower case, accents dropped: "hemodialise" reads
"hemodiálise"), are looked up as runs of one to ``MAX_WORDS`` words in a table keyed by the
first word, longest run first; the words of a run are joined by blanks, hyphens or
apostrophes on one line. The cost is linear in the text whatever the lexicon's size (an
alternation of thousands of phrases would be tried at every word start). Abbreviations are
matched with their case ("AF", not "af"). A term that is also an everyday word somewhere
(the lexicon's ``AMBIGUOUS``: "zona", "staar") and every abbreviation (most are also
something else in technical text: CRC, PEP, PCI, HSV) count only where the words before
them say a person has it ("il a un zona", "mijn oma heeft staar"; not "she is a Cancer":
condition_subject.py), a diagnostic cue stands right before them ("diagnosed with"), a
clinical heading or a patient's initials open their line ("PMH: T2DM, HTN", "AP: DM2, HTA",
"Pt. W.S., 73 jr: CVA 2021"), or they stand in brackets right after the term they abbreviate
("enfarte do miocárdio (EAM)"); and never before a word that makes them technical ("cold
starts").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sovereign.detect.names import fold
from sovereign.detect.recognizers import conditions_data, patient_initials
from sovereign.detect.recognizers import conditions_lexicon as lexicon
from sovereign.detect.recognizers.condition_subject import having_before

ENTITY = "MEDICAL_CONDITION"
SCORE = 0.6  # as medical_condition.py
MAX_WORDS = 6  # the longest run of words looked up
WORD = regex.compile(r"[\p{L}\p{N}]+")
JOIN = regex.compile(r"[ \t\-'\u2019]{1,3}")  # what may stand between the words of a term

Entry = tuple[tuple[str, ...], bool]  # a term's folded words, and whether it is ambiguous
# the headings of a clinical note or form (with their colon) after which, on the same line,
# an abbreviation or an ambiguous word names a condition ("PMH: T2DM, HTN", "AP: DM2, HTA",
# "Allergies: latex")
# ("PC" and "HD", presenting complaint and hypothesis, are left out: "PC: AMD Ryzen")
SECTIONS = ("PMH", "HPC", "Hx", "Problem list", "Problems", "Comorbidities",
            "Vorerkrankungen", "Nebendiagnosen", "Anamnese", "ATCD", "Antécédents",
            "Antecedentes(?: personales| pessoais)?", "AP", "Comorbilidades", "Comorbidades",
            "Anamnesi", "Comorbidità", "Voorgeschiedenis", "VG", "Comorbiditeiten",
            "Allerg(?:y|ies)", "Allergien?", "Allergieën", "Alergias?", "Allergie", "Dx",
            "Diagnos[ei]s?", "Diagnosen", "Diagnóstico", "Diagnostic", "Diagnosi")
REACH = 80  # characters of the line before a term read for a heading
# or a patient written by initials opens it ("Pt. W.S., 73 jr: CVA 2021; broer met ALS",
# "Paz. L.M., 76 aa: esiti di ictus; fratello affetto da SLA"): the line is the patient's notes
HEADING = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{'|'.join(SECTIONS)})[ \t]*:"
    rf"|(?:{patient_initials.LABELS})\.?[ \t]*:?[ \t]*{patient_initials.INITIALS})[^\n]*$",
    regex.IGNORECASE)
# an abbreviation in brackets right after the term it stands for ("enfarte do miocárdio
# (EAM)", "Multiple Sklerose (MS)")
BRACKETED = regex.compile(r"[ \t]*\($")
# a cue right before the term, an article between them at most ("diagnosed with", "leidet an")
CUED = regex.compile(
    rf"(?<![\p{{L}}])(?:{'|'.join(conditions_data.CUES)})"
    rf"(?:[ \t]+(?:{'|'.join(conditions_data.ARTICLES)}))?(?:[ \t]+|(?<=['\u2019]))$",
    regex.IGNORECASE)
# the words after which an ambiguous word is technical ("cold starts", "pain points")
TECHNICAL_AFTER = regex.compile(
    rf"[ \t]+(?:{'|'.join(conditions_data.NOT_AFTER_GENERIC)})(?![\p{{L}}])", regex.IGNORECASE)


def _words(term: str, folded: bool) -> tuple[str, ...]:
    return tuple(fold(w) if folded else w for w in WORD.findall(term))


def _table(terms: Iterable[tuple[str, bool]], folded: bool) -> dict[str, list[Entry]]:
    """Terms keyed by their first word, the longest first; a term listed both as plain and
    as ambiguous is ambiguous."""
    entries: dict[tuple[str, ...], bool] = {}
    for term, ambiguous in terms:
        words = _words(term, folded)
        if 0 < len(words) <= MAX_WORDS:
            entries[words] = entries.get(words, False) or ambiguous
    table: dict[str, list[Entry]] = {}
    for words, ambiguous in entries.items():
        table.setdefault(words[0], []).append((words, ambiguous))
    for runs in table.values():
        runs.sort(key=lambda entry: -len(entry[0]))
    return table


def _all(tables: dict[str, tuple[str, ...]], ambiguous: bool) -> list[tuple[str, bool]]:
    return [(term, ambiguous) for terms in tables.values() for term in terms]


TERMS = _table(_all(lexicon.LEXICON, False) + _all(lexicon.AMBIGUOUS, True), folded=True)
ABBREVIATIONS = _table(_all(lexicon.ABBREVIATIONS, False)
                       + _all(lexicon.ABBREVIATIONS_AMBIGUOUS, True), folded=False)
VECTORS = [
    ("Mijn vader heeft gordelroos en kan niet slapen.", [ENTITY]),
    ("mon pote a une rectocolite hémorragique", [ENTITY]),
    ("O meu pai faz hemodialise três vezes por semana.", [ENTITY]),
    ("Mon père a un zona sur le thorax.", [ENTITY]),
    ("La zona industriale è chiusa.", []),
    ("The release notes list every change.", []),
    ("PMH: T2DM, HTN, ex-smoker", [ENTITY]),
    ("gunzip checks a 32 bit CRC of the data", []),
    ("I have a new PC: AMD Ryzen 7, 32 GB", []),
    ("Pt. W.S., 73 jr: CVA 2021; broer met ALS.", [ENTITY, ENTITY]),
    ("Atestado: Sr. P. Lima, em recuperação de enfarte do miocárdio (EAM) de 02/09.",
     [ENTITY, ENTITY]),
    ("Spark's ALS (alternating least squares) factorises the ratings matrix", []),
]


class ConditionLexiconRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], name="ConditionLexiconRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        words = list(WORD.finditer(text))
        raw = [w.group() for w in words]
        folded = [fold(w) for w in raw]
        results: list[RecognizerResult] = []
        after = 0  # the first word not inside a term found
        # only the words that begin some term are tried (one set lookup each)
        for i in [i for i, (r, f) in enumerate(zip(raw, folded, strict=True))
                  if f in TERMS or r in ABBREVIATIONS]:
            if i < after:
                continue
            # (words, whether it needs no one named before it): a term of the lexicon's own
            # needs no one; an ambiguous one and every abbreviation do
            found: tuple[int, bool] | None = None
            term = self._match(text, words, folded, i, TERMS)
            if term is not None:
                found = (term[0], not term[1])
            elif (abbreviation := self._match(text, words, raw, i, ABBREVIATIONS)) is not None:
                found = (abbreviation[0], False)
            if found is None:
                continue
            length, sure = found
            start, end = words[i].start(), words[i + length - 1].end()
            if sure or self._said_of_someone(text, start, end) or (
                    results and BRACKETED.fullmatch(text, results[-1].end, start)):
                results.append(RecognizerResult(ENTITY, start, end, SCORE))
            after = i + length
        return results

    @staticmethod
    def _said_of_someone(text: str, start: int, end: int) -> bool:
        """Whether a person is said to have text[start:end] (an ambiguous word or an
        abbreviation): a subject with a verb of having, or a possessive, right before it;
        a diagnostic cue right before it; or a clinical heading opening its line. Never
        before a word that makes it technical ("cold starts")."""
        if TECHNICAL_AFTER.match(text, end) is not None:
            return False
        if having_before(text, start) is not None:
            return True
        line = text.rfind("\n", max(0, start - REACH), start) + 1
        begin = max(line, start - REACH)
        return (CUED.search(text, begin, start) is not None
                or HEADING.search(text, begin, start) is not None)

    @staticmethod
    def _match(text: str, words: list[regex.Match[str]], keys: list[str], i: int,
               table: dict[str, list[Entry]]) -> tuple[int, bool] | None:
        """The longest term of *table* that starts at word *i* (its length in words, and
        whether it is ambiguous), or None. *keys* are the words' lookup forms."""
        for term, ambiguous in table.get(keys[i], ()):
            n = len(term)
            if i + n > len(words) or any(keys[i + k] != term[k] for k in range(1, n)):
                continue
            if all(JOIN.fullmatch(text, words[i + k - 1].end(), words[i + k].start())
                   for k in range(1, n)):
                return n, ambiguous
        return None


def recognizer() -> EntityRecognizer:
    return ConditionLexiconRecognizer()
