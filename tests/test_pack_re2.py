"""Rule-pack recognizers on RE2, under the evasion layers: what RE2 refuses is refused at load
with file:line:column and what to change; deny lists see through invisible, full-width and
look-alike characters with exact original offsets; byte offsets map back to characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign import yamlsrc
from sovereign.cli import main
from sovereign.detect.detector import Span
from sovereign.detect.normalise import HOMOGLYPHS, INVISIBLE
from sovereign.policy.custom import PackRecognizers, hardened_packs
from sovereign.policy.loader import load_rules
from sovereign.policy.regexcheck import compile_regex, regex_problems
from sovereign.policy.schema import CustomRecognizer

HEADER = "apiVersion: sovereign/v1\nkind: RulePack\nname: t\n"


def pack(tmp: Path, body: str) -> Path:
    path = tmp / "p.yaml"
    path.write_text(HEADER + body)
    return path


def recognizer(**fields: object) -> CustomRecognizer:
    return CustomRecognizer.model_validate({"id": "r", "entity": "CODE", **fields})


def found(spans: list[Span], text: str) -> list[tuple[int, int, str]]:
    return sorted((s.start, s.end, text[s.start : s.end]) for s in spans)


@pytest.mark.parametrize(("regex", "message"), [
    (r"(?<=FIN-)\d{6}", "RE2 does not support look-behind (?<=…); rewrite without it"),
    (r"(?<!\d)\d{6}", "RE2 does not support negative look-behind (?<!…); rewrite without it"),
    (r"FIN(?=-)", "RE2 does not support look-ahead (?=…); rewrite without it"),
    (r"FIN(?!-)", "RE2 does not support negative look-ahead (?!…); rewrite without it"),
    (r"(\w)\1", "RE2 does not support back-references"),
    (r"(?P<x>\w)(?P=x)", "RE2 does not support back-references"),
    (r"(?>a+)b", "RE2 does not support atomic groups (?>…); use (?:…)"),
    (r"a++b", "RE2 does not support possessive quantifiers"),
    (r"end\Z", "replace \\Z with \\z"),
    (r"\u0041B", "replace \\uXXXX with \\x{XXXX}"),
    (r"a\Cb", "\\C (one byte) is refused"),
    (r"[unclosed", "invalid regex for RE2: missing ]"),
])
def test_what_re2_refuses_is_refused_at_load_with_its_place(tmp_path: Path, regex: str,
                                                            message: str) -> None:
    path = pack(tmp_path, f"""\
recognizers:
  - id: r1
    entity: CODENAME
    patterns:
      - regex: 'ok-\\d+'
      -   regex: '{regex}'
""")
    with pytest.raises(yamlsrc.SourceErrors) as info:
        load_rules([path])
    lines = [str(e) for e in info.value.errors]
    assert len(lines) == 1 and lines[0].startswith(f"{path}:9:18: "), lines
    assert message in lines[0]
    assert "of the regex)" in lines[0]  # and where inside it


def test_rules_lint_reports_re2_problems_located(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = pack(tmp_path, """\
recognizers:
  - id: r1
    entity: CODENAME
    patterns: [{regex: 'x*'}, {regex: '(?<=a)b'}, {regex: '\u0420rj-\\d+'}]
    deny_list: [BLUEBIRD, "\\u200b"]
