"""Frames: which words of a sentence express an act, and by which rule.

A trigger is a verb (or a complement-taking adjective: "willing", "ready") whose lemma has rules in
the patterns, or a noun that names an act ("sanctions", "visit"); its rule is the first whose
conditions hold (object lemma, particle, complement), and a complement-taking head codes its
complement through a family table ("refused to meet" -> 125).  See docs/coding.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from realpolitik.coding.arguments import (
    MentionIndex,
    answer_noun,
    answered_aside,
    hung_answer,
    fronted_whose,
    gap_filler,
    hosts,
    means_verb,
    named_thing,
    subject_token,
)
from realpolitik.coding.mentions import names_a_place
from realpolitik.coding.modality import indicative
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Family, Patterns, Rule
from realpolitik.coding.sequences import sequence_match
from realpolitik.coding.words import Words

# adjectives like "willing", "ready", "opposed" head complements and code like verbs
VERB_POS = {"VERB", "ADJ"}
NOUN_POS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class Trigger:
    """A trigger word with the rule it matched and the words that make up the act."""

    head: Token
    rule: Rule
    code: str
    complement: Token | None = None
    words: tuple[Token, ...] = ()
    # where the rule's word sequence puts the source and the target ("- * EID AT ^ WITH +")
    placed: tuple[Token | None, Token | None] = (None, None)

    @property
    def is_noun(self) -> bool:
        return self.head.pos_ in NOUN_POS


def _names_a_body(token: Token) -> bool:
    """Whether a phrase's head is a name that is no place ("ECOWAS", "the African Union"), as an
    actor of a rule's ``target_kinds`` reached through a particle must be (the small model tags
    neither reliably: the capital letter and the gazetteer decide)."""
    return token.text[:1].isupper() and not names_a_place(token)


def _object_lemmas(verb: Token, particle: str | None, patterns: Patterns, ergative: bool = False) -> dict[str, Token]:
    """The verb's objects by lemma, also with their compound ("hunger strike") and "*" for any
    direct object; an ``ergative`` verb without one moves its subject ("troops moved to the border")."""
    doc = verb.doc
    words = Words.of(doc)  # (the words walked in the table, a Token made of those kept)
    dep, lower, lemma, kids = words.dep, words.lower, words.lemma, words.children(verb.i)
    # "the vote was illegal": what a copula says of its subject
    deps = {"dobj", "nsubjpass", "attr", "oprd", "acomp"} if verb.pos_ == "AUX" else {"dobj", "nsubjpass", "attr", "oprd"}
    objs = [doc[c] for c in kids if dep[c] in deps]
    # 'calling the remarks "unacceptable between allies"': an adjective after its noun is what the
    # verb says of it, the small model's adjective of the object
    objs += [doc[a] for o in list(objs) if dep[o.i] == "dobj" for a in words.children(o.i) if dep[a] == "amod" and a > o.i]
    # "ECOWAS, which Mali left": the relative pronoun stands for the noun
    objs += [filler for c in objs for filler in [gap_filler(verb, c)] if filler is not c]
    # "lift what it calls illegal sanctions": the thing a free relative names
    objs += [t for c in kids if dep[c] == "ccomp" for t in [named_thing(doc[c])] if t is not None]
    fronted = fronted_whose(verb)  # "France, whose ambassador Niger expelled"
    objs += [fronted[0]] if fronted is not None else []
    if ergative and not objs:
        holder = verb.head if verb.dep_ == "xcomp" else verb  # "army units began moving south"
        objs = [doc[c] for c in words.children(holder.i) if dep[c] == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objs.append(verb.head)  # "talks brokered by Turkey": the noun a participle describes
    elif verb.dep_ == "relcl" and not objs:
        objs.append(verb.head)  # "a port deal Addis Ababa struck": the noun the clause describes
    direct = [o for o in objs if dep[o.i] == "dobj"]
    if particle:
        objs += [doc[g] for c in kids if lower[c] == particle for g in words.children(c) if dep[g] == "pobj"]
        # "pulled out of the deal": the object of the particle's own preposition
        objs += [doc[g] for c in kids if lower[c] == particle for p in words.children(c)
                 if dep[p] == "prep" for g in words.children(p) if dep[g] == "pobj"]
    # "provided Belarus with a loan"
    objs += [doc[g] for c in kids if dep[c] == "prep" and lower[c] == "with" for g in words.children(c) if dep[g] == "pobj"]
    # "held a round of talks", "imposed a new set of sanctions"; "handed him a note of protest" names
    # its object in three words
    owned = [(o, doc[g]) for o in list(objs) for p in words.children(o.i) if dep[p] == "prep" and lower[p] == "of"
             for g in words.children(p) if dep[g] == "pobj"]
    objs += [g for _, g in owned]
    objs += [doc[c] for o in list(objs) for c in words.conjuncts(o.i)]
    found = {f"{lemma[o.i]} of {lemma[g.i]}": o for o, g in owned}
    found.update((lemma[o.i], o) for o in objs)
    for o in objs:
        found.setdefault(lower[o.i], o)  # the small model's lemma of a noun read as a verb: "crossing" -> "cross"
        for c in words.children(o.i):
            # ("tear gas grenades": "gas" an nmod of "grenades"; "a $100 million package": "million")
            if dep[c] in {"compound", "amod", "nmod", "nummod"}:
                found.setdefault(f"{lemma[c]} {lemma[o.i]}", o)
                found.setdefault(f"{lower[c]} {lemma[o.i]}", o)  # ("arms package": "arms" is no form of "arm")
                if c + 2 == o.i and lower[c + 1] == "-":  # ("staged a sit-in": one word the tokenizer split)
                    found.setdefault(f"{lower[c]}-{lower[o.i]}", o)
            if dep[c] == "compound" and words.pos[c] == "NOUN" and words.pos[o.i] == "PROPN":
                found.setdefault(lemma[c], o)  # "the tanker Eagle S" is a tanker
    if direct:
        found.setdefault("*", direct[0])
    # ("denied that its forces had shelled the town", "denied targeting civilians": a clause,
    # matched by "#clause"; not the sentence's own clause hung on the answer that names it: "…, a
    # charge Abuja denied")
    clauses = [doc[c] for c in kids if dep[c] == "ccomp" or dep[c] == "xcomp" and doc[c].tag_ == "VBG"]
    asides = [c for c in clauses if answered_aside(c, patterns)]
    clause = next((c for c in clauses if named_thing(c) is None and c not in asides), None)
    if asides:
        answer = answer_noun(verb, patterns)  # (the charge denied, parsed as the denial's subject)
        found.setdefault(lemma[answer.i], answer)
    if clause is not None:
        found.setdefault("#clause", clause)
    # ("seized El Fasher": a named place, matched by "#place" in a rule's objects)
    place = next((o for o in objs if dep[o.i] in {"dobj", "nsubjpass"} and names_a_place(o)), None)
    if place is not None:
        found.setdefault("#place", place)
    return found


def is_copula(token: Token, patterns: Patterns) -> bool:
    """"the launch was a grave provocation": a copula that says what the act its subject names
    (or "this" stands for) was (not "the blast was a Russian attack", whose noun is the act)."""
    if token.lemma_.lower() not in patterns.copulas:
        return False  # (asked of every word: the cheapest test first)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    # ("This is a brazen provocation": the act told last)
    return any(c.dep_ in {"attr", "acomp"} for c in token.children) and subject is not None \
        and (patterns.names_an_act(subject.lemma_.lower()) or subject.pos_ == "PRON" and subject.lower_ in patterns.told_pronouns)


def aimless(trig: Trigger, coded: Mapping[int, str], patterns: Patterns) -> bool:
    """Whether an act with an ``untargeted`` code is aimed at no one: no aim that is no open water
    ("at positions", "into a village", not "into the sea") and no violent act that hangs on it
    ("…, killing 25 people"); such an act is not aimed at a guessed target either."""
    head = trig.head
    if trig.rule.untargeted is None or trig.code != trig.rule.code:
        return False
    aims = [g for p in head.children if p.dep_ == "prep" and p.lower_ in patterns.aim_prepositions
            for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() not in patterns.open_waters
            and g.lemma_.lower() not in patterns.ground_nouns  # "on suspicion that …" is why
            and g.ent_type_ not in {"DATE", "TIME"}]  # "on Thursday" is when
    hurt = [t for t in head.subtree if t.i != head.i and t.i in coded
            and cameo(coded[t.i]).quad_class == 4 and not patterns.codes_in(coded[t.i], patterns.force_roots)]
    return not aims and not hurt


def _has_particle(verb: Token, particle: str) -> bool:
    # "called Manalo on Monday": a preposition heading a date or time is no particle of the verb
    return any(c.lower_ == particle and c.dep_ in {"prt", "prep", "advmod"} and not _heads_time(c) for c in verb.children)


def _heads_time(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def _complement(verb: Token, patterns: Patterns) -> Token | None:
    """An infinitive, that-clause or gerund complement: "refused to meet", "warned that it would
    cut", "threatened with cutting"; through "resume", "continue", "start" to the act itself."""
    for dep in ("xcomp", "ccomp"):
        for c in verb.children:
            if c.dep_ == dep and c.pos_ in {"VERB", "AUX"}:
                inner = _complement(c, patterns) if c.lemma_ in patterns.aspectual else None
                return inner if inner is not None and inner.dep_ == "xcomp" else c
    for c in verb.children:
        # "threatened with cutting", not "ordered tariffs for turning back flights" (a reason)
        if c.dep_ == "prep" and c.lower_ in patterns.complement_prepositions:
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g
    return None


