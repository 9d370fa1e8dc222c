"""Defaults from the data (the tilt's state, sides and period) and counts of what a result
leaves out (events without a target, undated, with an actor without a country)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from realpolitik.analysis import period_for_span
from realpolitik.cli import app
from realpolitik.store import Coverage, Store, TiltChoice

runner = CliRunner()


def invoke(*args: str | Path):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def test_tilt_without_a_state_takes_the_busiest(south_asia: Path) -> None:
    with Store(south_asia, read_only=True) as store:
        # India is in 8 acts; its counterparts: Pakistan 4 times, the US twice, China once
        assert store.tilt_choice() == TiltChoice("IND", "PAK", "USA", "month")
        assert store.tilt_choice("Pakistan") == TiltChoice("PAK", "IND", "CHN", "month")
        assert store.tilt_choice("IND", "CHN") == TiltChoice("IND", "CHN", "PAK", "month")
        assert store.tilt_choice("IND", "PAK", "USA", "year") == TiltChoice("IND", "PAK", "USA", "year")
    result = invoke("tilt", "--db", south_asia, "--format", "csv")
    assert "tilt of IND between PAK and USA by month: the most active in the data" in result.stderr
    frame = pd.read_csv(pd.io.common.StringIO(result.stdout))
    assert frame["period"].tolist() == ["2023-12-01", "2024-02-01", "2024-03-01"]
    assert (frame["side_a"] == "PAK").all() and (frame["side_b"] == "USA").all()


def test_the_period_follows_the_span() -> None:
    assert period_for_span(date(2023, 12, 5), date(2024, 3, 1)) == "month"
    assert period_for_span(date(2014, 1, 1), date(2016, 12, 1)) == "month"
    assert period_for_span(date(2014, 1, 1), date(2017, 1, 2)) == "year"
    assert period_for_span(None, None) == "year"


def test_dyads_default_to_the_span_and_say_what_they_leave_out(south_asia: Path) -> None:
    result = invoke("dyads", "--db", south_asia)
    assert "dyads by month" in result.stdout and "2023-12" in result.stdout
    assert result.stderr.splitlines() == [
        "1 of 10 events had no target (not in dyads or the tilt)",
        "1 of 10 events had no date, from 1 undated documents (not in any period)",
        "1 of 10 events had an actor without a country (shown under its code, e.g. EU)",
    ]


def test_an_actor_without_a_country_is_in_dyads_under_its_code(south_asia: Path) -> None:
    frame = pd.read_csv(pd.io.common.StringIO(invoke("dyads", "--db", south_asia, "--dyad", "EU,USA", "--format", "csv").stdout))
    assert frame[["period", "source_country", "target_country", "events", "q3"]].values.tolist() == [["2024-01-01", "EU", "USA", 1, 1]]


def test_coverage_counts(south_asia: Path) -> None:
    with Store(south_asia, read_only=True) as store:
        assert store.coverage() == Coverage(events=10, without_target=1, undated_events=1, undated_documents=1, without_country=1)
        assert store.coverage(country="PAK") == Coverage(5, 0, 1, 1, 0)
        assert store.coverage(country="PAK").lines() == ["1 of 5 events had no date, from 1 undated documents (not in any period)"]


def test_tilt_says_what_it_leaves_out(south_asia: Path) -> None:
    result = invoke("tilt", "India", "--between", "Pakistan", "--and", "United States", "--db", south_asia)
    assert "tilt of IND: +1 = PAK, -1 = USA" in result.stdout
    assert "1 of 8 events had no target (not in dyads or the tilt)" in result.stderr
    assert "tilt by month, as the data spans" in result.stderr
