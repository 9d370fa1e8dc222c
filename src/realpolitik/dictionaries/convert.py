"""Any PETRARCH/TABARI dictionary as realpolitik YAML data: the mapping, the YAML text, the summary.

:func:`convert` maps a read dictionary to the sections of the project's own files (verbs -> the
``verbs:`` of patterns.yaml; actors -> people/groups/igos/metonyms; agents -> sectors; discards ->
a ``discards:`` list, which nothing in the coder reads yet) and keeps count of what it left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from realpolitik.datafiles import as_json_text, as_yaml_text
from realpolitik.dictionaries.actor_sections import RECORD_KINDS, actor_sections, agent_sectors
from realpolitik.dictionaries.discards import DiscardFile
from realpolitik.dictionaries.lines import LineError
from realpolitik.dictionaries.petrarch_actors import ActorFile
from realpolitik.dictionaries.petrarch_agents import AgentFile
from realpolitik.dictionaries.petrarch_verbs import VerbDictionary
from realpolitik.dictionaries.verb_rules import verb_rules
from realpolitik.errors import DictionaryError

Dictionary = VerbDictionary | ActorFile | AgentFile | DiscardFile


@dataclass(frozen=True)
class ConvertOptions:
    """``skip``: kinds of actor record left out (``actor_sections.RECORD_KINDS``); ``person_words``: the
    fewest words a person's name needs (2 for news: "ABDULLAH" names too many people);
    ``petrarch_targets``: verb rules find their target as PETRARCH does when the grammar finds none
    (the first actor after the verb: ``target: after``), to reproduce PETRARCH's codings."""

    skip: frozenset[str] = frozenset()
    person_words: int = 1
    petrarch_targets: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.skip) - set(RECORD_KINDS)
        if unknown:
            raise DictionaryError(f"cannot skip {', '.join(sorted(unknown))}: the kinds of record are {', '.join(RECORD_KINDS)}")
        if self.person_words < 1:
            raise DictionaryError(f"a name has at least one word, not {self.person_words}")


@dataclass(frozen=True)
class Conversion:
    """One dictionary converted: its kind, the YAML mapping, what was read, left out and wrong."""

    source: str
    kind: str
    data: dict[str, Any]
    read: dict[str, int]
    skipped: Counter[str] = field(default_factory=Counter)
    unknown_codes: Counter[str] = field(default_factory=Counter)
    errors: tuple[LineError, ...] = ()


def _verbs(d: VerbDictionary, options: ConvertOptions) -> Conversion:
    c = verb_rules(d, target="after" if options.petrarch_targets else None)
    read = {"synonym sets": len(d.synsets), "blocks": len(d.blocks), "verbs": d.verbs, "patterns": d.patterns,
            "patterns mapped": c.patterns_mapped, "of them as words in order": c.patterns_as_sequences,
            "lemmas written": len(c.rules),
            "transformations (not mapped)": d.transformations}
    return Conversion(d.path, "verbs", {"verbs": c.rules, "written_forms": written_forms(d, c.rules)}, read, c.skipped, c.unknown_codes,
                      d.errors)


def written_forms(d: VerbDictionary, rules: dict[str, Any]) -> list[str]:
    """The verbs PETRARCH matches as written ("SAID", "LEFT" are blocks of their own), but not a
    form another verb lists as its own ("FIND {FINDS FOUND}": "found" is FIND's, not FOUND's)."""
    listed = {f.lower() for b in d.blocks for v in b.verbs for f in v.forms if f.isalpha()}
    return sorted({v.verb.lower() for b in d.blocks for v in b.verbs} & set(rules) - listed)


def _actors(d: ActorFile, options: ConvertOptions) -> Conversion:
    c = actor_sections(d, skip=options.skip, person_words=options.person_words)
    read = {"records": len(d.records), "names": d.phrases,
            **{f"{k} written": len(v) for k, v in c.sections.items()}}
    return Conversion(d.path, "actors", c.sections, read, c.skipped, errors=d.errors)


