"""The lexicon review counts an imported verb's events right by tuple (actors too) or by event type."""

from __future__ import annotations

import pytest

SENTENCE = "Kenyan police apprehended two Ugandan smugglers on Tuesday."


@pytest.fixture(scope="module")
def review(benchmark_script):
    return benchmark_script("lexicon_review")


def record(review, gold_target: str):
    return review.GoldRecord("R1", SENTENCE, None, ("COERCE",), (("KEN", gold_target, "COERCE"),))


@pytest.mark.parametrize(("gold_target", "by", "right"), [
    ("UGA", "tuple", True),
    ("KEN", "tuple", False),  # the right act against the wrong party
    ("KEN", "event", True),
])
def test_an_imported_verbs_event_is_right_by_tuple_or_by_event(review, gold_target, by, right) -> None:
    tally = review.VerbTally()
    review.review([record(review, gold_target)], tally, by)
    assert (tally.right["apprehend"], tally.wrong["apprehend"]) == ((1, 0) if right else (0, 1))
    assert tally.over_coding() == ([] if right else ["apprehend"])


def test_write_deny_adds_the_verb_with_its_counts_and_keeps_the_codes(review, tmp_path, monkeypatch) -> None:
    deny = tmp_path / "deny.yaml"
    deny.write_text(review.DENY.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(review, "DENY", deny)
    tally = review.VerbTally()
    review.review([record(review, "KEN")], tally, "tuple")
    assert review.write_deny(tally, ["news-dev"], "tuple") == ["apprehend"]
    data = review.read_layer(deny).data
    assert "190" in data["codes"] and "add" in data["deny"]
    assert data["deny"]["apprehend"].startswith("1 wrong, 0 right (source, target, event) tuples on news-dev; e.g. R1:")
