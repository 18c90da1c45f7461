"""The person a condition found is said of, by the words right before it.

A diagnosis is health data when it is tied to a person (the shipped ``health-local`` rule
asks for a PERSON, an identifier or a PERSON_REFERENCE beside a MEDICAL_CONDITION). People
state their own and their family's conditions in a few short forms that name nobody: a
subject and a verb ("I'm pregnant", "je suis diabétique", "soy alérgica a la penicilina",
"il a une hyperthyroïdie", "ik heb een hernia"), or a possessive ("my psoriasis", "sa
sclérose en plaques", "m'n astma"). PERSON_REFERENCE (recognizers/person_reference.py)
finds the writer by a verb of being diagnosed or suffering, and a relative by a possessive
and a kinship word; the forms above it does not read, and widening its verbs ("sono", "is")
would take every general question ("Quali sono i sintomi del diabete?").

So after every recognizer has run on a text, for each MEDICAL_CONDITION finding of at
least ``MIN_SCORE``, the words right before it on its line are read
(recognizers/condition_subject.py): a subject and a verb of being or having, then a few
articles, qualifiers or time phrases; or a possessive, then a few qualifiers; or a
first-person verb that opens the condition ("rompí el tobillo"). The subject (or the
possessive) is then a PERSON_REFERENCE finding at ``SCORE``. Only forms that say a person
has the condition count, and not after "if" or "when" (as person_reference.py): a verb
without its subject ("tiene diabetes", "ha la celiachia") opens general sentences too
("quien tiene diabetes debe…"), and "your" is how leaflets speak ("managing your
diabetes").

Findings are only added before a condition already found, so a text without one is never
changed by this step; each condition is read once, in a window of fixed size.
"""

from __future__ import annotations

from sovereign.detect.echo import Found
from sovereign.detect.recognizers.condition_subject import subject_before

CONDITION = "MEDICAL_CONDITION"
ENTITY = "PERSON_REFERENCE"
SCORE = 0.5  # as recognizers/person_reference.py
MIN_SCORE = 0.4  # the shipped rules act on a condition from this score


def condition_subjects(text: str, found: Found) -> Found:
    """*found* (one text's findings) with the subject or possessive right before each of its
    conditions added as a PERSON_REFERENCE (module docstring)."""
    for (a, _b, kind), score in list(found.items()):
        if kind != CONDITION or score < MIN_SCORE:
            continue
        subject = subject_before(text, a)
        if subject is not None:
            key = (*subject, ENTITY)
            found[key] = max(found.get(key, 0.0), SCORE)
    return found