def _verb_lemma(token: Token, patterns: Patterns) -> str:
    """The token's lemma; for a past form the small model mis-lemmatizes ("staged" -> "stag"), the
    regular stem that has patterns; a form the patterns key as written ("said", "left"), itself."""
    if token.lower_ in patterns.written_forms and token.lower_ in patterns.verbs:
        return token.lower_
    lemma = token.lemma_.lower()
    if lemma in patterns.verbs or token.tag_ not in {"VBD", "VBN"} or not token.lower_.endswith("ed"):
        return lemma
    return next((stem for stem in _past_stems(token.lower_) if stem in patterns.verbs), lemma)


def _past_stems(form: str) -> tuple[str, ...]:
    """The stems a past form "-ed" may have: "agreed" -> "agree", "blocked" -> "block", and
    with its last consonant doubled, "readmitted" -> "readmit" (the small model's lemma of a
    rare verb is often the form cut wrong: "readmitte")."""
    doubled = (form[:-3],) if len(form) > 4 and form[-3] == form[-4] else ()
    return (form[:-1], form[:-2], *doubled)


def _may_have_verb_rules(words: Words, span: Span, patterns: Patterns) -> list[int]:
    """The words of ``span`` that may have verb rules in ``_select``: the verbs (and copulas) whose
    lemma, form or, for a past form, stem of the form (``_verb_lemma``) has patterns."""
    verbs, copulas, lemmas, forms, pos = patterns.verbs, patterns.copulas, words.lemma, words.lower, words.pos
    # ("visa-free travel", "free refunds": an adjective that only looks like a verb of an act)
    return [i for i in range(span.start, span.end) if (pos[i] in VERB_POS or lemmas[i] in copulas)
            and not (pos[i] == "ADJ" and lemmas[i] in patterns.plain_adjectives)
            and (lemmas[i] in verbs or (form := forms[i]) in verbs
                 or form.endswith("ed") and any(stem in verbs for stem in _past_stems(form)))]


