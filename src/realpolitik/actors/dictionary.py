"""Loading, layering and validating the actor dictionaries (YAML package data)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from realpolitik.actors.entries import SECTOR_KINDS, WORD_KINDS, Entry, Role
from realpolitik.actors.resolver import AliasIndex, ResolverWords, alias_key
from realpolitik.datafiles import Layer, read_layer, shipped_layers
from realpolitik.errors import ActorDataError, UnknownActorError
from realpolitik.records import Actor, ActorMention


@dataclass
class ActorDictionary:
    entries_: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = AliasIndex(self.entries_)
        self._called: dict[tuple[str, ...], dict[str, frozenset[str]]] = {}

    def resolve(self, text: str, on: datetime.date | None = None) -> Actor | None:
        return self._index.resolve(text.strip(), on)

    def resolve_known(self, text: str, on: datetime.date | None = None) -> Actor:
        """What ``resolve`` finds; a name no dictionary knows is an error telling how to add it."""
        actor = self.resolve(text, on)
        if actor is None:
            raise UnknownActorError(
                f"no actor matches {text.strip()!r}: no dictionary knows the name. Add it to a YAML file "
                "of your own (a person: name, country, roles with title, code, start and end) and pass "
                "it with --actors my.yaml; the format is in docs/actors.md, 'Your own YAML'. --actors "
                "also takes a PETRARCH or TABARI .actors dictionary as it is"
            )
        return actor

    def find_mentions(
        self, text: str, on: datetime.date | None = None
    ) -> list[ActorMention]:
        return self._index.find(text, on)

    def states_called(self, words: Iterable[str]) -> dict[str, frozenset[str]]:
        """For each word, the states one of whose names holds it ("kingdom": Saudi Arabia, the
        Kingdom of Saudi Arabia; Jordan, the Hashemite Kingdom of Jordan; …)."""
        key = tuple(sorted(words))
        if key not in self._called:  # (read once per dictionary: every document asks)
            states = [e for e in self.entries_ if e.kind == "state" and e.code == e.country]
            self._called[key] = {w: frozenset(e.country for e in states if any(w in a.lower().split() for a in e.aliases))
                                 for w in key}
        return self._called[key]

    def roles(self, person: str) -> list[Role]:
        entry = self._index.entry_for(person)
        return (
            sorted(entry.roles, key=lambda r: r.start) if entry and entry.roles else []
        )

    def entries(
        self, country: str | None = None, kind: str | None = None
    ) -> list[Entry]:
        return [
            e
            for e in self.entries_
            if e.kind not in {"modifier", "place"} and e.kind not in WORD_KINDS
            and (country is None or e.country == country)
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


def _roles(name: str, country: str | None, raw: Any, where: str) -> tuple[Role, ...]:
    roles = []
    for r in raw or []:
        code = str(r["code"])
        # an IGO post (NATO, EU) is held for the organisation, not for the holder's country
        default = country if country and code.startswith(country) else None
        roles.append(
            Role(
                name,
                str(r["title"]),
                code,
                str(r["country"]) if r.get("country") else default,
                _date(r["start"], where),
                _date(r["end"], where) if r.get("end") else None,
            )
        )
    return tuple(roles)


def _countries(items: list[Any], source: str) -> Iterator[Entry]:
    for i, c in enumerate(items):
        where = f"{source}: countries[{i}]"
        try:
            code, name = str(c["code"]), str(c["name"])
        except (KeyError, TypeError) as exc:
            raise ActorDataError(f"{where}: needs 'code' and 'name' ({c!r})") from exc
        names = (name, *_as_list(c.get("aliases")), *_as_list(c.get("adjectives")))
        yield Entry(name, "state", code, code, names, source=source)
        capitals = _as_list(c.get("capital"))
        if capitals:
            yield Entry(
                f"{name} government",
                "state",
                f"{code}GOV",
                code,
                tuple(capitals),
                source=source,
            )


def _organisations(kind: str) -> Callable[[list[Any], str], Iterator[Entry]]:
    """Parser of a list of IGOs or regions: code, name, aliases; no country of their own."""

    def parse(items: list[Any], source: str) -> Iterator[Entry]:
        for i, g in enumerate(items):
            try:
                names = (str(g["name"]), *_as_list(g.get("aliases")))
                yield Entry(names[0], kind, str(g["code"]), None, names, source=source)
            except (KeyError, TypeError) as exc:
                raise ActorDataError(
                    f"{source}: {kind}s[{i}]: needs 'code' and 'name' ({g!r})"
                ) from exc

    return parse


def _metonyms(items: list[Any], source: str) -> Iterator[Entry]:
    for i, m in enumerate(items):
        try:
            code = str(m["code"])
            aliases = (*_as_list(m["alias"]), *_as_list(m.get("aliases")))
        except (KeyError, TypeError) as exc:
            raise ActorDataError(
                f"{source}: metonyms[{i}]: needs 'alias' and 'code' ({m!r})"
            ) from exc
        country = (
            str(m["country"])
            if m.get("country")
            else (code[:3] if len(code) > 3 else None)
        )
        also = tuple(_as_list(m.get("also")))
        yield Entry(aliases[0], "state", code, country, aliases, source=source, also=also)


# the small words a name in capitals keeps in lower case ("Ministry of Foreign Affairs")
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to"})


def _sector_variants(noun: str) -> list[str]:
    """ "foreign ministry" also as "Foreign ministry", "Foreign Ministry" and with "the";
    "ministry of defence" as "Ministry of Defence"."""
    words = noun.split()
    forms = dict.fromkeys(
        [
            noun,
            noun[:1].upper() + noun[1:],
            " ".join(w[:1].upper() + w[1:] for w in words),
            " ".join(w if i and w in _NAME_SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)),
        ]
    )
    return [*forms, *(f"the {f}" for f in forms)]


def _sectors(items: dict[Any, Any], source: str) -> Iterator[Entry]:
    for key, spec in items.items():
        where = f"{source}: sectors.{key}"
        code = str(key)
        if isinstance(spec, dict):
            # a key other than the code lets one code have two kinds (EDU: students; EDU: analysts)
            code = str(spec.get("code", key))
            nouns, titles = _as_list(spec.get("nouns")), _as_list(spec.get("titles"))
            kind = str(spec.get("kind", "sector"))
            before = bool(spec.get("before", False))
        elif isinstance(spec, list):
            nouns, titles, kind, before = _as_list(spec), [], "sector", False
        else:
            raise ActorDataError(
                f"{where}: expected a list of nouns or a mapping with nouns/titles/kind"
            )
        if kind not in SECTOR_KINDS:
            raise ActorDataError(
                f"{where}: kind must be one of {sorted(SECTOR_KINDS)}, not {kind!r}"
            )
        for words, is_title in ((nouns, False), (titles, True)):
            aliases = tuple(v for w in words for v in _sector_variants(w))
            if aliases:
                # the key names the entry: "NGO~" (before) and "NGO" are two entries of one code
                yield Entry(
                    str(key) if before else code, kind, code, None, aliases, source=source, title=is_title, before=before
                )


def _groups(items: list[Any], source: str) -> Iterator[Entry]:
    for i, g in enumerate(items):
        where = f"{source}: groups[{i}]"
        try:
            name, code = str(g["name"]), str(g["code"])
            country = str(g["country"]) if g.get("country") else None
            kind = str(g.get("kind", "group"))
            roles = _roles(name, country, g.get("roles"), where)
        except (KeyError, TypeError) as exc:
            raise ActorDataError(f"{where}: needs 'name' and 'code' ({g!r})") from exc
        yield Entry(
            name,
            kind,
            code,
            country,
            (name, *_as_list(g.get("aliases"))),
            roles,
            source=source,
            also=tuple(_as_list(g.get("also"))),
        )


# letters NFKD does not decompose into a base letter plus accents
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ŭ": "u",
    }
)


def _ascii_fold(name: str) -> str:
    """ "Łukaszenka" -> "Lukaszenka", "Grybauskaitė" -> "Grybauskaite": news often drops the accents."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _person_aliases(name: str, raw: Any) -> tuple[str, ...]:
    names = (name, *_as_list(raw))
    folded = (*names, *(_ascii_fold(n) for n in names))
    return tuple(dict.fromkeys((*folded, *(without_article(n) for n in folded))))


