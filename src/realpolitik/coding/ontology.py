"""The CAMEO event ontology: every code with its name, quad class, Goldstein score and PLOVER 0.8 mapping.

The facts live in ``data/cameo.yaml`` (sources and choices: ``docs/ontology.md``).  Users may
layer their own YAML of the same shape on top, e.g. to re-weight Goldstein scores or to map a
code to a different PLOVER event::

    codes:
      "0874": {name: "Retreat or surrender militarily", goldstein: 9.5, plover: [RETREAT, disarm, military]}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from realpolitik.datafiles import Layer, layered, shipped_layer
from realpolitik.errors import PatternDataError

_CODE_RE = re.compile(r"^\d{2,4}$")
_PACKAGE, _SHIPPED = "realpolitik.coding.data", "cameo.yaml"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code.  ``plover_event`` is ``""`` where PLOVER has no equivalent (CAMEO 01x)."""

    code: str
    name: str
    quad_class: int
    goldstein: float
    plover_event: str
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def level(self) -> int:
        """1 for a root ("19"), 2 for a three-digit code ("190"), 3 for a four-digit one ("1951")."""
        return len(self.code) - 1

    @property
    def parent(self) -> str | None:
        return self.code[:-1] if len(self.code) > 2 else None


@dataclass(frozen=True)
class Ontology:
    """All codes of one loaded ontology, in CAMEO order, plus the quad class names."""

    codes: dict[str, CameoCode]
    quad_class_names: dict[int, str]
    sources: tuple[str, ...]

    def get(self, code: str) -> CameoCode:
        key = _normalise(code)
        try:
            return self.codes[key]
        except KeyError:
            raise PatternDataError(
                f"unknown CAMEO code {code!r}: codes are 2-4 digits from 01 to 20 "
                f"(loaded from {', '.join(self.sources)})"
            ) from None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and _normalise(code) in self.codes

    def children(self, code: str) -> list[CameoCode]:
        parent = self.get(code).code
        return [c for c in self.codes.values() if c.parent == parent]

    def plover_events(self) -> list[str]:
        """PLOVER event types that some CAMEO code maps to, in CAMEO order of first use (statements
        last: the few of root 01 PLOVER takes, condolences and denials, belong to later roots' types)."""
        seen: dict[str, None] = {}
        for c in sorted(self.codes.values(), key=lambda c: c.code.startswith("01")):
            if c.plover_event:
                seen.setdefault(c.plover_event, None)
        return list(seen)

    def codes_for_plover(self, event: str) -> list[CameoCode]:
        wanted = event.strip().upper()
        return [c for c in self.codes.values() if c.plover_event == wanted]


def load_ontology(extra: Sequence[str | Path] = ()) -> Ontology:
    """The shipped ontology with the users' YAML files layered on top (later files win).

    Cached when ``extra`` is empty.  Raises :class:`PatternDataError` naming the file and the
    entry when a file is malformed.
    """
    if not extra:
        return _shipped()
    found = layered(_PACKAGE, _SHIPPED, extra, error=PatternDataError.at)
    return _build([_checked(layer) for layer in found])


def cameo(code: str) -> CameoCode:
    """The shipped entry for ``code`` ("042", "19", "1823").  Unknown codes raise PatternDataError."""
    return _shipped().get(code)


def all_codes() -> list[CameoCode]:
    """Every shipped CAMEO code, roots included, in CAMEO order."""
    return list(_shipped().codes.values())


def root_name(code: str) -> str:
    """The name of the root of ``code``: root_name("0421") == "CONSULT"."""
    return cameo(cameo(code).root).name


def quad_class_name(quad_class: int) -> str:
    try:
        return _shipped().quad_class_names[quad_class]
    except KeyError:
        raise PatternDataError(
            f"unknown quad class {quad_class!r}: quad classes are 1-4"
        ) from None


def plover_events() -> list[str]:
    """The PLOVER event types the shipped ontology maps to."""
    return _shipped().plover_events()


@lru_cache(maxsize=1)
def _shipped() -> Ontology:
    return _build([_checked(shipped_layer(_PACKAGE, _SHIPPED, error=PatternDataError.at))])


def _checked(layer: Layer) -> Layer:
    if not isinstance(layer.data.get("codes", {}), dict):
        raise PatternDataError(
            f"{layer.name}: 'codes:' must be a mapping of CAMEO code -> entry"
        )
    return layer


def _build(layers: list[Layer]) -> Ontology:
    root_quad: dict[str, int] = {}
    quad_names: dict[int, str] = {}
    raw: dict[str, tuple[str, Any]] = {}
    for layer in layers:
        source, data = layer.name, layer.data
        for quad, spec in (data.get("quad_classes") or {}).items():
            if quad not in (1, 2, 3, 4) or not isinstance(spec, dict):
                raise PatternDataError(
                    f"{source}: quad_classes: {quad!r} must be 1-4 with a name and roots"
                )
            quad_names[quad] = str(spec.get("name", quad_names.get(quad, "")))
            for root in spec.get("roots") or ():
                root_quad[_normalise(str(root))] = quad
        for code, entry in (data.get("codes") or {}).items():
            raw[_normalise(str(code))] = (source, entry)
    codes = {
        code: _entry(code, source, entry, root_quad)
        for code, (source, entry) in raw.items()
    }
    for code in codes:
        parent = code[:-1] if len(code) > 2 else None
        if parent and parent not in codes:
            raise PatternDataError(
                f"{raw[code][0]}: code {code!r} has no parent code {parent!r}"
            )
    ordered = dict(sorted(codes.items(), key=lambda kv: _cameo_order(kv[0])))
    return Ontology(ordered, quad_names, tuple(layer.name for layer in layers))


def _entry(code: str, source: str, entry: Any, root_quad: dict[str, int]) -> CameoCode:
    where = f"{source}: code {code!r}"
    if not _CODE_RE.match(code) or not 1 <= int(code[:2]) <= 20:
        raise PatternDataError(
            f"{where}: a CAMEO code is 2-4 digits with a root from 01 to 20"
        )
    if not isinstance(entry, dict):
        raise PatternDataError(
            f"{where}: expected {{name: ..., goldstein: ..., plover: [event, mode, context]}}"
        )
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise PatternDataError(f"{where}: missing 'name'")
    goldstein = entry.get("goldstein")
    if (
        isinstance(goldstein, bool)
        or not isinstance(goldstein, (int, float))
        or not -10 <= goldstein <= 10
    ):
        raise PatternDataError(
            f"{where}: 'goldstein' must be a number from -10 to 10, got {goldstein!r}"
        )
    plover = entry.get("plover", [None, None, None])
    if (
        not isinstance(plover, list)
        or len(plover) != 3
        or not all(p is None or isinstance(p, str) for p in plover)
    ):
        raise PatternDataError(
            f"{where}: 'plover' must be [event, mode, context] (null where empty)"
        )
    event, mode, context = (p.strip() if isinstance(p, str) else None for p in plover)
    if code[:2] not in root_quad:
        raise PatternDataError(
            f"{where}: root {code[:2]!r} is in no quad class (see quad_classes:)"
        )
    return CameoCode(
        code=code,
        name=name.strip(),
        quad_class=root_quad[code[:2]],
        goldstein=float(goldstein),
        plover_event=(event or "").upper(),
        plover_mode=mode or None,
        plover_context=context or None,
    )


def _normalise(code: str) -> str:
    return code.strip()


def _cameo_order(code: str) -> tuple[str, int]:
    """Roots before their children, children in numeric order: 04, 040, 041, ..., 046, 05."""
    return code.ljust(4, "0"), len(code)
