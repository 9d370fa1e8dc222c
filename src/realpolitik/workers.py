"""Coding on every core: worker processes that load the coder once each and code documents in chunks.

The parent reads the documents, hands them out in chunks and takes the results back in input order,
with at most two chunks per worker in flight, so memory stays flat however long the input is and the
output is the one a single process gives.  A worker that dies (a parser crash, the memory killer) takes
its chunk with it: that chunk is coded again one document per task in a fresh pool, so the document
that kills a worker is the one reported, and the rest goes on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.connection
import os
import pickle
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import batches
from .errors import WorkerCrashError
from .limits import load_limits
from .prefilter import FilterCounts
from .records import Document, Event

# Anything with ``code(documents, on_error=…)`` made in the worker from a picklable factory.
CoderFactory = Callable[[], Any]
ErrorHandler = Callable[[Document, Exception], None]


@dataclass(frozen=True)
class CodedChunk:
    """What a worker hands back for a chunk: the documents it coded, their events in order, and
    the documents it failed on with their errors."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    failures: tuple[tuple[Document, Exception], ...] = ()
    kept: int = 0  # sentences the prefilter kept and dropped in this chunk
    dropped: int = 0
    spilled: str | None = None  # a long document's events, in a file the worker wrote piece by piece

    def all_events(self) -> Iterator[Event]:
        """The chunk's events, a spilled file's read back a group at a time (and then deleted)."""
        yield from self.events
        if self.spilled is not None:
            yield from _read_spilled(self.spilled)

    @classmethod
    def joined(cls, parts: Iterable[CodedChunk]) -> CodedChunk:
        parts = list(parts)
        return cls(*(tuple(itertools.chain.from_iterable(getattr(p, f) for p in parts))
                     for f in ("documents", "events", "failures")),
                   kept=sum(p.kept for p in parts), dropped=sum(p.dropped for p in parts),
                   spilled=next((p.spilled for p in parts if p.spilled), None))  # a long document is alone


_coder: Any = None  # the worker's own coder, made once by _start_worker
_spill_dir: str | None = None  # where the worker writes a long document's events (the pool's folder)
SPILL_GROUP = 1000  # events per pickle in a spilled file


def _start_worker(factory: CoderFactory, spill_dir: str) -> None:
    global _coder, _spill_dir  # one coder per worker process, for every chunk it takes
    _coder = factory()
    _spill_dir = spill_dir
    threading.Thread(target=_exit_with_parent, daemon=True).start()


def _exit_with_parent() -> None:
    """A parent killed outright (``kill -9``) cannot stop its workers, and the task queue they
    wait on never closes: each worker watches its parent and leaves with it."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)


def _code_chunk(documents: list[Document]) -> CodedChunk:
    return code_chunk(_coder, documents, spill_dir=_spill_dir)


def code_chunk(coder: Any, documents: list[Document], *, spill_dir: str | None = None) -> CodedChunk:
    """``documents`` coded by ``coder`` as a worker hands them back: failures caught, errors made
    picklable, the prefilter's counts of this chunk; with ``spill_dir``, a long document's events
    in a file there."""
    failures: list[tuple[Document, Exception]] = []
    counts = getattr(coder, "filter_counts", None)
    before = (counts.kept, counts.dropped) if counts else (0, 0)
    coded = coder.code(documents, on_error=lambda d, e: failures.append((d, _picklable(e))))
    # a long document comes alone (batches(…, alone_over=)): its events go to a file as they come,
    # never all held here nor sent back whole; it is handed over only once coded without error
    alone_and_long = len(documents) == 1 and load_limits().in_pieces(documents[0])
    spilled = _spill(coded, spill_dir) if spill_dir and alone_and_long else None
    events = () if spilled else tuple(coded)
    if spilled and failures:
        os.unlink(spilled)
        spilled = None
    failed = {id(d) for d, _ in failures}
    after = (counts.kept, counts.dropped) if counts else (0, 0)
    return CodedChunk(tuple(d for d in documents if id(d) not in failed), events, tuple(failures),
                      kept=after[0] - before[0], dropped=after[1] - before[1], spilled=spilled)


def _spill(events: Iterable[Event], folder: str) -> str:
    """Write ``events`` to a file of ``folder`` (the pool's), ``SPILL_GROUP`` a pickle; returns its path."""
    handle, path = tempfile.mkstemp(suffix=".events", dir=folder)
    events = iter(events)
    with os.fdopen(handle, "wb") as out:
        for group in iter(lambda: tuple(itertools.islice(events, SPILL_GROUP)), ()):
            pickle.dump(group, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _read_spilled(path: str) -> Iterator[Event]:
    try:
        with open(path, "rb") as spilled:
            while True:
                try:
                    group = pickle.load(spilled)
                except EOFError:
                    return
                yield from group
    finally:
        Path(path).unlink(missing_ok=True)


def _picklable(error: Exception) -> Exception:
    """The error itself when it can travel back to the parent, else one that says the same."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any exception type may refuse pickling
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


class WorkerPool:
    """``workers`` processes, each with a coder from ``factory``, coding chunks in input order."""

    def __init__(self, factory: CoderFactory, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.factory = factory
        self.workers = workers
        self._spill_dir = tempfile.mkdtemp(prefix="realpolitik-events-")
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: a fork of a parent holding threads (DuckDB, the progress bar) may deadlock
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.factory, self._spill_dir))

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self._spill_dir, ignore_errors=True)

    def map(self, chunks: Iterable[list[Document]]) -> Iterator[CodedChunk]:
        """Each chunk coded, in the order given; a bounded number of chunks in flight."""
        pending: deque[list] = deque()
        try:
            for chunk in chunks:
                pending.append([chunk, self._pool.submit(_code_chunk, chunk)])
                if len(pending) >= 2 * self.workers:
                    yield self._take(pending)
            while pending:
                yield self._take(pending)
        finally:
            self.close()

    def _take(self, pending: deque[list]) -> CodedChunk:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # every chunk in flight is lost with the pool: find the culprit alone, then resubmit
            self._restart()
            coded = CodedChunk.joined(self._alone(document) for document in chunk)
            for item in pending:
                item[1] = self._pool.submit(_code_chunk, item[0])
            return coded

    def _alone(self, document: Document) -> CodedChunk:
        future: Future = self._pool.submit(_code_chunk, [document])
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            crash = WorkerCrashError(f"{document.source}: the worker coding {document.id} died")
            return CodedChunk((), (), ((document, crash),))


def code_in_workers(factory: CoderFactory, documents: Iterable[Document], *, workers: int, chunk_size: int,
                    on_error: ErrorHandler | None = None, counts: FilterCounts | None = None) -> Iterator[Event]:
    """The events of ``documents`` coded by ``workers`` processes, in document and sentence order;
    a document a worker fails or dies on goes to ``on_error`` (raised without one); what the
    workers' prefilters kept and dropped is added to ``counts``."""
    for chunk in WorkerPool(factory, workers).map(batches(documents, chunk_size, alone_over=load_limits().chunk_chars)):
        if counts is not None:
            counts.add(chunk.kept, chunk.dropped)
        for document, error in chunk.failures:
            if on_error is None:
                raise error
            on_error(document, error)
        yield from chunk.all_events()


def more_than_one_chunk(documents: Iterable[Document], chunk_size: int) -> tuple[bool, Iterator[Document]]:
    """Whether ``documents`` fill more than one chunk (else workers cost more than they save),
    and the same documents, none lost to the look-ahead."""
    documents = iter(documents)
    head = list(itertools.islice(documents, chunk_size + 1))
    return len(head) > chunk_size, itertools.chain(head, documents)
