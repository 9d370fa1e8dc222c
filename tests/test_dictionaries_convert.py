"""PETRARCH/TABARI dictionaries as realpolitik YAML: verb rules, actor and agent sections, the layers
given to --patterns/--actors, and the `dictionaries import` command."""

from __future__ import annotations

import datetime

import pytest
import yaml
from typer.testing import CliRunner

from realpolitik.actors import load_actors
from realpolitik.cli import app
from realpolitik.coding import load_patterns
from realpolitik.dictionaries import parse_dictionary
from realpolitik.dictionaries.actor_sections import ALWAYS, actor_sections, agent_sectors, display_names
from realpolitik.dictionaries.convert import ConvertOptions, convert, to_yaml
from realpolitik.dictionaries.layers import DictionaryWarning
from realpolitik.dictionaries.verb_rules import noun_lemma, verb_rules
from realpolitik.errors import ActorDataError, DictionaryError, PatternDataError

VERBS = """\
&BARRIER
+FENCE
+SEA_WALL
+BIG_STONE_WALL

---  ERECT   [070]  ---
ERECT
RAISE [071]
+PUT_UP
SEA_+WALL
- * &BARRIER                     [075]
- * (FOR {POOR FARMERS})         [073:073]
- * BRIDGE (ACROSS)              [---]
- * INTO                         [190]
- * TALKS                        [046:046]
- * VISIT                        [042:043]
- $ * +                          [190]
- HARBOUR *                      [073]
- * SHELTER                      [999]
- * (IN A HURRY)                 [:074]
- * FENCE                        [111]

---  HALT   [---]  ---
HALT
- * TAXES                        [0251]
"""


def test_verb_blocks_become_rules_by_lemma():
    c = verb_rules(parse_dictionary(VERBS, "mine.verbs", "verbs"))
    erect = [
        {"code": "073", "sequence": ["harbour", "*"]},  # a word before the verb: words in order, tried first
        # [073:073]: the same act both ways, also where one_way_roots would code it one way
        {"code": "073", "particle": "for", "objects": ["poor farmer"], "reciprocal": True, "reverse": "073"},
        {"code": None, "particle": "across", "objects": ["bridge"]},
        {"code": "075", "objects": ["fence", "sea wall"]},  # three-word members cannot match an object
        {"code": "046", "objects": ["talk"], "reciprocal": True, "reverse": "046"},
        {"code": "042", "objects": ["visit"], "reverse": "043"},  # [042:043]: the host's act back
        {"code": "190", "particle": "into"},
        # then the same patterns read as PETRARCH does, words in order ("fired artillery shells")
        {"code": "075", "sequence": ["*", ["fence", "sea wall", "big stone wall"]]},
        {"code": "073", "reciprocal": True, "sequence": ["*", "for", "poor", "farmers"], "reverse": "073"},
        {"code": None, "sequence": ["*", "bridge", "across"]},
        {"code": "190", "sequence": ["*", "into"]},
        {"code": "046", "reciprocal": True, "sequence": ["*", "talks"], "reverse": "046"},
        {"code": "042", "sequence": ["*", "visit"], "reverse": "043"},
        {"code": "190", "sequence": ["$", "*", "+"]},  # asks for no word: after the ones that do
        {"code": "111", "sequence": ["*", "fence"]},
        "070",
    ]
    assert c.rules["erect"] == erect
    assert c.rules["raise"][-1] == "071"
    assert c.rules["put"][-1] == {"code": "070", "particle": "up"}
    # SEA_+WALL: the word before the verb stands next to it in every rule of the block
    assert c.rules["wall"][-1] == {"code": "070", "sequence": ["sea *"]}
    assert c.rules["wall"][-2] == {"code": "111", "sequence": ["sea *", "fence"]}
    assert c.rules["wall"][0] == {"code": "073", "sequence": ["harbour", "sea *"]}
    # a [---] block gives no bare rule: a layered file must not silence the lemma's other rules
    assert c.rules["halt"] == [{"code": "0251", "objects": ["tax"]}, {"code": "0251", "sequence": ["*", "taxes"]}]
    assert c.unknown_codes == {"999": 1}
    assert (c.patterns_mapped, c.patterns_as_sequences) == (10, 2)
    assert c.skipped["only a reverse event ([:NNN])"] == 1