def _select(token: Token, patterns: Patterns, depth: int = 0) -> Trigger | None:
    """The first rule of ``token``'s lemma whose conditions hold, with its code."""
    rules = patterns.verbs.get(_verb_lemma(token, patterns)) if token.pos_ in VERB_POS or is_copula(token, patterns) else None
    if not rules or named_thing(token) is not None:
        return None  # ("what it calls illegal sanctions on Niger" names them; it calls on no one)
    words, doc = Words.of(token.doc), token.doc
    has_clause = any(words.dep[c] == "ccomp" and named_thing(doc[c]) is None and not hung_answer(doc[c], patterns)
                     for c in words.children(token.i)) and token.lemma_ not in patterns.speech
    objects = _ObjectLemmas(token, patterns)
    for rule in rules:
        if depth and rule.target_kinds:
            continue  # a complement's target is not read here: "encouraged Minsk to join in" joins nothing known
        words = _rule_words(token, rule, has_clause, patterns, objects)
        if words is None:
            continue
        if rule.code is None:
            return None  # "sign a decree": this use is no event
        family_name = rule.family or _obligation(token, patterns)
        if family_name:
            return _through_family(token, rule, tuple(words), patterns.families[family_name], patterns, depth)
        return Trigger(token, rule, rule.code, None, tuple(words), _placed(token, rule))
    return None


def _placed(token: Token, rule: Rule) -> tuple[Token | None, Token | None]:
    found = sequence_match(token, rule.sequence) if rule.sequence is not None else None
    return (found.source, found.target) if found is not None else (None, None)


class _ObjectLemmas:
    """``_object_lemmas`` of one verb, each read once however many of its rules ask for them."""

    def __init__(self, verb: Token, patterns: Patterns) -> None:
        self.verb = verb
        self.patterns = patterns
        self._read: dict[tuple[str | None, bool], dict[str, Token]] = {}

    def of(self, particle: str | None, ergative: bool = False) -> dict[str, Token]:
        key = (particle, ergative)
        if key not in self._read:
            self._read[key] = _object_lemmas(self.verb, particle, self.patterns, ergative)
        return self._read[key]


def _rule_words(token: Token, rule: Rule, has_clause: bool, patterns: Patterns, objects: _ObjectLemmas) -> list[Token] | None:
    """The words that make ``rule`` hold on ``token`` (its object, its particle), or None when it
    does not hold; ``objects``: the token's objects, read once for all its rules."""
    if rule.particle and not _has_particle(token, rule.particle):
        return None
    characterised = _characterised(token, patterns) if rule.characterises else None
    if rule.characterises and characterised is None:
        return None
    if has_clause and not (rule.family or rule.objects or rule.particle or rule.sequence or rule.target == "after"):
        return None  # "Belarus's choices demonstrate that …" reports no act of demonstrating
    words: list[Token] = []
    if rule.sequence is not None:
        found = sequence_match(token, rule.sequence)
        if found is None:
            return None
        words += found.words
    if rule.target_kinds and not objects.of(rule.particle):
        return None  # "ordered the staff to leave over the arrest": left no one, it takes in nothing
    if rule.target_kinds and rule.particle and not any(_names_a_body(o) for o in objects.of(rule.particle).values()):
        return None  # ("pulled out of Kabul", "out of the corridor": a place or a thing, the next rule's)
    if rule.objects:
        found = objects.of(rule.particle, rule.ergative)
        hit = next((found[o] for o in found if o in rule.objects), None)
        if hit is None or rule.predicate and not _said_of_object(token, hit):
            return None
        words.append(hit)
    if rule.particle:
        words += [c for c in token.children if c.lower_ == rule.particle and not _heads_time(c)]
    return words + [characterised] if characterised is not None else words


