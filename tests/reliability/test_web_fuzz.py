"""Every parameter of every dashboard page and API call, as /openapi.json lists them, given hostile
values over a store of hostile documents: never a 5xx, and a bad value gets a short 4xx.

The TestClient re-raises any exception the app did not turn into an answer, so an unexpected
error fails the test itself rather than hiding behind the generic 500 handler.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_stores import HOSTILE_ID, SCRIPT, build_hostile_store

from realpolitik.web.app import create_app

HOSTILE_TEXT = [
    "", " ", "NaN", "0", "0001-01-01", "9999-12-31", "10000-01-01", "2014-02-30", "١٢٣٤", "２０１４",
    "BLR:RUS:WEST", ":::", "BLR-RUS", "BLR,RUS", ",", "%00", "\x00", "😀", SCRIPT, "' OR 1=1 --", HOSTILE_ID,
    "all", "ACCUSE", "19", "a" * 201, "x" * 60_000,
]  # fmt: skip
HOSTILE_INTEGERS = ["0", "-1", "100001", "9" * 30, "1.5", "abc", ""]
# A valid value for each required parameter, so that the hostile one is what gets tested.
REQUIRED = {"period_start": "2014-01-01", "doc_id": "wire/2014/gas", "pair": "BLR-RUS", "code": "BLR"}
ERROR_BYTES = 2_000


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_hostile_store(tmp_path_factory.mktemp("fuzz") / "hostile.duckdb")
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def operations(client) -> list[tuple[str, list[dict]]]:
    schema = client.get("/openapi.json").json()
    return [(path, item["get"].get("parameters", [])) for path, item in schema["paths"].items() if "get" in item]


def hostile_values(parameter: dict) -> list[str]:
    schema = parameter.get("schema", {})
    types = {s.get("type") for s in schema.get("anyOf", [schema])}
    values = HOSTILE_INTEGERS if "integer" in types else HOSTILE_TEXT
    return [*schema.get("enum", []), *values]


def url(path: str, values: dict[str, str], parameters: list[dict]) -> tuple[str, dict[str, str]]:
    """The request for ``values``: path parameters quoted into the path, the rest as a query."""
    query = {}
    for p in parameters:
        value = values.get(p["name"], REQUIRED.get(p["name"]))
        if value is None:
            continue
        if p["in"] == "path":
            path = path.replace("{" + p["name"] + "}", quote(value, safe="") or "%20")
        else:
            query[p["name"]] = value
    return path, query


def check(client: TestClient, path: str, query: dict[str, str]) -> None:
    response = client.get(path, params=query)
    assert response.status_code < 500, (path, query)
    if response.status_code >= 400:
        assert len(response.content) < ERROR_BYTES, (path, {k: v[:50] for k, v in query.items()})


def test_every_operation_is_listed(operations) -> None:
    paths = {path for path, _ in operations}
    assert {"/", "/dyad/{pair}", "/actor/{code}", "/document/{doc_id}", "/fragments/evidence", "/api/events",
            "/api/stories", "/api/dyads", "/api/tilt", "/api/documents/{doc_id}"} <= paths  # fmt: skip
    assert sum(len(parameters) for _, parameters in operations) >= 50


def test_each_parameter_with_each_hostile_value(client, operations) -> None:
    tried = 0
    for path, parameters in operations:
        for parameter in parameters:
            for value in hostile_values(parameter):
                check(client, *url(path, {parameter["name"]: value}, parameters))
                tried += 1
    assert tried > 1000


@pytest.mark.parametrize("index", range(10))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_parameter_at_once_with_random_text(client, operations, index: int, data) -> None:
    path, parameters = operations[index % len(operations)]
    # several 60 KB values at once would pass httpx's own bound on a URL; one at a time is above
    short = {p["name"]: [v for v in hostile_values(p) if len(v) < 1000] for p in parameters}
    values = {
        name: data.draw(st.one_of(st.sampled_from(choices), st.text(max_size=40)), label=name)
        for name, choices in short.items()
    }
    check(client, *url(path, values, parameters))


def test_the_fuzz_store_is_hostile(client) -> None:
    """The store the fuzz runs on holds the documents that broke the dashboard."""
    dates = {d["doc_id"]: d["date"] for d in (client.get("/api/documents/" + quote(i, safe="")).json()
                                              for i in ("undated", "far-future", "far-past", HOSTILE_ID))}  # fmt: skip
    assert dates == {"undated": None, "far-future": "9999-12-31", "far-past": "0001-01-01", HOSTILE_ID: "2016-02-15"}

