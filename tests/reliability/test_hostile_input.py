"""Hostile files mixed with good ones through `code` and `ingest`: every good file's events come
out, every bad file is reported by name with its reason, and the batch goes on (issue 14)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile_corpus import BAD, GOOD, UNREADABLE, can_lock, unlock, write_corpus
from typer.testing import CliRunner

from realpolitik.cli import app
from realpolitik.store import Store

runner = CliRunner()
EXPECTED_BAD = {**BAD, "loop_b.txt": "symbolic link loop", **(UNREADABLE if can_lock() else {})}


@pytest.fixture
def corpus(tmp_path: Path, nlp) -> Path:
    folder = write_corpus(tmp_path / "in", unreadable=can_lock())
    yield folder
    unlock(folder)


def reported(output: str, corpus: Path) -> dict[str, str]:
    """File (or file:line) -> its one-line error, from the lines naming a file of the corpus."""
    found = {}
    for line in output.splitlines():
        if f"{corpus}{os.sep}" in line:
            rest = line.split(f"{corpus}{os.sep}", 1)[1]
            name, _, reason = rest.partition(": ")
            found[name] = reason
    return found


def test_code_prints_every_good_file_and_reports_every_bad_one(corpus: Path) -> None:
    result = runner.invoke(app, ["code", str(corpus), "--date", "2021-03-01"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    pairs = {(e["doc_id"], e["source"]["code"], (e["target"] or {}).get("code")) for e in events}
    for name, (source, target) in GOOD.items():
        doc_id = {"records.jsonl:1": "germany", "records.jsonl:14": "india"}.get(name, Path(name).stem)
        assert (doc_id, source, target) in pairs, name
    errors = reported(result.stderr, corpus)
    for name, reason in EXPECTED_BAD.items():
        assert reason in errors.get(name, ""), f"{name}: {errors.get(name)}"
    assert f"{len(GOOD)} documents coded, {len(EXPECTED_BAD)} failed" in " ".join(result.stderr.split())


def test_ingest_stores_every_good_file_and_lists_every_bad_one(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "hostile.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--date", "2021-03-01", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"{len(GOOD)} new documents, 0 skipped (already stored), {len(EXPECTED_BAD)} failed" in result.output
    errors = reported(result.output, corpus)
    for name, reason in EXPECTED_BAD.items():
        assert reason in errors.get(name, ""), f"{name}: {errors.get(name)}"
    with Store(db, read_only=True) as store:
        events = store.events(modality=None)
        texts = {d: store.document(d)["text"] for d in events["doc_id"].unique()}
    pairs = set(zip(events["source_code"], events["target_code"], strict=True))
    assert set(GOOD.values()) <= pairs
    for row in events.itertuples():  # every span points at its own text
        assert texts[row.doc_id][row.trigger_start:row.trigger_end] == row.trigger_text


def test_a_jsonl_url_or_title_of_the_wrong_type_no_longer_aborts_ingest(tmp_path: Path, nlp) -> None:
    # issue 14: an int url reached the Arrow writer (ArrowTypeError) and nothing was stored
    records = tmp_path / "r.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Spain thanked Portugal for its help on Monday.", "url": 12, "date": "2021-01-05"},
        {"id": "b", "text": "Chile accused Peru of spying on Monday.", "title": 3, "date": "2021-01-05"},
        {"id": "c", "text": "Kenya praised Uganda for its mediation on Monday.", "date": "2021-01-05"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["ingest", str(records), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "r.jsonl:1: 'url' must be a string, not a number" in result.output
    assert "r.jsonl:2: 'title' must be a string, not a number" in result.output
    with Store(db, read_only=True) as store:
        assert list(store.documents()["doc_id"]) == ["c"]


def test_code_exits_1_when_nothing_was_coded_and_2_on_a_usage_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    nothing = runner.invoke(app, ["code", str(empty)])
    assert nothing.exit_code == 1 and "empty.txt: empty file" in nothing.stderr
    assert runner.invoke(app, ["code", str(empty), "--date", "0001-01-01"]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "x.duckdb"), "--date", "9999-12-31"]).exit_code == 2


def test_ingest_of_a_missing_path_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing"), "--db", str(db), "--no-progress"])
    # a path that does not exist is a usage error (exit 2), named in the message
    assert result.exit_code == 2 and "missing" in result.output and "no such file or directory" in result.output
    assert not db.exists() and not Path(f"{db}.wal").exists()


def test_a_symlink_loop_given_by_name_says_so(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    result = runner.invoke(app, ["code", str(loop)])
    assert result.exit_code == 1 and "loop.txt: a symbolic link loop" in " ".join(result.stderr.split())


@pytest.mark.skipif(not can_lock(), reason="chmod 000 stops no one who runs as root")
def test_an_unreadable_folder_is_reported_not_skipped_in_silence(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    try:
        result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--no-progress"])
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 1 and "locked: cannot read the directory: Permission denied" in result.output
