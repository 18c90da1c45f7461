"""Build bench/data/fresh4/*.jsonl from the hand-written batch files in src/.

Each src/*.py module defines PII and/or HARMLESS: lists of (genre, lang, text) with personal
values marked inline as ⟦TYPE|value⟧. This script strips the markers, computes offsets, checks
text[start:end] == value, checks that no spans overlap, validates check digits
(make_values.validate) and writes pii_{dev,blind}.jsonl and harmless_{dev,blind}.jsonl.
Within each genre, records alternate between dev and blind; the starting part of each genre
is chosen to balance the two parts' size and language mix.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_values import validate  # noqa: E402

GROUP = {
    **{t: "regulated" for t in (
        "US_SSN", "US_PASSPORT", "US_DRIVER_LICENSE", "PASSPORT", "DRIVER_LICENSE", "PASSWORD",
        "API_TOKEN", "CLOUD_ACCESS_KEY", "PRIVATE_KEY", "CONNECTION_STRING_PASSWORD",
        "IBAN_CODE", "CREDIT_CARD", "UK_NHS", "UK_NINO", "DE_TAX_ID", "DE_ID_CARD", "FR_NIR",
        "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "NL_BSN", "BR_CPF", "IN_AADHAAR", "IN_PAN",
        "MEDICAL_RECORD_NUMBER", "MEDICAL_CONDITION", "PT_NIF", "BR_CNPJ", "US_DEA")},
    **{t: "contact" for t in (
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "IP_ADDRESS")},
    **{t: "quasi" for t in ("AGE", "DATE_TIME", "LOCATION", "ZIP_CODE")},
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl"}


def strip(text: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(text):
        pre = text[pos:m.start()]
        out.append(pre)
        length += len(pre)
        typ, val = m.group(1), m.group(2)
        if typ not in GROUP:
            raise SystemExit(f"unknown type {typ!r}")
        spans.append({"start": length, "end": length + len(val), "type": typ,
                      "group": GROUP[typ], "_v": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "⟦" in plain or "⟧" in plain:
        raise SystemExit(f"stray marker in: {plain[:80]!r}")
    return plain, spans


def load() -> tuple[list, list]:
    pii, harmless = [], []
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        pii += getattr(mod, "PII", [])
        harmless += getattr(mod, "HARMLESS", [])
    return pii, harmless


def split(items: list, kind: str) -> dict[str, list[dict]]:
    by_genre: dict[str, list[dict]] = {}
    for genre, lang, raw in items:
        assert lang in LANGS, lang
        text, spans = strip(raw)
        if kind == "pii" and not spans:
            raise SystemExit(f"pii record without spans: {text[:80]!r}")
        if kind == "harmless" and spans:
            raise SystemExit(f"harmless record with spans: {text[:80]!r}")
        last = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            assert s["start"] >= last, ("overlap", s)
            last = s["end"]
            v = s.pop("_v")
            assert text[s["start"]:s["end"]] == v
            assert v.strip() == v and v, ("whitespace at span edge", v)
            if not validate(s["type"], v):
                raise SystemExit(f"check digit fails: {s['type']} {v!r}")
        by_genre.setdefault(genre, []).append(
            {"genre": genre, "lang": lang, "text": text, "spans": spans})
    # Within a genre records alternate between dev and blind. Which part each genre starts
    # with is chosen (greedy start, then single flips while they help) to keep the two parts
    # balanced in size, language mix and span types.
    genres = list(by_genre)
    start = dict.fromkeys(genres, 0)

    def assign() -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {"dev": [], "blind": []}
        for g in genres:
            for i, r in enumerate(by_genre[g]):
                out[("dev", "blind")[(start[g] + i) % 2]].append(r)
        return out

    def cost(out: dict[str, list[dict]]) -> int:
        ln = {p: collections.Counter(r["lang"] for r in out[p]) for p in out}
        tn = {p: collections.Counter(s["type"] for r in out[p] for s in r["spans"]) for p in out}
        return (sum(abs(ln["dev"][x] - ln["blind"][x]) for x in LANGS)
                + sum(abs(tn["dev"][t] - tn["blind"][t]) for t in GROUP)
                + 3 * abs(len(out["dev"]) - len(out["blind"])))

    # Greedy single flips from 60 seeded random starting points; keep the best (deterministic).
    rng = random.Random(3)
    overall, best_start = None, None
    for trial in range(60):
        for g in genres:
            start[g] = 0 if trial == 0 else rng.randint(0, 1)
        best = cost(assign())
        improved = True
        while improved:
            improved = False
            for g in genres:
                start[g] ^= 1
                c = cost(assign())
                if c < best:
                    best, improved = c, True
                else:
                    start[g] ^= 1
        if overall is None or best < overall:
            overall, best_start = best, dict(start)
    start.update(best_start)
    return assign()


def main() -> None:
    pii, harmless = load()
    texts = [t for _, _, t in pii + harmless]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, dup[:2]
    for kind, items in (("pii", pii), ("harmless", harmless)):
        for part, recs in split(items, kind).items():
            with open(HERE / f"{kind}_{part}.jsonl", "w", encoding="utf-8") as fh:
                for i, r in enumerate(recs):
                    rec = {"id": f"fresh4-{part}-{kind}-{i:04d}", "part": part, **r}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(kind, part, len(recs))
    check()


def check() -> None:
    """Read the written files back and validate every record and span again."""
    ids = set()
    for kind in ("pii", "harmless"):
        for part in ("dev", "blind"):
            for line in open(HERE / f"{kind}_{part}.jsonl", encoding="utf-8"):
                r = json.loads(line)
                assert set(r) == {"id", "part", "genre", "lang", "text", "spans"}, r.keys()
                assert r["id"].startswith(f"fresh4-{part}-{kind}-") and r["part"] == part
                assert r["id"] not in ids
                ids.add(r["id"])
                assert bool(r["spans"]) == (kind == "pii")
                end = -1
                for sp in r["spans"]:
                    assert sp["start"] >= end and sp["end"] > sp["start"]
                    end = sp["end"]
                    assert GROUP[sp["type"]] == sp["group"]
                    assert validate(sp["type"], r["text"][sp["start"]:sp["end"]]), sp
    print("checked", len(ids), "records")


if __name__ == "__main__":
    main()
