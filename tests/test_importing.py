"""Importing GDELT, ICEWS, POLECAT and PLOVER files: hand-made samples in each published layout
(tests/data/exchange, invented events), bad rows by line, idempotence, zip and gzip, the
dataset as a filter, and the analyses on imported events and on a mix."""

from __future__ import annotations

import gzip
import shutil
import zipfile
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from test_cli_store import run
from test_store import fake_code, make_doc
from typer.testing import CliRunner

from realpolitik import analysis
from realpolitik.cli import app
from realpolitik.errors import InputError, QueryError, StoreError
from realpolitik.importing import mapping_version, plover_to_cameo, sniff_format
from realpolitik.store import Store, stories_from_events

DATA = Path(__file__).resolve().parent / "data" / "exchange"
GDELT2 = DATA / "20201002.export.CSV"
GDELT1 = DATA / "20140321.export.CSV"
ICEWS = DATA / "events.2015.sample.tab"
POLECAT = DATA / "ngecEvents.20220301.sample.tsv"
PLOVER = DATA / "my-coder.jsonl"

runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "imported.duckdb") as s:
        yield s


def by_id(store: Store) -> pd.DataFrame:
    return store.events(modality=None).set_index("event_id")


def test_each_layout_is_recognised() -> None:
    assert [sniff_format(p) for p in (GDELT1, GDELT2, ICEWS, POLECAT, PLOVER)] == [
        "gdelt1", "gdelt2", "icews", "polecat", "plover-json",
    ]  # fmt: skip


def test_gdelt2_keeps_ids_codes_actors_dates_and_places(store: Store) -> None:
    summary = store.import_files([GDELT2])
    got = by_id(store)
    assert len(got) == 4 and set(got["dataset"]) == {"gdelt"}
    row = got.loc["gdelt:980002"]
    assert (row.original_id, row.source_code, row.source_country, row.target_code, row.source_text) == (
        "980002", "LTUGOV", "LTU", "BLRGOV", "LITHUANIA",
    )  # fmt: skip
    assert (row.cameo, row.root, row.quad_class, row.goldstein) == ("112", "11", 3, -2.0)
    assert (row.date.date(), row.doc_date.date(), row.doc_id) == (
        date(2020, 9, 2), date(2020, 9, 2), "https://wire.example/2020/09/02/vilnius-accuses",
    )  # fmt: skip
    assert (row.location_name, row.lat, row.lon) == ("Vilnius, Vilniaus Apskritis, Lithuania", 54.6833, 25.3167)
    # GDELT has no PLOVER coding: it comes from the ontology, and the mapping's version is kept.
    assert (row.plover_event, row.plover_mode) == ("ACCUSE", "disapprove")
    assert row.mapping == f"cameo->plover {mapping_version()}"
    assert pd.isna(row.sentence) and pd.isna(row.trigger_text)
    assert summary.files[0].rows_read == 6 and summary.files[0].rejected == 2


def test_a_malformed_row_is_reported_by_line_and_the_file_goes_on(store: Store) -> None:
    imported = store.import_files([GDELT2]).files[0]
    assert [(p.where, p.problem) for p in imported.problems] == [
        ("line 3", "Expected Number of Columns: 61 Found: 3"),
        ("line 6", "quad class 9 is not 1-4"),
    ]  # fmt: skip
    assert imported.stored == 4


def test_importing_a_file_twice_stores_it_once(store: Store) -> None:
    store.import_files([GDELT2])
    again = store.import_files([GDELT2]).files[0]
    assert (again.stored, again.duplicates, again.rejected) == (0, 4, 2)
    assert len(by_id(store)) == 4


def test_gdelt1_daily_file(store: Store) -> None:
    store.import_files([GDELT1])
    row = by_id(store).loc["gdelt:310002"]
    assert (row.source_code, row.target_code, row.cameo, row.plover_event, row.date.date()) == (
        "RUS", "UKR", "190", "ASSAULT", date(2014, 3, 21),
    )  # fmt: skip
    assert row.doc_date.date() == date(2014, 3, 21)  # DATEADDED is YYYYMMDD in GDELT 1.0


def test_zip_and_gzip_are_read(tmp_path: Path, store: Store) -> None:
    zipped = tmp_path / "20201002.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(GDELT2, GDELT2.name)
    gz = tmp_path / "20140321.export.CSV.gz"
    with GDELT1.open("rb") as f, gzip.open(gz, "wb") as g:
        shutil.copyfileobj(f, g)
    summary = store.import_files([zipped, gz])
    assert [(f.format, f.stored) for f in summary.files] == [("gdelt2", 4), ("gdelt1", 2)]
    assert summary.files[0].file.endswith(".zip:20201002.export.CSV")


