"""Trigger patterns: which words express which CAMEO event, loaded from YAML.

The shipped ``data/patterns.yaml`` is read first, then each user file on top of it; a user rule for a
lemma already known is tried *before* the shipped ones, so a user can refine without copying.
The file format is documented at the top of ``data/patterns.yaml`` and in ``docs/coding.md``.
"""

from __future__ import annotations


import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from realpolitik.anycase import lowered
from realpolitik.coding.ontology import cameo
from realpolitik.datafiles import Layer, read_layer, shipped_layer
from realpolitik.errors import PatternDataError


@dataclass(frozen=True)
class Rule:
    """One way a trigger word codes an event.

    ``objects``: the rule applies only when the trigger's object (direct object, or the object of
    ``particle``) has one of these lemmas ("impose" + "sanction").  ``particle``: a particle or
    preposition that must follow the verb ("call on", "pull out").  ``family``: the code comes from
    an infinitive or gerund complement ("agreed to *meet*") through that family's table, ``code``
    being the fallback.  A rule whose ``code`` is null marks a use that is no event ("sign a
    decree", "receive subsidies") and stops the search.  ``reciprocal``: the event is coded both ways.  ``target``: ``object`` (the
    default: the verb's objects and prepositional objects), ``none`` (the act has no target, e.g.
    "resign"), ``required`` (an act without one says too little: "a visit here") or ``after``
    (PETRARCH's reading: when the grammar finds no target, the first actor after the verb in its
    phrase, "renewed his licence in Michel Delving").  ``sequence``:
    words the sentence must show around the verb, in order (PETRARCH's ``- HEAVILY * OVER``), see
    :class:`Sequence`.  ``target_kinds``: the act is one only with a target of these actor kinds
    ("joined ASEAN" accedes, "joined the protests" is no accession).
    """

    lemma: str
    code: str | None
    objects: frozenset[str] = frozenset()
    particle: str | None = None
    family: str | None = None
    reciprocal: bool = False
    target: str = "object"
    id: str = ""
    joint: bool = False  # "X and Y agreed to …": parties named together act with each other  # where the rule is written: "patterns.yaml:verbs.threaten#1"
    sequence: Sequence | None = None
    reverse: str | None = None  # the target's act back to the source (PETRARCH's [032:033]: a visit, and its hosting)
    characterises: bool = False  # holds when the verb says what an act told is ("called the move a scam")
    # the object named must be what the verb says of its object ("called Accra a friend"), not
    # that object itself ("called his friend Mahama", a telephone call)
    predicate: bool = False
    target_kinds: frozenset[str] = frozenset()  # the event stands only with a target of these kinds ("joined ASEAN": igo)
    # the code of the act when the text names no target: "fired missiles into the sea" shows force,
    # it assaults no one (no target is guessed for such an act)
    untargeted: str | None = None
    ergative: bool = False  # without an object the subject is what moves: "troops moved to the border"
    converse: bool = False  # the act is the target's, done to the subject: "received loans from China" is China's aid


SLOTS = frozenset("$+^")  # a sequence's source, target, and an actor passed over (PETRARCH's markers)


@dataclass(frozen=True)
class Sequence:
    """Words around the verb, in the order the sentence must show them, other words allowed between.

    Each step is a set of alternatives; an alternative is words that stand next to each other
    ("really pleasant").  The step holding ``*`` (the verb itself, "recently *") is anchored on the
    verb; the steps before it are looked for from the sentence's start, those after it to the end of
    the verb's phrase.  Written in YAML as a list of steps, each a string or a list of strings:
    ``sequence: [heavily, unjustly, "*", [over, about]]``.  A step ``$`` or ``+`` is where the act's
    source or target stands ("- * EID AT ^ WITH +": the actor after "with" is the target, the one
    after "at" is passed over, ``^``).
    """

    steps: tuple[tuple[tuple[str, ...], ...], ...]

    @property
    def verb_step(self) -> int:
        return next(i for i, step in enumerate(self.steps) if "*" in step[0])

    @property
    def size(self) -> int:
        """How many words it asks for (its shortest alternatives): longer sequences are tried first."""
        return sum(min(len(a) for a in step) for step in self.steps)


@dataclass(frozen=True)
class Family:
    """How a complement-taking head ("refuse to …", "threaten to …") codes its complement.

    ``by_code`` maps the complement's own CAMEO code (or a prefix of it) to the family's code;
    the longest matching prefix wins, ``default`` applies when the complement is no known trigger.
    """

    name: str
    default: str | None
    by_code: Mapping[str, str]
    keeps: frozenset[str] = frozenset()
    negated: str | None = None  # the family a negated complement turns it into ("vowed not to" -> reject)
    # complement lemma -> the verb the head and its complement amount to ("ordered the staff to leave"
    # expels them): that verb's rules are matched on the head's objects
    means: Mapping[str, str] = field(default_factory=dict)

    def keeps_own_code(self, complement_code: str | None) -> bool:
        """True when the complement is coded as itself ("plans to attack" is a planned attack)."""
        return bool(complement_code) and complement_code[:2] in self.keeps

    def code_for(self, complement_code: str | None) -> str | None:
        if complement_code:
            for n in range(len(complement_code), 1, -1):
                code = self.by_code.get(complement_code[:n])
                if code:
                    return code
        return self.default


