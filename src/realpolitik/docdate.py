"""When was a document written?  Inferred from the clues in its own text.

A wire-style dateline at the top ("MINSK, March 7, 2014 —") is the writing day itself and
beats every other clue; a yearless one ("KYIV, Oct 3 (AP) —") takes its year from them.
Every clue bounds the writing date: a cited date ("(TASS, January 1, 2016)") means on
or after it, and -- being the freshest thing the author knew -- shortly after; a partial
date ("On 7 March") takes its year from the other clues and means a few weeks later; a
landmark event (``data/calendar.yaml``) means after it; "nine months since the
presidential election" means about then; an official named as serving now ("the
Ukrainian Prime Minister ... Azarov") means within his term.  The clues are intersected,
strongest first; a clue that contradicts stronger ones is dropped.  Never today's date.
"""

from __future__ import annotations

import bisect
import calendar as _calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from .anycase import lowered, lowered_matches, word_matches
from .datafiles import layered
from .errors import InputError, RealpolitikError
from .records import DocumentDate

# How long after its freshest dated reference a text is written, in days.
CITED_WINDOW = 21  # a source citation or a yearless "On 7 March"
NARRATIVE_WINDOW = 90  # a full date in the running text
MONTH_WINDOW = 120
YEAR_WINDOW = 365
_WINDOW_WORDS = {CITED_WINDOW: "3 weeks", NARRATIVE_WINDOW: "3 months", MONTH_WINDOW: "4 months", YEAR_WINDOW: "a year"}

_MONTHS = {m.lower(): i for i, m in enumerate(_calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(_calendar.month_abbr) if m}
_MONTHS["sept"] = 9
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAYS = rf"(?:\d{{1,2}}\s*[-–]\s*)?{_DAY}"  # "3-4 October": the last day counts
_YEAR = r"((?:19|20)\d\d)"
_FULL_MDY = re.compile(rf"\b{_MONTH} {_DAYS},? {_YEAR}\b")
_FULL_DMY = re.compile(rf"\b{_DAYS} (?:of )?{_MONTH},? {_YEAR}\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_PART_MD = re.compile(rf"\b{_MONTH} {_DAYS}\b(?!,? ?\d)")
_PART_DM = re.compile(rf"\b{_DAYS} (?:of )?{_MONTH}(?!,? ?\d)")
_MONTH_YEAR = re.compile(rf"\b{_MONTH},? (?:of )?{_YEAR}\b")
_YEAR_ALONE = re.compile(r"(?<![\d$€£.,-])\b((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b(?![\d%]|\.\d)")
_CITED = re.compile(r"(\(|\baccessed|\bretrieved|\bupdated|\bpublished|\bposted)[^()]{0,120}$", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(will|shall|would|going to|plans?|planned|planning|projected|projection|forecast\w*|expected|"
    r"scheduled|due|upcoming|next|until|by the end of|ahead of|target\w*)\b",
    re.IGNORECASE,
)
_FORWARD_YEAR = re.compile(r"\b(for|until|by|through|in)\s*$", re.IGNORECASE)
_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])} | {"a": 1, "an": 1}  # fmt: skip
_NUMBER = r"(\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_SINCE = re.compile(rf"\b{_NUMBER}\s+(day|week|month|year)s?\s+(?:have passed\s+|has passed\s+)?(since|after)\b", re.IGNORECASE)
_QUALIFIER = re.compile(r"\b(nearly|almost|about|around|roughly|some|over|more than|just over|just under|less than)\s+$", re.IGNORECASE)
_LATER = re.compile(rf"\b{_NUMBER}\s+years?\s+later\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b[Ii]n ((?:19|20)\d\d)\b")
_YEAR_START = re.compile(r"\blast year (ended|closed|finished)\b|\bthe (past|previous) year ended\b|\bat the (start|beginning) of (the|this) year\b", re.IGNORECASE)
_QUANTITY_BEFORE = re.compile(r"\b(about|some|over|nearly|almost|than|around|up to|to|of|only|just)\s+$", re.IGNORECASE)
_QUANTITY_AFTER = re.compile(
    r"\s+(people|persons|troops|soldiers|men|women|workers|residents|protesters|members|votes|cases|km|kilometres|"
    r"kilometers|miles|tonnes|tons|barrels|dollars|euros|roubles|rubles|units|jobs|pages)\b", re.IGNORECASE
)
_FORMER = re.compile(r"\b(former|ex-|then-|late|previous|outgoing|erstwhile)\s*(?:[A-Z][\w'’]*\s+)?$", re.IGNORECASE)


