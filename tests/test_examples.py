"""The bundled examples load, each with the date it states, and cover the years the demo needs."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXT_FILES = sorted(EXAMPLES.glob("*.txt"))
WIRE = EXAMPLES / "wire.jsonl"


def _wire_records() -> list[dict]:
    return [
        json.loads(line)
        for line in WIRE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _loaded() -> dict[str, object]:
    documents = pytest.importorskip("realpolitik.documents")
    return {d.source: d for d in documents.iter_documents([EXAMPLES])}


def test_there_are_eight_articles_and_a_wire_file():
    assert len(TEXT_FILES) == 8
    assert 2 <= len(_wire_records()) <= 3


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_article_shape(path):
    text = path.read_text(encoding="utf-8")
    title, blank, first = text.splitlines()[:3]
    assert title.startswith("# ") and not blank
    assert " — " in first[:60], (
        "the first paragraph opens with a dateline: 'CITY, Month D, YYYY — '"
    )
    assert 150 <= len(text.split()) <= 350


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_every_article_loads_with_a_date_that_agrees_with_its_dateline(path):
    by_source = _loaded()
    document = next(
        d for source, d in by_source.items() if Path(source).name == path.name
    )
    stated = datetime.date.fromisoformat(path.name[:10])
    assert document.date.value is not None, document.date.evidence
    assert document.date.earliest <= stated <= (document.date.latest or stated), (
        document.date.evidence
    )
    assert document.title == path.read_text(encoding="utf-8").splitlines()[
        0
    ].removeprefix("# ")


def test_every_wire_item_loads_with_its_given_date():
    by_id = {d.id: d for d in _loaded().values()}
    for record in _wire_records():
        document = by_id[record["id"]]
        assert document.date.value == datetime.date.fromisoformat(record["date"])
        assert document.title == record["title"]


def test_examples_span_several_years_and_report_the_su24_twice():
    dates = [p.name[:10] for p in TEXT_FILES] + [r["date"] for r in _wire_records()]
    assert len({d[:4] for d in dates}) >= 6
    texts = [p.read_text(encoding="utf-8") for p in TEXT_FILES] + [
        r["text"] for r in _wire_records()
    ]
    assert sum("Su-24" in t for t in texts) == 2