def test_icews_names_become_codes_and_event_text_the_cameo_code(store: Store) -> None:
    summary = store.import_files([ICEWS])
    got = by_id(store)
    lukashenka = got.loc["icews:26543001"]
    assert (lukashenka.source_code, lukashenka.source_country, lukashenka.target_code) == ("BLRGOV", "BLR", "DEUGOV")
    assert (lukashenka.cameo, lukashenka.plover_event, lukashenka.goldstein) == ("040", "CONSULT", 1.0)
    assert (lukashenka.doc_id, lukashenka.sentence_index, lukashenka.location_name) == ("icews-story:41887001", 2, "Minsk")
    police = got.loc["icews:26543004"]
    assert (police.source_code, police.target_code, police.cameo, police.quad_class) == ("BLRCOP", "BLROPP", "173", 4)
    assert got.loc["icews:26543002", "source_code"] == "RUS"  # "Russian Federation"
    [problem] = summary.files[0].problems
    assert problem.where == "line 4" and "2015-13-40" in problem.problem


def test_polecat_plover_events_get_cameo_codes(store: Store) -> None:
    summary = store.import_files([POLECAT])
    got = by_id(store)
    strike = got.loc["polecat:a91c0e2f-0001"]
    assert (strike.plover_event, strike.plover_mode, strike.cameo, strike.quad_class, strike.goldstein) == (
        "ASSAULT", "heavy-weapons", "194", 4, -10.0,
    )  # fmt: skip
    assert (strike.source_code, strike.target_code, strike.location_name) == ("RUSMIL", "UKR", "Kharkiv")
    talks = got.loc["polecat:a91c0e2f-0002"]
    assert (talks.cameo, talks.goldstein, talks.target_country) == ("042", 1.9, "BLR")  # no intensity: the code's
    assert got.loc["polecat:a91c0e2f-0003", "quad_class"] == 4  # "material conflict"
    assert got.loc["polecat:a91c0e2f-0003", "mapping"] == f"plover->cameo {mapping_version()}"
    [problem] = summary.files[0].problems
    assert (problem.where, problem.problem) == ("line 5", "PLOVER event GOSSIP is no CAMEO code realpolitik knows")


def test_plover_json_minimal_records(store: Store) -> None:
    store.import_files([PLOVER])
    got = by_id(store)
    assert got.loc["plover:mine-0001", ["source_code", "target_code", "cameo", "plover_event"]].tolist() == [
        "BLR", "POL", "040", "CONSULT",
    ]  # fmt: skip
    assert got.loc["plover:mine-0002", ["source_country", "cameo", "plover_mode"]].tolist() == ["POL", "110", "disapprove"]


def test_plover_to_cameo_prefers_the_general_code() -> None:
    table = {(event, mode): code for event, mode, code in plover_to_cameo()}
    assert table[("CONSULT", "")] == "040" and table[("CONSULT", "visit")] == "042"
    assert table[("ASSAULT", "")] == "180"


def test_wrong_or_unknown_format_is_a_clear_error(tmp_path: Path, store: Store) -> None:
    summary = store.import_files([ICEWS], format="gdelt2")
    [failure] = summary.failures
    assert failure.source == str(ICEWS) and "try --format icews" in failure.problem
    odd = tmp_path / "notes.txt"
    odd.write_text("just some notes\n")
    with pytest.raises(InputError, match="give --format"):
        sniff_format(odd)
    assert "cannot tell its format" in store.import_files([odd]).failures[0].problem
    with pytest.raises(QueryError, match="gdelt1, gdelt2, icews, polecat, plover-json, realpolitik"):
        store.import_files([GDELT2], format="gdelt3")
    with pytest.raises(QueryError, match="dataset name"):
        store.import_files([GDELT2], dataset="no spaces please")


def test_the_dataset_is_a_filter_and_analyses_work_on_a_mix(tmp_path: Path) -> None:
    db = tmp_path / "mixed.duckdb"
    coded = [make_doc("c", ["BLRGOV RUSGOV 042 2020-08-20 day", "BLRGOV LTU 111 2020-09-10 day"], published=date(2020, 9, 11))]
    with Store(db) as store:
        store.write(coded, list(fake_code(coded)))
        store.import_files([GDELT2, GDELT1])
        store.import_files([GDELT2], dataset="mirror")
    with Store(db, read_only=True) as store, Store(db, read_only=True, dataset="gdelt") as gdelt:
        assert set(store.events()["dataset"]) == {"realpolitik", "gdelt", "mirror"}
        assert set(gdelt.events()["dataset"]) == {"gdelt"} and len(gdelt.events()) == 6
        tilt = gdelt.tilt("BLR", between="RUS", and_="WEST", period="year")
        assert tilt["events_a"].sum() == 2 and tilt["events_b"].sum() == 3  # LTU, EU, IRL are WEST
        mixed = store.dyads(period="year", dyad="BLR,RUS")
        assert mixed["events"].sum() == 4  # coded, GDELT 1 and 2, and a copy under another name
    out = run("tilt", "BLR", "--between", "RUS", "--and", "WEST", "--db", db, "--dataset", "realpolitik,gdelt", "--format", "csv")
    frame = pd.read_csv(pd.io.common.StringIO(out))
    assert frame["events_a"].sum() == 3 and frame["events_b"].sum() == 4


