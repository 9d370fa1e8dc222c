"""The event store: schema, idempotent batched writes, crash-resume, busy file, stories, queries."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import types
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from realpolitik import limits
from realpolitik import store as store_module
from realpolitik.documents import batches
from realpolitik.errors import (
    DatabaseBusyError,
    ModelNotFoundError,
    QueryError,
    StoreError,
)
from realpolitik.records import Document, DocumentDate, Event, EventActor
from realpolitik.store import EVENT_COLUMNS, STORY_COLUMNS, Store

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"

# Quad class and Goldstein score of the CAMEO codes the fake documents use.
FAKE_CODES = {
    "010": (1, 0.0, ""),  # a statement: no PLOVER event
    "042": (1, 1.9, "CONSULT"),
    "057": (1, 8.0, "AGREE"),
    "070": (2, 7.0, "AID"),
    "111": (3, -2.0, "ACCUSE"),
    "125": (3, -5.0, "REJECT"),
    "190": (4, -10.0, "ASSAULT"),
    "195": (4, -10.0, "ASSAULT"),
}


def fake_code(documents: Sequence[Document]) -> Iterable[Event]:
    """A stand-in coder reading one act per line: ``SRC TGT CAMEO [YYYY-MM-DD PRECISION [MODALITY]]``
    (TGT "-": no target).

    Codes are CAMEO-style actor codes; the first three letters are the country unless the code
    is an organisation (EU, NATO).  Lines starting with "#" are prose and code nothing.
    """
    for doc in documents:
        start = 0
        for index, line in enumerate(doc.text.split("\n")):
            end = start + len(line)
            fields = line.split()
            if fields and not line.startswith("#"):
                if fields[0] == "CRASH":
                    raise RuntimeError("the fake coder was told to fail here")
                src, tgt, cameo = fields[:3]
                when = date.fromisoformat(fields[3]) if len(fields) > 3 else doc.date.value
                precision = fields[4] if len(fields) > 4 else "doc"
                modality = fields[5] if len(fields) > 5 else "asserted"
                quad, goldstein, plover = FAKE_CODES[cameo]
                trigger = start + len(src) + 1 + len(tgt) + 1
                yield Event(
                    doc_id=doc.id,
                    doc_date=doc.date.value,
                    sentence_index=index,
                    sentence=line,
                    span=(start, end),
                    date=when,
                    date_precision=precision,
                    source=_actor(src, start),
                    target=None if tgt == "-" else _actor(tgt, start + len(src) + 1),
                    cameo=cameo,
                    quad_class=quad,
                    goldstein=goldstein,
                    plover_event=plover,
                    plover_mode=None,
                    modality=modality,
                    trigger_text=cameo,
                    trigger_span=(trigger, trigger + len(cameo)),
                )
            start = end + 1


def _actor(code: str, at: int) -> EventActor:
    country = None if code in ("EU", "NATO") else code[:3]
    return EventActor(code, code, country, (at, at + len(code)))


def make_doc(doc_id: str, lines: Sequence[str], published: date | None = date(2015, 12, 1)) -> Document:
    when = DocumentDate.given(published) if published else DocumentDate.unknown()
    return Document(id=doc_id, text="\n".join(lines), date=when, source=f"{doc_id}.txt")


def write_docs(folder: Path, docs: dict[str, Sequence[str]]) -> list[Path]:
    """Write fake documents as JSON Lines input (id, text, date) for ingest."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "docs.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for doc_id, lines in docs.items():
            f.write(json.dumps({"id": doc_id, "text": "\n".join(lines), "date": "2015-12-01"}) + "\n")
    return [path]


