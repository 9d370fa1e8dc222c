"""The table of words the coder reads instead of spaCy's Token properties gives what they give."""

from __future__ import annotations

import pytest

from realpolitik.coding.words import Words

# our own text: a dateline, a possessive, a hyphenated name, a blank line and double spaces
TEXT = ("VALDORIA, March 3 — Valdoria's foreign minister  met his Ostrian counterpart on Monday.\n\n"
        "The Valdorian-Ostrian talks, which began in Port Lenn, will resume next week. ")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_each_word_as_its_token_properties_give_it(doc) -> None:
    words = Words.of(doc)
    assert len(words.lemma) == len(doc)
    for t in doc:
        assert (words.lemma[t.i], words.lower[t.i], words.pos[t.i], words.tag[t.i], words.dep[t.i]) \
            == (t.lemma_.lower(), t.lower_, t.pos_, t.tag_, t.dep_)
        assert (words.head[t.i], words.idx[t.i], words.length[t.i]) == (t.head.i, t.idx, len(t.text))
    assert words.chars == len(TEXT)


def test_covering_takes_the_words_char_span_expands_to(doc) -> None:
    words = Words.of(doc)
    for start in range(-1, len(TEXT) + 2):
        for end in range(start + 1, min(start + 30, len(TEXT) + 3)):
            expected = doc.char_span(start, end, alignment_mode="expand")
            found = words.covering(start, end)
            expected_bounds = (expected.start, expected.end) if expected is not None else None
            assert ((found.start, found.stop) if found is not None else None) == expected_bounds, (start, end)


def test_an_empty_text_has_no_words(nlp) -> None:
    words = Words.of(nlp(""))
    assert words.lemma == () and words.chars == 0
    assert words.covering(0, 1) is None


def test_children_are_the_words_hung_on_each_word_in_text_order(doc) -> None:
    words = Words.of(doc)
    for t in doc:
        assert words.children(t.i) == tuple(c.i for c in t.children), t.text


def test_a_text_is_read_once_and_another_text_read_anew(nlp, doc) -> None:
    words = Words.of(doc)
    assert Words.of(doc) is words
    other = nlp("Ostria recalled its ambassador.")
    assert Words.of(other).doc is other and Words.of(doc) is not words  # (only the last text is kept)


def test_conjuncts_are_the_words_coordinated_with_each_word(nlp) -> None:
    doc = nlp("Ostria, Valdoria and the Lennish republic signed and ratified the pact, and Port Lenn and Brask welcomed it.")
    words = Words.of(doc)
    assert any(t.conjuncts for t in doc)
    for t in doc:
        assert words.conjuncts(t.i) == [c.i for c in t.conjuncts], t.text