class _WordStart:
    r"""A pattern that opens with ``opening`` (``\b``, after a look-behind for the characters
    ``not_after``) and then a word character, searched without the opening: the engine skips to
    the places where the pattern's first characters stand only when it opens with them, and an
    opening assertion hides them.  The boundary and ``not_after`` are tested by hand on each match
    found: the same matches, several times faster over a whole text."""

    def __init__(self, pattern: re.Pattern[str], opening: str = r"\b", not_after: str = "") -> None:
        if not pattern.pattern.startswith(opening):
            raise ValueError(f"{pattern.pattern!r} does not open with {opening!r}")
        self._rest = re.compile(pattern.pattern[len(opening):], pattern.flags)
        self._not_after = not_after

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        at = 0
        while (m := self._rest.search(text, at)) is not None:
            before = text[m.start() - 1] if m.start() else ""
            # (\w is what str.isalnum says, and the underscore)
            if before.isalnum() or before == "_" or (before and before in self._not_after):
                at = m.start() + 1  # no match starts here: the next may start inside this one
                continue
            yield m
            at = m.end()


# (not the day-month dates: they open with an optional "3-" of "3-4 October", which hides their
# first characters from the engine whether or not a \b stands before it)
_FULL_MDY_AT, _ISO_AT, _MONTH_YEAR_AT, _PART_MD_AT = (_WordStart(p) for p in (_FULL_MDY, _ISO, _MONTH_YEAR, _PART_MD))
_YEAR_ALONE_AT = _WordStart(_YEAR_ALONE, r"(?<![\d$€£.,-])\b", "$€£.,-")  # (a digit is a word character)


@dataclass(frozen=True)
class Clue:
    """One piece of dating evidence: the document was written in [earliest, latest]."""

    earliest: date | None
    latest: date | None
    weight: int  # stronger clues win when clues disagree
    evidence: str
    anchor: date | None = None  # a dated reference the author knew of ...
    window: int = 0  # ... and wrote at most this many days after


@dataclass(frozen=True)
class Event:
    name: str
    dates: tuple[date, ...]
    mentioned_before: int
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (literal that must occur, or "", pattern)
    context: tuple[str, ...] = ()  # any one of these must be in the text
    requires: tuple[str, ...] = ()  # all of these must be in the text (cheap check before the patterns)


@dataclass(frozen=True)
class Calendar:
    events: tuple[Event, ...]
    adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)


class RoleSource(Protocol):
    """What dating needs from the actor dictionary (realpolitik.actors.ActorDictionary)."""

    def find_mentions(self, text: str, on: date | None = None) -> list[Any]: ...

    def roles(self, person: str) -> list[Any]: ...


def load_calendar(extra: Sequence[Path] = ()) -> Calendar:
    """The shipped landmark calendar plus the users' own YAML files (same shape)."""
    return _load_calendar(tuple(Path(p) for p in extra))


@lru_cache(maxsize=8)
def _load_calendar(extra: tuple[Path, ...]) -> Calendar:
    events: list[Event] = []
    adjectives: dict[str, tuple[str, ...]] = {}
    # a bad calendar file is an input error, as a bad boilerplate file is
    for layer in layered("realpolitik.data", "calendar.yaml", extra, error=InputError):
        for code, words in (layer.data.get("adjectives") or {}).items():
            adjectives[code] = tuple(adjectives.get(code, ())) + tuple(words)
        for i, raw in enumerate(layer.data.get("events") or []):
            events.append(_event(raw, f"{layer.name}: event {i + 1}"))
    return Calendar(tuple(events), adjectives)


def _event(raw: dict, where: str) -> Event:
    try:
        dates = raw.get("dates") or [raw["date"]]
        dates = tuple(sorted(d if isinstance(d, date) else date.fromisoformat(str(d)) for d in dates))
        patterns = [(p.lower(), re.compile(rf"\b{re.escape(p)}(?!\w)", re.IGNORECASE)) for p in raw.get("phrases", [])]
        patterns += [("", re.compile(p, re.IGNORECASE)) for p in raw.get("patterns", [])]
        return Event(
            raw["name"], dates, int(raw.get("mentioned_before", 0)), tuple(patterns),
            tuple(raw.get("context", ())), tuple(raw.get("requires", ())),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError, re.error) as e:
        raise InputError(where, f"malformed calendar event ({e}); needs name, date or dates, phrases or patterns") from e


def infer_document_date(
    text: str, *, calendar: Calendar | None = None, actors: RoleSource | None = None
) -> DocumentDate:
    """The writing date of ``text`` from its own clues, with the evidence; unknown if none."""
    calendar = calendar or load_calendar()
    if actors is None:
        actors = _default_actors()
    anchors = _full_dates(text) + _month_years(text) + _years(text)
    event_clues, mentions = _event_clues(text, calendar)
    clues = [
        *anchors, *event_clues, *_relative_clues(text, mentions),
        *_deictic_clues(text), *_role_clues(text, actors, calendar),
    ]  # fmt: skip
    lo, hi, _ = _combine(clues)
    clues += _dateline_clue(text, lo, hi)
    lo, hi, _ = _combine(clues)
    clues += _partial_dates(text, lo, hi, anchors)
    return _verdict(text, clues)


