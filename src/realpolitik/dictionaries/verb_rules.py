"""PETRARCH verb blocks as realpolitik verb rules (the ``verbs:`` schema of ``coding/data/patterns.yaml``).

What maps, and how:

- each verb of a block -> its lemma, with the block's code (or the verb's own) as the last, bare rule;
  a block or verb coded ``[---]`` gets no bare rule, so that a layered file does not silence the
  lemma's other rules;
- ``+CORDON_OFF`` (the verb, then one word) -> lemma "cordon" with ``particle: off`` on every rule;
- ``- * OBJECT [code]`` -> ``{code, objects: [object]}``; ``{FINANCIAL AID}`` -> the object
  "financial aid" (the coder matches a noun with its adjective or compound); ``&SYNSET`` -> all its
  members; the object is lemmatised the simple way (TALKS -> talk, POLICIES -> policy);
- ``- * (PREP OBJECT) [code]`` -> ``{code, particle, objects}``; ``- * (PREP) [code]`` and a bare
  preposition (``- * INTO``) -> ``{code, particle}``; ``- * OBJECT (PREP)`` -> both;
- ``[046:046]`` (the same act both ways) -> ``reciprocal: true`` and ``reverse: "046"``; ``[042:043]`` keeps the first code
  -> ``reverse: "043"`` (the target's act back); a pattern coded ``[---]`` -> ``code: null`` (no event).

- what that schema cannot say (words before the verb, TABARI's ``$ + % ^`` markers, two objects, a
  synonym set inside a phrase, ``_``-joined words) -> ``{code, sequence}``, words in order
  (:mod:`realpolitik.dictionaries.verb_sequences`); the patterns it can say get that reading too, as
  a fallback tried after them;
- a verb of several words (``WIRE_+TAP``) -> its other words next to the verb in every rule.

What does not map is counted by reason (:class:`VerbConversion.skipped`): a preposition that is no
word, a particle under a verb with its own, a reverse event alone, codes the ontology does not know
(``unknown_codes``).  Rules of one lemma are merged: one rule per code and particle, objects listed
together, the more specific rules first (first match wins in the coder).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from realpolitik.dictionaries.petrarch_verbs import SLOTS, Element, EventCode, Pattern, VerbDictionary, VerbForm
from realpolitik.dictionaries.verb_sequences import Step, as_yaml, markers, pattern_steps, synset_members

# words that are a particle or preposition when they stand alone after the verb ("- * INTO [190]")
_PARTICLES = frozenset(
    "ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMONG AROUND AT AWAY BACK BEFORE BEHIND BELOW "
    "BESIDE BETWEEN BEYOND BY DESPITE DOWN DURING FOR FROM IN INSIDE INTO NEAR OFF ON ONTO OUT OUTSIDE OVER "
    "PAST THROUGH THROUGHOUT TO TOWARD TOWARDS UNDER UNTIL UP UPON VIA WITH WITHIN WITHOUT".split()
)
_ARTICLES = frozenset({"A", "AN", "THE"})
_NOT_PLURAL = ("SS", "US", "IS", "AS", "ICS", "NEWS")
_ES_PLURAL = ("SSES", "XES", "CHES", "SHES", "ZES")  # TAXES -> tax, BRANCHES -> branch


@dataclass(frozen=True)
class _Rule:
    code: str | None
    particle: str | None
    objects: tuple[str, ...]
    reciprocal: bool
    sequence: tuple[Step, ...] = ()
    joint: bool = False
    # the words-in-order reading of a pattern also written with objects and particle: tried after
    # the rules that read the grammar, since PETRARCH's "- * ARTILLERY" holds for "fired artillery shells"
    fallback: bool = False
    verb_words: int = 0  # words of the verb itself in the sequence ("wire *"): every rule of the verb asks them
    reverse: str | None = None  # [032:033]: the target's act back to the source


@dataclass
class VerbConversion:
    """The rules by lemma (patterns.yaml schema), and what was left out, counted."""

    rules: dict[str, Any] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    unknown_codes: Counter[str] = field(default_factory=Counter)
    patterns_mapped: int = 0
    patterns_as_sequences: int = 0  # of those mapped, the ones kept as words in order


def noun_lemma(word: str) -> str:
    """ "TALKS" -> "talk", "POLICIES" -> "policy", "CASH_" -> "cash" (a final "_": as written)."""
    if word.endswith("_"):
        return word.rstrip("_").lower()
    w = word.upper()
    if w.endswith("IES") and len(w) > 4:
        return (w[:-3] + "Y").lower()
    if w.endswith(_ES_PLURAL):
        return w[:-2].lower()
    if w.endswith("S") and not w.endswith(_NOT_PLURAL):
        return w[:-1].lower()
    return w.lower()


def phrase_object(words: Iterable[str]) -> str | None:
    """An object phrase as the coder matches it: the head's lemma, after one modifier at most."""
    kept = [w for w in words if w.upper() not in _ARTICLES]
    if not kept or len(kept) > 2 or any(w in SLOTS for w in kept):
        return None
    return " ".join([*(w.lower() for w in kept[:-1]), noun_lemma(kept[-1])])


