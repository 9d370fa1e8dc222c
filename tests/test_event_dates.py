from __future__ import annotations

from datetime import date

import pytest

from realpolitik.coding.dates import date_expressions, event_date
from realpolitik.coding.patterns import load_patterns
from realpolitik.records import DocumentDate

D = date
UNKNOWN = DocumentDate.unknown()
PATTERNS = load_patterns()  # the words of time (future auxiliaries, intent verbs) the dates read


def given(value: date) -> DocumentDate:
    return DocumentDate.given(value)


# (sentence, document date, expected date, expected precision)
CASES = [
    (
        "On 5 March, Lukashenko met Putin in Sochi.",
        D(2014, 3, 20),
        D(2014, 3, 5),
        "day",
    ),
    ("Lukashenko met Putin in Sochi on March 5.", D(2016, 1, 10), D(2015, 3, 5), "day"),
    (
        "On 3-4 October, the two presidents held talks in Minsk.",
        D(2015, 10, 10),
        D(2015, 10, 3),
        "day",
    ),
    ("Putin arrived in Minsk on October 27.", D(2015, 11, 2), D(2015, 10, 27), "day"),
    ("Lavrov criticised NATO on Thursday.", D(2015, 11, 27), D(2015, 11, 26), "day"),
    ("Lavrov criticised NATO on Thursday.", D(2015, 11, 26), D(2015, 11, 26), "day"),
    ("Lavrov criticised NATO last Thursday.", D(2015, 11, 26), D(2015, 11, 19), "day"),
    ("Makei visited Brussels yesterday.", D(2015, 11, 25), D(2015, 11, 24), "day"),
    (
        "The EU imposed sanctions on Belarus last month.",
        D(2015, 11, 25),
        D(2015, 10, 1),
        "month",
    ),
    ("Belarus hosted the talks last week.", D(2015, 11, 25), D(2015, 11, 18), "day"),
    (
        "Earlier last week, Lavrov met Makei in Moscow.",
        D(2015, 11, 25),
        D(2015, 11, 16),
        "day",
    ),
    ("Two weeks ago Makei visited Brussels.", D(2015, 11, 25), D(2015, 11, 11), "day"),
    (
        "Three days ago the Kremlin summoned the Turkish ambassador.",
        D(2015, 11, 27),
        D(2015, 11, 24),
        "day",
    ),
    (
        "A year ago Russia banned Belarusian milk.",
        D(2015, 11, 25),
        D(2014, 11, 1),
        "month",
    ),
    (
        "In May 2015 the EU lifted some of its sanctions.",
        D(2016, 1, 10),
        D(2015, 5, 1),
        "month",
    ),
    (
        "In 2010 Lukashenko quarrelled with Moscow over gas prices.",
        D(2016, 1, 10),
        D(2010, 1, 1),
        "year",
    ),
    ("Last year Belarus signed the treaty.", D(2016, 2, 1), D(2015, 1, 1), "year"),
    # "since 2014" is when the criticism began, not when this one was made
    ("Russia has criticised Minsk since 2014.", D(2016, 2, 1), D(2016, 2, 1), "doc"),
    (
        "Lukashenko and Nazarbayev met on January 4.",
        D(2016, 1, 10),
        D(2016, 1, 4),
        "day",
    ),
    (
        "The agreement was signed on December 15, 2015.",
        D(2016, 3, 1),
        D(2015, 12, 15),
        "day",
    ),
    (
        "Belarus and Russia formed a union state in the mid-1990s.",
        D(2016, 3, 1),
        D(1995, 1, 1),
        "year",
    ),
    (
        "Relations with the West thawed in the 1990s.",
        D(2016, 3, 1),
        D(1995, 1, 1),
        "year",
    ),
    ("Belarus hosted the talks in March.", D(2016, 1, 15), D(2015, 3, 1), "month"),
    ("Belarus hosted the talks in October.", D(2015, 10, 15), D(2015, 10, 1), "month"),
    ("Belarus hosted the talks last March.", D(2014, 3, 15), D(2013, 3, 1), "month"),
    ("Belarus hosted the talks in March last year.", D(2014, 3, 15), D(2013, 3, 1), "month"),
    ("Belarus will host the talks in June next year.", D(2014, 3, 15), D(2015, 6, 1), "month"),
    (
        "Lukashenko visited Moscow on 5 March 2014.",
        D(2016, 1, 15),
        D(2014, 3, 5),
        "day",
    ),
    ("The talks resumed on Sept. 12.", D(2014, 10, 1), D(2014, 9, 12), "day"),
    ("The ministers will meet next week.", D(2015, 11, 25), D(2015, 12, 2), "day"),
    ("Putin will travel to Minsk tomorrow.", D(2015, 11, 25), D(2015, 11, 26), "day"),
    ("Relations improved in mid-2014.", D(2016, 1, 15), D(2014, 1, 1), "year"),
    (
        "The EU suspended most sanctions in late 2015.",
        D(2016, 3, 15),
        D(2015, 1, 1),
        "year",
    ),
    (
        "Minsk raised the issue earlier this month.",
        D(2015, 11, 25),
        D(2015, 11, 1),
        "month",
    ),
    (
        "Over 2000 soldiers took part in the exercise on Friday.",
        D(2015, 9, 20),
        D(2015, 9, 18),
        "day",
    ),
    ("They met on March the 5th, 2014.", D(2015, 11, 25), D(2014, 3, 5), "day"),
    ("They met on March the 5th.", D(2015, 11, 25), D(2015, 3, 5), "day"),
    ("He met him on the 5th of March.", D(2015, 11, 25), D(2015, 3, 5), "day"),
    (
        "Belarus joined the union in the early 2000s.",
        D(2015, 11, 25),
        D(2002, 1, 1),
        "year",
    ),
    (
        "In the spring of 2014 Russia annexed Crimea.",
        D(2015, 11, 25),
        D(2014, 1, 1),
        "year",
    ),
    (
        "Putin said at the weekend that he would visit.",
        D(2015, 11, 25),
        D(2015, 11, 21),
        "day",
    ),
    ("They met on Sunday, 5 March.", D(2015, 11, 25), D(2015, 3, 5), "day"),
    ("They met on Thursday, March 5, 2015.", D(2015, 11, 25), D(2015, 3, 5), "day"),
    (
        "Talks were held on March 5-th.",
        D(2015, 11, 25),
        D(2015, 3, 5),
        "day",
    ),  # spaCy DATE entity, dateparser
    # acts still to come look forward from the document date
    (
        "The ceasefire will take effect on February 15.",
        D(2015, 2, 12),
        D(2015, 2, 15),
        "day",
    ),
    (
        "Lukashenka will not attend the summit in Vilnius in November.",
        D(2013, 10, 24),
        D(2013, 11, 1),
        "month",
    ),
    # ... but only the act they date: the threat, the cancelling, the saying happened by the
    # document date (the acts looked forward to are in TRIGGERED below)
    (
        "Russian firms threatened to stop deliveries from January 1.",
        D(2019, 12, 20),
        D(2019, 12, 20),
        "doc",
    ),
    (
        "Lavrov cancelled a visit that had been planned for Wednesday.",
        D(2015, 11, 24),
        D(2015, 11, 24),
        "doc",
    ),
    (
        "Officials said the next round of talks would take place in March.",
        D(2015, 2, 12),
        D(2015, 2, 12),
        "doc",
    ),
    (
        "Makei and Lavrov signed an action plan for 2016–2017 on October 27.",
        D(2016, 1, 17),
        D(2015, 10, 27),
        "day",
    ),
    # dates inside parenthesised citations date the source, not the event
    (
        "The Kremlin accused Turkey of a planned provocation (TASS, January 1, 2016).",
        D(2016, 1, 3),
        D(2016, 1, 3),
        "doc",
    ),
    # a year that names a thing does not date the act
    ("Lukashenko praised the 2014 agreement.", D(2015, 2, 12), D(2015, 2, 12), "doc"),
    ("Lukashenko criticised the West.", D(2015, 2, 12), D(2015, 2, 12), "doc"),
    (
        "Russia may respond with sanctions, officials said.",
        D(2015, 2, 12),
        D(2015, 2, 12),
        "doc",
    ),
    ("The ministers met on 30 February.", D(2015, 3, 12), D(2015, 3, 12), "doc"),
    # unknown document date: only explicit dates count, nothing falls back to today
    ("The treaty was signed on December 8, 1999.", None, D(1999, 12, 8), "day"),
    (
        "MINSK, March 7, 2014 - Lukashenko said Belarus would not recognise the vote.",
        None,
        D(2014, 3, 7),
        "day",
    ),
    ("Makei visited Brussels yesterday.", None, None, "doc"),
    ("Lukashenko met Putin in Sochi on March 5.", None, None, "doc"),
    ("Lukashenko criticised the West.", None, None, "doc"),
]