def _said_of_object(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is what the verb says of its object ("called Accra a friend"): not that
    object itself ("called his friend Mahama"), nor its tie to a third ("called Accra a friend of
    the smugglers" says whose friend it is, not the speaker's)."""
    return noun in characterisations(verb) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _characterised(verb: Token, patterns: Patterns) -> Token | None:
    """The act the verb says something of, when it says it: "called the move a scam", "a verdict
    his party called a settling of scores" (a relative clause on the act, its predicate parsed as
    an object); not "called a meeting"."""
    predicates = characterisations(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and patterns.names_an_act(verb.head.lemma_.lower()) and (objects or predicates):
        return verb.head
    return next((o for o in objects if patterns.names_an_act(o.lemma_.lower())), None) if predicates else None


def characterisations(verb: Token) -> list[Token]:
    """What the verb says an act is: "a scam" in "called the move a scam", "as a step"."""
    predicates = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr"} or (c.dep_ == "prep" and c.lower_ == "as")]
    predicates += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.i > o.i]
    # a quoted predicate is parsed as the object's apposition: 'called the decision "Russophobic madness"'
    return predicates + [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos" and _quoted(a)]


def _quoted(token: Token) -> bool:
    """Whether the phrase of ``token`` opens with a quotation mark."""
    edge = token.left_edge
    return edge.is_quote or (edge.i > 0 and token.doc[edge.i - 1].is_quote)


def _through_family(token: Token, rule: Rule, words: tuple[Token, ...], family: Family, patterns: Patterns,
                    depth: int) -> Trigger | None:
    """A complement-taking head ("refused to meet", "threatened Ukraine with sanctions", "planned a
    strike"): its code comes from what it governs, through the family's table."""
    comp = _complement(token, patterns) if depth < 2 else None
    if comp is not None and comp.dep_ == "ccomp" and token.lemma_ in patterns.speech and indicative(comp, patterns):
        # "insisted that the unrest reflected old tensions" asserts, it demands nothing
        return Trigger(token, rule, patterns.statement, None, words)
    negated = comp is not None and any(c.dep_ == "neg" for c in comp.children)
    # (a complement negated is no act the head amounts to: "vowed not to punish" threatens no one)
    meant = _meant(token, comp, family, patterns) if not negated else None
    if meant is not None:
        return meant
    if comp is not None:
        # "agreed to expand cooperation" codes through the noun; "promised to review the levy",
        # "agreed to lift sanctions" do not levy or sanction: only light verbs lend their object's act
        inner = _select(comp, patterns, depth + 1) or (
            _noun_object_trigger(comp, patterns) if comp.lemma_.lower() in patterns.light_verbs | patterns.reversals else None)
        if negated and family.negated:
            family = patterns.families[family.negated]  # "vowed not to return the Golan Heights" refuses
        return _complement_trigger(token, rule, words, family, comp, inner, patterns)
    # "threatened Ukraine with sanctions": the noun says what is threatened
    comp = _prepositional_noun_trigger(token, patterns)
    if comp is not None:
        return _complement_trigger(token, rule, words, family, comp, _noun_trigger(comp, patterns), patterns)
    return _object_family_trigger(token, rule, words, family, patterns)


def _meant(token: Token, comp: Token | None, family: Family, patterns: Patterns) -> Trigger | None:
    """"ordered 12 embassy staff to leave" expels them: the rules of the verb the head and its
    complement amount to (the family's ``means``), matched on the head's own objects."""
    lemma = family.means.get(comp.lemma_.lower()) if comp is not None else None
    objects = _ObjectLemmas(token, patterns)
    for rule in patterns.verbs.get(lemma, ()) if lemma else ():
        words = _rule_words(token, rule, False, patterns, objects)
        if words is not None:
            return Trigger(token, rule, rule.code, None, (*words, comp)) if rule.code else None
    return None


def _complement_trigger(token: Token, rule: Rule, words: tuple[Token, ...], family: Family, comp: Token,
                        inner: Trigger | None, patterns: Patterns) -> Trigger | None:
    code = family.code_for(inner.code if inner else None)
    if inner is not None and (code is None or family.keeps_own_code(inner.code)):
        # "plans to attack", "failed to attend": the act itself, modality from the head
        return Trigger(inner.head, inner.rule, inner.code, inner.complement, (*inner.words, token))
    if code is None or (inner is None and _of_nature(comp, patterns)):
        return None
    return Trigger(token, rule, code, comp, (*words, comp))


def _told_clause(trig: Trigger, word: Token) -> bool:
    """Whether ``word`` heads the clause a rule matched as its object ("#clause")."""
    return "#clause" in trig.rule.objects and word.head.i == trig.head.i and word.dep_ in {"ccomp", "xcomp"}


def _of_nature(comp: Token, patterns: Patterns) -> bool:
    """"warned that the heat would last": a that-clause whose subject is weather or a hazard."""
    return comp.dep_ == "ccomp" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in patterns.hazard_subjects for c in comp.children)


def _object_family_trigger(token: Token, rule: Rule, words: tuple[Token, ...], family: Family,
                           patterns: Patterns) -> Trigger | None:
    """"planned a strike", "prepared an offensive": the object says what; it stays the object,
    where the act's target is found."""
    inner = _noun_object_trigger(token, patterns)
    if inner is None and token.dep_ == "relcl":
        # "the strike they had been planning": the act is the noun the clause describes ("a plan
        # Moscow rejected": one no rule codes takes the family's default, but a clause in the
        # present describes a standing deal: "the deal under which Minsk offers an alliance")
        inner = _noun_trigger(token.head, patterns)
        if inner is None and token.tag_ in {"VBZ", "VBP"}:
            return None
    if inner is not None:
        code = family.code_for(inner.code)
        if code is None or family.keeps_own_code(inner.code):
            return Trigger(inner.head, inner.rule, inner.code, None, (token,))
        return Trigger(token, rule, code, None, (*words, inner.head))
    if family.default is None:
        return None  # "prepared a report", "tried the case": no act of the family
    return Trigger(token, rule, rule.code, None, words)


def _obligation(verb: Token, patterns: Patterns) -> str | None:
    """"said that Sudan must return the helicopter" is a demand: the family its modal calls for."""
    if verb.lemma_ not in patterns.speech:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp":
            for aux in c.children:
                if aux.dep_ == "aux" and aux.lower_ in patterns.obligation:
                    return patterns.obligation[aux.lower_]
            # (not to an audience told: "told parliament" names no one refused)
            if _refused_in_words(c, patterns) and not any(o.dep_ in {"dobj", "dative"} for o in verb.children):
                return patterns.announcements.get("refusal")
            if _threat_in_words(c, patterns):
                return patterns.announcements.get("conflict")
    return None


def _threat_in_words(clause: Token, patterns: Patterns) -> bool:
    """"'Any country that deploys such weapons will pay a heavy price,' the spokesman said", "those
    who finance them will answer for it", "the attack will not go unpunished": what the speaker
    says others will suffer (``threat_phrases``) threatens."""
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in patterns.future_aux for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    said = {f"{lemma} *", *(f"{lemma} {c.lemma_.lower()}" for c in clause.children
                            if c.dep_ in {"dobj", "prep", "acomp", "oprd", "advmod", "prt"})}
    return bool(said & patterns.threat_phrases)


def _refused_in_words(clause: Token, patterns: Patterns) -> bool:
    """"'We will not be lectured by anyone,' the prime minister said": a speaker's own "will not"
    (first person, ``refusal_modals``) refuses."""
    if clause.lemma_ in patterns.verbs and clause.lower_ not in patterns.refusal_modals:
        return False  # ("we will not hand over our weapons": the act refused is coded as such)
    kids = list(clause.children)
    # ("we are not going to be": "going" heads the clause)
    modal = clause.lower_ in patterns.refusal_modals or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in patterns.refusal_modals for c in kids)
    return modal and any(c.dep_ == "neg" for c in kids) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in patterns.first_person_pronouns for c in kids)


