"""Every filter and option value is checked by the CLI: a typo is an error naming the valid
choices (or the close ones) with exit code 2, never an empty result."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from realpolitik.cli import app

runner = CliRunner()


def invoke(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args])


def test_a_country_by_name_is_its_code(south_asia: Path) -> None:
    by_name = invoke("events", "--db", south_asia, "--country", "India", "--format", "csv")
    by_code = invoke("events", "--db", south_asia, "--country", "IND", "--format", "csv")
    assert by_name.exit_code == 0 and by_name.stdout == by_code.stdout
    assert by_name.stdout.count("\n") == 1 + 8  # a header and the 8 acts of India


@pytest.mark.parametrize(
    "args, message",
    [
        (["events", "--country", "XYZ"], "unknown country or actor 'XYZ'; give an ISO-3 country code"),
        (["events", "--country", "Indai"], "did you mean India"),
        (["events", "--dyad", "India,Pakistn"], "did you mean Pakistan"),
        (["events", "--type", "TARIFF"], "unknown event type (a PLOVER event or a CAMEO code) 'TARIFF'; use one of REQUEST"),
        (["events", "--type", "99"], "unknown CAMEO code '99'"),
        (["events", "--modality", "maybe"], "unknown modality 'maybe'; use one of asserted, negated"),
        (["events", "--columns", "date,bogus"], "unknown column 'bogus'; use one of event_id"),
        (["tilt", "XYZ"], "unknown country or actor 'XYZ'"),
        (["tilt", "IND", "--between", "PAK", "--and", "Chnia"], "did you mean China"),
        (["dyads", "--country", "XYZ"], "unknown country or actor 'XYZ'"),
    ],
)
def test_an_unknown_value_is_an_error_with_the_choices(south_asia: Path, args: list[str], message: str) -> None:
    result = invoke(*args, "--db", south_asia)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "args, option",
    [
        (["events", "--format", "xlsx"], "--format"),
        (["dyads", "--period", "decade"], "--period"),
        (["tilt", "IND", "--period", "decade"], "--period"),
        (["dyads", "--unit", "articles"], "--unit"),
        (["sql", "SELECT 1", "--format", "xml"], "--format"),
    ],
)
def test_an_option_outside_its_choices_is_a_usage_error(south_asia: Path, args: list[str], option: str) -> None:
    result = invoke(*args, "--db", south_asia)
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output and "is not one of" in result.output


def test_code_checks_modality_and_format(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("India and Pakistan held talks.", encoding="utf-8")
    for option, value in (("--modality", "bogus"), ("--format", "parquet")):
        result = invoke("code", text, option, value)
        assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output and "'all'" * (option == "--modality") in result.output


def test_ingest_of_a_missing_path_makes_no_store(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    result = invoke("ingest", tmp_path / "missing.txt", "--db", db, "--no-progress")
    assert result.exit_code == 2 and "missing.txt: no such file or directory" in result.output
    assert not db.exists()
