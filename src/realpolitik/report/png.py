"""PNG charts for papers (matplotlib): a timeline per main dyad, the tilt, the network."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..store import Store
from . import charts, views


def write_pngs(
    store: Store,
    out_dir: Path,
    *,
    period: str = "year",
    state: str = "BLR",
    between: str = "RUS",
    and_: str = "WEST",
    top_dyads: int = 6,
    **_: object,
) -> list[Path]:
    """Write timeline-A-B.png per main dyad, tilt-STATE.png and network.png; returns the paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    series = views.pair_series(store.dyads(period=period))
    written = []
    for pair in views.main_pairs(series, top_dyads):
        rows = views.pair_rows(series, pair)
        labels = [views.period_label(p, period) for p in rows["period"]]
        fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 5), sharex=True)
        for i, column in enumerate(("goldstein_sum", "goldstein_mean")):
            name = column.replace("goldstein_", "Goldstein ")
            top.plot(
                labels,
                rows[column],
                marker="o",
                label=name,
                color=charts.SERIES_COLOURS[i],
            )
        top.axhline(0, color="#999", linewidth=0.8, linestyle="--")
        top.set_title(f"{pair.a}–{pair.b}")
        top.legend(frameon=False)
        base = [0] * len(rows)
        for q in (1, 2, 3, 4):
            values = rows[f"q{q}"].tolist()
            bottom.bar(
                labels,
                values,
                bottom=base,
                color=charts.QUAD_COLOURS[q],
                label=charts.QUAD_NAMES[q],
            )
            base = [b + v for b, v in zip(base, values, strict=True)]
        bottom.set_ylabel("events")
        bottom.legend(frameon=False, fontsize=8, ncol=2)
        written.append(_save(fig, out_dir / f"timeline-{pair.key}.png", plt))
    tilt = store.tilt(state, between=between, and_=and_, period=period)
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.plot(
        [views.period_label(p, period) for p in tilt["period"]],
        tilt["tilt"],
        marker="o",
        color=charts.SERIES_COLOURS[0],
    )
    ax.axhline(0, color="#999", linewidth=0.8, linestyle="--")
    ax.set_ylim(-1, 1)
    ax.set_ylabel(f"← {and_.upper()}   tilt   {between.upper()} →")
    ax.set_title(f"Tilt of {state.upper()}")
    written.append(_save(fig, out_dir / f"tilt-{state.upper()}.png", plt))
    written.append(_network_png(series, out_dir / "network.png", plt))
    return written


def _network_png(series: pd.DataFrame, path: Path, plt) -> Path:
    totals = series.groupby(["a", "b"], as_index=False)[
        ["events", "q1", "q2", "q3", "q4"]
    ].sum()
    weight: dict[str, float] = {}
    for r in totals.itertuples():
        weight[r.a] = weight.get(r.a, 0) + r.events
        weight[r.b] = weight.get(r.b, 0) + r.events
    nodes = [charts.Node(k, v) for k, v in sorted(weight.items())]
    pos = charts.circular_layout(nodes, width=600, height=600) if nodes else {}
    fig, ax = plt.subplots(figsize=(6, 6))
    most = max(totals["events"].max() if len(totals) else 1, 1)
    for r in totals.itertuples():
        (x1, y1), (x2, y2) = pos[r.a], pos[r.b]
        net = (r.q1 + r.q2 - r.q3 - r.q4) / r.events
        ax.plot(
            [x1, x2],
            [-y1, -y2],
            color=charts.cooperation_colour(net),
            linewidth=1 + 6 * r.events / most,
            zorder=1,
        )
    heaviest = max(weight.values() or [1])
    for n in nodes:
        x, y = pos[n.id]
        ax.scatter(
            [x],
            [-y],
            s=300 + 900 * math.sqrt(n.weight / heaviest),
            color="#f4f1e8",
            edgecolors="#444",
            zorder=2,
        )
        ax.annotate(
            n.id, (x, -y), ha="center", va="center", fontweight="bold", zorder=3
        )
    ax.set_axis_off()
    ax.set_title("Actors: colour = net cooperation, width = events")
    return _save(fig, path, plt)


def _save(fig, path: Path, plt) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path
