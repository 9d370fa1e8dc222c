"""The self-contained HTML report: one file, inline CSS/JS/SVG, opens offline."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pandas as pd

from ..store import Store, TiltChoice
from . import charts, evidence, views

_STATIC = Path(__file__).resolve().parent.parent / "web" / "static"


def report_css() -> str:
    """Page styles shared with the dashboard (one stylesheet) plus the chart styles."""
    return charts.CHART_CSS + (_STATIC / "realpolitik.css").read_text(encoding="utf-8")


_REPORT_JS = """
document.addEventListener('click', function (ev) {
  var edge = ev.target.closest('.edge[data-dyad]');
  var card = edge && document.getElementById('pair:' + edge.dataset.dyad);
  if (card) { card.scrollIntoView({block: 'start'}); return; }  // a main dyad: its timeline
  var mark = ev.target.closest('[data-period][data-dyad], [data-period][data-tilt]');
  if (!mark) return;
  var key = mark.dataset.dyad ? 'dyad:' + mark.dataset.dyad : 'tilt:' + mark.dataset.tilt;
  var target = document.getElementById(key + ':' + mark.dataset.period);
  document.querySelectorAll('section.period-evidence').forEach(function (s) { s.hidden = true; });
  if (!target) return;
  target.hidden = false;
  target.scrollIntoView({block: 'start'});
});
"""


def _doc_label(documents: pd.DataFrame):
    titles = {
        r.doc_id: (evidence.plain(r.title) or r.doc_id) for r in documents.itertuples()
    }

    def label(doc_id: str) -> str:
        return (
            f'<a href="#doc-{escape(doc_id)}">{escape(titles.get(doc_id, doc_id))}</a>'
        )

    return label


def build_report(
    store: Store,
    *,
    period: str = "year",
    state: str | None = None,
    between: str | None = None,
    and_: str | None = None,
    top_dyads: int = 6,
    top_stories: int = 15,
) -> str:
    """The report as one HTML string; a tilt state or side not given is taken from the data
    (``views.tilt_choice``)."""
    series = views.pair_series(store.dyads(period=period))
    pairs = views.main_pairs(series, top_dyads)
    documents = store.documents()
    label = _doc_label(documents)
    choice = views.tilt_choice(store, state, between, and_, period)

    sections = [(f"<h1>realpolitik report</h1><p class=\"lead\">{len(documents)} documents · periods: {escape(period)} · "
                "click any point or bar to see the sentences behind it.</p>")]  # fmt: skip
    sections.append('<h2 id="dyads">Main dyads</h2>')
    hidden, cards = [], []
    for pair in pairs:
        cards.append(
            f'<div class="dyad" id="pair:{escape(pair.key)}"><h3>{escape(pair.a)} – {escape(pair.b)}</h3>{views.pair_timeline(series, pair, period)}</div>'
        )
        for start in views.pair_rows(series, pair)["period"]:
            events = views.pair_events(store, pair, start, period)
            hidden.append(
                _period_section(
                    f"dyad:{pair.key}",
                    start,
                    period,
                    f"{pair.a}–{pair.b}",
                    evidence.evidence_list(events, document_label=label),
                )
            )
    if cards:
        sections.append(f'<div class="dyad-grid">{"".join(cards)}</div>')
    else:
        sections.append('<p class="empty">No events between two different actors.</p>')
    tilt_html, tilt_evidence = _tilt_section(store, choice, period, label)
    hidden += tilt_evidence
    sections.append(
        f'<div class="chart-grid"><div>{tilt_html}</div>'
        f'<div><h2 id="network">Network</h2>{views.network(series)}</div></div>'
    )
    sections.append(
        '<section id="evidence-panel"><h2>Evidence</h2>'
        '<p class="hint">Click a point or a bar above: the sentences behind it appear here.</p>'
        + "".join(hidden)
        + "</section>"
    )
    sections.append(
        '<h2 id="stories">Top stories</h2>'
        + _stories_table(store, views.top_stories(store, top_stories), label)
    )
    sections.append('<h2 id="documents">Documents</h2>' + _documents_table(documents))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>realpolitik report</title><style>{report_css()}</style></head>"
        f'<body class="report"><main>{"".join(sections)}</main><script>{_REPORT_JS}</script></body></html>'
    )


def _tilt_section(store: Store, choice: TiltChoice | None, period: str, label) -> tuple[str, list[str]]:
    """The tilt chart with its title, and the evidence of each of its periods."""
    if choice is None:
        return '<h2 id="tilt">Tilt</h2><p class="empty">No state with two counterparts in the data: no tilt.</p>', []
    state, between, and_ = choice.state.upper(), choice.between.upper(), choice.and_.upper()
    tilt = store.tilt(state, between=between, and_=and_, period=period)
    hidden = [
        _period_section(f"tilt:{state}:{between}:{and_}", start, period, f"tilt of {state}", evidence.evidence_list(
            views.tilt_evidence(store, state, between, and_, start, period), document_label=label))
        for start in tilt["period"]
    ]  # fmt: skip
    title = f"Tilt of {escape(state)} between {escape(between)} and {escape(and_)}"
    return f'<h2 id="tilt">{title}</h2>{views.tilt_chart(tilt, period)}', hidden


def _period_section(
    key: str, start: pd.Timestamp, period: str, what: str, body: str
) -> str:
    iso = pd.Timestamp(start).date().isoformat()
    return (
        f'<section class="period-evidence" id="{escape(key)}:{iso}" hidden>'
        f"<h3>{escape(what)}, {escape(views.period_label(start, period))}</h3>{body}</section>"
    )


def _stories_table(store: Store, stories: pd.DataFrame, label) -> str:
    if stories.empty:
        return '<p class="empty">No stories.</p>'
    rows = []
    for s in stories.itertuples():
        mentions = store.events(story_id=s.story_id, modality=None)
        date = "undated" if pd.isna(s.date) else pd.Timestamp(s.date).date().isoformat()
        rows.append(
            f'<tr><td class="date">{date}</td><td class="who">{escape(evidence.who(s.source_code, s.target_code))}</td>'
            f"<td>{evidence.act_html(s.cameo, s.plover_event)}</td><td>{s.goldstein:+.1f}</td><td>{s.mentions}</td>"
            f"<td>{evidence.evidence_list(mentions, document_label=label)}</td></tr>"
        )
    return (
        '<table class="stories"><thead><tr><th>date</th><th>who → whom</th><th>act</th><th>Goldstein</th>'
        "<th>mentions</th><th>evidence</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _documents_table(documents: pd.DataFrame) -> str:
    rows = []
    for d in documents.itertuples():
        where = escape(evidence.plain(d.url) or evidence.plain(d.source))
        rows.append(
            f'<tr id="doc-{escape(d.doc_id)}"><td>{escape(d.doc_id)}</td><td>{escape(evidence.plain(d.title))}</td>'
            f'{_document_date_cell(d)}<td>{d.n_events}</td><td class="url">{where}</td></tr>'
        )
    return (
        '<table class="documents"><thead><tr><th>id</th><th>title</th><th>date</th><th>events</th><th>source</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _document_date_cell(d) -> str:
    """The date as known: a day, or the range an inferred date lies in, with its precision and
    method underneath and the evidence on hover."""

    def day(value) -> str:
        return "" if pd.isna(value) else pd.Timestamp(value).date().isoformat()

    when = day(d.date)
    if (
        d.date_precision not in ("day", "unknown")
        and day(d.date_earliest)
        and day(d.date_latest)
    ):
        when = f"{day(d.date_earliest)} –<br>{day(d.date_latest)}"
    elif not when:
        when = "unknown"
    how = " · ".join(
        v
        for v in (evidence.plain(d.date_method), evidence.plain(d.date_precision))
        if v
    )
    return (
        f'<td class="date" title="{escape(evidence.plain(d.date_evidence))}">{when}'
        f'<span class="how">{escape(how)}</span></td>'
    )


def write_report(
    db: str | Path, out: str | Path, *, png_dir: str | Path | None = None, dataset: str | None = None, **options
) -> list[Path]:
    """Write the HTML report (and with ``png_dir`` the PNG charts) over the events of ``dataset``
    (names, comma-separated; default all); returns the files written."""
    with Store(db, read_only=True, dataset=dataset) as store:
        html = build_report(store, **options)
        written = [Path(out)]
        Path(out).write_text(html, encoding="utf-8")
        if png_dir is not None:
            from .png import write_pngs

            written += write_pngs(store, Path(png_dir), **options)
    return written
