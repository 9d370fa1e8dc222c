"""Hypothesis against ``Coder.code_text`` (issue 14): random unicode, long coordinations, nested
quotes, hundreds of country names, dates from year 1 to 9999.  Nothing but a documented
InputError may come out, and every span lies inside the cleaned text and says what it claims."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realpolitik
from realpolitik.documents import document_from_text
from realpolitik.errors import InputError
from realpolitik.records import DATE_RANGE

COUNTRIES = ["Poland", "Russia", "Japan", "China", "Kenya", "Uganda", "Chile", "Peru", "Turkey", "Qatar", "France",
             "Germany", "Belarus", "Ukraine", "Lithuania", "India", "Pakistan", "Brazil", "Argentina", "Egypt"]
VERBS = ["condemned", "praised", "accused", "met", "signed an agreement with", "threatened", "said"]
FUZZ = settings(max_examples=25, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def coder(nlp, actor_dictionary) -> realpolitik.Coder:
    coder = realpolitik.Coder()
    coder.nlp, coder.actors = nlp, actor_dictionary
    return coder


def coordination(names: list[str], verb: str) -> str:
    return f"{' and '.join(names)} {verb} {names[0]} on Monday."


def nested_quotes(depth: int, name: str) -> str:
    opening = "".join(f'{COUNTRIES[i % 20]} said "' for i in range(depth))
    return f"{opening}{name} condemned Russia{chr(34) * depth}."


texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=200).map(lambda t: f"Poland condemned {t} Russia."),
    st.builds(coordination, st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=200), st.sampled_from(VERBS)),
    st.builds(nested_quotes, st.integers(1, 30), st.sampled_from(COUNTRIES)),
    st.lists(st.sampled_from(COUNTRIES + VERBS + [",", ".", "(", ")", "\n\n", "'", "\u201c"]), max_size=300).map(" ".join),
)
dates = st.one_of(st.none(), st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)))


@FUZZ
@given(text=texts, date=dates)
def test_code_text_raises_nothing_and_every_span_is_inside_the_text(coder: realpolitik.Coder, text: str,
                                                                    date: datetime.date | None) -> None:
    try:
        events = coder.code_text(text, date=date)
    except InputError as error:  # the one refusal: a date no news carries
        assert date is not None and not DATE_RANGE[0] <= date <= DATE_RANGE[1], error
        return
    cleaned = document_from_text(text, doc_id="text", date=date).text
    for e in events:
        assert cleaned[slice(*e.span)] == e.sentence
        assert cleaned[slice(*e.trigger_span)] == e.trigger_text
        for actor in (e.source, e.target):
            if actor is not None:
                start, end = actor.span
                assert 0 <= start <= end <= len(cleaned)
