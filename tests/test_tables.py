"""Terminal tables: short values whole, text trimmed to one line, periods named."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from rich.console import Console

from realpolitik.analysis import period_name
from realpolitik.errors import ChoiceError
from realpolitik.tables import cell, frame_table, pick_columns


@pytest.mark.parametrize(
    "period, name",
    [("year", "2015"), ("quarter", "2015-Q1"), ("month", "2015-03"), ("week", "2015-W10"), ("day", "2015-03-02")],
)
def test_period_names(period: str, name: str) -> None:
    assert period_name(pd.Timestamp("2015-03-02"), period) == name


def render(frame: pd.DataFrame, width: int, **options) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(frame_table(frame, **options))
    return console.export_text().splitlines()


def test_text_is_trimmed_and_numbers_stay_whole() -> None:
    frame = pd.DataFrame({
        "date": pd.to_datetime(["2015-01-01", "2016-12-31"]), "goldstein": [-9.4, 10.0],
        "sentence": ["A long sentence about a long dispute over water " * 3, "Short one."],
    })  # fmt: skip
    lines = render(frame, 40)
    assert [line.split()[:2] for line in lines[1:]] == [["2015-01-01", "-9.40"], ["2016-12-31", "10.00"]]
    assert len(lines) == 3 and all(len(line) <= 40 for line in lines)
    assert lines[1].rstrip().endswith("…") and lines[2].rstrip().endswith("Short one.")


def test_periods_and_lists_as_text() -> None:
    frame = pd.DataFrame({"period": pd.to_datetime(["2015-04-01"]), "doc_ids": [["a", "b"]]})
    assert render(frame, 80, period="quarter")[1].split() == ["2015-Q2", "a,", "b"]
    assert cell(None) == "" and cell(float("nan")) == "" and cell(pd.Timestamp("2015-03-02 10:30")) == "2015-03-02 10:30:00"


def test_pick_columns_by_name_or_display_name() -> None:
    frame = pd.DataFrame(columns=["date", "source_code", "plover_event", "sentence"])
    assert list(pick_columns(frame, "evidence,source,date").columns) == ["sentence", "source_code", "date"]
    with pytest.raises(ChoiceError, match="unknown column 'when'; use one of date, source_code"):
        pick_columns(frame, "when")
