"""Scraped text -> clean paragraphs.

Web scrapes arrive with navigation lines, widgets, teasers, captions, author bios,
spam footers, markdown, hard-wrapped lines and words hyphenated across breaks.  The
rules here are general shapes (a line that repeats one word a third of the time is
spam; a closing "<Name> is an analyst at ..." is a bio); the site-specific phrases
live in ``data/boilerplate.yaml`` so users can add their own.

The cleaned text is paragraphs joined by one blank line, headings as paragraphs of
their own; every span in realpolitik is an offset into it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .datafiles import layered
from .errors import InputError

_TERMINAL = ".!?\"'”’»)…"
_STOPWORDS = frozenset(
    "a an the and or but nor of in on at to for from by with as is are was were be vs via into "
    "over than that its it's".split()
)


@dataclass(frozen=True)
class Boilerplate:
    """Compiled noise patterns: whole-paragraph boilerplate, captions, bio words, headings of
    link lists."""

    paragraphs: tuple[re.Pattern[str], ...]
    captions: tuple[re.Pattern[str], ...]
    bio_words: frozenset[str]
    list_headings: tuple[re.Pattern[str], ...] = ()

    def is_boilerplate(self, paragraph: str) -> bool:
        return _any_fullmatch(self.paragraphs, self._joined[0], paragraph)

    def is_list_heading(self, paragraph: str) -> bool:
        return _any_fullmatch(self.list_headings, self._joined[1], paragraph.rstrip(":"))

    def is_caption(self, paragraph: str) -> bool:
        return _any_fullmatch(self.captions, self._joined[2], paragraph)

    @cached_property
    def _joined(self) -> tuple[re.Pattern[str] | None, ...]:
        """Each list of patterns joined into one (``_either``), once: asking ``_either``'s cache
        for them at each paragraph hashed every pattern of the list, as long as matching it."""
        return tuple(_either(patterns) for patterns in (self.paragraphs, self.list_headings, self.captions))


def _any_fullmatch(patterns: tuple[re.Pattern[str], ...], either: re.Pattern[str] | None, text: str) -> bool:
    """Whether one of ``patterns`` matches the whole of ``text``; ``either``: them joined, if they can be."""
    return either.fullmatch(text) is not None if either is not None else any(p.fullmatch(text) for p in patterns)


# a group number or name a pattern refers back to: such patterns cannot be joined into one
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@lru_cache(maxsize=32)
def _either(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The patterns as one alternation, which matches the whole of a text when one of them does
    (one pass in place of one per pattern); None when they cannot be joined: different flags, or
    references to their own groups."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(_BACK_REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:  # (a name two patterns give their groups)
        return None


@dataclass(frozen=True)
class CleanedText:
    text: str
    title: str | None


def load_boilerplate(extra: Sequence[Path] = ()) -> Boilerplate:
    """The shipped noise patterns, with the users' YAML files (same keys) added on top."""
    return _load_boilerplate(tuple(Path(p) for p in extra))


@lru_cache(maxsize=8)
def _load_boilerplate(extra: tuple[Path, ...]) -> Boilerplate:
    paragraphs: list[re.Pattern[str]] = []
    captions: list[re.Pattern[str]] = []
    headings: list[re.Pattern[str]] = []
    words: set[str] = set()
    # a bad boilerplate file is an input error, reported like the documents it cleans
    for layer in layered("realpolitik.data", "boilerplate.yaml", extra, error=InputError):
        data = layer.data
        try:
            paragraphs += [re.compile(p, re.I | re.S) for p in data.get("paragraphs", [])]
            captions += [re.compile(p, re.I | re.S) for p in data.get("captions", [])]
            headings += [re.compile(p, re.I | re.S) for p in data.get("list_headings", [])]
        except re.error as e:
            raise InputError(layer.name, f"bad regular expression {e.pattern!r}: {e}") from e
        words |= {w.lower() for w in data.get("bio_words", [])}
    return Boilerplate(tuple(paragraphs), tuple(captions), frozenset(words), tuple(headings))


