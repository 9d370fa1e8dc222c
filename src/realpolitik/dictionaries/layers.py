"""A PETRARCH/TABARI dictionary given where a YAML layer is expected (``--actors``, ``--patterns``).

:func:`dictionary_layer` reads and converts the file and hands back the :class:`~realpolitik.datafiles.Layer`
the YAML would have made.  Malformed lines and codes the ontology lacks do not stop the load: the
rest of the dictionary is used and one warning names the file, the count and the first lines, with
the command that lists them all.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from realpolitik.datafiles import ErrorAt, Layer
from realpolitik.dictionaries import read_dictionary
from realpolitik.dictionaries.convert import Conversion, convert
from realpolitik.errors import DictionaryError

_SHOWN = 3


class DictionaryWarning(UserWarning):
    """Part of a dictionary could not be used; the rest was."""


def dictionary_layer(path: str | Path, kinds: tuple[str, ...], error: ErrorAt) -> Layer:
    """The file as the layer of one of ``kinds`` ("actors", "agents", "verbs")."""
    name = str(path)
    try:
        dictionary = read_dictionary(path)
    except DictionaryError as exc:
        raise error(name, str(exc).removeprefix(f"{name}: ")) from None
    conversion = convert(dictionary)
    if conversion.kind not in kinds:
        raise error(name, f"this is a PETRARCH/TABARI {conversion.kind} dictionary, which is not read here "
                          f"(here: {', '.join(kinds)}); {_where_it_goes(conversion.kind)}")
    _warn(conversion)
    return Layer(name, conversion.data)


def _where_it_goes(kind: str) -> str:
    return {"verbs": "pass it to --patterns", "actors": "pass it to --actors", "agents": "pass it to --actors",
            }.get(kind, "convert it with `realpolitik dictionaries import` to review it")


def _warn(conversion: Conversion) -> None:
    problems = [str(e) for e in conversion.errors]
    problems += [f"{conversion.source}: code {c} is not in the ontology ({n} rules dropped)"
                 for c, n in sorted(conversion.unknown_codes.items())]
    if problems:
        shown = "; ".join(problems[:_SHOWN]) + ("; ..." if len(problems) > _SHOWN else "")
        warnings.warn(
            f"{conversion.source}: {len(problems)} problems, the rest is used: {shown} "
            f"(all of them: realpolitik dictionaries import {conversion.source} --out DIR)",
            DictionaryWarning, stacklevel=3,
        )
