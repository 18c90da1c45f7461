"""MEDICAL_CONDITION through the real engine: diagnoses in seven languages are found over
exactly their words, generic words only after a cue, and technical text gives nothing."""

from __future__ import annotations

from typing import Any

import pytest

FOUND = [  # (sentence, the condition's words as written)
    # EN
    ("The patient was diagnosed with Crohn's disease in 2019.", "Crohn's disease"),
    ("Admitted overnight with acute appendicitis, surgery at 8.", "acute appendicitis"),
    ("My daughter has scoliosis and wears a brace.", "scoliosis"),
    ("He has coeliac disease, so no gluten at the dinner.", "coeliac disease"),
    ("She suffers from a bad cold and stays home.", "cold"),
    ("History of schizophrenia, stable on medication.", "schizophrenia"),
    ("Known case of chronic kidney disease stage 3.", "chronic kidney disease"),
    ("Dx: E11.9 on the discharge letter", "E11.9"),
    ("He was treated for a severe infection last week.", "infection"),
    ("Draft a letter about her type 2 diabetes and the diet.", "type 2 diabetes"),
    ("Summarise the notes: fractured hip after a fall.", "fractured hip"),
    ("diagnosed with cancer in March", "cancer"),
    # DE
    ("Herr Bauer hat Vorhofflimmern und nimmt Marcumar.", "Vorhofflimmern"),
    ("Bekannte arterielle Hypertonie seit 2015.", "arterielle Hypertonie"),
    ("Z.n. Mammakarzinom links 2018.", "Mammakarzinom"),
    ("Sie leidet an Migräne und Schlafstörungen.", "Migräne"),
    ("Diagnose: Lungenentzündung, Antibiose begonnen.", "Lungenentzündung"),
    ("Er leidet an Depressionen seit dem Jobverlust.", "Depressionen"),
    ("Patientin mit chronischer Niereninsuffizienz.", "chronischer Niereninsuffizienz"),
    ("Verdacht auf Morbus Crohn, Koloskopie geplant.", "Morbus Crohn"),
    # FR
    ("Elle est atteinte d'une sclérose en plaques.", "sclérose en plaques"),
    ("Antécédents d'infarctus du myocarde en 2020.", "infarctus du myocarde"),
    ("Mon fils est diabétique et a une maladie cœliaque.", "maladie cœliaque"),
    ("Il souffre de dépression depuis un an.", "dépression"),
    ("hypertension artérielle traitée par ramipril", "hypertension artérielle"),
    # ES
    ("Mi madre tiene celiaquía desde niña.", "celiaquía"),
    ("Diagnosticado de esquizofrenia a los 20 años.", "esquizofrenia"),
    ("Padece de artritis reumatoide en ambas manos.", "artritis reumatoide"),
    ("Tiene cáncer de mama en tratamiento.", "cáncer de mama"),
    ("Sufre de dolor crónico de espalda.", "dolor crónico"),
    # IT
    ("Mio padre ha il morbo di Parkinson.", "morbo di Parkinson"),
    ("Diagnosi di diabete tipo 2 nel 2021.", "diabete tipo 2"),
    ("È affetta da sclerosi multipla.", "sclerosi multipla"),
    ("Ricoverato per polmonite la settimana scorsa.", "polmonite"),
    # PT
    ("Ela foi diagnosticada com esclerose múltipla.", "esclerose múltipla"),
    ("Meu avô tem doença de Alzheimer avançada.", "doença de Alzheimer"),
    ("O paciente sofre de hipertensão e asma.", "hipertensão"),
    ("Diagnosticado com câncer de próstata em 2022.", "câncer de próstata"),
    # NL
    ("Hij is gediagnosticeerd met longkanker.", "longkanker"),
    ("Mijn moeder lijdt aan de ziekte van Crohn.", "ziekte van Crohn"),
    ("Zij heeft coeliakie en eet glutenvrij.", "coeliakie"),
    ("Opgenomen wegens een hartinfarct.", "hartinfarct"),
    # an operation on a part of the body, and entries with an optional blank (" ?")
    ("sending her a card after her gallblader surgery", "gallblader surgery"),
    ("She had knee surgery in May and walks with a stick.", "knee surgery"),
    ("Seine Knie-OP ist am Montag.", "Knie-OP"),
    ("Elle a été opérée du genou en mars.", "opérée du genou"),
    ("Me voy a operar de la rodilla.", "operar de la rodilla"),
    ("Deve operarsi al ginocchio a giugno.", "operarsi al ginocchio"),
    ("A Letícia vai operar o menisco.", "operar o menisco"),
    ("Hij is geopereerd aan zijn knie.", "geopereerd aan zijn knie"),
    ("Krankschreibung wegen Burn-out bis März.", "Burn-out"),
    ("History of pre-eclampsia in the first pregnancy.", "pre-eclampsia"),
    # lay words: an organ's problem, a named allergy, "high blood pressure", "is asthmatic"
    ("my wife was told she has a thyroid problem", "thyroid problem"),
    ("ik heb een schildklierprobleem", "schildklierprobleem"),
    ("my daughter has a peanut allergy", "peanut allergy"),
    ("mi padre tiene la tensión alta", "tensión alta"),
    ("meu pai tem pressão alta", "pressão alta"),
    ("mon fils est asthmatique", "asthmatique"),
    ("mon mari a fait un AVC", "AVC"),
    ("my dad is recovering from a stroke", "stroke"),
    ("my son was diagnosed with type 1 last month", "type 1"),
    ("mi abuela tiene alzhéimer", "alzhéimer"),
    # the French "has" after its subject, spellings of their own, panic attacks
    ("mon père a Alzheimer depuis deux ans", "Alzheimer"),
    ("elle a une dépression depuis l'été", "dépression"),
    ("Il souffre d'épilepsie depuis l'enfance.", "épilepsie"),
    ("mijn zus heeft paniekaanvallen", "paniekaanvallen"),
    ("Mio padre ha la talassemia.", "talassemia"),
    # a diabetes type as an adjective, a wheelchair, a medicine that names its condition
    ("hi im dev, 29, nurse in Leeds. type 1 diabetic so yes", "type 1 diabetic"),
    ("Mrs Petrakis at no. 41 is in a wheelchair and stuck inside", "in a wheelchair"),
    ("Mijn moeder gebruikt acenocoumarol van de trombosedienst", "acenocoumarol"),
]

