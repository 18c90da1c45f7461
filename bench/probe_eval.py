"""Judge the shipped rules on the probes written by hand by authors who never read the
detector, each split dev/blind:

- ``conditions`` (bench/data/conditions_probe): short statements of a condition, a
  disability, a pregnancy or a revealing medicine, each tied to a person, in seven
  languages. Printed: how many the rules keep inside (route_local or block, what the health
  rule must do with each), and the condition spans found.
- ``secrets`` (bench/data/secrets_probe): passwords, PINs and identity numbers shared in
  words, forms and configs, and look-alike texts holding none. Printed: the values
  protected (their request kept inside, or the value covered by a finding the rules redact)
  by type, and the look-alikes forwarded unchanged.
- ``ids`` (bench/data/ids_probe): national, tax, health, licence and passport numbers, IBANs
  and cards in layouts and phrasings of seven languages, with valid check digits, and
  look-alike numbers (orders, parcels, serials) that are none. Judged as ``secrets``.
- ``regulated`` (bench/data/regulated_probe): passwords, API keys, US licence, passport,
  social security and taxpayer numbers, medical record and health insurance numbers, bank
  accounts, in layouts with no label or a foreign one, OCR spacing, values split over lines,
  HL7, CSV, JSON, .env and SQL; and look-alikes (placeholders, hashes, order numbers).
  Judged as ``secrets``.
- ``accounts`` (bench/data/accounts_probe): bank accounts (US routing and account, UK sort
  code and account, labelled accounts in seven languages, payroll exports, NACHA and MICR
  lines, wire instructions), passwords, US SSN, licence and passport numbers and medical
  record numbers, with look-alikes (masked accounts, placeholders, order numbers). Judged
  as ``secrets``.
- ``health`` (bench/data/health_probe): conditions, pregnancies, injuries, addictions and
  revealing medicines tied to a person in ways the ``conditions`` probe has few of (a time
  phrase between the person and the condition, a named child after "your", first-person
  verbs, clinical shorthand), and look-alikes that tie none: general health questions,
  people with a time phrase and no condition, health words used figuratively or in code.
  Printed, by language: the condition texts kept inside; the look-alikes let out (not
  sent to the local model or blocked; a name in them may go as a placeholder) and those
  forwarded unchanged.

A gold span counts as found when 80% of its characters are covered by a finding the rules
act on. Figures only: never a text or a value. Tune on dev; read blind as these aggregate
lines alone.

    .venv/bin/python -m bench.probe_eval [--probe conditions|health|secrets|ids|regulated|accounts|all]
                                         [--part dev|blind|both]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sovereign.app import detector_for
from sovereign.assess import with_pack_recognizers
from sovereign.config import Config
from sovereign.detect.detector import Detector
from sovereign.exchange import Action, EndpointKind
from sovereign.policy.decide import Context, decide
from sovereign.policy.loader import RuleSet, load_rules

REPO = Path(__file__).resolve().parent.parent
PROBES = {"conditions": REPO / "bench" / "data" / "conditions_probe" / "probe.jsonl",
          "secrets": REPO / "bench" / "data" / "secrets_probe" / "probe.jsonl",
          "ids": REPO / "bench" / "data" / "ids_probe" / "probe.jsonl",
          "regulated": REPO / "bench" / "data" / "regulated_probe" / "probe.jsonl",
          "accounts": REPO / "bench" / "data" / "accounts_probe" / "probe.jsonl",
          "health": REPO / "bench" / "data" / "health_probe" / "probe.jsonl"}
KEPT_INSIDE = (Action.ROUTE_LOCAL, Action.BLOCK)
MIN_SCORE = 0.4  # the shipped rules act on a finding from this score...
REDACT_SCORE = 0.3  # ...and redact an identifier from this one (national-id-redact)
COVERED = 0.8  # share of a gold span's characters a finding must cover


def covered(span: dict[str, Any], found: Sequence[tuple[int, int]]) -> bool:
    start, end = int(span["start"]), int(span["end"])
    chars: set[int] = set()
    for a, b in found:
        chars.update(range(max(a, start), min(b, end)))
    return len(chars) >= COVERED * (end - start)


def records(probe: str, part: str) -> list[dict[str, Any]]:
    lines = PROBES[probe].read_text(encoding="utf-8").splitlines()
    return [r for r in (json.loads(line) for line in lines if line.strip()) if r["part"] == part]


def decided(detector: Detector, rules: RuleSet, texts: list[str]) -> list[tuple[Action, Any]]:
    out = []
    for text, found in zip(texts, detector.scan(texts), strict=True):
        context = Context("openai", None, EndpointKind.CHAT, (), len(text), found)
        out.append((decide(context, rules).action, found))
    return out


def conditions(detector: Detector, rules: RuleSet, part: str) -> None:
    kept, total, hit, spans = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    rows = records("conditions", part)
    for record, (action, found) in zip(rows, decided(detector, rules, [r["text"] for r in rows]),
                                       strict=True):
        lang = record["lang"]
        total[lang] += 1
        kept[lang] += action in KEPT_INSIDE
        found_conditions = [(f.start, f.end) for f in found
                            if f.entity_type == "MEDICAL_CONDITION" and f.score >= MIN_SCORE]
        for span in record["spans"]:
            spans[lang] += 1
            hit[lang] += covered(span, found_conditions)
    print(f"[conditions {part}] {'language':<10}{'kept inside':>16}{'condition spans found':>26}")
    for lang in sorted(total):
        print(f"[conditions {part}] {lang:<10}{kept[lang]:>9}/{total[lang]:<6}"
              f"{hit[lang]:>19}/{spans[lang]}")
    print(f"[conditions {part}] {'all':<10}{sum(kept.values()):>9}/{sum(total.values()):<6}"
          f"{sum(hit.values()):>19}/{sum(spans.values())}")


def health(detector: Detector, rules: RuleSet, part: str) -> None:
    """The condition texts kept inside, and the look-alikes let out (a name in them may go
    as a placeholder: it is no health data) and forwarded unchanged, by language."""
    kept, conditions, out, unchanged, harmless = (Counter[str]() for _ in range(5))
    rows = records("health", part)
    for record, (action, _) in zip(rows, decided(detector, rules, [r["text"] for r in rows]),
                                   strict=True):
        lang = record["lang"]
        if record["kind"] == "harmless":
            harmless[lang] += 1
            out[lang] += action not in KEPT_INSIDE
            unchanged[lang] += action is Action.ALLOW
        else:
            conditions[lang] += 1
            kept[lang] += action in KEPT_INSIDE
    print(f"[health {part}] {'language':<10}{'conditions kept inside':>24}"
          f"{'look-alikes let out':>22}{'unchanged':>12}")
    for lang in sorted(conditions | harmless):
        print(f"[health {part}] {lang:<10}{kept[lang]:>17}/{conditions[lang]:<6}"
              f"{out[lang]:>15}/{harmless[lang]:<6}{unchanged[lang]:>6}/{harmless[lang]}")
    print(f"[health {part}] {'all':<10}{sum(kept.values()):>17}/{sum(conditions.values()):<6}"
          f"{sum(out.values()):>15}/{sum(harmless.values()):<6}"
          f"{sum(unchanged.values()):>6}/{sum(harmless.values())}")


def secrets(detector: Detector, rules: RuleSet, part: str, probe: str = "secrets") -> None:
    """The values of *probe* (secrets or ids) protected, by type; look-alikes unchanged."""
    protected, total = Counter[str](), Counter[str]()
    unchanged = harmless = 0
    rows = records(probe, part)
    for record, (action, found) in zip(rows, decided(detector, rules, [r["text"] for r in rows]),
                                       strict=True):
        if record["kind"] == "harmless":
            harmless += 1
            unchanged += action is Action.ALLOW
            continue
        redacted = [(f.start, f.end) for f in found if f.score >= REDACT_SCORE] \
            if action is Action.REDACT else []
        for span in record["spans"]:
            total[span["type"]] += 1
            protected[span["type"]] += action in KEPT_INSIDE or covered(span, redacted)
    print(f"[{probe} {part}] {'type':<26}{'protected':>12}")
    for kind in sorted(total):
        print(f"[{probe} {part}] {kind:<26}{protected[kind]:>6}/{total[kind]}")
    print(f"[{probe} {part}] {'all':<26}{sum(protected.values()):>6}/{sum(total.values())}; "
          f"look-alikes forwarded unchanged {unchanged}/{harmless}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--probe", choices=[*PROBES, "all"], default="all")
    ap.add_argument("--part", choices=["dev", "blind", "both"], default="both")
    args = ap.parse_args()
    rules = load_rules([REPO / "rules"])
    detector = with_pack_recognizers(detector_for(Config(), workers=1), rules)
    for probe in PROBES if args.probe == "all" else (args.probe,):
        for part in ("dev", "blind") if args.part == "both" else (args.part,):
            if probe == "conditions":
                conditions(detector, rules, part)
            elif probe == "health":
                health(detector, rules, part)
            else:
                secrets(detector, rules, part, probe)


if __name__ == "__main__":
    main()
