"""The accuracy harness scores a coder honestly: tested with a fake coder and a small gold file."""

from __future__ import annotations

import dataclasses
import datetime
import json

import pytest

from realpolitik.records import Event, EventActor


@pytest.fixture(scope="module")
def accuracy(benchmark_script):
    return benchmark_script("accuracy")


def actor(code: str, country: str | None) -> EventActor:
    return EventActor(code, code, country, (0, 1))


def event(source, target, plover: str, modality: str = "asserted") -> Event:
    return Event(
        doc_id="d", doc_date=None, sentence_index=0, sentence="s", span=(0, 1), date=None, date_precision="doc",
        source=source, target=target, cameo="010", quad_class=1, goldstein=0.0, plover_event=plover,
        plover_mode=None, modality=modality, trigger_text="t", trigger_span=(0, 1),
    )  # fmt: skip


GOLD = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "about the file"},
    {"id": "R1", "date": "2000-01-01", "event": "DEMAND", "text": "one",
     "source": [{"code": "USA", "sector": "GOV"}], "target": [{"code": "JAP"}]},
    {"id": "R2", "date": "2000-01-01", "event": "AGREE", "text": "two",
     "source": [{"code": "HUN"}, {"code": "ROU"}], "target": ""},
    {"id": "R3", "date": "2000-01-01", "event": "FIGHT", "text": "three",
     "source": [{"code": "IGO", "sector": "MIL"}], "target": [{"code": "SRB"}]},
    {"id": "R4", "date": "2000-01-01", "event": "DISAPPROVE", "text": "four",
     "source": [{"code": "RUS"}], "target": [{"code": "ITL"}]},
]  # fmt: skip

PREDICTIONS = {
    "one": [event(actor("USAGOV", "USA"), actor("JPN", "JPN"), "REQUEST")],
    # reciprocal agreement: gold has no target, so (source, event) is enough
    "two": [
        event(actor("HUN", "HUN"), actor("ROU", "ROU"), "AGREE"),
        event(actor("ROU", "ROU"), actor("HUN", "HUN"), "AGREE"),
    ],
    # right event, wrong target; plus a negated event that must not count
    "three": [
        event(actor("NATOMIL", None), actor("BIH", "BIH"), "ASSAULT"),
        event(actor("SRB", "SRB"), None, "THREATEN", "negated"),
    ],
}


def fake_coder(text, date, doc_id):
    assert date == datetime.date(2000, 1, 1)
    if text == "four":
        raise RuntimeError("parser fell over")
    return PREDICTIONS.get(text, [])


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD))
    return path


def test_gold_records_are_normalised(accuracy, gold_file):
    records = accuracy.load_gold(gold_file)
    assert [r.id for r in records] == ["R1", "R2", "R3", "R4"]
    assert records[0].tuples == (("USA", "JPN", "REQUEST"),)
    assert records[1].tuples == (("HUN", None, "AGREE"), ("ROU", None, "AGREE"))
    assert records[2].tuples == (("IGO", "SRB", "ASSAULT"),)
    assert records[3].tuples == (("RUS", "ITA", "ACCUSE"),)


def test_scores_and_misses(accuracy, gold_file):
    ev = accuracy.evaluate(accuracy.load_gold(gold_file), fake_coder)
    result = ev.to_dict()
    # tp: R1, R2 x2; fp: R3 (IGO, BIH); fn: R3, R4
    assert result["overall"] == {
        "precision": 0.75,
        "recall": 0.6,
        "f1": 0.6667,
        "tp": 3,
        "fp": 1,
        "fn": 2,
    }
    assert result["per_event"]["ASSAULT"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 1,
    }
    assert result["per_event"]["AGREE"]["tp"] == 2
    assert result["coder_errors"] == 1
    assert result["event_only"]["tp"] == 3
    assert result["confusion"]["ACCUSE"] == {"(nothing)": 1}
    assert [m["id"] for m in ev.misses] == ["R3", "R4"]
    assert ev.misses[0]["spurious"] == [["IGO", "BIH", "ASSAULT"]]
    assert "parser fell over" in ev.misses[1]["error"]


def test_main_writes_results_and_honours_limit(accuracy, gold_file, tmp_path, capsys):
    out = tmp_path / "results"
    assert (
        accuracy.main(
            [
                "--gold",
                str(gold_file),
                "--limit",
                "2",
                "--out",
                str(out),
                "--show-misses",
            ],
            coder=fake_coder,
        )
        == 0
    )
    summary = json.loads((out / "accuracy.json").read_text())["custom"]
    assert summary["records"] == 2
    assert summary["overall"]["f1"] == 1.0
    assert (out / "accuracy_misses.jsonl").read_text() == ""
    assert "OVERALL" in capsys.readouterr().out