def _agents(d: AgentFile, options: ConvertOptions) -> Conversion:
    c = agent_sectors(d)
    read = {"agents": len(d.agents), "forms": sum(len(a.forms) for a in d.agents),
            "sector codes written": len(c.sections.get("sectors", {}))}
    return Conversion(d.path, "agents", c.sections, read, errors=d.errors)


def _discards(d: DiscardFile, options: ConvertOptions) -> Conversion:
    # a final "_" keeps PETRARCH's meaning: the phrase must end at a word boundary
    def phrase(x: Any) -> str:
        return x.phrase.lower() + ("_" if x.whole_word else "")

    data = {"discards": {"sentence": [phrase(x) for x in d.discards if not x.story],
                         "story": [phrase(x) for x in d.discards if x.story]}}
    read = {"discards": len(d.discards), "story-level": sum(x.story for x in d.discards)}
    return Conversion(d.path, "discards", data, read, errors=d.errors)


_CONVERTERS = {VerbDictionary: _verbs, ActorFile: _actors, AgentFile: _agents, DiscardFile: _discards}


def convert(dictionary: Dictionary, options: ConvertOptions | None = None) -> Conversion:
    """The dictionary as the project's YAML mapping, with counts of what was read and left out."""
    return _CONVERTERS[type(dictionary)](dictionary, options or ConvertOptions())


def to_yaml(conversion: Conversion) -> str:
    """Reviewable, diffable YAML: a header naming the source, keys in the converter's order."""
    header = (f"# Converted from {conversion.source} ({conversion.kind}) by `realpolitik dictionaries import`.\n"
              "# PETRARCH/TABARI dictionary data: keep the source's licence notice beside this file.\n")
    return header + as_yaml_text(conversion.data)


def to_json(conversion: Conversion) -> str:
    """The same data as a JSON layer (one entry per line): loads far faster than YAML, for big files."""
    return as_json_text(conversion.data)


def summary(conversion: Conversion) -> str:
    """What was read, left out (by reason), unknown codes, and each malformed line (file:line)."""
    lines = [f"{conversion.source} ({conversion.kind})"]
    lines += [f"  {k}: {v}" for k, v in conversion.read.items()]
    if any(conversion.skipped.values()):
        lines.append("  not mapped:")
        lines += [f"    {n:6d}  {why}" for why, n in conversion.skipped.most_common() if n]
    if conversion.unknown_codes:
        codes = ", ".join(f"{c} ({n})" for c, n in sorted(conversion.unknown_codes.items()))
        lines.append(f"  codes not in the ontology (rules dropped): {codes}")
    lines.append(f"  malformed lines: {len(conversion.errors)}")
    lines += [f"    {e}" for e in conversion.errors]
    return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    """What ``dictionaries import`` did: each file converted (and where written), each file that failed."""

    written: tuple[tuple[Conversion, Path], ...]
    failed: tuple[str, ...]
    summary_path: Path


def import_dictionaries(paths: Sequence[str | Path], out_dir: str | Path, *, as_json: bool = False,
                        options: ConvertOptions | None = None) -> ImportResult:
    """Convert each dictionary to ``out_dir/<name>.yaml`` (``.json`` with ``as_json``) and write
    ``out_dir/SUMMARY.txt``; a file that cannot be read is reported in ``failed`` and the others go on."""
    suffix, write = (".json", to_json) if as_json else (".yaml", to_yaml)
    from realpolitik.dictionaries import read_dictionary

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Conversion, Path]] = []
    failed: list[str] = []
    for path in paths:
        target = out / f"{Path(path).name.removesuffix('.txt')}{suffix}"
        if any(t == target for _, t in written):
            failed.append(f"{path}: another file of the same name was converted to {target}; rename one")
            continue
        try:
            conversion = convert(read_dictionary(path), options)
        except DictionaryError as exc:
            failed.append(str(exc))
            continue
        target.write_text(write(conversion), encoding="utf-8")
        written.append((conversion, target))
    summary_path = out / "SUMMARY.txt"
    text = "\n\n".join([*(f"{summary(c)}\n  written to: {t}" for c, t in written), *(f"failed: {f}" for f in failed)])
    summary_path.write_text(text + "\n", encoding="utf-8")
    return ImportResult(tuple(written), tuple(failed), summary_path)
