"""The records that flow through the pipeline: small, frozen, typed.

Document -> (sentences) -> Event.  Every span is a pair of character offsets into
``Document.text``, the *cleaned* text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year", "range", "unknown"]
DateMethod = Literal["given", "inferred", "unknown"]
EventDatePrecision = Literal["day", "month", "year", "doc"]
Modality = Literal["asserted", "negated", "hypothetical", "future"]
Span = tuple[int, int]

# The dates a document may carry: news of two centuries either side of today's.  A year 1 or
# 9999 is a broken record, and relative dates ("last Monday") would fall off the calendar.
DATE_RANGE = (date(1800, 1, 1), date(2199, 12, 31))


@dataclass(frozen=True)
class DocumentDate:
    """When a document was written, and how we know.

    ``value`` is the best single date (the middle of a range when only a range is
    known); ``earliest``/``latest`` bound it.  ``evidence`` says why, in words a
    user can check against the text.
    """

    value: date | None
    precision: DatePrecision
    method: DateMethod
    evidence: str = ""
    earliest: date | None = None
    latest: date | None = None

    @classmethod
    def unknown(cls, evidence: str = "no date clue in the text") -> "DocumentDate":
        return cls(None, "unknown", "unknown", evidence)

    @classmethod
    def given(cls, value: date, evidence: str = "given") -> "DocumentDate":
        return cls(value, "day", "given", evidence, value, value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _iso(self.value),
            "precision": self.precision,
            "method": self.method,
            "evidence": self.evidence,
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
        }


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A cleaned document.  ``text`` is what every span refers to."""

    id: str
    text: str
    date: DocumentDate
    source: str = "<text>"
    url: str | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    """A resolved actor: what a name or noun phrase stands for.

    ``code`` is CAMEO-style: a country (``BLR``), a country plus sector (``BLRGOV``,
    ``RUSMIL``), or an IGO/bloc code (``EU``, ``NATO``).  ``entry`` names the
    dictionary entry that matched and ``matched`` the alias, so users can see why.
    """

    code: str
    name: str
    kind: str  # state | person | igo | sector | group | company | region
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    matched: str = ""
    entry: str = ""


@dataclass(frozen=True)
class ActorMention:
    """An actor found in running text; ``via`` says how the coder took it as an event's source or
    target (``subject``, ``agent``, ``object``, ``prep:against``, ``pronoun``, ``implicit:place``…).
    ``others``: the further actors the same words stand for ("lawmakers in Kenya and Uganda" is
    KENLEG and UGALEG; a name the dictionary gives several codes): each is a party of the events."""

    start: int
    end: int
    text: str
    actor: Actor
    via: str = field(default="", compare=False)
    others: tuple[Actor, ...] = ()

    def moved(self, by: int) -> ActorMention:
        """The same mention ``by`` characters further on (a sentence's mentions placed in its
        text); made directly: ``dataclasses.replace`` costs several times as much, for every
        mention of every sentence."""
        return ActorMention(self.start + by, self.end + by, self.text, self.actor, self.via, self.others)

    def each(self) -> list[ActorMention]:
        """One mention per actor the words stand for, the first being this one's."""
        return [self, *(replace(self, actor=a, others=()) for a in self.others)]


@dataclass(frozen=True, slots=True)
class EventActor:
    """An event's source or target: its words, code and country; ``via``: how the coder found it
    in the sentence; ``entry``: what the actor is (the dictionary entry, or ``open:PERSON`` for a
    name no dictionary knows, with ``+placed:…`` when the text gave its country)."""

    text: str
    code: str
    country: str | None
    span: Span
    via: str = field(default="", compare=False)
    entry: str = field(default="", compare=False)

    def moved(self, by: int) -> EventActor:
        """The actor with its span moved ``by`` characters (from a piece of a text into the whole)."""
        return replace(self, span=(self.span[0] + by, self.span[1] + by))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "country": self.country, "span": list(self.span),
                "via": self.via or None, "entry": self.entry or None}


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded act, with everything needed to check it against its sentence.

    Field names follow ``../shared/ref/event-contract.md``; ``to_dict`` gives the
    contract's JSON shape.
    """

    doc_id: str
    doc_date: date | None
    sentence_index: int
    sentence: str
    span: Span
    date: date | None
    date_precision: EventDatePrecision
    source: EventActor | None
    target: EventActor | None
    cameo: str
    quad_class: int
    goldstein: float
    plover_event: str
    plover_mode: str | None
    modality: Modality
    trigger_text: str
    trigger_span: Span
    location: Location | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    rule: str = field(default="", compare=False)

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def event_id(self) -> str:
        key = "|".join(
            [
                self.doc_id,
                str(self.sentence_index),
                self.source.code if self.source else "",
                self.target.code if self.target else "",
                # two mentions of one actor code ("the Kremlin", "Putin") are two events
                str(self.source.span[0]) if self.source else "",
                str(self.target.span[0]) if self.target else "",
                self.cameo,
                str(self.trigger_span[0]),
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def explain(self) -> str:
        """The event and how it was coded, for a reader: the rule that fired, how the source and
        target were found in the sentence and what they resolved to, where the date came from."""
        def side(actor: EventActor | None) -> str:
            if actor is None:
                return "none"
            return f"{actor.text!r} -> {actor.code} (country {actor.country or 'unknown'}; found as {actor.via or '?'}; actor {actor.entry or '?'})"

        return "\n".join([
            f"{self.doc_id}#{self.sentence_index}  {self.cameo} {self.plover_event or 'STATEMENT'} {self.modality}  "
            f"{self.source.code if self.source else '-'} -> {self.target.code if self.target else '-'}  {_iso(self.date)} ({self.date_precision})",
            f"  sentence: {self.sentence}",
            f"  trigger:  {self.trigger_text!r} at {list(self.trigger_span)}",
            f"  rule:     {self.rule or '?'}",
            f"  source:   {side(self.source)}",
            f"  target:   {side(self.target)}",
        ])

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "doc_date": _iso(self.doc_date),
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "span": list(self.span),
            "date": _iso(self.date),
            "date_precision": self.date_precision,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "modality": self.modality,
            "trigger": {"text": self.trigger_text, "span": list(self.trigger_span)},
            "location": self.location.to_dict() if self.location else None,
            "rule": self.rule or None,
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
