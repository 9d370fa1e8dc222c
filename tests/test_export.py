"""Exports in other datasets' layouts, each read back by the importer (round trip: same events)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from test_cli_store import db as coded  # noqa: F401 - a fixture
from test_cli_store import run
from test_store import fake_code, make_doc
from typer.testing import CliRunner

from realpolitik import layouts
from realpolitik.cli import app
from realpolitik.errors import QueryError
from realpolitik.export import EXPORT_FORMATS, numeric_id
from realpolitik.store import EVENT_COLUMNS, Store

runner = CliRunner()

# What each layout carries, compared after a round trip; the event's day is its date, else its
# document's (GDELT, ICEWS and POLECAT have one date per event).
SHARED = ["day", "source_country", "target_country", "cameo", "quad_class", "goldstein"]
CARRIED = {
    "csv": EVENT_COLUMNS,
    "jsonl": EVENT_COLUMNS,
    "parquet": EVENT_COLUMNS,
    "plover-json": [*SHARED, "source_code", "source_text", "target_code", "target_text", "plover_event",
                    "plover_mode", "modality", "sentence", "trigger_text", "doc_id", "story_id", "date_precision"],
    "gdelt2": [*SHARED, "source_code", "source_text", "target_code", "target_text", "root"],
    "icews": [*SHARED, "source_text", "target_text", "sentence_index"],
    "polecat": [*SHARED, "source_text", "target_text", "plover_event", "plover_mode"],
}  # fmt: skip


@pytest.fixture
def db(coded: Path) -> Path:  # noqa: F811 - the fixture imported above
    """The store of test_cli_store, with a statement added."""
    statement = [make_doc("d", ["RUSGOV BLR 010 2016-03-02 day"])]
    with Store(coded) as store:
        store.write(statement, list(fake_code(statement)))
    return coded


def carried(db: Path, columns: list[str]) -> pd.DataFrame:
    with Store(db, read_only=True) as store:
        frame = store.events()
    frame["day"] = frame["date"].fillna(frame["doc_date"])
    key = [c for c in ["day", "cameo", "source_country", "target_country", "event_id"] if c in columns]
    return frame[columns].astype(object).where(frame[columns].notna(), None).sort_values(key).reset_index(drop=True)


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_export_format_reads_back_as_the_same_events(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    run("export", "--db", db, "--format", fmt, "--out", out)
    again = tmp_path / "again.duckdb"
    run("import", out, "--db", again, "--format", "realpolitik" if fmt in ("csv", "jsonl", "parquet") else fmt)
    before, after = carried(db, CARRIED[fmt]), carried(again, CARRIED[fmt])
    assert len(before) == 8  # asserted events only
    pd.testing.assert_frame_equal(after, before, check_dtype=False)


def test_gdelt2_has_61_columns_no_header_and_numeric_ids(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.export.CSV"
    run("export", "--db", db, "--format", "gdelt2", "--out", out)
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert {len(r) for r in rows} == {61} and len(rows) == 8
    assert all(r[0].isdigit() for r in rows)
    named = [dict(zip(layouts.GDELT2.names, r, strict=True)) for r in rows]
    reject = next(r for r in named if r["EventCode"] == "125")
    assert (reject["SQLDATE"], reject["Actor1Code"], reject["Actor1Type1Code"], reject["EventRootCode"]) == (
        "20140305", "BLRGOV", "GOV", "12",
    )  # fmt: skip
    assert reject["DATEADDED"] == "20151201000000" and reject["SOURCEURL"] == "c.txt"
    downing = [r for r in named if r["EventRootCode"] == "19"]
    assert [r["NumMentions"] for r in downing] == ["2", "2"]  # one story, two articles


def test_numeric_ids_are_stable_and_keep_gdelt_ids() -> None:
    assert numeric_id("0a1b2c", None) == numeric_id("0a1b2c", None) != numeric_id("0a1b2d", None)
    assert 0 < numeric_id("0a1b2c", None) < 2**63
    assert numeric_id("gdelt:980001", "980001") == 980001


def test_icews_and_polecat_have_their_headers(db: Path, tmp_path: Path) -> None:
    for fmt, layout in (("icews", layouts.ICEWS), ("polecat", layouts.POLECAT)):
        run("export", "--db", db, "--format", fmt, "--out", tmp_path / fmt)
        header = (tmp_path / fmt).read_text().splitlines()[0].split("\t")
        assert header[: len(layout.names)] == layout.names
    icews = pd.read_csv(tmp_path / "icews", sep="\t", dtype=str)
    reject = icews[icews["CAMEO Code"] == "125"].iloc[0]
    assert (reject["Source Country"], reject["Source Sectors"], reject["Event Text"]) == ("Belarus", "Government", "Reject proposal to meet, discuss, negotiate")


def test_plover_json_is_strict_and_a_statement_has_no_plover_event(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    run("export", "--db", db, "--format", "plover-json", "--out", out)
    text = out.read_text()

    def no_constants(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    records = json.loads(text, parse_constant=no_constants)
    statement = next(r for r in records if r["cameo"] == "010")
    assert statement["event"] is None and statement["mode"] is None and statement["location"] is None
    reject = next(r for r in records if r["cameo"] == "125")
    assert reject["source"] == [{"actorText": "BLRGOV", "code": "BLRGOV", "country": "BLR"}]
    assert (reject["event"], reject["date"], reject["context"]) == ("REJECT", "2014-03-05", "diplomatic")


def test_csv_and_parquet_share_their_columns(db: Path, tmp_path: Path) -> None:
    run("export", "--db", db, "--format", "csv", "--out", tmp_path / "e.csv")
    run("export", "--db", db, "--format", "parquet", "--out", tmp_path / "e.parquet")
    assert list(pd.read_csv(tmp_path / "e.csv").columns) == list(pd.read_parquet(tmp_path / "e.parquet").columns) == EVENT_COLUMNS


def test_export_is_asserted_unless_widened_and_a_bad_modality_lists_the_choices(db: Path, tmp_path: Path) -> None:
    run("export", "--db", db, "--format", "gdelt2", "--out", tmp_path / "all", "--modality", "all")
    assert len((tmp_path / "all").read_text().splitlines()) == 9
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt2", "--out", str(tmp_path / "x"), "--modality", "maybe"])
    assert result.exit_code == 2 and "asserted, negated, hypothetical, future" in result.output
    with Store(db, read_only=True) as store, pytest.raises(QueryError, match="gdelt2, icews, polecat"):
        store.export(tmp_path / "x", "gdelt")


def test_export_stories_once_each(db: Path, tmp_path: Path) -> None:
    run("export", "--db", db, "--format", "gdelt2", "--out", tmp_path / "s", "--stories")
    assert len((tmp_path / "s").read_text().splitlines()) == 7  # the downing once
