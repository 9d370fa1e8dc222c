"""What the report and the dashboard show, computed from a Store: undirected dyad series,
the main dyads, the actor network, periods and their bounds.  Both front ends draw from here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from .. import analysis
from ..errors import QueryError
from ..store import Store, TiltChoice
from ..stories import between_two_parties
from . import charts

MAX_AXIS = 400
PAIR_COLUMNS = [
    "a",
    "b",
    "period",
    "events",
    "q1",
    "q2",
    "q3",
    "q4",
    "goldstein_sum",
    "goldstein_mean",
    "net_cooperation",
]


@dataclass(frozen=True)
class Pair:
    """An undirected dyad of two countries (or IGOs), in alphabetical order."""

    a: str
    b: str

    @classmethod
    def parse(cls, text: str) -> Pair:
        parts = [
            p.strip().upper() for p in text.replace(",", "-").split("-") if p.strip()
        ]
        if len(parts) != 2:
            raise QueryError(
                f"a dyad is two codes like BLR-RUS or BLR,RUS; got {text!r}"
            )
        a, b = sorted(parts)
        return cls(a, b)

    @property
    def key(self) -> str:
        return f"{self.a}-{self.b}"

    @property
    def filter(self) -> str:
        return f"{self.a},{self.b}"


def period_bounds(start: date | str, period: str) -> tuple[date, date]:
    """First and last day of the period beginning at (or containing) ``start`` (a date or
    YYYY-MM-DD), within the calendar: the week of 9999-12-31 ends on that day."""
    if period not in _FIRST_DAY:
        raise QueryError(f"unknown period {period!r}; use one of {', '.join(analysis.PERIODS)}")
    first = _FIRST_DAY[period](_as_date(start))
    try:
        following = _following(first, period)
    except (ValueError, OverflowError):  # past date.max
        return first, date.max
    return first, following - timedelta(days=1)


def _as_date(value: date | str) -> date:
    if isinstance(value, datetime):  # pandas Timestamps too
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(f"{value!r} is not a date; use YYYY-MM-DD") from None


_FIRST_DAY = {
    "day": lambda d: d,
    "week": lambda d: d - timedelta(days=d.weekday()),  # Monday; date.min is one
    "month": lambda d: d.replace(day=1),
    "quarter": lambda d: d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1),
    "year": lambda d: d.replace(month=1, day=1),
}
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _following(first: date, period: str) -> date:
    """The first day of the next period."""
    if period in _MONTHS:
        years, month = divmod(first.month - 1 + _MONTHS[period], 12)
        return date(first.year + years, month + 1, 1)
    return first + timedelta(days=1 if period == "day" else 7)


def period_label(start: pd.Timestamp | date, period: str) -> str:
    start = _as_date(start)
    if period == "year":
        return f"{start.year:04d}"
    if period == "quarter":
        return f"{start.year:04d}Q{(start.month - 1) // 3 + 1}"
    if period == "month":
        return f"{start.year:04d}-{start.month:02d}"
    return start.isoformat()


def pair_series(dyads: pd.DataFrame) -> pd.DataFrame:
    """Directed dyad rows (Store.dyads) folded into undirected pairs per period; rows of an
    actor with itself (domestic events) are left out."""
    frame = dyads[dyads["source_country"] != dyads["target_country"]]
    if frame.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    ends = frame[["source_country", "target_country"]].astype(str)
    frame = frame.assign(a=ends.min(axis=1), b=ends.max(axis=1))
    out = frame.groupby(["a", "b", "period"], as_index=False)[
        ["events", "q1", "q2", "q3", "q4", "goldstein_sum"]
    ].sum()
    out["goldstein_mean"] = out["goldstein_sum"] / out["events"]
    out["net_cooperation"] = (out["q1"] + out["q2"] - out["q3"] - out["q4"]) / out[
        "events"
    ]
    return out[PAIR_COLUMNS].sort_values(["a", "b", "period"]).reset_index(drop=True)


def pair_rows(series: pd.DataFrame, pair: Pair) -> pd.DataFrame:
    """One pair's rows of ``pair_series``, in period order."""
    return series[(series["a"] == pair.a) & (series["b"] == pair.b)].sort_values(
        "period"
    )


def main_pairs(series: pd.DataFrame, top: int = 6) -> list[Pair]:
    """The pairs with the most events, most first."""
    totals = series.groupby(["a", "b"])["events"].sum().reset_index()
    totals = totals.sort_values(
        ["events", "a", "b"], ascending=[False, True, True]
    ).head(top)
    return [Pair(a, b) for a, b in zip(totals["a"], totals["b"], strict=True)]


def period_axis(series: pd.DataFrame, period: str) -> list[str]:
    """Labels of every period from the first to the last in ``series`` (any frame with a
    ``period`` column), quiet ones included, so all pairs' timelines share one axis and a gap
    shows as a gap.  When that would be more than ``MAX_AXIS`` periods (one document dated
    9999 among those of 2014), only the periods with data are labelled."""
    if series.empty:
        return []
    present = sorted({_as_date(p) for p in series["period"]})
    axis, day = [], present[0]
    while day <= present[-1] and len(axis) <= MAX_AXIS:
        axis.append(period_label(day, period))
        try:
            day = _following(day, period)
        except (ValueError, OverflowError):
            break
    return axis if len(axis) <= MAX_AXIS else [period_label(d, period) for d in present]


