"""The published layouts of other event datasets: GDELT 1.0 and 2.0, ICEWS, POLECAT.

Column names and order as their codebooks give them (sources: docs/formats.md), with the DuckDB
type each is read as.  CAMEO codes stay text: their leading zeros are part of the code.
"""

from __future__ import annotations

from dataclasses import dataclass

Columns = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Layout:
    """One file layout: its columns in order, and whether the file starts with them as a header."""

    name: str
    columns: Columns
    header: bool

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


def _actor(prefix: str) -> Columns:
    fields = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
              "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
    return tuple((f"{prefix}{f}", "VARCHAR") for f in fields)


def _geo(prefix: str, *, adm2: bool) -> Columns:
    return (
        (f"{prefix}Geo_Type", "INTEGER"), (f"{prefix}Geo_FullName", "VARCHAR"),
        (f"{prefix}Geo_CountryCode", "VARCHAR"), (f"{prefix}Geo_ADM1Code", "VARCHAR"),
        *(((f"{prefix}Geo_ADM2Code", "VARCHAR"),) if adm2 else ()),
        (f"{prefix}Geo_Lat", "DOUBLE"), (f"{prefix}Geo_Long", "DOUBLE"), (f"{prefix}Geo_FeatureID", "VARCHAR"),
    )  # fmt: skip


_EVENT_FIELDS: Columns = (
    ("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"), ("EventBaseCode", "VARCHAR"),
    ("EventRootCode", "VARCHAR"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"),
    ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"), ("AvgTone", "DOUBLE"),
)  # fmt: skip


def _gdelt(*, adm2: bool, url: bool) -> Columns:
    return (
        ("GLOBALEVENTID", "BIGINT"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"), ("Year", "INTEGER"),
        ("FractionDate", "DOUBLE"), *_actor("Actor1"), *_actor("Actor2"), *_EVENT_FIELDS,
        *_geo("Actor1", adm2=adm2), *_geo("Actor2", adm2=adm2), *_geo("Action", adm2=adm2),
        ("DATEADDED", "BIGINT"), *((("SOURCEURL", "VARCHAR"),) if url else ()),
    )  # fmt: skip


GDELT1_HISTORICAL = Layout("gdelt1", _gdelt(adm2=False, url=False), header=False)  # 57 columns, to March 2013
GDELT1 = Layout("gdelt1", _gdelt(adm2=False, url=True), header=False)  # 58 columns, daily files
GDELT2 = Layout("gdelt2", _gdelt(adm2=True, url=True), header=False)  # 61 columns

ICEWS = Layout(
    "icews",
    (
        ("Event ID", "VARCHAR"), ("Event Date", "DATE"), ("Source Name", "VARCHAR"),
        ("Source Sectors", "VARCHAR"), ("Source Country", "VARCHAR"), ("Event Text", "VARCHAR"),
        ("CAMEO Code", "VARCHAR"), ("Intensity", "DOUBLE"), ("Target Name", "VARCHAR"),
        ("Target Sectors", "VARCHAR"), ("Target Country", "VARCHAR"), ("Story ID", "VARCHAR"),
        ("Sentence Number", "INTEGER"), ("Publisher", "VARCHAR"), ("City", "VARCHAR"),
        ("District", "VARCHAR"), ("Province", "VARCHAR"), ("Country", "VARCHAR"),
        ("Latitude", "DOUBLE"), ("Longitude", "DOUBLE"),
    ),
    header=True,
)  # fmt: skip

POLECAT = Layout(
    "polecat",
    (
        ("Event ID", "VARCHAR"), ("Event Date", "VARCHAR"), ("Event Type", "VARCHAR"), ("Event Mode", "VARCHAR"),
        ("Event Intensity", "VARCHAR"), ("Quad Code", "VARCHAR"), ("Contexts", "VARCHAR"),
        ("Actor Name", "VARCHAR"), ("Actor Country", "VARCHAR"), ("Actor COW", "VARCHAR"),
        ("Primary Actor Sector", "VARCHAR"), ("Actor Sectors", "VARCHAR"), ("Actor Title", "VARCHAR"),
        ("Actor Name Raw", "VARCHAR"), ("Wikipedia Actor ID", "VARCHAR"), ("Recipient Name", "VARCHAR"),
        ("Recipient Country", "VARCHAR"), ("Recipient COW", "VARCHAR"), ("Primary Recipient Sector", "VARCHAR"),
        ("Recipient Sectors", "VARCHAR"), ("Recipient Title", "VARCHAR"), ("Recipient Name Raw", "VARCHAR"),
        ("Wikipedia Recipient ID", "VARCHAR"), ("Placename", "VARCHAR"), ("City", "VARCHAR"),
        ("District", "VARCHAR"), ("Province", "VARCHAR"), ("Country", "VARCHAR"), ("Latitude", "DOUBLE"),
        ("Longitude", "DOUBLE"), ("GeoNames ID", "VARCHAR"), ("Raw Placename", "VARCHAR"),
        ("Feature Type", "VARCHAR"), ("Source", "VARCHAR"), ("Publication Date", "VARCHAR"),
        ("Story People", "VARCHAR"), ("Story Organizations", "VARCHAR"), ("Story Locations", "VARCHAR"),
        ("Language", "VARCHAR"), ("Version", "VARCHAR"),
    ),
    header=True,
)  # fmt: skip

HEADERLESS = {len(layout.columns): layout for layout in (GDELT1_HISTORICAL, GDELT1, GDELT2)}
