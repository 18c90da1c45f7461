"""Generate the realistic detection evaluation set, deterministically from a seed.

    .venv/bin/python -m bench.realistic.generate [--seed 20250601] [--out bench/data/realistic]

Writes pii_tune.jsonl, pii_heldout.jsonl, harmless_tune.jsonl, harmless_heldout.jsonl. Each
line: {"id", "part", "genre", "lang", "text", "spans": [{"start", "end", "type", "group"}]}.

Personal-data prompts come from templates (templates_tune.py / templates_heldout.py: disjoint
layouts and wordings), filled from per-locale lists whose halves are split between the parts
(locales.Pool), with valid check digits (ids.py); spans are exact by construction
(render.py). The held-out part also uses another seed. Harmless prompts are real text found on
this machine (harmless_real.py) and hand-written questions (harmless_hand.py), each source and
list split between the parts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.realistic import harmless_real as real
from bench.realistic.harmless_hand import HELDOUT as HAND_HELDOUT
from bench.realistic.harmless_hand import TUNE as HAND_TUNE
from bench.realistic.locales import LOCALES, Pool
from bench.realistic.render import Ctx, render
from bench.realistic.templates_heldout import T_HELDOUT
from bench.realistic.templates_tune import T_TUNE
from bench.realistic.tmpl import T

OUT = Path(__file__).resolve().parent.parent / "data" / "realistic"
SEED = 20250601
PII_PER_PART = 320
HARMLESS_PER_PART = 270
MAX_CHARS = 6000
FOREIGN_SHARE = 3  # in 10 personal-data prompts are in a language other than English

Record = dict[str, Any]


def part_seed(seed: int, part: str) -> int:
    return seed if part == "tune" else seed * 7919 + 1_000_003


def _numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\{(\d)\}", lambda m: str(rng.randint(10 ** (int(m.group(1)) - 1),
                                                          10 ** int(m.group(1)) - 1)), text)


def pii_records(part: str, seed: int, n: int = PII_PER_PART) -> list[Record]:
    rng = random.Random(part_seed(seed, part))
    templates = T_TUNE if part == "tune" else T_HELDOUT
    english = [t for t in templates if LOCALES[t.locale].lang == "en"]
    foreign = [t for t in templates if LOCALES[t.locale].lang != "en"]
    rng.shuffle(english)
    rng.shuffle(foreign)
    out: list[Record] = []
    for i in range(n):
        pick = foreign if i % 10 < FOREIGN_SHARE else english
        t: T = pick[(i // 10 * FOREIGN_SHARE + i % 10 if pick is foreign else
                     i // 10 * (10 - FOREIGN_SHARE) + i % 10 - FOREIGN_SHARE) % len(pick)]
        loc = LOCALES[t.locale]
        ctx = Ctx(rng=rng, pool=Pool(rng, heldout=part == "heldout"), loc=loc)
        body = t.body(ctx) if callable(t.body) else t.body
        text, spans = render(_numbers(body, rng), ctx)
        assert len(text) <= MAX_CHARS, (t.genre, len(text))
        out.append({"id": f"{part}-pii-{i:04d}", "part": part, "genre": t.genre,
                    "lang": loc.lang, "text": text, "spans": spans})
    return out


WRAP_TUNE: dict[str, list[tuple[str, str]]] = {
    "code_python": [("en", "Why does this fail?\n```python\n{}\n```"),
                    ("en", "Explain what this function does, step by step:\n\n```python\n{}\n```"),
                    ("en", "Add type hints and a docstring to this:\n```\n{}\n```"),
                    ("de", "Was macht diese Funktion genau?\n```python\n{}\n```")],
    "readme": [("en", "Summarize this README in three sentences:\n\n{}"),
               ("de", "Fasse diese Dokumentation kurz zusammen:\n\n{}")],
    "manpage": [("en", "Explain the options in this man page excerpt:\n```\n{}\n```")],
}
WRAP_HELDOUT: dict[str, list[tuple[str, str]]] = {
    "code_python": [("en", "Can you write pytest tests for this?\n```python\n{}\n```"),
                    ("fr", "Peux-tu expliquer ce code ?\n```python\n{}\n```"),
                    ("en", "Refactor this to be more readable:\n\n{}"),
                    ("es", "¿Qué hace esta función?\n```python\n{}\n```")],
    "readme": [("en", "What does this library do, and when would I use it?\n\n\"\"\"\n{}\n\"\"\""),
               ("fr", "Résume cette documentation :\n\n{}")],
    "manpage": [("de", "Welche Option brauche ich hier?\n```\n{}\n```")],
    "doc_readme": [("en", "Is this package relevant for a web server? Its README:\n\n{}")],
}


def harmless_records(part: str, seed: int, n: int = HARMLESS_PER_PART) -> list[Record]:
    rng = random.Random(part_seed(seed, part) + 17)
    held = part == "heldout"
    items: list[tuple[str, str, str]] = []  # genre, lang, text
    hand = HAND_HELDOUT if held else HAND_TUNE
    for genre, makers in hand.items():
        strings = [m for m in makers if isinstance(m, str)]
        calls = [m for m in makers if not isinstance(m, str)]
        for s in strings:
            items.append((genre, _lang(s), s))
        for k in range(5 * len(calls)):
            make: Callable[[random.Random], str] = calls[k % len(calls)]
            text = make(rng)
            items.append((genre, _lang(text), text))
    for genre, src, out in real.program_outputs(held):
        if genre == "traceback":
            text = (f"I get this when I run my script, what's going on?\n\n{out}\n\nThe code:\n"
                    f"```python\n{src}\n```" if held else f"Why does this fail?\n```\n{out}\n```")
        elif held:
            text = f"pip says this, what should I do?\n```\n$ {src}\n{out}\n```"
        else:
            text = f"My build fails:\n```c\n{src}```\n```\n{out}\n```"
        items.append((genre, "en", text))
    items = list({text: (g, lang, text) for g, lang, text in items}.values())  # no repeats
    wraps = WRAP_HELDOUT if held else WRAP_TUNE
    letters = ("n", "z") if held else ("a", "m")
    sources: dict[str, list[str]] = {
        "readme": real.readmes(*letters, rng, 40),
        "manpage": real.man_pages(*letters, rng, 30 if held else 35),
    }
    if held:
        sources["doc_readme"] = real.doc_readmes(rng, 25)
    left = n - len(items) - sum(len(v) for v in sources.values())
    sources["code_python"] = list(dict.fromkeys(real.python_functions(*letters, rng, left + 10)))
    for genre, texts in sources.items():
        for k, t in enumerate(texts):
            lang, wrap = wraps[genre][k % len(wraps[genre])]
            items.append((genre, lang, wrap.format(t)))
    items = list({text: (g, lang, text) for g, lang, text in items}.values())
    rng.shuffle(items)
    return [{"id": f"{part}-harmless-{i:04d}", "part": part, "genre": g, "lang": lang,
             "text": text[:MAX_CHARS], "spans": []} for i, (g, lang, text) in enumerate(items[:n])]


_LANG_HINTS = {"de": r"\b(der|die|das|und|ist|für|Bitte|Gib|Welche|Formuliere)\b",
               "fr": r"\b(le|la|les|est|pour|Quelle|Pourquoi|Combien|Traduis|Montre)\b|[«»]",
               "es": r"\b(el|los|las|es|para|Cuál|Cómo|cuál|conviene)\b|[¿]",
               "it": r"\b(il|della|di|Qual|Quali|Ricetta|sono)\b",
               "pt": r"\b(O que|Receita|pão|causou)\b",
               "nl": r"\b(het|een|Wat|Vertaal|voor|heeft)\b"}


def _lang(text: str) -> str:
    head = text[:200]
    if text.startswith(("Translate", "Traduis", "Vertaal", "How do you say")):
        return {"Traduis": "fr", "Vertaal": "nl"}.get(text.split()[0], "en")
    scores = {k: len(re.findall(p, head)) for k, p in _LANG_HINTS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 or (scores[best] == 1 and len(head.split()) < 12) else "en"


def write(records: list[Record], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    for part in ("tune", "heldout"):
        write(pii_records(part, args.seed), args.out / f"pii_{part}.jsonl")
        write(harmless_records(part, args.seed), args.out / f"harmless_{part}.jsonl")
    for f in sorted(args.out.glob("*.jsonl")):
        print(f"{f.name}: {sum(1 for _ in f.open())} records, {f.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
