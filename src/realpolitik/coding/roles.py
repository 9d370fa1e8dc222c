"""Roles: who did it and to whom, for each trigger of a sentence.

The source and the target are read off the parse through ``arguments``: subjects (also of
conjoined, controlled and relative clauses), passive agents, objects, datives and prepositional
objects, possessors and modifiers of nouns, pronouns through the ``Discourse``.  The named target
comes first; implicit ones (an office of the source's country, the other party of a purpose
clause, the foreign place of a material act, the government a protest aims at) only when the
sentence names none.  Actors whose country the text does not give are taken only for a role no
other actor fits.  Every actor found says how (``ActorMention.via``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.tokens import Token

from realpolitik.coding.arguments import (
    SUBJECT_DEPS,
    MentionIndex,
    actors_of,
    conjunct_head,
    from_elsewhere,
    agent_tokens,
    apposed,
    co_subjects,
    described_noun,
    found_as,
    hosts,
    is_absolute,
    is_passive,
    is_relation,
    means_verb,
    noun_source,
    object_tokens,
    own_agents,
    pronoun_kind,
    reduced_relative_subject,
    subject_token,
    targets_of,
    with_country,
)
from realpolitik.coding.discourse import Discourse
from realpolitik.coding.frames import NOUN_POS, VERB_POS, Trigger, aimless, characterisations, is_copula
from realpolitik.coding.locations import NAMED_PLACES, country_of_word, event_place, gazetteer, object_place
from realpolitik.coding.mentions import OPEN_ENTRY, Dateline, names_the_state
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Patterns
from realpolitik.records import Actor, ActorMention

Roles = tuple[list[ActorMention], list[ActorMention]]


def _wholes(token: Token) -> list[Token]:
    """"detained two of its executives", "killing three of them": the whole a part is taken from."""
    return _phrase_objects(token, frozenset({"of"})) if token.pos_ in {"NUM", "PRON", "ADJ"} else []


def _phrase_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [g for p in token.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _is_forum(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ != "over" and (token.ent_type_ == "ORG" or token.lemma_.lower() in {"court", "tribunal"})


@dataclass(frozen=True)
class _Act:
    """A trigger with what the strategies that look for its implicit target read."""

    trig: Trigger
    objects: list[Token]
    index: MentionIndex
    sources: list[ActorMention]
    inner: list[Token] = field(default_factory=list)  # the complement's arguments ("warned that Tehran …")

    @property
    def countries(self) -> set[str | None]:
        return {m.actor.country for m in self.sources}

    @property
    def home(self) -> str | None:
        """The source's country, when all its sources share one."""
        countries = self.countries
        return next(iter(countries)) if len(countries) == 1 else None

    @property
    def own(self) -> set[str]:
        return {m.actor.code for m in self.sources}

    @property
    def others(self) -> set[str]:
        """The countries the sentence names besides the sources'."""
        return {m.actor.country for m in self.index.by_token.values() if m.actor.country} - self.countries


