"""The same input gives byte-identical `code` output, and identical stores whatever the batch
size (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from realpolitik.cli import app
from realpolitik.store import Store

runner = CliRunner()


def test_code_output_is_byte_identical_run_after_run(corpus_dir: Path, nlp) -> None:
    runs = [runner.invoke(app, ["code", str(corpus_dir)]) for _ in range(2)]
    assert all(r.exit_code == 0 for r in runs), runs[0].output
    assert runs[0].stdout.count("\n") > 20 and runs[0].stdout_bytes == runs[1].stdout_bytes


def test_two_ingests_make_identical_stores(corpus_dir: Path, tmp_path: Path, nlp) -> None:
    frames = []
    for size in ("1", "8"):
        db = tmp_path / f"b{size}.duckdb"
        result = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(db), "--batch-size", size, "--no-progress"])
        assert result.exit_code == 0, result.output
        with Store(db, read_only=True) as store:
            frames.append((store.sql("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id"),
                           store.sql("SELECT * FROM events ORDER BY event_id")))
    for first, second in zip(*frames, strict=True):
        pd.testing.assert_frame_equal(first, second)


def test_event_ids_never_collide_on_the_seeds_and_examples(seed_paths, nlp, actor_dictionary) -> None:
    # two different events of one sentence ("the Kremlin" and "Putin" as sources) once shared an id
    from realpolitik.coding import code_documents
    from realpolitik.documents import iter_documents

    examples = Path(__file__).resolve().parents[2] / "examples"
    documents = iter_documents([*sorted(seed_paths.values()), examples])
    ids = [e.event_id for e in code_documents(documents, nlp=nlp, actors=actor_dictionary)]
    assert len(ids) > 250 and len(set(ids)) == len(ids)
