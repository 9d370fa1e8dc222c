"""Rules read as PETRARCH reads its patterns (coding/sequences.py and its use by the coder): words in
order around the verb, actors placed by the pattern, targets found after the verb, verbs keyed by the
word as written."""

from __future__ import annotations

import datetime

import pytest

from realpolitik.coding import code_text, load_patterns

DAY = datetime.date(2014, 3, 10)

MINE = """\
verbs:
  criticize:
    - {code: "123", sequence: [sharply, publicly, "*"]}
    - {code: "122", sequence: [sharply, "*"]}
    - {code: "1241", sequence: ["recently *"]}
  celebrate:
    - {code: "043", sequence: ["*", holiday, in, "^", with, "+"]}
  fire:
    - {code: "194", sequence: ["*", artillery], target: after}
  renew: {code: "031", target: after}
  left: {code: "032", reverse: "033"}
written_forms: [left]
"""


@pytest.fixture(scope="module")
def mine(tmp_path_factory):
    path = tmp_path_factory.mktemp("sequences") / "mine.yaml"
    path.write_text(MINE, encoding="utf-8")
    return load_patterns(extra=[path])


def _coded(sentence, nlp, actors, patterns=None):
    events = code_text(sentence, date=DAY, nlp=nlp, actors=actors, patterns=patterns)
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in events]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Hungary sharply and publicly criticized Poland on Monday.", "123"),  # the longer sequence first
        ("Hungary sharply criticized Poland on Monday.", "122"),
        ("Hungary recently criticized Poland.", "1241"),
        # "recently *": no word between, and here the subject is
        ("Recently, Hungary criticized Poland.", "111"),
        ("Hungary criticized Poland on Monday.", "111"),  # no sequence holds: the shipped rule
    ],
)
def test_words_in_order_around_the_verb(sentence, code, nlp, actor_dictionary, mine):
    assert _coded(sentence, nlp, actor_dictionary, mine) == [("HUN", "POL", code)]


def test_the_pattern_places_the_target_and_passes_an_actor_over(nlp, actor_dictionary, mine):
    # "* HOLIDAY IN ^ WITH +": Georgia is passed over, Armenia is the target
    sentence = "Turkey celebrated the holiday in Georgia with Armenia."
    assert _coded(sentence, nlp, actor_dictionary, mine) == [("TUR", "ARM", "043")]


def test_a_word_the_rule_asks_for_is_no_actor(nlp, actor_dictionary, mine):
    sentence = "Pyongyang fired artillery shells at Seoul on Monday."
    assert _coded(sentence, nlp, actor_dictionary) == [("PRKGOV", "KORMIL", "194")]  # "artillery" as the army
    assert _coded(sentence, nlp, actor_dictionary, mine) == [("PRKGOV", "KORGOV", "194")]


def test_target_after_takes_the_first_actor_after_the_verb(nlp, actor_dictionary, mine):
    sentence = "Hungary renewed its trade licence in Poland."
    assert _coded(sentence, nlp, actor_dictionary, mine) == [("HUN", "POL", "031")]


def test_a_verb_written_as_a_key_takes_its_rules(nlp, actor_dictionary, mine):
    sentence = "The Hungarian foreign minister left for Warsaw on Monday."
    assert _coded(sentence, nlp, actor_dictionary) == []  # "leave" codes nothing here
    # [032:033]: the visit, and the host's receiving it
    assert _coded(sentence, nlp, actor_dictionary, mine) == [("HUNGOV", "POLGOV", "032"), ("POLGOV", "HUNGOV", "033")]