_ARTICLE = re.compile(r"(?:al|el|Al|El)-(?=[A-Z])")


def without_article(surname: str) -> str:
    """ "al-Sharaa" -> "Sharaa": news drops the article of an Arabic surname written alone (a
    name of several words keeps it: "Ahmed al-Sharaa")."""
    return _ARTICLE.sub("", surname, count=1) if " " not in surname and _ARTICLE.match(surname) else surname


def _people(items: list[Any], source: str) -> Iterator[Entry]:
    for i, p in enumerate(items):
        where = f"{source}: people[{i}]"
        try:
            name, country = str(p["name"]), str(p["country"])
            roles = _roles(name, country, p.get("roles"), where)
        except (KeyError, TypeError) as exc:
            raise ActorDataError(
                f"{where}: needs 'name', 'country' and roles with title/code/start ({p!r})"
            ) from exc
        aliases = _person_aliases(name, p.get("aliases"))
        if p.get("analyst"):
            yield Entry(
                name, "analyst", f"{country}EDU", country, aliases, roles, "EDU", source
            )
            continue
        out = "OPP" if p.get("opposition") else "ELI"
        yield Entry(
            name, "person", f"{country}{out}", country, aliases, roles, out, source
        )


def _word_list(name: str, kind: str) -> Callable[[list[Any], str], Iterator[Entry]]:
    """A list of words the resolver reads (``modifiers``, ``naming_suffixes``…) as one entry of ``kind``."""

    def parse(items: list[Any], source: str) -> Iterator[Entry]:
        words = tuple(_as_list(items))
        if words:
            yield Entry(name, kind, "", None, words, source=source)

    return parse


