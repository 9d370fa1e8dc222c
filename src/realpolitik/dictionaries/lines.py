"""The lines of a PETRARCH or TABARI dictionary, with their numbers, and the problems found on them.

Every format of the family is line-based: ``#`` and ``;`` start comments, ``<!-- ... -->`` blocks (in
the validation files) are comments too, and blank lines are skipped.  The readers collect a
:class:`LineError` for each line they cannot read and go on with the rest of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from realpolitik.errors import DictionaryError

_COMMENT = re.compile(r"[#;]")
_XML_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True)
class Line:
    """A line with its comment cut off; leading blanks are kept (a tab marks an actor's dated code)."""

    number: int
    text: str

    @property
    def indented(self) -> bool:
        return self.text[:1] in (" ", "\t")


@dataclass(frozen=True)
class LineError:
    """A line that could not be read: ``file:line: problem``."""

    file: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem}"


def read_text(path: str | Path) -> str:
    """The file's text; the older dictionaries are Latin-1, the newer UTF-8."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError.at(str(path), f"cannot read the file ({exc.strerror or exc}); check the path") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def dictionary_lines(text: str) -> list[Line]:
    """The non-blank lines of a dictionary, comments removed, numbered from 1."""
    out: list[Line] = []
    in_xml_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        line, in_xml_comment = _strip_xml_comments(raw, in_xml_comment)
        line = _COMMENT.split(line, 1)[0].rstrip()
        if line.strip():
            out.append(Line(number, line))
    return out


def _strip_xml_comments(raw: str, inside: bool) -> tuple[str, bool]:
    """The part of a line outside ``<!-- -->``, and whether a comment is still open at its end."""
    if inside:
        end = raw.find("-->")
        if end < 0:
            return "", True
        raw = raw[end + 3 :]
    raw = _XML_COMMENT.sub("", raw)
    start = raw.find("<!--")
    if start >= 0:
        return raw[:start], True
    return raw, False


def phrase_words(phrase: str) -> tuple[str, ...]:
    """ "BARACK_OBAMA_" -> ("BARACK", "OBAMA"): words joined by ``_`` or blanks; a final ``_`` (no
    stemming) carries no word."""
    return tuple(w for w in re.split(r"[_\s]+", phrase.strip()) if w)
