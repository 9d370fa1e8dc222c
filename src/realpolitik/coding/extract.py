"""The coder's stages, run sentence by sentence, and the events they emit.

    mentions   (coding/mentions.py)   dictionary actors, named people and organisations, the dateline
    discourse  (coding/discourse.py)  surnames, "the country", pronouns: what earlier sentences named
    frames     (coding/frames.py)     trigger words and the rule each one matches (the lexicon is data:
                                      coding/patterns.py reads coding/data/patterns.yaml)
    roles      (coding/roles.py)      source and target of each trigger, with how they were found
    modality   (coding/modality.py)   asserted, negated, hypothetical, future
    dates      (coding/dates.py)      the act's own date
    emit       (here)                 one Event per source x target, with its rule and trail

Each stage asks the table of words (coding/words.py: every word's lemma, tag, dependency, head
and place, read once per parsed text) before it makes a spaCy Token of a word.

See docs/coding.md for the rules and their limits.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from realpolitik.cleaning import is_body
from realpolitik.coding.arguments import SUBJECT_DEPS, MentionIndex, object_tokens, with_country
from realpolitik.coding.dates import event_date, tells_time
from realpolitik.coding.discourse import Discourse
from realpolitik.coding.frames import Trigger, aimless, find_triggers
from realpolitik.coding.locations import event_location, gazetteer
from realpolitik.coding.mentions import (
    OPEN_ENTRY,
    Dateline,
    LeadClause,
    find_dateline,
    names_a_currency,
    names_the_state,
    open_mentions,
    outside_dateline,
    outside_names,
    section_datelines,
    story_dateline,
)
from realpolitik.coding.modality import announced, conditional, habitual, in_background, modality, negated_itself
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Patterns, discard_phrase, load_patterns
from realpolitik.coding.roles import RoleFinder, Roles
from realpolitik.coding.words import Words
from realpolitik.docdate import opening_end
from realpolitik.left_out import LeftOut, LeftOutSink
from realpolitik.records import ActorMention, Document, Event, EventActor, Location

if TYPE_CHECKING:
    from realpolitik.prefilter import Prefilter

_log = logging.getLogger(__name__)
_MAX_TRIGGER_TOKENS = 6
# how a third party of a mutual act is named when the parties are named together
_PARTNER_ROLES = {"object", "dative", "prep:with", "pronoun"}  # ("… signed a joint declaration with him")

@dataclass(frozen=True)
class _Refused:
    """Why a trigger's roles code no event (a ``LEFT_OUT_REASONS`` key), with the actors found."""

    reason: str
    sources: tuple[ActorMention, ...] = ()
    target: ActorMention | None = None
    detail: str = ""


