"""Relations between states over time: dyad series and the tilt (alignment) index.

Every function takes an events-like DataFrame (the columns of ``Store.events()`` or
``Store.stories()``: date [doc_date], source_code, source_country, target_code,
target_country, quad_class, goldstein) and returns a DataFrame; nothing here reads the store.
The tilt formula and its properties are in docs/tilt.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .datafiles import Layer, read_layer, shipped_layer
from .errors import ActorDataError, QueryError

PERIODS = ("day", "week", "month", "quarter", "year")
_PERIOD_FREQ = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}

# Pseudo-events of Goldstein 0 added to each side's mean: one event of +7 scores 7/(1+2) = 2.3,
# twenty such events 7*20/22 = 6.4.  Few events say little, so their score stays near neutral.
PRIOR_EVENTS = 2.0

# Goldstein scores lie in [-10, 10]; the largest possible gap between two sides is 20.
GOLDSTEIN_RANGE = 20.0

DYAD_COLUMNS = [
    "period", "source_country", "target_country", "events", "q1", "q2", "q3", "q4",
    "goldstein_sum", "goldstein_mean", "net_cooperation",
]  # fmt: skip
TILT_COLUMNS = ["period", "state", "side_a", "side_b", "score_a", "score_b", "events_a", "events_b", "tilt"]


@dataclass(frozen=True)
class Group:
    """A named set of actors: country codes, actor codes (matched as prefixes), other groups."""

    name: str
    members: tuple[str, ...]
    description: str = ""


Groups = Mapping[str, Group]


def load_groups(extra: Sequence[Path | str] = ()) -> dict[str, Group]:
    """The shipped groups (data/groups.yaml) with the users' files on top, later files winning."""
    groups = dict(_shipped_groups())
    for path in extra:
        groups.update(_parse_groups(read_layer(path, error=ActorDataError.at)))
    for name in groups:
        side_members(name, groups)  # fail early on unknown references or cycles
    return groups


@lru_cache(maxsize=1)
def _shipped_groups() -> dict[str, Group]:
    return _parse_groups(shipped_layer("realpolitik.data", "groups.yaml", error=ActorDataError.at))


def _parse_groups(layer: Layer) -> dict[str, Group]:
    where, data = layer.name, layer.data
    if not isinstance(data.get("groups"), dict):
        raise ActorDataError(f"{where}: expected a mapping 'groups:' of NAME: {{members: [...]}}")
    out = {}
    for name, body in data["groups"].items():
        members = body.get("members") if isinstance(body, dict) else None
        if not isinstance(members, list) or not members or not all(isinstance(m, str) for m in members):
            raise ActorDataError(f"{where}: group {name}: 'members' must be a non-empty list of codes or group names")
        key = str(name).upper()
        out[key] = Group(key, tuple(m.strip().upper() for m in members), str(body.get("description", "")))
    return out


def side_members(name: str, groups: Groups) -> frozenset[str]:
    """The codes a side stands for: a group expanded recursively, or the code itself."""

    def expand(item: str, trail: tuple[str, ...]) -> set[str]:
        if item in trail:
            raise ActorDataError(f"group {trail[0]} contains itself via {' -> '.join((*trail, item))}")
        group = groups.get(item)
        if group is None:
            return {item}
        found: set[str] = set()
        for member in group.members:
            found |= expand(member, (*trail, item))
        return found

    key = name.strip().upper()
    if not key:
        raise QueryError("an empty side or country name was given")
    return frozenset(expand(key, ()))


def on_side(codes: pd.Series, countries: pd.Series, members: frozenset[str]) -> pd.Series:
    """Which actors belong to a side: country in ``members`` or code starting with a member."""
    if not members:
        return pd.Series(False, index=codes.index)
    by_country = countries.isin(members)
    by_code = codes.fillna("").astype(str).str.startswith(tuple(sorted(members)))
    return (by_country | by_code).fillna(False).astype(bool)


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """The first day of the day/week (Monday)/month/quarter/year each date falls in."""
    return pd.to_datetime(dates).dt.to_period(_freq(period)).dt.start_time


def period_start_of(day: pd.Timestamp, period: str) -> pd.Timestamp:
    """``period_start`` of one date."""
    return period_start(pd.Series([day]), period).iloc[0]


def period_bounds(day: pd.Timestamp, period: str) -> tuple[date, date]:
    """The first and last day of the period ``day`` falls in, within the calendar (the week of
    9999-12-31 ends on that day)."""
    whole = pd.Timestamp(day).to_period(_freq(period))
    first = whole.start_time.date()
    try:
        return first, whole.end_time.date()
    except (ValueError, OverflowError, NotImplementedError):  # past date.max
        return first, date.max


