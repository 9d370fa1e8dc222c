"""Reading while writing: `ingest` adds documents to a store the dashboard is serving, and the
dashboard keeps answering while another process writes; it then shows what was added."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_stores import build_hostile_store

from realpolitik.errors import QueryError
from realpolitik.web import snapshot as snapshot_module
from realpolitik.web.app import create_app

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
EXAMPLE = REPO / "examples" / "2015-02-12_minsk_talks.txt"

WRITER = """
import sys
from realpolitik.records import Document, DocumentDate
from realpolitik.store import Store
with Store(sys.argv[1]) as store:
    store.write([Document("late", "A document written while the dashboard ran.", DocumentDate.unknown())], [])
    print("written", flush=True)
    sys.stdin.readline()  # hold the store open until the test has asked the dashboard
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_hostile_store(tmp_path / "store.duckdb")


def test_ingest_while_the_dashboard_serves_the_store(db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(db)) as client:
        before = client.get("/api/events").json()
        assert client.get("/").status_code == 200
        ingest = subprocess.run([sys.executable, "-m", "realpolitik", "ingest", str(EXAMPLE), "--db", str(db), "--no-progress"],
                                check=False, capture_output=True, text=True, env=_env(), timeout=600)  # fmt: skip
        assert ingest.returncode == 0, ingest.stderr
        assert "1 new documents" in ingest.stderr
        after = client.get("/api/events").json()
        added = {e["doc_id"] for e in after} - {e["doc_id"] for e in before}
        assert added == {EXAMPLE.stem}
        assert client.get(f"/document/{EXAMPLE.stem}").status_code == 200
        assert EXAMPLE.stem in client.get("/actor/RUS").text


def test_the_dashboard_answers_while_another_process_writes(db: Path, monkeypatch) -> None:
    monkeypatch.setattr(snapshot_module, "RETRY_SECONDS", 0.0)  # look again at once, not a second later
    with TestClient(create_app(db)) as client:
        assert client.get("/api/documents/late").status_code == 404
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())  # fmt: skip
        try:
            assert writer.stdout.readline().strip() == "written", writer.stderr.read()
            # the store is locked by the writer: the dashboard answers from its last copy
            assert client.get("/api/events").status_code == 200
            assert client.get("/api/documents/late").status_code == 404
        finally:
            writer.stdin.close()
            assert writer.wait(timeout=60) == 0
        assert client.get("/api/documents/late").json()["text"].startswith("A document written")


def test_the_dashboard_reads_through_a_read_only_connection(db: Path) -> None:
    app = create_app(db)
    with app.state.snapshots.reading() as snapshot:
        assert snapshot.store.read_only
        with pytest.raises(QueryError):
            snapshot.store.sql("SELECT * FROM read_text('/etc/hostname')")
        with pytest.raises(QueryError):
            snapshot.store.sql("EXPLAIN ANALYZE COPY (SELECT 1) TO '/tmp/realpolitik-dashboard-escape.csv'")
    app.state.snapshots.close()
    assert not Path("/tmp/realpolitik-dashboard-escape.csv").exists()


def test_a_closed_dashboard_leaves_no_copy_behind(db: Path) -> None:
    app = create_app(db)
    with app.state.snapshots.reading() as snapshot:
        copy = snapshot.path
        assert copy.exists() and copy != db
    app.state.snapshots.close()
    assert not copy.exists() and not copy.parent.exists()
