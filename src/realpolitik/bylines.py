"""The byline of an HTML page: author and publication date lines that article extraction drops.

trafilatura keeps an article's paragraphs and leaves out its byline as page chrome, and with it
the only date many pages give in their text ("Published December 7, 2023").  The byline is
found here by the marks pages put on it (``data/bylines.yaml``) and put back under the title,
so the document keeps its author and is dated by its own words (``docdate``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .datafiles import shipped_layer
from .errors import DataFileError

_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})
_ATTRIBUTES = ("class", "id", "itemprop", "rel")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class BylineMarks:
    """What marks a byline element: words in its attributes, and its longest text."""

    words: tuple[str, ...]
    max_chars: int

    def marks(self, element) -> bool:
        if element.tag == "time":
            return True
        values = " ".join(str(element.get(a, "")) for a in _ATTRIBUTES).lower()
        return any(w in values for w in self.words)


@lru_cache(maxsize=1)
def byline_marks() -> BylineMarks:
    layer = shipped_layer("realpolitik.data", "bylines.yaml")
    words, longest = layer.data.get("marks"), layer.data.get("max_chars")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words) or not isinstance(longest, int):
        raise DataFileError(f"{layer.name}: expected 'marks:' (a list of words) and 'max_chars:' (a number)")
    return BylineMarks(tuple(w.lower() for w in words), longest)


def page_byline(html: str, first_paragraph: str, marks: BylineMarks | None = None) -> list[str]:
    """The byline lines of a page: the text of each outermost marked element before the one
    holding ``first_paragraph`` (the start of the article text), in page order."""
    import lxml.html

    marks = marks or byline_marks()
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    opening = _flat(first_paragraph)[:60]
    lines: list[str] = []
    taken: set = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        if element.tag == "p" and opening and _flat(element.text_content()).startswith(opening):
            break
        if any(a in taken for a in element.iterancestors()) or not marks.marks(element):
            continue
        text = _flat(" ".join(element.itertext()))
        if text and len(text) <= marks.max_chars and text not in lines:
            taken.add(element)
            lines.append(text)
    return lines


def with_byline(text: str, lines: list[str]) -> str:
    """The extracted text with the byline lines it lacks as paragraphs under its title."""
    missing = [line for line in lines if line not in text]
    if not missing:
        return text
    title, _, rest = text.partition("\n")
    if not title.startswith("#"):
        return "\n\n".join([*missing, text])
    return "\n\n".join([title, *missing, rest.lstrip("\n")])


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
