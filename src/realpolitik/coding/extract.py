"""Event extraction: parsed sentences + actor mentions + trigger patterns -> coded Events.

For every sentence: find the actor mentions, pick the trigger words (verbs first, then nouns not
already part of a verb's event), choose each trigger's rule (objects, particles, complements),
find its source and target actors, its modality and its date, and emit one Event per
source x target.  See docs/coding.md for the rules and their limits.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from realpolitik.coding.arguments import (
    SUBJECT_DEPS,
    found_as,
    MentionIndex,
    actors_of,
    agent_tokens,
    is_passive,
    noun_source,
    object_tokens,
    own_agents,
    pronoun_kind,
    subject_token,
    targets_of,
    with_country,
)
from realpolitik.coding.dates import event_date
from realpolitik.coding.locations import event_location, event_place
from realpolitik.coding.mentions import OPEN_ENTRY, Dateline, find_dateline, open_mentions, outside_dateline
from realpolitik.coding.modality import announced, conditional, indicative, modality
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Patterns, Rule, load_patterns
from realpolitik.records import Actor, ActorMention, Document, Event, EventActor

# adjectives like "willing", "ready", "opposed" head complements and code like verbs
_VERB_POS = {"VERB", "ADJ"}
_NOUN_POS = {"NOUN", "PROPN"}
_MAX_TRIGGER_TOKENS = 6
# how a third party of a mutual act is named when the parties are named together
_PARTNER_ROLES = {"object", "dative", "prep:with"}


@dataclass(frozen=True)
class Trigger:
    """A trigger word with the rule it matched and the words that make up the act."""

    head: Token
    rule: Rule
    code: str
    complement: Token | None = None
    words: tuple[Token, ...] = ()

    @property
    def is_noun(self) -> bool:
        return self.head.pos_ in _NOUN_POS


def _object_lemmas(verb: Token, particle: str | None) -> dict[str, Token]:
    """The verb's objects by lemma, also with their compound ("hunger strike") and "*" for any
    direct object."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    direct = [o for o in objs if o.dep_ == "dobj"]
    if particle:
        objs += [g for c in verb.children if c.lower_ == particle for g in c.children if g.dep_ == "pobj"]
    # "provided Belarus with a loan"
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    # "held a round of talks", "imposed a new set of sanctions"
    objs += [g for o in list(objs) for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    objs += [c for o in list(objs) for c in o.conjuncts]
    found = {o.lemma_.lower(): o for o in objs}
    for o in objs:
        for c in o.children:
            if c.dep_ in {"compound", "amod"}:
                found.setdefault(f"{c.lemma_.lower()} {o.lemma_.lower()}", o)
    if direct:
        found.setdefault("*", direct[0])
    return found


def _has_particle(verb: Token, particle: str) -> bool:
    return any(c.lower_ == particle and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children)


def _complement(verb: Token, patterns: Patterns) -> Token | None:
    """An infinitive, that-clause or gerund complement: "refused to meet", "warned that it would
    cut", "threatened with cutting"; through "resume", "continue", "start" to the act itself."""
    for dep in ("xcomp", "ccomp"):
        for c in verb.children:
            if c.dep_ == dep and c.pos_ in {"VERB", "AUX"}:
                inner = _complement(c, patterns) if c.lemma_ in patterns.aspectual else None
                return inner if inner is not None and inner.dep_ == "xcomp" else c
    for c in verb.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g
    return None


def _verb_lemma(token: Token, patterns: Patterns) -> str:
    """The token's lemma; for a past form the small model mis-lemmatizes ("staged" -> "stag"), the
    regular stem that has patterns."""
    lemma = token.lemma_.lower()
    if lemma in patterns.verbs or token.tag_ not in {"VBD", "VBN"} or not token.lower_.endswith("ed"):
        return lemma
    return next((stem for stem in (token.lower_[:-1], token.lower_[:-2]) if stem in patterns.verbs), lemma)


def _select(token: Token, patterns: Patterns, depth: int = 0) -> Trigger | None:
    """The first rule of ``token``'s lemma whose conditions hold, with its code."""
    rules = patterns.verbs.get(_verb_lemma(token, patterns)) if token.pos_ in _VERB_POS else None
    if not rules:
        return None
    has_clause = any(c.dep_ == "ccomp" for c in token.children) and token.lemma_ not in patterns.speech
    for rule in rules:
        if rule.particle and not _has_particle(token, rule.particle):
            continue
        if has_clause and not (rule.family or rule.objects or rule.particle):
            # "Belarus's choices demonstrate that …" reports no act of demonstrating
            continue
        words: list[Token] = []
        if rule.objects:
            objects = _object_lemmas(token, rule.particle)
            hit = next((objects[o] for o in objects if o in rule.objects), None)
            if hit is None:
                continue
            words.append(hit)
        if rule.particle:
            words += [c for c in token.children if c.lower_ == rule.particle]
        if rule.code is None:
            return None
        family_name = rule.family or _obligation(token, patterns)
        if family_name:
            family = patterns.families[family_name]
            comp = _complement(token, patterns) if depth < 2 else None
            if comp is not None and comp.dep_ == "ccomp" and token.lemma_ in patterns.speech and indicative(comp):
                # "insisted that the unrest reflected old tensions" asserts, it demands nothing
                return Trigger(token, rule, patterns.statement, None, tuple(words))
            if comp is not None:
                inner = _select(comp, patterns, depth + 1) or _noun_object_trigger(comp, patterns)
                if any(c.dep_ == "neg" for c in comp.children) and family.negated:
                    # "vowed not to return the Golan Heights" refuses to return it
                    family = patterns.families[family.negated]
            else:
                # "threatened Ukraine with sanctions": the noun says what is threatened
                comp = _prepositional_noun_trigger(token, patterns)
                inner = _noun_trigger(comp, patterns) if comp is not None else None
            if comp is None:
                # "planned a strike", "prepared an offensive": the object says what; it stays the
                # object, where the act's target is found
                inner = _noun_object_trigger(token, patterns)
                if inner is None and token.dep_ == "relcl":
                    # "the strike they had been planning": the act is the noun the clause describes
                    inner = _noun_trigger(token.head, patterns)
                    if inner is None:
                        return None
                if inner is not None:
                    code = family.code_for(inner.code)
                    if code is None or family.keeps_own_code(inner.code):
                        return Trigger(inner.head, inner.rule, inner.code, None, (token,))
                    return Trigger(token, rule, code, None, (*words, inner.head))
                if family.default is None:
                    # "prepared a report", "tried the case": no act of the family
                    return None
            else:
                code = family.code_for(inner.code if inner else None)
                if inner is not None and (code is None or family.keeps_own_code(inner.code)):
                    # "plans to attack", "failed to attend": the act itself, modality from the head
                    return Trigger(inner.head, inner.rule, inner.code, inner.complement, (*inner.words, token))
                if code is None:
                    return None
                return Trigger(token, rule, code, comp, (*words, comp))
        return Trigger(token, rule, rule.code, None, tuple(words))
    return None


def _obligation(verb: Token, patterns: Patterns) -> str | None:
    """"said that Sudan must return the helicopter" is a demand: the family its modal calls for."""
    if verb.lemma_ not in patterns.speech:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp":
            for aux in c.children:
                if aux.dep_ == "aux" and aux.lower_ in patterns.obligation:
                    return patterns.obligation[aux.lower_]
    return None


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
        if c.dep_ == "dobj":
            rules = patterns.nouns.get(c.lemma_.lower())
            if rules:
                return Trigger(c, rules[0], rules[0].code) if rules[0].code else None
    return None


def _noun_trigger(token: Token, patterns: Patterns) -> Trigger | None:
    if token.pos_ not in _NOUN_POS:
        return None
    rules = patterns.nouns.get(token.lemma_.lower())
    return Trigger(token, rules[0], rules[0].code) if rules and rules[0].code else None


class SentenceCoder:
    """Codes the sentences of one document in order, remembering recent actors for pronouns."""

    def __init__(self, document: Document, patterns: Patterns, dateline: Dateline | None = None) -> None:
        self.document = document
        self.patterns = patterns
        self.dateline = dateline
        self.names: dict[str, Actor] = {}  # surname -> the person named in full earlier
        self.countries: list[str] = []  # the countries named so far, the last first
        self.recent: list[ActorMention] = []

    # -- actors ---------------------------------------------------------------------------

    def _learn_names(self, index: MentionIndex) -> None:
        """Remember the people this document names in full, by surname, as they were placed."""
        for m in [*index.by_token.values(), *index.fallback.values()]:
            if _is_person(m) and " " in m.text and m.text.split()[-1][:1].isupper():
                self.names.setdefault(m.text.split()[-1], m.actor)

    def _learn_countries(self, span: Span, index: MentionIndex) -> None:
        """The countries of this sentence, the last first, for "the country" of the next ones."""
        named = [m.actor.country for t in span for m in [index.at(t)] if m and m.actor.country and m.actor.kind != "igo"]
        for country in named:
            self.countries = [country] + [c for c in self.countries if c != country][:5]

    def _descriptions(self, span: Span, mentions: Sequence[ActorMention]) -> list[ActorMention]:
        """"Lukashenka visited the country": a definite description of a country ("the country",
        "the kingdom") stands for the last country named before its sentence."""
        if not self.countries:
            return []
        taken = {t.i for m in mentions for t in span.doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
        country = self.countries[0]
        actor = Actor(country, country, "state", country, None, None, "", f"{country}+described")
        return [ActorMention(t.idx, t.idx + len(t.text), t.text, actor, "") for t in span
                if t.i not in taken and t.lemma_.lower() in self.patterns.country_nouns and t.tag_ == "NN"
                and [c.lower_ for c in t.children] == ["the"]]

    def _echoes(self, span: Span, mentions: Sequence[ActorMention]) -> list[ActorMention]:
        """The surnames of people named in full before, where nothing else covers them (the
        parser often tags a lone surname as nothing at all)."""
        taken = {t.i for m in mentions for t in span.doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
        return [ActorMention(t.idx, t.idx + len(t.text), t.text, replace(self.names[t.text], entry=f"{self.names[t.text].entry}+named earlier"))
                for t in span if t.text in self.names and t.i not in taken and t.pos_ == "PROPN"]

    def _named_earlier(self, m: ActorMention) -> ActorMention:
        """"Mwale-Banda said …" after "opposition leader Chikondi Mwale-Banda": a name no
        dictionary knows is the person the document named in full before."""
        known = self.names.get(m.text.split()[-1]) if m.actor.entry.startswith(OPEN_ENTRY) else None
        if known is None:
            return m
        return replace(m, actor=replace(known, entry=f"{known.entry}+named earlier"))

    def _resolve_pronoun(self, token: Token, index: MentionIndex, *, same_sentence: bool = False) -> list[ActorMention]:
        kind = pronoun_kind(token)
        if kind is None:
            return []
        # "Belarus said it would …": the subject of a governing clause
        node = token.head
        while node.head.i != node.i:
            node = node.head
            subj = subject_token(node)
            if subj is not None and subj.i != token.i:
                found = actors_of(subj, index)
                found = [m for m in found if _fits(m, kind)]
                if found:
                    return [_as_pronoun(token, found[0])]
        # then an earlier subject of the sentence ("As long as Russia has money, it will …"), for
        # "he"/"she" an earlier person of the sentence ("Lukashenka in an interview … explained that
        # he …"), the actors of the previous sentences ("In its battle against Kyiv, it …" is not
        # Kyiv), and last any earlier actor of the sentence
        earlier = {m.start: (m, t.dep_ in SUBJECT_DEPS) for t in token.sent if t.i < token.i for m in [index.at(t)] if m}
        ordered = sorted(earlier.values(), key=lambda pair: -pair[0].start)
        subjects = [m for m, is_subject in ordered if is_subject]
        # "Just before his visit to Kazakhstan, Lukashenka …": a possessive in a fronted phrase
        # points ahead
        ahead = [m for t in token.sent if t.i > token.i for m in [index.at(t)] if m] if _fronted_possessive(token) else []
        people = [m for m, _ in ordered if _is_person(m)] if kind == "person" else []
        for m in [*subjects, *ahead, *people, *([] if same_sentence else self.recent), *(m for m, _ in ordered)]:
            if _fits(m, kind):
                return [_as_pronoun(token, m)]
        return []

    def _pronoun_object(self, objects: list[Token], index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"condemned Turkey and threatened it": the nearest earlier actor that is not the source."""
        for tok in objects:
            kind = pronoun_kind(tok)
            if kind is None:
                continue
            earlier = sorted({m.start: m for t in tok.sent if t.i < tok.i for m in [index.at(t)] if m}.values(), key=lambda m: -m.start)
            for m in [*earlier, *self.recent]:
                if m not in sources and all(m.actor.code != s.actor.code for s in sources) and _fits(m, kind):
                    return [_as_pronoun(tok, m)]
        return []

    def _subject_actors(self, verb: Token, index: MentionIndex) -> list[ActorMention]:
        subj = subject_token(verb)
        if subj is None:
            return []
        found = found_as(actors_of(subj, index), "subject") or self._resolve_pronoun(subj, index)
        if found:
            return found
        # "their forces withdrew": the owner of a bare sector
        owner = next((c for c in subj.children if c.dep_ == "poss" and pronoun_kind(c)), None)
        owners = self._resolve_pronoun(owner, index) if owner is not None else []
        if owners:
            bare = index.bare.get(subj.i)
            country = owners[0].actor.country
            return found_as([with_country(bare, country)], "possessive") if bare is not None and country else owners
        # "Kenzo Oshima, the UN relief coordinator, demanded": the apposition says who
        return next((found_as(found, "apposition") for c in subj.children if c.dep_ == "appos"
                     for found in [actors_of(c, index)] if found), [])

    def _arguments(self, head: Token, skip: Sequence[Token] = ()) -> list[Token]:
        """The head's objects and prepositional objects that can name a target; a gathering in a
        prepositional phrase is where the act happens ("met at the BRICS summit")."""
        venues = self.patterns.venues
        return [t for t in object_tokens(head, self.patterns.target_prepositions, skip)
                if t.dep_ != "pobj" or t.lemma_.lower() not in venues]

    def _verb_actors(self, trig: Trigger, index: MentionIndex) -> tuple[list[ActorMention], list[ActorMention]]:
        verb, preps = trig.head, self.patterns.target_prepositions
        skip = [trig.complement] if trig.complement is not None else []
        # "Israel is opposed to French mediation" is a state of the subject, not a passive act
        stative = verb.lemma_ in self.patterns.statives and not agent_tokens(verb)
        if is_passive(verb) and trig.complement is None and not stative:
            sources = found_as([m for a in agent_tokens(verb) for m in actors_of(a, index)], "agent")
            subj = subject_token(verb)
            patient = found_as(actors_of(subj, index), "subject") if subj is not None else []
            objects = [t for t in self._arguments(verb, skip) if t.dep_ != "attr"]
            targets = targets_of(objects, index, preps, exclude=sources) or patient
            return sources, targets
        sources = self._subject_actors(verb, index)
        objects = self._arguments(verb, skip)
        if trig.rule.particle:
            # "arrived in Minsk": the particle's object is the target, whatever the preposition
            objects = [g for c in verb.children if c.lower_ == trig.rule.particle for g in c.children if g.dep_ == "pobj"] + objects
        targets = targets_of(objects, index, preps, exclude=sources)
        if not targets:
            targets = self._pronoun_object(objects, index, sources)
        comp = trig.complement
        inner: list[Token] = []
        if not targets and comp is not None:
            inner = self._arguments(comp)
            if comp.dep_ == "ccomp":
                inner = [s for s in [subject_token(comp)] if s is not None] + inner
            targets = found_as(targets_of(inner, index, preps, exclude=sources), f"complement:{comp.lemma_}")
        if not targets and sources and not (trig.rule.reciprocal and len(sources) > 1):
            targets = self._implicit_target(trig, objects + inner, index, sources)
        if trig.rule.target == "none":
            targets = []
        return sources, targets

    def _implicit_target(self, trig: Trigger, objects: list[Token], index: MentionIndex,
                         sources: list[ActorMention]) -> list[ActorMention]:
        """A target the act names only indirectly, as event coders read it: an untitled office
        of the source's own country ("demanded that President Mugabe …"), the other party of a
        purpose or condition ("staged rallies to protest Sweden's decision", "threatened to … unless
        Iraq …"), or the foreign country where it happens ("lifted the curfew in Montenegro")."""
        countries = {m.actor.country for m in sources}
        home = next(iter(countries)) if len(countries) == 1 else None
        # "its demand that Israel ease restrictions": a noun's content clause names the other party
        links = {"advcl", "xcomp", "acl"} if trig.is_noun else {"advcl", "xcomp"}
        clauses = [c for h in (trig.head, trig.complement) if h is not None for c in h.children
                   if c.dep_ in links and c is not trig.complement]
        if trig.is_noun and trig.head.dep_ == "dobj":
            # the parser often hangs that clause on the verb: "reiterated its demand today that …"
            clauses += [c for c in trig.head.head.children if c.dep_ == "ccomp"]
        own = {m.actor.code for m in sources}

        def placed(bare: ActorMention | None) -> ActorMention | None:
            """A country-less office taken as the source country's, unless that is the source."""
            if bare is None or not home or self._instrument(bare):
                return None
            office = with_country(bare, home)
            return None if office.actor.code in own else office

        for tok in objects:
            office = placed(index.bare_in(tok))
            if office is not None:
                return found_as([office], "implicit:office")
        for clause in clauses:
            for t in clause.subtree:
                m = index.at(t)
                if m is not None and m not in sources and m.actor.code not in {s.actor.code for s in sources}:
                    return found_as([m], f"implicit:clause:{clause.lemma_}")
                office = placed(index.bare.get(t.i))
                if office is not None:
                    return found_as([office], f"implicit:clause:{clause.lemma_}")
        # the foreign country where it happens, named on the act or on its object
        places = [trig.head, *(o for o in objects if o.head.i == trig.head.i)]
        for c in (c for h in places for c in h.children):
            if c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    m = index.at(g)
                    if m is not None and m.actor.kind == "state" and m.actor.code == m.actor.country and m.actor.country not in countries:
                        return found_as([m], "implicit:place")
        # "suspended aid deliveries in Baghdad", "rioted at a jail in northern Israel": a material
        # act done in another country is done to it
        found = event_place(trig.head) if any(trig.code.startswith(p) for p in self.patterns.placed_roots) else None
        if found is not None and found[1].country and found[1].country not in countries:
            span, place = found
            actor = Actor(place.country, place.country, "state", place.country)
            return [ActorMention(span.start_char, span.end_char, span.text, actor, "implicit:place")]
        if home and any(trig.code.startswith(p) for p in self.patterns.domestic_roots):
            # "demonstrators rioted" aims at their government, "imposed a curfew" at the country
            source = sources[0]
            protest = self.patterns.codes_in(trig.code, self.patterns.government_targeted_roots)
            code = f"{home}GOV" if protest and source.actor.sector != "GOV" else home
            if code != source.actor.code:
                actor = Actor(code, code, "state" if code == home else "sector", home, code[3:] or None)
                # the text names no target: an empty span at the trigger says so
                at = trig.head.idx
                return [ActorMention(at, at, "", actor, "implicit:home")]
        return []

    def _noun_actors(self, trig: Trigger, index: MentionIndex, coded: set[int]) -> tuple[list[ActorMention], list[ActorMention]] | None:
        noun, preps = trig.head, self.patterns.target_prepositions
        sources = noun_source(noun, index)
        head = noun.head
        if not sources:
            # "completed his visit to Lithuania": the possessive pronoun stands for an actor
            owner = next((c for c in noun.children if c.dep_ == "poss" and pronoun_kind(c)), None)
            if owner is not None:
                # only an owner named in the sentence: "His visit …" after other news is a guess
                sources = self._resolve_pronoun(owner, index, same_sentence=True)
        # "the EU approved sanctions on Russia"; not "Russia criticised sanctions on Belarus"
        # "police prevented the demonstration staged by students": the students demonstrate
        if (not sources and not own_agents(noun) and noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ in _VERB_POS
                and (head.i not in coded or head.lemma_ in self.patterns.speech)):
            if noun.dep_ == "nsubjpass":
                sources = found_as([m for a in agent_tokens(head) for m in actors_of(a, index)], f"agent of {head.lemma_}")
            else:
                sources = found_as(self._subject_actors(head, index), f"subject of {head.lemma_}")
        between = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "among"} for g in c.children]
        if not sources and trig.rule.reciprocal and between:
            sources = found_as(targets_of(between, index, preps), "prep:between")
            return (sources, []) if len(sources) > 1 else None
        if not sources:
            return None
        objects = self._arguments(noun)
        targets = targets_of(objects, index, preps, exclude=sources)
        if not targets:
            targets = self._implicit_target(trig, objects, index, sources)
        return sources, targets

    def _roles(self, trig: Trigger, index: MentionIndex, coded: set[int]) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """Source and target, found first among the actors whose country is known; a role still
        empty is then looked for among the others (a name or sector noun the text does not place)."""
        def find(idx: MentionIndex) -> tuple[list[ActorMention], list[ActorMention]] | None:
            return self._noun_actors(trig, idx, coded) if trig.is_noun else self._verb_actors(trig, idx)

        roles = find(index)
        if index.fallback and (not roles or not roles[0] or not roles[1]):
            wide = find(index.widened())
            if wide and wide[0]:
                sources = roles[0] if roles and roles[0] else wide[0]
                targets = roles[1] if roles and roles[1] else [t for t in wide[1] if t not in sources
                                                               and not self._own_instrument(t, sources)]
                roles = (sources, targets)
        return roles

    # -- events ---------------------------------------------------------------------------

    def _voiced_by_analyst(self, head: Token, index: MentionIndex) -> bool:
        node = head
        while node.head.i != node.i:
            node = node.head
            if node.lemma_ in self.patterns.speech or node.lemma_ in self.patterns.cognition:
                subj = subject_token(node)
                if subj is not None and index.is_analyst(subj):
                    return True
            if any(c.dep_ == "prep" and c.lower_ == "according" and index.is_analyst(c) for c in node.children):
                return True
        return False

    def triggers(self, span: Span, index: MentionIndex) -> list[Trigger]:
        found: list[Trigger] = []
        consumed: set[int] = set()
        heads: set[int] = set()
        for token in span:
            trig = _select(token, self.patterns)
            if trig is not None and trig.head.i not in heads:
                heads.add(trig.head.i)
                found.append(trig)
                consumed.update(w.i for w in trig.words)
                if trig.complement is not None:
                    consumed.update(c.i for c in trig.complement.children if c.dep_ == "dobj")
        # "reiterated its demand that …": a noun said is an act of its own
        acting = {i for i in heads if span.doc[i].lemma_ not in self.patterns.speech}
        nouns: list[Trigger] = []
        absorbed: set[int] = set()
        for token in span:
            if token.i in consumed or token.i in heads:
                continue
            trig = _noun_trigger(token, self.patterns)
            # "Collective Security Treaty Organization" names an actor, not a treaty
            if trig is None or index.at(token) is not None or index.is_analyst(token):
                continue
            if _argument_of(token, acting, self.patterns.target_prepositions):
                absorbed.add(token.i)
            else:
                nouns.append(trig)
        # "talks on sanctions", "staged a strike in protest of Russia's refusal": what a nominal
        # act is about is part of it
        nominal = {t.head.i for t in nouns} | absorbed
        found += [t for t in nouns if not _argument_of(t.head, nominal, self.patterns.target_prepositions)]
        protests = {t.head.i for t in found if self.patterns.codes_in(t.code, self.patterns.protest_roots)}
        return [t for t in found if t.head.i not in consumed and not self._protest_content(t, protests)]

    def _instrument(self, m: ActorMention) -> bool:
        """Troops and police a state moves are its instruments, not the target of its act."""
        return (m.actor.sector or m.actor.code) in self.patterns.instruments

    def _own_instrument(self, target: ActorMention, sources: list[ActorMention]) -> bool:
        """"Russia mobilized troops": forces with no country of their own, moved by a state, are its own."""
        return not target.actor.country and self._instrument(target) and any(s.actor.country for s in sources)

    def _protest_content(self, trig: Trigger, protests: set[int]) -> bool:
        """"demonstrated in Kirkuk calling for independence", "rioted, setting fire to mattresses":
        what a protest demands, says or damages is the protest's content, not a second act."""
        head = trig.head
        return (self.patterns.codes_in(trig.code, self.patterns.protest_content_roots) and head.tag_ == "VBG"
                and head.dep_ in {"advcl", "acl", "xcomp"} and head.head.i in protests)

    def code_sentence(self, index_no: int, sent_start: int, sent_end: int, span: Span, mentions: Sequence[ActorMention]) -> list[Event]:
        mentions = [self._named_earlier(m) for m in mentions] + self._echoes(span, mentions)
        mentions += self._descriptions(span, mentions)
        index = MentionIndex(span, mentions)
        index.place_residents(span)
        # the text's own evidence and the dateline place a sector before the sentence's one country
        # does ("unless the government expelled Indian diplomats", datelined ISLAMABAD, is Pakistan's)
        index.place_sectors(self.dateline, self.patterns.nouns)
        index.place_bare_mentions(self.patterns.offices)
        self._learn_names(index)
        self._learn_countries(span, index)
        events: list[Event] = []
        seen: set[tuple] = set()
        sources_here: list[ActorMention] = []
        triggers = self.triggers(span, index)
        coded = {t.head.i for t in triggers if not t.is_noun}
        for trig in triggers:
            roles = self._roles(trig, index, coded)
            if not roles or not roles[0]:
                continue
            sources, targets = roles
            alone = not targets and len(sources) < 2
            if alone and trig.rule.reciprocal and (trig.is_noun or sources[0].actor.kind != "igo"):
                # "the cabinet met on Sunday", "during a G8 summit": no relation between actors
                # (but "the CSTO met": an organisation's meeting is one of its members)
                continue
            if alone and trig.rule.target == "required":
                continue
            if self._voiced_by_analyst(trig.head, index):
                continue
            if trig.rule.reciprocal and len(sources) > 1:
                # "Modi and Xi met in Kazan": the parties act with each other, a place is no partner
                targets = [t for t in targets if t.via in _PARTNER_ROLES]
            sources_here += [m for m in sources if m not in sources_here]
            pairs = [(s, t) for s in sources for t in (targets or [None])]
            if trig.rule.reciprocal:
                if targets:
                    pairs += [(t, s) for s, t in pairs if t is not None]
                elif len(sources) > 1:
                    pairs = [(a, b) for a in sources for b in sources if a != b]
            # an actor acting on itself is no relation; keep the act, without the target
            pairs = [(s, None if t is not None and t.actor.code == s.actor.code else t) for s, t in pairs]
            pairs = [(s, t) for s, t in pairs if t is not None or not any(s2 is s and t2 is not None for s2, t2 in pairs)]
            for source, target in pairs:
                key = (source.start, source.actor.code, target.start if target else None, target.actor.code if target else None, trig.code)
                if key in seen:
                    continue
                seen.add(key)
                event = self._event(index_no, sent_start, sent_end, span, trig, source, target)
                events.append(event)
                # "said they would meet the mediator": the intent is the speaker's, not the mediator's
                if trig.rule.reciprocal and source not in sources:
                    continue
                announced = self._announcement(trig, event)
                if announced is not None:
                    events.append(self._event(index_no, sent_start, sent_end, span, announced, source, target, "asserted", trig.code))
        # a pronoun of the next sentences stands for this one's actors: its sources first, then
        # its subjects even when they did nothing coded ("X led a march. He criticised …")
        subjects = [m for t in span if t.dep_ in SUBJECT_DEPS for m in [index.at(t) or index.fallback.get(t.i)] if m]
        mentioned = [*sources_here, *(m for m in subjects if m not in sources_here)]
        if mentioned:
            self.recent = mentioned + [m for m in self.recent if m not in mentioned][:10]
        return _drop_vaguer(events)

    def _announcement(self, trig: Trigger, event: Event) -> Trigger | None:
        """"Putin will visit Minsk" is also, today, an asserted intent to meet (036); "will not
        support" a rejection (125); "will impose sanctions" a threat (1312), and so is "may halt
        mediation if …" (136) — as CAMEO codes them."""
        promised = event.modality == "future" or (event.modality == "hypothetical" and conditional(trig.head))
        if trig.is_noun or trig.complement is not None or not (promised or event.modality == "negated"):
            return None
        if event.modality == "negated" and not announced(trig.head, self.patterns):
            return None
        kind = "refusal" if event.modality == "negated" else ("conflict" if event.quad_class >= 3 else "cooperation")
        family = self.patterns.families.get(self.patterns.announcements.get(kind, ""))
        if family is None or trig.code[:2] in self.patterns.unannounced_roots:
            return None
        return Trigger(trig.head, trig.rule, family.code_for(trig.code), None, trig.words)

    def _announced_on(self, span: Span, act: Token) -> tuple[datetime.date | None, str]:
        """An announcement is made when it is reported ("said on Monday that Putin will visit in
        November" is Monday's), not when the act it announces is to happen."""
        node = act
        while node.head.i != node.i:
            node = node.head
            if node.lemma_ in self.patterns.speech:
                return event_date(span, self.document.date, trigger=node)
        return self.document.date.value, "doc"

    def _event(self, index_no: int, sent_start: int, sent_end: int, span: Span, trig: Trigger, source: ActorMention,
               target: ActorMention | None, mode: str | None = None, announced_code: str | None = None) -> Event:
        c = cameo(trig.code)
        date, precision = self._announced_on(span, trig.head) if announced_code else event_date(
            span, self.document.date, trigger=trig.head)
        start, end = _trigger_span(trig)
        return Event(
            doc_id=self.document.id,
            doc_date=self.document.date.value,
            sentence_index=index_no,
            sentence=self.document.text[sent_start:sent_end],
            span=(sent_start, sent_end),
            date=date,
            date_precision=precision,
            source=_event_actor(source),
            target=_event_actor(target) if target else None,
            cameo=trig.code,
            quad_class=c.quad_class,
            goldstein=c.goldstein,
            plover_event=c.plover_event,
            plover_mode=c.plover_mode,
            modality=mode or modality(trig.head, self.patterns),  # type: ignore[arg-type]
            trigger_text=self.document.text[start:end],
            trigger_span=(start, end),
            location=event_location(trig.head),
            extra={"announces": announced_code} if announced_code else {},
            rule=_rule_trail(trig, announced_code),
        )


def _drop_vaguer(events: list[Event]) -> list[Event]:
    """"opened fire on demonstrators, killing one": the same kind of act (PLOVER event, else CAMEO
    root) by the same source, once with a target and once without, is one act; the targetless copy
    goes."""
    def kind(e: Event) -> tuple:
        return (e.source.code, e.plover_event or e.root, e.modality)

    targeted = {kind(e) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or kind(e) not in targeted]


def _argument_of(noun: Token, acts: set[int], preps: frozenset[str]) -> bool:
    """"rejected North Korea's demand", "talks on sanctions": a noun describing what a coded act is
    about is part of that act, not an event of its own ("during his visit" only dates it)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ not in preps:
            return False
        head = head.head
    return noun.dep_ in {"dobj", "nsubjpass", "pobj", "attr"} and head.i in acts


def _fronted_possessive(token: Token) -> bool:
    if token.dep_ != "poss":
        return False
    node = token
    while node.head.i != node.i:
        if node.dep_ in {"prep", "advcl", "npadvmod"} and node.i < node.head.i:
            return True
        node = node.head
    return False


def _fits(m: ActorMention, kind: str) -> bool:
    if m.actor.kind == "analyst":
        return False
    return kind == "any" or (kind == "person") == _is_person(m)


def _is_person(m: ActorMention) -> bool:
    """A person, also one named by a title and a name no dictionary knows ("Opposition leader
    Naveed Khattak": the mention runs past the title it matched)."""
    if m.actor.kind == "person":
        return True
    return m.actor.kind == "sector" and bool(m.actor.matched) and len(m.text) > len(m.actor.matched) + 1 \
        and m.text[len(m.text) - 1:].isalpha() and m.text.split()[-1][:1].isupper()


def _as_pronoun(token: Token, antecedent: ActorMention) -> ActorMention:
    return ActorMention(token.idx, token.idx + len(token.text), token.text, antecedent.actor, "pronoun")


def _rule_trail(trig: Trigger, announced_code: str | None) -> str:
    """The rule that fired, and the family table or announcement that turned it into this code."""
    trail = trig.rule.id
    if trig.rule.family and trig.code != trig.rule.code and not announced_code:
        trail += f" +family:{trig.rule.family}"
    if trig.complement is not None:
        trail += f" +complement:{trig.complement.lemma_}"
    return trail + (f" +announces:{announced_code}" if announced_code else "")


def _event_actor(m: ActorMention) -> EventActor:
    return EventActor(m.text, m.actor.code, m.actor.country, (m.start, m.end), m.via, m.actor.entry)


def _trigger_span(trig: Trigger) -> tuple[int, int]:
    """Character span of the trigger: the head with its particle, object or complement when close."""
    tokens = [trig.head, *trig.words]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if last - first >= _MAX_TRIGGER_TOKENS:
        first = last = trig.head.i
    doc = trig.head.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def code_documents(documents: Iterable[Document], *, nlp=None, actors=None, batch_size: int = 8,
                   patterns: Patterns | None = None) -> Iterator[Event]:
    """Events of each document, in document and sentence order."""
    from realpolitik.actors import load_actors
    from realpolitik.nlp import parse, sentences

    actors = actors or load_actors()
    patterns = patterns or load_patterns()
    # names headed by an act or a gathering ("the Minsk Agreement", "the Doha summit") are no actors
    things = {*patterns.nouns, *patterns.venues}
    for document, doc in parse(documents, nlp, batch_size=batch_size):
        dateline = find_dateline(document.text)
        coder = SentenceCoder(document, patterns, dateline)
        on = document.date.value
        entities = list(doc.ents)  # once per document: Span.ents filters the whole list each time
        for sent, span in zip(sentences(doc), doc.sents):
            known = [
                ActorMention(m.start + sent.start, m.end + sent.start, m.text, m.actor)
                for m in actors.find_mentions(sent.text, on=on)
            ]
            known = outside_dateline(known, dateline)
            ents = [e for e in entities if span.start <= e.start < span.end]
            mentions = known + open_mentions(ents, known, dateline, things)
            yield from coder.code_sentence(sent.index, sent.start, sent.end, span, mentions)


def code_text(text: str, *, date: datetime.date | str | None = None, doc_id: str = "text", nlp=None, actors=None,
              patterns: Patterns | None = None) -> list[Event]:
    """Events of one text (cleaned like any document; ``date`` anchors relative dates)."""
    from realpolitik.documents import document_from_text

    document = document_from_text(text, doc_id=doc_id, date=date)
    return list(code_documents([document], nlp=nlp, actors=actors, patterns=patterns))