SEQUENCES = """\
&TIES
+MILITARY
+TRADE_LINKS

--- CRITICIZE [121] ---
CRITICIZE
- HEAVILY UNJUSTLY * [123]
- RECENTLY_* [122]
- * REALLY_PLEASANT [024]
- * NEW_&TIES_RELATIONS [036]
- % HAVE * [120]
- * EID AT ^ WITH + [043]
"""


def test_patterns_the_object_schema_cannot_say_are_words_in_order():
    (rules,) = verb_rules(parse_dictionary(SEQUENCES, "mine.verbs", "verbs")).rules.values()
    assert rules == [
        {"code": "036", "sequence": ["*", ["new military relations", "new trade links relations"]]},
        {"code": "043", "sequence": ["*", "eid", "at", "^", "with", "+"]},
        {"code": "123", "sequence": ["heavily", "unjustly", "*"]},
        {"code": "024", "sequence": ["*", "really pleasant"]},
        {"code": "122", "sequence": ["recently *"]},  # "_*": no word between
        {"code": "120", "sequence": ["have", "*"], "joint": True},  # %: the actors named together
        "121",
    ]


@pytest.mark.parametrize(("word", "lemma"), [("TALKS", "talk"), ("POLICIES", "policy"), ("TAXES", "tax"),
                                             ("CASH_", "cash"), ("CRISIS", "crisis"), ("GAS", "gas"),
                                             ("NEWS", "news"), ("PROCESSES", "process")])
def test_object_lemmas(word, lemma):
    assert noun_lemma(word) == lemma


def test_a_preposition_or_a_set_of_them_before_the_object_is_the_particle():
    text = "&NEARBY_\n+ON\n+AT\n--- ACT [010] ---\nACT\n- * &NEARBY RESOLUTION [102]\n- * ABOUT TURN [012]\n"
    c = verb_rules(parse_dictionary(text, "mine.verbs", "verbs"))
    assert c.rules["act"] == [{"code": "102", "particle": "on", "objects": ["resolution"]},
                              {"code": "102", "particle": "at", "objects": ["resolution"]},
                              {"code": "012", "particle": "about", "objects": ["turn"]},
                              {"code": "102", "sequence": ["*", ["on", "at"], "resolution"]},
                              {"code": "012", "sequence": ["*", "about", "turn"]}, "010"]


def test_converted_rules_load_through_the_pattern_loader(tmp_path):
    path = tmp_path / "mine.verbs"
    path.write_text(VERBS.replace("[999]", "[070]"), encoding="utf-8")
    patterns = load_patterns([path])
    harbour, farmers = patterns.verbs["erect"][:2]
    assert (farmers.code, farmers.particle, farmers.objects, farmers.reciprocal) == ("073", "for", frozenset({"poor farmer"}), True)
    assert harbour.sequence is not None and harbour.sequence.steps == ((("harbour",),), (("*",),))
    assert patterns.verbs["say"]  # the shipped rules are still there, under the user's


def test_a_dictionary_with_bad_lines_is_used_with_one_warning(tmp_path):
    path = tmp_path / "mine.verbs"
    path.write_text(VERBS + "- * (BROKEN [070]\n", encoding="utf-8")
    with pytest.warns(DictionaryWarning, match=r"mine.verbs: 2 problems, the rest is used: .*mine.verbs:26: a '\(' is not closed"):
        patterns = load_patterns([path])
    assert "erect" in patterns.verbs