def _prepositional_noun_trigger(verb: Token, patterns: Patterns) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "of"}:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in patterns.nouns:
                    return g
    return None


def _noun_object_trigger(verb: Token, patterns: Patterns) -> Trigger | None:
    """A complement like "expand cooperation" codes through its object noun."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in patterns.nouns:
            rule = _noun_rule(c, patterns.nouns[c.lemma_.lower()])
            return Trigger(c, rule, rule.code) if rule is not None and rule.code else None
    return None


def _noun_trigger(token: Token, patterns: Patterns) -> Trigger | None:
    # "March 12" names a month, not a protest march; "summoned the envoy in protest", "in
    # retaliation": a bare noun after "in" says why the clause's act was done
    rules = patterns.nouns.get(token.lemma_.lower())  # (most words are none: asked first, it is the cheapest test)
    if not rules or token.pos_ not in NOUN_POS or token.ent_type_ in {"DATE", "TIME"} or _manner(token) or _in_a_name(token) \
            or _qualifies(token, patterns):
        return None
    rule = _noun_rule(token, rules)
    return Trigger(token, rule, rule.code) if rule is not None and rule.code else None


def _qualifies(noun: Token, patterns: Patterns) -> bool:
    """"riot police", "the protest leader", "an aid convoy": an act's noun that only says what kind
    of people or thing its head is (``qualified_heads``) is no act."""
    return noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.lemma_.lower() in patterns.qualified_heads


def _in_a_name(noun: Token) -> bool:
    """"Sri Lanka's Criminal Investigation Department", "the Peace Support Operations Centre": a
    capitalised word inside the name of a body or a place is no act."""
    return noun.is_title and noun.ent_type_ in {"ORG", "FAC", "GPE", "LOC"} and noun.ent_iob_ == "I"


def _manner(noun: Token) -> bool:
    return (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.tag_ == "NN"
            and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children))


def _noun_rule(noun: Token, rules: tuple[Rule, ...]) -> Rule | None:
    """The first rule of a noun whose ``objects`` name one of its modifiers ("drone strike",
    "joint operation"), or that asks for none."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    # "the closure of Russia's consulate": what the act is done to says which act it is
    done_to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    modifiers |= {g.lemma_.lower() for g in done_to}
    # (named in two words, as the rules may name it: "the launch of a ballistic missile")
    modifiers |= {f"{m.lemma_.lower()} {g.lemma_.lower()}" for g in done_to for m in g.children if m.dep_ in {"compound", "amod"}}
    # "a strike on Hamas leaders" ("on Monday" is no such phrase)
    # ("withdrawal from ECOWAS" leaves a body; "withdrawal from Mali" is of forces: the next rule)
    return next((r for r in rules if (not r.objects or r.objects & modifiers)
                 and (r.particle is None or _has_particle(noun, r.particle))
                 and (not r.target_kinds or any(_names_a_body(g) for c in noun.children if c.dep_ == "prep"
                                                for g in c.children if g.dep_ == "pobj"))), None)


