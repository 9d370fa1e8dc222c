"""The dashboard: FastAPI pages over a read-only Store, and the same data as JSON under /api/.

Pages are rendered on the server with the report's chart and evidence code
(``realpolitik.report``); a little script fetches the evidence for a clicked point as an HTML
fragment, so highlighting lives in one place.
"""

from __future__ import annotations

import functools
import logging
import math
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import pandas as pd
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import choices
from ..errors import ChoiceError, QueryError, RealpolitikError
from ..report import charts, evidence, views, worldmap
from ..store import TiltChoice
from . import apidocs, browse
from .params import (
    Codes,
    DatasetName,
    DocId,
    DownloadFormat,
    Dyad,
    EventType,
    Identifier,
    Modality,
    Offset,
    Page,
    PathCodes,
    Period,
    PeriodStart,
    Place,
    QuadClass,
    Search,
    Side,
    SideB,
    Since,
    SpanPeriod,
    Tilt,
    Until,
    first_day,
    tilt_key,
)  # fmt: skip
from .snapshot import MemoStore, Snapshot, Snapshots

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_HOST = "127.0.0.1"
DIRECTION_EVENTS = 100  # events listed under each direction of a dyad page
MESSAGE_CHARS = 300  # an error names the bad value, not all 60 KB of it

log = logging.getLogger(__name__)


class NotFound(RealpolitikError):
    """A page or API path names something the store does not hold."""


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-ready dicts: dates as ISO strings, NaN as null, arrays as lists."""
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: _json_value(v) for k, v in row.items()})
    return out


def _json_value(value: Any) -> Any:
    if value is pd.NaT or value is None:  # NaT is a datetime too, without a date
        return None
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
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def create_app(db_path: str | Path, *, dataset: str | None = None) -> FastAPI:
    """The dashboard app over the store at ``db_path``, showing the events of ``dataset`` (names,
    comma-separated; default all): it reads a copy of the store, renewed after each change, so
    ``ingest`` can add documents while it runs (``web.snapshot``)."""
    snapshots = Snapshots(db_path, dataset=dataset)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        snapshots.close()

    app = FastAPI(
        title="realpolitik", lifespan=lifespan, docs_url=None, redoc_url=None,  # /docs is ours: it works offline
        description="Event data coded from news text: dyads, tilt, stories and their evidence.",
    )  # fmt: skip
    app.state.snapshots = snapshots
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _error_handlers(app)
    _api(app)
    _pages(app)
    _browser(app)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> str:
        return _page("API", apidocs.api_docs(app.openapi()))

    return app


def _reading(request: Request) -> Iterator[Snapshot]:
    """The store's latest copy, for the length of one request."""
    with request.app.state.snapshots.reading() as snapshot:
        yield snapshot


Reading = Annotated[Snapshot, Depends(_reading)]


def _memoized(endpoint: Callable[..., Any]) -> Callable[..., Response]:
    """The endpoint's answer made once per copy of the store and set of parameters: nothing else
    goes into it, and under load most requests ask what an earlier one did."""

    @functools.wraps(endpoint)
    def answer(snapshot: Snapshot, **params: Any) -> Response:
        def render() -> Response:
            body = endpoint(snapshot=snapshot, **params)
            return HTMLResponse(body) if isinstance(body, str) else JSONResponse(body)

        return snapshot.page((endpoint.__name__, tuple(sorted(params.items()))), render)

    return answer


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> JSONResponse | HTMLResponse:
        return _error(request, 404, str(error))

    @app.exception_handler(RealpolitikError)
    async def bad_request(request: Request, error: RealpolitikError) -> JSONResponse | HTMLResponse:
        return _error(request, 400, str(error))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, error: RequestValidationError) -> JSONResponse | HTMLResponse:
        # FastAPI's own answer repeats each bad value whole ("input"); this one names it shortly
        problems = [
            {"loc": list(e.get("loc", ())), "msg": _bounded(str(e.get("msg", ""))), "type": e.get("type", "")}
            for e in error.errors()[:10]
        ]  # fmt: skip
        if request.url.path.startswith(("/api/", "/fragments/")):
            return JSONResponse({"detail": problems}, status_code=422)
        return _error(request, 422, "; ".join(f"{(p['loc'] or ['request'])[-1]}: {p['msg']}" for p in problems))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> JSONResponse | HTMLResponse:
        log.error("%s %s failed", request.method, request.url.path, exc_info=error)
        return _error(request, 500, "internal error; the server's log has the details")