def period_name(start: pd.Timestamp | date, period: str) -> str:
    """How a period is called: 2015, 2015-Q1, 2015-03, 2015-W10 (ISO week) or 2015-03-02."""
    day = pd.Timestamp(start)
    names = {
        "year": f"{day.year:04d}",
        "quarter": f"{day.year:04d}-Q{day.quarter}",
        "month": f"{day.year:04d}-{day.month:02d}",
        "week": f"{day.isocalendar().year:04d}-W{day.isocalendar().week:02d}",
    }
    _freq(period)
    return names.get(period, day.date().isoformat())


# A span shorter than this is shown by month, a longer one by year: a dozen points or more either way.
MONTHLY_UP_TO_DAYS = 3 * 365


def period_for_span(first: date | pd.Timestamp | None, last: date | pd.Timestamp | None) -> str:
    """The period to show data from ``first`` to ``last`` in when none is asked for."""
    if first is None or last is None or pd.isna(first) or pd.isna(last):
        return "year"
    return "month" if (pd.Timestamp(last) - pd.Timestamp(first)).days < MONTHLY_UP_TO_DAYS else "year"


def check_period(period: str) -> None:
    """QueryError listing the periods unless ``period`` is one of them."""
    _freq(period)


def _freq(period: str) -> str:
    try:
        return _PERIOD_FREQ[period]
    except KeyError:
        raise QueryError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}") from None


def event_dates(events: pd.DataFrame) -> pd.Series:
    """The event's own date, else its document's."""
    dates = pd.to_datetime(events["date"])
    if "doc_date" in events:
        dates = dates.fillna(pd.to_datetime(events["doc_date"]))
    return dates


def dyad_series(events: pd.DataFrame, period: str = "year") -> pd.DataFrame:
    """Per directed (source_country, target_country) dyad and period: event counts, counts by
    quad class (q1 verbal cooperation … q4 material conflict), Goldstein sum and mean, and
    net_cooperation = (q1 + q2 - q3 - q4) / events, in [-1, 1].

    An actor without a country (EU, UN) stands for itself: its code is its country here.  Events
    without a date or without a target are left out.
    """
    _freq(period)  # an unknown period is an error even when there is nothing to count
    frame = events.assign(
        period=event_dates(events),
        source_country=events["source_country"].fillna(events["source_code"]),
        target_country=events["target_country"].fillna(events["target_code"]),
    ).dropna(subset=["period", "source_country", "target_country"])
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=_dyad_dtype(c)) for c in DYAD_COLUMNS})
    frame = frame.assign(period=period_start(frame["period"], period))
    quads = pd.get_dummies(frame["quad_class"].astype(int)).reindex(columns=[1, 2, 3, 4], fill_value=0)
    frame = frame.assign(**{f"q{k}": quads[k].astype(int) for k in (1, 2, 3, 4)})
    out = (
        frame.groupby(["period", "source_country", "target_country"])
        .agg(
            events=("goldstein", "size"),
            q1=("q1", "sum"),
            q2=("q2", "sum"),
            q3=("q3", "sum"),
            q4=("q4", "sum"),
            goldstein_sum=("goldstein", "sum"),
            goldstein_mean=("goldstein", "mean"),
        )
        .reset_index()
    )
    out["net_cooperation"] = (out["q1"] + out["q2"] - out["q3"] - out["q4"]) / out["events"]
    return out[DYAD_COLUMNS].sort_values(["period", "source_country", "target_country"]).reset_index(drop=True)


def _dyad_dtype(column: str) -> str:
    if column == "period":
        return "datetime64[ns]"
    if column in ("source_country", "target_country"):
        return "object"
    return "float64" if column.startswith(("goldstein", "net")) else "int64"


def _side_events(
    events: pd.DataFrame, state: str, side_a: str, side_b: str, period: str, groups: Groups
) -> pd.DataFrame:
    """The events between ``state`` and either side, both directions, one row per (event, side)
    with ``period`` and ``side`` ("A"/"B") added.  An event whose partner belongs to both
    sides counts for both; events of the state with itself count for neither."""
    _freq(period)
    own = side_members(state, groups)
    sides = {"A": side_members(side_a, groups) - own, "B": side_members(side_b, groups) - own}
    if events.empty:
        return events.assign(period=pd.Series(dtype="datetime64[ns]"), side=pd.Series(dtype=object))
    src_state = on_side(events["source_code"], events["source_country"], own)
    tgt_state = on_side(events["target_code"], events["target_country"], own)
    dates = event_dates(events)
    parts = []
    for label, members in sides.items():
        src_side = on_side(events["source_code"], events["source_country"], members)
        tgt_side = on_side(events["target_code"], events["target_country"], members)
        mask = ((src_state & tgt_side & ~tgt_state) | (src_side & tgt_state & ~src_state)) & dates.notna()
        parts.append(events.loc[mask].assign(side=label, period=dates[mask]))
    frame = pd.concat(parts, ignore_index=True)
    return frame.assign(period=period_start(frame["period"], period)) if not frame.empty else frame