@dataclass(frozen=True)
class Patterns:
    verbs: Mapping[str, tuple[Rule, ...]]
    nouns: Mapping[str, tuple[Rule, ...]]
    families: Mapping[str, Family]
    target_prepositions: frozenset[str]
    speech: frozenset[str]
    cognition: frozenset[str]
    attempt: frozenset[str]
    scheduled: frozenset[str]
    statives: frozenset[str]
    obligation: Mapping[str, str]
    announcements: Mapping[str, str]
    unannounced_roots: frozenset[str]
    unrefused_roots: frozenset[str]
    domestic_roots: frozenset[str]
    placed_roots: frozenset[str]
    recipient_roots: frozenset[str]
    news_hubs: frozenset[str]  # datelines of regional bureaus: "DAKAR —" over a coup in Bissau
    reversals: frozenset[str]
    venues: frozenset[str] = frozenset()
    organisation_seats: frozenset[str] = frozenset()  # "STRASBOURG —" over the European Parliament places no one
    # the CAMEO code of a plain statement; words of phase ("resume shelling" is shelling); roots of
    # protests, of acts aimed at the actor's own government, and of what a protest says or does
    statement: str = "010"
    government_sector: str = "GOV"  # the sector of a country's government (protests aim at it)
    aspectual: frozenset[str] = frozenset()
    protest_roots: frozenset[str] = frozenset()
    government_targeted_roots: frozenset[str] = frozenset()
    protest_content_roots: frozenset[str] = frozenset()
    # actor sectors: offices a sentence's one country places, and a state's instruments
    offices: frozenset[str] = frozenset()
    armed_offices: frozenset[str] = frozenset()  # troops, gunmen of the one country a sentence names as a state
    force_roots: frozenset[str] = frozenset()  # shows of force: the forces they move are no target
    aim_prepositions: frozenset[str] = frozenset()  # "fired rockets at positions": aimed, though at no actor
    open_waters: frozenset[str] = frozenset()  # ... but "into the sea" aims at no one
    command_verbs: frozenset[str] = frozenset()  # "Beijing ordered the navy to …": the forces are Beijing's
    copulas: frozenset[str] = frozenset()  # "the vote was a sham": keyed on what they say of their subject
    instruments: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()  # "the country" stands for the last country named
    organisation_nouns: frozenset[str] = frozenset()  # "the bloc" for the last organisation named
    movement_nouns: frozenset[str] = frozenset()  # "the group" for the last armed group or movement named
    rebel_sectors: frozenset[str] = frozenset()  # armed groups that are a side apart from their country
    story_reaction_roots: frozenset[str] = frozenset()  # a foreign reaction with no target aims at a domestic story's country
    story_subject_roots: frozenset[str] = frozenset()  # a foreign state's act with no target aims at an essay's country
    content_of_prepositions: frozenset[str] = frozenset()  # "the announcement of an election date": its own act
    venue_nouns: frozenset[str] = frozenset()  # "said at a rally": where someone speaks, no protest
    means_prepositions: frozenset[str] = frozenset()  # "retaliated with drones": with what, not whom
    topic_prepositions: frozenset[str] = frozenset()  # "agreed to share intelligence on X": what, not with whom
    body_members: Mapping[str, str] = field(default_factory=dict)  # "the judges" sit on "the court" named before
    onlooker_roots: frozenset[str] = frozenset()  # "welcomed the deal": who does it in the sentence is no side
    public_roots: frozenset[str] = frozenset()  # "the two countries called for calm": told to all, not to each other
    standing_verbs: frozenset[str] = frozenset()  # "remain jailed": a state that lasts, no act
    description_modifiers: frozenset[str] = frozenset()  # "the rebel group", "the Gulf state", "the regional bloc"
    awaited_marks: frozenset[str] = frozenset()  # "until the group frees all hostages": not done yet
    means_verbs: frozenset[str] = frozenset()  # "retaliated by banning imports": the "by" phrase is the act
    purpose_prepositions: frozenset[str] = frozenset()  # "flew to Riyadh for talks": an occasion on a clause
    acceptances: frozenset[str] = frozenset()  # "did not accept the proposal": a refusal whenever said
    speculation_nouns: frozenset[str] = frozenset()  # "the idea that X promised …": what it holds is no act told
    choosing_verbs: frozenset[str] = frozenset()  # "made Hanoi his first trip": the place chosen is the trip's
    opening_time_prepositions: frozenset[str] = frozenset()  # "In January 2023 …": a time opening the sentence
    travel_roots: frozenset[str] = frozenset()  # "arrived in Beijing": a destination, not the traveller's country
    reported_sectors: frozenset[str] = frozenset()  # "X's security service said hackers attacked the election commission"
    content_nouns: frozenset[str] = frozenset()  # "a proposal for a truce": the truce is not made
    deciding_verbs: frozenset[str] = frozenset()  # "voted on Thursday to remove": what is decided, by the voters
    victim_prepositions: frozenset[str] = frozenset()  # "condemned the attack on the convoy": not the convoy
    victim_of_roots: frozenset[str] = frozenset()  # "condemned the killing of protesters": not the protesters
    roaming_groups: Mapping[str, frozenset[str]] = field(default_factory=dict)  # group code -> countries it acts in
    described_bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "the alliance" -> the codes it can be
    abroad_roots: frozenset[str] = frozenset()  # acts never aimed at the doer's own country (aid, embargoes)
    strike_roots: frozenset[str] = frozenset()  # "shelled Kherson": acts done to a place by force
    settlement_nouns: frozenset[str] = frozenset()  # "agreed to a ceasefire after four days of strikes"
    stated_roots: frozenset[str] = frozenset()  # "would oppose the deal": a stance stated now
    family_name_first: frozenset[str] = frozenset()  # countries whose names put the family name first
    hazard_subjects: frozenset[str] = frozenset()  # "warned that the heat would last": no threat
    owner_prepositions: frozenset[str] = frozenset()  # "an offer from Saudi Arabia": whose the act is
    envoy_nouns: frozenset[str] = frozenset()  # "summoned a senior U.S. diplomat": not the summoner's country
    proximity_words: frozenset[str] = frozenset()  # "close to the border": where, not whom
    companion_nouns: frozenset[str] = frozenset()  # ", with Trump at their side": present, no party
    commercial_nouns: frozenset[str] = frozenset()  # "agreed to buy a 60% stake": business, no politics
    commercial_roots: frozenset[str] = frozenset()  # ... for acts of these kinds
    commercial_sectors: frozenset[str] = frozenset()  # ... by doers of these sectors or of none
    route_nouns: frozenset[str] = frozenset()  # "the road from Senegal to Bamako": its ends are places
    route_prepositions: frozenset[str] = frozenset()  # ... named by these
    provision_participles: frozenset[str] = frozenset()  # "an agreement giving Washington a share": no party
    reply_nouns: frozenset[str] = frozenset()  # "revenge for Israeli strikes": the strikes were made
    crowdless_nouns: frozenset[str] = frozenset()  # "lethal strikes": no crowd is guessed for them
    told_determiners: frozenset[str] = frozenset()  # "the arrests", "these protests": told before
    statement_roots: frozenset[str] = frozenset()  # "…, a move Algiers condemned": no statement is the move
    plain_adjectives: frozenset[str] = frozenset()  # "visa-free", "free refunds": no act of freeing
    told_pronouns: frozenset[str] = frozenset()  # "'This is a provocation,' he said": the act told last
    targetless_events: frozenset[str] = frozenset()  # PLOVER events emitted without a target ("*": all)
    outward_roots: frozenset[str] = frozenset()  # acts a state or its army does abroad: the people they hit are not its own
    trying_verbs: frozenset[str] = frozenset()  # "tried to storm the palace": an attempt ...
    tried_roots: frozenset[str] = frozenset()  # ... at force (these roots) is force
    aimed_measures: frozenset[str] = frozenset()  # "sanctions on Russia": the "on" names whom it hits
    exclusion_roots: frozenset[str] = frozenset()  # "was suspended from the Forum": the body did it
    own_forces_roots: frozenset[str] = frozenset()  # "ordered 250 tanks": no act on one's own forces
    dated_by_complement: frozenset[str] = frozenset()  # "ordered them to leave in April 2024": dated so
    deadline_prepositions: frozenset[str] = frozenset()  # "to leave by April": a deadline, not when
    membership_nouns: frozenset[str] = frozenset()  # "its membership in the CSTO": the "in" names the body
    coast_nouns: frozenset[str] = frozenset()  # "off the coast of Venezuela": the country's waters
    press_sectors: frozenset[str] = frozenset()  # "told reporters": who is told is no target
    qualified_heads: frozenset[str] = frozenset()  # "riot police": the act's noun names a kind, no act
    stranger_modifiers: frozenset[str] = frozenset()  # "international NGOs": placed by no dateline
    portfolio_modifiers: frozenset[str] = frozenset()  # "foreign": ... a post before these nouns
    portfolio_nouns: frozenset[str] = frozenset()  # "the foreign minister": a post, no stranger
    story_home_sectors: frozenset[str] = frozenset({"GOV"})  # bodies a story's home places ("the opposition")
    foreign_sectors: frozenset[str] = frozenset()  # migrants and refugees: never the source's own by default
    home_roots: frozenset[str] = frozenset()  # acts done at home when the sentence names no other country
    quantity_nouns: frozenset[str] = frozenset()  # "hundreds of his supporters": the supporters act
    backing_participles: frozenset[str] = frozenset()  # "troops backed by Turkish drones" are not Turkey's
    mission_nouns: frozenset[str] = frozenset()  # "the embassies": foreign missions the sentence's country does not place
    credit_verbs: frozenset[str] = frozenset()  # "praised Mexico for extraditing": Mexico extradited
    doubting_adverbs: frozenset[str] = frozenset()  # "allegedly violated": claimed, not established
    hindrance_prepositions: frozenset[str] = frozenset()  # "barred from entering on Monday": the bar's date
    state_nouns: frozenset[str] = frozenset()  # "both governments": a group of as many countries
    people_nouns: frozenset[str] = frozenset()  # "the two leaders": the people named before, first
    spoken_acts: frozenset[str] = frozenset()  # "said X had … and urged": acts a speaker does in words
    reciprocal_pronouns: frozenset[str] = frozenset()  # "accused each other": the parties act on each other
    region_prepositions: frozenset[str] = frozenset()  # "to the Caribbean": a region as a place, no actor
    indefinite_articles: frozenset[str] = frozenset()  # "a charge Abuja denied": an answer naming an act again
    office_prepositions: frozenset[str] = frozenset()  # "judges at the ICC": whose office it is
    helping_families: frozenset[str] = frozenset()  # "helped him establish ties": the one helped is the target
    cooperation_roots: frozenset[str] = frozenset()  # the codes of cooperating with another ("06")
    refusal_modals: frozenset[str] = frozenset()  # "'We will not be lectured,' X said": a refusal in words
    first_person_pronouns: frozenset[str] = frozenset()
    sending_nouns: frozenset[str] = frozenset()  # "the sale of F-16 jets": what is sent, never the target
    stance_nouns: frozenset[str] = frozenset()  # "opposition to unilateralism" is a stance, no actor
    speaker_pronouns: frozenset[str] = frozenset()  # ... an interview's answers speak for the interviewee
    answer_markers: frozenset[str] = frozenset()
    threat_phrases: frozenset[str] = frozenset()  # "'… will pay a heavy price,' X said": a threat in words
    retaliation_verbs: frozenset[str] = frozenset()  # "would respond in kind": a retaliation announced threatens
    document_nouns: frozenset[str] = frozenset()  # "the Ottawa Convention": a town naming a document is no party
    sending_verbs: frozenset[str] = frozenset()  # verbs whose object is what is sent or given, never the target
    home_sectors: frozenset[str] = frozenset()  # ... by actors of these sectors
    abroad_words: frozenset[str] = frozenset()  # ... unless their name says they deal abroad
    pair_nouns: frozenset[str] = frozenset()  # "both sides": the last two parties named
    group_nouns: frozenset[str] = frozenset()  # "the allies", "all sides": the last list named, whatever its size
    group_determiners: frozenset[str] = frozenset()  # "the pair", "all three": a group, not "killed three"
    group_prepositions: frozenset[str] = frozenset()  # "sanctions on both countries": the group in an object's phrase
    group_places: frozenset[str] = frozenset()  # ... but "killed civilians on both sides" says where
    story_group_nouns: frozenset[str] = frozenset()  # "all sides": the story's parties
    mediator_roots: frozenset[str] = frozenset()  # who mediates between two parties is no side of the story
    party_prepositions: frozenset[str] = frozenset()  # "talks between X and Y": X and Y are the story's parties
    list_pronouns: frozenset[str] = frozenset()  # "urged them": the last list named, when the sentence has no plural
    hypothetical_aux: frozenset[str] = frozenset()  # "may visit": modality words, see patterns.yaml
    future_aux: frozenset[str] = frozenset()
    conditional_aux: frozenset[str] = frozenset()
    conditional_marks: frozenset[str] = frozenset()
    inversion_aux: frozenset[str] = frozenset()  # "Had Moscow not recognised …,": a condition told by inversion
    question_aux: frozenset[str] = frozenset()  # "Did Indonesia recognise them?": asks, tells no act
    condition_phrases: frozenset[str] = frozenset()  # "provided that", "on condition that": a bargain's condition
    standing_conditions: frozenset[str] = frozenset()  # "as long as", "whenever": not done, and no bargain
    habitual_adverbs: frozenset[str] = frozenset()  # "often hold consultations": a habit, no dated act
    habitual_verbs: frozenset[str] = frozenset()  # "tend to side with Moscow": a habit too
    continuation_verbs: frozenset[str] = frozenset()  # "continues to back him": the act told already, once
    background_prepositions: frozenset[str] = frozenset()  # "since Russia's annexation of Crimea": told before, no act of the story
    negating_dets: frozenset[str] = frozenset()
    negating_adverbs: frozenset[str] = frozenset()  # "have barely spoken": as good as not
    condition_takers: frozenset[str] = frozenset()  # "threatened action if …": the threat is made
    hypothetical_modifiers: frozenset[str] = frozenset()  # "after any ceasefire": no act yet
    denials: frozenset[str] = frozenset()
    failures: frozenset[str] = frozenset()
    background_marks: frozenset[str] = frozenset()  # "while Russia's response was predictable, …"
    discard_sentence: frozenset[str] = frozenset()  # sport, entertainment, business results
    discard_story: frozenset[str] = frozenset()
    # verb keys that are words as written (PETRARCH's "--- SAID [023]", "--- LEFT [032]"): a verb
    # written so takes their rules, whatever its lemma
    written_forms: frozenset[str] = frozenset()
    reaction_roots: frozenset[str] = frozenset()  # "rebuffed Trump's threat": two acts
    deescalation_roots: frozenset[str] = frozenset()  # "halted its offensive against Ukraine": aimed at Ukraine
    stance_roots: frozenset[str] = frozenset()  # "Mexico, which they accuse of meddling": told, not described
    forecasts: frozenset[str] = frozenset()  # "expected to sign": what others foresee, no announced intent
    answer_roots: frozenset[str] = frozenset()  # ... and the threat was aimed at who rebuffs it
    ground_nouns: frozenset[str] = frozenset()  # "arrested on a warrant from the ICC": why, not whom
    aside_nouns: frozenset[str] = frozenset()  # "for its part": an aside, no one acted on
    partner_prepositions: frozenset[str] = frozenset()  # "signed a deal with X": whom a verb's own phrase names
    hostile_prepositions: frozenset[str] = frozenset()  # "fired at": a target of hostile acts only
    doer_roots: frozenset[str] = frozenset()  # "a move Belgrade denounced": aimed at the act's doer
    crowd_sectors: frozenset[str] = frozenset()  # protesters, civilians, workers, students
    asker_nouns: frozenset[str] = frozenset()  # "at the request of X": X asks the clause's subject
    occasion_prepositions: frozenset[str] = frozenset()  # "signed after talks": the talks are the signers'
    occasion_roots: frozenset[str] = frozenset()  # "During a visit to Fiji, the minister signed": the visit is his
    request_roots: frozenset[str] = frozenset()  # appeals and demands ...
    beneficiary_nouns: frozenset[str] = frozenset()  # ... for "access to X": X benefits, is not asked
    swap_roots: frozenset[str] = frozenset()  # "A and B each freed 30 soldiers": to each other
    release_roots: frozenset[str] = frozenset()  # "the drivers were released": by whoever held them
    captor_roots: frozenset[str] = frozenset()
    host_roots: frozenset[str] = frozenset()  # "talks hosted by X": X is no party of them
    mediation_roots: frozenset[str] = frozenset()  # "brokered a truce": aimed at each side of the act mediated
    thanking_verbs: frozenset[str] = frozenset()  # "thanked Oman for its mediation": Oman mediated, the thanker is a side
    permission: frozenset[str] = frozenset()  # "allows the army to …": the act is permitted, not done
    one_way_roots: frozenset[str] = frozenset()  # "A held talks with B": A -> B only
    currencies: frozenset[str] = frozenset()  # "350 million Australian dollars": no actor
    self_owned: frozenset[str] = frozenset()  # "closed its border": its is the subject's own
    forum_nouns: frozenset[str] = frozenset()  # "filed a complaint at the WTO": the WTO is where
    forum_prepositions: frozenset[str] = frozenset()
    adversary_prepositions: frozenset[str] = frozenset()  # "a joint operation against Boko Haram": not a partner
    complement_prepositions: frozenset[str] = frozenset()  # "threatened with cutting": a gerund complement
    crowd_sector: str = "OPP"  # who protests unnamed ("protests in Belgrade")
    # "crowd" / "forces" -> {act's code -> the code it is when a crowd does it / when forces do it to one}
    crowd_acts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    act_nouns: frozenset[str] = frozenset()  # "a move Belgrade denounced": nouns that name an act told before
    home_objects: Mapping[str, str] = field(default_factory=dict)  # "freed 553 prisoners": its own (noun -> sector)
    official_acts: Mapping[str, str] = field(default_factory=dict)  # "Beijing's protest": lemma -> code for governments
    state_acts: Mapping[str, str] = field(default_factory=dict)  # "Israeli strikes": code -> code for states and armies
    light_verbs: frozenset[str] = frozenset()  # complements that lend their object's act ("expand cooperation")
    authority_roots: frozenset[str] = frozenset()  # passive acts with no agent done by the place's authorities
    abduction_roots: frozenset[str] = frozenset()  # ... and those done by the place's criminals ("were kidnapped")
    abductor_sector: str = "CRM"
    said_from_roots: frozenset[str] = frozenset()  # nominal acts whose "from" phrase names who said them
    worded_roots: frozenset[str] = frozenset()  # acts done in words: an act ("the strikes") does none
    # "his supporters", "its citizens": the source's own people, noun -> their sector
    own_people: Mapping[str, str] = field(default_factory=dict)
    seats: Mapping[str, str] = field(default_factory=dict)  # "Brussels": the EU, or Belgium's government
    # nouns that name an earlier act ("the charge") -> the CAMEO code prefixes of that act
    back_references: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # an act with no target answers the last act of these kinds aimed at its country (code prefix ->
    # prefixes): a show of force answers a hostile act, a denial an accusation
    answers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # grammar words, see patterns.yaml: who an argument is (coding/arguments.py) ...
    linking_prepositions: frozenset[str] = frozenset()  # "the allies of Russia": still the phrase's
    relative_pronouns: frozenset[str] = frozenset()  # "the rebels who attacked"
    person_relatives: frozenset[str] = frozenset()  # "workers at a factory who struck": people, not the factory
    broadcast_nouns: frozenset[str] = frozenset()  # "the Belarus 1 TV channel": a broadcaster, not the state
    charge_participles: frozenset[str] = frozenset()  # "a councillor suspected of spying for Russia": whose the charge names
    whereabouts_prepositions: frozenset[str] = frozenset()  # "workers at a factory", "workers from a mill"
    time_prepositions: frozenset[str] = frozenset()  # "after hosting Tokayev": the main subject hosts
    relation_nouns: frozenset[str] = frozenset()  # "Russia's allies": the possessor is the other party
    subject_control: frozenset[str] = frozenset()  # "promised Minsk to deliver": the subject delivers
    actor_heads: frozenset[str] = frozenset()  # "the Kabul regime": a capital standing for its government
    # ... pronouns: "he" -> "person", "it" -> "thing", "they" -> "any" (coding/discourse.py)
    pronouns: Mapping[str, str] = field(default_factory=dict)
    plural_pronouns: frozenset[str] = frozenset()
    singular_pronouns: frozenset[str] = frozenset()  # "demanded that it free": a base form (coding/modality.py)
    group_sizes: Mapping[str, int] = field(default_factory=dict)  # "both sides": 2
    place_prepositions: frozenset[str] = frozenset()  # "protesters in Lahore" (coding/mentions.py)
    posted_nouns: frozenset[str] = frozenset()  # "diplomats in Vienna": where they serve, not whose they are
    employer_prepositions: frozenset[str] = frozenset()  # "a spokesman for the ministry in Kyiv": the body's country
    personnel_nouns: frozenset[str] = frozenset()  # "military commanders": a sector adjective of these is their side
    where_prepositions: frozenset[str] = frozenset()  # "struck a depot in Sudan": where an act is done
    land_part_nouns: frozenset[str] = frozenset()  # "in Russia's Bryansk region": the region's owner is the place
    leading_verbs: frozenset[str] = frozenset()  # "the junta, led by General X": X is the body's
    scene_prepositions: frozenset[str] = frozenset()  # "met in Minsk": where the act happens (coding/locations.py)
    concessive_prepositions: frozenset[str] = frozenset()  # "despite Turkey's offer": no party of the act
    clash_nouns: frozenset[str] = frozenset()  # "shot dead during clashes with police": the police shot
    measure_nouns: frozenset[str] = frozenset()  # "after two days of talks": the talks are the occasion
    owned_things: frozenset[str] = frozenset()  # "a Philippine supply boat … the boat": the boat's country
    mutual_references: frozenset[str] = frozenset()  # "welcomed the agreement": both its parties
    linking_participles: frozenset[str] = frozenset()  # "hackers linked to a Nigerian syndicate" are Nigeria's
    reason_prepositions: frozenset[str] = frozenset()  # "arrested X over …": why an authority acts, not whom
    # ... and dates (coding/dates.py)
    intent_verbs: frozenset[str] = frozenset()  # "threatened to stop deliveries from January 1"
    planning_verbs: frozenset[str] = frozenset()  # "planned for Wednesday"
    same_moment_marks: frozenset[str] = frozenset()  # "when he visited Minsk on Monday, he signed"
    other_moment_marks: frozenset[str] = frozenset()  # "a day after India suspended the treaty"
    perfect_aux: frozenset[str] = frozenset()  # "had detained": a moment before the sentence's day
    duration_prepositions: frozenset[str] = frozenset()  # "since 2010" bounds a stretch, dates no act

    def trigger_words(self) -> list[str]:
        """The words one of which a sentence must hold to hold an act: the trigger lemmas, the nouns
        that name an act told before, and for a copula the last word of what it says of its
        subject ("was a sham"), not the copula itself."""
        said = [o.split()[-1] for c in self.copulas for r in self.verbs.get(c, ()) for o in r.objects]
        return [*(v for v in self.verbs if v not in self.copulas), *said, *self.nouns, *self.back_references]

    def codes_in(self, code: str, roots: frozenset[str]) -> bool:
        """True when ``code`` starts with one of the code prefixes ``roots``."""
        return code.startswith(tuple(roots))  # (one call, not a generator over the roots)

    def names_an_act(self, lemma: str) -> bool:
        """Whether a noun of this lemma names an act ("the move", "the verdict", "the talks")."""
        return lemma in self.act_nouns or lemma in self.back_references or lemma in self.nouns

    def done_in_words(self, verb: str) -> bool:
        """Whether every act the verb codes is one done in words (``worded_roots``: "accuse",
        "urge"; not "wound", "destroy")."""
        coded = [r.code for r in self.verbs.get(verb, ()) if r.code]
        return bool(coded) and all(self.codes_in(code, self.worded_roots) for code in coded)

    def rules_in(self, rules: Sequence[Rule], roots: frozenset[str]) -> bool:
        """True when one of a word's ``rules`` codes an act under ``roots``."""
        return any(r.code and self.codes_in(r.code, roots) for r in rules)

    @cached_property
    def describing_nouns(self) -> frozenset[str]:
        """The nouns a definite description of a country, an organisation or a movement is made of."""
        return self.country_nouns | self.organisation_nouns | self.movement_nouns

    @cached_property
    def gatherings(self) -> frozenset[str]:
        """Nouns of a gathering of people from anywhere: the venues and the nouns of consultations
        ("talks in Geneva between Bessent and He Lifeng" places neither)."""
        return self.venues | {lemma for lemma, rules in self.nouns.items() if self.rules_in(rules, self.occasion_roots)}

    @cached_property
    def travel_verbs(self) -> frozenset[str]:
        """The verbs with a rule of travel (``travel_roots``): "arrive", "visit"."""
        return frozenset(lemma for lemma, rules in self.verbs.items() if self.rules_in(rules, self.travel_roots))