def _filters(since: str | None, until: str | None, event_type: str | None) -> dict[str, Any]:
    return {"since": since, "until": until, "event_type": event_type}


def _doc_link(snapshot: Snapshot) -> Callable[[str], str]:
    titles = snapshot.titles

    def link(doc_id: str) -> str:
        return f'<a href="/document/{quote(doc_id)}">{escape(titles.get(doc_id, doc_id))}</a>'

    return link


def _document_or_404(store: MemoStore, doc_id: str) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r} in the store")
    return doc


def _api(app: FastAPI) -> None:
    @app.get("/api/events", tags=["api"])
    @_memoized
    def api_events(
        snapshot: Reading, since: Since = None, until: Until = None, event_type: EventType = None, dyad: Dyad = None,
        actor: Annotated[str | None, Query(max_length=200, description="Actor code prefix on either side, e.g. BLRGOV.")] = None,
        country: Annotated[str | None, Query(max_length=200, description="Country code or group on either side.")] = None,
        doc_id: Identifier = None, story_id: Identifier = None, modality: Modality = "asserted",
        quad: QuadClass = None, dataset: DatasetName = None, q: Search = None, place: Place = None,
        limit: Annotated[int | None, Query(ge=1, le=100_000)] = None, offset: Offset = 0,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Event mentions with their sentence, spans and codes (the store's events columns)."""
        return records(snapshot.store.events(
            dyad=dyad, actor=actor, country=country, doc_id=doc_id, story_id=story_id, limit=limit, offset=offset,
            modality=None if modality == "all" else modality, quad_class=quad, dataset=dataset, text=q, place=place,
            **_filters(since, until, event_type),
        ))  # fmt: skip

    @app.get("/api/stories", tags=["api"])
    @_memoized
    def api_stories(
        snapshot: Reading, since: Since = None, until: Until = None, event_type: EventType = None,
        dyad: Dyad = None, actor: Codes = None, country: Codes = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """One row per story (an act however many articles report it)."""
        f = _filters(since, until, event_type)
        return records(snapshot.store.stories(dyad=dyad, actor=actor, country=country, **f))

    @app.get("/api/dyads", tags=["api"])
    @_memoized
    def api_dyads(
        snapshot: Reading, period: Period = "year", since: Since = None, until: Until = None,
        event_type: EventType = None, dyad: Dyad = None, country: Codes = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Per directed country dyad and period: quad-class counts, Goldstein sum and mean."""
        f = _filters(since, until, event_type)
        return records(snapshot.store.dyads(period=period, dyad=dyad, country=country, **f))

    @app.get("/api/tilt", tags=["api"])
    @_memoized
    def api_tilt(
        snapshot: Reading, state: Side = None, between: Side = None, and_: SideB = None, period: SpanPeriod = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Alignment of a state between two sides per period, -1 (side B) … +1 (side A); the state,
        sides and period left out are chosen from the data (the busiest state and its two main
        counterparts; month or year by the data's span)."""
        if any(name is not None and not name.strip() for name in (state, between, and_)):
            raise QueryError("an empty side or country name was given; leave it out to have it chosen from the data")
        if snapshot.store.count() == 0:
            return []
        c = snapshot.store.tilt_choice(state, between, and_, period)
        return records(snapshot.store.tilt(c.state, between=c.between, and_=c.and_, period=c.period))

    @app.get("/api/documents/{doc_id:path}", tags=["api"])
    @_memoized
    def api_document(snapshot: Reading, doc_id: DocId) -> dict[str, Any]:
        """One document: metadata, cleaned text and its coded events (every modality)."""
        doc = _document_or_404(snapshot.store, doc_id)
        return {
            **{k: _json_value(v) for k, v in doc.items()},
            "events": records(snapshot.store.events(doc_id=doc_id, modality=None)),
        }


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def overview(
        snapshot: Reading, period: SpanPeriod = None, since: Since = None, until: Until = None,
        event_type: EventType = None, state: Side = None, between: Side = None, and_: SideB = None,
    ) -> str:  # fmt: skip
        """Every dyad with its counts and trend, the tilt of a state between two sides (those left
        out or blank chosen from the data), the actor network."""
        store, f = snapshot.store, _filters(since, until, event_type)
        tilt = _tilt_section(store, (state or None, between or None, and_ or None), period, f)
        period = tilt.period
        series = views.pair_series(store.dyads(period=period, **f))
        query = _query(period=period, **_named(f))
        body = (
            "<h1>Overview</h1>" + _filter_form("/", period, since, until, event_type, tilt.choice)
            + f"<h2>Dyads</h2>{_dyad_table(series, period, query)}"
            + f'<div class="chart-grid"><div>{tilt.html}</div>'
            + f"<div><h2>Network</h2>{views.network(series, href='/actor/{id}' + query)}</div></div>"
            + f'<div id="evidence" data-period-kind="{escape(period)}" data-filters="{escape(query)}"></div>'
        )  # fmt: skip
        return _page("realpolitik", body)

    @app.get("/dyad/{pair}", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def dyad_page(
        snapshot: Reading, pair: PathCodes, period: Period = "year", since: Since = None, until: Until = None,
        event_type: EventType = None,
    ) -> str:  # fmt: skip
        """One dyad's timeline: Goldstein score and events by quad class per period."""
        p = views.Pair.parse(pair)
        f = _filters(since, until, event_type)
        series = views.pair_rows(views.pair_series(snapshot.store.dyads(period=period, dyad=p.filter, **f)), p)
        chart = views.pair_timeline(series, p, period) if not series.empty else '<p class="empty">No events for this dyad.</p>'
        body = (
            f"<h1>{escape(p.a)} – {escape(p.b)}</h1>" + _filter_form(f"/dyad/{quote(p.key)}", period, since, until, event_type)
            + '<p class="lead">Click a point or bar to see the events of that period.</p>' + chart
            + f'<div id="evidence" data-period-kind="{escape(period)}" data-filters="{escape(_query(**_named(f)))}"></div>'
            + '<div class="directions">' + _direction(snapshot, p.a, p.b, f) + _direction(snapshot, p.b, p.a, f) + "</div>"
        )  # fmt: skip
        return _page(f"{p.a}–{p.b}", body)

    @app.get("/actor/{code}", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def actor_page(
        snapshot: Reading, code: PathCodes, period: Period = "year", since: Since = None, until: Until = None,
        event_type: EventType = None,
    ) -> str:  # fmt: skip
        """One actor's partners, network and events."""
        store, f = snapshot.store, _filters(since, until, event_type)
        code = code.upper()
        events = store.events(actor=code, **f)
        series = views.pair_series(store.dyads(period=period, actor=code, **f))
        partners = series[(series["a"] == code) | (series["b"] == code)]
        links = " ".join(
            f'<a href="/dyad/{quote(p.key)}">{escape(p.a)} – {escape(p.b)}</a>'
            for p in views.main_pairs(partners, top=30)
        )
        body = (
            f"<h1>{escape(code)}</h1>" + _actor_description(store, code)
            + _filter_form(f"/actor/{quote(code)}", period, since, until, event_type)
            + f"<p>{len(events)} events with {escape(code)} on either side "
            f'(<a href="/events?{urlencode({"actor": code})}">browse them</a>). Dyads: {links or "—"}</p>'
            + views.network(partners, href="/actor/{id}") + "<h2>Events</h2>"
            + evidence.evidence_list(events.head(200), document_label=_doc_link(snapshot))
        )  # fmt: skip
        return _page(code, body)

    @app.get("/document/{doc_id:path}", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def document_page(snapshot: Reading, doc_id: DocId) -> str:
        """One document's text with every coded event marked."""
        doc = _document_or_404(snapshot.store, doc_id)
        events = snapshot.store.events(doc_id=doc_id, modality=None)
        when = _json_value(doc.get("date")) or "undated"
        where = escape(doc.get("url") or doc.get("source") or "")
        body = (
            f"<h1>{escape(doc.get('title') or doc_id)}</h1><p class=\"lead\">{escape(str(when))} · {where} · "
            f"{len(events)} coded events; click a highlight for its details.</p>"
            '<div id="event-details" hidden></div>' + evidence.document_html(doc["text"], events)
            + '<h2>Events</h2><div id="document-events">'
            + evidence.evidence_list(events, document_label=_doc_link(snapshot)) + "</div>"
        )  # fmt: skip
        return _page(str(doc.get("title") or doc_id), body)

    @app.get("/fragments/evidence", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def evidence_fragment(
        snapshot: Reading, period_start: PeriodStart, period: Period = "year", dyad: Dyad = None, tilt: Tilt = None,
        since: Since = None, until: Until = None, event_type: EventType = None, quad: QuadClass = None,
    ) -> str:  # fmt: skip
        """The evidence for one chart point: a dyad's or a tilt's period (an HTML fragment), of one
        quad class when a bar of it was clicked."""
        store, f = snapshot.store, _filters(since, until, event_type)
        start, _ = views.period_bounds(first_day(period_start), period)
        if tilt:
            key = tilt_key(tilt)
            events = views.tilt_evidence(store, key.state, key.side_a, key.side_b, start, period, **f)
            what = f"tilt of {key.state}"
        elif dyad:
            p = views.Pair.parse(dyad)
            events = _within(store, views.pair_events(store, p, start, period, event_type=event_type), since, until)
            what = f"{p.a}–{p.b}"
        else:
            raise QueryError("give dyad=A-B or tilt=STATE:SIDE_A:SIDE_B")
        label = views.period_label(start, period)
        quads = choices.quad_classes(quad)
        if quads:
            events = events[events["quad_class"].isin(quads)]
            label += ", " + ", ".join(charts.QUAD_NAMES[q] for q in quads)
        return f"<h2>{escape(what)}, {escape(label)}</h2>" + evidence.evidence_list(
            events, document_label=_doc_link(snapshot)
        )


def _browsed(
    q: Search = None, actor: Codes = None, country: Codes = None, event_type: EventType = None, quad: QuadClass = None,
    modality: Annotated[str, Query(max_length=100, description="asserted, negated, hypothetical, future "
                                   "(comma-separated) or all.")] = "all",
    since: Since = None, until: Until = None, dataset: DatasetName = None,
    place: Place = None,
    doc_id: Identifier = None, story_id: Identifier = None,
) -> browse.Browse:  # fmt: skip
    """The event browser's filters, from the query."""
    return browse.Browse(q, actor, country, event_type, quad, modality, since, until, dataset, place, doc_id, story_id)


Browsed = Annotated[browse.Browse, Depends(_browsed)]

_MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}


def _browser(app: FastAPI) -> None:
    @app.get("/events", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def events_page(snapshot: Reading, browsed: Browsed, page: Page = 1) -> str:
        """Every event, filtered by facets and by words of its sentence, a page at a time."""
        store = snapshot.store
        result = browse.event_page(store, browsed, page)
        downloads = " ".join(
            f'<a class="download" href="{escape(browsed.url("/events/download", format=f))}">{f}</a>' for f in _MEDIA_TYPES
        )
        body = (
            "<h1>Events</h1>" + _browse_form(browsed, store.dataset_names())
            + f'<p class="lead">{_matching(result.total)} (<a href="{escape(browsed.url("/map"))}">on the map</a>). '
            + f"Download exactly these: {downloads}</p>" + _scope(browsed, _doc_link(snapshot))
            + '<div class="browse">' + browse.facets_html(result, browsed)
            + f'<section class="results">{browse.pager(result, browsed)}'
            + browse.events_table(result, browsed, _doc_link(snapshot)) + browse.pager(result, browsed) + "</section></div>"
        )  # fmt: skip
        return _page("events", body)

    @app.get("/events/download", tags=["pages"])
    def events_download(snapshot: Reading, browsed: Browsed, format: DownloadFormat = "csv") -> Response:
        """The events the same filters select, every one of them, as csv, JSON lines or parquet."""
        with tempfile.TemporaryDirectory(prefix="realpolitik-download-") as folder:
            out = Path(folder) / f"events.{format}"
            snapshot.store.export(out, format, **browsed.store_filters())
            content = out.read_bytes()
        disposition = f'attachment; filename="events.{format}"'
        return Response(content, media_type=_MEDIA_TYPES[format], headers={"Content-Disposition": disposition})

    @app.get("/map", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def map_page(snapshot: Reading, browsed: Browsed) -> str:
        """Where the events happened: a dot per town, countries shaded by the events located in them."""
        store, filters = snapshot.store, browsed.store_filters()
        places, total = store.places(**filters), store.count(**filters)
        in_towns = int(places.loc[places["lat"].notna(), "events"].sum())
        in_countries = int(places["events"].sum()) - in_towns
        body = (
            "<h1>Map</h1>" + _browse_form(browsed, store.dataset_names(), action="/map")
            + f'<p class="lead">Of {total} events (<a href="{escape(browsed.url())}">list them</a>), {in_towns} name '
            f"the town they happened in (the dots) and {in_countries} only a country or region; each country is shaded "
            f"by the events located in it. {total - in_towns - in_countries} name no place and are not on the map.</p>"
            + worldmap.event_map(places, lambda place: browsed.url(place=place))
        )  # fmt: skip
        return _page("map", body)

    @app.get("/documents", response_class=HTMLResponse, tags=["pages"])
    @_memoized
    def documents_page(snapshot: Reading, page: Page = 1) -> str:
        """Every document, by date, with its title and how many events were coded in it."""
        documents = snapshot.store.documents()
        pages = max(1, -(-len(documents) // browse.PER_PAGE))
        page = min(page, pages)
        shown = documents.iloc[(page - 1) * browse.PER_PAGE : page * browse.PER_PAGE]
        body = (
            f'<h1>Documents</h1><p class="lead">{len(documents)} documents; page {page} of {pages}.</p>'
            + _documents_table(shown, snapshot.titles) + _page_links("/documents", page, pages)
        )  # fmt: skip
        return _page("documents", body)


def _scope(browsed: browse.Browse, document_label: Callable[[str], str]) -> str:
    """What a story or document link narrowed the events to, and the way back."""
    parts = []
    if browsed.story_id:
        parts.append("every mention of one story (the same act, however many articles report it)")
    if browsed.doc_id:
        parts.append(f"the events of {document_label(browsed.doc_id)}")
    if not parts:
        return ""
    wider = browsed.url(story_id=None, doc_id=None)
    return f'<p class="hint scope">Showing {" among ".join(parts)}; <a href="{escape(wider)}">all events</a>.</p>'


def _matching(total: int) -> str:
    return "1 event matches" if total == 1 else f"{total} events match"


def _direction(snapshot: Snapshot, source: str, target: str, f: dict[str, Any]) -> str:
    """What ``source`` did to ``target`` (one direction of a dyad): counts by quad class and the events."""
    events = snapshot.store.events(dyad=f"{source},{target}", directed=True, **f)
    counts = events["quad_class"].value_counts()
    quads = " · ".join(f"{int(counts.get(q, 0))} {name}" for q, name in charts.QUAD_NAMES.items())
    shown = "" if len(events) <= DIRECTION_EVENTS else f" (the first {DIRECTION_EVENTS})"
    return (
        f'<section class="direction" data-direction="{escape(source)}-{escape(target)}">'
        f"<h2>{escape(source)} → {escape(target)}</h2><p>{len(events)} events{shown}: {quads}; "
        f"Goldstein sum {events['goldstein'].sum():+.1f}</p>"
        + evidence.evidence_list(events.head(DIRECTION_EVENTS), document_label=_doc_link(snapshot)) + "</section>"
    )


def _actor_description(store: MemoStore, code: str) -> str:
    """The actor's name and sector, the words it was found as and the offices of the people among them."""
    from ..actors.describe import describe_actor

    actors = store.actors()
    row = actors[actors["code"] == code]
    texts = [str(t) for t in row["texts"].iloc[0]] if not row.empty else []
    seen = (row["first_seen"].iloc[0], row["last_seen"].iloc[0]) if not row.empty else None
    seen = tuple(pd.Timestamp(d).date() for d in seen) if seen and not any(pd.isna(d) for d in seen) else None
    described = describe_actor(code, texts, seen)
    found = ", ".join(f"“{escape(t)}”" for t in texts[:12]) or "—"
    offices = "".join(f"<li>{escape(str(o))}</li>" for o in described.offices)
    return (
        f'<p class="actor-name">{escape(described.title)}</p><p class="lead">Found in the text as {found}.</p>'
        + (f'<h2>People coded as {escape(code)}</h2><ul class="offices">{offices}</ul>' if offices else "")
    )


def _browse_form(browsed: browse.Browse, datasets: list[str], action: str = "/events") -> str:
    from ..choices import MODALITIES
    from ..coding.ontology import plover_events

    def select(name: str, label: str, options: list[tuple[str, str]], current: str | None) -> str:
        opts = "".join(
            f'<option value="{escape(v)}"{" selected" if v == (current or "") else ""}>{escape(t)}</option>' for v, t in options
        )
        return f'<label>{label} <select name="{name}">{opts}</select></label>'

    def text(name: str, label: str, value: str | None, hint: str, size: int = 10) -> str:
        return (f'<label>{label} <input name="{name}" size="{size}" placeholder="{escape(hint)}" '
                f'value="{escape(value or "")}"></label>')  # fmt: skip

    quads = [("", "any"), *((str(q), f"{q} {n}") for q, n in charts.QUAD_NAMES.items())]
    return (
        f'<form class="filters browse-filters" method="get" action="{action}">'
        + text("q", "search", browsed.q, 'words or "a phrase"', 24) + text("actor", "actor", browsed.actor, "INDGOV")
        + text("country", "country", browsed.country, "IND or India")
        + select("type", "event type", [("", "any"), *((e, e) for e in plover_events())], browsed.type)
        + select("quad", "quad class", quads, browsed.quad)
        + select("modality", "modality", [("all", "all"), *((m, m) for m in MODALITIES)], browsed.modality)
        + text("since", "since", browsed.since, "YYYY-MM-DD") + text("until", "until", browsed.until, "YYYY-MM-DD")
        + select("dataset", "dataset", [("", "all"), *((d, d) for d in datasets)], browsed.dataset)
        + text("place", "place", browsed.place, "Lahore or PAK")
        + "".join(f'<input type="hidden" name="{k}" value="{escape(v)}">' for k, v in browsed.params().items()
                  if k in ("doc_id", "story_id"))
        + f'<button>apply</button> <a href="{action}">clear</a></form>'
    )  # fmt: skip


def _documents_table(documents: pd.DataFrame, titles: dict[str, str]) -> str:
    if documents.empty:
        return '<p class="empty">No documents in the store.</p>'
    rows = "".join(
        f'<tr><td class="date">{escape(str(_json_value(d.date) or "undated"))}</td>'
        f'<td><a href="/document/{quote(str(d.doc_id))}">{escape(titles.get(d.doc_id, d.doc_id))}</a></td>'
        f'<td class="url">{escape(evidence.plain(d.url) or evidence.plain(d.source))}</td>'
        f'<td class="n"><a href="/events?{urlencode({"doc_id": d.doc_id})}">{int(d.n_events)}</a></td></tr>'
        for d in documents.itertuples()
    )
    return ('<table class="documents"><thead><tr><th>date</th><th>title</th><th>source</th><th>events</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")  # fmt: skip


def _page_links(path: str, page: int, pages: int) -> str:
    links = []
    if page > 1:
        links.append(f'<a rel="prev" href="{path}?page={page - 1}">← previous</a>')
    if page < pages:
        links.append(f'<a rel="next" href="{path}?page={page + 1}">next →</a>')
    return f'<p class="pager">{" · ".join(links)}</p>' if links else ""


@dataclass(frozen=True)
class _TiltSection:
    choice: TiltChoice | None  # None when the data has no tilt to measure
    period: str
    html: str


def _tilt_section(store: MemoStore, asked: tuple[str | None, ...], period: str | None, f: dict[str, Any]) -> _TiltSection:
    """The tilt chart of the state and sides asked for, what was not asked chosen from the data
    and said so; a store with no events between states has no tilt, and says why."""
    try:
        choice = store.tilt_choice(*asked, period, **f)
    except ChoiceError:  # an unknown state or side is the user's to fix: a 400 naming the choices
        raise
    except QueryError as e:
        return _TiltSection(None, period or "year", f'<h2>Tilt</h2><p class="empty">{escape(str(e))}</p>')
    tilt = store.tilt(choice.state, between=choice.between, and_=choice.and_, period=choice.period, **f)
    chosen = [what for what, given in zip(("state", "sides", "sides"), asked, strict=True) if not given]
    note = (f'<p class="hint">{" and ".join(dict.fromkeys(chosen)).capitalize()} chosen from the data: the state in most events '
            "and its most frequent counterparts; change them above.</p>" if chosen else "")  # fmt: skip
    heading = f"Tilt of {escape(choice.state)} between {escape(choice.between)} and {escape(choice.and_)}"
    return _TiltSection(choice, choice.period, f"<h2>{heading}</h2>{note}{views.tilt_chart(tilt, choice.period)}")


def _dyad_table(series: pd.DataFrame, period: str, query: str) -> str:
    rows = []
    for pair in views.main_pairs(series, top=50):
        own = views.pair_rows(series, pair)
        rows.append(
            f'<tr><td><a class="dyad-link" href="/dyad/{quote(pair.key)}{query}">{escape(pair.a)} – {escape(pair.b)}</a></td>'
            f"<td>{int(own['events'].sum())}</td>" + "".join(f"<td>{int(own[q].sum())}</td>" for q in ("q1", "q2", "q3", "q4"))
            + f"<td>{own['goldstein_sum'].sum():+.1f}</td>"
            f"<td>{charts.sparkline(own['goldstein_sum'].tolist(), title=f'{pair.key} Goldstein sum by {period}')}</td></tr>"
        )  # fmt: skip
    if not rows:
        return '<p class="empty">No events between two different actors.</p>'
    return (
        '<table class="dyads"><thead><tr><th>dyad</th><th>events</th><th>verbal coop.</th><th>material coop.</th>'
        "<th>verbal conflict</th><th>material conflict</th><th>Goldstein</th><th>trend</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table>"
    )  # fmt: skip


def _within(store: MemoStore, events: pd.DataFrame, since: str | None, until: str | None) -> pd.DataFrame:
    if since is None and until is None:
        return events
    keep = store.events(since=since, until=until)["event_id"]
    return events[events["event_id"].isin(keep)]


def _bounded(message: str) -> str:
    return message if len(message) <= MESSAGE_CHARS else message[:MESSAGE_CHARS] + "…"


def _error(request: Request, status: int, message: str) -> JSONResponse | HTMLResponse:
    message = _bounded(message)
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
    tilt: TiltChoice | None = None,
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
        + (_tilt_fields(tilt) if tilt else "") + "<button>apply</button></form>"
    )


def _tilt_fields(tilt: TiltChoice) -> str:
    """The tilt's state and sides, as chosen; a field left blank is chosen from the data again."""
    fields = (("state", "tilt of", tilt.state, "IND"), ("between", "between", tilt.between, "PAK or WEST"),
              ("and", "and", tilt.and_, "CHN"))  # fmt: skip
    return '<span class="tilt-fields">' + "".join(
        f'<label>{label} <input name="{name}" size="8" placeholder="{hint}" value="{escape(value)}"></label>'
        for name, label, value, hint in fields
    ) + "</span>"


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f'<style>{charts.CHART_CSS}</style><link rel="stylesheet" href="/static/realpolitik.css"></head>'
        '<body><nav class="top"><a href="/">overview</a><a href="/events">events</a><a href="/documents">documents</a>'
        '<a href="/map">map</a><a href="/docs">API</a></nav>'
        f'<main>{body}</main><script src="/static/dashboard.js"></script></body></html>'
    )
