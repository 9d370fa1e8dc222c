"""Evidence as HTML: sentences and documents with the actors and triggers of coded events
marked, so a reader can check every number against the words it came from."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Highlight:
    """A span to mark: offsets into the text being shown, its kind (actor or trigger) and the
    events it belongs to."""

    start: int
    end: int
    kind: str
    event_id: str


def highlight(text: str, spans: Iterable[Highlight]) -> str:
    """``text`` as escaped HTML with every span wrapped in ``<mark>``; overlapping spans are cut
    at their boundaries so the marks never nest (a trigger wins over an actor)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(text[a:b])
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if not covering:
            out.append(piece)
            continue
        kind = "trigger" if any(s.kind == "trigger" for s in covering) else "actor"
        ids = " ".join(sorted({s.event_id for s in covering}))
        out.append(f'<mark class="{kind}" data-events="{escape(ids)}">{piece}</mark>')
    return "".join(out)


def event_highlights(event: Mapping[str, Any], offset: int = 0) -> list[Highlight]:
    """The source, target and trigger spans of one event row, shifted by ``-offset``."""
    out = []
    for kind, prefix in (
        ("actor", "source"),
        ("actor", "target"),
        ("trigger", "trigger"),
    ):
        start, end = event.get(f"{prefix}_start"), event.get(f"{prefix}_end")
        if pd.notna(start) and pd.notna(end):
            out.append(
                Highlight(
                    int(start) - offset, int(end) - offset, kind, str(event["event_id"])
                )
            )
    return out


def sentence_html(event: Mapping[str, Any]) -> str:
    """The event's sentence with its actors and trigger marked.  An imported event (GDELT,
    ICEWS…) has no sentence: where it comes from is shown instead."""
    if not plain(event.get("sentence")):
        origin = f"{plain(event.get('dataset'))} event {plain(event.get('original_id'))}, {plain(event.get('doc_id'))}"
        return f'<span class="imported">{escape(origin)}</span>'
    return highlight(
        str(event["sentence"]), event_highlights(event, int(event["sent_start"]))
    )


def plain(value: object) -> str:
    """A cell as text: "" for None and for the NaN pandas puts in empty string columns."""
    return (
        ""
        if value is None or (not isinstance(value, str) and pd.isna(value))
        else str(value)
    )


def _day(value: object) -> str:
    return (
        ""
        if value is None or pd.isna(value)
        else pd.Timestamp(value).date().isoformat()
    )


def who(source_code: object, target_code: object) -> str:
    """ "BLRGOV → RUS"; an event without a target (a statement) shows "—"."""
    return f"{plain(source_code) or '?'} → {plain(target_code) or '—'}"


def act_html(cameo_code: object, plover_event: object) -> str:
    """The CAMEO code with its name (from the ontology) and the PLOVER event, when there is one."""
    from ..coding.ontology import cameo
    from ..errors import RealpolitikError

    code = plain(cameo_code)
    try:
        name = cameo(code).name if code else ""
    except RealpolitikError:  # a code from an older ontology: show it bare
        name = ""
    plover = plain(plover_event)
    parts = [
        f'<span class="cameo">{escape(code)}</span>',
        f'<span class="cameo-name">{escape(name)}</span>' if name else "",
    ]
    if plover:
        parts.append(f'<span class="plover">{escape(plover)}</span>')
    return " ".join(p for p in parts if p)


def evidence_list(
    events: pd.DataFrame,
    *,
    document_label: Callable[[str], str] = escape,
    empty: str = "No coded events here.",
) -> str:
    """An ``<ol>`` of events: who did what to whom, when, with the highlighted sentence and
    the document it came from (``document_label`` renders a doc id, e.g. as a link)."""
    if events.empty:
        return f'<p class="empty">{escape(empty)}</p>'
    items = []
    for e in events.to_dict(orient="records"):  # dicts: a row as a Series costs ten times more
        plover = plain(e["plover_event"])
        what = f"CAMEO {escape(plain(e['cameo']))}{' · ' + escape(plover) if plover else ''} · Goldstein {float(e['goldstein']):+.1f}"
        modality = (
            ""
            if e["modality"] == "asserted"
            else f' <span class="modality">{escape(plain(e["modality"]))}</span>'
        )
        items.append(
            f'<li class="evidence-item" id="event-{escape(str(e["event_id"]))}" data-event="{escape(str(e["event_id"]))}">'
            f'<div class="meta"><span class="date">{_day(e["date"]) or _day(e["doc_date"]) or "undated"}</span> '
            f'<span class="who">{escape(who(e["source_code"], e["target_code"]))}</span> <span class="what">{what}</span>{modality}</div>'
            f'<blockquote class="sentence">{sentence_html(e)}</blockquote>'
            f'<div class="source">from {document_label(str(e["doc_id"]))}{_sentence_number(e)}</div></li>'
        )
    return '<ol class="evidence">' + "".join(items) + "</ol>"


def _sentence_number(event: Mapping[str, Any]) -> str:
    index = event.get("sentence_index")
    return "" if index is None or pd.isna(index) else f", sentence {int(index) + 1}"


def document_html(text: str, events: pd.DataFrame) -> str:
    """A whole cleaned document (line breaks kept by CSS) with every coded event's spans marked."""
    spans = [h for e in events.to_dict(orient="records") for h in event_highlights(e)]
    return f'<div class="document-text">{highlight(text, spans)}</div>'
