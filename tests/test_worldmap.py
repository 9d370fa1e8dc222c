"""The map of located events, drawn from the shipped country outlines."""

from __future__ import annotations

import pandas as pd

from realpolitik.report import worldmap

PLACES = pd.DataFrame(
    {"place": ["Lahore", "Dhaka", "Nepal"], "country": ["PAK", "BGD", "NPL"],
     "lat": [31.55, 23.71, None], "lon": [74.34, 90.41, None], "events": [3, 1, 2]}
)  # fmt: skip


def test_the_shipped_outlines_cover_the_world_by_iso3_code() -> None:
    codes = {o.code for o in worldmap.outlines()}
    assert {"IND", "PAK", "BGD", "NPL", "LKA", "CHN", "USA", "BRA", "XKX"} <= codes and len(codes) > 170
    india = next(o for o in worldmap.outlines() if o.code == "IND")
    west, south, east, north = india.bounds
    assert 68 < west < 70 and 6 < south < 9 and 96 < east < 98 and 35 < north < 37


def test_map_fits_the_view_to_the_events_and_links_each_place() -> None:
    svg = worldmap.event_map(PLACES, lambda place: f"/events?place={place}")
    view = [float(v) for v in svg.split('viewBox="')[1].split('"')[0].split()]
    west, _top, width, height = view
    assert west < 74 and west + width > 90 and width == 2 * height and width < 60  # South Asia, not the world
    assert '<a href="/events?place=Lahore"><circle class="place" data-place="Lahore"' in svg
    assert "<title>Lahore: 3 events</title>" in svg and 'data-place="Nepal"' not in svg  # a country is no dot
    assert '<a href="/events?place=NPL"><path class="country located" data-country="NPL"' in svg


def test_map_without_located_events_shows_the_world() -> None:
    svg = worldmap.event_map(PLACES.iloc[0:0], str)
    assert 'viewBox="-180 -84 360 144"' in svg and "circle" not in svg
