"""What an actor code stands for, in words: "INDGOV" is India's government, and the people the
dictionaries give that code to, with their offices ("Narendra Modi, prime minister since 2014").

Above ``dictionary`` in the package: it reads the dictionaries' names, never the other way round.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from realpolitik.actors.dictionary import ActorDictionary, load_actors
from realpolitik.datafiles import shipped_layer


@dataclass(frozen=True)
class Office:
    """A person who held an office coded as the actor, and when."""

    person: str
    title: str
    start: datetime.date
    end: datetime.date | None

    def __str__(self) -> str:
        held = f"{self.start.year}–{self.end.year}" if self.end else f"since {self.start.year}"
        return f"{self.person}, {self.title} ({held})"


@dataclass(frozen=True)
class ActorDescription:
    """An actor code in words: its country or organisation, its sector, and the offices of the
    people found as it in the text."""

    code: str
    name: str  # "India", "European Union"; the code itself when no dictionary names it
    sector: str | None  # "government", "military"; None for a whole state or an organisation
    offices: tuple[Office, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.name}, {self.sector}" if self.sector else self.name


def describe_actor(
    code: str, texts: Iterable[str] = (), seen: tuple[datetime.date, datetime.date] | None = None,
    dictionary: ActorDictionary | None = None,
) -> ActorDescription:  # fmt: skip
    """What ``code`` stands for; ``texts`` are the words it was found as (the store's ``actors``),
    and the people among them bring their offices held as this code (those held some time
    between the first and last day ``seen``, when given)."""
    code = code.strip().upper()
    names = _display_names()
    owner = next((code[:n] for n in (len(code), 3) if code[:n] in names), None)
    sector = _sector_names().get(code[len(owner):]) if owner and code != owner else None
    dictionary = dictionary or load_actors()
    offices = {
        Office(role.person, role.title, role.start, role.end)
        for text in texts
        for role in dictionary.roles(text)
        if role.code == code and (seen is None or _overlaps(role.start, role.end, *seen))
    }
    return ActorDescription(code, names.get(owner, code) if owner else code, sector,
                            tuple(sorted(offices, key=lambda o: (o.start, o.person))))  # fmt: skip


def _overlaps(start: datetime.date, end: datetime.date | None, first: datetime.date, last: datetime.date) -> bool:
    return start <= last and (end is None or first <= end)


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    """Country and organisation code -> its name (the first entry of a code wins: EU is the Union)."""
    out: dict[str, str] = {}
    for filename, section in (("countries.yaml", "countries"), ("igos.yaml", "igos"), ("igos.yaml", "regions")):
        for item in shipped_layer("realpolitik.actors.data", filename).data.get(section) or ():
            out.setdefault(str(item["code"]), str(item["name"]))
    return out


def _sector_names() -> dict[str, str]:
    """CAMEO actor type code -> its name in lower case ("GOV" -> "government")."""
    from realpolitik.importing import sector_display_names

    return {code: name.lower() for code, name in sector_display_names().items()}