class _Unmapped(Exception):
    """Why a pattern cannot be written as a rule (the key it is counted under)."""


@dataclass
class _Converter:
    dictionary: VerbDictionary
    known: Callable[[str], bool]
    out: VerbConversion = field(default_factory=VerbConversion)

    def convert(self) -> VerbConversion:
        by_lemma: dict[str, list[_Rule]] = {}
        for block in self.dictionary.blocks:
            pattern_rules = [r for p in block.patterns for r in self._pattern_rules(p)]
            for verb in block.verbs:
                by_lemma.setdefault(verb.verb.lower(), []).extend(self._verb_rules(verb, block.code, pattern_rules))
        self.out.rules = {lemma: _as_yaml(_merged(rules)) for lemma, rules in sorted(by_lemma.items())}
        return self.out

    def _verb_rules(self, verb: VerbForm, block_code: EventCode, pattern_rules: list[_Rule]) -> list[_Rule]:
        """The block's rules for one of its verbs; a verb of several words ("WIRE_+TAP", "+CORDON_OFF")
        puts them on every rule: the word after it as the particle, the others as words next to it."""
        after = verb.words[verb.verb_index + 1 :]
        particle = after[0].lower() if len(after) == 1 else None
        rules = [r for r in pattern_rules if not (particle and r.particle)]
        if len(rules) < len(pattern_rules):
            self.out.skipped["pattern with a particle, under a verb with its own"] += len(pattern_rules) - len(rules)
        rules = [*rules, *self._bare(verb.code or block_code)]
        own = tuple(w.lower() for w in (*verb.words[: verb.verb_index], "*", *([] if particle else after)))
        return [replace(r, particle=r.particle or particle, sequence=_with_verb(r.sequence, own), verb_words=len(own) - 1)
                for r in rules]

    def _bare(self, code: EventCode) -> list[_Rule]:
        try:
            rule = self._rule(code, None, ())
        except _Unmapped as exc:
            self.out.skipped[str(exc)] += 1
            return []
        return [] if rule.code is None else [rule]

    def _pattern_rules(self, pattern: Pattern) -> list[_Rule]:
        try:
            try:
                shapes = _shapes(pattern, self.dictionary)
            except _Unmapped as exc:
                if str(exc) not in _AS_SEQUENCE:
                    raise
                rules = [self._sequence_rule(pattern)]
                self.out.patterns_as_sequences += 1
            else:
                rules = [self._rule(pattern.code, particle, objects) for particle, objects in shapes]
                rules.append(replace(self._sequence_rule(pattern), fallback=True))
        except _Unmapped as exc:
            self.out.skipped[str(exc)] += 1
            return []
        self.out.patterns_mapped += 1
        return rules

    def _sequence_rule(self, pattern: Pattern) -> _Rule:
        steps = pattern_steps(pattern, self.dictionary)
        if not all(steps):
            raise _Unmapped("a synonym set with no member")
        return replace(self._rule(pattern.code, None, ()), sequence=steps, joint="%" in markers(pattern))

    def _rule(self, code: EventCode, particle: str | None, objects: tuple[str, ...]) -> _Rule:
        if code.primary is None and code.reverse is not None:
            raise _Unmapped("only a reverse event ([:NNN])")
        if code.primary is not None and not self.known(code.primary):
            self.out.unknown_codes[code.primary] += 1
            raise _Unmapped("code not in the ontology")
        # [031:031] is the same act both ways, also where this project's own rules code a meeting
        # with a named other party one way (``one_way_roots``): the reverse event says so
        reverse = code.reverse or None
        if reverse is not None and not self.known(reverse):
            self.out.unknown_codes[reverse] += 1
            self.out.skipped["reverse event of a code not in the ontology dropped"] += 1
            reverse = None
        return _Rule(code.primary, particle, objects, code.reverse is not None and code.reverse == code.primary,
                     reverse=reverse)


