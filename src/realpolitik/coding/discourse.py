"""Discourse: what a document has said so far, for the sentences that follow.

Pronouns ("it", "he", "their") stand for the actors the sentence or the ones before named; a
surname alone ("Kamau said") for the person named in full before; a definite description ("the
country", "the bloc") for the last country or organisation named; "both sides", "the three
leaders", "them" for the last list of that size or the story's parties (its sides, named together
in its lead); a noun naming an earlier act ("the charge", "the deal") for that act's other party.
The state is per document: a ``Discourse`` is made for each one and learns from each sentence
after it is coded.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from realpolitik.actors.dictionary import without_article
from realpolitik.coding.arguments import (
    SUBJECT_DEPS,
    MentionIndex,
    actors_of,
    pronoun_kind,
    subject_token,
)
from realpolitik.coding.frames import is_copula
from realpolitik.coding.locations import country_of_word
from realpolitik.coding.mentions import OPEN_ENTRY, names_the_state
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Patterns
from realpolitik.coding.words import Words
from realpolitik.records import Actor, ActorMention


class Discourse:
    """The actors a document has named so far: the last ones to act or be a subject (for
    pronouns), its people by surname, its countries, the last first."""

    def __init__(self, patterns: Patterns, called: Mapping[str, frozenset[str]] | None = None) -> None:
        self.patterns = patterns
        # the states one of whose names holds a describing noun ("the kingdom": Saudi Arabia, Jordan …)
        self.called = called or {}
        self.names: dict[str, Actor] = {}  # surname, case folded -> the person named in full earlier
        self.people: list[Actor] = []  # the people named so far, the last first
        self.named: list[Actor] = []  # the countries and organisations named so far, the last first
        self.recent: list[ActorMention] = []
        self.acts: list[tuple[str, ActorMention, ActorMention | None]] = []  # (code, source, target), last first
        self.heard: list[tuple[int, str, ActorMention, ActorMention | None]] = []  # this sentence's: (trigger, code, source, target)
        self.lists: list[tuple[int, tuple[Actor, ...]]] = []  # (sentence, parties) of "A, B and C", the last first
        self.parties: tuple[int, tuple[Actor, ...]] | None = None  # (sentence, the story's sides)
        self.acted: set[str] = set()  # the countries of the parties of every act so far
        self.targeted: set[str] = set()  # ... and of those acts were aimed at
        self.held: list[ActorMention] = []  # the last sentence's plural objects, for "them"
        self.tellers: list[ActorMention] = []  # who said something in the last sentence, the last first
        self.pair: tuple[Actor, ...] = ()  # the two countries that acted on each other in the last sentence
        self.mediators: set[str] = set()  # the countries that mediate, never a side
        self.plural_seen = 0  # the last sentence with a plural noun of actors or a plural subject ("protesters")
        self.sentences = 0  # how many sentences were learnt
        self.clauses = 0  # ... of them with a verb (a title, a place and date line, a byline tell nothing)
        self.preamble: list[ActorMention] = []  # who a communiqué's numbered clauses are said by
        self.protagonist: ActorMention | None = None  # the first official or person named: an interview's interviewee
        # the country an essay with no dateline is about (its lead's subject), once its lead is read
        self.story_country: str | None = None
        self._questions: list[int] | None = None  # where an interview's questions begin, read once
        self.things: dict[str, Actor] = {}  # "a Philippine supply boat" -> "boat": whose it is, for "the boat"
        self.org_words: dict[str, Actor] = {}  # "the European Commission" -> "commission": the organisation, for "the Commission"
        self.acronyms: dict[str, Actor] = {}  # "India's Border Security Force" -> "BSF": the body, for "the BSF"
        self.sectors: dict[str, tuple[str, str]] = {}  # sector -> (country, words) of the last such actor the text placed

    def complete(self, span: Span, text: str, mentions: Sequence[ActorMention], words: Words) -> list[ActorMention]:
        """The mentions of the sentence ``span`` (whose ``text`` it is) with what earlier sentences
        tell of them: surnames of people named before, and definite descriptions ("the country",
        "the bloc")."""
        taken = {i for m in mentions for i in words.covering(m.start, m.end) or ()}
        # ("IAEA chief Rafael Grossi said …, and Grossi asked Tehran": named in full in this sentence)
        # (a name no dictionary knows stays open here: MentionIndex places it as the full name was)
        here = {key.casefold(): (m.end, m.actor) for m in reversed(mentions) for key in self._name_keys(m)}
        echoes = self._echoes(span, text, words, taken, here)
        out = [self._armed_group_again(self._organisation_named(self._acronym_of(self._named_earlier(m, here)), mentions))
               for m in mentions] + echoes
        # a surname echoed is never a "the country" noun: the tokens taken stay the same
        described = self._descriptions(span, words, out, taken)
        return out + described + self._owned_things(span, words, taken | {t.i for m in described for t in span if m.start <= t.idx < m.end})

    def learn(self, span: Span, index: MentionIndex, sources: Sequence[ActorMention],
              acts: Sequence[tuple[str, ActorMention, ActorMention | None]] = ()) -> None:
        """Remember the sentence: its people, its countries, its acts (code, source, target), and
        for pronouns of the next sentences its sources first, then its subjects even when they
        did nothing coded ("X led a march. He criticised …")."""
        self.acts = [*reversed(acts), *self.acts][:12]
        self.tellers = [s for code, s, _ in reversed(acts) if code == self.patterns.statement]
        self.acted |= {m.actor.country for _, s, t in acts for m in (s, t) if m is not None and m.actor.country}
        self.targeted |= {t.actor.country for _, _, t in acts if t is not None and t.actor.country}
        self.heard = []
        self._learn_names(index)
        self._learn_people(span, index)
        self._learn_acronyms(index)
        self._learn_countries(span, index)
        self._learn_things(span, index)
        self._learn_sectors(span, index)
        self._learn_preamble(span, index)
        if self.protagonist is None:
            self.protagonist = next((m for m in _in_order(index.named(span), index.by_token.get) if m.actor.country
                                     and (is_person(m) or m.actor.sector == self.patterns.government_sector)), None)
        self.sentences += 1
        self.clauses += any(index.words.pos[i] in {"VERB", "AUX"} for i in range(span.start, span.end))
        here = _lists(span.doc, index.named(span), index)
        self.lists = [*((self.sentences, found) for found in here), *self.lists][:8]
        # a mediator with no sides ("Egypt and Qatar mediated talks") may be one of a list
        self.mediators |= {_party(s) for code, s, t in acts if t is not None and self.patterns.codes_in(code, self.patterns.mediator_roots)}
        self.pair = _mutual_pair(acts, self.mediators)
        if self.parties is None:
            found = self._story_parties(span, index, here, acts)
            self.parties = (self.sentences, found) if found else None
        doc, words = span.doc, index.words
        # (the plural nouns that are an actor or a subject, asked in the table before the parse)
        if any(words.tag[i] in _PLURAL_TAGS and (index.by_token.get(i) or words.dep[i] in SUBJECT_DEPS) and _plural_noun(doc[i], self.patterns)
               for i in range(span.start, span.end)):
            self.plural_seen = self.sentences
        subjects = [(i, m) for i in index.named(span, unplaced=True) if words.dep[i] in SUBJECT_DEPS
                    for m in [index.by_token.get(i) or index.fallback.get(i)] if m]
        self.held = self._plural_objects(span, index)
        # (the main clause's subject first: "Egypt declined to join …, even as Houthi attacks cut its
        # revenue. It has never joined …" is Egypt)
        main = [m for i, m in subjects if doc[i].head.i == span.root.i][:1]
        said = set(main) | set(sources)  # sets, not lists: a sentence listing hundreds of names stays linear
        mentioned = [*main, *(m for m in sources if m not in main), *(m for _, m in subjects if m not in said)]
        if mentioned:
            kept = set(mentioned)
            self.recent = mentioned + [m for m in self.recent if m not in kept][:10]

    @property
    def home_story(self) -> str | None:
        """The one country whose actors did every act told so far, at least one aimed at it (a
        domestic story), if so ("Kenya's minister criticised the delays" tells of no one at home)."""
        return next(iter(self.acted)) if len(self.acted) == 1 and self.targeted == self.acted else None

    def _plural_objects(self, span: Span, index: MentionIndex) -> list[ActorMention]:
        """The people a sentence names as plural objects, by the actor of their phrase ("still
        hold 13 U.N. staff members": the UN's), the last first, for a "them" of the next sentence."""
        words = index.words
        found = []
        for i in range(span.start, span.end):
            if words.tag[i] == "NNS" and words.dep[i] in {"dobj", "pobj", "nsubjpass"}:
                m = index.by_token.get(i) or next((index.by_token[t.i] for t in span.doc[i].subtree
                                                   if t.i < i and t.i in index.by_token), None)
                found += [m] if m is not None else []
        return found[::-1]

    def _no_sides(self, sources: Sequence[ActorMention]) -> set[str]:
        """Who a group word never stands for: the act's sources, the story's mediators and those
        this sentence named so far ("in talks mediated by Qatar and Turkey, after the worst
        fighting between the neighbours")."""
        brokers = {s.actor.country or s.actor.code for _, code, s, _ in self.heard
                   if self.patterns.codes_in(code, self.patterns.mediator_roots)}
        # ("China and the United States welcomed the agreement, and Guterres urged both sides to
        # respect it": who looks on is no side, unless one of the story's)
        story = {a.country or a.code for a in self.parties[1]} if self.parties else set()
        onlookers = {_party(s) for _, code, s, _ in self.heard if self.patterns.codes_in(code, self.patterns.onlooker_roots)} - story
        return {m.actor.country or m.actor.code for m in sources} | self.mediators | brokers | onlookers

    def group(self, nouns: Sequence[Token], sources: Sequence[ActorMention],
              index: MentionIndex | None = None) -> list[ActorMention]:
        """"urged both sides to exercise restraint", "the three countries reimposed sanctions", "the
        pair signed", "all three condemned": the last list of as many parties as the words say
        ("Britain, France and Germany", "the E3", the story's parties), in the sentence (with
        ``index``) or an earlier one, none of them the source or a mediator; "the allies": the last
        list of this sentence or the one before, whatever its size, "all sides" else the story's
        parties; also in the noun's phrase ("the ambassadors of both countries", "a protest with
        both countries")."""
        sides = self._no_sides(sources)
        for noun in [n for x in nouns for n in (x, *_phrase_groups(x, self.patterns))]:
            count = _group_size(noun, self.patterns)
            if count is None:
                continue
            # (a mediator is no side, but may well be one of "the three presidents")
            people = noun.lemma_.lower() in self.patterns.people_nouns
            own = {m.actor.country or m.actor.code for m in sources} if people else sides
            # (the states of people named one by one, unless a counted crowd was named since:
            # "… detained three activists. The three men were released")
            listed = self._group_of(noun, count, own, index) or (self._people_group(noun, count, own, index) if people else [])
            if listed and noun.lemma_.lower() in self.patterns.state_nouns:
                # "both governments", "the two countries" are the states, not the officers,
                # reporters or troops of them that were named
                listed = [Actor(a.country, a.country, "state", a.country) if a.country else a for a in listed]
            if listed:
                return [ActorMention(noun.idx, noun.idx + len(noun.text), noun.text, a, "group") for a in listed]
        return []

    def _group_of(self, noun: Token, count: int, own: set[str | None], index: MentionIndex | None) -> Sequence[Actor]:
        """The parties of a group word of ``count`` (0: any number): a list of its sentence, the
        parties its sentence names before it ("met Erdogan in Ankara, and the two leaders agreed"),
        for "both sides" the story's parties, an earlier list or the story's parties, the nearest
        first; with no count a list of this sentence or the one before, else for "all sides" the
        story's parties."""
        states = noun.lemma_.lower() in self.patterns.state_nouns
        lists = self._known_lists(noun, index)
        known = [(age, found) for age, found in lists if _fits_group(found, count, own, states)]
        story = self.parties[1] if noun.lemma_.lower() in self.patterns.story_group_nouns and self.parties \
            and _fits_group(self.parties[1], count, own, states) else ()
        if not count:
            return next((found for age, found in known if age <= 1), story)
        # ("Obama received Sharif and Zardari, where the two sides discussed security": a list of
        # one country's people is one side when the sentence names another country before; but
        # "troops and rebels clashed near the Turkish border, and the UN urged both sides" are two)
        named = [] if any(age == 0 and not _one_countrys_people(found) for age, found in known) \
            else self._named_before(noun, index, count, own, [k for k in known if k[0] or not _one_countrys_people(k[1])])
        # "both sides" are the story's before a list named since ("called on Washington and Paris,
        # the guarantors of the truce, … urged both sides")
        # ("… accused Algeria of sheltering armed groups, a charge Algiers denied. In April, the two
        # countries recalled their ambassadors": the two parties of the sentence before, not an older list)
        pair = self.pair if count == 2 and _fits_group(self.pair, 2, own, states) else ()
        return named or next((found for age, found in known if age == 0), story) \
            or next((found for age, found in known if age <= 1), pair) \
            or self._just_named_or_older(noun, count, own, index, known, states)

    def _just_named_or_older(self, noun: Token, count: int, own: set[str | None], index: MentionIndex | None,
                             known: Sequence[tuple[int, tuple[Actor, ...]]], states: bool) -> Sequence[Actor]:
        """A group of states named in no list of its sentence or the one before: the states just
        named ("Baghdad expelled the Turkish ambassador. Turkey denied the charges. In 2012 the two
        governments held talks"), before an older list; but a list of the last few sentences one of
        them belongs to is still the pair told of ("India and Pakistan agreed to ease visa rules.
        Washington praised Islamabad. In 2013 the two countries held talks": not the United States)."""
        older = next((found for _, found in known), ())
        recent = next((found for age, found in known if age <= _RECENT_LIST_AGE), ())
        named = self._states_named(noun, count, own, index) if states else []
        if named and {a.country for a in named} & {a.country or a.code for a in recent}:
            return recent
        return named or older

    def _states_named(self, noun: Token, count: int, own: set[str | None], index: MentionIndex | None) -> list[Actor]:
        """"Traoré met Mali's junta leader … The three juntas, including Niger's, quit ECOWAS",
        "Türkiye's foreign minister hosted his Somali and Ethiopian counterparts … The three
        ministers agreed": the states of a counted group of states or people named in no list are
        those its phrase names, then the last states named before it (an armed group of no
        country is none: "Islamic State fighters attacked Iraqi troops. The two countries …")."""
        # (a larger list just named is no group of states named one by one: "Iran, Russia and China
        # held drills. Washington condemned the two countries.")
        if count < 2 or index is None or any(
                len(found) > count and (age == 0 or age == 1 and any(found is f for _, f in self.lists))
                for age, found in self._known_lists(noun, index)):
            return []
        inside = [m.actor for t in noun.subtree if t.i != noun.i for m in [index.at(t)] if m is not None]
        states = _distinct_countries([a for a in [*inside, *self.named] if a.country and a.kind != "igo"], own)[:count]
        return [Actor(a.country, a.country, "state", a.country) for a in states] if len(states) == count else []

    def _people_group(self, noun: Token, count: int, own: set[str | None], index: MentionIndex | None) -> Sequence[Actor]:
        """"the three presidents", "the two ministers" named in no list: the last people of as many
        countries, else the states of people named one by one, unless a counted crowd was named
        since ("… detained three activists. The three men were released")."""
        return self._people_before(count, own) or (self._states_named(noun, count, own, index) if self.people else [])

    def _people_before(self, count: int, own: set[str | None]) -> list[Actor]:
        """"Rahmon hosted Japarov and Mirziyoyev … The three presidents also agreed": people named
        in no list of the group's size are the last people of as many countries named before."""
        people = _distinct_countries(self.people, own)[:count]
        return people if count and len(people) == count else []

    def _heard_pair(self, noun: Token, count: int, own: set[str | None]) -> list[Actor]:
        """"He met Ethiopian Prime Minister Abiy Ahmed, and the two leaders agreed": the two parties
        of the last act this sentence told before a group word of two (a pronoun among them)."""
        if count != 2:
            return []
        for i, _, source, target in reversed(self.heard):
            if i < noun.i and target is not None and source.actor.country and target.actor.country \
                    and source.actor.country != target.actor.country and not {source.actor.country, target.actor.country} & own:
                return [source.actor, target.actor]
        return []

    def names_group(self, nouns: Sequence[Token]) -> bool:
        """Whether the nouns, or the phrases on them, name a group ("both sides", "sanctions on
        the three countries")."""
        return any(_group_size(n, self.patterns) is not None for x in nouns for n in (x, *_phrase_groups(x, self.patterns)))

    def plural(self, pronoun: Token, sources: Sequence[ActorMention], index: MentionIndex) -> list[ActorMention]:
        """"ECOWAS had invited them": a plural pronoun with no plural antecedent before it in its
        sentence stands for the last list named (the story's parties among them), unless a plural
        noun of actors ("the protesters") was named since; a group word or a list before it in the
        sentence is what it stands for."""
        if pronoun.lower_ not in self.patterns.list_pronouns:
            return []
        before = [t for t in pronoun.sent if t.i < pronoun.i]
        grouped = self.group([t for t in reversed(before) if _group_size(t, self.patterns)], sources, index)
        # any plural noun may be what it stands for ("promised to recognise these territories but
        # never recognised them")
        if grouped or any(_plural_noun(t, self.patterns) for t in before):
            return [as_pronoun(pronoun, m) for m in grouped]
        own = self._no_sides(sources)
        age, listed = next(((age, found) for age, found in self._known_lists(pronoun, index) if _fits_group(found, 0, own)),
                           (0, ()))
        if not listed or self.sentences + 1 - age < self.plural_seen:
            return []
        return [ActorMention(pronoun.idx, pronoun.idx + len(pronoun), pronoun.text, a, "pronoun") for a in listed]

    def _answering(self, token: Token) -> bool:
        """Whether the word is the interviewee's, in an interview's answer: a paragraph opening with
        an answer marker, or any paragraph but a question after the first of an interview's
        questions (paragraphs that end in a question mark, two at least); not within quotation
        marks, which speak for whoever is quoted ('Peskov said: "We condemn this attack"' under an
        explainer's question headings)."""
        text = token.doc.text
        at = text.rfind("\n\n", 0, token.idx)
        start = at + 2 if at >= 0 else 0  # (where the word's paragraph begins)
        if _inside_quotes(text[start:token.idx]):
            return False
        if any(text.startswith(marker, start) and text[start + len(marker):start + len(marker) + 1].isspace()
               for marker in self.patterns.answer_markers):  # (not "A.U. troops")
            return True
        if self._questions is None:
            paragraphs = [(m.start(), m.group().strip()) for m in re.finditer(r"(?:^|(?<=\n\n))[^\n]+(?:\n[^\n]+)*", text)]
            self._questions = [at for at, p in paragraphs if p.endswith("?") and len(p.split()) >= 3]
        return len(self._questions) >= 2 and start > self._questions[0] and start not in self._questions

    def _learn_preamble(self, span: Span, index: MentionIndex) -> None:
        """"The Peace and Security Council of the African Union, at its 1318th meeting, … 1. Condemns
        …": a sentence that is only a named body, ending in a comma or a colon, opens the clauses
        that follow, each a verb with no subject of its own."""
        root = span.root
        if span.text.rstrip()[-1:] in {",", ":"} and root.pos_ in {"PROPN", "NOUN"} and index.at(root) is not None:
            self.preamble = [index.at(root)]

    def preamble_source(self, verb: Token) -> list[ActorMention]:
        """The body a communiqué's clause is said by: a sentence's own verb in the third person,
        opening it with no subject ("3. Condemns the continued detention of …")."""
        while verb.dep_ == "conj" and verb.tag_ == "VBZ":
            verb = verb.head  # ("2. Expresses deep concern … and strongly condemns the attack")
        # (after its number and its adverbs: "1. Strongly condemns the attacks …")
        first = next((t for t in verb.sent if not (t.is_space or t.is_punct or t.like_num or t.tag_ == "LS"
                                                   or (t.dep_ == "advmod" and t.head.i == verb.i and t.i < verb.i))), None)
        if not self.preamble or verb.dep_ != "ROOT" or verb.tag_ != "VBZ" or first is None or first.i != verb.i:
            return []
        return [replace(m, via="preamble") for m in self.preamble]

    def _known_lists(self, token: Token, index: MentionIndex | None) -> list[tuple[int, tuple[Actor, ...]]]:
        """The lists named before ``token`` with how many sentences back, the nearest first: in its
        sentence (with ``index``), then earlier ones and the story's parties."""
        here = _lists(token.doc, range(token.sent.start, token.i), index) if index else []
        return [*((0, found) for found in here), *self._story()]

    def _story(self) -> list[tuple[int, tuple[Actor, ...]]]:
        """The earlier sentences' lists and the story's parties, the last first, by how many
        sentences back."""
        told = sorted([*self.lists, *([self.parties] if self.parties else [])], key=lambda pair: -pair[0])
        return [(self.sentences + 1 - n, found) for n, found in told]

    def _story_parties(self, span: Span, index: MentionIndex, lists: Sequence[tuple[Actor, ...]],
                       acts: Sequence[tuple[str, ActorMention, ActorMention | None]]) -> tuple[Actor, ...]:
        """The sides of the story, if this sentence names them: in the lead (headline and first
        sentence) its first list or the two parties of its first act between two; later the
        parties "between" whom something happens, or of an act done both ways ("X and Y clashed")."""
        # (a list of one country's people, "police officers and soldiers", names no sides)
        lists = [found for found in lists if len({a.country or a.code for a in found}) > 1]
        if self.clauses <= 2:
            sides = lists[-1:] or [tuple(m.actor for m in _two_parties(acts, self.mediators, set(), self.patterns.rebel_sectors))]
        else:
            words = index.words
            between = [i for i in range(span.start, span.end)
                       if words.dep[i] == "pobj" and words.lower[words.head[i]] in self.patterns.party_prepositions]
            mutual = {_party(m) for _, s, t in _mutual_acts(acts) for m in (s, t)}
            sides = [found for i in between for found in _lists(span.doc, [i], index)] \
                + [found for found in lists if {a.country or a.code for a in found} <= mutual]
        return next((found for found in sides if len(found) > 1 and not {a.country or a.code for a in found} & self.mediators), ())

    def hear(self, trigger: Token, acts: Sequence[tuple[str, ActorMention, ActorMention | None]]) -> None:
        """Remember the acts the sentence's ``trigger`` coded, for the mediations it names later."""
        self.heard += [(trigger.i, *act) for act in acts]

    def sides(self, mediation: Token, mediators: Sequence[ActorMention], side: ActorMention | None = None,
              story: bool = False) -> list[ActorMention]:
        """The two parties of the act a mediation brokered (``mediation_roots``): of the act of the
        nearest clause above it that had two others ("agreed to a truce brokered by Egypt"), else
        of the sentence's last such act told before it ("clashed … before Qatar brokered a truce"),
        else, with ``story`` (the mediation points back: "Washington had mediated the deal"), of
        the story's last mutual act; with ``side`` (who thanked the mediator), one that has it.
        People of no country ("freed 20 civilians") are no side."""
        away = {_party(m) for m in mediators}
        own = {_party(side)} if side is not None else set()
        above = [act for a in mediation.ancestors for i, *act in self.heard if i == a.i]
        heard = [tuple(act) for i, *act in reversed(self.heard) if i < mediation.i]
        found = _two_parties(above, away, own) or _two_parties(heard, away, own)  # type: ignore[arg-type]
        if found or not story:
            return [replace(m, via="side") for m in found]
        # named in an earlier sentence: no words of this one name them
        at = mediation.idx
        return [ActorMention(at, at, "", m.actor, "side") for m in _two_parties(_mutual_acts(self.acts), away, own)]

    def _last_named(self, noun: Token, index: MentionIndex | None, count: int, own: set[str | None]) -> list[Actor]:
        """The parties a group noun stands for when no list of its size was named: as many as
        the sentence names before it."""
        mentions = list(reversed(self._participants(noun, index))) if index else []
        if noun.lemma_.lower() in self.patterns.people_nouns:
            people = _distinct_countries([m.actor for m in mentions if is_person(m)], own)[:count]
            if len(people) == count:
                return people
        before = [m.actor for m in mentions]
        # sides, juntas, capitals are states: an organisation named among them is none of them
        parties = _distinct_countries([a for a in before if a.kind != "igo"], own)[:count]
        if len(parties) < count and noun.lemma_.lower() not in self.patterns.state_nouns:
            # "forces detained the vice-president, and the AU urged both sides to …": two
            # parties of one country, named in the sentence (but "both governments" are two countries')
            # (a state, its government and a person of it unplaced in a sector are one side:
            # "Doha lent Tunis $500 million, and the two sides signed" is no pair of Qataris)
            # (and a state named as the owner of its officials is no side of its own: "received
            # Russia's deputy defence minister, and the two sides signed" is no pair of Russians)
            owners = {a.country for a in before if a.country and a.code != a.country}
            sided = [a for a in before if (a.country or a.code) not in own and not (a.code == a.country and a.country in owners)]
            parties = list({_side(a, self.patterns): a for a in sided}.values())[:count]
        return parties if len(parties) == count else []

    def _named_before(self, noun: Token, index: MentionIndex | None, count: int, own: set[str | None],
                      known: Sequence[tuple[int, tuple[Actor, ...]]]) -> Sequence[Actor]:
        """The parties of a group noun its sentence names before it, else the pair last heard of,
        else, when no list of its size was named just before, the one named and the story's state."""
        return self._last_named(noun, index, count, own) or self._heard_pair(noun, count, own) \
            or ([] if any(age <= 1 for age, _ in known) else self._with_home(noun, index, count, own))

    def _with_home(self, noun: Token, index: MentionIndex | None, count: int, own: set[str | None]) -> list[Actor]:
        """"Within weeks Chinese officials had delivered vaccines, and the two governments signed a
        trade deal", in a story about Nicaragua: of two states, the one its sentence names and the
        story's own."""
        home = self.story_country
        # (so are "the two sides": "Doha lent $500 million, and the two sides signed a trade deal")
        if count != 2 or not home or index is None or noun.lemma_.lower() not in self.patterns.state_nouns | self.patterns.story_group_nouns:
            return []
        named = _distinct_countries([m.actor for m in self._participants(noun, index) if m.actor.kind != "igo"], own)
        if len(named) != 1 or named[0].country in {home, None} or home in own:
            return []
        return [named[0], Actor(home, home, "state", home)]

    def _participants(self, noun: Token, index: MentionIndex) -> list[ActorMention]:
        """The sentence's countries and organisations before ``noun`` that take part in its acts:
        not a setting ("met Erdogan on the sidelines of the NATO summit in The Hague, and the two
        leaders agreed": The Hague and NATO are where, not who)."""
        out: dict[ActorMention, None] = {}
        # who urges or hosts "both sides" is none of them, nor is the name in apposition to it
        asker = subject_token(_clause(noun), self.patterns) if noun.dep_ != "nsubj" else None
        own = {x.i for c in asker.subtree if c.dep_ == "appos" for x in c.subtree} if asker is not None else set()
        for t in noun.sent:
            m = index.at(t)
            if t.idx >= noun.idx or m is None or not _kind_of(m.actor) or m.start <= t.head.idx < m.end != t.idx + len(t) \
                    or t.i in own:
                continue
            # a sector noun the dateline places ("the two delegations" in an ANKARA story) says
            # nothing of which sides there are
            if not _sets_the_scene(t, self.patterns) and not self._reports(_phrase_head(t), noun) \
                    and ("+placed:dateline" not in m.actor.entry or is_person(m)):
                out.setdefault(m)
        return list(out)

    def _reports(self, token: Token, noun: Token) -> bool:
        """Whether ``token`` says, or is told, what the clause with ``noun`` tells ("Fidan told
        reporters that both sides had agreed": neither the mediator nor the reporters are a side;
        but "Modi told Dissanayake that …, and the two leaders agreed": a clause joined to the
        telling is not what is told, nor is its time ("…, an aide told reporters in Baku, a day
        after the two countries agreed")."""
        speech = token.head
        if token.dep_ not in {*SUBJECT_DEPS, "dobj", "dative"} or speech.lemma_ not in self.patterns.speech:
            return False
        path = list(itertools.takewhile(lambda a: a != speech, (noun, *noun.ancestors)))
        if not path or path[-1].head != speech or path[-1].dep_ in {"advcl", "npadvmod"}:
            return False
        # (the small model often hangs such a clause, its own subject before it, on what is told)
        return not any(a.dep_ == "conj" and (a.head == speech or any(c.dep_ in SUBJECT_DEPS for c in a.children)) for a in path)

    def captivity(self, held: Token, patients: Sequence[ActorMention], roots: Collection[str]
                  ) -> tuple[ActorMention, ActorMention] | None:
        """Who holds the people now released: the source of the last arrest, detention or
        abduction (``roots``) of them, by their country or by the noun that names them again ("six
        Kyrgyz drivers" ... "the drivers"), told in this sentence ("drivers who were kidnapped
        last month were freed") or before."""
        countries = {m.actor.country for m in patients if m.actor.country}
        for code, source, target in [*((c, s, t) for _, c, s, t in reversed(self.heard)), *self.acts]:
            if target is None or not any(code.startswith(r) for r in roots):
                continue
            words = held.doc.char_span(target.start, target.end, alignment_mode="expand")
            named = words is not None and _phrase_head(words.root).lemma_ == held.lemma_
            if target.actor.country in countries or named:
                at = held.idx
                return (ActorMention(at, at, "", source.actor, "captor"),
                        ActorMention(held.idx, held.idx + len(held.text), held.text, target.actor, "captive"))
        return None

    def holder(self, countries: Collection[str], roots: frozenset[str]) -> ActorMention | None:
        """Who holds people of ``countries``: the source of the last arrest, detention or sentence
        (``roots``) of them told in this sentence, else in the story."""
        told = [(code, source, target) for _, code, source, target in reversed(self.heard)] + list(self.acts)
        return next((source for code, source, target in told
                     if target is not None and target.actor.country in countries and source.actor.country not in countries
                     and self.patterns.codes_in(code, roots)), None)

    def referent(self, nouns: Sequence[Token], sources: Sequence[ActorMention], condemned: bool = False) -> list[ActorMention]:
        """"Indian officials denied the charge": a definite noun naming an earlier act ("the
        charge", "the demand", "the deal") stands for that act's other party: the source of the
        last act of its kind, or its target when the source is who acts now."""
        codes, countries = {m.actor.code for m in sources}, {m.actor.country for m in sources}
        government = self.patterns.government_sector
        # (a state and its government are one party: "San Jose granted asylum …, and Costa Rica
        # called the decision an affront" is not Costa Rica's own)
        states = {m.actor.country for m in sources if m.actor.code == m.actor.country or m.actor.sector == government}

        def own(party: ActorMention) -> bool:
            # the source itself or its state: "Hasina rejected the ruling" of her country's court
            # answers the court, another actor of her own country
            return party.actor.code in codes or (party.actor.code == party.actor.country and party.actor.country in countries) \
                or (party.actor.sector == government and party.actor.country in states)

        for noun in nouns:
            lemma = noun.lemma_.lower()
            if noun.pos_ == "PRON" and noun.lower_ in self.patterns.told_pronouns:
                # (judged by a copula, the last hostile act; "Kyiv welcomed this" may be any act)
                if noun.dep_ == "nsubj" and is_copula(noun.head, self.patterns):
                    return self._hostile_doer(noun, countries, self.acts)
                # (reacted to, the act told last, if hostile: "… until Israeli forces besieged it. We
                # condemned that"; after "… signed a deal with Moscow", not an attack told before it)
                if condemned and noun.dep_ == "dobj":
                    told = [a for a in self.acts if a[0] != self.patterns.statement][:1]
                    return self._hostile_doer(noun, countries, told)
                continue
            # "the decision", "the move" name an act of any kind
            roots = self.patterns.back_references.get(lemma, ("",) if lemma in self.patterns.act_nouns else None)
            if roots is None or not any(c.lower_ in self.patterns.told_determiners for c in noun.children):
                continue
            own_words = _tells_its_act(noun, self.patterns)
            if roots == ("",) and own_words:
                continue  # ("welcomed the announcement of an election date": an act its own words tell)
            # (the last such act told before it, in this sentence first: "The United States offered
            # aid, but Havana called the offer hypocritical"; a noun of any act is read in its
            # sentence by the clause it sums up)
            told = [] if roots == ("",) or own_words else [
                (i, code, source, target) for i, code, source, target in reversed(self.heard) if i < noun.i]
            for i, code, source, target in [*told, *((None, *act) for act in self.acts)]:
                if not any(code.startswith(r) for r in roots):
                    continue
                party = source if not own(source) else target
                if party is not None and party.actor.kind == "sector" and not party.actor.country:
                    continue  # ("a claim rejected by an international tribunal. The US condemned the incident")
                if party is not None and not own(party):
                    # "welcomed the agreement": a deal is both its parties'
                    both = [party, target] if lemma in self.patterns.mutual_references and target is not None \
                        and party is source and not own(target) and target.actor.code != party.actor.code else [party]
                    if i is not None:
                        # an act of this sentence: its party's own words (by several: each of them)
                        both += [s for j, c, s, _ in told if j == i and c == code and s is not party and not own(s)]
                        return [replace(p, via="back-reference") for p in both]
                    if noun.tag_ == "NNS" and party is source and target is not None:
                        # "Israel and the United States struck Iranian sites … Riyadh condemned the
                        # strikes": each doer of such acts on the same party
                        both += [s for c, s, t in self.acts if c == code and t is not None and t.actor.code == target.actor.code
                                 and s.actor.code not in {p.actor.code for p in both} and not own(s)]
                    return [ActorMention(noun.idx, noun.idx + len(noun.text), noun.text, p.actor, "back-reference") for p in both]
                break
        return []

    def _hostile_doer(self, pronoun: Token, countries: set[str | None],
                      acts: Sequence[tuple[str, ActorMention, ActorMention | None]]) -> list[ActorMention]:
        """"Russian jets entered Estonian airspace. 'This is a brazen provocation,' Tsahkna said":
        the other country's party of the last hostile act of ``acts``, its doer or, when the speaker's country
        did it ("Sandu accused Moscow of buying votes. 'This is an attack on our sovereignty'"), its target."""
        for code, source, target in acts:
            party = source if source.actor.country not in countries else target
            if cameo(code).quad_class >= 3 and party is not None and party.actor.country not in countries:
                return [ActorMention(pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text, party.actor, "back-reference")]
        return []

    def _learn_names(self, index: MentionIndex) -> None:
        """Remember the people this document names in full, by surname, as they were placed."""
        last = None
        for m in [*index.by_token.values(), *index.fallback.values()]:
            if m is last:
                continue  # (the next word of the same mention: asked once)
            last = m
            for key in self._name_keys(m):
                self.names.setdefault(key.casefold(), m.actor)

    def _learn_people(self, span: Span, index: MentionIndex) -> None:
        """The people of this sentence, the last first, for "the three presidents" of the next ones;
        a counted crowd named after them ("Putin spoke with Trump … police detained two protesters
        … The two men were released") is whom such a group stands for, so they are forgotten."""
        words = index.words
        for i in index.named(span):
            if words.tag[i] in _PLURAL_TAGS and any(words.dep[c] == "nummod" for c in words.children(i)):
                self.people = []
        for m in _in_order(index.named(span), index.by_token.get):
            if is_person(m):
                self.people = [m.actor] + [a for a in self.people if a.code != m.actor.code or a.name != m.actor.name][:7]

    def _learn_acronyms(self, index: MentionIndex) -> None:
        """Remember the bodies this document names in full with a country or as organisations,
        by the initials of their name ("India's Border Security Force" -> "BSF")."""
        for m in dict.fromkeys(index.by_token.values()):
            initials = _initials(m.text)
            if initials and (m.actor.country or m.actor.kind == "igo") and not is_person(m):
                self.acronyms.setdefault(initials, m.actor)

    def _acronym_of(self, m: ActorMention) -> ActorMention:
        """"the BSF" after "India's Border Security Force": an acronym no dictionary knows is the
        body named in full before whose initials it is, not one the dateline places."""
        known = self.acronyms.get(m.text) if m.actor.entry.startswith(OPEN_ENTRY) else None
        return m if known is None else replace(m, actor=replace(known, entry=f"{known.entry}+acronym", matched=""))

    def _name_keys(self, m: ActorMention) -> list[str]:
        """The words a person named in full is named by again: the surname, and for a family name
        that comes first ("North Korean leader Kim Jong Un … Kim held talks") that one too."""
        words = m.text.split()
        if len(words) < 2 or not is_person(m) or not _SURNAME.fullmatch(words[-1]):
            return []
        if m.actor.country not in self.patterns.family_name_first:
            # "Ahmed al-Sharaa … Sharaa"; a name no dictionary knows, of four words ("Juan Carlos
            # Ortiz Mena" … "Ortiz"), is often called by its third (a dictionary's person by its
            # aliases, whose mention may hold a title: "Syrian President Ahmed al-Sharaa")
            paternal = [words[-2]] if len(words) >= 4 and m.actor.entry.startswith(OPEN_ENTRY) \
                and _SURNAME.fullmatch(words[-2]) and words[-2][:1].isupper() else []
            return list(dict.fromkeys([words[-1], without_article(words[-1]), *paternal]))
        # (a dictionary person by its name; one named after a title, "spokesman Lin Jian", by the
        # words after the title)
        name = m.actor.name if m.actor.kind == "person" else m.text[len(m.actor.matched):] if m.actor.matched \
            and m.text.startswith(m.actor.matched) else ""
        words = name.split()
        return [m.text.split()[-1], *(words[:1] if len(words) > 1 else [])]

    def _name_of(self, word: str, at: int, here: dict[str, tuple[int, Actor]]) -> Actor | None:
        """The person named in full before the character ``at`` whose surname is ``word``: in an
        earlier sentence, or earlier in this one (``here``: surname -> (end of the full name, actor))."""
        word = word.casefold()
        known = self.names.get(word)
        if known is None and word in here and here[word][0] <= at:
            known = here[word][1]
        return known

    def _learn_countries(self, span: Span, index: MentionIndex) -> None:  # and organisations
        """The countries and organisations of this sentence, the last first, for "the country"
        and "the bloc" of the next ones."""
        for m in _in_order(index.named(span), index.by_token.get):
            self.named = [m.actor] + [a for a in self.named if a.code != m.actor.code][:7]
            if m.actor.kind == "igo":
                # ("the IMF" … "the fund": the words of its name as well as of the mention)
                self.org_words.update((w, m.actor) for w in f"{m.text} {m.actor.name}".lower().split())

    def _learn_sectors(self, span: Span, index: MentionIndex) -> None:
        """The country of each sector's last actor whose country the text gave ("China's foreign
        ministry", "Brazilian police"), for a bare "the ministry", "a spokesman" of the next
        sentences; a country the dateline alone or an owning pronoun gave is no evidence."""
        for i in index.named(span):
            m = index.by_token.get(i)
            # (a sector noun the text placed, not a person, a named body or a capital; one that
            # acts, a subject: "forced French troops out", "U.S. military planes" place no one after)
            if m is not None and m.actor.kind == "sector" and not is_person(m) and m.actor.sector and m.actor.country \
                    and m.actor.code != m.actor.country and not any(e in m.actor.entry for e in ("+placed:dateline", "+owner:")) \
                    and index.words.dep[i] in SUBJECT_DEPS:
                self.sectors[m.actor.sector] = (m.actor.country, m.text)

    def _learn_things(self, span: Span, index: MentionIndex) -> None:
        """Things named with their country ("a Philippine supply boat", "Russian drones"), for
        "the boat", "the drones" of the next sentences (``owned_things``)."""
        words = index.words
        for i in range(span.start, span.end):
            if words.pos[i] != "NOUN" or words.lemma[i] not in self.patterns.owned_things:
                continue
            owner = next((index.by_token[c] for c in words.children(i) if words.dep[c] in {"amod", "compound", "poss"} and c in index.by_token), None)
            if owner is not None and owner.actor.kind == "state":
                self.things[words.lemma[i]] = owner.actor

    def _owned_things(self, span: Span, words: Words, taken: set[int]) -> list[ActorMention]:
        """"Chinese ships blocked a Philippine supply boat. … fired water cannon at the boat": a
        thing named again with "the" is the one named before with its country, and so that
        country's."""
        out = []
        for i in range(span.start, span.end) if self.things else ():
            actor = self.things.get(words.lemma[i])
            if actor is None or i in taken:
                continue
            if {words.lower[c] for c in words.children(i) if words.dep[c] in {"det", "amod", "compound"}} != {"the"}:
                continue
            t = span.doc[i]
            owned = replace(actor, entry=f"{actor.entry}+owner of the {t.lower_}", matched="")
            out.append(ActorMention(t.idx, t.idx + len(t.text), t.text, owned, ""))
        return out

    def _descriptions(self, span: Span, words: Words, mentions: Sequence[ActorMention], taken: set[int]) -> list[ActorMention]:
        """"Lukashenka visited the country", "Timor-Leste joined ASEAN, and the bloc's leaders …":
        a definite description of a country or an organisation stands for the last one named
        before it, in its sentence or an earlier one."""
        out = []
        nouns = self.patterns.describing_nouns
        for i in range(span.start, span.end):
            if i in taken or words.lemma[i] not in nouns or (kind := _described_kind(t := span.doc[i], self.patterns)) is None:
                continue
            # an antecedent in the sentence, but not in the description's own clause: in
            # "Lukashenka visited the country" the country is not his
            # nor its clause's subject's country: Macron, "who praised the country", praised Serbia
            subj = subject_token(_clause(t), self.patterns)
            own = {m.actor.country for m in mentions if subj is not None and m.start <= subj.idx < m.end} - {None}
            before = [m.actor for m in sorted(mentions, key=lambda m: -m.start) if m.end <= t.idx
                      and _kind_of(m.actor) == kind and _clause_of(span, m) != _clause(t).i and m.actor.country not in own]
            known = [*before, *(a for a in self.named if _kind_of(a) == kind and a.country not in own)]
            # ("the Alliance of Sahel States … ECOWAS … the alliance's chiefs": the one its name calls
            # so; "Riyadh … Beijing … the kingdom": the state whose formal name does; "NATO … ECOWAS
            # … the alliance": the body of the kind the noun says, ``described_bodies``)
            called = self.called.get(words.lemma[i], frozenset())
            bodies = self.patterns.described_bodies.get(words.lemma[i], frozenset())
            actor = next(iter([a for a in known if words.lemma[i] in a.name.lower().split()
                               or kind == "state" and a.country in called or kind == "igo" and a.code in bodies]
                              or known), None)
            if actor is not None:
                if kind == "state":
                    actor = Actor(actor.country, actor.country, "state", actor.country)
                described = replace(actor, entry=f"{actor.entry}+described", matched="")
                out.append(ActorMention(t.idx, t.idx + len(t.text), t.text, described, ""))
        return out

    def _echoes(self, span: Span, text: str, words: Words, taken: set[int],
                here: dict[str, tuple[int, Actor]]) -> list[ActorMention]:
        """The surnames of people named in full before, where no mention covers them (the
        parser often tags a lone surname as nothing at all)."""
        folded = text.casefold()  # ("Ahmed al-Sharaa … Al-Sharaa said": a particle capitalised at a sentence's start)
        if not any(name in folded for name in self.names) and not here:
            return []  # (a look in the text spares a walk over the words of most sentences)
        found = [(t, known) for i in range(span.start, span.end) if words.pos[i] == "PROPN" and i not in taken
                 for t in [span.doc[i]] for known in [self._name_of(t.text, t.idx, here)] if known is not None]
        return [ActorMention(t.idx, t.idx + len(t.text), t.text, replace(known, entry=f"{known.entry}+named earlier"))
                for t, known in found]

    def _named_earlier(self, m: ActorMention, here: dict[str, tuple[int, Actor]]) -> ActorMention:
        """"Mwale-Banda said …" after "opposition leader Chikondi Mwale-Banda": a name no
        dictionary knows is the person the document named in full before (not one whose given
        name differs: "analyst Mikkel Rasmussen" after "Lars Løkke Rasmussen")."""
        known = self._name_of(m.text.split()[-1], m.start, here) if m.actor.entry.startswith(OPEN_ENTRY) else None
        given = m.text.split()[:-1]
        if known is None or given and given[-1][:1].isupper() and given[-1] not in known.name.split():
            return m
        return replace(m, actor=replace(known, entry=f"{known.entry}+named earlier"))

    def _armed_group_again(self, m: ActorMention) -> ActorMention:
        """"Yemen's Houthi rebels stormed a U.N. compound … The rebels accused the workers of
        spying": "the rebels", "the militants" of no country are the armed group of their kind
        named last, not rebels of the dateline's country."""
        sector = m.actor.sector
        if m.actor.kind != "sector" or m.actor.country or sector not in self.patterns.rebel_sectors \
                or m.text.split()[0].lower() not in self.patterns.told_determiners:
            return m
        named = next((a for a in self.named if a.kind == "group" and a.sector == sector and a.country), None)
        return m if named is None else replace(m, actor=replace(named, entry=f"{named.entry}+described", matched=""))

    def _organisation_named(self, m: ActorMention, sentence: Sequence[ActorMention] = ()) -> ActorMention:
        """"The International Court of Justice ordered …. The court said …": "the court", "the
        bank", "the fund" is the organisation named before whose name has that word, not a court
        of the dateline's country; so is a name no dictionary knows ("The Commission" after "the
        European Commission")."""
        # ("does not recognise the court's jurisdiction": the possessive names the court too)
        words = m.text.lower().removesuffix("'s").removesuffix("’s").split()
        opened = m.actor.entry.startswith(OPEN_ENTRY) and len(words) == 1
        if not (opened or m.actor.kind == "sector" and len(words) == 2 and words[0] == "the"):
            return m
        # ("sued the ministry at the European Court of Human Rights, and the court asked Moscow …":
        # one named earlier in the sentence first)
        # ("… before the International Court of Justice. The judges ordered Venezuela": who sits on a
        # body named before, ``body_members``, is that body)
        word = self.patterns.body_members.get(words[-1], words[-1])
        here = [o.actor for o in sentence if o.end <= m.start and o.actor.kind == "igo"
                and word in f"{o.text} {o.actor.name}".lower().split()]
        named = here[-1] if here else self.org_words.get(word)
        if named is None:
            return m
        entry = named.entry if named.entry.endswith("+described") else f"{named.entry}+described"
        return replace(m, actor=replace(named, entry=entry, matched=""))

    def resolve_pronoun(self, token: Token, index: MentionIndex, *, same_sentence: bool = False,
                        avoid: Collection[str] = ()) -> list[ActorMention]:
        """The actor a pronoun stands for; ``avoid``: codes it cannot be ("hailed its accession"
        is not the hailer's own)."""
        if token.lower_ in self.patterns.speaker_pronouns and self.protagonist is not None and self._answering(token):
            return [as_pronoun(token, self.protagonist)]  # ("A: We have asked Addis Ababa …": the interviewee)
        kind = pronoun_kind(token, self.patterns)
        if kind is None:
            return []

        plural = token.lower_ in self.patterns.plural_pronouns

        def fits(m: ActorMention) -> bool:
            # ("Liu Zhongyi met Thai police chiefs and asked them to act": one named person is no "them")
            named = m.actor.kind == "person" or m.actor.entry.startswith(OPEN_ENTRY) and is_person(m)
            return _fits(m, kind) and m.actor.code not in avoid and not (plural and named)

        credited = self._credited(token)
        if credited is not None:
            # "thanked council members for their support": whom one thanks or blames for a thing
            # owns it (no actor when they are none)
            return [as_pronoun(token, m) for m in actors_of(credited, index) if fits(m)][:1]
        # "Belarus said it would …": the subject of a governing clause
        node = token.head
        while node.head.i != node.i:
            node = node.head
            subj = subject_token(node, self.patterns)
            if subj is not None and subj.i != token.i:
                # ("It said its aircraft struck …": the governing subject's own antecedent)
                named = self.resolve_pronoun(subj, index, same_sentence=same_sentence) if pronoun_kind(subj, self.patterns) \
                    else actors_of(subj, index)
                found = [m for m in named if fits(m)]
                if found:
                    # "Ishiba and Trump agreed at their first summit": "their" is both
                    return [as_pronoun(token, m) for m in (found if plural else found[:1])]
        listed = self.plural(token, [], index)
        if listed:
            return listed
        # ("…, the military said in a statement. It said its aircraft later struck …": who speaks
        # again is who spoke last)
        told = self.tellers if token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in self.patterns.speech and not same_sentence \
            and not any(t.dep_ in SUBJECT_DEPS and t.i < token.i for t in token.sent) else []
        # then an earlier subject of the sentence ("As long as Russia has money, it will …"), for
        # "he"/"she" an earlier person of the sentence ("Lukashenka in an interview … explained that
        # he …"), the actors of the previous sentences ("In its battle against Kyiv, it …" is not
        # Kyiv), and last any earlier actor of the sentence
        subject_starts = {m.start for t in token.sent if t.i < token.i and t.dep_ in SUBJECT_DEPS for m in [index.at(t)] if m}
        ordered = [(m, m.start in subject_starts) for m in _nearest_first(token, index)]
        subjects = [m for m, is_subject in ordered if is_subject]
        # "Just before his visit to Kazakhstan, Lukashenka …": a possessive in a fronted phrase
        # points ahead
        ahead = [m for t in token.sent if t.i > token.i for m in [index.at(t)] if m] if _fronted_possessive(token) else []
        people = [m for m, _ in ordered if is_person(m)] if kind == "person" else []
        # "sanctioned two Venezuelan officials, and the Treasury froze their assets": a plural noun
        # of the sentence before the actors of earlier ones
        plurals = [m for m in _nearest_first(token, index, plural_only=True) if not _in_doers_phrase(m, token)]
        for m in [*told, *subjects, *ahead, *people, *plurals, *([] if same_sentence else self.recent), *(m for m, _ in ordered)]:
            if fits(m):
                return [as_pronoun(token, m)]
        return []

    def _credited(self, pronoun: Token) -> Token | None:
        """The object of a credit verb whose "for"/"over" phrase holds ``pronoun`` as its owner
        ("praised China for its support"), if so."""
        owned = pronoun.head
        prep = owned.head
        verb = prep.head
        if pronoun.dep_ != "poss" or owned.dep_ != "pobj" or prep.lower_ not in self.patterns.reason_prepositions \
                or verb.lemma_ not in self.patterns.credit_verbs:
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i < pronoun.i), None)

    def pronoun_object(self, objects: list[Token], index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
        """"condemned Turkey and threatened it": the nearest earlier actor that is not the source."""
        for tok in objects:
            kind = pronoun_kind(tok, self.patterns)
            if kind is None:
                continue
            thing = _governing_thing(tok)
            if thing is not None:
                # "seized a foreign tanker in the Gulf of Oman, accusing it of smuggling": the
                # thing just acted on, and so the actor it belongs to, if any ("a Greek tanker")
                return [as_pronoun(tok, m) for m in actors_of(thing, index, preps=frozenset())[:1]]
            listed = self.plural(tok, sources, index)
            if listed:
                return listed
            # ("… still hold 13 U.N. staff members. The group refused to release them": the people
            # the sentence before acted on, for a plural pronoun acted on)
            held = self.held if tok.lower_ in self.patterns.plural_pronouns else []
            # ("In June Astana hosted Xi Jinping. Tokayev signed a deal with him": the people the
            # earlier sentences named, after their doers, for "him" and "her")
            people = [ActorMention(tok.idx, tok.idx, a.name, a) for a in self.people] if kind == "person" else []
            for m in [*_nearest_first(tok, index), *held, *self.recent, *people]:
                if m not in sources and not any(_same_party(m, s) for s in sources) and _fits(m, kind) \
                        and not _in_doers_phrase(m, tok):
                    return [as_pronoun(tok, m)]
        return []


def _governing_thing(pronoun: Token) -> Token | None:
    """The direct object of a verb governing the pronoun's clause ("seized a tanker …, accusing
    it"), told before it, when that is a thing of the pronoun's number ("it" a ship, "them" the
    ships) rather than a name."""
    if pronoun.lower_ not in {"it", "them"}:
        return None
    plural = pronoun.lower_ == "them"
    verbs = [a for a in pronoun.ancestors if a.pos_ == "VERB"][1:]  # the first is the pronoun's own act
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.i < pronoun.i]
    for obj in objects:
        if obj.pos_ == "NOUN" and (obj.tag_ == "NNS") == plural:
            return obj
    return None


