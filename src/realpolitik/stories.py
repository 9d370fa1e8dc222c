"""Stories: which event mentions report one happening.

A headline and its lead, or two articles, often report one act in different words and names
("Turkey" and "Turkish jets", "expels a diplomat" coded 161 and "expelled two officials" coded
174).  Mentions are one story when they share the modality, their parties, the kind of act and
the date as far as the mentions' precision allows.  What counts as the same party and the same
kind is data (``data/stories.yaml``): parties are countries for the state's own sectors, kinds
are the PLOVER event of the CAMEO root unless a family of codes says otherwise.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .datafiles import shipped_layer
from .errors import DataFileError

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "doc": 3}


@dataclass(frozen=True)
class StoryRule:
    """What makes mentions one story (``data/stories.yaml`` says why each part is so)."""

    window_days: int
    lookback_days: int
    state_sectors: frozenset[str]
    families: tuple[tuple[str, tuple[str, ...]], ...]  # (name, CAMEO codes)

    def party(self, code: str | None, country: str | None) -> str:
        """The country for the state and its own sectors ("TURMIL" -> "TUR"), else the code."""
        if not code:
            return ""
        if country and code.startswith(country) and (code == country or code[len(country) :][:3] in self.state_sectors):
            return country
        return code

    def kind(self, cameo: str) -> str:
        """The kind of act of a CAMEO code: its family (the longest code listed that it starts
        with), else the PLOVER event of its root, else its root."""
        return _kind(self, cameo)


@functools.cache
def _kind(rule: StoryRule, cameo: str) -> str:
    listed = [(len(code), name) for name, codes in rule.families for code in codes if cameo.startswith(code)]
    if listed:
        return max(listed)[1]
    return _root_events().get(cameo[:2]) or cameo[:2]


@functools.cache
def _root_events() -> dict[str, str]:
    """The PLOVER event of each CAMEO root, read from the ontology's data file (the ontology
    module comes with the coder, which loads spaCy: storing needs neither)."""
    codes = shipped_layer("realpolitik.coding.data", "cameo.yaml").data["codes"]
    return {code: entry["plover"][0] for code, entry in codes.items() if len(code) == 2 and entry["plover"][0]}


@functools.cache
def story_rule() -> StoryRule:
    """The shipped rule, read once."""
    layer = shipped_layer("realpolitik.data", "stories.yaml")
    data, where = layer.data, layer.name
    window, lookback = data.get("window_days"), data.get("lookback_days")
    sectors, families = data.get("state_sectors"), data.get("families")
    for name, days in (("window_days", window), ("lookback_days", lookback)):
        if not isinstance(days, int) or days < 0:
            raise DataFileError(f"{where}: {name} must be a whole number of days, 0 or more")
    if not isinstance(sectors, list) or not all(isinstance(s, str) for s in sectors):
        raise DataFileError(f"{where}: state_sectors must be a list of sector codes such as GOV")
    if not isinstance(families, dict) or not all(
        isinstance(codes, list) and all(isinstance(c, str) and c.isdigit() for c in codes) for codes in families.values()
    ):
        raise DataFileError(f"{where}: families must map a name to a list of quoted CAMEO codes (\"161\")")
    return StoryRule(window, lookback, frozenset(sectors), tuple((str(n), tuple(c)) for n, c in families.items()))


def story_keys(mentions: pd.DataFrame, rule: StoryRule | None = None) -> list[str]:
    """The key of each mention: its two parties, kind of act and modality; one story never spans
    two keys."""
    rule = rule or story_rule()
    columns = ("source_code", "source_country", "target_code", "target_country", "cameo", "modality")
    return [
        f"{rule.party(s, sc)}|{rule.party(t, tc)}|{rule.kind(c or '')}|{m}"
        for s, sc, t, tc, c, m in zip(*(_strings(mentions[c]) for c in columns), strict=True)
    ]


def between_two_parties(mentions: pd.DataFrame, rule: StoryRule | None = None) -> list[bool]:
    """Whether each mention (or story) has a target that is another party than its source
    ("RUSGOV" acting on "RUS" is the state acting on itself)."""
    rule = rule or story_rule()
    sides = (_strings(mentions[c]) for c in ("source_code", "source_country", "target_code", "target_country"))
    return [bool(t) and rule.party(s, sc) != rule.party(t, tc) for s, sc, t, tc in zip(*sides, strict=True)]


def _strings(values: pd.Series) -> list[str | None]:
    return [v if isinstance(v, str) else None for v in values.tolist()]


def assign_stories(mentions: pd.DataFrame, rule: StoryRule | None = None) -> pd.Series:
    """Story id of each mention (index-aligned with ``mentions``).

    A story is one act reported by one or more mentions with the same key (``story_keys``),
    on the same date as far as the mentions' precision says:

    - day precision: a story starts at the earliest day not yet covered and takes every
      mention dated up to the rule's ``window_days`` later (reports a day apart are one act);
    - month precision: joins the first day story of that month, else one story per month;
    - year precision: joins the first day or month story of that year, else one per year;
    - ``doc`` precision (no date in the sentence, the document's date used): joins the latest
      dated story between the rule's ``lookback_days`` before the document's publication and
      its publication -- one older than ``window_days`` before the document's date only when
      told in the same words (``_earlier_story``); else such mentions group by the day-rule
      among themselves;
    - no date at all: a story of its own.

    Columns used: event_id, source_code, source_country, target_code, target_country, cameo,
    modality, date, date_precision and published (the latest possible publication date of the
    mention's document).  The result depends only on the set of mentions, never on the
    order they were stored in.
    """
    rule = rule or story_rule()
    frame = mentions.reset_index(drop=True)
    day = frame["date"]
    columns = {
        "day": _days(day),
        "precision": [p if p in PRECISION_RANK else "doc" for p in frame["date_precision"].tolist()],
        "published": _days(frame["published"]),
        "event_id": frame["event_id"].tolist(),
        **_buckets(day),
        "wording": (frame["source_code"].fillna("") + "|" + frame["target_code"].fillna("") + "|"
                    + frame["cameo"].fillna("").str[:2]).tolist(),  # fmt: skip
    }
    members: dict[str, list[int]] = {}
    for i, key in enumerate(story_keys(frame, rule)):
        members.setdefault(key, []).append(i)
    out = [""] * len(frame)
    rows = list(zip(*columns.values(), strict=True))
    for key, index in members.items():
        for i, story in zip(index, _stories_of_key(key, [rows[i] for i in index], rule), strict=True):
            out[i] = story
    return pd.Series(out, index=mentions.index, dtype=object)


_EPOCH = date(1970, 1, 1)


def _days(values: pd.Series) -> list[int | None]:
    """Dates as day numbers since 1970 (None for missing), for fast comparisons."""
    arr = pd.to_datetime(values).to_numpy(dtype="datetime64[D]")
    return [None if missing else int(n) for missing, n in zip(np.isnat(arr), arr.astype("int64"), strict=True)]


def _buckets(values: pd.Series) -> dict[str, list[int]]:
    """First day of each date's month and year, and of the next ones, as day numbers."""
    arr = pd.to_datetime(values).to_numpy(dtype="datetime64[D]")
    month, year = arr.astype("datetime64[M]"), arr.astype("datetime64[Y]")

    def days(a: np.ndarray) -> list[int]:
        return a.astype("datetime64[D]").astype("int64").tolist()

    return {"month": days(month), "next_month": days(month + 1), "year": days(year), "next_year": days(year + 1)}


def _stories_of_key(key: str, rows: list[tuple], rule: StoryRule) -> list[str]:
    """Story ids of one key's mentions; rows are (day, precision, published, event_id, month,
    next_month, year, next_year, wording) with day numbers (see ``assign_stories`` for the rule)."""
    out = [""] * len(rows)
    told: dict[tuple[int, str], set[str]] = {}  # (anchor day, kind) of each dated story -> its wordings

    @functools.cache
    def story_id(anchor: int, kind: str) -> str:
        iso = (_EPOCH + timedelta(days=anchor)).isoformat()
        return hashlib.sha1(f"{key}|{kind}|{iso}".encode()).hexdigest()[:16]

    def join(i: int, story: tuple[int, str]) -> None:
        told.setdefault(story, set()).add(rows[i][8])
        out[i] = story_id(*story)

    def by_day(items: list[int], kind: str) -> None:
        anchor: int | None = None
        for i in sorted(items, key=lambda i: (rows[i][0], rows[i][3])):
            if anchor is None or rows[i][0] > anchor + rule.window_days:
                anchor = rows[i][0]
            join(i, (anchor, kind))

    dated = [i for i, r in enumerate(rows) if r[0] is not None]
    by_day([i for i in dated if rows[i][1] == "day"], "day")
    for kind, lo, hi in (("month", 4, 5), ("year", 6, 7)):
        finer = sorted(told)
        own: dict[int, tuple[int, str]] = {}  # bucket -> the coarse story made for it
        for i in sorted((i for i in dated if rows[i][1] == kind), key=lambda i: (rows[i][0], rows[i][3])):
            first = bisect.bisect_left(finer, (rows[i][lo], ""))
            if first < len(finer) and finer[first][0] < rows[i][hi]:
                join(i, finer[first])
            else:
                join(i, own.setdefault(rows[i][lo], (rows[i][0], kind)))
    precise = sorted((story, frozenset(wordings)) for story, wordings in told.items())
    loose = []
    for i in (i for i in dated if rows[i][1] == "doc"):
        host = _earlier_story(rows[i], precise, rule)
        if host is None:
            loose.append(i)
        else:
            out[i] = story_id(*host)
    by_day(loose, "doc")
    for i, row in enumerate(rows):
        if not out[i]:
            out[i] = hashlib.sha1(f"{key}|undated|{row[3]}".encode()).hexdigest()[:16]
    return out


def _earlier_story(row: tuple, precise: list[tuple[tuple[int, str], frozenset[str]]], rule: StoryRule) -> tuple[int, str] | None:
    """The dated story a mention without a date of its own joins: the latest one of its key up to
    ``lookback_days`` before its document's publication.  One older than ``window_days`` before
    the document's date must have been told in the same words (actor codes and root): "after
    Turkey downed a Russian jet" months later names the act as it was named then, while an act
    of the day whose sentence only lacks a date ("Minsk also rejected a request from Moscow")
    is no earlier act of the same kind."""
    day, wording = row[0], row[8]
    end = row[2] if row[2] is not None else day
    for (story, wordings) in reversed(precise[: bisect.bisect_right(precise, ((end, "~"),))]):
        if story[0] < end - rule.lookback_days:
            return None
        if story[0] >= day - rule.window_days or wording in wordings:
            return story
    return None
