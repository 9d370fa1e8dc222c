"""PETRARCH's actor dictionaries (``Phoenix.*.actors.txt``): names, ``+`` aliases and dated codes.

A record opens with its primary phrase (``BARACK_OBAMA``, optionally ``[CODE]``), goes on with
``+ALIAS`` lines and with indented ``[CODE restriction]`` lines: ``[USAGOV >090120]`` (on and after
the date), ``[USAELI <090120]`` (on and before), ``[USAGOV 090120-170120]`` (between, both included)
or ``[USAELI]`` (the default when no date applies); ``[FRO/BIL/SAM]`` gives a name several codes.  Dates are ``YYMMDD`` or ``YYYYMMDD``; a two-digit
year below 30 is 20YY, else 19YY (the files reach back to the 1890s and stop around 2015).  TABARI
also puts restrictions on the primary line itself, which is read the same way.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.dictionaries.lines import Line, LineError, dictionary_lines, read_text
from realpolitik.dictionaries.petrarch_verbs import BadLine

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^(?P<code>[\w~/-]+)\s*(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?$"
)
_CENTURY_PIVOT = 30  # two-digit years below this are 20YY


@dataclass(frozen=True)
class DatedCode:
    """A code and when it applies (``None``: open on that side; both ``None``: the default)."""

    code: str
    start: datetime.date | None = None
    end: datetime.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class ActorRecord:
    """One record: its phrases (the primary first, as written: "BARACK_OBAMA") and its codes."""

    phrases: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    line: int

    @property
    def dated(self) -> tuple[DatedCode, ...]:
        return tuple(c for c in self.codes if c.dated)

    @property
    def default(self) -> str | None:
        """The undated code: what the actor codes as when no date restriction applies."""
        return next((c.code for c in self.codes if not c.dated), None)


@dataclass(frozen=True)
class ActorFile:
    path: str
    records: tuple[ActorRecord, ...]
    errors: tuple[LineError, ...]

    @property
    def phrases(self) -> int:
        return sum(len(r.phrases) for r in self.records)


def parse_date(text: str) -> datetime.date:
    """``"090120"`` -> 2009-01-20, ``"450703"`` -> 1945-07-03, ``"19450703"`` -> 1945-07-03."""
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy < _CENTURY_PIVOT else 1900 + yy}{text[2:]}"
    if len(text) != 8:
        raise BadLine(f"bad date {text!r}: use YYMMDD or YYYYMMDD")
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise BadLine(f"bad date {text!r}: no such day") from None


def parse_restriction(text: str) -> list[DatedCode]:
    """``"USAGOV >090120"`` -> [DatedCode("USAGOV", 2009-01-20, None)]; ``"---"`` (no code) -> [];
    ``"FRO/BIL/SAM"`` (TABARI: one name for several actors) -> one DatedCode per code."""
    m = _RESTRICTION.match(text.strip())
    if not m:
        raise BadLine(f"bad code [{text.strip()}]: use [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD]")
    start = end = None
    if m["op"] == ">":
        start = parse_date(m["date"])
    elif m["op"] == "<":
        end = parse_date(m["date"])
    elif m["start"]:
        start, end = parse_date(m["start"]), parse_date(m["end"])
    return [DatedCode(code.upper(), start, end) for code in m["code"].split("/") if code.strip("-")]


@dataclass
class _Reader:
    path: str
    records: list[ActorRecord] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    _phrases: list[str] = field(default_factory=list)
    _codes: list[DatedCode] = field(default_factory=list)
    _line: int = 0

    def read(self, line: Line) -> None:
        text = line.text.strip()
        try:
            if text.startswith("+"):
                self._need_record("an alias")
                self._phrases.append(self._phrase(text[1:]))
            elif text.startswith("["):
                self._need_record("a code")
            else:
                self._close()
                self._line = line.number
                self._phrases.append(self._phrase(text))
            self._codes.extend(c for found in map(parse_restriction, _BRACKETS.findall(text)) for c in found)
        except BadLine as exc:
            self.errors.append(LineError(self.path, line.number, str(exc)))

    def _need_record(self, what: str) -> None:
        if not self._phrases:
            raise BadLine(f"{what} before any actor's name")

    @staticmethod
    def _phrase(text: str) -> str:
        phrase = _BRACKETS.sub(" ", text).strip()
        if not phrase or "[" in phrase or "]" in phrase:
            raise BadLine(f"cannot read the name {text!r}: a name, then its code in [ ]")
        return phrase

    def _close(self) -> None:
        if self._phrases:
            self.records.append(ActorRecord(tuple(self._phrases), tuple(self._codes), self._line))
        self._phrases, self._codes = [], []

    def finish(self) -> ActorFile:
        self._close()
        return ActorFile(self.path, tuple(self.records), tuple(self.errors))


def parse_actors(text: str, path: str) -> ActorFile:
    reader = _Reader(path)
    for line in dictionary_lines(text):
        reader.read(line)
    return reader.finish()


def read_petrarch_actors(path: str | Path) -> ActorFile:
    """A ``.actors`` file (PETRARCH or TABARI); malformed lines are in ``errors``, the rest is read."""
    return parse_actors(read_text(path), str(path))
