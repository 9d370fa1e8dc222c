"""PETRARCH patterns as word sequences (the ``sequence:`` of a rule, see coding.patterns.Sequence).

A pattern the object-and-particle schema cannot say ("- HEAVILY UNJUSTLY *", "- * EID AT ^ WITH +",
"- * NEW_&TIETYPES_RELATIONS") is kept as what PETRARCH reads it as: words in order around the verb.
A step is the words of one pattern element; ``_`` joins words that stand next to each other, a
synonym set gives the step its alternatives, a ``{}`` phrase or a prepositional phrase gives a step
per word.  TABARI's markers ``$`` ``+`` ``^`` (where the source and the target stand, an actor
passed over) are steps of their own; ``%`` (the actors named together) makes the rule ``joint``.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product

from realpolitik.dictionaries.petrarch_verbs import SLOTS, Element, Pattern, VerbDictionary

Step = tuple[tuple[str, ...], ...]  # alternatives, each the words that stand next to each other
VERB: Step = (("*",),)


def pattern_steps(pattern: Pattern, dictionary: VerbDictionary) -> tuple[Step, ...]:
    """The pattern's steps, the verb's own step (``*``) joined to the word the pattern ties to it."""
    before = [s for e in pattern.before for s in element_steps(e, dictionary)]
    after = [s for e in pattern.after for s in element_steps(e, dictionary)]
    verb = VERB
    if pattern.joined[0] and before:
        verb = joined(before.pop(), verb)
    if pattern.joined[1] and after:
        verb = joined(verb, after.pop(0))
    return (*before, verb, *after)


def joined(first: Step, second: Step) -> Step:
    """Every alternative of ``first`` followed, with no word between, by every one of ``second``."""
    return tuple(a + b for a, b in product(first, second))


def element_steps(element: Element, dictionary: VerbDictionary) -> list[Step]:
    if element.kind == "slot":
        return [] if element.words == ("%",) else [(element.words,)]
    if element.kind == "word":
        return [_alternatives(element.words, dictionary)]
    if element.kind == "phrase":
        return [_alternatives((w,), dictionary) for w in element.words]
    steps = [_alternatives((element.preposition,), dictionary)] if element.preposition else []
    return steps + (element_steps(element.object, dictionary) if element.object is not None else [])


def _alternatives(words: Iterable[str], dictionary: VerbDictionary) -> Step:
    """Words side by side, a synonym set standing for each of its members ("NEW &TIETYPES")."""
    choices = [synset_members(w[1:].rstrip("_"), dictionary) if w.startswith("&") else [(w,)]
               for w in words if w not in SLOTS]
    return tuple(dict.fromkeys(tuple(x.lower() for part in combo for x in part) for combo in product(*choices)))


def synset_members(label: str, dictionary: VerbDictionary, seen: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """A synonym set's phrases, with the sets it names (``+&TIETYPES``) expanded."""
    synset = dictionary.synsets.get(label)
    if synset is None or label in seen:
        return []
    out: list[tuple[str, ...]] = []
    for member in synset.members:
        if len(member) == 1 and member[0].startswith("&"):
            out.extend(synset_members(member[0][1:].rstrip("_"), dictionary, seen | {label}))
        else:
            out.append(member)
    return out


def markers(pattern: Pattern) -> set[str]:
    """The TABARI markers ($ + % ^) a pattern holds, in its elements or its prepositional objects."""
    elements = (*pattern.before, *pattern.after)
    return {w for e in (*elements, *(e.object for e in elements if e.object is not None)) if e.kind == "slot" for w in e.words}


def as_yaml(steps: tuple[Step, ...]) -> list[str | list[str]]:
    """``[heavily, "*", [over, about]]``: a step of one alternative is a string."""
    texts = [[" ".join(a) for a in step] for step in steps]
    return [t[0] if len(t) == 1 else t for t in texts]
