"""The faceted event browser: the filters a page was asked for, the events they select one page
at a time, how many events each facet value holds, and the table, facets and pager as HTML.

Every filter goes through the store's checks (``Store._checked``): an unknown country, event
type, quad class, modality or dataset is an error naming the valid choices, never an empty page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

import pandas as pd

from ..report import charts, evidence
from ..store import Store

PER_PAGE = 50
FACET_VALUES = 12  # the most frequent values of a facet; the filter box takes any other


@dataclass(frozen=True)
class Browse:
    """What the user filtered the events by (query parameter names as the page spells them)."""

    q: str | None = None
    actor: str | None = None
    country: str | None = None
    type: str | None = None
    quad: str | None = None
    modality: str = "all"
    since: str | None = None
    until: str | None = None
    dataset: str | None = None
    place: str | None = None
    doc_id: str | None = None
    story_id: str | None = None

    def store_filters(self) -> dict[str, Any]:
        """The filters as ``Store.events`` takes them."""
        return {
            "text": self.q, "actor": self.actor, "country": self.country, "event_type": self.type,
            "quad_class": self.quad, "modality": self.modality or "all", "since": self.since or None,
            "until": self.until or None, "dataset": self.dataset, "place": self.place or None, "doc_id": self.doc_id or None,
            "story_id": self.story_id or None,
        }  # fmt: skip

    def params(self, **changes: Any) -> dict[str, str]:
        """The non-empty parameters, with ``changes`` applied (None removes one)."""
        given = {**dataclasses.asdict(self), **changes}
        return {k: str(v) for k, v in given.items() if v not in (None, "") and not (k == "modality" and v == "all")}

    def url(self, path: str = "/events", **changes: Any) -> str:
        params = self.params(**changes)
        return path + ("?" + urlencode(params) if params else "")


# Facet name as the store counts it -> the page's parameter that filters by it, and its heading.
FACETS = {
    "country": ("country", "country"),
    "actor": ("actor", "actor"),
    "event_type": ("type", "event type (PLOVER)"),
    "quad_class": ("quad", "quad class"),
    "modality": ("modality", "modality"),
    "year": ("since", "year"),
    "place": ("place", "place"),
    "dataset": ("dataset", "dataset"),
}


@dataclass(frozen=True)
class EventPage:
    """One page of the events a Browse selects, with the total and the facet counts."""

    events: pd.DataFrame
    total: int
    page: int
    per_page: int
    facets: dict[str, pd.DataFrame]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def event_page(store: Store, browse: Browse, page: int = 1, per_page: int = PER_PAGE) -> EventPage:
    """The ``page``-th page of the events ``browse`` selects (the last one when past the end)."""
    filters = browse.store_filters()
    total = store.count(**filters)
    page = min(page, max(1, -(-total // per_page)))
    events = store.events(**filters, limit=per_page, offset=(page - 1) * per_page)
    facets = {name: store.facet(name, top=FACET_VALUES, **filters) for name in FACETS}
    return EventPage(events, total, page, per_page, facets)


def facets_html(result: EventPage, browse: Browse) -> str:
    """Each facet's most frequent values as links that add the value to the filters."""
    parts = []
    for name, (param, heading) in FACETS.items():
        values = result.facets[name]
        if values.empty:
            continue
        items = "".join(
            f'<li><a href="{escape(_facet_url(browse, param, name, value))}">{escape(_facet_label(name, value))}</a>'
            f' <span class="count">{int(n)}</span></li>'
            for value, n in values.itertuples(index=False)
        )
        active = browse.params().get(param)
        clear = f' <a class="clear" href="{escape(browse.url(**_cleared(param)))}">× {escape(active)}</a>' if active else ""
        parts.append(f'<div class="facet" data-facet="{escape(name)}"><h3>{escape(heading)}{clear}</h3><ul>{items}</ul></div>')
    return '<aside class="facets">' + "".join(parts) + "</aside>"


def _facet_url(browse: Browse, param: str, name: str, value: object) -> str:
    if name == "year":
        return browse.url(since=str(value), until=str(value), page=None)
    return browse.url(**{param: str(value)})


def _cleared(param: str) -> dict[str, Any]:
    return {"since": None, "until": None} if param == "since" else {param: None}


def _facet_label(name: str, value: object) -> str:
    if name == "quad_class":
        return f"{value} {charts.QUAD_NAMES.get(int(value), '')}"  # type: ignore[call-overload]
    return str(value)


def events_table(result: EventPage, browse: Browse, document_label: Callable[[str], str]) -> str:
    """The page's events: date, who → whom (links to the actor pages), the act, the sentence
    with the actors and trigger marked, and the document and story they come from."""
    if result.events.empty:
        return '<p class="empty">No event matches these filters.</p>'
    rows = [_event_row(e, browse, document_label) for e in result.events.to_dict(orient="records")]
    return (
        '<table class="events"><thead><tr><th>date</th><th>who</th><th>act</th><th>sentence</th><th>source</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _event_row(e: dict[str, Any], browse: Browse, document_label: Callable[[str], str]) -> str:
    day = evidence.plain(e["date"])[:10] or evidence.plain(e["doc_date"])[:10] or "undated"
    modality = "" if e["modality"] == "asserted" else f' <span class="modality">{escape(str(e["modality"]))}</span>'
    story = evidence.plain(e["story_id"])
    # the whole story, every mention of the act whatever the other filters
    story_link = f' · <a class="story" href="{escape(Browse(story_id=story).url())}">story</a>' if story else ""
    return (
        f'<tr class="event" data-event="{escape(str(e["event_id"]))}"><td class="date">{escape(day)}</td>'
        f'<td class="who">{_actor_link(e["source_code"], "?")} → {_actor_link(e["target_code"], "—")}</td>'
        f'<td class="act">{evidence.act_html(e["cameo"], e["plover_event"])}'
        f'<span class="quad q{int(e["quad_class"])}">{escape(charts.QUAD_NAMES[int(e["quad_class"])])}</span>{modality}</td>'
        f'<td class="sentence">{evidence.sentence_html(e)}</td>'
        f'<td class="source">{document_label(str(e["doc_id"]))}{story_link}</td></tr>'
    )


def _actor_link(code: object, missing: str) -> str:
    text = evidence.plain(code)
    return f'<a href="/actor/{quote(text)}">{escape(text)}</a>' if text else missing


def pager(result: EventPage, browse: Browse) -> str:
    """Previous/next links and where this page is among the matching events."""
    first = (result.page - 1) * result.per_page + 1 if result.total else 0
    last = min(result.total, result.page * result.per_page)
    links = [f"events {first}–{last} of {result.total}"]
    if result.page > 1:
        links.insert(0, f'<a rel="prev" href="{escape(browse.url(page=result.page - 1))}">← previous</a>')
    if result.page < result.pages:
        links.append(f'<a rel="next" href="{escape(browse.url(page=result.page + 1))}">next →</a>')
    return '<p class="pager">' + " · ".join(links) + "</p>"
