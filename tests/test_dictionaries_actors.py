"""The PETRARCH/TABARI actor, agent and discard readers, and the counts of the real PETRARCH files."""

from __future__ import annotations

import datetime

import pytest

from realpolitik.dictionaries import sniff
from realpolitik.dictionaries.discards import parse_discards
from realpolitik.dictionaries.petrarch_actors import DatedCode, parse_actors, parse_date
from realpolitik.dictionaries.petrarch_agents import parse_agents, plural
from realpolitik.dictionaries.petrarch_verbs import BadLine

D = datetime.date
ACTORS = """\
<!-- a validation-style comment
     over two lines -->
VALDORIA_  [VAL]
+VALDORIAN_
+PORT_ESSEN    # its capital

MARTA_KOVIC_   ; a TABARI-style comment
+M._KOVIC
\t[VALELI <870203]
\t[VALGOV 870204-991231]
\t[VALGOV >20150601]
\t[VALELI]

OLD_STYLE_NAME_ [VALMIL 610101-651231] [VALELI]
THE_PAIR_ [VAL/KOR >20010101]
"""


def test_actor_records_with_aliases_defaults_and_dated_codes():
    f = parse_actors(ACTORS, "mine.actors")
    assert f.errors == ()
    country, person, tabari, pair = f.records
    assert country.phrases == ("VALDORIA_", "VALDORIAN_", "PORT_ESSEN") and country.default == "VAL"
    assert person.line == 7 and person.phrases == ("MARTA_KOVIC_", "M._KOVIC")
    assert person.dated == (
        DatedCode("VALELI", None, D(1987, 2, 3)),
        DatedCode("VALGOV", D(1987, 2, 4), D(1999, 12, 31)),
        DatedCode("VALGOV", D(2015, 6, 1), None),
    )
    assert person.default == "VALELI"
    # TABARI: restrictions on the primary line
    assert tabari.dated == (DatedCode("VALMIL", D(1961, 1, 1), D(1965, 12, 31)),) and tabari.default == "VALELI"
    assert f.phrases == 7
    assert pair.codes == (DatedCode("VAL", D(2001, 1, 1)), DatedCode("KOR", D(2001, 1, 1)))


@pytest.mark.parametrize(("text", "date"), [("090120", D(2009, 1, 20)), ("450703", D(1945, 7, 3)),
                                             ("291231", D(2029, 12, 31)), ("19300101", D(1930, 1, 1))])
def test_dates_two_digit_years_pivot_at_30(text, date):
    assert parse_date(text) == date


def test_bad_actor_lines_are_errors_and_the_record_keeps_the_rest():
    text = ACTORS.replace("[VALGOV 870204-991231]", "[VALGOV 8702040-991231]").replace("+PORT_ESSEN", "+PORT]ESSEN")
    text = "+ORPHAN_ALIAS\n" + text.replace("[VALELI]\n\nOLD", "[VAL ELI]\n\nOLD")
    f = parse_actors(text, "mine.actors")
    assert [str(e) for e in f.errors] == [
        "mine.actors:1: an alias before any actor's name",
        "mine.actors:6: cannot read the name 'PORT]ESSEN': a name, then its code in [ ]",
        "mine.actors:11: bad date '8702040': use YYMMDD or YYYYMMDD",
        "mine.actors:13: bad code [VAL ELI]: use [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD]",
    ]
    assert len(f.records) == 4 and len(f.records[1].dated) == 2


AGENTS = """\
!PERSON! = MAN, WOMAN, PERSON
DIPLOMAT [~GOV]
ARMY {} [~MIL]
CHAIR!PERSON! [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
RELIEF_AGENCY [NGO~]
OLD_TYPO [~ENV}
NO_CODE_HERE
SCOUT!TROOP! [~MIL]
"""


def test_agents_plurals_substitutions_and_code_placement():
    f = parse_agents(AGENTS, "mine.agents")
    forms = {a.forms[0]: a for a in f.agents}
    assert forms["DIPLOMAT"].forms == ("DIPLOMAT", "DIPLOMATS") and forms["DIPLOMAT"].code == "GOV"
    assert forms["ARMY"].forms == ("ARMY",)
    assert forms["CHAIRMAN"].forms == ("CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON")
    assert forms["ATTORNEY GENERAL"].forms == ("ATTORNEY GENERAL", "ATTORNEYS GENERAL")
    assert forms["RELIEF AGENCY"].before and forms["RELIEF AGENCY"].forms[1] == "RELIEF AGENCIES"
    assert forms["OLD TYPO"].code == "ENV"
    assert [str(e) for e in f.errors] == [
        "mine.agents:8: cannot read 'NO_CODE_HERE': an agent reads PHRASE {PLURALS} [~CODE]",
        "mine.agents:9: substitution !TROOP! is not defined (write !TROOP! = A, B, C above)",
    ]


@pytest.mark.parametrize(("word", "plural_"), [("TROOP", "TROOPS"), ("MILITIA", "MILITIAS"), ("ARMY", "ARMIES"),
                                               ("ENVOY", "ENVOYS"), ("PRESS", "PRESSES")])
def test_regular_plurals(word, plural_):
    assert plural(word) == plural_


def test_discards_sentence_and_story_level_stems_and_whole_words():
    f = parse_discards("+CHESS OLYMPIAD   # story\nTABLE TENNIS\nGOLF_\n[BAD]\n", "mine.discards")
    assert [(d.phrase, d.story, d.whole_word) for d in f.discards] == [
        ("CHESS OLYMPIAD", True, False), ("TABLE TENNIS", False, False), ("GOLF", False, True)]
    assert [str(e) for e in f.errors] == ["mine.discards:4: cannot read '[BAD]': a discard is a phrase, '+' before it for a story"]


def test_bad_date_message_is_a_bad_line():
    with pytest.raises(BadLine, match="no such day"):
        parse_date("150231")


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [("CAMEO.2.0.txt", "", "verbs"), ("mine.txt", "--- GIVE [070] ---\nGIVE\n", "verbs"),
     ("old.txt", "GIVE [070]\n- * AID [073]\n", "verbs"), ("mine.txt", "SOLDIER [~MIL]\n", "agents"),
     ("mine.txt", "VALDORIA [VAL]\n", "actors"), ("mine.txt", "WORLD CUP\n", "discards")],
)
def test_the_kind_of_a_file_by_its_name_else_its_lines(name, text, kind):
    assert sniff(name, text) == kind
