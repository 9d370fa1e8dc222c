"""Readers of the PETRARCH and TABARI dictionaries, and their conversion to realpolitik's YAML.

One module per format: ``petrarch_verbs`` (CAMEO.2.0.txt), ``petrarch_actors`` (``.actors``),
``petrarch_agents`` (agents), ``discards``, ``tabari`` (what TABARI's older files do differently).
Each reader collects the lines it cannot read as :class:`LineError` (file and line) and reads the
rest.  :func:`read_dictionary` tells the kind of a file from its name, else from its lines.
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.dictionaries.discards import DiscardFile, parse_discards
from realpolitik.dictionaries.lines import LineError, dictionary_lines, read_text
from realpolitik.dictionaries.petrarch_actors import ActorFile, parse_actors, read_petrarch_actors
from realpolitik.dictionaries.petrarch_agents import AgentFile, parse_agents, read_petrarch_agents
from realpolitik.dictionaries.petrarch_verbs import VerbDictionary, parse_verbs, read_petrarch_verbs
from realpolitik.dictionaries.tabari import read_tabari_actors, read_tabari_verbs, until_finish

Dictionary = VerbDictionary | ActorFile | AgentFile | DiscardFile
KINDS = ("verbs", "actors", "agents", "discards")

# a hint in the file's name, checked in this order ("PETR.Validate.verbs.txt", "Phoenix.agents.txt")
_NAME_HINTS = (("verbs", ("verbs", "cameo")), ("agents", ("agents",)), ("discards", ("discard",)),
               ("actors", ("actors",)))


def sniff(path: str | Path, text: str) -> str:
    """The kind of dictionary a file holds: by its name, else by what its lines look like."""
    name = Path(path).name.lower()
    for kind, hints in _NAME_HINTS:
        if any(h in name for h in hints):
            return kind
    lines = [line.text.strip() for line in dictionary_lines(text)]
    if any(t.startswith("---") or (t.startswith("- ") and t.endswith("]")) for t in lines):
        return "verbs"
    if any("[~" in t or "~]" in t for t in lines):
        return "agents"
    return "actors" if any("[" in t for t in lines) else "discards"


def parse_dictionary(text: str, path: str, kind: str | None = None) -> Dictionary:
    """A dictionary of ``kind`` (sniffed when None) from its text; TABARI's ``~~FINISH`` ends any."""
    kind = kind or sniff(path, text)
    text = until_finish(text)
    if kind == "verbs":
        headed = any(line.text.lstrip().startswith("---") for line in dictionary_lines(text))
        return parse_verbs(text, path, headerless=not headed)
    parsers = {"actors": parse_actors, "agents": parse_agents, "discards": parse_discards}
    return parsers[kind](text, path)


def read_dictionary(path: str | Path, kind: str | None = None) -> Dictionary:
    """Any PETRARCH or TABARI dictionary file, its kind sniffed unless given."""
    return parse_dictionary(read_text(path), str(path), kind)


__all__ = [
    "KINDS", "ActorFile", "AgentFile", "Dictionary", "DiscardFile", "LineError", "VerbDictionary",
    "parse_dictionary", "read_dictionary", "read_petrarch_actors", "read_petrarch_agents",
    "read_petrarch_verbs", "read_tabari_actors", "read_tabari_verbs", "sniff",
]
