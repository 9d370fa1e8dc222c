"""The coder read as an analyst would on the five seed articles (../shared/corpus)."""

import datetime

import pytest

from realpolitik.coding import code_documents
from realpolitik.documents import iter_documents

D = datetime.date

# (article, source, target, CAMEO code, date) for the acts an analyst reads in the seeds
EXPECTED = [
    ("000", "BLRGOV", "RUSGOV", "125", D(2014, 3, 5)),  # Lukashenka ... refused to support Putin
    ("000", "KAZGOV", "RUSGOV", "125", D(2014, 3, 5)),  # ... and Nazarbayev
    ("000", "BLRGOV", "CHNGOV", "040", D(2014, 3, 4)),  # Makej met Chen Guoping
    ("000", "BLRGOV", "LTU", "042", D(2014, 3, 1)),  # Makej's official visit to Lithuania
    ("002", "BLRGOV", "RUSGOV", "057", D(2015, 10, 27)),  # Makei and Lavrov signed
    ("002", "RUSGOV", "BLRGOV", "057", D(2015, 10, 27)),
    ("002", "TUR", "RUS", "195", D(2015, 11, 24)),  # Turkey downed a Russian Su-24
    ("003", "TUR", "RUS", "195", None),  # the same shoot-down, retold
    ("003", "RUSMED", "BLR", "111", None),  # Russian state media criticized Belarus
    ("003", "BLRGOV", "RUSGOV", "130", None),  # Lukashenka warned Putin
    ("003", "BLRGOV", "RUS", "125", None),  # refused to endorse the annexation
    ("001", "RUSGOV", "BLRGOV", "102", D(2010, 1, 1)),  # in 2010 the Kremlin demanded that Lukashenko sign
    ("004", "UKRGOV", "BLR", "042", D(2013, 10, 7)),  # the Ukrainian Prime Minister visited Belarus
    ("004", "BLRGOV", "KAZGOV", "040", D(2013, 9, 30)),  # met his Kazakhstani counterpart two weeks ago (his act)
    ("004", "UKRGOV", "BLRGOV", "051", None),  # Azarov thanked the Belarusian leadership
]


@pytest.fixture(scope="module")
def seed_events(seed_paths, nlp, actor_dictionary):
    documents = iter_documents(sorted(seed_paths.values()))
    return [e for e in code_documents(documents, nlp=nlp, actors=actor_dictionary) if e.modality == "asserted"]


@pytest.mark.parametrize(("article", "source", "target", "cameo", "date"), EXPECTED)
def test_seed_act_is_coded(seed_events, article, source, target, cameo, date):
    found = [
        e for e in seed_events
        if e.doc_id.startswith(article) and e.source.code == source and e.cameo == cameo
        and (e.target.code if e.target else None) == target
    ]
    assert found, f"{article}: no {source} -> {target} {cameo}"
    if date is not None:
        assert date in {e.date for e in found}


def test_seed_events_carry_their_evidence(seed_events):
    for e in seed_events:
        assert e.sentence and e.span[0] < e.span[1]
        assert e.span[0] <= e.trigger_span[0] < e.trigger_span[1] <= e.span[1]
        assert e.source.span[0] < e.source.span[1]


def test_analyst_opinion_in_the_seeds_is_not_an_event(seed_events):
    # article 003 quotes a Russian political scientist's accusations against Belarus
    assert not [e for e in seed_events if e.doc_id.startswith("003") and "Satanovsky" in e.sentence]


@pytest.mark.parametrize(("article", "words"), [
    ("000", "For as long as Russia has resources"),  # a forecast on a standing condition
    ("000", "often hold consultations"),  # a habit
    ("002", "divergences have appeared since"),  # background named by "since"
])
def test_analysis_prose_in_the_seeds_is_no_dated_act(seed_events, article, words):
    assert not [e for e in seed_events if e.doc_id.startswith(article) and words in e.sentence]


def test_one_act_of_a_seed_sentence_is_one_record(seed_paths, nlp, actor_dictionary):
    # "will not support the precedent" is one refusal; "supported ... and continues to back him" one support
    events = code_documents(iter_documents(sorted(seed_paths.values())), nlp=nlp, actors=actor_dictionary)
    keys = [(e.sentence_index, e.source.code, e.target.code if e.target else None, e.plover_event) for e in events
            if e.doc_id[:3] in {"000", "001"} and ("precedent" in e.sentence or "continues to back" in e.sentence)]
    assert len(keys) == len(set(keys)) == 2
