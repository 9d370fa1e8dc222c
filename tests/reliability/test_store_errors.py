"""Errors of the database file itself, and documents the store refuses (issue 14): a disk full is a
StoreError that says what to do, not a DuckDB traceback; a document that cannot be stored is
reported and the others are stored."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from realpolitik.errors import StoreError
from realpolitik.store import Store

RECORDS = [
    {"id": "a", "text": "Spain thanked Portugal for its help on Monday.", "date": "2021-01-05"},
    {"id": "b", "text": "Chile accused Peru of spying on Monday.", "date": "2021-01-05"},
]


def write_records(folder: Path) -> Path:
    path = folder / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def no_coder(documents):
    return []


def test_disk_full_is_a_store_error_that_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self, documents, events):
        raise duckdb.IOException('Could not write file "x.duckdb.wal": No space left on device')

    monkeypatch.setattr(Store, "write", full)
    with Store(tmp_path / "x.duckdb") as store, pytest.raises(StoreError) as caught:
        store.ingest([write_records(tmp_path)], coder=no_coder, progress=False)
    assert "cannot write to" in str(caught.value) and "free some disk space" in str(caught.value)
    assert "documents stored so far are kept" in str(caught.value)


def test_disk_full_through_the_cli_exits_2_without_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from realpolitik import cli

    def full(self, documents, events):
        raise duckdb.IOException("No space left on device")

    monkeypatch.setattr(Store, "write", full)
    monkeypatch.setattr("realpolitik.Coder", lambda **options: no_coder)
    with pytest.raises(SystemExit) as code:
        monkeypatch.setattr("sys.argv", ["realpolitik", "ingest", str(write_records(tmp_path)), "--db",
                                         str(tmp_path / "x.duckdb"), "--no-progress"])
        cli.main()
    assert code.value.code == 2
    errors = " ".join(capsys.readouterr().err.split())
    assert "error: cannot write to" in errors and "free some disk space" in errors and "Traceback" not in errors


def test_a_document_the_store_refuses_is_reported_and_the_others_stored(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    write = Store.write

    def refuses_b(self, documents, events):
        if any(d.id == "b" for d in documents):
            raise ValueError("a value the store cannot take")
        return write(self, documents, events)

    monkeypatch.setattr(Store, "write", refuses_b)
    with Store(tmp_path / "x.duckdb") as store:
        summary = store.ingest([write_records(tmp_path)], coder=no_coder, progress=False)
        assert list(store.documents()["doc_id"]) == ["a"]
    assert [(f.source.rsplit("/", 1)[-1], f.problem) for f in summary.failures] == [
        ("r.jsonl:2", "storing b failed: ValueError: a value the store cannot take")]
