"""`--help` of every command reads well at 80 columns: no Python types, every option described,
a one-line summary and an example."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from realpolitik.cli import app

runner = CliRunner()


def _commands(group: typer.Typer, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [(*prefix, c.name or c.callback.__name__) for c in group.registered_commands]
    for sub in group.registered_groups:
        found += _commands(sub.typer_instance, (*prefix, sub.name))
    return found


COMMANDS = _commands(app)


def test_every_command_is_listed() -> None:
    assert {"code", "ingest", "import", "events", "dyads", "tilt", "export", "sql", "report", "serve"} <= {c[-1] for c in COMMANDS}
    assert ("actors", "resolve") in COMMANDS and ("dictionaries", "import") in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_at_80_columns(command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = runner.invoke(app, [*command, "--help"])
    text = result.output
    assert result.exit_code == 0, text
    assert not re.search(r"<(bool|str|int|path|list\[)|\{\w+\}", text, re.IGNORECASE), text
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Example" in text and "realpolitik " + " ".join(command) in text
    for entry in re.split(r"\n(?=  -)", text.split("Options:")[1].strip("\n")):
        name, _, description = entry.strip().partition("  ")
        assert re.sub(r"\[[^]]*\]", "", description).strip(), f"{name} has no description"


def test_the_summary_is_one_line() -> None:
    listing = runner.invoke(app, ["--help"]).output
    assert "dyads         Per directed dyad and period" in listing
    assert "tilt          Alignment of a state between two sides" in listing
