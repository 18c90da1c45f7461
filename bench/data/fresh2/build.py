"""Build bench/data/fresh2/*.jsonl from the hand-written batch files in src/.

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
        "MEDICAL_RECORD_NUMBER", "MEDICAL_CONDITION")},
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
    parts: dict[str, list[dict]] = {"dev": [], "blind": []}
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
    # Within a genre records alternate between dev and blind. Which part a genre starts with
    # is chosen to keep the two parts balanced in size and in language mix.
    lang_n = {p: collections.Counter() for p in parts}

    def cost(assign: list[tuple[str, dict]]) -> int:
        ln = {p: collections.Counter(lang_n[p]) for p in parts}
        size = {p: len(parts[p]) for p in parts}
        for p, r in assign:
            ln[p][r["lang"]] += 1
            size[p] += 1
        return (sum(abs(ln["dev"][x] - ln["blind"][x]) for x in LANGS)
                + 2 * abs(size["dev"] - size["blind"]))

    for genre, recs in by_genre.items():
        options = [[(("dev", "blind")[(start + i) % 2], r) for i, r in enumerate(recs)]
                   for start in (0, 1)]
        best = min(options, key=cost)
        for p, r in best:
            parts[p].append(r)
            lang_n[p][r["lang"]] += 1
    return parts


def main() -> None:
    pii, harmless = load()
    texts = [t for _, _, t in pii + harmless]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, dup[:2]
    for kind, items in (("pii", pii), ("harmless", harmless)):
        for part, recs in split(items, kind).items():
            with open(HERE / f"{kind}_{part}.jsonl", "w", encoding="utf-8") as fh:
                for i, r in enumerate(recs):
                    rec = {"id": f"fresh2-{part}-{kind}-{i:04d}", "part": part, **r}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(kind, part, len(recs))


if __name__ == "__main__":
    main()