class SentenceCoder:
    """Codes the sentences of one parsed document in order (``words``: the table of its words);
    its ``discourse`` carries what the earlier sentences named to the later ones.  With ``left_out``, each act it finds but emits no event
    for is handed to it (what it emits stays the same)."""

    def __init__(self, document: Document, patterns: Patterns, words: Words, dateline: Dateline | None = None,
                 max_parties: int = 12, left_out: LeftOutSink | None = None, home: Dateline | None = None,
                 called: Mapping[str, frozenset[str]] | None = None) -> None:
        self.document = document
        self.left_out = left_out
        self.patterns = patterns
        # a story with no dateline is about the country its lead's subject or its title names
        # (``_story_home``): its untitled offices are that country's ("… the president flew to Moscow")
        self.home = home
        self.called = called  # the states a describing noun's name holds ("the kingdom")
        self.headline_end = _headline_end(document.text)
        self.max_parties = max_parties
        self.start_story(dateline)
        self.words = words  # of the parsed text the sentences are spans of
        self._year = document.date.value.year if document.date.value else None  # acts of earlier years are background

    def start_story(self, dateline: Dateline | None) -> None:
        """Code what follows as a new story filed from ``dateline`` (the document's first, or a
        roundup's next item): what the earlier items named stands for no one in it."""
        self.dateline = dateline
        self.discourse = Discourse(self.patterns, self.called)
        self.roles = RoleFinder(self.patterns, self.discourse, dateline)
        # the date of the last act the story dated, and where its paragraph starts
        self.told: tuple[tuple[datetime.date, str], int] | None = None
        self._main: tuple[int, tuple[datetime.date, str] | None] | None = None  # (sentence start, its own time)
        self._paragraph = -1  # where the paragraph of the sentence coded last starts

    def code_sentence(self, index_no: int, sent_start: int, sent_end: int, span: Span, mentions: Sequence[ActorMention]) -> list[Event]:
        self._acts: dict[tuple[int, bool], tuple[datetime.date | None, str, Location | None]] = {}
        self._told_before = self.told  # (each act of the sentence is told from the same narrative time)
        self._modalities: dict[int, str] = {}
        self._sentence = self.document.text[sent_start:sent_end]  # one string for all its events
        self._index_no, self._sentence_start, self._sentence_end = index_no, sent_start, sent_end
        paragraph = self._paragraph_of(sent_start)
        if paragraph != self._paragraph:
            self._paragraph = paragraph
            self._forget_foreign_sectors()
        index = self._index(span, mentions)
        events: list[tuple[int, Event]] = []  # (the trigger's place in the sentence, each event)
        acts: list[tuple[str, ActorMention, ActorMention | None]] = []  # for the discourse
        sources_here: dict[ActorMention, None] = {}  # ordered, each once
        triggers = find_triggers(span, index, self.patterns, self._part_of_another if self.left_out else None)
        coded = {t.head.i: t.code for t in triggers if not t.is_noun}
        seen: set[tuple] = set()
        # "… and continues to back him": words that go on with an act the sentence may tell already
        continuing = {_trigger_span(t) for t in triggers if t.head.dep_ == "xcomp" and t.head.head.lemma_ in self.patterns.continuation_verbs}
        # acts that may answer another ("vowed to retaliate after Syrian shelling killed two soldiers")
        # are coded after the sentence's others, so that what they answer is heard wherever it is told
        # (n: the trigger's place in the sentence, its events' place in the output)
        for n, trig in self._in_answer_order(triggers):
            prepared = self._prepared(trig, index, coded)
            if prepared is None:
                continue
            trig, roles = prepared
            sources_here.update(dict.fromkeys(roles[0]))
            listed = self._too_many(trig, *roles)  # each party of a long list is coded alone
            for source, target in self._pairs(trig, *roles):
                if trig.rule.converse and target is not None:
                    source, target = target, source  # "received loans from China": China lends
                key = (source.start, source.actor.code, target.start if target else None, target.actor.code if target else None, trig.code)
                if key in seen:
                    continue
                seen.add(key)
                emitted = self._pair_events(span, trig, source, target, set(roles[0]))
                kept = [e for e in emitted if listed or self._complete(e, trig)]
                if self.left_out is not None and len(kept) < len(emitted):
                    self._dropped(emitted, kept, *_no_target_reason(trig, source, roles[1], index))
                events += [(n, e) for e in kept]
                heard = [(e.cameo, source, target) for e in emitted]
                self.discourse.hear(trig.head, heard)  # for a mediation of it named later in the sentence
                acts += heard
        self.discourse.learn(span, index, list(sources_here), acts)
        self._learn_time(span)
        return self._finished([e for _, e in sorted(events, key=lambda ranked: ranked[0])], continuing)

    def _prepared(self, trig: Trigger, index: MentionIndex, coded: Mapping[int, str]) -> tuple[Trigger, Roles] | None:
        """The trigger as coded (an official's act, a code with no target) and its roles, or None
        when they are refused (said to ``left_out``)."""
        roles = self._kept_roles(trig, index, coded)
        official = self._official(trig, roles)
        if official is not None:
            trig, roles = official, self._kept_roles(official, index, coded)
        if isinstance(roles, _Refused):
            if self.left_out is not None:
                self._leave_out(trig, roles)
            return None
        trig = self._untargeted(trig, roles, coded)
        return trig, self._victims_placed(trig, roles)

    def _pair_events(self, span: Span, trig: Trigger, source: ActorMention, target: ActorMention | None,
                     sources: set[ActorMention]) -> list[Event]:
        """The events of one source and target, and the target's act back where the rule says."""
        at = (self._index_no, self._sentence_start, self._sentence_end, span)
        emitted = self._events(*at, trig, source, target, sources)
        if target is not None and trig.rule.reverse and trig.code == trig.rule.code:
            # "left for Minas Tirith" [032:033]: the host receives the visit
            emitted.append(self._event(*at, replace(trig, code=trig.rule.reverse), target, source))
        return emitted

    def _finished(self, events: list[Event], continuing: set[tuple[int, int]]) -> list[Event]:
        """The sentence's events but the vaguer of two and those that repeat an act told already."""
        kept = _drop_vaguer(events)
        if self.left_out is not None and len(kept) < len(events):
            self._dropped(events, kept, "vaguer")
        once = _drop_repeated(kept, continuing)
        if self.left_out is not None and len(once) < len(kept):
            self._dropped(kept, once, "repeated")
        return once

    def leave_out_sentence(self, index_no: int, span: Span, mentions: Sequence[ActorMention], reason: str, detail: str = "") -> None:
        """Hand each act of a sentence that is not coded (a discard) to ``left_out``, with the
        sources found for it; the discourse learns nothing from the sentence, as when it is skipped."""
        self._index_no = index_no
        index = self._index(span, mentions)
        triggers = find_triggers(span, index, self.patterns)
        coded = {t.head.i: t.code for t in triggers if not t.is_noun}
        for _, trig in self._in_answer_order(triggers):  # (in the order the events are coded)
            roles = self._kept_roles(trig, index, coded)
            sources = roles.sources if isinstance(roles, _Refused) else tuple(roles[0])
            self._leave_out(trig, _Refused(reason, sources, detail=detail))

    def _part_of_another(self, trig: Trigger, reason: str) -> None:
        self._leave_out(trig, _Refused(reason))

    def _leave_out(self, trig: Trigger, refused: _Refused) -> None:
        """One record per source found (or one with none) of a trigger that codes no event."""
        start, end = _trigger_span(trig)
        target = _event_actor(refused.target) if refused.target else None
        for source in refused.sources or (None,):
            self.left_out(LeftOut(self.document.id, self._index_no, self.document.text[start:end], (start, end),
                                  _rule_trail(trig, None), trig.code, cameo(trig.code).plover_event,
                                  _event_actor(source) if source else None, refused.reason, target, refused.detail))

    def _dropped(self, made: list[Event], kept: list[Event], reason: str, detail: str = "") -> None:
        """Hand the events ``made`` but not ``kept`` to ``left_out``."""
        emitted = {id(e) for e in kept}
        for event in made:
            if id(event) not in emitted:
                self.left_out(LeftOut.of_event(event, reason, detail))

    def _in_answer_order(self, triggers: list[Trigger]) -> list[tuple[int, Trigger]]:
        """The triggers with their places, those that may answer another (``answers``) last, and
        of those, one that may answer another such act after it ("Bangkok denied …, after Phnom
        Penh lodged a complaint": the complaint first, so the denial answers it)."""
        answering = [t for t in triggers if self._answered_by(t) is not None]

        def rank(trig: Trigger) -> tuple[bool, bool]:
            roots = self._answered_by(trig)
            return roots is not None, roots is not None and any(
                u is not trig and any(u.code.startswith(r) for r in roots) for u in answering)

        return sorted(enumerate(triggers), key=lambda found: rank(found[1]))

    def _answered_by(self, trig: Trigger) -> Sequence[str] | None:
        """The roots of the acts ``trig`` may answer, None when it answers none."""
        return next((roots for root, roots in self.patterns.answers.items() if trig.code.startswith(root)), None)

    def _untargeted(self, trig: Trigger, roles: Roles, coded: Mapping[int, str]) -> Trigger:
        """"North Korea fired missiles into the sea": an act the text names no target of takes its
        rule's code for that (``untargeted``), a show of force rather than an assault."""
        code = trig.rule.untargeted
        return replace(trig, code=code) if code and not roles[1] and aimless(trig, coded, self.patterns) else trig

    def _complete(self, event: Event, trig: Trigger) -> bool:
        """Whether the event says enough to be emitted: a target, or an act that has none
        (``targetless_events`` in the patterns)."""
        kept = self.patterns.targetless_events
        return (event.target is not None or trig.rule.target == "none" or not event.plover_event
                or event.plover_event in kept or "*" in kept)

    def _index(self, span: Span, mentions: Sequence[ActorMention]) -> MentionIndex:
        """The sentence's actors, with what the discourse adds, placed where the text says."""
        text = self.document.text[span.start_char : span.end_char]
        mentions = [m for m in mentions if not self._region_as_place(span, m) and not self._town_naming_a_thing(span, m)
                    and not self._name_of_a_thing(span, m) and not self._stance(span, m)
                    and not self._channel_name(span, m)]
        words = self.words
        index = MentionIndex(span, self.discourse.complete(span, text, mentions, words), self.patterns, words)
        index.place_residents(span)
        # the text's own evidence and the dateline place a sector before the sentence's one country
        # does ("unless the government expelled Indian diplomats", datelined ISLAMABAD, is Pakistan's)
        destinations = self._destinations(span, words)
        # (the lead itself is read by its own words)
        home = self.home if self.home is not None and span.start_char >= self.home.start else None
        self.discourse.story_country = (home.about or home.country) if home is not None else None
        index.place_sectors(self.dateline, self.patterns.nouns, destinations, self.discourse.sectors, home)
        index.place_reported(self.patterns.reported_sectors)
        index.place_roaming(self.patterns.roaming_groups, self.dateline)
        index.host_seats(self.patterns.seats, self.patterns.government_sector)
        index.place_owned_offices(partial(self.discourse.resolve_pronoun, index=index))
        index.place_bare_mentions(self.patterns.offices, self.patterns.armed_offices, destinations)
        return index

    def _stance(self, span: Span, m: ActorMention) -> bool:
        """"calling for joint opposition to unilateralism": a sector noun that is also a stance
        (``stance_nouns``), with a "to" phrase of what it stands against, names no actor; as a
        verb's subject it is the body that acts ("The opposition to Maduro called for protests")."""
        if m.actor.kind != "sector" or m.text.lower().removeprefix("the ") not in self.patterns.stance_nouns:
            return False
        words = span.doc.char_span(m.start, m.end, alignment_mode="expand")
        return words is not None and words.root.dep_ not in SUBJECT_DEPS \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in words.root.children)

    def _region_as_place(self, span: Span, m: ActorMention) -> bool:
        """"warships deployed to the Caribbean", "migrants from North Africa": a region after a
        preposition of place or direction (``region_prepositions``) is where, not who."""
        if m.actor.kind != "region":
            return False
        head = _root_of(span, m)
        return head is not None and head.dep_ == "pobj" and head.head.lower_ in self.patterns.region_prepositions

    def _town_naming_a_thing(self, span: Span, m: ActorMention) -> bool:
        """"the Ottawa Convention", "the Minsk agreements", "the Doha talks": a town naming an act,
        a gathering or a document (``document_nouns``) is no party of it."""
        if m.actor.kind != "state":
            return False  # (most mentions: asked first)
        head = _root_of(span, m)
        if head is None or head.dep_ != "compound":
            return False
        # (a town standing for its state, not a country: "the Russia-Ukraine talks" are theirs)
        place = gazetteer().find(m.text, span.doc)
        if place is None or place.lat is None or place.country != m.actor.country:
            return False
        return self._names_a_thing(head.head)

    def _name_of_a_thing(self, span: Span, m: ActorMention) -> bool:
        """"signed the Halvorsen maritime accord": a name no dictionary knows, written before
        an act, a gathering or a document, names that thing, not a party to it."""
        if not m.actor.entry.startswith(OPEN_ENTRY):
            return False
        head = _root_of(span, m)
        return head is not None and head.dep_ in {"compound", "nmod"} and head.head.pos_ == "NOUN" \
            and self._names_a_thing(head.head)

    def _channel_name(self, span: Span, m: ActorMention) -> bool:
        """"told France 24", "told the Belarus 1 TV channel": a state's name with a small number
        counting it, or counting a broadcast noun after it, names a broadcaster, not the state (not
        "lend Ukraine 90 billion euros", "Washington's 50 percent tariffs")."""
        # (asked first, cheaply, in the document's text: most names are followed by no digit)
        if m.actor.kind != "state" or not self.document.text[m.end + 1 : m.end + 2].isdigit():
            return False
        head = _root_of(span, m)
        after = span.doc[head.i + 1] if head is not None and head.i + 1 < len(span.doc) else None
        return after is not None and after.text.isdigit() and len(after.text) <= 2 and after.dep_ == "nummod" \
            and (after.head.i == head.i or after.head.lemma_.lower() in self.patterns.broadcast_nouns)

    def _names_a_thing(self, noun: Token) -> bool:
        """Whether ``noun`` names an act, a gathering or a document ("talks", "summit", "treaty")."""
        thing = noun.lemma_.lower()
        return thing in self.patterns.nouns or thing in self.patterns.venues or thing in self.patterns.document_nouns

    def _destinations(self, span: Span, words: Words) -> set[int]:
        """The words of the places the sentence's travellers go to: "arrived in Beijing", "visited Minsk"."""
        patterns = self.patterns
        verbs = [span.doc[i] for i in range(span.start, span.end) if words.lemma[i] in patterns.travel_verbs
                 and words.pos[i] == "VERB"]
        # ("flew 200 police officers to Haiti" carries them: only a verb with no object travels itself)
        places = [g for v in verbs if not any(c.dep_ == "dobj" for c in v.children)
                  for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return {t.i for g in places for t in g.subtree}

    def _official(self, trig: Trigger, roles: Roles | _Refused) -> Trigger | None:
        """"Beijing's protest was delivered to the embassy": a government that protests complains
        officially (114), it does not take to the streets (``official_acts`` in the patterns)."""
        if isinstance(roles, _Refused):
            return None
        gov, armed = self.patterns.government_sector, self.patterns.instruments
        if all(m.actor.sector == gov or names_the_state(m) for m in roles[0]):
            code = self.patterns.official_acts.get(trig.rule.lemma)
        elif trig.is_noun and all(m.actor.kind == "state" or m.actor.sector in armed for m in roles[0]):
            # "Israeli strikes killed hundreds": what a state or its army does is no stoppage
            code = self.patterns.state_acts.get(trig.code)
        else:
            code = None
        return replace(trig, code=code) if code and code != trig.code else None

    def _kept_roles(self, trig: Trigger, index: MentionIndex, coded: Mapping[int, str]) -> Roles | _Refused:
        """The trigger's source and target, or why it codes no event: no source, a mutual act or
        one that needs a target with no other party, an act an analyst voices."""
        roles = _placed_roles(trig, index, self.roles.roles(trig, index, coded))
        if not roles or not roles[0]:
            return _Refused("no-source", target=roles[1][0] if roles and roles[1] else None)
        # words that stand for several actors ("the envoys of Kenya and Uganda") are each a party
        sources, targets = ([x for m in found for x in m.each()] for found in roles)
        if trig.head.idx < self.headline_end:
            # a headline's telegraphic grammar is read too poorly to guess what it leaves out: only
            # the parties it names act ("Washington weighs cartel strikes" aims at no one)
            sources, targets = ([m for m in found if not m.via.startswith("implicit")] for found in (sources, targets))
            if not sources:
                return _Refused("no-source", target=targets[0] if targets else None)
        alone = not targets and len(sources) < 2
        if alone and trig.rule.reciprocal and (trig.is_noun or sources[0].actor.kind != "igo"):
            # "the cabinet met on Sunday", "during a G8 summit": no relation between actors
            # (but "the CSTO met": an organisation's meeting is one of its members)
            return _Refused("no-party", tuple(sources))
        if targets and all(self._own_command(trig, sources, t) for t in targets):
            # "Maduro ordered the navy to escort tankers": a command to one's own forces
            return _Refused("own-forces", tuple(sources), targets[0])
        if trig.rule.target_kinds:
            # "East Timor joined ASEAN", "ECOWAS, which Mali left": the act is one only when what
            # it is done to is an actor of these kinds ("left Brussels for Kyiv" leaves no EU)
            kinds = trig.rule.target_kinds
            targets, found = [t for t in targets if t.actor.kind in kinds and _acted_on(trig.head, t, trig.rule.particle, self.patterns.linking_prepositions)], targets
            if not targets:
                return _Refused("target-kind", tuple(sources), found[0], _kind_detail(found[0], kinds)) if found \
                    else _Refused("needs-target", tuple(sources))
        required = trig.rule.target == "required" and not (trig.rule.joint and sources[0].actor.kind == "igo")
        if alone and required:
            return _Refused("needs-target", tuple(sources))
        if self.roles.voiced_by_analyst(trig.head, index):
            return _Refused("analyst", tuple(sources), targets[0] if targets else None)
        untold = "habitual" if habitual(trig.head, self.patterns) else "background" if in_background(trig.head, self.patterns, self._year) else None
        if untold:
            return _Refused(untold, tuple(sources), targets[0] if targets else None)
        if _mutual(trig, sources, targets) and len(sources) > 1:
            # "Modi and Xi met in Kazan": the parties act with each other, a place is no partner
            # ("signed an agreement on the East African pipeline", "a pact to patrol the Amazon
            # border": a region, or a name only the dateline places, describes the deal)
            targets = [t for t in targets if t.via in _PARTNER_ROLES and t.actor.kind != "region"
                       and "+placed:dateline" not in t.actor.entry]
        return sources, targets

    def _own_command(self, trig: Trigger, sources: list[ActorMention], target: ActorMention) -> bool:
        """Whether a request, order or purchase (``own_forces_roots``) goes to the source's own
        army, police or spies ("Poland ordered 250 Abrams tanks"): no relation between actors.
        Only a state, its government or its forces command them: rebels or an opposition demanding
        that the army stop are two sides ("the Arakan Army demanded that the military stop air
        strikes")."""
        commanders = {None, self.patterns.government_sector, *self.patterns.instruments}
        # ("the provincial government ordered patrols by police": a government and forces the text
        # places nowhere are one country's)
        unplaced = target.actor.country is None and all(s.actor.sector == self.patterns.government_sector for s in sources)
        return (self.patterns.codes_in(trig.code, self.patterns.own_forces_roots) and target.actor.sector in self.patterns.instruments
                and (target.actor.country is not None or unplaced)
                and any(s.actor.country == target.actor.country and s.actor.sector in commanders for s in sources))

    def _swap(self, trig: Trigger, sources: list[ActorMention], targets: list[ActorMention]) -> bool:
        """"Ukraine and Russia each freed 185 soldiers": parties named together freeing people of
        no country the text names free them to each other (``swap_roots``)."""
        freed = [c for c in trig.head.children if c.dep_ == "dobj"]
        return len(sources) > 1 and self.patterns.codes_in(trig.code, self.patterns.swap_roots) \
            and all(t.actor.country is None and t.actor.kind == "sector" for t in targets) \
            and not any(c.lemma_.lower() in self.patterns.owned_things for c in freed)  # ("freed a cruise ship")

    def _too_many(self, trig: Trigger, sources: list[ActorMention], targets: list[ActorMention]) -> bool:
        return _pair_count(trig, sources, targets) > self.max_parties * (len(sources) + len(targets))

    def _pairs(self, trig: Trigger, sources: list[ActorMention], targets: list[ActorMention]
               ) -> list[tuple[ActorMention, ActorMention | None]]:
        """One (source, target) per event: each source with each target, both ways for a mutual act."""
        if self._too_many(trig, sources, targets):
            # fifty names "and"-ed together: each party once, or the pairs grow as the list's square
            return [(s, None) for s in sources]
        if self._swap(trig, sources, targets):
            return [(a, b) for a in sources for b in sources if a != b]  # the people freed are each other's
        pairs: list[tuple[ActorMention, ActorMention | None]] = [(s, t) for s in sources for t in (targets or [None])]
        if _mutual(trig, sources, targets):
            if targets:
                if not self.patterns.codes_in(trig.code, self.patterns.one_way_roots):
                    pairs += [(t, s) for s, t in pairs if t is not None]
            elif len(sources) > 1:
                pairs = [(a, b) for a in sources for b in sources if a != b]
        # an actor acting on itself is no relation; keep the act, without the target (a name
        # no dictionary knows is coded by its country alone, and is not that country); but two
        # forces of one country that clash are a fight ("federal troops and Tigrayan forces clashed")
        gov = self.patterns.government_sector
        fight = _mutual(trig, sources, targets) and len(sources) > 1 and cameo(trig.code).quad_class >= 3
        reaction = self.patterns.codes_in(trig.code, self.patterns.reaction_roots)
        abroad = self.patterns.codes_in(trig.code, self.patterns.abroad_roots)
        selves = {(id(s), id(t)) for s, t in pairs
                  if t is not None and _same_actor(s, t, gov, reaction, abroad) and not (fight and t in sources)}
        # (a group's member whose target is its own drops out: the others act on it)
        pairs = [(s, None if (id(s), id(t)) in selves else t) for s, t in pairs
                 if not ((id(s), id(t)) in selves and s.via == "group")]
        if fight:
            pairs = _one_record_a_side(pairs)
        targeted = {id(s) for s, t in pairs if t is not None}
        return [(s, t) for s, t in pairs if t is not None or id(s) not in targeted]

    def _events(self, index_no: int, sent_start: int, sent_end: int, span: Span, trig: Trigger, source: ActorMention,
                target: ActorMention | None, sources: set[ActorMention]) -> list[Event]:
        """The act's event, and its announcement when it is announced for later."""
        trig = self._crowd_act(trig, source, target)
        event = self._event(index_no, sent_start, sent_end, span, trig, source, target)
        # "said they would meet the mediator": the intent is the speaker's, not the mediator's
        if trig.rule.reciprocal and source not in sources:
            return [event]
        announced = self._announcement(trig, event)
        if announced is None:
            return [event]
        stated = self._event(index_no, sent_start, sent_end, span, announced, source, target, "asserted", trig.code)
        if announced is trig or event.modality == "negated":
            # "will not support the precedent", "would oppose the deal": one refusal is one record,
            # the REJECT it states; the act it refuses is left out
            if self.left_out is not None:
                self.left_out(LeftOut.of_event(event, "refusal"))
            return [stated]
        return [event, stated]

    def _crowd_act(self, trig: Trigger, source: ActorMention, target: ActorMention | None) -> Trigger:
        """"Protesters blocked the highway", "supporters clashed with police": what a crowd does by
        force is a protest (144 blockade, 145 riot), and the forces' side of a clash with it is
        repression (175), as news readers code them (``crowd_acts`` in the patterns); what it does to
        another country's ("abroad") may stay an attack."""
        crowds, rules = self.patterns.crowd_sectors, self.patterns.crowd_acts
        if source.actor.sector in crowds:
            abroad = target is not None and target.actor.country not in {None, source.actor.country}
            code = rules.get("abroad" if abroad else "crowd", {}).get(trig.code)
        elif trig.rule.reciprocal and target is not None and target.actor.sector in crowds:
            code = rules.get("forces", {}).get(trig.code)
        else:
            code = None
        return replace(trig, code=code) if code else trig

    def _announcement(self, trig: Trigger, event: Event) -> Trigger | None:
        """"Putin will visit Minsk" is also, today, an asserted intent to meet (036); "will not
        support" a rejection (125), and so is "did not accept" (``acceptances``); "will impose
        sanctions" a threat (1312), and so is "will halt mediation unless …" (135) — as CAMEO codes them
        ("may halt mediation if …" is a possibility, no threat)."""
        promised = event.modality == "future" or (event.modality == "hypothetical" and conditional(trig.head, self.patterns))
        if trig.is_noun or trig.complement is not None or not (promised or event.modality == "negated"):
            return None
        if trig.head.dep_ == "xcomp" and trig.head.head.lower_ in self.patterns.forecasts:
            return None  # ("are expected to sign deals": others foresee it, no one announces it)
        if event.modality == "future" and self.patterns.codes_in(trig.code, self.patterns.stated_roots):
            # "France would oppose the deal", "Hungary will veto the package": a refusal to come,
            # stated now, is a refusal now
            return trig
        # "did not accept the proposal", "has not recognised the vote" refuse, whenever said
        if event.modality == "negated" and not (announced(trig.head, self.patterns)
                                                or (trig.rule.lemma in self.patterns.acceptances and negated_itself(trig.head, self.patterns))):
            return None
        kind = "refusal" if event.modality == "negated" else ("conflict" if event.quad_class >= 3 else "cooperation")
        if kind == "refusal" and trig.rule.converse:
            return None  # "will not receive the jets from Denmark" tells no refusal of Denmark's
        if kind == "conflict" and not conditional(trig.head, self.patterns) \
                and trig.rule.lemma not in self.patterns.retaliation_verbs:
            # "said it would deport 10,000 migrants" announces a policy; "will cut gas unless Kyiv
            # pays" threatens (news readers code the first as the future act alone), and so does
            # "would respond in kind": a retaliation to come is a threat now
            return None
        family = self.patterns.families.get(self.patterns.announcements.get(kind, ""))
        silent = self.patterns.unrefused_roots if kind == "refusal" else self.patterns.unannounced_roots
        if family is None or self.patterns.codes_in(trig.code, silent):
            return None
        return Trigger(trig.head, trig.rule, family.code_for(trig.code), None, trig.words)

    def _announced_on(self, span: Span, act: Token) -> tuple[datetime.date | None, str]:
        """An announcement is made when it is reported ("said on Monday that Putin will visit in
        November" is Monday's), not when the act it announces is to happen."""
        node = act
        while node.head.i != node.i:
            node = node.head
            if node.lemma_ in self.patterns.speech:
                return event_date(span, self.document.date, self.patterns, trigger=node)
        return self.document.date.value, "doc"

    def _victims_placed(self, trig: Trigger, roles: Roles) -> Roles:
        """"U.S. forces struck a boat carrying drugs from Venezuela, killing 11 people": the people a
        participle of result hurts are those of the country its clause's act was aimed at, not
        the dateline's nor no one's."""
        verb = trig.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return roles
        aimed = next((t.actor.country for i, _, _, t in self.discourse.heard
                      if i == verb.head.i and t is not None and t.actor.country), None)
        if aimed is None:
            return roles
        sources, targets = roles
        return sources, [with_country(t, aimed) if t.actor.kind == "sector" and t.actor.sector in self.patterns.crowd_sectors
                         and (not t.actor.country or "+placed:dateline" in t.actor.entry) else t for t in targets]

    def _event(self, index_no: int, sent_start: int, sent_end: int, span: Span, trig: Trigger, source: ActorMention,
               target: ActorMention | None, mode: str | None = None, announced_code: str | None = None) -> Event:
        c = cameo(trig.code)
        date, precision, location = self._act(span, trig, announced_code)
        start, end = _trigger_span(trig)
        return Event(
            doc_id=self.document.id,
            doc_date=self.document.date.value,
            sentence_index=index_no,
            sentence=self._sentence,
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
            modality=mode or self._modality(trig.head),  # type: ignore[arg-type]
            trigger_text=self.document.text[start:end],
            trigger_span=(start, end),
            location=location,
            extra={"announces": announced_code} if announced_code else {},
            rule=_rule_trail(trig, announced_code),
        )


    def _act(self, span: Span, trig: Trigger, announced_code: str | None
             ) -> tuple[datetime.date | None, str, Location | None]:
        """The act's date and place, found once per trigger however many pairs of actors it has:
        each walks the sentence, so per pair they made a long list's cost grow as its cube."""
        key = (trig.head.i, announced_code is not None)
        if key not in self._acts:
            date, precision = self._announced_on(span, trig.head) if announced_code else event_date(
                span, self.document.date, self.patterns, trigger=trig.head,
                told=self._told_before[0] if self._told_before else None,
                told_here=self._told_before is not None and self._told_before[1] == self._paragraph)
            if precision == "doc" and self.dateline is not None and self.dateline.day is not None and self._in_lead(span):
                date, precision = self.dateline.day, "day"  # the parser never saw the dateline's date
            if precision == "doc" and self._carries_time(trig):
                # (a year carried from the paragraph tells no time of its own: "In March 2016 … Germany
                # condemned Russia. Later that month, …" is still March's)
                date, precision = datetime.date(self._told_before[0][0].year, 1, 1), "year"
            elif date is not None and precision != "doc":
                self._tell(date, precision)  # ("In 2014 … Two years later …": a narrative's time)
            self._acts[key] = date, precision, event_location(trig.head, self.patterns.scene_prepositions)
        return self._acts[key]

    def told_day(self, span: Span) -> datetime.date | None:
        """The day, month or year the sentence's main clause tells, if it tells one of its own."""
        time = self._main_time(span)
        return time[0] if time is not None else None

    def _main_time(self, span: Span) -> tuple[datetime.date, str] | None:
        """The date and precision the sentence's main clause tells of its own (none: the document's),
        read once per sentence: its people's offices and the next sentences' time both ask, from
        the same narrative time."""
        if self._main is None or self._main[0] != span.start:
            # (asked before the sentence is coded: its paragraph is read from its own first word)
            here = self.told is not None and self.told[1] == self._paragraph_of(_first_char(span))
            date, precision = event_date(span, self.document.date, self.patterns, told=self.told[0] if self.told else None,
                                         told_here=here) \
                if tells_time(span) else (None, "doc")
            self._main = span.start, (date, precision) if date is not None and precision != "doc" else None
        return self._main[1]

    def _learn_time(self, span: Span) -> None:
        """The date the sentence's main clause tells, for a narrative's "two years later" in the
        next ones, when it dated no act itself ("In 2014 Russia annexed Crimea.")."""
        if self.told is not self._told_before:
            return  # (its last dated act's date is told: "formed the alliance in 2023 and quit ECOWAS on Sunday")
        time = self._main_time(span)
        if time is not None:
            self._tell(*time)

    def _tell(self, date: datetime.date, precision: str) -> None:
        self.told = (date, precision), self._paragraph

    def _forget_foreign_sectors(self) -> None:
        """At a new paragraph of a story about one country, "the government", "the police" are
        that country's again, not those of another country a paragraph before spoke of ("… Indian
        diplomats lobbied Lilongwe. ¶ Georgieva visited in April and praised the government")."""
        if self.home is None:
            return
        own = self.home.about or self.home.country
        for sector in [s for s, (country, _) in self.discourse.sectors.items() if country != own]:
            del self.discourse.sectors[sector]

    def _paragraph_of(self, start: int) -> int:
        """Where the paragraph holding the character ``start`` begins (-1: the first)."""
        return self.document.text.rfind("\n\n", 0, start)

    def _carries_time(self, trig: Trigger) -> bool:
        """"In June 2019 Astana hosted Xi. Tokayev signed a gas deal with him.": in a story with no
        dateline, an act told in the past with no date of its own took place in the year of its
        paragraph's last act dated to a month or a year, when that is not the document's year (a
        news story's undated acts are its day's, as the document date says; a year is all the
        inference holds: "Following the August election, … The Kremlin supported Lukashenko" is
        not a year ago's month)."""
        # (a month or a year, not a day: "Israel struck on Friday. Egypt condemned the strike." need
        # not be Friday's)
        # (nor in the document's own year, which its date tells better)
        if self.dateline is not None or self._told_before is None or self._told_before[1] != self._paragraph \
                or self._told_before[0][1] not in {"month", "year"} \
                or (self.document.date.value is not None and self._told_before[0][0].year == self.document.date.value.year):
            return False
        verb = trig.head
        if verb.lemma_.lower() in self.patterns.speech:
            return False  # ("…, officials in Lima said": who tells the story tells it now)
        # (a past perfect: "had signed"; a present one, "has signed", is no past act of the story)
        had = any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lower_ in self.patterns.perfect_aux for c in verb.children)
        return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and had)

    def _in_lead(self, span: Span) -> bool:
        """Whether ``span`` is the sentence the dateline opens."""
        first = _first_char(span)  # (the blanked dateline may open it)
        return self.dateline is not None and first >= self.dateline.end \
            and not span.doc.text[self.dateline.end:first].strip()

    def _modality(self, head: Token) -> str:
        if head.i not in self._modalities:
            self._modalities[head.i] = modality(head, self.patterns)
        return self._modalities[head.i]


