"""The dashboard's event browser and documents list, over the South Asian store of conftest."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from realpolitik.store import EVENT_COLUMNS, Store
from realpolitik.web import browse
from realpolitik.web.app import create_app


@pytest.fixture
def client(south_asia: Path):
    with TestClient(create_app(south_asia)) as c:
        yield c


def test_events_page_lists_every_modality_with_facet_counts(client) -> None:
    page = client.get("/events").text
    assert "10 events match" in page and page.count('<tr class="event"') == 10
    assert '<div class="facet" data-facet="country">' in page
    assert '<a href="/events?country=IND">IND</a> <span class="count">8</span>' in page
    assert '<a href="/events?quad=3">3 verbal conflict</a> <span class="count">5</span>' in page
    assert '<a href="/events?since=2024&amp;until=2024">2024</a>' in page


def test_filters_and_search_narrow_the_table(client) -> None:
    page = client.get("/events", params={"country": "Pakistan", "quad": "3", "q": "pakgov indgov 125"}).text
    assert "1 event matches" in page and '<a href="/actor/PAKGOV">PAKGOV</a> → <a href="/actor/INDGOV">INDGOV</a>' in page
    # the active filter can be taken off again, keeping the others
    assert '<a class="clear" href="/events?q=pakgov+indgov+125&amp;country=Pakistan">× 3</a>' in page


def test_empty_form_fields_are_no_filter(client) -> None:
    empty = {"q": "", "actor": "", "country": "", "type": "", "quad": "", "since": "", "until": "", "dataset": ""}
    assert "10 events match" in client.get("/events", params={**empty, "modality": "all"}).text


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"country": "XYZ"}, 400, "unknown country or actor"),
        ({"type": "TARIFF"}, 400, "use one of REQUEST, AGREE"),
        ({"quad": "7"}, 400, "use one of 1, 2, 3, 4"),
        ({"modality": "bogus"}, 400, "use one of asserted, negated, hypothetical, future"),
        ({"dataset": "icews"}, 400, "use one of realpolitik"),
        ({"since": "soon"}, 422, "is not a date"),
        ({"page": "0"}, 422, "greater than or equal to 1"),
    ],
)  # fmt: skip
def test_a_bad_filter_value_names_the_valid_choices(client, params: dict, status: int, message: str) -> None:
    response = client.get("/events", params=params)
    assert response.status_code == status and message in response.text


def test_pages_of_events(south_asia: Path) -> None:
    with Store(south_asia, read_only=True) as store:
        first = browse.event_page(store, browse.Browse(), page=1, per_page=4)
        past = browse.event_page(store, browse.Browse(), page=9, per_page=4)
    assert (first.total, first.pages, len(first.events)) == (10, 3, 4)
    assert past.page == 3 and len(past.events) == 2  # past the end: the last page
    assert 'rel="next" href="/events?page=2"' in browse.pager(first, browse.Browse())
    assert "events 9–10 of 10" in browse.pager(past, browse.Browse())


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_download_holds_exactly_the_filtered_events(client, south_asia: Path, fmt: str) -> None:
    response = client.get("/events/download", params={"country": "PAK", "format": fmt})
    assert response.status_code == 200 and f'filename="events.{fmt}"' in response.headers["content-disposition"]
    body = io.BytesIO(response.content)
    frame = {"csv": pd.read_csv, "parquet": pd.read_parquet}.get(fmt, lambda b: pd.read_json(b, lines=True))(body)
    with Store(south_asia, read_only=True) as store:
        expected = store.events(country="PAK", modality=None)
    assert list(frame.columns) == EVENT_COLUMNS and frame["event_id"].tolist() == expected["event_id"].tolist()


def test_download_of_an_unknown_format_lists_the_formats(client) -> None:
    response = client.get("/events/download", params={"format": "xlsx"})
    assert response.status_code == 422 and "'csv', 'jsonl' or 'parquet'" in html.unescape(response.text)


def test_api_events_takes_the_browser_filters(client) -> None:
    rows = client.get("/api/events", params={"quad": "3", "q": "INDGOV", "offset": "1"}).json()
    assert client.get("/api/events", params={"place": "Lahore"}).json() == []
    assert [(r["source_code"], r["cameo"]) for r in rows] == [("PAKGOV", "125")]  # the second of two
    assert json.dumps(rows)  # plain JSON


def test_documents_list_links_each_document_and_its_events(client) -> None:
    page = client.get("/documents").text
    assert "3 documents" in page and '<a href="/document/s1">s1</a>' in page
    assert '<td class="date">undated</td>' in page and '<a href="/events?doc_id=s2">4</a>' in page
    one = client.get("/events", params={"doc_id": "s2"}).text
    assert "4 events match" in one and 'the events of <a href="/document/s2">s2</a>; <a href="/events">all events</a>' in one


@pytest.fixture
def located(tmp_path: Path) -> Path:
    """Two acts in Lahore, one in Pakistan with no town, one nowhere."""
    import dataclasses

    from test_store import fake_code, make_doc

    from realpolitik.records import Location

    doc = make_doc("l", ["IND PAK 042 2024-01-02 day", "PAK IND 111 2024-01-03 day", "CHN PAK 057", "USA IND 042"])
    places = [Location("Lahore", "PAK", 31.55, 74.34)] * 2 + [Location("Pakistan", "PAK"), None]
    events = [dataclasses.replace(e, location=p) for e, p in zip(fake_code([doc]), places, strict=True)]
    with Store(tmp_path / "located.duckdb") as s:
        s.write([doc], events)
    return tmp_path / "located.duckdb"


def test_places_count_the_events_of_each_town_and_country(located: Path) -> None:
    with Store(located, read_only=True) as s:
        places = s.places(modality=None)
        assert s.count(place="Lahore", modality=None) == 2 and s.count(place="PAK", modality=None) == 3
    assert places[["place", "country", "events"]].values.tolist() == [["Lahore", "PAK", 2], ["Pakistan", "PAK", 1]]


def test_map_page_draws_the_located_events_and_counts_the_others(located: Path) -> None:
    with TestClient(create_app(located)) as c:
        page = c.get("/map").text
        filtered = c.get("/map", params={"quad": "3"}).text
        listed = c.get("/events", params={"place": "Lahore"}).text
    assert "Of 4 events" in page and "2 name the town they happened in (the dots) and 1 only a country" in page
    assert "1 name no place and are not on the map" in page
    assert '<a href="/events?place=Lahore"><circle class="place" data-place="Lahore"' in page
    assert "Of 1 events" in filtered and 'href="/events?quad=3&amp;place=Lahore"' in filtered
    assert "2 events match" in listed