SU24 = {  # the same downing reported by two articles: dated in one, undated in the other
    "a": ["TUR RUSMIL 190 2015-11-24 day", "BLRGOV TUR 042 2015-11-26 day"],
    "b": ["# Minsk offered mediation", "TUR RUSMIL 195"],
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def table(store: Store) -> pd.DataFrame:
    return store.events(modality=None).sort_values("event_id").reset_index(drop=True)


# -- schema and writes ---------------------------------------------------------------


def test_new_store_has_the_schema_and_version(store: Store) -> None:
    store.close()
    with Store(store.path, read_only=True) as reader:
        tables = set(reader.sql("SELECT table_name FROM information_schema.tables")["table_name"])
        assert {"documents", "events", "actors", "meta", "imports"} <= tables
        assert reader.sql("SELECT value FROM meta WHERE key = 'schema_version'")["value"].tolist() == ["2"]


def test_write_stores_documents_and_flattened_events(store: Store) -> None:
    doc = make_doc("a", SU24["a"])
    events = list(fake_code([doc]))
    assert store.write([doc], events) == 1
    got = store.events()
    assert list(got.columns) == EVENT_COLUMNS
    first = got.iloc[0]
    assert (first.source_code, first.source_country, first.target_code, first.target_country) == (
        "TUR", "TUR", "RUSMIL", "RUS",
    )  # fmt: skip
    assert (first.cameo, first.root, first.quad_class, first.goldstein) == ("190", "19", 4, -10.0)
    text = store.document("a")["text"]
    assert text[first.source_start : first.source_end] == "TUR"
    assert text[first.sent_start : first.sent_end] == first.sentence
    assert first.date == pd.Timestamp("2015-11-24")
    assert store.documents()["n_events"].tolist() == [2]


def test_write_twice_stores_once(store: Store) -> None:
    docs = [make_doc("a", SU24["a"]), make_doc("b", SU24["b"])]
    events = list(fake_code(docs))
    assert store.write(docs, events) == 2
    before = table(store)
    assert store.write(docs, events) == 0
    pd.testing.assert_frame_equal(table(store), before)
    assert len(store.documents()) == 2


def test_same_text_under_another_id_is_a_duplicate(store: Store) -> None:
    doc = make_doc("a", SU24["a"])
    store.write([doc], list(fake_code([doc])))
    copy = make_doc("a-copy", SU24["a"])
    assert store.write([copy], list(fake_code([copy]))) == 0
    assert store.documents()["doc_id"].tolist() == ["a"]


def test_taken_id_with_other_text_is_refused_by_write(store: Store) -> None:
    store.write([make_doc("a", SU24["a"])], [])
    with pytest.raises(StoreError, match="a.*different text"):
        store.write([make_doc("a", SU24["b"])], [])


def test_events_without_their_document_are_refused(store: Store) -> None:
    doc = make_doc("a", SU24["a"])
    with pytest.raises(StoreError, match="not in the batch: a"):
        store.write([], list(fake_code([doc])))


@pytest.mark.parametrize(
    "change",
    [{"goldstein": 11.0}, {"quad_class": 5}, {"modality": "maybe"}, {"date_precision": "week"}],
)
def test_events_outside_the_contract_are_refused(store: Store, change: dict) -> None:
    doc = make_doc("a", SU24["a"])
    events = [dataclasses.replace(e, **change) for e in fake_code([doc])]
    with pytest.raises(StoreError, match="breaks the store's rules"):
        store.write([doc], events)
    assert store.documents().empty


def test_a_failing_batch_leaves_nothing_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = make_doc("a", SU24["a"])

    def boom(con: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_restory", lambda self, con: boom(con))
    with pytest.raises(RuntimeError):
        store.write([doc], list(fake_code([doc])))
    assert store.documents().empty and table(store).empty


def test_read_only_store_refuses_writes_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no event store at"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    Store(tmp_path / "t.duckdb").close()
    with Store(tmp_path / "t.duckdb", read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.write([make_doc("a", SU24["a"])], [])


def test_other_schema_versions_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store(path)


def test_actors_view_collects_texts_and_counts(store: Store) -> None:
    docs = [make_doc("a", SU24["a"]), make_doc("b", SU24["b"])]
    store.write(docs, list(fake_code(docs)))
    tur = store.actors().set_index("code").loc["TUR"]
    assert tur.mentions == 3 and list(tur.texts) == ["TUR"]
    assert tur.first_seen == pd.Timestamp("2015-11-24") and tur.last_seen == pd.Timestamp("2015-12-01")


# -- ingest ---------------------------------------------------------------------------


def fake_documents(paths: Iterable[str | Path], *, date: date | None = None, on_error=None) -> Iterable[Document]:
    """Stand-in for realpolitik.documents.iter_documents over the JSON Lines written above."""
    import json

    from realpolitik.errors import InputError

    for path in map(Path, paths):
        if not path.exists():
            error = InputError(str(path), "no such file")
            if on_error is None:
                raise error
            on_error(error)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield make_doc(record["id"], record["text"].split("\n"), pd.Timestamp(record["date"]).date())


@pytest.fixture
def fake_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read the fake documents verbatim (the real reader cleans text, which is not under test here)."""
    monkeypatch.setitem(sys.modules, "realpolitik.documents", types.SimpleNamespace(iter_documents=fake_documents, batches=batches))


def test_ingest_counts_new_skipped_and_failed(tmp_path: Path, store: Store, fake_reader: None) -> None:
    paths = write_docs(tmp_path / "in", {"a": SU24["a"], "b": SU24["b"], "bad": ["CRASH here"]})
    summary = store.ingest([*paths, tmp_path / "nope.txt"], coder=fake_code, progress=False, batch_size=2)
    assert (summary.documents_new, summary.documents_skipped, summary.documents_failed) == (2, 0, 2)
    assert summary.events == 3
    problems = " ".join(f.problem for f in summary.failures)
    assert "coding bad failed: RuntimeError" in problems
    assert not summary.nothing_read
    again = store.ingest(paths, coder=fake_code, progress=False)
    assert (again.documents_new, again.documents_skipped, again.events) == (0, 2, 0)
    assert again.skipped[0].stored_as == "a"
    assert [f.problem.split(":")[0] for f in again.failures] == ["coding bad failed"]  # tried again


def test_ingest_renames_a_taken_id_with_other_text(tmp_path: Path, store: Store, fake_reader: None) -> None:
    store.ingest(write_docs(tmp_path / "one", {"a": SU24["a"]}), coder=fake_code, progress=False)
    summary = store.ingest(write_docs(tmp_path / "two", {"a": SU24["b"]}), coder=fake_code, progress=False)
    (old, new), = summary.renamed
    assert old == "a" and new.startswith("a-")
    assert sorted(store.documents()["doc_id"]) == ["a", new]
    assert set(store.events(doc_id=new)["doc_id"]) == {new}


def test_a_coder_that_cannot_start_stops_the_ingest(tmp_path: Path, store: Store, fake_reader: None) -> None:
    def no_model(documents: Sequence[Document]) -> list[Event]:
        raise ModelNotFoundError("spaCy model 'xx' is not installed: python -m spacy download xx")

    paths = write_docs(tmp_path / "in", {"a": SU24["a"], "b": SU24["b"]})
    with pytest.raises(ModelNotFoundError, match="not installed"):
        store.ingest(paths, coder=no_model, progress=False)
    assert store.documents().empty


def test_nothing_read_when_every_file_fails(tmp_path: Path, store: Store, fake_reader: None) -> None:
    summary = store.ingest([tmp_path / "nope.txt"], coder=fake_code, progress=False)
    assert summary.nothing_read and summary.failures[0].problem


# -- crash-resume and a busy database (real subprocesses) -------------------------------

MANY = {
    f"d{i:04d}": [f"# report {i}", f"BLRGOV RUS {('042', '111', '070')[i % 3]} 2015-{1 + i % 12:02d}-{1 + i % 27:02d} day",
                  f"RUS BLR 125 2016-0{1 + i % 9}-15 day", "TUR RUSMIL 195"]
    for i in range(400)
}  # fmt: skip

RUNNER = """
import sys, time
sys.path[:0] = [{tests!r}, {src!r}]
import test_store
from realpolitik.documents import batches
from realpolitik.store import Store

def slow_coder(docs):
    time.sleep({pause})
    events = list(test_store.fake_code(docs))
    print("coded", flush=True)  # the batch before this one is committed
    return events

import types
sys.modules["realpolitik.documents"] = types.SimpleNamespace(iter_documents=test_store.fake_documents, batches=batches)
with Store({db!r}) as store:
    print("started", flush=True)
    summary = store.ingest({paths!r}, coder=slow_coder, progress=False, batch_size=8)
    print("done", summary.documents_new, flush=True)
"""


def start_ingest(db: Path, paths: list[Path], pause: float) -> subprocess.Popen:
    script = RUNNER.format(tests=str(TESTS), src=str(SRC), db=str(db), paths=[str(p) for p in paths], pause=pause)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_batches(proc: subprocess.Popen, committed: int) -> None:
    """Read the runner's output until ``committed`` batches are surely in the store."""
    assert proc.stdout.readline().strip() == "started"
    for _ in range(committed + 1):
        if proc.stdout.readline().strip() != "coded":
            pytest.fail(f"the ingest ended early: {proc.stderr.read()}")


def test_kill_9_mid_ingest_then_rerun_stores_everything_once(tmp_path: Path) -> None:
    paths = write_docs(tmp_path / "in", MANY)
    clean_db = tmp_path / "clean.duckdb"
    crashed_db = tmp_path / "crashed.duckdb"
    proc = start_ingest(crashed_db, paths, pause=0.02)
    wait_for_batches(proc, 5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(crashed_db, read_only=True) as partial:
        stored = len(partial.documents())
    assert 5 * 8 <= stored < len(MANY)
    for db in (crashed_db, clean_db):
        rerun = start_ingest(db, paths, pause=0)
        out, errors = rerun.communicate(timeout=600)
        assert rerun.returncode == 0, errors
        assert out.splitlines()[-1] == f"done {len(MANY) - stored if db == crashed_db else len(MANY)}"
    with Store(crashed_db, read_only=True) as crashed, Store(clean_db, read_only=True) as clean:
        assert sorted(crashed.documents()["doc_id"]) == sorted(MANY)
        pd.testing.assert_frame_equal(table(crashed), table(clean))
        pd.testing.assert_frame_equal(crashed.stories(modality=None), clean.stories(modality=None))


def test_second_writer_gets_database_busy(tmp_path: Path) -> None:
    paths = write_docs(tmp_path / "in", MANY)
    db = tmp_path / "busy.duckdb"
    proc = start_ingest(db, paths, pause=0.05)
    try:
        wait_for_batches(proc, 1)
        with pytest.raises(DatabaseBusyError, match=r"database is busy: another realpolitik process is writing to .*busy\.duckdb; wait"):
            Store(db)
    finally:
        proc.kill()
        proc.wait()
    with Store(db, read_only=True) as after:  # the killed writer left a readable store
        assert len(after.documents()) >= 1


# -- a long document: its events streamed to the store in one transaction -------------------

LONG = [f"BLRGOV RUS {('042', '111', '070')[i % 3]} 2015-{1 + i % 12:02d}-{1 + i % 27:02d} day" for i in range(120)]


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document over 200 characters counts as long: parsed in pieces, its events streamed."""
    shipped = limits.load_limits()
    monkeypatch.setattr(limits, "load_limits", lambda: dataclasses.replace(shipped, chunk_chars=200))


def test_a_document_written_in_groups_is_stored_as_one_batch_would_store_it(tmp_path: Path) -> None:
    doc = make_doc("long", LONG)
    # each event twice in a row, as two mentions of one act in a sentence: a group never splits them
    twice = [e for e in fake_code([doc]) for _ in (0, 1)]
    with Store(tmp_path / "whole.duckdb") as whole, Store(tmp_path / "groups.duckdb") as groups:
        assert whole.write([doc], twice) == 1
        assert groups.write_document(doc, iter(twice), rows=3) == (1, len(LONG))
        assert groups.write_document(doc, iter(twice), rows=3) == (0, 0)  # stored once
        pd.testing.assert_frame_equal(table(groups), table(whole))
        stored = [s.documents().drop(columns="ingested_at") for s in (whole, groups)]
        pd.testing.assert_frame_equal(*stored)
        assert stored[0].n_events.tolist() == [len(LONG)]


def test_a_long_document_failing_midway_stores_nothing_and_the_others_are_stored(
        tmp_path: Path, store: Store, fake_reader: None, small_pieces: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "EVENT_ROWS", 10)
    inserted: list[int] = []
    insert = Store._insert_events
    monkeypatch.setattr(Store, "_insert_events", staticmethod(lambda con, events: inserted.append(len(events)) or insert(con, events)))
    docs = {"a": SU24["a"], "long": [*LONG[:60], "CRASH", *LONG[60:]], "b": SU24["b"]}
    summary = store.ingest(write_docs(tmp_path / "in", docs), coder=fake_code, progress=False, batch_size=2)
    assert len(inserted) >= 6  # the long document's first groups went in before it failed
    assert (summary.documents_new, summary.events) == (2, 3)
    assert [f.problem.split(":")[0] for f in summary.failures] == ["coding long failed"]
    assert sorted(store.documents()["doc_id"]) == ["a", "b"] and store.events(doc_id="long", modality=None).empty
    docs["long"] = LONG
    again = store.ingest(write_docs(tmp_path / "fixed", docs), coder=fake_code, progress=False)
    assert (again.documents_new, again.events) == (1, len(LONG))
    assert store.documents().set_index("doc_id").n_events["long"] == len(LONG)


LONG_RUNNER = """
import dataclasses, sys, time, types
sys.path[:0] = [{tests!r}, {src!r}]
import test_store
from realpolitik import limits, store as store_module
from realpolitik.documents import batches
from realpolitik.store import Store

shipped = limits.load_limits()
limits.load_limits = lambda: dataclasses.replace(shipped, chunk_chars=200)
store_module.EVENT_ROWS = 10

def stalling_coder(docs):
    for n, event in enumerate(test_store.fake_code(docs)):
        if n == 50:
            print("halfway", flush=True)  # four groups of ten are staged, each committed
            time.sleep(600)
        yield event

sys.modules["realpolitik.documents"] = types.SimpleNamespace(iter_documents=test_store.fake_documents, batches=batches)
with Store({db!r}) as store:
    store.ingest({paths!r}, coder=stalling_coder, progress=False)
"""


def test_kill_9_in_the_middle_of_a_long_document_leaves_none_of_it(
        tmp_path: Path, fake_reader: None, small_pieces: None) -> None:
    paths = write_docs(tmp_path / "in", {"long": LONG})
    crashed_db, clean_db = tmp_path / "crashed.duckdb", tmp_path / "clean.duckdb"
    script = LONG_RUNNER.format(tests=str(TESTS), src=str(SRC), db=str(crashed_db), paths=[str(p) for p in paths])
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "halfway", proc.stderr.read()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with Store(crashed_db, read_only=True) as crashed:
        assert crashed.documents().empty and crashed.events(modality=None).empty
        # its first groups were committed on their own (not held in one open transaction)
        assert crashed.sql("SELECT count(*) AS n FROM staged_events")["n"].tolist() == [40]
    for db in (crashed_db, clean_db):
        with Store(db) as rerun:
            assert rerun.ingest(paths, coder=fake_code, progress=False).documents_new == 1
    with Store(crashed_db, read_only=True) as crashed, Store(clean_db, read_only=True) as clean:
        pd.testing.assert_frame_equal(table(crashed), table(clean))
        assert crashed.sql("SELECT count(*) AS n FROM staged_events")["n"].tolist() == [0]


def test_rows_staged_by_a_write_that_did_not_finish_are_cleared_by_the_next(store: Store) -> None:
    left = make_doc("left", ["TUR RUSMIL 190 2015-11-24 day"])
    store._con.execute(store_module._STAGING_DDL)  # as a killed ingest leaves them
    store._con.register("leftover", store_module._event_table(list(fake_code([left]))))
    store._con.execute("INSERT INTO staged_events BY NAME SELECT * FROM leftover")
    store._con.execute("INSERT INTO staged_stories SELECT event_id, 'stale' FROM leftover")
    docs = [make_doc("a", SU24["a"]), make_doc("b", SU24["b"])]
    assert store.write(docs, list(fake_code(docs))) == 2
    assert sorted(set(table(store).doc_id)) == ["a", "b"] and "stale" not in set(table(store).story_id)
    assert store._con.execute("SELECT (SELECT count(*) FROM staged_events) + (SELECT count(*) FROM staged_stories)").fetchall() == [(0,)]


def test_story_ids_computed_in_small_batches_are_those_of_one_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = [make_doc("a", SU24["a"]), make_doc("long", LONG)]
    later = [make_doc("b", SU24["b"]), make_doc("c", ["TUR RUS 190 2015-11-25 day", "BLR TUR 042"])]
    stores = []
    for rows in (store_module.STORY_ROWS, 1):
        monkeypatch.setattr(store_module, "STORY_ROWS", rows)  # 1: every group of mentions alone
        with Store(tmp_path / f"{rows}.duckdb") as store:
            store.write(first, list(fake_code(first)))
            store.write(later, list(fake_code(later)))  # changes story ids of stored events
            stores.append(table(store))
    pd.testing.assert_frame_equal(*stores)
    assert stores[0].story_id.notna().all() and stores[0].story_id.nunique() < len(stores[0])


# -- stories ---------------------------------------------------------------------------


def test_the_same_act_in_two_articles_is_one_story(store: Store) -> None:
    docs = [make_doc("a", SU24["a"]), make_doc("b", SU24["b"], published=date(2016, 1, 15))]
    store.write(docs, list(fake_code(docs)))
    downing = store.events(actor="TUR", dyad="TUR,RUS")
    assert len(downing) == 2 and downing["story_id"].nunique() == 1
    story = store.stories(dyad="TUR,RUS").iloc[0]
    assert story.mentions == 2 and story.doc_ids == ["a", "b"] and story.date == pd.Timestamp("2015-11-24")
    assert list(store.stories().columns) == STORY_COLUMNS


def test_story_ids_do_not_depend_on_the_order_of_batches(tmp_path: Path) -> None:
    docs = [make_doc(k, MANY[k]) for k in list(MANY)[:30]] + [make_doc("a", SU24["a"]), make_doc("b", SU24["b"])]
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "two.duckdb") as two:
        one.write(docs, list(fake_code(docs)))
        for doc in reversed(docs):
            two.write([doc], list(fake_code([doc])))
        pd.testing.assert_frame_equal(table(one), table(two))


# -- queries ---------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    docs = [
        make_doc("a", SU24["a"]),
        make_doc("b", SU24["b"], published=date(2016, 1, 15)),
        make_doc("c", ["BLRGOV RUSGOV 125 2014-03-05 day", "RUS BLR 070 2014-05-01 month hypothetical",
                       "EU BLR 111 2020-08-20 day", "BLR DEU 057 2016-02-01 day"]),
    ]  # fmt: skip
    store.write(docs, list(fake_code(docs)))
    return store


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["TUR>RUSMIL", "BLRGOV>TUR", "TUR>RUSMIL", "BLRGOV>RUSGOV", "BLR>DEU", "EU>BLR"]),
        ({"dyad": "BLR,RUS"}, ["BLRGOV>RUSGOV"]),
        ({"dyad": "RUS,BLR", "directed": True}, []),
        ({"dyad": "RUS,BLR", "modality": None}, ["BLRGOV>RUSGOV", "RUS>BLR"]),
        ({"dyad": "BLR,WEST"}, ["BLR>DEU", "EU>BLR"]),
        ({"actor": "blrgov"}, ["BLRGOV>TUR", "BLRGOV>RUSGOV"]),
        ({"country": "TUR"}, ["TUR>RUSMIL", "BLRGOV>TUR", "TUR>RUSMIL"]),
        ({"since": 2016}, ["TUR>RUSMIL", "BLR>DEU", "EU>BLR"]),  # b's undated mention: b's date
        ({"since": "2015-11-25", "until": "2015"}, ["BLRGOV>TUR"]),
        ({"until": date(2014, 12, 31)}, ["BLRGOV>RUSGOV"]),
        ({"event_type": "19"}, ["TUR>RUSMIL", "TUR>RUSMIL"]),
        ({"event_type": "reject,AGREE"}, ["BLRGOV>RUSGOV", "BLR>DEU"]),
        ({"modality": "hypothetical"}, ["RUS>BLR"]),
        ({"doc_id": "b"}, ["TUR>RUSMIL"]),
        ({"limit": 1}, ["BLRGOV>RUSGOV"]),  # the earliest
    ],
)  # fmt: skip
def test_event_filters(filled: Store, filters: dict, expected: list[str]) -> None:
    got = filled.events(**filters)
    assert sorted(got["source_code"] + ">" + got["target_code"]) == sorted(expected)


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"dyad": "BLR"}, "two sides"),
        ({"since": "March 2014"}, "not a date"),
        ({"modality": "maybe"}, "unknown modality .maybe.; use one of asserted"),
    ],
)
def test_bad_filters_say_what_is_wrong(filled: Store, filters: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        filled.events(**filters)


def test_filters_are_parameters_not_sql(filled: Store) -> None:
    assert filled.events(doc_id="X' OR '1'='1").empty
    with pytest.raises(QueryError, match="unknown country or actor"):
        filled.events(actor="X' OR '1'='1")
    assert len(filled.events()) == 6


def test_dyads_count_stories_by_default(filled: Store) -> None:
    years = filled.dyads(period="year")
    tur = years[(years.source_country == "TUR") & (years.target_country == "RUS")].iloc[0]
    assert (tur.events, tur.q4, tur.goldstein_sum, tur.net_cooperation) == (1, 1, -10.0, -1.0)
    mentions_ = filled.dyads(period="year", unit="mentions")
    assert mentions_[(mentions_.source_country == "TUR") & (mentions_.target_country == "RUS")]["events"].sum() == 2


@pytest.fixture
def reader(filled: Store) -> Iterable[Store]:
    filled.close()
    with Store(filled.path, read_only=True) as store:
        yield store


def test_sql_reads_and_refuses_writes(reader: Store) -> None:
    assert reader.sql("SELECT count(*) AS n FROM events").n.tolist() == [7]
    for statement in ["DELETE FROM events", "DROP TABLE events", "SELECT 1; DELETE FROM events",
                      "COPY events TO 'x.csv'", "ATTACH 'other.duckdb'", "PRAGMA enable_profiling"]:  # fmt: skip
        with pytest.raises(QueryError):
            reader.sql(statement)
    assert reader.sql("SELECT count(*) AS n FROM events").n.tolist() == [7]
    with pytest.raises(QueryError, match="no_such_table"):
        reader.sql("SELECT * FROM no_such_table")


def test_sql_needs_a_read_only_store(filled: Store) -> None:
    with pytest.raises(QueryError, match="read_only=True"):
        filled.sql("SELECT count(*) FROM events")


# Statements that pass a first-word check but reach files, other databases or the network: the
# read-only connection itself must refuse them (found by trying to break `sql`, 2026-12-04).
ESCAPES = [
    "EXPLAIN ANALYZE COPY (SELECT 'gone' AS x) TO '{victim}' (FORMAT csv)",
    "EXPLAIN ANALYZE COPY (SELECT 'echo owned' AS x) TO '{dir}/run.sh' (FORMAT csv, HEADER false)",
    "SELECT * FROM read_text('{victim}')",
    "SELECT * FROM read_csv('{victim}')",
    "SELECT * FROM glob('{dir}/*')",
    "EXPLAIN ANALYZE INSTALL httpfs",
    "EXPLAIN ANALYZE ATTACH '{dir}/other.duckdb'",
    "EXPLAIN ANALYZE SET enable_external_access = true",
]


@pytest.mark.parametrize("statement", ESCAPES)
def test_sql_reaches_no_file_and_no_network(reader: Store, tmp_path: Path, statement: str) -> None:
    victim = tmp_path / "victim.duckdb"
    victim.write_bytes(b"another event store")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(QueryError):
        reader.sql(statement.format(victim=victim, dir=tmp_path))
    assert victim.read_bytes() == b"another event store"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_one_store_serves_several_threads(filled: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def query(i: int) -> int:
        return len(filled.events(dyad="TUR,RUS")) + len(filled.stories()) + (filled.document("a") is not None)

    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(query, range(40))) == {2 + 5 + 1}


class _Fingerprinted:
    """A fake coder that says which coder it is, as realpolitik.Coder does."""

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint

    def __call__(self, documents: Sequence[Document]) -> list[Event]:
        return list(fake_code(documents))


def test_ingest_records_the_coder_and_says_when_it_changed(store: Store, tmp_path: Path) -> None:
    first = store.ingest(write_docs(tmp_path / "one", {"a": SU24["a"]}), coder=_Fingerprinted("coder-1"), progress=False)
    assert first.coder == "coder-1" and first.stale_coder is None
    same = store.ingest(write_docs(tmp_path / "two", {"b": SU24["b"]}), coder=_Fingerprinted("coder-1"), progress=False)
    assert same.stale_coder is None
    other = store.ingest(write_docs(tmp_path / "three", {"c": ["BLR RUS 120 2014-03-05 day"]}),
                         coder=_Fingerprinted("coder-2"), progress=False)
    assert other.stale_coder == "coder-1"
    assert any("coded by another coder (coder-1, now coder-2)" in line for line in other.lines())


def test_a_reopened_store_takes_a_write_at_once(tmp_path: Path) -> None:
    """DuckDB 2 refuses work on a connection with rows left unread; opening must read them all."""
    db = tmp_path / "reopened.duckdb"
    with Store(db) as store:
        store.write([], [])
    docs = [make_doc("a", SU24["a"])]
    with Store(db) as store:
        assert store.write(docs, list(fake_code(docs))) == 1


def test_events_filtered_by_quad_class_dataset_and_words(south_asia: Path) -> None:
    with Store(south_asia, read_only=True) as s:
        assert set(s.events(quad_class="3", modality=None)["cameo"]) == {"111", "125"}
        assert s.count(quad_class=[1, 2], modality=None) == 5
        accord = s.events(text='"water-sharing accord" india', modality=None)
        assert accord["cameo"].tolist() == ["057"]
        assert s.count(text="WATER nowhere", modality=None) == 0
        assert s.count(dataset="realpolitik", modality=None) == s.count(modality=None) == 10


def test_events_page_through_with_limit_and_offset(south_asia: Path) -> None:
    with Store(south_asia, read_only=True) as s:
        every = s.events(modality=None)["event_id"].tolist()
        pages = [s.events(modality=None, limit=4, offset=o)["event_id"].tolist() for o in (0, 4, 8)]
    assert [e for p in pages for e in p] == every and [len(p) for p in pages] == [4, 4, 2]


def test_facets_count_events_per_value(south_asia: Path) -> None:
    with Store(south_asia, read_only=True) as s:
        countries = s.facet("country", modality=None)
        quads = s.facet("quad_class", country="PAK", modality=None)
        years = s.facet("year", modality=None)
        top = s.facet("actor", top=2, modality=None)
    assert dict(zip(countries["value"], countries["events"], strict=True)) == {"IND": 8, "PAK": 5, "USA": 3, "CHN": 2, "EU": 1}
    assert dict(zip(quads["value"], quads["events"], strict=True)) == {3: 3, 1: 1, 2: 1}
    assert dict(zip(years["value"], years["events"], strict=True)) == {2023: 4, 2024: 5}  # the undated one has no year
    assert top["value"].tolist() == ["IND", "INDGOV"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"quad_class": "5"}, "unknown quad class .*'5'; use one of 1, 2, 3, 4"),
        ({"dataset": "gdelt"}, "unknown dataset 'gdelt'; use one of realpolitik"),
        ({"text": None, "country": "Indai"}, "did you mean"),
    ],
)
def test_an_unknown_filter_value_names_the_choices(south_asia: Path, filters: dict, message: str) -> None:
    from realpolitik.errors import ChoiceError

    with Store(south_asia, read_only=True) as s, pytest.raises(ChoiceError, match=message):
        s.count(**filters)


def test_an_unknown_facet_names_the_facets(south_asia: Path) -> None:
    from realpolitik.errors import ChoiceError

    with Store(south_asia, read_only=True) as s, pytest.raises(ChoiceError, match="use one of actor, country"):
        s.facet("colour")