def _first_char(span: Span) -> int:
    """Where the sentence's own words begin, past the whitespace its span opens with."""
    return span.start_char + len(span.text) - len(span.text.lstrip())


def _root_of(span: Span, m: ActorMention) -> Token | None:
    """The word of the mention ``m`` the others hang on (its parse head), if its characters align."""
    words = span.doc.char_span(m.start, m.end, alignment_mode="expand")
    return words.root if words is not None else None


def _drop_vaguer(events: list[Event]) -> list[Event]:
    """"opened fire on demonstrators, killing one": the same kind of act (PLOVER event, else CAMEO
    root) by the same source, once with a target and once without, is one act; the targetless copy
    goes."""
    def kind(e: Event) -> tuple:
        return (e.source.code, e.plover_event or e.root, e.modality)

    targeted = {kind(e) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or kind(e) not in targeted]


def _drop_repeated(events: list[Event], continuing: set[tuple[int, int]]) -> list[Event]:
    """"supported Lukashenko throughout the protests, and continues to back him": an act a word of
    ``continuing`` goes on with, told by another word of the sentence (the same source, target, code,
    modality and place, whatever its date: it goes on from then), is one record.  Two acts of one
    kind stay two ("urging Kenya to investigate and calling on Nairobi to free the activists" asks
    two things)."""
    def key(e: Event) -> tuple:
        return (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.modality,
                e.location)

    told = {key(e) for e in events if e.trigger_span not in continuing}
    return [e for e in events if e.trigger_span not in continuing or key(e) not in told]


