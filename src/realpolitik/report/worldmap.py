"""A map of where events happened, drawn as SVG from the shipped country outlines (Natural Earth
1:110m, public domain; data/world.json, made by scripts/world_outlines.py): no tiles, no network.

Longitude and latitude are the drawing's own units (an equirectangular projection), and the view
is fitted to the events, so a corpus about South Asia shows South Asia.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources

import pandas as pd

WORLD = (-180.0, -60.0, 180.0, 84.0)  # west, south, east, north: the inhabited world
MIN_WIDTH = 40.0  # the fewest degrees of longitude a view shows; it is twice as wide as high
MARGIN = 6.0  # degrees around the events
SHADES = ("#dbe7f5", "#b4cdea", "#7fa8d8", "#4a7fc0", "#1f4e99")  # country fill by events located there
LABELLED = 8  # places named on the map; the others have a tooltip


@dataclass(frozen=True)
class Outline:
    code: str
    name: str
    path: str  # SVG path data in (lon, -lat)
    bounds: tuple[float, float, float, float]  # west, south, east, north


@lru_cache(maxsize=1)
def outlines() -> tuple[Outline, ...]:
    """Every country's outline, as the shipped file has it."""
    data = json.loads(resources.files("realpolitik.data").joinpath("world.json").read_text(encoding="utf-8"))
    return tuple(_outline(c) for c in data["countries"])


def _outline(country: dict) -> Outline:
    rings = [ring for polygon in country["polygons"] for ring in polygon]
    path = "".join("M" + "L".join(f"{lon:g},{-lat:g}" for lon, lat in ring) + "Z" for ring in rings)
    lons = [p[0] for r in rings for p in r]
    lats = [p[1] for r in rings for p in r]
    return Outline(country["code"], country["name"], path, (min(lons), min(lats), max(lons), max(lats)))


def event_map(places: pd.DataFrame, href: Callable[[str], str]) -> str:
    """The SVG map of ``places`` (``Store.places()``): a dot per town sized by its events, and each
    country shaded by the events located in it; ``href`` links a place or country code."""
    towns = places[places["lat"].notna() & places["lon"].notna()]
    by_country = places.groupby("country")["events"].sum() if not places.empty else pd.Series(dtype=int)
    view = _view(towns, set(by_country.index))
    heaviest = max(by_country.max() if not by_country.empty else 0, 1)
    body = [_country(o, int(by_country.get(o.code, 0)), heaviest, href) for o in outlines()]
    scale = (view[2] - view[0]) / 100
    body += _towns(towns, scale, href)
    west, south, east, north = view
    return (
        f'<svg class="world-map" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="{west:g} {-north:g} {east - west:g} {north - south:g}" width="100%">'
        "<title>Where the events happened</title>" + "".join(body) + "</svg>"
    )


def _country(outline: Outline, events: int, heaviest: int, href: Callable[[str], str]) -> str:
    if not events:
        return f'<path class="country" d="{outline.path}"><title>{escape(outline.name)}</title></path>'
    shade = SHADES[min(len(SHADES) - 1, int(len(SHADES) * math.log1p(events) / math.log1p(heaviest + 1)))]
    return (
        f'<a href="{escape(href(outline.code))}"><path class="country located" data-country="{outline.code}" '
        f'd="{outline.path}" style="fill:{shade}"><title>{escape(outline.name)}: {events} events located here</title>'
        "</path></a>"
    )


def _towns(towns: pd.DataFrame, scale: float, href: Callable[[str], str]) -> list[str]:
    out = []
    for n, t in enumerate(towns.sort_values("events", ascending=False).itertuples()):
        r = scale * (0.6 + 0.5 * math.sqrt(t.events))
        label = (
            f'<text class="place-label" x="{t.lon + r * 1.3:.2f}" y="{-t.lat + r * 0.4:.2f}" '
            f'font-size="{scale * 2.2:.2f}">{escape(str(t.place))}</text>'
            if n < LABELLED else ""
        )  # fmt: skip
        out.append(
            f'<a href="{escape(href(str(t.place)))}"><circle class="place" data-place="{escape(str(t.place))}" '
            f'cx="{t.lon:.2f}" cy="{-t.lat:.2f}" r="{r:.2f}"><title>{escape(str(t.place))}: {t.events} events'
            f"</title></circle>{label}</a>"
        )
    return out


def _view(towns: pd.DataFrame, countries: set[str]) -> tuple[float, float, float, float]:
    """The part of the world to show: the towns and the countries with events, with a margin,
    at least ``MIN_WIDTH`` wide and at most ``WORLD``, twice as wide as high."""
    boxes = [(t.lon, t.lat, t.lon, t.lat) for t in towns.itertuples()]
    boxes += [o.bounds for o in outlines() if o.code in countries]
    if not boxes:
        return WORLD
    west, south = min(b[0] for b in boxes) - MARGIN, min(b[1] for b in boxes) - MARGIN
    east, north = max(b[2] for b in boxes) + MARGIN, max(b[3] for b in boxes) + MARGIN
    width = max(east - west, MIN_WIDTH, 2 * (north - south))
    height = width / 2
    middle_x, middle_y = (west + east) / 2, (south + north) / 2
    west = min(max(middle_x - width / 2, WORLD[0]), WORLD[2] - min(width, WORLD[2] - WORLD[0]))
    south = min(max(middle_y - height / 2, WORLD[1]), WORLD[3] - min(height, WORLD[3] - WORLD[1]))
    return west, south, min(west + width, WORLD[2]), min(south + height, WORLD[3])