def _same_party(candidate: ActorMention, source: ActorMention) -> bool:
    """Whether an object pronoun's candidate is its own clause's source: the same actor, or the
    state the source acts for ("a day after Bamako accused it": "it" is not Mali); the state's
    opposition or courts may well be its object."""
    x, y = candidate.actor, source.actor
    return x.code == y.code or (x.country is not None and x.country == y.country and x.code == x.country)


def _in_doers_phrase(m: ActorMention, pronoun: Token) -> bool:
    """Whether ``m`` is named in the subject phrase of the pronoun's own clause ("Somali forces
    backed by U.S. air strikes drove them back": not the strikes)."""
    verb = _clause(pronoun)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not subject.left_edge.idx <= m.start < subject.right_edge.idx + len(subject.right_edge):
        return False
    # (not a relative clause of it: "Gunmen who kidnapped an aid worker have released her")
    return not any(r.left_edge.idx <= m.start < r.right_edge.idx + len(r.right_edge)
                   for r in subject.children if r.dep_ == "relcl")


def _nearest_first(pronoun: Token, index: MentionIndex, plural_only: bool = False) -> list[ActorMention]:
    """The actors named before ``pronoun`` in its sentence, the nearest first; for a plural pronoun
    ("they", "their") the plural nouns first ("exchanged fire with Afghan smugglers on the Panj river,
    killing three of them"), or only them."""
    earlier = {m.start: (m, _phrase_head(t).tag_ in _PLURAL_TAGS) for t in pronoun.sent if t.i < pronoun.i for m in [index.at(t)] if m}
    plural = pronoun.lower_ in index.patterns.plural_pronouns
    ranked = sorted(earlier.values(), key=lambda pair: (plural and not pair[1], -pair[0].start))
    return [m for m, is_plural in ranked if plural and is_plural or not plural_only]