def _no_target_reason(trig: Trigger, source: ActorMention, targets: Sequence[ActorMention],
                      index: MentionIndex) -> tuple[str, str]:
    """Why an act of ``source`` has no target: none named, or none but the source named again in
    the act's phrase ("Kenya's foreign minister criticised the Kenyan government": the roles never
    take it)."""
    phrase = [index.at(t) for t in trig.head.subtree]
    reaction = index.patterns.codes_in(trig.code, index.patterns.reaction_roots)
    abroad = index.patterns.codes_in(trig.code, index.patterns.abroad_roots)
    again = next((m for m in [*targets, *phrase] if m is not None
                  and _same_actor(source, m, index.patterns.government_sector, reaction, abroad)
                  and not source.start <= m.start < source.end), None)
    return ("self-target", repr(again.text)) if again else ("no-target", "")


def _kind_detail(target: ActorMention, kinds: Iterable[str]) -> str:
    return f"found a {target.actor.kind or 'name of no kind'}; the rule asks for {' or '.join(sorted(kinds))}"


_PLACES = {"GPE", "LOC", "FAC"}


def _acted_on(verb: Token, m: ActorMention, particle: str | None = None, linking: frozenset[str] = frozenset()) -> bool:
    """Whether ``m`` is named in the verb's direct object (or the noun its relative clause
    stands for), or in the object of the rule's ``particle`` ("withdrawal from ECOWAS", "pulled out
    of ECOWAS", through a ``linking`` preposition), not as a place ("left Brussels" leaves a city)."""
    preps = frozenset({particle}) | linking if particle else frozenset()
    return any(o.left_edge.idx <= m.start < o.right_edge.idx + len(o.right_edge) and o.ent_type_ not in _PLACES
               for o in object_tokens(verb, preps))


