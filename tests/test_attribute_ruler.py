"""The attribute ruler's matches found by table look-ups: the same as spaCy's Matcher finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.attribute_ruler import ColumnMatch, match_by_columns, spacys_own_matching

# the ruler's exceptions: two-word patterns, expressions, dependencies, whitespace
ODD_TEXTS = [
    "", "Kyiv", "  ", "\n\nKyiv agreed.\n\n", "We 're gon na talk , y' all , and let 's go .",
    "I ai n't got nothin' . C'm on , you did it and it has had them .", "There is no deal , but there 's hope .",
    "Thousands gotta leave : this , that , these and those .", "How are y'all doing ? She saw it and me .",
]


def _without_column_matching(nlp):
    """``nlp`` parsed up to the attribute ruler: the documents its Matcher reads."""
    return nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"])


@pytest.fixture(scope="module")
def ruler(nlp):
    return nlp.get_pipe("attribute_ruler")


def test_the_models_ruler_matches_by_columns(ruler) -> None:
    assert isinstance(ruler.match, ColumnMatch)


def test_the_same_matches_as_spacys_matcher(nlp, ruler, seed_paths: dict[str, Path]) -> None:
    texts = ODD_TEXTS + [path.read_text(encoding="utf-8") for path in seed_paths.values()]
    with _without_column_matching(nlp):
        docs = list(nlp.pipe(texts))
    with spacys_own_matching(nlp):
        assert not isinstance(ruler.match, ColumnMatch)
        own = [ruler.match(doc) for doc in docs]
    assert isinstance(ruler.match, ColumnMatch)
    assert [ruler.match(doc) for doc in docs] == own
    assert sum(map(len, own)) > sum(map(len, docs))  # (a tag's rule for every word, and exceptions)


def test_a_ruler_that_asks_more_keeps_spacys_matcher() -> None:
    import spacy

    nlp = spacy.blank("en")
    plain = nlp.add_pipe("attribute_ruler", name="plain")
    plain.add([[{"LOWER": "kyiv"}]], {"TAG": "NNP"})
    other = nlp.add_pipe("attribute_ruler", name="other")
    other.add([[{"LOWER": "kyiv", "OP": "+"}]], {"TAG": "NNP"})
    match_by_columns(nlp)
    assert isinstance(plain.match, ColumnMatch)
    assert not isinstance(other.match, ColumnMatch)
    assert nlp("Kyiv and kyiv")[2].tag_ == "NNP"


def test_patterns_added_later_are_matched_by_spacys_matcher() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "kyiv"}]], {"TAG": "NNP"})
    match_by_columns(nlp)
    ruler.add([[{"LOWER": "minsk"}]], {"TAG": "NNP"})
    assert [t.tag_ for t in nlp("Kyiv and Minsk")] == ["NNP", "", "NNP"]
    ruler.clear()
    with pytest.warns(UserWarning, match="W036"):  # (spaCy's: a Matcher with no patterns)
        assert [t.tag_ for t in nlp("Kyiv and Minsk")] == ["", "", ""]