class RoleFinder:
    """Finds the sources and targets of a sentence's triggers."""

    def __init__(self, patterns: Patterns, discourse: Discourse, dateline: Dateline | None = None) -> None:
        self.patterns = patterns
        self.discourse = discourse
        self.dateline = dateline
        self._voiced: tuple[MentionIndex | None, dict[int, bool]] = (None, {})  # voiced_by_analyst's, per sentence

    def _subject_actors(self, verb: Token, index: MentionIndex) -> list[ActorMention]:
        subj = subject_token(verb, self.patterns)
        if subj is None:
            return self.discourse.preamble_source(verb)
        if subj.lower_ == "it" and subj.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in verb.children):
            return []  # "It was agreed that the two ministers would meet": no one the "it" stands for
        if subj == verb.head and verb.dep_ == "acl" and subj.dep_ == "pobj":
            # "after militants killed 30 soldiers" read as a participle on its subject: the
            # subject's phrase holds the verb and its object, which are not the subject
            own = index.at(subj) or index.fallback.get(subj.i)
            return found_as([own], "subject") if own is not None else []
        # "the two leaders agreed": the two parties named before, not the sector noun "leaders"
        named = found_as(actors_of(subj, index) + co_subjects(verb, subj, index), "subject")
        if named and subj.pos_ == "PRON" and index.at(subj) is None:
            # "he and Vladimir Putin agreed": the pronoun stands for a party beside the name
            named = self.discourse.resolve_pronoun(subj, index) + named
        found = self.discourse.group([subj], [], index) or named or self.discourse.resolve_pronoun(subj, index)
        if found:
            return self._reporter_of(verb, found, index) or found
        # "their forces withdrew", "hundreds of his supporters blocked …": the owner of a bare sector
        subj = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"), subj) if subj.pos_ == "NUM" or subj.lemma_.lower() in self.patterns.quantity_nouns else subj
        owner = next((c for c in subj.children if c.dep_ == "poss" and pronoun_kind(c, self.patterns)), None)
        owners = (self._reported_speaker(verb, index) or self.discourse.resolve_pronoun(owner, index)) \
            if owner is not None and not is_relation(subj, self.patterns) else []
        if owners:
            bare = index.bare.get(subj.i)
            country = owners[0].actor.country
            return found_as([with_country(bare, country)], "possessive") if bare is not None and country else owners
        # "Kenzo Oshima, the UN relief coordinator, demanded": the apposition says who
        return next((found_as(found, "apposition") for c in apposed(subj)
                     for found in [actors_of(c, index)] if found), [])

    def _reported_speaker(self, verb: Token, index: MentionIndex) -> list[ActorMention]:
        """"IGAD's executive secretary met Kiir and called for dialogue, his office said": the
        owner named by a pronoun in a reporting clause after what it reports is that clause's
        subject, not the last person named."""
        if verb.lemma_ not in self.patterns.speech:
            return []
        told = next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i), None)
        subj = subject_token(told, self.patterns) if told is not None else None
        return found_as(actors_of(subj, index), "reported") if subj is not None else []

    def _reporter_of(self, verb: Token, found: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
        """"Cambodia said Thailand had not returned the soldiers, accusing Bangkok of …": a
        participle on a reported clause that acts in words on that clause's own subject is the
        reporter's ("officials said the rebels attacked a village, killing six civilians": the
        rebels kill)."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or head.head.lemma_ not in self.patterns.speech \
                or not self.patterns.done_in_words(verb.lemma_.lower()):
            return []
        acted_on = {m.actor.country for o in verb.children if o.dep_ == "dobj" for m in actors_of(o, index)}
        if not acted_on or not {m.actor.country for m in found} <= acted_on:
            return []
        return found_as(self._subject_actors(head.head, index), f"subject of {head.head.lemma_}")

    def _arguments(self, head: Token, skip: Sequence[Token] = (), trig: Trigger | None = None) -> list[Token]:
        """The head's objects and prepositional objects that can name a target; a gathering in a
        prepositional phrase is where the act happens ("met at the BRICS summit"), a ground is why
        ("arrested on a warrant from the ICC"), and "at" aims only a hostile act ("fired at the
        convoy", but "signed the deal at the White House")."""
        kept = self.patterns.venues | self.patterns.ground_nouns
        preps = self._preps(trig)
        asks = trig is not None and self.patterns.codes_in(trig.code, self.patterns.request_roots)
        found = [t for t in object_tokens(head, preps, skip, self.patterns.proximity_words) if (t.dep_ != "pobj" or t.lemma_.lower() not in kept)
                 and not is_absolute(t.head, self.patterns) and not (asks and t.lemma_.lower() in self.patterns.beneficiary_nouns)
                 and not self._aside(t)]
        if head.pos_ in NOUN_POS:
            # "the arrest in Madrid of a Moroccan official": the parser hangs the "of" on the place
            found += [g for p in head.children if p.dep_ == "prep" and p.lower_ in self.patterns.scene_prepositions
                      for o in p.children if o.dep_ == "pobj" for g in _phrase_objects(o, frozenset({"of"}))]
        # "suspended its membership in the CSTO": the parser hangs the body's "in" on the verb (the
        # "in" right after the noun: "In Moscow, Armenia suspended …" is where)
        members = {c.right_edge.i + 1 for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in self.patterns.membership_nouns}
        found += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i in members
                  for g in p.children if g.dep_ == "pobj"]
        # "halted its air campaign against the Houthis": a hostile act halted is aimed at whom it
        # was aimed at, not at whose it is
        hostile = {w.i for w in trig.words} if trig is not None and self._ends_hostility(trig) else set()
        found = [a for t in found for a in (_phrase_objects(t, preps) if t.i in hostile else [t])]
        return [a for t in found for a in self._past_forum(t, head, preps) for a in (a, *_wholes(a))]

    def _aside(self, token: Token) -> bool:
        """"Abidjan, for its part, promised …": a phrase that only sets its speaker apart (a
        possessive ``aside_nouns`` after "for"), no one the act is aimed at."""
        return token.dep_ == "pobj" and token.head.lower_ == "for" and token.lemma_.lower() in self.patterns.aside_nouns \
            and any(c.dep_ == "poss" for c in token.children)

    def _own(self, token: Token) -> bool:
        """"recalled its ambassador", "closed their borders": the subject's own is no target."""
        return token.lemma_.lower() in self.patterns.self_owned and any(
            c.dep_ == "poss" and pronoun_kind(c, self.patterns) for c in token.children)

    def _past_forum(self, token: Token, head: Token, preps: frozenset[str]) -> list[Token]:
        """What a complaint is over, not the organisation it is brought to: "filed a complaint at
        the WTO over Washington's tariffs" (the parser hangs "over" on the forum), "lodged a
        complaint with UNESCO over …" (on the complaint); and past the subject's own."""
        if self._forum(token, head) or self._own(token):
            # "recalled its ambassador from Minsk": the subject's own is no target, its phrase may be
            return _phrase_objects(token, preps)
        if token.lemma_.lower() in self.patterns.forum_nouns and any(map(_is_forum, _phrase_objects(token, self.patterns.forum_prepositions))):
            return [x for g in _phrase_objects(token, preps) for x in (_phrase_objects(g, preps) if _is_forum(g) else [g])]
        return [token]

    def _forum(self, token: Token, head: Token) -> bool:
        """Whether ``token`` is the organisation a complaint, case or petition is brought to (a
        complaint lodged with a state is made to it)."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in self.patterns.forum_prepositions or not _is_forum(token):
            return False
        holders = [prep.head, *(c for c in head.children if c.dep_ == "dobj")]
        return any(h.lemma_.lower() in self.patterns.forum_nouns for h in holders)

    def _preps(self, trig: Trigger | None) -> frozenset[str]:
        """The prepositions that can introduce the target of ``trig``'s act."""
        if trig is not None and cameo(trig.code).quad_class < 3 and not self._ends_hostility(trig):
            return self.patterns.target_prepositions - self.patterns.hostile_prepositions - self.patterns.adversary_prepositions
        if trig is not None and self.patterns.codes_in(trig.code, self.patterns.authority_roots):
            # "arrested the former president over the use of funds for a trip to London": why, not whom
            return self.patterns.target_prepositions - self.patterns.reason_prepositions
        if trig is not None and trig.rule.lemma in self.patterns.retaliation_verbs:
            # "Islamabad retaliated with drones and artillery": with what, not whom
            return self.patterns.target_prepositions - self.patterns.means_prepositions
        return self.patterns.target_prepositions

    def _ends_hostility(self, trig: Trigger) -> bool:
        """"halted its offensive against Ukraine", "lifted the blockade against Qatar": a
        de-escalation (``deescalation_roots``) of a hostile act named as its object is aimed at
        whom that act was aimed at, "against" included."""
        return self.patterns.codes_in(trig.code, self.patterns.deescalation_roots) and any(w.i != trig.head.i for w in trig.words)

    def _verb_actors(self, trig: Trigger, index: MentionIndex, coded: Mapping[int, str]) -> Roles:
        verb, preps = trig.head, self._preps(trig)
        if is_copula(verb, self.patterns):
            return self._judgement_roles(trig, index)
        skip = [trig.complement] if trig.complement is not None else []
        # "Israel is opposed to French mediation" is a state of the subject, not a passive act
        stative = verb.lemma_ in self.patterns.statives and not agent_tokens(verb)
        # ("were warned by the State Department that they could face …": an agent says who acts)
        if is_passive(verb) and (trig.complement is None or agent_tokens(verb)) and not stative:
            return self._passive_roles(trig, index, skip)
        spoken = self._reporter(verb, index) if verb.lemma_.lower() in self.patterns.spoken_acts else []
        sources = spoken or self._subject_actors(verb, index) or self._reporter(verb, index) or self._counted_crowd(trig, index)
        sides = self._between_parties(verb, index, preps) if not sources and verb.tag_ == "VBG" and _between(verb) else []
        if len(sides) > 1:
            return sides, sides  # "after fighting between Pakistan and Afghanistan": each against the other
        objects = self._arguments(verb, skip, trig)
        if trig.rule.characterises:
            # ('called the veto "a gift to Moscow"': what the act is called names no target)
            said = {t.i for c in characterisations(verb) for t in c.subtree}
            objects = [o for o in objects if o.i not in said]
        if trig.rule.particle:
            # "arrived in Minsk": the particle's object is the target, whatever the preposition; not
            # the thing the rule asks for ("added three firms to its sanctions list": the firms)
            objects = [g for c in verb.children if c.lower_ == trig.rule.particle for g in c.children
                       if g.dep_ == "pobj" and g not in trig.words] + objects
        # ("approved the sale of F-16 jets to Poland": whom the act's noun sends to)
        objects = self._sending_phrase(trig, "to") + objects
        # "urged the two governments to …": the group, not the sector noun "governments"
        named = self._past_victims(objects, index, preps) if self._reacts(trig) else objects
        # ("accusing them of spying for Washington": the pronoun the act takes before a name deeper in)
        pronouns = [o for o in objects if o.dep_ == "dobj" and o.pos_ == "PRON"]
        targets = self._summarised(verb, index, sources, coded) or self.discourse.group(objects, sources, index) \
            or self.discourse.pronoun_object(pronouns, index, sources) \
            or targets_of(named, index, preps, exclude=self._not_targets(trig, index, sources)) \
            or self.discourse.pronoun_object(objects, index, sources) \
            or self.discourse.referent(objects, sources, self._condemns(trig)) \
            or self._own_people([o for o in objects if o.dep_ == "dobj"], sources)  # "urged its citizens to leave Mali"
        if self.discourse.names_group(objects) and all(t.actor.kind == "sector" and not t.actor.country for t in targets):
            # "called on all sides", "urged both governments" with no sides known: no other party
            # is guessed, nor is the group's own noun one
            return sources, []
        inner = self._complement_arguments(trig.complement) if not targets and trig.complement is not None else []
        if inner:
            targets = self._complement_target(trig, inner, index, sources)
            if not targets and self._helping(trig):
                return sources, []  # (the one helped is named but known to no one: no other party guessed)
        if not targets and sources and not aimless(trig, coded, self.patterns):
            targets = self._unnamed_target(_Act(trig, objects, index, sources, inner))
        targets = self._holder_asked(trig, objects, sources, targets) or _each_others(sources, targets) or targets
        if _two_sides(trig, sources) and all(self._state_side(t) for t in targets):
            sources = [m for m in sources if m.actor.country not in {t.actor.country for t in targets}] or sources
        return sources, [] if trig.rule.target == "none" else targets

    def _not_targets(self, trig: Trigger, index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """Who an act's arguments do not name as its target: its sources, and those sent or told;
        of two sides fighting, no one (``_two_sides``)."""
        if _two_sides(trig, sources):
            return []
        return sources + self._sent(trig, index) + self._press_told(trig, index)

    def _state_side(self, m: ActorMention) -> bool:
        """Whether an actor is a state or its forces: the side a state fights for ("killing one
        Cambodian soldier"), not a group in its land ("strikes on camps of the ADF")."""
        return bool(m.actor.country) and m.actor.code.removeprefix(m.actor.country) in {"", *self.patterns.instruments}

    def _holder_asked(self, trig: Trigger, objects: list[Token], sources: list[ActorMention],
                      targets: list[ActorMention]) -> list[ActorMention]:
        """"A Beijing court jailed a Japanese employee, and Tokyo demanded his release": a demand
        for the release of the source's own people asks whoever holds them (the source of the last
        arrest, detention or sentence of them the story told), not their own country nor no one."""
        own = {m.actor.country for m in sources} - {None}
        # (whoever holds them outranks a target only guessed: "implicit:…")
        if not own or not self.patterns.codes_in(trig.code, self.patterns.request_roots) \
                or any(t.actor.country not in own and not t.via.startswith("implicit") for t in targets):
            return []
        released = [o for o in objects if self.patterns.rules_in(self.patterns.nouns.get(o.lemma_.lower(), ()), self.patterns.release_roots)]
        held = self.discourse.holder(own, self.patterns.captor_roots) if released else None
        return found_as([held], "captor") if held is not None else []

    def _past_victims(self, objects: list[Token], index: MentionIndex, preps: frozenset[str]) -> list[Token]:
        """"Rights groups condemned a crackdown on protesters", "Egypt condemned the attack on the
        peacekeepers": a reaction to a hostile act is aimed at whose the act is (its possessor, adjective or
        "by" phrase), never at whom the act hit (``victim_prepositions``); an act noun with no doer
        named gives none here."""
        kept = []
        for o in objects:
            # (a passive's subject too: "The arrests of journalists were condemned by the EU")
            if o.dep_ not in {"dobj", "nsubjpass"} or not self._hostile_noun(o) or index.at(o) is not None:
                kept.append(o)
                continue
            kept += [c for c in o.children if c.dep_ in {"poss", "amod", "compound", "nmod"}]
            # ("rejected an offer from Beijing", "lodged a protest with Albania": whose the act is,
            # or whom it is made to, still count)
            victims = self.patterns.victim_prepositions | (
                {"of"} if self.patterns.rules_in(self.patterns.nouns.get(o.lemma_.lower(), ()), self.patterns.victim_of_roots) else set())
            kept += [g for c in o.children if c.dep_ == "prep" and c.lower_ in preps - victims
                     for g in c.children if g.dep_ == "pobj"]
        return kept

    def _reacts(self, trig: Trigger) -> bool:
        """Whether the act is a reaction to another act (``reaction_roots``: "condemned the attack")."""
        return self.patterns.codes_in(trig.code, self.patterns.reaction_roots)

    def _condemns(self, trig: Trigger) -> bool:
        """Whether the act is a hostile reaction ("condemned that"; "welcomed this" may be of any act)."""
        return self._reacts(trig) and cameo(trig.code).quad_class >= 3

    def _hostile_noun(self, noun: Token) -> bool:
        """Whether the noun names a hostile act (its first rule codes a conflict)."""
        rules = self.patterns.nouns.get(noun.lemma_.lower(), ())
        return bool(rules) and rules[0].code is not None and cameo(rules[0].code).quad_class >= 3

    def _summarised(self, verb: Token, index: MentionIndex, sources: list[ActorMention],
                    coded: Mapping[int, str]) -> list[ActorMention]:
        """"X named a rival government, a move the army condemned", "the court found that …, a
        ruling Budapest dismissed": a clause on a noun that sums up the clause before it (an act
        noun after a comma) acts on that clause's doer (also a clause joined to it: "a decision
        Wellington criticised and Beijing praised")."""
        if verb.dep_ == "conj" and verb.head.dep_ in {"relcl", "acl"}:
            verb = verb.head
        noun = described_noun(verb)
        relative = verb.dep_ == "relcl" or reduced_relative_subject(verb) is not None
        if not relative or any(c.dep_ == "dobj" for c in verb.children) \
                or not (self.patterns.names_an_act(noun.lemma_.lower()) or noun.lower_ in self.patterns.act_nouns):
            return []
        start = noun.left_edge.i
        if start == 0 or noun.doc[start - 1].text != ",":
            return []
        told = {i for i, code in coded.items() if not self.patterns.codes_in(code, self.patterns.statement_roots)}
        # (a government and its state are one party: "Algeria recalled …, a move Algiers condemned"
        # is not Algiers' own; a party judging its country's court is not the court)
        own = {m.actor.code for m in sources} | {m.actor.country for m in sources
                                                 if m.actor.sector == self.patterns.government_sector or m.actor.code == m.actor.country}
        for clause in _summed_clauses(noun, start, self.patterns.speech, told):
            subj = subject_token(clause, self.patterns)
            doers = [m for m in (actors_of(subj, index) if subj is not None else []) if m.actor.code not in own]
            if doers:
                return found_as(doers, f"summary:{noun.lower_}")
        return []

    def _sent(self, trig: Trigger, index: MentionIndex) -> list[ActorMention]:
        """What an act of sending or giving sends, never its target ("could send troops to the
        force": the troops, which a dateline would place, are the sender's)."""
        # ("approved the sale of F-16 fighter jets to Turkey": what the act's noun sends)
        sold = self._sending_phrase(trig, "of")
        if trig.head.lemma_.lower() not in self.patterns.sending_verbs and not sold:
            return []
        # (and what is sent with them: "sending police officers and soldiers")
        sent = [x for w in [*trig.words, *sold] if w.i != trig.head.i for x in (w, *w.conjuncts)]
        return [m for w in sent for m in [index.at(w)] if m is not None]

    def _sending_phrase(self, trig: Trigger, preposition: str) -> list[Token]:
        """The objects of a ``preposition`` phrase on the act's noun of sending (``sending_nouns``:
        "the sale of F-16 jets to Poland")."""
        return [g for w in trig.words if w.lemma_.lower() in self.patterns.sending_nouns for p in w.children
                if p.dep_ == "prep" and p.lower_ == preposition for g in p.children if g.dep_ == "pobj"]

    def _press_told(self, trig: Trigger, index: MentionIndex) -> list[ActorMention]:
        """The press a speaker tells, never the target of what it says ("'Israel must halt its
        aggression,' the minister told reporters")."""
        return [m for c in self._press_words(trig, index) for m in [index.at(c)] if m is not None]

    def _press_words(self, trig: Trigger, index: MentionIndex) -> list[Token]:
        """The words naming the press a speaker tells (placed or not: "told journalists")."""
        head = trig.head
        if head.lemma_ not in self.patterns.speech:
            return []
        return [c for c in head.children if c.dep_ in {"dobj", "dative"}
                for m in [index.at(c) or index.bare_in(c)] if m is not None and m.actor.sector in self.patterns.press_sectors]

    def _judgement_roles(self, trig: Trigger, index: MentionIndex) -> Roles:
        """"Seoul said the launch was a grave provocation": who says what an act was judges the
        act's doer, named on the act ("North Korea's launch"), before it in the sentence ("North
        Korea fired a missile, and Seoul said the launch …") or as the last act of its kind; an
        act whose doer the text does not give, or a subject that names no act, is no event."""
        verb = trig.head
        subj = subject_token(verb, self.patterns)
        speaker = self._speaker(verb)
        if subj is None or speaker is None or index.at(subj) is not None:
            return [], []
        sources = self._subject_actors(speaker, index)
        targets = targets_of([subj], index, self.patterns.target_prepositions, exclude=sources) \
            or self.discourse.referent([subj], sources) or self._doer(speaker, index, sources)
        return sources, targets

    def _speaker(self, verb: Token) -> Token | None:
        """The verb of saying a clause hangs on ("Seoul said the launch was …", "…, Seoul said")."""
        speech = self.patterns.speech
        if verb.dep_ == "ccomp" and verb.head.lemma_ in speech:
            return verb.head
        return next((c for c in verb.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_ in speech), None)

    def _reporter(self, verb: Token, index: MentionIndex) -> list[ActorMention]:
        """"Vucic said the men were truck drivers and demanded their release", "Kabul said Pakistani
        jets had bombed the camps and urged Islamabad to …": the parser joins the second verb to the
        reported clause; after a reported state, or when the verb is one a speaker does in words
        (``spoken_acts``), the reporter acts."""
        clause = verb.head
        # (not any act: "a bombing killed one soldier and wounded two, the military said" is the bombing's)
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or clause.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                or not (clause.lemma_ == "be" or verb.lemma_.lower() in self.patterns.spoken_acts) \
                or clause.head.lemma_ not in self.patterns.speech:
            return []
        return found_as(self._subject_actors(clause.head, index), f"subject of {clause.head.lemma_}")

    def _passive_roles(self, trig: Trigger, index: MentionIndex, skip: list[Token]) -> Roles:
        """"X was arrested by police": the agent acts, the subject (or a named object) undergoes."""
        verb = trig.head
        # "hit by weaker demand in China": a place in the agent's phrase is where, not who
        links = self.patterns.linking_prepositions
        sources = found_as([m for a in agent_tokens(verb) for m in actors_of(a, index, preps=links)], "agent")
        subj = subject_token(verb, self.patterns)
        if subj is not None and self._reacts(trig) and self._hostile_noun(subj):
            # "The arrests of journalists were condemned by the EU": aimed at whose the arrests are
            patient = found_as([m for t in self._past_victims([subj], index, self._preps(trig)) for m in actors_of(t, index)],
                               "subject")
        else:
            patient = (self.discourse.group([subj], sources, index) or found_as(actors_of(subj, index), "subject")) \
                if subj is not None else []
        objects = [t for t in self._arguments(verb, skip, trig) if t.dep_ != "attr"]
        targets = targets_of(objects, index, self._preps(trig), exclude=sources) or patient
        if not targets and subj is not None:
            # "The deal was praised by the minister": whose deal, the earlier sentences say
            targets = self.discourse.referent([subj], sources)
        if not targets and verb.dep_ == "acl":
            targets = self._described(verb.head, index, sources)
        if not sources and self.patterns.codes_in(trig.code, self.patterns.force_roots):
            # "troops have been moved to the border": the forces a show of force moves are their state's
            moved = [m for m in patient if self._instrument(m) and m.actor.country]
            sources, targets = moved, [t for t in targets if t not in moved]
        if not sources:
            sources = self._abductors(trig) or self._authorities(trig, targets, index) or self._opponent(verb, index, targets) \
                or self._excluding_body(trig, subj, index)
            # (a source found so is no target: "Mali was suspended from the African Union")
            targets = [t for t in targets if t.actor.code not in {s.actor.code for s in sources}] or patient
        if not sources and subj is not None and self.patterns.codes_in(trig.code, self.patterns.release_roots):
            # "Uzbek police detained six Kyrgyz drivers. The drivers were released on Thursday."
            held = self.discourse.captivity(subj, targets, self.patterns.captor_roots)
            if held is not None:
                sources, targets = [held[0]], targets or [held[1]]
        return sources, targets

    def _excluding_body(self, trig: Trigger, subj: Token | None, index: MentionIndex) -> list[ActorMention]:
        """"Fiji was suspended from the Pacific Islands Forum": an organisation a member is
        suspended or expelled from (``exclusion_roots``) did it.  The subject is the member itself
        and the preposition's object the body itself: "US aid was suspended from UNRWA", "funding
        was withdrawn from the WHO" name no member, "expelled from the UN mission" no body."""
        if subj is None or index.at(subj) is None or not self.patterns.codes_in(trig.code, self.patterns.exclusion_roots):
            return []
        bodies = [m for p in trig.head.children if p.dep_ == "prep" and p.lower_ == "from"
                  for g in p.children if g.dep_ == "pobj" and index.at(g) is not None
                  for m in actors_of(g, index) if m.actor.kind == "igo"]
        return found_as(bodies, "prep:from")

    def _opponent(self, verb: Token, index: MentionIndex, patients: list[ActorMention]) -> list[ActorMention]:
        """"A protester was shot dead during clashes with police": who hurt the patient of an act
        with no agent is the other side of the fighting the act was part of (``clash_nouns``)."""
        fights = [g for p in verb.children if p.dep_ == "prep" for g in p.children
                  if g.dep_ == "pobj" and g.lemma_.lower() in self.patterns.clash_nouns]
        sides = [m for f in fights for w in f.children if w.dep_ == "prep" and w.lower_ == "with"
                 for g in w.children if g.dep_ == "pobj" for m in actors_of(g, index)]
        return found_as([m for m in sides if m not in patients], "opponent")

    def _complement_arguments(self, comp: Token) -> list[Token]:
        inner = self._arguments(comp)
        return ([s for s in [subject_token(comp, self.patterns)] if s is not None] + inner) if comp.dep_ == "ccomp" else inner

    def _helping(self, trig: Trigger) -> bool:
        """Whether the act is help given to another to do something (``helping_families``)."""
        return trig.rule.family in self.patterns.helping_families and self.patterns.codes_in(trig.code, self.patterns.cooperation_roots)

    def _complement_target(self, trig: Trigger, inner: list[Token], index: MentionIndex,
                           sources: list[ActorMention]) -> list[ActorMention]:
        """"warned that Tehran could quit …": the complement's subject or object, but not the
        source again, nor the source's own country ("pledged to raise Japanese investment in the US"),
        nor what a complement of sending sends."""
        comp = trig.complement
        if self._helping(trig):
            # ("Yushchenko helped him establish ties with the West": the one helped is the target,
            # not what the help was for)
            inner = [t for t in inner if t.dep_ in SUBJECT_DEPS or t.dep_ == "dobj" and t.head.i == trig.head.i]
        if comp.lemma_.lower() in self.patterns.sending_verbs and not any(c.dep_ == "prep" and c.lower_ == "with" for c in comp.children):
            # ("threatened to send U.S. troops into Nigeria": what is sent is no target, where it goes
            # is; "to provide Belarus with loans" names the recipient as the object)
            inner = [t for t in inner if not (t.dep_ == "dobj" and t.head.i == comp.i)]
        own = {m.actor.code for m in sources} | {m.actor.country for m in sources if m.actor.code == m.actor.country}
        homes = {m.actor.country for m in sources}
        found = self.discourse.group(inner, sources, index) \
            or found_as(targets_of(inner, index, self._preps(trig), exclude=sources), f"complement:{comp.lemma_}")
        # ("Seoul, Washington and Tokyo agreed to share intelligence on North Korean cyber
        # operations": what partners cooperate on is no party to it)
        topics = trig.rule.joint and len(sources) > 1
        return [t for t in found if t.actor.code not in own and t.actor.country not in own
                and not (t.actor.code == t.actor.country and t.actor.country in homes)
                and not (topics and self._in_topic(t, comp))]

    def _in_topic(self, m: ActorMention, clause: Token) -> bool:
        """Whether the mention stands in an "on"/"about" phrase of a noun of the clause (what it
        is about: "share intelligence on X"); one the verb takes is whom it acts on ("agreed to
        put more pressure on Pyongyang")."""
        words = clause.doc.char_span(m.start, m.end, alignment_mode="expand")
        if words is None:
            return False
        token = words.root
        while token.i != clause.i and token.head.i != token.i:
            if token.dep_ == "prep" and token.lower_ in self.patterns.topic_prepositions and token.head.pos_ == "NOUN":
                return True
            token = token.head
        return False

    def _unnamed_target(self, act: _Act) -> list[ActorMention]:
        """A target the sentence names only through the source's own people, the owner of the
        object, the act reacted to ("… and Qatar condemned the attack": its doer), the clause
        before, else implicitly: the first that finds one."""
        return _first_found(act, (self._own_people_target, self._owner_target, self._home_target_object,
                                  self._reacted_strategy, self._conjunct_strategy, self._implicit_strategy,
                                  self._linked_strategy))

    def _own_people_target(self, act: _Act) -> list[ActorMention]:
        return self._own_people(act.objects + act.inner, act.sources)

    def _owner_target(self, act: _Act) -> list[ActorMention]:
        return self._owner_of_object(act.objects, act.index, act.sources)

    def _home_target_object(self, act: _Act) -> list[ActorMention]:
        return self._home_object(act.objects, act.sources)

    def _conjunct_strategy(self, act: _Act) -> list[ActorMention]:
        verb = act.trig.head
        # "gave Orano 72 hours to hand over the mine, threatening to nationalise it": a participle
        # clause goes on with its head clause's parties, as a conjunct does
        follows = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        # "… and police detained 15 people": a conjunct with its own object acts on that
        if not follows or cameo(act.trig.code).quad_class < 3 or any(act.index.bare_in(o) for o in act.objects):
            return []
        return self._conjunct_target(conjunct_head(verb) if verb.dep_ == "conj" else verb.head, act.index, act.sources)

    def _linked_strategy(self, act: _Act) -> list[ActorMention]:
        """"Canada lifted its ban on Greenlandic shrimp after Nuuk agreed to stricter inspections":
        an act with no target of its own, told in a clause joined to another act, is between that
        act's parties: its other party, else its subject."""
        verb = act.trig.head
        if act.trig.is_noun or verb.dep_ not in {"conj", "advcl"} or verb.head.pos_ not in VERB_POS \
                or act.trig.rule.target == "required" or (act.trig.rule.reciprocal and len(act.sources) > 1) \
                or _names_its_own_party(act.trig.head, self.patterns):
            return []
        return self._conjunct_target(verb.head, act.index, act.sources)

    def _reacted_strategy(self, act: _Act) -> list[ActorMention]:
        return self._reacted_target(act.trig, act.objects, act.index, act.sources)

    def _implicit_strategy(self, act: _Act) -> list[ActorMention]:
        # a mutual act of parties named together has its partner; an act that says nothing without
        # a named target gets no implied one ("allocated funds to defence, citing tensions with India")
        if (act.trig.rule.reciprocal and len(act.sources) > 1) or act.trig.rule.target == "required":
            return []
        return self._implicit_target(act.trig, act.objects + act.inner, act.index, act.sources)

    def _described(self, noun: Token, index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"protesters arrested by police": the people a participle describes; "Ethiopia and Somalia
        agreed after talks brokered by Turkey", "swapped prisoners in a deal mediated by the UAE":
        the parties of the clause the described act (talks, a deal) belongs to."""
        found = found_as([m for m in [index.at(noun)] if m is not None], "described")
        clause = noun
        while not found and clause.pos_ not in VERB_POS and clause.head.i != clause.i:
            clause = clause.head
        if not found and clause.pos_ in VERB_POS:
            found = found_as(self._subject_actors(clause, index), f"subject of {clause.lemma_}")
        own = {m.actor.country or m.actor.code for m in sources}
        return [m for m in found if (m.actor.country or m.actor.code) not in own]

    def _reacted_target(self, trig: Trigger, objects: list[Token], index: MentionIndex,
                        sources: list[ActorMention]) -> list[ActorMention]:
        """"Kosovo police closed five offices, a move Belgrade denounced", "charges that Asmara
        dismissed", "Guinea released 30 activists, and ECOWAS welcomed the gesture": a reaction to
        an act the sentence tells is aimed at whoever did it, the subject of that act's clause."""
        verb = trig.head
        if not self.patterns.codes_in(trig.code, self.patterns.doer_roots):
            return []
        if verb.dep_ in {"relcl", "acl"} and self._names_an_act(verb.head):
            return self._doer(verb.head, index, sources)
        told = any(o.dep_ == "dobj" and self._names_an_act(o) and not any(c.dep_ == "poss" for c in o.children)
                   and any(c.lower_ in {"the", "this", "that"} for c in o.children) for o in objects)
        # "…, and Qatar condemned the attack", "…, drawing a rebuke from Costa, who called the
        # blockade unacceptable", "…, welcoming the decision": any clause under another act's
        return self._doer(verb, index, sources) if told and verb.dep_ != "ROOT" else self._asked_by(objects, index, sources)

    def _asked_by(self, objects: list[Token], index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"Paris turned down the higher rent that Djibouti requested": the thing a relative clause
        says another asked for, offered or did is answered to them, the clause's subject; not people
        ("criticised the bloggers whom Moscow had honoured" criticises the bloggers)."""
        own = {m.actor.country or m.actor.code for m in sources}
        for clause in (c for o in objects if o.dep_ == "dobj" for c in o.children if c.dep_ == "relcl"
                       and not any(g.lower_ in self.patterns.person_relatives for g in c.children)):
            found = [m for m in self._subject_actors(clause, index) if (m.actor.country or m.actor.code) not in own]
            if found:
                return found_as(found, f"subject of {clause.lemma_}")
        return []

    def _doer(self, token: Token, index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """Who did the act ``token`` hangs under: the subject of the nearest clause above it that
        names one other than the sources (a court's ruling the opposition welcomes is the court's,
        of the same country)."""
        own = {m.actor.code for m in sources}
        while token.head.i != token.i:
            said = token.dep_ == "ccomp"
            token = token.head
            # "Iran barred the inspectors, Grossi said, calling the move a blow": the act the
            # speaker reports, not the speaker; nor is the one who reports the reaction itself
            # ("The US condemned the offensive, a spokesman said") its target
            speech = token.lemma_ in self.patterns.speech
            clauses = [c for c in token.children if c.dep_ == "ccomp"] if speech else []
            for clause in ((*clauses,) if said and speech else (token, *clauses)) if token.pos_ in VERB_POS else ():
                found = [m for m in self._subject_actors(clause, index) if m.actor.code not in own]
                if found:
                    return found_as(found, f"subject of {clause.lemma_}")
                # ("A train was hit by a Russian drone …, and Zelenskiy called the strike an act of
                # terror": a passive act's doer is its agent)
                found = [m for a in agent_tokens(clause) for m in actors_of(a, index) if m.actor.code not in own]
                if found:
                    return found_as(found, f"agent of {clause.lemma_}")
        return []

    def _names_an_act(self, noun: Token) -> bool:
        return self.patterns.names_an_act(noun.lemma_.lower())

    def _conjunct_target(self, first: Token, index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"accused Pakistan of shelling villages and vowed to retaliate": against Pakistan; "Poland
        ordered the closure of Russia's consulate, and Moscow vowed a response": against Poland."""
        own = {m.actor.country or m.actor.code for m in sources}

        def other(found: list[ActorMention]) -> list[ActorMention]:
            return [t for t in found if (t.actor.country or t.actor.code) not in own]

        arguments = self._arguments(first)
        # "spoke to both leaders and urged restraint": the group, not the sector noun "leaders"
        objects = self.discourse.group(arguments, sources, index) \
            or targets_of(arguments, index, self.patterns.target_prepositions, exclude=sources)
        return other(found_as(objects, f"object of {first.lemma_}")) or \
            other(found_as(self._subject_actors(first, index), f"subject of {first.lemma_}"))

    def _owner_of_object(self, objects: list[Token], index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"hailed its accession", "criticised their decision", "detained two of its executives":
        whose the object is, when a pronoun says so and it is not the source's own."""
        for tok in objects:
            owner = next((c for c in tok.children if c.dep_ == "poss" and pronoun_kind(c, self.patterns)), None)
            if owner is None or any(c.lower_ == "own" for c in tok.children) or tok.lemma_.lower() in self.patterns.self_owned:
                continue  # "protecting his own interests", "closed its border" are the source's
            found = self.discourse.resolve_pronoun(owner, index, avoid={s.actor.code for s in sources})
            if found:
                return found_as(found, "possessive")
        return []

    def _home_object(self, objects: list[Token], sources: list[ActorMention]) -> list[ActorMention]:
        """"Cuba freed 553 prisoners": people held at home are the source country's own."""
        countries = {m.actor.country for m in sources}
        if len(countries) != 1 or None in countries:
            return []
        home = countries.pop()
        for tok in objects:
            words = [*(f"{c.lemma_.lower()} {tok.lemma_.lower()}" for c in tok.lefts), tok.lemma_.lower()]
            sector = next((self.patterns.home_objects[w] for w in words if w in self.patterns.home_objects), None)
            if sector:
                # a sector of its own: an actor acting on itself is no event
                actor = Actor(f"{home}{sector}", home, "sector", home, sector)
                return [ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, actor, f"home:{tok.lemma_}")]
        return []

    def _own_people(self, objects: list[Token], sources: list[ActorMention]) -> list[ActorMention]:
        """"called on his supporters", "urged its citizens": the source's own people, that is
        its country."""
        countries = {m.actor.country for m in sources}
        if len(countries) != 1 or None in countries:
            return []
        home = countries.pop()
        for tok in objects:
            owned = any(c.dep_ == "poss" and pronoun_kind(c, self.patterns) and not self._of_a_thing(c) for c in tok.children)
            sector = self.patterns.own_people.get(tok.lemma_.lower())
            if owned and sector:
                # a sector of its own, not the country itself: an actor acting on itself is no event;
                # an opposition leader's own supporters are of the same sector: then the country's
                same = any(m.actor.sector == sector for m in sources)
                actor = Actor(home, home, "state", home) if same else Actor(f"{home}{sector}", home, "sector", home, sector)
                return [ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, actor, f"own:{tok.lemma_}")]
        return []

    def _of_a_thing(self, possessive: Token) -> bool:
        """"seized an Indonesian fishing boat and detained its nine crew members": an "its" after a
        vessel, plane or the like acted on in the sentence is that thing's."""
        return pronoun_kind(possessive, self.patterns) == "thing" and any(
            t.lemma_.lower() in self.patterns.owned_things and t.dep_ in {"dobj", "pobj"} for t in possessive.sent if t.i < possessive.i)

    def _placed_target(self, act: _Act) -> list[ActorMention]:
        """"suspended aid deliveries in Baghdad", "rioted at a jail in northern Israel": a material
        act done in another country is done to it; one done by an armed group, police or rebels
        in their own country ("EL FASHER — the RSF shelled a camp") is done to that country."""
        trig, sources, countries = act.trig, act.sources, act.countries
        if not self.patterns.codes_in(trig.code, self.patterns.placed_roots):
            return []
        found = event_place(trig.head, self.patterns.scene_prepositions) or object_place(
            trig.head, struck=self.patterns.codes_in(trig.code, self.patterns.strike_roots))
        if found is not None and any(a.lemma_.lower() in self.patterns.venues for a in found[0].root.ancestors):
            return []  # "approved sanctions at a meeting in Brussels": where they met, not whom it hits
        if found is not None:
            span, place = found
            at, text = (span.start_char, span.end_char), span.text
        elif self.dateline is not None and self.dateline.country:
            place, at, text = None, (trig.head.idx, trig.head.idx), ""
        else:
            return []
        country = place.country if place is not None else self.dateline.country
        substate = all(m.actor.code != m.actor.country for m in sources)
        home = country in countries
        # (forces moved or put on alert at home aim at no one: "placed 15,000 troops on alert along the coast")
        if not country or (home and (not substate or self.patterns.codes_in(trig.code, self.patterns.domestic_roots)
                                     or self.patterns.codes_in(trig.code, self.patterns.force_roots))) \
                or (place is None and not home) or (place is None and self._army_abroad(act)):
            # the dateline places only acts done at home (a foreign act needs its place named), and
            # protests and curfews at home aim at their government or country (implicit:home)
            return []
        return [_implied_state(*at, country, "implicit:place" if place is not None else "implicit:dateline", text)]

    def _mission_target(self, act: _Act) -> list[ActorMention]:
        """"rallied outside the Russian embassy", "a protest at Rwanda's embassy": a protest at a
        country's mission is aimed at that country."""
        if not self.patterns.codes_in(act.trig.code, self.patterns.protest_roots):
            return []
        # (in the phrase's words: "in front of France's embassy")
        missions = [n for p in act.trig.head.children if p.dep_ == "prep" and p.lower_ in self.patterns.scene_prepositions
                    for n in p.subtree if n.dep_ == "pobj" and n.lemma_.lower() in self.patterns.mission_nouns]
        for owner in (c for n in missions for c in n.children if c.dep_ in {"amod", "compound", "poss"}):
            # (the tokenizer splits the possessive's "'s" off; "the United States embassy": a name's mention)
            named = act.index.at(owner)
            country = named.actor.country if named is not None else country_of_word(owner.text)
            if country and country not in act.countries:
                return [_implied_state(owner.idx, owner.idx + len(owner.text), country, "implicit:mission", owner.text)]
        return []

    def _army_abroad(self, act: _Act) -> bool:
        """"BANGKOK — Thai jets bombed Cambodian targets after troops clashed along the border": a
        state's army in a sentence that names another country may fight it, not at home."""
        if cameo(act.trig.code).quad_class < 4:
            return False
        others = act.others
        army = self.patterns.instruments - self.patterns.home_sectors  # not its police, spies or gangs
        return bool(others) and any(m.actor.sector in army for m in act.sources)

    def _recipient_target(self, act: _Act) -> list[ActorMention]:
        """"HANOI - Japan pledged $20 million in emergency aid": aid with no named recipient goes to
        the country the story is about, when that is not the giver's; without such a dateline, to
        the one other country its sentence names ("joined Georgian rescuers", "a treaty with Nauru
        under which Australia will provide A$140 million")."""
        if act.trig.rule.target == "required" or not self.patterns.codes_in(act.trig.code, self.patterns.recipient_roots):
            return []  # an act that says nothing without a named target ("protecting his interests")
        others = act.others
        # a dateline over a sentence that names other countries but not its own may be a donors'
        # conference's ("SHARM EL-SHEIKH, Egypt - Japan pledged aid for Gaza")
        dated = self.dateline is not None and (not others or self.dateline.country in others)
        country, via = (self.dateline.country, "implicit:dateline") if dated else (None, "")
        if not country or country in act.countries:
            country, via = (others.pop(), "implicit:sentence") if len(others) == 1 else (None, "")
        if not country:
            return []
        at = act.trig.head.idx
        return [_implied_state(at, at, country, via)]

    def _implicit_target(self, trig: Trigger, objects: list[Token], index: MentionIndex,
                         sources: list[ActorMention]) -> list[ActorMention]:
        """A target the act names only indirectly, as event coders read it: the first of these
        strategies that finds one."""
        return _first_found(_Act(trig, objects, index, sources),
                            (self._office_target, self._clause_target, self._occasion_target, self._foreign_place_target,
                             self._mission_target, self._placed_target, self._recipient_target, self._reporter_target, self._answered_target,
                             self._each_other, self._domestic_story_target, self._story_subject_target, self._home_target))

    def _office(self, act: _Act, bare: ActorMention | None) -> ActorMention | None:
        """A country-less office taken as the source country's, unless that is the source."""
        if bare is None or not act.home or self._instrument(bare) or bare.actor.sector in self.patterns.foreign_sectors:
            return None
        if self.patterns.codes_in(act.trig.code, self.patterns.outward_roots) and bare.actor.sector not in self.patterns.armed_offices \
                and not all(m.actor.sector in self.patterns.home_sectors for m in act.sources):
            return None  # "Russian forces shelled Kherson, killing two civilians": not Russia's (its rebels may be)
        office = with_country(bare, act.home)
        return None if office.actor.code in act.own else office

    def _office_target(self, act: _Act) -> list[ActorMention]:
        """"demanded that President Mugabe …": an untitled office of the source's own country."""
        # "closed its embassy in Oslo": an office the source owns is its own, not a target; nor is
        # one of people from elsewhere ("suspended the licences of two international NGOs")
        owned = {tok.i for tok in act.objects if any(c.dep_ == "poss" and pronoun_kind(c, self.patterns) for c in tok.children)
                 or any(from_elsewhere(t, self.patterns) for t in tok.subtree if t.i in act.index.bare)}
        owned |= {tok.i for tok in self._press_words(act.trig, act.index)}  # ("told journalists")
        # ("we condemn every attack on civilians": a reaction is not aimed at the act's victims)
        objects = self._past_victims(act.objects, act.index, self._preps(act.trig)) \
            if self._reacts(act.trig) else act.objects
        offices = (self._office(act, act.index.bare_in(tok)) for tok in objects if tok.i not in owned)
        return next((found_as([o], "implicit:office") for o in offices if o is not None), [])

    def _occasion_target(self, act: _Act) -> list[ActorMention]:
        """"During a visit to Fiji, the minister signed a health pact", "agreed after talks with
        Hanoi to …": an act on the occasion of a consultation is aimed at the party consulted."""
        if act.trig.is_noun or cameo(act.trig.code).quad_class > 2:
            return []  # "During a visit to Beijing, the president condemned the coup in Niger"
        occasions = [n for p in act.trig.head.children if p.dep_ == "prep" and p.lower_ in self.patterns.occasion_prepositions
                     for n in p.children if n.dep_ == "pobj" and self._consultation(n)]
        partners = targets_of([a for n in occasions for a in self._arguments(n)], act.index,
                              self.patterns.target_prepositions, exclude=act.sources)
        return found_as(partners, "implicit:occasion") if partners else []

    def _consultation(self, noun: Token) -> bool:
        return self.patterns.rules_in(self.patterns.nouns.get(noun.lemma_.lower(), ()), self.patterns.occasion_roots)

    def _clause_target(self, act: _Act) -> list[ActorMention]:
        """The other party of a purpose or a condition ("staged rallies to protest Sweden's
        decision", "threatened to … unless Britain, France and Germany …"), or of a noun's content
        clause ("its demand that Israel ease restrictions"); not of a clause that sets the scene."""
        trig, index = act.trig, act.index
        links = {"advcl", "xcomp", "acl"} if trig.is_noun else {"advcl", "xcomp"}
        if "#clause" in trig.rule.objects:
            links |= {"ccomp"}  # ("denied that its jets had struck Afghan villages": what is denied)
        clauses = [c for h in (trig.head, trig.complement) if h is not None for c in h.children
                   if c.dep_ in links and c is not trig.complement and not self._background(c)]
        if trig.is_noun and trig.head.dep_ == "dobj":
            # the parser often hangs that clause on the verb: "reiterated its demand today that …"
            clauses += [c for c in trig.head.head.children if c.dep_ == "ccomp"]
        for clause, t in ((c, t) for c in clauses for t in c.subtree if not self._conceded(t, c)):
            m = index.at(t)
            # "signed a deal to buy fighter jets from France": the source's own arms are no party
            if m is not None and m not in act.sources and m.actor.code not in act.own | act.countries \
                    and not (self._instrument(m) and m.actor.country in act.countries | {None}):
                parties = [x for x in actors_of(t, index) if x.actor.code not in act.own] or [m]
                return found_as(parties, f"implicit:clause:{clause.lemma_}")
            office = None if from_elsewhere(t, self.patterns) else self._office(act, index.bare.get(t.i))
            if office is not None:
                return found_as([office], f"implicit:clause:{clause.lemma_}")
        return []

    def _conceded(self, token: Token, clause: Token) -> bool:
        """Whether the word stands in a phrase the clause's act is done in spite of ("despite
        Turkey's offer") or amid, or in a relative clause that describes a thing ("attack the
        port, where China is building a harbour")."""
        path = takewhile(lambda a: a.i != clause.i, [token, *token.ancestors])
        return any(a.lower_ in self.patterns.concessive_prepositions or a.dep_ == "relcl" for a in path)

    def _foreign_place_target(self, act: _Act) -> list[ActorMention]:
        """"lifted the curfew in Montenegro", "called for a truce in Sudan", "seized a tanker off
        the coast of Venezuela": the foreign country where it happens, named on the act or on its
        object (also one of a preposition)."""
        verb = act.trig.head
        heads = [verb, *(o for o in act.objects if o.head.i == verb.i or o.dep_ == "pobj" and o.head.head.i == verb.i)]
        # ("struck a boat carrying drugs off Venezuela's coast": the small model hangs the place on
        # the participle that describes the object)
        heads += [p for o in heads[1:] for p in o.children if p.dep_ == "acl"]
        places = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in self.patterns.where_prepositions
                  for g in c.children]
        # ("struck a pumping station on the Druzhba pipeline in Russia's Bryansk region": a place
        # deeper in the object's own phrase; not of a reaction, where it says where the act reacted
        # to happened: "condemned the attack on UN peacekeepers in Lebanon"; nor past what a
        # peaceful act is about: "hosted talks on the war in Ukraine")
        if not self._reacts(act.trig):
            topics = self.patterns.topic_prepositions if cameo(act.trig.code).quad_class < 3 else frozenset()
            places += [g for o in heads[1:] for g in _phrase_places(o, self.patterns.where_prepositions, topics)
                       if g not in places]
        # ("seized a tanker off the coast of Venezuela", "off Venezuela's coast", "in Russia's
        # Bryansk region": the coast's or the region's country)
        places += [w for g in places if g.lemma_.lower() in self.patterns.coast_nouns | self.patterns.land_part_nouns
                   for w in _owner_words(g)]
        for g in places:
            m = act.index.at(g)
            if m is not None and m.actor.kind == "state" and m.actor.code == m.actor.country \
                    and m.actor.country not in act.countries:
                return found_as([m], "implicit:place")
        return []

    def _reporter_target(self, act: _Act) -> list[ActorMention]:
        """"Tonga's government said a ransomware gang operating from Russia had stolen the health
        records of thousands of patients": a hostile act a state reports, with no victim named, was
        done to that state."""
        head = act.trig.head
        if cameo(act.trig.code).quad_class < 3 or (act.trig.is_noun and head.dep_ == "pobj"
                                                   and head.head.lower_ in self.patterns.background_marks):
            return []  # ("holed up since last month's invasion": an act told as the time of another)
        if act.home and self.patterns.codes_in(act.trig.code, self.patterns.authority_roots):
            return []  # ("arresting political opponents, a spokeswoman for the U.S. embassy said": at home)
        country = act.index.reporting_country(act.trig.head)
        if country is None or country in act.countries:
            return []
        at = act.trig.head.idx
        return [_implied_state(at, at, country, "implicit:reporter")]

    def _answered_target(self, act: _Act) -> list[ActorMention]:
        """"China's military launched drills around Taiwan, and Taiwan put its forces on high
        alert", "Kabul accused Pakistan of killing civilians, a charge Islamabad denied": an act with no target that answers (``answers``: a show of force, a
        denial) is aimed at whoever did the last act of the kind it answers to its source's
        country, told before it in the sentence or the story."""
        answered = next((kinds for root, kinds in self.patterns.answers.items() if act.trig.code.startswith(root)), ())
        if not answered or not act.home:
            return []
        # (the sentence's acts told before it, or after it: answering acts are coded last)
        heard = [(code, source, target) for _, code, source, target in reversed(self.discourse.heard)]
        for code, source, target in [*heard, *self.discourse.acts]:
            if target is None or target.actor.country != act.home or not code.startswith(answered):
                continue
            at = act.trig.head.idx
            if source.actor.kind == "igo":
                # ("The IAEA board censured Iran. Tehran rejected the resolution": the organisation)
                return [ActorMention(at, at, "", source.actor, "implicit:answer")]
            if source.actor.country not in {None, act.home}:
                return [_implied_state(at, at, source.actor.country, "implicit:answer")]
        return []

    def _domestic_story_target(self, act: _Act) -> list[ActorMention]:
        """"Thousands protested in Nairobi … police fired tear gas … Twelve Western embassies urged
        restraint": a foreign reaction with no target, in a story whose acts were all one
        country's, is aimed at that country."""
        home = self.discourse.home_story
        if home is None or home in act.countries or not self.patterns.codes_in(act.trig.code, self.patterns.story_reaction_roots):
            return []
        at = act.trig.head.idx
        return [_implied_state(at, at, home, "implicit:story")]

    def _story_subject_target(self, act: _Act) -> list[ActorMention]:
        """"Bishkek's balancing act … Beijing declined to write off any of the principal": in an
        essay about one country, a state's or an organisation's act that needs a partner
        (``story_subject_roots``), in a sentence that names no other country, is aimed at the
        essay's country."""
        subject = self.discourse.story_country
        if subject is None or not self._aimed_at_essay(act, subject):
            return []
        at = act.trig.head.idx
        return [_implied_state(at, at, subject, "implicit:essay")]

    def _aimed_at_essay(self, act: _Act, subject: str) -> bool:
        """Whether the act may be aimed at the essay's state: done by another state, its
        government or forces, or by an organisation of states ("Brussels criticised the handling
        of the banks"), of a kind that needs a partner, in a sentence that names no other country
        nor a place of one, and not about the source's own people."""
        home = act.home
        bodies = all(m.actor.kind == "igo" for m in act.sources)
        # (the essay's own people the sentence names say nothing against it: "refused to extend a
        # loan, and the finance minister returned empty-handed")
        if (home is None and not bodies) or home == subject or act.others - {subject}:
            return False
        doers = {self.patterns.government_sector, *self.patterns.instruments}
        return self.patterns.codes_in(act.trig.code, self.patterns.story_subject_roots) \
            and all(m.actor.kind in {"state", "igo"} or m.actor.sector in doers for m in act.sources) \
            and not self._elsewhere(act, subject) and not self._owned_objects(act)

    def _elsewhere(self, act: _Act, subject: str) -> bool:
        """Whether the act's sentence names a place of another country than the essay's and the
        source's ("Washington criticised the annexation of Crimea")."""
        said = {(m.start, m.end) for m in act.sources}  # ("Brussels criticised …": the doer, no place)
        places = (gazetteer().find(e.text, e.doc) for e in act.trig.head.sent.ents
                  if e.label_ in NAMED_PLACES and (e.start_char, e.end_char) not in said)
        return any(p is not None and p.country not in {subject, None, *act.countries} for p in places)

    def _owned_objects(self, act: _Act) -> bool:
        """Whether the act names its own people as what it is about ("criticised its own members")."""
        return any(c.dep_ == "poss" and pronoun_kind(c, self.patterns) for o in act.objects for c in o.children)

    def _each_other(self, act: _Act) -> list[ActorMention]:
        """"In April, the two countries recalled their ambassadors": a group word's two parties
        that act with no one else named act on each other (not when they react to something: "a
        summit that both sides called a new start"; nor in what they tell all: "the two countries
        called for calm")."""
        if self.patterns.codes_in(act.trig.code, self.patterns.reaction_roots | self.patterns.public_roots):
            return []
        group = [m for m in act.sources if m.via == "group"]
        return group if len(group) == len(act.sources) == 2 and len(act.countries) == 2 else []

    def _home_target(self, act: _Act) -> list[ActorMention]:
        """"demonstrators rioted" aims at their government, "imposed a curfew" at the country; and
        in a sentence that names no other country, an act of an office, court, party or person on
        things of its own ("opened a probe into irregular tenders") is done at home."""
        trig, home, sources = act.trig, act.home, act.sources
        if trig.rule.lemma in self.patterns.retaliation_verbs:
            return []  # (a retaliation answers someone else: "said Brasilia would respond with reciprocity")
        domestic = self.patterns.codes_in(trig.code, self.patterns.domestic_roots) or (
            self.patterns.codes_in(trig.code, self.patterns.home_roots) and _names_only(act.index, home)
            and all(self._acts_at_home(m) for m in sources))
        # ("CARACAS - … U.S. warships destroyed two more speedboats": an army where the sentence
        # names another country is not at home)
        if not (home and domestic) or self._army_abroad(act):
            return []
        source = sources[0]
        protest = self.patterns.codes_in(trig.code, self.patterns.government_targeted_roots)
        gov = self.patterns.government_sector
        code = f"{home}{gov}" if protest and source.actor.sector != gov else home
        # a state does not protest against its own government ("Russia is blocking the plan")
        if (code == source.actor.code or (protest and names_the_state(source))) and not source.actor.entry.startswith(OPEN_ENTRY):
            return []
        actor = Actor(code, code, "state" if code == home else "sector", home, code[3:] or None)
        at = trig.head.idx  # the text names no target: an empty span at the trigger says so
        return [ActorMention(at, at, "", actor, "implicit:home")]

    def _crowd(self, trig: Trigger, index: MentionIndex) -> list[ActorMention]:
        """"after weeks of student-led protests in Belgrade", "protests in October": who protests
        without being named is a crowd of the place (named, else the dateline's, else the one
        country the sentence names: "Kenyan police shot dead 16 people during nationwide protests")."""
        if not self.patterns.codes_in(trig.code, self.patterns.protest_roots) or trig.rule.lemma in self.patterns.crowdless_nouns:
            return []
        # ("denied any involvement in the protests": protests told before are not the sentence's)
        told = _told_before(trig.head, self.patterns)
        return self._unnamed_of_place(trig, self.patterns.crowd_sector, "crowd", None if told else index.only_country())

    def _counted_crowd(self, trig: Trigger, index: MentionIndex) -> list[ActorMention]:
        """"Thousands marched in the capital": people counted and not named who protest are a crowd
        of the place, as a protest told by its noun is."""
        subj = subject_token(trig.head, self.patterns)
        counted = subj is not None and (subj.pos_ == "NUM" or subj.lemma_.lower() in self.patterns.quantity_nouns)
        # (a count alone: not "youth groups that marched", "hundreds of his supporters")
        # (nor what the parser hangs on it of a blanked dateline)
        alone = counted and all(c.is_space or c.dep_ in {"det", "nummod", "quantmod", "advmod"} for c in subj.children)
        return self._crowd(trig, index) if alone else []

    def _abductors(self, trig: Trigger) -> list[ActorMention]:
        """"truck drivers who were kidnapped on the road to Bangui": who kidnaps without being named
        is the criminals of the place (named, else the dateline's); not for a noun, whose act is
        told elsewhere or judged ("condemned the raid as a kidnapping")."""
        if trig.is_noun or not self.patterns.codes_in(trig.code, self.patterns.abduction_roots):
            return []
        return self._unnamed_of_place(trig, self.patterns.abductor_sector, "abductors")

    def _authorities(self, trig: Trigger, patients: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
        """"A missionary from Calgary was arrested in Lebanon", "the opposition leader was detained":
        who arrests, detains or bans without being named is the authorities of the place (named,
        else the dateline's), else of the patient's country, else of the one country the sentence names."""
        if not self.patterns.codes_in(trig.code, self.patterns.authority_roots):
            return []
        patient = next((m.actor.country for m in patients if m.actor.country), None)
        return self._unnamed_of_place(trig, self.patterns.government_sector, "authorities", patient or index.only_country())

    def _unnamed_of_place(self, trig: Trigger, sector: str, who: str, otherwise: str | None = None) -> list[ActorMention]:
        """An actor the text does not name: ``sector`` of the country where the act happens (its
        place phrase, else the dateline, else ``otherwise``), at an empty span on the trigger."""
        found = event_place(trig.head, self.patterns.scene_prepositions)
        country = (found[1].country if found is not None else None) or (self.dateline.country if self.dateline else None) \
            or otherwise
        if country is None:
            return []
        actor = Actor(f"{country}{sector}", country, "sector", country, sector, None, "", f"{country}{sector}+{who}")
        at = trig.head.idx
        return [ActorMention(at, at, "", actor, f"implicit:{who}")]

    def _background(self, clause: Token) -> bool:
        """A clause that sets the scene ("While Russia's response was …") or tells what followed
        ("…, drawing condemnation from the United States"): no purpose of the act."""
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if any(c.lower_ in self.patterns.background_marks for c in marks):
            return True
        # "…, a day after Mali recalled its ambassador": the parser hangs "after" on "a day"
        if any(c.dep_ == "npadvmod" and any(p.lower_ in self.patterns.background_marks for p in c.children)
               for c in clause.children):
            return True
        return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not marks

    def _acts_at_home(self, m: ActorMention) -> bool:
        """Courts, police, parties, protesters, rebels and names no dictionary knows act at home;
        governments and armies act abroad as often."""
        if any(word in self.patterns.abroad_words for word in m.text.lower().split()):
            return False  # "the foreign ministry", "its ambassador" deal with other countries
        if m.actor.sector == self.patterns.government_sector and m.actor.kind != "sector":
            return False  # a leader or a capital ("Minsk continues to demand") speaks abroad
        return m.actor.entry.startswith(OPEN_ENTRY) or (m.actor.sector or "") in self.patterns.home_sectors

    def _counted(self, noun: Token) -> Token:
        """The count a noun is told in ("thousands of strikes", "a wave of arrests"), or the noun."""
        of = noun.head
        count = of.head
        if noun.dep_ == "pobj" and of.lower_ == "of" and count.i != of.i \
                and (count.pos_ == "NUM" or count.lemma_.lower() in self.patterns.quantity_nouns):
            return count
        return noun

    def _noun_actors(self, trig: Trigger, index: MentionIndex, coded: Mapping[int, str]) -> Roles | None:
        noun, preps = trig.head, self._preps(trig)
        # "a joint repatriation by the two governments": the group does it
        agents = own_agents(noun)
        sources = [] if self._hosted(noun) else self.discourse.group(agents, [], index) or noun_source(noun, index)
        if not sources and self.patterns.codes_in(trig.code, self.patterns.said_from_roots):
            said = self._said_from(noun, index)
            if said is not None:
                return said
        if not sources:
            # "completed his visit to Lithuania": the possessive pronoun stands for an actor
            owner = next((c for c in noun.children if c.dep_ == "poss" and pronoun_kind(c, self.patterns)), None)
            if owner is not None:
                # only an owner named in the sentence: "His visit …" after other news is a guess
                sources = self.discourse.resolve_pronoun(owner, index, same_sentence=True)
        if not sources and trig.rule.reciprocal and _between(noun):
            # "talks between the two neighbours": the group ("Trump announced a ceasefire between
            # Israel and Iran": theirs, not the announcer's)
            sources = self._between_parties(noun, index, preps)
            return (sources, []) if len(sources) > 1 else None
        # "the EU approved sanctions on Russia"; not "Russia criticised sanctions on Belarus"
        # "police prevented the demonstration staged by students": the students demonstrate
        # ("carried out thousands of strikes": the count stands where the noun would)
        slot = self._counted(noun)
        head = slot.head
        if (not sources and not agents and slot.dep_ in {"dobj", "nsubjpass"} and head.pos_ in VERB_POS
                and (head.i not in coded or head.lemma_ in self.patterns.speech)):
            if slot.dep_ == "nsubjpass":
                sources = found_as([m for a in agent_tokens(head) for m in actors_of(a, index)], f"agent of {head.lemma_}")
            else:
                sources = found_as(self._subject_actors(head, index), f"subject of {head.lemma_}")
        means = means_verb(noun, self.patterns) if not sources and not agents else None
        if means is not None:
            sources = found_as(self._subject_actors(means, index), f"subject of {means.lemma_}")
        if not sources:
            parties = self._mutual_parties(trig, index, coded)
            if parties is not None:
                return parties
        if not sources and self.patterns.codes_in(trig.code, self.patterns.occasion_roots):
            sources = self._clause_parties(noun, index)
        if not sources:
            sources = self._unnamed_doer(trig, index, preps)
        if not sources:
            return None
        return sources, self._noun_targets(trig, sources, agents, means, index, coded)

    def _between_parties(self, word: Token, index: MentionIndex, preps: frozenset[str]) -> list[ActorMention]:
        """The parties of a word's "between"/"among" phrase: a group ("the two neighbours") or those named."""
        between = _between(word)
        return self.discourse.group(between, [], index) or found_as(targets_of(between, index, preps), "prep:between")

    def _mutual_parties(self, trig: Trigger, index: MentionIndex, coded: Mapping[int, str]) -> Roles | None:
        """The parties of a nominal act with no doer of its own that the clause around it gives:
        of a meeting its clause's subjects, of hosted talks the sides of the hosting, of fighting
        the parties of the settlement after it (``_settled_fighting``)."""
        noun = trig.head
        if trig.rule.reciprocal and self.patterns.codes_in(trig.code, self.patterns.occasion_roots):
            parties = self._clause_parties(noun, index)
            if len(parties) > 1:
                return parties, []
        if trig.rule.reciprocal and self._hosted(noun):
            parties = self._hosted_sides(noun, index)
            if parties:
                return parties, []
        if cameo(trig.code).quad_class == 4:
            fought = self._settled_fighting(noun, index, coded) or self._story_clash(noun)
            if fought:
                return fought, fought
        return None

    def _story_clash(self, noun: Token) -> list[ActorMention]:
        """"Thailand and Cambodia agreed to pull back … three weeks after clashes around the temple
        killed 11 soldiers": a clash no one is named in is between the story's two sides, when
        they are two countries."""
        sides = self.discourse.parties[1] if self.discourse.parties else ()
        if noun.lemma_.lower() not in self.patterns.clash_nouns or len({a.country for a in sides} - {None}) != 2 \
                or len(sides) != 2:
            return []
        at = noun.idx
        return [ActorMention(at, at, "", a, "story") for a in sides]

    def _unnamed_doer(self, trig: Trigger, index: MentionIndex, preps: frozenset[str]) -> list[ActorMention]:
        """"the arrest in Paris of an Algerian consular official": the place's authorities (not
        an "arrest warrant", which names what is to come), or a crowd of the place."""
        noun = trig.head
        patients = [] if noun.dep_ == "compound" else targets_of(self._arguments(noun, trig=trig), index, preps)
        # ("The arrests came days after …" names the arrest told before: no new event)
        told = not patients and _told_before(noun, self.patterns)
        return self._crowd(trig, index) or ([] if told or noun.dep_ == "compound" else self._authorities(trig, patients, index))

    def _noun_targets(self, trig: Trigger, sources: list[ActorMention], agents: list[Token], means: Token | None,
                      index: MentionIndex, coded: Mapping[int, str]) -> list[ActorMention]:
        """Whom a nominal act is aimed at: its phrase's actors, whom it answered or asked, its
        ground, the owner of what it hits, else an implicit target."""
        noun, head, preps = trig.head, trig.head.head, self._preps(trig)
        objects = self._arguments(noun, trig=trig)
        if noun.dep_ == "dobj" and head.pos_ in VERB_POS and head.i not in coded or means is not None:
            # "issued arrest warrants on Tuesday for the Taliban's leader", "responded with strikes
            # on rebel positions": the parser hangs the noun's phrase on the neutral verb
            verb = means if means is not None else head
            objects += [t for t in self._arguments(verb, trig=trig) if t.dep_ == "pobj" and t.i != noun.i]
        if self.patterns.codes_in(trig.code, self.patterns.travel_roots):
            objects += self._chosen_destination(noun)
        targets = self.discourse.group([o for o in objects if o not in agents], sources, index) \
            or targets_of(objects, index, preps, exclude=sources) or self._reactor(noun, index, coded, sources) \
            or self._asked(noun, index, sources) or [t for t in self._grounded(noun, index) if t not in sources] \
            or self._owner_of_object(objects, index, sources)  # "American strikes on its nuclear sites"
        if targets or aimless(trig, coded, self.patterns):
            return targets  # ("China's missile launch": a show of force aimed at no one, nor at a guessed target)
        return self._implicit_target(trig, objects, index, sources)

    def _chosen_destination(self, noun: Token) -> list[Token]:
        """"made Hanoi his first foreign trip", "chose New Delhi for his first state visit": the
        place a trip is made to, named by the verb that chooses it (``choosing_verbs``)."""
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        if head.lemma_.lower() not in self.patterns.choosing_verbs or head.pos_ not in VERB_POS:
            return []
        if noun.dep_ == "pobj":
            return [c for c in head.children if c.dep_ == "dobj"]
        return [c for c in noun.children if c.dep_ == "nsubj"] + [c for c in head.children if c.dep_ == "dobj" and c.i != noun.i]

    def _hosted(self, noun: Token) -> bool:
        """"talks hosted by Malaysia's prime minister", "a meeting brokered by Qatar": the host is
        no party of the talks (hosting is an act of its own)."""
        return any(hosts(c, self.patterns) for c in noun.children) \
            and not any(c.dep_ in {"poss", "amod", "compound"} for c in noun.children)

    def _hosted_sides(self, noun: Token, index: MentionIndex) -> list[ActorMention]:
        """"agreed to restore relations after talks brokered by Turkey ended the dispute": talks
        hosted or brokered, with no parties of their own, are between the sides of the mediation."""
        hosting = [a for c in noun.children if hosts(c, self.patterns) for a in agent_tokens(c)]
        sides = self.discourse.sides(noun, [m for a in hosting for m in actors_of(a, index)]) if hosting else []
        return sides if len(sides) > 1 else []

    def _mediated(self, trig: Trigger, index: MentionIndex, roles: Roles | None) -> Roles | None:
        """"brokered a truce", "talks mediated by Qatar", "thanked Oman for its mediation": a
        mediation (``mediation_roots``) is aimed at each side of the act mediated, those its words
        name, else those of the act it hangs on or follows (``Discourse.sides``); who thanks the
        mediator for it (``thanking_verbs``) is a side."""
        thanks = self._thanks(trig.head)
        mediators = roles[0] if roles and not thanks else found_as(
            [m for o in thanks.children if o.dep_ == "dobj" for m in actors_of(o, index)] if thanks else [], "thanked")
        if not mediators:
            return roles
        thanker = self._subject_actors(thanks, index)[:1] if thanks else []
        away = {m.actor.country or m.actor.code for m in [*mediators, *thanker]}
        # ("where Modi hosted him": a pronoun names whom it hosts as well as a name does)
        named = [t for t in (roles[1] if roles else []) if (t.via in {"object", "dative", "group", "pronoun"} or t.via.startswith("prep:"))
                 and (t.actor.country or t.actor.code) not in away]
        sides = named or [t for t in self._deal_parties(trig, index) if (t.actor.country or t.actor.code) not in away] \
            or [t for t in self.discourse.sides(trig.head, mediators, next(iter(thanker), None), self._points_back(trig))
                if (t.actor.country or t.actor.code) not in away]
        if not sides and not thanker:
            return mediators, roles[1] if roles else []
        return mediators, [*thanker, *sides]

    def _deal_parties(self, trig: Trigger, index: MentionIndex) -> list[ActorMention]:
        """"brokered a truce under which the US halted its strikes on the Houthis": the parties of
        a mediated deal are those of the relative clause that spells it out, subjects and targets."""
        deals = [trig.head] if trig.is_noun else [c for c in trig.head.children if c.dep_ == "dobj"]
        clauses = [v for d in deals for c in d.children if c.dep_ == "relcl" for v in (c, *c.conjuncts)]
        # ("under which Israel agreed to halt strikes on Gaza": the act agreed to, too)
        acts = [(v, x) for v in clauses for x in (v, *(c for c in v.children if c.dep_ == "xcomp"))]
        found = {m.actor.code: m for v, x in acts
                 for m in [*self._subject_actors(v, index), *targets_of(self._arguments(x), index, self.patterns.target_prepositions)]}
        return found_as(found.values(), "clause")

    def _points_back(self, trig: Trigger) -> bool:
        """Whether a mediation is of an act told before, in an earlier sentence maybe: "its
        mediation", "Washington had mediated", "mediated the deal" (not "hosted a summit", nor
        "talks brokered by Qatar": the noun says what was mediated)."""
        if trig.is_noun:
            return True
        verb = trig.head
        # what it was is named as a thing ("brokered a deal on oil", "mediated in several conflicts"):
        # a thing told before is definite, a date or a place says nothing of it
        things = [o for o in object_tokens(verb, self.patterns.target_prepositions | self.patterns.scene_prepositions)
                  if o.pos_ == "NOUN" and o.ent_type_ not in {"DATE", "TIME"}]
        return verb.dep_ != "acl" and all(
            any(c.dep_ == "poss" for c in o.children) or _told_before(o, self.patterns) for o in things)

    def _thanks(self, token: Token) -> Token | None:
        """The verb that thanks someone for the act ``token`` names: "thanked Oman for its
        mediation", "thanked Trump for helping to broker a ceasefire"."""
        while token.dep_ == "xcomp" or (token.dep_ == "pcomp" and token.head.lower_ != "for"):
            token = token.head
        verb = token.head.head
        thanked = token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "for" and verb.pos_ in VERB_POS
        return verb if thanked and verb.lemma_.lower() in self.patterns.thanking_verbs else None

    def _reactor(self, noun: Token, index: MentionIndex, coded: Mapping[int, str], sources: list[ActorMention]) -> list[ActorMention]:
        """"Ramaphosa rebuffed Trump's threat": the act answered was aimed at who answers (not so
        the act condemned: "Egypt condemned Israel's strikes on Rafah")."""
        answer = coded.get(noun.head.i) if noun.dep_ == "dobj" else None
        if answer is None or not self.patterns.codes_in(answer, self.patterns.answer_roots):
            return []
        own = {m.actor.country or m.actor.code for m in sources}
        reactors = found_as(self._subject_actors(noun.head, index), f"subject of {noun.head.lemma_}")
        return [m for m in reactors if (m.actor.country or m.actor.code) not in own]

    def _said_from(self, noun: Token, index: MentionIndex) -> Roles | None:
        """"drawing condemnation from the United States", "faced criticism from Kyiv": who says
        what the noun names is its "from" phrase, and whom it is said of the verb's subject."""
        # the parser hangs the "from" phrase on the noun or on the verb it is the object of
        holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
        # "at the request of Benin's government": a request's "of" phrase names who asks
        said = {"from", "of"} if noun.lemma_.lower() in self.patterns.asker_nouns else {"from"}
        # ("from Qatar, … and from Saudi Arabia": the phrases joined to the first)
        preps = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in said for p in (c, *c.conjuncts)]
        speakers = [(p.lower_, g) for p in preps for g in p.children if g.dep_ == "pobj"]
        sources = [m for prep, g in speakers for m in found_as(actors_of(g, index), f"prep:{prep}")]
        if not sources:
            return None
        targets = self._criticised(noun.head, index) if noun.dep_ == "dobj" else (
            self._asked(noun, index, sources) or self._grounded(noun, index))
        return sources, [t for t in targets if t not in sources]

    def _grounded(self, noun: Token, index: MentionIndex) -> list[ActorMention]:
        """"police arrested Duterte on a warrant from the ICC", "was detained on a warrant from
        Interpol": the ground of an act (``ground_nouns``) is aimed at whom the act is done to."""
        verb = noun.head.head
        if noun.lemma_.lower() not in self.patterns.ground_nouns or noun.dep_ != "pobj" or verb.pos_ not in VERB_POS:
            return []
        patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        return found_as([m for p in patients for m in actors_of(p, index)], f"patient of {verb.lemma_}")

    def _criticised(self, verb: Token, index: MentionIndex) -> list[ActorMention]:
        """Whom "drew condemnation" is said of: the verb's subject, or the doer of the act it names
        ("The deportation of 40 Haitians by the Dominican Republic drew criticism")."""
        subj = subject_token(verb, self.patterns)
        doer = noun_source(subj, index) if subj is not None and subj.lemma_.lower() in self.patterns.nouns else []
        # "An Iranian court sentenced two men, the agency said, drawing condemnation from Amnesty":
        # a participle with no subject of its own is said of the act above it
        return doer or found_as(self._subject_actors(verb, index), f"subject of {verb.lemma_}") \
            or (self._doer(verb, index, []) if verb.dep_ != "ROOT" else [])

    def _clause_parties(self, noun: Token, index: MentionIndex) -> list[ActorMention]:
        """"Egyptian and Somali officials said after talks in Cairo", "Kyiv and Warsaw signed a deal
        at a summit": a mutual act named in a phrase on a clause is between the clause's subjects
        ("after two days of talks": through a measure of time or rounds)."""
        verb = self._occasion_clause(noun)
        return [] if verb is None else found_as(self._subject_actors(verb, index), f"subject of {verb.lemma_}")

    def _occasion_clause(self, noun: Token) -> Token | None:
        """The verb of the clause a phrase of occasion or purpose holding ``noun`` is on, if any
        (and no mediator's: "Qatar and Turkey, which mediated a ceasefire after the worst border
        fighting" are no side of it)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.patterns.measure_nouns:
            noun = noun.head.head
        prep = noun.head
        clause_pos = VERB_POS | {"AUX"}  # "is due in Riyadh for talks": the copula's subject
        # a purpose only on a clause: "a basis for talks" is no occasion
        purpose = prep.lower_ in self.patterns.purpose_prepositions and prep.head.pos_ in clause_pos
        if noun.dep_ != "pobj" or not (prep.lower_ in self.patterns.occasion_prepositions or purpose):
            return None
        # "agreed to a ceasefire at a meeting in Putrajaya": the phrase may hang on the clause's object
        verb = prep.head
        while verb.pos_ not in clause_pos and verb.head.i != verb.i and verb.dep_ in {"pobj", "prep", "dobj"}:
            verb = verb.head
        if verb.pos_ not in clause_pos or self.patterns.rules_in(self.patterns.verbs.get(verb.lemma_.lower(), ()),
                                                                  self.patterns.mediator_roots):
            return None
        return verb

    def _settled_fighting(self, noun: Token, index: MentionIndex, coded: Mapping[int, str]) -> list[ActorMention]:
        """"India and Pakistan agreed to a ceasefire after four days of missile and drone strikes":
        hostile acts of no named doer that the parties of a clause of settlement (``settlement_nouns``)
        came to terms after were between those parties (not so parties that only react: "Britain and
        France condemned Iran after attacks on shipping", nor a deal of another kind: "agreed to a
        joint naval mission after four days of attacks")."""
        if any(c.dep_ == "prep" and c.lower_ in self.patterns.victim_prepositions for c in noun.children):
            return []  # "agreed to a joint naval mission after attacks on shipping": on others
        verb = self._occasion_clause(noun)
        while verb is not None and verb.i not in coded and verb.dep_ in {"advcl", "xcomp", "conj"}:
            verb = verb.head  # "signed a treaty …, settling their border, three years after clashes"
        code = coded.get(verb.i) if verb is not None else None
        settled = verb is not None and any(t.lemma_.lower() in self.patterns.settlement_nouns for t in verb.subtree)
        if code is None or cameo(code).quad_class > 2 or not settled:
            return []
        parties = found_as(self._subject_actors(verb, index), f"subject of {verb.lemma_}")
        return parties if len({m.actor.country or m.actor.code for m in parties}) > 1 else []

    def _asked(self, noun: Token, index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"struck positions at the request of Benin's government", "agreed to take them in at
        Washington's request": a request in a phrase on a clause is made of the clause's subject."""
        if noun.lemma_.lower() not in self.patterns.asker_nouns or noun.dep_ != "pobj" or noun.head.head.pos_ not in VERB_POS:
            return []
        verb = noun.head.head
        return [m for m in found_as(self._subject_actors(verb, index), f"subject of {verb.lemma_}") if m not in sources]

    def roles(self, trig: Trigger, index: MentionIndex, coded: Mapping[int, str]) -> Roles | None:
        """Source and target, found first among the actors whose country is known; a role still
        empty is then looked for among the others (a name or sector noun the text does not place)."""
        def find(idx: MentionIndex) -> Roles | None:
            return self._noun_actors(trig, idx, coded) if trig.is_noun else self._verb_actors(trig, idx, coded)

        roles = find(index)
        if roles and roles[0] and roles[1]:
            roles = (roles[0], [t for t in roles[1] if not self._shown_force(trig, t, roles[0])])
        if index.fallback and (not roles or not roles[0] or not roles[1]):
            wide = find(index.widened())
            if wide and wide[0]:
                sources = roles[0] if roles and roles[0] else wide[0]
                targets = roles[1] if roles and roles[1] else [t for t in wide[1] if t not in sources
                                                               and not self._own_instrument(t, sources)]
                roles = (sources, targets)
        if self.patterns.codes_in(trig.code, self.patterns.mediation_roots):
            roles = self._mediated(trig, index, roles)
        return (self._placed_against(roles[0], roles[1], index), roles[1]) if roles and roles[0] else roles

    def _placed_against(self, sources: list[ActorMention], targets: list[ActorMention],
                        index: MentionIndex) -> list[ActorMention]:
        """"A Bangladeshi tribunal sentenced Hasina, and the interim government asked India to
        extradite her": an untitled office acting on a country is not that country's; when the
        sentence names one other country, it is that one's."""
        aimed = {t.actor.country for t in targets if t.actor.country}
        if not aimed or not all(self._bare_office(s) for s in sources):
            return sources
        # (people of a country place no office: "accused Russia of recruiting Belarusian citizens")
        others = {m.actor.country for m in index.by_token.values()
                  if m.actor.country and m.actor.sector not in self.patterns.crowd_sectors} - aimed
        if len(others) != 1:
            return sources
        home = others.pop()
        return [with_country(s, home) for s in sources]

    def _bare_office(self, m: ActorMention) -> bool:
        """A government office, army, police or spies with no country ("the interim government");
        not "CARICOM leaders" (the organisation's) nor students (no office)."""
        sector = m.actor.sector
        return not m.actor.country and m.actor.code == sector \
            and (sector == self.patterns.government_sector or sector in self.patterns.instruments)

    def voiced_by_analyst(self, head: Token, index: MentionIndex) -> bool:
        """Whether an analyst voices the act ("analysts said Russia would …"): it is no event.
        What each token's ancestors say is kept for the sentence's index: a chain of n clauses
        is walked once, not once per clause."""
        if self._voiced[0] is not index:
            self._voiced = (index, {})
        known = self._voiced[1]
        chain: list[Token] = []
        node = head
        while node.head.i != node.i and node.head.i not in known:
            node = node.head
            chain.append(node)
        for node in reversed(chain):
            # ("Analysts say … partners such as China, which last month agreed to lend Niger $400
            # million": a relative clause on a named actor tells a fact, not the analyst's reading)
            up = node.head.i != node.i and known[node.head.i] and node.dep_ != "relcl"
            known[node.i] = up or self._analyst_voices(node, index)
        return head.head.i != head.i and head.dep_ != "relcl" and known[head.head.i]

    def _analyst_voices(self, node: Token, index: MentionIndex) -> bool:
        if node.lemma_ in self.patterns.speech or node.lemma_ in self.patterns.cognition:
            subj = subject_token(node, self.patterns)
            if subj is not None and index.is_analyst(subj):
                return True
        return any(c.dep_ == "prep" and c.lower_ == "according" and index.is_analyst(c) for c in node.children)

    def _instrument(self, m: ActorMention) -> bool:
        """Troops and police a state moves are its instruments, not the target of its act."""
        return (m.actor.sector or m.actor.code) in self.patterns.instruments

    def _own_instrument(self, target: ActorMention, sources: list[ActorMention]) -> bool:
        """"Russia mobilized troops": forces with no country of their own, moved by a state, are its own."""
        return not target.actor.country and self._instrument(target) and any(s.actor.country for s in sources)

    def _shown_force(self, trig: Trigger, target: ActorMention, sources: list[ActorMention]) -> bool:
        """"Poland scrambled fighter jets": the forces a show of force moves (``force_roots``) are
        the source country's own, not its target."""
        return self.patterns.codes_in(trig.code, self.patterns.force_roots) and self._instrument(target) \
            and target.actor.country in {s.actor.country for s in sources}


def _first_found(act: _Act, strategies: Sequence[Callable[[_Act], list[ActorMention]]]) -> list[ActorMention]:
    """The actors the first strategy that finds any finds."""
    return next((found for found in (strategy(act) for strategy in strategies) if found), [])


def _names_only(index: MentionIndex, country: str) -> bool:
    """Whether every actor of the sentence with a country is of ``country``."""
    return all(m.actor.country in (None, country) for m in [*index.by_token.values(), *index.fallback.values()])


def _two_sides(trig: Trigger, sources: list[ActorMention]) -> bool:
    """Whether the act is fighting done by two countries' sides together, each the other's target:
    "Thai and Cambodian soldiers exchanged fire, killing one Cambodian soldier and wounding two
    Thai rangers" (the Thai killed the Cambodian, the Cambodians wounded the Thai)."""
    return cameo(trig.code).quad_class == 4 and len({m.actor.country for m in sources} - {None}) == 2


def _names_its_own_party(verb: Token, patterns: Patterns) -> bool:
    """"…, hosted the Malian president and signed a mining deal with the sultanate of Brunei": a
    verb whose partner phrase names someone, even no one the dictionaries know, has its own party
    and takes none from the clause it is joined to.  A name that only qualifies an act or a
    document ("met Lavrov and agreed to the Geneva plan") names no partner: the plan is no party."""
    phrases = [g for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ in patterns.partner_prepositions
               for g in p.children if g.dep_ == "pobj"]
    return any(t.ent_type_ in _PARTY_ENTITIES and not _qualifies_a_thing(t, patterns)
               for g in phrases for t in g.subtree if abs(t.i - g.i) <= 3)


def _qualifies_a_thing(name: Token, patterns: Patterns) -> bool:
    """Whether ``name`` is a word of a name written before a noun of an act or a document, as a
    place or a person names a plan ("the Geneva plan", "the Annan plan"); a people's adjective
    ("the Russian plan") still names a party."""
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    lemma = head.lemma_.lower()
    return head is not name and (patterns.names_an_act(lemma) or lemma in patterns.document_nouns)


_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _each_others(sources: list[ActorMention], targets: list[ActorMention]) -> list[ActorMention]:
    """"the two countries expelled each other's top diplomats": two parties named by a group word
    that act on people of their own countries (diplomats, citizens) act on each other's; people of
    no country ("condemned the rebels", "praised the journalists") are no one's."""
    countries = {m.actor.country for m in sources}
    if len(sources) != 2 or len(countries) != 2 or not all(m.via == "group" for m in sources) or not targets \
            or not all(t.actor.kind == "sector" and t.actor.country in countries for t in targets):
        return []
    return found_as(sources, "each other")


def _phrase_places(noun: Token, where: Collection[str], unfollowed: Collection[str] = ()) -> list[Token]:
    """The places a phrase of ``where`` ("in", "off") names inside a noun's own phrase, through its
    nouns and prepositions only ("a pumping station on the pipeline in Russia's Bryansk region"),
    not through the prepositions unfollowed."""
    found, stack = [], [noun]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "prep" and child.lower_ not in unfollowed or child.pos_ in {"NOUN", "PROPN"} and child.dep_ == "pobj":
                stack.append(child)
                if child.dep_ == "pobj" and child.head.lower_ in where:
                    found.append(child)
    return found


def _owner_words(noun: Token) -> list[Token]:
    """Who a noun is of: its possessor ("Venezuela's coast") and the object of its "of" ("the coast
    of Venezuela")."""
    return [c for c in noun.children if c.dep_ == "poss"] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                                               for g in c.children if g.dep_ == "pobj"]


def _implied_state(start: int, end: int, country: str, via: str, text: str = "") -> ActorMention:
    """A country the text implies as a party, at the words that say so (an empty span at the
    trigger when none do)."""
    return ActorMention(start, end, text, Actor(country, country, "state", country), via)


def _told_before(noun: Token, patterns: Patterns) -> bool:
    """Whether a determiner says the noun's thing was told before ("the protests", "this deal")."""
    return any(c.dep_ == "det" and c.lower_ in patterns.told_determiners for c in noun.children)


def _between(word: Token) -> list[Token]:
    """The objects of the word's "between"/"among" phrase, or of the phrase the small model hangs
    on what the word's "of" names ("exchanges of fire between Pakistani and Afghan forces")."""
    found = _own_between(word)
    if found or word.pos_ != "NOUN":
        return found
    return [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            for g in _own_between(o)]


def _own_between(word: Token) -> list[Token]:
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ in {"between", "among"} for g in c.children]


def _summed_clauses(noun: Token, start: int, speech: Collection[str], acts: Collection[int]) -> list[Token]:
    """The clauses an act noun after a comma may sum up, the likeliest first: one whose verb is the
    noun's own word ("the United States offered aid, an offer Havana called hypocritical"), then
    the nearest before it; clauses that tell an act first (``acts``: no statement), and what
    reports a clause when it is reported ("Trump said he had mediated, a claim Delhi rejected":
    Trump's saying; "the court found that the law was void, a ruling …": the court's finding)."""
    verbs = [t for t in noun.sent if t.i < start and t.pos_ in VERB_POS and t.lemma_ not in speech
             and any(c.dep_ in SUBJECT_DEPS for c in t.children)]
    verbs = [t for t in verbs if t.i in acts] or verbs
    same = [t for t in verbs if t.lemma_.lower() == noun.lemma_.lower()]
    return [c for t in [*same, *verbs[::-1]] for c in [_reporting_clause(t)] if c is not None]


def _reporting_clause(clause: Token) -> Token | None:
    """The clause itself, or what reports or describes it ("signed a treaty that lets citizens
    serve …, a pact …": the signing)."""
    node: Token | None = clause
    while node is not None and node.dep_ in {"ccomp", "relcl", "acl"}:
        node = next((a for a in node.ancestors if a.pos_ in VERB_POS), None)
    return node