def _check_code(code: Any, where: str) -> str:
    code = str(code)
    try:
        cameo(code)
    except PatternDataError as exc:
        raise PatternDataError(f"{where}: {exc}") from exc
    return code


def _optional_code(code: Any, where: str) -> str | None:
    return None if code is None else _check_code(code, where)


def _rules(lemma: str, spec: Any, where: str, classes: Mapping[str, frozenset[str]]) -> list[Rule]:
    """A lemma's rules: a bare code, one mapping, or a list of mappings."""
    specs = spec if isinstance(spec, list) else [spec]
    out = []
    for n, item in enumerate(specs, 1):
        if not isinstance(item, dict):
            item = {"code": item}
        unknown = set(item) - {"code", "objects", "particle", "family", "reciprocal", "target", "joint", "sequence", "reverse",
                                  "characterises", "untargeted", "ergative", "target_kinds", "converse", "predicate"}
        if unknown:
            raise PatternDataError(f"{where}: {lemma!r}: unknown keys {sorted(unknown)}")
        if "code" not in item:
            raise PatternDataError(f"{where}: {lemma!r}: every rule needs a code")
        target = str(item.get("target", "object"))
        if target not in {"object", "none", "required", "after"}:
            raise PatternDataError(f"{where}: {lemma!r}: target must be 'object', 'none', 'required' or 'after'")
        out.append(
            Rule(
                lemma=lemma,
                code=None if item["code"] is None else _check_code(item["code"], f"{where}: {lemma!r}"),
                objects=_objects(item.get("objects"), f"{where}: {lemma!r}", classes),
                particle=(_words(item.get("particle"), f"{where}: {lemma!r}") or [None])[0],
                family=item.get("family"),
                reciprocal=bool(item.get("reciprocal", False)),
                target=target,
                id=_rule_id(where, lemma, n),
                joint=bool(item.get("joint", False)),
                sequence=_sequence(item.get("sequence"), f"{where}: {lemma!r}"),
                reverse=_optional_code(item.get("reverse"), f"{where}: {lemma!r}"),
                untargeted=_optional_code(item.get("untargeted"), f"{where}: {lemma!r}"),
                ergative=bool(item.get("ergative", False)),
                converse=bool(item.get("converse", False)),
                characterises=bool(item.get("characterises", False)),
                predicate=bool(item.get("predicate", False)),
                target_kinds=frozenset(_words(item.get("target_kinds"), f"{where}: {lemma!r}")),
            )
        )
    return out


