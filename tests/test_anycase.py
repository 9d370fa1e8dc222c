"""anycase: case-blind searches on lowered text find what the case-blind engine finds."""

import re

import pytest

from realpolitik.anycase import lowered, lowered_matches, word_matches

TEXTS = [
    "The Prime Minister met PRIME MINISTER Rutte; prime-minister-elect, Prime Ministers.",
    "Ukrainian  Prime Minister Shmyhal and former Ukrainian Prime Minister Yatsenyuk",
    "primeminister Prime\nMinister prime minister",
    "Istanbul: İSTANBUL and ıstanbul, the long ſ in Preſident",
    "",
]
PATTERNS = [
    (r"\bPrime Minister\b", "prime minister"),
    (r"\bUkrainian\s+Prime Minister\b", "ukrainian"),
    (r"\bistanbul(?!\w)", "istanbul"),
    (r"\bpresident\b", "president"),
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("source", "opening"), PATTERNS)
def test_word_matches_finds_what_finditer_finds(text, source, opening):
    pattern = re.compile(source, re.IGNORECASE)
    found = [(m.span(), m.group(0)) for m in word_matches(pattern, opening, text, lowered(text))]
    assert found == [(m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_a_text_with_an_odd_case_is_not_lowered():
    # "İ" and "ı" match "i" in any case, "ſ" matches "s", but none of them lowers to it
    assert lowered("Preſident") is None
    assert lowered("İSTANBUL") is None
    assert lowered("ıstanbul") is None
    assert lowered("Kyiv’s MINISTER") == "kyiv’s minister"


def test_the_odd_cases_are_found_the_slow_way():
    pattern = re.compile(r"\bistanbul\b", re.IGNORECASE)
    text = "İstanbul and ıstanbul"
    assert [m.group(0) for m in word_matches(pattern, "istanbul", text, lowered(text))] == ["İstanbul", "ıstanbul"]


@pytest.mark.parametrize("text", [*TEXTS, "Two Years Later, in 2016 and three years later"])
def test_lowered_matches_find_what_finditer_finds_with_lowered_groups(text):
    pattern = re.compile(r"\b(two|three|\d+)\s+years?\s+later\b", re.IGNORECASE)
    found = [(m.span(), m.group(1)) for m in lowered_matches(pattern, text, lowered(text))]
    assert found == [(m.span(), m.group(1).lower()) for m in pattern.finditer(text)]


def test_a_pattern_with_capitals_is_run_case_blind():
    pattern = re.compile(r"\bSaid\b", re.IGNORECASE)
    assert [m.group(0) for m in lowered_matches(pattern, "SAID said", lowered("SAID said"))] == ["SAID", "said"]
