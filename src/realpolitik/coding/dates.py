"""When did an event happen?  Date expressions in a sentence, resolved against the document date.

``event_date(sentence, doc_date, patterns, trigger=None)`` returns ``(date, precision)``:

* ``day``   -- a day: "on 5 March", "December 15, 2015", "on Thursday", "yesterday",
  "two weeks ago" (the day 14 days before the document), "last week" (7 days before);
* ``month`` -- the first day of a month: "in May 2015", "last month", "a year ago";
* ``year``  -- 1 January of a year: "in 2010", "last year", "late 2013",
  "the mid-1990s" (decades resolve to their middle year, 1995; "early" to year 2 of the
  decade, "late" to year 8);
* ``doc``   -- no usable expression: the event takes the document date (``None`` when that is
  unknown too).

An event's date comes from the act's own clause -- the clause of the trigger (without a trigger,
of the sentence's root verb), with its prepositional phrases, the verbs conjoined with it ("On
Monday, Lavrov met Makei and signed a treaty") and adverbial clauses of the same moment ("when he
visited Minsk in 2012", "Speaking on Monday, ...").  A conjunct with a subject of its own is a
clause of its own ("blockaded convoys since September, and on Thursday they ambushed a patrol":
Thursday is the ambush's), though a date put before the first conjunct dates it too.  A date in
any other clause dates another act and is ignored:

* a relative or participle clause: "praised the progress made since 2010", "met the envoy who
  had arrived on Sunday" (unless the clause describes the act noun itself: "the visit planned
  for Friday");
* the trigger's complement: "threatened to stop deliveries from January 1" dates the stopping,
  not the threat; "denied that its troops crossed the border on Friday" the crossing;
* an adverbial clause of another moment: "after talks that began on Monday", "before meeting
  Lavrov on Saturday", "Having met Putin on Monday, ...".

An act with no date of its own that sits in a complement clause takes the date of the clause
reporting it ("On 7 March, X reported that Belarus refused ..."); else the one recent day the
sentence tells ("Police fired tear gas at farmers who marched on Tuesday", "… on Friday, and
Canada pledged $20 million": a news sentence tells one day's acts), when the sentence names just
one day outside the act's complements and clauses of another moment ("a day after …", "had
detained …"), at most ten days before the document, and the act is in none of those nor a
relative clause; else the dateline ("MINSK, March 7, 2014 - ..."), else the document date: each
says when the act was known.  An act told "a day (N weeks) after/before" another is dated from
that other's day (from the act a report tells, when it hangs on the reporting verb); one told "a
month (N months, a year) after/before" another from that other's day or month, to the month, and
"N years" to the year ("three years after clashes closed it").

Further rules, each chosen so a date is never invented:

* A date that bounds a stretch of time rather than dates an act is ignored: one governed by a
  preposition of duration (``duration_prepositions`` in patterns.yaml: "since 2010", "in the years since 2014", "throughout
  2015", "until 2018") or "the last ..." ("over the last week").  Lengths ("for 48 years", "over
  the past five years") are no date expressions at all.
* Relative expressions ("yesterday", "on Thursday", "last month") resolve against the document
  date, never against today's date.  A partial date without a year ("on March 5", "in
  October") takes the year that puts it on or before the document date -- unless the verb it
  dates looks ahead ("will attend ... in November", "is expected to visit in January", the
  stopping in "threatened to stop deliveries from January 1", "planned for Wednesday"): then it
  is the first such date on or after the document date.  When the document date is unknown only
  expressions with an explicit year are used.
* A narrative's relative time ("two years later", "three months later", "the following year",
  "that spring", "that July", "later that month") is told from the date of the last act the text
  dated (the coder passes it as ``told``), to the precision that date allows ("three months later"
  than "in 2019" is no month); with none told it dates nothing, but "the previous year" is the
  document's.  (In a story with no dateline the coder also gives an act told in the past with no
  date of its own the year of its paragraph's last act dated to a month or a year, when that is
  not the document's year: ``SentenceCoder._carries_time``.)
* A year range ("an action plan for 2016–2017") is the term of the thing named and is ignored.
* Dates inside parentheses -- "(TASS, January 1, 2016)" -- date the source, not the event, and
  are ignored.
* A bare year that modifies a noun ("the 2014 agreement") names the thing, not the act, and is
  ignored.
* When the act's clause holds several expressions, the one closest to the trigger in the
  dependency tree wins (ties: the nearest in the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.anycase import lowered
from realpolitik.coding.arguments import SUBJECT_DEPS, conjunct_head, decided
from realpolitik.coding.patterns import Patterns
from realpolitik.nlp import DocMemo, entities_in
from realpolitik.records import DocumentDate, EventDatePrecision

Resolved = tuple[date, EventDatePrecision]
Resolver = Callable[[re.Match[str], date | None, bool], Resolved | None]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "a couple of": 2,
}  # fmt: skip

# Month names are matched case-sensitively (capitalised) so that "may" and "march" as verbs never match.
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|—|and|to|or)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d{1,2}|a few|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEAR_PREP = r"(?:\b(?i:in|since|from|during|by|until|till|through|throughout|before|after|as of|as early as|as late as|of)\s+)"


@dataclass(frozen=True)
class DateExpression:
    """A date expression found in a sentence: character offsets relative to the sentence start."""

    start: int
    end: int
    text: str
    match: re.Match[str]
    resolver: Resolver

    def resolve(self, reference: date | None, forward: bool = False) -> Resolved | None:
        """The date meant, relative to ``reference``; ``forward``: a partial date lies on or after it.
        None when that date is off the calendar ("last Monday" of a document dated 0001-01-01)."""
        try:
            return self.resolver(self.match, reference, forward)
        except (OverflowError, ValueError):
            return None


def event_date(
    sentence: Span, doc_date: DocumentDate, patterns: Patterns, trigger: Token | Span | None = None,
    told: Resolved | None = None, told_here: bool = True,
) -> tuple[date | None, EventDatePrecision]:
    """The date of the event that ``trigger`` (default: the sentence's root) expresses.

    ``doc_date`` anchors relative expressions; ``told``, the date of the last act the text dated,
    anchors those of a narrative ("two years later", "the following year", "that spring"), and,
    when told in the sentence's own paragraph (``told_here``), the year of a month named alone;
    ``patterns`` give the words of time (future auxiliaries, intent verbs, prepositions of
    duration); see the module docstring for the rules.
    """
    reference = doc_date.value
    anchor = _anchor(sentence, trigger)
    chained = _chained(sentence, doc_date, patterns, anchor, told)
    if chained is not None:
        return chained
    candidates = _candidates(sentence, _expressions_of(sentence), anchor, patterns, reference)
    if candidates:
        best = min(candidates, key=lambda e: _distance(sentence, e, anchor))
        resolved = _narrated(best, told, reference) if best.resolver is _narrative else \
            _month_of_story(best, told if told_here else None, reference) or best.resolve(reference, _looks_ahead(sentence, best, patterns))
        if resolved is not None:
            return resolved
    return reference, "doc"


def tells_time(sentence: Span) -> bool:
    """Whether the sentence holds any date expression (most hold none: no act of theirs is dated
    by their own words)."""
    return bool(_expressions_of(sentence))


@lru_cache(maxsize=8)
def _expressions_of(sentence: Span) -> tuple[DateExpression, ...]:
    """``date_expressions`` once per sentence, however many events it holds."""
    return tuple(date_expressions(sentence))


def date_expressions(sentence: Span) -> list[DateExpression]:
    """Every date expression of the sentence that can date an event, in text order."""
    text = sentence.text
    excluded = _parenthesised(text)
    found: list[DateExpression] = []
    low = lowered(text)
    holds: dict[Callable[[str, str | None], bool], bool] = {}  # each test asked once (six share the digit's)
    for pattern, resolver in _PATTERNS:
        test = _HOLDS[resolver]
        if test not in holds:
            holds[test] = test(text, low)
        if not holds[test]:
            continue  # (most sentences hold no date: a few words tell which patterns cannot match)
        for m in pattern.finditer(text):
            start, end = m.span("expr")
            if _inside(start, end, excluded) or any(
                start < f.end and f.start < end for f in found
            ):
                continue
            if (
                resolver is _bare_year
                and m.start() == start
                and _names_a_thing(sentence, start, end)
            ):
                continue
            found.append(DateExpression(start, end, m.group("expr"), m, resolver))
    return sorted(
        _with_entity_fallback(sentence, found, excluded), key=lambda e: e.start
    )


# ---- resolvers -------------------------------------------------------------------------------


def _month(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    found = _safe_date(int(m.group("year")), _month(m), int(m.group("day")))
    return (found, "day") if found else None


def _day_month(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    if reference is None:
        return None
    month, day = _month(m), int(m.group("day"))
    found = _safe_date(reference.year, month, day)
    if found is not None and forward and found < reference:
        found = _safe_date(reference.year + 1, month, day)
    elif found is None or (not forward and found > reference):
        found = _safe_date(reference.year + (1 if forward else -1), month, day)
    return (found, "day") if found else None


def _month_year(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    return date(int(m.group("year")), _month(m), 1), "month"


def _month_only(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    if reference is None:
        return None
    month = _month(m)
    if forward:
        year = reference.year if month >= reference.month else reference.year + 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
        if (m.group("rel") or "").lower() == "last" and month == reference.month:
            year -= 1
    return date(year, month, 1), "month"


_YEARS_AWAY = {"last": -1, "this": 0, "next": 1}


def _month_of_year_told(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    """"in March last year", "in June next year": the month of the year the words count from the
    document's."""
    if reference is None:
        return None
    return date(reference.year + _YEARS_AWAY[m.group("yrel").lower()], _month(m), 1), "month"


def _iso_date(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    found = _safe_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return (found, "day") if found else None


def _bare_year(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    return date(int(m.group("year")), 1, 1), "year"


def _decade(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    part = (m.group("part") or "").lower()
    offset = 2 if part.startswith("early") else 8 if part.startswith("late") else 5
    return date(int(m.group("decade")) + offset, 1, 1), "year"


def _weekday(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    if reference is None:
        return None
    rel = (m.group("rel") or "").lower()
    wanted = WEEKDAYS[m.group("weekday").lower()]
    ahead = (wanted - reference.weekday()) % 7
    back = (reference.weekday() - wanted) % 7
    if rel == "next":
        return reference + timedelta(days=ahead or 7), "day"
    if forward and rel != "last":
        return reference + timedelta(days=ahead), "day"
    if rel == "last" and back == 0:
        back = 7
    return reference - timedelta(days=back), "day"


def _ago(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    if reference is None:
        return None
    n = NUMBERS.get(m.group("num").lower()) or int(m.group("num"))
    unit = m.group("unit").lower().rstrip("s")
    if unit == "day":
        return reference - timedelta(days=n), "day"
    if unit == "week":
        return reference - timedelta(weeks=n), "day"
    if unit == "month":
        return _shift_months(reference, -n), "month"
    if n == 1:
        return _shift_months(reference, -12), "month"
    return date(reference.year - n, 1, 1), "year"


def _shift_months(reference: date, months: int) -> date:
    index = reference.year * 12 + reference.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# Relative phrases with no moving parts: phrase -> function of the document date.
_FIXED: dict[str, Callable[[date], Resolved]] = {
    "the day before yesterday": lambda r: (r - timedelta(days=2), "day"),
    "yesterday": lambda r: (r - timedelta(days=1), "day"),
    "last night": lambda r: (r - timedelta(days=1), "day"),
    "today": lambda r: (r, "day"),
    "tonight": lambda r: (r, "day"),
    "this morning": lambda r: (r, "day"),
    "this afternoon": lambda r: (r, "day"),
    "this evening": lambda r: (r, "day"),
    "tomorrow": lambda r: (r + timedelta(days=1), "day"),
    "earlier this week": lambda r: (_monday(r), "day"),
    "this week": lambda r: (_monday(r), "day"),
    "earlier last week": lambda r: (_monday(r) - timedelta(days=7), "day"),
    "late last week": lambda r: (_monday(r) - timedelta(days=3), "day"),
    "at the end of last week": lambda r: (_monday(r) - timedelta(days=3), "day"),
    "last week": lambda r: (r - timedelta(days=7), "day"),
    "the previous week": lambda r: (r - timedelta(days=7), "day"),
    "next week": lambda r: (r + timedelta(days=7), "day"),
    "last weekend": lambda r: (r - timedelta(days=(r.weekday() - 5) % 7 or 7), "day"),
    "over the weekend": lambda r: (
        r - timedelta(days=(r.weekday() - 5) % 7 or 7),
        "day",
    ),
    "at the weekend": lambda r: (r - timedelta(days=(r.weekday() - 5) % 7 or 7), "day"),
    "earlier this month": lambda r: (r.replace(day=1), "month"),
    "this month": lambda r: (r.replace(day=1), "month"),
    "last month": lambda r: (_shift_months(r, -1), "month"),
    "the previous month": lambda r: (_shift_months(r, -1), "month"),
    "next month": lambda r: (_shift_months(r, 1), "month"),
    "earlier this year": lambda r: (date(r.year, 1, 1), "year"),
    "this year": lambda r: (date(r.year, 1, 1), "year"),
    "last year": lambda r: (date(r.year - 1, 1, 1), "year"),
    "the previous year": lambda r: (date(r.year - 1, 1, 1), "year"),
    "next year": lambda r: (date(r.year + 1, 1, 1), "year"),
}


def _narrative(m: re.Match[str], reference: date | None, forward: bool = False) -> Resolved | None:
    """A narrative's relative time resolves against the date the text told last (``_narrated``);
    with none told, "the previous year" against the document's date."""
    steps = _NARRATIVE_STEPS.get((m.group("rel") or "").lower())
    if reference is None or steps is None or steps >= 0:
        return None  # ("the following year" with nothing told before it: not the document's)
    return _moved(reference, "day", _narrative_unit(m), steps)


def _narrated(expression: DateExpression, told: Resolved | None, reference: date | None) -> Resolved | None:
    """"Two years later", "the following year", "that spring": the date the narrative told last,
    moved by what the expression says, to the precision that date allows."""
    if told is None:
        return expression.resolve(reference)
    m = expression.match
    if m.group("month") and told[1] != "doc":
        return date(told[0].year, _month(m), 1), "month"  # "that July"
    if (m.group("season") or "").lower() == "month":
        return _moved(*told, "month", 0)  # "later that month", "the same month"
    count = (m.group("num") or "").lower()
    steps = _count(count) if count else _NARRATIVE_STEPS.get((m.group("rel") or "that").lower())
    return None if steps is None else _moved(*told, _narrative_unit(m), steps)


def _month_of_story(expression: DateExpression, told: Resolved | None, reference: date | None) -> Resolved | None:
    """"In February 2024 Brazil offered to mediate. In June he told parliament …": a month named
    alone, after its paragraph told a date of an earlier year, is of the year the story is in (the
    next one when the month comes before the one told); not "last June", counted from the document,
    nor a month paragraphs after that year's story ended ("… in 2021. ¶ … visited Lilongwe in
    April": the April before the document's date)."""
    if expression.resolver is not _month_only or told is None or reference is None or told[1] == "doc" \
            or told[0].year >= reference.year or expression.match.group("rel"):
        return None
    month = _month(expression.match)
    year = told[0].year if told[1] == "year" or month >= told[0].month else told[0].year + 1
    return (date(year, month, 1), "month") if date(year, month, 1) <= reference else None


def _count(word: str) -> int | None:
    """"two", "10": the number a word of count says."""
    return NUMBERS.get(word) or (int(word) if word.isdigit() else None)


def _narrative_unit(m: re.Match[str]) -> str:
    return (m.group("unit") or m.group("unit2") or "year").lower().rstrip("s")


def _moved(host: date, precision: str, unit: str, steps: int) -> Resolved | None:
    """``host`` moved by whole years (to the year), or as ``_shifted`` moves it."""
    if unit == "year":
        return (date(host.year + steps, 1, 1), "year") if precision in {"day", "month", "year"} else None
    return _shifted(host, precision, unit, steps)


# how far each narrative word moves the told date
_NARRATIVE_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0}


def _fixed(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    if reference is None:
        return None
    return _FIXED[" ".join(m.group("expr").lower().split())](reference)


def _dateparser(
    m: re.Match[str], reference: date | None, forward: bool = False
) -> Resolved | None:
    return _parse_with_dateparser(m.group("expr"), reference)


@lru_cache(maxsize=4096)
def _parse_with_dateparser(text: str, reference: date | None) -> Resolved | None:
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if reference is None:
        settings["REQUIRE_PARTS"] = ["year"]
    else:
        settings["RELATIVE_BASE"] = datetime(
            reference.year, reference.month, reference.day
        )
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return date(found.year, 1, 1), "year"
    if data.period == "month":
        return date(found.year, found.month, 1), "month"
    return found, "day"


# ---- patterns, most specific first: a later pattern never overlaps an earlier match ------------


def _compile(body: str, *, prefix: str = "") -> re.Pattern[str]:
    return re.compile(rf"{prefix}(?P<expr>{body})(?![\w-])")


_FIXED_PHRASES = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_FIXED, key=len, reverse=True)
)
_PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (_compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"), _full_date),
    (_compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY},?\s+{_YEAR}"), _full_date),
    (
        _compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"),
        _iso_date,
    ),
    (
        _compile(r"\b(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)"),
        _iso_date,
    ),
    (_compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}"), _day_month),
    (_compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}(?!\d)"), _day_month),
    (_compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}"), _month_year),
    (_compile(rf"\b{_MONTH},?\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)"), _month_of_year_told),
    (
        _compile(
            rf"(?:(?P<rel>(?i:last|this))\s+)?{_MONTH}",
            prefix=r"(?:\b(?i:in|since|during|by|until|from|early|mid|late|of)[\s-]+|(?=(?i:last|this)\s))",
        ),
        _month_only,
    ),
    (
        _compile(
            r"(?P<part>(?i:early|mid|late)[\s-]+)?(?P<decade>(?:19|20)\d0)'?s",
            prefix=r"\b(?:(?i:the)\s+)?",
        ),
        _decade,
    ),
    (
        re.compile(
            rf"(?i:\b(?P<expr>{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago)\b)"
        ),
        _ago,
    ),
    # a narrative's time, told from the date it told last ("two years later", "the following year",
    # "that spring"; "the previous year" with none told is the document's)
    (
        re.compile(
            rf"(?i:\b(?P<expr>{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+later"
            r"|the\s+(?P<rel>following|next|previous|preceding|same)\s+(?P<unit2>week|month|year)"
            rf"|(?:later\s+)?(?:that|the\s+same)\s+(?P<season>year|month|spring|summer|autumn|fall|winter|{_MONTH}))\b)"
        ),
        _narrative,
    ),
    (re.compile(rf"(?i:\b(?P<expr>{_FIXED_PHRASES})\b)"), _fixed),
    # "on Sunday, 5 March": the weekday only repeats the date that follows it
    (
        _compile(
            rf"(?:(?P<rel>(?i:last|next|this|on))\s+)?{_WEEKDAY}(?!,?\s+(?:the\s+)?(?:\d|{_MONTH.replace('?P<month>', '')}))",
            prefix=r"\b",
        ),
        _weekday,
    ),
    (
        _compile(
            _YEAR,
            prefix=rf"(?:{_YEAR_PREP}(?:(?i:the\s+(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of|early|mid|late|spring|summer|autumn|fall|winter)[\s-]*)?|\b(?i:early|mid|late)[\s-]+)",
        ),
        _bare_year,
    ),
    # a year range ("plan for 2016–2017") is the term of the thing named, not the date of the act
    (_compile(_YEAR + r"(?!\s*[–—-]\s*\d)", prefix=r"(?<![–—-])\b"), _bare_year),
]


_DIGIT = re.compile(r"\d")
# every month's name and abbreviation opens with one of these, as _MONTH matches them (in capitals)
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NARRATIVE_WORDS = ("later", "following", "next", "previous", "preceding", "same", "that")
_FIXED_WORDS = ("yesterday", "today", "night", "morning", "afternoon", "evening", "tomorrow", "week", "month", "year")


def _has_digit(text: str, low: str | None) -> bool:
    return _DIGIT.search(text) is not None


def _has_month(text: str, low: str | None) -> bool:
    return any(stem in text for stem in _MONTH_STEMS)


def _has_day_of_month(text: str, low: str | None) -> bool:
    return _has_month(text, low) and _has_digit(text, low)


# What every match of a resolver's patterns holds, asked of the sentence and its lowered text (None
# when lowering may lose a match, ``realpolitik.anycase``): a day, a year, a decade hold a digit,
# "last month" one of _FIXED_WORDS, "on Monday" a "day" in any weekday's name; a date with a month
# a month's name and a digit
_HOLDS: dict[Resolver, Callable[[str, str | None], bool]] = {
    **dict.fromkeys((_iso_date, _decade, _bare_year), _has_digit),
    **dict.fromkeys((_full_date, _day_month, _month_year), _has_day_of_month),
    _month_only: _has_month,
    _month_of_year_told: _has_month,
    _weekday: lambda text, low: "day" in text,
    _ago: lambda text, low: low is None or "ago" in low,
    _narrative: lambda text, low: low is None or any(word in low for word in _NARRATIVE_WORDS),
    _fixed: lambda text, low: low is None or any(word in low for word in _FIXED_WORDS),
}


def _with_entity_fallback(
    sentence: Span, found: list[DateExpression], excluded: list[tuple[int, int]]
) -> list[DateExpression]:
    """Add spaCy DATE entities that name a calendar date (a month and a number) our patterns missed.

    Such an entity also replaces a bare year our patterns took from inside it ("March the 5th, 2014").
    """
    result = list(found)
    offset = sentence.start_char
    for ent in entities_in(sentence):
        start, end = ent.start_char - offset, ent.end_char - offset
        if ent.label_ != "DATE" or _inside(start, end, excluded):
            continue
        if not (re.search(r"\d", ent.text) and re.search(_MONTH, ent.text)):
            continue
        overlapping = [f for f in result if start < f.end and f.start < end]
        if any(
            f.resolver is not _bare_year or not (start <= f.start and f.end <= end)
            for f in overlapping
        ):
            continue
        m = re.match(r"(?P<expr>.+)", ent.text, re.DOTALL)
        assert m is not None
        result = [f for f in result if f not in overlapping]
        result.append(DateExpression(start, end, ent.text, m, _dateparser))
    return result


# ---- where an expression sits -----------------------------------------------------------------


def _parenthesised(text: str) -> list[tuple[int, int]]:
    if "(" not in text and "[" not in text:
        return []  # (most sentences have no brackets: no need to walk their letters)
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            spans.append((stack.pop(), i + 1))
    spans.extend((start, len(text)) for start in stack)
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _tokens(sentence: Span, start: int, end: int) -> Span | None:
    offset = sentence.start_char
    return sentence.doc.char_span(offset + start, offset + end, alignment_mode="expand")


def _names_a_thing(sentence: Span, start: int, end: int) -> bool:
    """A bare year used as a modifier of a following noun: "the 2014 agreement", "2015 elections"."""
    span = _tokens(sentence, start, end)
    if span is None or len(span) != 1:
        return False
    return _names_its_head(span[0])


# how a word that names its noun hangs on it ("the 2014 agreement")
_NAMING_DEPS = {"compound", "nummod", "amod", "nmod"}
_BARE_YEAR = re.compile(_YEAR)


def _names_its_head(token: Token) -> bool:
    return token.dep_ in _NAMING_DEPS and token.head.i > token.i and token.head.pos_ in {"NOUN", "PROPN"}


def naming_year(noun: Token) -> int | None:
    """The bare year a noun is named by, if any: "the 2022 assassination", "the 2018 peace deal"."""
    return next((int(c.text) for c in noun.children if _names_its_head(c) and _BARE_YEAR.fullmatch(c.text)), None)


def _looks_ahead(sentence: Span, expression: DateExpression, patterns: Patterns) -> bool:
    """Does the expression date something still to come ("will attend ... in November", "planned
    for Wednesday", "expected to visit Minsk in January")?"""
    span = _tokens(sentence, expression.start, expression.end)
    if span is None:
        return False
    if span.root.dep_ == "pobj" and span.root.head.lower_ in patterns.purpose_prepositions:
        return True  # "called a general strike for Monday": the day it is set for
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    # "would" is a future seen from the past ("said it would visit in May")
    ahead = patterns.future_aux | patterns.conditional_aux
    if any(child.dep_ in {"aux", "auxpass"} and child.lower_ in ahead for child in verb.children):
        return True
    if verb.lemma_ in patterns.planning_verbs and verb.tag_ == "VBN":
        return True
    if _present_time_clause(verb, patterns):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in patterns.intent_verbs


def _present_time_clause(verb: Token, patterns: Patterns) -> bool:
    """"The deal would be signed before the two presidents meet in April": a time clause in the
    present on a clause not itself in the present tells what is to come; on one in the present it
    is a headline's past ("Police fire tear gas after protesters storm parliament on Saturday"),
    and one marked by a stretch of time ("since") looks back."""
    if verb.tag_ not in {"VBP", "VBZ"} or verb.dep_ != "advcl" or verb.head.pos_ not in _VERBAL or verb.head.tag_ in {"VBP", "VBZ"}:
        return False
    marks = patterns.time_prepositions - patterns.duration_prepositions
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


# the units an act is told "N units after/before" another in: days, or months
_SHIFT_DAYS = {"day": 1, "week": 7}
_SHIFT_MONTHS = {"month": 1, "year": 12}


def _chained(sentence: Span, doc_date: DocumentDate, patterns: Patterns, anchor: Token,
             told: Resolved | None = None) -> Resolved | None:
    """"moved troops on Thursday, a day after the ICJ ordered it to refrain": an act told "N days
    (weeks, months, years) after/before" the clause it hangs on is dated from that clause's own
    date, when that is a day (for months and years, a month will do: "a year after Mali quit the
    bloc" is that month a year before); None for any other act."""
    clause = _event_clause(anchor, patterns)
    # (the parser hangs the measure on the clause or on its "after": "three years after clashes …")
    near = [*clause.children, *(g for c in clause.children if c.dep_ == "mark" for g in c.children)]
    measure = next((c for c in near if c.dep_ == "npadvmod" and c.lemma_.lower() in _SHIFT_DAYS.keys() | _SHIFT_MONTHS.keys()), None)
    if clause.dep_ not in {"advcl", "conj"} or measure is None:
        return None
    # "after" marks the clause, or the parser hangs it on the measure, bare ("a day after Mali,
    # Niger and Burkina Faso recalled …") or taking the clause's subject for its object ("a day
    # after Mali recalled"); an object of its own beside the clause's subject says the clause is
    # told after that object, not before its host ("and two days after the attack Ukraine hit back")
    marks = [c for c in clause.children if c.dep_ == "mark"]
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    marks += [c for c in measure.children if c.dep_ == "prep"
              and (not subjects or not any(g.dep_ == "pobj" for g in c.children))]
    mark = next((c.lower_ for c in marks if c.lower_ in {"after", "before"}), None)
    if mark is None:
        return None
    # (a count of its own: "weeks after" says no number of weeks)
    count = next((c.lower_ for c in measure.children if c.dep_ in {"det", "nummod"}), "")
    n = _count(count)
    if n is None:
        return None
    host, precision = event_date(sentence, doc_date, patterns, clause.head, told)
    return None if host is None else _shifted(host, precision, measure.lemma_.lower(), -n if mark == "after" else n)


def _shifted(host: date, precision: str, unit: str, steps: int) -> Resolved | None:
    """``host`` moved by ``steps`` days or weeks (when it is a day), months or years (a day or a
    month will do); None off the calendar ("nearly 3000 years after Ecuador closed it")."""
    if precision not in ({"day"} if unit in _SHIFT_DAYS else {"day", "month"}):
        return None
    try:
        if unit in _SHIFT_DAYS:
            return host + timedelta(days=steps * _SHIFT_DAYS[unit]), "day"
        shifted = _shift_months(host, steps * _SHIFT_MONTHS[unit])
    except (OverflowError, ValueError):
        return None
    return (shifted, "month") if unit == "month" or abs(steps) == 1 else (date(shifted.year, 1, 1), "year")


def _anchor(sentence: Span, trigger: Token | Span | None) -> Token:
    if isinstance(trigger, Span):
        return trigger.root
    if isinstance(trigger, Token):
        return trigger
    return sentence.root


# ---- whose date it is: the act's own clause --------------------------------------------------

# "MINSK, March 7, 2014 -" and "MINSK, March 7 (Reuters) -": place words, the date, a dash
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][\w.'’-]*,?\s+)*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?[-–—]")
# relations by which a verb heads a clause of its own
_CLAUSE_DEPS = {
    "ROOT", "relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "csubjpass", "pcomp",
    "parataxis", "conj",
}  # fmt: skip
_VERBAL = {"VERB", "AUX"}


def _candidates(
    sentence: Span, expressions: list[DateExpression], anchor: Token, patterns: Patterns, reference: date | None
) -> list[DateExpression]:
    """The expressions that may date the act, by preference: those of its own clause; else those
    of the clause reporting it ("On 7 March, X reported that Belarus refused ..."); else the news
    day the sentence tells; else the dateline.  Either report date says when the act was known, as
    the document date would."""
    datelines = [e for e in expressions if _in_dateline(sentence.text, e)]
    placed = [
        (e, clause)
        for e in expressions
        if e not in datelines and (clause := _place(sentence, e, patterns)) is not None
    ]
    own = [e for e, clause in placed if _is_own(clause, anchor, patterns)]
    if own:
        return own
    told_when = _when_of(anchor, [e for e in expressions if e not in datelines], patterns, placed) \
        or _where_of(anchor, placed, patterns)
    if told_when:
        return told_when
    fronted = _fronted(anchor, placed, patterns) or _opening(sentence, anchor, placed, patterns)
    if fronted:
        return fronted
    for report in _reports(anchor, patterns):
        reported = [e for e, clause in placed if _event_clause(clause, patterns).i == report.i]
        if reported:
            return reported
    return _past_complement(sentence, anchor, placed, patterns, reference) \
        or _news_day(sentence, anchor, placed, patterns, reference) or datelines


def _past_complement(sentence: Span, anchor: Token, placed: list[tuple[DateExpression, Token]], patterns: Patterns,
                     reference: date | None) -> list[DateExpression]:
    """"ordered US special forces to leave in April 2024", "declined to attend the summit in
    2019", "stopped sending arms in March": a past order, refusal or end (``dated_by_complement``)
    with no date of its own is made about when what it orders, refuses or ends was to be, when that
    is past too (what was agreed or threatened is to come after the act: "agreed to meet in April")."""
    clause = _event_clause(anchor, patterns)
    if reference is None or clause.tag_ != "VBD" or clause.lemma_.lower() not in patterns.dated_by_complement:
        return []
    # (not a deadline: "ordered the peacekeepers to leave by December", "before December")
    past = [e for e, c in placed if _complement_of(c, clause) and c.dep_ == "xcomp"
            and not set(sentence.text[: e.start].lower().split()[-1:]) & patterns.deadline_prepositions
            for day in [e.resolve(reference, _looks_ahead(sentence, e, patterns))] if day is not None and day[0] < reference]
    return past[:1]


# how far before its document a day may lie to be the day a news sentence tells
_NEWS_DAYS = 10


def _news_day(
    sentence: Span, anchor: Token, placed: list[tuple[DateExpression, Token]], patterns: Patterns, reference: date | None
) -> list[DateExpression]:
    """"Police fired tear gas at protesters who marched on parliament on Wednesday", "a deal
    brokered by Qatar" in a sentence whose signing is Friday's: a news sentence tells the acts of
    one recent day.  An act with no date of its own takes that day when the sentence names just
    one, outside the act's own complements ("threatened to stop deliveries from January 1") and
    outside clauses of another moment ("a day after …", "had detained …") and relative clauses on
    the act's subject, and the act is in none of those nor a relative clause ("the junta, which
    seized power …")."""
    clause = _event_clause(anchor, patterns)
    if reference is None or clause.dep_ == "relcl" or _at_another_moment(clause, patterns):
        return []
    told = [e for e, c in placed
            if not _at_another_moment(c, patterns) and not _complement_of(c, clause) and not _about_the_doer(c, clause)]
    # the recent days it names: not a month or a year ("could see sanctions return by late
    # September"), nor a day still to come ("expected to strengthen by Thursday") or long past
    recent = [(e, day) for e in told for day in [e.resolve(reference, _looks_ahead(sentence, e, patterns))]
              if day is not None and day[1] == "day" and timedelta(0) <= reference - day[0] <= timedelta(days=_NEWS_DAYS)]
    return [recent[0][0]] if len({day for _, day in recent}) == 1 else []


def _at_another_moment(token: Token, patterns: Patterns) -> bool:
    """Is ``token`` in a clause or phrase told at another moment than its sentence's day: one
    marked "after", "before", "since" … ("after talks in Cairo on Monday"), a perfect ("had
    detained"), or a clause inside one?"""
    for node in [token, *token.ancestors]:
        if node.dep_ == "prep" and node.lower_ in patterns.other_moment_marks:
            return True
        if node.pos_ not in _VERBAL or node.dep_ not in _CLAUSE_DEPS:
            continue
        marks = (c.lower_ for c in node.children if c.dep_ in {"mark", "aux", "advmod"})
        opener = node.head.lower_ if node.dep_ == "pcomp" else ""
        if opener in patterns.other_moment_marks or any(
            m in patterns.other_moment_marks or m in patterns.perfect_aux for m in marks
        ):
            return True
    return False


def _about_the_doer(token: Token, clause: Token) -> bool:
    """Is ``token`` in a relative clause on the subject of ``clause`` ("Georgia, which Russian jets
    bombed on Monday, appealed …"): what it tells of the doer is another moment's."""
    relative = next((node for node in [token, *token.ancestors] if node.dep_ == "relcl"), None)
    return relative is not None and relative.head.dep_ in {"nsubj", "nsubjpass"} and relative.head.head.i == clause.i


def _complement_of(token: Token, clause: Token) -> bool:
    """Is ``token`` in a complement of ``clause`` ("threatened to stop …", "denied that …")?"""
    path = [token, *token.ancestors]
    if clause not in path or clause is token:
        return False
    # (the clause's own complement, not one further down: "fired tear gas at protesters who tried
    # to storm parliament on Saturday" is dated by the storming's day)
    below = path[path.index(clause) - 1]
    return below.dep_ in {"ccomp", "xcomp"} and below.pos_ in _VERBAL


def _when_of(anchor: Token, expressions: list[DateExpression], patterns: Patterns,
             placed: list[tuple[DateExpression, Token]]) -> list[DateExpression]:
    """"met him in December 2023, when the two leaders signed a pledge", "echoes June 2023, when
    Serbia detained three officers": a "when" clause on a time is dated by that time; "relations
    thawed in December 2023, when the two leaders signed", "fighting erupted on October 11 when
    Taliban forces attacked": one in the past on a verb, by the verb's own date."""
    clause = _event_clause(anchor, patterns)
    if clause.dep_ not in {"relcl", "advcl", "acl"} or not any(c.lower_ == "when" for c in clause.children):
        return []
    head = clause.head
    at = head.idx - head.sent.start_char  # (the expressions' offsets are the sentence's)
    on_time = [e for e in expressions if e.start <= at < e.end]
    return on_time or ([e for e, c in placed if c.i == head.i] if _told_as_past(clause, patterns) and head.pos_ in _VERBAL else [])


def _told_as_past(clause: Token, patterns: Patterns) -> bool:
    """Whether a clause is told in the past, not as to come ("where they will fight")."""
    return clause.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "aux" and c.lower_ in patterns.future_aux | patterns.conditional_aux
                                                     for c in clause.children)


def _where_of(anchor: Token, placed: list[tuple[DateExpression, Token]], patterns: Patterns) -> list[DateExpression]:
    """"In August 2023 Khurelsukh visited Washington, where Harris received him": what happened
    "where" a dated act took its actor happened then ("…, and the two governments signed" too);
    not what goes on there now or is to come ("sent observers to Syria, where government forces
    are shelling civilians")."""
    clause = _event_clause(anchor, patterns)
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children) or not _told_as_past(clause, patterns):
        return []
    host = _event_clause(clause.head, patterns)
    return [e for e, c in placed if _event_clause(c, patterns).i == host.i]


def _fronted(anchor: Token, placed: list[tuple[DateExpression, Token]], patterns: Patterns) -> list[DateExpression]:
    """"On Monday, Lavrov met Makei and Peskov said …", "Xi visited Hanoi in April 2025, and the
    two sides signed 45 agreements": the first conjunct's date dates the conjuncts after it that
    have none of their own."""
    clause = _event_clause(anchor, patterns)
    # (a conjunct in the present perfect runs up to now: "…, and Ugandan artillery has since shelled")
    if clause.dep_ != "conj" or any(c.dep_ == "aux" and c.lower_ in patterns.perfect_aux and c.tag_ in {"VBZ", "VBP"}
                                    for c in clause.children):
        return []
    first = _event_clause(clause.head, patterns)
    return [e for e, c in placed if c.i == first.i]


def _opening(sentence: Span, anchor: Token, placed: list[tuple[DateExpression, Token]], patterns: Patterns) -> list[DateExpression]:
    """"In January 2023 a gunman attacked the embassy …; Azerbaijan evacuated its diplomats and
    blamed Tehran": a time that opens the sentence sets the moment of its acts told in the past
    with none of their own, whatever clause the parser hangs it on."""
    clause = _event_clause(anchor, patterns)
    if clause.tag_ != "VBD" or not placed or sentence.text[:1].isspace():
        return []
    first, start = sentence.text.split(maxsplit=1)[0], placed[0][0].start
    return [placed[0][0]] if start == 0 or (first.lower() in patterns.opening_time_prepositions and start == len(first) + 1) else []


def _in_dateline(text: str, expression: DateExpression) -> bool:
    return bool(
        _DATELINE_BEFORE.fullmatch(text[: expression.start])
        and _DATELINE_AFTER.match(text, expression.end)
    )


def _place(sentence: Span, expression: DateExpression, patterns: Patterns) -> Token | None:
    """The head of the clause the expression dates; ``None`` when it dates none ("since 2010")."""
    span = _tokens(sentence, expression.start, expression.end)
    if span is None:
        return None
    clause = _clause(span.root)
    return None if _measures_time(span, clause, patterns.duration_prepositions) else clause


def _is_own(clause: Token, anchor: Token, patterns: Patterns) -> bool:
    """Is ``clause`` the act's own?  A relative or participle clause ("the progress made since
    2010"), the trigger's complement ("threatened to stop deliveries from January 1": the
    stopping's date) or an adverbial clause of another moment ("after talks that began on
    Monday") is another act's -- unless it describes the act itself ("the visit planned for May")."""
    if clause.dep_ in {"acl", "relcl"} and clause.head.i == anchor.i:
        return True
    return _event_clause(clause, patterns).i == _event_clause(anchor, patterns).i


def _reports(anchor: Token, patterns: Patterns) -> list[Token]:
    """The clauses reporting the act, nearest first: the hosts of the complement clauses it sits in."""
    found = []
    clause = _event_clause(anchor, patterns)
    while clause.dep_ == "ccomp":
        clause = _event_clause(clause.head, patterns)
        found.append(clause)
    return found


def _clause(token: Token) -> Token:
    """The head of the clause ``token`` stands in: the nearest verb heading a clause, or the root."""
    while token.head.i != token.i and not (
        token.pos_ in _VERBAL and token.dep_ in _CLAUSE_DEPS
    ):
        token = token.head
    return token


_EVENT_CLAUSES = DocMemo()  # a chain of n conjoined verbs is walked once, not once per verb


def _event_clause(token: Token, patterns: Patterns) -> Token:
    """The clause whose dates are the act's: its own, or, for a conjoined verb ("met Putin and
    signed a treaty") or a clause of the same moment ("Speaking on Monday, ..."), its host's."""
    known = _EVENT_CLAUSES.of(token.doc, patterns)
    chain: list[Token] = []
    node = token
    while node.i not in known:
        clause = _clause(node)
        # ("voted on Monday to endorse the plan": what a vote decides is done when it is held;
        # "In April Russia began withdrawing": what is begun, when it begins)
        if not ((clause.dep_ == "conj" and not _has_subject(clause)) or _same_moment(clause, patterns.same_moment_marks)
                or _hindered(clause, patterns.hindrance_prepositions) or decided(clause, patterns)
                or (clause.dep_ == "xcomp" and clause.head.lemma_.lower() in patterns.aspectual)):
            known[node.i] = clause.i
            break
        chain.append(node)
        node = conjunct_head(clause) if clause.dep_ == "conj" else clause.head
    for passed in chain:
        known[passed.i] = known[node.i]
    return token.doc[known[token.i]]


def _hindered(clause: Token, prepositions: Container[str]) -> bool:
    """"barred two ministers from entering its territory on Monday": what an act keeps someone from
    doing has no moment of its own; its date is the act's."""
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ in prepositions


def _has_subject(clause: Token) -> bool:
    """"blockaded convoys since September, and on Thursday they ambushed a patrol": a conjunct
    with a subject of its own is another clause, with dates of its own."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _same_moment(clause: Token, marks: Container[str]) -> bool:
    """An adverbial clause marked "when"/"while", a bare participle ("Speaking on Monday",
    "Asked about the ban") -- not "Having met Putin", whose auxiliary puts it earlier -- or the
    means of an act ("retaliated on Wednesday by barring trucks")."""
    if clause.dep_ == "pcomp" and clause.head.lower_ == "by" and clause.tag_ == "VBG":
        return True
    if clause.dep_ != "advcl":
        return False
    children = list(clause.children)
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in children):
        return True
    bound = {"mark", "nsubj", "nsubjpass", "aux", "auxpass"}
    return clause.tag_ in {"VBG", "VBN"} and not any(c.dep_ in bound for c in children)


def _measures_time(span: Span, clause: Token, durations: Container[str]) -> bool:
    """Does the expression bound a stretch of time ("since 2010", "in the years since 2010",
    "throughout the summer of 2015", "over the last year") rather than date an act?"""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if span[0].lower_ == "last" and before is not None and before.lower_ == "the":
        # "in the last month" is the stretch up to the document date; "last month" the one before
        return True
    for token in span.root.ancestors:
        if token.i == clause.i:
            return False
        # "of" only joins a part to its period: "since the end of 2014"
        if token.dep_ == "prep" and token.lower_ != "of":
            return token.lower_ in durations
    return False


def _distance(
    sentence: Span, expression: DateExpression, anchor: Token
) -> tuple[int, int, int]:
    span = _tokens(sentence, expression.start, expression.end)
    if span is None:
        return (10**6, 10**6, expression.start)
    root = span.root
    return (_tree_distance(root, anchor), abs(root.i - anchor.i), expression.start)


def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    depth_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, token in enumerate(up_a):
        if token.i in depth_b:
            return n + depth_b[token.i]
    return len(up_a) + len(depth_b)
