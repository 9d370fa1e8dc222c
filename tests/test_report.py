"""The HTML report and the shared chart/evidence code, over a small store built from records."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from realpolitik.records import Document, DocumentDate, Event, EventActor
from realpolitik.report import charts, evidence, views
from realpolitik.report.html import build_report, write_report
from realpolitik.store import Store

# (doc, day, sentence, source phrase, source code, source country, trigger, target phrase,
#  target code, target country, cameo, quad, goldstein, plover)
ACTS = [
    ("d1", date(2014, 3, 5), "Belarus signed a gas deal with Russia on Wednesday.",
     "Belarus", "BLR", "BLR", "signed", "Russia", "RUS", "RUS", "057", 1, 8.0, "AGREE"),
    ("d1", date(2014, 3, 5), "Lukashenko praised the Kremlin for its <generous> loans & support.",
     "Lukashenko", "BLRGOV", "BLR", "praised", "the Kremlin", "RUSGOV", "RUS", "051", 1, 3.4, "SUPPORT"),
    ("d2", date(2015, 6, 1), "Moscow accused Minsk of smuggling banned food.",
     "Moscow", "RUSGOV", "RUS", "accused", "Minsk", "BLRGOV", "BLR", "112", 3, -2.0, "ACCUSE"),
    ("d2", date(2015, 6, 1), "The EU imposed sanctions on Belarus over the crackdown.",
     "The EU", "EU", "EU", "imposed", "Belarus", "BLR", "BLR", "163", 4, -8.0, "SANCTION"),
    ("d3", date(2016, 2, 15), "The EU lifted sanctions against Belarus after the prisoners were freed.",
     "The EU", "EU", "EU", "lifted", "Belarus", "BLR", "BLR", "081", 2, 5.0, "RETREAT"),
    ("d3", date(2016, 2, 15), "Russia criticised Belarus for talking to Brussels.",
     "Russia", "RUS", "RUS", "criticised", "Belarus", "BLR", "BLR", "111", 3, -2.0, "DISAPPROVE"),
]  # fmt: skip
TITLES = {"d1": "Gas deal", "d2": "Food row", "d3": "Sanctions lifted"}


def _span(
    text: str, sentence_start: int, sentence: str, phrase: str
) -> tuple[int, int]:
    at = sentence_start + sentence.index(phrase)
    return at, at + len(phrase)


def demo_records() -> tuple[list[Document], list[Event]]:
    """Three documents; each sentence its own paragraph, spans found by the phrases' positions."""
    documents, events = [], []
    for doc_id, title in TITLES.items():
        acts = [a for a in ACTS if a[0] == doc_id]
        text = "\n\n".join(a[2] for a in acts)
        documents.append(Document(doc_id, text, DocumentDate.given(acts[0][1]), title=title, url=f"https://example.org/{doc_id}"))  # fmt: skip
        for i, act in enumerate(acts):
            (
                _,
                day,
                sentence,
                s_text,
                s_code,
                s_cty,
                trig,
                t_text,
                t_code,
                t_cty,
                cameo,
                quad,
                gold,
                plover,
            ) = act
            start = text.index(sentence)
            events.append(Event(
                doc_id, day, i, sentence, (start, start + len(sentence)), day, "day",
                EventActor(s_text, s_code, s_cty, _span(text, start, sentence, s_text)),
                EventActor(t_text, t_code, t_cty, _span(text, start, sentence, t_text)),
                cameo, quad, gold, plover, None, "asserted", trig, _span(text, start, sentence, trig),
            ))  # fmt: skip
    return documents, events


def build_demo_store(path: Path) -> Path:
    documents, events = demo_records()
    with Store(path) as store:
        store.write(documents, events)
    return path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_store(tmp_path_factory.mktemp("report") / "demo.duckdb")


@pytest.fixture(scope="module")
def report_html(demo_db: Path) -> str:
    with Store(demo_db, read_only=True) as store:
        return build_report(store, state="BLR", between="RUS", and_="WEST")


