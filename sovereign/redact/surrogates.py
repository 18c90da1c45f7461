"""Realistic stand-ins of the same shape, derived from a keyed hash of the value.

Deterministic for a given key and value, so a value gets the same surrogate in every message of
a conversation. Fakes come from reserved or obviously fictional ranges where one exists
(example.com/.net/.org for e-mail, RFC 5737 / RFC 3849 documentation addresses for IPs).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable

FIRST = ("Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
         "Rowan", "Harper", "Emerson", "Finley", "Hayden", "Kendall", "Logan", "Parker",
         "Reese", "Sawyer", "Skyler", "Dakota", "Elliot", "Frankie", "Jesse", "Kai", "Lane",
         "Marlow", "Noel", "Oakley", "Peyton", "Remy", "Sage")
LAST = ("Ashdown", "Bramley", "Carver", "Dunmore", "Ellery", "Fairbank", "Garrow", "Hartwell",
        "Ingram", "Jessop", "Kettering", "Lomax", "Marchetti", "Norwood", "Oakes", "Pemberton",
        "Quarles", "Redfern", "Selwyn", "Thorne", "Upshaw", "Vance", "Whitlock", "Yardley",
        "Alcott", "Blakely", "Crane", "Delacroix", "Everly", "Fenwick", "Gale", "Holloway")
STREETS = ("Maple", "Cedar", "Willow", "Juniper", "Birch", "Alder", "Hazel", "Linden")
SUFFIXES = ("Street", "Avenue", "Road", "Lane")
CITIES = ("Eastbrook", "Westmere", "Northfield", "Southgate", "Lakemont", "Rivershire")


def _digest(key: bytes, entity_type: str, value: str) -> bytes:
    return hmac.new(key, f"{entity_type}\n{value}".encode(), hashlib.sha256).digest()


def _pick(d: bytes, i: int, items: tuple[str, ...]) -> str:
    return items[d[i] % len(items)]


def _person(d: bytes, value: str) -> str:
    if len(value.split()) == 1:
        return _pick(d, 1, LAST)
    return f"{_pick(d, 0, FIRST)} {_pick(d, 1, LAST)}"


def _email(d: bytes, value: str) -> str:
    domain = ("example.com", "example.net", "example.org")[d[3] % 3]
    return f"{_pick(d, 0, FIRST).lower()}.{_pick(d, 1, LAST).lower()}{d[2] % 100}@{domain}"


def _digits_like(d: bytes, value: str) -> str:
    """Same length and punctuation, different digits."""
    it = iter(d * 4)
    return re.sub(r"\d", lambda _: str(next(it) % 10), value)


def _ip(d: bytes, value: str) -> str:
    if ":" in value:
        return f"2001:db8::{d[0]:x}{d[1]:02x}"
    return f"192.0.2.{1 + d[0] % 254}"


def _street(d: bytes, value: str) -> str:
    return f"{1 + (d[0] << 8 | d[1]) % 9999} {_pick(d, 2, STREETS)} {_pick(d, 3, SUFFIXES)}"


def _location(d: bytes, value: str) -> str:
    return _pick(d, 0, CITIES)


GENERATORS: dict[str, Callable[[bytes, str], str]] = {
    "PERSON": _person,
    "EMAIL_ADDRESS": _email,
    "PHONE_NUMBER": _digits_like,
    "CREDIT_CARD": _digits_like,
    "US_SSN": _digits_like,
    "IP_ADDRESS": _ip,
    "STREET_ADDRESS": _street,
    "LOCATION": _location,
}


def surrogate(key: bytes, entity_type: str, value: str, attempt: int = 0) -> str | None:
    """A fake of the same shape, or None when the type has no generator."""
    generator = GENERATORS.get(entity_type)
    if generator is None:
        return None
    return generator(_digest(key, entity_type, f"{value}\n{attempt}"), value)


def keyed_hash(key: bytes, entity_type: str, normalised: str) -> str:
    """``[TYPE_h<8 hex>]``: equal values give equal tokens under one key; unreadable without it."""
    tag = hmac.new(key, f"{entity_type}\n{normalised}".encode(), hashlib.sha256).hexdigest()[:8]
    return f"[{entity_type}_h{tag}]"


def mask(value: str) -> str:
    return re.sub(r"[A-Za-z0-9]", "*", value)
