"""Make src/realpolitik/data/world.json, the country outlines the dashboard's map draws, from
Natural Earth's 1:110m countries as TopoJSON (the npm package world-atlas ships them:
``npm pack world-atlas@2.0.2``, then ``countries-110m.json`` inside it).

    python scripts/world_outlines.py path/to/countries-110m.json

Natural Earth is in the public domain; world-atlas (ISC) only converts it.  Coordinates are kept
to 0.1 degree (about 11 km, far finer than the 1:110m outlines) and keyed by ISO-3 code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "realpolitik" / "data" / "world.json"
# Natural Earth's features without an ISO number, as the actor dictionaries code them.
UNNUMBERED = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}
ABOUT = ("Country outlines from Natural Earth 1:110m (public domain, naturalearthdata.com), version 4.1.0 as "
         "TopoJSON in world-atlas 2.0.2 (ISC); made by scripts/world_outlines.py. [lon, lat] rings per polygon.")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Each arc's points in degrees: TopoJSON stores them as quantized deltas."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """A closed ring from arc indices (~i is arc i backwards), each arc's first point dropped
    after the first arc since it repeats the previous arc's last."""
    points: list[tuple[float, float]] = []
    for n, i in enumerate(indices):
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if n == 0 else arc[1:])
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def polygons(geometry: dict, arcs: list) -> list[list[list[list[float]]]]:
    parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [[r for r in (ring(indices, arcs) for indices in polygon) if len(r) >= 4] for polygon in parts]


def code_of(geometry: dict) -> str | None:
    number, name = geometry.get("id"), geometry["properties"]["name"]
    if number is None:
        return UNNUMBERED.get(name)
    country = pycountry.countries.get(numeric=str(number).zfill(3))
    return country.alpha_3 if country else None


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries: dict[str, dict] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if code is None or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            print(f"left out: {geometry['properties']['name']}", file=sys.stderr)
            continue
        entry = countries.setdefault(code, {"code": code, "name": geometry["properties"]["name"], "polygons": []})
        entry["polygons"] += [p for p in polygons(geometry, arcs) if p]
    data = {"about": ABOUT, "countries": sorted(countries.values(), key=lambda c: c["code"])}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1])