def _with_each_other(trig: Trigger, patterns: Patterns) -> Trigger:
    """"Thailand and Cambodia accused each other", "traded blame with one another": the parties
    act on each other (``reciprocal_pronouns``), as in a mutual act."""
    verb = trig.head
    args = [c for c in verb.children if c.dep_ == "dobj"] \
        + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if trig.rule.reciprocal or not any(" ".join(t.lower_ for t in a.subtree if t.i <= a.i) in patterns.reciprocal_pronouns
                                       for a in args):
        return trig
    return replace(trig, rule=replace(trig.rule, reciprocal=True))


def _no_act(trig: Trigger, index: MentionIndex, patterns: Patterns) -> str | None:
    """Why the act is none between political actors ("nature", "commerce", "state"), or None."""
    if _done_by_nature(trig.head, patterns):
        return "nature"
    if trig.head.tag_ == "VBN" and trig.head.dep_ == "acomp" and trig.head.head.lemma_.lower() in patterns.standing_verbs:
        return "state"  # ("more than 800 people remain jailed": their subject is who is held)
    return "commerce" if _commercial(trig, index, patterns) else None


def _commercial(trig: Trigger, index: MentionIndex, patterns: Patterns) -> bool:
    """"Emirates NBD agreed to buy a 60% stake in an Indian lender", "Commerzbank rejected a
    takeover offer": an agreement, offer, bid or refusal whose object or complement is about
    stakes and takeovers (``commercial_nouns``), by no political actor ("Germany rejected a
    Chinese takeover bid for the port", "Sudan's opposition rejected the army's takeover" are
    politics)."""
    if not patterns.codes_in(trig.code, patterns.commercial_roots):
        return False
    phrases = [trig.head] if trig.is_noun else [c for c in trig.head.children if c.dep_ in {"dobj", "xcomp", "nsubjpass"}]
    return any(_names_any(p, patterns.commercial_nouns) for p in phrases) and not _done_in_politics(trig, index, patterns)


def _spoken_at(noun: Token, patterns: Patterns) -> bool:
    """"Rajnath Singh said at a rally in Jammu", "told a rally of supporters": a gathering
    (``venue_nouns``) where someone speaks is where, no protest."""
    if noun.lemma_.lower() not in patterns.venue_nouns:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in {"dobj", "dative"} else None
    return verb is not None and verb.lemma_.lower() in patterns.speech


def _names_any(phrase: Token, nouns: frozenset[str]) -> bool:
    """Whether the words of ``phrase`` hold one of ``nouns``, as written or by lemma, one word or
    several ("a 60% stake", "its market share")."""
    words = list(phrase.subtree)
    said = (f" {' '.join(t.lower_ for t in words)} ", f" {' '.join(t.lemma_.lower() for t in words)} ")
    return any(f" {noun} " in text for noun in nouns for text in said)


def _done_in_politics(trig: Trigger, index: MentionIndex, patterns: Patterns) -> bool:
    """Whether a state, an organisation of states or an actor of a sector other than
    ``commercial_sectors`` does the act: the verb's subject, a noun's possessor, else the subject
    of the verb the noun hangs on."""
    head = trig.head
    doer = next((c for c in head.children if c.dep_ == "poss"), None) if trig.is_noun else None
    while doer is None and head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    doer = doer or subject_token(head, patterns)
    m = index.at(doer) if doer is not None else None
    return m is not None and (m.actor.kind in {"state", "igo"}
                              or m.actor.sector is not None and m.actor.sector not in patterns.commercial_sectors)


def _done_by_nature(verb: Token, patterns: Patterns) -> bool:
    """"Storm Ingrid hit the coasts of Portugal", "a cyclone tore roofs from schools": a hazard
    (``hazard_subjects``) as the verb's subject, by its noun or a name's title, acts on no one."""
    # (the subject as the roles read it, also of participles and conjuncts: "…, destroying
    # thousands of homes"; but "the outbreak of fighting forced Chad to close its border": Chad's)
    doer = subject_token(verb, patterns)
    return doer is not None and any(w.lemma_.lower() in patterns.hazard_subjects
                                    for w in (doer, *(c for c in doer.children if c.dep_ == "compound")))


