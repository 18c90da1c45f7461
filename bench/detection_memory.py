"""Memory of the detection engine under a stream of new words (names, ids, hashes): ours,
whose spaCy runs in a memory zone per call, against Presidio's default engine, whose spaCy
vocabulary keeps every string it has seen. Each engine runs in a fresh process.

    .venv/bin/python -m bench.detection_memory [TEXTS]
"""

from __future__ import annotations

import random
import resource
import string
import subprocess
import sys

BATCH = 16


def text(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10)))

    name = f"{word().title()} {word().title()}"
    return (f"Hi, I am {name} from {word().title()}; ticket {word()}-{rng.randint(1, 10**6)} "
            f"mentions {word()} {word()} and mail {word()}@{word()}.example.org.")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(engine: str, count: int) -> None:
    from bench.detection_eval import DefaultEngine
    from sovereign.detect.engine import build_presidio_detector

    if engine == "ours":
        det = build_presidio_detector()
        strings = det._analyzer.nlp_engine.get_nlp("en").vocab.strings
    else:
        det = DefaultEngine()
        strings = det._analyzer.nlp_engine.get_nlp("en").vocab.strings
    rng = random.Random(1)
    det.scan([text(rng) for _ in range(BATCH)])
    marks = []
    for done in range(0, count + 1, BATCH):
        if done % (count // 4) < BATCH:
            marks.append((done, len(strings), rss_mb()))
        det.scan([text(rng) for _ in range(BATCH)])
    row = ", ".join(f"{n:,} texts: {s:,} strings, {m:.0f} MB" for n, s, m in marks)
    print(f"{engine:>8}: {row}")


def main() -> None:
    if len(sys.argv) > 2:
        run(sys.argv[1], int(sys.argv[2]))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    print(f"{count:,} texts of new words each, peak RSS of the process (MB):")
    for engine in ("ours", "presidio"):
        subprocess.run([sys.executable, "-m", "bench.detection_memory", engine, str(count)],
                       check=True)


if __name__ == "__main__":
    main()
