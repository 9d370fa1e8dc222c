"""Where the actor network's nodes go: a force-directed layout (Fruchterman & Reingold, 1991).

Every pair of actors repels, every pair with events attracts in proportion to how many, and a
weak pull toward the centre keeps unconnected actors in the picture; so actors that deal with
each other a lot end up side by side and clusters (the Russia camp, the EU camp) show as such.
The start positions come from a fixed seed over the sorted ids and the arithmetic is plain
Python floats, so the same graph always gives the same picture (and the same SVG bytes).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence

Position = tuple[float, float]

ITERATIONS = 300
SEED = 20140316  # any fixed number; this one is the Crimean referendum
_GRAVITY = 0.08  # pull toward the centre, as a share of the mean spring strength


def force_layout(
    ids: Sequence[str],
    links: Sequence[tuple[str, str, float]],
    *,
    width: float,
    height: float,
    margin: float | Mapping[str, float] = 40.0,
    min_distance: float = 0.0,
    iterations: int = ITERATIONS,
    seed: int = SEED,
) -> dict[str, Position]:
    """Positions inside ``width`` x ``height`` for ``ids``, linked by ``(a, b, strength)``.

    ``margin`` keeps nodes (and their labels) off the edges: one number, or one per id.
    After the forces settle, nodes closer than ``min_distance`` are pushed apart."""
    names = sorted(set(ids))
    if not names:
        return {}
    margins = {
        n: float(margin[n]) if isinstance(margin, Mapping) else float(margin)
        for n in names
    }
    if len(names) == 1:
        return {names[0]: (round(width / 2, 1), round(height / 2, 1))}
    springs = _springs(names, links)
    raw = _lay_flat(_settle(names, springs, iterations, random.Random(seed)))
    placed = _fit(raw, width, height, margins)
    if min_distance > 0:
        placed = _separate(placed, width, height, margins, min_distance)
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in placed.items()}


def _springs(
    names: list[str], links: Sequence[tuple[str, str, float]]
) -> dict[tuple[int, int], float]:
    """Strength per linked index pair, scaled to (0.3, 1.3]: a single event still holds two actors
    together, the busiest pair holds them closest."""
    index = {n: i for i, n in enumerate(names)}
    total: dict[tuple[int, int], float] = {}
    for a, b, strength in links:
        if a == b or a not in index or b not in index or strength <= 0:
            continue
        key = (min(index[a], index[b]), max(index[a], index[b]))
        total[key] = total.get(key, 0.0) + strength
    if not total:
        return {}
    top = max(total.values())
    return {key: 0.3 + math.sqrt(s / top) for key, s in sorted(total.items())}


def _settle(
    names: list[str],
    springs: dict[tuple[int, int], float],
    iterations: int,
    rng: random.Random,
) -> list[list[float]]:
    n = len(names)
    k = math.sqrt(1.0 / n)  # ideal distance in a unit square
    pos = [[rng.random(), rng.random()] for _ in names]
    gravity = _GRAVITY * (sum(springs.values()) / len(springs) if springs else 1.0)
    start = 0.1
    for step in range(iterations):
        shift = [[0.0, 0.0] for _ in names]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d = math.hypot(dx, dy) or 1e-6
                push = k * k / d
                shift[i][0] += dx / d * push
                shift[i][1] += dy / d * push
                shift[j][0] -= dx / d * push
                shift[j][1] -= dy / d * push
        for (i, j), strength in springs.items():
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = math.hypot(dx, dy) or 1e-6
            pull = strength * d * d / k
            shift[i][0] -= dx / d * pull
            shift[i][1] -= dy / d * pull
            shift[j][0] += dx / d * pull
            shift[j][1] += dy / d * pull
        temperature = start * (1 - step / iterations)
        for i in range(n):
            shift[i][0] -= gravity * (pos[i][0] - 0.5) / k
            shift[i][1] -= gravity * (pos[i][1] - 0.5) / k
            length = math.hypot(*shift[i]) or 1e-9
            move = min(length, temperature)
            pos[i][0] += shift[i][0] / length * move
            pos[i][1] += shift[i][1] / length * move
    return pos


def _lay_flat(pos: list[list[float]]) -> list[list[float]]:
    """Rotate the picture so its longest spread runs across: charts are wider than tall."""
    n = len(pos)
    mx, my = sum(p[0] for p in pos) / n, sum(p[1] for p in pos) / n
    cxx = sum((p[0] - mx) ** 2 for p in pos)
    cyy = sum((p[1] - my) ** 2 for p in pos)
    cxy = sum((p[0] - mx) * (p[1] - my) for p in pos)
    angle = 0.5 * math.atan2(2 * cxy, cxx - cyy)
    cos, sin = math.cos(-angle), math.sin(-angle)
    return [
        [(x - mx) * cos - (y - my) * sin, (x - mx) * sin + (y - my) * cos]
        for x, y in pos
    ]


def _fit(
    raw: list[list[float]], width: float, height: float, margins: dict[str, float]
) -> dict[str, Position]:
    """Scale the settled positions into the box, the same factor on both axes (distances keep
    their meaning) and centred; each node at least its margin from the edges."""
    names = sorted(margins)
    xs, ys = [p[0] for p in raw], [p[1] for p in raw]
    pad = max(margins.values())
    spans = [
        (max(xs) - min(xs), width - 2 * pad),
        (max(ys) - min(ys), height - 2 * pad),
    ]
    scale = min((room / span for span, room in spans if span > 1e-9), default=0.0)
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    out = {}
    for name, x, y in zip(names, xs, ys, strict=True):
        m = margins[name]
        out[name] = (
            min(max(width / 2 + (x - mid_x) * scale, m), width - m),
            min(max(height / 2 + (y - mid_y) * scale, m), height - m),
        )
    return out


def _separate(
    placed: dict[str, Position],
    width: float,
    height: float,
    margins: dict[str, float],
    gap: float,
) -> dict[str, Position]:
    """Push overlapping nodes apart (half the overlap each), keeping them inside the box."""
    names = sorted(placed)
    pos = [list(placed[n]) for n in names]
    for _ in range(100):
        moved = False
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                dx, dy = pos[j][0] - pos[i][0], pos[j][1] - pos[i][1]
                d = math.hypot(dx, dy)
                if d >= gap:
                    continue
                if d < 1e-6:  # same spot: part them sideways, the later id to the right
                    dx, dy, d = 1.0, 0.0, 1.0
                half = (gap - d) / 2
                pos[i][0] -= dx / d * half
                pos[i][1] -= dy / d * half
                pos[j][0] += dx / d * half
                pos[j][1] += dy / d * half
                moved = True
        for name, p in zip(names, pos, strict=True):
            m = margins[name]
            p[0] = min(max(p[0], m), width - m)
            p[1] = min(max(p[1], m), height - m)
        if not moved:
            break
    return {n: (p[0], p[1]) for n, p in zip(names, pos, strict=True)}
