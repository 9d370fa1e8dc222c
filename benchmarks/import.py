"""Importing GDELT 2.0 at scale, and analysing it, against plain DuckDB on the same rows, in one run.

    .venv/bin/python benchmarks/import.py [--rows 10000000] [--state BLR] [--keep DIR]

1. **Generate** a GDELT 2.0 events file of ``--rows`` rows (61 tab-separated columns, no header)
   with DuckDB itself: dates over 2015-2024, actor countries drawn with a long tail (a few states
   in most events, as in GDELT), sectors on a third of the actors, CAMEO codes drawn with
   GDELT-like weights (statements, consultations and appeals most often, force rarely) and their
   quad class and Goldstein score from the ontology; ``--state`` gets a fair share of events.
2. **Import**: ``realpolitik import`` of the file into a new store (``Store.import_files``)
   against a plain DuckDB ``CREATE TABLE AS SELECT * FROM read_csv`` of the same file with the
   same column types into another new file: rows per second of each and their ratio (goal >= 0.5).
3. **Analyse**: dyads by month (``Store.dyads``) and the tilt of ``--state`` by year between RUS
   and WEST (``Store.tilt``), each against a plain DuckDB ``GROUP BY`` over the same store's rows
   computing the same sums (goal: at most 3x its time).  Each query runs twice; the second, warm,
   time counts for both sides.

Printed and written to ``results/import.json``, with the process's peak resident memory
(``resource.getrusage``: DuckDB runs in this process, so its memory counts).
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from realpolitik import layouts
from realpolitik.analysis import load_groups, side_members
from realpolitik.coding import ontology
from realpolitik.store import Store

DEFAULT_OUT = Path(__file__).resolve().parent / "results"

# Actor countries, most frequent first; a draw takes index floor(n * u^3): a long tail.
COUNTRIES = ["USA", "GBR", "RUS", "CHN", "IND", "ISR", "FRA", "DEU", "UKR", "IRN", "TUR", "PAK", "SYR", "AUS",
             "JPN", "CAN", "AFG", "IRQ", "NGA", "ZAF", "PSE", "EGY", "SAU", "KOR", "PRK", "MEX", "BRA", "ITA",
             "ESP", "POL", "BLR", "KAZ", "GEO", "ARM", "AZE", "LTU", "LVA", "EST", "MDA", "HUN", "SRB", "GRC",
             "VEN", "COL", "ARG", "KEN", "ETH", "SDN", "LBY", "YEM", "LBN", "JOR", "QAT", "ARE", "IDN", "PHL",
             "VNM", "THA", "MYS", "MMR", "BGD", "LKA", "NPL", "UZB", "TJK", "KGZ", "TKM", "MNG", "CUB", "CHL"]  # fmt: skip
SECTORS = ["GOV", "MIL", "COP", "BUS", "MED", "OPP", "JUD", "LEG", "REB", "EDU"]
# CAMEO codes with rough GDELT shares (per mille).
CODES = {"010": 160, "020": 25, "036": 40, "040": 60, "042": 55, "043": 45, "046": 25, "051": 40, "057": 20,
         "061": 10, "070": 15, "071": 10, "080": 10, "090": 10, "100": 15, "111": 30, "112": 40, "120": 15,
         "125": 10, "130": 20, "138": 10, "141": 20, "163": 10, "172": 15, "173": 30, "174": 10, "180": 15,
         "190": 30, "193": 10, "195": 10, "200": 2, "013": 40, "014": 20, "015": 20, "016": 15, "017": 15,
         "018": 20, "019": 25, "030": 20, "031": 10, "032": 10, "050": 20, "060": 10, "110": 30}  # fmt: skip


def generate(path: Path, rows: int, state: str) -> float:
    """Write the GDELT 2.0 file; returns the seconds it took."""
    started = time.perf_counter()
    con = duckdb.connect()
    con.execute("SELECT setseed(0.42)")
    weighted = [(c, ontology.cameo(c).quad_class, ontology.cameo(c).goldstein, w) for c, w in CODES.items()]
    con.execute("CREATE TABLE codes AS SELECT * FROM (VALUES " + ", ".join(f"('{c}', {q}, {g}, {w})" for c, q, g, w in weighted)
                + ") t(code, quad, goldstein, w)")  # fmt: skip
    con.execute("CREATE TABLE bins AS SELECT code, quad, goldstein, sum(w) OVER (ORDER BY code) - w AS lo, "
                "sum(w) OVER (ORDER BY code) AS hi FROM codes")  # fmt: skip
    total = sum(CODES.values())
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    sectors = "[" + ", ".join(f"'{s}'" for s in SECTORS) + "]"
    n = len(COUNTRIES)
    actor = """CASE WHEN u{i} < 0.08 THEN '{state}' ELSE {countries}[1 + floor({n} * pow(v{i}, 3))::INT] END"""
    columns = [name for name, _ in layouts.GDELT2.columns]
    values = {
        "GLOBALEVENTID": "1000000000 + i", "SQLDATE": "strftime(day, '%Y%m%d')", "MonthYear": "strftime(day, '%Y%m')",
        "Year": "year(day)", "FractionDate": "round(year(day) + dayofyear(day) / 365.0, 4)",
        "Actor1Code": "c1 || s1", "Actor1Name": "c1", "Actor1CountryCode": "c1", "Actor1Type1Code": "nullif(s1, '')",
        "Actor2Code": "c2 || s2", "Actor2Name": "c2", "Actor2CountryCode": "c2", "Actor2Type1Code": "nullif(s2, '')",
        "IsRootEvent": "1", "EventCode": "b.code", "EventBaseCode": "b.code", "EventRootCode": "left(b.code, 2)",
        "QuadClass": "b.quad", "GoldsteinScale": "b.goldstein", "NumMentions": "1 + floor(10 * pow(u1, 4))::INT",
        "NumSources": "1", "NumArticles": "1 + floor(8 * pow(u1, 4))::INT", "AvgTone": "round(u2 * 20 - 10, 3)",
        "ActionGeo_Type": "1", "ActionGeo_FullName": "c2", "ActionGeo_CountryCode": "left(c2, 2)",
        "ActionGeo_Lat": "round(u2 * 120 - 60, 4)", "ActionGeo_Long": "round(u1 * 300 - 150, 4)",
        "DATEADDED": "strftime(day, '%Y%m%d') || '120000'",
        "SOURCEURL": "'https://news.example/' || (i // 7)::VARCHAR",
    }  # fmt: skip
    select = ", ".join(values.get(c, "NULL") for c in columns)
    con.execute(
        f"""
        COPY (
            WITH draws AS (
                SELECT i, random() AS u1, random() AS u2, random() AS v1, random() AS v2, random() AS w1,
                       random() AS w2, random() AS pick, DATE '2015-01-01' + floor(random() * 3652)::INT AS day
                FROM range({rows}) r(i)
            ), actors AS (
                SELECT *, {actor.format(i=1, state=state, countries=countries, n=n)} AS c1,
                          {actor.format(i=2, state=state, countries=countries, n=n)} AS c2,
                          CASE WHEN w1 < 0.35 THEN {sectors}[1 + floor(w1 / 0.035)::INT] ELSE '' END AS s1,
                          CASE WHEN w2 < 0.35 THEN {sectors}[1 + floor(w2 / 0.035)::INT] ELSE '' END AS s2
                FROM draws
            )
            SELECT {select} FROM actors JOIN bins b ON pick * {total} >= b.lo AND pick * {total} < b.hi
        ) TO '{path}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')
        """
    )
    con.close()
    return time.perf_counter() - started


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def warm(action: Callable[[], Any]) -> tuple[float, Any]:
    """The second of two runs: both sides are measured with a warm cache."""
    action()
    return timed(action)


def plain_read(path: Path, db: Path) -> float:
    con = duckdb.connect(str(db))
    columns = "{" + ", ".join(f"'{n}': '{t}'" for n, t in layouts.GDELT2.columns) + "}"
    seconds, _ = timed(lambda: con.execute(
        f"CREATE TABLE gdelt AS SELECT * FROM read_csv('{path}', delim = '\t', header = false, quote = '', "
        f"escape = '', auto_detect = false, columns = {columns})"
    ))  # fmt: skip
    con.close()
    return seconds


def plain_dyads(con: duckdb.DuckDBPyConnection) -> Callable[[], Any]:
    return lambda: con.execute(
        """SELECT date_trunc('month', date) AS period, source_country, target_country, count(*) AS events,
                  count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2), count(*) FILTER (quad_class = 3),
                  count(*) FILTER (quad_class = 4), sum(goldstein), avg(goldstein)
           FROM events WHERE modality = 'asserted' AND date IS NOT NULL AND source_country IS NOT NULL
                 AND target_country IS NOT NULL GROUP BY ALL"""
    ).df()  # fmt: skip


def plain_tilt(con: duckdb.DuckDBPyConnection, state: str) -> Callable[[], Any]:
    west = sorted(side_members("WEST", load_groups()))
    listed = ", ".join(f"'{c}'" for c in west)
    return lambda: con.execute(
        f"""SELECT year(date) AS period, CASE WHEN source_country = 'RUS' OR target_country = 'RUS' THEN 'A' ELSE 'B' END
                   AS side, sum(goldstein), count(*)
            FROM events WHERE modality = 'asserted' AND date IS NOT NULL AND (
                (source_country = '{state}' AND target_country IN ('RUS', {listed}))
                OR (target_country = '{state}' AND source_country IN ('RUS', {listed})))
            GROUP BY ALL"""
    ).df()  # fmt: skip


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--state", default="BLR")
    parser.add_argument("--keep", type=Path, help="Write the files here and keep them (default: a temporary folder).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="realpolitik-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "events.export.CSV"
        for stale in (folder / "plain.duckdb", folder / "store.duckdb"):
            stale.unlink(missing_ok=True)
        generated = generate(data, args.rows, args.state)
        print(f"generated {args.rows:,} GDELT 2.0 rows ({data.stat().st_size / 1e9:.2f} GB) in {generated:.1f}s", flush=True)
        plain = plain_read(data, folder / "plain.duckdb")
        with Store(folder / "store.duckdb") as store:
            seconds, summary = timed(lambda: store.import_files([data], format="gdelt2"))
            imported = summary.files[0]
            dyads_s, dyads = warm(lambda: store.dyads(period="month"))
            tilt_s, tilt = warm(lambda: store.tilt(args.state, between="RUS", and_="WEST", period="year"))
            con = store._con  # the very same rows, read by hand
            base_dyads_s, _ = warm(plain_dyads(con))
            base_tilt_s, _ = warm(plain_tilt(con, args.state))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "date": datetime.date.today().isoformat(), "machine": platform.platform(), "rows": args.rows,
        "stored": imported.stored, "rejected": imported.rejected,
        "plain_read_rows_per_s": round(args.rows / plain, 0), "import_rows_per_s": round(args.rows / seconds, 0),
        "import_ratio": round(plain / seconds, 3),
        "dyads_month_s": round(dyads_s, 3), "plain_dyads_s": round(base_dyads_s, 3),
        "dyads_ratio": round(dyads_s / base_dyads_s, 2), "dyad_rows": len(dyads),
        "tilt_year_s": round(tilt_s, 3), "plain_tilt_s": round(base_tilt_s, 3),
        "tilt_ratio": round(tilt_s / base_tilt_s, 2), "tilt_periods": len(tilt), "peak_rss_mb": round(peak),
    }  # fmt: skip
    print(f"import:  {result['import_rows_per_s']:>12,.0f} rows/s   plain read_csv {result['plain_read_rows_per_s']:>12,.0f} rows/s"
          f"   ratio {result['import_ratio']:.2f} (goal >= 0.5)")
    print(f"dyads by month: {dyads_s:7.2f}s   plain GROUP BY {base_dyads_s:6.2f}s   ratio {result['dyads_ratio']:.2f} (goal <= 3)")
    print(f"tilt {args.state} by year: {tilt_s:6.2f}s   plain GROUP BY {base_tilt_s:6.2f}s   ratio {result['tilt_ratio']:.2f} (goal <= 3)")
    print(f"stored {imported.stored:,} of {args.rows:,} rows ({imported.rejected} rejected); peak memory {peak:,.0f} MB")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "import.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
