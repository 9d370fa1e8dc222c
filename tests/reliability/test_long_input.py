"""Long input by design (issue 14): a document over the model's limit is coded in pieces with
its spans in the whole text, an overlong sentence is skipped with a warning, a long list of
parties costs linear time, and dates at the calendar's ends do not overflow."""

from __future__ import annotations

import dataclasses
import datetime
import logging

import pytest

import realpolitik
from realpolitik import limits
from realpolitik.coding import extract
from realpolitik.nlp import chunk_bounds
from realpolitik.records import Document, DocumentDate

PAIRS = [("Poland", "Russia", "condemned"), ("Japan", "China", "criticized"), ("Kenya", "Uganda", "praised"),
         ("Chile", "Peru", "accused"), ("Turkey", "Qatar", "thanked"), ("Spain", "Morocco", "condemned")]
FILLER = "The talks went on for several hours in the capital. Reporters waited outside the building."


@pytest.fixture(scope="module")
def coder(nlp, actor_dictionary) -> realpolitik.Coder:
    coder = realpolitik.Coder()
    coder.nlp, coder.actors = nlp, actor_dictionary
    return coder


def with_limits(monkeypatch: pytest.MonkeyPatch, **changed: int) -> None:
    shipped = limits.load_limits()
    monkeypatch.setattr(limits, "load_limits", lambda: dataclasses.replace(shipped, **changed))


def document(text: str, day: datetime.date = datetime.date(2021, 3, 1)) -> Document:
    return Document("long", text, DocumentDate.given(day))


def paragraphs(count: int) -> str:
    """Paragraphs that each hold an act, so that every cut between pieces lies next to one."""
    return "\n\n".join(f"{a} {verb} {b} on Monday. {FILLER}" for a, b, verb in (PAIRS * count)[:count])


def test_a_document_over_the_models_limit_is_coded_in_pieces_with_spans_in_the_whole_text(
        coder: realpolitik.Coder, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    text = paragraphs(60)
    whole = {e.event_id: e for e in coder([document(text)])}
    # issue 14: spaCy's E088 ("Text of length … exceeds maximum") ended the whole run
    monkeypatch.setattr(nlp, "max_length", len(text) // 3)
    with_limits(monkeypatch, chunk_chars=len(text) // 5)
    assert len(chunk_bounds(text, len(text) // 5)) >= 5
    pieces = {e.event_id: e for e in coder([document(text)])}
    assert len(pieces) >= 60 and pieces.keys() == whole.keys()  # none lost at a cut, same ids and offsets
    for event in pieces.values():
        assert text[slice(*event.span)] == event.sentence
        assert text[slice(*event.trigger_span)] == event.trigger_text
        assert text[slice(*event.source.span)] == event.source.text
        assert event == whole[event.event_id]


def test_a_long_documents_events_come_out_piece_by_piece(
        coder: realpolitik.Coder, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    text = paragraphs(60)
    whole = coder([document(text)])
    with_limits(monkeypatch, chunk_chars=len(text) // 6)
    parsed: list[object] = []
    pipe = nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **options: (parsed.append(d) or d for d in pipe(texts, **options)))
    events = coder.code([document(text), document("Japan criticized China on Monday.")])
    first = next(events)
    # the memory of a huge document is bounded: its first events are out before the rest is parsed
    assert 1 <= len(parsed) < len(chunk_bounds(text, len(text) // 6)) - 2
    rest = list(events)
    assert [first, *rest[:-1]] == whole and rest[-1].source.code == "JPN"


def test_a_long_document_failing_midway_is_reported_and_the_next_is_coded(
        coder: realpolitik.Coder, monkeypatch: pytest.MonkeyPatch) -> None:
    text = paragraphs(60)
    with_limits(monkeypatch, chunk_chars=len(text) // 6)
    real = extract._Piece.events

    def failing(piece, *args):  # noqa: ANN001, ANN202 - the piece's own signature
        if piece.start > len(text) // 2:
            raise RuntimeError("the parser broke on this piece")
        return real(piece, *args)

    monkeypatch.setattr(extract._Piece, "events", failing)
    failed: list[tuple[str, str]] = []
    events = list(coder.code([document(text), dataclasses.replace(document("Japan criticized China."), id="next")],
                             on_error=lambda d, e: failed.append((d.id, str(e)))))
    assert failed == [("long", "the parser broke on this piece")]
    assert events[-1].doc_id == "next" and {e.doc_id for e in events[:-1]} == {"long"}  # the first pieces' events went out


def test_a_sentence_over_the_token_bound_is_skipped_with_a_warning(
        coder: realpolitik.Coder, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    with_limits(monkeypatch, max_sentence_tokens=40)
    listing = ", ".join(["Austria", "Belgium", "Denmark", "Estonia", "Finland", "Greece", "Hungary"] * 4)
    text = f"Poland condemned Russia on Monday.\n\n{listing} condemned Russia on Tuesday."
    with caplog.at_level(logging.WARNING, logger="realpolitik"):
        events = coder([document(text)])
    assert {(e.source.code, e.target.code) for e in events} == {("POL", "RUS")}
    assert "document long, sentence 1 skipped: 60 tokens, over the 40-token bound" in caplog.text


@pytest.mark.parametrize("parties", [20, 40])
def test_a_long_list_of_parties_is_coded_once_per_party(coder: realpolitik.Coder, parties: int) -> None:
    # issue 14: a scraped list "A and B and C …" of 34,000 characters took 39 s: every pair was an
    # event, and each pair walked the sentence again
    names = ["France", "Germany", "Italy", "Austria", "Belgium", "Denmark", "Estonia", "Finland", "Greece", "Hungary"]
    listing = " and ".join(names[i % len(names)] for i in range(parties))
    events = coder([document(f"{listing} signed an agreement on Monday.")])
    assert len(events) == parties and all(e.target is None for e in events)


def test_a_small_group_still_acts_pair_by_pair(coder: realpolitik.Coder) -> None:
    events = coder([document("France, Germany and Italy signed an agreement on Monday.")])
    assert len({(e.source.code, e.target.code) for e in events}) == 6


@pytest.mark.parametrize("day", [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])
def test_a_weekday_phrase_at_the_ends_of_the_calendar_does_not_overflow(coder: realpolitik.Coder,
                                                                        day: datetime.date) -> None:
    # issue 14: OverflowError in coding/dates.py::_weekday, out of `code`
    text = "Chile accused Peru last Monday of spying. Chile will meet Peru next Friday, and again tomorrow."
    events = coder([document(text, day)])
    assert events and all(e.date is None or e.date_precision == "doc" or e.date.year in (1, 9999) for e in events)
