"""Audit log throughput: append rate with durability on (one fsync per record for a single
writer thread; group commit when many threads append at once) and verify rate over a large
log, on this machine's disk.

    .venv/bin/python -m bench.audit_throughput [--records 1000000]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from pathlib import Path

from sovereign.audit import keys
from sovereign.audit.note import Signer
from sovereign.audit.verify import verify
from sovereign.audit.writer import FileAuditLog

RECORD = {"type": "decision", "id": "dec_0123456789abcdef0123456789abcdef", "provider": "openai",
          "endpoint": "chat", "action": "redact", "rule_ids": ["contact-redact"],
          "destination": "api.openai.com", "findings": [{"type": "PERSON", "count": 2}],
          "tag_epoch": 20000, "tags": [{"type": "PERSON", "tag": "ab" * 32}]}


def appends(directory: Path, signer: Signer, threads: int, per_thread: int,
            durable: bool = True) -> float:
    log = FileAuditLog(directory, signer, "bench/log", checkpoint_every=10_000,
                       checkpoint_seconds=3600, durable=durable)

    def work() -> None:
        for _ in range(per_thread):
            log.append(RECORD)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - t0
    log.close()
    return threads * per_thread / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sovereign-audit-bench-"))
    try:
        signer = keys.generate(tmp / "keys" / "audit.key")
        print("append rate, durability on (every append returns only once fsynced):")
        for threads, per in ((1, 2000), (8, 500), (32, 200)):
            rate = appends(tmp / f"a{threads}", signer, threads, per)
            print(f"  {threads:>2} thread(s): {rate:>9,.0f} records/s"
                  + ("  (group commit: one fsync serves many appends)" if threads > 1 else ""))
        no_sync = appends(tmp / "nosync", signer, 1, 20_000, durable=False)
        print(f"  reference, fsync off:  {no_sync:>9,.0f} records/s")
        t0 = time.perf_counter()
        appends(tmp / "big", signer, 1, args.records, durable=False)
        built = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in (tmp / "big" / "segments").iterdir())
        t0 = time.perf_counter()
        report = verify(tmp / "big", tmp / "keys" / "audit.key.pub")
        elapsed = time.perf_counter() - t0
        print(f"verify: {args.records:,} records ({size / 1e6:.0f} MB, built in {built:.1f} s): "
              f"{elapsed:.1f} s, {args.records / elapsed:,.0f} records/s, result "
              f"{['valid', 'tampered', 'truncated', 'unverifiable'][report.exit_code]}")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
