"""PETRARCH's discard list (``Phoenix.discards.txt``): phrases that mark text as no politics.

A phrase found in a sentence (case-insensitive) stops the sentence from being coded; with a leading
``+`` it stops the whole story.  A phrase ending in ``_`` must end at a word boundary, otherwise it is a
stem ("BASEBALL" also matches "baseballs").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from realpolitik.dictionaries.lines import LineError, dictionary_lines, phrase_words, read_text


@dataclass(frozen=True)
class Discard:
    phrase: str  # words joined by blanks, as written ("WORLD CUP")
    story: bool  # the whole story is dropped, not only the sentence
    whole_word: bool  # the phrase ended in "_": no stem
    line: int


@dataclass(frozen=True)
class DiscardFile:
    path: str
    discards: tuple[Discard, ...]
    errors: tuple[LineError, ...]


def parse_discards(text: str, path: str) -> DiscardFile:
    discards, errors = [], []
    for line in dictionary_lines(text):
        raw = line.text.strip()
        body = raw[1:].strip() if raw.startswith("+") else raw
        words = phrase_words(body)
        if not words or "[" in body:
            errors.append(LineError(path, line.number, f"cannot read {raw!r}: a discard is a phrase, '+' before it for a story"))
            continue
        discards.append(Discard(" ".join(words), raw.startswith("+"), body.endswith("_"), line.number))
    return DiscardFile(path, tuple(discards), tuple(errors))


def read_discards(path: str | Path) -> DiscardFile:
    """A discards file; malformed lines are in ``errors``, the rest is read."""
    return parse_discards(read_text(path), str(path))
