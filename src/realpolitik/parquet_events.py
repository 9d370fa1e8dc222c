"""A folder of Parquet partitions: the output of ``realpolitik code --out DIR`` that scales.

    DIR/part-00000.parquet, part-00001.parquet, …            the events, in the event contract's columns
    DIR/documents/part-00000.parquet, …                      the documents they were coded from

Partition N holds the documents of the Nth slice of the input, in input order, and their events in
document and sentence order: read in name order, the folder gives the events a one-process run
gives.  Stories are not assigned here (a story spans partitions): ``ingest DIR`` assigns them as it
stores the folder.  A partition is written under a temporary name and renamed, documents before
events, so a folder never holds half a partition.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet

from .errors import InputError
from .records import Document, Event
from .store import _EVENT_SCHEMA, EVENT_COLUMNS, OWN_DATASET, _document_table, _event_table

# The contract's columns with their types: the same in every partition and in `export --format
# parquet`, so DuckDB reads a folder as one table (a column all null in one file keeps its type).
_CODED_TYPES = {field.name: field.type for field in _EVENT_SCHEMA}
EVENT_SCHEMA = pa.schema([(name, _CODED_TYPES.get(name, pa.string())) for name in EVENT_COLUMNS])

DOCUMENTS = "documents"
CODER_KEY = b"realpolitik.coder"  # the coder's fingerprint, in each events file's metadata


def contract_table(frame: pd.DataFrame) -> pa.Table:
    """The contract's columns of ``frame`` (the store's event mentions) with the contract's types."""
    return pa.Table.from_pandas(frame[EVENT_COLUMNS], schema=EVENT_SCHEMA, preserve_index=False)


def write_contract_parquet(frame: pd.DataFrame, out: Path) -> None:
    """``frame``'s contract columns as one Parquet file (``export --format parquet``)."""
    pa.parquet.write_table(contract_table(frame), out)


def events_table(events: Sequence[Event], coder: str = "") -> pa.Table:
    """Coded events in the contract's columns; their story ids are left empty."""
    coded = _event_table(events)
    rows = coded.num_rows
    own = {"dataset": pa.array([OWN_DATASET] * rows, pa.string())}
    columns = [own[f.name] if f.name in own else coded.column(f.name) if f.name in coded.column_names
               else pa.nulls(rows, f.type) for f in EVENT_SCHEMA]  # fmt: skip
    table = pa.table(columns, schema=EVENT_SCHEMA)
    return table.replace_schema_metadata({CODER_KEY: coder.encode()}) if coder else table


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_partition(folder: Path, index: int, documents: Sequence[Document], events: Sequence[Event],
                    coder: str = "") -> None:
    """Write partition ``index`` of ``folder``: its documents, then its events."""
    _write_atomically(documents_table(documents, events), folder / DOCUMENTS / part_name(index))
    _write_atomically(events_table(events, coder), folder / part_name(index))


def documents_table(documents: Sequence[Document], events: Sequence[Event]) -> pa.Table:
    """The store's document columns, with each document's count of distinct events, but the time
    of storing (set by ``ingest``)."""
    ids: dict[str, set[str]] = {}
    for event in events:
        ids.setdefault(event.doc_id, set()).add(event.event_id)
    table = _document_table(documents)
    counts = pa.array([len(ids.get(d.id, ())) for d in documents], pa.int32())
    return table.set_column(table.schema.get_field_index("n_events"), "n_events", counts).drop_columns(["ingested_at"])


def _write_atomically(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pa.parquet.write_table(table, partial)
    os.replace(partial, path)


def prepare_folder(folder: str | Path) -> Path:
    """``folder``, made when missing; an error when it already holds partitions (new ones would mix
    with them)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "is a file; give a folder for the Parquet partitions")
    if is_event_folder(folder):
        raise InputError(str(folder), "already holds Parquet partitions of events; give an empty or new folder")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def is_event_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder of event partitions (``code --out`` wrote it)."""
    path = Path(path)
    return path.is_dir() and any(path.glob("part-*.parquet"))


def event_files(folder: Path) -> str:
    """The glob of the folder's event partitions, for DuckDB's ``read_parquet``."""
    return str(folder / "part-*.parquet")


def document_files(folder: Path) -> str:
    """The glob of the folder's document partitions; an error when it has none."""
    if not any((folder / DOCUMENTS).glob("part-*.parquet")):
        raise InputError(str(folder), f"has event partitions but no {DOCUMENTS}/ partitions: it was not written by "
                                      "`realpolitik code --out`; load event files with `realpolitik import`")
    return str(folder / DOCUMENTS / "part-*.parquet")


def folder_coder(folder: Path) -> str | None:
    """The fingerprint of the coder that wrote the folder's first partition, when it says."""
    first = min(folder.glob("part-*.parquet"))
    metadata = pa.parquet.read_schema(first).metadata or {}
    return metadata[CODER_KEY].decode() if CODER_KEY in metadata else None
