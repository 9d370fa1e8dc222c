"""SVG charts drawn in Python, shared by the HTML report and the web dashboard.

Every mark a reader may click carries ``data-*`` attributes (dyad, period, …) so a few lines
of script can show the evidence behind it; the charts themselves need no script and no
network, and stay crisp at any zoom.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from . import layout

QUAD_COLOURS = {1: "#4c9a5a", 2: "#1f6f3a", 3: "#d08a2e", 4: "#b2302a"}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
SERIES_COLOURS = ("#1f4e99", "#b2302a", "#4c9a5a", "#8a55a8", "#d08a2e", "#3a8f9e")

_MARGIN = {"left": 48, "right": 16, "top": 28, "bottom": 34}


@dataclass(frozen=True)
class Point:
    """One clickable value: ``x`` is a category label (a period), ``data`` its data attributes."""

    x: str
    y: float
    title: str = ""
    data: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Node:
    id: str
    weight: float
    href: str | None = None


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    events: int
    net_cooperation: float


def _attrs(data: Mapping[str, str]) -> str:
    return "".join(f' data-{escape(k)}="{escape(str(v))}"' for k, v in data.items())


def _fmt(value: float) -> str:
    return (
        f"{value:.1f}".rstrip("0").rstrip(".")
        if value != int(value)
        else str(int(value))
    )


def _ticks(low: float, high: float, n: int = 4, *, whole: bool = False) -> list[float]:
    """About ``n`` round tick values; ``whole`` for counts, which have no halves."""
    if high == low:
        return [low]
    raw = (high - low) / n
    step = 10 ** math.floor(math.log10(raw))
    step *= next(m for m in (1, 2, 2.5, 5, 10) if raw <= m * step)
    if whole:
        step = max(1, math.ceil(step))
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


class _Frame:
    """Axes for categorical x (periods) and numeric y."""

    def __init__(
        self, xs: Sequence[str], low: float, high: float, width: int, height: int
    ) -> None:
        if low == high:
            low, high = low - 1, high + 1
        self.xs, self.low, self.high, self.width, self.height = (
            list(xs),
            low,
            high,
            width,
            height,
        )
        self.inner_w = width - _MARGIN["left"] - _MARGIN["right"]
        self.inner_h = height - _MARGIN["top"] - _MARGIN["bottom"]

    def x(self, label: str) -> float:
        step = self.inner_w / max(len(self.xs), 1)
        return _MARGIN["left"] + step * (self.xs.index(label) + 0.5)

    def band(self) -> float:
        return self.inner_w / max(len(self.xs), 1)

    def y(self, value: float) -> float:
        return _MARGIN["top"] + self.inner_h * (self.high - value) / (
            self.high - self.low
        )

    def axes(self, y_label: str, *, whole: bool = False) -> list[str]:
        out = []
        for t in _ticks(self.low, self.high, whole=whole):
            y = self.y(t)
            out.append(
                f'<line class="grid" x1="{_MARGIN["left"]}" x2="{self.width - _MARGIN["right"]}" y1="{y:.1f}" y2="{y:.1f}"/>'
            )
            out.append(
                f'<text class="tick" x="{_MARGIN["left"] - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(t)}</text>'
            )
        if self.low < 0 < self.high:
            y0 = self.y(0)
            out.append(
                f'<line class="zero" x1="{_MARGIN["left"]}" x2="{self.width - _MARGIN["right"]}" y1="{y0:.1f}" y2="{y0:.1f}"/>'
            )
        every = max(1, math.ceil(len(self.xs) / max(self.inner_w // 60, 1)))
        for i, label in enumerate(self.xs):
            if i % every == 0:
                out.append(
                    f'<text class="tick" x="{self.x(label):.1f}" y="{self.height - 12}" text-anchor="middle">{escape(label)}</text>'
                )
        out.append(
            f'<text class="axis-label" x="12" y="{_MARGIN["top"] - 10}">{escape(y_label)}</text>'
        )
        return out


def _legend_widths(texts: Sequence[str]) -> list[float]:
    return [
        6.4 * len(t) + 14 for t in texts
    ]  # 11px sans: about 6.4px a character, plus a gap


def _legend(width: int, texts: Sequence[str], colours: Sequence[str]) -> list[str]:
    """One legend row at the top right, above the plot, each entry as wide as its words."""
    x = width - _MARGIN["right"] - sum(_legend_widths(texts))
    out = []
    for text, colour, w in zip(texts, colours, _legend_widths(texts), strict=True):
        out.append(
            f'<text class="legend" x="{x:.0f}" y="{_MARGIN["top"] - 10}" fill="{colour}">{escape(text)}</text>'
        )
        x += w
    return out


def _svg(width: int, height: int, title: str, body: list[str], css_class: str) -> str:
    return (
        f'<svg class="chart {css_class}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _runs(points: Sequence[Point], xs: Sequence[str]) -> list[list[Point]]:
    """Points split where a period between them has no value: a line never bridges a quiet
    period, where it would show a trend nobody measured."""
    place = {x: i for i, x in enumerate(xs)}
    runs: list[list[Point]] = []
    for p in points:
        if runs and place[p.x] == place[runs[-1][-1].x] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def line_chart(
    series: Mapping[str, Sequence[Point]],
    *,
    title: str,
    y_label: str,
    y_range: tuple[float, float] | None = None,
    xs: Sequence[str] = (),
    width: int = 640,
    height: int = 240,
) -> str:
    """Lines over periods, one per named series; each point a clickable circle.  ``xs`` are
    periods to show even without a point (a shared axis keeps quiet years visible)."""
    xs = sorted({*xs, *(p.x for points in series.values() for p in points)})
    ys = [p.y for points in series.values() for p in points] or [0.0]
    if y_range is None:
        low, high = min(0.0, min(ys)), max(0.0, max(ys))
        pad = (
            high - low
        ) * 0.08  # points on the edge of the range stay clear of the axis labels
        low, high = low - (pad if low < 0 else 0), high + (pad if high > 0 else 0)
    else:
        low, high = y_range
    frame = _Frame(xs, low, high, width, height)
    body = frame.axes(y_label)
    for i, (name, points) in enumerate(series.items()):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        ordered = sorted(points, key=lambda p: p.x)
        dash = (
            "" if i == 0 else ' stroke-dasharray="6 3"'
        )  # equal series stay told apart
        for run in _runs(ordered, xs):
            path = " ".join(f"{frame.x(p.x):.1f},{frame.y(p.y):.1f}" for p in run)
            body.append(
                f'<polyline class="line" fill="none" stroke="{colour}" stroke-width="2"{dash} points="{path}"/>'
            )
        radius = (
            5 if i == 0 else 3.5
        )  # a later series' point stays visible on top of an equal earlier one
        for p in ordered:
            body.append(
                f'<circle class="point" tabindex="0" cx="{frame.x(p.x):.1f}" cy="{frame.y(p.y):.1f}" r="{radius}" '
                f'fill="{colour}"{_attrs(p.data)}><title>{escape(p.title or f"{name} {p.x}: {_fmt(p.y)}")}</title></circle>'
            )
    if len(series) > 1:
        colours = [SERIES_COLOURS[i % len(SERIES_COLOURS)] for i in range(len(series))]
        body += _legend(width, [f"● {name}" for name in series], colours)
    return _svg(width, height, title, body, "line-chart")


def quad_bars(
    counts: Sequence[tuple[str, Mapping[int, int], Mapping[str, str]]],
    *,
    title: str,
    xs: Sequence[str] = (),
    width: int = 640,
    height: int = 200,
) -> str:
    """Stacked bars of quad-class counts per period: (period, {quad: count}, data attributes);
    ``xs`` as in ``line_chart``."""
    xs = sorted({*xs, *(c[0] for c in counts)})
    top = max([sum(c[1].values()) for c in counts] or [1])
    frame = _Frame(
        xs, 0, top * 1.08, width, height
    )  # the tallest bar stays clear of the legend
    body = frame.axes("events", whole=True)
    w = min(frame.band() * 0.6, 44)  # one period alone is a bar, not a wall
    for label, quads, data in counts:
        base = 0
        for q in (1, 2, 3, 4):
            n = quads.get(q, 0)
            if not n:
                continue
            y_top, y_bottom = frame.y(base + n), frame.y(base)
            body.append(
                f'<rect class="bar point" tabindex="0" x="{frame.x(label) - w / 2:.1f}" y="{y_top:.1f}" width="{w:.1f}" '
                f'height="{y_bottom - y_top:.1f}" fill="{QUAD_COLOURS[q]}"{_attrs({**data, "quad": str(q)})}>'
                f"<title>{escape(label)}: {n} {QUAD_NAMES[q]}</title></rect>"
            )
            base += n
    body += _legend(
        width, [f"■ {QUAD_NAMES[q]}" for q in QUAD_NAMES], list(QUAD_COLOURS.values())
    )
    return _svg(width, height, title, body, "quad-bars")


def sparkline(
    values: Sequence[float], *, width: int = 120, height: int = 24, title: str = ""
) -> str:
    """A tiny line of values, zero line included; no axes."""
    if not values:
        return _svg(width, height, title, [], "sparkline")
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    step = width / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return 2 + (height - 4) * (high - v) / span

    points = " ".join(f"{i * step:.1f},{y(v):.1f}" for i, v in enumerate(values))
    body = [
        f'<line class="zero" x1="0" x2="{width}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>',
        f'<polyline fill="none" stroke="{SERIES_COLOURS[0]}" stroke-width="1.5" points="{points}"/>',
    ]
    if len(values) == 1:  # one period: a line of one point is invisible, a dot is not
        body.append(
            f'<circle cx="{width / 2:.1f}" cy="{y(values[0]):.1f}" r="2.5" fill="{SERIES_COLOURS[0]}"/>'
        )
    return _svg(width, height, title, body, "sparkline")


def node_radius(node: Node, heaviest: float) -> float:
    """Circle radius: area grows with the node's events."""
    return 8 + 14 * math.sqrt(node.weight / heaviest) if heaviest > 0 else 8.0