def test_report_is_self_contained(report_html: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", report_html)
    assert (
        "<link" not in report_html
        and "@import" not in report_html
        and "fetch(" not in report_html
    )
    assert (
        "<style>" in report_html and "<script>" in report_html and "<svg" in report_html
    )


def test_report_marks_actor_and_trigger_in_evidence(report_html: str) -> None:
    assert (
        '<mark class="actor"' in report_html and '<mark class="trigger"' in report_html
    )
    assert re.search(
        r'<mark class="actor"[^>]*>Belarus</mark> <mark class="trigger"[^>]*>signed</mark>',
        report_html,
    )
    assert re.search(
        r'<mark class="actor"[^>]*>Russia</mark> on Wednesday', report_html
    )


def test_report_escapes_html_in_sentences(report_html: str) -> None:
    assert "&lt;generous&gt; loans &amp; support" in report_html
    assert "<generous>" not in report_html


@pytest.mark.parametrize(
    ("dyad", "period", "sentence"),
    [
        ("BLR-RUS", "2014-01-01", "Belarus signed a gas deal"),
        ("BLR-RUS", "2015-01-01", "Moscow accused Minsk"),
        ("BLR-EU", "2016-01-01", "The EU lifted sanctions"),
    ],
)
def test_each_chart_point_has_its_evidence_section(
    report_html: str, dyad: str, period: str, sentence: str
) -> None:
    assert f'data-dyad="{dyad}" data-period="{period}"' in report_html
    section = re.search(
        rf'<section class="period-evidence" id="dyad:{dyad}:{period}" hidden>(.*?)</section>',
        report_html,
        re.DOTALL,
    )
    assert section and sentence in re.sub(r"<[^>]+>", "", section.group(1))


def test_tilt_points_lead_to_their_events(report_html: str) -> None:
    assert 'data-tilt="BLR:RUS:WEST" data-period="2016-01-01"' in report_html
    section = re.search(
        r'id="tilt:BLR:RUS:WEST:2016-01-01" hidden>(.*?)</section>',
        report_html,
        re.DOTALL,
    )
    text = re.sub(r"<[^>]+>", "", section.group(1))
    assert "The EU lifted sanctions" in text and "Russia criticised Belarus" in text


def test_stories_table_names_the_documents(report_html: str) -> None:
    stories = report_html.split('<h2 id="stories">')[1]
    assert "Gas deal" in stories and "Sanctions lifted" in stories


def test_write_report_with_pngs(demo_db: Path, tmp_path: Path) -> None:
    written = write_report(demo_db, tmp_path / "report.html", png_dir=tmp_path / "png")
    names = sorted(p.name for p in written)
    assert "report.html" in names and "tilt-BLR.png" in names and "network.png" in names
    assert {"timeline-BLR-RUS.png", "timeline-BLR-EU.png"} <= set(names)
    for p in written:
        assert p.stat().st_size > 1000
        if p.suffix == ".png":
            assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_pair_series_folds_both_directions(demo_db: Path) -> None:
    with Store(demo_db, read_only=True) as store:
        # mentions: Belarus's signing and praise of 2014-03-05 are one story (one pair, one kind)
        series = views.pair_series(store.dyads(period="year", unit="mentions"))
    row = series[
        (series["a"] == "BLR")
        & (series["b"] == "RUS")
        & (series["period"] == pd.Timestamp("2014-01-01"))
    ].iloc[0]
    assert (row["events"], row["q1"], row["goldstein_sum"]) == (
        2,
        2,
        pytest.approx(11.4),
    )
    assert views.main_pairs(series)[0] == views.Pair("BLR", "RUS")


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("a <b> c", [evidence.Highlight(2, 5, "actor", "e1")], 'a <mark class="actor" data-events="e1">&lt;b&gt;</mark> c'),
        ("abcdef", [evidence.Highlight(0, 4, "actor", "e1"), evidence.Highlight(2, 6, "trigger", "e2")],
         ('<mark class="actor" data-events="e1">ab</mark><mark class="trigger" data-events="e1 e2">cd</mark>'
         '<mark class="trigger" data-events="e2">ef</mark>')),
        ("abc", [evidence.Highlight(1, 9, "actor", "e1")], "abc"),  # a span beyond the text is dropped
    ],
)  # fmt: skip
def test_highlight(text: str, spans: list, expected: str) -> None:
    assert evidence.highlight(text, spans) == expected