def _default_actors() -> RoleSource | None:
    try:
        from .actors import load_actors  # type: ignore[attr-defined]

        return load_actors()
    except (ImportError, RealpolitikError):  # the actor dictionary is optional evidence: dating works without it
        return None


# ---- explicit dates -----------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence-ish text before and after a match."""
    before = text[max(0, start - 200) : start]
    before = re.split(r"(?<=[.!?])\s+|\n", before)[-1]
    after = re.split(r"(?<=[.!?])\s+|\n", text[end : end + 200])[0]
    return before, after


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the date is spoken of as coming: a future word in its clause."""
    before, after = _context(text, start, end)
    before = re.split(r"[,;:(]", before[-80:])[-1] if len(before) > 80 else before
    return bool(_FUTURE.search(before) or _FUTURE.search(re.split(r"[,;:)]", after)[0][:50]))


def _full_dates(text: str) -> list[Clue]:
    dateline = _dateline(text)
    clues = []
    for order, found in zip(("mdy", "dmy", "iso"), _full_matches(text)):
        for m in found:
            if order == "mdy":
                d = _make_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
            elif order == "dmy":
                d = _make_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
            else:
                d = _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is None:
                continue
            quoted = _quote(text, m.start(), m.end())
            line = _line_of(text, m.start(), m.end())
            if dateline is not None and dateline.start <= m.start() < dateline.end:
                continue  # the dateline is its own, stronger clue
            if _is_publication_line(text, m.start(), m.end()):
                clues.append(Clue(d, d, 6, f"publication date {line.strip()[:80]!r}"))
            elif _labelled(_UPDATED, text, m.start()):
                clues.append(Clue(None, d, 5, f"updated {quoted}"))
            elif _is_future(text, m.start(), m.end()) and not _CITED.search(text[: m.start()][-130:]):
                clues.append(Clue(None, d, 2, f"written before the coming date {quoted}"))
            elif _CITED.search(text[: m.start()][-130:]):
                clues.append(Clue(d, None, 5, f"cites {quoted}", d, CITED_WINDOW))
            else:
                clues.append(Clue(d, None, 4, f"mentions {quoted}", d, NARRATIVE_WINDOW))
    return clues


_PUBLISHED = re.compile(r"\s*(published|posted|first published|publication date|date)\b( on)?\s*:?\s*", re.IGNORECASE)
# A byline may open the line: "By Daiva Petrauskaitė · Published December 7, 2023".
_BYLINE = re.compile(r"\s*by\s+(\w)[^\n]{0,80}?[\s|·•,–—-](published|posted|first published)( on)?\s*:?\s*", re.IGNORECASE)
_UPDATED = re.compile(r"\s*(updated|last updated|last modified|modified)\b( on)?\s*:?\s*", re.IGNORECASE)
_TIME_OR_DAY = re.compile(  # what may stand beside a publication date on its line
    r"(?:[\s,|·•–—-]*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|"
    r"(?:utc|gmt|cet|eet|msk|est|edt)(?:[+-]\d+)?))*[\s,|·•–—-]*", re.IGNORECASE
)


def _line_of(text: str, start: int, end: int) -> str:
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if line_end == -1 else line_end]


def _labelled(label: re.Pattern[str], text: str, start: int) -> bool:
    """Whether the date at ``start`` opens its line after ``label`` ("Updated: ...")."""
    m = label.match(text, text.rfind("\n", 0, start) + 1)
    return bool(m) and m.end() == start


def _after_byline(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows "By <Name> … Published" at the start of its line
    (a name, capitalised: "By then the report, published …" is a sentence)."""
    m = _BYLINE.match(text, text.rfind("\n", 0, start) + 1)
    return bool(m) and m.end() == start and m.group(1).isupper()


def _is_publication_line(text: str, start: int, end: int) -> bool:
    """"Published: 12 March 2019" anywhere, or a line near the top holding only a date."""
    if _labelled(_PUBLISHED, text, start) or _after_byline(text, start):
        return True
    top = -1
    for _ in range(5):  # a bare date line counts only in the first paragraphs
        top = text.find("\n\n", top + 1)
        if top == -1:
            break
    if top != -1 and start > top:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line = _line_of(text, start, end)
    return bool(_TIME_OR_DAY.fullmatch(line[: start - line_start]) and _TIME_OR_DAY.fullmatch(line[end - line_start :]))