# what the object-and-particle schema cannot say, and a sequence of words can
_AS_SEQUENCE = frozenset({"source/target/skip markers ($ + % ^)", "words before the verb",
                          "two objects or two prepositional phrases", "an object and a prepositional object",
                          "a synonym set inside a phrase", "an object phrase of three or more words",
                          "words joined by '_' (no word between them)"})


def _with_verb(sequence: tuple[Step, ...], verb: tuple[str, ...]) -> tuple[Step, ...]:
    """A rule's sequence with the verb's own words ("wire *") where its ``*`` stands."""
    if verb == ("*",):
        return sequence
    if not sequence:
        return ((verb,),)
    return tuple(tuple(_put(alt, verb) for alt in step) for step in sequence)


def _put(alt: tuple[str, ...], verb: tuple[str, ...]) -> tuple[str, ...]:
    if "*" not in alt:
        return alt
    i = alt.index("*")
    return (*alt[:i], *verb, *alt[i + 1 :])


def _shapes(pattern: Pattern, dictionary: VerbDictionary) -> list[tuple[str | None, tuple[str, ...]]]:
    """The (particle, object lemmas) a pattern needs; a set of prepositions gives one per preposition."""
    if any(e.kind == "slot" or (e.object is not None and e.object.kind == "slot") for e in (*pattern.before, *pattern.after)):
        raise _Unmapped("source/target/skip markers ($ + % ^)")
    if pattern.before:
        raise _Unmapped("words before the verb")
    if any(e.kind == "word" and len(e.words) > 1 for e in pattern.after) or any(pattern.joined):
        raise _Unmapped("words joined by '_' (no word between them)")
    preps = [e for e in pattern.after if e.kind == "prep"]
    nouns = [e for e in pattern.after if e.kind != "prep"]
    particles = _particles(nouns[0], dictionary) if nouns and not preps and len(nouns) <= 2 else []
    if particles:
        # "- * INTO", "- * &PREPOSIT1 RESOLUTION": the first word is a preposition (or a set of them)
        objects = _objects(nouns[1], dictionary) if len(nouns) == 2 else ()
        return [(p, objects) for p in particles]
    if len(preps) > 1 or len(nouns) > 1:
        raise _Unmapped("two objects or two prepositional phrases")
    particle = preps[0].preposition.lower() if preps and preps[0].preposition else None
    if particle is not None and not particle.isalpha():
        raise _Unmapped("a preposition that is no word ((BY/WITH ...))")
    targets = nouns + [p.object for p in preps if p.object is not None]
    if len(targets) > 1:
        raise _Unmapped("an object and a prepositional object")
    return [(particle, _objects(targets[0], dictionary) if targets else ())]


def _particles(element: Element, dictionary: VerbDictionary) -> list[str]:
    """The prepositions a word or a synonym set of prepositions stands for (none if it is a noun)."""
    if element.kind != "word" or len(element.words) != 1:
        return []
    word = element.words[0]
    members = [m for m in synset_members(word[1:].rstrip("_"), dictionary)] if word.startswith("&") else [(word,)]
    if members and all(len(m) == 1 and m[0] in _PARTICLES for m in members):
        return [m[0].lower() for m in members]
    return []


