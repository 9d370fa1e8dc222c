"""PETRARCH's agent dictionary (``Phoenix.agents.txt``): the nouns that name a kind of actor.

A line is ``PHRASE {PLURALS} [~CODE]``: with ``~CODE`` the code follows the actor's ("Iraqi
*troops*" -> IRQ + MIL), with ``CODE~`` it goes before (NGO~).  Regular plurals are made here (S,
IES after Y, ES after SS); ``{}`` means no plural, ``{FORMS}`` lists the irregular ones.  A line
``!MARK! = A, B, C`` defines a substitution: ``CONGRESS!PERSON!`` stands for CONGRESSMAN,
CONGRESSMEN, ...; substituted words get no further plurals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.dictionaries.lines import Line, LineError, dictionary_lines, phrase_words, read_text
from realpolitik.dictionaries.petrarch_verbs import BadLine

_SUBSTITUTION = re.compile(r"^(?P<mark>![A-Z]+!)\s*=\s*(?P<items>.+)$")
# "[~ENV}": the documentation itself closes some codes with a brace
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[\s*(?P<code>[^\]}]*?)\s*[\]}]\s*$")
_MARK = re.compile(r"![A-Z]+!")


@dataclass(frozen=True)
class Agent:
    """One agent line expanded: every form it matches ("foreign minister", "foreign ministers")."""

    forms: tuple[str, ...]
    code: str
    before: bool  # CODE~: the code goes before the actor's
    line: int


@dataclass(frozen=True)
class AgentFile:
    path: str
    agents: tuple[Agent, ...]
    substitutions: dict[str, tuple[str, ...]]
    errors: tuple[LineError, ...]


def plural(word: str) -> str:
    """The regular plural PETRARCH makes: ARMY -> ARMIES, PRESS -> PRESSES, TROOP -> TROOPS."""
    if word.endswith("Y") and word[-2:-1] not in ("A", "E", "O", "U"):
        return word[:-1] + "IES"
    if word.endswith("SS"):
        return word + "ES"
    return word + "S"


def agent_forms(phrase: str, plurals: str | None, substitutions: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The singular and plural forms of an agent phrase, as space-separated words."""
    mark = _MARK.search(phrase)
    if mark:
        if mark[0] not in substitutions:
            raise BadLine(f"substitution {mark[0]} is not defined (write {mark[0]} = A, B, C above)")
        return tuple(" ".join(phrase_words(phrase.replace(mark[0], item))) for item in substitutions[mark[0]])
    single = " ".join(phrase_words(phrase))
    if plurals is None:
        words = single.split(" ")
        return (single, " ".join([*words[:-1], plural(words[-1])]))
    return (single, *(" ".join(phrase_words(p)) for p in plurals.split()))


@dataclass
class _Reader:
    path: str
    agents: list[Agent] = field(default_factory=list)
    substitutions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: list[LineError] = field(default_factory=list)

    def read(self, line: Line) -> None:
        text = line.text.strip()
        try:
            sub = _SUBSTITUTION.match(text)
            if sub:
                self.substitutions[sub["mark"]] = tuple(i.strip() for i in sub["items"].split(",") if i.strip())
                return
            m = _AGENT.match(text)
            if not m:
                raise BadLine(f"cannot read {text!r}: an agent reads PHRASE {{PLURALS}} [~CODE]")
            self.agents.append(self._agent(m, line.number))
        except BadLine as exc:
            self.errors.append(LineError(self.path, line.number, str(exc)))

    def _agent(self, m: re.Match[str], number: int) -> Agent:
        code = m["code"].replace(" ", "")
        if code.count("~") != 1 or code.strip("~") == "":
            raise BadLine(f"bad agent code [{code}]: use [~CODE] (after the actor's code) or [CODE~] (before)")
        forms = agent_forms(m["phrase"], m["plurals"], self.substitutions)
        return Agent(tuple(dict.fromkeys(forms)), code.strip("~").upper(), code.endswith("~"), number)


def parse_agents(text: str, path: str) -> AgentFile:
    reader = _Reader(path)
    for line in dictionary_lines(text):
        reader.read(line)
    return AgentFile(path, tuple(reader.agents), reader.substitutions, tuple(reader.errors))


def read_petrarch_agents(path: str | Path) -> AgentFile:
    """An agents file; malformed lines are in ``errors``, the rest is read."""
    return parse_agents(read_text(path), str(path))
