"""What the coder found but did not emit (realpolitik/left_out.py), and why: one sentence of our
own for each reason, the events unchanged by asking, and `code --explain` printing them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import realpolitik
from realpolitik.cli import app
from realpolitik.left_out import LEFT_OUT_REASONS, LeftOut

DAY = "2025-03-04"
KEEP_TARGETLESS = Path(__file__).parent / "data" / "patterns" / "keep_targetless.yaml"

# (text, reason, trigger text, source code or None): the act the text names and why it is left out
CASES = [
    ("Analysts said Uganda rejected the proposal.", "no-source", "said", None),
    ("Kenya held talks on Monday.", "no-party", "held talks", "KEN"),
    ("Kenyan ministers met in Nairobi.", "needs-target", "met", "KENGOV"),
    ("Sweden joined Norway.", "target-kind", "joined", "SWE"),
    ("President Ruto ordered the Kenyan army to pull back.", "own-forces", "ordered the Kenyan army to pull", "KENGOV"),
    # a government and forces the text places nowhere are one country's
    ("The state government ordered patrols by police after the protests.", "own-forces", "ordered", "GOV"),
    ("Analysts said Uganda rejected the proposal.", "analyst", "rejected", "UGA"),
    ("Uganda has long accused Kenya of smuggling.", "habitual", "accused", "UGA"),
    ("Prices have risen since Uganda's sanctions on Kenya.", "background", "sanctions", "UGA"),
    ("Kyiv again condemned Russia's 2014 annexation of Crimea on Monday.", "background", "annexation", "RUS"),
    ("Uganda will not support the Kenyan proposal.", "refusal", "support", "UGA"),
    ("Uganda backed Kenya during the talks and continues to support it.", "repeated", "support", "UGA"),
    ("Kenya's foreign minister criticised the delays.", "no-target", "criticised", "KENGOV"),
    ("Kenya's foreign minister criticised the Kenyan government.", "self-target", "criticised", "KENGOV"),
    ("Uganda mobilised its reserves and deployed troops against Kenya.", "vaguer", "mobilised its reserves", "UGA"),
    ("Uganda criticised the demand for a referendum.", "content", "demand", None),
    ("Kenya and Uganda agreed to reopen the border and to meet again in May.", "complement", "meet", None),
    ("Kenyan students demonstrated in Nairobi on Friday, demanding the release of Ugandan activists.",
     "protest-content", "demanding the release", None),
    ("The militia that Uganda supports attacked a village.", "describes", "supports", None),
    ("Tanzania retaliated by banning Kenyan imports.", "means", "retaliated", None),
    ("Uganda vowed to retaliate by blocking Kenyan transit.", "threatened-means", "blocking", None),
    ("A cyclone hit Kenya's coast on Friday.", "nature", "hit", None),
    ("Two Kenyan activists remain jailed in Kampala.", "state", "jailed", None),
    ("Kenya's president said at a rally in Kisumu that Uganda was a friend.", "venue", "rally", None),
    ("Safaricom rejected a bid for a stake in its Ethiopian arm.", "commerce", "rejected", None),
    ("Kenya praised Uganda at the Olympics in Paris.", "discarded-sentence", "praised", "KEN"),
    ("The Kenyan president praised Uganda.\nEarlier, Kenya beat Uganda in a World Cup qualifier.",
     "discarded-story", "praised", "KENGOV"),
]  # fmt: skip


@pytest.fixture(scope="module")
def coder(nlp, actor_dictionary) -> realpolitik.Coder:
    coder = realpolitik.Coder()
    coder.nlp, coder.actors = nlp, actor_dictionary  # the session's model, loaded once
    return coder


def _coded(coder: realpolitik.Coder, text: str) -> tuple[list[realpolitik.Event], list[LeftOut]]:
    found: list[LeftOut] = []
    return coder.code_text(text, date=DAY, doc_id="mine", left_out=found.append), found


def test_every_reason_has_a_case() -> None:
    assert {reason for _, reason, _, _ in CASES} == set(LEFT_OUT_REASONS)


@pytest.mark.parametrize(("text", "reason", "trigger", "source"), CASES, ids=[c[1] for c in CASES])
def test_an_act_found_but_not_emitted_says_why(coder, text: str, reason: str, trigger: str, source: str | None) -> None:
    events, found = _coded(coder, text)
    (left,) = [f for f in found if f.reason == reason]
    assert (left.trigger_text, left.source.code if left.source else None) == (trigger, source)
    assert text[slice(*left.trigger_span)] == trigger  # offsets into the document's text
    assert left.doc_id == "mine" and left.rule.startswith("patterns.yaml:")
    assert left.why.startswith(LEFT_OUT_REASONS[reason])
    assert (left.trigger_span, left.cameo) not in {(e.trigger_span, e.cameo) for e in events}


def test_asking_changes_no_event(coder) -> None:
    for text, *_ in CASES:
        assert coder.code_text(text, date=DAY, doc_id="mine") == _coded(coder, text)[0]


def test_the_details_name_what_the_text_gave(coder) -> None:
    def left(text: str, reason: str) -> LeftOut:
        return next(f for f in _coded(coder, text)[1] if f.reason == reason)

    kind = left("Sweden joined Norway.", "target-kind")
    assert (kind.target.code, kind.detail) == ("NOR", "found a state; the rule asks for igo")
    assert left("Kenya's foreign minister criticised the Kenyan government.", "self-target").detail == "'Kenyan government'"
    assert left("Kenya praised Uganda at the Olympics in Paris.", "discarded-sentence").detail == "'Olympics'"
    # a discarded story's act had its target: it would have been an event
    story = left(CASES[-1][0], "discarded-story")
    assert (story.target.code, story.detail) == ("UGA", "'World Cup'")


def test_a_layer_keeping_targetless_acts_emits_what_was_left_out(nlp, actor_dictionary) -> None:
    """The "no-target" reason's advice works: the act comes out, and is no longer left out."""
    keeping = realpolitik.Coder(patterns=[KEEP_TARGETLESS])
    keeping.nlp, keeping.actors = nlp, actor_dictionary
    events, found = _coded(keeping, "Kenya's foreign minister criticised the delays.")
    assert [(e.source.code, e.target, e.trigger_text) for e in events] == [("KENGOV", None, "criticised")]
    assert found == []


