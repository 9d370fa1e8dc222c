"""Coding a corpus of any size into a folder of Parquet partitions, in worker processes on this
machine or on a Dask cluster (``realpolitik code INPUT… --out DIR [--dask SCHEDULER]``).

The documents are read as a stream and cut into partitions of ``partition_size`` documents; a
bounded number of partitions is in flight at a time, so memory does not grow with the input.
Each worker loads the coder once.  Partition N is written as ``DIR/part-N.parquet`` (and its
documents under ``DIR/documents/``): read in name order, the folder holds the events a one-process
run gives, in the same order (``parquet_events``).  A document the coder fails on is reported with
the document, and the rest goes on.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .documents import batches, iter_documents
from .errors import ClusterError, InputError
from .parquet_events import prepare_folder, write_partition
from .pipeline import Coder
from .records import Document
from .workers import CodedChunk, WorkerPool, code_chunk

PARTITION_SIZE = 100  # documents per partition: a few seconds of a worker's time

ErrorHandler = Callable[[Document, Exception], None]


@dataclass(frozen=True)
class PartitionResult:
    """What coding one partition brought: counts and the documents that failed, with why."""

    index: int
    documents: int
    events: int
    failures: tuple[tuple[Document, Exception], ...] = ()
    kept: int = 0  # sentences the prefilter kept and dropped
    dropped: int = 0

    @classmethod
    def of(cls, index: int, chunk: CodedChunk, events: int) -> PartitionResult:
        return cls(index, len(chunk.documents), events, chunk.failures, chunk.kept, chunk.dropped)


@dataclass(frozen=True)
class FolderSummary:
    """What ``code_distributed`` wrote."""

    out: str
    engine: str  # "1 process", "2 worker processes", "dask local:2", "dask tcp://…"
    partitions: int
    documents: int
    failed: int
    events: int
    seconds: float
    kept: int = 0  # sentences the prefilter kept and dropped
    dropped: int = 0

    def lines(self) -> list[str]:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        line = (f"{self.out}: {self.partitions} partitions, {self.documents} documents coded, {self.failed} failed; "
                f"{self.events} events; {self.seconds:.1f}s ({rate:.1f} documents/s, {self.engine})")
        return [line]


def code_distributed(
    inputs: Iterable[str | Path], out: str | Path, *, scheduler: str | None = None, workers: int = 1,
    coder: Coder | None = None, partition_size: int = PARTITION_SIZE, date: datetime.date | None = None,
    on_error: ErrorHandler | None = None, on_input_error: Callable[[InputError], None] | None = None,
) -> FolderSummary:  # fmt: skip
    """Code the documents of ``inputs`` (files, folders, JSON Lines) into the Parquet folder ``out``.

    ``scheduler``: ``"local:N"`` (a Dask LocalCluster of N worker processes) or a Dask scheduler's
    address (``tcp://host:8786``); without it, ``workers`` processes of this machine code.  ``out``
    must be new or empty (on a cluster: a folder every worker can write).  A document the coder
    fails on goes to ``on_error``, a file that cannot be read to ``on_input_error`` (each raised
    without one); a coder that cannot start stops the run."""
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    coder = (coder or Coder()).load()
    folder = prepare_folder(out)
    started = time.monotonic()
    parts = batches(iter_documents(inputs, date=date, on_error=on_input_error), partition_size)
    if scheduler:
        results, engine = _dask_engine()(scheduler, coder, parts, folder), f"dask {scheduler}"
    else:
        results, engine = code_in_processes(coder, parts, folder, workers), _processes(workers)
    totals = [0] * 6
    for result in results:
        _report(result, on_error)
        counts = (1, result.documents, len(result.failures), result.events, result.kept, result.dropped)
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
    partitions, documents, failed, events, kept, dropped = totals
    return FolderSummary(str(folder), engine, partitions, documents, failed, events, time.monotonic() - started,
                         kept, dropped)


def _dask_engine() -> Callable[..., Iterator[PartitionResult]]:
    try:
        from .dask_engine import code_on_dask
    except ModuleNotFoundError as error:  # a dependency, but an environment made by hand may lack it
        raise ClusterError(f"--dask needs Dask's distributed scheduler ({error}): pip install distributed") from None
    return code_on_dask


def _processes(workers: int) -> str:
    return "1 process" if workers == 1 else f"{workers} worker processes"


def code_in_processes(coder: Coder, parts: Iterable[list[Document]], folder: Path, workers: int) -> Iterator[PartitionResult]:
    """Each partition coded here (``workers`` 1) or by worker processes, written by this process."""
    chunks = WorkerPool(coder.factory, workers).map(parts) if workers > 1 else (code_chunk(coder, p) for p in parts)
    for index, chunk in enumerate(chunks):
        events = list(chunk.all_events())  # a worker may hand a long document's events over in a file
        write_partition(folder, index, chunk.documents, events, coder.fingerprint)
        yield PartitionResult.of(index, chunk, len(events))


def _report(result: PartitionResult, on_error: ErrorHandler | None) -> None:
    from .store import _SETUP_ERRORS

    for document, error in result.failures:
        if on_error is None or isinstance(error, _SETUP_ERRORS):
            raise error
        on_error(document, error)
