"""Case-blind matching done on lowered text, where Python's case-blind regular expressions are slow.

A case-blind pattern that opens with a word boundary is tried at every word of a text; the same
search, started only where ``str.find`` sees its opening words in the lowered text, finds the same
matches at a small part of the cost.  Lowering keeps every offset and matches ASCII letters as the
case-blind engine does except for three letters ("İ", "ı" and "ſ" also match "i" and "s"): a text
with one of them is searched the slow way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_ODD_CASES = ("İ", "ı", "ſ")


def lowered(text: str) -> str | None:
    """``text.lower()``, letter for letter, when it holds an ASCII word wherever ``text`` holds
    it in any case; None when it may not."""
    # (three substring tests run a thousand times faster than a set's walk over the text)
    return None if any(odd in text for odd in _ODD_CASES) else text.lower()


def word_matches(pattern: re.Pattern[str], opening: str, text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-blind ``pattern`` whose every match opens with
    ``opening`` (lower case), tried only where ``low`` (``lowered(text)``) holds it."""
    if low is None or not opening or not opening.isascii():
        yield from pattern.finditer(text)
        return
    at = low.find(opening)
    while at != -1:
        m = pattern.match(text, at)
        if m is not None:
            yield m
        at = low.find(opening, m.end() if m is not None else at + 1)


def lowered_matches(pattern: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-blind ``pattern`` whose letters are all lower-case
    ASCII, run as a case-bound one on ``low`` (``lowered(text)``) when it can be: the matches'
    offsets are ``text``'s, their groups' text lowered."""
    bound = _case_bound(pattern) if low is not None else None
    return bound.finditer(low) if bound is not None else pattern.finditer(text)  # type: ignore[arg-type]


@lru_cache(maxsize=32)
def _case_bound(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    letters = re.sub(r"\\.", "", pattern.pattern)  # (escapes such as \S are no letters)
    if not letters.isascii() or letters != letters.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