def test_a_dictionary_of_the_wrong_kind_names_the_option_to_use(tmp_path):
    path = tmp_path / "mine.actors"
    path.write_text("VALDORIA [VAL]\n", encoding="utf-8")
    with pytest.raises(PatternDataError, match="mine.actors: this is a PETRARCH/TABARI actors dictionary.*--actors"):
        load_patterns([path])
    verbs = tmp_path / "mine.verbs"
    verbs.write_text(VERBS, encoding="utf-8")
    with pytest.raises(ActorDataError, match="pass it to --patterns"):
        load_actors([verbs])


ACTORS = """\
VALDORIA_ [VAL]
+VALDORIAN_
VALDORIAN_NAVY [VALMIL]
VALDORIA_PALACE [VALGOVPRS]
LEAGUE_OF_ISLANDS [IGOLOI]
+LOI
SEA_WOLVES [VALREB]
GREY_HAND [IMGGRH]
MARTA_KOVIC_
+M._KOVIC
\t[VALELI <870203]
\t[VALGOV 870204-991231]
\t[IGOLOI >20150601]
\t[VALELI]
PETRA_DUUN_
\t[IGOLOI 100101-141231]
\t[ELI]
NOBODY_
OLD_VALDORIA
\t[OVD <790606]
\t[VAL]
THE_TWINS [VAL/OVD]
"""


def test_actor_records_become_people_metonyms_igos_and_groups():
    c = actor_sections(parse_dictionary(ACTORS, "mine.actors", "actors"), frozenset({"VAL", "OVD"}))
    s = c.sections
    assert s["metonyms"][:2] == [
        {"alias": "Valdoria", "aliases": ["Valdorian"], "code": "VAL", "country": "VAL"},
        {"alias": "Valdoria Palace", "code": "VALGOVPRS", "country": "VAL"},
    ]
    assert s["igos"] == [{"code": "IGOLOI", "name": "League of Islands", "aliases": ["Loi", "LOI"]}]
    assert s["groups"][:3] == [
        {"name": "Valdorian Navy", "code": "VALMIL", "country": "VAL"},
        {"name": "Sea Wolves", "code": "VALREB", "country": "VAL"},
        {"name": "Grey Hand", "code": "IMGGRH"},
    ]
    assert s["people"] == [{
        "name": "Marta Kovic", "aliases": ["M. Kovic"], "country": "VAL", "roles": [
            {"title": "ELI", "code": "VALELI", "start": ALWAYS, "end": datetime.date(1987, 2, 3)},
            {"title": "GOV", "code": "VALGOV", "start": datetime.date(1987, 2, 4), "end": datetime.date(1999, 12, 31)},
            {"title": "IGOLOI", "code": "IGOLOI", "start": datetime.date(2015, 6, 1)},
        ]}]
    # an IGO official with no country: a group of kind person; [ELI] alone names no actor
    assert s["groups"][3] == {"name": "Petra Duun", "code": "IGOLOI", "kind": "person", "roles": [
        {"title": "IGOLOI", "code": "IGOLOI", "start": datetime.date(2010, 1, 1), "end": datetime.date(2014, 12, 31)}]}
    # a state whose code changed: a group of kind state with dated codes
    assert s["groups"][4] == {"name": "Old Valdoria", "code": "VAL", "country": "OVD", "kind": "state", "roles": [
        {"title": "OVD", "code": "OVD", "start": ALWAYS, "end": datetime.date(1979, 6, 6)},
        {"title": "VAL", "code": "VAL", "country": "VAL", "start": ALWAYS}]}
    # one name for several actors (TABARI's [A/B]): the first code, the others "also"
    assert s["metonyms"][2] == {"alias": "The Twins", "code": "VAL", "country": "VAL", "also": ["OVD"]}
    assert c.skipped == {"no code": 1, "role code with no actor ([ELI], [GOV])": 1}


