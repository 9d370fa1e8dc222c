"""Stories: which mentions report one happening (realpolitik.stories, data/stories.yaml)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.coding import code_documents
from realpolitik.store import Store
from realpolitik.stories import assign_stories, between_two_parties, story_rule

def mentions(rows: list[tuple[str, str, str | None, str]]) -> pd.DataFrame:
    """Mentions of one key (TUR>RUS, CAMEO 190): (event_id, precision, date, published)."""
    return pd.DataFrame(
        [
            {"event_id": e, "source_code": "TUR", "source_country": "TUR", "target_code": "RUS", "target_country": "RUS",
             "cameo": "190", "modality": "asserted",
             "date": pd.Timestamp(d) if d else pd.NaT, "date_precision": p, "published": pd.Timestamp(pub)}
            for e, p, d, pub in rows
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "rows, groups",
    [
        # one day apart: one story; a third day after the anchor: a new one
        ([("e1", "day", "2015-11-24", "2015-11-30"), ("e2", "day", "2015-11-25", "2015-11-30"),
          ("e3", "day", "2015-11-26", "2015-11-30")], [["e1", "e2"], ["e3"]]),
        # month precision joins the day story of its month, year precision the first story of its year
        ([("e1", "day", "2015-11-24", "2015-11-30"), ("e2", "month", "2015-11-01", "2015-12-30"),
          ("e3", "year", "2015-01-01", "2016-03-01")], [["e1", "e2", "e3"]]),
        # month precision without a day story: its own story, shared with the same month
        ([("e1", "month", "2015-10-01", "2015-12-30"), ("e2", "month", "2015-10-15", "2015-12-30"),
          ("e3", "month", "2015-11-01", "2015-12-30")], [["e1", "e2"], ["e3"]]),
        # undated in the sentence: joins the latest story up to half a year before publication
        ([("e1", "day", "2015-06-01", "2015-06-02"), ("e2", "day", "2015-11-24", "2015-11-30"),
          ("e3", "doc", "2016-01-15", "2016-01-15")], [["e1"], ["e2", "e3"]]),
        # ... but not an older one
        ([("e1", "day", "2015-01-10", "2015-01-10"), ("e2", "doc", "2016-01-15", "2016-01-15"),
          ("e3", "doc", "2016-01-16", "2016-01-16")], [["e1"], ["e2", "e3"]]),
        # no date at all: each mention alone
        ([("e1", "doc", None, "2016-01-15"), ("e2", "doc", None, "2016-01-15")], [["e1"], ["e2"]]),
    ],
)  # fmt: skip
def test_dedup_rule(rows: list, groups: list[list[str]]) -> None:
    frame = mentions(rows)
    frame["story"] = assign_stories(frame)
    got = sorted(sorted(g) for g in frame.groupby("story")["event_id"].apply(list))
    assert got == sorted(groups)


def test_different_keys_are_different_stories() -> None:
    frame = pd.concat([mentions([("e1", "day", "2015-11-24", "2015-11-30")])] * 3, ignore_index=True)
    frame.loc[1, ["event_id", "cameo"]] = ["e2", "163"]
    frame.loc[2, ["event_id", "modality"]] = ["e3", "negated"]
    assert assign_stories(frame).nunique() == 3



@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["day", "month", "year", "doc"]),
            st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2016, 12, 31))),
            st.integers(0, 400),
        ),
        min_size=1,
        max_size=30,
    ),
    seed=st.randoms(use_true_random=False),
)
def test_story_ids_depend_only_on_the_set_of_mentions(rows: list, seed) -> None:
    frame = mentions([(f"e{i}", p, d.isoformat() if d else None, (d or date(2016, 6, 1)) + timedelta(days=lag))
                      for i, (p, d, lag) in enumerate(rows)])  # fmt: skip
    frame["story"] = assign_stories(frame)
    order = list(frame.index)
    seed.shuffle(order)
    shuffled = frame.loc[order].drop(columns="story")
    assert assign_stories(shuffled).to_dict() == frame["story"].to_dict()


@pytest.mark.parametrize(
    "code, country, party",
    [
        ("TURMIL", "TUR", "TUR"),  # the state's jets are the state
        ("BLRGOV", "BLR", "BLR"),
        ("BLR", "BLR", "BLR"),
        ("BLROPP", "BLR", "BLROPP"),  # the opposition is not the state
        ("NATO", None, "NATO"),
        (None, None, ""),
    ],
)
def test_parties_are_states_or_their_own_codes(code: str | None, country: str | None, party: str) -> None:
    assert story_rule().party(code, country) == party


@pytest.mark.parametrize(
    "same, apart",
    [
        (["161", "174", "166", "1662"], ["163", "173"]),  # expelling diplomats, however coded
        (["020", "100"], ["120"]),  # an appeal and a demand are both a REQUEST
        (["190", "195", "183", "192"], ["173"]),  # fighting, shooting down, bombing (a root stays whole)
        (["010", "014"], ["020"]),  # statements have no PLOVER event: their root
    ],
)
def test_kinds_of_act(same: list[str], apart: list[str]) -> None:
    rule = story_rule()
    assert len({rule.kind(c) for c in same}) == 1
    assert not {rule.kind(c) for c in apart} & {rule.kind(same[0])}


def test_an_old_story_takes_an_undated_mention_only_in_the_same_words() -> None:
    """Four months after the downing, "after Turkey downed a Russian jet" (same codes) joins it;
    a Turkish official's undated attack that day (TURMIL, same kind) does not."""
    frame = mentions([("e1", "day", "2015-11-24", "2015-11-24"), ("e2", "doc", "2016-03-20", "2016-03-20"),
                      ("e3", "doc", "2016-03-20", "2016-03-20")])  # fmt: skip
    frame.loc[2, "source_code"] = "TURMIL"
    story = assign_stories(frame)
    assert story[0] == story[1] != story[2]


