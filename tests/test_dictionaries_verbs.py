"""The PETRARCH/TABARI verb readers: synonym sets, blocks, verb forms, patterns, codes and errors."""

from __future__ import annotations

import pytest

from realpolitik.dictionaries.petrarch_verbs import Element, EventCode, parse_code, parse_verbs
from realpolitik.dictionaries.tabari import until_finish


SNIPPET = """\
# a comment line
&BARRIER_
+FENCE
+SEA_WALL   # a two-word member

&GRAIN
+WHEAT
+&BARRIER

---  BUILD   [070]  ---
BUILD {BUILDS BUILT BUILDING}
ERECT [071]
+PUT_UP {+PUTS_UP +PUTTING_UP}
SEA_+WALL
- * &BARRIER                                   [0714]   # BUILD
- * (FOR {POOR FARMERS})                       [073:073]
- * BRIDGE (ACROSS)                            [---]
- $ * + (INTO ^)                               [190]
~ a (a b BUILD) SAY = a b 010

---  HALT   [---]  ---
HALT
- * TALKS                                      [:125]
"""


def test_a_snippet_reads_into_synsets_blocks_verbs_and_patterns():
    d = parse_verbs(SNIPPET, "mine.verbs")
    assert d.errors == ()
    assert d.synsets["BARRIER"].members == (("FENCE",), ("SEA", "WALL"))
    assert d.synsets["BARRIER"].plurals is False and d.synsets["GRAIN"].plurals is True
    build, halt = d.blocks
    assert (build.name, build.code) == ("BUILD", EventCode("070"))
    assert [v.words for v in build.verbs] == [("BUILD",), ("ERECT",), ("PUT", "UP"), ("SEA", "WALL")]
    assert build.verbs[0].forms == ("BUILDS", "BUILT", "BUILDING")
    assert build.verbs[1].code == EventCode("071")
    assert [v.verb for v in build.verbs] == ["BUILD", "ERECT", "PUT", "WALL"]
    assert d.transformations == 1
    assert (d.verbs, d.patterns) == (5, 5)
    assert halt.code == EventCode(None) and halt.patterns[0].code == EventCode(None, "125")


def test_pattern_elements_words_phrases_prepositions_and_markers():
    d = parse_verbs(SNIPPET, "mine.verbs")
    synset, farmers, bridge, markers = d.blocks[0].patterns
    assert synset.after == (Element("word", ("&BARRIER",)),) and synset.before == ()
    assert farmers.after == (Element("prep", preposition="FOR", object=Element("phrase", ("POOR", "FARMERS"))),)
    assert farmers.code == EventCode("073", "073")
    assert bridge.after == (Element("word", ("BRIDGE",)), Element("prep", preposition="ACROSS"))
    assert markers.before == (Element("slot", ("$",)),)
    assert markers.after[0] == Element("slot", ("+",)) and markers.after[1].object == Element("slot", ("^",))
    assert markers.line == 18


@pytest.mark.parametrize(
    ("text", "code"),
    [("046", EventCode("046")), ("046:046", EventCode("046", "046")), (":074", EventCode(None, "074")),
     ("---", EventCode(None)), ("###", EventCode(None, discard=True))],
)
def test_codes(text, code):
    assert parse_code(text) == code


def test_malformed_lines_are_errors_with_file_and_line_and_the_rest_is_read():
    text = SNIPPET.replace("ERECT [071]", "ERECT [07!]").replace("- * TALKS", "- * (TALKS") + "- * NOTHING [0714]\n"
    text = text.replace("+PUT_UP {+PUTS_UP +PUTTING_UP}", "PUT_UP")
    text += "- * &MISSING [0714]\n- NO STAR [0714]\n"
    d = parse_verbs(text, "mine.verbs")
    assert [str(e) for e in d.errors] == [
        "mine.verbs:12: bad code [07!]: use [NNN], [NNN:NNN] or [---]",
        "mine.verbs:13: multi-word verb 'PUT_UP' needs one '+' before the word that is the verb",
        "mine.verbs:23: a '(' is not closed",
        "mine.verbs:25: synonym set &MISSING is not defined before this pattern",
        "mine.verbs:26: a pattern needs exactly one '*' where the verb stands",
    ]
    assert [p.after for p in d.blocks[1].patterns] == [(Element("word", ("NOTHING",)),)]
    assert d.verbs == 3  # BUILD, SEA_+WALL, HALT


def test_a_bad_header_still_opens_a_block_so_its_verbs_keep_apart():
    d = parse_verbs("--- OPEN [010] ---\nOPEN\n--- SHUT [120]--- [9]\nSHUT\n", "x")
    assert [b.name for b in d.blocks] == ["OPEN", "SHUT [120]--- [9]"]
    assert d.blocks[1].code == EventCode(None) and len(d.errors) == 1


def test_tabari_verbs_have_no_headers_tabari_style_stars_and_a_finish_line():
    text = "PROMISE [030]\n- * AID [033]\n- IN_* [031]\nWARN [130]\n- * OF STRIKE [138]\n~~FINISH\nIGNORED [010]\n"
    d = parse_verbs(until_finish(text), "old.verbs", headerless=True)
    assert [(b.name, b.code.primary, len(b.patterns)) for b in d.blocks] == [("PROMISE", "030", 2), ("WARN", "130", 1)]
    assert d.blocks[0].patterns[1].before == (Element("word", ("IN",)),)
