"""The dashboard: FastAPI pages over a read-only Store, and the same data as JSON under /api/.

Pages are rendered on the server with the report's chart and evidence code
(``realpolitik.report``); a little script fetches the evidence for a clicked point as an HTML
fragment, so highlighting lives in one place.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import pandas as pd
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..errors import QueryError, RealpolitikError
from ..report import charts, evidence, views
from ..store import Store

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_HOST = "127.0.0.1"

Since = Annotated[
    str | None, Query(description="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")
]
Until = Annotated[str | None, Query(description="Up to this date, inclusive.")]
EventType = Annotated[
    str | None,
    Query(
        alias="type",
        description="PLOVER event (ACCUSE) or CAMEO prefix (19); comma-separated.",
    ),
]
Period = Annotated[str, Query(description="day, week, month, quarter or year.")]


class NotFound(RealpolitikError):
    """A page or API path names something the store does not hold."""


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-ready dicts: dates as ISO strings, NaN as null, arrays as lists."""
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: _json_value(v) for k, v in row.items()})
    return out


def _json_value(value: Any) -> Any:
    if isinstance(value, pd.Timestamp | datetime):
        return (
            value.date().isoformat()
            if value == pd.Timestamp(value).normalize()
            else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT or value is None:
        return None
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def create_app(db_path: str | Path) -> FastAPI:
    """The dashboard app over the store at ``db_path``, opened read-only."""
    store = Store(db_path, read_only=True)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="realpolitik", lifespan=lifespan,
        description="Event data coded from news text: dyads, tilt, stories and their evidence.",
    )  # fmt: skip
    app.state.store = store
    titles = {d.doc_id: evidence.plain(d.title) or d.doc_id for d in store.documents().itertuples()}

    def doc_link(doc_id: str) -> str:
        return f'<a href="/document/{quote(doc_id)}">{escape(titles.get(doc_id, doc_id))}</a>'

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> JSONResponse:
        return _error(request, 404, str(error))

    @app.exception_handler(RealpolitikError)
    async def bad_request(request: Request, error: RealpolitikError) -> JSONResponse:
        return _error(request, 400, str(error))

    def filters(
        since: str | None, until: str | None, event_type: str | None
    ) -> dict[str, Any]:
        return {"since": since, "until": until, "event_type": event_type}

    # -- JSON API ---------------------------------------------------------------------

    @app.get("/api/events", tags=["api"])
    def api_events(
        since: Since = None, until: Until = None, event_type: EventType = None,
        dyad: Annotated[str | None, Query(description="Two sides, e.g. BLR,RUS (either direction).")] = None,
        actor: Annotated[str | None, Query(description="Actor code prefix on either side, e.g. BLRGOV.")] = None,
        country: Annotated[str | None, Query(description="Country code or group on either side.")] = None,
        doc_id: str | None = None, story_id: str | None = None,
        modality: Annotated[str, Query(description="asserted, negated, hypothetical, future (comma-separated) or all.")] = "asserted",
        limit: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Event mentions with their sentence, spans and codes (the store's events columns)."""
        return records(store.events(
            dyad=dyad, actor=actor, country=country, doc_id=doc_id, story_id=story_id, limit=limit,
            modality=None if modality == "all" else modality, **filters(since, until, event_type),
        ))  # fmt: skip

    @app.get("/api/stories", tags=["api"])
    def api_stories(
        since: Since = None, until: Until = None, event_type: EventType = None,
        dyad: str | None = None, actor: str | None = None, country: str | None = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """One row per story (an act however many articles report it)."""
        return records(
            store.stories(
                dyad=dyad,
                actor=actor,
                country=country,
                **filters(since, until, event_type),
            )
        )

    @app.get("/api/dyads", tags=["api"])
    def api_dyads(
        period: Period = "year", since: Since = None, until: Until = None, event_type: EventType = None,
        dyad: str | None = None, country: str | None = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Per directed country dyad and period: quad-class counts, Goldstein sum and mean."""
        return records(
            store.dyads(
                period=period,
                dyad=dyad,
                country=country,
                **filters(since, until, event_type),
            )
        )

    @app.get("/api/tilt", tags=["api"])
    def api_tilt(
        state: str = "BLR", between: str = "RUS",
        and_: Annotated[str, Query(alias="and")] = "WEST", period: Period = "year",
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Alignment of a state between two sides per period, -1 (side B) … +1 (side A)."""
        return records(store.tilt(state, between=between, and_=and_, period=period))

    @app.get("/api/documents/{doc_id}", tags=["api"])
    def api_document(doc_id: str) -> dict[str, Any]:
        """One document: metadata, cleaned text and its coded events (every modality)."""
        doc = document_or_404(doc_id)
        return {
            **{k: _json_value(v) for k, v in doc.items()},
            "events": records(store.events(doc_id=doc_id, modality=None)),
        }

    def document_or_404(doc_id: str) -> dict[str, Any]:
        doc = store.document(doc_id)
        if doc is None:
            raise NotFound(f"no document {doc_id!r} in the store")
        return doc

    # -- pages --------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(
        period: Period = "year", since: Since = None, until: Until = None, event_type: EventType = None,
        state: str = "BLR", between: str = "RUS", and_: Annotated[str, Query(alias="and")] = "WEST",
    ) -> str:  # fmt: skip
        f = filters(since, until, event_type)
        series = views.pair_series(store.dyads(period=period, **f))
        query = _query(period=period, **_named(f))
        rows = []
        for pair in views.main_pairs(series, top=50):
            own = views.pair_rows(series, pair)
            rows.append(
                f'<tr><td><a class="dyad-link" href="/dyad/{quote(pair.key)}{query}">{escape(pair.a)} – {escape(pair.b)}</a></td>'
                f"<td>{int(own['events'].sum())}</td>" + "".join(f"<td>{int(own[q].sum())}</td>" for q in ("q1", "q2", "q3", "q4"))
                + f"<td>{own['goldstein_sum'].sum():+.1f}</td>"
                f"<td>{charts.sparkline(own['goldstein_sum'].tolist(), title=f'{pair.key} Goldstein sum by {period}')}</td></tr>"
            )  # fmt: skip
        table = (
            '<table class="dyads"><thead><tr><th>dyad</th><th>events</th><th>verbal coop.</th><th>material coop.</th>'
            "<th>verbal conflict</th><th>material conflict</th><th>Goldstein</th><th>trend</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>" if rows else '<p class="empty">No events between two different actors.</p>'
        )  # fmt: skip
        tilt = store.tilt(state, between=between, and_=and_, period=period, **f)
        body = (
            "<h1>Overview</h1>" + _filter_form("/", period, since, until, event_type)
            + f"<h2>Dyads</h2>{table}"
            + f'<div class="chart-grid"><div><h2>Tilt of {escape(state.upper())}</h2>{views.tilt_chart(tilt, period)}</div>'
            + f"<div><h2>Network</h2>{views.network(series, href='/actor/{id}' + query)}</div></div>"
            + f'<div id="evidence" data-period-kind="{escape(period)}" data-filters="{escape(query)}"></div>'
        )  # fmt: skip
        return _page("realpolitik", body)

    @app.get("/dyad/{pair}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(
        pair: str,
        period: Period = "year",
        since: Since = None,
        until: Until = None,
        event_type: EventType = None,
    ) -> str:
        p = views.Pair.parse(pair)
        f = filters(since, until, event_type)
        series = views.pair_series(store.dyads(period=period, dyad=p.filter, **f))
        series = views.pair_rows(series, p)
        chart = (
            views.pair_timeline(series, p, period)
            if not series.empty
            else '<p class="empty">No events for this dyad.</p>'
        )
        body = (
            f"<h1>{escape(p.a)} – {escape(p.b)}</h1>" + _filter_form(f"/dyad/{quote(p.key)}", period, since, until, event_type)
            + '<p class="lead">Click a point or bar to see the events of that period.</p>' + chart
            + f'<div id="evidence" data-period-kind="{escape(period)}" data-filters="{escape(_query(**_named(f)))}"></div>'
        )  # fmt: skip
        return _page(f"{p.a}–{p.b}", body)

    @app.get("/actor/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(
        code: str,
        period: Period = "year",
        since: Since = None,
        until: Until = None,
        event_type: EventType = None,
    ) -> str:
        f = filters(since, until, event_type)
        code = code.upper()
        events = store.events(actor=code, **f)
        series = views.pair_series(store.dyads(period=period, actor=code, **f))
        partners = series[(series["a"] == code) | (series["b"] == code)]
        links = " ".join(
            f'<a href="/dyad/{quote(p.key)}">{escape(p.a)} – {escape(p.b)}</a>'
            for p in views.main_pairs(partners, top=30)
        )
        body = (
            f"<h1>{escape(code)}</h1>" + _filter_form(f"/actor/{quote(code)}", period, since, until, event_type)
            + f"<p>{len(events)} events with {escape(code)} on either side. Dyads: {links or '—'}</p>"
            + views.network(partners, href="/actor/{id}") + "<h2>Events</h2>"
            + evidence.evidence_list(events.head(200), document_label=doc_link)
        )  # fmt: skip
        return _page(code, body)

    @app.get("/document/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str) -> str:
        doc = document_or_404(doc_id)
        events = store.events(doc_id=doc_id, modality=None)
        when = _json_value(doc.get("date")) or "undated"
        where = escape(doc.get("url") or doc.get("source") or "")
        body = (
            f"<h1>{escape(doc.get('title') or doc_id)}</h1><p class=\"lead\">{escape(str(when))} · {where} · "
            f"{len(events)} coded events; click a highlight for its details.</p>"
            '<div id="event-details" hidden></div>' + evidence.document_html(doc["text"], events)
            + '<h2>Events</h2><div id="document-events">' + evidence.evidence_list(events, document_label=doc_link) + "</div>"
        )  # fmt: skip
        return _page(str(doc.get("title") or doc_id), body)

    @app.get(
        "/fragments/evidence", response_class=HTMLResponse, include_in_schema=False
    )
    def evidence_fragment(
        period_start: str, period: Period = "year", dyad: str | None = None, tilt: str | None = None,
        since: Since = None, until: Until = None, event_type: EventType = None,
    ) -> str:  # fmt: skip
        """The evidence for one chart point: a dyad's or a tilt's period."""
        start, _ = views.period_bounds(period_start, period)
        if tilt:
            state, between, and_ = _tilt_key(tilt)
            events = views.tilt_evidence(
                store,
                state,
                between,
                and_,
                start,
                period,
                **filters(since, until, event_type),
            )
            what = f"tilt of {state}"
        elif dyad:
            p = views.Pair.parse(dyad)
            events = views.pair_events(store, p, start, period, event_type=event_type)
            events = _within(events, since, until)
            what = f"{p.a}–{p.b}"
        else:
            raise QueryError("give dyad=A-B or tilt=STATE:SIDE_A:SIDE_B")
        label = views.period_label(pd.Timestamp(start), period)
        return f"<h2>{escape(what)}, {escape(label)}</h2>" + evidence.evidence_list(
            events, document_label=doc_link
        )

    def _within(
        events: pd.DataFrame, since: str | None, until: str | None
    ) -> pd.DataFrame:
        if since is None and until is None:
            return events
        keep = store.events(since=since, until=until)["event_id"]
        return events[events["event_id"].isin(keep)]

    return app


def _tilt_key(text: str) -> tuple[str, str, str]:
    parts = text.split(":")
    if len(parts) != 3 or not all(parts):
        raise QueryError(
            f"tilt is STATE:SIDE_A:SIDE_B, like BLR:RUS:WEST; got {text!r}"
        )
    return parts[0], parts[1], parts[2]


def _error(request: Request, status: int, message: str) -> JSONResponse | HTMLResponse:
    if request.url.path.startswith(("/api/", "/fragments/")):
        return JSONResponse({"detail": message}, status_code=status)
    return HTMLResponse(
        _page(
            "error", f'<h1>Error {status}</h1><p class="error">{escape(message)}</p>'
        ),
        status_code=status,
    )


def _named(f: dict[str, Any]) -> dict[str, Any]:
    return {"type" if k == "event_type" else k: v for k, v in f.items()}


def _query(**params: Any) -> str:
    given = {k: v for k, v in params.items() if v not in (None, "")}
    return "?" + urlencode(given) if given else ""


def _filter_form(
    action: str,
    period: str,
    since: str | None,
    until: str | None,
    event_type: str | None,
) -> str:
    options = "".join(
        f'<option value="{p}"{" selected" if p == period else ""}>{p}</option>'
        for p in ("day", "week", "month", "quarter", "year")
    )
    return (
        f'<form class="filters" method="get" action="{escape(action)}">'
        f'<label>period <select name="period">{options}</select></label>'
        f'<label>since <input name="since" size="10" placeholder="YYYY-MM-DD" value="{escape(since or "")}"></label>'
        f'<label>until <input name="until" size="10" placeholder="YYYY-MM-DD" value="{escape(until or "")}"></label>'
        f'<label>event type <input name="type" size="10" placeholder="ACCUSE or 19" value="{escape(event_type or "")}"></label>'
        "<button>apply</button></form>"
    )


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f'<style>{charts.CHART_CSS}</style><link rel="stylesheet" href="/static/realpolitik.css"></head>'
        '<body><nav class="top"><a href="/">overview</a><a href="/docs">API</a></nav>'
        f'<main>{body}</main><script src="/static/dashboard.js"></script></body></html>'
    )