def test_kinds_of_record_can_be_left_out_and_so_are_people_of_one_word_or_no_default():
    text = ("VALDORIA [VAL]\n+PORT_ESSEN\nVALDORIA_PALACE [VALGOV]\nLEAGUE_OF_ISLANDS [IGOLOI]\n"
            "ABDULLAH\n\t[VALGOV 900101-951231]\n\t[VALELI]\nMARTA_KOVIC\n+KOVIC\n\t[VALGOV 900101-951231]\n\t[VALELI]\n"
            "PETRA_DUUN\n\t[VALGOV 900101-951231]\n")
    c = actor_sections(parse_dictionary(text, "mine.actors", "actors"), frozenset({"VAL"}), skip=frozenset({"state", "igo"}),
                       person_words=2)
    assert set(c.sections) == {"metonyms", "people"}
    assert c.sections["metonyms"] == [{"alias": "Valdoria Palace", "code": "VALGOV", "country": "VAL"}]
    assert [p["name"] for p in c.sections["people"]] == ["Marta Kovic"] and "aliases" not in c.sections["people"][0]
    assert c.skipped == {"state records left out (--skip state)": 1, "igo records left out (--skip igo)": 1,
                         "person with no name of 2 words or more": 1, "person with no code before the first dated role": 1}


def test_an_unknown_kind_to_skip_lists_the_kinds():
    with pytest.raises(DictionaryError, match="cannot skip states: the kinds of record are state, office, person, igo, group"):
        ConvertOptions(frozenset({"states"}))


def test_converted_actors_resolve_by_date(tmp_path):
    path = tmp_path / "mine.actors"
    path.write_text(ACTORS.replace("VAL", "SRB"), encoding="utf-8")
    actors = load_actors([path])
    assert actors.resolve("Marta Kovic", datetime.date(1990, 1, 1)).code == "SRBGOV"
    assert actors.resolve("M. Kovic", datetime.date(2016, 1, 1)).code == "IGOLOI"
    assert actors.resolve("Marta Kovic", datetime.date(2005, 1, 1)).code == "SRBELI"  # out of office
    assert actors.resolve("Sea Wolves").code == "SRBREB"


@pytest.mark.parametrize(("phrase", "names"), [
    ("BARACK_OBAMA", ["Barack Obama"]), ("U.N._", ["U.N."]), ("UN_SECRETARY_GENERAL", ["UN Secretary General"]),
    ("ARMY_OF_THE_NORTH", ["Army of the North"]), ("AL-SHABAAB", ["al-Shabaab", "Al-Shabaab"]),
    ("BAN_KI-MOON", ["Ban Ki-moon", "Ban Ki-Moon"]), ("NATO", ["Nato", "NATO"]), ("KABUL", ["Kabul"]), ("PKK", ["PKK"]),
    ("O'NEILL", ["O'Neill"]),
])
def test_names_in_the_case_news_prints_them(phrase, names):
    assert display_names(phrase) == names


def test_agents_become_sector_nouns():
    agents = parse_dictionary("!PERSON! = MAN, WOMAN\nSOLDIER [~MIL]\nMARINE {} [~MIL]\nCHAIR!PERSON! [~GOV]\n"
                              "MSF {} [NGO~]\n", "mine.agents", "agents")
    # an acronym is also kept in capitals; a code that goes before the actor's is a sector of its own
    assert agent_sectors(agents).sections == {"sectors": {
        "MIL": {"nouns": ["soldier", "soldiers", "marine"]}, "GOV": {"nouns": ["chairman", "chairwoman"]},
        "NGO~": {"code": "NGO", "nouns": ["msf", "MSF"], "before": True}}}


def test_the_yaml_quotes_codes_and_reads_back_the_same():
    conversion = convert(parse_dictionary(VERBS, "mine.verbs", "verbs"))
    text = to_yaml(conversion)
    assert '"070"' in text and text.startswith("# Converted from mine.verbs (verbs)")
    assert yaml.safe_load(text) == conversion.data


