"""PNG charts for papers (matplotlib): a timeline per main dyad, the tilt, the network."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..store import Store, TiltChoice
from . import charts, views


def write_pngs(
    store: Store,
    out_dir: Path,
    *,
    period: str = "year",
    state: str | None = None,
    between: str | None = None,
    and_: str | None = None,
    top_dyads: int = 6,
    **_: object,
) -> list[Path]:
    """Write timeline-A-B.png per main dyad, tilt-STATE.png and network.png; returns the paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    out_dir.mkdir(parents=True, exist_ok=True)
    series = views.pair_series(store.dyads(period=period))
    # every pair on the same periods, quiet ones too (NaN there breaks a line, as in the HTML)
    axis = views.period_axis(series, period)
    written = []
    for pair in views.main_pairs(series, top_dyads):
        rows = _on_axis(views.pair_rows(series, pair), axis, period)
        fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 5), sharex=True)
        for i, column in enumerate(("goldstein_sum", "goldstein_mean")):
            name = column.replace("goldstein_", "Goldstein ")
            # NaN in a quiet period breaks the line there, as in the HTML report
            top.plot(
                axis,
                rows[column],
                marker="o",
                label=name,
                color=charts.SERIES_COLOURS[i],
            )
        top.axhline(0, color="#999", linewidth=0.8, linestyle="--")
        top.set_title(f"{pair.a}–{pair.b}")
        top.legend(frameon=False)
        base = [0] * len(axis)
        for q in (1, 2, 3, 4):
            values = rows[f"q{q}"].fillna(0).astype(int).tolist()
            bottom.bar(
                axis,
                values,
                bottom=base,
                width=0.5,
                color=charts.QUAD_COLOURS[q],
                label=charts.QUAD_NAMES[q],
            )
            base = [b + v for b, v in zip(base, values, strict=True)]
        bottom.set_ylabel("events")
        bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
        bottom.legend(
            frameon=False, fontsize=8, ncol=4, loc="lower left", bbox_to_anchor=(0, 1)
        )
        written.append(_save(fig, out_dir / f"timeline-{pair.key}.png", plt))
    choice = views.tilt_choice(store, state, between, and_, period)
    if choice is not None:
        written.append(_tilt_png(store, choice, period, out_dir, plt))
    written.append(_network_png(series, out_dir / "network.png", plt))
    return written


def _tilt_png(store: Store, choice: TiltChoice, period: str, out_dir: Path, plt) -> Path:
    state, between, and_ = choice.state.upper(), choice.between.upper(), choice.and_.upper()
    tilt = store.tilt(state, between=between, and_=and_, period=period)
    tilt_axis = views.period_axis(tilt, period)
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.plot(tilt_axis, _on_axis(tilt, tilt_axis, period)["tilt"], marker="o", color=charts.SERIES_COLOURS[0])
    ax.axhline(0, color="#999", linewidth=0.8, linestyle="--")
    ax.set_ylim(-1, 1)
    ax.set_ylabel(f"← {and_}   tilt   {between} →")
    ax.set_title(f"Tilt of {state}")
    return _save(fig, out_dir / f"tilt-{state}.png", plt)


def _on_axis(frame: pd.DataFrame, axis: list[str], period: str) -> pd.DataFrame:
    """``frame``'s rows indexed by period label, one per label of ``axis`` (NaN where quiet)."""
    labels = frame["period"].map(lambda p: views.period_label(p, period))
    return frame.set_index(labels).reindex(axis)


def _network_png(series: pd.DataFrame, path: Path, plt) -> Path:
    nodes, edges = views.network_graph(series)
    width = height = 600.0
    pos = charts.network_positions(nodes, edges, width=width, height=height)
    fig, ax = plt.subplots(figsize=(6, 6))
    most = max([e.events for e in edges] or [1])
    for e in sorted(edges, key=lambda e: e.events):
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        ax.plot(
            [x1, x2],
            [-y1, -y2],
            color=charts.cooperation_colour(e.net_cooperation),
            linewidth=1 + 6 * e.events / most,
            solid_capstyle="round",
            zorder=1,
        )
    heaviest = max([n.weight for n in nodes] or [1])
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
            n.id,
            (x, -y),
            ha="center",
            va="center",
            fontweight="bold",
            fontsize=8,
            zorder=3,
        )
    ax.set_xlim(0, width)
    ax.set_ylim(-height, 0)
    ax.set_axis_off()
    ax.set_title("Actors: size/width = events, colour = net cooperation")
    return _save(fig, path, plt)


def _save(fig, path: Path, plt) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path