@pytest.mark.parametrize(
    "code,country,expected",
    [("BLRGOV", "BLR", "BLR"), ("JAP", None, "JPN"), ("NATO", None, "IGO"), ("EU", None, "IGO"),
     ("AUS", None, "AUS"), ("RUSMIL", None, "RUS"), (None, None, None), ("NGO", None, "IGO"),
     ("SUN", None, "RUS"), ("BLRNGO", "BLR", "BLR")],
)  # fmt: skip
def test_normalise_actor(accuracy, code, country, expected):
    assert accuracy.normalise_actor(code, country) == expected


NEWS = [
    {"id": "N1", "date": "2000-01-01", "text": "one", "events": [
        {"source": "USA", "target": "JAP", "event": "REQUEST", "modality": "asserted"},
        {"source": "JPN", "target": "USA", "event": "CONSULT", "modality": "future"}]},
    {"id": "N2", "date": "2000-01-01", "text": "five", "events": []},
]  # fmt: skip


def test_news_records_keep_every_asserted_event(accuracy, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in NEWS) + "\n")
    records = accuracy.load_gold(path)
    assert [r.tuples for r in records] == [(("USA", "JPN", "REQUEST"),), ()]
    ev = accuracy.evaluate(records, fake_coder)
    assert ev.overall.scores()["tp"] == 1 and ev.overall.scores()["fp"] == 0
    assert ev.confusion["(no event)"] == {"(nothing)": 1}


def test_gsr_halves_are_fixed_and_disjoint(accuracy):
    assert accuracy.gsr_half("Libya offered talks.") == accuracy.gsr_half("Libya offered talks.")
    halves = {accuracy.gsr_half(f"sentence {i}") for i in range(20)}
    assert halves == {"gsr-dev", "gsr-test"}


def test_blind_sets_write_no_misses(accuracy, tmp_path):
    ev = accuracy.Evaluation()
    ev.misses.append({"id": "X", "text": "hidden"})
    accuracy.write_results({"gsr-test": ev, "news": ev, "gsr-dev": accuracy.Evaluation()}, tmp_path)
    assert (tmp_path / "accuracy_misses.jsonl").read_text() == ""


def dated(source, target, plover: str, day: datetime.date | None) -> Event:
    return dataclasses.replace(event(actor(source, source), actor(target, target), plover), date=day)


DATED_NEWS = [
    {"id": "N1", "date": "2000-01-01", "text": "news one", "events": [
        {"source": "FRA", "target": "DEU", "event": "CONSULT", "modality": "asserted", "event_date": "1999-12-28"},
        {"source": "FRA", "target": "ITA", "event": "ACCUSE", "modality": "asserted", "event_date": "1999-12-30"},
        {"source": "FRA", "target": "ESP", "event": "AGREE", "modality": "asserted", "event_date": None},
        {"source": "FRA", "target": "PRT", "event": "THREATEN", "modality": "hypothetical", "event_date": "2000-02-01"}]},
]  # fmt: skip


def dated_coder(text, date, doc_id):
    return [
        # the first act twice, once with its day: dated right
        dated("FRA", "DEU", "CONSULT", date),
        dated("FRA", "DEU", "CONSULT", datetime.date(1999, 12, 28)),
        dated("FRA", "ITA", "ACCUSE", date),  # dated with the document: wrong
        dated("FRA", "ESP", "AGREE", date),  # the gold dates it not: not scored
    ]


def test_dates_of_matched_acts_are_scored(accuracy, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in DATED_NEWS))
    records = accuracy.load_gold(path)
    assert records[0].dates == (
        (("FRA", "DEU", "CONSULT"), datetime.date(1999, 12, 28)),
        (("FRA", "ITA", "ACCUSE"), datetime.date(1999, 12, 30)),
    )
    ev = accuracy.evaluate(records, dated_coder)
    assert ev.to_dict()["overall"]["f1"] == 1.0
    assert ev.to_dict()["dates"] == {"dated": 2, "right": 1, "share": 0.5}
    assert ev.misses[0]["misdated"] == [{"tuple": ["FRA", "ITA", "ACCUSE"], "gold": "1999-12-30", "coded": ["2000-01-01"]}]