def pair_timeline(series: pd.DataFrame, pair: Pair, period: str) -> str:
    """Goldstein sum and mean per period (lines) and quad-class counts (stacked bars), every
    mark carrying the pair and the period it stands for, over the periods of all ``series``."""
    rows = pair_rows(series, pair)
    axis = period_axis(series, period)

    def data(start: pd.Timestamp) -> dict[str, str]:
        return {
            "dyad": pair.key,
            "period": pd.Timestamp(start).date().isoformat(),
            "label": period_label(start, period),
        }

    def points(column: str) -> list[charts.Point]:
        return [
            charts.Point(period_label(r.period, period), float(getattr(r, column)),
                         f"{pair.key} {period_label(r.period, period)}: {getattr(r, column):+.1f} ({r.events} events)",
                         data(r.period))
            for r in rows.itertuples()
        ]  # fmt: skip

    lines = charts.line_chart(
        {"Goldstein sum": points("goldstein_sum"), "Goldstein mean": points("goldstein_mean")},
        title=f"{pair.a}–{pair.b}: Goldstein score by {period}", y_label="Goldstein", xs=axis,
    )  # fmt: skip
    bars = charts.quad_bars(
        [(period_label(r.period, period), {1: r.q1, 2: r.q2, 3: r.q3, 4: r.q4}, data(r.period)) for r in rows.itertuples()],
        title=f"{pair.a}–{pair.b}: events by quad class per {period}", xs=axis,
    )  # fmt: skip
    return lines + bars


def tilt_chart(tilt: pd.DataFrame, period: str) -> str:
    """The tilt index per period in [-1, 1]; each point carries the state, sides and period."""
    if tilt.empty:
        return '<p class="empty">No events between the state and either side.</p>'
    state, side_a, side_b = (
        tilt["state"].iloc[0],
        tilt["side_a"].iloc[0],
        tilt["side_b"].iloc[0],
    )
    points = [
        charts.Point(
            period_label(r.period, period), float(r.tilt),
            f"{period_label(r.period, period)}: tilt {r.tilt:+.2f} ({r.events_a} events with {side_a}, {r.events_b} with {side_b})",
            {"tilt": f"{state}:{side_a}:{side_b}", "period": pd.Timestamp(r.period).date().isoformat(),
             "label": period_label(r.period, period)},
        )
        for r in tilt.itertuples()
    ]  # fmt: skip
    return charts.line_chart(
        {f"tilt of {state}": points}, title=f"Tilt of {state}: +1 toward {side_a}, -1 toward {side_b}",
        y_label=f"← {side_b}   tilt   {side_a} →", y_range=(-1.0, 1.0), xs=period_axis(tilt, period),
    )  # fmt: skip


def network_graph(
    series: pd.DataFrame, *, href: str | None = None
) -> tuple[list[charts.Node], list[charts.Edge]]:
    """Every pair over all periods: nodes weighted by events, edges by count and net cooperation.
    ``href`` is a format string with ``{id}`` for node links (the dashboard's actor pages)."""
    totals = series.groupby(["a", "b"], as_index=False)[
        ["events", "q1", "q2", "q3", "q4"]
    ].sum()
    edges = [
        charts.Edge(r.a, r.b, int(r.events), (r.q1 + r.q2 - r.q3 - r.q4) / r.events)
        for r in totals.itertuples()
    ]
    weight: dict[str, float] = {}
    for e in edges:
        weight[e.a] = weight.get(e.a, 0) + e.events
        weight[e.b] = weight.get(e.b, 0) + e.events
    nodes = [
        charts.Node(k, v, href.format(id=k) if href else None)
        for k, v in sorted(weight.items())
    ]
    return nodes, edges


def network(series: pd.DataFrame, *, href: str | None = None) -> str:
    """The actor network as SVG (see ``network_graph``), or a note when there is none."""
    nodes, edges = network_graph(series, href=href)
    if not nodes:
        return '<p class="empty">No events between two different actors.</p>'
    return charts.network_chart(
        nodes,
        edges,
        title="Actors: node size and edge width = events, edge colour = net cooperation",
    )


def pair_events(
    store: Store, pair: Pair, period_start: date | str, period: str, **filters
) -> pd.DataFrame:
    """The event mentions behind one pair and period (either direction)."""
    since, until = period_bounds(period_start, period)
    return store.events(dyad=pair.filter, since=since, until=until, **filters)


def tilt_evidence(
    store: Store,
    state: str,
    between: str,
    and_: str,
    period_start: date | str,
    period: str,
    **filters,
) -> pd.DataFrame:
    """The event mentions of the stories that moved one period's tilt."""
    why = store.tilt_events(
        state,
        between=between,
        and_=and_,
        period_start=period_start,
        period=period,
        **filters,
    )
    ids = {i for ids in why["event_ids"] for i in ids}
    events = store.events(**filters)
    return events[events["event_id"].isin(ids)].reset_index(drop=True)


def tilt_choice(
    store: Store, state: str | None = None, between: str | None = None, and_: str | None = None, period: str = "year"
) -> TiltChoice | None:
    """The tilt to draw: the state and sides asked for, what was not asked taken from the data
    (the most active state and its two most active counterparts, ``Store.tilt_choice``); None
    when nothing was asked and the data has no state with two counterparts."""
    try:
        return store.tilt_choice(state, between, and_, period)
    except QueryError:
        if state or between or and_:
            raise
        return None


def top_stories(store: Store, n: int = 15, **filters) -> pd.DataFrame:
    """Stories between two parties first (a statement to no one, or a state's government acting
    on the state itself, says little about relations), then those reported most often, then the
    most intense (largest |Goldstein|)."""
    stories = store.stories(**filters)
    if stories.empty:
        return stories
    order = stories.assign(_dyadic=between_two_parties(stories), _intensity=stories["goldstein"].abs())
    order = order.sort_values(
        ["_dyadic", "mentions", "_intensity", "story_id"],
        ascending=[False, False, False, True],
        kind="stable",
    )
    return order.drop(columns=["_dyadic", "_intensity"]).head(n).reset_index(drop=True)
