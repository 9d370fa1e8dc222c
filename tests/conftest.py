"""Session fixtures: the spaCy model and the actor dictionaries load once per test run."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
PEER = SHARED / "peer"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files under tests/golden from today's output (review the diff!)")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def benchmark_script() -> Callable[[str], ModuleType]:
    """``benchmark_script("accuracy")``: the script ``benchmarks/accuracy.py`` as a module, loaded once."""
    loaded: dict[str, ModuleType] = {}

    def load(name: str) -> ModuleType:
        if name not in loaded:
            spec = importlib.util.spec_from_file_location(f"{name}_benchmark", REPO / "benchmarks" / f"{name}.py")
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module  # dataclasses look their module up there
            spec.loader.exec_module(module)
            loaded[name] = module
        return loaded[name]

    return load


@pytest.fixture(scope="session")
def nlp():
    from realpolitik.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def actor_dictionary():
    from realpolitik.actors import load_actors

    return load_actors()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"seed corpus not found at {CORPUS} (it lives in ../shared beside the repo)")
    return CORPUS


@pytest.fixture(scope="session")
def seed_paths(corpus_dir: Path) -> dict[str, Path]:
    """The five seed articles by their number prefix: {"000": Path, ...}."""
    return {p.name[:3]: p for p in sorted(corpus_dir.glob("*.txt"))}


# Invented acts between South Asian states, the EU and the US, in the line format of
# test_store.fake_code: an undated document, an event without a target, the EU without a country.
SOUTH_ASIA = {
    "s1": ("2023-12-07", ["INDGOV PAKGOV 111 2023-12-05 day", "PAKGOV INDGOV 125 2023-12-06 day",
                          "IND USA 042 2023-12-07 day", "EU USA 111 2024-01-10 day", "INDGOV - 010 2023-12-07 day"]),
    "s2": ("2024-03-01", ["IND PAK 057 2024-02-20 day asserted (India and Pakistan signed a water-sharing accord at a border town)",
                          "USA IND 070 2024-03-01 day", "CHN PAK 070 2024-02-01 day", "IND CHN 111 2024-02-11 day"]),
    "undated": (None, ["PAK IND 125"]),
}  # fmt: skip


@pytest.fixture
def south_asia(tmp_path: Path) -> Path:
    """A store of the SOUTH_ASIA acts, coded by the fake coder."""
    from datetime import date

    from test_store import fake_code, make_doc

    from realpolitik.store import Store

    path = tmp_path / "southasia.duckdb"
    docs = [make_doc(doc_id, lines, published=published and date.fromisoformat(published))
            for doc_id, (published, lines) in SOUTH_ASIA.items()]  # fmt: skip
    with Store(path) as store:
        store.write(docs, list(fake_code(docs)))
    return path


@pytest.fixture
def coder_fails_on_huge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The coder breaks on the document called "huge" (a stand-in for a bug meeting a strange text)."""
    from realpolitik.coding import extract

    events = extract._Piece.events

    def breaking(piece, *args):  # noqa: ANN001, ANN202
        if piece.document.id == "huge":
            raise ValueError("a parser error")
        return events(piece, *args)

    monkeypatch.setattr(extract._Piece, "events", breaking)


@pytest.fixture(scope="module")
def live_server():
    """Serves apps on 127.0.0.1 in threads for the module's tests: ``url = live_server(app)``."""
    import socket
    import threading
    import time

    import uvicorn

    running = []

    def start(app) -> str:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=srv.run, daemon=True)
        thread.start()
        running.append((srv, thread))
        while not srv.started:  # readiness wait, not a timed assertion
            if not thread.is_alive():
                pytest.fail("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{port}"

    yield start
    for srv, thread in running:
        srv.should_exit = True
        thread.join()

