"""PETRARCH actors and agents as sections of realpolitik's actor YAML (``actors/data/*.yaml``).

- A record with dated codes and an undated default is a person: ``people`` (country: the first
  country its codes name, roles: one per dated code, ``title`` the code's sector since the files name
  no office); a default other than country+ELI is a role from 0001-01-01 on, which any dated role
  held on the day outranks.  A person whose codes name no country (an IGO official) goes to ``groups`` with kind
  person.  A person with no default and no role open to the past (``<date``) is left out, counted:
  PETRARCH codes them as nothing before their first date, where realpolitik would say country+ELI.  With ``person_words=2`` a person's one-word
  names ("ABDULLAH") are left out too.
- An undated record is a state name (``metonyms``) when its code is a country's, with no sector or a
  government one; an IGO (``igos``) when the code starts with IGO; otherwise a named group
  (``groups``, with its country when the code starts with one).
- Agents are ``sectors``: the code (``~GOV`` or ``NGO~``) and every form of the noun, lowercase.

Names are written in the case news prints them, since aliases match case-sensitively: "BARACK_OBAMA"
-> "Barack Obama"; words with dots or without vowels stay capitals ("U.N.", "PKK"), two-letter ones
too unless they are particles ("US", "UN"; "al", "de"); a hyphenated name is also given with a
capital after the hyphen ("Ki-moon", "Ki-Moon"); a one-word name of four letters or fewer is also
kept in capitals (NATO, OPEC).
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from realpolitik.dictionaries.lines import phrase_words
from realpolitik.dictionaries.petrarch_actors import ActorFile, ActorRecord, DatedCode
from realpolitik.dictionaries.petrarch_agents import AgentFile

# the start of a role that holds whenever no dated one does (the schema wants a start)
ALWAYS = datetime.date(1, 1, 1)
_PARTICLES = frozenset("OF THE AND FOR IN ON AT TO BY AL EL DE DU DA DOS LA LE VAN VON DER BIN IBN".split())
_VOWELS = frozenset("AEIOUY")
_SHORT_ACRONYM = 4
# CAMEO's actor-type codes that stand alone in the files ([ELI], [GOV]): no state
_SECTOR_CODES = frozenset("ELI GOV MIL OPP REB INS COP JUD LEG BUS MED NGO IGO CVL REF EDU LAB AGR HLH SPY UAF".split())


# what a record is, as --skip names it
RECORD_KINDS = ("state", "office", "person", "igo", "group")


@dataclass
class ActorConversion:
    """The YAML sections (actor schema) and what was left out, counted by reason."""

    sections: dict[str, Any] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)


def _word_case(word: str, first: bool) -> str:
    if "." in word or not _VOWELS & set(word.upper()) or (len(word) == 2 and word.upper() not in _PARTICLES):
        return word.upper()
    if word.upper() in _PARTICLES and not first:
        return word.lower()
    if word.upper().startswith(("AL-", "EL-")):
        return word[:3].lower() + word[3:].capitalize()
    # "O'BRIEN" -> "O'Brien"
    parts = word.split("'")
    if len(parts) == 2 and len(parts[0]) == 1:
        return f"{parts[0].upper()}'{parts[1].capitalize()}"
    return word.capitalize()


def display_names(phrase: str) -> list[str]:
    """The forms in which news prints a dictionary phrase (see the module's notes)."""
    words = phrase_words(phrase)
    if not any(ch.isalpha() for w in words for ch in w):
        return []  # "39649": a spreadsheet's date where a name was
    cased = [_word_case(w, i == 0) for i, w in enumerate(words)]
    names = [" ".join(cased)]
    if any("-" in w for w in cased):
        names.append(" ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in cased))
    if len(words) == 1 and len(words[0]) <= _SHORT_ACRONYM and words[0].isalpha():
        names.append(words[0].upper())
    return list(dict.fromkeys(names))


def _aliases(record: ActorRecord) -> list[str]:
    return list(dict.fromkeys(n for p in record.phrases for n in display_names(p)))


@dataclass
class _Converter:
    countries: frozenset[str]
    skip: frozenset[str] = frozenset()
    person_words: int = 1  # the fewest words a person's name needs to be kept
    out: ActorConversion = field(default_factory=ActorConversion)

    def bare_state(self, code: str) -> bool:
        """A state's code and nothing more: a known country, or three letters that are no sector
        (USR, the Soviet Union, is no country of today's list)."""
        return code in self.countries or (len(code) == 3 and code.isalpha() and code not in _SECTOR_CODES)

    def country(self, code: str) -> str | None:
        return code[:3] if code[:3] in self.countries else None

    def add(self, kind: str, section: str, item: dict[str, Any]) -> None:
        if kind in self.skip:
            self.out.skipped[f"{kind} records left out (--skip {kind})"] += 1
            return
        self.out.sections.setdefault(section, []).append(item)

    def record(self, record: ActorRecord) -> None:
        names = _aliases(record)
        if not names:
            self.out.skipped["no name"] += 1
        elif not record.codes:
            self.out.skipped["no code"] += 1
        elif record.dated:
            self.person(record, names)
        else:
            self.named(record, names)

    def person(self, record: ActorRecord, names: list[str]) -> None:
        # dated roles first: on a tie of start dates the coder takes the first, and the default starts at ALWAYS
        codes = [*record.dated, *(c for c in record.codes if not c.dated)]
        country = next((c for c in (self.country(x.code) for x in codes) if c), None)
        backwards = [c for c in codes if c.start and c.end and c.end < c.start]
        if backwards:
            self.out.skipped["role that ends before it starts (a typo of the file)"] += len(backwards)
        roles = [self.role(c, country) for c in codes if (c.dated or c.code != f"{country}ELI") and c not in backwards]
        kept = [r for r in roles if r is not None]
        if len(kept) < len(roles):
            self.out.skipped["role code with no actor ([ELI], [GOV])"] += len(roles) - len(kept)
        if not kept:
            self.out.skipped["person with no usable role"] += 1
            return
        if all(self.bare_state(c.code) for c in codes):
            # a state whose code changed (Rhodesia, then Zimbabwe): a group of kind state with dated codes
            self.add("state", "groups", {**_named(names), "code": kept[-1]["code"], "country": country, "kind": "state", "roles": kept})
            return
        names = [n for n in names if len(n.split()) >= self.person_words]
        if record.default is None and all(c.start is not None for c in record.dated):
            # PETRARCH codes such a person as nothing before the first dated role; realpolitik would code
            # country + ELI, wrong for whatever office the file does not know (a minister later at the UN)
            self.out.skipped["person with no code before the first dated role"] += 1
        elif not names:
            self.out.skipped[f"person with no name of {self.person_words} words or more"] += 1
        elif country:
            self.add("person", "people", {**_named(names), "country": country, "roles": kept})
        else:
            self.add("person", "groups", {**_named(names), "code": kept[-1]["code"], "kind": "person", "roles": kept})

    def role(self, dated: DatedCode, country: str | None) -> dict[str, Any] | None:
        code = dated.code
        if len(code) <= 3 and code not in self.countries:
            return None  # a bare sector: PETRARCH adds the country of the sentence, which no role here knows
        own = self.country(code)
        role: dict[str, Any] = {"title": code[3:] if own and code[3:] else code, "code": code}
        if own and own != country:
            role["country"] = own
        role["start"] = dated.start or ALWAYS
        if dated.end:
            role["end"] = dated.end
        return role

    def named(self, record: ActorRecord, names: list[str]) -> None:
        code = record.default or ""
        # a name with several codes ([FRO/BIL/SAM]) stands for each of those actors
        also = {"also": [c.code for c in record.codes[1:]]} if len(record.codes) > 1 else {}
        country = self.country(code)
        aliases = {"aliases": names[1:]} if names[1:] else {}
        if country and (code == country or code[3:].startswith("GOV")):
            kind = "state" if code == country else "office"
            self.add(kind, "metonyms", {"alias": names[0], **aliases, "code": code, "country": country, **also})
        elif code.startswith("IGO"):
            if also:
                self.out.skipped["codes after the first of an IGO with several"] += len(also["also"])
            self.add("igo", "igos", {"code": code, "name": names[0], **aliases})
        else:
            where = {"country": country} if country else {}
            self.add("group", "groups", {"name": names[0], **aliases, "code": code, **where, **also})


def _named(names: list[str]) -> dict[str, Any]:
    return {"name": names[0], **({"aliases": names[1:]} if names[1:] else {})}


def known_countries(extra: Iterable[str] = ()) -> frozenset[str]:
    """The country codes of the shipped actor dictionaries, with ``extra`` ones."""
    from realpolitik.actors import load_actors

    shipped = {e.code for e in load_actors().entries(kind="state") if e.code == e.country}
    return frozenset(shipped | set(extra))


def actor_sections(actors: ActorFile, countries: frozenset[str] | None = None,
                   skip: frozenset[str] = frozenset(), person_words: int = 1) -> ActorConversion:
    """The file's records as actor YAML sections.  ``countries``: the codes read as countries (default:
    the shipped ones; a test set of made-up states passes its own too).  ``skip``: kinds of record
    (:data:`RECORD_KINDS`) left out, counted.  ``person_words``: a person's names of fewer words are
    left out (2 for news: "ABDULLAH" names too many people)."""
    converter = _Converter(known_countries() if countries is None else countries, frozenset(skip), person_words)
    for record in actors.records:
        converter.record(record)
    return converter.out


def agent_sectors(agents: AgentFile) -> ActorConversion:
    """The agents as a ``sectors`` section: code -> {nouns: [...]}, every form lowercase, an acronym
    also in capitals ("MSF"); an agent whose code goes before the actor's (``[NGO~]``: "MSF Arnor" is
    NGOARN) under the key ``NGO~`` with ``before: true``."""
    sectors: dict[str, dict[str, Any]] = {}
    for agent in agents.agents:
        key = f"{agent.code}~" if agent.before else agent.code
        spec = sectors.setdefault(key, {"code": agent.code, "nouns": [], "before": True} if agent.before else {"nouns": []})
        for form in agent.forms:
            spec["nouns"].extend(f for f in dict.fromkeys([form.lower(), *_acronym(form)]) if f not in spec["nouns"])
    return ActorConversion({"sectors": sectors} if sectors else {})


def _acronym(form: str) -> list[str]:
    """A one-word form news prints in capitals (a word with no vowel: "MSF")."""
    return [form.upper()] if " " not in form and not _VOWELS & set(form.upper()) else []