def _label_width(label: str) -> float:
    return 8.0 * len(label)  # bold 11px system-ui, wide enough for capitals


def network_positions(
    nodes: Sequence[Node], edges: Sequence[Edge], *, width: float, height: float
) -> dict[str, tuple[float, float]]:
    """Force-directed positions: actors with many events between them sit close together."""
    return dict(_network_positions(tuple(nodes), tuple(edges), width, height))


@functools.lru_cache(maxsize=64)  # the same graph gives the same layout; the dashboard asks often
def _network_positions(
    nodes: tuple[Node, ...], edges: tuple[Edge, ...], width: float, height: float
) -> dict[str, tuple[float, float]]:
    heaviest = max([n.weight for n in nodes] or [1.0])
    radii = {n.id: node_radius(n, heaviest) for n in nodes}
    margins = {n.id: max(radii[n.id] + 18, _label_width(n.id) / 2 + 6) for n in nodes}
    return layout.force_layout(
        [n.id for n in nodes],
        [(e.a, e.b, float(e.events)) for e in edges],
        width=width,
        height=height - 20,  # the legend row stays clear
        margin=margins,
        min_distance=2 * max(radii.values(), default=8.0) + 10,
    )


def cooperation_colour(net: float) -> str:
    """Red (conflict, -1) through grey (0) to green (cooperation, +1)."""
    net = max(-1.0, min(1.0, net))
    grey, far = (150, 150, 150), ((31, 140, 60) if net >= 0 else (190, 40, 35))
    rgb = [round(g + (f - g) * abs(net)) for g, f in zip(grey, far, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def network_chart(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    *,
    title: str,
    width: int = 600,
    height: int = 440,
) -> str:
    """Actors placed by a force-directed layout; node area = events, edge colour = net cooperation,
    edge width = events.  A label too wide for its circle goes below it."""
    pos = network_positions(nodes, edges, width=width, height=height)
    most = max([e.events for e in edges] or [1])
    heaviest = max([n.weight for n in nodes] or [1])
    body = []
    for e in sorted(edges, key=lambda e: e.events):
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        body.append(
            f'<line class="edge point" tabindex="0" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{cooperation_colour(e.net_cooperation)}" stroke-width="{1.5 + 8 * e.events / most:.1f}" '
            f'stroke-linecap="round"{_attrs({"dyad": f"{e.a}-{e.b}"})}>'
            f"<title>{escape(e.a)}–{escape(e.b)}: {e.events} events, net cooperation {e.net_cooperation:+.2f}</title></line>"
        )
    circles, labels = [], []  # every label above every circle, so no node hides a name
    for n in nodes:
        x, y = pos[n.id]
        r = node_radius(n, heaviest)
        text_y = y + 4 if _label_width(n.id) <= 2 * r - 4 else y + r + 12
        circle = f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(n.id)}: {_fmt(n.weight)} events</title></circle>'
        label = f'<text class="node-label" x="{x:.1f}" y="{text_y:.1f}" text-anchor="middle">{escape(n.id)}</text>'
        link = f'<a href="{escape(n.href)}">' if n.href else ""
        circles.append(f"{link}{circle}</a>" if link else circle)
        labels.append(f"{link}{label}</a>" if link else label)
    body += circles + labels
    legend = [
        f'<text class="legend" x="8" y="{height - 8}" fill="{cooperation_colour(-1)}">— conflict</text>',
        f'<text class="legend" x="90" y="{height - 8}" fill="{cooperation_colour(0)}">— mixed</text>',
        f'<text class="legend" x="160" y="{height - 8}" fill="{cooperation_colour(1)}">— cooperation (width, size: events)</text>',
    ]
    return _svg(width, height, title, body + legend, "network")


CHART_CSS = """
svg.chart { font: 11px system-ui, sans-serif; background: #fff; max-width: 100%; height: auto; }
svg.chart .grid { stroke: #eee; } svg.chart .zero { stroke: #999; stroke-dasharray: 3 3; }
svg.chart .tick { fill: #555; } svg.chart .axis-label { fill: #333; font-weight: 600; }
svg.chart .point { cursor: pointer; } svg.chart circle.point:hover, svg.chart circle.point:focus { r: 7; stroke: #000; }
svg.chart rect.bar:hover { stroke: #000; } svg.chart .edge:hover { stroke-opacity: .7; }
svg.chart .node { fill: #f4f1e8; stroke: #444; } svg.chart .node-label { font-weight: 600; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-opacity: .85; }
svg.chart .legend { font-size: 11px; }
svg.sparkline .zero { stroke: #bbb; }
"""