def _quote(text: str, start: int, end: int, pad: int = 0) -> str:
    # widen to the enclosing parenthesis or a few words, so the user can find the spot
    left = text.rfind("(", max(0, start - 60), start)
    right = text.find(")", end, end + 5)
    if left != -1 and right != -1 and "\n" not in text[left:right]:
        return repr(text[left : right + 1])
    begin = start
    for _ in range(3 * pad):  # up to three words of the same sentence before the match
        space = text.rfind(" ", max(0, begin - 30), max(0, begin - 1))
        if space == -1 or re.search(r"[.!?]\s|\n", text[space:start]):
            break
        begin = space + 1
    quoted = text[begin:end]
    return repr(quoted if len(quoted) <= 80 else quoted[:38] + " … " + quoted[-38:])


def _spans(clue_matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in clue_matches]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end] lies within one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][1] >= end


@lru_cache(maxsize=4)  # asked for by the full dates' clues and the spans no other clue reads
def _full_matches(text: str) -> tuple[list[re.Match[str]], ...]:
    """The matches of _FULL_MDY, _FULL_DMY and _ISO."""
    return tuple(list(p.finditer(text)) for p in (_FULL_MDY_AT, _FULL_DMY, _ISO_AT))


@lru_cache(maxsize=4)
def _month_year_matches(text: str) -> list[re.Match[str]]:
    return list(_MONTH_YEAR_AT.finditer(text))


@lru_cache(maxsize=4)  # asked for by three clue finders on the same text
def _full_spans(text: str) -> list[tuple[int, int]]:
    """Full dates and the dateline: the text no weaker clue may read again."""
    spans = _spans([m for found in _full_matches(text) for m in found])
    dateline = _dateline(text)
    if dateline is not None:
        spans = [s for s in spans if not dateline.start <= s[0] < dateline.end] + [(dateline.start, dateline.end)]
    return sorted(spans)


# ---- datelines ("MINSK, March 7, 2014 —") --------------------------------------------

# A place in capitals ("NUR-SULTAN") or in title case ("St. Petersburg"), maybe more of it
# after commas ("WASHINGTON, D.C.", "MINSK, Belarus"), an agency in brackets or slashes anywhere,
# a comma, a date, and a dash, a colon or (after a numeric date) a full stop: the wire services'
# ways of saying where and when a story was filed.
_DATELINE_HEAD = re.compile(r"^(?P<head>[^\n]{4,90}?)\s*(?:[—–-]{1,2}|:|(?<=\d)\.)(?=\s|$)", re.MULTILINE)
_AGENCY = re.compile(r"\s*(?:\([^()\n]{1,30}\)|/[A-Za-z][^/\n]{0,29}/)\s*")  # "/BelTA/", not "7/03/2014"
# (the small words of a longer name are allowed: "Democratic Republic of Congo", "Bosnia and Herzegovina")
# (accented letters too: "ASUNCIÓN", "BOGOTÁ", "SÃO PAULO", "Bogotá")
_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:(?:[ /]|\s(?:OF|AND|THE|DE|DEL|DA|DO|DU|LA|EL)\s)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3}"
                    r"|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'’-]+(?:(?:[ /-]|\s(?:of|and|the|de|del|da|do|du|la|el)\s)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'’-]+){0,3}")
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
_DATELINE_MD = re.compile(rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?")
_DATELINE_DM = re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
_DATELINE_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)")  # day first, as in Europe
_DATELINE_TOP = 3  # a dateline opens one of the first paragraphs (a title may come first)


@dataclass(frozen=True)
class _Dateline:
    month: int
    day: int
    year: int | None
    start: int
    end: int
    quote: str


def opening_end(text: str, paragraphs: int = _DATELINE_TOP) -> int:
    """Where the first ``paragraphs`` paragraphs end: a dateline opens one of them."""
    top = -1
    for _ in range(paragraphs):
        top = text.find("\n\n", top + 1)
        if top == -1:
            return len(text)
    return top


@lru_cache(maxsize=4)
def _dateline(text: str) -> _Dateline | None:
    """The wire-style dateline near the top of the text, if any."""
    for m in _DATELINE_HEAD.finditer(text, 0, opening_end(text)):
        parts = [p.strip() for p in _AGENCY.sub(" ", m.group("head")).split(",")]
        for k in range(1, len(parts)):  # the place is the first k parts, the date the rest
            if not all(_PLACE.fullmatch(p) for p in parts[:k]):
                break
            parsed = _dateline_date(_WEEKDAY.sub("", ", ".join(parts[k:]), count=1))
            if parsed is not None:
                month, day, year = parsed
                return _Dateline(month, day, year, m.start(), m.end(), m.group(0).strip())
    return None


