"""The mentions stage: datelines, and actors no dictionary knows."""

from __future__ import annotations

import datetime

import pytest

from realpolitik.coding.mentions import find_dateline, open_mentions, outside_dateline, section_datelines
from realpolitik.records import Actor, ActorMention


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("KAZAN, Russia — Modi and Xi met on Wednesday.", "KAZAN", "RUS"),
        ("LIMA, Peru (Wire) -- Police detained six people.", "LIMA", "PER"),
        ("NAIROBI, March 3 — Kenya's parliament voted.", "NAIROBI", "KEN"),
        ("MOSCOW, November 24, 2015 — Turkish jets shot down a bomber.", "MOSCOW", "RUS"),
        ("A headline\n\nPORT-AU-PRINCE, Haiti — Gangs attacked a station.", "PORT-AU-PRINCE", "HTI"),
        # the region says which San Jose, also before the agency
        ("SAN JOSE, Costa Rica (Reuters) - Hackers broke into the fund's servers.", "SAN JOSE", "CRI"),
        # some agencies write the place in title case: the agency in brackets says it is a dateline
        ("Abidjan (AFP) - The council barred an opposition leader.", "Abidjan", "CIV"),
        ("Ankara (AA) - Türkiye hosted talks on Wednesday.", "Ankara", "TUR"),
        # (and some write the agency in small letters)
        ("Warsaw (dpa) - Poland ordered the closure of Russia's last consulate.", "Warsaw", "POL"),
        # (or a ministry's release, its date after the place)
        ("Bujumbura, 15 July 2025 - The Minister received the High Commissioner of Tanzania.", "Bujumbura", "BDI"),
        # (or an agency in capitals after a comma, which names no place: "IRNA" is no Italian town)
        ("Tehran, IRNA -- Foreign Minister Araghchi received his Omani counterpart.", "Tehran", "IRN"),
    ],
)
def test_a_wire_dateline_is_found_with_its_country(text: str, place: str, country: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and (dateline.place, dateline.country) == (place, country)
    assert text[dateline.start:dateline.end].startswith(place)


@pytest.mark.parametrize("text", ["Russia — not a dateline — warned Kyiv.", "The EU said on Monday it would act.",
                                  "EU — The bloc warned Minsk on Monday.", "Hamas (the group) - said it would talk."])
def test_no_dateline_in_running_text(text: str) -> None:
    assert find_dateline(text) is None


def test_the_dateline_place_is_no_party() -> None:
    text = "KAZAN, Russia — Modi met Xi."
    dateline = find_dateline(text)
    russia = ActorMention(7, 13, "Russia", Actor("RUS", "Russia", "state", "RUS"))
    modi = ActorMention(16, 20, "Modi", Actor("INDGOV", "Narendra Modi", "person", "IND", "GOV"))
    assert outside_dateline([russia, modi], dateline) == [modi]


def test_names_no_dictionary_knows_are_actors(nlp) -> None:
    doc = nlp("Opposition figure Chikondi Mwale-Banda met the Awami League to discuss the Indus Waters Treaty.")
    found = open_mentions(list(doc.ents), [], None, things={"treaty"})
    texts = {m.text: (m.actor.code, m.actor.entry) for m in found}
    assert texts["Chikondi Mwale-Banda"] == ("UNK", "open:PERSON")
    assert texts["the Awami League"] == ("UNK", "open:ORG")

    # a name headed by an act ("the … Treaty", which the small model tags ORG here) is no actor
    treaty = nlp("India suspended the Indus Waters Treaty after the attack.")
    assert [e.label_ for e in treaty.ents if "Treaty" in e.text] == ["ORG"]
    assert open_mentions(list(treaty.ents), [], None, things={"treaty"}) == []


def test_a_place_tagged_as_a_person_is_no_actor(nlp) -> None:
    # the small model tags towns as people ("Chancay", a Peruvian port): the gazetteer knows better
    from spacy.tokens import Span

    doc = nlp.make_doc("Dockworkers blocked the port of Chancay and met Rosa Quispe.")
    doc.ents = [Span(doc, 5, 6, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    assert [m.text for m in open_mentions(list(doc.ents), [], None)] == ["Rosa Quispe"]


@pytest.mark.parametrize(("name", "country"), [
    ("the Sumy region", "UKR"), ("Kano state", "NGA"), ("Kharkiv oblast", "UKR"), ("Sumy", "UKR"),
    # a division word alone, or after no known place, is no place
    ("the region", None), ("Gondor province", None), ("Niger state", None),
    # a federation's state wins over a town of its name elsewhere (Florida, Cuba)
    ("Florida", "USA"), ("Texas", "USA"),
])
def test_a_division_is_where_its_place_is(name: str, country: str | None) -> None:
    from realpolitik.coding.locations import gazetteer

    found = gazetteer().find(name)
    assert (found.country if found else None) == country


def test_a_roundups_items_are_filed_from_their_own_places() -> None:
    text = ("Asia briefing\n\nNepal: Students march on ministry\n\nThousands of students marched on Monday.\n\n"
            "Finland\n\nFinland kept its border closed.\n\nLIMA, May 6 (Reuters) - Transport unions went on strike.\n\n"
            "Russia: the long view is no heading of a place.")
    found = section_datelines(text, find_dateline(text))
    assert [(d.place, d.country) for d in found] == [("Nepal", "NPL"), ("Finland", "FIN"), ("LIMA", "PER")]
    assert all(text[d.start:d.end].startswith(d.place) for d in found)


def test_a_roundup_items_yearless_dateline_gives_its_day() -> None:
    # ("LIMA, May 6 (Reuters) -" read against the document's date, as the story's own dateline is)
    text = "MOSCOW, May 5 (Reuters) - Russia shelled a village.\n\nLIMA, May 6 (Reuters) - Peru's minister accused Chile."
    found = section_datelines(text, find_dateline(text), datetime.date(2025, 5, 9))
    assert [d.day for d in found] == [datetime.date(2025, 5, 6)]
