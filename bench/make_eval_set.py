"""Generate the detection evaluation set from data we did not write: presidio-evaluator's
sentence generator (its templates and fake records), seed 42. The output is checked in
(bench/data/generated.jsonl), so the benchmark itself needs no extra package.

    python -m venv /tmp/pe && /tmp/pe/bin/pip install presidio-evaluator==0.3.2 'cryptography==50.0.*'
    /tmp/pe/bin/python bench/make_eval_set.py 1500 > bench/data/generated.jsonl
    /tmp/pe/bin/python bench/make_eval_set.py 1500 7 > bench/data/heldout.jsonl
"""

from __future__ import annotations

import json
import sys


def main(count: int, seed: int = 42) -> None:
    import contextlib

    with contextlib.redirect_stdout(sys.stderr):  # the generator talks on stdout
        from presidio_evaluator.data_generator import PresidioSentenceFaker

        faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=seed)
        samples = faker.generate_new_fake_sentences(count)
    for sample in samples:
        spans = [{"start": s.start_position, "end": s.end_position, "type": s.entity_type}
                 for s in sample.spans]
        print(json.dumps({"text": sample.full_text, "spans": spans}, ensure_ascii=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500,
         int(sys.argv[2]) if len(sys.argv) > 2 else 42)
