"""Importing other event datasets into the store: GDELT 1.0/2.0, ICEWS, POLECAT, PLOVER JSON,
and realpolitik's own exports.

DuckDB reads each file in bulk (``read_csv`` with the published column list and types,
``read_json``, ``read_parquet``) and maps it to the store's event columns in one SQL statement;
no row passes through Python.  CAMEO codes get their PLOVER event, and PLOVER events a CAMEO
code, from the project's ontology (``MAPPING_VERSION`` is stored with every mapped event).  A
row DuckDB cannot read, or whose values break the store's rules, is reported with its line
number and the rest of the file goes on.  Event ids are ``dataset:original id``: importing a
file twice stores it once.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

import duckdb

from . import layouts
from .coding import ontology
from .datafiles import shipped_layer
from .errors import InputError, QueryError

FORMATS = ("gdelt1", "gdelt2", "icews", "polecat", "plover-json", "realpolitik")
DEFAULT_DATASET = {"gdelt1": "gdelt", "gdelt2": "gdelt", "icews": "icews", "polecat": "polecat",
                   "plover-json": "plover", "realpolitik": "realpolitik"}  # fmt: skip

_DATASET_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
_SHOWN_PROBLEMS = 20  # per file, in the summary; every one is counted


@lru_cache(maxsize=1)
def mapping_version() -> str:
    """Names the CAMEO <-> PLOVER mapping: the shipped ontology file's content hash."""
    data = resources.files("realpolitik.coding.data").joinpath("cameo.yaml").read_bytes()
    return f"realpolitik-cameo-plover-0.8/{hashlib.sha256(data).hexdigest()[:10]}"


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not stored: where it is and what is wrong with it."""

    where: str  # "line 12" of a text file, "record 3" of JSON or parquet
    problem: str


@dataclass(frozen=True)
class FileImport:
    """What one file brought: rows read, stored, already stored (duplicates) and rejected."""

    file: str
    format: str
    dataset: str
    rows_read: int
    stored: int
    duplicates: int
    rejected: int
    problems: tuple[RejectedRow, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    db: str
    files: tuple[FileImport, ...]
    failures: tuple[InputError, ...]
    seconds: float

    @property
    def stored(self) -> int:
        return sum(f.stored for f in self.files)

    @property
    def nothing_read(self) -> bool:
        return not self.files

    def lines(self) -> list[str]:
        """The summary in words, one line per fact."""
        rows = sum(f.rows_read for f in self.files)
        rate = rows / self.seconds if self.seconds > 0 else 0.0
        head = (f"{self.db}: {len(self.files)} files, {rows} rows read, {self.stored} events stored; "
                f"{self.seconds:.1f}s ({rate:,.0f} rows/s)")  # fmt: skip
        out = [head]
        for f in self.files:
            out.append(f"  {f.file} ({f.format} -> dataset {f.dataset}): {f.stored} stored, "
                       f"{f.duplicates} already stored, {f.rejected} rejected")  # fmt: skip
            out += [f"    {p.where}: {p.problem}" for p in f.problems]
            if f.rejected > len(f.problems):
                out.append(f"    … and {f.rejected - len(f.problems)} more")
        out += [f"  failed {e.source}: {e.problem}" for e in self.failures]
        return out


def import_files(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    dataset: str | None = None,
    db: str = "",
) -> ImportSummary:
    """Import event files into the store behind ``con``; each file in its own transaction.

    ``format``: one of ``FORMATS``, else told from each file's first line.  ``dataset``: the
    name the events are stored under (default: the format's, e.g. "gdelt").  A file that cannot
    be read or is not in the format is listed in ``failures``; the others go on.
    """
    if format is not None and format not in FORMATS:
        raise QueryError(f"unknown import format {format!r}; use one of {', '.join(FORMATS)}")
    if dataset is not None and not _DATASET_RE.match(dataset):
        raise QueryError(f"dataset name {dataset!r}: use letters, digits, '_', '.' or '-' (at most 40)")
    started = time.monotonic()
    _lookup_tables(con)
    done: list[FileImport] = []
    failures: list[InputError] = []
    for path in paths:
        try:
            with _plain_files(Path(path)) as members:
                for name, plain in members:
                    done.append(_import_one(con, name, plain, format, dataset))
        except InputError as e:
            failures.append(e)
        except (OSError, zipfile.BadZipFile, EOFError) as e:
            failures.append(InputError(str(path), f"cannot read: {e}"))
    return ImportSummary(db, tuple(done), tuple(failures), time.monotonic() - started)


# -- files -----------------------------------------------------------------------------


@contextlib.contextmanager
def _plain_files(path: Path) -> Iterator[list[tuple[str, Path]]]:
    """(name, readable path) of a file, or of each member of a zip archive: DuckDB cannot
    read zip, so members are copied out to a temporary folder, streaming."""
    if not path.is_file():
        raise InputError(str(path), "no such file")
    if not zipfile.is_zipfile(path):
        yield [(str(path), path)]
        return
    with tempfile.TemporaryDirectory(prefix="realpolitik-import-") as tmp, zipfile.ZipFile(path) as archive:
        members = []
        for i, info in enumerate(m for m in archive.infolist() if not m.is_dir()):
            target = Path(tmp) / f"{i}-{Path(info.filename).name}"
            with archive.open(info) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink, length=1 << 20)
            members.append((f"{path}:{info.filename}", target))
        yield members


def _first_line(path: Path) -> str:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.readline(1 << 20).decode("utf-8", errors="replace").rstrip("\r\n").lstrip("\ufeff")


def sniff_format(path: str | Path, name: str | None = None) -> str:
    """The format of a (plain or gzip) file from its name and first line; InputError (naming
    the file ``name``, default its path) when it matches none."""
    path = Path(path)
    if path.suffix == ".parquet":
        return "realpolitik"
    line = _first_line(path)
    fields = line.split("\t")
    names = {f.strip() for f in fields}
    if line.lstrip().startswith(("[", "{")):
        return "realpolitik" if '"event_id"' in line else "plover-json"
    if line.startswith("event_id"):
        return "realpolitik"
    if {"Event ID", "Event Type", "Actor Name"} <= names:
        return "polecat"
    if {"Event ID", "Source Name", "Target Name"} <= names:
        return "icews"
    if len(fields) in layouts.HEADERLESS:
        return layouts.HEADERLESS[len(fields)].name
    raise InputError(
        name or str(path),
        f"cannot tell its format (first line: {len(fields)} tab-separated fields, no known header); "
        f"give --format, one of {', '.join(FORMATS)}",
    )


# -- one file -----------------------------------------------------------------------------


def _import_one(con: duckdb.DuckDBPyConnection, name: str, path: Path, format: str | None, dataset: str | None) -> FileImport:
    fmt = format or sniff_format(path, name)
    source = _SOURCES[fmt](path, name)
    dataset = dataset or DEFAULT_DATASET[fmt]
    mapped = _MAPPINGS[fmt](source, _literal(dataset))
    select = ", ".join(f"{expr} AS {column}" for column, expr in mapped.columns.items())
    checks = ((f"src.{_VALID} IS NOT TRUE", "'not a JSON record'"),) if _VALID in source.columns else ()
    problem = "CASE " + " ".join(f"WHEN {cond} THEN {msg}" for cond, msg in checks + mapped.checks) + " END"
    try:
        # Staged in a temporary table (outside the store's transaction): read once, then
        # counted, checked and inserted.
        _drop_rejects(con)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE rp_staged AS SELECT src._row, {select}, {problem} AS _problem "
            f"FROM (SELECT row_number() OVER () AS _row, * FROM {source.reader}) src {mapped.joins}"
        )
        read, bad = con.execute("SELECT count(*), count(_problem) FROM rp_staged").fetchall()[0]
        problems, unreadable = _problems(con, source, bad)

        def result(stored: int) -> FileImport:
            return FileImport(name, fmt, dataset, read + unreadable, stored, read - bad - stored, bad + unreadable, problems)

        return result(_store_staged(con, lambda stored: _record(con, result(stored))))
    except duckdb.Error as e:
        raise InputError(name, f"not readable as {fmt}: {_first_sentence(e)}") from None
    finally:
        con.execute("DROP TABLE IF EXISTS rp_staged")


# The fast way inserts the staged events whose ids are not stored yet; a file that repeats an id
# breaks the primary key that way, and is then inserted checking every row (about twice as slow).
_INSERT_NEW = ("INSERT INTO events BY NAME SELECT * EXCLUDE (_row, _problem) FROM rp_staged "
               "WHERE _problem IS NULL AND event_id NOT IN (SELECT event_id FROM events)")  # fmt: skip
_INSERT_IGNORING = "INSERT OR IGNORE INTO events BY NAME SELECT * EXCLUDE (_row, _problem) FROM rp_staged WHERE _problem IS NULL"


def _store_staged(con: duckdb.DuckDBPyConnection, record: Callable[[int], None]) -> int:
    """Insert the staged events that are new and ``record`` how many, in one transaction."""
    try:
        return _in_transaction(con, _INSERT_NEW, record)
    except duckdb.ConstraintException:
        return _in_transaction(con, _INSERT_IGNORING, record)


def _in_transaction(con: duckdb.DuckDBPyConnection, insert: str, record: Callable[[int], None]) -> int:
    con.begin()
    try:
        stored = con.execute(insert).fetchall()[0][0]
        record(stored)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return stored


def _record(con: duckdb.DuckDBPyConnection, done: FileImport) -> None:
    con.execute(
        "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [done.file, done.format, done.dataset, done.rows_read, done.stored, done.duplicates, done.rejected,
         mapping_version(), datetime.now(UTC).replace(tzinfo=None)],
    )  # fmt: skip


def _problems(con: duckdb.DuckDBPyConnection, source: _Source, bad: int) -> tuple[tuple[RejectedRow, ...], int]:
    """The rows not stored, with their line numbers: those DuckDB could not read (its rejects
    table) and those whose values break the store's rules; and the number of the former."""
    unreadable: list[tuple[int, str]] = []
    if source.rejects:
        unreadable = con.execute(
            "SELECT line, arg_min(error_message, column_idx) FROM rp_reject_errors GROUP BY line ORDER BY line"
        ).fetchall()
    skipped = sorted(line for line, _ in unreadable)
    found = [(int(line), _first_sentence(message)) for line, message in unreadable[:_SHOWN_PROBLEMS]]
    if bad:
        rows = con.execute(
            f"SELECT _row, _problem FROM rp_staged WHERE _problem IS NOT NULL ORDER BY _row LIMIT {_SHOWN_PROBLEMS}"
        ).fetchall()
        found += [(_line_of(row, source.first_line, skipped), problem) for row, problem in rows]
    unit = "record" if source.first_line is None else "line"
    shown = sorted(found)[:_SHOWN_PROBLEMS]
    return tuple(RejectedRow(f"{unit} {n}", problem) for n, problem in shown), len(unreadable)


def _line_of(row: int, first_line: int | None, skipped: list[int]) -> int:
    """The line of the ``row``-th row read, counting past the lines DuckDB rejected (the
    record number itself for JSON and parquet)."""
    if first_line is None:
        return row
    line = first_line + row - 1
    for rejected in skipped:
        if rejected <= line:
            line += 1
    return line


def _drop_rejects(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DROP TABLE IF EXISTS rp_reject_errors")
    con.execute("DROP TABLE IF EXISTS rp_reject_scans")


def _first_sentence(error: object) -> str:
    return str(error).strip().splitlines()[0][:300]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# -- readers: a file as a DuckDB table expression --------------------------------------------


@dataclass(frozen=True)
class _Source:
    """A file as DuckDB reads it: the table expression, the columns it has, the line of its
    first row (None: rows are JSON records) and whether unreadable rows land in the rejects table."""

    reader: str
    columns: frozenset[str]
    first_line: int | None
    rejects: bool

    def col(self, name: str, cast: str | None = None) -> str:
        """The column as SQL over ``src``, or NULL when the file lacks it."""
        if name not in self.columns:
            return f"NULL::{cast}" if cast else "NULL"
        return f'src."{name}"'


_CSV_OPTIONS = ("delim = '\t', auto_detect = false, store_rejects = true, "
                "rejects_table = 'rp_reject_errors', rejects_scan = 'rp_reject_scans'")  # fmt: skip


def _columns_sql(columns: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{_literal(name)}: {_literal(kind)}" for name, kind in columns) + "}"


def _csv_path(path: Path) -> str:
    compression = "gzip" if path.name.endswith(".gz") else "none"
    return f"{_literal(str(path))}, compression = '{compression}'"


def _headerless(path: Path, name: str, wanted: tuple[layouts.Layout, ...]) -> _Source:
    fields = len(_first_line(path).split("\t"))
    layout = next((w for w in wanted if len(w.columns) == fields), None)
    if layout is None:
        counts = " or ".join(str(len(w.columns)) for w in wanted)
        raise InputError(name, f"line 1 has {fields} tab-separated fields; {wanted[0].name} has {counts}"
                               f"{_guess(path)}")  # fmt: skip
    reader = (f"read_csv({_csv_path(path)}, header = false, quote = '', escape = '', {_CSV_OPTIONS}, "
              f"columns = {_columns_sql(layout.columns)})")  # fmt: skip
    return _Source(reader, frozenset(layout.names), 1, True)


def _headed(path: Path, name: str, layout: layouts.Layout, required: tuple[str, ...]) -> _Source:
    header = [h.strip() for h in _first_line(path).split("\t")]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(name, f"the header lacks {', '.join(missing)}: not a {layout.name} file{_guess(path)}")
    known = dict(layout.columns)
    columns = [(h, known.get(h, "VARCHAR")) for h in header]
    reader = (f"read_csv({_csv_path(path)}, header = true, quote = '\"', escape = '\"', {_CSV_OPTIONS}, "
              f"columns = {_columns_sql(columns)})")  # fmt: skip
    return _Source(reader, frozenset(header), 2, True)


def _guess(path: Path) -> str:
    try:
        return f" (it looks like {sniff_format(path)}: try --format {sniff_format(path)})"
    except InputError:
        return ""


def _gdelt1(path: Path, name: str) -> _Source:
    return _headerless(path, name, (layouts.GDELT1, layouts.GDELT1_HISTORICAL))


def _gdelt2(path: Path, name: str) -> _Source:
    return _headerless(path, name, (layouts.GDELT2,))


def _icews(path: Path, name: str) -> _Source:
    return _headed(path, name, layouts.ICEWS, ("Event ID", "Event Date", "Source Name", "Target Name"))


def _polecat(path: Path, name: str) -> _Source:
    return _headed(path, name, layouts.POLECAT, ("Event ID", "Event Date", "Event Type", "Actor Name"))


_PLOVER_ACTOR = "STRUCT(actorText VARCHAR, code VARCHAR, country VARCHAR)[]"
_PLOVER_COLUMNS = (
    ("id", "VARCHAR"), ("date", "VARCHAR"), ("datePrecision", "VARCHAR"), ("source", _PLOVER_ACTOR),
    ("actor", _PLOVER_ACTOR), ("target", _PLOVER_ACTOR), ("recipient", _PLOVER_ACTOR), ("event", "JSON"),
    ("mode", "VARCHAR"), ("cameo", "VARCHAR"), ("quadClass", "INTEGER"), ("goldstein", "DOUBLE"),
    ("modality", "VARCHAR"), ("docId", "VARCHAR"), ("storyId", "VARCHAR"), ("text", "VARCHAR"),
    ("eventText", "VARCHAR"), ("dataset", "VARCHAR"), ("originalId", "VARCHAR"),
    ("location", "STRUCT(placename VARCHAR, country_code VARCHAR, lat DOUBLE, lon DOUBLE)"),
)  # fmt: skip


def _plover_json(path: Path, name: str) -> _Source:
    if not _first_line(path).lstrip().startswith(("[", "{")):
        raise InputError(name, f"not JSON: PLOVER records are a JSON array or JSON lines{_guess(path)}")
    if _first_line(path).lstrip().startswith("{"):
        return _json_lines(path, _PLOVER_COLUMNS)
    reader = f"read_json({_csv_path(path)}, format = 'auto', columns = {_columns_sql(_PLOVER_COLUMNS)})"
    return _Source(reader, frozenset(n for n, _ in _PLOVER_COLUMNS), None, False)


def _json_lines(path: Path, columns: Iterable[tuple[str, str]]) -> _Source:
    """JSON Lines read as lines of text (their row numbers are line numbers), each parsed with
    ``json_transform``: a line that is no JSON record is reported instead of stopping the file.
    The delimiter is a control character, which JSON text never holds unescaped."""
    columns = list(columns)
    structure = "{" + ", ".join(f'"{n}": "{t}"' for n, t in columns) + "}"
    lines = (f"read_csv({_csv_path(path)}, header = false, columns = {{'line': 'VARCHAR'}}, delim = '\x01', "
             f"quote = '', escape = '', auto_detect = false, store_rejects = true, "
             "rejects_table = 'rp_reject_errors', rejects_scan = 'rp_reject_scans')")  # fmt: skip
    reader = (f"(SELECT json_valid(line) AS {_VALID}, unnest(json_transform(CASE WHEN json_valid(line) THEN line END, "
              f"{_literal(structure)})) FROM {lines})")  # fmt: skip
    return _Source(reader, frozenset([_VALID, *(n for n, _ in columns)]), 1, True)


_VALID = "_json_valid"  # the column saying whether a JSON line parsed


def _realpolitik(path: Path, name: str) -> _Source:
    """realpolitik's own csv (comma-separated, headed), parquet or JSON lines of events."""
    from .store import EVENT_COLUMNS, EVENT_TYPES

    if path.suffix == ".parquet":
        names = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet({_literal(str(path))})").fetchall()
        return _Source(f"read_parquet({_literal(str(path))})", frozenset(n for n, *_ in names), None, False)
    line = _first_line(path)
    typed = [(c, EVENT_TYPES[c]) for c in EVENT_COLUMNS]
    if line.lstrip().startswith("{"):
        return _json_lines(path, typed)
    header = line.split(",")
    if "event_id" not in header:
        raise InputError(name, f"not a realpolitik export: no event_id column{_guess(path)}")
    columns = [(h, EVENT_TYPES.get(h, "VARCHAR")) for h in header]
    reader = (f"read_csv({_csv_path(path)}, header = true, delim = ',', quote = '\"', escape = '\"', "
              "auto_detect = false, store_rejects = true, rejects_table = 'rp_reject_errors', "
              f"rejects_scan = 'rp_reject_scans', columns = {_columns_sql(columns)})")  # fmt: skip
    return _Source(reader, frozenset(header), 2, True)


_SOURCES = {"gdelt1": _gdelt1, "gdelt2": _gdelt2, "icews": _icews, "polecat": _polecat,
            "plover-json": _plover_json, "realpolitik": _realpolitik}  # fmt: skip


# -- lookups: the ontology and the names of countries and sectors, as temporary tables ------


def _lookup_tables(con: duckdb.DuckDBPyConnection) -> None:
    codes = ontology.all_codes()
    con.execute("CREATE OR REPLACE TEMP TABLE rp_cameo (code VARCHAR, name VARCHAR, quad_class TINYINT, "
                "goldstein DOUBLE, plover_event VARCHAR, plover_mode VARCHAR)")  # fmt: skip
    con.executemany("INSERT INTO rp_cameo VALUES (?, ?, ?, ?, ?, ?)",
                    [(c.code, c.name.lower(), c.quad_class, c.goldstein, c.plover_event, c.plover_mode) for c in codes])  # fmt: skip
    con.execute("CREATE OR REPLACE TEMP TABLE rp_plover (event VARCHAR, mode VARCHAR, code VARCHAR)")
    con.executemany("INSERT INTO rp_plover VALUES (?, ?, ?)", plover_to_cameo())
    con.execute("CREATE OR REPLACE TEMP TABLE rp_names (kind VARCHAR, name VARCHAR, code VARCHAR)")
    con.executemany("INSERT INTO rp_names VALUES (?, ?, ?)",
                    [("country", n, c) for n, c in country_names().items()]
                    + [("sector", n, c) for n, c in sector_names().items()]
                    + [("quad", name.lower(), str(q)) for q, name in ontology.load_ontology().quad_class_names.items()])  # fmt: skip


def plover_to_cameo() -> list[tuple[str, str, str]]:
    """(PLOVER event, mode or "", CAMEO code): for each event and mode the first code of that
    event and mode, three-digit codes first (the most general act); mode "" for the event alone."""
    out = []
    ordered = sorted(ontology.all_codes(), key=lambda c: len(c.code) != 3)  # stable: CAMEO order within
    for event in ontology.plover_events():
        codes = [c for c in ordered if c.plover_event == event]
        plain = next((c for c in codes if c.plover_mode is None), codes[0])
        out.append((event, "", plain.code))
        for mode in dict.fromkeys(c.plover_mode for c in codes if c.plover_mode):
            out.append((event, mode, next(c.code for c in codes if c.plover_mode == mode)))
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case country names and aliases -> ISO-3 code, from the actor dictionary."""
    layer = shipped_layer("realpolitik.actors.data", "countries.yaml")
    out: dict[str, str] = {}
    for entry in layer.data["countries"]:
        for name in [entry["name"], *entry.get("aliases", [])]:
            out.setdefault(str(name).lower(), entry["code"])
    return out


@lru_cache(maxsize=1)
def country_display_names() -> dict[str, str]:
    """ISO-3 code -> the country's name, as ICEWS writes countries."""
    layer = shipped_layer("realpolitik.actors.data", "countries.yaml")
    return {entry["code"]: entry["name"] for entry in layer.data["countries"]}


@lru_cache(maxsize=1)
def _sector_layer() -> dict[str, list[str]]:
    return shipped_layer("realpolitik.data", "dataset_sectors.yaml").data["sectors"]


def sector_names() -> dict[str, str]:
    """Lower-case sector names (ICEWS, POLECAT) -> CAMEO actor type code."""
    return {str(n).lower(): code for code, names in _sector_layer().items() for n in names}


def sector_display_names() -> dict[str, str]:
    """CAMEO actor type code -> the sector name written on export."""
    return {code: str(names[0]) for code, names in _sector_layer().items()}


# -- mappings: a source's columns as the store's event columns --------------------------------


@dataclass(frozen=True)
class _Mapping:
    columns: dict[str, str]  # store column -> SQL over src and the joins
    joins: str
    checks: tuple[tuple[str, str], ...]  # (SQL true for a bad row, SQL of the problem's text)


# One row of name -> code maps, joined to every row (a lambda cannot hold a subquery).
_NAMES_JOIN = (" CROSS JOIN (SELECT map(list(name) FILTER (kind = 'country'), list(code) FILTER (kind = 'country')) AS country, "
               "map(list(name) FILTER (kind = 'sector'), list(code) FILTER (kind = 'sector')) AS sector, "
               "map(list(name) FILTER (kind = 'quad'), list(code) FILTER (kind = 'quad')) AS quad FROM rp_names) names")  # fmt: skip


def _country(sql: str) -> str:
    """A country given as a code (3 capitals) or as a name the dictionary knows."""
    return (f"CASE WHEN regexp_full_match({sql}, '[A-Z]{{3}}') THEN {sql} "
            f"ELSE names.country[lower(trim({sql}))] END")  # fmt: skip


def _sector(sql: str) -> str:
    """The first sector of a comma-separated list that has a CAMEO code (or is one)."""
    each = ("lambda x: CASE WHEN regexp_full_match(trim(x), '[A-Z]{3}') THEN trim(x) "
            "ELSE names.sector[lower(trim(x))] END")  # fmt: skip
    return f"list_filter(list_transform(string_split({sql}, ','), {each}), lambda x: x IS NOT NULL)[1]"


def _named_actor(s: _Source, side: str, name: str, country: str, sectors: str) -> dict[str, str]:
    """An actor given by name, country (name or code) and sector names, as ICEWS and POLECAT do:
    its code is the country's followed by the first sector's ("Belarus", "Police" -> BLRCOP)."""
    code = _country(s.col(country))
    return {
        f"{side}_text": s.col(name), f"{side}_country": code,
        f"{side}_code": f"nullif(coalesce({code}, '') || coalesce({_sector(s.col(sectors))}, ''), '')",
    }


def _named_place(s: _Source, names: tuple[str, ...]) -> dict[str, str]:
    """The event's place: the most precise name given, its country, latitude and longitude."""
    return {
        "location_name": f"coalesce({', '.join(s.col(n) for n in names)})",
        "location_country": _country(s.col("Country")), "lat": s.col("Latitude"), "lon": s.col("Longitude"),
    }  # fmt: skip


def _mapping_note(direction: str) -> str:
    return _literal(f"{direction} {mapping_version()}")


def _common_checks(ident: str, day: str) -> tuple[tuple[str, str], ...]:
    return (
        (f"{ident} IS NULL", "'no event id'"),
        (f"{day} IS NULL", "'no event date (or not a date)'"),
    )


def _cameo_checks(cameo: str, quad: str, goldstein: str, given: str) -> tuple[tuple[str, str], ...]:
    """``given``: SQL naming what the row gave instead of a known code, for the message."""
    return (
        (f"{cameo} IS NULL", f"coalesce({given}, 'nothing') || ' is no CAMEO code realpolitik knows'"),
        (f"{quad} IS NULL OR {quad} NOT BETWEEN 1 AND 4", f"'quad class ' || coalesce({quad}::VARCHAR, 'empty') || ' is not 1-4'"),
        (f"{goldstein} IS NULL OR {goldstein} NOT BETWEEN -10 AND 10",
         f"'Goldstein score ' || coalesce({goldstein}::VARCHAR, 'empty') || ' is not a number from -10 to 10'"),
    )  # fmt: skip


def _ids(dataset: str, original: str) -> dict[str, str]:
    event_id = f"{dataset} || ':' || {original}"
    return {"event_id": event_id, "story_id": event_id, "dataset": dataset, "original_id": f"{original}::VARCHAR"}


def _gdelt_mapping(s: _Source, dataset: str) -> _Mapping:
    ident = s.col("GLOBALEVENTID")
    day = f"try_strptime({s.col('SQLDATE')}::VARCHAR, '%Y%m%d')::DATE"
    goldstein = s.col("GoldsteinScale")
    columns = {
        **_ids(dataset, ident),
        "doc_id": f"coalesce({s.col('SOURCEURL')}, {dataset} || ':' || {ident})",
        "doc_date": f"try_strptime(left({s.col('DATEADDED')}::VARCHAR, 8), '%Y%m%d')::DATE",
        "date": day, "date_precision": "'day'", "modality": "'asserted'",
        "source_text": s.col("Actor1Name"), "source_code": s.col("Actor1Code"), "source_country": s.col("Actor1CountryCode"),
        "target_text": s.col("Actor2Name"), "target_code": s.col("Actor2Code"), "target_country": s.col("Actor2CountryCode"),
        "cameo": "c.code", "root": "left(c.code, 2)", "quad_class": s.col("QuadClass"), "goldstein": goldstein,
        "plover_event": "c.plover_event", "plover_mode": "c.plover_mode", "mapping": _mapping_note("cameo->plover"),
        "location_name": s.col("ActionGeo_FullName"), "location_country": s.col("ActionGeo_CountryCode"),
        "lat": s.col("ActionGeo_Lat"), "lon": s.col("ActionGeo_Long"),
    }  # fmt: skip
    return _Mapping(columns, f"LEFT JOIN rp_cameo c ON c.code = {s.col('EventCode')}",
                    _common_checks(ident, day) + _cameo_checks("c.code", s.col("QuadClass"), goldstein,
                                                                f"'EventCode ' || {s.col('EventCode')}"))


def _icews_mapping(s: _Source, dataset: str) -> _Mapping:
    ident = s.col("Event ID")
    goldstein = f"coalesce({s.col('Intensity')}, c.goldstein)"
    columns = {
        **_ids(dataset, ident),
        "doc_id": f"coalesce('icews-story:' || {s.col('Story ID')}, {dataset} || ':' || {ident})",
        "sentence_index": s.col("Sentence Number"),
        "date": s.col("Event Date"), "date_precision": "'day'", "modality": "'asserted'",
        **_named_actor(s, "source", "Source Name", "Source Country", "Source Sectors"),
        **_named_actor(s, "target", "Target Name", "Target Country", "Target Sectors"),
        "cameo": "c.code", "root": "left(c.code, 2)", "quad_class": "c.quad_class", "goldstein": goldstein,
        "plover_event": "c.plover_event", "plover_mode": "c.plover_mode", "mapping": _mapping_note("cameo->plover"),
        **_named_place(s, ("City", "District", "Province")),
    }  # fmt: skip
    # Files released before mid-2020 have no CAMEO Code column: the event text names the code.
    # A root and its general code share a name ("Consult": 04 and 040): ICEWS means the code.
    joins = (f"LEFT JOIN (SELECT name, arg_max(code, length(code)) AS code FROM rp_cameo GROUP BY name) n "
             f"ON n.name = lower(trim({s.col('Event Text')})) "
             f"LEFT JOIN rp_cameo c ON c.code = coalesce({s.col('CAMEO Code')}, n.code){_NAMES_JOIN}")  # fmt: skip
    given = f"'CAMEO Code ' || {s.col('CAMEO Code')}, 'Event Text ' || {s.col('Event Text')}"
    checks = _common_checks(ident, s.col("Event Date")) + _cameo_checks("c.code", "c.quad_class", goldstein, given)
    return _Mapping(columns, joins, checks)


def _polecat_mapping(s: _Source, dataset: str) -> _Mapping:
    ident = s.col("Event ID")
    day = f"try_cast(left({s.col('Event Date')}, 10) AS DATE)"
    event, mode = f"upper(trim({s.col('Event Type')}))", f"lower(trim({s.col('Event Mode')}))"
    cameo = s.col("CAMEO Code")  # not POLECAT's: realpolitik's export adds it (a statement has no PLOVER event)
    intensity = f"try_cast({s.col('Event Intensity')} AS DOUBLE)"
    quad_text = f"trim({s.col('Quad Code')})"
    quad = (f"coalesce(try_cast({quad_text} AS TINYINT), "
            f"try_cast(names.quad[lower({quad_text})] AS TINYINT), c.quad_class)")  # fmt: skip
    goldstein = f"CASE WHEN {intensity} BETWEEN -10 AND 10 THEN {intensity} ELSE c.goldstein END"
    columns = {
        **_ids(dataset, ident),
        "doc_id": f"{dataset} || ':' || {ident}",
        "doc_date": f"try_cast(left({s.col('Publication Date')}, 10) AS DATE)",
        "date": day, "date_precision": "'day'", "modality": "'asserted'",
        **_named_actor(s, "source", "Actor Name", "Actor Country", "Primary Actor Sector"),
        **_named_actor(s, "target", "Recipient Name", "Recipient Country", "Primary Recipient Sector"),
        "cameo": "c.code", "root": "left(c.code, 2)", "quad_class": quad, "goldstein": goldstein,
        "plover_event": f"coalesce({event}, c.plover_event)",
        "plover_mode": f"CASE WHEN {event} IS NULL THEN c.plover_mode ELSE nullif({mode}, '') END",
        "mapping": f"CASE WHEN {cameo} IS NULL THEN {_mapping_note('plover->cameo')} END",
        **_named_place(s, ("Placename", "City", "District", "Province")),
    }  # fmt: skip
    joins = (f"LEFT JOIN rp_plover pm ON pm.event = {event} AND pm.mode = {mode} "
             f"LEFT JOIN rp_plover pe ON pe.event = {event} AND pe.mode = '' "
             f"LEFT JOIN rp_cameo c ON c.code = coalesce({cameo}, pm.code, pe.code){_NAMES_JOIN}")  # fmt: skip
    given = f"'CAMEO Code ' || {cameo}, 'PLOVER event ' || {event} || coalesce(' ' || nullif({mode}, ''), '')"
    return _Mapping(columns, joins, _common_checks(ident, day) + _cameo_checks("c.code", quad, goldstein, given))


def _plover_mapping(s: _Source, dataset: str) -> _Mapping:
    ident = "src.id"
    day = "try_cast(left(src.date, 10) AS DATE)"
    given = "upper(CASE json_type(src.event) WHEN 'ARRAY' THEN src.event->>0 ELSE src.event->>'$' END)"
    source, target = "coalesce(src.source, src.actor)[1]", "coalesce(src.target, src.recipient)[1]"
    goldstein, quad = "coalesce(src.goldstein, c.goldstein)", "coalesce(src.quadClass, c.quad_class)"
    note = (f"CASE WHEN src.cameo IS NULL THEN {_mapping_note('plover->cameo')} "
            f"WHEN {given} IS NULL AND c.plover_event <> '' THEN {_mapping_note('cameo->plover')} END")  # fmt: skip
    columns = {
        **_ids(dataset, ident),
        "dataset": f"coalesce(src.dataset, {dataset})" if dataset == "'plover'" else dataset,
        "original_id": "coalesce(src.originalId, src.id)",
        "story_id": _own_story(f"coalesce(src.dataset, {dataset})", "src.storyId", f"{dataset} || ':' || {ident}"),
        "doc_id": f"coalesce(src.docId, {dataset} || ':' || {ident})",
        "date": day, "date_precision": "coalesce(src.datePrecision, 'day')",
        "modality": "coalesce(src.modality, 'asserted')", "sentence": "src.text", "trigger_text": "src.eventText",
        "source_text": f"{source}.actorText", "source_code": f"{source}.code", "source_country": f"{source}.country",
        "target_text": f"{target}.actorText", "target_code": f"{target}.code", "target_country": f"{target}.country",
        "cameo": "c.code", "root": "left(c.code, 2)", "quad_class": quad, "goldstein": goldstein,
        "plover_event": f"coalesce({given}, c.plover_event)", "plover_mode": f"CASE WHEN {given} IS NULL THEN c.plover_mode ELSE src.mode END",
        "mapping": note, "location_name": "src.location.placename", "location_country": "src.location.country_code",
        "lat": "src.location.lat", "lon": "src.location.lon",
    }  # fmt: skip
    joins = (f"LEFT JOIN rp_plover pm ON pm.event = {given} AND pm.mode = lower(src.mode) "
             f"LEFT JOIN rp_plover pe ON pe.event = {given} AND pe.mode = '' "
             "LEFT JOIN rp_cameo c ON c.code = coalesce(src.cameo, pm.code, pe.code)")  # fmt: skip
    named = f"'cameo ' || src.cameo, 'PLOVER event ' || {given}"
    checks = (_common_checks(ident, day) + _cameo_checks("c.code", quad, goldstein, named)
              + _store_rules(columns["date_precision"], columns["modality"]))  # fmt: skip
    return _Mapping(columns, joins, checks)


def _realpolitik_mapping(s: _Source, dataset: str) -> _Mapping:
    from .store import EVENT_COLUMNS, EVENT_TYPES

    columns = {c: f"CAST({s.col(c)} AS {EVENT_TYPES[c]})" for c in EVENT_COLUMNS}
    columns["root"] = f"coalesce({s.col('root')}, left({s.col('cameo')}, 2))"
    columns["dataset"] = f"coalesce({s.col('dataset')}, {dataset})" if dataset == "'realpolitik'" else dataset
    columns["story_id"] = _own_story(columns["dataset"], s.col("story_id"), s.col("event_id"))
    columns["plover_event"] = f"coalesce({s.col('plover_event')}, '')"  # a statement's: empty in the store
    checks = (
        (f"{s.col('event_id')} IS NULL", "'no event_id'"),
        (f"{s.col('cameo')} IS NULL", "'no cameo code'"),
        *_cameo_checks(s.col("cameo"), s.col("quad_class"), s.col("goldstein"), "''")[1:],
        *_store_rules(s.col("date_precision"), s.col("modality")),
    )
    return _Mapping(columns, "", checks)


def _own_story(dataset: str, story_id: str, event_id: str) -> str:
    """realpolitik's events keep their stories; another dataset's event is a story of its own
    (the analyses rely on it: ``store._heads_sql``)."""
    from .store import OWN_DATASET

    return f"CASE WHEN {dataset} = '{OWN_DATASET}' THEN coalesce({story_id}, {event_id}) ELSE {event_id} END"


def _store_rules(precision: str, modality: str) -> tuple[tuple[str, str], ...]:
    """The store's own rules on a row's date precision and modality."""
    from .store import MODALITIES

    precisions = ("day", "month", "year", "doc")
    return (
        (f"{precision} IS NULL OR {precision} NOT IN {precisions}",
         f"'date precision ' || coalesce({precision}, 'empty') || ' is not one of {', '.join(precisions)}'"),
        (f"{modality} IS NULL OR {modality} NOT IN {MODALITIES}",
         f"'modality ' || coalesce({modality}, 'empty') || ' is not one of {', '.join(MODALITIES)}'"),
    )  # fmt: skip


_MAPPINGS = {"gdelt1": _gdelt_mapping, "gdelt2": _gdelt_mapping, "icews": _icews_mapping,
             "polecat": _polecat_mapping, "plover-json": _plover_mapping, "realpolitik": _realpolitik_mapping}  # fmt: skip
