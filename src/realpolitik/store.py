"""The event store: one embedded DuckDB file holding documents, coded events and stories.

Writes go in batches (one transaction per batch of documents *with* their events) through
Arrow tables, so a crash never leaves a document without its events and a rerun simply
skips what is already there.  Reads return pandas DataFrames.

DuckDB lets one process write a file at a time; a second writer gets ``DatabaseBusyError``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet

from . import analysis, choices
from .errors import (
    ActorDataError,
    ChoiceError,
    DatabaseBusyError,
    InputError,
    ModelNotFoundError,
    QueryError,
    StoreError,
)
from .records import Document, Event
from .stories import PRECISION_RANK, assign_stories, story_keys

if TYPE_CHECKING:
    from .importing import ImportSummary
    from .workers import CodedChunk

SCHEMA_VERSION = 2

Coder = Callable[[Sequence[Document]], Iterable[Event]]

MODALITIES = choices.MODALITIES
PERIODS = analysis.PERIODS

# One row per file `realpolitik import` read, for the record.  (Events imported from other
# datasets have no sentence or trigger in our text: those event columns are null for them.)
_IMPORTS_DDL = """
CREATE TABLE IF NOT EXISTS imports (
    file VARCHAR NOT NULL, format VARCHAR NOT NULL, dataset VARCHAR NOT NULL,
    rows_read BIGINT NOT NULL, stored BIGINT NOT NULL, duplicates BIGINT NOT NULL,
    rejected BIGINT NOT NULL, mapping VARCHAR, imported_at TIMESTAMP NOT NULL
);
"""

# Statements that bring a store of version N (the key) to version N + 1, in order.
_MIGRATIONS = {
    1: [
        *(f"ALTER TABLE events ALTER COLUMN {c} DROP NOT NULL" for c in (
            "sentence_index", "sentence", "sent_start", "sent_end", "trigger_text", "trigger_start", "trigger_end")),
        "ALTER TABLE events ADD COLUMN dataset VARCHAR DEFAULT 'realpolitik'",
        "ALTER TABLE events ADD COLUMN original_id VARCHAR",
        "ALTER TABLE events ADD COLUMN mapping VARCHAR",
        _IMPORTS_DDL,
    ],
}  # fmt: skip

_DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    url VARCHAR,
    title VARCHAR,
    source VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR NOT NULL,
    date_method VARCHAR NOT NULL,
    date_evidence VARCHAR,
    date_earliest DATE,
    date_latest DATE,
    content_hash VARCHAR NOT NULL UNIQUE,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    story_id VARCHAR,
    doc_id VARCHAR NOT NULL,
    doc_date DATE,
    sentence_index INTEGER,
    sentence VARCHAR,
    sent_start INTEGER,
    sent_end INTEGER,
    date DATE,
    date_precision VARCHAR NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'doc')),
    source_text VARCHAR, source_code VARCHAR, source_country VARCHAR,
    source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_code VARCHAR, target_country VARCHAR,
    target_start INTEGER, target_end INTEGER,
    cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    plover_event VARCHAR NOT NULL,
    plover_mode VARCHAR,
    modality VARCHAR NOT NULL CHECK (modality IN ('asserted', 'negated', 'hypothetical', 'future')),
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    extra JSON,
    dataset VARCHAR NOT NULL DEFAULT 'realpolitik',
    original_id VARCHAR,
    mapping VARCHAR
);
{_IMPORTS_DDL}
CREATE OR REPLACE VIEW actors AS
    WITH sides AS (
        SELECT source_code AS code, source_country AS country, source_text AS text,
               coalesce(date, doc_date) AS seen FROM events WHERE source_code IS NOT NULL
        UNION ALL
        SELECT target_code, target_country, target_text, coalesce(date, doc_date)
        FROM events WHERE target_code IS NOT NULL
    )
    SELECT code, any_value(country) AS country, list(DISTINCT text ORDER BY text) AS texts,
           min(seen) AS first_seen, max(seen) AS last_seen, count(*) AS mentions
    FROM sides GROUP BY code;
INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');
"""

EVENT_COLUMNS = [
    "event_id", "story_id", "doc_id", "doc_date", "sentence_index", "sentence", "sent_start",
    "sent_end", "date", "date_precision", "source_text", "source_code", "source_country",
    "source_start", "source_end", "target_text", "target_code", "target_country", "target_start",
    "target_end", "cameo", "root", "quad_class", "goldstein", "plover_event", "plover_mode",
    "modality", "trigger_text", "trigger_start", "trigger_end", "location_name",
    "location_country", "lat", "lon", "dataset", "original_id", "mapping",
]  # fmt: skip

_DUCKDB_TYPES = {pa.string(): "VARCHAR", pa.date32(): "DATE", pa.int32(): "INTEGER", pa.int8(): "TINYINT",
                 pa.float64(): "DOUBLE"}  # fmt: skip

# Events of a long document are written this many at a time (``Store.write_document``).
EVENT_ROWS = 5000

# Story ids are recomputed this many stored and new mentions at a time (``Store._restory``).
STORY_ROWS = 50_000

# The dataset of the events realpolitik coded itself; imported events name theirs.
OWN_DATASET = "realpolitik"

DOCUMENT_COLUMNS = [
    "doc_id", "url", "title", "source", "date", "date_precision", "date_method", "date_evidence",
    "date_earliest", "date_latest", "content_hash", "n_events", "ingested_at",
]  # fmt: skip

STORY_COLUMNS = [
    "story_id", "date", "date_precision", "source_code", "source_country", "target_code",
    "target_country", "root", "cameo", "quad_class", "goldstein", "plover_event", "modality",
    "mentions", "documents", "doc_ids", "event_ids", "sentence",
]  # fmt: skip

_DOC_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("url", pa.string()), ("title", pa.string()),
        ("source", pa.string()), ("date", pa.date32()), ("date_precision", pa.string()),
        ("date_method", pa.string()), ("date_evidence", pa.string()),
        ("date_earliest", pa.date32()), ("date_latest", pa.date32()),
        ("content_hash", pa.string()), ("text", pa.string()), ("n_events", pa.int32()),
        ("ingested_at", pa.timestamp("us")),
    ]
)  # fmt: skip

_EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()), ("doc_id", pa.string()), ("doc_date", pa.date32()),
        ("sentence_index", pa.int32()), ("sentence", pa.string()), ("sent_start", pa.int32()),
        ("sent_end", pa.int32()), ("date", pa.date32()), ("date_precision", pa.string()),
        ("source_text", pa.string()), ("source_code", pa.string()),
        ("source_country", pa.string()), ("source_start", pa.int32()),
        ("source_end", pa.int32()), ("target_text", pa.string()), ("target_code", pa.string()),
        ("target_country", pa.string()), ("target_start", pa.int32()),
        ("target_end", pa.int32()), ("cameo", pa.string()), ("root", pa.string()),
        ("quad_class", pa.int8()), ("goldstein", pa.float64()), ("plover_event", pa.string()),
        ("plover_mode", pa.string()), ("modality", pa.string()), ("trigger_text", pa.string()),
        ("trigger_start", pa.int32()), ("trigger_end", pa.int32()),
        ("location_name", pa.string()), ("location_country", pa.string()),
        ("lat", pa.float64()), ("lon", pa.float64()), ("extra", pa.string()),
    ]
)  # fmt: skip

# The DuckDB type of each event column, to read event files back with.
EVENT_TYPES = {f.name: _DUCKDB_TYPES[f.type] for f in _EVENT_SCHEMA} | {
    "story_id": "VARCHAR", "dataset": "VARCHAR", "original_id": "VARCHAR", "mapping": "VARCHAR",
}  # fmt: skip


@dataclass(frozen=True)
class IngestFailure:
    """A file or document that could not be read or coded, and why."""

    source: str
    problem: str


@dataclass(frozen=True)
class SkippedDocument:
    """A document not stored because the same text is already there (maybe under another id)."""

    doc_id: str
    source: str
    stored_as: str