def _headline_end(text: str) -> int:
    """Where a headline over the story ends: a first paragraph of a few words with no closing
    mark, before more paragraphs ("Mexico and U.S. agree on security framework\n\nMEXICO CITY —
    …"); 0 when the text opens with no headline."""
    first, _, rest = text.partition("\n\n")
    first = first.rstrip()
    if not rest.strip() or not first or first[-1] in '.!?"”’\'' or len(first.split()) > 25:
        return 0
    return len(first)


def _mutual(trig: Trigger, sources: list[ActorMention], targets: Sequence[ActorMention] = ()) -> bool:
    """A mutual act, or a joint one of cooperation whose parties are named together and that its
    complement aims at no one else ("Russia and China agreed to lend Niger $400 million" is aimed
    at Niger; "Kenya and Somalia vowed to fight al-Shabaab" threatens the group, not each other)."""
    countries = {m.actor.country for m in sources}
    return trig.rule.reciprocal or (trig.rule.joint and len(sources) > 1 and cameo(trig.code).quad_class <= 2 and not any(
        t.via.startswith("complement:") and t.actor.country not in countries for t in targets))


def _one_record_a_side(pairs: list[tuple[ActorMention, ActorMention | None]]) -> list[tuple[ActorMention, ActorMention | None]]:
    """The pairs of a fight with one record for two sides of one code ("federal troops and Tigrayan
    forces clashed": ETHMIL -> ETHMIL once, not once each way)."""
    return [(s, t) for n, (s, t) in enumerate(pairs) if t is None or t.actor.code != s.actor.code
            or not any(ps is t and pt is s for ps, pt in pairs[:n])]


