"""STREET_ADDRESS through the real engine: a street line with its unit, postcode and town
comes out as one span, as each country writes it; counted things and code do not."""

from __future__ import annotations

from typing import Any

import pytest

ONE_SPAN = [  # (sentence, the address as one span)
    # DE / AT / CH
    ("Bitte an Im Winkel 34a, 70173 Stuttgart schicken.", "Im Winkel 34a, 70173 Stuttgart"),
    ("Wir treffen uns Am Markt 5.", "Am Markt 5"),
    ("Sie wohnt An der Alster 12, 20099 Hamburg.", "An der Alster 12, 20099 Hamburg"),
    ("Rechnung an Hauptstr. 5, 10115 Berlin senden.", "Hauptstr. 5, 10115 Berlin"),
    ("Lieferung an Berliner Straße 44, 60311 Frankfurt am Main bitte.",
     "Berliner Straße 44, 60311 Frankfurt am Main"),
    ("Büro: Mariahilfer Straße 12/3, A-1060 Wien", "Mariahilfer Straße 12/3, A-1060 Wien"),
    ("Adresse Bahnhofstrasse 21, 8001 Zürich.", "Bahnhofstrasse 21, 8001 Zürich"),
    # FR / BE
    ("J'habite au 12 rue des Lilas, 69003 Lyon depuis mars.", "12 rue des Lilas, 69003 Lyon"),
    ("Envoyez-le au 12, avenue Victor-Hugo.", "12, avenue Victor-Hugo"),
    ("Siège : 4 bis boulevard Haussmann, 75009 Paris.", "4 bis boulevard Haussmann, 75009 Paris"),
    ("Bureau Rue de la Loi 16, 1000 Bruxelles.", "Rue de la Loi 16, 1000 Bruxelles"),
    # ES
    ("Mi dirección es Calle de Alcalá 45, 3º B, 28014 Madrid.",
     "Calle de Alcalá 45, 3º B, 28014 Madrid"),
    ("Vivo en C/ Mayor 7.", "C/ Mayor 7"),
    ("La oficina está en Avda. de la Constitución 12, 41001 Sevilla.",
     "Avda. de la Constitución 12, 41001 Sevilla"),
    ("Envíalo a Carrer de Balmes 150, 08008 Barcelona.", "Carrer de Balmes 150, 08008 Barcelona"),
    # IT
    ("Abito in Via Roma 12, 20121 Milano.", "Via Roma 12, 20121 Milano"),
    ("Consegna in V.le Monza 45.", "V.le Monza 45"),
    ("Studio in Piazza Navona 3, 00186 Roma RM.", "Piazza Navona 3, 00186 Roma RM"),
    ("Sede legale Corso Vittorio Emanuele II 18, 10123 Torino.",
     "Corso Vittorio Emanuele II 18, 10123 Torino"),
    # PT / BR
    ("Moro na Rua das Flores 120, apto 32, 01310-100 São Paulo.",
     "Rua das Flores 120, apto 32, 01310-100 São Paulo"),
    ("O escritório fica na Av. Paulista, 1578.", "Av. Paulista, 1578"),
    ("Morada: Rua Augusta 25, 1100-048 Lisboa", "Rua Augusta 25, 1100-048 Lisboa"),
    ("Entregar na Avenida Atlântica 1702, Rio de Janeiro - RJ, 22021-001",
     "Avenida Atlântica 1702, Rio de Janeiro - RJ, 22021-001"),
    # NL
    ("Ik woon op Keizersgracht 221, 1016 DV Amsterdam.", "Keizersgracht 221, 1016 DV Amsterdam"),
    ("Stuur het naar Kerkstraat 12-3.", "Kerkstraat 12-3"),
    ("Kantoor: Coolsingel 40, 3011 AD Rotterdam", "Coolsingel 40, 3011 AD Rotterdam"),
    # UK / US
    ("Post it to The Old Rectory, 204 Beech Grove, Manchester M20 4RQ please.",
     "The Old Rectory, 204 Beech Grove, Manchester M20 4RQ"),
    ("Send it to 742 Evergreen Terrace, Springfield, IL 62704 by Friday.",
     "742 Evergreen Terrace, Springfield, IL 62704"),
]

HARMLESS = [
    "Upgrade to version 2.3.1 and read Section 12, Chapter 3 and Table 5.",
    "Step 4: route traffic Via 3 routes to the backend.",
    "It costs 12 EUR, or 45 USD with shipping.",
    "Im Jahr 2020 stieg der Umsatz, zum Beispiel 3 Prozent.",
    "Der Markt 2024 wächst, siehe Kapitel 3.",
    "Sent via Slack 2 times, then via email.",
    "Spring 2024 release notes, Heidelberg 2023 workshop.",
    "for i in range(10): print(i, 'Table 5')",
]


def _found(detector: Any, text: str) -> set[str]:
    return {text[s.start:s.end] for s in detector.scan([text])[0]
            if s.entity_type == "STREET_ADDRESS" and s.score >= 0.4}


@pytest.mark.parametrize(("text", "address"), ONE_SPAN)
def test_an_address_line_is_one_span(analyzer_detector: Any, text: str, address: str) -> None:
    found = _found(analyzer_detector, text)
    assert address in found
    # no other street-address piece outside it
    at = text.index(address)
    assert all(text.index(f) >= at and text.index(f) + len(f) <= at + len(address)
               for f in found)


@pytest.mark.parametrize("text", HARMLESS)
def test_counted_things_and_code_are_not_addresses(analyzer_detector: Any, text: str) -> None:
    assert _found(analyzer_detector, text) == set()
