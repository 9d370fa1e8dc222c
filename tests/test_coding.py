import datetime

import pytest

from realpolitik.coding import code_text, load_patterns

DAY = datetime.date(2014, 3, 10)

CASES = [
    ("Lukashenka refused to support Putin.", ("BLRGOV", "RUSGOV", "125", "asserted")),
    ("Turkey downed a Russian jet.", ("TUR", "RUS", "195", "asserted")),
    ("Belarus was accused by Moscow of smuggling.", ("RUS", "BLR", "112", "asserted")),
    ("Lukashenka did not criticize Putin.", ("BLRGOV", "RUSGOV", "111", "negated")),
    ("Russia may threaten Ukraine.", ("RUS", "UKR", "130", "hypothetical")),
    ("Poland will protest against Belarus.", ("POL", "BLR", "140", "future")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_sentence_codes(sentence, expected, nlp, actor_dictionary):
    events = code_text(sentence, date=DAY, nlp=nlp, actors=actor_dictionary)
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in events}
    src, tgt, code, modality = expected
    assert any(g[0].startswith(src[:3]) and (g[1] or "").startswith(tgt[:3]) and g[2] == code and g[3] == modality for g in got), got


def test_spans_index_the_text(nlp, actor_dictionary):
    text = "On 5 March, Lukashenka and Nazarbayev refused to support Putin."
    events = code_text(text, date=DAY, nlp=nlp, actors=actor_dictionary)
    assert {e.source.code for e in events} >= {"BLRGOV", "KAZGOV"}
    for e in events:
        assert text[slice(*e.source.span)] == e.source.text
        assert text[slice(*e.trigger_span)] == e.trigger_text
        assert e.date == datetime.date(2014, 3, 5)


def test_reciprocal_meeting_codes_both_ways(nlp, actor_dictionary):
    events = code_text("Makei met with Lavrov.", date=DAY, nlp=nlp, actors=actor_dictionary)
    assert {(e.source.country, e.target.country) for e in events} == {("BLR", "RUS"), ("RUS", "BLR")}


def test_bad_pattern_code_names_file(tmp_path):
    from realpolitik.errors import PatternDataError

    bad = tmp_path / "mine.yaml"
    bad.write_text("verbs:\n  scold: '999'\n")
    with pytest.raises(PatternDataError, match="mine.yaml"):
        load_patterns(extra=[bad])