def _pair_count(trig: Trigger, sources: list[ActorMention], targets: list[ActorMention]) -> int:
    if not _mutual(trig, sources, targets):
        return len(sources) * max(len(targets), 1)
    return 2 * len(sources) * len(targets) if targets else len(sources) * (len(sources) - 1)


def _same_actor(source: ActorMention, target: ActorMention, government: str, reaction: bool = False,
                abroad: bool = False) -> bool:
    """The source again, or a state's own government (``government``, its sector: "Mali recalls
    ambassador", the envoy placed in Mali by the dateline: a state is its government); for a
    ``reaction`` to an act, a government's own state ("Kremlin spokesman Peskov denied any Russian
    involvement", but "Moscow freed a Russian dancer" frees one of its citizens); for an act done
    only ``abroad`` (``abroad_roots``: aid, material cooperation, embargoes), anyone of its own
    country ("Islamabad closed the Torkham crossing" embargoes no Pakistani)."""
    if abroad and source.actor.country and target.actor.country == source.actor.country:
        return not source.actor.entry.startswith(OPEN_ENTRY)
    same_country = target.actor.country == source.actor.country and not target.via.startswith("implicit")
    # (a state a group word stands for too: "the three leaders backed Tashkent's bid" is not Uzbekistan's of its own)
    state = names_the_state(source) or source.via == "group" and source.actor.code == source.actor.country
    own_government = state and target.actor.sector == government and same_country
    own_state = reaction and source.actor.sector == government and target.actor.kind == "state" \
        and target.actor.code == target.actor.country and same_country
    return (target.actor.code == source.actor.code or own_government or own_state) and not source.actor.entry.startswith(OPEN_ENTRY)


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


def _placed_roles(trig: Trigger, index: MentionIndex, roles: Roles | None) -> Roles | None:
    """PETRARCH's "- + HOSTING * MAY_DAY $": where the rule's words put the source or the target,
    the actor there takes the role (the other role keeps what the grammar found).  A rule with
    ``target: after`` reads as PETRARCH does: with no target the grammar finds, the first actor
    after the verb in its phrase is the target ("allowed that Mordor isn't …")."""
    # (the explain trail says the rule's words placed them)
    source, target = (replace(m, via="sequence") if m is not None else None
                      for m in (index.at(t) if t is not None else None for t in trig.placed))
    sources, targets = roles or ([], [])
    # "- * ARTILLERY" in "fired artillery shells at Seoul": a word the rule asks for is the act's, no actor
    named = {index.at(w) for w in trig.words} if trig.rule.sequence is not None else set()
    sources, targets = [s for s in sources if s not in named], [t for t in targets if t not in named]
    after = _first_after(trig.head, index, [*sources, *named]) if not targets and trig.rule.target == "after" else []
    if source is None and target is None and not after:
        return (sources, targets) if roles else roles
    if target is not None:
        after = [target]
    return ([source] if source else [s for s in sources if s not in after],
            after or [t for t in targets if t != source])


def _first_after(verb: Token, index: MentionIndex, sources: list[ActorMention | None]) -> list[ActorMention]:
    """The first actor after the verb in its phrase that is none of ``sources``, with the ones
    joined to it ("Dagolath and Osgiliath")."""
    for token in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        first = index.at(token)
        if first is not None and first not in sources:
            joined = (index.at(c) for c in token.conjuncts)
            return list(dict.fromkeys([first, *(m for m in joined if m is not None and m not in sources)]))
    return []


