"""Dating a document from its own text: the five seeds, and each kind of clue on short
texts written for these tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest

from realpolitik.docdate import dateline_day, load_calendar
from realpolitik.documents import clean_text, document_from_text, infer_document_date
from realpolitik.records import Actor, ActorMention

# seed -> (earliest allowed, latest allowed, the month the best date falls in, evidence it must cite)
SEEDS = [
    ("000", date(2014, 3, 1), date(2014, 3, 31), (2014, 3), "7 March"),
    ("001", date(2021, 4, 1), date(2021, 6, 30), (2021, 4), "nine months since the presidential election"),
    ("002", date(2016, 1, 7), date(2016, 1, 31), (2016, 1), "accessed January 7, 2016"),
    ("003", date(2016, 1, 1), date(2016, 3, 31), (2016, 2), "January 1, 2016"),
    ("004", date(2013, 10, 1), date(2013, 10, 31), (2013, 10), "3-4 October"),
]


@pytest.mark.parametrize(("seed", "earliest", "latest", "month", "evidence"), SEEDS)
def test_seed_dates(seed_paths: dict[str, Path], seed, earliest, latest, month, evidence) -> None:
    found = infer_document_date(clean_text(seed_paths[seed].read_text("utf-8")))
    assert found.method == "inferred"
    assert earliest <= found.earliest <= found.value <= found.latest <= latest
    assert (found.value.year, found.value.month) == month
    assert evidence in found.evidence
    assert found.value != date.today()


@pytest.mark.parametrize(("seed", "precision"), [("000", "month"), ("002", "month"), ("004", "month"), ("003", "range")])
def test_seed_precision(seed_paths: dict[str, Path], seed: str, precision: str) -> None:
    assert infer_document_date(clean_text(seed_paths[seed].read_text("utf-8"))).precision == precision


# (text, earliest, latest) on texts written for these tests
# fmt: off
CLUES = [
    # a dateline is the writing date itself
    ("MINSK, October 24, 2013 — Putin arrived on Thursday (TASS, October 20, 2013).", date(2013, 10, 24), date(2013, 10, 24)),
    ("BRUSSELS (Reuters), 2 March 2017 - The ministers met.", date(2017, 3, 2), date(2017, 3, 2)),
    # a publication line, or a date alone on a line near the top
    ("Gas Talks\n\nPublished: 12 March 2019\n\nRiga protested (LETA, March 1, 2019).", date(2019, 3, 12), date(2019, 3, 12)),
    ("Gas Talks\n\nTuesday, March 12, 2019 | 10:32 EET\n\nRiga protested.", date(2019, 3, 12), date(2019, 3, 12)),
    # ... after a byline on the same line, as a page's byline block reads once extracted
    ("Border Closed\n\nBy Daiva Petrauskaitė Published December 7, 2023\n\nVilnius acted (BNS, December 1, 2023).",
     date(2023, 12, 7), date(2023, 12, 7)),
    ("Border Closed\n\nBy Daiva Petrauskaitė · Published 7 December 2023, 14:02\n\nVilnius acted.", date(2023, 12, 7), date(2023, 12, 7)),
    # ... but a report published on a date, named in a sentence, is only cited
    ("By then the report, published December 7, 2023, was known.", date(2023, 12, 7), date(2023, 12, 28)),
    ("Riga protested (LETA, March 1, 2019).\n\nUpdated: March 20, 2019", date(2019, 3, 1), date(2019, 3, 20)),
    # a cited date: on it or within three weeks
    ("Minsk objected to the plan (BelTA, March 3, 2019).", date(2019, 3, 3), date(2019, 3, 24)),
    ("The figures were checked (example.org, accessed 12 June 2017).", date(2017, 6, 12), date(2017, 7, 3)),
    # a full date in the running text: up to three months after
    ("On May 5, 2017, the two presidents met in Sochi.", date(2017, 5, 5), date(2017, 8, 3)),
    # the freshest dated reference wins; yearless dates take their year from it
    ("Talks began on 2 February 2012. On 20 February, Riga objected.", date(2012, 2, 20), date(2012, 3, 12)),
    ("Kyiv protested (Interfax, January 4, 2016). On December 28, Minsk had agreed.", date(2016, 1, 4), date(2016, 1, 25)),
    # yearless dates placed by a landmark event
    ("Minsk stayed silent about the Crimean referendum. On 10 March, the minister flew to Vilnius.",
     date(2014, 3, 10), date(2014, 3, 31)),
    # an announced event still to come: shortly before it
    ("Ministers met in Riga (LETA, October 2, 2013) ahead of the Vilnius summit.", date(2013, 10, 2), date(2013, 10, 23)),
    ("Minsk will send observers to the 2020 presidential election in Belarus.", date(2020, 2, 11), date(2020, 8, 9)),
    # relative to a landmark event the text pins down
    (("After the August presidential election in Belarus, protests began. It is now six months since the "
      "presidential election."), date(2021, 1, 25), date(2021, 2, 24)),
    ("Relations cooled. Nearly two years after the annexation of Crimea, sanctions remain.", date(2015, 8, 28), date(2016, 2, 27)),
    # "N years later" after "In YYYY"
    ("In 2004, the two states signed a treaty. Ten years later, the treaty was dead.", date(2014, 1, 1), date(2015, 12, 31)),
    # "last year ended ..." puts the text early in a year
    ("Last year ended with a summit in Sochi (TASS, December 20, 2018). On January 9, 2019, the ministers met.",
     date(2019, 1, 9), date(2019, 3, 31)),
    # "last month" / "last year" / "this year" with the month or year it means
    ("Last month, on March 12, 2019, the ministers met in Riga.", date(2019, 4, 1), date(2019, 4, 30)),
    ("Last year, in 2015, Minsk hosted the talks.", date(2016, 1, 1), date(2016, 12, 31)),
    ("Elections are due this year; the 2024 vote will be the first since the reform.", date(2024, 1, 1), date(2024, 12, 31)),
    # ... but a year in a citation is not the year meant
    ("Last year, the president visited Moscow twice (see EDM, January 5, 2016).", date(2016, 1, 5), date(2016, 1, 26)),
    # a year mentioned as past, nothing better: that year or the next
    ("The agreement signed in 2009 changed little.", date(2009, 1, 1), date(2010, 12, 31)),
]
# fmt: on


@pytest.mark.parametrize(("text", "earliest", "latest"), CLUES)
def test_clues(text: str, earliest: date, latest: date) -> None:
    found = infer_document_date(text, actors=NO_ACTORS)
    assert (found.earliest, found.latest) == (earliest, latest), found.evidence
    assert found.method == "inferred" and found.earliest <= found.value <= found.latest


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("Riga protested loudly.", None),
        ("The summit will be held on June 10, 2030.", None),  # a coming date only bounds from above
        ("Growth is projected at 2% in 2031.", None),
        ("On 7 March, the minister flew to Vilnius.", None),  # a yearless date alone has no year
        ("Belarus reacted cautiously to the annexation of Crimea.", date(2014, 2, 27)),  # after, but how long?
        ("It is now six months since the presidential election in Belarus.", None),  # which election?
    ],
)
def test_no_date_without_enough_clues(text: str, earliest: date | None) -> None:
    found = infer_document_date(text, actors=NO_ACTORS)
    assert found.value is None and found.precision == "unknown" and found.method == "unknown"
    assert found.earliest == earliest
    assert found.evidence


# (text, the dateline's day, what the evidence quotes): wire-style datelines are the writing date
# fmt: off
DATELINES = [
    ("MINSK, March 7, 2014 — The foreign ministry summoned the Lithuanian envoy.", date(2014, 3, 7), "'MINSK, March 7, 2014 —'"),
    ("MOSCOW, 7 March 2014 (Reuters) - Lavrov warned Kyiv against any blockade.", date(2014, 3, 7), "(Reuters) -"),
    ("Minsk, 7.03.2014. Makei received the Polish ambassador.", date(2014, 3, 7), "'Minsk, 7.03.2014.'"),
    ("VILNIUS, 7/03/2014 - The Seimas debated the nuclear plant.", date(2014, 3, 7), "'VILNIUS, 7/03/2014 -'"),
    ("MINSK /BelTA/, 12 April 2016 - The president met the governors.", date(2016, 4, 12), "/BelTA/"),
    ("Nur-Sultan, 2019-06-10: Kazakhstan chose a new president.", date(2019, 6, 10), "'Nur-Sultan, 2019-06-10:'"),
    ("ST. PETERSBURG, Thursday, June 4, 2015 — Putin hosted Lukashenko.", date(2015, 6, 4), "Thursday, June 4, 2015"),
    ("WASHINGTON, D.C., March 7, 2014 — The State Department urged restraint.", date(2014, 3, 7), "D.C., March 7"),
    ("MINSK, Belarus, 6 March 2014 (BelTA) - Lukashenko met the governors.", date(2014, 3, 6), "(BelTA) -"),
    # a country name with small words in it
    ("BUKAVU, Democratic Republic of Congo, Dec. 3, 2026 — Rebels took the airport.", date(2026, 12, 3), "Congo, Dec. 3, 2026"),
    ("MOSTAR, Bosnia and Herzegovina, March 4, 2025 — The court ruled.", date(2025, 3, 4), "Herzegovina, March 4"),
    # after a title line
    ("Gas talks stall\n\nRIGA, Sept. 9, 2013 — Latvia asked for a discount.", date(2013, 9, 9), "'RIGA, Sept. 9, 2013 —'"),
    # accented places
    ("ASUNCIÓN, April 1, 2025 (Wire) - Paraguay suspended the Itaipu talks.", date(2025, 4, 1), "(Wire) -"),
    ("SÃO PAULO, March 3, 2025 — The court ruled.", date(2025, 3, 3), "'SÃO PAULO, March 3, 2025 —'"),
    ("Bogotá, 2025-02-10: Colombia recalled its envoy.", date(2025, 2, 10), "'Bogotá, 2025-02-10:'"),
    # no year: the other clues give it
    ("KYIV, Oct 3 (AP) — Kyiv protested (Interfax, September 28, 2014).", date(2014, 10, 3), "read as 2014-10-03"),
    ("WARSAW, 20 January (PAP) - Poland backed the sanctions imposed after the annexation of Crimea.",
     date(2015, 1, 20), "read as 2015-01-20"),
    # a dateline beats weaker clues that disagree with it
    ("MINSK, March 7, 2014 — Officials cited a later report (TASS, March 20, 2014).", date(2014, 3, 7), "dateline"),
    ("RIGA, May 4, 2012 — The talks of 2009 were recalled. On 28 April, ministers met.", date(2012, 5, 4), "dateline"),
]
# fmt: on


@pytest.mark.parametrize(("text", "day", "quoted"), DATELINES)
def test_dateline_is_the_writing_day(text: str, day: date, quoted: str) -> None:
    found = infer_document_date(text, actors=NO_ACTORS)
    assert (found.value, found.precision, found.method) == (day, "day", "inferred"), found.evidence
    assert found.evidence.startswith("dateline") and quoted in found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Oct 3 (AP) — Kyiv protested.",  # no year and no other clue
        "In Minsk, 7 March 2014 was a cold day.",  # a sentence, not a dateline
        "Moscow, the Russian capital, hosted the talks on 7 March 2014.",
        "Moscow, 31.02.2014. The talks went on.",  # no such day
        "Belarus, Russia and the EU — a triangle since 2014",  # a title with a dash
        "Lukashenko, 20 years in power — a profile",
        "Talks\n\nOne.\n\nTwo.\n\nThree.\n\nMINSK, March 7, 2014 — A quote deep in the text.",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert not infer_document_date(text, actors=NO_ACTORS).evidence.startswith("dateline")


def test_dateline_survives_cleaning_into_the_document_date() -> None:
    doc = document_from_text("# Potash row\n\nMINSK, Aug. 26, 2013 (BelTA) — Belaruskali's chief was detained.", doc_id="x")
    assert (doc.date.value, doc.date.precision) == (date(2013, 8, 26), "day")
    assert doc.date.evidence.startswith("dateline 'MINSK, Aug. 26, 2013 (BelTA) —'")


def test_coming_dates_bound_from_above() -> None:
    found = infer_document_date("Riga protested (LETA, May 2, 2018). The vote will take place on May 20, 2018.", actors=NO_ACTORS)
    assert (found.earliest, found.latest) == (date(2018, 5, 2), date(2018, 5, 20))


@dataclass(frozen=True)
class Role:
    person: str
    title: str
    code: str
    country: str
    start: date
    end: date | None


class FakeActors:
    """The two methods dating uses from realpolitik.actors.ActorDictionary."""

    ROLES: ClassVar[dict[str, list[Role]]] = {
        "Azarov": [Role("Mykola Azarov", "Prime Minister", "UKRGOV", "UKR", date(2010, 3, 11), date(2014, 1, 28))],
        "Makei": [Role("Vladimir Makei", "Foreign Minister", "BLRGOV", "BLR", date(2012, 8, 20), date(2022, 11, 26))],
        "Putin": [
            Role("Vladimir Putin", "President", "RUSGOV", "RUS", date(2000, 5, 7), date(2008, 5, 7)),
            Role("Vladimir Putin", "Prime Minister of Russia", "RUSGOV", "RUS", date(2008, 5, 8), date(2012, 5, 7)),
            Role("Vladimir Putin", "President", "RUSGOV", "RUS", date(2012, 5, 7), None),
        ],
    }

    def find_mentions(self, text: str, on: date | None = None) -> list[ActorMention]:
        found = []
        for name in self.ROLES:
            start = text.find(name)
            if start != -1:
                actor = Actor("XXXGOV", name, "person")
                found.append(ActorMention(start, start + len(name), name, actor))
        return found

    def roles(self, person: str) -> list[Role]:
        return self.ROLES.get(person, [])


class NoActors(FakeActors):
    ROLES: ClassVar[dict[str, list[Role]]] = {}


NO_ACTORS = NoActors()

ROLE_CASES = [
    # the title with the country adjective anywhere, the name elsewhere
    ("The Ukrainian Prime Minister visited Minsk on 12 May. Azarov thanked his hosts.", date(2013, 5, 12), date(2013, 6, 2)),
    # the bare title next to the name
    ("Prime Minister Azarov arrived in Minsk on 12 May.", date(2013, 5, 12), date(2013, 6, 2)),
    # a title held in one term only; "Prime Minister of Russia" is named "Russian Prime Minister"
    ("Russian Prime Minister Putin flew to Minsk on 3 June.", date(2011, 6, 3), date(2011, 6, 24)),
    # a title held in two terms: only what both allow
    ("President Putin flew to Minsk in 2010 (TASS, June 3, 2010).", date(2010, 6, 3), date(2010, 6, 24)),
    # a serving official bounds a year clue from both sides
    ("Belarusian Foreign Minister Makei said in 2012 that the talks had failed.", date(2012, 8, 20), date(2013, 12, 31)),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROLE_CASES)
def test_serving_officials_date_the_text(text: str, earliest: date, latest: date) -> None:
    found = infer_document_date(text, actors=FakeActors())
    assert (found.earliest, found.latest) == (earliest, latest), found.evidence
    assert " was " in found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "The former Ukrainian Prime Minister Azarov visited Minsk on 12 May.",
        "Azarov visited Minsk on 12 May.",  # no title, no claim that he serves now
    ],
)
def test_former_or_untitled_officials_do_not_date_the_text(text: str) -> None:
    assert infer_document_date(text, actors=FakeActors()).value is None


def test_users_can_extend_the_calendar(tmp_path: Path) -> None:
    mine = tmp_path / "events.yaml"
    mine.write_text("events:\n  - name: Example accord\n    date: 2011-05-05\n    phrases: [Example Accord]\n", "utf-8")
    text = "Three months after the Example Accord, trade grew."
    assert infer_document_date(text, actors=NO_ACTORS).value is None
    found = infer_document_date(text, calendar=load_calendar([mine]), actors=NO_ACTORS)
    assert (found.earliest, found.latest) == (date(2011, 7, 21), date(2011, 8, 20))
    assert "Example accord" in found.evidence


def test_publication_line_before_the_title_survives_cleaning() -> None:
    doc = document_from_text("Tuesday, March 12, 2019 | 10:32 EET\n\n# Gas Talks\n\nRiga protested.", doc_id="x")
    assert doc.title == "Gas Talks"
    assert (doc.date.value, doc.date.precision) == (date(2019, 3, 12), "day")


def _page_with_a_repeated_title(first_line: str) -> str:
    return (f"{first_line}\n\nJOURNAL | Africa | Analysis | 9 min read\n\nLusaka's Two Lenders\n\nLusaka's Two Lenders"
            "\n\nZambia has borrowed from Beijing for a decade and from the IMF since 2022, and its treasury now "
            "answers to both of them.")


@pytest.mark.parametrize(("first_line", "kept"), [
    ("Date: 2026-02-03", True),  # a page whose title is printed twice keeps its date line
    ("2019-2020", False),  # only a whole ISO date reads as one number: a span of years is chrome
])
def test_a_line_before_a_repeated_title_is_kept_only_when_it_dates_the_page(first_line: str, kept: bool) -> None:
    doc = document_from_text(_page_with_a_repeated_title(first_line), doc_id="x")
    assert doc.title == "Lusaka's Two Lenders"
    assert (first_line in doc.text) is kept
    if kept:
        assert (doc.date.value, doc.date.precision) == (date(2026, 2, 3), "day")


def test_given_date_wins_over_the_text() -> None:
    doc = document_from_text("Minsk objected (BelTA, March 3, 2019).", doc_id="x", date=date(2019, 4, 1))
    assert (doc.date.value, doc.date.method, doc.date.precision) == (date(2019, 4, 1), "given", "day")
    inferred = document_from_text("Minsk objected (BelTA, March 3, 2019).", doc_id="x")
    assert inferred.date.method == "inferred" and inferred.date.earliest == date(2019, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2000 troops crossed the border near Brest.",
        "The convoy carried 1990 tonnes of grain.",
    ],
)
def test_numbers_are_not_years(text: str) -> None:
    assert infer_document_date(text, actors=NO_ACTORS).earliest is None


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [
        ("events:\n  - name: No date\n    phrases: [something]\n", "malformed calendar event"),
        ("events:\n  - name: Bad pattern\n    date: 2011-05-05\n    patterns: ['(unclosed']\n", "malformed calendar event"),
        ("events: [unclosed\n", "not valid YAML"),
        ("- just a list\n", "must be a mapping"),
    ],
)
def test_malformed_calendar_names_the_file(tmp_path: Path, yaml_text: str, problem: str) -> None:
    from realpolitik.errors import InputError

    mine = tmp_path / "bad.yaml"
    mine.write_text(yaml_text, "utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        load_calendar([mine])
    assert str(mine) in caught.value.source


def test_seed_004_with_the_shipped_actor_dictionary(seed_paths: dict[str, Path]) -> None:
    """Azarov, named as the serving Ukrainian prime minister, agrees with October 2013."""
    try:
        from realpolitik.actors import load_actors

        actors = load_actors()
    except ImportError:
        pytest.skip("realpolitik.actors is not there yet")
    if not actors.roles("Azarov"):
        pytest.skip("the shipped actor dictionary has no dated roles for Azarov")
    found = infer_document_date(clean_text(seed_paths["004"].read_text("utf-8")), actors=actors)
    assert (found.earliest, found.latest) == (date(2013, 10, 4), date(2013, 10, 25))
    assert "Azarov" in found.evidence


@pytest.mark.parametrize(("text", "day"), [
    ("MOSCOW, November 24, 2015 — Turkish jets shot down a bomber.", date(2015, 11, 24)),
    # a yearless dateline is the latest such day not after the reference
    ("KYIV, Oct 3 (AP) — Drones hit the city.", date(2025, 10, 3)),
    ("BEIJING, March 3 (AP) — China warned Manila.", date(2026, 3, 3)),
    ("KYIV (Reuters) - Drones hit the city.", None),
])
def test_dateline_day_dates_the_lead(text: str, day: date | None) -> None:
    # the coder blanks the dateline before parsing; this day dates the lead's acts that give none
    assert dateline_day(text, date(2026, 3, 10)) == day


@pytest.mark.parametrize("text", [
    "On March 5, 2020 and 2021-04-09, in 1999.", "xMarch 5, 2020 and x2021-04-09", "_March 5, 2020 $2020 €1999 .2020",
    "1-2020 a2020 (2020) 2020s March 2020, Sept. 2019", "٣March 5, 2020 éMay 2020 May 2020", "",
])
def test_dates_searched_without_their_opening_boundary_are_the_same_matches(text: str) -> None:
    from realpolitik import docdate

    for pattern, fast in [(docdate._FULL_MDY, docdate._FULL_MDY_AT), (docdate._ISO, docdate._ISO_AT),
                          (docdate._MONTH_YEAR, docdate._MONTH_YEAR_AT), (docdate._PART_MD, docdate._PART_MD_AT),
                          (docdate._YEAR_ALONE, docdate._YEAR_ALONE_AT)]:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in pattern.finditer(text)]