def tilt_index(
    events: pd.DataFrame,
    state: str,
    side_a: str,
    side_b: str,
    *,
    period: str = "year",
    groups: Groups | None = None,
    prior_events: float = PRIOR_EVENTS,
) -> pd.DataFrame:
    """How much closer ``state``'s two-way relations are to side A than to side B, per period.

    score_X = (sum of Goldstein scores of the events between the state and X, either
    direction) / (number of those events + ``prior_events``): a mean shrunk toward 0 when there
    are few events.  tilt = (score_A - score_B) / 20, in [-1, 1]: +1 all-out cooperation with A
    and conflict with B, -1 the reverse, 0 equal relations (or no evidence).  Periods without
    any event between the state and either side are left out.
    """
    if prior_events < 0:
        raise QueryError(f"prior_events must be >= 0, got {prior_events}")
    groups = groups if groups is not None else load_groups()
    frame = _side_events(events, state, side_a, side_b, period, groups)
    sums = frame.groupby(["period", "side"])["goldstein"].agg(goldstein="sum", events="size").reset_index()
    return tilt_from_sums(sums, state, side_a, side_b, prior_events=prior_events)


def tilt_from_sums(
    sums: pd.DataFrame, state: str, side_a: str, side_b: str, *, prior_events: float = PRIOR_EVENTS
) -> pd.DataFrame:
    """The tilt (as ``tilt_index``) from each period's Goldstein sum and event count per side:
    columns period, side ("A" or "B"), goldstein, events; a database can add these up."""
    if sums.empty:
        return pd.DataFrame({c: pd.Series(dtype=_tilt_dtype(c)) for c in TILT_COLUMNS})
    sums = sums.assign(period=pd.to_datetime(sums["period"]))
    total = sums.pivot(index="period", columns="side", values="goldstein").reindex(columns=["A", "B"]).fillna(0.0)
    count = sums.pivot(index="period", columns="side", values="events").reindex(columns=["A", "B"]).fillna(0).astype("int64")
    denominator = count + prior_events
    score = total.div(denominator.where(denominator > 0)).fillna(0.0)  # no events, no prior: 0
    out = pd.DataFrame(
        {"score_a": score["A"], "score_b": score["B"], "events_a": count["A"], "events_b": count["B"]}
    )
    out["tilt"] = ((out["score_a"] - out["score_b"]) / GOLDSTEIN_RANGE).clip(-1.0, 1.0)
    out = out.reset_index().assign(state=state.upper(), side_a=side_a.upper(), side_b=side_b.upper())
    return out[TILT_COLUMNS].sort_values("period").reset_index(drop=True)


def _tilt_dtype(column: str) -> str:
    if column == "period":
        return "datetime64[ns]"
    if column in ("state", "side_a", "side_b"):
        return "object"
    return "int64" if column.startswith("events") else "float64"


def tilt_events(
    events: pd.DataFrame,
    state: str,
    side_a: str,
    side_b: str,
    *,
    period_start: pd.Timestamp,
    period: str = "year",
    groups: Groups | None = None,
    prior_events: float = PRIOR_EVENTS,
) -> pd.DataFrame:
    """The events behind one period's tilt, each with its ``contribution``: +goldstein /
    ((events_A + prior) * 20) for side A, minus the same for side B.  The contributions add
    up to the period's tilt; rows are sorted by |contribution|, largest first."""
    groups = groups if groups is not None else load_groups()
    frame = _side_events(events, state, side_a, side_b, period, groups)
    if not frame.empty:
        wanted = period_start_of(pd.Timestamp(period_start), period)
        frame = frame.loc[frame["period"] == wanted].copy()
    if frame.empty:  # no events in that period: mapping an empty column would give it text dtype
        return frame.assign(side=pd.Series(dtype=object), contribution=pd.Series(dtype=float))
    counts = frame["side"].value_counts()
    sign = frame["side"].map({"A": 1.0, "B": -1.0})
    size = frame["side"].map(lambda s: counts.get(s, 0) + prior_events)
    frame["contribution"] = sign * frame["goldstein"] / (size * GOLDSTEIN_RANGE)
    frame["side"] = frame["side"].map({"A": side_a.upper(), "B": side_b.upper()})
    order = frame["contribution"].abs().sort_values(ascending=False, kind="stable").index
    front = ["period", "side", "contribution"]
    return frame.loc[order, front + [c for c in frame.columns if c not in front]].reset_index(drop=True)
