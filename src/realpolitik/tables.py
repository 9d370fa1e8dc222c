"""DataFrames as terminal tables that fit the width: values without a space (dates, codes,
numbers) are never broken or cut; text (evidence sentences, lists) is trimmed to one line with
an ellipsis, so a table has one line per row."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from rich.table import Table
from rich.text import Text

from . import analysis
from .choices import choose

# Display names of columns, so that more columns fit: `--columns` takes either name.
SHORT_NAMES = {
    "source_code": "source", "target_code": "target", "source_country": "source", "target_country": "target",
    "plover_event": "event", "sentence": "evidence", "goldstein": "gold", "goldstein_sum": "gold_sum",
    "goldstein_mean": "gold_mean", "net_cooperation": "net_coop", "contribution": "contrib",
}  # fmt: skip



def pick_columns(frame: pd.DataFrame, wanted: str | Sequence[str]) -> pd.DataFrame:
    """The frame with the columns asked for (by name or display name, comma-separated), in that
    order; an unknown name is a ChoiceError listing the frame's columns."""
    names = list(frame.columns)
    names += sorted({SHORT_NAMES[c] for c in frame.columns if c in SHORT_NAMES} - set(names))
    by_short = {SHORT_NAMES.get(c, c): c for c in reversed(frame.columns)}
    items = wanted.split(",") if isinstance(wanted, str) else list(wanted)
    chosen = [choose(item, names, "column") for item in (i.strip() for i in items) if item]
    return frame[[c if c in frame.columns else by_short[c] for c in chosen]]


def frame_table(frame: pd.DataFrame, *, title: str = "", period: str | None = None) -> Table:
    """A rich Table of ``frame``: a ``period`` column named by the period (2015-Q1), floats with
    two decimals, lists joined by commas."""
    table = Table(title=title or None, box=None, pad_edge=False, header_style="bold")
    cells: list[list[str | Text]] = [[cell(v, period if c == "period" else None) for v in frame[c]] for c in frame.columns]
    for i, column in enumerate(frame.columns):
        header, values = SHORT_NAMES.get(str(column), str(column)), cells[i]
        if any(" " in v for v in values):
            # the column shrinks to what is left; each value is cut to one line ending in an ellipsis
            table.add_column(header, min_width=min(len(header), 8), ratio=1)
            cells[i] = [Text(v, no_wrap=True, overflow="ellipsis") for v in values]
        else:
            longest = max((len(v) for v in values), default=0)
            table.add_column(header, no_wrap=True, min_width=max(longest, len(header)),
                             justify="right" if _numeric(frame[column]) else "left")  # fmt: skip
    for row in zip(*cells, strict=True):
        table.add_row(*row)
    return table


def cell(value: object, period: str | None = None) -> str:
    """One value as table text."""
    if isinstance(value, list | tuple | np.ndarray):
        return ", ".join(map(str, value))
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, pd.Timestamp | np.datetime64):
        value = pd.Timestamp(value)
        if period:
            return analysis.period_name(value, period)
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    return str(value)


def _numeric(values: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
