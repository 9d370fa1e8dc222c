"""TABARI's ``.verbs`` and ``.actors``: the family's older formats, read by the PETRARCH readers.

What differs from PETRARCH, and how it is handled:

- verbs come without ``--- NAME [code] ---`` blocks: each verb line (``ABANDON [345]``) opens a block
  of its own, and the ``- ...`` patterns under it belong to it;
- ``[###]`` marks a discard (a verb or pattern whose match drops the sentence): read as no event,
  with ``EventCode.discard`` set;
- patterns write words next to the verb as ``IN_*`` / ``*_OUT``: read as ``IN *`` / ``* OUT``;
- actors may carry their date restrictions on the primary line itself (``JAMES_BYRNES_ [USAELI
  18970101-450703] [USAGOV 450703-470121]``), which the actor reader accepts anywhere;
- ``;`` starts a comment (PETRARCH's files use it too, beside ``#``);
- a ``~~FINISH`` line ends the file: what follows is not read.
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.dictionaries.lines import read_text
from realpolitik.dictionaries.petrarch_actors import ActorFile, parse_actors
from realpolitik.dictionaries.petrarch_verbs import VerbDictionary, parse_verbs

_FINISH = "~~FINISH"


def until_finish(text: str) -> str:
    """The text before a ``~~FINISH`` line (all of it when there is none)."""
    lines = text.splitlines()
    end = next((i for i, line in enumerate(lines) if line.strip().upper().startswith(_FINISH)), len(lines))
    return "\n".join(lines[:end])


def read_tabari_verbs(path: str | Path) -> VerbDictionary:
    """A TABARI ``.verbs`` file; malformed lines are in ``errors``."""
    return parse_verbs(until_finish(read_text(path)), str(path), headerless=True)


def read_tabari_actors(path: str | Path) -> ActorFile:
    """A TABARI ``.actors`` file; malformed lines are in ``errors``."""
    return parse_actors(until_finish(read_text(path)), str(path))