@pytest.mark.parametrize(
    ("start", "period", "bounds"),
    [
        ("2014-03-05", "year", (date(2014, 1, 1), date(2014, 12, 31))),
        ("2014-03-05", "quarter", (date(2014, 1, 1), date(2014, 3, 31))),
        ("2016-02-10", "month", (date(2016, 2, 1), date(2016, 2, 29))),
        ("2014-03-05", "week", (date(2014, 3, 3), date(2014, 3, 9))),
    ],
)
def test_period_bounds(start: str, period: str, bounds: tuple[date, date]) -> None:
    assert views.period_bounds(start, period) == bounds


def test_charts_carry_data_attributes_and_escape_labels() -> None:
    svg = charts.line_chart(
        {
            "s": [
                charts.Point(
                    "2014", 2.0, "<x>", {"dyad": "A-B", "period": "2014-01-01"}
                )
            ]
        },
        title="t&t",
        y_label="y",
    )
    assert (
        'data-dyad="A-B" data-period="2014-01-01"' in svg
        and "&lt;x&gt;" in svg
        and "t&amp;t" in svg
    )
    net = charts.network_chart(
        [charts.Node("A", 3), charts.Node("B", 1)],
        [charts.Edge("A", "B", 3, -1.0)],
        title="n",
    )
    assert (
        charts.cooperation_colour(-1.0) in net
        and charts.cooperation_colour(1.0) == "#1f8c3c"
    )


