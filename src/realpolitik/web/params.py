"""The dashboard's query parameters as types: FastAPI checks them before any code runs, answers a
bad one with 422 and a short message, and lists them in /openapi.json.

Lengths are bounded so that no parameter makes the store compare thousands of codes, and digits
are ASCII: ``'١٢٣٤'`` is not a year here, whatever ``str.isdigit`` says.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal, NamedTuple

from fastapi import Path, Query
from pydantic import AfterValidator

from ..analysis import PERIODS

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_CODES_LENGTH = 200  # room for a dozen comma-separated codes or group names


def first_day(text: str) -> date:
    """The first day "YYYY", "YYYY-MM" or "YYYY-MM-DD" names; ValueError with a message else."""
    match = _DATE.fullmatch(text)
    try:
        if match:
            year, month, day = (int(part or 1) for part in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")


def _checked_bound(text: str | None) -> str | None:  # validators only check: endpoints get the text
    if text is not None:
        first_day(text)
    return text


def _optional_bound(text: str | None) -> str | None:
    """A form sends the fields left empty: an empty bound is none, not a bad date."""
    return _checked_bound(text) if text is None or text.strip() else None


class TiltKey(NamedTuple):
    state: str
    side_a: str
    side_b: str


def tilt_key(text: str) -> TiltKey:
    """"BLR:RUS:WEST" as its three parts; ValueError with a message for anything else."""
    parts = text.split(":")
    if len(parts) != 3 or not all(p.strip() for p in parts):
        raise ValueError(f"tilt is STATE:SIDE_A:SIDE_B, like BLR:RUS:WEST; got {text!r}")
    return TiltKey(*(p.strip() for p in parts))


def _checked_tilt(text: str | None) -> str | None:
    if text is not None:
        tilt_key(text)
    return text


Period = Annotated[
    Literal[PERIODS], Query(description="day, week, month, quarter or year.")  # type: ignore[valid-type]
]
SpanPeriod = Annotated[
    Literal[PERIODS] | None,  # type: ignore[valid-type]
    Query(description="day, week, month, quarter or year; left out: month for less than three years of data, else year."),
]
Since = Annotated[
    str | None,
    Query(max_length=10, description="From this date: YYYY, YYYY-MM or YYYY-MM-DD."),
    AfterValidator(_optional_bound),
]
Until = Annotated[
    str | None,
    Query(max_length=10, description="Up to this date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD."),
    AfterValidator(_optional_bound),
]
PeriodStart = Annotated[
    str,
    Query(max_length=10, description="A day of the period (its first, as the charts give it): YYYY-MM-DD."),
    AfterValidator(_checked_bound),
]
EventType = Annotated[
    str | None,
    Query(alias="type", max_length=_CODES_LENGTH,
          description="PLOVER event (ACCUSE) or CAMEO prefix (19); comma-separated."),
]  # fmt: skip
Codes = Annotated[str | None, Query(max_length=_CODES_LENGTH)]
Dyad = Annotated[str | None, Query(max_length=_CODES_LENGTH, description="Two sides, e.g. BLR,RUS (either direction).")]
Side = Annotated[str | None, Query(max_length=_CODES_LENGTH, description="Left out: chosen from the data.")]
SideB = Annotated[str | None, Query(alias="and", max_length=_CODES_LENGTH, description="Left out: chosen from the data.")]
Modality = Annotated[
    str,
    Query(max_length=100, description="asserted, negated, hypothetical, future (comma-separated) or all."),
]
Identifier = Annotated[str | None, Query(max_length=1000)]
Tilt = Annotated[
    str | None,
    Query(max_length=3 * _CODES_LENGTH, description="STATE:SIDE_A:SIDE_B, like BLR:RUS:WEST."),
    AfterValidator(_checked_tilt),
]
DocId = Annotated[str, Path(max_length=1000, description="The document's id; it may contain '/'.")]
PathCodes = Annotated[str, Path(max_length=_CODES_LENGTH)]

# The event browser's filters: checked by the store, which names the valid choices of a bad one.
Search = Annotated[
    str | None, Query(alias="q", max_length=_CODES_LENGTH, description='Words every sentence holds; "a phrase" in quotes.')
]
QuadClass = Annotated[
    str | None,
    Query(alias="quad", max_length=20, description="Quad class: 1 verbal cooperation, 2 material cooperation, "
          "3 verbal conflict, 4 material conflict (comma-separated)."),
]  # fmt: skip
Place = Annotated[str | None, Query(max_length=_CODES_LENGTH, description="Where it happened: a town or a country code.")]
DatasetName = Annotated[str | None, Query(max_length=_CODES_LENGTH, description="Dataset (realpolitik, gdelt…), comma-separated.")]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page of the results, from 1.")]
Offset = Annotated[int, Query(ge=0, le=100_000_000, description="Rows to skip before the first one returned.")]
DownloadFormat = Annotated[Literal["csv", "jsonl", "parquet"], Query(description="csv, jsonl or parquet.")]