def clean_text(raw: str, *, boilerplate: Boilerplate | None = None) -> str:
    """Scraped text with the page noise removed; paragraphs separated by blank lines."""
    return clean(raw, boilerplate=boilerplate).text


def clean(raw: str, *, boilerplate: Boilerplate | None = None) -> CleanedText:
    """Cleaned text plus the title (the first heading) when there is one.  Cleaning the result
    again changes nothing: a line some pass only uncovers ("# is an analyst at …", a heading that
    is an author's bio once its mark is gone) is dropped by the next one."""
    noise = boilerplate or load_boilerplate()
    cleaned = _clean_once(raw, noise)
    for _ in range(3):
        again = _clean_once(cleaned.text, noise)
        if again.text == cleaned.text:
            break
        cleaned = CleanedText(again.text, cleaned.title)
    return cleaned


def _clean_once(raw: str, noise: Boilerplate) -> CleanedText:
    paragraphs = _settle(_paragraphs(_normalise(raw), noise))
    repeated = {k for k, n in Counter(p.text.casefold() for p in paragraphs).items() if n > 1}
    # a noise line inside a sentence ("aa\nRead more...\na") leaves its two halves adjacent
    paragraphs = _settle(_drop_noise(paragraphs, noise))
    paragraphs, title = _title(paragraphs, repeated)
    return CleanedText("\n\n".join(p.text for p in paragraphs), title)


def _settle(paragraphs: list[_Para]) -> list[_Para]:
    """Strip markup and join broken lines until nothing changes."""
    for _ in range(3):  # joining can close an emphasis, stripping one can expose a lowercase start
        before = [p.text for p in paragraphs]
        paragraphs = _join_broken(_strip_markup(paragraphs))
        if [p.text for p in paragraphs] == before:
            break
    return paragraphs


@dataclass
class _Para:
    text: str
    heading: bool = False  # marked as a heading in the source (markdown #)


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s+|$))+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# a run of blanks, but no single space: replacing each space by itself made most of the work
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _normalise(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _MD_IMAGE.sub("", text)
    return _MD_LINK.sub(r"\1", text)


def _strip_line(line: str) -> tuple[str, bool]:
    line = _without_markup(line)
    heading = "#" in line and bool(_MD_HEADING.match(line))
    line = _MD_HEADING.sub("", line) if heading else line
    return _SPACES.sub(" ", line).strip(), heading


def _without_markup(text: str) -> str:
    """``text`` without markdown emphasis, asked only where its marks stand (most lines have none)."""
    return _MD_EMPHASIS.sub(r"\2", text) if "**" in text or "__" in text else text


def _paragraphs(text: str, noise: Boilerplate) -> list[_Para]:
    blocks = [[_strip_line(line) for line in block.split("\n")] for block in re.split(r"\n\s*\n", text)]
    blocks = [[(t, h) for t, h in block if t] for block in blocks]
    width = _wrap_width([t for block in blocks if len(block) > 1 for t, _ in block])
    out: list[_Para] = []
    for block in blocks:
        current: _Para | None = None
        last = ""
        for line, heading in block:
            if current is not None and not _line_break(current.text, last, line, width, noise):
                current.text = _glue(current.text, line)
            else:
                if current is not None:
                    out.append(current)
                current = _Para(line, heading)
            last = line
        if current is not None:
            out.append(current)
    return out


def _strip_markup(paragraphs: list[_Para]) -> list[_Para]:
    """Emphasis that opened on one line (or paragraph) and closed on the next."""
    for p in paragraphs:
        text = _without_markup(p.text)
        p.text = (_MD_HEADING.sub("", text) if "#" in text else text).strip()
    return [p for p in paragraphs if p.text]


def _wrap_width(lines: list[str]) -> int | None:
    """The line width of hard-wrapped text, or None when lines are whole paragraphs."""
    if len(lines) < 4:
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 160 or sum(n >= 0.6 * width for n in lengths) < 0.6 * len(lengths):
        return None
    return width


def _line_break(paragraph: str, previous: str, line: str, width: int | None, noise: Boilerplate) -> bool:
    """Whether ``line`` starts a new paragraph after the ``previous`` line of ``paragraph``."""
    # A boilerplate line starts a paragraph of its own; a wrapped one continues until its
    # closing punctuation ("... the position of The Moscow" / "Times.").
    if noise.is_boilerplate(line) or (previous[-1] in _TERMINAL and noise.is_boilerplate(paragraph)):
        return True
    # a list's item, a byline or a date line is never the rest of the line before it
    if _LIST_ITEM.match(line) or _is_byline(line) or _is_date_line(line):
        return True
    if _continues(previous, line):
        return False
    if width is None:
        return True
    if paragraph == previous and _looks_like_heading(previous):
        return True
    return previous[-1] in _TERMINAL and len(previous) < 0.75 * width


def _continues(previous: str, following: str) -> bool:
    """A sentence broken by a line or paragraph break: no closing mark and a lowercase
    next word, or a last word that cannot end a sentence ("met in" / "Riga")."""
    if previous[-1] in _TERMINAL or _opens_with_dateline(following):
        return False  # ("… is sworn in" / "ANTANANARIVO, Oct. 17 —": a headline over a dateline)
    return following[:1].islower() or previous.rsplit(" ", 1)[-1] in _DANGLING


_DANGLING = frozenset("a an the and or but nor of in on at to for from by with into than that as".split())
# a place in capitals, then a comma, a bracket or a dash: "ANTANANARIVO, Oct. 17", "KYIV (Reuters) -"
_DATELINE_PLACE = re.compile(r"([^\s,(]+(?:\s[^\s,(]+){0,3}?)(?:,|\s*\(|\s+[-—–])")


def _opens_with_dateline(text: str) -> bool:
    found = _DATELINE_PLACE.match(text)
    return found is not None and found.group(1).isupper() and len(found.group(1)) > 2


def _glue(previous: str, following: str) -> str:
    # "Russian-" + "speaking" is one hyphenated word; dashes set off by spaces are not.
    if re.search(r"\w-$", previous) and following[:1].isalpha():
        return previous + following
    return previous + " " + following


def _join_broken(paragraphs: list[_Para]) -> list[_Para]:
    out: list[_Para] = []
    for p in paragraphs:
        if out and _continues(out[-1].text, p.text):
            out[-1].text = _glue(out[-1].text, p.text)
        else:
            out.append(p)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday am pm utc gmt cet eet "
    "msk est edt updated published posted on at date".split()
)


