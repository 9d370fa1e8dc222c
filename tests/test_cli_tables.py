"""Tables at 80 columns: one line per row, no line wider than the terminal, dates and numbers
whole, periods named as periods."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from realpolitik.cli import app
from realpolitik.store import Store

runner = CliRunner()

WHOLE_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # rich reads it


def table(*args: str | Path) -> list[str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= 80 for line in lines), "\n".join(lines)
    return lines


def test_events_one_line_per_event_with_whole_dates(south_asia: Path) -> None:
    lines = table("events", "--db", south_asia, "--modality", "all")
    with Store(south_asia, read_only=True) as store:
        events = store.events(modality=None)
    assert lines[0].split() == ["date", "source", "target", "event", "modality", "evidence"]
    assert len(lines) == 1 + len(events)
    dated = events["date"].dropna().dt.date.astype(str).tolist()
    assert [m.group() for line in lines[1:] for m in WHOLE_DATE.finditer(line[:12])] == dated
    assert any(line.endswith("…") or line.rstrip().endswith("…") for line in lines[1:])  # evidence trimmed


def test_columns_are_chosen_by_name_or_display_name(south_asia: Path) -> None:
    lines = table("events", "--db", south_asia, "--columns", "date,cameo,source_country,goldstein", "--limit", "2")
    assert lines[0].split() == ["date", "cameo", "source", "gold"]
    assert lines[1].split() == ["2023-12-05", "111", "IND", "-2.00"]
    csv = runner.invoke(app, ["events", "--db", str(south_asia), "--columns", "date,event", "--format", "csv", "--limit", "1"])
    assert csv.stdout.splitlines() == ["date,plover_event", "2023-12-05,ACCUSE"]


@pytest.mark.parametrize("period, label", [("year", "2023"), ("quarter", "2023-Q4"), ("month", "2023-12"), ("week", "2023-W49")])
def test_periods_are_named_by_period(south_asia: Path, period: str, label: str) -> None:
    lines = table("dyads", "--db", south_asia, "--period", period)
    assert lines[1].split() == ["period", "source", "target", "events", "q1", "q2", "q3", "q4", "gold_sum", "gold_mean", "net_coop"]
    assert lines[2].split()[0] == label
    assert not WHOLE_DATE.search("\n".join(lines))


def test_tilt_explanation_fits(south_asia: Path) -> None:
    lines = table("tilt", "IND", "--between", "PAK", "--and", "USA", "--db", south_asia, "--period", "quarter", "--explain")
    assert "2023-Q4: events behind the tilt" in "\n".join(lines)
