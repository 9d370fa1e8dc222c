"""The store and analysis commands, end to end through typer's CliRunner, with every export read back."""

from __future__ import annotations

import importlib
import json
import sys
import types
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from test_store import SU24, fake_code, fake_documents, make_doc, write_docs
from typer.testing import CliRunner

import realpolitik
from realpolitik.cli import app
from realpolitik.documents import batches
from realpolitik.store import EVENT_COLUMNS, Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    docs = [
        make_doc("a", SU24["a"]),
        make_doc("b", SU24["b"], published=date(2016, 1, 15)),
        make_doc("c", ["BLRGOV RUSGOV 125 2014-03-05 day", "RUS BLR 070 2014-05-01 month hypothetical",
                       "EU BLR 111 2014-08-20 day", "BLR DEU 057 2016-02-01 day", "RUS BLR 070 2016-03-01 day"]),
    ]  # fmt: skip
    with Store(path) as store:
        store.write(docs, list(fake_code(docs)))
    return path


def run(*args: str | Path) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_as_jsonl_and_csv(db: Path) -> None:
    rows = [json.loads(line) for line in run("events", "--db", db, "--dyad", "BLR,RUS", "--format", "jsonl").splitlines()]
    assert [(r["source_code"], r["target_code"], r["date"]) for r in rows] == [
        ("BLRGOV", "RUSGOV", "2014-03-05"), ("RUS", "BLR", "2016-03-01"),
    ]  # fmt: skip
    assert list(rows[0]) == EVENT_COLUMNS
    out = run("events", "--db", db, "--modality", "all", "--since", "2014", "--until", "2014-06", "--format", "csv")
    assert out.count("\n") == 3  # header + the REJECT and the hypothetical AID


def test_events_table_and_stories(db: Path) -> None:
    assert "Minsk" not in run("events", "--db", db)  # prose lines code nothing
    stories = run("events", "--db", db, "--stories", "--type", "ASSAULT", "--format", "jsonl").splitlines()
    assert len(stories) == 1 and json.loads(stories[0])["doc_ids"] == ["a", "b"]
    table = run("events", "--db", db, "--stories", "--dyad", "TUR,RUS")
    assert "TUR" in table and "a, b" in table