@pytest.mark.parametrize("text,doc_date,expected,precision", CASES)
def test_event_date(nlp, text, doc_date, expected, precision):
    sentence = next(iter(nlp(text).sents))
    document_date = given(doc_date) if doc_date else UNKNOWN
    assert event_date(sentence, document_date, PATTERNS) == (expected, precision)


# (sentence, trigger word as the coder passes it, document date, expected date, precision):
# a date dates the act of its own clause only
TRIGGERED = [
    # a day a strike is called for is the coming one; a date on what an act keeps someone from doing dates the act
    ("Serbian students called a general strike for Monday.", "called", D(2014, 3, 12), D(2014, 3, 17), "day"),
    ("Israel barred two Spanish ministers from entering its territory on Monday.", "barred",
     D(2014, 3, 12), D(2014, 3, 10), "day"),
    # a participle clause of the object: the reforms were carried out since 2012, not welcomed then
    ("Nazarbayev welcomed the reforms carried out since 2012.", "welcomed",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    # the threat was made by the document date; March 1 is when the cut would begin
    ("Gazprom threatened to cut supplies to Minsk from March 1.", "threatened",
     D(2016, 2, 10), D(2016, 2, 10), "doc"),
    ("Gazprom threatened to cut supplies to Minsk from March 1.", "cut",
     D(2016, 2, 10), D(2016, 3, 1), "day"),
    ("Russian firms threatened to stop deliveries from January 1.", "stop",
     D(2019, 12, 20), D(2020, 1, 1), "day"),
    ("Pompeo is expected to visit Minsk in January.", "visit", D(2019, 12, 20), D(2020, 1, 1), "month"),
    # a scheduled act's weekday lies ahead (a news reader's review, 2026-12-05)
    ("Ruto is due to travel to Kampala on Monday.", "travel", D(2025, 10, 8), D(2025, 10, 13), "day"),
    ("Officials said the next round of talks would take place in March.", "take",
     D(2015, 2, 12), D(2015, 3, 1), "month"),
    # an adverbial phrase holding a relative clause: Tuesday is when the negotiations opened
    ("The foreign ministers issued a joint statement after negotiations that opened on Tuesday.", "issued",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("The foreign ministers issued a joint statement after negotiations that opened on Tuesday.", "opened",
     D(2016, 4, 14), D(2016, 4, 12), "day"),
    # durations: the act happened within the stretch, not at its start or end
    ("Belarus has hosted Russian troops since 2013.", "hosted", D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Russia has blocked Belarusian dairy imports since the end of 2014.", "blocked",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Putin visited Minsk for the first time since 2010.", "visited", D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Minsk released dozens of prisoners in the years since 2015.", "released",
     D(2018, 4, 14), D(2018, 4, 14), "doc"),
    ("Lithuania protested against the nuclear plant throughout 2017.", "protested",
     D(2018, 3, 1), D(2018, 3, 1), "doc"),
    ("Russia extended the food embargo until 2018.", "extended", D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Lukashenko has governed Belarus for 21 years.", "governed", D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Kyiv has accused Moscow of shelling its positions over the last week.", "accused",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("In the last month, Poland expelled two Belarusian diplomats.", "expelled",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    # relative clauses date their own verb
    ("Tusk met the envoy who had arrived in Warsaw on Sunday.", "met", D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Tusk met the envoy who had arrived in Warsaw on Sunday.", "arrived",
     D(2016, 4, 14), D(2016, 4, 10), "day"),
    ("Lavrov cancelled a visit that had been planned for Wednesday.", "planned",
     D(2015, 11, 24), D(2015, 11, 25), "day"),
    # ... and a clause describing the act noun dates that act
    ("The visit scheduled for Friday was cancelled by Minsk.", "visit",
     D(2016, 4, 14), D(2016, 4, 15), "day"),
    ("The visit scheduled for Friday was cancelled by Minsk.", "cancelled",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    # complement clauses date the act they report, never the verb that takes them
    ("Minsk denied that its troops crossed the border on Friday.", "denied",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Minsk denied that its troops crossed the border on Friday.", "crossed",
     D(2016, 4, 14), D(2016, 4, 8), "day"),
    ("Lavrov said on Monday that Russia had lifted the ban in April.", "said",
     D(2016, 6, 1), D(2016, 5, 30), "day"),
    ("Lavrov said on Monday that Russia had lifted the ban in April.", "lifted",
     D(2016, 6, 1), D(2016, 4, 1), "month"),
    # an act with no date of its own takes the date it was reported, or the dateline's
    ("On Thursday, the Kremlin confirmed that Putin had called Erdogan.", "called",
     D(2016, 4, 16), D(2016, 4, 14), "day"),
    ("VILNIUS, June 3, 2016 - Officials said Lithuania would close the crossing.", "close",
     None, D(2016, 6, 3), "day"),
    # adverbial clauses of another moment keep their dates; those of the same moment share them
    ("Lukashenko flew to Sochi after he signed the decree on 3 May.", "flew",
     D(2016, 5, 20), D(2016, 5, 20), "doc"),
    ("Lukashenko flew to Sochi after he signed the decree on 3 May.", "signed",
     D(2016, 5, 20), D(2016, 5, 3), "day"),
    ("Kerry left for Geneva before meeting Lavrov on Saturday.", "left",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Having met Putin on Monday, Lukashenko flew to Astana.", "flew", D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Speaking in Brussels on Tuesday, Mogherini criticised the verdict.", "criticised",
     D(2016, 4, 14), D(2016, 4, 12), "day"),
    ("When Putin visited Astana in 2012, he signed a gas deal.", "signed",
     D(2016, 4, 14), D(2012, 1, 1), "year"),
    # a conjunct with a subject of its own is another clause: its date is not the first one's;
    # a date put before the first conjunct still dates it
    ("Rebels have blocked the highway since May, and on Friday they attacked a convoy.", "blocked",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Rebels have blocked the highway since May, and on Friday they attacked a convoy.", "attacked",
     D(2016, 4, 14), D(2016, 4, 8), "day"),
    ("On Wednesday, Lavrov met Makei and the two ministers signed a visa agreement.", "signed",
     D(2016, 4, 14), D(2016, 4, 13), "day"),
    # what keeps working: conjoined acts share a date, the trigger's own phrases, the future
    ("On Wednesday, Lavrov met Makei and signed a visa agreement.", "signed",
     D(2016, 4, 14), D(2016, 4, 13), "day"),
    ("Merkel held talks with Poroshenko in Berlin on 12 June.", "held", D(2016, 7, 1), D(2016, 6, 12), "day"),
    ("The Belarusian president will travel to Hanoi in September.", "travel",
     D(2016, 6, 10), D(2016, 9, 1), "month"),
    ("Ukraine recalled its ambassador on Tuesday, a day after protests that started last week.", "recalled",
     D(2016, 4, 14), D(2016, 4, 12), "day"),
    # a news sentence tells one recent day: an act with no date of its own takes it ...
    ("Riot police fired tear gas at farmers who marched on the capital on Tuesday.", "fired",
     D(2016, 4, 14), D(2016, 4, 12), "day"),
    ("Kenya flew 200 more officers to Haiti on Friday, and Canada pledged $20 million for the mission.", "pledged",
     D(2016, 4, 14), D(2016, 4, 8), "day"),
    # ... but not a day long past, one still to come, nor one of another moment's clause
    ("The junta, which seized power on 26 July 2013, expelled the French ambassador.", "expelled",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    # (a complement further down is no complement of the act: its day is the sentence's)
    ("Riot police fired tear gas at protesters who tried to storm the parliament on Tuesday.", "fired",
     D(2016, 4, 14), D(2016, 4, 12), "day"),
    # (a month to come is no second day: "… by late September")
    ("Britain and France triggered the return of sanctions on Iran on Tuesday, accusing Tehran of breaches "
     "and starting a countdown that could see the measures back by late September.", "accusing",
     D(2016, 4, 14), D(2016, 4, 12), "day"),
    ("Georgia, which Russian jets bombed on Monday, appealed to the United Nations.", "appealed",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("The weather office said the storm would reach the coast by Saturday.", "said",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Officials said Egypt would send troops to the mission after talks in Cairo on Monday.", "said",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    # "a day after": the hanging clause dated from its host, or from the act its host reports
    ("Niger shut its airspace to flights to and from Benin on Monday, a day after Benin, Togo and Ghana recalled "
     "their envoys from Niamey.", "recalled", D(2016, 4, 14), D(2016, 4, 10), "day"),
    ("Nigeria lifted its sanctions on Benin on Friday, a year after Benin quit the regional bloc.", "quit",
     D(2016, 4, 14), D(2015, 4, 1), "month"),
    ("Lima reopened the border crossing on Friday, three years after clashes between the two armies closed it.", "closed",
     D(2016, 4, 14), D(2013, 1, 1), "year"),
    # ("after" on the measure of a clause with a subject of its own: after "the attack", not two
    # days before the strike; the sentence's day is the nearest it has)
    ("Russia struck Kyiv on Monday, and two days after the attack Ukraine hit back.", "hit",
     D(2016, 4, 14), D(2016, 4, 11), "day"),
    # (a shift off the calendar dates nothing)
    ("Peru reopened the border crossing on Friday, nearly 3000 years after Ecuador closed it.", "closed",
     D(2016, 4, 14), D(2016, 4, 14), "doc"),
    ("Gunmen stormed the village on Tuesday, killing nine people, the army said, a day after the rebels rejected "
     "a truce.", "rejected", D(2016, 4, 14), D(2016, 4, 11), "day"),
    # a time clause in the present tells what is to come (a reader's article, 2026-12-07); "since" looks back
    ("The deal would be signed before the two presidents meet in April.", "meet", D(2025, 12, 30), D(2026, 4, 1), "month"),
    ("Kyiv has asked for talks since the two armies clash daily in March.", "clash", D(2025, 12, 30), D(2025, 3, 1), "month"),
    # ... but on a clause in the present it is a headline's past (review13)
    ("Police fire tear gas after protesters storm parliament on Saturday.", "storm", D(2025, 12, 30), D(2025, 12, 27), "day"),
]  # fmt: skip


@pytest.mark.parametrize("text,trigger,doc_date,expected,precision", TRIGGERED)
def test_a_date_dates_the_act_of_its_own_clause(nlp, text, trigger, doc_date, expected, precision):
    sentence = next(iter(nlp(text).sents))
    token = next(t for t in sentence if t.text == trigger)
    document_date = given(doc_date) if doc_date else UNKNOWN
    assert event_date(sentence, document_date, PATTERNS, trigger=token) == (expected, precision)


@pytest.mark.parametrize(
    "trigger,expected",
    [("said", D(2015, 11, 25)), ("met", D(2015, 11, 23)), (None, D(2015, 11, 25))],
)
def test_the_date_attached_to_the_trigger_wins(nlp, trigger, expected):
    doc = nlp(
        "Putin, who met Lukashenko on Monday, said on Wednesday that Moscow would respond."
    )
    sentence = next(iter(doc.sents))
    token = next(t for t in sentence if t.text == trigger) if trigger else None
    assert event_date(sentence, given(D(2015, 11, 27)), PATTERNS, trigger=token) == (
        expected,
        "day",
    )


def test_trigger_may_be_a_span(nlp):
    doc = nlp("Russia, which imposed a ban on Monday, lifted it on Wednesday.")
    sentence = next(iter(doc.sents))
    imposed = next(t for t in sentence if t.text == "imposed")
    assert event_date(
        sentence, given(D(2015, 11, 27)), PATTERNS, trigger=doc[imposed.i : imposed.i + 1]
    ) == (
        D(2015, 11, 23),
        "day",
    )


def test_date_expressions_report_sentence_offsets(nlp):
    doc = nlp(
        "Belarus and Russia signed a deal on 8 December 1999, Interfax reported (Interfax, 9 December 1999)."
    )
    sentence = next(iter(doc.sents))
    found = date_expressions(sentence)
    assert [(e.text, sentence.text[e.start : e.end]) for e in found] == [
        ("8 December 1999", "8 December 1999")
    ]


def test_sentence_not_at_document_start(nlp):
    doc = nlp("Lukashenko spoke in Minsk. He met Putin on 5 March.")
    second = list(doc.sents)[1]
    assert event_date(second, given(D(2014, 3, 20)), PATTERNS) == (D(2014, 3, 5), "day")


def test_a_when_clause_or_a_fronted_date_is_found_after_the_document_start(nlp):
    # the expressions' offsets are the sentence's, the words' the document's (a reader's article,
    # 2026-12-07: every "when" clause after the first sentence took the document's date)
    doc = nlp("Greece protested on Sunday. Relations thawed in December 2023, when the two leaders signed a declaration. "
              "On Monday, Lavrov met Makei and Peskov praised the talks.")
    second, third = list(doc.sents)[1:3]
    signed = next(t for t in second if t.text == "signed")
    praised = next(t for t in third if t.text == "praised")
    assert event_date(second, given(D(2025, 10, 6)), PATTERNS, trigger=signed) == (D(2023, 12, 1), "month")
    assert event_date(third, given(D(2025, 10, 8)), PATTERNS, trigger=praised) == (D(2025, 10, 6), "day")


@pytest.mark.parametrize("text, told, expected, precision", [
    ("Two years later, Georgia refused to recognise the annexation.", (D(2014, 1, 1), "year"), D(2016, 1, 1), "year"),
    ("Three months later Astana recalled its ambassador.", (D(2019, 3, 1), "month"), D(2019, 6, 1), "month"),
    ("Ten days later the two sides met again.", (D(2019, 3, 4), "day"), D(2019, 3, 14), "day"),
    ("The following year Tbilisi expelled a Russian diplomat.", (D(2016, 1, 1), "year"), D(2017, 1, 1), "year"),
    ("That autumn Astana hosted Xi Jinping.", (D(2019, 3, 1), "month"), D(2019, 1, 1), "year"),
    ("That July Astana hosted Xi Jinping.", (D(2019, 3, 1), "month"), D(2019, 7, 1), "month"),
    ("Later that month Astana recalled its envoy.", (D(2019, 3, 4), "day"), D(2019, 3, 1), "month"),
    # a month or a day is never made up from a year
    ("Three months later Astana recalled its ambassador.", (D(2019, 1, 1), "year"), D(2025, 10, 8), "doc"),
    # nothing told before: "the following year" is nobody's; "the previous year" the document's
    ("The following year Tbilisi expelled a Russian diplomat.", None, D(2025, 10, 8), "doc"),
    ("Tbilisi expelled a Russian diplomat the previous year.", None, D(2024, 1, 1), "year"),
])
def test_a_narrative_time_is_told_from_the_last_date_told(nlp, text, told, expected, precision):
    sentence = next(iter(nlp(text).sents))
    assert event_date(sentence, given(D(2025, 10, 8)), PATTERNS, told=told) == (expected, precision)
