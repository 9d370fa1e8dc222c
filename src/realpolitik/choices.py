"""The valid values of filters and options, and a check of each value given.

A value that is none of them is a ``ChoiceError`` naming the valid choices, or the close ones
when there are many ("did you mean"), so a typo is never an empty result.  Countries may be
given by name ("India" is IND): a side is a country, an organisation, a group or an actor code.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .datafiles import shipped_layer
from .errors import ActorDataError, ChoiceError

MODALITIES = ("asserted", "negated", "hypothetical", "future")

# More choices than this are not all listed: only the close ones are.
_LISTED = 20


def choose(value: str, choices: Sequence[str], what: str) -> str:
    """``value`` as spelled in ``choices`` (case aside); else a ChoiceError naming the choices."""
    by_key = {c.casefold(): c for c in choices}
    found = by_key.get(value.strip().casefold())
    if found is None:
        raise ChoiceError(f"unknown {what} {value!r}; {_hint(value, choices)}")
    return found


def _hint(value: str, choices: Sequence[str], otherwise: str = "") -> str:
    if len(choices) <= _LISTED:
        return f"use one of {', '.join(choices)}"
    spelled: dict[str, str] = {}
    for choice in choices:
        spelled.setdefault(choice.upper(), choice)
    close = difflib.get_close_matches(value.upper(), list(spelled), n=5, cutoff=0.6)
    if close:
        return f"did you mean {', '.join(spelled[c] for c in close)}?"
    return otherwise or f"use one of {', '.join(choices)}"


def modalities(value: str | Sequence[str] | None) -> list[str] | None:
    """The modalities of a comma-separated list (None or "all": every one)."""
    items = _split(value)
    if not items or items == ["all"]:
        return None
    return [choose(m, MODALITIES, "modality") for m in items]


QUAD_CLASSES = ("1", "2", "3", "4")


def quad_classes(value: int | str | Sequence[int | str] | None) -> list[int]:
    """The quad classes of a comma-separated list: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    if isinstance(value, int):
        value = str(value)
    items = _split(value if isinstance(value, str) or value is None else [str(v) for v in value])
    return [int(choose(q, QUAD_CLASSES, "quad class (1 verbal cooperation, 2 material cooperation, "
                                           "3 verbal conflict, 4 material conflict)")) for q in items]  # fmt: skip


def event_types(value: str | Sequence[str] | None) -> list[str]:
    """PLOVER event types (upper case) and CAMEO code prefixes of a comma-separated list."""
    from .coding.ontology import all_codes, plover_events

    plover = plover_events()
    cameo = {c.code for c in all_codes()}
    out = []
    for item in _split(value):
        if item.isdigit():
            if not any(code.startswith(item) for code in cameo):
                raise ChoiceError(f"unknown CAMEO code {item!r}; CAMEO codes run from 01 to 20 (e.g. 19, 042, 1823)")
            out.append(item)
        else:
            out.append(choose(item, plover, "event type (a PLOVER event or a CAMEO code)").upper())
    return out


def side_code(name: str, groups: Mapping[str, object], seen: Iterable[str] = ()) -> str:
    """The code a side or country stands for: a group name, a country or organisation code or
    name ("India", "Indian", "European Union"), an actor code starting with a country's code
    ("BLRGOV"), or a code in ``seen`` (codes of the events stored)."""
    key, names = name.strip().upper(), _names()
    if not key:
        raise ChoiceError(f"an empty side or country name was given; {_SIDES}")
    if key in groups or key in _codes():
        return key
    if key.casefold() in names:
        return names[key.casefold()]
    seen = set(seen)
    if key in seen or (name.strip().isupper() and key[:3] in _codes()):
        return key
    choices = sorted({*_codes(), *groups, *seen} | {n.title() for n in names if " " not in n})
    raise ChoiceError(f"unknown country or actor {name!r}; {_hint(name, choices, _SIDES)}")


_SIDES = ("give an ISO-3 country code (IND), a country's name (India), an organisation (EU, UN), "
          "a group (WEST; `--groups` adds yours) or an actor code (INDGOV)")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every country and organisation name, alias and adjective (case-folded), to its code."""
    out: dict[str, str] = {}
    for filename, sections in (("countries.yaml", ("countries",)), ("igos.yaml", ("igos", "regions"))):
        data = shipped_layer("realpolitik.actors.data", filename, error=ActorDataError.at).data
        for item in (i for s in sections for i in data.get(s) or ()):
            for alias in (item["name"], *(item.get("aliases") or ()), *(item.get("adjectives") or ())):
                out.setdefault(str(alias).casefold(), str(item["code"]))
            out.setdefault(str(item["code"]).casefold(), str(item["code"]))
    return out


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    return frozenset(_names().values())


def _split(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i and i.strip()]