def test_a_long_document_s_later_pieces_point_into_the_whole_text(coder, monkeypatch) -> None:
    from realpolitik import limits

    shipped = limits.load_limits()
    monkeypatch.setattr(limits, "load_limits", lambda: dataclasses.replace(shipped, chunk_chars=200))
    from realpolitik.documents import document_from_text

    countries = ["Kenya", "Uganda", "Tanzania", "Rwanda", "Ethiopia", "Somalia", "Burundi", "Zambia"]
    paragraphs = [f"{country}'s foreign minister welcomed the rains." for country in countries]
    document = document_from_text("\n\n".join(paragraphs), doc_id="long")
    text, found = document.text, []
    assert len(text) > 200 and list(coder.code([document], left_out=found.append)) == []
    assert [f.source.text for f in found] == [f"{country}'s foreign minister" for country in countries]
    assert all(text[slice(*f.trigger_span)] == "welcomed" and text[slice(*f.source.span)] == f.source.text for f in found)


def test_code_by_document_gives_each_document_its_events_and_left_outs(coder) -> None:
    from realpolitik.documents import document_from_text

    texts = {"one": "Kenya's foreign minister criticised the delays.", "two": "Tanzania retaliated by banning Kenyan imports."}
    codings = list(coder.code_by_document(document_from_text(t, doc_id=i, date=DAY) for i, t in texts.items()))
    assert [(c.doc_id, len(c.events), [f.reason for f in c.left_out]) for c in codings] == [
        ("one", 0, ["no-target"]), ("two", 1, ["means"])]


def test_a_batch_coded_again_hands_each_left_out_once(coder, coder_fails_on_huge: None) -> None:
    """A batch that fails is coded again document by document: what it left out comes once."""
    from realpolitik.documents import document_from_text

    documents = [document_from_text("Kenya's foreign minister criticised the delays.", doc_id="one", date=DAY),
                 document_from_text("Kenyan ministers met in Nairobi.", doc_id="huge", date=DAY)]
    found: list[LeftOut] = []
    failed: list[str] = []
    assert list(coder.code(documents, on_error=lambda d, e: failed.append(d.id), left_out=found.append)) == []
    assert ([(f.doc_id, f.reason) for f in found], failed) == ([("one", "no-target")], ["huge"])


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "nairobi.txt"
    path.write_text("Tanzania retaliated by banning Kenyan imports. Kenyan ministers met in Nairobi.\n", encoding="utf-8")
    return path


def test_code_explain_prints_what_was_left_out_after_the_events(article: Path) -> None:
    result = CliRunner().invoke(app, ["code", str(article), "--date", DAY, "--explain"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("nairobi#0  163 SANCTION asserted  TZA -> KEN")
    left = [line for line in lines if line.startswith("left out:")]
    assert left == [
        "left out: nairobi#0  'retaliated' at [9, 19]  170 COERCE  rule patterns.yaml:verbs.retaliate#1  source none: "
        + LEFT_OUT_REASONS["means"],
        "left out: nairobi#1  'met' at [64, 67]  040 CONSULT  rule patterns.yaml:verbs.meet#3  source 'Kenyan ministers' "
        "-> KENGOV: " + LEFT_OUT_REASONS["needs-target"],
    ]
    trail_end = max(i for i, line in enumerate(lines) if line.startswith("  target:"))
    assert lines.index(left[0]) > trail_end  # after the document's events


def test_code_without_explain_prints_only_events(article: Path) -> None:
    result = CliRunner().invoke(app, ["code", str(article), "--date", DAY])
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.output.splitlines()]
    assert event["cameo"] == "163" and "left out" not in result.output