@dataclass(frozen=True)
class IngestSummary:
    db: str
    documents_new: int
    documents_skipped: int
    events: int
    seconds: float
    failures: tuple[IngestFailure, ...] = ()
    skipped: tuple[SkippedDocument, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (doc id as read, id it was stored under)
    coder: str | None = None  # the coder's fingerprint
    stale_coder: str | None = None  # the fingerprint of the coder of documents stored earlier, when another

    @property
    def documents_failed(self) -> int:
        return len(self.failures)

    @property
    def nothing_read(self) -> bool:
        """True when not a single document could be read: the CLI then exits with an error."""
        return self.documents_new + self.documents_skipped == 0

    def lines(self) -> list[str]:
        """The summary in words, one line per fact, for a terminal or a log."""
        rate = self.documents_new / self.seconds if self.seconds > 0 else 0.0
        head = (
            f"{self.db}: {self.documents_new} new documents, {self.documents_skipped} skipped "
            f"(already stored), {self.documents_failed} failed; {self.events} events; "
            f"{self.seconds:.1f}s ({rate:.1f} documents/s)"
        )
        out = [head]
        out += [f"  renamed {old} -> {new} (another document is stored under {old})" for old, new in self.renamed]
        out += [f"  skipped {s.doc_id} ({s.source}): same text as {s.stored_as}" for s in self.skipped]
        out += [f"  failed {f.source}: {f.problem}" for f in self.failures]
        if self.stale_coder:
            out.append(f"  note: documents stored earlier were coded by another coder ({self.stale_coder}, now "
                       f"{self.coder}); their events stay as they were: ingest into a new store to recode them")
        return out


@dataclass(frozen=True)
class Coverage:
    """How many of the events a query selects a chart or table leaves out, and why."""

    events: int
    without_target: int  # no target: in no dyad, tilt or network
    undated_events: int  # neither the event nor its document has a date: in no time series
    undated_documents: int  # documents of the store without a date
    without_country: int  # an actor with no country (EU, UN): in dyads under its own code

    def lines(self) -> list[str]:
        """The counts in words, one line each; nothing when nothing is left out."""
        facts = [
            (self.without_target, "had no target (not in dyads or the tilt)"),
            (self.undated_events, f"had no date, from {self.undated_documents} undated documents (not in any period)"),
            (self.without_country, "had an actor without a country (shown under its code, e.g. EU)"),
        ]  # fmt: skip
        return [f"{count} of {self.events} events {what}" for count, what in facts if count]


@dataclass(frozen=True)
class TiltChoice:
    """The state and sides a tilt is measured on, given or chosen from the data."""

    state: str
    between: str
    and_: str
    period: str


# How long opening a store waits for a lock held by another process before it is "busy".
LOCK_WAIT_SECONDS = 2.0

# Read-only is enforced by DuckDB, not by reading the SQL: no file, network or extension access
# ("EXPLAIN ANALYZE COPY … TO", read_text, glob, ATTACH, INSTALL) and no way to switch it back on.
_READ_ONLY_CONFIG = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,
}


