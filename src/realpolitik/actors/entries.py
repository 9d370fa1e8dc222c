"""What a dictionary entry is: a named actor with its aliases and dated roles.

The bottom of ``realpolitik.actors``: the resolver and the dictionary both build on it, and it imports
neither.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from realpolitik.records import Actor

# Kinds of entry that name a sector noun ("troops", "analysts") rather than an actor of their own.
SECTOR_KINDS = frozenset({"sector", "analyst"})
# Kinds of entry that are no actor but words the resolver reads (sectors.yaml), one list a kind:
# endings that name whose a thing is ("Pakistan-based"), offices whose former holders are elites,
# small words inside names ("bin"), capitalised words that are no name ("Monday").
WORD_KINDS = frozenset({"naming_suffix", "former_office", "name_particle", "not_name"})


@dataclass(frozen=True)
class Role:
    person: str
    title: str
    code: str
    country: str | None
    start: datetime.date
    end: datetime.date | None


@dataclass(frozen=True)
class Entry:
    """One dictionary entry: a state, IGO, metonym, sector noun, named group or person, with every alias."""

    name: str
    kind: str
    code: str
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    # code suffix of a person out of office: ELI (former elite) or OPP (opposition figure)
    out_of_office: str = "ELI"
    source: str = ""
    # a singular person noun ("president", "analyst") that takes the name after it: "President Bush"
    title: bool = False
    # the codes of further actors the name stands for ("the two Koreas": PRK, KOR; PETRARCH's [FRO/BIL/SAM])
    also: tuple[str, ...] = ()
    # a sector code written before the country's, as PETRARCH's [NGO~] agents are ("MSF Arnor": NGOARN)
    before: bool = False

    # the actors made, by the words matched and the role held: the same name names the same actor
    # on every day of one role (a cache of the dictionary's own data, as bounded as it is)
    _actors: dict[tuple[str, Role | None], Actor] = field(default_factory=dict, init=False, repr=False, compare=False)

    def actor(self, matched: str, on: datetime.date | None) -> Actor:
        role = _role_on(self.roles, on) if self.roles else None
        key = (matched, role)
        # (one look-up: the key's role is hashed field by field at each)
        found = self._actors.get(key)
        if found is None:
            found = self._actors[key] = self._made(matched, role)
        return found

    def _made(self, matched: str, role: Role | None) -> Actor:
        if role is not None:
            code, country, title = role.code, role.country, role.title
        elif self.kind == "person" and self.country:
            code, country, title = (
                f"{self.country}{self.out_of_office}",
                self.country,
                None,
            )
        else:
            # a title's holder is one person ("the prime minister … she"): the title is the role
            code, country, title = self.code, self.country, matched.lower() if self.title else None
        sector = (
            code
            if self.kind in SECTOR_KINDS and not country
            else sector_of(code, country)
        )
        return Actor(
            code, self.name, self.kind, country, sector, title, matched, self.name
        )

    def others(self, matched: str) -> tuple[Actor, ...]:
        """The further actors the name stands for, each of the country its code begins with when
        this entry has a country (a state's name standing for several states)."""
        if not self.also:
            return ()  # (most names stand for one actor; asked for every mention found)
        return tuple(
            Actor(code, self.name, self.kind, code[:3] if self.country else None,
                  code[3:] or None if self.country else None, None, matched, self.name)
            for code in self.also
        )


def sector_of(code: str, country: str | None) -> str | None:
    """The sector part of a country-based code: "RUSMIL" -> "MIL"; "RUS" and IGO codes have none."""
    if country and code.startswith(country):
        return code[len(country) :] or None
    return None


def _role_on(roles: Sequence[Role], on: datetime.date | None) -> Role | None:
    """The role held on a date; with no date, the latest role (why: undated text is usually recent)."""
    if not roles:
        return None
    if on is None:
        return max(roles, key=lambda r: r.start)
    held = [r for r in roles if r.start <= on and (r.end is None or on <= r.end)]
    return max(held, key=lambda r: r.start) if held else None
