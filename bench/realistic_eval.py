"""Judge the detection engine on the realistic set (bench/data/realistic, made by
bench/realistic/generate.py; or, with --set fresh, fresh2, fresh3 or fresh4, on
bench/data/fresh*, each written by hand by an author who never read the detector): in process,
and through a real running proxy by what reached the closed-API stand-in. Prints figures,
asserts nothing, never prints a value or a prompt.

    .venv/bin/python -m bench.realistic_eval [--set realistic|fresh|fresh2|fresh3|fresh4] [--part PART|both]
        [--limit N] [--no-proxy]

a) In process: the engine as the proxy builds it (sovereign.app.detector_for with the default
   config, one process). A gold span is found when >= 80% of its characters are covered by
   any finding (of any type) scoring at least --min-score (default 0.4, the lowest threshold a
   shipped rule acts on). Character precision: the share of flagged characters that lie inside
   a gold span; on harmless texts every flagged character is a false positive.
b) Through the proxy: `python -m sovereign.cli run` with the SHIPPED rules only (rules/), the
   closed and local stand-ins on loopback, a fresh temporary folder; each prompt is sent as a
   user message with the official openai SDK through HTTPS_PROXY (trusting the proxy CA by
   SSL_CERT_FILE). A regulated/contact gold value "reached closed in clear" when it occurs in
   the body the closed stand-in received for that prompt (raw, or in any decoded JSON string).
   A harmless prompt is "unchanged" when the closed stand-in got exactly one request for it
   whose last user message equals the prompt byte for byte.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# each evaluation set: its folder and its parts (the first may be tuned on, the second never)
SETS = {
    "realistic": (REPO / "bench" / "data" / "realistic", ("tune", "heldout")),
    # written by hand by a separate author who never read the detector (its README.md)
    "fresh": (REPO / "bench" / "data" / "fresh", ("dev", "blind")),
    "fresh2": (REPO / "bench" / "data" / "fresh2", ("dev", "blind")),
    "fresh3": (REPO / "bench" / "data" / "fresh3", ("dev", "blind")),
    "fresh4": (REPO / "bench" / "data" / "fresh4", ("dev", "blind")),
}
EVAL_HEADER = "x-realistic-eval-id"
CONCURRENCY = 4

Record = dict[str, Any]


def load(folder: Path, part: str, kind: str, limit: int | None) -> list[Record]:
    lines = (folder / f"{kind}_{part}.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines if x.strip()]
    return recs[:limit] if limit else recs


# ---- a) in process --------------------------------------------------------------------------

@dataclass
class InProcess:
    per_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    per_group: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    flagged_pii: int = 0
    inside_pii: int = 0
    flagged_harmless: int = 0
    harmless_clean: int = 0
    harmless_total: int = 0
    harmless_fp_types: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    chars: int = 0


def scan_all(detector: Any, texts: Sequence[str], batch: int = 8) -> list[list[Any]]:
    out: list[list[Any]] = []
    for i in range(0, len(texts), batch):
        out.extend(detector.scan(list(texts[i : i + batch])))
    return out


def in_process(detector: Any, pii: list[Record], harmless: list[Record],
               min_score: float) -> InProcess:
    res = InProcess()
    t0 = time.perf_counter()
    found_pii = scan_all(detector, [r["text"] for r in pii])
    found_h = scan_all(detector, [r["text"] for r in harmless])
    res.seconds = time.perf_counter() - t0
    res.chars = sum(len(r["text"]) for r in pii + harmless)
    for rec, spans in zip(pii, found_pii, strict=True):
        text = rec["text"]
        covered = bytearray(len(text))
        for s in spans:
            if s.score >= min_score:
                covered[max(0, s.start) : min(s.end, len(text))] = b"\x01" * (
                    min(s.end, len(text)) - max(0, s.start))
        gold = bytearray(len(text))
        for g in rec["spans"]:
            hit = sum(covered[g["start"] : g["end"]]) >= 0.8 * (g["end"] - g["start"])
            for table, key in ((res.per_type, g["type"]), (res.per_group, g["group"])):
                table[key][0] += int(hit)
                table[key][1] += 1
            gold[g["start"] : g["end"]] = b"\x01" * (g["end"] - g["start"])
        res.flagged_pii += sum(covered)
        res.inside_pii += sum(c & g for c, g in zip(covered, gold, strict=True))
    for rec, spans in zip(harmless, found_h, strict=True):
        kept = [s for s in spans if s.score >= min_score]
        res.harmless_total += 1
        res.harmless_clean += int(not kept)
        covered = bytearray(len(rec["text"]))
        for s in kept:
            covered[max(0, s.start) : min(s.end, len(covered))] = b"\x01" * (
                min(s.end, len(covered)) - max(0, s.start))
            res.harmless_fp_types[s.entity_type] += 1
        res.flagged_harmless += sum(covered)
    return res


# ---- b) through the proxy -------------------------------------------------------------------

@dataclass
class Sent:
    rid: str
    decision: str | None
    status: int
    error: str | None = None


def _strings(doc: Any) -> Iterable[str]:
    if isinstance(doc, str):
        yield doc
    elif isinstance(doc, dict):
        for v in doc.values():
            yield from _strings(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from _strings(v)


class Proxy:
    """A real `sovereign run` with the shipped rules, and its two stand-ins."""

    def __init__(self) -> None:
        from sovereign.demo.standins import StandIn
        from tests.conftest import CLIENT_KEY_OPENAI, free_port, start_proxy, write_config

        self.tmp = Path(tempfile.mkdtemp(prefix="realistic-eval-"))
        self.closed = StandIn("closed").start()
        self.local = StandIn("local").start()
        port = free_port()
        config = write_config(self.tmp, port, self.closed, self.local.url, extra={
            "rules": [str(REPO / "rules")],  # the shipped rules only, no test fixtures
            "logging": {"format": "json", "level": "info"},
            "limits": {"max_body_bytes": 1024 * 1024},
        })
        self.url = f"http://127.0.0.1:{port}"
        self.ca = self.tmp / "mitmproxy" / "mitmproxy-ca-cert.pem"
        t0 = time.perf_counter()
        self.process = start_proxy(config, self.tmp / "proxy.log", timeout=180)
        self.start_s = time.perf_counter() - t0
        os.environ.update({"HTTPS_PROXY": self.url, "HTTP_PROXY": self.url,
                           "NO_PROXY": "127.0.0.1,localhost", "SSL_CERT_FILE": str(self.ca)})
        for var in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "ALL_PROXY"):
            os.environ.pop(var, None)
        import openai

        self.client = openai.OpenAI(api_key=CLIENT_KEY_OPENAI, max_retries=0, timeout=180)

    def send(self, rec: Record) -> Sent:
        import openai

        from sovereign.pipeline import DECISION_HEADER

        try:
            raw = self.client.chat.completions.with_raw_response.create(
                model="gpt-4o", messages=[{"role": "user", "content": rec["text"]}],
                extra_headers={EVAL_HEADER: rec["id"]})
            raw.parse()
            return Sent(rec["id"], raw.headers.get(DECISION_HEADER), raw.status_code)
        except openai.APIStatusError as exc:
            return Sent(rec["id"], exc.response.headers.get(DECISION_HEADER),
                        exc.response.status_code, type(exc).__name__)
        except openai.APIError as exc:
            return Sent(rec["id"], None, 0, type(exc).__name__)

    def closed_bodies(self) -> dict[str, list[Any]]:
        """Eval id → the requests the closed stand-in received for it."""
        out: dict[str, list[Any]] = defaultdict(list)
        with self.closed._lock:
            received = list(self.closed.received)
        for r in received:
            rid = next((v for k, v in r.headers.items() if k.lower() == EVAL_HEADER), None)
            if rid is not None:
                out[rid].append(r)
        return out

    def decisions(self) -> dict[str, dict[str, Any]]:
        from sovereign.audit.segments import read_records

        return {r["id"]: r for r in read_records(self.tmp / "audit")
                if r.get("type") == "decision"}

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except Exception:  # noqa: BLE001 — a proxy that will not stop is killed
            self.process.kill()
        self.closed.stop()
        self.local.stop()


@dataclass
class Through:
    leaks: list[tuple[str, str, str]] = field(default_factory=list)  # (group, type, record id)
    values: Counter[str] = field(default_factory=Counter)  # group → gold values judged
    values_by_type: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    harmless_total: int = 0
    harmless_same: int = 0
    changed_why: Counter[str] = field(default_factory=Counter)
    changed_types: Counter[str] = field(default_factory=Counter)
    by_lang: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_genre: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    h_by_lang: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    h_by_genre: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    seconds: float = 0.0


def through_proxy(proxy: Proxy, pii: list[Record], harmless: list[Record]) -> Through:
    res = Through()
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
        sent = {s.rid: s for s in pool.map(proxy.send, pii + harmless)}
    res.seconds = time.perf_counter() - t0
    # every answered request was recorded by the stand-in before it answered; poll briefly
    # in case a stand-in thread is still appending
    deadline = time.monotonic() + 10
    bodies = proxy.closed_bodies()
    expected = sum(1 for s in sent.values() if s.status == 200)
    while sum(len(v) for v in bodies.values()) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
        bodies = proxy.closed_bodies()
    decisions = proxy.decisions()
    for s in sent.values():
        d = decisions.get(s.decision or "")
        res.actions[d["action"] if d else "no decision record"] += 1
        if s.error:
            res.errors[f"{s.status} {s.error}"] += 1
    for rec in pii:
        reqs = bodies.get(rec["id"], [])
        sent_text = "\n".join(x for r in reqs for x in _strings(_json(r.body))) or \
            "\n".join(r.text for r in reqs)
        judged = [g for g in rec["spans"] if g["group"] in ("regulated", "contact")]
        # the prompt without its judged values: a value that also occurs there as ordinary
        # text (a first name that is also a town, "Austin") is not a leak by that occurrence
        rest = list(rec["text"])
        for g in judged:
            rest[g["start"] : g["end"]] = "\0" * (g["end"] - g["start"])
        background = "".join(rest)
        leaked_any = False
        for g in judged:
            value = rec["text"][g["start"] : g["end"]]
            res.values[g["group"]] += 1
            res.values_by_type[g["type"]] += 1
            if _count(value, sent_text) > _count(value, background):
                res.leaks.append((g["group"], g["type"], rec["id"]))
                leaked_any = True
        for table, key in ((res.by_lang, rec["lang"]), (res.by_genre, rec["genre"])):
            table[key][0] += int(leaked_any)
            table[key][1] += 1
    for rec in harmless:
        reqs = bodies.get(rec["id"], [])
        same = len(reqs) == 1 and _last_user(_json(reqs[0].body)) == rec["text"]
        res.harmless_total += 1
        res.harmless_same += int(same)
        if not same:
            d = decisions.get(sent[rec["id"]].decision or "")
            action = d["action"] if d else f"no decision (status {sent[rec['id']].status})"
            res.changed_why[action] += 1
            for f in (d or {}).get("findings", []):
                res.changed_types[f["type"]] += 1
        for table, key in ((res.h_by_lang, rec["lang"]), (res.h_by_genre, rec["genre"])):
            table[key][0] += int(same)
            table[key][1] += 1
    return res


def _count(value: str, text: str) -> int:
    """Occurrences of *value* in *text* not inside a longer word ("chase" in "purchase")."""
    return len(re.findall(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text))


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _last_user(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return None
    for m in reversed(doc.get("messages", [])):
        if isinstance(m, dict) and m.get("role") == "user":
            c = m.get("content")
            return c if isinstance(c, str) else None
    return None


# ---- printing -------------------------------------------------------------------------------

def _pct(hit: int, n: int) -> str:
    return f"{hit / n:6.1%} ({hit}/{n})" if n else "     -"


def _row(label: str, cells: Sequence[str], width: int = 30) -> str:
    return f"{label:<{width}}" + "".join(f"{c:>24}" for c in cells)


def print_in_process(results: dict[str, InProcess], min_score: float) -> None:
    parts = list(results)
    print(f"\n=== a) in process (findings scoring >= {min_score}; found = >= 80% of the span's "
          "characters covered) ===")
    print(_row("", parts))
    groups = sorted({g for r in results.values() for g in r.per_group})
    print("-- span recall per group")
    for g in groups:
        print(_row(g, [_pct(*results[p].per_group.get(g, [0, 0])) for p in parts]))
    print("-- span recall per entity type")
    types = sorted({t for r in results.values() for t in r.per_type})
    for t in types:
        print(_row(t, [_pct(*results[p].per_type.get(t, [0, 0])) for p in parts]))
    print("-- precision and harmless texts")
    print(_row("char precision (pii texts)",
               [f"{r.inside_pii / r.flagged_pii:.3f}" if r.flagged_pii else "-" for r in results.values()]))
    print(_row("char precision (+harmless)",
               [f"{r.inside_pii / (r.flagged_pii + r.flagged_harmless):.3f}"
                if r.flagged_pii + r.flagged_harmless else "-" for r in results.values()]))
    print(_row("harmless with no finding", [_pct(r.harmless_clean, r.harmless_total)
                                            for r in results.values()]))
    print(_row("harmless flagged chars", [str(r.flagged_harmless) for r in results.values()]))
    for p, r in results.items():
        top = ", ".join(f"{t} {n}" for t, n in r.harmless_fp_types.most_common(8))
        print(f"  {p}: findings on harmless texts by type: {top or 'none'}")
        print(f"  {p}: scanned {r.chars:,} characters in {r.seconds:.1f} s")


def print_through(results: dict[str, Through]) -> None:
    parts = list(results)
    print("\n=== b) through the running proxy (shipped rules), judged at the closed stand-in ===")
    print(_row("", parts))
    for group in ("regulated", "contact"):
        cells = []
        for r in results.values():
            n = sum(1 for g, _, _ in r.leaks if g == group)
            cells.append(_pct(n, r.values[group]))
        print(_row(f"{group} values in clear", cells))
    types = sorted({t for r in results.values() for t in r.values_by_type})
    print("-- values reaching closed in clear, by type")
    for t in types:
        cells = []
        for r in results.values():
            n = sum(1 for _, tt, _ in r.leaks if tt == t)
            cells.append(_pct(n, r.values_by_type[t]))
        print(_row(t, cells))
    print(_row("harmless forwarded unchanged",
               [_pct(r.harmless_same, r.harmless_total) for r in results.values()]))
    for p, r in results.items():
        print(f"\n[{p}] regulated values in clear at closed, by type (record ids):")
        by_type: dict[str, list[str]] = defaultdict(list)
        for g, t, rid in r.leaks:
            if g == "regulated":
                by_type[t].append(rid)
        for t, rids in sorted(by_type.items()):
            shown = ", ".join(sorted(set(rids))[:12])
            more = len(set(rids)) - 12
            print(f"  {t} ({len(rids)}): {shown}{f' … +{more} records' if more > 0 else ''}")
        if not by_type:
            print("  none")
        print(f"[{p}] decisions: " + ", ".join(f"{a} {n}" for a, n in r.actions.most_common()))
        if r.errors:
            print(f"[{p}] client-side errors (blocked answers are errors): "
                  + ", ".join(f"{e} {n}" for e, n in r.errors.most_common()))
        print(f"[{p}] harmless changed, why: " + (", ".join(
            f"{a} {n}" for a, n in r.changed_why.most_common()) or "none"))
        print(f"[{p}] entity types found in changed harmless prompts: " + (", ".join(
            f"{t} {n}" for t, n in r.changed_types.most_common(10)) or "none"))
        print(f"[{p}] personal-data prompts with any regulated/contact value in clear, by language: "
              + ", ".join(f"{k} {_pct(*v).strip()}" for k, v in sorted(r.by_lang.items())))
        print(f"[{p}] … by genre: " + ", ".join(
            f"{k} {v[0]}/{v[1]}" for k, v in sorted(r.by_genre.items())))
        print(f"[{p}] harmless unchanged by language: " + ", ".join(
            f"{k} {v[0]}/{v[1]}" for k, v in sorted(r.h_by_lang.items())))
        print(f"[{p}] harmless unchanged by genre: " + ", ".join(
            f"{k} {v[0]}/{v[1]}" for k, v in sorted(r.h_by_genre.items())))
        print(f"[{p}] {r.harmless_total + sum(v[1] for v in r.by_lang.values())} requests in "
              f"{r.seconds:.0f} s ({CONCURRENCY} at a time)")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="realistic",
                    help="realistic (parts tune, heldout); fresh, fresh2, fresh3 or fresh4 "
                    "(parts dev, blind)")
    ap.add_argument("--part", choices=["tune", "heldout", "dev", "blind", "both"],
                    default="both")
    ap.add_argument("--limit", type=int, default=None, help="first N records of each file")
    ap.add_argument("--no-proxy", action="store_true", help="in-process figures only")
    ap.add_argument("--min-score", type=float, default=0.4)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    folder, known = SETS[args.set]
    if args.part != "both" and args.part not in known:
        ap.error(f"the {args.set} set has the parts {', '.join(known)}")
    parts = known if args.part == "both" else (args.part,)
    data = {p: (load(folder, p, "pii", args.limit), load(folder, p, "harmless", args.limit))
            for p in parts}
    t_start = time.perf_counter()
    for p, (pii, harmless) in data.items():
        n_spans = sum(len(r["spans"]) for r in pii)
        langs = Counter(r["lang"] for r in pii)
        print(f"{p}: {len(pii)} personal-data prompts ({n_spans} gold spans; languages "
              f"{dict(sorted(langs.items()))}), {len(harmless)} harmless prompts")

    from sovereign.app import detector_for
    from sovereign.config import Config

    t0 = time.perf_counter()
    detector = detector_for(Config(), workers=1)
    print(f"engine built in {time.perf_counter() - t0:.1f} s")
    inproc = {p: in_process(detector, pii, h, args.min_score) for p, (pii, h) in data.items()}
    print_in_process(inproc, args.min_score)
    del detector
    if not args.no_proxy:
        proxy = Proxy()
        print(f"\nproxy started in {proxy.start_s:.1f} s")
        try:
            through = {p: through_proxy(proxy, pii, h) for p, (pii, h) in data.items()}
        finally:
            proxy.close()
        print_through(through)
    print(f"\ntotal run time {time.perf_counter() - t_start:.0f} s")


if __name__ == "__main__":
    main()
