"""required.py: the characters a pattern cannot match without, and searches skipped on them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.accel.required import char_class, guarded, required


def chars(pattern: str) -> set[str] | None:
    ranges = required(re.compile(pattern))
    return None if ranges is None else {chr(c) for a, b in ranges for c in range(a, b + 1)}


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\d{3}-\d{2}-\d{4}", {"-"}),  # the smallest set the match passes through
    (r"[0-9]{3}-", {"-"}),
    (r"(?<=[0-9])km$", {"k"}),  # 'k' and 'm' are one character each: the first is kept
    (r"(?<=[0-9])[a-z]$", set("0123456789")),  # a look-behind reads the string too
    (r"\.\.+|…", {".", "…"}),  # every alternative brings its own
    (r"(?:ab)+c?", {"a"}),
    (r"x(?=[#%])", {"x"}),
])
def test_the_smallest_certain_set(pattern: str, expected: set[str]) -> None:
    assert chars(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"a?", r"[^a]", r"\w+", r"(?i)abc", r"(?i:abc)", r"(a?)\1", r"a|b?", r"(?!a)b*", r"^$",
    r"(?:x|y)*", ".",
])
def test_nothing_is_claimed_where_nothing_is_certain(pattern: str) -> None:
    assert required(re.compile(pattern)) is None


def test_the_class_says_maybe_for_any_character_above_latin1_when_the_set_reaches_there() -> None:
    wide = char_class(((ord("-"), ord("-")), (0x2013, 0x2014)))
    assert wide.search("a-b") and wide.search("a\u2013b") and wide.search("naïve ☃")
    assert not wide.search("plain naïve word")  # Latin-1 only: exact
    narrow = char_class(((ord("-"), ord("-")),))
    assert not narrow.search("en\u2013dash ☃")


def _spacy_affixes() -> list[tuple[str, Any, Any]]:
    """(name, spaCy's English search, the same guarded)"""
    import spacy

    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    return [(name, getattr(tokenizer, name), guarded(getattr(tokenizer, name), empty))
            for name, empty in (("prefix_search", None), ("suffix_search", None),
                                ("infix_finditer", ()), ("url_match", None))]


AFFIXES = _spacy_affixes()
# letters, digits, the tokeniser's punctuation and symbols, and some beyond Latin-1
ALPHABET = st.sampled_from(list("aAbCkmsUZ09.,;:!?'\"()[]{}-\u2013\u2014…/\\@#$%&*+=<>^~_|`"
                                "\u2019\u201c\u201d€£°©™→☃ßé\n\t"))


def _spans(found: Any) -> Any:
    if found is None:
        return None
    if hasattr(found, "span"):
        return found.span()
    return [m.span() for m in found]


@pytest.mark.parametrize(("name", "method", "fast"), AFFIXES, ids=[a[0] for a in AFFIXES])
@settings(max_examples=3000, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=12))
def test_a_guarded_search_answers_as_the_search_itself(name: str, method: Any, fast: Any,
                                                       text: str) -> None:
    assert _spans(fast(text)) == _spans(method(text))


@pytest.mark.parametrize(("name", "method", "fast"), AFFIXES, ids=[a[0] for a in AFFIXES])
def test_spacy_affix_patterns_have_a_certain_set(name: str, method: Any, fast: Any) -> None:
    """Else the guard silently stands aside and the tokeniser is slow again."""
    assert fast is not method
