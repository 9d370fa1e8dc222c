"""The world's leaders 2015-2026: names as news writes them resolve to the office held on the day,
and every shipped people*.yaml file (each region's) keeps its dates and people consistent."""

import collections
import datetime as dt

import pytest

from realpolitik.actors import load_actors

D = dt.date


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # the names new users found unknown
        ("Lula", D(2024, 3, 1), "BRAGOV"),
        ("President Luiz Inacio Lula da Silva", D(2023, 6, 1), "BRAGOV"),
        ("Lula", D(2015, 3, 1), "BRAELI"),
        ("Milei", D(2024, 3, 1), "ARGGOV"),
        ("Javier Milei", D(2021, 3, 1), "ARGELI"),
        ("Mitsotakis", D(2018, 1, 1), "GRCELI"),
        ("Greek Prime Minister Kyriakos Mitsotakis", D(2025, 5, 1), "GRCGOV"),
        # Europe
        ("Pedro Sanchez", D(2019, 1, 1), "ESPGOV"),
        ("Sánchez", D(2024, 1, 1), "ESPGOV"),
        ("Rajoy", D(2016, 1, 1), "ESPGOV"),
        ("King Felipe", D(2020, 1, 1), "ESPGOV"),
        ("Fico", D(2019, 1, 1), "SVKELI"),
        ("Fico", D(2024, 1, 1), "SVKGOV"),
        ("Babis", D(2023, 1, 1), "CZEELI"),
        ("Plenkovic", D(2020, 1, 1), "HRVGOV"),
        ("Iohannis", D(2020, 1, 1), "ROUGOV"),
        ("Iohannis", D(2025, 6, 1), "ROUELI"),
        ("Nicusor Dan", D(2025, 7, 1), "ROUGOV"),
        ("Bolojan", D(2025, 3, 1), "ROUGOV"),
        ("Frederiksen", D(2022, 1, 1), "DNKGOV"),
        ("Van der Bellen", D(2020, 1, 1), "AUTGOV"),
        ("De Wever", D(2025, 6, 1), "BELGOV"),
        ("Varadkar", D(2018, 1, 1), "IRLGOV"),
        ("Micheal Martin", D(2021, 1, 1), "IRLGOV"),
        ("Djukanovic", D(2020, 1, 1), "MNEGOV"),
        ("Tsipras", D(2021, 1, 1), "GRCOPP"),
        ("Bettel", D(2022, 1, 1), "LUXGOV"),
        ("Gahr Store", D(2022, 1, 1), "NORGOV"),
        # the Americas
        ("Trudeau", D(2018, 1, 1), "CANGOV"),
        ("Trudeau", D(2025, 6, 1), "CANELI"),
        ("Carney", D(2025, 6, 1), "CANGOV"),
        ("AMLO", D(2020, 1, 1), "MEXGOV"),
        ("Lopez Obrador", D(2020, 1, 1), "MEXGOV"),
        ("Sheinbaum", D(2025, 1, 1), "MEXGOV"),
        ("Bukele", D(2022, 1, 1), "SLVGOV"),
        ("Petro", D(2023, 1, 1), "COLGOV"),
        ("Petro Poroshenko", D(2016, 1, 1), "UKRGOV"),
        ("Boric", D(2023, 1, 1), "CHLGOV"),
        ("Bolsonaro", D(2020, 1, 1), "BRAGOV"),
        ("Bolsonaro", D(2024, 1, 1), "BRAOPP"),
        ("Noboa", D(2024, 6, 1), "ECUGOV"),
        ("Daniel Ortega", D(2020, 1, 1), "NICGOV"),
        ("Mia Mottley", D(2022, 1, 1), "BRBGOV"),
        ("Bruno Rodriguez", D(2019, 1, 1), "CUBGOV"),
        ("Raúl Castro", D(2019, 1, 1), "CUBGOV"),
        ("Raúl Castro", D(2022, 1, 1), "CUBELI"),
        # the South Caucasus, the Holy See, Kosovo
        ("Garibashvili", D(2020, 1, 1), "GEOMIL"),
        ("Garibashvili", D(2022, 1, 1), "GEOGOV"),
        ("Mirzoyan", D(2020, 1, 1), "ARMLEG"),
        ("Bayramov", D(2023, 1, 1), "AZEGOV"),
        ("Pope Francis", D(2020, 1, 1), "VATGOV"),
        ("Pope Francis", D(2025, 6, 1), "VATELI"),
        ("Pope Leo", D(2025, 6, 1), "VATGOV"),
        ("Kurti", D(2022, 1, 1), "XKXGOV"),
        # defence ministers, cabinets, envoys and heads of bodies of the 2020s (people_cabinets.yaml)
        ("Pete Hegseth", D(2025, 6, 1), "USAMIL"),
        ("Lloyd Austin", D(2023, 6, 1), "USAMIL"),
        ("Bessent", D(2025, 6, 1), "USAGOV"),
        ("Belousov", D(2023, 6, 1), "RUSGOV"),
        ("Belousov", D(2025, 6, 1), "RUSMIL"),
        ("Umerov", D(2024, 6, 1), "UKRMIL"),
        ("Umerov", D(2025, 9, 1), "UKRGOV"),
        ("Pistorius", D(2024, 6, 1), "DEUMIL"),
        ("Georgieva", D(2018, 6, 1), "WB"),
        ("Georgieva", D(2025, 6, 1), "IMF"),
        ("Georgieva", D(2012, 6, 1), "EU"),
        ("Naryshkin", D(2010, 6, 1), "RUSGOV"),
        ("Okonjo-Iweala", D(2009, 6, 1), "WB"),
        ("Budanov", D(2025, 6, 1), "UKRSPY"),
        ("Budanov", D(2026, 6, 1), "UKRGOV"),
        ("Okonjo-Iweala", D(2025, 6, 1), "WTO"),
        # an Arabic surname written alone drops its article ("al-Sharaa" -> "Sharaa")
        ("Sharaa", D(2025, 6, 1), "SYRGOV"),
        ("Oligui", D(2024, 6, 1), "GABGOV"),
        # a change of office changes the code: before, during, after
        ("Schallenberg", D(2020, 1, 15), "AUTGOV"),
        ("Kurz", D(2016, 1, 1), "AUTGOV"),
        ("Lajcak", D(2016, 1, 1), "SVKGOV"),
        ("Lajcak", D(2018, 1, 1), "UN"),
        ("Lajcak", D(2021, 1, 1), "EU"),
        ("Hoekstra", D(2022, 6, 1), "NLDGOV"),
        ("Hoekstra", D(2024, 1, 1), "EU"),
        ("Bachelet", D(2016, 1, 1), "CHLGOV"),
        ("Bachelet", D(2020, 1, 1), "UN"),
        ("Dilma Rousseff", D(2015, 1, 1), "BRAGOV"),
        ("Dilma Rousseff", D(2019, 1, 1), "BRAELI"),
        ("Dilma Rousseff", D(2024, 1, 1), "NDB"),
        ("Albert Ramdin", D(2022, 1, 1), "SURGOV"),
        ("Albert Ramdin", D(2025, 9, 1), "OAS"),
        ("Lahbib", D(2023, 1, 1), "BELGOV"),
        ("Lahbib", D(2025, 1, 1), "EU"),
        ("Berset", D(2023, 6, 1), "CHEGOV"),
        ("Berset", D(2025, 1, 1), "COE"),
        ("Sassoli", D(2020, 1, 1), "EU"),
        # acting holders and small states that filled the coverage check's holes
        ("Norbert Hofer", D(2016, 10, 1), "AUTGOV"),
        ("Pietro Grasso", D(2015, 1, 20), "ITAGOV"),
        ("Margarita Robles", D(2019, 12, 15), "ESPGOV"),
        ("Margarita Robles", D(2021, 1, 1), "ESPMIL"),
        ("Thomas Shannon", D(2017, 1, 25), "USAGOV"),
        ("Luis Almagro", D(2014, 6, 1), "URYGOV"),
        ("Luis Almagro", D(2020, 6, 1), "OAS"),
        ("Mujica", D(2014, 1, 1), "URYGOV"),
        ("Gilbert Saboya", D(2016, 1, 1), "ANDGOV"),
        ("Christophe Mirmand", D(2026, 1, 1), "MCOGOV"),
        ("Winston Dookeran", D(2014, 1, 1), "TTOGOV"),
    ],
)
def test_leader_resolves_to_the_office_of_the_day(text, on, code):
    actor = load_actors().resolve(text, on)
    assert actor is not None and actor.code == code, actor


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # foreign minister, then prime minister / president / chancellor: the title follows the date
        ("Schallenberg", (D(2021, 3, 1), "foreign minister"), (D(2021, 11, 1), "chancellor")),
        ("Stubb", (D(2015, 1, 1), "prime minister"), (D(2024, 6, 1), "president")),
        ("Bettel", (D(2020, 1, 1), "prime minister"), (D(2024, 1, 1), "foreign minister")),
        ("Lars Lokke Rasmussen", (D(2017, 1, 1), "prime minister"), (D(2023, 6, 1), "foreign minister")),
        ("Kurz", (D(2016, 1, 1), "foreign minister"), (D(2018, 6, 1), "chancellor")),
        ("Dacic", (D(2016, 1, 1), "foreign minister"), (D(2017, 6, 15), "acting prime minister")),
        ("Temer", (D(2016, 6, 1), "acting president"), (D(2017, 6, 1), "president")),
        ("Christodoulides", (D(2020, 1, 1), "foreign minister"), (D(2024, 1, 1), "president")),
    ],
)
def test_role_changes(text, before, after):
    actors = load_actors()
    for on, title in (before, after):
        assert actors.resolve(text, on).role == title