_ISO_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def _is_date_line(text: str) -> bool:
    """"Tuesday, March 12, 2019 | 10:32 EET": a publication date, neither heading nor chrome."""
    # (an ISO date is one word of digits and dashes: "Date: 2026-02-03"; not a span of years or a
    # score: "2019-2020", "3-1")
    words = [_ISO_DATE.sub(r"\1\2\3", w.lower()) for w in _words(text)]
    return bool(words) and any(w.isdigit() for w in words) and all(w.isdigit() or w in _DATE_WORDS for w in words)


_BYLINE = re.compile(r"(?:written |reporting |words )?by\s+(\w)", re.I)


def _is_byline(text: str) -> bool:
    """"By Daiva Petrauskaitė · Published December 7, 2023": who wrote it, not a heading."""
    m = _BYLINE.match(text)
    return bool(m) and m.group(1).isupper() and len(_words(text)) <= 25


def _looks_like_heading(text: str) -> bool:
    words = _words(text)
    if not words or len(words) > 20 or text[-1] in ".:;," or _is_date_line(text) or _is_byline(text):
        return False
    content = [w for w in words if w.lower() not in _STOPWORDS]
    if not content:
        return False
    capitalised = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return capitalised / len(content) >= 0.6


def _is_spam(text: str) -> bool:
    """Keyword stuffing: many words, no sentence, one word filling a fifth of it."""
    if re.search(r"[.!?]\s", text):
        return False  # (asked first: it is the cheaper test)
    words = [w.lower() for w in _words(text)]
    if len(words) < 8:
        return False
    top = Counter(words).most_common(1)[0][1]
    return top / len(words) >= 0.2 and len(set(words)) / len(words) <= 0.5


_ELLIPSIS = re.compile(r"\s*(\.\.\.|…)$")
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_BIO = re.compile(rf"({_NAME}) (?:is|was) (?:an?|the|currently) ")