def test_events_parquet_needs_out(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 2 and "--out" in result.output
    run("events", "--db", db, "--format", "parquet", "--out", tmp_path / "e.parquet")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 7


def test_dyads_by_year(db: Path) -> None:
    frame = pd.read_csv(pd.io.common.StringIO(run("dyads", "--db", db, "--period", "year", "--format", "csv")))
    rus_blr = frame[(frame.source_country == "RUS") & (frame.target_country == "BLR")]
    assert rus_blr[["period", "events", "q2", "goldstein_sum"]].values.tolist() == [["2016-01-01", 1, 1, 7.0]]
    assert "dyads by quarter" in run("dyads", "--db", db, "--period", "quarter")


def test_tilt_with_explanation(db: Path) -> None:
    out = run("tilt", "BLR", "--between", "RUS", "--and", "WEST", "--period", "year", "--db", db, "--format", "csv")
    frame = pd.read_csv(pd.io.common.StringIO(out))
    # 2014: RUS -5/3, WEST (EU accuses) -2/3 -> (-5/3 + 2/3) / 20 = -0.05
    assert frame["tilt"].round(6).tolist() == [-0.05, pytest.approx(round((7 / 3 - 8 / 3) / 20, 6))]
    explained = run("tilt", "BLR", "--between", "RUS", "--and", "WEST", "--period", "year", "--db", db, "--explain")
    assert "2014: events behind the tilt" in explained and "2016: events behind the tilt" in explained


def test_tilt_with_my_groups(db: Path, tmp_path: Path) -> None:
    mine = tmp_path / "groups.yaml"
    mine.write_text("groups:\n  WEST: {members: [DEU]}\n")
    frame = pd.read_csv(pd.io.common.StringIO(run("tilt", "BLR", "--between", "RUS", "--and", "WEST", "--period", "year", "--db", db,
                                                  "--groups", mine, "--format", "csv")))  # fmt: skip
    assert frame["events_b"].tolist() == [0, 1]  # the EU no longer counts as the West


def test_sql_is_read_only(db: Path) -> None:
    assert "8" in run("sql", "SELECT count(*) AS n FROM events", "--db", db)
    result = runner.invoke(app, ["sql", "DELETE FROM events", "--db", str(db)])
    assert result.exit_code == 2 and "only read queries" in result.output
    with Store(db, read_only=True) as store:
        assert len(store.events(modality=None)) == 8


def test_sql_cannot_overwrite_another_file(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.duckdb"
    other.write_bytes(b"another store")
    query = f"EXPLAIN ANALYZE COPY (SELECT 'gone' AS x) TO '{other}' (FORMAT csv)"
    result = runner.invoke(app, ["sql", query, "--db", str(db)])
    assert result.exit_code == 2 and "disabled" in result.output
    assert other.read_bytes() == b"another store"


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no event store at" in result.output


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest command over the fake reader and coder of test_store."""
    monkeypatch.setitem(sys.modules, "realpolitik.documents", types.SimpleNamespace(iter_documents=fake_documents, batches=batches))
    monkeypatch.setattr(realpolitik, "Coder", lambda **options: fake_code)


def test_ingest_twice_then_query(tmp_path: Path, fake_pipeline: None) -> None:
    paths = write_docs(tmp_path / "in", {"a": SU24["a"], "b": SU24["b"]})
    db = tmp_path / "x.duckdb"
    first = runner.invoke(app, ["ingest", str(paths[0]), "--db", str(db), "--batch-size", "1"])
    assert first.exit_code == 0, first.output
    assert "2 new documents, 0 skipped (already stored), 0 failed; 3 events" in first.output
    again = runner.invoke(app, ["ingest", str(paths[0]), "--db", str(db), "--no-progress"])
    assert "0 new documents, 2 skipped" in again.output and "skipped a (a.txt): same text as a" in again.output
    assert len(run("events", "--db", db, "--format", "jsonl").splitlines()) == 3


def test_ingest_summary_says_what_analyses_leave_out(tmp_path: Path, fake_pipeline: None) -> None:
    paths = write_docs(tmp_path / "in", {"a": SU24["a"], "c": ["EU - 010 2015-12-02 day"]})
    result = runner.invoke(app, ["ingest", str(paths[0]), "--db", str(tmp_path / "x.duckdb"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "  1 of 3 events had no target (not in dyads or the tilt) in the store" in result.output
    assert "  1 of 3 events had an actor without a country (shown under its code, e.g. EU) in the store" in result.output


def test_ingest_of_a_missing_path_is_an_error_and_makes_no_store(tmp_path: Path, fake_pipeline: None) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb"), "--no-progress"])
    assert result.exit_code == 2
    assert "missing.txt: no such file or directory; nothing to ingest" in result.output
    assert not (tmp_path / "x.duckdb").exists()  # no empty store made for nothing


@pytest.mark.slow
def test_ingest_the_seed_corpus_with_the_real_coder(corpus_dir: Path, tmp_path: Path) -> None:
    if not hasattr(importlib.import_module("realpolitik.coding"), "code_documents"):
        pytest.skip("the coder is not there yet")
    pytest.importorskip("realpolitik.documents")

    db = tmp_path / "seeds.duckdb"
    first = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(db), "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "5 new documents" in first.output
    again = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(db), "--no-progress"])
    assert "0 new documents, 5 skipped" in again.output
    with Store(db, read_only=True) as store:
        events = store.events(modality=None)
        assert len(events) > 0 and set(events["doc_id"]) <= {p.stem for p in corpus_dir.glob("*.txt")}
        texts = {d: store.document(d)["text"] for d in events["doc_id"].unique()}
        for row in events.itertuples():  # every span points at its text
            assert texts[row.doc_id][row.trigger_start : row.trigger_end] == row.trigger_text
        # Turkey's downing of the Russian Su-24 is told by 002 (dated) and 003 (undated): one story
        downing = store.stories(dyad="TUR,RUS", event_type="19,ASSAULT,COERCE")
        assert [ids for ids in downing["doc_ids"] if len(ids) > 1] == [["002_0cba053b642737b9", "003_56c5cde825ca0f94"]]
