"""Each word's lemma, form, part of speech, tag and dependency of one parsed text, read once.

spaCy's ``Token`` properties (``lemma_``, ``pos_``, ``dep_`` …) build a new string, and walking a
``Span`` a new ``Token``, each time they are read; the coder's stages test every word of every
sentence against their word lists.  They ask this table first, by the word's index in the parsed
text, and make a ``Token`` only of the few words that pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc

_COLUMNS = [LEMMA, LOWER, POS, TAG, DEP]


@dataclass(frozen=True)
class Words:
    """The words of ``doc``, by index: ``lemma`` lowered, ``lower`` (the form lowered), ``pos``,
    ``tag`` and ``dep`` as spaCy's ``lemma_.lower()``, ``lower_``, ``pos_``, ``tag_`` and ``dep_`` give them."""

    doc: Doc
    lemma: tuple[str, ...]
    lower: tuple[str, ...]
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    dep: tuple[str, ...]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        strings = doc.vocab.strings
        columns = doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        lemma, lower, pos, tag, dep = (tuple(strings[key] for key in column) for column in columns)
        return cls(doc, tuple(word.lower() for word in lemma), lower, pos, tag, dep)