def test_dyads_and_tilt_in_sql_equal_the_dataframe_functions(tmp_path: Path) -> None:
    docs = [
        make_doc("a", ["TUR RUSMIL 190 2015-11-24 day", "BLRGOV TUR 042 2015-11-26 day", "EU BLR 111 2015-08-20 month"]),
        make_doc("b", ["TUR RUSMIL 195", "BLR DEU 057 2016-02-01 year", "RUS BLR 070"], published=date(2016, 1, 15)),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        store.write(docs, list(fake_code(docs)))
        store.import_files([GDELT2, GDELT1])
        stories = stories_from_events(store.events())
        for period in ("week", "month", "year"):
            expected = analysis.dyad_series(stories, period)
            pd.testing.assert_frame_equal(store.dyads(period=period), expected, check_dtype=False)
            expected = analysis.tilt_index(stories, "BLR", "RUS", "WEST", period=period)
            pd.testing.assert_frame_equal(store.tilt("BLR", between="RUS", and_="WEST", period=period), expected,
                                          check_dtype=False)  # fmt: skip


def test_a_version_1_store_is_upgraded_when_opened_for_writing(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    docs = [make_doc("a", ["BLRGOV RUSGOV 042 2020-08-20 day"])]
    with Store(db) as store:
        store.write(docs, list(fake_code(docs)))
    con = duckdb.connect(str(db))  # what version 1 had: no dataset columns, no imports table
    for column in ("dataset", "original_id", "mapping"):
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("DROP TABLE imports")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="open it for writing once"):
        Store(db, read_only=True)
    with Store(db) as store:
        store.import_files([GDELT1])
    with Store(db, read_only=True) as store:
        assert store.events().groupby("dataset").size().to_dict() == {"gdelt": 2, "realpolitik": 1}


def test_import_command_reports_and_fails_when_nothing_is_read(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["import", str(GDELT2), str(ICEWS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "4 stored, 0 already stored, 2 rejected" in result.output and "line 6: quad class 9 is not 1-4" in result.output
    events = run("events", "--db", db, "--dataset", "icews", "--format", "jsonl")
    assert events.count("\n") == 3
    failed = runner.invoke(app, ["import", str(tmp_path / "missing.CSV"), "--db", str(db)])
    assert failed.exit_code == 1 and "no such file" in failed.output


def test_events_as_json_lines_read_back_and_every_file_is_recorded(tmp_path: Path) -> None:
    db = tmp_path / "coded.duckdb"
    docs = [make_doc("a", ["BLRGOV RUSGOV 042 2020-08-20 day", "RUS BLR 070 2020-09-01 month hypothetical"])]
    with Store(db) as store:
        store.write(docs, list(fake_code(docs)))
    lines = tmp_path / "events.jsonl"
    lines.write_text(run("events", "--db", db, "--modality", "all", "--format", "jsonl"))
    assert sniff_format(lines) == "realpolitik"
    with Store(tmp_path / "again.duckdb") as store:
        store.import_files([lines])
        store.import_files([lines])
        again = store.events(modality=None)
        recorded = store._con.execute("SELECT format, stored, duplicates FROM imports ORDER BY imported_at").fetchall()
    with Store(db, read_only=True) as store:
        pd.testing.assert_frame_equal(again, store.events(modality=None), check_dtype=False)
    assert recorded == [("realpolitik", 2, 0), ("realpolitik", 0, 2)]


def test_report_and_dashboard_show_imported_events(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from realpolitik.report.html import write_report
    from realpolitik.web.app import create_app

    db = tmp_path / "gdelt.duckdb"
    with Store(db) as store:
        store.import_files([GDELT2, GDELT1])
    write_report(db, tmp_path / "report.html", dataset="gdelt")
    html = (tmp_path / "report.html").read_text()
    assert "gdelt event 980001, https://wire.example/2020/08/14/minsk-moscow-call" in html  # no sentence: its origin
    client = TestClient(create_app(db, dataset="gdelt"))
    assert client.get("/").status_code == 200
    tilt = client.get("/api/tilt", params={"state": "BLR", "between": "RUS", "and": "WEST"}).json()
    assert [row["events_b"] for row in tilt] == [0, 2, 1]
    evidence = client.get("/fragments/evidence", params={"period_start": "2020-01-01", "dyad": "BLR,RUS"})
    assert evidence.status_code == 200 and "gdelt event 980001" in evidence.text


def test_a_file_that_repeats_its_events_stores_them_once(tmp_path: Path, store: Store) -> None:
    twice = tmp_path / "twice.export.CSV"
    twice.write_text(GDELT2.read_text() * 2)
    imported = store.import_files([twice]).files[0]
    assert (imported.stored, imported.duplicates, imported.rejected) == (4, 4, 4)
    assert [p.where for p in imported.problems] == ["line 3", "line 6", "line 9", "line 12"]


def test_a_broken_json_line_is_reported_by_line(tmp_path: Path, store: Store) -> None:
    lines = PLOVER.read_text().splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([lines[0], '{"id": "mine-0009", "date": ', lines[1], "", lines[2]]) + "\n")
    imported = store.import_files([broken]).files[0]
    assert imported.stored == 3
    assert [(p.where, p.problem) for p in imported.problems] == [("line 2", "not a JSON record"), ("line 4", "not a JSON record")]
