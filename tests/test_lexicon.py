"""The imported verb lexicon (coding/data/lexicon): under the hand-made patterns, minus its deny list."""

import json
from importlib import resources

import pytest

from realpolitik.coding import code_text, load_patterns
from realpolitik.coding.patterns import discard_phrase
from realpolitik.errors import PatternDataError
from realpolitik.datafiles import shipped_layer

LEXICON = "realpolitik.coding.data.lexicon"


@pytest.fixture(scope="module")
def lexicon_verbs():
    return json.loads(resources.files(LEXICON).joinpath("petrarch_verbs.json").read_text(encoding="utf-8"))["verbs"]


@pytest.fixture(scope="module")
def deny():
    return shipped_layer(LEXICON, "deny.yaml").data["deny"]


def test_a_verb_only_the_lexicon_knows_codes(nlp, actor_dictionary):
    sentence = "Kenyan police apprehended two Ugandan smugglers on Tuesday."
    assert not code_text(sentence, nlp=nlp, actors=actor_dictionary)
    (event,) = code_text(sentence, nlp=nlp, actors=actor_dictionary, patterns=load_patterns(lexicon=True))
    assert (event.source.code, event.cameo, event.target.code, event.rule.split("#")[0]) == \
        ("KENCOP", "173", "UGACRM", "petrarch_verbs.json:verbs.apprehend")


def test_no_imported_rule_gives_a_roots_general_code(lexicon_verbs, nlp, actor_dictionary):
    codes = shipped_layer(LEXICON, "deny.yaml").data["codes"]
    assert "060" in codes and "190" in codes
    verbs = load_patterns(lexicon=True).verbs
    imported = [r for rules in verbs.values() for r in rules if r.id.startswith("petrarch_verbs.json:")]
    assert imported and not any(r.code in codes for r in imported)
    assert lexicon_verbs["snipe"] == "190"  # its only rule: the verb is left out whole
    # PETRARCH codes "ravage" with no object it knows as "use conventional force": the verb says too
    # little of who does what to whom ("the storm ravaged", "inflation ravaged savings")
    assert lexicon_verbs["ravage"][-1] == "190" and "snipe" not in verbs
    assert not code_text("Rebel fighters ravaged the town of Goma on Tuesday.", nlp=nlp, actors=actor_dictionary,
                         patterns=load_patterns(lexicon=True))
    # "link" loses its bare "060" and keeps its precise rules: linked to an attack accuses
    assert "060" in lexicon_verbs["link"] and "060" not in {r.code for r in verbs["link"]}
    (event,) = code_text("Poland linked the fire to an attack by Russia.", nlp=nlp, actors=actor_dictionary,
                         patterns=load_patterns(lexicon=True))
    assert (event.source.code, event.cameo, event.target.code) == ("POL", "1123", "RUS")


def test_a_hand_made_word_keeps_only_its_own_rules(lexicon_verbs):
    hand_made = load_patterns(lexicon=False).verbs
    both = sorted(set(hand_made) & set(lexicon_verbs))
    assert both, "the two share words (accuse, meet, ...)"
    layered = load_patterns(lexicon=True).verbs
    assert all(layered[w] == hand_made[w] for w in both)


def test_denied_and_grammar_verbs_are_left_out(lexicon_verbs, deny):
    verbs = load_patterns(lexicon=True).verbs
    # "add" is denied: only the hand-made rule ("added companies to its entity list") is left
    assert "add" in lexicon_verbs and "add" in deny
    assert all(not r.id.startswith("petrarch") for r in verbs["add"])
    # "hope" frames an act in the hand-made lists; the lexicon's bare 020 would code every use
    assert "hope" in lexicon_verbs and "hope" not in verbs


def test_every_denied_verb_is_a_lexicon_verb_with_a_reason(lexicon_verbs, deny):
    assert all(verb in lexicon_verbs and isinstance(reason, str) and reason for verb, reason in deny.items())


def test_the_lexicon_is_opt_in(lexicon_verbs):
    hand_made = load_patterns().verbs
    # (the lexicon adds about a thousand verbs, fewer as hand-made rules take its words over:
    # "terminate" and "annul", with "abrogate" and "tear" new, left 999 in the thirteenth session)
    assert "apprehend" not in hand_made and len(load_patterns(lexicon=True).verbs) > len(hand_made) + 900


@pytest.mark.parametrize(
    ("sentence", "coded"),
    [
        ("Argentina beat Brazil 2-0 in the World Cup qualifier on Tuesday.", False),
        ("Samsung blamed weak chip sales for a fall in operating profit.", False),
        # PETRARCH's discards that name political news too are ignored: aid after a typhoon, a third
        # round of talks, a year
        ("Japan pledged aid to Vietnam after Typhoon Yagi killed 250 people.", True),
        ("Iran and the United States held a third round of talks in Muscat.", True),
        ("Czechia and China signed an agreement in 1983.", True),
    ],
)
def test_discards(sentence, coded, nlp, actor_dictionary):
    assert bool(code_text(sentence, nlp=nlp, actors=actor_dictionary)) is coded


def test_a_user_file_adds_and_ignores_discards(tmp_path, nlp, actor_dictionary):
    mine = tmp_path / "mine.yaml"
    mine.write_text("discards:\n  sentence: [friendly match]\n  ignore: [world cup]\n", encoding="utf-8")
    patterns = load_patterns([mine])
    assert discard_phrase("Turkey and Greece held talks before the friendly match.", patterns.discard_sentence) == "friendly match"
    assert discard_phrase("Qatar hosted the World Cup.", patterns.discard_sentence) is None
    bad = tmp_path / "bad.yaml"
    bad.write_text("discards:\n  paragraph: [x]\n", encoding="utf-8")
    with pytest.raises(PatternDataError, match="sentence, story or ignore"):
        load_patterns([bad])
