"""Judge the health rule on the condition probe (bench/data/conditions_probe, written by hand
by an author who never read the detector): short statements of a condition, a disability, a
pregnancy or a revealing medicine, each tied to a person, in seven languages.

For each part (dev, blind) and language it prints how many statements the shipped rules keep
inside (route_local or block: what the health rule must do with each of them), and the
condition spans found (a gold span counts when 80% of its characters are covered by a
MEDICAL_CONDITION finding the rules act on). Figures only: never a text or a value. Tune on
dev; read blind as these aggregate lines alone.

    .venv/bin/python -m bench.conditions_probe [--part dev|blind|both]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sovereign.app import detector_for
from sovereign.assess import with_pack_recognizers
from sovereign.config import Config
from sovereign.exchange import Action, EndpointKind
from sovereign.policy.decide import Context, decide
from sovereign.policy.loader import load_rules

REPO = Path(__file__).resolve().parent.parent
PROBE = REPO / "bench" / "data" / "conditions_probe" / "probe.jsonl"
KEPT_INSIDE = (Action.ROUTE_LOCAL, Action.BLOCK)
MIN_SCORE = 0.4  # the shipped rules act on a finding from this score
COVERED = 0.8  # share of a gold span's characters a finding must cover


def covered(span: dict[str, object], found: list[tuple[int, int]]) -> bool:
    start, end = int(str(span["start"])), int(str(span["end"]))
    chars = set()
    for a, b in found:
        chars.update(range(max(a, start), min(b, end)))
    return len(chars) >= COVERED * (end - start)


def judge(part: str) -> None:
    records = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records = [r for r in records if r["part"] == part]
    rules = load_rules([REPO / "rules"])
    detector = with_pack_recognizers(detector_for(Config(), workers=1), rules)
    kept, total, hit, spans = Counter(), Counter(), Counter(), Counter()
    results = detector.scan([r["text"] for r in records])
    for record, found in zip(records, results, strict=True):
        lang = record["lang"]
        decision = decide(Context("openai", None, EndpointKind.CHAT, (), len(record["text"]),
                                  found), rules)
        total[lang] += 1
        kept[lang] += decision.action in KEPT_INSIDE
        conditions = [(f.start, f.end) for f in found
                      if f.entity_type == "MEDICAL_CONDITION" and f.score >= MIN_SCORE]
        for span in record["spans"]:
            spans[lang] += 1
            hit[lang] += covered(span, conditions)
    print(f"[{part}] {'language':<10}{'kept inside':>16}{'condition spans found':>26}")
    for lang in sorted(total):
        print(f"[{part}] {lang:<10}{kept[lang]:>9}/{total[lang]:<6}{hit[lang]:>19}/{spans[lang]}")
    print(f"[{part}] {'all':<10}{sum(kept.values()):>9}/{sum(total.values()):<6}"
          f"{sum(hit.values()):>19}/{sum(spans.values())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["dev", "blind", "both"], default="both")
    args = ap.parse_args()
    for part in ("dev", "blind") if args.part == "both" else (args.part,):
        judge(part)


if __name__ == "__main__":
    main()
