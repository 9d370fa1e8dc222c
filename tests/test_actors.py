import datetime as dt
from pathlib import Path

import pytest

from realpolitik.actors import load_actors
from realpolitik.errors import ActorDataError

D = dt.date


@pytest.mark.parametrize(
    ("text", "on", "code", "role"),
    [
        ("Putin", D(2009, 6, 1), "RUSGOV", "prime minister"),
        ("Putin", D(2014, 3, 5), "RUSGOV", "president"),
        ("Lukashenka", None, "BLRGOV", "president"),
        ("Łukaszenka", D(2014, 1, 1), "BLRGOV", "president"),
        ("Makei", D(2014, 1, 1), "BLRGOV", "foreign minister"),
        ("Makei", D(2010, 1, 1), "BLRELI", None),
        ("Lavrov", D(2014, 1, 1), "RUSGOV", "foreign minister"),
        ("Tsikhanouskaya", D(2021, 1, 1), "BLROPP", None),
        ("the Kremlin", None, "RUSGOV", None),
        ("Minsk", None, "BLRGOV", None),
        ("Brussels", None, "EU", None),
        ("the West", None, "WST", None),
        ("Russia's", None, "RUS", None),
        ("the U.S.", None, "USA", None),
        ("the Belarusian authorities", None, "BLRGOV", None),
        ("Russia's foreign ministry", None, "RUSGOV", None),
        (
            "Belarusian Foreign Minister Vladimir Makei",
            D(2014, 1, 1),
            "BLRGOV",
            "foreign minister",
        ),
        ("his Kazakhstani counterpart", None, "KAZGOV", None),
        ("the police", None, "COP", None),
        ("Medvedev", D(2010, 1, 1), "RUSGOV", "president"),
        ("Medvedev", D(2015, 1, 1), "RUSGOV", "prime minister"),
        ("Azarov", D(2013, 1, 1), "UKRGOV", "prime minister"),
        ("Azarov", D(2016, 1, 1), "UKRELI", None),
        ("Davotoglu", D(2013, 1, 1), "TURGOV", "foreign minister"),
        ("Nazarbayev", D(2014, 1, 1), "KAZGOV", "president"),
        ("Lukashenko", D(2014, 3, 5), "BLRGOV", "president"),
        ("Aliaksandr Lukashenka", None, "BLRGOV", "president"),
        ("Makej", D(2015, 1, 1), "BLRGOV", "foreign minister"),
        ("Tikhanovskaya", D(2021, 1, 1), "BLROPP", None),
        ("Erdogan", D(2010, 1, 1), "TURGOV", "prime minister"),
        ("Erdogan", D(2016, 1, 1), "TURGOV", "president"),
        ("Poroshenko", D(2020, 1, 1), "UKRELI", None),
        ("Xi Jinping", D(2014, 1, 1), "CHNGOV", "president"),
        ("Gaddafi", D(2011, 3, 1), "LBYGOV", "leader"),
        ("Kiev", None, "UKRGOV", None),
        ("Kyiv", None, "UKRGOV", None),
        ("Washington", None, "USAGOV", None),
        ("the White House", None, "USAGOV", None),
        ("Downing Street", None, "GBRGOV", None),
        ("Belarus'", None, "BLR", None),
        ("Belarusians", None, "BLR", None),
        ("Britain", None, "GBR", None),
        ("NATO", None, "NATO", None),
        ("the Eurasian Economic Union", None, "EEU", None),
        ("the OSCE", None, "OSCE", None),
        ("Chad", None, "TCD", None),
        ("Russian state media", None, "RUSMED", None),
        ("the Belarusian opposition", None, "BLROPP", None),
        ("Ukrainian companies", None, "UKRBUS", None),
        ("Polish border guards", None, "POLCOP", None),
        ("Russian troops", None, "RUSMIL", None),
    ],
)
def test_resolve(text, on, code, role):
    actor = load_actors().resolve(text, on)
    assert actor is not None and (actor.code, actor.role) == (code, role)


def test_find_mentions_spans():
    text = "The Kremlin warned Minsk, and the US answered."
    found = [(m.text, m.actor.code) for m in load_actors().find_mentions(text)]
    assert found == [("The Kremlin", "RUSGOV"), ("Minsk", "BLRGOV"), ("US", "USA")]
    assert load_actors().find_mentions("tell us more") == []


def test_user_yaml_layered(tmp_path: Path):
    extra = tmp_path / "my.yaml"
    extra.write_text(
        "countries:\n  - {code: XAN, name: Xanadu, adjectives: [Xanaduan], capital: Xanacity}\n"
    )
    actors = load_actors(extra=[extra])
    assert actors.resolve("Xanacity").code == "XANGOV"
    assert load_actors().resolve("Xanadu") is None


def test_malformed_yaml_names_file_and_entry(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {name: Nobody}\n")
    with pytest.raises(ActorDataError, match=r"bad.yaml: people\[0\]"):
        load_actors(extra=[bad])


def test_composite_phrase_is_one_mention():
    text = (
        "Belarusian Foreign Minister Vladimir Makei met the Ukrainian Prime Minister."
    )
    found = [
        (m.start, m.end, m.actor.code)
        for m in load_actors().find_mentions(text, D(2014, 1, 1))
    ]
    assert found == [(0, 42, "BLRGOV"), (51, 75, "UKRGOV")]


@pytest.mark.parametrize("text", ["We ate turkey.", "Tell us more.", "In May they met.", "The union met."])
def test_no_false_positives(text):
    assert load_actors().find_mentions(text) == []


def test_possessive_belongs_to_the_mention():
    found = [(m.text, m.actor.code) for m in load_actors().find_mentions("Russia's foreign ministry and Russia's army")]
    assert found == [("Russia's foreign ministry", "RUSGOV"), ("Russia's army", "RUSMIL")]
