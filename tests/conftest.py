"""Session fixtures: the spaCy model and the actor dictionaries load once per test run."""

from __future__ import annotations

from pathlib import Path

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
