"""A name the text's own e-mail address spells is a name (detect/mailnames.py): the pure
step on hand-made findings, and the engine."""

from __future__ import annotations

from typing import Any

from sovereign.detect.mailnames import NAME_SCORE, mail_names


def at(text: str, value: str, kind: str, score: float) -> dict[tuple[int, int, str], float]:
    start = text.index(value)
    return {(start, start + len(value), kind): score}


def raised(text: str, found: dict[tuple[int, int, str], float]) -> list[str]:
    after = mail_names(text, dict(found))
    return sorted(text[a:b] for (a, b, kind), score in after.items()
                  if kind == "PERSON" and score == NAME_SCORE)


def test_a_weak_name_or_an_organisation_the_address_spells_becomes_a_name() -> None:
    text = "la cliente Rosaria Lo Presti (rosaria.lopresti@libero.it) chiede un rimborso"
    found = (at(text, "Rosaria", "PERSON", 0.35) | at(text, "Presti", "PERSON", 0.35)
             | at(text, "rosaria.lopresti@libero.it", "EMAIL_ADDRESS", 1.0))
    assert raised(text, found) == ["Presti", "Rosaria"]
    sql = "VALUES ('Chiara', 'Ferrero', 'chiaraferrero91@gmail.com')"
    found = (at(sql, "Ferrero", "ORGANIZATION", 0.85)
             | at(sql, "chiaraferrero91@gmail.com", "EMAIL_ADDRESS", 1.0))
    assert raised(sql, found) == ["Ferrero"]


def test_a_role_mailbox_another_word_or_no_address_raise_nothing() -> None:
    text = "Contact Support or Sales at support@acme.example and sales@acme.example"
    found = (at(text, "Support", "PERSON", 0.35) | at(text, "Sales", "ORGANIZATION", 0.85)
             | at(text, "support@acme.example", "EMAIL_ADDRESS", 1.0))
    assert raised(text, found) == []
    other = "Ask Presti about it (rosaria@libero.it)"
    found = at(other, "Presti", "PERSON", 0.35) | at(other, "rosaria@libero.it",
                                                     "EMAIL_ADDRESS", 1.0)
    assert raised(other, found) == []
    alone = "Rosaria Lo Presti"
    assert mail_names(alone, at(alone, "Rosaria", "PERSON", 0.35)) == at(
        alone, "Rosaria", "PERSON", 0.35)


def test_the_engine_finds_the_name_the_address_spells(analyzer_detector: Any) -> None:
    text = ("INSERT INTO clienti (nome, cognome, email) VALUES\n"
            "('Lorenzo', 'Marinelli', 'l.marinelli@libero.it');")
    spans = analyzer_detector.scan([text])[0]
    assert any(text[s.start:s.end] == "Marinelli" and s.entity_type == "PERSON"
               and s.score >= 0.5 for s in spans)
