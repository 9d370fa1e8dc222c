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
- ``[046:046]`` (the same act both ways) -> ``reciprocal: true``; ``[042:043]`` keeps the first code
  (the reverse event is counted); a pattern coded ``[---]`` -> ``code: null`` (this use is no event).

What does not map is counted by reason (:class:`VerbConversion.skipped`): words before the verb,
TABARI's source/target/skip markers, two objects or two prepositional phrases, codes the ontology
does not know (``unknown_codes``).  Rules of one lemma are merged: one rule per code and particle,
objects listed together, the more specific rules first (first match wins in the coder).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from realpolitik.dictionaries.petrarch_verbs import SLOTS, Element, EventCode, Pattern, VerbDictionary, VerbForm

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


@dataclass
class VerbConversion:
    """The rules by lemma (patterns.yaml schema), and what was left out, counted."""

    rules: dict[str, Any] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    unknown_codes: Counter[str] = field(default_factory=Counter)
    patterns_mapped: int = 0


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
                lemma_rules = self._verb_rules(verb, block.code, pattern_rules)
                if lemma_rules is not None:
                    by_lemma.setdefault(verb.verb.lower(), []).extend(lemma_rules)
        self.out.rules = {lemma: _as_yaml(_merged(rules)) for lemma, rules in sorted(by_lemma.items())}
        return self.out

    def _verb_rules(self, verb: VerbForm, block_code: EventCode, pattern_rules: list[_Rule]) -> list[_Rule] | None:
        if verb.verb_index > 0:
            self.out.skipped["verb with words before it (WIRE_+TAP)"] += 1
            return None
        after = verb.words[verb.verb_index + 1 :]
        if len(after) > 1:
            self.out.skipped["verb of more than two words"] += 1
            return None
        particle = after[0].lower() if after else None
        rules = [r for r in pattern_rules if not (particle and r.particle)]
        if len(rules) < len(pattern_rules):
            self.out.skipped["pattern with a particle, under a verb with its own"] += len(pattern_rules) - len(rules)
        bare = self._bare(verb.code or block_code)
        rules = [*rules, *bare]
        return [_Rule(r.code, r.particle or particle, r.objects, r.reciprocal) for r in rules]

    def _bare(self, code: EventCode) -> list[_Rule]:
        try:
            rule = self._rule(code, None, ())
        except _Unmapped as exc:
            self.out.skipped[str(exc)] += 1
            return []
        return [] if rule.code is None else [rule]

    def _pattern_rules(self, pattern: Pattern) -> list[_Rule]:
        try:
            rules = [self._rule(pattern.code, particle, objects) for particle, objects in _shapes(pattern, self.dictionary)]
        except _Unmapped as exc:
            self.out.skipped[str(exc)] += 1
            return []
        self.out.patterns_mapped += 1
        return rules

    def _rule(self, code: EventCode, particle: str | None, objects: tuple[str, ...]) -> _Rule:
        if code.primary is None and code.reverse is not None:
            raise _Unmapped("only a reverse event ([:NNN])")
        if code.primary is not None and not self.known(code.primary):
            self.out.unknown_codes[code.primary] += 1
            raise _Unmapped("code not in the ontology")
        if code.reverse and code.reverse != code.primary:
            self.out.skipped["reverse event of another code dropped ([042:043] kept as 042)"] += 1
        return _Rule(code.primary, particle, objects, code.reverse is not None and code.reverse == code.primary)


def _shapes(pattern: Pattern, dictionary: VerbDictionary) -> list[tuple[str | None, tuple[str, ...]]]:
    """The (particle, object lemmas) a pattern needs; a set of prepositions gives one per preposition."""
    if any(e.kind == "slot" or (e.object is not None and e.object.kind == "slot") for e in (*pattern.before, *pattern.after)):
        raise _Unmapped("source/target/skip markers ($ + % ^)")
    if pattern.before:
        raise _Unmapped("words before the verb")
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
    members = [m for m in _members(word[1:].rstrip("_"), dictionary, set())] if word.startswith("&") else [(word,)]
    if members and all(len(m) == 1 and m[0] in _PARTICLES for m in members):
        return [m[0].lower() for m in members]
    return []


def _objects(element: Element, dictionary: VerbDictionary) -> tuple[str, ...]:
    """The object lemmas an element stands for: a word, a phrase, or a synonym set's members."""
    if element.kind == "word" and len(element.words) == 1 and element.words[0].startswith("&"):
        members = _members(element.words[0][1:].rstrip("_"), dictionary, set())
        found = tuple(dict.fromkeys(o for o in map(phrase_object, members) if o))
    else:
        words = element.words
        if any(w.startswith("&") for w in words):
            raise _Unmapped("a synonym set inside a phrase")
        found = tuple(o for o in [phrase_object(words)] if o)
    if not found:
        raise _Unmapped("an object phrase of three or more words")
    return found


def _members(label: str, dictionary: VerbDictionary, seen: set[str]) -> list[tuple[str, ...]]:
    """A synonym set's phrases, with the sets it names (``+&TIETYPES``) expanded."""
    synset = dictionary.synsets.get(label)
    if synset is None or label in seen:
        return []
    seen.add(label)
    out: list[tuple[str, ...]] = []
    for member in synset.members:
        if len(member) == 1 and member[0].startswith("&"):
            out.extend(_members(member[0][1:].rstrip("_"), dictionary, seen))
        else:
            out.append(member)
    return out


def _merged(rules: list[_Rule]) -> list[_Rule]:
    """One rule per (code, particle, reciprocal, has objects); an object keeps its first code."""
    groups: dict[tuple[Any, ...], list[str]] = {}
    taken: set[tuple[str | None, str]] = set()
    for r in rules:
        key = (r.code, r.particle, r.reciprocal, bool(r.objects))
        objs = groups.setdefault(key, [])
        for o in r.objects:
            if (r.particle, o) not in taken:
                taken.add((r.particle, o))
                objs.append(o)
    merged = [_Rule(code, particle, tuple(objs), reciprocal) for (code, particle, reciprocal, has), objs in groups.items()
              if objs or not has]
    # the coder takes the first rule that holds: the ones that ask for more come first
    return sorted(merged, key=lambda r: (not r.objects, not r.particle))


def _as_yaml(rules: list[_Rule]) -> Any:
    items = [_rule_yaml(r) for r in rules]
    return items[0] if len(items) == 1 and isinstance(items[0], str) else items


def _rule_yaml(rule: _Rule) -> Any:
    if not (rule.objects or rule.particle or rule.reciprocal) and rule.code is not None:
        return rule.code
    spec: dict[str, Any] = {"code": rule.code}
    if rule.particle:
        spec["particle"] = rule.particle
    if rule.objects:
        spec["objects"] = list(rule.objects)
    if rule.reciprocal:
        spec["reciprocal"] = True
    return spec


def verb_rules(dictionary: VerbDictionary, known: Callable[[str], bool] | None = None) -> VerbConversion:
    """The dictionary's verbs as rules of ``patterns.yaml`` (``verbs:`` section), with the counts of
    what could not be mapped.  ``known`` says whether a CAMEO code exists (default: the shipped ontology)."""
    if known is None:
        from realpolitik.coding.ontology import load_ontology

        ontology = load_ontology()
        known = ontology.__contains__
    return _Converter(dictionary, known).convert()