def _people():
    """Every person (and named analyst) of every shipped people*.yaml file, whichever region's (the
    PETRARCH layer, data/petrarch/, is that dictionary's data as converted, under these files)."""
    return [e for e in load_actors().entries_
            if e.kind in ("person", "analyst") and e.name != e.code and "/petrarch/" not in e.source]


# offices one person holds at a time in each country; acting and caretaker holders included
_HEADS_OF_GOVERNMENT = {
    "prime minister", "acting prime minister", "caretaker prime minister", "interim prime minister",
    "chancellor", "acting chancellor", "premier", "head of government", "minister of state",
    "chairman of the Council of Ministers",
}  # fmt: skip
_PRESIDENTS = {"president", "acting president", "interim president", "provisional president"}
_GRACE = dt.timedelta(days=3)  # a handover dated a day or two apart in the sources is not an overlap


def test_every_role_starts_before_it_ends():
    late = [(e.name, r.title, r.start, r.end) for e in _people() for r in e.roles if r.end and r.end < r.start]
    assert late == []


@pytest.mark.parametrize("titles", [_HEADS_OF_GOVERNMENT, _PRESIDENTS], ids=["government", "president"])
def test_no_two_holders_of_one_office_overlap(titles):
    """Two people holding one country's top office at once is a typo in a date (a shared-surname
    entry such as "Bush" repeats its people's terms exactly, which is not an overlap)."""
    terms = collections.defaultdict(set)
    for e in _people():
        for r in e.roles:
            if r.title in titles and r.country:
                terms[r.country].add((r.start, r.end or dt.date.max, e.name))
    clashes = []
    for country, held in terms.items():
        ordered = sorted(held)
        for i, (start, end, name) in enumerate(ordered):
            for other_start, other_end, other in ordered[i + 1 :]:
                if other_start >= end - _GRACE:
                    break
                if (start, end) != (other_start, other_end) and name != other:
                    clashes.append((country, name, str(start), other, str(other_start)))
    assert clashes == []


def test_no_person_twice_and_no_alias_shared_by_two_people():
    """Layering lets a later file's alias silently win: a person listed in two regional files, or
    one alias on two people, would make one of them unreachable."""
    owners = collections.defaultdict(set)
    names = collections.Counter(e.name for e in _people())
    for e in _people():
        for alias in e.aliases:
            owners[alias].add(e.name)
    assert [n for n, c in names.items() if c > 1] == []
    assert {a: sorted(o) for a, o in owners.items() if len(o) > 1} == {}


def test_every_role_code_is_a_known_actor():
    entries = load_actors().entries_
    igos = {e.code for e in entries if e.kind in ("igo", "region")}
    states = {e.country for e in entries if e.kind == "state" and e.country}
    unknown = [
        (e.name, r.code)
        for e in _people()
        for r in e.roles
        if r.code not in igos and not (r.code[:3] in states and len(r.code) == 6)
    ]
    assert unknown == []
