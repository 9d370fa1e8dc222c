"""Exporting events in the layouts other tools read: GDELT 2.0, ICEWS, POLECAT, PLOVER JSON,
and realpolitik's own columns as csv, JSON lines or parquet.

Every writer takes the store's event mentions (``Store.events()``) and writes one file that
``realpolitik import`` reads back (docs/formats.md says what each layout keeps).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from . import analysis, layouts
from .coding import ontology
from .errors import PatternDataError, QueryError
from .importing import country_display_names, sector_display_names
from .parquet_events import write_contract_parquet
from .store import EVENT_COLUMNS, FRAME_FORMATS, write_frame

EXPORT_FORMATS = ("gdelt2", "icews", "polecat", "plover-json", "csv", "jsonl", "parquet")

# POLECAT has no CAMEO code; realpolitik writes it after POLECAT's 40 columns so that a statement
# (CAMEO 01x, no PLOVER event) and the exact code survive a round trip.
POLECAT_EXTRA = "CAMEO Code"


def check_format(format: str) -> None:
    if format not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}")


def write_events(
    mentions: pd.DataFrame, format: str, out: Path, *, urls: Mapping[str, str | None] | None = None,
    rows: pd.Index | None = None,
) -> int:  # fmt: skip
    """Write ``mentions`` (the rows ``rows`` of them, default all) to ``out``; returns the count.

    ``urls`` maps doc ids to their URL or file (GDELT's SOURCEURL, POLECAT's Source).  Counts of
    mentions per story (GDELT's NumMentions) are taken over all of ``mentions``.
    """
    check_format(format)
    urls = urls or {}
    if format in FRAME_FORMATS:
        chosen = mentions.loc[rows if rows is not None else mentions.index, EVENT_COLUMNS]
        if format == "parquet":
            write_contract_parquet(chosen, out)  # the types of `code --out`'s partitions
        else:
            write_frame(chosen, format, out)
        return len(chosen)
    frame = _WRITERS[format](mentions, urls)
    if rows is not None:
        frame = frame.loc[rows]
    if format == "plover-json":
        records = [{k: _strict(v) for k, v in r.items()} for r in frame["record"]]
        out.write_text(json.dumps(records, indent=1, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")
    else:
        headed = format != "gdelt2"
        frame.to_csv(out, sep="\t", header=headed, index=False, na_rep="", lineterminator="\n")
    return len(frame)


def numeric_id(event_id: str, original_id: Any) -> int:
    """A stable positive 63-bit integer for an event: its original id when that is a number
    (GDELT's own), else from a hash of the event id."""
    if isinstance(original_id, str) and original_id.isdigit() and len(original_id) < 19:
        return int(original_id)
    return int(hashlib.sha256(str(event_id).encode()).hexdigest()[:15], 16)


def _ids(mentions: pd.DataFrame) -> pd.Series:
    originals = mentions["original_id"] if "original_id" in mentions else pd.Series(None, index=mentions.index)
    return pd.Series([numeric_id(e, o) for e, o in zip(mentions["event_id"], originals, strict=True)],
                     index=mentions.index, dtype="int64")  # fmt: skip


def _suffix(codes: pd.Series, countries: pd.Series) -> pd.Series:
    """The sector part of an actor code: "GOV" of "BLRGOV" (None when the code is only a country)."""
    rest = [
        code[len(country) :] if isinstance(code, str) and isinstance(country, str) and code.startswith(country) else None
        for code, country in zip(codes, countries, strict=True)
    ]
    return pd.Series([r or None for r in rest], index=codes.index, dtype=object)


def gdelt2_frame(mentions: pd.DataFrame, urls: Mapping[str, str | None]) -> pd.DataFrame:
    """GDELT 2.0's 61 columns in order; what realpolitik does not know is left empty."""
    dates = analysis.event_dates(mentions)
    added = pd.to_datetime(mentions["doc_date"]).fillna(dates)
    story = mentions.groupby("story_id", dropna=False)["doc_id"]
    known = {
        "GLOBALEVENTID": _ids(mentions),
        "SQLDATE": dates.dt.strftime("%Y%m%d"), "MonthYear": dates.dt.strftime("%Y%m"),
        "Year": dates.dt.year.astype("Int64"), "FractionDate": (dates.dt.year + (dates.dt.day_of_year - 1) / 365).round(4),
        "Actor1Code": mentions["source_code"], "Actor1Name": mentions["source_text"],
        "Actor1CountryCode": mentions["source_country"],
        "Actor1Type1Code": _suffix(mentions["source_code"], mentions["source_country"]),
        "Actor2Code": mentions["target_code"], "Actor2Name": mentions["target_text"],
        "Actor2CountryCode": mentions["target_country"],
        "Actor2Type1Code": _suffix(mentions["target_code"], mentions["target_country"]),
        "IsRootEvent": (mentions["sentence_index"].fillna(1) == 0).astype(int),
        "EventCode": mentions["cameo"], "EventBaseCode": mentions["cameo"].str[:3], "EventRootCode": mentions["root"],
        "QuadClass": mentions["quad_class"], "GoldsteinScale": mentions["goldstein"],
        "NumMentions": story.transform("size"), "NumSources": 1, "NumArticles": story.transform("nunique"),
        "ActionGeo_Type": mentions["location_name"].notna().map({True: 1, False: None}),
        "ActionGeo_FullName": mentions["location_name"], "ActionGeo_CountryCode": mentions["location_country"],
        "ActionGeo_Lat": mentions["lat"], "ActionGeo_Long": mentions["lon"],
        "DATEADDED": added.dt.strftime("%Y%m%d000000"),
        "SOURCEURL": mentions["doc_id"].map(lambda d: urls.get(d) or d),
    }  # fmt: skip
    return pd.DataFrame({name: known.get(name) for name in layouts.GDELT2.names}, index=mentions.index)


def _country_names(codes: pd.Series) -> pd.Series:
    """Country names as ICEWS writes them (a code no dictionary names stays a code)."""
    names = country_display_names()
    return codes.map(lambda c: names.get(c, c) if isinstance(c, str) else None)


def _sector_names(codes: pd.Series, countries: pd.Series) -> pd.Series:
    names = sector_display_names()
    return _suffix(codes, countries).map(lambda s: names.get(s, s) if isinstance(s, str) else None)


def _cameo_field(codes: pd.Series, field: str) -> pd.Series:
    def one(code: Any) -> Any:
        try:
            return getattr(ontology.cameo(code), field)
        except (PatternDataError, TypeError, AttributeError):
            return None

    return codes.map(one)


def icews_frame(mentions: pd.DataFrame, urls: Mapping[str, str | None]) -> pd.DataFrame:
    """ICEWS's 20 columns with their header; countries by name, sectors by name."""
    known = {
        "Event ID": _ids(mentions), "Event Date": analysis.event_dates(mentions).dt.strftime("%Y-%m-%d"),
        "Source Name": mentions["source_text"].fillna(mentions["source_code"]),
        "Source Sectors": _sector_names(mentions["source_code"], mentions["source_country"]),
        "Source Country": _country_names(mentions["source_country"]),
        "Event Text": _cameo_field(mentions["cameo"], "name"), "CAMEO Code": mentions["cameo"],
        "Intensity": mentions["goldstein"],
        "Target Name": mentions["target_text"].fillna(mentions["target_code"]),
        "Target Sectors": _sector_names(mentions["target_code"], mentions["target_country"]),
        "Target Country": _country_names(mentions["target_country"]),
        "Story ID": mentions["doc_id"], "Sentence Number": mentions["sentence_index"].astype("Int64"),
        "Publisher": mentions["doc_id"].map(lambda d: urls.get(d)),
        "City": mentions["location_name"], "Country": _country_names(mentions["location_country"]),
        "Latitude": mentions["lat"], "Longitude": mentions["lon"],
    }  # fmt: skip
    return pd.DataFrame({name: known.get(name) for name in layouts.ICEWS.names}, index=mentions.index)


def polecat_frame(mentions: pd.DataFrame, urls: Mapping[str, str | None]) -> pd.DataFrame:
    """POLECAT's 40 columns with their header, then ``POLECAT_EXTRA``."""
    sectors = {side: _sector_names(mentions[f"{side}_code"], mentions[f"{side}_country"]) for side in ("source", "target")}
    known = {
        "Event ID": _ids(mentions), "Event Date": analysis.event_dates(mentions).dt.strftime("%Y-%m-%d"),
        "Event Type": mentions["plover_event"].replace("", None), "Event Mode": mentions["plover_mode"],
        "Event Intensity": mentions["goldstein"], "Quad Code": mentions["quad_class"],
        "Contexts": _cameo_field(mentions["cameo"], "plover_context"),
        "Actor Name": mentions["source_text"].fillna(mentions["source_code"]), "Actor Country": mentions["source_country"],
        "Primary Actor Sector": sectors["source"], "Actor Sectors": sectors["source"], "Actor Name Raw": mentions["source_text"],
        "Recipient Name": mentions["target_text"].fillna(mentions["target_code"]),
        "Recipient Country": mentions["target_country"], "Primary Recipient Sector": sectors["target"],
        "Recipient Sectors": sectors["target"], "Recipient Name Raw": mentions["target_text"],
        "Placename": mentions["location_name"], "Country": mentions["location_country"],
        "Latitude": mentions["lat"], "Longitude": mentions["lon"],
        "Source": mentions["doc_id"].map(lambda d: urls.get(d) or d),
        "Publication Date": pd.to_datetime(mentions["doc_date"]).dt.strftime("%Y-%m-%d"),
        "Language": "en", "Version": "realpolitik", POLECAT_EXTRA: mentions["cameo"],
    }  # fmt: skip
    return pd.DataFrame({name: known.get(name) for name in [*layouts.POLECAT.names, POLECAT_EXTRA]}, index=mentions.index)


def plover_frame(mentions: pd.DataFrame, urls: Mapping[str, str | None]) -> pd.DataFrame:
    """One PLOVER record per mention (column ``record``).  A statement (CAMEO 01x) has no PLOVER
    event: ``event`` is null and ``cameo`` says what it is."""
    dates = analysis.event_dates(mentions)
    records = []
    for row, when in zip(mentions.itertuples(index=False), dates, strict=True):
        records.append({
            "id": row.event_id, "date": when.date().isoformat() if pd.notna(when) else None,
            "datePrecision": row.date_precision,
            "source": _actor(row.source_text, row.source_code, row.source_country),
            "target": _actor(row.target_text, row.target_code, row.target_country),
            "event": row.plover_event or None, "mode": row.plover_mode, "context": _context(row.cameo),
            "eventText": row.trigger_text, "text": row.sentence, "modality": row.modality,
            "cameo": row.cameo, "quadClass": row.quad_class, "goldstein": row.goldstein,
            "location": _location(row), "docId": row.doc_id, "storyId": row.story_id, "url": urls.get(row.doc_id),
            "dataset": row.dataset, "originalId": row.original_id, "language": "en", "coder": "realpolitik",
        })  # fmt: skip
    return pd.DataFrame({"record": records}, index=mentions.index)


def _actor(text: Any, code: Any, country: Any) -> list[dict[str, Any]]:
    if not isinstance(code, str):
        return []
    return [{"actorText": text, "code": code, "country": country}]


def _location(row: Any) -> dict[str, Any] | None:
    if all(_strict(v) is None for v in (row.location_name, row.location_country, row.lat, row.lon)):
        return None
    return {"placename": row.location_name, "country_code": row.location_country, "lat": row.lat, "lon": row.lon}


def _context(cameo: str) -> str | None:
    try:
        return ontology.cameo(cameo).plover_context
    except PatternDataError:
        return None


def _strict(value: Any) -> Any:
    """A JSON value: NaN, NaT and NA become null, numpy numbers Python ones, recursively."""
    if isinstance(value, dict):
        return {k: _strict(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strict(v) for v in value]
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


_WRITERS = {"gdelt2": gdelt2_frame, "icews": icews_frame, "polecat": polecat_frame, "plover-json": plover_frame}