def _drop_noise(paragraphs: list[_Para], noise: Boilerplate) -> list[_Para]:
    texts = [p.text for p in paragraphs]
    bio_names = _bio_names(texts, noise)
    listed = _link_lists(texts, noise)
    kept: list[_Para] = []
    seen: set[str] = set()
    for i, p in enumerate(paragraphs):
        text = p.text
        key = text.casefold()
        if key in seen or i in listed or noise.is_boilerplate(text) or noise.is_caption(text) or _is_spam(text):
            continue
        if _is_teaser(text, texts):
            continue
        if text in bio_names or any(text.startswith(n + " ") and i >= len(texts) - 6 for n in bio_names):
            continue
        seen.add(key)
        kept.append(p)
    return kept


_LIST_ITEM = re.compile(r"([-*•·]|\d{1,2}[.)])\s")


def _link_lists(texts: list[str], noise: Boilerplate) -> set[int]:
    """Indexes of the link lists a page adds ("Recommended for you" and the headlines under it,
    up to the next paragraph of prose)."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if not noise.is_list_heading(text):
            continue
        out.add(i)
        for j in range(i + 1, len(texts)):
            if not _LIST_ITEM.match(texts[j]) and (is_body(texts[j]) or texts[j][-1] in ".!"):
                break
            out.add(j)
    return out


def _is_teaser(text: str, others: list[str]) -> bool:
    """A truncated paragraph ("... only if Putin...") repeating text found elsewhere."""
    if not text.endswith(("...", "…", "...\n", "…\n")):
        return False  # (what _ELLIPSIS needs, at a fraction of the cost of its search)
    m = _ELLIPSIS.search(text)
    if not m:
        return False
    stem = text[: m.start()]
    return len(stem) >= 20 and any(stem in o and o != text for o in others)


def _bio_names(texts: list[str], noise: Boilerplate) -> set[str]:
    """Author names of a closing bio block ("Jane Roe" / "Jane Roe is a fellow at ...")."""
    names: set[str] = set()
    tail = texts[-6:]
    for text in tail:
        m = _BIO.match(text)
        if not m or len(_words(text)) > 60:
            continue
        name = m.group(1)
        if name in tail or noise.bio_words & {w.lower() for w in _words(text)}:
            names.add(name)
    return names


def _title(paragraphs: list[_Para], repeated: set[str]) -> tuple[list[_Para], str | None]:
    """The title -- the first markdown heading, else a heading-like line the page repeats,
    else the first heading-like line before the body -- and the paragraphs without the page
    chrome before it (tag lines; section labels before a repeated title)."""
    lead = 0  # the title and the chrome before it come before the first sentence
    while lead < len(paragraphs) and not is_body(paragraphs[lead].text) and paragraphs[lead].text[-1] not in ".!":
        lead += 1
    candidates = [i for i in range(min(lead, 6)) if paragraphs[i].heading or _looks_like_heading(paragraphs[i].text)]
    if not candidates:
        return paragraphs, None
    marked = [i for i in candidates if paragraphs[i].heading]
    echoed = [i for i in candidates if paragraphs[i].text.casefold() in repeated]
    best = (marked or echoed or candidates)[0]
    # (a date line before a repeated title is the page's date, not its chrome: "Date: 2026-02-03")
    kept = [
        p for i, p in enumerate(paragraphs)
        if i >= best or _is_date_line(p.text) or not (echoed and not marked or _is_tag_line(p.text))
    ]  # fmt: skip
    return kept, paragraphs[best].text


def _is_tag_line(text: str) -> bool:
    """Navigation or tag links run together: several words, no sentence, not a heading."""
    return (len(_words(text)) >= 4 and text[-1] not in _TERMINAL and not _looks_like_heading(text)
            and not _is_date_line(text) and not _is_byline(text))


def is_body(text: str) -> bool:
    """Whether a paragraph is prose of the story, not a heading, a byline or a page's chrome."""
    words = len(_words(text))
    return words > 25 or (text[-1] in _TERMINAL and words >= 8 and not _looks_like_heading(text))
