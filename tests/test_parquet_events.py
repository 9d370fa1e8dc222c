"""The Parquet folder `code --out` writes: the contract's columns and types in every partition,
whole partitions only, and `ingest DIR` / `realpolitik.open(DIR)` reading it back (fake coder, no model)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_store import SU24, fake_code, make_doc

import realpolitik
from realpolitik.errors import InputError, StoreError
from realpolitik.parquet_events import EVENT_SCHEMA, is_event_folder, prepare_folder, write_partition
from realpolitik.store import EVENT_COLUMNS, Store

CODER = "fake-coder+test"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The SU24 pair in two partitions, as `code --out` would write them."""
    out = prepare_folder(tmp_path / "events")
    for index, (doc_id, lines) in enumerate(SU24.items()):
        docs = [make_doc(doc_id, lines)]
        write_partition(out, index, docs, list(fake_code(docs)), CODER)
    return out


def _stored(path: Path) -> list[tuple]:
    with Store(path, read_only=True) as store:
        return store._con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY event_id").fetchall()


def test_partitions_have_the_contract_columns_and_types(folder: Path) -> None:
    files = sorted(folder.glob("part-*.parquet"))
    assert [f.name for f in files] == ["part-00000.parquet", "part-00001.parquet"]
    assert all(pq.read_schema(f).remove_metadata() == EVENT_SCHEMA for f in files)
    assert pq.read_schema(files[0]).metadata[b"realpolitik.coder"] == CODER.encode()
    assert sorted(p.name for p in (folder / "documents").iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert not list(folder.rglob(".*"))  # no partial file left behind


def test_a_folder_with_partitions_is_not_written_again(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="already holds Parquet partitions"):
        prepare_folder(folder)
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="is a file"):
        prepare_folder(tmp_path / "file")


def test_ingest_folder_stores_what_ingest_stores(folder: Path, tmp_path: Path) -> None:
    docs = [make_doc(doc_id, lines) for doc_id, lines in SU24.items()]
    with Store(tmp_path / "direct.duckdb") as store:
        store.write(docs, list(fake_code(docs)))
    with Store(tmp_path / "folder.duckdb") as store:
        first, again = store.ingest_folder(folder), store.ingest_folder(folder)
    assert (first.documents_new, first.events, first.coder) == (2, 3, CODER)
    assert (again.documents_new, again.documents_skipped, again.events) == (0, 2, 0)
    stored = _stored(tmp_path / "folder.duckdb")
    assert stored == _stored(tmp_path / "direct.duckdb")
    assert len({row[EVENT_COLUMNS.index("story_id")] for row in stored}) == 2  # the downing reported twice: one story


def test_ingest_folder_skips_an_id_stored_with_another_text(folder: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "x.duckdb") as store:
        other = make_doc("a", ["RUS TUR 111 2015-11-25 day"])
        store.write([other], list(fake_code([other])))
        summary = store.ingest_folder(folder)
    assert (summary.documents_new, summary.documents_failed) == (1, 1)
    assert "a is stored with another text" in summary.failures[0].problem


def test_a_folder_without_documents_is_refused(folder: Path, tmp_path: Path) -> None:
    for part in (folder / "documents").iterdir():
        part.unlink()
    with Store(tmp_path / "x.duckdb") as store, pytest.raises(InputError, match="realpolitik import"):
        store.ingest_folder(folder)


def test_open_reads_a_folder_for_analysis(folder: Path) -> None:
    assert is_event_folder(folder) and not is_event_folder(folder / "documents" / "missing")
    store = realpolitik.open(folder)
    assert store.dyads(period="year")["events"].sum() == 2  # three mentions, two stories (the downing twice)
    with pytest.raises(StoreError, match="read-only"):
        store.ingest_folder(folder)
