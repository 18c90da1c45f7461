#!/usr/bin/env python3
"""Build probe.jsonl from the hand-typed records in src/<lang>.py.

Standard library only. Deterministic: fixed seed, no clock.
Spans are marked inline with ⟦...⟧ and stripped here; offsets are Python
code-point indices into the stripped text.
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "probe.jsonl")
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]
OPEN, CLOSE = "⟦", "⟧"
SEED = 20261201
SPAN_TYPE = "MEDICAL_CONDITION"


def load(lang):
    path = os.path.join(HERE, lang + ".py")
    ns = {}
    with open(path, encoding="utf-8") as fh:
        exec(compile(fh.read(), path, "exec"), ns)  # no bytecode written
    assert ns["LANG"] == lang, path
    return ns["CONDITION"], ns["HARMLESS"]


def strip_marks(marked):
    out, spans, start = [], [], None
    for ch in marked:
        if ch == OPEN:
            assert start is None, "nested span: " + marked
            start = len("".join(out))
        elif ch == CLOSE:
            assert start is not None, "unbalanced span: " + marked
            text_so_far = "".join(out)
            end = len(text_so_far)
            assert end > start, "empty span: " + marked
            spans.append({"start": start, "end": end,
                          "value": text_so_far[start:end], "type": SPAN_TYPE})
            start = None
        else:
            out.append(ch)
    assert start is None, "unclosed span: " + marked
    return "".join(out), spans


BAL = collections.Counter()


def main():
    records = []
    for lang in LANGS:
        cond, harm = load(lang)
        for kind, items in (("condition", cond), ("harmless", harm)):
            # group by sub-category (order of first appearance), then
            # alternate dev/blind inside each (lang, kind, sub) group. The
            # part an odd-sized group starts with is chosen greedily so that
            # both the (lang, kind) and the (kind, sub) totals stay balanced.
            groups = collections.OrderedDict()
            for sub, marked in items:
                groups.setdefault(sub, []).append(marked)
            for sub, texts in groups.items():
                lk, ks = (lang, kind), (kind, sub)
                dev_load = BAL[lk + ("dev",)] + BAL[ks + ("dev",)]
                blind_load = BAL[lk + ("blind",)] + BAL[ks + ("blind",)]
                toggle = 0 if dev_load <= blind_load else 1
                for marked in texts:
                    part = "dev" if toggle == 0 else "blind"
                    BAL[lk + (part,)] += 1
                    BAL[ks + (part,)] += 1
                    text, spans = strip_marks(marked)
                    if kind == "condition":
                        assert spans, "condition without span: " + marked
                    else:
                        assert not spans, "harmless with span: " + marked
                    records.append({
                        "part": "dev" if toggle == 0 else "blind",
                        "lang": lang, "kind": kind, "sub": sub,
                        "text": text, "spans": spans,
                    })
                    toggle ^= 1

    # checks
    seen = set()
    for r in records:
        t = r["text"]
        assert t not in seen, "duplicate text: " + t
        seen.add(t)
        assert OPEN not in t and CLOSE not in t
        prev_end = -1
        for s in r["spans"]:
            assert t[s["start"]:s["end"]] == s["value"]
            assert s["value"] == s["value"].strip(), "span has outer space: " + repr(s)
            assert s["start"] >= prev_end, "overlap"
            prev_end = s["end"]

    rng = random.Random(SEED)
    rng.shuffle(records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(records, 1):
            obj = {"id": "hprobe-%04d" % i, "part": r["part"], "lang": r["lang"],
                   "kind": r["kind"], "text": r["text"], "spans": r["spans"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # counts only (never texts)
    c = collections.Counter((r["lang"], r["kind"], r["part"]) for r in records)
    print("wrote", len(records), "records to", OUT)
    print("lang  kind       dev blind total")
    for lang in LANGS:
        for kind in ("condition", "harmless"):
            d, b = c[(lang, kind, "dev")], c[(lang, kind, "blind")]
            print("%-5s %-10s %3d %5d %5d" % (lang, kind, d, b, d + b))
    for kind in ("condition", "harmless"):
        d = sum(v for k, v in c.items() if k[1] == kind and k[2] == "dev")
        b = sum(v for k, v in c.items() if k[1] == kind and k[2] == "blind")
        print("ALL   %-10s %3d %5d %5d" % (kind, d, b, d + b))
    nspans = sum(len(r["spans"]) for r in records)
    print("spans:", nspans)
    sc = collections.Counter((r["kind"], r["sub"], r["part"]) for r in records)
    print("sub-category x part:")
    for (kind, sub, part), n in sorted(sc.items()):
        print("  %-10s %-8s %-5s %3d" % (kind, sub, part, n))


if __name__ == "__main__":
    main()
