"""realpolitik: who did what to whom, when — event data from news text."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .errors import RealpolitikError  # noqa: E402 - the version comes first: pipeline reads it
from .left_out import DocumentCoding, LeftOut  # noqa: E402
from .pipeline import Coder  # noqa: E402
from .records import Actor, Document, Event  # noqa: E402

if TYPE_CHECKING:
    from pathlib import Path

    from .distributed import code_distributed
    from .store import Store

__all__ = ["Actor", "Coder", "Document", "DocumentCoding", "Event", "LeftOut", "RealpolitikError", "code_distributed", "open", "__version__"]


def __getattr__(name: str) -> object:
    # code_distributed brings the store's modules (DuckDB, pandas): imported when first asked for
    if name == "code_distributed":
        from .distributed import code_distributed

        return code_distributed
    raise AttributeError(f"module 'realpolitik' has no attribute {name!r}")


def open(path: "str | Path" = "realpolitik.duckdb", *, read_only: bool = True) -> "Store":  # noqa: A001
    """Open an event store for querying: ``realpolitik.open("events.duckdb").events(dyad=("BLR", "RUS"))``.
    A folder of Parquet partitions (``realpolitik code … --out DIR``) is read into a store in memory."""
    from .parquet_events import is_event_folder
    from .store import Store

    if is_event_folder(path):
        return Store.from_folder(path)
    return Store(path, read_only=read_only)
