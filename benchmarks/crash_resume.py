"""kill -9 of `realpolitik ingest` at many random moments, each followed by a rerun, compared with
a clean run.

    .venv/bin/python benchmarks/crash_resume.py [--kills 10] [--documents 300] [--batch-size 8] [--seed 14]

``--documents`` one-sentence news items (JSON Lines) are ingested once cleanly.  Then, ``--kills``
times, into a fresh store: an ingest is killed with SIGKILL at a random moment between the start
and the clean run's duration, and a second ingest runs to the end.  Printed for each kill: the
moment, the documents stored by then, and whether the finished store holds the same documents
and events as the clean run (same ids, every column but the ingest time), with its orphan events
and duplicate event ids.  tests/reliability/test_crash_resume.py runs three kills in the suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # this checkout's realpolitik, not an installed one
COUNTRIES = ["Poland", "Russia", "Japan", "China", "Kenya", "Uganda", "Chile", "Peru", "Turkey", "Qatar", "India",
             "Pakistan", "Egypt", "Sudan"]
VERBS = ["condemned", "praised", "accused", "thanked", "criticized", "threatened", "met"]


def write_records(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(count):
            a, b = COUNTRIES[i % 14], COUNTRIES[(i * 5 + 3) % 14]
            text = f"{a} {VERBS[i % 7]} {b if b != a else 'Spain'} on Monday over incident number {i}."
            f.write(json.dumps({"id": f"d{i:04d}", "text": text, "date": "2021-03-01"}) + "\n")


def start(records: Path, db: Path, batch_size: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "realpolitik", "ingest", str(records), "--db", str(db),
               "--batch-size", str(batch_size), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def contents(db: Path) -> dict:
    from realpolitik.store import Store

    with Store(db, read_only=True) as store:
        return {
            "documents": store.sql("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id"),
            "events": store.sql("SELECT * FROM events ORDER BY event_id"),
            "orphans": int(store.sql("SELECT count(*) AS n FROM events WHERE doc_id NOT IN "
                                     "(SELECT doc_id FROM documents)")["n"][0]),
        }


def stored(db: Path) -> int:
    try:
        return len(contents(db)["documents"]) if db.exists() else 0
    except Exception:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        records, clean = Path(folder, "docs.jsonl"), Path(folder, "clean.duckdb")
        write_records(records, args.documents)
        started = time.monotonic()
        if start(records, clean, args.batch_size).wait() != 0:
            sys.exit("the clean ingest failed")
        duration = time.monotonic() - started
        print(f"clean run: {args.documents} documents in {duration:.1f} s", flush=True)
        expected = contents(clean)
        identical = 0
        for kill in range(1, args.kills + 1):
            crashed = Path(folder, f"crashed{kill}.duckdb")
            moment = rng.uniform(0.5, duration)
            proc = start(records, crashed, args.batch_size)
            time.sleep(moment)
            proc.kill()
            proc.wait()
            partial = stored(crashed)
            if start(records, crashed, args.batch_size).wait() != 0:
                sys.exit(f"the rerun after kill {kill} failed")
            after = contents(crashed)
            same = after["documents"].equals(expected["documents"]) and after["events"].equals(expected["events"])
            identical += same
            print(f"kill {kill:2} after {moment:5.1f} s: {partial:4} documents stored; after the rerun "
                  f"{len(after['documents'])} documents, {len(after['events'])} events, identical to the clean run: "
                  f"{same}, orphan events: {after['orphans']}, duplicate event ids: "
                  f"{int(after['events']['event_id'].duplicated().sum())}", flush=True)
        print(f"{identical} of {args.kills} stores identical to the clean run's "
              f"({len(expected['documents'])} documents, {len(expected['events'])} events)")


if __name__ == "__main__":
    main()
