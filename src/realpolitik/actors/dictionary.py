"""Loading, layering and validating the actor dictionaries (YAML package data)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from realpolitik.errors import ActorDataError
from realpolitik.records import Actor, ActorMention


@dataclass(frozen=True)
class Role:
    person: str
    title: str
    code: str
    country: str
    start: datetime.date
    end: datetime.date | None


@dataclass(frozen=True)
class Entry:
    """One dictionary entry: a state, IGO, metonym or person, with every alias that names it."""

    name: str
    kind: str
    code: str
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    out_of_office: str = "ELI"
    source: str = ""

    def actor(self, matched: str, on: datetime.date | None) -> Actor:
        if self.kind != "person":
            sector = (
                self.code
                if self.kind == "sector"
                else (self.code[3:] if self.country else None)
            )
            return Actor(
                self.code,
                self.name,
                self.kind,
                self.country,
                sector or None,
                None,
                matched,
                self.name,
            )
        role = _role_on(self.roles, on)
        if role is None:
            code = f"{self.country}{self.out_of_office}"
            return Actor(
                code,
                self.name,
                "person",
                self.country,
                self.out_of_office,
                None,
                matched,
                self.name,
            )
        return Actor(
            role.code,
            self.name,
            "person",
            role.country,
            role.code[3:] or None,
            role.title,
            matched,
            self.name,
        )


def _role_on(roles: Sequence[Role], on: datetime.date | None) -> Role | None:
    """The role held on a date; with no date, the latest role (why: undated text is usually recent)."""
    if not roles:
        return None
    if on is None:
        return max(roles, key=lambda r: r.start)
    held = [r for r in roles if r.start <= on and (r.end is None or on <= r.end)]
    return max(held, key=lambda r: r.start) if held else None


@dataclass
class ActorDictionary:
    entries_: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        from realpolitik.actors.resolver import AliasIndex

        self._index = AliasIndex(self.entries_)

    def resolve(self, text: str, on: datetime.date | None = None) -> Actor | None:
        return self._index.resolve(text.strip(), on)

    def find_mentions(
        self, text: str, on: datetime.date | None = None
    ) -> list[ActorMention]:
        return self._index.find(text, on)

    def roles(self, person: str) -> list[Role]:
        entry = self._index.entry_for(person)
        return (
            sorted(entry.roles, key=lambda r: r.start)
            if entry and entry.kind == "person"
            else []
        )

    def entries(
        self, country: str | None = None, kind: str | None = None
    ) -> list[Entry]:
        return [
            e
            for e in self.entries_
            if (country is None or e.country == country)
            and (kind is None or e.kind == kind)
        ]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _date(value: Any, where: str) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ActorDataError(f"{where}: bad date {value!r} (use YYYY-MM-DD)") from exc


def _parse(data: Any, source: str) -> list[Entry]:
    if not isinstance(data, dict):
        raise ActorDataError(
            f"{source}: expected a mapping with countries/igos/metonyms/people"
        )
    out: list[Entry] = []
    for i, c in enumerate(data.get("countries") or []):
        where = f"{source}: countries[{i}]"
        try:
            code, name = str(c["code"]), str(c["name"])
        except (KeyError, TypeError) as exc:
            raise ActorDataError(f"{where}: needs 'code' and 'name' ({c!r})") from exc
        out.append(
            Entry(
                name,
                "state",
                code,
                code,
                (name, *_as_list(c.get("aliases")), *_as_list(c.get("adjectives"))),
                source=source,
            )
        )
        capitals = _as_list(c.get("capital"))
        if capitals:
            out.append(
                Entry(
                    f"{name} government",
                    "state",
                    f"{code}GOV",
                    code,
                    tuple(capitals),
                    source=source,
                )
            )
    for i, g in enumerate(data.get("igos") or []):
        try:
            out.append(
                Entry(
                    str(g["name"]),
                    "igo",
                    str(g["code"]),
                    None,
                    (str(g["name"]), *_as_list(g.get("aliases"))),
                    source=source,
                )
            )
        except (KeyError, TypeError) as exc:
            raise ActorDataError(
                f"{source}: igos[{i}]: needs 'code' and 'name' ({g!r})"
            ) from exc
    for i, m in enumerate(data.get("metonyms") or []):
        try:
            code = str(m["code"])
            out.append(
                Entry(
                    str(m["alias"]),
                    "state",
                    code,
                    code[:3] if len(code) > 3 else None,
                    (str(m["alias"]),),
                    source=source,
                )
            )
        except (KeyError, TypeError) as exc:
            raise ActorDataError(
                f"{source}: metonyms[{i}]: needs 'alias' and 'code' ({m!r})"
            ) from exc
    for sector, nouns in (data.get("sectors") or {}).items():
        aliases = _as_list(nouns)
        out.append(
            Entry(
                str(sector),
                "sector",
                str(sector),
                None,
                (*aliases, *(f"the {a}" for a in aliases)),
                source=source,
            )
        )
    for i, p in enumerate(data.get("people") or []):
        where = f"{source}: people[{i}]"
        try:
            name, country = str(p["name"]), str(p["country"])
            roles = tuple(
                Role(
                    name,
                    str(r["title"]),
                    str(r["code"]),
                    str(r.get("country", country)),
                    _date(r["start"], where),
                    _date(r["end"], where) if r.get("end") else None,
                )
                for r in (p.get("roles") or [])
            )
        except (KeyError, TypeError) as exc:
            raise ActorDataError(
                f"{where}: needs 'name', 'country' and roles with title/code/start ({p!r})"
            ) from exc
        out.append(
            Entry(
                name,
                "person",
                f"{country}ELI",
                country,
                (name, *_as_list(p.get("aliases"))),
                roles,
                "OPP" if p.get("opposition") else "ELI",
                source,
            )
        )
    return out


def _load_file(text: str, source: str) -> list[Entry]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ActorDataError(f"{source}: not valid YAML: {exc}") from exc
    return _parse(data, source)


@lru_cache(maxsize=1)
def _shipped() -> tuple[Entry, ...]:
    out: list[Entry] = []
    for res in sorted(
        resources.files("realpolitik.actors").joinpath("data").iterdir(),
        key=lambda p: p.name,
    ):
        if res.name.endswith(".yaml"):
            out.extend(
                _load_file(
                    res.read_text(encoding="utf-8"),
                    f"realpolitik/actors/data/{res.name}",
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def _default() -> ActorDictionary:
    return ActorDictionary(list(_shipped()))


def load_actors(extra: Sequence[Path] = ()) -> ActorDictionary:
    """The shipped dictionaries with the user's YAML files layered on top (later aliases win)."""
    if not extra:
        return _default()
    entries = list(_shipped())
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ActorDataError(f"{path}: cannot read actor file ({exc})") from exc
        entries.extend(_load_file(text, str(path)))
    return ActorDictionary(entries)


def resolve_actor(text: str, on: datetime.date | None = None) -> Actor | None:
    return load_actors().resolve(text, on)
