"""Each word's lemma, form, part of speech, tag, dependency, head and place of one parsed text,
read once.

spaCy's ``Token`` properties (``lemma_``, ``pos_``, ``dep_`` …) build a new string, and walking a
``Span`` or a word's heads a new ``Token``, each time they are read; the coder's stages test every
word of every sentence against their word lists.  They ask this table first, by the word's index
in the parsed text, and make a ``Token`` only of the few words that pass.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

_NAMED = [LEMMA, LOWER, POS, TAG, DEP]  # (string ids)
_PLACED = [IDX, LENGTH]
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})  # (a past participle after "and" is no clause's: "Serbia and Bosnia cut off")
_SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True)
class Words:
    """The words of ``doc``, by index: ``lemma`` lowered, ``lower`` (the form lowered), ``pos``,
    ``tag``, ``dep``, ``head``, ``idx`` and ``length`` as spaCy's ``lemma_.lower()``, ``lower_``,
    ``pos_``, ``tag_``, ``dep_``, ``head.i``, ``idx`` and ``len(text)`` give them; ``chars``, the
    length of the text; each word's children (``children``) are a run of ``kids``, from
    ``kid_bounds[i]`` to ``kid_bounds[i + 1]``."""

    doc: Doc
    lemma: tuple[str, ...]
    lower: tuple[str, ...]
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    dep: tuple[str, ...]
    head: tuple[int, ...]
    idx: tuple[int, ...]
    length: tuple[int, ...]
    chars: int
    kids: tuple[int, ...] = ()
    kid_bounds: tuple[int, ...] = (0,)

    @classmethod
    def of(cls, doc: Doc) -> Words:
        """The table of ``doc``, read once however many stages ask for it (the table of the
        document last asked about is kept, as ``realpolitik.nlp.DocMemo`` keeps facts, and no
        older one)."""
        last = _LAST[0]
        if last is None or last[0] is not doc:
            # (one tuple, replaced in one assignment: two threads never see one document's table
            # under the other's name)
            last = _LAST[0] = (doc, cls._read(doc))
        return last[1]

    @classmethod
    def _read(cls, doc: Doc) -> Words:
        if not len(doc):
            return cls(doc, (), (), (), (), (), (), (), (), len(doc.text))
        # each string looked up once: a text repeats its words, and its tags and labels are few
        array = doc.to_array(_NAMED)
        keys, at = numpy.unique(array, return_inverse=True)
        # (taken by numpy from arrays of the strings: a third of the time of a Python map)
        named, lowered = (numpy.array(found, dtype=object) for found in _strings(keys.tolist(), doc.vocab.strings))
        lemma_at, *others = at.reshape(array.shape).T
        lemma = tuple(lowered[lemma_at].tolist())
        lower, pos, tag, dep = (tuple(named[column].tolist()) for column in others)
        # the head as an offset from the word, stored unsigned: read back signed
        heads = doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(doc), dtype=numpy.int64)
        idx, length = (tuple(column) for column in doc.to_array(_PLACED).T.tolist())
        last = doc[-1]
        return cls(doc, lemma, lower, pos, tag, dep, tuple(heads.tolist()), idx, length,
                   last.idx + len(last.text_with_ws), *_children(heads))

    def conjuncts(self, i: int) -> list[int]:
        """The indices of the words coordinated with word ``i``, as spaCy's ``Token.conjuncts``
        gives them: up the "conj" links to the first conjunct, then down the "conj" links to the
        right of each, word ``i`` left out."""
        if self._stranded(i):
            return []
        first = i
        while self.head[first] != first and self.dep[first] == "conj":
            first = self.head[first]
        found = [first]
        for word in found:  # (grows as it is walked: breadth first)
            found += [c for c in self.children(word) if c > word and self.dep[c] == "conj" and not self._stranded(c)]
        return [w for w in found if w != i]

    def stranded_subject(self, verb: int) -> int | None:
        """"Hamas freed three hostages on Saturday and Israel released 369 prisoners", "with Moscow
        freeing a student and Berlin releasing a spy": the small model joins a second clause's
        subject to the noun before it ("Saturday and Israel") and leaves the clause's verb without
        one; the name or noun so joined right before a verb with no subject is its subject, and
        no partner of the noun it was joined to."""
        if verb == 0 or self.tag[verb] not in _CLAUSE_TAGS or any(self.dep[c] in _SUBJECT_LINKS for c in self.children(verb)):
            return None
        before = verb - 1
        if self.dep[before] != "conj" or self.pos[before] not in {"PROPN", "NOUN"} or self.pos[self.head[before]] not in {"NOUN", "PROPN", "NUM"}:
            return None
        joined = self.dep[verb] == "conj" and self.pos[self.head[verb]] in {"VERB", "AUX"}
        # (a participle on a noun is that noun's unless a name joined to that same noun stands
        # between: "reporters covering"; "sanctions on Russia and Belarus targeting banks" hangs
        # the participle on "sanctions", not on "Russia", and Belarus stays a target)
        hung = self.dep[verb] == "acl" and self.tag[verb] == "VBG" and self.pos[before] == "PROPN" \
            and self.head[verb] == self.head[before]
        return before if joined or hung else None

    def _stranded(self, i: int) -> bool:
        return i + 1 < len(self.dep) and self.stranded_subject(i + 1) == i

    def children(self, i: int) -> tuple[int, ...]:
        """The indices of the words whose head is word ``i``, in text order (spaCy's
        ``Token.children``, without a ``Token`` made of each)."""
        return self.kids[self.kid_bounds[i]:self.kid_bounds[i + 1]]

    def covering(self, start: int, end: int) -> range | None:
        """The indices of the words the characters ``start:end`` touch, as spaCy's
        ``doc.char_span(start, end, alignment_mode="expand")`` takes them (a start on the space
        after a word opens the next word); None when either end lies outside the text."""
        first, last = self._word_at(start), self._word_at(end - 1)
        if first is None or last is None:
            return None
        if start == self.idx[first] + self.length[first]:
            first += 1
        return range(first, last + 1)

    def _word_at(self, char: int) -> int | None:
        """The word whose text or the space after it holds character ``char``."""
        if char < 0 or char >= self.chars:
            return None
        return bisect.bisect_right(self.idx, char) - 1


# each string id's string and the string lowered, kept from text to text: an id always stands for
# the same string, and spaCy's store decodes a new one at each look-up (slow once the parser has
# pushed the store out of the processor's cache); emptied when it holds too many
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_MAX_STRINGS = 1_000_000


def _strings(keys: list[int], store: StringStore) -> tuple[list[str], list[str]]:
    """The string of each id of ``keys``, and each lowered."""
    new = list(itertools.filterfalse(_STRINGS.__contains__, keys))
    if len(_STRINGS) + len(new) > _MAX_STRINGS:
        _STRINGS.clear()
        _LOWERED.clear()
        new = keys
    for key in new:
        _STRINGS[key] = string = store[key]
        _LOWERED[key] = string.lower()
    try:
        return list(map(_STRINGS.__getitem__, keys)), list(map(_LOWERED.__getitem__, keys))
    except KeyError:  # (another thread emptied the cache, or is filling it, meanwhile)
        strings = [store[key] for key in keys]
        return strings, [string.lower() for string in strings]


def _children(heads: numpy.ndarray) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The words that have a head other than themselves, grouped by head and in text order
    within each group, and where each word's group starts (one more for the end)."""
    words = numpy.arange(len(heads))
    hung = words[heads != words]
    order = numpy.argsort(heads[hung], kind="stable")
    kids, their_heads = hung[order], heads[hung][order]
    bounds = numpy.searchsorted(their_heads, numpy.arange(len(heads) + 1))
    return tuple(kids.tolist()), tuple(bounds.tolist())


_LAST: list[tuple[Doc, Words] | None] = [None]  # (for ``Words.of``)