def _trigger_span(trig: Trigger) -> tuple[int, int]:
    """Character span of the trigger: the head with its particle, object or complement when close."""
    tokens = [trig.head, *trig.words]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if last - first >= _MAX_TRIGGER_TOKENS:
        first = last = trig.head.i
    doc = trig.head.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def code_documents(documents: Iterable[Document], *, nlp=None, actors=None, batch_size: int = 8,
                   patterns: Patterns | None = None, prefilter: Prefilter | None = None,
                   left_out: LeftOutSink | None = None) -> Iterator[Event]:
    """Events of each document, in document and sentence order.  A document longer than
    ``chunk_chars`` (data/limits.yaml) is parsed in paragraph-aligned pieces; its events point
    into the whole text all the same.  With ``prefilter``, only the sentences it keeps are parsed
    (the others are blanked, every offset kept); the dateline is read from the whole text.  With
    ``left_out``, each act found but not emitted is handed to it as a ``LeftOut`` (a sentence's
    before its events come out); the events stay the same."""
    from realpolitik.actors import load_actors
    from realpolitik.limits import load_limits
    from realpolitik.nlp import parse

    actors = actors or load_actors()
    patterns = patterns or load_patterns()
    limits = load_limits()
    before, dateline, home, discard = 0, None, None, None  # of the current document: its earlier pieces' sentences, …
    # the documents before blanking, with their datelines, as the parser takes them
    originals: deque[tuple[Document, Dateline | None, tuple[Dateline, ...]]] = deque()
    texts = _as_parsed(documents, originals, prefilter)
    for document, doc, start in parse(texts, nlp, batch_size=batch_size, chunk_chars=limits.chunk_chars):
        words = Words.of(doc)
        # the piece's text as parsed (``doc.text`` would join its words anew)
        parsed = document.text[start:start + words.chars]
        if not start:
            whole, found, sections = originals.popleft()
            document = whole  # its sentences quoted whole, dateline and all
            before, dateline = 0, _story_dateline(whole, found, doc, actors, patterns)
            home = _story_home(whole, doc, actors, patterns) if dateline is None else None
            # (a roundup's later items, each a story of its own place)
            sections = tuple(story_dateline(d, (), patterns.news_hubs, patterns.organisation_seats, patterns.instruments)
                             for d in sections)
            # a story about sport or show business (patterns.yaml: discards) is not coded
            discard = discard_phrase(whole.text, patterns.discard_story)
        if discard is not None and left_out is None:
            continue
        piece = _Piece(document, doc, words, parsed, start, before, limits, left_out)
        events = piece.events(actors, patterns, _moved(dateline, start), tuple(_moved(d, start) for d in sections),
                              _moved(home, start))
        if discard is None:
            yield from events
        else:  # what the story's sentences leave out keeps its own reason
            for event in events:
                left_out(LeftOut.of_event(event, "discarded-story", repr(discard)))
        before += piece.sentence_count


def _story_dateline(document: Document, found: Dateline | None, doc: Doc, actors, patterns: Patterns) -> Dateline | None:
    """``story_dateline`` of the dateline ``found`` atop ``document`` (``doc``: its first piece
    parsed); the lead's actors are looked for only under a dateline of a country the lead may move
    (a hub's, an organisation's seat): no other dateline reads them."""
    if found is None or not found.country or not _moves(found, patterns):
        return story_dateline(found, (), patterns.news_hubs, patterns.organisation_seats, patterns.instruments)
    lead = document.text[: opening_end(document.text)]
    return story_dateline(found, actors.find_mentions(lead, on=document.date.value), patterns.news_hubs,
                          patterns.organisation_seats, patterns.instruments, _lead_clause(doc, found.end, patterns))


def _story_home(document: Document, doc: Doc, actors, patterns: Patterns) -> Dateline | None:
    """The country a story with no dateline is about, as a dateline (an empty span where the lead
    ends) for what follows: the state or official that is the subject of its first sentence with a
    verb ("For three decades Kazakhstan has sold itself …"), else the first its title names as
    itself ("Astana's tightrope: …", not "Russian hybrid threats: Council sanctions …").  (A
    page's "Skip to content" has a verb but no subject: no lead.)"""
    lead = next((s for s in doc.sents if s.root.pos_ in {"VERB", "AUX"}
                 and any(c.dep_ in SUBJECT_DEPS for c in s.root.children)), None)
    if lead is None:
        return None
    end = lead.end_char
    found_there = actors.find_mentions(document.text[:end], on=document.date.value)
    own = [m for m in found_there if m.actor.country and (_names_a_state(m) or m.actor.sector == patterns.government_sector)]
    subject = next((c for c in lead.root.children if c.dep_ in SUBJECT_DEPS), None)
    said = [m for m in own if subject is not None and subject.left_edge.idx <= m.start <= subject.idx]
    title = [m for m in own if m.start < lead.start_char]
    found = next(iter(said or title), None)
    # (what it is about is its title's state first: "Belarus's anti-Kremlin Tilt …" opening "On
    # January 1, 2016, Ukraine acceded …" is about Belarus)
    named = [m for m in found_there if m.end <= lead.start_char and _names_a_state(m)]
    about = next(iter(named or said), found)
    return None if found is None else Dateline(end, end, found.text, found.actor.country, about=about.actor.country)


def _names_a_state(m: ActorMention) -> bool:
    """A state named as itself or as an owner ("Belarus's anti-Kremlin tilt"), not by an adjective."""
    text = m.text.strip()
    return names_the_state(m) or (m.actor.kind == "state" and m.actor.code == m.actor.country
                                  and text[-2:] in {"'s", "’s"} and m.actor.matched.startswith(text[:-2]))


def _moves(dateline: Dateline, patterns: Patterns) -> bool:
    """Is the dateline a hub or an organisation's seat, which the lead's subject may move?"""
    place = dateline.place.lower()
    return place in patterns.news_hubs or place in patterns.organisation_seats


def _lead_clause(doc: Doc, after: int, patterns: Patterns) -> LeadClause:
    """The own clause of the main verb of the sentence after the dateline (which ends at the
    character ``after``): not a clause hung on it ("…, as Kenya scrambled to")."""
    root = next((s.root for s in doc.sents if s.end_char > after and not s.root.is_space), None)
    if root is None:
        return LeadClause()
    words = [t for t in root.subtree if _in_own_clause(t, root)]
    places = frozenset(t.idx for t in words if t.dep_ == "pobj" and t.head.lower_ in patterns.place_prepositions)
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return LeadClause(words=frozenset(t.idx for t in words), places=places)
    # (the subject's words and its conjuncts', not its apposition or phrases: "Lena Holm, a critic
    # of the Swedish government" is no Swede's story)
    last = max((subject, *subject.conjuncts), key=lambda t: t.i)
    return LeadClause((subject.left_edge.idx, last.idx + len(last.text)), frozenset(t.idx for t in words), places)


def _in_own_clause(word: Token, verb: Token) -> bool:
    """Whether ``word`` belongs to ``verb``'s own clause, under no clause of its own between them
    (a conjoined verb with a subject of its own is one: "…, and officials praised Trump")."""
    while word.i != verb.i:
        if word.dep_ in {"advcl", "ccomp", "parataxis", "relcl", "acl"} \
                or word.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in word.children):
            return False
        word = word.head
    return True


