"""The store as the dashboard reads it: a private copy, taken when the store has changed and no
one is writing to it, so that an ingest never waits for the dashboard, nor the dashboard for an
ingest (DuckDB lets no reader into a file while a process writes it, nor a writer while one reads).

The copy is made under a read-only connection to the store, which keeps writers out for the few
milliseconds the copy takes, and is then read through a read-only connection of its own.  A copy
never changes, so every answer read from it can be memoized until the next copy replaces it.
"""

from __future__ import annotations

import functools
import logging
import shutil
import tempfile
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from starlette.responses import Response

from ..errors import StoreError
from ..report import evidence
from ..store import Store

log = logging.getLogger(__name__)

# DuckDB keeps a write-ahead log beside the file until its next checkpoint; a copy takes both.
_WAL = ".wal"
RETRY_SECONDS = 1.0  # how soon to try again to copy a store that is being written
MEMO_ENTRIES = 256  # answers kept per copy; the pages of one session need a few dozen


def file_state(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What changes when anything writes the store: size, time and inode of it and its log."""

    def state(p: Path) -> tuple[int, int, int] | None:
        try:
            s = p.stat()
        except FileNotFoundError:
            return None
        return (s.st_size, s.st_mtime_ns, s.st_ino)

    return (state(path), state(path.with_name(path.name + _WAL)))


class MemoStore:
    """A read-only Store whose read methods answer from a bounded memo (the data cannot change
    while the copy is open).  Frames are handed out as shallow copies, so that a caller adding a
    column changes its own frame, not the memo's."""

    MEMOIZED = frozenset({"events", "stories", "dyads", "tilt", "tilt_events", "documents", "document", "actors",
                          "count", "facet", "places", "dataset_names", "tilt_choice"})

    def __init__(self, store: Store, entries: int = MEMO_ENTRIES) -> None:
        self.store = store
        self._entries = entries
        self._memo: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.store, name)
        return functools.partial(self._answer, name, method) if name in self.MEMOIZED else method

    def _answer(self, name: str, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        key = (name, args, tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:  # a list or a dict of groups: not worth a memo
            return method(*args, **kwargs)
        return self.remember(key, lambda: method(*args, **kwargs))

    def remember(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The memoized value for ``key``, computed now if it is not (or no longer) kept."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return _fresh(self._memo[key])
        value = compute()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > self._entries:
                self._memo.popitem(last=False)
        return _fresh(value)

    def forget(self, key: Hashable) -> None:
        with self._lock:
            self._memo.pop(key, None)


def _fresh(value: Any) -> Any:
    if isinstance(value, pd.DataFrame):
        return value.copy(deep=False)
    return dict(value) if isinstance(value, dict) else value


class Snapshot:
    """One copy of the store, open read-only, and the requests reading it."""

    PAGE_BYTES = 2_000_000  # larger answers are made anew each time rather than kept

    def __init__(self, path: Path, state: tuple, dataset: str | None = None) -> None:
        self.path = path
        self.state = state
        self.store = MemoStore(Store(path, read_only=True, dataset=dataset))
        self.readers = 0
        self.retired = False

    @functools.cached_property
    def titles(self) -> dict[str, str]:
        """Each document's title as plain text, or its id."""
        return {d.doc_id: evidence.plain(d.title) or d.doc_id for d in self.store.documents().itertuples()}

    def page(self, key: Hashable, render: Callable[[], Response]) -> Response:
        """The response for ``key`` (an endpoint and its parameters): made once per copy, since
        nothing else goes into it."""
        kept = self.store.remember(("page", key), render)
        if len(kept.body) > self.PAGE_BYTES:
            self.store.forget(("page", key))
        return kept

    def close(self) -> None:
        self.store.close()
        for p in (self.path, self.path.with_name(self.path.name + _WAL)):
            p.unlink(missing_ok=True)


class Snapshots:
    """The current copy of the store at ``path``, renewed on the first request after a change.

    Raises StoreError (DatabaseBusyError while another process writes it) when the store cannot
    be copied at start; later, a store being written is copied again once the writer is done,
    and requests meanwhile read the last copy."""

    def __init__(self, path: str | Path, *, dataset: str | None = None) -> None:
        self.path = Path(path)
        self.dataset = dataset  # the datasets every copy shows (Store's ``dataset``)
        self._dir = Path(tempfile.mkdtemp(prefix="realpolitik-dashboard-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)
        self._lock = threading.Lock()  # guards the current copy and reader counts
        self._copying = threading.Lock()  # one copy at a time; other requests read the last one
        self._copies = 0
        self._next_try = 0.0
        try:
            self._current = self._copy()
        except BaseException:
            self._cleanup()
            raise

    @contextmanager
    def reading(self) -> Iterator[Snapshot]:
        """The latest copy, kept open until the caller is done with it."""
        self._renew_if_changed()
        with self._lock:
            snapshot = self._current
            snapshot.readers += 1
        try:
            yield snapshot
        finally:
            with self._lock:
                snapshot.readers -= 1
                if snapshot.retired and not snapshot.readers:
                    snapshot.close()

    def close(self) -> None:
        with self._lock:
            self._current.retired = True
            if not self._current.readers:
                self._current.close()
        self._cleanup()

    def _renew_if_changed(self) -> None:
        if file_state(self.path) == self._current.state or time.monotonic() < self._next_try:
            return
        if not self._copying.acquire(blocking=False):
            return
        try:
            fresh = self._copy()
        except StoreError as e:  # being written (or gone): keep serving the last copy
            log.info("dashboard keeps its copy of %s: %s", self.path, e)
            self._next_try = time.monotonic() + RETRY_SECONDS
            return
        finally:
            self._copying.release()
        with self._lock:
            old, self._current = self._current, fresh
            old.retired = True
            if not old.readers:
                old.close()

    def _copy(self) -> Snapshot:
        self._copies += 1
        target = self._dir / f"store-{self._copies}.duckdb"
        # The read-only connection checks the file is a store and keeps writers out while copying.
        with Store(self.path, read_only=True, wait=0):
            state = file_state(self.path)
            shutil.copyfile(self.path, target)
            wal = self.path.with_name(self.path.name + _WAL)
            if state[1] is not None:
                shutil.copyfile(wal, target.with_name(target.name + _WAL))
        return Snapshot(target, state, self.dataset)