def _objects(value: Any, where: str, classes: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """A rule's object words; "@relief" stands for every word of the class ``relief``
    (``object_classes``), so that every verb of giving knows the same relief goods."""
    out: set[str] = set()
    for word in _words(value, where):
        if not word.startswith("@"):
            out.add(word)
        elif word[1:] in classes:
            out |= classes[word[1:]]
        else:
            raise PatternDataError(f"{where}: unknown object class {word!r}; known: {', '.join(sorted(classes))}")
    return frozenset(out)


def _object_classes(layers: Sequence[Layer]) -> dict[str, frozenset[str]]:
    """The object classes of every layer (a later layer adds words to a class), read before any
    rule so that a rule may use a class a later layer extends."""
    classes: dict[str, set[str]] = {}
    for layer in layers:
        for name, words in (layer.data.get("object_classes") or {}).items():
            classes.setdefault(str(name), set()).update(_words(words, f"{layer.name}: object_classes: {name}"))
    return {k: frozenset(v) for k, v in classes.items()}


def _sequence(value: Any, where: str) -> Sequence | None:
    """``[heavily, "*", [over, about]]`` as a :class:`Sequence`: exactly one step holds the verb."""
    if value is None:
        return None
    steps = tuple(tuple(tuple(a.lower().split()) for a in _words(step, f"{where}: sequence")) for step in _as_list(value))
    verb_steps = {i for i, step in enumerate(steps) for alt in step if "*" in alt}
    well_formed = all(step and all(step) for step in steps) and len(verb_steps) == 1 \
        and all(alt.count("*") == 1 for alt in steps[min(verb_steps)])
    if not well_formed:
        raise PatternDataError(f"{where}: a sequence is a list of words or lists of words, with one step "
                               "holding '*' (the verb) in each of its alternatives: [heavily, \"*\", over]")
    return Sequence(steps)


def _rule_id(where: str, lemma: str, n: int) -> str:
    """"patterns.yaml:verbs.threaten#1": the file, section, lemma and place of a rule."""
    layer, section = where.rsplit(": ", 1)
    return f"{Path(layer).name}:{section}.{lemma}#{n}"


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _words(value: Any, where: str) -> list[str]:
    out = []
    for w in _as_list(value):
        if not isinstance(w, str):
            # YAML 1.1 reads on/off/yes/no unquoted as booleans
            raise PatternDataError(f"{where}: {w!r} is not a word; quote it (\"on\", \"off\")")
        out.append(w)
    return out


def _grouped(data: Mapping[str, Any], key: str, layer: str) -> dict[str, str]:
    """A section listing words by group (``own_people: {OPP: [supporter, …]}``) as word -> group."""
    return {word: str(group) for group, words in (data.get(key) or {}).items() for word in _words(words, f"{layer}: {key}")}


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PatternDataError(f"{where}: {value!r} is not a count; write a whole number (both: 2)")
    return value


def _no_noun_sequences(section: Any, where: str) -> None:
    """Words in order are looked for around a verb (coding/sequences.py): a noun's rule with a
    ``sequence`` would hold wherever the noun stands, so the file is refused."""
    for lemma, spec in (section or {}).items():
        if any(isinstance(item, dict) and "sequence" in item for item in (spec if isinstance(spec, list) else [spec])):
            raise PatternDataError(f"{where}: {lemma!r}: a sequence is looked for around a verb only; "
                                   "a noun's rule cannot have one (write the verb's rule instead)")


def _merge_rules(into: dict[str, tuple[Rule, ...]], section: Any, where: str, borrowed: set[str] | None = None,
                 classes: Mapping[str, frozenset[str]] | None = None) -> None:
    """A layer's rules go before the ones below; a lemma ``borrowed`` from the lexicon is replaced
    whole (the hand-made rules of a word are all its rules)."""
    for lemma, spec in (section or {}).items():
        lemma = str(lemma)
        if borrowed is not None and lemma in borrowed:
            borrowed.discard(lemma)
            into.pop(lemma, None)
        into[lemma] = tuple(_rules(lemma, spec, where, classes or {})) + into.get(lemma, ())


def _merge_discards(into: dict[str, set[str]], section: Any, where: str) -> None:
    for kind, phrases in (section or {}).items():
        if kind not in into:
            raise PatternDataError(f"{where}: unknown kind {kind!r}; use sentence, story or ignore")
        into[kind].update(p.lower() for p in _words(phrases, f"{where}: {kind}"))


def _discards_of(layer: Layer, kind: str) -> list[str]:
    # a year alone dates a sentence, it says nothing of its topic
    phrases = (str(p).lower() for p in (layer.data.get("discards") or {}).get(kind) or [])
    return [p for p in phrases if not p.isdigit()]


@lru_cache(maxsize=1)
def _lexicon_discards() -> Layer:
    """PETRARCH-2's discard phrases, under the project's own (and its ``ignore`` list)."""
    return shipped_layer(_LEXICON, "petrarch_discards.yaml", error=PatternDataError.at)


def discard_phrase(text: str, phrases: frozenset[str]) -> str | None:
    """The first of ``phrases`` that ``text`` holds as whole words, in any case (as the text
    writes it), or None."""
    any_case, lower_case = _discard_pattern(phrases)
    # (the case-blind regular expression runs at about half the speed of the same one on lowered text)
    low = lowered(text) if lower_case is not None else None
    found = any_case.search(text) if low is None else lower_case.search(low)
    return text[found.start() : found.end()] if found else None


@lru_cache(maxsize=8)
def _discard_pattern(phrases: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The phrases as a regular expression for text in any case, and for lowered text when they
    are all ASCII (``realpolitik.anycase``: other letters may lower apart from what they match)."""
    # the phrases as a trie of letters ("asian (?:cup|games)"): where a plain list of some
    # hundred phrases tries each one at every word, this tries a letter's few continuations
    words = _alternatives(_letter_trie(phrases)) if phrases else "(?!)"
    body = rf"(?<!\w)(?:{words})(?!\w)"
    ascii_lower = all(p.isascii() and p == p.lower() for p in phrases)
    return re.compile(body, re.IGNORECASE), re.compile(body) if ascii_lower else None


def _letter_trie(words: Iterable[str]) -> dict[str, dict]:
    """The words as nested letters; the key "" marks where a word ends."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return trie


def _alternatives(node: dict[str, dict]) -> str:
    """A regular expression that matches exactly the words of the trie ``node``."""
    branches = [re.escape(letter) + _alternatives(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# Every word set of the patterns (a ``frozenset[str]`` field) is read from the YAML key of its
# name; the discard phrases are read apart.
_WORD_SETS = tuple(f.name for f in fields(Patterns) if f.type == "frozenset[str]" and not f.name.startswith("discard_"))


def _parse_layers(layers: Iterable[Layer], lexicon: Mapping[str, tuple[Rule, ...]] | None = None) -> Patterns:
    verbs: dict[str, tuple[Rule, ...]] = dict(lexicon or {})
    borrowed = set(verbs)
    nouns: dict[str, tuple[Rule, ...]] = {}
    families: dict[str, Family] = {}
    obligation: dict[str, str] = {}
    announcements: dict[str, str] = {}
    words: dict[str, set[str]] = {k: set() for k in _WORD_SETS}
    statement = "010"
    government = "GOV"
    crowd = "OPP"
    abductor = "CRM"
    body_members: dict[str, str] = {}
    back_references: dict[str, tuple[str, ...]] = {}
    answers: dict[str, tuple[str, ...]] = {}
    own_people: dict[str, str] = {}
    home_objects: dict[str, str] = {}
    pronouns: dict[str, str] = {}
    group_sizes: dict[str, int] = {}
    discards: dict[str, set[str]] = {"sentence": set(_discards_of(_lexicon_discards(), "sentence")),
                                     "story": set(_discards_of(_lexicon_discards(), "story")), "ignore": set()}
    official_acts: dict[str, str] = {}
    state_acts: dict[str, str] = {}
    crowd_acts: dict[str, dict[str, str]] = {}
    seats: dict[str, str] = {}
    roaming: dict[str, frozenset[str]] = {}
    described: dict[str, frozenset[str]] = {}
    layers = list(layers)
    classes = _object_classes(layers)
    for layer in layers:
        name, data = layer.name, layer.data
        _merge_rules(verbs, data.get("verbs"), f"{name}: verbs", borrowed, classes)
        _merge_rules(nouns, data.get("nouns"), f"{name}: nouns", classes=classes)
        _no_noun_sequences(data.get("nouns"), f"{name}: nouns")
        for fam, spec in (data.get("families") or {}).items():
            where = f"{name}: families: {fam!r}"
            old = families.get(fam)
            by_code = dict(old.by_code) if old else {}
            by_code.update({str(k): _check_code(v, where) for k, v in (spec.get("by_code") or {}).items()})
            if "default" not in spec and old is None:
                raise PatternDataError(f"{where}: needs a default code (null: the complement codes itself)")
            default = spec.get("default", old.default if old else None)
            keeps = set(old.keeps) if old else set()
            keeps.update(_words(spec.get("keeps"), where))
            negated = spec.get("negated", old.negated if old else None)
            means = {**(old.means if old else {}), **{str(k): str(v) for k, v in (spec.get("means") or {}).items()}}
            families[fam] = Family(fam, None if default is None else _check_code(default, where), by_code,
                                   frozenset(keeps), negated, means)
        for modal, fam in (data.get("obligation") or {}).items():
            obligation[str(modal)] = str(fam)
        announcements.update({str(k): str(v) for k, v in (data.get("announcements") or {}).items()})
        for key, found in words.items():
            found.update(_words(data.get(key), f"{name}: {key}"))
        own_people.update(_grouped(data, "own_people", name))
        pronouns.update(_grouped(data, "pronouns", name))
        group_sizes.update({str(k): _count(v, f"{name}: group_sizes: {k}") for k, v in (data.get("group_sizes") or {}).items()})
        official_acts.update({str(k): _check_code(v, f"{name}: official_acts") for k, v in (data.get("official_acts") or {}).items()})
        state_acts.update({_check_code(k, f"{name}: state_acts"): _check_code(v, f"{name}: state_acts")
                           for k, v in (data.get("state_acts") or {}).items()})
        for side, table in (data.get("crowd_acts") or {}).items():
            crowd_acts.setdefault(str(side), {}).update(
                {str(k): _check_code(v, f"{name}: crowd_acts: {side}") for k, v in (table or {}).items()})
        home_objects.update(_grouped(data, "home_objects", name))
        seats.update({str(k): str(v) for k, v in (data.get("seats") or {}).items()})
        roaming.update({str(k): frozenset(_words(_as_list(v), f"{name}: roaming_groups: {k}"))
                        for k, v in (data.get("roaming_groups") or {}).items()})
        described.update({str(k): frozenset(_words(_as_list(v), f"{name}: described_bodies: {k}"))
                          for k, v in (data.get("described_bodies") or {}).items()})
        for noun, roots in (data.get("back_references") or {}).items():
            back_references[str(noun)] = tuple(_words([str(r) for r in _as_list(roots)], f"{name}: back_references"))
        for root, answered in (data.get("answers") or {}).items():
            answers[str(root)] = tuple(_words([str(r) for r in _as_list(answered)], f"{name}: answers"))
        _merge_discards(discards, data.get("discards"), f"{name}: discards")
        if "government_sector" in data:
            government = str(data["government_sector"])
        if "crowd_sector" in data:
            crowd = str(data["crowd_sector"])
        if "abductor_sector" in data:
            abductor = str(data["abductor_sector"])
        body_members.update({str(k): str(v) for k, v in (data.get("body_members") or {}).items()})
        if "statement" in data:
            statement = _check_code(data["statement"], f"{name}: statement")
    for lemma, rules in [*verbs.items(), *nouns.items()]:
        for rule in rules:
            if rule.family and rule.family not in families:
                raise PatternDataError(f"{lemma!r}: unknown family {rule.family!r}")
    for modal, fam in [*obligation.items(), *announcements.items(),
                       *((f.name, f.negated) for f in families.values() if f.negated)]:
        if fam not in families:
            raise PatternDataError(f"obligation/announcement {modal!r}: unknown family {fam!r}")
    sets = {k: frozenset(v) for k, v in words.items()}
    # a verb the hand-made layers use as grammar (saying, thinking, trying, scheduling, lending its
    # object's act, calling an act off) frames an act; the lexicon's code for it ("hope" -> 020,
    # "postpone" -> 161) would code the frame instead
    grammar = sets["speech"] | sets["cognition"] | sets["attempt"] | sets["scheduled"] | sets["aspectual"] \
        | sets["light_verbs"] | sets["reversals"]
    for lemma in borrowed & grammar:
        del verbs[lemma]
    # every word set by its name: the fields are many, and a position is easy to get wrong
    return Patterns(verbs, nouns, families, obligation=obligation, announcements=announcements, statement=statement,
                    government_sector=government, crowd_sector=crowd, abductor_sector=abductor, body_members=body_members,
                    back_references=back_references, answers=answers, own_people=own_people, home_objects=home_objects,
                    pronouns=pronouns, group_sizes=group_sizes,
                    official_acts=official_acts, state_acts=state_acts, crowd_acts=crowd_acts, seats=seats,
                    roaming_groups=roaming, described_bodies=described, discard_sentence=frozenset(discards["sentence"] - discards["ignore"]),
                    discard_story=frozenset(discards["story"] - discards["ignore"]), **sets)


_LEXICON = "realpolitik.coding.data.lexicon"


@lru_cache(maxsize=1)
def _shipped() -> Layer:
    # parsed once: _parse_layers only reads the data
    return shipped_layer("realpolitik.coding.data", "patterns.yaml", error=PatternDataError.at)


@lru_cache(maxsize=1)
def _lexicon() -> Mapping[str, tuple[Rule, ...]]:
    """PETRARCH-2's verb dictionary as converted by ``realpolitik dictionaries import`` (MIT, notice
    beside it), without what its review found to over-code (``lexicon/deny.yaml``: verbs, each with
    the reason, and codes no imported rule may give): under every hand-made layer, for the words
    none of them knows.  Parsed once."""
    verbs = shipped_layer(_LEXICON, "petrarch_verbs.json", error=PatternDataError.at)
    review = shipped_layer(_LEXICON, "deny.yaml", error=PatternDataError.at)
    deny = review.data.get("deny") or {}
    codes = {_check_code(c, f"{review.name}: codes") for c in _words(review.data.get("codes"), f"{review.name}: codes")}
    kept: dict[str, tuple[Rule, ...]] = {}
    specs = {k: _without_codes(v, codes) for k, v in verbs.data["verbs"].items() if k not in deny}
    _merge_rules(kept, {k: v for k, v in specs.items() if v}, f"{verbs.name}: verbs")
    return kept


def _without_codes(spec: Any, codes: set[str]) -> list[Any]:
    """A verb's imported rules less those coding one of ``codes`` (a rule of no event, code null,
    stays: it still stops the search)."""
    items = spec if isinstance(spec, list) else [spec]
    return [i for i in items if (i.get("code") if isinstance(i, dict) else str(i)) not in codes]


def load_patterns(extra: Sequence[str | Path] = (), *, lexicon: bool = False) -> Patterns:
    """The shipped patterns with the user's files layered on top (later files win): YAML, or
    PETRARCH/TABARI verb dictionaries (converted on the fly, see realpolitik.dictionaries); under
    them all, with ``lexicon``, the imported verb lexicon for the words they lack.  The lexicon is
    opt-in: on the held-out sets it added no recall and cost some precision (README, figures)."""
    if not extra:
        return _default_patterns(lexicon)
    layers = (read_layer(p, error=PatternDataError.at, dictionaries=("verbs",)) for p in extra)
    return _parse_layers([_shipped(), *layers], _lexicon() if lexicon else None)


@lru_cache(maxsize=2)
def _default_patterns(lexicon: bool) -> Patterns:
    # built once, as the default actors are: each ``code_documents`` call asks for them
    return _parse_layers([_shipped()], _lexicon() if lexicon else None)
