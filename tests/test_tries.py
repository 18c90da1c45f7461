"""Word lists as tries that keep their order (accel/tries.py): the same matches as the list
as written, for any words and any text, and Presidio's URL patterns are the lists it
rewrites."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import PatternRecognizer
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from sovereign.detect.accel.base import innermost
from sovereign.detect.accel.tries import MIN_WORDS, rewritten, trie
from sovereign.detect.engine import build_analyzer

FLAGS = (0, regex.IGNORECASE, regex.IGNORECASE | regex.MULTILINE | regex.DOTALL)

# few letters, so that words share beginnings and are each other's prefixes ("co", "com")
words = st.lists(st.text(alphabet="acmo-1", max_size=4), min_size=1, max_size=30)
texts = st.text(alphabet="acmoACMO-1.K\u212a\u017f /x", max_size=60)


def spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(pattern, text, flags=flags)]


@settings(max_examples=400, deadline=None)
@given(words, texts, st.sampled_from(FLAGS), st.sampled_from(["", "x?", "(?:/[^ ]*)?", "o"]))
def test_a_trie_matches_where_and_as_far_as_the_list_in_its_order(
        listed: list[str], text: str, flags: int, after: str) -> None:
    as_written = "(?:" + "|".join(f"(?:{re.escape(w)})" for w in listed) + ")"
    as_trie = "(?:" + trie(listed) + ")"
    for before in ("", r"[.]", r"[a-z.]{1,5}[.]"):
        assert (spans(before + as_trie + after, text, flags)
                == spans(before + as_written + after, text, flags))


def test_a_trie_groups_only_words_with_the_same_first_letter_and_keeps_their_order() -> None:
    assert trie(["co", "com", "ca", "org", "c"]) == "c(?:o(?:|m)|a|)|org"
    assert trie(["", "m"]) == "|m"
    assert trie(["ab", "", "ac"]) == "ab||ac"  # the empty word ends the group


URL = UrlRecognizer()
DOMAINS = st.lists(st.sampled_from(["www.", "www2.", "a", "b-c", "x.", ".", "co", "com", "uk",
                                    "io", "museum", "as", "Co", "CO", "\u212a", "/p?q=1",
                                    " ", "(", "'", "\n", "1"]), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(DOMAINS)
def test_presidios_url_patterns_find_the_same_rewritten(text: str) -> None:
    for pattern in URL.patterns:
        assert (spans(rewritten(pattern.regex), text, URL.global_regex_flags)
                == spans(pattern.regex, text, URL.global_regex_flags))


def test_presidios_url_patterns_are_the_lists_it_rewrites() -> None:
    for pattern in URL.patterns:  # the 675 domains in each of the four
        assert len(rewritten(pattern.regex)) < len(pattern.regex)
    assert rewritten(r"(?:a)|(?:b)") == r"(?:a)|(?:b)"  # under MIN_WORDS words: as written
    assert MIN_WORDS > 2


def test_an_accelerated_engine_has_the_tries_and_presidios_own_patterns_stay() -> None:
    written = [p.regex for p in UrlRecognizer().patterns]
    analyzer = build_analyzer()  # accelerated
    url = [innermost(r, PatternRecognizer) for r in analyzer.registry.recognizers
           if r.name == "UrlRecognizer"]
    assert url
    for recognizer in url:
        assert recognizer is not None
        assert [len(p.regex) < len(w) for p, w in zip(recognizer.patterns, written,
                                                       strict=True)] == [True] * 4
    # UrlRecognizer's instances share its class's Pattern objects: an engine built the plain
    # way afterwards must not find them rewritten
    assert [p.regex for p in UrlRecognizer().patterns] == written
