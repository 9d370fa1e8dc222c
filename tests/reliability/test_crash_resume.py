"""kill -9 of a real `realpolitik ingest` at random moments, then a rerun: the store is the one a
clean run makes (same ids, no orphans, no duplicates); two ingests at once: the second is told the
store is busy and the first finishes (issue 14).  More kills: benchmarks/crash_resume.py."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from realpolitik.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"
COUNTRIES = ["Poland", "Russia", "Japan", "China", "Kenya", "Uganda", "Chile", "Peru", "Turkey", "Qatar"]
VERBS = ["condemned", "praised", "accused", "thanked", "criticized"]


def write_records(path: Path, count: int) -> Path:
    """``count`` one-sentence documents, each a distinct act."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(count):
            a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
            text = f"{a} {VERBS[i % 5]} {b if b != a else 'Spain'} on Monday over incident number {i}."
            f.write(json.dumps({"id": f"d{i:03d}", "text": text, "date": "2021-03-01"}) + "\n")
    return path


def ingest(records: Path, db: Path, batch_size: int = 4) -> subprocess.Popen:
    command = [sys.executable, "-m", "realpolitik", "ingest", str(records), "--db", str(db),
               "--batch-size", str(batch_size), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def snapshot(db: Path) -> dict[str, pd.DataFrame]:
    with Store(db, read_only=True) as store:
        documents = store.sql("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id")
        events = store.sql("SELECT * FROM events ORDER BY event_id")
        orphans = store.sql("SELECT count(*) AS n FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
    return {"documents": documents, "events": events, "orphans": orphans}


def test_kill_9_at_random_moments_then_rerun_gives_the_clean_store(tmp_path: Path) -> None:
    records = write_records(tmp_path / "docs.jsonl", 60)
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert ingest(records, clean).wait(timeout=300) == 0
    moments = random.Random(14).sample([x / 2 for x in range(4, 13)], 3)  # seconds after the start
    for moment in moments:
        proc = ingest(records, crashed)
        time.sleep(moment)
        proc.kill()  # SIGKILL: no cleanup, no rollback handler
        proc.wait()
    rerun = ingest(records, crashed)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    after, expected = snapshot(crashed), snapshot(clean)
    assert len(after["documents"]) == 60 and int(after["orphans"]["n"][0]) == 0
    assert after["events"]["event_id"].is_unique
    pd.testing.assert_frame_equal(after["documents"], expected["documents"])
    pd.testing.assert_frame_equal(after["events"], expected["events"])


def test_a_second_ingest_meanwhile_is_told_the_store_is_busy(tmp_path: Path) -> None:
    records = write_records(tmp_path / "docs.jsonl", 60)
    db = tmp_path / "busy.duckdb"
    first = ingest(records, db, batch_size=1)
    deadline = time.monotonic() + 60
    while not db.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    second = ingest(records, db)
    _, errors = second.communicate(timeout=120)
    assert second.returncode == 2
    assert f"database is busy: another realpolitik process is writing to {db}" in " ".join(errors.split())
    assert "Traceback" not in errors
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert len(snapshot(db)["documents"]) == 60