def _dateline_date(when: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a dateline's date, if it is one and a real day."""
    if m := _DATELINE_MD.fullmatch(when):
        month, day, year = _MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
    elif m := _DATELINE_DM.fullmatch(when):
        month, day, year = _MONTHS[m.group(2).lower()], int(m.group(1)), m.group(3)
    elif m := _DATELINE_NUMERIC.fullmatch(when):
        month, day, year = int(m.group(2)), int(m.group(1)), m.group(3)
    elif m := _ISO.fullmatch(when):
        month, day, year = int(m.group(2)), int(m.group(3)), m.group(1)
    else:
        return None
    if _make_date(int(year) if year else 2000, month, day) is None:  # 2000: 29 February is allowed
        return None
    return month, day, int(year) if year else None


def dateline_day(text: str, reference: date | None) -> date | None:
    """The day the text's wire dateline gives ("MOSCOW, November 24, 2015 —"); a yearless one
    ("KYIV, Oct 3 (AP) —") the latest such day not after ``reference``, if any."""
    dateline = _dateline(text)
    if dateline is None:
        return None
    if dateline.year is not None:
        return _make_date(dateline.year, dateline.month, dateline.day)
    return None if reference is None else _place_in_year(dateline.month, dateline.day, None, reference)


def _dateline_clue(text: str, lo: date | None, hi: date | None) -> list[Clue]:
    """The dateline's day, the strongest clue there is; a yearless one ("KYIV, Oct 3 (AP) —")
    takes the year the other clues allow, and says nothing without them."""
    dateline = _dateline(text)
    if dateline is None:
        return []
    if dateline.year is not None:
        d = _make_date(dateline.year, dateline.month, dateline.day)
        return [Clue(d, d, 7, f"dateline {dateline.quote!r}")]
    if lo is None and hi is None:
        return []
    d = _place_in_year(dateline.month, dateline.day, lo, hi)
    if d is None:
        return []
    return [Clue(d, d, 7, f"dateline {dateline.quote!r} read as {d.isoformat()} (the year the other clues allow)")]


def _month_years(text: str) -> list[Clue]:
    full = _full_spans(text)
    clues = []
    for m in _month_year_matches(text):
        if _inside(full, m.start(), m.end()):
            continue
        year, month = int(m.group(2)), _MONTHS[m.group(1).lower()]
        first, last = date(year, month, 1), date(year, month, _calendar.monthrange(year, month)[1])
        quoted = _quote(text, m.start(), m.end(), pad=1)
        if _is_future(text, m.start(), m.end()):
            clues.append(Clue(None, last, 1, f"written before the coming month {quoted}"))
        else:
            clues.append(Clue(first, None, 3, f"mentions {quoted}", last, MONTH_WINDOW))
    return clues


def _years(text: str) -> list[Clue]:
    taken = sorted([*_full_spans(text), *_spans(_month_year_matches(text))])
    clues = []
    for m in _YEAR_ALONE_AT.finditer(text):
        if _inside(taken, m.start(), m.end()):
            continue
        if _QUANTITY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _QUANTITY_AFTER.match(text, m.end()):
            continue  # "some 2000 troops" is a number, not a year
        first_year = int(m.group(1))
        last_year = int(m.group(2) or first_year)
        quoted = _quote(text, m.start(), m.end(), pad=1)
        before, _ = _context(text, m.start(), m.end())
        if _is_future(text, m.start(), m.end()) or _FORWARD_YEAR.search(before) and m.group(2):
            clues.append(Clue(None, date(last_year, 12, 31), 1, f"written before the end of {quoted}"))
        else:
            clues.append(Clue(date(first_year, 1, 1), None, 2, f"mentions {quoted}", date(last_year, 12, 31), YEAR_WINDOW))
    return clues


# ---- partial dates ("On 7 March") ---------------------------------------------------


def _partial_dates(text: str, lo: date | None, hi: date | None, anchors: list[Clue]) -> list[Clue]:
    """Yearless day-month dates, given the year that fits the other clues best."""
    if lo is None and hi is None:
        return []
    taken = _full_spans(text)
    known = {(c.anchor.month, c.anchor.day): c for c in anchors if c.anchor and c.window != YEAR_WINDOW}
    clues = []
    for pattern, month_group in ((_PART_MD_AT, 1), (_PART_DM, 2)):
        for m in pattern.finditer(text):
            if _inside(taken, m.start(), m.end()):
                continue
            month, day = _MONTHS[m.group(month_group).lower()], int(m.group(3 - month_group))
            same = known.get((month, day))
            if same is not None:  # a repeat of a full date given elsewhere ("effective January 1")
                continue
            d = _place_in_year(month, day, lo, hi)
            if d is None:
                continue
            quoted = _quote(text, m.start(), m.end(), pad=1)
            if _is_future(text, m.start(), m.end()):
                clues.append(Clue(None, d, 1, f"written before the coming {quoted} ({d.isoformat()})"))
            else:
                clues.append(Clue(d, None, 3, f"partial date {quoted} read as {d.isoformat()} (the year the other clues allow)", d, CITED_WINDOW))
    return clues


def _place_in_year(month: int, day: int, lo: date | None, hi: date | None) -> date | None:
    """The latest such day not after ``hi`` (and within a year before ``lo``), else the first
    one from a month before ``lo``: a yearless date is recent for the author."""
    if hi is not None:
        for year in range(hi.year, hi.year - 3, -1):
            d = _make_date(year, month, day)
            if d and d <= hi:
                return d if lo is None or d >= lo - timedelta(days=366) else None
        return None
    assert lo is not None
    for year in range(lo.year - 1, lo.year + 2):
        d = _make_date(year, month, day)
        if d and d >= lo - timedelta(days=31):
            return d
    return None


# ---- landmark events and relative phrases -------------------------------------------


@dataclass(frozen=True)
class _Mention:
    event: Event
    occurrence: date | None  # None: a series occurrence not pinned by the text
    start: int
    end: int


def _event_clues(text: str, calendar: Calendar) -> tuple[list[Clue], list[_Mention]]:
    """One clue per landmark event the text mentions (after it; or shortly before it when
    every mention speaks of it as still to come), and every mention, for relative phrases."""
    mentions: list[_Mention] = []
    low = lowered(text)
    lower = text.lower() if low is None else low
    for event in calendar.events:
        if event.context and not any(c.lower() in lower for c in event.context):
            continue
        if not all(r.lower() in lower for r in event.requires):
            continue
        for literal, pattern in event.patterns:
            if literal not in lower:  # a plain substring test is far cheaper than the regex
                continue
            for m in word_matches(pattern, literal, text, low):
                mentions.append(_Mention(event, _occurrence(event, text, m.start(), m.end()), m.start(), m.end()))
    by_event: dict[tuple[str, date], list[_Mention]] = {}
    for mention in mentions:
        if mention.occurrence is not None:
            by_event.setdefault((mention.event.name, mention.occurrence), []).append(mention)
    clues = []
    for (name, occurrence), found in by_event.items():
        event = found[0].event
        earliest = occurrence - timedelta(days=event.mentioned_before)
        past = [m for m in found if not (event.mentioned_before and _is_future(text, m.start, m.end))]
        quoted = _quote(text, (past or found)[0].start, (past or found)[0].end, pad=1)
        if past:
            clues.append(Clue(earliest, None, 3, f"mentions {name} ({occurrence.isoformat()}): {quoted}"))
        else:
            clues.append(Clue(earliest, occurrence, 3, f"written before {name} ({occurrence.isoformat()}), still to come: {quoted}"))
    return clues, mentions


def _occurrence(event: Event, text: str, start: int, end: int) -> date | None:
    if len(event.dates) == 1:
        return event.dates[0]
    near = text[max(0, start - 40) : end + 40]
    months = {_MONTHS[m.group(1).lower()] for m in re.finditer(_MONTH, near)}
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", near)}
    fits = [d for d in event.dates if (not months or d.month in months) and (not years or d.year in years)]
    return fits[0] if len(fits) == 1 and (months or years) else None


def _relative_clues(text: str, mentions: list[_Mention]) -> list[Clue]:
    clues = []
    pinned = {m.event.name: m.occurrence for m in mentions if m.occurrence is not None}
    lowered_text = lowered(text)  # (the matches' groups are lowered: _amount and the units read them so)
    for m in lowered_matches(_SINCE, text, lowered_text) if mentions else ():  # "two years since" needs an event named after it
        q = _QUALIFIER.search(text, max(0, m.start() - 16), m.start())
        qualifier, amount, unit = (q.group(1).lower() if q else ""), _amount(m.group(1)), m.group(2).lower()
        after = sorted((e for e in mentions if m.end() <= e.start <= m.end() + 60), key=lambda e: e.start)
        if not after:
            continue
        event = after[0].event
        occurrence = after[0].occurrence or pinned.get(event.name)
        if occurrence is None:
            continue
        low, high = _elapsed(occurrence, amount, unit, qualifier)
        why = f"{text[q.start() if q else m.start():after[0].end].strip()!r} with {event.name} on {occurrence.isoformat()}"
        clues.append(Clue(low, high, 4, why))
    for m in lowered_matches(_LATER, text, lowered_text):
        years = list(_IN_YEAR.finditer(text, max(0, m.start() - 300), m.start()))
        if not years:
            continue
        year = int(years[-1].group(1)) + _amount(m.group(1))
        why = f"{years[-1].group(0)!r} ... {text[m.start():m.end()]!r} = {year}"
        clues.append(Clue(date(year, 1, 1), date(year + 1, 12, 31), 3, why))
    return clues


_DEICTIC = re.compile(r"\b(last|this|earlier this|later this|past) (month|year)\b", re.IGNORECASE)
_ENDED = re.compile(r"\s+(ended|closed|finished)")


def _deictic_clues(text: str) -> list[Clue]:
    """"last month" / "this year" in a sentence that also names the month or year meant:
    "Last year, in 2015, ..." puts the text in 2016."""
    clues = []
    for m in lowered_matches(_DEICTIC, text, lowered(text)):  # (its groups lowered)
        said = text[m.start() : m.end()]
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min(i for i in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if i != -1)
        if _ENDED.match(text, m.end()):
            continue  # "last year ended with ..." is _year_start's
        # the month or year meant stands close by, outside any citation in parentheses
        sentence = re.sub(r"\([^()]*\)", "", text[max(start, m.start() - 40) : min(end, m.end() + 40)])
        which, unit = m.group(1).lower(), m.group(2).lower()
        step = -1 if which in ("last", "past") else 0
        named = _MONTH_YEAR.search(sentence) or _FULL_MDY.search(sentence) or _FULL_DMY.search(sentence)
        if unit == "month" and named:
            month_name = next(g for g in named.groups() if g and g.lower() in _MONTHS)
            year = int(next(g for g in reversed(named.groups()) if g and len(g) == 4))
            first = _add_months(date(year, _MONTHS[month_name.lower()], 1), -step)
            last = _add_months(first, 1) - timedelta(days=1)
            clues.append(Clue(first, last, 3, f"{said!r} is {named.group(0)!r}"))
        elif unit == "year":
            years = re.findall(r"\b(?:19|20)\d\d\b", sentence)
            if len(set(years)) == 1:
                year = int(years[0]) - step
                clues.append(Clue(date(year, 1, 1), date(year, 12, 31), 3, f"{said!r} is {years[0]}"))
    return clues


def _amount(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _elapsed(start: date, amount: int, unit: str, qualifier: str) -> tuple[date, date]:
    """The span of dates that is ``amount`` ``unit`` after ``start``, as the qualifier allows."""
    if unit == "day":
        low = high = start + timedelta(days=amount)
    elif unit == "week":
        low = high = start + timedelta(weeks=amount)
    else:
        months = amount * (12 if unit == "year" else 1)
        low = high = _add_months(start, months)
    slack = {"day": 1, "week": 4, "month": 31, "year": 183}[unit]
    if qualifier in ("nearly", "almost", "just under", "less than"):
        return low - timedelta(days=slack), high
    if qualifier in ("over", "more than", "just over"):
        return low, high + timedelta(days=slack)
    return low - timedelta(days=slack // 2), high + timedelta(days=slack // 2)


def _add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year, month = d.year + month // 12, month % 12 + 1
    return date(year, month, min(d.day, _calendar.monthrange(year, month)[1]))


# ---- officials named as serving now ---------------------------------------------------


def _role_clues(text: str, actors: RoleSource | None, calendar: Calendar) -> list[Clue]:
    """A person named with a title he holds now dates the text to his term (to the span of
    his terms when he held that title more than once)."""
    if actors is None:
        return []
    mentions = actors.find_mentions(text)
    titles = _Titles(text, calendar)
    clues, seen = [], set()
    for mention in mentions:
        actor = getattr(mention, "actor", None)
        if getattr(actor, "kind", None) != "person" or actor.name in seen:
            continue
        seen.add(actor.name)
        roles = actors.roles(actor.name) or actors.roles(mention.text) or []
        held = [(role, where) for role in roles if (where := titles.held_now(role, mention))]
        if not held:
            continue
        start = min(role.start for role, _ in held)
        end = None if any(role.end is None for role, _ in held) else max(role.end for role, _ in held)
        role, where = held[0]
        term = f"{start.isoformat()}..{end.isoformat() if end else 'now'}"
        clues.append(Clue(start, end, 3, f"{where!r} and {mention.text!r}: {role.person} was {role.title} {term}"))
    return clues


class _Titles:
    """Where one text names titles as held now; each title (and country) is searched for once,
    however many of the people it names held it."""

    def __init__(self, text: str, calendar: Calendar) -> None:
        self.text, self.lowered, self.calendar = text, text.lower(), calendar
        self._low = lowered(text)
        self._national: dict[tuple[str, str | None], str | None] = {}
        self._bare: dict[str, list[tuple[int, str]]] = {}

    def held_now(self, role: Any, mention: Any) -> str | None:
        """Where the text names the role as held now: "<Ukrainian> <Prime Minister>" anywhere,
        or the bare title close to the person's name; never "former Prime Minister"."""
        plain = re.sub(r"\s+of\s+.*$", "", role.title)  # "Prime Minister of Ukraine" -> "Prime Minister"
        if plain.lower() not in self.lowered:
            return None  # most roles' titles are nowhere in the text: no need to search for them
        key = (plain, role.country)
        if key not in self._national:
            self._national[key] = self._national_title(plain, role.country)
        if plain not in self._bare:
            self._bare[plain] = self._matches(rf"\b{re.escape(plain)}\b", plain.lower())
        near = (found for start, found in self._bare[plain] if abs(start - mention.start) <= 150)
        return self._national[key] or next(near, None)

    def _national_title(self, plain: str, country: str | None) -> str | None:
        for adjective in self.calendar.adjectives.get(country, ()):
            if adjective.lower() not in self.lowered:
                continue  # (a country has many adjectives; the text uses few)
            found = self._matches(rf"\b{re.escape(adjective)}\s+{re.escape(plain)}\b", adjective.lower())
            if found:
                return found[0][1]
        return None

    def _matches(self, pattern: str, opening: str) -> list[tuple[int, str]]:
        """Where ``pattern`` (which opens with ``opening``) matches, in any case, with no "former"
        before it."""
        text = self.text
        found = word_matches(re.compile(pattern, re.IGNORECASE), opening, text, self._low)
        return [(m.start(), m.group(0)) for m in found if not _FORMER.search(text[max(0, m.start() - 20) : m.start()])]


# ---- combining ---------------------------------------------------------------------------


def _combine(clues: list[Clue]) -> tuple[date | None, date | None, list[Clue]]:
    """Intersect the clues, strongest first, dropping any that contradict the ones kept."""
    lo: date | None = None
    hi: date | None = None
    used: list[Clue] = []
    for clue in sorted((c for c in clues if c.weight > 0), key=lambda c: -c.weight):
        new_lo = max(filter(None, (lo, clue.earliest)), default=None)
        new_hi = min(filter(None, (hi, clue.latest)), default=None)
        if new_lo and new_hi and new_lo > new_hi:
            continue
        lo, hi = new_lo, new_hi
        used.append(clue)
    # the freshest reference is the one that starts latest ("June 3, 2010" is fresher than "2010")
    dated = [c for c in used if c.anchor and c.earliest and (hi is None or c.earliest <= hi)]
    freshest = max(dated, key=lambda c: (c.earliest, -c.window), default=None)
    if freshest is not None:
        limit = freshest.anchor + timedelta(days=freshest.window)
        if freshest.window == YEAR_WINDOW:  # "in 2009": 2009 or 2010
            limit = date(freshest.anchor.year + 1, 12, 31)
        if lo is None or limit >= lo:
            hi = min(filter(None, (hi, limit)), default=None)
            used.append(Clue(None, limit, 0, f"written within {_WINDOW_WORDS[freshest.window]} of the latest dated reference"))
    return lo, hi, used


def _verdict(text: str, clues: list[Clue]) -> DocumentDate:
    lo, hi, used = _combine(clues)
    lo, hi = _year_start(text, lo, hi, used)
    if lo is None or hi is None:
        if lo is not None:
            return DocumentDate(None, "unknown", "unknown", f"written on or after {lo.isoformat()}: " + _because(used, lo, hi), lo, None)
        return DocumentDate.unknown()
    middle = lo + (hi - lo) / 2
    if lo == hi:
        precision = "day"
    elif (lo.year, lo.month) == (hi.year, hi.month):
        precision = "month"
    elif lo == date(lo.year, 1, 1) and hi == date(lo.year, 12, 31):
        precision = "year"
    else:
        precision = "range"
    return DocumentDate(middle, precision, "inferred", _because(used, lo, hi), lo, hi)


def _year_start(text: str, lo: date | None, hi: date | None, used: list[Clue]) -> tuple[date | None, date | None]:
    """"last year ended with ..." puts the text in the first months of a year."""
    m = next(lowered_matches(_YEAR_START, text, lowered(text)), None) if lo is not None else None
    if m is None or lo is None:
        return lo, hi
    quarter_end = date(lo.year, 3, 31)
    if quarter_end < lo or (hi is not None and hi <= quarter_end):
        return lo, hi
    used.append(Clue(None, quarter_end, 0, f"{text[m.start() : m.end()]!r}: early in the year"))
    return lo, quarter_end


def _because(used: list[Clue], lo: date | None, hi: date | None) -> str:
    """The clues that set the bounds first, then the ones that agree with them."""
    deciding = [c for c in used if (c.earliest == lo and lo) or (c.latest == hi and hi)]
    others = sorted((c for c in used if c not in deciding), key=lambda c: -c.weight)
    parts = [c.evidence for c in deciding + others if c.evidence]
    return "; ".join(list(dict.fromkeys(parts))[:12])
