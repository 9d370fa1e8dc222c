"""Dyad series, the tilt index and actor groups, on hand-made event tables with exact values."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.analysis import (
    DYAD_COLUMNS,
    TILT_COLUMNS,
    dyad_series,
    load_groups,
    on_side,
    side_members,
    tilt_events,
    tilt_index,
)
from realpolitik.errors import ActorDataError, QueryError


def events(rows: list[tuple]) -> pd.DataFrame:
    """(date, source_code, source_country, target_code, target_country, quad_class, goldstein)."""
    frame = pd.DataFrame(
        rows, columns=["date", "source_code", "source_country", "target_code", "target_country", "quad_class", "goldstein"]
    )
    return frame.assign(date=pd.to_datetime(frame["date"]))


# Belarus between Russia and the West, two years.
TABLE = events(
    [
        ("2015-03-05", "BLRGOV", "BLR", "RUSGOV", "RUS", 3, -5.0),  # Minsk rejects a Russian demand
        ("2015-06-01", "RUS", "RUS", "BLR", "BLR", 2, 7.0),  # Russia sends aid
        ("2015-09-10", "BLRGOV", "BLR", "DEUGOV", "DEU", 1, 8.0),  # an agreement with Germany
        ("2015-10-20", "EU", None, "BLRGOV", "BLR", 3, -2.0),  # the EU accuses Minsk
        ("2015-11-01", "BLRGOV", "BLR", "BLROPP", "BLR", 4, -9.0),  # domestic: counts for no side
        ("2015-11-24", "TUR", "TUR", "RUSMIL", "RUS", 4, -10.0),  # no Belarus: counts for no side
        ("2016-02-01", "BLR", "BLR", "RUS", "RUS", 1, 4.0),
        (None, "BLR", "BLR", "USA", "USA", 1, 5.0),  # undated: left out
    ]
)


def test_tilt_on_a_hand_made_table() -> None:
    got = tilt_index(TABLE, "BLR", "RUS", "WEST", period="year", prior_events=2)
    assert list(got.columns) == TILT_COLUMNS
    assert got["period"].tolist() == [pd.Timestamp("2015-01-01"), pd.Timestamp("2016-01-01")]
    y2015, y2016 = got.to_dict("records")
    # RUS: (-5 + 7) / (2 + 2) = 0.5;  WEST: (8 - 2) / (2 + 2) = 1.5;  tilt = (0.5 - 1.5) / 20
    assert (y2015["events_a"], y2015["events_b"]) == (2, 2)
    assert y2015["score_a"] == pytest.approx(0.5) and y2015["score_b"] == pytest.approx(1.5)
    assert y2015["tilt"] == pytest.approx(-0.05)
    # RUS: 4 / (1 + 2);  WEST: no events, 0
    assert (y2016["events_a"], y2016["events_b"]) == (1, 0)
    assert y2016["score_a"] == pytest.approx(4 / 3) and y2016["score_b"] == 0
    assert y2016["tilt"] == pytest.approx(4 / 3 / 20)
    assert (y2015["state"], y2015["side_a"], y2015["side_b"]) == ("BLR", "RUS", "WEST")


def test_tilt_is_antisymmetric_in_the_sides() -> None:
    ab = tilt_index(TABLE, "BLR", "RUS", "WEST")
    ba = tilt_index(TABLE, "BLR", "WEST", "RUS")
    assert ab["tilt"].tolist() == pytest.approx((-ba["tilt"]).tolist())
    assert ab["score_a"].tolist() == ba["score_b"].tolist()


def test_tilt_is_zero_for_equal_relations() -> None:
    table = events([("2015-01-01", "BLR", "BLR", "RUS", "RUS", 1, 3.0), ("2015-02-01", "POL", "POL", "BLR", "BLR", 1, 3.0)])
    assert tilt_index(table, "BLR", "RUS", "WEST")["tilt"].tolist() == [0.0]


def test_tilt_reaches_its_bounds_only_at_the_extremes() -> None:
    rows = [("2015-01-01", "BLR", "BLR", "RUS", "RUS", 2, 10.0)] * 5 + [("2015-01-01", "BLR", "BLR", "USA", "USA", 4, -10.0)] * 5
    table = events(rows)
    assert tilt_index(table, "BLR", "RUS", "WEST", prior_events=0)["tilt"].tolist() == [1.0]
    shrunk = tilt_index(table, "BLR", "RUS", "WEST")["tilt"].iloc[0]
    assert shrunk == pytest.approx(100 / 7 / 20) and 0 < shrunk < 1  # (50/7 + 50/7) / 20


def test_tilt_does_not_grow_with_the_volume_of_one_side() -> None:
    one = events([("2015-01-01", "BLR", "BLR", "RUS", "RUS", 1, 4.0), ("2015-01-01", "BLR", "BLR", "USA", "USA", 3, -2.0)])
    more_west = pd.concat([one] + [one.iloc[[1]]] * 9, ignore_index=True)
    assert tilt_index(one, "BLR", "RUS", "WEST", prior_events=0)["tilt"].tolist() == pytest.approx(
        tilt_index(more_west, "BLR", "RUS", "WEST", prior_events=0)["tilt"].tolist()
    )


def test_tilt_events_explain_a_period() -> None:
    why = tilt_events(TABLE, "BLR", "RUS", "WEST", period="year", period_start=pd.Timestamp("2015-06-30"))
    assert why[["side", "source_code", "target_code"]].values.tolist() == [
        ["WEST", "BLRGOV", "DEUGOV"],  # -8/80
        ["RUS", "RUS", "BLR"],  # +7/80
        ["RUS", "BLRGOV", "RUSGOV"],  # -5/80
        ["WEST", "EU", "BLRGOV"],  # +2/80
    ]
    assert why["contribution"].tolist() == pytest.approx([-0.1, 0.0875, -0.0625, 0.025])
    assert why["contribution"].sum() == pytest.approx(tilt_index(TABLE, "BLR", "RUS", "WEST")["tilt"].iloc[0])


def test_tilt_without_events_is_an_empty_table() -> None:
    got = tilt_index(TABLE, "KAZ", "RUS", "WEST")
    assert got.empty and list(got.columns) == TILT_COLUMNS


def test_tilt_by_quarter_uses_the_event_or_document_date() -> None:
    table = TABLE.assign(doc_date=pd.Timestamp("2017-05-05"))
    got = tilt_index(table, "BLR", "RUS", "WEST", period="quarter")
    assert got["period"].dt.strftime("%Y-%m").tolist() == ["2015-01", "2015-04", "2015-07", "2015-10", "2016-01", "2017-04"]


def test_dyad_series_counts_quads_and_goldstein() -> None:
    got = dyad_series(TABLE, "year")
    assert list(got.columns) == DYAD_COLUMNS
    blr_rus = got[(got.source_country == "BLR") & (got.target_country == "RUS")]
    assert blr_rus[["events", "q1", "q2", "q3", "q4", "goldstein_sum"]].values.tolist() == [[1, 0, 0, 1, 0, -5.0], [1, 1, 0, 0, 0, 4.0]]
    assert blr_rus["net_cooperation"].tolist() == [-1.0, 1.0]
    assert "USA" not in set(got.target_country)  # the undated event
    assert got[got.source_country.isna()].empty
    eu = got[got.source_country == "EU"]  # no country: the EU stands for itself
    assert eu[["target_country", "events", "q3", "goldstein_sum"]].values.tolist() == [["BLR", 1, 1, -2.0]]


def test_dyad_series_by_month_and_mean() -> None:
    table = events([("2015-01-03", "BLR", "BLR", "RUS", "RUS", 1, 2.0), ("2015-01-30", "BLR", "BLR", "RUS", "RUS", 3, -4.0),
                    ("2015-02-01", "BLR", "BLR", "RUS", "RUS", 4, -10.0)])  # fmt: skip
    got = dyad_series(table, "month")
    assert got[["events", "goldstein_mean", "net_cooperation"]].values.tolist() == [[2, -1.0, 0.0], [1, -10.0, -1.0]]


def test_unknown_period_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="unknown period .decade."):
        dyad_series(TABLE, "decade")


# -- groups ------------------------------------------------------------------------------


def test_shipped_groups() -> None:
    groups = load_groups()
    west = side_members("west", groups)
    assert {"EU", "NATO", "USA", "GBR", "DEU", "POL", "JPN"} <= west and "TUR" not in west and "RUS" not in west
    assert side_members("EAST", groups) >= {"RUS", "BLR", "KAZ", "CSTO", "EEU"}
    assert side_members("BLR", groups) == {"BLR"}


# What the actor dictionary makes of a phrase must fall on the side the phrase names: "the
# West" resolves to the actor WST, which the shipped WEST group once left out, so Belarus's
# relations with "the West" counted for neither side of `tilt BLR --between RUS --and WEST`.
@pytest.mark.parametrize(
    "phrase, side",
    [
        ("the West", "WEST"),
        ("Western powers", "WEST"),
        ("the European Union", "WEST"),
        ("Brussels", "WEST"),
        ("NATO", "WEST"),
        ("Washington", "WEST"),
        ("Lithuania", "WEST"),
        ("the Kremlin", "RUS"),
        ("the Eurasian Economic Union", "EAST"),
    ],
)
def test_resolved_actors_fall_on_the_side_they_name(phrase: str, side: str, actor_dictionary) -> None:
    actor = actor_dictionary.resolve(phrase)
    assert actor is not None, phrase
    members = side_members(side, load_groups())
    codes, countries = pd.Series([actor.code]), pd.Series([actor.country])
    assert on_side(codes, countries, members).iloc[0], f"{phrase!r} -> {actor.code} is not on {side}"


def test_an_event_with_the_west_itself_counts_for_the_west() -> None:
    # "The West imposed sanctions on Minsk": WST -> BLRGOV, 163, Goldstein -8.
    table = events([("2021-06-24", "WST", None, "BLRGOV", "BLR", 4, -8.0)])
    got = tilt_index(table, "BLR", "RUS", "WEST", prior_events=2)
    assert got[["events_a", "events_b"]].values.tolist() == [[0, 1]]
    assert got["tilt"].tolist() == pytest.approx([8.0 / 3 / 20])


def test_users_groups_extend_and_override(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("groups:\n  WEST: {members: [USA, GBR]}\n  BALTIC: {members: [EST, LVA, LTU]}\n  NEIGHBOURS: {members: [BALTIC, POL]}\n")
    groups = load_groups([mine])
    assert side_members("WEST", groups) == {"USA", "GBR"}
    assert side_members("NEIGHBOURS", groups) == {"EST", "LVA", "LTU", "POL"}


@pytest.mark.parametrize(
    "text, message",
    [
        ("groups:\n  A: {members: [B]}\n  B: {members: [A]}\n", "contains itself"),
        ("groups:\n  A: {members: []}\n", "non-empty list"),
        ("groups: [1, 2]\n", "expected a mapping"),
        ("groups: {A: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_group_files_name_the_file_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ActorDataError, match=message):
        load_groups([path])


# -- properties on random tables -----------------------------------------------------------

PARTNERS = [("RUSGOV", "RUS"), ("RUS", "RUS"), ("DEUGOV", "DEU"), ("EU", None), ("USA", "USA"), ("TUR", "TUR"), ("BLROPP", "BLR")]


@st.composite
def random_tables(draw: st.DrawFn) -> pd.DataFrame:
    rows = []
    for _ in range(draw(st.integers(1, 25))):
        partner = draw(st.sampled_from(PARTNERS))
        blr = ("BLRGOV", "BLR")
        source, target = (blr, partner) if draw(st.booleans()) else (partner, blr)
        when = f"{draw(st.integers(2013, 2016))}-0{draw(st.integers(1, 9))}-15"
        goldstein = draw(st.sampled_from([-10.0, -5.0, -2.0, 0.0, 1.9, 7.0, 10.0]))
        rows.append((when, *source, *target, 1, goldstein))
    return events(rows)


@settings(max_examples=60, deadline=None)
@given(table=random_tables(), prior=st.sampled_from([0.0, 1.0, 2.0, 5.0]))
def test_tilt_properties_hold_on_any_table(table: pd.DataFrame, prior: float) -> None:
    ab = tilt_index(table, "BLR", "RUS", "WEST", prior_events=prior)
    ba = tilt_index(table, "BLR", "WEST", "RUS", prior_events=prior)
    assert ab["tilt"].between(-1, 1).all()
    assert ab["tilt"].tolist() == pytest.approx((-ba["tilt"]).tolist())
    for start, expected in zip(ab["period"], ab["tilt"], strict=True):
        why = tilt_events(table, "BLR", "RUS", "WEST", period_start=start, prior_events=prior)
        assert why["contribution"].sum() == pytest.approx(expected, abs=1e-12)
