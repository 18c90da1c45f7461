"""A text's findings are a function of that text and the configuration alone: never of the
other texts of a call, of other requests scanned at the same time, of the order they come
in, or of the worker process that ran them. Exact spans and scores are compared."""

from __future__ import annotations

import concurrent.futures
import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from sovereign.detect.detector import Detector, Span
from sovereign.detect.engine import build_presidio_detector, hardened
from sovereign.detect.pool import PoolDetector

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"


def corpus() -> list[str]:
    texts = [json.loads(line)["text"]
             for name, count in (("generated.jsonl", 250), ("heldout.jsonl", 150))
             for line in (DATA / name).read_text().splitlines()[:count]]
    realistic = DATA / "realistic"
    for path in sorted(realistic.glob("*_tune.jsonl")) if realistic.is_dir() else ():
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()[:60]]
    # texts whose neighbours used to change their findings: names and codes at the edges
    texts += ["Anes", "anes", "Call Anes Fischer", "ok", "", "SSN 078-05-1120",
              "Kartoffelsuppe", "Convert it"]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return corpus()


@pytest.fixture(scope="module")
def engine() -> Detector:
    return hardened(build_presidio_detector())


@pytest.fixture(scope="module")
def alone(engine: Detector, texts: list[str]) -> list[list[Span]]:
    return [engine.scan([t])[0] for t in texts]


def in_calls(detector: Detector, texts: Sequence[str], sizes: Sequence[int]) -> list[list[Span]]:
    out: list[list[Span]] = []
    at = 0
    for i in range(len(texts)):
        if at >= len(texts):
            break
        size = sizes[i % len(sizes)]
        out += detector.scan(texts[at : at + size])
        at += size
    return out


def test_batches_of_any_size_find_what_each_text_alone_finds(
        engine: Detector, texts: list[str], alone: list[list[Span]]) -> None:
    for sizes in ((16,), (3, 1, 7, 64), (len(texts),)):
        found = in_calls(engine, texts, sizes)
        differ = [i for i, (a, b) in enumerate(zip(found, alone, strict=True)) if a != b]
        assert not differ, f"batches {sizes}: {len(differ)} texts differ, e.g. #{differ[:5]}"


def test_order_and_neighbours_do_not_change_findings(
        engine: Detector, texts: list[str], alone: list[list[Span]]) -> None:
    order = list(range(len(texts)))
    random.Random(7).shuffle(order)
    shuffled = engine.scan([texts[i] for i in order])
    for at, i in enumerate(order):
        assert shuffled[at] == alone[i], f"text #{i} changed with its neighbours"


def test_pool_workers_and_concurrent_callers_find_the_same(
        texts: list[str], alone: list[list[Span]]) -> None:
    pool = PoolDetector(build_presidio_detector, 2)
    try:
        pool.warm()
        detector = hardened(pool)
        calls = []
        at, rng = 0, random.Random(11)
        while at < len(texts):
            size = rng.choice((1, 2, 5, 16, 40))
            calls.append((at, texts[at : at + size]))
            at += size
        with concurrent.futures.ThreadPoolExecutor(4) as callers:
            results = list(callers.map(lambda call: (call[0], detector.scan(call[1])), calls))
    finally:
        pool.close()
    for start, found in results:
        for offset, spans in enumerate(found):
            assert spans == alone[start + offset], f"text #{start + offset} differs in the pool"
