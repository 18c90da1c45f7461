"""The person a condition is said of, by the words right before it (detect/subjects.py): the
pure step on hand-made findings, a property over generated texts, and the engine with the
shipped rules deciding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.subjects import ENTITY, SCORE, condition_subjects
from sovereign.exchange import Action, EndpointKind
from sovereign.policy.decide import Context, decide
from sovereign.policy.loader import load_rules

REPO = Path(__file__).resolve().parent.parent


def condition_at(text: str, value: str, score: float = 0.6) -> dict[tuple[int, int, str], float]:
    start = text.index(value)
    return {(start, start + len(value), "MEDICAL_CONDITION"): score}


def subjects(text: str, condition: str, score: float = 0.6) -> list[str]:
    found = condition_at(text, condition, score)
    after = condition_subjects(text, dict(found))
    return sorted(text[a:b] for (a, b, kind) in after if kind == ENTITY)


@pytest.mark.parametrize(("text", "condition", "subject"), [
    ("I'm pregnant with twins and due in May!", "pregnant", "I'm"),
    ("i've got really bad psoriasis on my elbows", "psoriasis", "i've got"),
    ("My psoriasis is all over my scalp right now.", "psoriasis", "My"),
    ("I tore my ACL playing football", "tore my ACL", "I"),
    ("Ich hab einen Bandscheibenvorfall und bin krankgeschrieben.", "Bandscheibenvorfall",
     "Ich hab"),
    ("Bei mir wurde Schwangerschaftsdiabetes festgestellt.", "Schwangerschaftsdiabetes",
     "Bei mir wurde"),
    ("Je suis diabétique de type 1 depuis l'âge de 12 ans.", "diabétique", "Je suis"),
    ("Il a une hyperthyroïdie et perd du poids.", "hyperthyroïdie", "Il a"),
    ("j'ai l'asthme depuis l'enfance", "asthme", "j'ai"),
    ("Soy alérgica a la penicilina.", "alérgica", "Soy"),
    ("A Lucía le diagnosticaron diabetes gestacional.", "diabetes gestacional",
     "le diagnosticaron"),
    ("Sono diabetica da quando avevo 8 anni.", "diabetica", "Sono"),
    ("Estou com anemia e tomo ferro todos os dias.", "anemia", "Estou com"),
    ("Hij heeft een snelwerkende schildklier.", "snelwerkende schildklier", "Hij heeft"),
    ("m'n astma is erger geworden", "astma", "m'n"),
    # a time, an age or a pregnancy's week between the verb and the condition
    ("Opa hatte letzte Woche einen Schlaganfall und kann nicht sprechen.", "Schlaganfall",
     "Opa hatte"),
    ("Ma mère a depuis deux ans un diabète de type 2.", "diabète", "Ma mère a"),
    ("Mi madre tiene desde hace tres años diabetes.", "diabetes", "Mi madre tiene"),
    ("A minha avó tem há cinco anos Alzheimer.", "Alzheimer", "minha avó tem"),
    ("Mijn vader heeft sinds vorig jaar diabetes.", "diabetes", "Mijn vader heeft"),
    ("O meu avô teve na semana passada um AVC.", "AVC", "meu avô teve"),
    ("Ich bin in der 20. Woche schwanger", "schwanger", "Ich bin"),
    ("Ik ben 22 weken zwanger van de tweede", "zwanger", "Ik ben"),
    ("Bei mir wurde mit 24 das PCO-Syndrom festgestellt.", "PCO-Syndrom", "Bei mir wurde"),
    ("Hab mir gestern den Fuß gebrochen.", "Fuß gebrochen", "Hab"),
    ("Llevo un año con depresión y tomo sertralina.", "depresión", "Llevo un año con"),
    # a relative with the condition; a first-person verb that opens it
    ("mio fratello affetto da SLA", "SLA", "mio fratello affetto da"),
    ("Bruder mit ALS, seit Frühjahr PEG", "ALS", "Bruder mit"),
    ("Me rompí el tobillo jugando al fútbol.", "rompí el tobillo", "rompí"),
    ("Torci o tornozelo no vôlei ontem", "Torci o tornozelo", "Torci"),
])
def test_a_subject_or_a_possessive_before_a_condition_is_a_person(
        text: str, condition: str, subject: str) -> None:
    assert subjects(text, condition) == [subject]


@pytest.mark.parametrize(("text", "condition"), [
    ("What are the symptoms of diabetes?", "diabetes"),
    ("Quali sono i sintomi del diabete?", "diabete"),
    ("Quien tiene diabetes debe controlar su glucosa.", "diabetes"),
    ("Managing your diabetes at work: a guide", "diabetes"),
    ("If she has preeclampsia, when should the baby be delivered?", "preeclampsia"),
    ("I wrote a report about asthma", "asthma"),
    ("Ich habe eine Frage zu Diabetes.", "Diabetes"),
    ("Ha la tiroidite chi ha questi sintomi?", "tiroidite"),
    ("Patients with a brother with ALS have a higher risk.", "ALS"),
    ("People who have had for years diabetes often develop neuropathy.", "diabetes"),
    ("How long does it take to recover from a sprained ankle?", "sprained ankle"),
])
def test_a_general_sentence_names_no_one(text: str, condition: str) -> None:
    assert subjects(text, condition) == []


def test_an_unsure_condition_and_another_line_give_no_subject() -> None:
    assert subjects("I'm pregnant", "pregnant", score=0.3) == []
    assert subjects("I'm\npregnant", "pregnant") == []


WORDS = st.sampled_from(["I'm", "I", "my", "mon", "il", "a", "une", "sono", "i", "your", "if",
                         "she", "has", "the", "chronic", "asthma", "diabetes", "ist", "er",
                         "rompí", "seit", "2", "Jahren", "last", "week", "Opa", "with"])
GLUE = st.sampled_from([" ", "  ", ", ", ". ", "\n", "'"])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(WORDS, GLUE), min_size=1, max_size=12),
       which=st.integers(min_value=0, max_value=11), score=st.floats(0.0, 1.0))
def test_subjects_are_added_only_before_or_opening_a_sure_condition_on_its_line(
        parts: list[tuple[str, str]], which: int, score: float) -> None:
    text = "".join(word + glue for word, glue in parts)
    index = min(which, len(parts) - 1)
    start = sum(len(w) + len(g) for w, g in parts[:index])
    end = start + len(parts[index][0])
    found = {(start, end, "MEDICAL_CONDITION"): score}
    after = condition_subjects(text, dict(found))
    assert set(found) <= set(after)
    added = [(a, b, kind, value) for (a, b, kind), value in after.items()
             if (a, b, kind) not in found]
    assert len(added) <= 1
    for a, b, kind, value in added:
        assert kind == ENTITY and value == SCORE and score >= 0.4
        # before it on its line, or the first-person verb that opens it ("rompí el tobillo")
        assert (b <= start and "\n" not in text[a:start]) or (a == start and b <= end)


def test_a_text_without_a_condition_is_left_as_it_is() -> None:
    text = "I'm happy, my code works and il a raison."
    found = {(0, 3, "PERSON_REFERENCE"): 0.5}
    assert condition_subjects(text, dict(found)) == found


@pytest.mark.parametrize("text", [
    "I'm pregnant with twins and due in May!",
    "Je suis diabétique de type 1 depuis l'âge de 12 ans.",
    "Il a une hyperthyroïdie et perd du poids sans raison.",
    "Estou com anemia e tomo ferro todos os dias.",
])
def test_the_shipped_rules_keep_a_stated_condition_inside(analyzer_detector: Any,
                                                          text: str) -> None:
    rules = load_rules([REPO / "rules"])
    found = analyzer_detector.scan([text])[0]
    decision = decide(Context("openai", None, EndpointKind.CHAT, (), len(text), found), rules)
    assert decision.action is Action.ROUTE_LOCAL
