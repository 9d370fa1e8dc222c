"""The one reader (and writer) of realpolitik's YAML data: shipped package data and the users' own files.

Every layer -- actors, patterns, the CAMEO ontology, groups, boilerplate, the calendar -- is read here
by the same rules: UTF-8, YAML 1.1 through the C parser when PyYAML has it, a mapping at the top (an
empty file is an empty mapping), and no key twice in any mapping.  A ``.json`` layer (JSON is YAML's
subset, same schema) is read by the json module, some fifty times faster than PyYAML builds the same
data: the big converted dictionaries are shipped that way.  PyYAML itself keeps the last of two
equal keys without a word, so a second entry for a word silently replaced the first.  Each failure
names the file and, where one is to blame, the line, and says what to do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from realpolitik.errors import DataFileError, RealpolitikError

# builds the caller's error from where ("people.yaml, line 12") and what went wrong
ErrorAt = Callable[[str, str], RealpolitikError]

# libyaml parses the big actor files several times faster than the pure-Python parser
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Layer:
    """One YAML file read: ``name`` says where from (package path or the user's path), ``data`` its mapping."""

    name: str
    data: dict[Any, Any]


class _DuplicateKey(ConstructorError):
    """A key twice in one mapping; a ConstructorError, so it carries the line like any YAML error."""


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # flatten_mapping puts merged (<<) pairs into a new list: this one keeps the file's own pairs
        own = node.value
        mapping = super().construct_mapping(node, deep)
        # fewer keys than pairs is the only way a key can have come twice: the check, key by key, only then
        if len(mapping) < len(node.value):
            _reject_duplicates(self, own)
        return mapping


def _reject_duplicates(loader: _Loader, pairs: list[tuple[yaml.Node, yaml.Node]]) -> None:
    first: dict[Any, int] = {}
    for key_node, _ in pairs:
        key = loader.construct_object(key_node)  # already built: the loader keeps what it constructed
        if key in first:
            problem = f"the key {key!r} comes twice (first at line {first[key]})"
            raise _DuplicateKey(None, None, problem, key_node.start_mark)
        first[key] = key_node.start_mark.line + 1
    # no key of the file's own came twice: a key given here overrode a merged one, as YAML allows


def shipped_layer(package: str, filename: str, *, error: ErrorAt = DataFileError.at) -> Layer:
    """A data file shipped in ``package`` ("realpolitik.coding.data", "patterns.yaml")."""
    name = f"{package.replace('.', '/')}/{filename}"
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return Layer(name, _parse_json(text, name, error) if filename.endswith(".json") else _parse(text, name, error))


def shipped_layers(package: str, *, error: ErrorAt = DataFileError.at) -> list[Layer]:
    """Every ``.yaml`` and ``.json`` file shipped in ``package``, in the order of their names."""
    names = sorted(r.name for r in resources.files(package).iterdir() if r.name.endswith((".yaml", ".json")))
    return [shipped_layer(package, n, error=error) for n in names]


_DATA_SUFFIXES = (".yaml", ".yml", ".json")


def read_layer(path: str | Path, *, error: ErrorAt = DataFileError.at, dictionaries: tuple[str, ...] = ()) -> Layer:
    """A user's data file, by its path.  ``dictionaries``: the kinds of PETRARCH/TABARI dictionary
    ("actors", "agents", "verbs") also accepted here; a file not named .yaml/.yml/.json is read as one."""
    name = str(path)
    if dictionaries and Path(path).suffix.lower() not in _DATA_SUFFIXES:
        # imported here: the converters read the shipped ontology and actors through this module
        from realpolitik.dictionaries.layers import dictionary_layer

        return dictionary_layer(path, dictionaries, error)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise error(name, f"cannot read the file ({exc.strerror or exc}); check the path") from exc
    except UnicodeDecodeError as exc:
        raise error(name, f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    return Layer(name, _parse_json(text, name, error) if name.lower().endswith(".json") else _parse(text, name, error))


def layered(
    package: str, filename: str, extra: Sequence[str | Path] = (), *, error: ErrorAt = DataFileError.at
) -> list[Layer]:
    """The shipped file, then each of the user's files in order: later layers go on top."""
    return [shipped_layer(package, filename, error=error), *(read_layer(p, error=error) for p in extra)]


def _parse(text: str, name: str, error: ErrorAt) -> dict[Any, Any]:
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        line, problem = _problem(exc, text)
        raise error(name if line is None else f"{name}, line {line}", problem) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        found = type(data).__name__
        raise error(name, f"the top level must be a mapping (key: value lines), not a {found}; see the shipped file")
    return data


class _TwiceInJson(ValueError):
    """A key twice in a JSON object: the YAML reader is asked again, for the lines to blame."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) < len(pairs):
        raise _TwiceInJson
    return found


def _parse_json(text: str, name: str, error: ErrorAt) -> dict[Any, Any]:
    try:
        data = json.loads(text, object_pairs_hook=_unique_pairs) if text.strip() else None
    except (_TwiceInJson, json.JSONDecodeError):
        # JSON is YAML: the YAML reader finds the same fault and names its line
        return _parse(text, name, error)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise error(name, f"the top level must be an object ({{...}}), not a {type(data).__name__}; see the shipped file")
    return data


def _problem(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """The line to blame (1-based) and what is wrong there, with what to do about it."""
    if isinstance(exc, _DuplicateKey):
        return exc.problem_mark.line + 1, f"{exc.problem}; delete one or merge the two"
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        # where the parser was inside something (a [list], a "quote"), where that began
        inside = f" ({exc.context} at line {exc.context_mark.line + 1})" if exc.context and exc.context_mark else ""
        fix = "check the indentation, brackets and quotes there and just before"
        return exc.problem_mark.line + 1, f"not valid YAML: {exc.problem}{inside}; {fix}"
    if isinstance(exc, yaml.reader.ReaderError):
        # libyaml counts its position in bytes, PyYAML in characters: find the character instead
        line = text.count("\n", 0, text.find(chr(exc.character))) + 1
        return line, f"not valid YAML: character U+{exc.character:04X} ({exc.reason}); delete it"
    return None, f"not valid YAML: {exc}"


class _Dumper(yaml.SafeDumper):
    """Quotes strings of digits and YAML 1.1's boolean words, so that "010" reads as a code, "on" as a word."""


def _quoted_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if value[:1].isdigit() or value.lower() in ("on", "off", "yes", "no", "null", "true", "false") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _quoted_str)
# a value met twice (a date) is written twice, not as an &anchor a reviewer has to follow
_Dumper.ignore_aliases = lambda self, data: True  # type: ignore[method-assign]


def as_yaml_text(data: dict[Any, Any]) -> str:
    """``data`` as YAML that the loaders read back the same: keys in their order, short lists inline."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)


def as_json_text(data: dict[str, Any]) -> str:
    """``data`` as a JSON layer with one list item (or mapping entry) per line, so that a diff shows
    the entries that changed; dates are written as YYYY-MM-DD."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    sections = []
    for key, value in data.items():
        if isinstance(value, list):
            inner, close = [one(v) for v in value], "]"
        elif isinstance(value, dict):
            inner, close = [f"{one(k)}: {one(v)}" for k, v in value.items()], "}"
        else:
            sections.append(f"{one(key)}: {one(value)}")
            continue
        body = ",\n".join(f"  {line}" for line in inner)
        sections.append(f"{one(key)}: {'[' if close == ']' else '{'}\n{body}\n{close}")
    return "{\n" + ",\n".join(sections) + "\n}\n"