def find_triggers(span: Span, index: MentionIndex, patterns: Patterns,
                  left_out: Callable[[Trigger, str], None] | None = None) -> list[Trigger]:
    """The sentence's triggers: verbs (and complement-taking adjectives) with a rule that holds,
    then nouns that are no part of a verb's act nor what another nominal act is about.  With
    ``left_out``, each trigger found but dropped as part of another act is handed to it with the
    reason (a key of ``realpolitik.left_out.LEFT_OUT_REASONS``)."""
    found: list[Trigger] = []
    consumed: set[int] = set()
    heads: set[int] = set()
    doc, words = span.doc, index.words
    for i in _may_have_verb_rules(words, span, patterns):  # (most words have none: no Token made of them)
        token = doc[i]
        trig = _select(token, patterns)
        left = _no_act(trig, index, patterns) if trig is not None else None
        if left is not None:
            if left_out is not None:
                left_out(trig, left)
            continue
        if trig is not None and trig.head.i not in heads:
            trig = _with_each_other(trig, patterns)
            heads.add(trig.head.i)
            found.append(trig)
            # ("denied supplying weapons": what is denied is an act too, told as not done)
            consumed.update(w.i for w in trig.words if not _told_clause(trig, w))
            if trig.complement is not None:
                consumed.update(c.i for c in trig.complement.children if c.dep_ == "dobj")
                # "agreed to keep talking and to meet again": both are what was agreed
                node = trig.complement
                while node.i != trig.head.i and node.head.i != node.i:
                    consumed.update(c.i for c in node.conjuncts if _infinitive(c))
                    node = node.head
    # "reiterated its demand that …": a noun said is an act of its own
    acting = {i for i in heads if span.doc[i].lemma_ not in patterns.speech}
    # "rebuffed Trump's threat", "condemned Israel's strikes": an act someone reacts to is an act
    # of its own when the text says whose it is
    reactions = {t.head.i for t in found if patterns.codes_in(t.code, patterns.reaction_roots)}
    # ("rejected Trump's threat", "turned down an offer from Saudi Arabia": the refusal takes the
    # noun in as what it refuses, but the threat or offer was made too)
    consumed -= {i for i in consumed if doc[i].head.i in reactions and words.dep[i] == "dobj"
                 and words.lemma[i] in patterns.nouns and _owned(doc[i], index, patterns)}
    nouns: list[Trigger] = []
    absorbed: set[int] = set()
    for i in range(span.start, span.end):
        if i in heads or words.lemma[i] not in patterns.nouns:
            continue
        token = doc[i]
        trig = _noun_trigger(token, patterns)
        # "Collective Security Treaty Organization" names an actor, not a treaty; the talks a
        # broker's verb takes in ("after talks in Ankara brokered by Turkey") took place too
        if trig is None or (token.i in consumed and not _occasion(trig, patterns)) or index.at(token) is not None \
                or index.is_analyst(token):
            continue
        reason = "commerce" if _commercial(trig, index, patterns) else "venue" if _spoken_at(token, patterns) else None
        if reason is not None:
            if left_out is not None:
                left_out(trig, reason)
            continue
        # "arrested him on a warrant from the ICC": the ground of an act is no part of it
        if _argument_of(token, acting, patterns.target_prepositions) and not _occasion(trig, patterns) \
                and means_verb(token, patterns) is None and not (
                _argument_of(token, reactions, patterns.target_prepositions) and _owned(token, index, patterns)) \
                and not (token.dep_ == "pobj" and token.lemma_.lower() in patterns.ground_nouns):
            absorbed.add(token.i)
            if left_out is not None:
                left_out(trig, "content")
        else:
            nouns.append(trig)
    # "talks on sanctions", "staged a strike in protest of Russia's refusal": what a nominal
    # act is about is part of it (also of a protest that only says why: "in protest of")
    # ("rejected a proposal for a humanitarian truce": what is proposed is not done either)
    if nouns:  # (most sentences have none: no need to walk their words again)
        manner: set[int] = set()
        replies: set[int] = set()
        contents: set[int] = set()
        for i in range(span.start, span.end):  # (one walk over the words for the three kinds)
            lemma = words.lemma[i]
            if lemma in patterns.nouns and _manner(doc[i]):
                manner.add(i)
            if lemma in patterns.reply_nouns:
                replies.add(i)
            if lemma in patterns.content_nouns:
                contents.add(i)
        nominal = {t.head.i for t in nouns} | absorbed | manner | contents
        for t in nouns:
            # "in retaliation for American strikes", "vowed revenge for Israeli strikes": the act a
            # reply answers is one when the text says whose it is
            answered = _argument_of(t.head, replies, patterns.target_prepositions) and _owned(t.head, index, patterns)
            if not _argument_of(t.head, nominal, patterns.target_prepositions) or _occasion(t, patterns) or answered:
                found.append(t)
            elif left_out is not None:
                left_out(t, "content")
    protests = {t.head.i for t in found if patterns.codes_in(t.code, patterns.protest_roots)}
    means = _means_heads(found, patterns)
    # a trigger that is another's own word ("agreed to reopen": reopen) is in that act's words
    words = {w.i for t in found for w in t.words} if left_out is not None else set()
    kept = []
    for t in found:
        reason = _part_of_another(t, consumed, protests, means, patterns)
        if reason is None:
            kept.append(t)
        elif left_out is not None and t.head.i not in words:
            left_out(t, reason)
    return kept


def _part_of_another(trig: Trigger, consumed: set[int], protests: set[int], means: Mapping[int, str],
                     patterns: Patterns) -> str | None:
    """Why a trigger is no act of its own but part of another (a ``LEFT_OUT_REASONS`` key), or None."""
    if trig.head.i in consumed and not _occasion(trig, patterns):
        return "complement"
    if _protest_content(trig, protests, patterns):
        return "protest-content"
    return "describes" if _describes(trig, patterns) else means.get(trig.head.i)