class Store:
    """An event store in one DuckDB file.  ``Store(path)`` creates it when missing; with
    ``read_only=True`` the connection can read the store and nothing else.

    ``dataset`` (a name or comma-separated names, e.g. "icews" or "realpolitik,gdelt") makes
    every read see the events of those datasets only: the report and the dashboard then show
    one dataset, or a mix.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS,
                 dataset: str | Sequence[str] | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.datasets = tuple(_as_list(dataset)) if dataset else ()
        if read_only and not self.path.exists():
            raise StoreError(f"no event store at {self.path}; create one with `realpolitik ingest FILES --db {self.path}`")
        self._con = self._connect(wait)
        self._check_schema()

    def _connect(self, wait: float) -> duckdb.DuckDBPyConnection:
        """A connection, waiting up to ``wait`` seconds for a lock another process holds (the
        dashboard holds one for the moment it copies the store)."""
        deadline = time.monotonic() + wait
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only,
                                      config=_READ_ONLY_CONFIG if self.read_only else {})  # fmt: skip
            except duckdb.IOException as e:
                if "lock" not in str(e).lower():
                    raise StoreError(f"cannot open {self.path}: {e}") from None
                if time.monotonic() >= deadline:
                    raise DatabaseBusyError(
                        f"database is busy: another realpolitik process is writing to {self.path}; wait for it to finish"
                    ) from None
                time.sleep(0.05)
            except duckdb.Error as e:
                raise StoreError(f"{self.path} is not a DuckDB event store: {e}") from None

    # -- lifecycle -------------------------------------------------------------

    @staticmethod
    def is_empty(path: str | Path) -> bool:
        """Whether the store at ``path`` holds no document (False when it cannot be opened)."""
        try:
            with Store(path, read_only=True) as store:
                return not store._con.execute("SELECT count(*) FROM documents").fetchone()[0]
        except (StoreError, duckdb.Error):
            return False

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_schema(self) -> None:
        # fetchall, not fetchone: DuckDB refuses other work on a connection with rows unread
        has_meta = self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchall()[0][0]
        if not has_meta:
            if self.read_only:
                raise StoreError(f"{self.path} is a DuckDB file but not a realpolitik event store")
            try:
                self._con.execute(_DDL)
            except duckdb.Error as e:
                raise self.storage_error(e) from None
            return
        version = self._meta("schema_version")
        found = int(version) if version else None
        if found in _MIGRATIONS and not self.read_only:
            self._migrate(found)
        elif found in _MIGRATIONS:
            raise StoreError(
                f"{self.path} has store schema version {found}, this realpolitik reads version {SCHEMA_VERSION}; "
                f"open it for writing once to upgrade it (e.g. `realpolitik import --db {self.path}` with your files)"
            )
        elif found != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {found or 'none'}, this realpolitik reads version "
                f"{SCHEMA_VERSION}; re-ingest the documents into a new file"
            )

    def _migrate(self, version: int) -> None:
        """Upgrade an older store in place, one version at a time, in one transaction."""
        con = self._con
        con.begin()
        try:
            while version in _MIGRATIONS:
                for statement in _MIGRATIONS[version]:
                    con.execute(statement)
                version += 1
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
            con.commit()
        except BaseException:
            con.rollback()
            raise

    def _meta(self, key: str) -> str | None:
        rows = self._con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()  # all: no result left open
        return rows[0][0] if rows else None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it with Store(path) to write")

    # -- writing ---------------------------------------------------------------

    def write(self, documents: Sequence[Document], events: Sequence[Event]) -> int:
        """Store one batch of documents with their events in one transaction; returns the
        number of documents that were new.

        Idempotent: a document whose text (content hash) is already stored is skipped with
        its events, so writing the same batch twice stores it once.
        """
        return self._write(documents, [events])[0]

    def write_document(self, document: Document, events: Iterable[Event], *, rows: int | None = None) -> tuple[int, int]:
        """Store one document whose events come piece by piece (a long document's, as the coder
        streams them) in one transaction, so it is stored whole or not at all; returns (1 when it
        was new, else 0; its events stored).  The events go in ``rows`` at a time (cut at a
        sentence's end; default ``EVENT_ROWS``), so memory holds a few thousand events, never the
        document's all."""
        return self._write([document], _sentence_groups(events, rows or EVENT_ROWS))

    def _write(self, documents: Sequence[Document], groups: Iterable[Sequence[Event]]) -> tuple[int, int]:
        """Store ``documents`` with their events, given in ``groups`` (no event id split between
        two groups); returns (new documents, their events).

        The events and their story ids are staged first, each group committed on its own (so
        memory holds one group, not an open transaction of the whole document), then one short
        transaction moves them into ``events`` and writes the documents' rows: readers, and a
        store reopened after a crash, see the documents whole or not at all.  Staged rows left by
        a crash are cleared before the next write."""
        self._writable()
        con = self._con
        con.register("docs_in", _document_table(documents))
        try:
            self._clear_staging(con)
            self._check_ids(con)
            # First document of the batch wins for a text repeated inside the batch.
            con.execute(_NEW_DOCS_SQL)
            counts = _EventCounts({d.id for d in documents})
            for group in groups:
                counts.add(group)
                if group:
                    self._insert_events(con, group)
            if counts.rows():
                con.executemany("UPDATE new_docs SET n_events = ? WHERE doc_id = ?", counts.rows())
            new, stored = con.execute("SELECT count(*), coalesce(sum(n_events), 0) FROM new_docs").fetchall()[0]
            if new:
                self._restory(con)
            self._move_staged(con)
        except duckdb.ConstraintException as e:
            raise StoreError(f"the batch breaks the store's rules and was not stored: {e}") from None
        finally:
            con.unregister("docs_in")
            con.unregister("events_in")
        self._clear_staging(con)
        return new, int(stored)

    @staticmethod
    def _clear_staging(con: duckdb.DuckDBPyConnection) -> None:
        """Empty the staging tables (creating them in a store that has none): what is there was
        left by a write that did not finish, never seen by a reader."""
        con.execute(_STAGING_DDL)
        con.execute("DELETE FROM staged_events; DELETE FROM staged_stories; DROP TABLE IF EXISTS new_docs")

    @staticmethod
    def _move_staged(con: duckdb.DuckDBPyConnection, *more: tuple[str, list[Any]]) -> None:
        """The staged events, their story ids, the new documents' rows (``new_docs``) and ``more``
        statements, in one transaction."""
        con.begin()
        try:
            con.execute("INSERT INTO events BY NAME SELECT * FROM staged_events")
            con.execute("UPDATE events SET story_id = s.story_id FROM staged_stories s WHERE events.event_id = s.event_id")
            con.execute("INSERT INTO documents BY NAME SELECT * FROM new_docs")
            for statement, parameters in more:
                con.execute(statement, parameters)
            con.commit()
        except BaseException:
            con.rollback()
            raise

    @staticmethod
    def _check_ids(con: duckdb.DuckDBPyConnection) -> None:
        clash = con.execute(
            "SELECT b.doc_id FROM documents d JOIN docs_in b ON d.doc_id = b.doc_id WHERE d.content_hash <> b.content_hash",
        ).fetchall()
        if clash:
            raise StoreError(
                "document ids already stored with a different text: "
                + ", ".join(r[0] for r in clash[:5])
                + "; give the new documents other ids"
            )

    @staticmethod
    def _insert_events(con: duckdb.DuckDBPyConnection, events: Sequence[Event]) -> None:
        """Stage the events of the new documents (in ``new_docs``)."""
        con.register("events_in", _event_table(events))  # unregistered by _write, after an error too
        # Two events with the same id are the same coded act by the contract's definition.
        # Event ids include the doc id, so a new document's events cannot be stored yet.
        con.execute(
            """
            INSERT INTO staged_events BY NAME
            SELECT * FROM events_in
            WHERE doc_id IN (SELECT doc_id FROM new_docs)
            QUALIFY row_number() OVER (PARTITION BY event_id) = 1
            """
        )

    def storage_error(self, error: Exception) -> StoreError:
        """What to tell the user when writing to the store file itself fails (disk full, I/O)."""
        full = "no space left" in str(error).lower() or "disk is full" in str(error).lower()
        fix = "free some disk space" if full else "check that the disk has room and the file is writable"
        return StoreError(f"cannot write to {self.path}: {type(error).__name__}: {str(error).splitlines()[0]}; "
                          f"{fix}, then run the same ingest again: documents stored so far are kept and skipped")

    def _restory(self, con: duckdb.DuckDBPyConnection) -> None:
        """Story ids for the staged events, and the changed ones of stored events (staged too),
        for the story keys the staged events touch.

        Mentions of one story key share their country (else code) on both sides and their
        modality: such a group is read whole, and groups are read a batch of about
        ``STORY_ROWS`` mentions at a time, so memory holds one batch, not every mention of
        every key a long document touches.  The keys themselves are data
        (``realpolitik.stories``) and are matched here."""
        con.execute(_STORY_GROUPS_SQL, [STORY_ROWS])
        batches = con.execute("SELECT DISTINCT batch FROM story_groups ORDER BY batch").fetchall()
        for (batch,) in batches:
            self._restory_batch(con, con.execute(_MENTIONS_SQL, [batch]).df())
        con.execute("DROP TABLE story_groups")

    @staticmethod
    def _restory_batch(con: duckdb.DuckDBPyConnection, mentions: pd.DataFrame) -> None:
        keys = pd.Series(story_keys(mentions), index=mentions.index)
        mentions = mentions[keys.isin(set(keys[mentions["is_new"]]))]
        if mentions.empty:
            return
        mentions["new_story_id"] = assign_stories(mentions)
        changed = mentions.loc[mentions["story_id"].ne(mentions["new_story_id"]), ["event_id", "new_story_id", "is_new"]]
        con.register("story_updates", pa.Table.from_pandas(changed, preserve_index=False))
        try:
            con.execute("UPDATE staged_events SET story_id = u.new_story_id FROM story_updates u "
                        "WHERE u.is_new AND staged_events.event_id = u.event_id")
            con.execute("INSERT INTO staged_stories SELECT event_id, new_story_id FROM story_updates WHERE NOT is_new")
        finally:
            con.unregister("story_updates")

    def stored_hashes(self) -> dict[str, str]:
        """content hash -> doc id of every stored document (to skip them before parsing)."""
        return dict(self._con.execute("SELECT content_hash, doc_id FROM documents").fetchall())

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        coder: Coder,
        date: date | None = None,
        batch_size: int = 16,
        progress: bool = True,
        workers: int = 1,
    ) -> IngestSummary:
        """Read, code and store documents from files and directories.

        ``coder`` turns a batch of documents into events: a ``realpolitik.Coder`` (which loads
        spaCy only when a batch has new documents), another coder, or a fake in tests; its
        ``fingerprint``, when it has one, is recorded in the store.  Documents whose text is
        already stored are skipped before any parsing, so rerunning an interrupted ingest only
        does the remaining work.  Files that cannot be read, and documents the coder fails on,
        are listed in the summary; the batch goes on.  ``workers`` > 1 codes the batches in that
        many processes (when ``coder`` is a ``realpolitik.Coder``: others code here); this process stays the
        one writer, batch by batch in input order, so an interrupted ingest resumes the same way.
        """
        from .documents import iter_documents

        self._writable()
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, got {batch_size}")
        started = time.monotonic()
        run = _IngestRun(self, coder)
        fingerprint = getattr(coder, "fingerprint", None)
        earlier = self._meta("coder") if self.stored_hashes() else None

        def on_error(error: InputError) -> None:
            run.failures.append(IngestFailure(error.source, error.problem))

        with _progress(progress) as bar:
            if bar is not None:
                task = bar.add_task("ingesting", total=None, events=0, rate=0.0)

                def show(done: int, events: int) -> None:
                    rate = done / max(time.monotonic() - started, 1e-9)
                    bar.update(task, completed=done, events=events, rate=rate)

                run.on_progress = show
            documents = run.select(iter_documents(paths, date=date, on_error=on_error))
            run.code_and_write_all(documents, batch_size, workers)
        if fingerprint and run.new:
            try:
                self._con.execute("INSERT OR REPLACE INTO meta VALUES ('coder', ?)", [fingerprint])
            except duckdb.Error as e:
                raise self.storage_error(e) from None
        return IngestSummary(
            db=str(self.path),
            documents_new=run.new,
            documents_skipped=len(run.skipped),
            events=run.events,
            seconds=time.monotonic() - started,
            failures=tuple(run.failures),
            skipped=tuple(run.skipped),
            renamed=tuple(run.renamed),
            coder=fingerprint,
            stale_coder=earlier if earlier and fingerprint and earlier != fingerprint else None,
        )

    def ingest_folder(self, folder: str | Path) -> IngestSummary:
        """Store a folder of Parquet partitions that ``realpolitik code --out DIR`` wrote, in one
        transaction (DuckDB reads the files itself), and assign the stories as ``ingest`` does.
        Idempotent: a document whose text is already stored is skipped with its events, and so is
        one whose id is stored with another text (listed as failed)."""
        from .parquet_events import document_files, event_files, folder_coder

        self._writable()
        folder, started, con = Path(folder), time.monotonic(), self._con
        documents = document_files(folder)
        try:
            self._clear_staging(con)
            for statement, parameters in zip(_STAGE_FOLDER, ([documents], []), strict=True):
                con.execute(statement, parameters)
            read, new, clashes = con.execute(_FOLDER_COUNTS).fetchall()[0]
            refused = con.execute(_FOLDER_CLASHES).fetchall()
            events = con.execute(_INSERT_FOLDER_EVENTS, [event_files(folder)]).fetchall()[0][0]
            if new:
                self._restory(con)
            coder = folder_coder(folder)
            self._move_staged(con, *([("INSERT OR REPLACE INTO meta VALUES ('coder', ?)", [coder])] if coder and new else []))
            con.execute("DROP TABLE folder_docs")
        except duckdb.ConstraintException as e:
            raise StoreError(f"{folder}: the partitions break the store's rules and were not stored: {e}") from None
        except duckdb.Error as e:
            raise StoreError(f"{folder}: cannot store the partitions: {str(e).splitlines()[0]}") from None
        self._clear_staging(con)
        failures = tuple(IngestFailure(source, f"{doc_id} is stored with another text; code it under another id")
                         for doc_id, source in refused)  # fmt: skip
        return IngestSummary(db=str(self.path), documents_new=new, documents_skipped=read - new - clashes,
                             events=events, seconds=time.monotonic() - started, failures=failures, coder=coder)

    @classmethod
    def from_folder(cls, folder: str | Path) -> Store:
        """A store in memory holding a folder of Parquet partitions (``code --out DIR``), stories
        assigned, for analysis; it takes no more writes.  Give a big folder a file: ``ingest DIR``."""
        store = cls(":memory:")
        store.ingest_folder(folder)
        store.path, store.read_only = Path(folder), True
        return store

    def import_files(
        self, paths: Iterable[str | Path], *, format: str | None = None, dataset: str | None = None
    ) -> ImportSummary:
        """Import event files: GDELT 1.0/2.0, ICEWS, POLECAT, PLOVER JSON or realpolitik's own
        exports, told apart by their first line unless ``format`` is given (docs/formats.md).
        Idempotent; rows that cannot be stored are counted and listed with their line."""
        from .importing import import_files

        self._writable()
        return import_files(self._con, paths, format=format, dataset=dataset, db=str(self.path))

    # -- reading ---------------------------------------------------------------

    def events(
        self,
        *,
        actor: str | None = None,
        country: str | Sequence[str] | None = None,
        dyad: str | Sequence[str] | None = None,
        directed: bool = False,
        since: date | int | str | None = None,
        until: date | int | str | None = None,
        event_type: str | Sequence[str] | None = None,
        modality: str | Sequence[str] | None = "asserted",
        doc_id: str | None = None,
        story_id: str | None = None,
        quad_class: int | str | Sequence[int | str] | None = None,
        dataset: str | Sequence[str] | None = None,
        text: str | None = None,
        place: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        groups: analysis.Groups | None = None,
    ) -> pd.DataFrame:
        """Event mentions (one row per event found in a sentence), with their story ids.

        ``actor``: actor code prefix on either side ("BLRGOV", "RUS").  ``country``: country
        code or group name on either side.  ``dyad``: "BLR,RUS" (either direction unless
        ``directed``); each side a country, actor code or group name.  ``since``/``until``:
        dates, "YYYY", "YYYY-MM" or years, inclusive, on the event's date (else its document's).
        ``event_type``: PLOVER event ("ACCUSE") or CAMEO code prefix ("19").  ``modality``:
        "asserted" by default; None for every modality.  ``quad_class``: 1 to 4 (comma-separated).
        ``dataset``: the dataset names the events come from.  ``text``: words the sentence holds,
        every one of them, case aside.  ``place``: where it happened, a town or a country code.
        ``limit`` and ``offset`` page through the rows.
        """
        where, params = self._where(
            groups=groups, actor=actor, country=country, dyad=dyad, directed=directed, since=since, until=until,
            event_type=event_type, modality=modality, doc_id=doc_id, story_id=story_id, quad_class=quad_class,
            dataset=dataset, text=text, place=place,
        )  # fmt: skip
        sql = (
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {where} "
            "ORDER BY coalesce(date, doc_date) NULLS LAST, doc_id, sentence_index, trigger_start, event_id"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        if offset:
            sql += " OFFSET ?"
            params.append(int(offset))
        return self._query(sql, params)

    def count(self, **filters: Any) -> int:
        """How many event mentions the filters (as ``events``) select."""
        where, params = self._where(**filters)
        return int(self._query(f"SELECT count(*) AS n FROM events WHERE {where}", params)["n"].iloc[0])

    def facet(self, name: str, *, top: int | None = None, **filters: Any) -> pd.DataFrame:
        """The values of one facet (``FACETS``) among the events the filters select, with how many
        events have each (columns value, events), most frequent first; ``top`` keeps the first."""
        if name not in FACETS:
            raise ChoiceError(f"unknown facet {name!r}; use one of {', '.join(FACETS)}")
        where, params = self._where(**filters)
        sql = (f"SELECT value, count(DISTINCT event_id) AS events FROM (SELECT event_id, unnest({FACETS[name]}) AS value "
               f"FROM events WHERE {where}) WHERE value IS NOT NULL AND value::VARCHAR <> '' GROUP BY value ORDER BY events DESC, value")  # fmt: skip
        if top is not None:
            sql += f" LIMIT {int(top)}"
        return self._query(sql, params)

    def places(self, **filters: Any) -> pd.DataFrame:
        """Where the events the filters select happened, one row per place with how many: columns
        place, country, lat, lon, events.  A place with coordinates is a town; one without, a
        country or region (its code in ``country``)."""
        where, params = self._where(**filters)
        return self._query(
            "SELECT location_name AS place, location_country AS country, lat, lon, count(*) AS events FROM events "
            f"WHERE {where} AND (lat IS NOT NULL OR location_country IS NOT NULL) GROUP BY ALL ORDER BY events DESC, place",
            params,
        )  # fmt: skip

    def dataset_names(self) -> list[str]:
        """The datasets the store's events come from (within the store's own ``dataset``)."""
        where, params = self._where(modality=None)
        return self._query(f"SELECT DISTINCT dataset FROM events WHERE {where} ORDER BY dataset", params)["dataset"].tolist()

    def stories(self, **filters: Any) -> pd.DataFrame:
        """One row per story (an act reported by one or more mentions), over the mentions the
        filters select; columns ``STORY_COLUMNS``."""
        return stories_from_events(self.events(**filters))

    def documents(self) -> pd.DataFrame:
        return self._query(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY date NULLS LAST, doc_id", [])

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its cleaned text (every span in the events points into it)."""
        with self._con.cursor() as cur:
            cur.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
            row = cur.fetchone()
            names = [c[0] for c in cur.description]
        return None if row is None else dict(zip(names, row, strict=True))

    def actors(self) -> pd.DataFrame:
        """Every actor code seen: country, the texts it was found as, first/last seen, mentions."""
        return self._query("SELECT * FROM actors ORDER BY mentions DESC, code", [])

    def dyads(self, *, period: str = "year", unit: str = "stories", **filters: Any) -> pd.DataFrame:
        """Per directed country dyad and period: counts by quad class and Goldstein sums.  An
        actor without a country (EU, UN) stands for itself: its code is its "country" here.

        ``unit="stories"`` counts each act once however many articles report it (the default);
        ``unit="mentions"`` counts every mention.
        """
        analysis.check_period(period)
        where, params = self._where(**filters)
        heads = _heads_sql(unit, where)
        frame = self._query(
            f"""
            WITH heads AS ({heads})
            SELECT date_trunc('{period}', day) AS period, coalesce(source_country, source_code) AS source_country,
                   coalesce(target_country, target_code) AS target_country, count(*) AS events,
                   count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
                   count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
                   sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
                   (q1 + q2 - q3 - q4) / events AS net_cooperation
            FROM heads
            WHERE day IS NOT NULL AND source_code IS NOT NULL AND target_code IS NOT NULL
            GROUP BY ALL ORDER BY period, source_country, target_country
            """,
            params * (1 if unit == "mentions" else 2),
        )
        return frame[analysis.DYAD_COLUMNS]

    def _where(self, *, groups: analysis.Groups | None = None, **filters: Any) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters for query filters (see ``events``), within the
        store's datasets."""
        every = dict.fromkeys(_FILTERS) | {"directed": False, "modality": "asserted"} | filters
        unknown = sorted(set(every) - set(_FILTERS) - {"directed"})
        if unknown:
            raise QueryError(f"unknown filter {', '.join(unknown)}; use {', '.join(_FILTERS)}")
        groups = groups or analysis.load_groups()
        where, params = _filters(groups, **self._checked(every, groups))
        if self.datasets:
            where += f" AND dataset IN ({', '.join('?' * len(self.datasets))})"
            params += list(self.datasets)
        return where, params

    def coverage(self, **filters: Any) -> Coverage:
        """What the events the filters select leave out of dyads, the tilt and time series."""
        where, params = self._where(**filters)
        counts = self._query(
            f"""
            SELECT count(*) AS events, count(*) FILTER (target_code IS NULL) AS without_target,
                   count(*) FILTER (coalesce(date, doc_date) IS NULL) AS undated_events,
                   count(*) FILTER ((source_code IS NOT NULL AND source_country IS NULL)
                                    OR (target_code IS NOT NULL AND target_country IS NULL)) AS without_country,
                   (SELECT count(*) FROM documents WHERE date IS NULL) AS undated_documents
            FROM events WHERE {where}
            """,
            params,
        ).iloc[0]
        return Coverage(**{name: int(counts[name]) for name in Coverage.__dataclass_fields__})

    def tilt_choice(
        self, state: str | None = None, between: str | None = None, and_: str | None = None, period: str | None = None,
        *, groups: analysis.Groups | None = None, **filters: Any,
    ) -> TiltChoice:  # fmt: skip
        """The tilt asked for, what was not given taken from the data: the state in most events
        between two actors, its most frequent counterparts (a country, or an organisation's code),
        and the period the data's span suits (``period_for_span``)."""
        groups = groups or analysis.load_groups()
        state, between, and_ = (self.side(name, groups) if name else None for name in (state, between, and_))
        period = period or self.period_for_span(**filters)
        if state and between and and_:
            return TiltChoice(state, between, and_, period)
        ends = self._counterparts(groups, filters)
        if ends.empty:
            raise QueryError(f"{self.path} has no events between two states to measure a tilt on")
        state = state or ends["state"].value_counts().index[0]
        taken = (state, between, and_)
        others = iter([o for o in ends.loc[ends["state"] == state, "other"].value_counts().index if o not in taken])
        try:
            return TiltChoice(state, between or next(others), and_ or next(others), period)
        except StopIteration:
            raise QueryError(f"{state}'s events have too few counterparts: name the sides with --between and --and") from None

    def _counterparts(self, groups: analysis.Groups, filters: dict[str, Any]) -> pd.DataFrame:
        """One row per event and end with a country: that country and the actor at the other end."""
        where, params = self._where(groups=groups, **filters)
        ends = self._query(
            f"""
            SELECT source_country AS state, coalesce(target_country, target_code) AS other FROM events WHERE {where}
            UNION ALL
            SELECT target_country, coalesce(source_country, source_code) FROM events WHERE {where}
            """,
            params * 2,
        ).dropna()
        return ends[ends["state"] != ends["other"]]

    def period_for_span(self, **filters: Any) -> str:
        """month when the events selected span less than three years, else year."""
        where, params = self._where(**filters)
        span = self._query(f"SELECT min(coalesce(date, doc_date)) AS first, max(coalesce(date, doc_date)) AS last "
                           f"FROM events WHERE {where}", params).iloc[0]  # fmt: skip
        return analysis.period_for_span(span["first"], span["last"])

    def _checked(self, filters: dict[str, Any], groups: analysis.Groups) -> dict[str, Any]:
        """The filters with every side named by its code ("India" is IND), the event types and
        modalities checked: an unknown value is a ChoiceError, not an empty result."""
        out = dict(filters)
        for key in ("country", "dyad"):
            if out[key]:
                out[key] = [self.side(name, groups) for name in _as_list(out[key])]
        if out["actor"]:
            out["actor"] = self.side(out["actor"], groups)
        out["event_type"] = choices.event_types(out["event_type"]) or None
        out["modality"] = choices.modalities(out["modality"])
        out["quad_class"] = choices.quad_classes(out["quad_class"]) or None
        if out["dataset"]:
            out["dataset"] = [choices.choose(d, self.dataset_names(), "dataset") for d in _as_list(out["dataset"])]
        out["text"] = _as_words(out["text"])
        return out

    def side(self, name: str, groups: analysis.Groups | None = None) -> str:
        """The code a country, side or actor is stored under ("India" is IND); a name neither the
        dictionaries, the groups nor the stored events know is a ChoiceError with close matches."""
        groups = groups or analysis.load_groups()
        try:
            return choices.side_code(name, groups)
        except ChoiceError:
            return choices.side_code(name, groups, self._seen_codes())

    def _seen_codes(self) -> list[str]:
        codes = self._query(
            "SELECT DISTINCT c FROM (SELECT unnest([source_code, target_code, source_country, target_country]) AS c "
            "FROM events) WHERE c IS NOT NULL", [])  # fmt: skip
        return codes["c"].tolist()

    def tilt(
        self,
        state: str,
        *,
        between: str,
        and_: str,
        period: str = "year",
        groups: analysis.Groups | None = None,
        prior_events: float = analysis.PRIOR_EVENTS,
        **filters: Any,
    ) -> pd.DataFrame:
        """Alignment of ``state`` between two sides per period, in [-1, 1] (docs/tilt.md)."""
        groups = groups or analysis.load_groups()
        analysis.check_period(period)
        if prior_events < 0:
            raise QueryError(f"prior_events must be >= 0, got {prior_events}")
        state, between, and_ = (self.side(name, groups) for name in (state, between, and_))
        where, params = self._where(**{"country": state, **filters, "groups": groups})
        own = analysis.side_members(state, groups)
        sides = {"A": analysis.side_members(between, groups) - own, "B": analysis.side_members(and_, groups) - own}
        # Each event's membership of the state and of both sides, computed once; an event between
        # the state and a side (either direction) counts for that side, the state with itself for neither.
        flags, flag_params = [], []
        for name, members in (("s", own), ("a", sides["A"]), ("b", sides["B"])):
            for end in ("source", "target"):
                sql, member_params = _member_sql(end, members)
                flags.append(f"{sql} AS {name}_{end}")
                flag_params += member_params
        sums = self._query(
            f"""
            WITH heads AS ({_heads_sql("stories", where)}),
            flagged AS (SELECT day, goldstein, {", ".join(flags)} FROM heads WHERE day IS NOT NULL),
            sided AS (
                SELECT day, goldstein, unnest([
                    CASE WHEN (s_source AND a_target AND NOT s_target) OR (a_source AND s_target AND NOT s_source) THEN 'A' END,
                    CASE WHEN (s_source AND b_target AND NOT s_target) OR (b_source AND s_target AND NOT s_source) THEN 'B' END
                ]) AS side FROM flagged
            )
            SELECT date_trunc('{period}', day) AS period, side, sum(goldstein) AS goldstein, count(*) AS events
            FROM sided WHERE side IS NOT NULL GROUP BY ALL
            """,
            params * 2 + flag_params,
        )
        return analysis.tilt_from_sums(sums, state, between, and_, prior_events=prior_events)

    def tilt_events(
        self,
        state: str,
        *,
        between: str,
        and_: str,
        period_start: date | int | str,
        period: str = "year",
        groups: analysis.Groups | None = None,
        prior_events: float = analysis.PRIOR_EVENTS,
        **filters: Any,
    ) -> pd.DataFrame:
        """The stories behind one period's tilt, largest contribution first; their
        ``contribution`` column sums to that period's tilt."""
        groups = groups or analysis.load_groups()
        state, between, and_ = (self.side(name, groups) for name in (state, between, and_))
        start = pd.Timestamp(_bound(period_start, end=False))
        first, last = analysis.period_bounds(start, period)
        bounds = {"since": first, "until": last}  # only that period is read
        frame = self._unit_frame("stories", {"country": state, **bounds, **filters, "groups": groups})
        return analysis.tilt_events(
            frame, state, between, and_, period=period, period_start=start, groups=groups,
            prior_events=prior_events,
        )  # fmt: skip

    def export(self, out: str | Path, format: str, *, stories: bool = False, **filters: Any) -> int:
        """Write events to a file in one of ``export.EXPORT_FORMATS`` (docs/formats.md); returns
        the number of records written.  Asserted events only unless a ``modality`` filter
        widens it.  ``stories=True`` writes one record per story (its most precisely dated
        mention; GDELT's NumMentions/NumArticles still count the whole story)."""
        from .export import check_format, write_events

        check_format(format)
        mentions = self.events(**filters)
        sources = self._query("SELECT doc_id, coalesce(url, source) AS url FROM documents", [])
        urls = dict(zip(sources["doc_id"], sources["url"], strict=True))
        chosen = _by_precision(mentions).drop_duplicates("story_id").index if stories else mentions.index
        return write_events(mentions, format, Path(out), urls=urls, rows=chosen)

    def sql(self, query: str) -> pd.DataFrame:
        """Run one read-only SQL statement (SELECT, WITH … SELECT, DESCRIBE, SHOW, EXPLAIN) on a
        store opened with ``read_only=True``, whose connection reaches no file but the store."""
        if not self.read_only:
            raise QueryError(f"open {self.path} with Store(path, read_only=True) to run SQL on it")
        check_read_only_sql(query)
        return self._query(query, [])

    def _unit_frame(self, unit: str, filters: dict[str, Any]) -> pd.DataFrame:
        if unit not in ("stories", "mentions"):
            raise QueryError(f"unit must be 'stories' or 'mentions', not {unit!r}")
        mentions = self.events(**filters)
        return stories_from_events(mentions) if unit == "stories" else mentions

    def _query(self, sql: str, params: list[Any]) -> pd.DataFrame:
        # A cursor per query: a web server may query one Store from several threads.
        try:
            with self._con.cursor() as cur:
                return cur.execute(sql, params).df()
        except duckdb.Error as e:
            raise QueryError(str(e)) from None


# Where a write puts its events and the changed story ids of stored events until its last,
# short transaction moves them into ``events`` (``Store._write``); never read by readers.
_STAGING_DDL = f"""
CREATE TABLE IF NOT EXISTS staged_events AS SELECT * FROM events LIMIT 0;
ALTER TABLE staged_events ALTER COLUMN dataset SET DEFAULT '{OWN_DATASET}';
CREATE TABLE IF NOT EXISTS staged_stories (event_id VARCHAR NOT NULL, story_id VARCHAR NOT NULL);
"""

# The batch's documents not stored yet (text and id), the first of a text repeated in the batch.
_NEW_DOCS_SQL = """
CREATE OR REPLACE TEMP TABLE new_docs AS
SELECT * EXCLUDE (pos) FROM (SELECT *, row_number() OVER () AS pos FROM docs_in) b
WHERE content_hash NOT IN (SELECT content_hash FROM documents) AND doc_id NOT IN (SELECT doc_id FROM documents)
QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY pos) = 1
"""

# The groups of mentions (country, else code, on both sides; modality) the staged events touch,
# with their mentions stored and staged, cut in batches of about ? mentions (a group whole).
_MENTION_GROUP = "coalesce(source_country, source_code, '') AS s, coalesce(target_country, target_code, '') AS t, modality"
_STORY_GROUPS_SQL = f"""
CREATE OR REPLACE TEMP TABLE story_groups AS
WITH touched AS (SELECT DISTINCT {_MENTION_GROUP} FROM staged_events WHERE dataset = '{OWN_DATASET}'),
mentions AS (
    SELECT {_MENTION_GROUP} FROM events WHERE dataset = '{OWN_DATASET}'
    UNION ALL SELECT {_MENTION_GROUP} FROM staged_events WHERE dataset = '{OWN_DATASET}'
),
sizes AS (SELECT s, t, modality, count(*) AS n FROM mentions JOIN touched USING (s, t, modality) GROUP BY ALL)
SELECT s, t, modality, (sum(n) OVER (ORDER BY s, t, modality) - n) // ? AS batch FROM sizes
"""

# The mentions of one batch of groups: stored (published: their document's latest date) and staged.
_MENTION_COLUMNS = """e.event_id, e.story_id, e.source_code, e.source_country, e.target_code, e.target_country,
    e.cameo, e.modality, e.date, e.date_precision, coalesce(d.date_latest, d.date, e.doc_date) AS published"""
_MENTIONS_SQL = f"""
WITH g AS (SELECT s, t, modality FROM story_groups WHERE batch = ?),
mentions AS (
    SELECT {_MENTION_COLUMNS}, false AS is_new FROM events e JOIN documents d ON d.doc_id = e.doc_id
    WHERE e.dataset = '{OWN_DATASET}'
    UNION ALL
    SELECT {_MENTION_COLUMNS}, true FROM staged_events e JOIN new_docs d ON d.doc_id = e.doc_id
    WHERE e.dataset = '{OWN_DATASET}'
)
SELECT mentions.* FROM mentions
JOIN g ON coalesce(source_country, source_code, '') = g.s AND coalesce(target_country, target_code, '') = g.t
      AND mentions.modality = g.modality
"""

# A folder's documents in partition order; the new ones (text and id not stored yet, the first
# of a text or id repeated in the folder) in ``new_docs``, which ``Store._move_staged`` stores.
_STAGE_FOLDER = (
    """CREATE OR REPLACE TEMP TABLE folder_docs AS
    SELECT * EXCLUDE (filename, file_row_number), row_number() OVER (ORDER BY filename, file_row_number) AS pos
    FROM read_parquet(?, filename = true, file_row_number = true)""",
    """CREATE OR REPLACE TEMP TABLE new_docs AS
    SELECT * EXCLUDE (pos), now()::TIMESTAMP AS ingested_at FROM folder_docs
    WHERE content_hash NOT IN (SELECT content_hash FROM documents) AND doc_id NOT IN (SELECT doc_id FROM documents)
    QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY pos) = 1
        AND row_number() OVER (PARTITION BY doc_id ORDER BY pos) = 1""",
)
_FOLDER_CLASHES = """
SELECT f.doc_id, f.source FROM folder_docs f JOIN documents d ON d.doc_id = f.doc_id
WHERE d.content_hash <> f.content_hash AND f.doc_id NOT IN (SELECT doc_id FROM new_docs) ORDER BY f.pos
"""
_FOLDER_COUNTS = f"""
SELECT count(*), (SELECT count(*) FROM new_docs), (SELECT count(*) FROM ({_FOLDER_CLASHES})) FROM folder_docs
"""
_INSERT_FOLDER_EVENTS = """
INSERT INTO staged_events BY NAME
SELECT * EXCLUDE (filename, file_row_number) FROM read_parquet(?, filename = true, file_row_number = true)
WHERE doc_id IN (SELECT doc_id FROM new_docs)
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY filename, file_row_number) = 1
ORDER BY filename, file_row_number
"""


def remove_store(path: str | Path) -> None:
    """Delete a store file and its write-ahead log, when there."""
    for file in (Path(path), Path(f"{path}.wal")):
        file.unlink(missing_ok=True)


# -- ingest machinery ------------------------------------------------------------


# A coder that cannot start (no model, a broken dictionary) would fail every document the same
# way: stop at once with its message instead of listing thousands of identical failures.
_SETUP_ERRORS = (ModelNotFoundError, ActorDataError, ImportError)


class _IngestRun:
    """Book-keeping of one ingest: which documents to skip, rename, code and count."""

    def __init__(self, store: Store, coder: Coder) -> None:
        self.store = store
        self.coder = coder
        self.hashes = store.stored_hashes()
        self.ids = set(self.hashes.values())
        self.new = 0
        self.events = 0
        self.failures: list[IngestFailure] = []
        self.skipped: list[SkippedDocument] = []
        self.renamed: list[tuple[str, str]] = []
        self.on_progress: Callable[[int, int], None] = lambda documents, events: None

    def select(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents still to store, renamed when their id is taken by another text."""
        for doc in documents:
            digest = doc.content_hash
            if digest in self.hashes:
                self.skipped.append(SkippedDocument(doc.id, doc.source, self.hashes[digest]))
                self.on_progress(self.new + len(self.skipped), self.events)
                continue
            if doc.id in self.ids:
                new_id = f"{doc.id}-{digest[:8]}"
                self.renamed.append((doc.id, new_id))
                doc = dataclasses.replace(doc, id=new_id)
            self.hashes[digest] = doc.id
            self.ids.add(doc.id)
            yield doc

    def code_and_write_all(self, documents: Iterable[Document], batch_size: int, workers: int) -> None:
        from .documents import batches
        from .limits import load_limits
        from .workers import WorkerPool, more_than_one_chunk

        factory = getattr(self.coder, "factory", None)  # a coder a worker cannot rebuild codes here
        if workers > 1 and factory is not None:
            worth_it, documents = more_than_one_chunk(documents, batch_size)
            if worth_it:
                chunks = batches(documents, batch_size, alone_over=load_limits().chunk_chars)
                for chunk in WorkerPool(factory, workers).map(chunks):
                    self.write_coded(chunk)
                return
        limits = load_limits()
        for batch in batches(documents, batch_size, alone_over=limits.chunk_chars):
            if limits.in_pieces(batch[0]):  # alone in its batch
                self.write_long(batch[0], self._events_of(batch[0]))
            else:
                self.code_and_write(batch)

    def write_coded(self, chunk: CodedChunk) -> None:
        """Store what a worker coded; its failures are listed, a coder that cannot start stops all."""
        counts = getattr(self.coder, "filter_counts", None)
        if counts is not None:
            counts.add(chunk.kept, chunk.dropped)
        for doc, error in chunk.failures:
            if isinstance(error, _SETUP_ERRORS):
                raise error
            self._failed(doc, "coding", error)
        if chunk.spilled is not None:
            self.write_long(chunk.documents[0], chunk.all_events())
            return
        batch, events = list(chunk.documents), list(chunk.events)
        try:
            written = self.store.write(batch, events)
        except Exception as error:  # noqa: BLE001 - find the document the store refuses, keep the rest
            if _is_storage_error(error):
                raise self.store.storage_error(error) from None
            batch, events, written = self._one_by_one(batch, lambda doc: [e for e in events if e.doc_id == doc.id])
        self._count(written, events)

    def code_and_write(self, batch: list[Document]) -> None:
        try:
            events = list(self.coder(batch))
            written = self.store.write(batch, events)
        except _SETUP_ERRORS:
            raise
        except Exception as error:  # noqa: BLE001 - find the culprit document(s), keep the rest
            if _is_storage_error(error):
                raise self.store.storage_error(error) from None
            batch, events, written = self._one_by_one(batch, lambda doc: list(self.coder([doc])))
        self._count(written, events)

    def write_long(self, doc: Document, events: Iterable[Event]) -> None:
        """A document parsed in pieces: its events go to the store as they come (from the coder, or
        a worker's file), in one transaction (stored whole or not at all), so memory does not grow
        with its length."""
        coding_failed: list[Exception] = []
        try:
            written, count = self.store.write_document(doc, _watched(events, coding_failed))
        except _SETUP_ERRORS:
            raise
        except Exception as error:  # noqa: BLE001 - reported in the summary, the run goes on
            if _is_storage_error(error) and not coding_failed:
                raise self.store.storage_error(error) from None
            self._failed(doc, "coding" if coding_failed else "storing", error)
            return
        self.new += written
        self.events += count
        self.on_progress(self.new + len(self.skipped), self.events)

    def _events_of(self, doc: Document) -> Iterable[Event]:
        """The document's events, streamed by a coder that can (``Coder.code``)."""
        code = getattr(self.coder, "code", None)
        return code([doc]) if code is not None else self.coder([doc])

    def _count(self, written: int, events: list[Event]) -> None:
        self.new += written
        self.events += len({e.event_id for e in events})
        self.on_progress(self.new + len(self.skipped), self.events)

    def _one_by_one(self, batch: list[Document], events_of: Callable[[Document], list[Event]]
                    ) -> tuple[list[Document], list[Event], int]:
        """Code (``events_of``) and store each document alone: the one that fails is reported,
        the others stored."""
        kept: list[Document] = []
        events: list[Event] = []
        written = 0
        for doc in batch:
            step = "coding"
            try:
                found = events_of(doc)
                step = "storing"
                written += self.store.write([doc], found)
            except _SETUP_ERRORS:
                raise
            except Exception as e:  # noqa: BLE001 - reported in the summary, the batch goes on
                if _is_storage_error(e):
                    raise self.store.storage_error(e) from None
                self._failed(doc, step, e)
                continue
            kept.append(doc)
            events += found
        return kept, events, written

    def _failed(self, doc: Document, step: str, error: Exception) -> None:
        self.failures.append(IngestFailure(doc.source, f"{step} {doc.id} failed: {type(error).__name__}: {error}"))
        del self.hashes[doc.content_hash]  # not stored: a later copy is no duplicate
        self.ids.discard(doc.id)


def _watched(events: Iterable[Event], failed: list[Exception]) -> Iterator[Event]:
    """``events``, noting in ``failed`` an error the coder raised (to tell it from the store's)."""
    try:
        yield from events
    except Exception as error:
        failed.append(error)
        raise


def _is_storage_error(error: Exception) -> bool:
    """An error of the database file itself (disk full, I/O, a broken file), not of one document:
    every later write would fail the same way."""
    return isinstance(error, duckdb.Error) and not isinstance(error, duckdb.ConstraintException | duckdb.ConversionException)


def _progress(enabled: bool) -> Any:
    if not enabled:
        return contextlib.nullcontext()
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} documents"),
        TextColumn("{task.fields[rate]:.1f} documents/s"),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )


def _document_table(documents: Sequence[Document]) -> pa.Table:
    """The documents' rows; ``n_events`` is set once their events are stored (``_EventCounts``)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = {
        "doc_id": [d.id for d in documents],
        "url": [d.url for d in documents],
        "title": [d.title for d in documents],
        "source": [d.source for d in documents],
        "date": [d.date.value for d in documents],
        "date_precision": [d.date.precision for d in documents],
        "date_method": [d.date.method for d in documents],
        "date_evidence": [d.date.evidence for d in documents],
        "date_earliest": [d.date.earliest for d in documents],
        "date_latest": [d.date.latest for d in documents],
        "content_hash": [d.content_hash for d in documents],
        "text": [d.text for d in documents],
        "n_events": [0] * len(documents),
        "ingested_at": [now] * len(documents),
    }
    return pa.Table.from_pydict(rows, schema=_DOC_SCHEMA)


class _EventCounts:
    """Distinct events per document, counted group by group (an id never spans two groups)."""

    def __init__(self, doc_ids: set[str]) -> None:
        self.doc_ids = doc_ids
        self.counts = dict.fromkeys(doc_ids, 0)

    def add(self, events: Sequence[Event]) -> None:
        orphans = sorted({e.doc_id for e in events} - self.doc_ids)
        if orphans:
            raise StoreError(f"events given for documents not in the batch: {', '.join(orphans[:5])}")
        for doc_id, _ in {(e.doc_id, e.event_id) for e in events}:
            self.counts[doc_id] += 1

    def rows(self) -> list[tuple[int, str]]:
        return [(n, doc_id) for doc_id, n in self.counts.items() if n]


def _sentence_groups(events: Iterable[Event], rows: int) -> Iterator[list[Event]]:
    """``events`` in lists of about ``rows``, cut only between sentences: the events of one
    sentence (which may share an id) stay together."""
    group: list[Event] = []
    for event in events:
        if len(group) >= rows and (event.doc_id, event.sentence_index) != (group[-1].doc_id, group[-1].sentence_index):
            yield group
            group = []
        group.append(event)
    if group:
        yield group


def _event_table(events: Sequence[Event]) -> pa.Table:
    return pa.Table.from_pylist([_event_row(e) for e in events], schema=_EVENT_SCHEMA)


def events_frame(events: Sequence[Event]) -> pd.DataFrame:
    """Events as a DataFrame with the store's event columns (for output without a store)."""
    return _event_table(events).drop_columns(["extra"]).to_pandas()


def _event_row(e: Event) -> dict[str, Any]:
    src, tgt, loc = e.source, e.target, e.location
    return {
        "event_id": e.event_id,
        "doc_id": e.doc_id,
        "doc_date": e.doc_date,
        "sentence_index": e.sentence_index,
        "sentence": e.sentence,
        "sent_start": e.span[0],
        "sent_end": e.span[1],
        "date": e.date,
        "date_precision": e.date_precision,
        "source_text": src.text if src else None,
        "source_code": src.code if src else None,
        "source_country": src.country if src else None,
        "source_start": src.span[0] if src else None,
        "source_end": src.span[1] if src else None,
        "target_text": tgt.text if tgt else None,
        "target_code": tgt.code if tgt else None,
        "target_country": tgt.country if tgt else None,
        "target_start": tgt.span[0] if tgt else None,
        "target_end": tgt.span[1] if tgt else None,
        "cameo": e.cameo,
        "root": e.root,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover_event": e.plover_event,
        "plover_mode": e.plover_mode,
        "modality": e.modality,
        "trigger_text": e.trigger_text,
        "trigger_start": e.trigger_span[0],
        "trigger_end": e.trigger_span[1],
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "extra": json.dumps(e.extra, default=str) if e.extra else None,
    }


# -- stories (deduplication: realpolitik.stories) ------------------------------------


def stories_from_events(mentions: pd.DataFrame) -> pd.DataFrame:
    """Collapse event mentions into one row per story.

    The story's date, codes and score are those of its most precisely dated mention (earliest
    first); ``mentions`` counts its mentions, ``documents`` the distinct articles.
    """
    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype=_story_dtype(c)) for c in STORY_COLUMNS})
    grouped = _by_precision(mentions).groupby("story_id", sort=False)
    head = grouped.head(1).set_index("story_id")
    agg = grouped.agg(
        mentions=("event_id", "size"),
        documents=("doc_id", "nunique"),
        doc_ids=("doc_id", lambda s: sorted(set(s))),
        event_ids=("event_id", lambda s: sorted(s)),
    )
    out = head.join(agg)
    out["date"] = out["date"].fillna(out["doc_date"])
    out = out.reset_index()[STORY_COLUMNS]
    return out.sort_values(["date", "story_id"], na_position="last", kind="stable").reset_index(drop=True)


