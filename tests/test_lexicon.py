"""The imported verb lexicon (coding/data/lexicon): under the hand-made patterns, minus its deny list."""

import json
from importlib import resources

import pytest

from realpolitik.coding import code_text, load_patterns
from realpolitik.datafiles import shipped_layer

LEXICON = "realpolitik.coding.data.lexicon"


@pytest.fixture(scope="module")
def lexicon_verbs():
    return json.loads(resources.files(LEXICON).joinpath("petrarch_verbs.json").read_text(encoding="utf-8"))["verbs"]


@pytest.fixture(scope="module")
def deny():
    return shipped_layer(LEXICON, "deny.yaml").data["deny"]


def test_a_verb_only_the_lexicon_knows_codes(nlp, actor_dictionary):
    (event,) = code_text("Israeli warplanes pounded the town on Tuesday.", nlp=nlp, actors=actor_dictionary)
    assert (event.source.code, event.cameo, event.rule.split("#")[0]) == ("ISRMIL", "190", "petrarch_verbs.json:verbs.pound")


def test_a_hand_made_word_keeps_only_its_own_rules(lexicon_verbs):
    hand_made = load_patterns(lexicon=False).verbs
    both = sorted(set(hand_made) & set(lexicon_verbs))
    assert both, "the two share words (accuse, meet, ...)"
    layered = load_patterns().verbs
    assert all(layered[w] == hand_made[w] for w in both)


def test_denied_and_grammar_verbs_are_left_out(lexicon_verbs, deny):
    verbs = load_patterns().verbs
    assert "add" in lexicon_verbs and "add" in deny and "add" not in verbs
    # "hope" frames an act in the hand-made lists; the lexicon's bare 020 would code every use
    assert "hope" in lexicon_verbs and "hope" not in verbs


def test_every_denied_verb_is_a_lexicon_verb_with_a_reason(lexicon_verbs, deny):
    assert all(verb in lexicon_verbs and isinstance(reason, str) and reason for verb, reason in deny.items())


def test_without_the_lexicon_only_hand_made_words(lexicon_verbs):
    hand_made = load_patterns(lexicon=False).verbs
    assert "pound" not in hand_made and len(load_patterns().verbs) > len(hand_made) + 1000
