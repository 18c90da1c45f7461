"""Build probe.jsonl from hand-written records (markers ⟦...⟧ delimit spans)."""
import json, os, re, importlib.util, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "probe.jsonl")
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
extra = load("rec_extra").EXTRA
def parse(marked):
    text, spans, i = "", [], 0
    while i < len(marked):
        c = marked[i]
        if c == "⟦":
            j = marked.index("⟧", i)
            val = marked[i+1:j]
            assert "⟦" not in val and val.strip() == val and val, marked
            spans.append({"start": len(text), "end": len(text)+len(val), "value": val, "type": "MEDICAL_CONDITION"})
            text += val; i = j + 1
        elif c == "⟧":
            raise ValueError("stray ⟧ in " + marked)
        else:
            text += c; i += 1
    return text, spans
rows, n = [], 0
seen = set()
# dev/blind alternate within each (language, chapter). For chapters with an odd
# number of records the first one goes to dev or blind by (language index +
# rank among the odd chapters of that language) so halves stay balanced.
for li, lang in enumerate(LANGS):
    # group = (chapter, source file) so the varied extra records (letters, forms,
    # misspellings) are split between dev and blind like the rest.
    recs = [(ch, m, "base") for ch, m in load("rec_" + lang).RECORDS] + [(ch, m, "extra") for ch, m in extra[lang]]
    sizes = collections.Counter((ch, src) for ch, _, src in recs)
    odd = [g for g in dict.fromkeys((ch, src) for ch, _, src in recs) if sizes[g] % 2]
    start = {g: ((li + odd.index(g)) % 2 if g in odd else 0) for g in sizes}
    counter = collections.Counter()
    for chapter, marked, src in recs:
        grp = (chapter, src)
        text, spans = parse(marked)
        assert text not in seen, text; seen.add(text)
        assert spans, marked
        for s in spans: assert text[s["start"]:s["end"]] == s["value"]
        ss = sorted(spans, key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]): assert a["end"] <= b["start"], marked
        part = "dev" if (counter[grp] + start[grp]) % 2 == 0 else "blind"
        counter[grp] += 1
        n += 1
        rows.append({"id": "cprobe-%04d" % n, "part": part, "lang": lang, "chapter": chapter, "text": text, "spans": spans})
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
c = collections.Counter((r["lang"], r["part"]) for r in rows)
print(len(rows), "records,", sum(len(r["spans"]) for r in rows), "spans")
for lang in LANGS: print(lang, c[(lang, "dev")], c[(lang, "blind")])
ch = collections.Counter((r["chapter"], r["part"]) for r in rows)
for k in sorted({r["chapter"] for r in rows}): print(k, ch[(k, "dev")], ch[(k, "blind")])