def test_import_command_writes_yaml_and_a_summary_and_goes_on_past_a_bad_file(tmp_path):
    (tmp_path / "mine.verbs").write_text(VERBS + "- NO STAR [070]\n", encoding="utf-8")
    (tmp_path / "mine.actors").write_text(ACTORS, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["dictionaries", "import", str(tmp_path / "mine.verbs"),
                                      str(tmp_path / "missing.actors"), str(tmp_path / "mine.actors"), "--out", str(out)])
    assert result.exit_code == 1  # one file failed
    assert sorted(p.name for p in out.iterdir()) == ["SUMMARY.txt", "mine.actors.yaml", "mine.verbs.yaml"]
    summary = (out / "SUMMARY.txt").read_text(encoding="utf-8")
    assert f"{tmp_path / 'mine.verbs'}:26: a pattern needs exactly one '*'" in summary
    assert "codes not in the ontology (rules dropped): 999 (1)" in summary
    assert f"failed: {tmp_path / 'missing.actors'}: cannot read the file" in summary
    assert summary in result.output


def test_import_command_writes_json_layers_that_load_like_the_yaml(tmp_path):
    (tmp_path / "mine.actors").write_text(ACTORS.replace("VAL", "SRB"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["dictionaries", "import", str(tmp_path / "mine.actors"), "--json", "--skip", "group", "--person-words", "2",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / "mine.actors.json").read_text(encoding="utf-8")
    assert text.startswith('{\n"metonyms": [\n  {"alias": "Srbdoria"') and '"start": "1987-02-04"' in text
    actors = load_actors([out / "mine.actors.json"])
    assert actors.resolve("Marta Kovic", datetime.date(1990, 1, 1)).code == "SRBGOV"
    assert actors.resolve("Sea Wolves") is None  # a group, left out


def test_import_command_with_petrarch_targets_writes_rules_that_find_targets_after_the_verb(tmp_path):
    (tmp_path / "mine.verbs").write_text(VERBS, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["dictionaries", "import", str(tmp_path / "mine.verbs"), "--petrarch-targets",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((out / "mine.verbs.yaml").read_text(encoding="utf-8"))
    assert data["verbs"]["raise"][-1] == {"code": "071", "target": "after"}
    assert {"code": None, "particle": "across", "objects": ["bridge"]} in data["verbs"]["erect"]  # no event, no target
    # PETRARCH keys verbs by the word as written: the coder tries "raise", "wall" as written forms
    assert data["written_forms"] == ["erect", "halt", "put", "raise", "wall"]
    assert "of them as words in order: 2" in result.output


def test_import_command_refuses_two_files_of_one_name(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.actors").write_text("VALDORIA [VAL]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["dictionaries", "import", str(tmp_path / "a" / "x.actors"),
                                      str(tmp_path / "b" / "x.actors"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "another file of the same name" in result.output


def test_a_role_that_ends_before_it_starts_is_left_out():
    text = "MARTA_KOVIC\n\t[VALGOV 120601-120101]\n\t[VALGOV 130101-140101]\n\t[VALELI]\n"
    c = actor_sections(parse_dictionary(text, "mine.actors", "actors"), frozenset({"VAL"}))
    assert [r["start"] for r in c.sections["people"][0]["roles"]] == [datetime.date(2013, 1, 1)]
    assert c.skipped == {"role that ends before it starts (a typo of the file)": 1}


def test_verbs_are_written_forms_unless_another_verb_lists_them_as_its_own():
    text = "--- FIND [010] ---\nFIND {FINDS FOUND FINDING}\n--- FOUND [070] ---\nFOUND\n--- LEFT [032] ---\nLEFT\n"
    data = convert(parse_dictionary(text, "mine.verbs", "verbs")).data
    assert data["written_forms"] == ["find", "left"]  # "found" is FIND's past, as PETRARCH reads it