HARMLESS = [
    "We fixed a memory leak in the parser and a dead lock in the scheduler.",
    "Set the stroke width in CSS to 2px and the fill to none.",
    "The virus scanner flagged a bug in the build; run the stress test again.",
    "fatal error: Python's heap is exhausted after the cold start.",
    "The Great Depression changed monetary policy.",
    "She is a Cancer, born in July; Crohn joined the board in May.",
    "Our Lambda suffers from cold starts and high pain points in onboarding.",
    "MS Office and the TOC of the report; 2 TB of storage; the EM algorithm.",
    "Die Krebs AG meldet Stress im Vertrieb, Herr Crohn kommt morgen.",
    "La dépression tropicale se déplace vers l'est.",
    "El cáncer es mi signo del zodiaco.",
    "Il cancro della burocrazia rallenta tutto.",
    "A infecção do sistema por um vírus de computador foi contida.",
    "De kanker van de binnenstad is het verkeer.",
    "The history of the cold war and the pain of the stock market.",
    "error code E11 in the logs, see section I48",
    "Bypass the cache for the heart of the loop; the op code is 0x2A.",
    "The operation on the knee joint of the robot arm failed twice.",
    "The heart of the problem is memory: the type 1 font is not the type 2 font.",
    "He was recovering from a crash of the build server after the outage.",
    "Il y a une dépression tropicale au large, elle a une trajectoire vers l'ouest.",
    "Elle a dit que le cholestérol est un sujet pour les médecins.",
]


def _found(detector: Any, text: str) -> set[str]:
    return {text[s.start:s.end] for s in detector.scan([text])[0]
            if s.entity_type == "MEDICAL_CONDITION" and s.score >= 0.5}


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_condition_is_found_over_its_words(analyzer_detector: Any, text: str,
                                             value: str) -> None:
    assert value in _found(analyzer_detector, text)


@pytest.mark.parametrize("text", HARMLESS)
def test_technical_and_figurative_text_names_no_condition(analyzer_detector: Any,
                                                          text: str) -> None:
    assert _found(analyzer_detector, text) == set()


def test_a_specific_term_scores_enough_alone(analyzer_detector: Any) -> None:
    for text in ("Vorhofflimmern", "schizophrenia", "coeliac disease"):
        scores = [s.score for s in analyzer_detector.scan([text])[0]
                  if s.entity_type == "MEDICAL_CONDITION"]
        assert scores and max(scores) >= 0.6, text


def test_the_vocabulary_patterns_all_have_an_re2_superset() -> None:
    import regex

    from sovereign.detect.accel.prefilter import compile_superset
    from sovereign.detect.recognizers import medical_condition

    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
    assert all(compile_superset(p.regex, flags) is not None for p in medical_condition.PATTERNS)
