"""Trigger patterns loaded from YAML (shipped file plus user layers), indexed by lemma."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from realpolitik.coding.ontology import cameo
from realpolitik.errors import PatternDataError


@dataclass(frozen=True)
class Patterns:
    verbs: dict[str, str]
    reciprocal: frozenset[str]


def load_patterns(extra: Sequence[str | Path] = ()) -> Patterns:
    layers = [("patterns.yaml", resources.files("realpolitik.coding.data").joinpath("patterns.yaml").read_text())]
    layers += [(str(p), Path(p).read_text(encoding="utf-8")) for p in extra]
    verbs: dict[str, str] = {}
    reciprocal: set[str] = set()
    for name, text in layers:
        data = yaml.safe_load(text) or {}
        for lemma, code in (data.get("verbs") or {}).items():
            try:
                cameo(str(code))
            except PatternDataError as exc:
                raise PatternDataError(f"{name}: verb {lemma!r}: {exc}") from exc
            verbs[str(lemma)] = str(code)
        reciprocal.update(data.get("reciprocal") or [])
    return Patterns(verbs, frozenset(reciprocal))