_SECTIONS: dict[str, tuple[type, Callable[[Any, str], Iterator[Entry]]]] = {
    "countries": (list, _countries),
    "igos": (list, _organisations("igo")),
    "regions": (list, _organisations("region")),
    "metonyms": (list, _metonyms),
    "sectors": (dict, _sectors),
    "modifiers": (list, _word_list("modifiers", "modifier")),
    "places": (list, _word_list("places", "place")),
    "naming_suffixes": (list, _word_list("naming_suffixes", "naming_suffix")),
    "former_offices": (list, _word_list("former_offices", "former_office")),
    "name_particles": (list, _word_list("name_particles", "name_particle")),
    "not_names": (list, _word_list("not_names", "not_name")),
    "groups": (list, _groups),
    "people": (list, _people),
}


def _parse(layer: Layer) -> list[Entry]:
    source, data = layer.name, layer.data
    unknown = [str(key) for key in data if key not in _SECTIONS]
    if unknown:
        raise ActorDataError(
            f"{source}: unknown section {', '.join(unknown)}; the sections are {', '.join(_SECTIONS)}"
        )
    out: list[Entry] = []
    for section, (shape, parse) in _SECTIONS.items():
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, shape):
            raise ActorDataError(
                f"{source}: '{section}' must be a {'list' if shape is list else 'mapping'}"
            )
        out.extend(parse(items, source))
    return out


# PETRARCH's Phoenix dictionaries, converted (data/petrarch/LICENSE.txt): read first, so that every
# hand-made entry, newer and checked, wins an alias both have
_LAYERS = ("realpolitik.actors.data.petrarch", "realpolitik.actors.data")


@lru_cache(maxsize=1)
def _shipped() -> tuple[Entry, ...]:
    imported, own = ([e for layer in shipped_layers(p, error=ActorDataError.at) for e in _parse(layer)] for p in _LAYERS)
    return (*under(imported, own), *own)


def under(imported: Sequence[Entry], own: Sequence[Entry]) -> Iterator[Entry]:
    """The imported entries without the aliases that end with an alias of ``own``: the longer match
    wins in text, so "The EU" or "President Barack Obama" would outmatch the own entries' "EU" and
    "Barack Obama", which are to win.  An imported entry whose name ``own`` knows is the same actor,
    and goes whole."""
    words = ResolverWords.of(own)
    known = {alias_key(a, words) for e in own if e.kind not in WORD_KINDS for a in e.aliases}
    for entry in imported:
        if alias_key(entry.name, words) in known:
            continue
        aliases = tuple(a for a in entry.aliases if not _ends_with(alias_key(a, words), known))
        if aliases:
            yield replace(entry, aliases=aliases)


def _ends_with(key: tuple[str, ...], known: set[tuple[str, ...]]) -> bool:
    return any(key[i:] in known for i in range(len(key)))


@lru_cache(maxsize=1)
def _default() -> ActorDictionary:
    return ActorDictionary(list(_shipped()))


def load_actors(extra: Sequence[Path] = (), *, shipped: bool = True) -> ActorDictionary:
    """The shipped dictionaries with the user's files layered on top (later aliases win): YAML, or
    PETRARCH/TABARI actor and agent dictionaries (converted on the fly, see realpolitik.dictionaries).
    ``shipped=False``: the user's actors alone (a closed world, such as PETRARCH's validation actors),
    read with the shipped words of the resolver (naming suffixes, name particles…)."""
    if not extra and shipped:
        return _default()
    # a closed world of actors still reads English: the shipped words the resolver reads stay
    entries = list(_shipped()) if shipped else [e for e in _shipped() if e.kind in WORD_KINDS]
    for path in extra:
        entries.extend(_parse(read_layer(path, error=ActorDataError.at, dictionaries=("actors", "agents"))))
    return ActorDictionary(entries)


def resolve_actor(text: str, on: datetime.date | None = None) -> Actor | None:
    return load_actors().resolve(text, on)