""")
    assert main(["rules", "lint", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:7:24: regex matches the empty string" in out
    assert f"{path}:7:39: RE2 does not support look-behind (?<=…)" in out
    assert f"{path}:7:59: the regex holds U+0420, which detection never sees" in out
    assert f"{path}:8:27: deny-list entry is empty once normalised" in out


def test_catastrophic_pattern_is_accepted_and_runs_linear() -> None:
    assert regex_problems("(a+)+$") == []
    packs = PackRecognizers([recognizer(patterns=[{"regex": "(a+)+$"},
                                                  {"regex": "(x|x)*y"}])])
    evil = "a" * 100_000 + "!" + "x" * 100_000
    assert packs.scan([evil]) == [[]]  # answered (RE2 needs no timeout), and right
    assert found(packs.scan(["baaa"])[0], "baaa") == [(1, 4, "aaa")]


def test_byte_offsets_map_back_to_characters() -> None:
    packs = PackRecognizers([recognizer(deny_list=["BLUEBIRD"],
                                        patterns=[{"regex": r"FIN-\d{4}"}])])
    text = "Ünïcödé 😀 北京 — BLUEBIRD, FIN-1234 ✓ bluebird"
    assert found(packs.scan([text])[0], text) == [
        (15, 23, "BLUEBIRD"), (25, 33, "FIN-1234"), (36, 44, "bluebird")]
    lone = "\ud800 x BLUEBIRD"  # a lone surrogate, as an escaped JSON string can carry
    assert found(packs.scan([lone])[0], lone) == [(4, 12, "BLUEBIRD")]


def test_case_insensitivity_and_unicode() -> None:
    packs = PackRecognizers([recognizer(deny_list=["Zürich", "Ωmega"],
                                        patterns=[{"regex": r"PRJ-\d{4}"}])])
    text = "ZÜRICH and ωMEGA, PRJ-١٢٣٤ (Arabic-Indic digits are digits, as in Python)"
    assert [t for _, _, t in found(packs.scan([text])[0], text)] == [
        "ZÜRICH", "ωMEGA", "PRJ-١٢٣٤"]
    sensitive = PackRecognizers([recognizer(deny_list=["BLUEBIRD"], case_sensitive=True)])
    assert sensitive.scan(["bluebird BLUEBIRD"]) == [[Span(9, 17, "CODE", 0.9)]]


def test_word_boundaries() -> None:
    packs = PackRecognizers([recognizer(deny_list=["BLUEBIRD", "Night Jar", "C++"])])
    for text, words in [
        ("BLUEBIRDS and XBLUEBIRD", []),  # inside a longer ASCII word: no
        ("(BLUEBIRD) night jar; BLUEBIRD_", ["BLUEBIRD", "night jar"]),
        ("éBLUEBIRD", ["BLUEBIRD"]),  # a non-ASCII letter beside it is a boundary (RE2 \b)
        ("C++ and C++x", ["C++", "C++"]),  # no boundary after a non-word end
    ]:
        assert [t for _, _, t in found(packs.scan([text])[0], text)] == words, text


def test_context_words_raise_the_score_and_luhn_still_checks() -> None:
    packs = PackRecognizers([
        recognizer(deny_list=["BLUEBIRD"], deny_list_score=0.5, context=["projekt"]),
        recognizer(id="card", entity="CARD", patterns=[{"regex": r"\b(?:\d[ -]?){12,18}\d\b",
                                                        "score": 0.6}], validator="luhn")])
    assert [s.score for s in packs.scan(["Projekt BLUEBIRD"])[0]] == [0.8]
    assert [s.score for s in packs.scan(["our bluebird"])[0]] == [0.5]
    assert [s.entity_type for s in packs.scan(["4111 1111 1111 1111 and 4111 1111 1111 1112"
                                               ])[0]] == ["CARD"]


def test_pack_words_are_normalised_like_the_text() -> None:
    sokol = "\u0421\u043e\u043a\u043e\u043b"  # Cyrillic: folded partly to Latin in texts
    acme = "\uff21\uff23\uff2d\uff25"  # full-width
    packs = hardened_packs(PackRecognizers([recognizer(deny_list=[sokol, acme])]))
    text = f"{sokol} and acme"
    assert [t for _, _, t in found(packs.scan([text])[0], text)] == [sokol, "acme"]


def test_compiled_pack_regexes_are_re2() -> None:
    compiled = compile_regex(r"(a+)+$")
    assert type(compiled).__module__.startswith("re2")


# -- the property: however the code name is written, it is found, at its original place --

WORD = "BLUEBIRD"
LOOKALIKE = {c: [g for g, latin in ((chr(k), v) for k, v in HOMOGLYPHS.items())
                 if latin.upper() == c] for c in WORD}
INVISIBLES = sorted(INVISIBLE)
HARDENED = hardened_packs(PackRecognizers([recognizer(deny_list=[WORD, "NIGHT JAR"])]))


@st.composite
def disguised(draw: st.DrawFn) -> str:
    out = []
    for i, c in enumerate(WORD):
        forms = [c, c.lower(), chr(ord(c) - ord("A") + 0xFF21), *LOOKALIKE[c]]  # full-width
        out.append(draw(st.sampled_from(forms)))
        if i < len(WORD) - 1:
            out.extend(draw(st.lists(st.sampled_from(INVISIBLES), max_size=2)))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(before=st.text(alphabet="abc é😀北-,.:\n", max_size=12),
       word=disguised(), after=st.text(alphabet=" ,.!?\n-é😀", max_size=8))
def test_disguised_deny_list_word_is_found_at_its_original_offsets(before: str, word: str,
                                                                   after: str) -> None:
    text = f"{before} {word}{after and ' ' + after}"
    start = len(before) + 1
    spans = HARDENED.scan([text])[0]
    assert (start, start + len(word), "CODE") in {(s.start, s.end, s.entity_type)
                                                 for s in spans}, (text, spans)


def test_redaction_replaces_the_whole_disguised_original(tmp_path: Path) -> None:
    """A redact rule on a pack entity replaces every character of the disguised value,
    invisible ones included, and nothing around it."""
    import json

    from sovereign.audit.writer import MemoryAuditLog
    from sovereign.exchange import Action
    from sovereign.pipeline import Forward, Pipeline, Request, Settings
    from sovereign.route.models import ModelRegistry
    from tests.fakes import RegexDetector

    rules = load_rules([pack(tmp_path, """\
recognizers:
  - id: codenames
    entity: CODENAME
    deny_list: [BLUEBIRD]
rules:
  - id: codename-redact
    when: {entities: [CODENAME]}
    action: redact
""")])
    pipeline = Pipeline(detector=RegexDetector(), rules=rules, models=ModelRegistry([]),
                        audit=MemoryAuditLog(), settings=Settings())
    for disguised_word in ("BLUE\u200bBIRD\u200b", "\uff22\uff2c\uff35\uff25\uff22\uff29\uff32\uff24",
                           "\u0392LU\u0415\u0412\u0406RD"):
        text = f"ask é\u200b about {disguised_word}, today"
        body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
        plan = pipeline.handle(Request("POST", "api.openai.com", "/v1/chat/completions", {},
                                       body.encode(), client="127.0.0.1"))
        assert isinstance(plan, Forward) and plan.action is Action.REDACT and plan.body
        sent = json.loads(plan.body)["messages"][0]["content"]
        assert sent == "ask é\u200b about [CODENAME_1], today", sent
