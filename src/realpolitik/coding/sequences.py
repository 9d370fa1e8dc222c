"""Word sequences around a verb: whether a sentence shows a rule's ``sequence`` (see patterns.Sequence).

PETRARCH's patterns are words in order, not grammatical roles: ``- HEAVILY UNJUSTLY * [123]`` holds
for "was heavily and unjustly criticized", ``- RECENTLY_* [025]`` only when "recently" stands right
before the verb.  Steps before the verb are looked for between the sentence's start and the verb,
steps after it up to the end of the verb's phrase (its subtree), so that a word of the next clause
does not complete a pattern.  A word matches a token's text or its lemma.  A step ``$`` (the
source), ``+`` (the target) or ``^`` (an actor passed over) matches a name or noun, all its words.
"""

from __future__ import annotations

from collections.abc import Sequence as Seq
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from realpolitik.coding.patterns import SLOTS, Sequence

Alternative = tuple[str, ...]
_NOMINAL = {"PROPN", "NOUN", "PRON"}


@dataclass(frozen=True)
class SequenceMatch:
    words: tuple[Token, ...]  # the sequence's words, the verb and the actors left out
    source: Token | None = None  # where ``$`` stood
    target: Token | None = None  # where ``+`` stood


def sequence_match(verb: Token, sequence: Sequence) -> SequenceMatch | None:
    """How ``sequence`` holds around ``verb``, or None when the sentence lacks it."""
    doc = verb.doc
    anchor = sequence.verb_step
    own = next((a for a in sequence.steps[anchor] if _fits(doc, a, verb.i - a.index("*"), verb.sent.start)), None)
    if own is None:
        return None
    start = verb.i - own.index("*")
    end = start + len(own)
    found: list[tuple[str, list[Token]]] = [("", [t for t in doc[start:end] if t.i != verb.i])]
    for step in reversed(sequence.steps[:anchor]):
        hit = next((m for i in range(start - 1, verb.sent.start - 1, -1) if (m := _match(doc, step, i, start))), None)
        if hit is None:
            return None
        start = hit[0].i
        found.append((step[0][0], hit))
    limit = max(verb.right_edge.i + 1, end)
    for step in sequence.steps[anchor + 1 :]:
        hit = next((m for i in range(end, limit) if (m := _match(doc, step, i, limit))), None)
        if hit is None:
            return None
        end = hit[-1].i + 1
        found.append((step[0][0], hit))
    return SequenceMatch(tuple(t for word, hit in found if word not in SLOTS for t in hit),
                         _slot(found, "$"), _slot(found, "+"))


def _slot(found: list[tuple[str, list[Token]]], slot: str) -> Token | None:
    return next((hit[0] for word, hit in found if word == slot), None)


def _match(doc: Doc, step: Seq[Alternative], start: int, limit: int) -> list[Token] | None:
    """The tokens from ``start`` (ending by ``limit``) that one of the step's alternatives names."""
    if step[0][0] in SLOTS:
        return _name_at(doc, start, limit)
    alt = next((a for a in step if start + len(a) <= limit and _fits(doc, a, start, 0)), None)
    return list(doc[start : start + len(alt)]) if alt else None


def _name_at(doc: Doc, start: int, limit: int) -> list[Token] | None:
    """A name or noun that starts at ``start``, with the words of the name that follow it."""
    token = doc[start]
    if token.pos_ not in _NOMINAL or (start > 0 and doc[start - 1].pos_ == "PROPN" and token.pos_ == "PROPN"):
        return None
    end = start + 1
    while end < limit and doc[end].pos_ == "PROPN" and doc[end - 1].pos_ == "PROPN":
        end += 1
    return list(doc[start:end])


def _fits(doc: Doc, alt: Alternative, start: int, lower: int) -> bool:
    """Whether the words of ``alt`` stand at ``start``; its ``*``, if any, is where the caller put it."""
    if start < lower or start + len(alt) > len(doc):
        return False
    return all(w == "*" or doc[start + k].lower_ == w or doc[start + k].lemma_.lower() == w for k, w in enumerate(alt))