def _by_precision(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions, most precisely dated first, then earliest: a story's first row represents it."""
    rank = mentions["date_precision"].map(PRECISION_RANK).fillna(len(PRECISION_RANK))
    order = mentions.assign(_rank=rank).sort_values(
        ["_rank", "date", "doc_date", "event_id"], na_position="last", kind="stable"
    )
    return order.drop(columns="_rank")


def _story_dtype(column: str) -> str:
    return {"date": "datetime64[us]", "mentions": "int64", "documents": "int64", "quad_class": "int8", "goldstein": "float64"}.get(column, "object")


# -- query filters ----------------------------------------------------------------

_FILTERS = ("actor", "country", "dyad", "directed", "since", "until", "event_type", "modality", "doc_id", "story_id",
            "quad_class", "dataset", "text", "place")  # fmt: skip

# What the events can be counted by, as SQL of a list of values per event (an event counts once per value).
FACETS = {
    "actor": "[source_code, target_code]",
    "country": "list_distinct([coalesce(source_country, source_code), coalesce(target_country, target_code)])",
    "event_type": "[plover_event]",
    "quad_class": "[quad_class]",
    "modality": "[modality]",
    "dataset": "[dataset]",
    "year": "[year(coalesce(date, doc_date))]",
    "place": "[location_name]",
}

# Most precisely dated first, as ``PRECISION_RANK``.
_RANK_SQL = "CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END"


# The columns dyads and tilt read: only these are carried through the story window.
_ANALYSED = ("coalesce(date, doc_date) AS day, source_code, source_country, target_code, target_country, "
             "quad_class, goldstein")  # fmt: skip


def _heads_sql(unit: str, where: str) -> str:
    """SQL of the rows an analysis counts: every mention, or one per story (its most precisely
    dated, earliest mention, as ``stories_from_events``); its parameters are the filter's, twice
    for stories.  An event of another dataset is a story of its own (the importer makes its
    ``story_id`` its ``event_id``), so only realpolitik's own go through the window."""
    if unit not in ("stories", "mentions"):
        raise QueryError(f"unit must be 'stories' or 'mentions', not {unit!r}")
    base = f"SELECT {_ANALYSED} FROM events WHERE {where}"
    if unit == "mentions":
        return base
    return (
        f"{base} AND dataset <> '{OWN_DATASET}' UNION ALL {base} AND dataset = '{OWN_DATASET}' "
        f"QUALIFY row_number() OVER (PARTITION BY story_id ORDER BY {_RANK_SQL}, date NULLS LAST, "
        "doc_date NULLS LAST, event_id) = 1"
    )


def _member_sql(side: str, members: frozenset[str]) -> tuple[str, list[Any]]:
    """True when the side's actor is one of ``members`` (never null, false for no members)."""
    if not members:
        return "FALSE", []
    sql, params = _side_sql(side, sorted(members))
    return f"coalesce({sql}, FALSE)", params



def _filters(groups: analysis.Groups, **f: Any) -> tuple[str, list[Any]]:
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
    if f["actor"]:
        clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        params += [f["actor"].upper()] * 2
    if f["country"]:
        members = _members(f["country"], groups)
        s_sql, s_params = _side_sql("source", members)
        t_sql, t_params = _side_sql("target", members)
        clauses.append(f"({s_sql} OR {t_sql})")
        params += s_params + t_params
    if f["dyad"]:
        a, b = _dyad_sides(f["dyad"])
        a_members, b_members = _members(a, groups), _members(b, groups)
        forward = _dyad_sql(a_members, b_members)
        if f["directed"]:
            clauses.append(f"({forward[0]})")
            params += forward[1]
        else:
            backward = _dyad_sql(b_members, a_members)
            clauses.append(f"(({forward[0]}) OR ({backward[0]}))")
            params += forward[1] + backward[1]
    if f["since"] is not None:
        clauses.append("coalesce(date, doc_date) >= ?")
        params.append(_bound(f["since"], end=False))
    if f["until"] is not None:
        clauses.append("coalesce(date, doc_date) <= ?")
        params.append(_bound(f["until"], end=True))
    if f["event_type"]:
        types = _as_list(f["event_type"])
        parts = []
        for t in types:
            if t.isdigit():
                parts.append("starts_with(cameo, ?)")
                params.append(t)
            else:
                parts.append("plover_event = ?")
                params.append(t.upper())
        clauses.append(f"({' OR '.join(parts)})")
    if f["modality"] is not None:
        wanted = f["modality"]
        clauses.append(f"modality IN ({', '.join('?' * len(wanted))})")
        params += wanted
    for column in ("doc_id", "story_id"):
        if f[column] is not None:
            clauses.append(f"{column} = ?")
            params.append(f[column])
    content, content_params = _content_filters(f)
    return " AND ".join(clauses + content), params + content_params


def _content_filters(f: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """Clauses on what an event is (quad class, dataset) and on the words of its sentence."""
    clauses, params = [], []
    for column in ("quad_class", "dataset"):
        if f[column]:
            clauses.append(f"{column} IN ({', '.join('?' * len(f[column]))})")
            params += f[column]
    if f["place"]:
        clauses.append("(location_name = ? OR location_country = ?)")
        params += [f["place"], f["place"]]
    for word in f["text"] or ():
        clauses.append("contains(lower(coalesce(sentence, '')), ?)")
        params.append(word)
    return clauses, params


def _as_words(text: str | None) -> list[str]:
    """The lower-case words of a search; quotes keep a phrase whole ("water treaty")."""
    if not text:
        return []
    phrases = re.findall(r'"([^"]+)"|(\S+)', text.lower())
    return [(quoted or word).strip() for quoted, word in phrases if (quoted or word).strip()]


def _as_list(value: str | Sequence[str]) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i and i.strip()]


def _members(side: str | Sequence[str], groups: analysis.Groups) -> list[str]:
    members: set[str] = set()
    for name in _as_list(side):
        members |= analysis.side_members(name, groups)
    return sorted(members)


def _dyad_sides(dyad: str | Sequence[str]) -> tuple[str, str]:
    sides = _as_list(dyad)
    if len(sides) != 2:
        raise QueryError(f"a dyad is two sides separated by a comma, like BLR,RUS; got {dyad!r}")
    return sides[0], sides[1]


def _side_sql(side: str, members: list[str]) -> tuple[str, list[Any]]:
    """An actor is on a side when its country is a member or its code starts with one: its
    first n letters are among the members n letters long (one hashed IN list per length, not a
    prefix test per member; ``substring``, as ``left`` is several times slower in DuckDB)."""
    by_length: dict[int, list[str]] = {}
    for member in members:
        by_length.setdefault(len(member), []).append(member)
    parts = [f"{side}_country IN ({', '.join('?' * len(members))})"]
    parts += [f"substring({side}_code, 1, {n}) IN ({', '.join('?' * len(group))})" for n, group in sorted(by_length.items())]
    return f"({' OR '.join(parts)})", [*members, *(m for _, group in sorted(by_length.items()) for m in group)]


def _dyad_sql(a: list[str], b: list[str]) -> tuple[str, list[Any]]:
    s_sql, s_params = _side_sql("source", a)
    t_sql, t_params = _side_sql("target", b)
    return f"{s_sql} AND {t_sql}", s_params + t_params


def _bound(value: date | int | str, *, end: bool) -> date:
    """A date from a date, a year (2014, "2014") or "YYYY-MM" / "YYYY-MM-DD"; ``end`` gives
    the last day of a year or month so that ``until=2014`` includes all of 2014."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 4 and text.isdigit():
            year = int(text)
            return date(year, 12, 31) if end else date(year, 1, 1)
        if len(text) == 7 and text[4] == "-":
            first = date(int(text[:4]), int(text[5:]), 1)
            return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1) if end else first
        return date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None


def check_read_only_sql(query: str) -> None:
    """Raise QueryError unless ``query`` is a single statement that only reads."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as e:
        raise QueryError(f"cannot parse the query: {e}") from None
    if len(statements) != 1:
        raise QueryError(f"give exactly one SQL statement, got {len(statements)}")
    kind = statements[0].type
    if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
        raise QueryError(f"only read queries are allowed (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN), not {kind.name}")


# -- exports ------------------------------------------------------------------------

FRAME_FORMATS = ("csv", "jsonl", "parquet")


def write_frame(frame: pd.DataFrame, format: str, out: Path | None = None) -> str | None:
    """Write a DataFrame as csv, jsonl or parquet to ``out``; with ``out=None`` return the csv or
    jsonl text.  Dates without a time are written YYYY-MM-DD, lists as JSON arrays."""
    if format not in FRAME_FORMATS:
        raise QueryError(f"unknown format {format!r}; use one of {', '.join(FRAME_FORMATS)}")
    if format == "parquet":
        if out is None:
            raise QueryError("parquet is a binary format: give a file to write it to (--out FILE)")
        pa.parquet.write_table(pa.Table.from_pandas(frame, preserve_index=False), out)
        return None
    flat = _plain(frame, lists_as_json=format == "csv")
    if format == "csv":
        text = flat.to_csv(index=False)
    else:
        text = flat.to_json(orient="records", lines=True, force_ascii=False) if not flat.empty else ""
    if out is None:
        return text
    Path(out).write_text(text, encoding="utf-8")
    return None


def _plain(frame: pd.DataFrame, *, lists_as_json: bool) -> pd.DataFrame:
    """Dates as ISO text (no time when there is none), and lists as JSON text for csv."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            midnight = values.dropna().eq(values.dropna().dt.normalize()).all()
            out[column] = values.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%dT%H:%M:%S").astype(object)
            out.loc[values.isna(), column] = None
        elif lists_as_json and values.map(lambda v: isinstance(v, list | tuple | np.ndarray)).any():
            out[column] = values.map(lambda v: json.dumps(list(v)) if isinstance(v, list | tuple | np.ndarray) else v)
    return out
