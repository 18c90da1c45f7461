#!/usr/bin/env python3
"""Build probe.jsonl from hand-written records (stdlib only)."""
import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_a import R

MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")
TYPES = {"PASSWORD","US_DRIVER_LICENSE","US_PASSPORT","PASSPORT","DRIVER_LICENSE",
         "PT_NIF","MEDICAL_RECORD_NUMBER","IBAN_CODE"}
LANGS = {"en","de","fr","es","it","pt-PT","pt-BR","nl"}

def nif_ok(v):
    if not re.fullmatch(r"\d{9}", v): return False
    s = sum(int(v[i]) * (9 - i) for i in range(8))
    r = 11 - s % 11
    return int(v[8]) == (0 if r >= 10 else r)

def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def strip(raw):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        t, v = m.group(1), m.group(2)
        out.append(v)
        spans.append({"start": start, "end": start + len(v), "value": v, "type": t})
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans

LANG_ORDER = ["en","de","fr","es","it","pt-PT","pt-BR","nl"]

def assign_parts(recs):
    """Alternate dev/blind within each (language, kind) group; each group is
    split as evenly as possible (difference <= 1). Odd-sized groups start with
    dev or blind alternately across languages. For identifiers, the order of
    alternation is chosen greedily so that each identifier type is also spread
    evenly between the two halves."""
    import collections
    groups = collections.OrderedDict()
    for r in recs:
        groups.setdefault((r["lang"], r["kind"]), []).append(r)
    type_count = collections.Counter()
    odd_flip = collections.Counter()
    for (lang, kind), rs in groups.items():
        n = len(rs)
        first = "dev"
        if n % 2 == 1:
            first = "dev" if odd_flip[kind] % 2 == 0 else "blind"
            odd_flip[kind] += 1
        quota = {first: (n + 1) // 2, ("blind" if first == "dev" else "dev"): n // 2}
        if kind != "identifier":
            for j, r in enumerate(rs):
                r["part"] = first if j % 2 == 0 else ("blind" if first == "dev" else "dev")
            continue
        for r in rs:
            t = r["spans"][0]["type"]
            order = sorted(["dev", "blind"], key=lambda p: (type_count[(t, p)], p != first))
            part = next(p for p in order if quota[p] > 0)
            quota[part] -= 1
            type_count[(t, part)] += 1
            r["part"] = part

def main():
    recs, seen_text = [], set()
    for i, (lang, kind, raw) in enumerate(R, 1):
        assert lang in LANGS, lang
        assert kind in {"password","identifier","harmless"}, kind
        text, spans = strip(raw)
        assert "⟦" not in text and "⟧" not in text, raw
        assert text not in seen_text, text; seen_text.add(text)
        if kind == "harmless":
            assert not spans, raw
        else:
            assert spans, raw
        if kind == "password":
            assert all(s["type"] == "PASSWORD" for s in spans), raw
        if kind == "identifier":
            assert all(s["type"] != "PASSWORD" for s in spans), raw
        prev_end = -1
        for s in spans:
            assert s["type"] in TYPES, s
            assert text[s["start"]:s["end"]] == s["value"], s
            assert s["value"] == s["value"].strip() and s["value"], s
            assert s["start"] >= prev_end, "overlap"; prev_end = s["end"]
            if s["type"] == "PT_NIF": assert nif_ok(s["value"]), s
            if s["type"] == "IBAN_CODE": assert iban_ok(s["value"]), s
        recs.append({"id": f"sprobe-{i:04d}", "part": None, "lang": lang, "kind": kind,
                     "text": text, "spans": spans})
    assign_parts(recs)
    path = os.path.join(os.path.dirname(HERE), "probe.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    C = collections.Counter
    print("total", len(recs))
    print("part", dict(C(r["part"] for r in recs)))
    print("kind", dict(C(r["kind"] for r in recs)))
    print("lang", dict(C(r["lang"] for r in recs)))
    print("lang x part", dict(C((r["lang"], r["part"]) for r in recs)))
    print("kind x part", dict(C((r["kind"], r["part"]) for r in recs)))
    print("types(spans)", dict(C(s["type"] for r in recs for s in r["spans"])))
    print("types x part", dict(C((s["type"], r["part"]) for r in recs for s in r["spans"])))
    print("lang x kind", dict(C((r["lang"], r["kind"]) for r in recs)))

if __name__ == "__main__":
    main()
