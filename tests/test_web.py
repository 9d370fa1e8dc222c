"""The dashboard and its JSON API, over the small store of test_report."""

from __future__ import annotations

import dataclasses
import html
import inspect
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_report import _statements, build_demo_store, demo_records

from realpolitik import cli
from realpolitik.store import Store
from realpolitik.web.app import create_app, records


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_store(tmp_path_factory.mktemp("web") / "demo.duckdb")


@pytest.fixture(scope="module")
def client(demo_db: Path):
    with TestClient(create_app(demo_db)) as c:
        yield c


@pytest.fixture(scope="module")
def store(demo_db: Path, client):
    with Store(demo_db, read_only=True) as s:
        yield s


@pytest.mark.parametrize(
    ("path", "method", "kwargs"),
    [
        ("/api/events", "events", {}),
        (
            "/api/events?dyad=BLR,RUS&since=2015",
            "events",
            {"dyad": "BLR,RUS", "since": "2015"},
        ),
        ("/api/events?type=ACCUSE", "events", {"event_type": "ACCUSE"}),
        ("/api/events?modality=all&limit=2", "events", {"modality": None, "limit": 2}),
        ("/api/stories?country=EU", "stories", {"country": "EU"}),
        ("/api/dyads?period=month", "dyads", {"period": "month"}),
        ("/api/dyads?until=2014-12-31", "dyads", {"until": "2014-12-31"}),
    ],
)
def test_api_returns_what_the_store_returns(
    client, store, path: str, method: str, kwargs: dict
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    expected = records(getattr(store, method)(**kwargs))
    assert response.json() == expected and expected


def test_api_tilt_numbers(client, store) -> None:
    got = client.get(
        "/api/tilt",
        params={"state": "BLR", "between": "RUS", "and": "WEST", "period": "year"},
    ).json()
    frame = store.tilt("BLR", between="RUS", and_="WEST")
    assert [r["tilt"] for r in got] == pytest.approx(frame["tilt"].tolist())
    assert [r["period"] for r in got] == ["2014-01-01", "2015-01-01", "2016-01-01"]


def test_api_document_has_text_and_events(client) -> None:
    doc = client.get("/api/documents/d1").json()
    assert doc["title"] == "Gas deal" and doc["text"].startswith("Belarus signed")
    assert {e["trigger_text"] for e in doc["events"]} == {"signed", "praised"}


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/events?since=2014-13-45", 422, "is not a date"),
        ("/api/events?until=yesterday", 422, "is not a date"),
        ("/api/dyads?period=fortnight", 422, "'day', 'week', 'month', 'quarter' or 'year'"),
        ("/api/events?modality=maybe", 400, "unknown modality"),
        ("/api/events?dyad=BLR", 400, "two sides"),
        ("/api/documents/nope", 404, "no document 'nope'"),
        ("/api/events?limit=0", 422, "greater than or equal to 1"),
        ("/fragments/evidence?period_start=2014-01-01&dyad=BLR", 400, "two codes"),
        ("/fragments/evidence?period_start=soon&dyad=BLR-RUS", 422, "not a date"),
        ("/fragments/evidence?period_start=2014-01-01&tilt=BLR", 422, "STATE:SIDE_A:SIDE_B"),
        ("/fragments/evidence?period_start=2014-01-01&period=fortnight&dyad=BLR-RUS", 422, "'quarter' or 'year'"),
        ("/api/tilt?state=&between=RUS", 400, "empty side"),
    ],
)  # fmt: skip
def test_bad_parameters_get_4xx_with_a_message(
    client, path: str, status: int, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert message in str(response.json()["detail"])


@pytest.mark.parametrize(
    ("path", "status"),
    [("/?period=fortnight", 422), ("/document/nope", 404), ("/dyad/BLR", 400)],
)
def test_bad_page_parameters_get_an_error_page(client, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status and 'class="error"' in response.text


def test_overview_lists_dyads_with_links_and_charts(client) -> None:
    page = client.get("/", params={"period": "year", "state": "BLR", "between": "RUS", "and": "WEST"}).text
    assert (
        'href="/dyad/BLR-RUS?period=year"' in page and 'class="chart sparkline"' in page
    )
    assert 'data-tilt="BLR:RUS:WEST"' in page and 'class="chart network"' in page
    assert (
        client.get("/static/dashboard.js").status_code == 200
        and client.get("/static/realpolitik.css").status_code == 200
    )


def test_dyad_page_and_evidence_fragment(client) -> None:
    page = client.get("/dyad/BLR-RUS").text
    assert 'data-dyad="BLR-RUS" data-period="2015-01-01"' in page
    fragment = client.get(
        "/fragments/evidence", params={"dyad": "BLR-RUS", "period_start": "2015-01-01"}
    ).text
    assert (
        '<mark class="actor" data-events="' in fragment
        and ">accused</mark>" in fragment
    )
    assert "Belarus signed" not in fragment  # 2014 stays out of 2015
    assert '<a href="/document/d2">Food row</a>' in fragment


def test_evidence_fragment_respects_event_type(client) -> None:
    fragment = client.get(
        "/fragments/evidence",
        params={"dyad": "BLR-RUS", "period_start": "2014-01-01", "type": "SUPPORT"},
    ).text
    assert "Lukashenko" in fragment and "gas deal" not in fragment


def test_tilt_fragment_lists_the_events_behind_a_period(client) -> None:
    fragment = client.get(
        "/fragments/evidence",
        params={"tilt": "BLR:RUS:WEST", "period_start": "2016-01-01"},
    ).text
    assert "lifted</mark>" in fragment and "criticised</mark>" in fragment


def test_document_page_marks_every_event(client) -> None:
    page = client.get("/document/d1").text
    assert (
        page.count('<mark class="trigger"') >= 2 + 2
    )  # in the text and in the event list
    assert "&lt;generous&gt;" in page and "<generous>" not in page


def test_actor_page(client) -> None:
    page = client.get("/actor/eu").text
    assert (
        "<h1>EU</h1>" in page
        and "imposed</mark>" in page
        and 'href="/dyad/BLR-EU"' in page
    )


def test_openapi_docs(client) -> None:
    docs = client.get("/docs").text
    assert "<script src=\"http" not in docs and "cdn" not in docs  # offline: nothing loaded from elsewhere
    assert '<code>GET /api/events</code> <a href="/api/events">try it</a>' in docs
    assert "<td><code>quad</code></td><td>query</td><td>string</td>" in docs
    assert "<td><code>format</code></td><td>query</td><td>one of csv, jsonl, parquet</td><td>csv</td>" in docs
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/events",
        "/api/dyads",
        "/api/tilt",
        "/api/documents/{doc_id}",
        "/api/stories",
    } <= set(paths)


def test_server_binds_to_localhost_by_default() -> None:
    assert inspect.signature(cli.serve).parameters["host"].default == "127.0.0.1"


def test_dashboard_over_an_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as s:
        s.write([], [])
    with TestClient(create_app(tmp_path / "empty.duckdb")) as c:
        assert "No events between two different actors." in c.get("/").text
        assert c.get("/api/events").json() == [] and c.get("/api/tilt").json() == []


def test_undated_untitled_statement_renders(tmp_path: Path) -> None:
    documents, events = demo_records()
    said, said_events = _statements("d5", "Lukashenko said nothing new.", None)
    said = dataclasses.replace(said, title=None)  # no title, no url: NaN in the documents frame
    with Store(tmp_path / "s.duckdb") as s:
        s.write([*documents, said], [*events, *said_events])
    with TestClient(create_app(tmp_path / "s.duckdb")) as c:
        page = c.get("/document/d5")
        assert page.status_code == 200 and "undated" in page.text and "BLRGOV → —" in page.text
        actor = c.get("/actor/BLR")
        assert actor.status_code == 200 and '<a href="/document/d5">d5</a>' in actor.text


def test_missing_store_is_an_error_that_names_it(tmp_path: Path) -> None:
    from realpolitik.errors import StoreError

    with pytest.raises(StoreError, match="no event store"):
        create_app(tmp_path / "missing.duckdb")


@pytest.mark.parametrize(
    ("params", "present", "absent"),
    [
        ({}, ["accused</mark>", "imposed</mark>"], []),
        ({"type": "ACCUSE"}, ["accused</mark>"], ["imposed</mark>"]),
    ],
)
def test_tilt_fragment_respects_filters(
    client, params: dict, present: list, absent: list
) -> None:
    query = {"tilt": "BLR:RUS:WEST", "period_start": "2015-01-01", **params}
    fragment = client.get("/fragments/evidence", params=query).text
    assert all(p in fragment for p in present) and not any(
        a in fragment for a in absent
    )


def test_actor_page_names_the_actor_and_its_people(tmp_path: Path) -> None:
    from test_store import fake_code, make_doc

    doc = make_doc("m", ["INDGOV PAKGOV 111 2024-03-01 day"], published=None)
    events = [dataclasses.replace(e, source=dataclasses.replace(e.source, text="Jaishankar")) for e in fake_code([doc])]
    with Store(tmp_path / "a.duckdb") as s:
        s.write([doc], events)
    with TestClient(create_app(tmp_path / "a.duckdb")) as c:
        page = c.get("/actor/INDGOV").text
    assert '<p class="actor-name">India, government</p>' in page and "Found in the text as “Jaishankar”" in page
    assert "<li>Subrahmanyam Jaishankar, external affairs minister (since 2019)</li>" in page
    assert '<a href="/events?actor=INDGOV">browse them</a>' in page


def test_dyad_page_shows_each_direction_apart(south_asia: Path) -> None:
    with TestClient(create_app(south_asia)) as c:
        page = c.get("/dyad/PAK-IND").text
    forward = page[page.index('data-direction="IND-PAK"'):page.index('data-direction="PAK-IND"')]
    backward = page[page.index('data-direction="PAK-IND"'):]
    assert "<h2>IND → PAK</h2><p>2 events: 1 verbal cooperation" in forward and ">111</mark>" in forward
    assert "<h2>PAK → IND</h2><p>2 events: 0 verbal cooperation · 0 material cooperation · 2 verbal conflict" in backward and ">125</mark>" in backward and ">111</mark>" not in backward


def test_a_clicked_bar_lists_the_events_of_its_quad_class_only(client) -> None:
    params = {"dyad": "BLR-RUS", "period_start": "2014-01-01"}
    every = client.get("/fragments/evidence", params=params).text
    verbal = client.get("/fragments/evidence", params={**params, "quad": "1"}).text
    material = client.get("/fragments/evidence", params={**params, "quad": "4"}).text
    assert every.count('class="evidence-item"') == verbal.count('class="evidence-item"') == 2
    assert "verbal cooperation</h2>" in verbal and "material conflict</h2>" in material
    assert "No coded events here." in material  # the signature and the praise are no conflict
    assert client.get("/fragments/evidence", params={**params, "quad": "9"}).status_code == 400


def test_overview_chooses_the_tilt_from_the_data_and_says_so(south_asia: Path) -> None:
    with TestClient(create_app(south_asia)) as c:
        chosen = c.get("/").text
        asked = c.get("/", params={"state": "Pakistan", "between": "", "and": "CHN"}).text
        unknown = c.get("/", params={"state": "Atlantis"})
        api = c.get("/api/tilt").json()
    assert "<h2>Tilt of IND between PAK and USA</h2>" in chosen and "State and sides chosen from the data" in chosen
    assert 'name="state" size="8" placeholder="IND" value="IND"' in chosen
    assert 'data-period-kind="month"' in chosen  # four months of data: by month
    assert "<h2>Tilt of PAK between IND and CHN</h2>" in asked and "Sides chosen from the data" in asked
    assert unknown.status_code == 400 and "unknown country or actor 'Atlantis'" in html.unescape(unknown.text)
    assert {(r["state"], r["side_a"], r["side_b"]) for r in api} == {("IND", "PAK", "USA")}


def test_overview_of_a_store_without_two_states_says_there_is_no_tilt(tmp_path: Path) -> None:
    from test_store import fake_code, make_doc

    doc = make_doc("alone", ["INDGOV - 010 2024-01-01 day"])
    with Store(tmp_path / "alone.duckdb") as s:
        s.write([doc], list(fake_code([doc])))
    with TestClient(create_app(tmp_path / "alone.duckdb")) as c:
        page = c.get("/")
    assert page.status_code == 200 and "no events between two states to measure a tilt on" in page.text
