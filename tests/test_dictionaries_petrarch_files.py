"""The real PETRARCH-2 dictionaries (../shared/peer/petrarch2, MIT) read through the readers: the counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.dictionaries import read_dictionary

PETRARCH = Path(__file__).resolve().parents[2] / "shared" / "peer" / "petrarch2"
pytestmark = pytest.mark.skipif(not PETRARCH.is_dir(), reason="the shared PETRARCH files are not here")


def test_cameo_verb_dictionary_counts():
    d = read_dictionary(PETRARCH / "CAMEO.2.0.txt")
    assert (len(d.synsets), len(d.blocks), d.verbs, d.patterns, d.transformations) == (40, 397, 1817, 4663, 8)
    # typos of the file itself, each named by line: ")" closing nothing, [080!], two undefined synsets
    assert [e.line for e in d.errors] == [2374, 5787, 7606, 8443, 8444]


@pytest.mark.parametrize(
    ("name", "records", "phrases", "dated", "errors"),
    [("Phoenix.Countries.actors.txt", 18390, 25916, 26103, 8),
     ("Phoenix.International.actors.txt", 7841, 7907, 451, 1),
     ("Phoenix.MilNonState.actors.txt", 1021, 1793, 1, 0)],
)
def test_actor_dictionary_counts(name, records, phrases, dated, errors):
    f = read_dictionary(PETRARCH / name)
    assert (len(f.records), f.phrases, sum(len(r.dated) for r in f.records), len(f.errors)) == (
        records, phrases, dated, errors)


def test_agents_and_discards_counts():
    agents = read_dictionary(PETRARCH / "Phoenix.agents.txt")
    assert (len(agents.agents), sorted(agents.substitutions), [e.line for e in agents.errors]) == (
        2244, ["!MINIST!", "!PERSON!"], [1927])
    discards = read_dictionary(PETRARCH / "Phoenix.discards.txt")
    assert (len(discards.discards), sum(d.story for d in discards.discards), discards.errors) == (506, 64, ())


def test_validation_dictionaries_read_with_their_known_faults():
    verbs = read_dictionary(PETRARCH / "PETR.Validate.verbs.txt")
    assert (len(verbs.blocks), verbs.patterns, len(verbs.errors)) == (261, 472, 8)
    actors = read_dictionary(PETRARCH / "PETR.Validate.actors.txt")
    assert len(actors.records) == 129
