"""The Dask engine of ``code_distributed``: partitions coded and written by the workers of a cluster.

Every worker gets the coder through a worker plugin, which loads it (model and dictionaries) once
when the worker joins; a task codes one partition and writes its Parquet files itself, so only
the documents travel to the workers and only counts and failures come back.  The client keeps at
most two partitions per worker in flight.  A partition whose worker died more often than Dask
allows (``KilledWorker``) is coded again one document per task, so the document that kills
workers is the one reported, and the rest goes on.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed, get_worker
from distributed.scheduler import KilledWorker

from .distributed import PartitionResult
from .errors import ClusterError, WorkerCrashError
from .parquet_events import write_partition
from .pipeline import Coder
from .records import Document
from .workers import CodedChunk, CoderFactory, code_chunk

PLUGIN = "realpolitik-coder"
_LOCAL = re.compile(r"local:([1-9][0-9]*)")
_CONNECT_TIMEOUT = "20s"


class CoderPlugin(WorkerPlugin):
    """The worker's coder, made and loaded once when the worker starts.  A worker with several
    threads codes one partition at a time: a spaCy pipeline is not shared between threads."""

    name = PLUGIN

    def __init__(self, factory: CoderFactory) -> None:
        self.factory = factory

    def setup(self, worker: object) -> None:
        self.coder = self.factory().load()
        _ = self.coder.nlp
        self.lock = threading.Lock()


def _code_and_write(index: int, documents: list[Document], out: str, coder: str) -> PartitionResult:
    plugin: CoderPlugin = get_worker().plugins[PLUGIN]
    with plugin.lock:
        chunk = code_chunk(plugin.coder, documents)
    try:
        write_partition(Path(out), index, chunk.documents, chunk.events, coder)
    except OSError as error:
        raise ClusterError(f"the worker at {get_worker().address} cannot write {out}: {error}; give --out a folder "
                           "every worker can write (a shared file system)") from None
    return PartitionResult.of(index, chunk, len(chunk.events))


def _code_alone(document: Document) -> CodedChunk:
    plugin: CoderPlugin = get_worker().plugins[PLUGIN]
    with plugin.lock:
        return code_chunk(plugin.coder, [document])


def code_on_dask(scheduler: str, coder: Coder, parts: Iterable[list[Document]], folder: Path) -> Iterator[PartitionResult]:
    """The ``PartitionResult`` of each partition, as the workers finish them."""
    with _client(scheduler) as client:
        client.register_plugin(CoderPlugin(coder.factory))
        limit = 2 * max(1, len(client.nthreads()))
        running = as_completed()
        held: dict[str, tuple[int, list[Document]]] = {}  # each partition in flight, to code again if lost
        for index, documents in enumerate(parts):
            future = client.submit(_code_and_write, index, documents, str(folder), coder.fingerprint, pure=False)
            held[future.key] = (index, documents)
            running.add(future)
            if running.count() >= limit:
                yield _result(client, next(running), held, folder, coder.fingerprint)
        for future in running:
            yield _result(client, future, held, folder, coder.fingerprint)


def _result(client: Client, future: Future, held: dict, folder: Path, fingerprint: str) -> PartitionResult:
    index, documents = held.pop(future.key)
    try:
        return future.result()
    except KilledWorker:
        chunk = CodedChunk.joined(_alone(client, document) for document in documents)
        write_partition(folder, index, chunk.documents, chunk.events, fingerprint)
        return PartitionResult.of(index, chunk, len(chunk.events))


def _alone(client: Client, document: Document) -> CodedChunk:
    try:
        return client.submit(_code_alone, document, pure=False).result()
    except KilledWorker:
        crash = WorkerCrashError(f"{document.source}: the Dask workers coding {document.id} died")
        return CodedChunk((), (), ((document, crash),))


@contextlib.contextmanager
def _client(scheduler: str) -> Iterator[Client]:
    """A client of ``local:N`` (a LocalCluster of N one-thread worker processes, made here) or of
    the scheduler at an address."""
    local = _LOCAL.fullmatch(scheduler)
    if local:
        with LocalCluster(n_workers=int(local.group(1)), threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:  # fmt: skip
            yield client
        return
    if scheduler.startswith("local"):
        raise ClusterError(f"{scheduler!r}: give local:N (N worker processes on this machine, N at least 1) "
                           "or a scheduler's address, e.g. tcp://10.0.0.5:8786")
    try:
        client = Client(scheduler, timeout=_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {error}; start one with "
                           "`dask scheduler` and workers with `dask worker ADDRESS`, or give local:N") from None
    with client:
        yield client