def test_a_different_wording_joins_a_story_of_the_documents_own_days() -> None:
    frame = mentions([("e1", "day", "2015-11-24", "2015-11-25"), ("e2", "doc", "2015-11-25", "2015-11-25")])
    frame.loc[1, ["source_code", "cameo"]] = ["TURMIL", "195"]
    assert assign_stories(frame).nunique() == 1


# -- the rule on articles coded by the real coder -------------------------------------------

# One expulsion told by two articles, in a headline (CAMEO 161: Poland > Belarusian diplomat),
# a lead (174: Poland > two Belarusians) and another outlet's lead (161: Polish authorities >
# a Belarusian diplomat); and a ban on the same dyad the same day, which is another act.
ARTICLES = {
    "2023-03-06_expulsion.txt": (
        "# Poland expels Belarusian diplomat\n\n"
        "WARSAW, March 6, 2023 — Poland expelled two Belarusians working at the embassy in Warsaw on Monday "
        "after a court jailed a Polish journalist in Grodno.\n\n"
        "Polish officials also banned imports of Belarusian potash on Monday.\n"
    ),
    "2023-03-07_envoy.txt": (
        "# Polish authorities expel Belarusian diplomat\n\n"
        "WARSAW, March 7, 2023 — Polish authorities expelled a Belarusian diplomat on Monday, the foreign "
        "ministry said.\n"
    ),
}


@pytest.fixture(scope="module")
def told(nlp, actor_dictionary, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store(folder / "events.duckdb") as store:
        store.ingest([folder], coder=lambda docs: code_documents(docs, nlp=nlp, actors=actor_dictionary),
                     progress=False)  # fmt: skip
        return store.events(dyad="POL,BLR", directed=True)


def test_a_headline_and_its_lead_tell_one_expulsion(told: pd.DataFrame) -> None:
    first = told[told["doc_id"] == "2023-03-06_expulsion"]
    expulsion = first[first["cameo"].isin(["161", "174"])]
    assert sorted(expulsion["cameo"]) == ["161", "174"] and expulsion["story_id"].nunique() == 1


def test_two_articles_tell_one_expulsion(told: pd.DataFrame) -> None:
    expulsion = told[told["cameo"].isin(["161", "174"])]
    assert set(expulsion["doc_id"]) == {"2023-03-06_expulsion", "2023-03-07_envoy"}
    assert expulsion["story_id"].nunique() == 1


def test_another_act_of_the_dyad_that_day_is_another_story(told: pd.DataFrame) -> None:
    ban = told[told["cameo"] == "163"]
    expulsion = told[told["cameo"].isin(["161", "174"])]
    assert len(ban) == 1 and ban["date"].iloc[0] == expulsion["date"].min()
    assert not set(ban["story_id"]) & set(expulsion["story_id"])


def test_a_state_acting_on_itself_is_not_between_two_parties() -> None:
    stories = pd.DataFrame({"source_code": ["RUSGOV", "TUR", "BLRGOV", "EU"], "source_country": ["RUS", "TUR", "BLR", None],
                            "target_code": ["RUS", "RUSMIL", "BLROPP", None], "target_country": ["RUS", "RUS", "BLR", None]})  # fmt: skip
    assert between_two_parties(stories) == [False, True, True, False]