def _objects(element: Element, dictionary: VerbDictionary) -> tuple[str, ...]:
    """The object lemmas an element stands for: a word, a phrase, or a synonym set's members."""
    if element.kind == "word" and len(element.words) == 1 and element.words[0].startswith("&"):
        members = synset_members(element.words[0][1:].rstrip("_"), dictionary)
        found = tuple(dict.fromkeys(o for o in map(phrase_object, members) if o))
    else:
        words = element.words
        if any(w.startswith("&") for w in words):
            raise _Unmapped("a synonym set inside a phrase")
        found = tuple(o for o in [phrase_object(words)] if o)
    if not found:
        raise _Unmapped("an object phrase of three or more words")
    return found


def _merged(rules: list[_Rule]) -> list[_Rule]:
    """One rule per (code, particle, reciprocal, has objects, sequence); an object keeps its first code."""
    groups: dict[tuple[Any, ...], list[str]] = {}
    taken: set[tuple[Any, ...]] = set()
    for r in rules:
        key = (r.code, r.particle, r.reciprocal, bool(r.objects), r.sequence, r.joint, r.fallback, r.verb_words, r.reverse)
        objs = groups.setdefault(key, [])
        for o in r.objects:
            if (r.particle, r.sequence, o) not in taken:
                taken.add((r.particle, r.sequence, o))
                objs.append(o)
    merged = [_Rule(code, particle, tuple(objs), reciprocal, sequence, joint, fallback, own, reverse)
              for (code, particle, reciprocal, has, sequence, joint, fallback, own, reverse), objs in groups.items()
              if objs or not has]
    # the coder takes the first rule that holds: the ones that ask for more come first (PETRARCH
    # too tries its longer patterns first)
    return sorted(merged, key=lambda r: (0 if r.fallback else -_words_asked(r), not r.objects, not r.particle))


def _words_asked(rule: _Rule) -> int:
    """How many words a rule's sequence asks for beside the verb's own (its markers ask for no word)."""
    asked = sum(min(len([w for w in a if w not in SLOTS and w != "*"]) for a in step) for step in rule.sequence)
    return asked - rule.verb_words


def _as_yaml(rules: list[_Rule]) -> Any:
    items = [_rule_yaml(r) for r in rules]
    return items[0] if len(items) == 1 and isinstance(items[0], str) else items


def _rule_yaml(rule: _Rule) -> Any:
    if not (rule.objects or rule.particle or rule.reciprocal or rule.sequence or rule.reverse) and rule.code is not None:
        return rule.code
    spec: dict[str, Any] = {"code": rule.code}
    if rule.particle:
        spec["particle"] = rule.particle
    if rule.objects:
        spec["objects"] = list(rule.objects)
    if rule.reciprocal:
        spec["reciprocal"] = True
    if rule.sequence:
        spec["sequence"] = as_yaml(rule.sequence)
    if rule.joint:
        spec["joint"] = True
    if rule.reverse:
        spec["reverse"] = rule.reverse
    return spec


def verb_rules(dictionary: VerbDictionary, known: Callable[[str], bool] | None = None, *,
               target: str | None = None) -> VerbConversion:
    """The dictionary's verbs as rules of ``patterns.yaml`` (``verbs:`` section), with the counts of
    what could not be mapped.  ``known`` says whether a CAMEO code exists (default: the shipped
    ontology); ``target`` is written on every rule that codes an event ("after": PETRARCH's targets)."""
    if known is None:
        from realpolitik.coding.ontology import load_ontology

        ontology = load_ontology()
        known = ontology.__contains__
    out = _Converter(dictionary, known).convert()
    if target is not None:
        out.rules = {lemma: [_targeted(r, target) for r in (rules if isinstance(rules, list) else [rules])]
                     for lemma, rules in out.rules.items()}
    return out


def _targeted(rule: Any, target: str) -> Any:
    spec = rule if isinstance(rule, dict) else {"code": rule}
    return spec if spec["code"] is None else {**spec, "target": target}
