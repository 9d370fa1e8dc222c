"""realpolitik: who did what to whom, when — event data from news text."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .errors import RealpolitikError  # noqa: E402 - the version comes first: pipeline reads it
from .pipeline import Coder  # noqa: E402
from .records import Actor, Document, Event  # noqa: E402

if TYPE_CHECKING:
    from pathlib import Path

    from .store import Store

__all__ = ["Actor", "Coder", "Document", "Event", "RealpolitikError", "open", "__version__"]


def open(path: "str | Path" = "realpolitik.duckdb", *, read_only: bool = True) -> "Store":  # noqa: A001
    """Open an event store for querying: ``realpolitik.open("events.duckdb").events(dyad=("BLR", "RUS"))``."""
    from .store import Store

    return Store(path, read_only=read_only)