def test_empty_store_gives_a_report_that_says_so(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        store.write([], [])
    written = write_report(
        tmp_path / "empty.duckdb", tmp_path / "r.html", png_dir=tmp_path / "png"
    )
    html = written[0].read_text(encoding="utf-8")
    assert "No events between two different actors." in html and "No stories." in html
    assert "No state with two counterparts in the data: no tilt." in html
    assert {p.name for p in written[1:]} == {"network.png"}


def test_cli_report_writes_html_and_pngs(demo_db: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from realpolitik.cli import app

    result = CliRunner().invoke(app, ["report", "--db", str(demo_db), "--out", str(tmp_path / "r.html"),
                                      "--png", str(tmp_path / "png"), "--period", "quarter"])  # fmt: skip
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'data-period="2014-01-01" data-label="2014Q1"' in html
    assert (tmp_path / "png" / "timeline-BLR-RUS.png").exists()


def test_cli_report_takes_the_tilt_from_the_data_and_says_so(demo_db: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from realpolitik.cli import app

    with Store(demo_db, read_only=True) as store:
        chosen = store.tilt_choice(period="year")
    result = CliRunner().invoke(app, ["report", "--db", str(demo_db), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    said = f"tilt of {chosen.state} between {chosen.between} and {chosen.and_}: the most active in the data"
    assert said in result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert f"Tilt of {chosen.state} between {chosen.between} and {chosen.and_}" in html
    assert chosen.state == "BLR" and "WEST" not in (chosen.between, chosen.and_)  # not the old fixed default


def test_cli_report_keeps_the_sides_given(demo_db: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from realpolitik.cli import app

    result = CliRunner().invoke(app, ["report", "--db", str(demo_db), "--out", str(tmp_path / "r.html"),
                                      "--state", "BLR", "--between", "RUS", "--and", "WEST"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "most active" not in result.output
    assert "Tilt of BLR between RUS and WEST" in (tmp_path / "r.html").read_text(encoding="utf-8")


# Two camps that deal mostly among themselves, joined by one weak tie (BLR-POL).
# (a, b, events, q1, q2, q3, q4)
CAMPS = [
    ("BLR", "RUS", 40, 20, 15, 3, 2), ("BLR", "KAZ", 12, 8, 3, 1, 0), ("KAZ", "RUS", 15, 9, 4, 2, 0),
    ("ARM", "RUS", 8, 5, 2, 1, 0), ("LTU", "POL", 30, 18, 10, 2, 0), ("EU", "POL", 25, 15, 8, 2, 0),
    ("EU", "LTU", 20, 12, 6, 2, 0), ("DEU", "EU", 10, 7, 2, 1, 0), ("BLR", "POL", 2, 0, 0, 1, 1),
]  # fmt: skip
EAST, WEST = {"BLR", "RUS", "KAZ", "ARM"}, {"LTU", "POL", "EU", "DEU"}


def camps_series() -> pd.DataFrame:
    rows = [(a, b, pd.Timestamp("2014-01-01"), n, q1, q2, q3, q4) for a, b, n, q1, q2, q3, q4 in CAMPS]
    return pd.DataFrame(rows, columns=["a", "b", "period", "events", "q1", "q2", "q3", "q4"])


def node_positions(svg: str) -> dict[str, tuple[float, float, float]]:
    """(x, y, r) per node, read back from the SVG."""
    found = re.findall(r'<circle class="node" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"><title>(\w+):', svg)
    return {name: (float(x), float(y), float(r)) for x, y, r, name in found}


@pytest.fixture(scope="module")
def camps_svg() -> str:
    return views.network(camps_series())


def test_network_puts_each_camp_together(camps_svg: str) -> None:
    pos = node_positions(camps_svg)
    assert set(pos) == EAST | WEST

    def mean_distance(pairs: list[tuple[str, str]]) -> float:
        return sum(((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5 for a, b in pairs) / len(pairs)

    inside = [(a, b) for camp in (EAST, WEST) for a in camp for b in camp if a < b]
    across = [(a, b) for a in EAST for b in WEST]
    assert mean_distance(inside) < 0.75 * mean_distance(across)
    # the busiest pair sits closer than the one weak tie between the camps
    assert mean_distance([("BLR", "RUS")]) < mean_distance([("BLR", "POL")])


def test_network_is_deterministic_inside_the_box_and_without_overlaps(camps_svg: str) -> None:
    assert views.network(camps_series()) == camps_svg
    pos = node_positions(camps_svg)
    width, height = (int(v) for v in re.search(r'viewBox="0 0 (\d+) (\d+)"', camps_svg).groups())
    for x, y, r in pos.values():
        assert r <= x <= width - r and r <= y <= height - r
    names = sorted(pos)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            (xa, ya, ra), (xb, yb, rb) = pos[a], pos[b]
            assert ((xa - xb) ** 2 + (ya - yb) ** 2) ** 0.5 >= ra + rb, (a, b)


def test_network_edges_coloured_by_net_cooperation_and_nodes_sized_by_events(camps_svg: str) -> None:
    pos = node_positions(camps_svg)
    assert pos["RUS"][2] > pos["DEU"][2]  # 63 events against 10
    conflict = re.search(r'<line[^>]*stroke="(#[0-9a-f]{6})"[^>]*data-dyad="BLR-POL"', camps_svg)
    assert conflict and conflict.group(1) == charts.cooperation_colour(-1.0)
    friendly = re.search(r'<line[^>]*stroke="(#[0-9a-f]{6})"[^>]*data-dyad="BLR-RUS"', camps_svg)
    assert friendly and friendly.group(1) == charts.cooperation_colour((20 + 15 - 3 - 2) / 40)


@pytest.mark.parametrize(
    ("ids", "links"),
    [
        ([], []),
        (["A"], []),
        (["A", "B"], []),  # no links: gravity and repulsion only
        (["A", "B", "C"], [("A", "B", 1.0), ("A", "A", 5.0), ("A", "Z", 3.0)]),  # self-loop and unknown id ignored
    ],
)
def test_force_layout_degenerate_graphs(ids: list[str], links: list[tuple[str, str, float]]) -> None:
    from realpolitik.report.layout import force_layout

    pos = force_layout(ids, links, width=300, height=200, margin=20, min_distance=30)
    assert set(pos) == set(ids)
    for x, y in pos.values():
        assert 20 <= x <= 280 and 20 <= y <= 180
    if len(ids) > 1:
        assert len(set(pos.values())) == len(ids)


def _statements(doc_id: str, text: str, day: date | None) -> tuple[Document, list[Event]]:
    """A document of "Lukashenko said ..." sentences: statements to no one, on ``day`` (None: undated)."""
    document = Document(doc_id, text, DocumentDate.given(day) if day else DocumentDate.unknown(), title=doc_id)
    events = []
    for i, sentence in enumerate(text.split("\n\n")):
        start = text.index(sentence)
        events.append(Event(
            doc_id, day, i, sentence, (start, start + len(sentence)), day, "doc",
            EventActor("Lukashenko", "BLRGOV", "BLR", _span(text, start, sentence, "Lukashenko")), None,
            "010", 1, 0.0, "", None, "asserted", "said", _span(text, start, sentence, "said"),
        ))  # fmt: skip
    return document, events


def test_top_stories_put_dyadic_stories_before_statements_to_no_one(tmp_path: Path) -> None:
    documents, events = demo_records()
    # reported twice, so it would lead on mentions alone
    said, said_events = _statements("d4", "Lukashenko said Belarus would stay neutral.\n\nLukashenko said it again.",
                                    date(2016, 3, 1))  # fmt: skip
    undated, undated_events = _statements("d5", "Lukashenko said nothing new.", None)
    with Store(tmp_path / "s.duckdb") as store:
        store.write([*documents, said, undated], [*events, *said_events, *undated_events])
        stories = views.top_stories(store)
        html = build_report(store)
    dyadic = stories["target_code"].notna().tolist()
    assert dyadic == [True] * 5 + [False, False]
    assert stories["mentions"].iloc[5] == 2
    # an undated statement to no one still renders, and says so
    assert re.search(r'<td class="date">undated</td><td class="who">BLRGOV → —</td>', html)
    assert '<span class="date">undated</span> <span class="who">BLRGOV → —</span>' in html
    assert re.search(r'<tr id="doc-d5">.*?<td class="date" title="no date clue in the text">unknown', html)


def test_lines_do_not_bridge_quiet_periods() -> None:
    points = [charts.Point(x, 1.0) for x in ("2013", "2014", "2016")]
    svg = charts.line_chart({"s": points}, title="t", y_label="y", xs=["2013", "2014", "2015", "2016"])
    assert svg.count("<polyline") == 2  # 2013-2014, then 2016 alone
    assert ">2015</text>" in svg  # the quiet year keeps its place on the axis


def test_documents_table_shows_an_inferred_range_with_its_evidence(tmp_path: Path) -> None:
    inferred = DocumentDate(date(2013, 10, 14), "month", "inferred", "partial date 'On 3-4 October'",
                            date(2013, 10, 4), date(2013, 10, 25))  # fmt: skip
    with Store(tmp_path / "d.duckdb") as store:
        store.write([Document("d9", "Minsk waited.", inferred, title="Waiting")], [])
        html = build_report(store)
    row = re.search(r'<tr id="doc-d9">.*?</tr>', html).group(0)
    assert "2013-10-04 –<br>2013-10-25" in row and "inferred · month" in row
    assert "title=\"partial date &#x27;On 3-4 October&#x27;\"" in row


@pytest.mark.parametrize(
    ("periods", "period", "axis"),
    [
        (["2013-01-01", "2016-01-01"], "year", ["2013", "2014", "2015", "2016"]),
        (["2013-10-01", "2014-04-01"], "quarter", ["2013Q4", "2014Q1", "2014Q2"]),
        (["2013-11-01", "2014-01-01"], "month", ["2013-11", "2013-12", "2014-01"]),
        (["2014-03-17", "2014-03-03"], "week", ["2014-03-03", "2014-03-10", "2014-03-17"]),
        ([], "year", []),
    ],
)
def test_period_axis_keeps_quiet_periods(periods: list[str], period: str, axis: list[str]) -> None:
    assert views.period_axis(pd.DataFrame({"period": pd.to_datetime(periods)}), period) == axis


def test_sparkline_of_one_period_shows_a_dot() -> None:
    assert "<circle" in charts.sparkline([3.0]) and "<circle" not in charts.sparkline([3.0, -1.0])
