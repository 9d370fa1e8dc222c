"""Coding in worker processes: the same events, in the same order, as one process; a worker's
crash names the document it was on and the rest goes on."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import realpolitik
from realpolitik.cli import app
from realpolitik.documents import document_from_text, iter_documents
from realpolitik.errors import WorkerCrashError
from realpolitik.limits import load_limits
from realpolitik.records import Document
from realpolitik.store import Store

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


class ShakyCoder:
    """Codes each document into its id; dies on "crash" (as a segfaulting parser would), fails on "bad"."""

    def code(self, documents: Iterable[Document], on_error: Callable[[Document, Exception], None]) -> Iterator[str]:
        for document in documents:
            if document.id == "crash":
                os._exit(3)
            if document.id == "bad":
                on_error(document, ValueError("no parse"))
                continue
            yield document.id


def _documents(*ids: str) -> list[Document]:
    return [document_from_text(f"Kenya and Uganda signed a trade pact ({i}).", doc_id=i, date="2024-05-02") for i in ids]


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path) -> list[Document]:
    return list(iter_documents([corpus_dir, REPO / "examples"]))


@pytest.fixture(scope="module")
def one_process(corpus: list[Document], nlp, actor_dictionary) -> list:
    coder = realpolitik.Coder()
    coder.nlp, coder.actors = nlp, actor_dictionary  # the session's model, loaded once
    return list(coder.code(corpus))


def test_two_workers_code_what_one_process_codes(corpus: list[Document], one_process: list) -> None:
    events = list(realpolitik.Coder().code(corpus, workers=2, chunk_size=3))
    assert len(events) > 100
    assert [e.to_dict() for e in events] == [e.to_dict() for e in one_process]


def test_a_crashed_worker_names_its_document_and_the_rest_goes_on() -> None:
    from realpolitik.workers import code_in_workers

    failed: list[tuple[str, Exception]] = []
    events = code_in_workers(ShakyCoder, _documents("a", "b", "crash", "c", "bad", "d", "e"), workers=2,
                             chunk_size=2, on_error=lambda d, e: failed.append((d.id, e)))
    assert list(events) == ["a", "b", "c", "d", "e"]
    assert [(i, type(e)) for i, e in failed] == [("crash", WorkerCrashError), ("bad", ValueError)]
    assert "the worker coding crash died" in str(failed[0][1])


def test_without_on_error_a_crash_is_raised() -> None:
    from realpolitik.workers import code_in_workers

    with pytest.raises(WorkerCrashError, match="crash"):
        list(code_in_workers(ShakyCoder, _documents("a", "crash", "b"), workers=2, chunk_size=1))


def test_one_chunk_is_coded_in_this_process() -> None:
    from realpolitik.workers import more_than_one_chunk

    few, documents = more_than_one_chunk(iter(_documents("a", "b")), 2)
    many, more = more_than_one_chunk(iter(_documents("a", "b", "c")), 2)
    assert (few, many) == (False, True)
    assert [d.id for d in documents] == ["a", "b"] and [d.id for d in more] == ["a", "b", "c"]


def test_code_command_with_two_workers_prints_what_one_prints(corpus_dir: Path, one_process: list) -> None:
    paths = [str(corpus_dir), str(REPO / "examples")]
    two = runner.invoke(app, ["code", *paths, "--workers", "2"])
    assert two.exit_code == 0, two.output
    printed = [json.loads(line) for line in two.stdout.splitlines()]
    assert printed == [json.loads(json.dumps(e.to_dict(), ensure_ascii=False)) for e in one_process]


def test_ingest_with_two_workers_stores_what_one_stores(corpus_dir: Path, tmp_path: Path) -> None:
    for workers in (1, 2):
        result = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(tmp_path / f"{workers}.duckdb"),
                                     "--batch-size", "2", "--workers", str(workers), "--no-progress"])
        assert result.exit_code == 0, result.output
    one, two = (Store(tmp_path / f"{n}.duckdb").events(modality=None) for n in (1, 2))
    assert len(one) > 50
    assert one.equals(two)


class WordyCoder(ShakyCoder):
    """Codes each document into one "event" per word of its text, "id:n": a long text gives many."""

    def code(self, documents: Iterable[Document], on_error: Callable[[Document, Exception], None]) -> Iterator[str]:
        for document_id in super().code(documents, on_error):
            document = next(d for d in documents if d.id == document_id)
            yield from (f"{document_id}:{n}" for n in range(len(document.text.split())))


def _long(doc_id: str) -> Document:
    """A document over ``chunk_chars``: parsed in pieces, coded alone."""
    return dataclasses.replace(_documents(doc_id)[0], text="Kenya protested. " * (load_limits().chunk_chars // 10))


def test_a_long_documents_events_come_back_from_a_worker_in_a_file_not_whole(tmp_path: Path) -> None:
    from realpolitik import workers

    long = _long("long")
    workers._start_worker(WordyCoder, str(tmp_path))
    try:
        chunk = workers._code_chunk([long])
        short = workers._code_chunk(_documents("a", "b"))
    finally:
        workers._coder = workers._spill_dir = None
    assert chunk.events == () and Path(chunk.spilled).parent == tmp_path  # nothing held or sent back whole
    assert list(chunk.all_events()) == list(WordyCoder().code([long], on_error=None))
    assert not Path(chunk.spilled).exists() and short.spilled is None and len(short.events) > 1


def test_two_workers_give_a_long_documents_events_in_order_and_drop_a_failed_ones(tmp_path: Path) -> None:
    from realpolitik.workers import code_in_workers

    documents = [*_documents("a", "b"), _long("long"), *_documents("c"), _long("bad"), *_documents("d", "e")]
    failed: list[str] = []
    events = list(code_in_workers(WordyCoder, documents, workers=2, chunk_size=2,
                                  on_error=lambda d, e: failed.append(d.id)))
    expected = list(WordyCoder().code([d for d in documents if d.id != "bad"], on_error=None))
    assert len(expected) > 10_000 and events == expected and failed == ["bad"]


class FakeEventCoder:
    """test_store's stand-in coder (one act per line) as workers take it: ``code``, ``factory``."""

    factory = None  # set below: the class itself, which each worker makes for itself

    def code(self, documents: Iterable[Document], on_error: Callable[[Document, Exception], None] | None = None) -> Iterator:
        from test_store import fake_code

        for document in documents:
            yield from fake_code([document])

    def __call__(self, batch: list[Document]) -> list:
        return list(self.code(batch))