def _as_parsed(documents: Iterable[Document], originals: deque[tuple[Document, Dateline | None, tuple[Dateline, ...]]],
               prefilter: Prefilter | None) -> Iterator[Document]:
    """Each document as the parser reads it, every offset kept, the document as it was and its
    dateline appended to ``originals``: the dateline blanked ("ABU DHABI, April 8 — Armenia and
    Azerbaijan signed …": the small model makes the place the subject of the lead's verb), and with
    ``prefilter`` the sentences no trigger can code."""
    for document in documents:
        dateline = find_dateline(document.text, document.date.value)
        sections = section_datelines(document.text, dateline, document.date.value)
        if dateline is None and sections and _chrome_only(document.text[:sections[0].start]):
            dateline = sections.pop(0)  # (under a page's chrome, or a roundup's first item)
        originals.append((document, dateline, tuple(sections)))
        text = prefilter.blank(document.text) if prefilter is not None else document.text
        for found in [d for d in (dateline, *sections) if d is not None]:
            # ending in a line break, the blank is a sentence of its own, hung on no word
            text = text[:found.start] + " " * (found.end - found.start - 1) + "\n" + text[found.end:]
        yield dataclasses.replace(document, text=text)


# "18:05 GMT - …", "14.20 - …": an entry of a live blog
_TIMESTAMP = re.compile(r"(?m)^(\d{1,2})[:.h](\d{2})\b[^\n]{0,12}?\s[-—–:|]\s")


def _in_told_order(sentences: list, text: str) -> list:
    """The sentences in the order their events happened: a live blog that puts its newest entry
    first ("18:40 GMT - … 18:05 GMT - …") is read from its last entry up, so that "the
    expulsion" an update reacts to was heard before it; any other text as it is written."""
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in _TIMESTAMP.finditer(text)]
    if len(stamps) < 3 or any(later[1] >= earlier[1] for earlier, later in zip(stamps, stamps[1:])):
        return sentences
    starts = [at for at, _ in stamps]

    def entry(sentence) -> int:  # (the title and lead before the first entry come first)
        return -bisect.bisect_right(starts, sentence[0].start) if sentence[0].start >= starts[0] else -len(starts) - 1

    return sorted(sentences, key=lambda s: (entry(s), s[0].start))


def _chrome_only(text: str) -> bool:
    """Whether ``text`` holds no paragraph of prose, only a page's title, byline, date and buttons:
    a dateline under it is the story's own (a country heading further down starts another story)."""
    return not any(is_body(p.strip()) for p in text.split("\n\n") if p.strip())


class _Piece:
    """One parsed piece of a document (the whole of it, unless it is long), with the table of its
    ``words`` and its ``text`` as parsed: codes its sentences with offsets into the piece, and
    returns events whose offsets point into the whole text."""

    def __init__(self, document: Document, doc, words: Words, text: str, start: int, sentences_before: int, limits,
                 left_out: LeftOutSink | None = None) -> None:
        self.document = document
        self.doc = doc
        self.words = words
        self.text = text
        self.start = start
        self.sentences_before = sentences_before
        self.limits = limits
        self.sentence_count = 0
        self.left_out = (lambda item: left_out(item.moved(start))) if start and left_out is not None else left_out

    def events(self, actors, patterns: Patterns, dateline: Dateline | None,
               sections: tuple[Dateline | None, ...] = (), home: Dateline | None = None) -> Iterator[Event]:
        from realpolitik.nlp import entities as document_entities
        from realpolitik.nlp import sentence_spans

        part = dataclasses.replace(self.document, text=self.text) if self.start else self.document
        words = self.words
        coder = SentenceCoder(part, patterns, words, dateline, max_parties=self.limits.max_parties, left_out=self.left_out,
                              home=home, called=actors.states_called(patterns.country_nouns))
        # things headed by an act or a gathering ("the Minsk Agreement", "the Doha summit") are no actors
        things = {*patterns.nouns, *patterns.venues, *patterns.document_nouns}
        # once per piece: Span.ents filters the whole list each time
        entities, entity_starts = document_entities(self.doc)
        on = part.date.value
        # (a currency's name is rare: the parse of each mention is read only in a text that has one)
        money = not patterns.currencies.isdisjoint(words.lemma)

        def mentions(sent, span: Span) -> list[ActorMention]:
            # (people hold the offices of the time the sentence tells: "In 2019 Charles Michel, then
            # Belgium's prime minister, …", "In 2022 Michel visited Astana" for the EU)
            when = coder.told_day(span) or on
            known = [m.moved(sent.start) for m in actors.find_mentions(sent.text, on=when)]
            ents = entities[bisect.bisect_left(entity_starts, span.start):bisect.bisect_left(entity_starts, span.end)]
            known = outside_names(outside_dateline(known, dateline), ents)
            return [m for m in known + open_mentions(ents, known, dateline, things, patterns.describing_nouns)
                    if not (money and names_a_currency(span, m, patterns.currencies))]

        waiting = [d for d in sections if d is not None]
        coded: list[tuple[int, list[Event]]] = []
        for sent, span in _in_told_order(list(sentence_spans(self.doc, self.text)), self.text):
            self.sentence_count += 1
            while waiting and sent.start >= waiting[0].start:
                # a roundup's next item: a story of its own, filed from its own place (an item with
                # no sentence, "Bhutan" over "India: …", gives way to the next)
                dateline = waiting.pop(0)
                coder.start_story(dateline)
            index_no = self.sentences_before + sent.index
            if len(span) > self.limits.max_sentence_tokens:
                _log.warning("%s: document %s, sentence %d skipped: %d tokens, over the %d-token bound (data/limits.yaml)",
                             part.source, part.id, index_no, len(span), self.limits.max_sentence_tokens)
                continue
            phrase = discard_phrase(sent.text, patterns.discard_sentence)
            if phrase is not None:  # sport, entertainment, business results (patterns.yaml: discards)
                if self.left_out is not None:
                    coder.leave_out_sentence(index_no, span, mentions(sent, span), "discarded-sentence", repr(phrase))
                continue
            events = coder.code_sentence(index_no, sent.start, sent.end, span, mentions(sent, span))
            coded.append((index_no, [self._shifted(e) for e in events] if self.start else events))
        for _, events in sorted(coded, key=lambda item: item[0]):
            yield from events

    def _shifted(self, event: Event) -> Event:
        """The event of a later piece, its offsets moved from the piece into the whole text."""
        def moved(span: tuple[int, int]) -> tuple[int, int]:
            return span[0] + self.start, span[1] + self.start

        def actor(a: EventActor | None) -> EventActor | None:
            return a.moved(self.start) if a else None

        return dataclasses.replace(event, span=moved(event.span), trigger_span=moved(event.trigger_span),
                                   source=actor(event.source), target=actor(event.target))


def _moved(dateline: Dateline | None, start: int) -> Dateline | None:
    """The document's dateline, placed relative to a piece that begins at ``start``: it still
    says where the story was filed, and lies before the piece (it matches no mention there)."""
    if dateline is None or not start:
        return dateline
    return dataclasses.replace(dateline, start=dateline.start - start, end=dateline.end - start)


def code_text(text: str, *, date: datetime.date | str | None = None, doc_id: str = "text", nlp=None, actors=None,
              patterns: Patterns | None = None) -> list[Event]:
    """Events of one text (cleaned like any document; ``date`` anchors relative dates)."""
    from realpolitik.documents import document_from_text

    document = document_from_text(text, doc_id=doc_id, date=date)
    return list(code_documents([document], nlp=nlp, actors=actors, patterns=patterns))