def _inside_quotes(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_PLURAL_TAGS = {"NNS", "NNPS"}
# a surname, also one that opens with a particle ("al-Kuwaiti", "el-Sisi")
_SURNAME = re.compile(r"(?:[a-z]{1,3}-)?[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*")


def _plural_noun(token: Token, patterns: Patterns) -> bool:
    """Whether ``token`` is a plural noun ("protesters", "the Houthis", "the guys"), not a group
    word that names a list again ("the three leaders") nor an acronym, often tagged plural ("ECOWAS")."""
    return token.tag_ in _PLURAL_TAGS and not token.text.isupper() and _group_size(token, patterns) is None


def _phrase_head(token: Token) -> Token:
    """The noun a modifier belongs to: "Afghan" in "Afghan drug smugglers" is plural there."""
    while token.dep_ in {"amod", "compound", "nmod", "poss"} and token.head.i != token.i:
        token = token.head
    return token


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
    return kind == "any" or (kind == "person") == is_person(m)


def _initials(text: str) -> str:
    """The initials of a name of three capitalised words or more, after its owner ("India's Border
    Security Force" -> "BSF"); "" for anything else."""
    words = text.replace("’", "'").split("'s ")[-1].split()
    words = words[1:] if words[:1] == ["The"] else words  # ("The United States" is no "TUS")
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 3 or len(capitals) < len(words) - 1:
        return ""
    return "".join(w[0] for w in capitals)


def is_person(m: ActorMention) -> bool:
    """A person, also one named by a title and a name no dictionary knows ("Opposition leader
    Naveed Khattak": the mention runs past the title it matched)."""
    if m.actor.kind == "person" or (m.actor.kind in {"sector", "group"} and m.actor.role):
        return True  # "Poland's foreign minister said he would …": a title is held by one person
    if m.actor.kind == "igo" and "+title of " in m.actor.entry:
        return True  # ("IAEA Director General Rafael Grossi … He urged Tehran": speaks for the agency)
    if m.actor.kind != "sector" or not m.actor.matched:
        return False
    # ("Russia's Defence Ministry" runs past "Russia Defence Ministry" by its possessive only)
    words = m.text.replace("’s", "").replace("'s", "").split()
    last = words[-1] if words else ""
    return len(words) > len(m.actor.matched.split()) and last not in m.actor.matched.split() \
        and _SURNAME.fullmatch(last) is not None


def as_pronoun(token: Token, antecedent: ActorMention) -> ActorMention:
    return ActorMention(token.idx, token.idx + len(token.text), token.text, antecedent.actor, "pronoun")


def _sets_the_scene(token: Token, patterns: Patterns) -> bool:
    """A mention's head word that says where an act happens: "in The Hague", "the NATO summit"."""
    if token.dep_ == "pobj" and token.head.lower_ in patterns.scene_prepositions:
        return True
    return token.dep_ in {"compound", "amod", "nmod", "poss"} and token.head.lemma_.lower() in patterns.venues


def _in_order(indices: Sequence[int], at) -> list[ActorMention]:  # noqa: ANN001 - a MentionIndex lookup
    """The countries and organisations of the words at ``indices``, in text order, each once."""
    out: dict[ActorMention, None] = {}  # ordered; membership stays cheap in a long list of names
    last = None
    for i in indices:
        m = at(i)
        if m is not None and m is not last and _kind_of(m.actor):  # (a name's next words: no hashing again)
            out.setdefault(m)
        last = m
    return list(out)


def _kind_of(actor: Actor) -> str | None:
    """"state" for an actor of a country, "igo" for an organisation, "group" for a movement or
    an armed group (the Houthis are no country), else None."""
    if actor.kind in {"igo", "group"}:
        return actor.kind
    return "state" if actor.country else None


def _described_kind(token: Token, patterns: Patterns) -> str | None:
    """What a bare definite noun ("the country", "the bloc's") describes, if it describes one."""
    lemma = token.lemma_.lower()
    kinds = (("state", patterns.country_nouns), ("igo", patterns.organisation_nouns), ("group", patterns.movement_nouns))
    kind = next((kind for kind, nouns in kinds if lemma in nouns), None)
    if kind is None or token.tag_ not in {"NN", "NNP"} or "the" not in {c.lower_ for c in token.children}:
        return None
    # ("the paramilitary group", "the West African nation", "the 27-member bloc": words that say
    # what kind, not which one)
    plain = {"the", "'s", "’s"}
    # ("accused the alliance of provocation": a phrase the parser hangs on the noun that names no
    # one says nothing of which; "the alliance of Sahel States" does)
    if not all(c.lower_ in plain or c.dep_ in {"amod", "compound"} and _describing(c, patterns)
               or c.dep_ == "prep" and not any(t.pos_ == "PROPN" for t in c.subtree) for c in token.children):
        return None
    return kind


def _describing(modifier: Token, patterns: Patterns) -> bool:
    """Whether a modifier says only what kind of thing its noun is ("paramilitary", "27-member")."""
    return all(t.lower_ in patterns.description_modifiers or t.is_punct or t.like_num for t in modifier.subtree)


def _clause(token: Token) -> Token:
    """The verb whose clause the token is in (the sentence's root at the top)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _clause_of(span: Span, m: ActorMention) -> int | None:
    """The index of the verb whose clause the mention is in."""
    words = span.doc.char_span(m.start, m.end, alignment_mode="expand")
    return _clause(words.root).i if words is not None else None


def _tells_its_act(noun: Token, patterns: Patterns) -> bool:
    """Whether a noun's own words say what act it is: an "of" phrase ("the announcement of an
    election date", ``content_of_prepositions``) or an infinitive ("the decision to close the border")."""
    return any(c.dep_ == "prep" and c.lower_ in patterns.content_of_prepositions or c.dep_ == "acl" and c.tag_ == "VB"
               for c in noun.children)


def _group_size(noun: Token, patterns: Patterns) -> int | None:
    """How many parties a group phrase counts: a count on a group noun ("the three countries",
    "both sides"), or the count word heading the phrase itself, made definite ("the pair", "all
    three", "both"; not "killed three", "a pair of envoys"); 0 for a definite plural of a group
    noun with no count ("the allies", "all sides"); None for no group."""
    lemma = noun.lemma_.lower()
    if lemma not in patterns.pair_nouns and lemma not in patterns.group_nouns and lemma not in patterns.group_sizes:
        return None  # (no group noun nor count word: most nouns, whose words need no walk)
    definite = noun.tag_ == "DT" or any(c.lower_ in patterns.group_determiners for c in noun.children)
    count = max((patterns.group_sizes.get(c.lower_, 0) for c in noun.children), default=0)
    if count and lemma in patterns.pair_nouns:
        # "jailed two ministers" names no group
        return count if definite else None
    if definite and noun.tag_ == "NNS" and lemma in patterns.group_nouns:
        # ("dissolving all political parties": a kind of group, none named before)
        return None if any(c.dep_ in {"amod", "compound"} for c in noun.children) else 0
    return patterns.group_sizes.get(lemma) if definite and lemma not in patterns.pair_nouns else None


def _phrase_groups(noun: Token, patterns: Patterns) -> list[Token]:
    """The objects of the noun's phrases that may be a group it is aimed at ("sanctions on both
    countries", "the ambassadors of the three countries"): not an agent ("a repatriation by the
    two governments"), nor a place ("killed civilians on both sides")."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ in patterns.group_prepositions
            for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() not in patterns.group_places]


def _names_people(m: ActorMention, tag: str) -> bool:
    """"most of them Haitians and Venezuelans": people named by their countries' names are no
    list of parties ("both governments" are not theirs)."""
    return tag in {"NNS", "NNPS"} and m.actor.kind == "state" and country_of_word(m.text) == m.actor.country \
        and not names_the_state(m)


def _lists(doc: Doc, indices: Sequence[int], index: MentionIndex) -> list[tuple[Actor, ...]]:
    """The lists of parties the words of ``doc`` at ``indices`` name, the last first: coordinated
    names ("Britain, France and Germany", "the ministers of Japan, South Korea and the Philippines",
    "Sudan's army and the RSF") and a name that stands for several ("the E3"); organisations are
    no party of such a list, and one actor named twice is one party."""
    out: dict[tuple[str, ...], tuple[Actor, ...]] = {}
    for i in indices:
        m, words = index.by_token.get(i), index.words
        if m is None or words.dep[i] in {"conj", "appos"} or _names_people(m, words.tag[i]):
            continue
        # an apposition, or conjuncts: a word not itself a conjunct has them when a "conj"
        # hangs on it to its right (``Token.conjuncts``)
        if not (m.others or any(words.dep[c] == "appos" or c > i and words.dep[c] == "conj" for c in words.children(i))):
            continue
        members = {x.actor.code: x.actor for found in actors_of(doc[i], index) for x in found.each() if x.actor.kind != "igo"}
        if len(members) > 1:
            out[tuple(members)] = tuple(members.values())
    return list(reversed(out.values()))


def _fits_group(members: Sequence[Actor], count: int, own: set[str | None], states: bool = False) -> bool:
    """Whether a list is the group of ``count`` parties (any number for 0), none the source's own;
    with ``states``, each of another country ("both governments" are not "police and soldiers")."""
    countries = {a.country or a.code for a in members}
    return (len(members) == count or not count) and not countries & own and (not states or len(countries) == len(members))


def _distinct_countries(actors: Sequence[Actor], own: set[str | None]) -> list[Actor]:
    """One actor a country (or organisation), the first named first, none of ``own``."""
    seen = set(own)
    out = []
    for a in actors:
        key = a.country or a.code
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


# how many sentences back a list is still the pair told of, though a state just named is another
_RECENT_LIST_AGE = 3


def _one_countrys_people(actors: Sequence[Actor]) -> bool:
    """Whether a list is of people of one country ("Sharif and Zardari"), so one side (not
    "Syrian troops and rebels", two sides of one country)."""
    return all(a.kind == "person" for a in actors) and len({a.country for a in actors}) == 1 \
        and actors[0].country is not None


def _side(actor: Actor, patterns: Patterns) -> tuple[str | None, str | None]:
    """Which side of a country an actor is: its government unless a sector says otherwise."""
    return (actor.country, actor.sector or patterns.government_sector) if actor.country else (actor.code, None)


def _party(m: ActorMention) -> str:
    return m.actor.country or m.actor.code


def _sided(m: ActorMention) -> bool:
    return m.actor.country is not None or m.actor.kind == "igo"


def _two_parties(acts: Iterable[tuple[str, ActorMention, ActorMention | None]], away: set[str], own: set[str],
                 rebels: Collection[str] = ()) -> list[ActorMention]:
    """The source and target of the first act between two parties, none of them ``away`` and one
    of them ``own`` (when given); an armed group of a ``rebels`` sector is a party apart from its
    country ("Sudan's army accused the RSF …": the army and the RSF are the two sides)."""
    def party(m: ActorMention) -> str:
        return m.actor.code if m.actor.sector in rebels else _party(m)

    for _code, source, target in acts:
        parties = {party(source), party(target)} if target is not None and _sided(source) and _sided(target) else set()
        if len(parties) == 2 and not parties & away and own <= parties:
            return [source, target]  # type: ignore[list-item]
    return []


def _mutual_pair(acts: Sequence[tuple[str, ActorMention, ActorMention | None]], mediators: set[str]) -> tuple[Actor, ...]:
    """The two parties, and only two, that acted on each other in a sentence's ``acts`` ("accused
    Algeria …, a charge Algiers denied"), none a mediator; else none."""
    pairs = {(_party(s), _party(t)) for _, s, t in acts if t is not None}
    mutual = [a for a in acts if a[2] is not None and (_party(a[2]), _party(a[1])) in pairs]
    if len({p for pair in pairs for p in pair if (pair[1], pair[0]) in pairs}) != 2:
        return ()
    return tuple(m.actor for m in _two_parties(mutual, mediators, set()))


def _mutual_acts(acts: Sequence[tuple[str, ActorMention, ActorMention | None]]
                 ) -> list[tuple[str, ActorMention, ActorMention | None]]:
    """The acts done both ways ("A and B agreed to a ceasefire"), the last first."""
    pairs = {(code, _party(s), _party(t)) for code, s, t in acts if t is not None}
    return [(code, s, t) for code, s, t in acts if t is not None and (code, _party(t), _party(s)) in pairs]