def _means_heads(found: list[Trigger], patterns: Patterns) -> dict[int, str]:
    """"retaliated by banning imports", "responded by closing its consulate", "responded with
    drone strikes": the act is the one the "by" or "with" phrase names; the vaguer verb it says
    how is no second event.  Under a threat or a
    promise ("vowed to retaliate by blocking transit") the "by" phrase is what is threatened.
    The heads dropped, each with why (``means`` or ``threatened-means``)."""
    complements = {t.complement.i for t in found if t.complement is not None}
    dropped: dict[int, str] = {}
    for t in found:
        verb = t.head.head.head
        if t.is_noun and means_verb(t.head, patterns) is not None:
            dropped[verb.i] = "means"  # "retaliated with missile strikes": the strikes are the act
            continue
        if t.head.dep_ != "pcomp" or t.head.head.lower_ != "by":
            continue
        # other "by" phrases say how, not what was done ("By refusing to support Putin, Lukashenka
        # is protecting his own interests")
        means = verb.lemma_.lower() in patterns.means_verbs and verb.i not in complements
        if means:
            dropped[verb.i] = "means"
        else:
            dropped[t.head.i] = "threatened-means"
    return dropped


def _describes(trig: Trigger, patterns: Patterns) -> bool:
    """"the militia it supports", "a government that jails critics": a relative clause in the
    simple present, or a stative participle ("people opposed to his plans"), describes the actor;
    it reports no act ("a charge Moscow denies", on an act, does, and so does an actor's stance:
    "lawmakers they accuse of graft").  (A custom stated in a main clause, "soldiers routinely beat
    detainees", is a habit: ``habitual`` in coding/modality.py leaves it out.)"""
    head = trig.head
    if not trig.is_noun and _stative_participle(head, patterns):
        return True
    if trig.is_noun or head.dep_ != "relcl" or head.tag_ not in {"VBZ", "VBP"} \
            or any(c.dep_ in {"aux", "auxpass"} for c in head.children) or _stance_of_an_actor(head, trig, patterns):
        return False
    on = head.head.lemma_.lower()
    return on not in patterns.nouns and on not in patterns.back_references and on not in patterns.act_nouns


def _stative_participle(verb: Token, patterns: Patterns) -> bool:
    """"people opposed to his plans", "groups committed to armed struggle": a state of the people
    it hangs on (the small model also reads it as a clause that is the main verb's subject)."""
    return verb.lemma_ in patterns.statives and verb.tag_ in {"VBN", "VBD"} and verb.dep_ in {"acl", "csubj"} \
        and not any(c.dep_ in {"agent", "aux", "auxpass", "dobj"} for c in verb.children)


def _stance_of_an_actor(verb: Token, trig: Trigger, patterns: Patterns) -> bool:
    """"protesters marched against lawmakers they accuse of graft": a stance (``stance_roots``)
    that a pronoun says is held by an actor the story has made act is that actor's act; "refugees,
    whom authorities blame for the conflict" describes the refugees."""
    return patterns.codes_in(trig.code, patterns.stance_roots) and any(
        c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children)


def _protest_content(trig: Trigger, protests: set[int], patterns: Patterns) -> bool:
    """"demonstrated in Kirkuk calling for independence", "rioted, setting fire to mattresses":
    what a protest demands, says or damages is the protest's content, not a second act."""
    head = trig.head
    return (patterns.codes_in(trig.code, patterns.protest_content_roots) and head.tag_ == "VBG"
            and head.dep_ in {"advcl", "acl", "xcomp"} and head.head.i in protests)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.tag_ == "VB"


def _occasion(trig: Trigger, patterns: Patterns) -> bool:
    """"agreed at their first summit to …", "signed during a visit by Trump", "is due in Riyadh for
    talks": a consultation the act was done at (or a trip was made for) takes place, an event of its
    own; so do talks hosted or brokered that are the subject of their clause ("after talks brokered
    by Turkey ended the dispute") or that name their own parties."""
    noun = trig.head
    prep = noun.head.lower_
    # a purpose on a clause ("flew to Riyadh for talks with …"), not on a noun ("a basis for talks")
    purpose = prep in patterns.purpose_prepositions and noun.head.head.pos_ in {"VERB", "AUX", "ADJ"}
    hosted = noun.dep_ == "nsubj" and any(hosts(c, patterns) for c in noun.children)
    # "hosted talks between Hamas and Israel": the parties the talks name met each other there
    parties = trig.is_noun and any(c.dep_ == "prep" and c.lower_ in patterns.party_prepositions for c in noun.children)
    return ((noun.dep_ == "pobj" and (prep in patterns.occasion_prepositions or purpose)) or hosted or parties) \
        and patterns.codes_in(trig.code, patterns.occasion_roots)


def _owned(noun: Token, index: MentionIndex, patterns: Patterns) -> bool:
    """Whether the text says whose the act the noun names is: "Trump's threat", "a U.S. call", "an
    offer from Saudi Arabia", "a threat by Trump" (``owner_prepositions``)."""
    return any(c.dep_ in {"poss", "amod", "compound"} and index.at(c) is not None for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ in patterns.owner_prepositions and index.at(g) is not None
               for c in noun.children for g in c.children if g.dep_ == "pobj")


def _argument_of(noun: Token, acts: set[int], preps: frozenset[str]) -> bool:
    """"rejected North Korea's demand", "talks on sanctions": a noun describing what a coded act is
    about is part of that act, not an event of its own ("during his visit" only dates it)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ not in preps:
            return False
        head = head.head
    return noun.dep_ in {"dobj", "nsubjpass", "pobj", "attr"} and head.i in acts
