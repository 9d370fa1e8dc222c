"""code_distributed: a 2-worker Dask LocalCluster and 2 local worker processes write the Parquet
folder one process writes (the same events, ids, codes and spans, in order), report the document
the coder fails on and go on; `code --out` and `ingest DIR` from the command line.  (CI installs
dask from pyproject.toml, and runs the Dask test there.)"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import realpolitik
from realpolitik.cli import app
from realpolitik.documents import iter_documents
from realpolitik.errors import ClusterError
from realpolitik.parquet_events import events_table
from realpolitik.store import EVENT_COLUMNS, Store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = [REPO / "examples" / name for name in ("2014-03-07_crimea_observers.txt", "2015-11-24_su24_shootdown.txt",
                                                   "2016-02-15_eu_lifts_sanctions.txt", "wire.jsonl")]  # fmt: skip
runner = CliRunner()


class ShakyCoder(realpolitik.Coder):
    """The real coder, but a document whose id is "bad" fails (as a parser error would)."""

    def code(self, documents, on_error=None, **options):
        def good():
            for document in documents:
                if document.id == "bad" and on_error is not None:
                    on_error(document, ValueError("the parser gave up"))
                else:
                    yield document

        return super().code(good(), on_error=on_error, **options)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    bad = tmp_path_factory.mktemp("bad") / "bad.txt"
    bad.write_text("Kenya and Uganda signed a trade pact in Nairobi on Monday.\n", encoding="utf-8")
    return [*EXAMPLES[:2], bad, *EXAMPLES[2:]]


@pytest.fixture(scope="module")
def one_process(inputs: list[Path], nlp, actor_dictionary) -> list:
    """The events of one process, as `Coder.code` gives them, in the contract's columns."""
    coder = realpolitik.Coder()
    coder.nlp, coder.actors = nlp, actor_dictionary
    events = list(coder.code(d for d in iter_documents(inputs) if d.id != "bad"))
    assert len(events) > 40
    return events_table(events).to_pylist()


def _folder(out: Path) -> list[dict]:
    """The folder's events, its partitions read in name order."""
    return [row for part in sorted(out.glob("part-*.parquet")) for row in pq.read_table(part).to_pylist()]


def _coded(inputs: list[Path], out: Path, **engine) -> tuple[object, list]:
    failed: list = []
    summary = realpolitik.code_distributed(inputs, out, coder=ShakyCoder(), partition_size=2,
                                           on_error=lambda d, e: failed.append((d.id, str(e))), **engine)
    assert failed == [("bad", "the parser gave up")]
    return summary, _folder(out)


@pytest.mark.parametrize("engine", [{"workers": 1}, {"workers": 2}], ids=["one process", "two worker processes"])
def test_local_processes_write_the_events_of_one_process(inputs: list[Path], one_process: list, tmp_path: Path,
                                                         engine: dict) -> None:  # fmt: skip
    summary, events = _coded(inputs, tmp_path / "events", **engine)
    assert (summary.partitions, summary.documents, summary.failed, summary.events) == (4, 6, 1, len(one_process))
    assert events == one_process


def test_a_dask_local_cluster_writes_the_events_of_one_process(inputs: list[Path], one_process: list,
                                                               tmp_path: Path) -> None:  # fmt: skip
    if not os.environ.get("CI"):
        pytest.importorskip("distributed", reason="dask[distributed] is not installed here")
    summary, events = _coded(inputs, tmp_path / "events", scheduler="local:2")
    assert (summary.partitions, summary.documents, summary.failed, summary.engine) == (4, 6, 1, "dask local:2")
    assert events == one_process


def test_a_scheduler_that_is_no_address_nor_local_n_is_an_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with pytest.raises(ClusterError, match="give local:N"):
        realpolitik.code_distributed(EXAMPLES[:1], tmp_path / "events", scheduler="local:0")


def test_code_out_then_ingest_the_folder_stores_what_ingest_stores(tmp_path: Path) -> None:
    out, folder_db, direct_db = tmp_path / "events", tmp_path / "folder.duckdb", tmp_path / "direct.duckdb"
    coded = runner.invoke(app, ["code", *map(str, EXAMPLES), "--out", str(out), "--workers", "1", "--partition-size", "2"])
    assert coded.exit_code == 0, coded.output
    assert "3 partitions, 6 documents coded, 0 failed" in coded.output  # wire.jsonl holds three
    for args in ([str(out), "--db", str(folder_db)], [*map(str, EXAMPLES), "--db", str(direct_db), "--workers", "1"]):
        stored = runner.invoke(app, ["ingest", *args, "--no-progress"])
        assert stored.exit_code == 0, stored.output
    query = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY event_id"
    with Store(folder_db, read_only=True) as a, Store(direct_db, read_only=True) as b:
        assert a.sql(query).equals(b.sql(query))
        # (the same rows; means summed by parallel threads may differ in the last bits)
        keys = ["period", "source_country", "target_country"]
        pd.testing.assert_frame_equal(realpolitik.open(out).dyads(period="year").sort_values(keys, ignore_index=True),
                                      b.dyads(period="year").sort_values(keys, ignore_index=True), check_exact=False)


def test_options_of_printed_output_do_not_go_with_out(tmp_path: Path) -> None:
    for extra in (["--dask", "local:2"], ["--out", str(tmp_path / "e"), "--format", "table"]):
        result = runner.invoke(app, ["code", str(EXAMPLES[0]), *extra])
        assert result.exit_code == 2
        assert "--out" in result.output