FakeEventCoder.factory = FakeEventCoder


def test_ingest_with_two_workers_stores_a_long_document_as_one_process_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from test_store import LONG, SU24, fake_documents, write_docs

    from realpolitik.documents import batches

    monkeypatch.setitem(sys.modules, "realpolitik.documents", types.SimpleNamespace(iter_documents=fake_documents, batches=batches))
    docs = {"a": SU24["a"], "long": LONG * 30, "b": SU24["b"]}
    assert len("\n".join(docs["long"])) > load_limits().chunk_chars  # coded alone, its events spilled by the worker
    paths = write_docs(tmp_path / "in", docs)
    stored = []
    for workers in (1, 2):
        with Store(tmp_path / f"{workers}.duckdb") as store:
            summary = store.ingest(paths, coder=FakeEventCoder(), batch_size=2, workers=workers, progress=False)
            assert (summary.documents_new, summary.failures) == (3, ())
            stored.append(store.events(modality=None).sort_values("event_id").reset_index(drop=True))
    assert len(stored[0]) == 3 + 30 * len(LONG)
    pd.testing.assert_frame_equal(*stored)


class QuietCoder(ShakyCoder):
    """Finds no event; dies on "crash", fails on "bad"."""

    @property
    def factory(self) -> type[QuietCoder]:
        return QuietCoder  # what each worker makes for itself

    def code(self, documents: Iterable[Document], on_error: Callable[[Document, Exception], None]) -> Iterator[str]:
        for _ in super().code(documents, on_error):
            pass  # the shaky coder's crashes and failures, none of its events
        yield from ()

    def __call__(self, batch: list[Document]) -> list:
        raise AssertionError("two workers were asked for: nothing is coded in the writer's process")


def test_ingest_with_workers_lists_the_documents_they_failed_or_died_on(tmp_path: Path) -> None:
    for name in ("a", "crash", "b", "bad", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Kenya and Uganda signed a trade pact on Monday, the ministers said ({name}).")
    with Store(tmp_path / "x.duckdb", read_only=False) as store:
        summary = store.ingest([tmp_path], coder=QuietCoder(), batch_size=1, workers=2, progress=False)
        stored = sorted(store.documents()["doc_id"])
    assert stored == ["a", "b", "c"]
    assert sorted(f.problem.split(":")[0] for f in summary.failures) == ["coding bad failed", "coding crash failed"]
    assert any("WorkerCrashError" in f.problem for f in summary.failures)


class SleepyCoder:
    """Notes its worker's pid in $PID_DIR, then codes nothing for a long while."""

    def code(self, documents: Iterable[Document], on_error: Callable[[Document, Exception], None]) -> Iterator[str]:
        (Path(os.environ["PID_DIR"]) / str(os.getpid())).touch()
        time.sleep(120)
        yield from ()


PARENT = """
import sys
from realpolitik.workers import code_in_workers
from test_workers import SleepyCoder, _documents
if __name__ == "__main__":
    list(code_in_workers(SleepyCoder, _documents("a", "b", "c", "d"), workers=2, chunk_size=1))
"""


def test_workers_leave_with_a_parent_killed_outright(tmp_path: Path) -> None:
    env = {**os.environ, "PID_DIR": str(tmp_path), "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "tests")])}
    # stderr: the killed parent's resource tracker warns of its semaphores, as it should
    parent = subprocess.Popen([sys.executable, "-c", PARENT], env=env, cwd=tmp_path, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = [int(p.name) for p in tmp_path.iterdir()]
        assert len(workers) == 2
    finally:
        parent.kill()  # SIGKILL: no clean-up of any kind in the parent
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").exists() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
