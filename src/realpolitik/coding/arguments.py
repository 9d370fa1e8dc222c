"""Who did it and to whom: the source and target actors of a trigger, read off the parse.

Actor mentions come from the dictionary (character spans); here they are attached to tokens and
found again from a trigger's grammatical arguments: subjects (also of conjoined, controlled and
relative clauses), passive agents, objects and prepositional objects, possessors of nouns.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from copy import copy
from functools import partial
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from realpolitik.coding.locations import gazetteer
from realpolitik.coding.mentions import OPEN_ENTRY, Dateline, names_a_town, names_the_state, phrase_country, placed, placed_in
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Patterns
from realpolitik.coding.words import Words
from realpolitik.nlp import DocMemo
from realpolitik.records import Actor, ActorMention

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "oprd", "attr"}
_OBJECT_LINKS = OBJECT_DEPS | {"prep", "prt", "advmod"}  # what an object hangs on a verb by (object_tokens)
# the parser's tags of a relative pronoun standing for a noun ("whom", "which", "that")
RELATIVE_TAGS = {"WP", "WDT"}
# Dependents a search for an argument's actor must not enter: other clauses and asides.
_OPAQUE = {"relcl", "ccomp", "advcl", "parataxis", "punct", "appos", "cc", "mark", "xcomp", "conj"}
_ROLE_NAMES = {"nsubj": "subject", "nsubjpass": "subject", "csubj": "subject", "dobj": "object", "dative": "dative",
               "attr": "object", "oprd": "object", "appos": "apposition", "poss": "possessive", "amod": "modifier",
               "compound": "modifier", "nmod": "modifier"}


class MentionIndex:
    """Actor mentions of one sentence, looked up by token; ``patterns`` give the grammar words
    (relation nouns, place prepositions) the lookups read."""

    def __init__(self, span: Span, mentions: Iterable[ActorMention], patterns: Patterns, words: Words | None = None) -> None:
        self._span = span
        self.patterns = patterns
        self.words = words if words is not None else Words.of(span.doc)  # (the coder reads it once per text)
        self._wide: MentionIndex | None = None
        self.by_token: dict[int, ActorMention] = {}
        self.analysts: dict[int, ActorMention] = {}
        self.bare: dict[int, ActorMention] = {}
        # actors whose country the text does not give: roles take them only when no other fits
        self.fallback: dict[int, ActorMention] = {}
        for m in mentions:
            covered = self.words.covering(m.start, m.end)
            if covered is None or _names_a_place(span.doc, covered, m, patterns.actor_heads):
                continue
            # analysts are kept apart: they are never an event's actor, only a reason to drop one
            # "the police", "President Mugabe" with no country say too little on their own
            # ("U.N. troops" belong to the UN: an IGO's sector is not bare)
            if m.actor.kind == "analyst" and _acted_on_person(span.doc, covered, m):
                m = replace(m, actor=replace(m.actor, kind="sector"))
            bare = m.actor.kind == "sector" and not m.actor.country and m.actor.code == m.actor.sector
            unplaced = m.actor.entry.startswith(OPEN_ENTRY) and not m.actor.country
            table = self.analysts if m.actor.kind == "analyst" else (
                self.bare if bare else self.fallback if unplaced else self.by_token)
            for i in covered:
                table[i] = m


    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def named(self, span: Span, *, unplaced: bool = False) -> list[int]:
        """The indices of the words of ``span`` an actor stands on, in text order (with ``unplaced``,
        also those of the actors whose country the text does not give): a walk over the actors,
        not every word, and no ``Token`` made (most callers test the table first)."""
        held = sorted(self.by_token.keys() | self.fallback.keys() if unplaced else self.by_token.keys())
        return held[bisect.bisect_left(held, span.start):bisect.bisect_left(held, span.end)]

    def place_residents(self, span: Span) -> None:
        """"ethnic Albanians in south Serbia", "the Albanians of southern Serbia": a people named
        by its kin state but placed in another country are that country's residents; so are
        "ethnic Albanians" whose act the sentence places there ("killed three ethnic Albanians in
        southeastern Serbia")."""
        for i in self.named(span):
            m = self.by_token[i]
            if m.actor.kind != "state":
                continue
            token = span.doc[i]
            if not token.text[:1].isupper() or not token.text.endswith("s"):
                continue
            home = self._home_named(token)
            if home is None and any(c.lower_ == "ethnic" for c in token.children) and token.dep_ in SUBJECT_DEPS | {"dobj"}:
                home = self._home_named(token.head, frozenset({"in"}))
            if home is not None and home.actor.kind == "state" and home.actor.country != m.actor.country:
                placed = with_country(m, home.actor.country)
                for t in span:
                    if self.by_token.get(t.i) is m:
                        self.by_token[t.i] = replace(placed, actor=replace(placed.actor, code=home.actor.country or ""))

    def _home_named(self, token: Token, preps: frozenset[str] = frozenset({"in", "of"})) -> ActorMention | None:
        """The first actor in an "in"/"of" phrase on ``token`` (where a people lives)."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                home = next((self.by_token.get(g.i) for g in prep.subtree if g.i in self.by_token), None)
                if home is not None:
                    return home
        return None

    def place_bare_mentions(self, offices: Container[str], armed: Container[str] = frozenset(),
                            destinations: Container[int] = frozenset()) -> None:
        """"President Yoweri Museveni banned Ugandan opposition candidates": an untitled office in a
        sentence that names a single country is taken to be that country's; so are armed men
        (``armed``: "troops deployed around the prison, Ecuador's prison agency said"), but only
        when that country is named as the state itself: "rebels" in a sentence about "Russian
        journalists" need not be Russian.  A place travelled to (``destinations``: "the foreign
        minister arrived in Beijing") is not the office's country."""
        if not self.bare:
            return  # (no bare office to place: most sentences)
        told = self._told()
        mentions = list(told.values())
        doc = self._span.doc
        envoys = {id(m) for i, m in told.items() if doc[i].lemma_.lower() in self.patterns.envoy_nouns}
        countries = {m.actor.country for i, m in told.items() if m.actor.country and i not in destinations and id(m) not in envoys}
        if len(countries) != 1 or not self.bare:
            return
        country = next(iter(countries))
        # (or by its government's head: "Gunmen killed 30 villagers …, and President Bola Tinubu
        # ordered troops to the area")
        stated = any(names_the_state(m) or (m.actor.kind == "person" and m.actor.sector == self.patterns.government_sector)
                     for m in mentions)
        # "Russian forces shelled the city, killing two civilians": a country named only by its
        # armed men does not place the people they hit
        armed_only = all((m.actor.sector or m.actor.code) in armed for m in mentions if m.actor.country == country)
        # "the embassies urged Kenyan police to …": foreign missions are no one's of the place
        missions = {id(m) for i, m in self.bare.items() if self._span.doc[i].lemma_.lower() in self.patterns.mission_nouns}
        for i, m in list(self.bare.items()):
            sector = m.actor.sector or m.actor.code
            if (armed_only and sector in self.patterns.crowd_sectors) or id(m) in missions or self._owned_office(i) \
                    or from_elsewhere(self._span.doc[i], self.patterns):
                continue  # ("arrested three foreign nationals": of no country the sentence names)
            if sector in offices or (stated and sector in armed):
                self._settle(i, with_country(m, country))

    def place_owned_offices(self, owner_of: Callable[[Token], list[ActorMention]]) -> None:
        """"Fiji turned down her government's offer", "India shelled their army posts": an
        untitled office or force a pronoun owns is of the country of whom the pronoun stands
        for (``owner_of``), not of the one country the sentence names.  The doer's own ("Paris
        withdrew its troops") stays for the roles to read: what one moves of one's own is no
        target."""
        doc = self._span.doc
        for i, m in list(self.bare.items()):
            pronoun = next((c for c in doc[i].children if c.dep_ == "poss" and pronoun_kind(c, self.patterns)), None)
            owners = {o.actor.country for o in owner_of(pronoun)} if pronoun is not None and i in self.bare else set()
            country = owners.pop() if len(owners) == 1 else None  # ("talks between their navies": no one's alone)
            if country and country not in self._doers_of(doc[i], owner_of):
                placed = with_country(m, country)
                # (marked, so that the sentences after do not learn the sector's country from it)
                placed = replace(placed, actor=replace(placed.actor, entry=f"{placed.actor.entry}+owner:{pronoun.lower_}"))
                for j in [j for j, o in self.bare.items() if o is m]:
                    self._settle(j, placed)

    def _doers_of(self, token: Token, owner_of: Callable[[Token], list[ActorMention]]) -> set[str | None]:
        """The countries of the subject of the verb ``token`` hangs on (a pronoun's by whom it
        stands for), unless ``token`` is in it."""
        verb = next((h for h in token.ancestors if h.pos_ in {"VERB", "AUX"}), None)
        subj = subject_token(verb, self.patterns) if verb is not None else None
        if subj is None or token in subj.subtree:
            return set()
        doers = owner_of(subj) if pronoun_kind(subj, self.patterns) else \
            [m for t in subj.subtree if (m := self.by_token.get(t.i)) is not None]
        return {m.actor.country for m in doers}

    def only_country(self) -> str | None:
        """The one country the sentence's actors belong to, if they belong to one."""
        countries = {m.actor.country for m in self.by_token.values() if m.actor.country}
        return next(iter(countries)) if len(countries) == 1 else None

    def _owned_office(self, i: int) -> bool:
        """"European Community foreign ministers", "the Taliban's leader": an office another actor
        owns or names in its own phrase is that actor's, not the sentence's country's."""
        office = self.bare[i]
        # ("judges at the ICC", "officials of the UN": its phrase's "of"-like objects too)
        owners = [t for c in self._span.doc[i].children
                  if c.dep_ in {"poss", "compound", "nmod"} or c.dep_ == "prep" and c.lower_ in self.patterns.office_prepositions
                  for t in c.subtree]
        # (the office's own words may be settled already: another object of the same span); a
        # group owns only what it is said to have ("the Taliban's leader", not "gunmen from a gang")
        return any((m.start, m.end) != (office.start, office.end)
                   and (m.actor.kind == "igo" or m.actor.kind != "state" and t.dep_ == "poss")
                   for t in owners if (m := self.by_token.get(t.i)) is not None)

    def _told(self) -> dict[int, ActorMention]:
        """The sentence's actors outside clauses that describe a place: a country named only
        there places no one ("rebels pledged not to attack the port, where China is building a
        harbour"); a relative clause telling an act on a person does ("her rival, whom the
        Brazilian president had endorsed")."""
        return {i: m for i, m in self.by_token.items() if not self._in_place_clause(i)}

    def _in_place_clause(self, i: int) -> bool:
        """Whether word ``i`` hangs on a clause that describes a place (its heads are walked in
        the table of words: a relative clause is the only kind to look at closer)."""
        words, doc = self.words, self._span.doc
        for _ in words.head:  # (as Token.ancestors: no word has more heads than the text has words)
            if words.head[i] == i:
                break
            i = words.head[i]
            if words.dep[i] == "relcl" and _describes_place(doc[i]):
                return True
        return False

    def _settle(self, i: int, found: ActorMention) -> None:
        """The bare mention at token ``i``, now placed in a country, as an actor of the sentence."""
        self.by_token[i] = found
        self.fallback.pop(i, None)
        del self.bare[i]

    def host_seats(self, seats: Mapping[str, str], government: str) -> None:
        """"Rwanda cut ties with Belgium …, accusing Brussels of taking sides": a seat city that
        names an organisation ("Brussels": the EU) names its host country's government when the
        sentence names that country (``seats`` in the patterns)."""
        for i, m in list(self.by_token.items()):
            country = seats.get(m.text)
            if country is None or m.actor.kind != "igo" \
                    or not any(o.actor.country == country for o in self.by_token.values() if o is not m):
                continue
            actor = Actor(f"{country}{government}", f"{country} government", "state", country, government, None,
                          m.text, f"{m.actor.entry}+seat in {country}")
            self.by_token[i] = replace(m, actor=actor)

    def place_roaming(self, roaming: Mapping[str, frozenset[str]], dateline: Dateline | None) -> None:
        """"OUAGADOUGOU - JNIM militants killed 50 soldiers": an armed group active in several
        countries (``roaming_groups``: its code and those countries, "*" for any) acts in the one
        its sentence's place or the dateline names, when that is one of them."""
        placed: dict[int, ActorMention] = {}  # one placed mention for all the words of one
        for i, m in list(self.by_token.items()):
            countries = roaming.get(m.actor.code)
            if not countries or m.actor.kind != "group":
                continue
            if id(m) in placed:
                self.by_token[i] = placed[id(m)]
                continue
            # (a group active anywhere takes no country the sentence names: "attacked a French convoy")
            found = phrase_country(self._span.doc[i], self.patterns.place_prepositions) or (
                None if "*" in countries else self._sole_country(m))
            country, evidence = found if found is not None else (
                (dateline.country, f"dateline {dateline.place}") if dateline is not None and dateline.country else (None, ""))
            if country and (country in countries or "*" in countries) and country != m.actor.country:
                placed[id(m)] = self.by_token[i] = placed_in(
                    replace(m, actor=replace(m.actor, country=None, code=m.actor.sector or m.actor.code)), country, evidence)

    def _sole_country(self, m: ActorMention) -> tuple[str, str] | None:
        """The one country the sentence names besides ``m``, with the words that say so."""
        countries = {o.actor.country: o.text for o in self._told().values() if o is not m and o.actor.country}
        return next(iter(countries.items())) if len(countries) == 1 else None

    def place_reported(self, sectors: Container[str]) -> None:
        """"Kyrgyzstan's security service said a hacker group based in Kazakhstan had attacked the
        central election commission's website": an untitled institution a state's report names,
        with no country of its own, is the reporting state's (``reported_sectors``)."""
        for i, m in list(self.bare.items()):
            if (m.actor.sector or m.actor.code) not in sectors:
                continue
            country = self.reporting_country(self._span.doc[i])
            if country is not None:
                self._settle(i, with_country(m, country))

    def _teller(self, token: Token) -> Token | None:
        """The subject of the verb that reports the clause ``token`` is in: "X said (that) …" or "…, X said"."""
        node = token
        while node.head.i != node.i and not (node.dep_ == "ccomp" and node.head.lemma_ in self.patterns.speech):
            node = node.head
        speech = node.head if node.dep_ == "ccomp" else next(
            (c for c in node.children if c.dep_ == "parataxis" and c.lemma_ in self.patterns.speech), None)
        return subject_token(speech, self.patterns) if speech is not None else None

    def reporting_country(self, token: Token) -> str | None:
        """The country of whoever reports the clause ``token`` is in."""
        subj = self._teller(token)
        # ("Albania's national cyber security authority said": the state owning the reporter)
        reporter = None if subj is None else self.at(subj) or next(
            (self.at(c) for c in subj.children if c.dep_ == "poss" and self.at(c) is not None), None)
        return reporter.actor.country if reporter is not None and reporter.actor.kind in {"state", "sector"} else None

    def _reporting_forces(self, token: Token, m: ActorMention) -> str | None:
        """"MANILA - A Chinese spokesman said the coast guard had expelled a Philippine vessel":
        the forces a state's report tells acting, with no country of their own, are the reporting
        state's, not the dateline's."""
        # (and the rebels and armed men a state reports: "Rebels fired rockets at the airport, the
        # South Sudanese government said"; not criminals, whose side a report on hackers rarely is)
        armed = self.patterns.instruments | (frozenset(self.patterns.armed_offices) - {"CRM"})
        if token.dep_ not in SUBJECT_DEPS or (m.actor.sector or m.actor.code) not in armed:
            return None
        # (rebels where the text says another country's place are of that place: "rebels attacked a
        # convoy near Gao, and Britain condemned the attack, a spokesman said" are no British rebels;
        # troops fight abroad: "troops had captured two villages near Pokrovsk", a Russian report)
        country = self.reporting_country(token)
        where = phrase_country(token, self.patterns.place_prepositions) if m.actor.sector in self.patterns.rebel_sectors else None
        return None if where is not None and where[0] != country else country

    def _placed_by_role(self, token: Token, m: ActorMention, dateline: Dateline | None) -> tuple[str, str] | None:
        """The country a sector noun's role in its clause gives it, with the evidence: whose
        command moves it, for whom it speaks, whose report tells it acting."""
        for strategy, evidence in ((self._commander, "commanded or sent"), (partial(self._spokesman_of, dateline=dateline), "speaks for"),
                                   (self._reporting_forces, "reported")):
            country = strategy(token, m)
            if country:
                return country, evidence
        return None

    def _spokesman_of(self, token: Token, m: ActorMention, dateline: Dateline | None) -> str | None:
        """"France 'will respond firmly', foreign ministry spokeswoman Claire Morvan said": an
        official of no country the text gives, who tells what a state itself says or does, speaks
        for that state, not for a ministry named before nor the dateline's; but one who tells of
        the dateline's country too is its official ("BEIJING — Washington is interfering in
        China's internal affairs, foreign ministry spokesman Lin Jian said": China's)."""
        verb = token.head
        if token.dep_ not in SUBJECT_DEPS or m.actor.sector != self.patterns.government_sector \
                or verb.lemma_.lower() not in self.patterns.speech:
            return None
        # ("…, and Manila lodged a protest, the ministry said": the clauses told and their conjuncts)
        clauses = [k for c in verb.children if c.dep_ == "ccomp" for k in (c, *c.conjuncts)]
        told = [subject_token(c, self.patterns) for c in clauses]
        states = {s.actor.country for t in told if t is not None for s in [self.at(t)] if s is not None and s.actor.kind == "state"}
        named = {s.actor.country for c in clauses for t in c.subtree for s in [self.at(t)] if s is not None}
        filed = dateline.country if dateline is not None else None
        return states.pop() if len(states) == 1 and (filed in states or filed not in named) else None

    def _commander(self, token: Token, m: ActorMention) -> str | None:
        """"COTONOU - Tinubu ordered air force jets into Beninese airspace": forces a command
        verb acts on are the commander's, not the dateline's; so are the people a sending verb
        sends ("Iran sent a deputy foreign minister to Niamey")."""
        while token.dep_ in {"compound", "amod"}:  # "air force jets"
            token = token.head
        verb, lemma, sector = token.head, token.head.lemma_.lower(), m.actor.sector or m.actor.code
        commanded = lemma in self.patterns.command_verbs and sector in self.patterns.instruments
        # (officials only: troops sent somewhere may be placed by where they go)
        sent = lemma in self.patterns.sending_verbs and sector == self.patterns.government_sector
        if token.dep_ != "dobj" or not (commanded or sent):
            return None
        subj = subject_token(verb, self.patterns)
        commander = self.by_token.get(subj.i) if subj is not None else None
        return commander.actor.country if commander is not None else None

    def place_sectors(self, dateline: Dateline | None, event_nouns: Mapping[str, object],
                      destinations: Container[int] = frozenset(), earlier: Mapping[str, tuple[str, str]] | None = None,
                      home: Dateline | None = None) -> None:
        """Country-less sector nouns still unplaced are actors too: with the country the text
        gives them ("protesters in Lahore", the last of their sector placed in ``earlier``
        sentences, the dateline's; an untitled office of a story with no dateline, its ``home``'s),
        else as the sector alone; not when they only qualify an act ("military cooperation",
        "police reform")."""
        for token, m in self._heads(self.bare):
            if token.dep_ in {"amod", "compound"} and (token.head.lemma_.lower() in event_nouns
                                                       or token.head.lemma_.lower() in self.patterns.act_nouns):
                # ("unilateral military action against cartels": the act's kind, no actor)
                for i in [i for i, bare in self.bare.items() if bare is m]:
                    del self.bare[i]
                continue
            prep, homes = self._homes(token)
            if homes:
                self._place_bare(m, prep, homes)
                continue
            if any(t.i in self.by_token for t in _own_phrase(token)) or any(c.dep_ == "poss" for c in token.children):
                # "Turkish F-16 fighter jets", "Russian-led forces", "their troops": the phrase
                # names whose they are (a pronoun's owner is found with the roles)
                continue
            role = self._placed_by_role(token, m, dateline)
            # ("diplomats in Vienna said": posted there, of no country the place, the dateline or
            # an earlier sector gives; a story's home places its offices, not its troops or crowds:
            # "Colombia deployed more troops" are no one else's)
            # (nor are "foreign nationals in Nairobi" of any country their place gives)
            posted = self._posted(token) or from_elsewhere(token, self.patterns)
            office_home = self._office_home(m, home)
            filed = None if posted else dateline or office_home
            prepositions = frozenset() if posted else self.patterns.place_prepositions
            # ("Algerian forces shot down a drone … Niamey tore up its military accord with them":
            # an adjective sorting a thing is no one the text spoke of before)
            remembered = None if posted or self.sorts_a_thing(token) else self._remembered(token, m, earlier or {}, dateline or office_home)
            found = placed_in(m, *role) if role else \
                placed(m, token, filed, prepositions, destinations, self.patterns.gatherings, remembered)
            for i in [i for i, bare in self.bare.items() if bare is m]:
                if found.actor.country:
                    self.by_token.setdefault(i, found)
                    del self.bare[i]
                else:
                    self.fallback.setdefault(i, found)
        self._place_names(dateline, destinations, home)
        # (an adjective sorting a thing that nothing placed names no one: "pressed for civilian rule")
        for i in [i for i in {**self.bare, **self.fallback} if i not in self.by_token and self.sorts_a_thing(self._span.doc[i])]:
            self.bare.pop(i, None)
            self.fallback.pop(i, None)

    def _office_home(self, m: ActorMention, home: Dateline | None) -> Dateline | None:
        """The story's ``home`` for an untitled office or a body of its politics
        (``story_home_sectors``: "opposition figures", "students"), unless the sentence names the home's
        country in another actor ("the foreign ministry summoned a senior U.S. diplomat" in a
        story about the U.S.)."""
        sector = m.actor.sector or m.actor.code
        if home is None or sector not in self.patterns.story_home_sectors:
            return None
        named = {o.actor.country for o in self.by_token.values() if o is not m and "+placed:" not in o.actor.entry}
        if sector != self.patterns.government_sector:
            # (a body of politics only where the sentence names no other country: "Maduro told
            # parliament" in a story on Brazil is Venezuela's)
            return home if named <= {home.country, None} else None
        return None if home.country in named else home

    def _remembered(self, token: Token, m: ActorMention, earlier: Mapping[str, tuple[str, str]],
                    dateline: Dateline | None) -> tuple[str, str] | None:
        """The country of the last actor of ``m``'s sector the text placed, unless this sentence
        names that country as another party ("U.S. officials complained … the foreign ministry
        summoned a senior U.S. diplomat": not the U.S. ministry), or the story is filed from
        another country this sentence does not name ("BOGOTA - … U.S. military planes … The army
        deployed troops": Colombia's; "MANILA - China's foreign ministry said … A spokesman warned
        Manila": China's)."""
        found = earlier.get(m.actor.sector or "")
        if found is None:
            return None
        # ("TAIPEI - … The Chinese foreign ministry accused Tokyo … The ministry also summoned": the
        # same noun again is the one named before, wherever the story is filed from, and whoever
        # tells of it: "North Korean troops fought … Pyongyang's news agency said the troops …")
        echo = _bare_word(m.text) == _bare_word(found[1])  # ("the embassy's statement" after "the Cameroonian embassy")
        teller = self._teller(token) if echo else None
        told = {t.i for t in teller.subtree} if teller is not None else set()
        # (a rebel force of that country is no other party of it: "The RSF accused the army" after
        # "Sudan's army" is Sudan's army still)
        named = {o.actor.country for i, o in self.by_token.items() if o is not m and "+placed:" not in o.actor.entry
                 and i not in told and o.actor.sector not in self.patterns.rebel_sectors}
        if found[0] in named:
            return None
        filed = dateline.country if dateline is not None else None
        return None if filed and filed != found[0] and filed not in named and not echo else found

    def _homes(self, token: Token) -> tuple[str, list[ActorMention]]:
        """The states a noun's own "in"/"from" phrase names, with the preposition ("soldiers from
        Gondor", "lawmakers in Kenya and Uganda"; nouns coordinated with it share it: "lawmakers and
        officials in …"), or the state that owns it ("Ithilen's awful minister"); not a noun a pronoun
        owns ("recalled its ambassador from Paris" names where it comes back from)."""
        owners = [self.by_token.get(c.i) for c in token.children if c.dep_ == "poss"]
        if owners:
            # "Ithilen's awful and evil minister": the words between are no sector's ("their
            # troops" is left to the roles, which find whose they are)
            home = owners[0]
            return ("of", [home]) if home is not None and home.actor.kind == "state" and home.actor.country \
                else ("", [])
        # ("diplomats in Vienna" serve there; "diplomats from Russia" are Russia's)
        homeward = {"from"} if self._posted(token) else {"in", "from"}
        for noun in (token, *token.conjuncts):
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in homeward:
                    homes = [h for g in _places(prep) for h in [self.by_token.get(g.i)] if h is not None]
                    if homes and all(h.actor.kind == "state" and h.actor.country for h in homes):
                        return prep.lower_, list(dict.fromkeys(homes))
        return self._employer(token) or self._linked(token)

    def _posted(self, token: Token) -> bool:
        """Whether the noun names people posted abroad (``posted_nouns``: "diplomats", "envoys")."""
        return token.lemma_.lower() in self.patterns.posted_nouns

    def _employer(self, token: Token) -> tuple[str, list[ActorMention]] | None:
        """"Heorhii Tykhyi, a spokesman for the foreign ministry in Kyiv", "the government of
        President X": a sector noun serving a body or a person the text places is of that one's
        country (the body placed first when it is bare)."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.patterns.employer_prepositions:
                continue
            for body in (c for c in prep.children if c.dep_ == "pobj"):
                m = self.by_token.get(body.i)
                # (not an armed group's "fighters of JNIM": its country is the place of its act, found later)
                if m is not None and m.actor.country and m.actor.kind != "group" and "+placed:dateline" not in m.actor.entry:
                    return prep.lower_, [m]
                if body.i in self.bare:
                    _, homes = self._homes(body)
                    if homes:
                        return prep.lower_, homes
        return None

    def _linked(self, token: Token) -> tuple[str, list[ActorMention]]:
        """"Hackers linked to a Nigerian fraud syndicate", "hackers based in Turkey", "a gang operating
        from Russia": people tied to a country or to what its adjective qualifies are that
        country's (``linking_participles``), also where the small model makes the participle the
        sentence's root."""
        participle = next((c for c in token.children if c.dep_ == "acl"), token.head if _misparsed_participle(token, self.patterns) else None)
        if participle is None or participle.lemma_.lower() not in self.patterns.linking_participles:
            return "", []
        preps = [p for p in participle.children if p.dep_ == "prep" and p.lower_ in {"to", "in", "from"}]
        # ("linked to Russia's GRU military intelligence": a state's organ ties them to the state)
        homes = [(p, self.by_token[t.i]) for p in preps
                 for t in p.subtree if t.i in self.by_token and self.by_token[t.i].actor.kind in {"state", "sector"}
                 and self.by_token[t.i].actor.country]
        if homes:
            return f"{participle.lower_} {homes[0][0].lower_}", [homes[0][1]]
        # ("hackers based in Miami": a city the gazetteer knows)
        places = [(p, gazetteer().find(g.text, g.doc)) for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        place = next(((p, loc) for p, loc in places if loc is not None and loc.country), None)
        if place is None:
            return "", []
        state = Actor(place[1].country, place[1].country, "state", place[1].country)
        return f"{participle.lower_} {place[0].lower_}", [ActorMention(0, 0, place[1].name, state)]

    def _place_bare(self, m: ActorMention, prep: str, homes: Sequence[ActorMention]) -> None:
        """The bare noun ``m`` as the actor of each state in ``homes`` ("lawmakers in Kenya and
        Uganda": KENLEG and UGALEG)."""
        placed = [placed_in(m, h.actor.country or "", f"{prep} {h.text}").actor for h in homes]
        found = replace(m, actor=placed[0], others=tuple(placed[1:]))
        for i in [i for i, bare in self.bare.items() if bare is m]:
            self._settle(i, found)

    def _place_names(self, dateline: Dateline | None, destinations: Container[int], home: Dateline | None = None) -> None:
        """Names no dictionary knows take the country the text gives them, as sector nouns do
        ("MAPUTO — Presidential challenger X rejected …"); in a story with no dateline, its
        ``home``'s when nothing else places them and they act ("the daily Vijesti accused the
        government", in an essay on Montenegro)."""
        if not any(m.actor.entry.startswith(OPEN_ENTRY) for m in self.fallback.values()):
            return  # (no such name: most sentences; the clauses need not be read)
        countries = {m.actor.country for i, m in self._told().items() if m.actor.country and i not in destinations}
        for token, m in self._heads(self.fallback):
            if not m.actor.entry.startswith(OPEN_ENTRY):
                continue
            if _names_a_thing(token, self.patterns.owned_things):
                # "seized the tanker Eagle S": the name of a ship or a plane is no actor
                for i in [i for i, name in self.fallback.items() if name is m]:
                    del self.fallback[i]
                continue
            # (a common noun's phrase: "He Lifeng" hung on "Scott Bessent" by a misparse is another
            # person); or the title the name is in apposition to: "China's assistant minister of
            # public security, Liu Zhongyi, …"
            described = next((self.by_token[c.i] for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                              and c.i in self.by_token and self.by_token[c.i].actor.country), None) \
                or self._titled(token)
            if described is not None and token.dep_ in SUBJECT_DEPS:
                continue  # "Lena Holm, a Swedish diplomat, said": the roles read who she is in the apposition
            found = self._named_before(m) or self._leader(token, m) or (
                self._organisation_title(token, m) if described is None
                else placed_in(m, described.actor.country or "", f"apposition {described.text}"))
            if found is None:
                found = placed(m, token, dateline, self.patterns.place_prepositions, destinations, self.patterns.gatherings)
            if found.actor.kind != "igo" and not found.actor.country and len(countries) == 1 \
                    and not self._only_acted_on(token) and not self._paired(token, next(iter(countries))):
                # "Noboa won re-election, but his rival Luisa Gonzalez refused …": a name the text
                # does not place is of the one country its sentence names
                found = placed_in(m, next(iter(countries)), "sentence")
            if found.actor.kind != "igo" and not found.actor.country and home is not None and dateline is None \
                    and token.dep_ in SUBJECT_DEPS:
                # (a doer: the names an essay's acts are done to are as often foreign)
                found = placed_in(m, home.country, f"story {home.place}") if home.country else found
            if found.actor.country or found.actor.kind == "igo":
                for i in [i for i, name in self.fallback.items() if name is m]:
                    self.by_token.setdefault(i, found)
                    del self.fallback[i]

    def _leader(self, name: Token, m: ActorMention) -> ActorMention | None:
        """"the junta, led by General Abdourahamane Tiani,": a name that leads a body the text
        places is of the body's country (``leading_verbs``)."""
        verb = name.head.head if name.dep_ == "pobj" and name.head.dep_ == "agent" else None
        if verb is None or verb.dep_ != "acl" or verb.lemma_.lower() not in self.patterns.leading_verbs:
            return None
        body = self.by_token.get(verb.head.i)
        if body is None or not body.actor.country or "+placed:dateline" in body.actor.entry:
            return None
        return placed_in(m, body.actor.country, f"leader of {body.text}")

    def _titled(self, name: Token) -> ActorMention | None:
        """The placed title a name is written in apposition to, after a comma ("China's assistant
        minister, Liu Zhongyi,"), not by the dateline."""
        head = name.head
        m = self.by_token.get(head.i)
        if name.dep_ != "appos" or head.pos_ != "NOUN" or m is None or not m.actor.country \
                or "+placed:dateline" in m.actor.entry or not any(t.text == "," for t in name.doc[head.i:name.i]):
            return None
        return m

    def _named_before(self, m: ActorMention) -> ActorMention | None:
        """"IAEA chief Rafael Grossi said …, and Grossi asked Tehran": a surname alone is the
        person this sentence named in full before it, as that one was placed."""
        if " " in m.text:
            return None
        full = next((x for x in self.by_token.values() if x.end <= m.start and " " in x.text and x.text.split()[-1] == m.text), None)
        return None if full is None else replace(m, actor=replace(full.actor, entry=f"{full.actor.entry}+named earlier"))

    def _organisation_title(self, name: Token, m: ActorMention) -> ActorMention | None:
        """"the U.N. nuclear watchdog's chief Rafael Grossi", "Zabihullah Mujahid, the Taliban
        government's chief spokesman", "Jan Nowak, a Polish diplomat": a name whose title an
        organisation or a state owns or qualifies speaks for it, wherever the story is filed."""
        for owner in self._title_owners(name):
            # (a word of the title the dateline placed, "Defense" in a SEOUL story, owns nothing)
            orgs = [self.by_token[t.i] for t in owner.subtree if t.i in self.by_token
                    and (self.by_token[t.i].actor.kind == "igo" or self.by_token[t.i].actor.country)
                    and "+placed:dateline" not in self.by_token[t.i].actor.entry]
            org = orgs[0] if orgs else None
            if org is not None and org.actor.kind == "igo":
                return replace(m, actor=replace(org.actor, entry=f"{org.actor.entry}+title of {m.text}"))
            if org is not None:  # a state's office-holder is placed in it, keeping what the name is
                first = placed_in(m, org.actor.country or "", f"title of {org.text}")
                # "French-Algerian writer Boualem Sansal": a dual national is a party of each country
                dual = [placed_in(m, a.country or "", f"title of {o.text}").actor for o in orgs for a in (o.actor, *o.others)
                        if a.kind == "state" and a.country != org.actor.country]
                return replace(first, others=tuple(dual))
            land = gazetteer().find(owner.text, owner.doc) if owner.dep_ == "poss" and owner.pos_ == "PROPN" else None
            if land is not None and land.country and land.lat is None:
                # ("Somaliland's president, Abdirahman Irro": a region no dictionary names as an actor)
                return placed_in(m, land.country, f"title of {owner.text}")
        return None

    def _title_owners(self, name: Token) -> list[Token]:
        """The words that may say whose office a name holds: its title's owner and modifiers, on
        the name's own phrase and, for a name in apposition, on the noun it describes (a dateline
        misread as the subject heads "U.S. Defense Secretary Pete Hegseth" in a SEOUL story)."""
        owners = []
        for title in (name, name.head) if name.dep_ == "appos" else (name,):
            # ("U.S. Secretary of Homeland Security Kristi Noem": a title with its own "of" phrase
            # hangs on the name as a nominal modifier)
            titles = [title, *(c for c in title.children if c.dep_ in {"compound", "appos", "nmod"} and c.i != name.i)]
            owners += [c for t in titles for c in t.children if c.dep_ == "poss"]
            # ("Jan Nowak, the senior U.S. envoy": the modifiers of an apposition that is no actor
            # of its own, as "the Polish foreign minister" is, not the name's words)
            owners += [c for t in titles[1:] if t.dep_ == "appos" and t.i not in self.by_token
                       for c in t.children if c.dep_ in {"amod", "compound"}]
            # ("Claudia Weiss, Ambassador and Head of the Delegation of the European Union": the
            # "of" phrase of such a title, an office by its capital; not "a critic of the government")
            owners += [g for t in titles[1:] if t.dep_ == "appos" and t.i not in self.by_token and t.text[:1].isupper()
                       for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            # ("EU energy commissioner Dan Jorgensen": the modifiers of a common-noun title before
            # the name, also capitalised outside the name itself: "U.S. Defense Secretary Pete
            # Hegseth"; "French-Iranian academic Fariba Adelkhah": the name's own adjectives)
            owners += [c for t in titles[1:] if t.dep_ in {"compound", "nmod"} and (t.pos_ == "NOUN" or not t.ent_type_)
                       for c in t.children if c.dep_ in {"amod", "compound", "nmod"}]
            # (and the words before the name outside it: "U.S. Defense Secretary Pete Hegseth" hangs
            # "U.S." on the name itself)
            owners += [c for c in title.children if c.dep_ == "amod"
                       or c.dep_ == "compound" and c.i < name.i and c.ent_type_ != name.ent_type_]
        return owners

    def _paired(self, name: Token, country: str | None) -> bool:
        """Whether the name is coordinated with an actor of ``country`` ("talks between Bessent and
        Chinese Vice Premier He Lifeng": the other side, not a compatriot)."""
        return any(m.actor.country == country for c in name.conjuncts for t in c.subtree
                   for m in [self.by_token.get(t.i)] if m is not None)

    def _only_acted_on(self, name: Token) -> bool:
        """Whether the sentence names its country only in what the name's own verb acts on: "Elon
        Musk criticised the Indian government" says nothing of where Musk is from."""
        verb = name.head if name.dep_ in SUBJECT_DEPS else None
        if verb is None:
            return False
        acted_on = {t.i for c in verb.children if c.dep_ in {"dobj", "dative", "prep"} for t in c.subtree}
        return all(i in acted_on for i, m in self.by_token.items() if m.actor.country)

    def _heads(self, table: dict[int, ActorMention]) -> list[tuple[Token, ActorMention]]:
        """Each mention of ``table`` with its head token: the one whose head lies outside it."""
        doc = self._span.doc
        return [(doc[i], m) for i, m in table.items() if table.get(doc[i].head.i) is not m or doc[i].head.i == i]

    def widened(self) -> MentionIndex:
        """The same mentions, with the country-less ones taken like any other (made once: the
        roles of every trigger of the sentence may ask, after all mentions are placed)."""
        if self._wide is None:
            self._wide = copy(self)
            self._wide.by_token = {**self.fallback, **self.by_token}
            self._wide.fallback = {}
        return self._wide

    def bare_in(self, token: Token) -> ActorMention | None:
        """A country-less office or sector named by the phrase headed by ``token``; not an
        adjective that sorts a thing ("pressed for civilian rule" asks no civilians)."""
        return next((self.bare[t.i] for t in token.subtree if t.i in self.bare and not self.sorts_a_thing(t)), None)

    def sorts_a_thing(self, token: Token) -> bool:
        """Whether a sector word is an adjective of a noun that names no actor ("its military
        accord", "civilian rule"), saying what kind of thing it is, not whose; of a hostile act
        it names the doer ("the military halt air strikes"), of people their side ("met military
        commanders": ``personnel_nouns``)."""
        head = token.head
        if token.dep_ != "amod" or token.pos_ != "ADJ" or head.i in self.by_token or head.i in self.bare:
            return False
        lemma = head.lemma_.lower()
        return lemma not in self.patterns.personnel_nouns and lemma not in self.patterns.people_nouns \
            and not any(r.code and cameo(r.code).quad_class >= 3 for r in self.patterns.nouns.get(lemma, ()))

    def is_analyst(self, token: Token) -> bool:
        """Whether the phrase headed by ``token`` names an analyst ("experts", "a political scientist")."""
        return any(t.i in self.analysts for t in token.subtree)


def _places(prep: Token) -> list[Token]:
    """The places a preposition names: its object and those coordinated with it, also when the
    parser hangs the second on the noun before the preposition ("lawmakers in Fornost and Gondor")."""
    places = [g for o in prep.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
    # ("fighters in Cameroon's North-West region": the state that owns the place)
    places = [next((c for c in g.children if c.dep_ == "poss"), g) for g in places]
    if places:
        last = max(g.i for g in places)
        places += [c for c in prep.head.conjuncts if c.i > last and c.pos_ == "PROPN"
                   and all(t.dep_ in {"cc", "punct"} for t in prep.doc[last + 1 : c.i])]
    return places


def _names_a_place(doc: Doc, words: range, m: ActorMention, actor_heads: Container[str]) -> bool:
    """"the Baku office of Sputnik", "Kabul airport": a capital that only qualifies a thing names
    where it is, not its government (but "Beijing officials", "a Kabul court" are that
    government's: the noun then is an actor of its own, found as a sector)."""
    if len(words) != 1 or m.actor.kind != "state" or m.actor.code == m.actor.country:
        return False
    token = doc[words[0]]
    return token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.ent_type_ == "" \
        and token.head.lemma_.lower() not in actor_heads and gazetteer().find(token.text) is not None


def _first_below(token: Token, index: MentionIndex, *, preps: frozenset[str] | None = None,
                 passing: frozenset[str | None] = frozenset()) -> tuple[Token, ActorMention] | None:
    """The nearest actor mention in ``token``'s phrase and the token it was found at, breadth
    first, staying inside the phrase; mentions of a country in ``passing`` are walked past."""
    queue = deque([(token, 0)])
    doc, words, patterns = token.doc, index.words, index.patterns
    while queue:
        t, depth = queue.popleft()
        m = index.at(t)
        if m is not None and m.actor.country not in passing:
            return t, m
        for c in words.children(t.i):  # (each child asked in the table, a Token made of those walked to)
            dep, lower = words.dep[c], words.lower[c]
            # (hosting and backing participles are past participles hung on as "acl"s, granting
            # ones present participles)
            if dep in _OPAQUE or dep == "acl" and (_aside(doc[c], words.tag[c], patterns)
                                                   or words.lemma[c] in patterns.charge_participles):
                continue
            if (dep == "prep" and lower == "with" and is_absolute(doc[c], patterns)) or lower in patterns.concessive_prepositions:
                continue  # ("children taken from Kherson despite Qatar's offer": no party, whatever its label)
            if dep == "poss" and is_relation(t, patterns):
                # "Israel's militia ally" is not Israel
                continue
            if dep == "prep" and lower in patterns.route_prepositions and words.lemma[t.i] in patterns.route_nouns:
                continue  # "torched tankers on the road from Senegal to Bamako": where the road runs
            if dep == "prep" and lower in patterns.place_prepositions and t.i == token.i and _in_a_town(doc[c], index):
                continue  # "victims' groups in Seoul": where they are, not who (a town places sectors)
            # deep inside a phrase only "of"-like links still lead to the act's target:
            # "a stronghold on the Thai border" places, it does not target
            # ("a package of sanctions on Russia": a measure's "on" names whom it hits)
            aimed = lower == "on" and words.lemma[t.i] in patterns.aimed_measures
            # ("froze its participation in the CSTO": a place in a body is in the body)
            joined = lower == "in" and words.lemma[t.i] in patterns.membership_nouns
            if (dep == "prep" and preps is not None and not joined
                    and (lower not in preps or (depth > 0 and lower not in patterns.linking_prepositions and not aimed))):
                continue
            queue.append((doc[c], depth + (dep == "prep")))
    return None


def _in_a_town(prep: Token, index: MentionIndex) -> bool:
    """Whether the preposition places its head in a town that names no organisation (a capital
    named so is where, not its government; "diplomats in Brussels" may be the EU's)."""
    words, doc = index.words, prep.doc
    towns = [doc[g] for g in words.children(prep.i) if words.dep[g] == "pobj" and names_a_town(doc[g])]
    return any((m := index.at(g)) is None or m.actor.kind == "state" for g in towns)


def _aside(participle: Token, tag: str, patterns: Patterns) -> bool:
    """Whether a participle hung on a noun (tagged ``tag``) leads away from who the noun's phrase
    names: hosting, backing (past participles) or granting (present ones)."""
    if tag == "VBN":
        return hosts(participle, patterns) or _backed(participle, patterns)
    return tag == "VBG" and _provision(participle, patterns)


def _provision(participle: Token, patterns: Patterns) -> bool:
    """"signed an agreement giving Washington a share of the revenue", "a memorandum allowing U.S.
    warships to dock": a participle of granting (``provision_participles``) on a noun says what the
    thing provides; whom it names is no party of the act on the thing (unlike "a boat carrying
    smugglers from Venezuela", whose participle says who is aboard)."""
    return participle.lemma_.lower() in patterns.provision_participles  # (an "acl" present participle: ``_aside`` asks)


def _backed(participle: Token, patterns: Patterns) -> bool:
    """"government troops backed by Turkish drones", "rebels supported by Rwanda": a participle
    of backing (``backing_participles``) whose agent stands behind the phrase's actor is no part
    of who the phrase names."""
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in patterns.backing_participles \
        and any(c.dep_ == "agent" for c in participle.children)


def hosts(participle: Token, patterns: Patterns) -> bool:
    """"talks mediated by Oman", "a meeting hosted by Kenya": a participle of hosting or brokering
    (``host_roots``) on the noun of an act; its agent is no party of the act."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    # ("drones launched by the RSF": launching a mediation hosts it, launching drones does not;
    # the noun the participle hangs on is what its rule would have as object)
    noun = participle.head.lemma_.lower()
    return any(r.code and patterns.codes_in(r.code, patterns.host_roots) and (not r.objects or noun in r.objects)
               for r in patterns.verbs.get(participle.lemma_, ()))


def is_absolute(prep: Token, patterns: Patterns) -> bool:
    """", with Oman's foreign minister carrying messages between them": a "with" phrase after a
    comma whose noun has its own participle tells what went on beside the act, not with whom; so
    does one whose noun stands by ("with Trump at their side": the parser hangs the "at" phrase
    on the verb, right after the noun)."""
    if not (prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > 0 and prep.nbor(-1).text == ","):
        return False
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for g in nouns for c in g.children) \
        or any(_stands_by(g, patterns) for g in nouns)


def _stands_by(noun: Token, patterns: Patterns) -> bool:
    """Whether a phrase of ``noun``'s own, or the one right after all its words (hung on the
    verb), says it is only present ("at their side", "in attendance"; "the Chinese ambassador to
    Kenya at their side" too)."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    preps = [c for c in noun.rights if c.dep_ == "prep"] + [doc[after]] * (after < len(doc) and doc[after].pos_ == "ADP")
    return any(o.dep_ == "pobj" and o.lemma_.lower() in patterns.companion_nouns for p in preps for o in p.children)


def _coordinated(token: Token, m: ActorMention, index: MentionIndex) -> list[ActorMention]:
    """The actors coordinated with ``m``, found at ``token``: "aid for Romania and Poland",
    "the Turkish and Greek sides"; coordinated adjectives share the noun's sector ("Hungarian and
    Romanian officials" -> HUNGOV, ROUGOV)."""
    head = token
    while head.head.i != head.i and index.at(head.head) is m:
        head = head.head
    doc, words = head.doc, index.words
    # (modifiers and conjuncts read in the table)
    modifiers = [(i, joined) for i in words.children(head.i) if words.dep[i] in {"amod", "compound", "nmod"}
                 for joined in [words.conjuncts(i)] if joined]
    adjectives = [doc[t] for i, joined in modifiers for t in (i, *joined)]
    out: list[ActorMention] = []
    seen: set[ActorMention] = set()
    for t in [*(doc[c] for c in words.conjuncts(head.i)), *adjectives]:
        # ("Congo and the M23 group": a conjunct named by its compound)
        other = index.at(t) or next((m for c in t.children if c.dep_ == "compound" for m in [index.at(c)] if m), None)
        if other is None or other is m or other in seen or _home_of(other, m):
            continue
        seen.add(other)
        if t in adjectives and m.actor.sector and other.actor.code == other.actor.country:
            sector_actor = replace(m.actor, code=f"{other.actor.country}{m.actor.sector}", country=other.actor.country,
                                   name=other.actor.name, entry=other.actor.entry)
            other = replace(other, actor=sector_actor)
        out.append(other)
    return out + [p for p in _misparsed_partners(head, m, index) if p not in seen]


def _misparsed_partners(head: Token, m: ActorMention, index: MentionIndex) -> list[ActorMention]:
    """"U.S. President Donald Trump and Russian President Vladimir Putin met": the small model
    hangs the first name on the second's title; the people joined by "and" inside the title's
    phrase are parties beside ``m``."""
    out: list[ActorMention] = []
    for title in (c for c in head.children if c.dep_ == "compound"):
        words = list(title.subtree)
        if not any(w.dep_ == "cc" and w.lower_ == "and" for w in words):
            continue
        for w in words:
            other = index.at(w)
            if other is not None and other is not m and other.actor.kind == "person" and other not in out:
                out.append(other)
    return out


def _home_of(state: ActorMention, m: ActorMention) -> bool:
    """Whether ``state`` is where ``m`` was placed ("lawmakers in Fornost and Gondor": Gondor is
    no party beside them)."""
    return state.actor.kind == "state" and "+placed:" in m.actor.entry and state.actor.country in {
        a.country for a in (m.actor, *m.others)}


def with_country(m: ActorMention, country: str | None) -> ActorMention:
    """A country-less office ("President Mugabe") placed in ``country`` (GOV -> ZWEGOV)."""
    sector = m.actor.sector or m.actor.code
    actor = replace(m.actor, code=f"{country}{sector}", country=country)
    return replace(m, actor=actor)


def actors_of(token: Token, index: MentionIndex, preps: frozenset[str] | None = None,
              passing: frozenset[str | None] = frozenset()) -> list[ActorMention]:
    """The actors a noun phrase headed by ``token`` names, conjuncts included ("X and Y")."""
    found: dict[ActorMention, None] = {}  # ordered, and a long list's membership tests stay cheap
    covered: set[int] = set()  # tokens whose coordination is in already: "A and B and … Z" once, not once per name
    doc, words = token.doc, index.words  # (the conjuncts read in the table)
    # ("Benin's defence minister Fortunet Nouatin and his Togolese counterpart": the small model
    # joins the second party to the name in apposition)
    named_too = [doc[c] for a in words.children(token.i) if words.dep[a] == "appos" and words.pos[a] == "PROPN"
                 for c in words.conjuncts(a)]
    for t in [token, *(doc[c] for c in words.conjuncts(token.i)), *_listed_states(token, index), *named_too]:
        hit = _first_below(t, index, preps=preps, passing=passing)
        if hit is None or any(_home_of(hit[1], f) for f in found):
            continue
        # ("seven Latin American countries, including …", "Western embassies, including those of …":
        # a region, an organisation or people of no one country)
        listed = _listed(hit[0], index) if hit[1].actor.kind in {"region", "igo"} or not hit[1].actor.country else []
        if not listed and hit[0].i not in covered:
            listed = [hit[1], *_coordinated(*hit, index)]
            covered.update((hit[0].i, *words.conjuncts(hit[0].i)))
        for m in listed or [hit[1]]:
            if m not in found and m.actor.country not in passing:
                found[m] = None
    return list(found)


def _listed_states(token: Token, index: MentionIndex) -> list[Token]:
    """"Mordor, the Shire, Fornost and Bree", "Evil Mordor, the awful Fornost, and good Gondor": a
    list of states the parser reads as a state with an apposition (a state is no other state's
    description, as "Russia, the biggest producer" is)."""
    head = index.at(token)
    if head is None or head.actor.kind != "state":
        return []
    out = []
    for c in token.children:
        m = index.at(c)
        if c.dep_ == "appos" and c.text[:1].isupper() and (c.conjuncts or token.conjuncts) and m is not None \
                and m.actor.kind == "state" and m.actor.country != head.actor.country:
            out += [c, *c.conjuncts]
    return out


def _listed(token: Token, index: MentionIndex) -> list[ActorMention]:
    """"seven Latin American countries, including Argentina, Chile and Peru": the members a
    phrase lists are the actors, not the region that describes them."""
    while token.dep_ in {"amod", "compound"} and token.head.i != token.i:
        token = token.head  # from "American" to the noun it describes, "countries"
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"including", "like"} or (prep.lower_ == "such" and prep.dep_ == "amod"):
            # ("including those of the United States, Britain and Germany": a pronoun's are its "of" phrase's)
            members = [m for g in prep.subtree if g.dep_ == "pobj" and g.pos_ != "PRON" for m in actors_of(g, index)]
            if members:
                return members
    return []


def is_relation(token: Token, patterns: Patterns) -> bool:
    """Whether the noun names someone by their relation to another ("his rival", "Israel's ally"):
    the possessor is the other, not the one named."""
    return token.lemma_.lower() in patterns.relation_nouns


def _names_a_thing(name: Token, things: Container[str]) -> bool:
    """Whether a name is a ship's, a plane's …: in apposition to such a noun or after it ("the
    tanker Eagle S", "the Eagle S, a tanker")."""
    return (name.dep_ in {"appos", "compound"} and name.head.lemma_.lower() in things) or any(
        c.dep_ in {"appos", "compound"} and c.lemma_.lower() in things for c in name.children)


def _describes_place(clause: Token) -> bool:
    return clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)


def _own_phrase(noun: Token) -> list[Token]:
    """The words of a noun's phrase ("Turkish F-16 fighter jets", "gunmen firing from Afghan
    territory"), not a relative clause on it, which tells another act ("gunmen who kidnapped a
    French engineer"), nor a past verb with its object the small model hangs on its subject
    ("after militants killed 30 Burkinabe soldiers")."""
    words, todo = [], [noun]
    while todo:
        token = todo.pop()
        words.append(token)
        todo += [c for c in token.children if c.dep_ != "relcl" and not _clause_on_subject(c)]
    return words


def _clause_on_subject(word: Token) -> bool:
    """Whether ``word`` is a past verb with an object of its own that the small model hangs on a
    noun as a participle: a clause whose subject the noun is ("militants killed 30 soldiers")."""
    return word.dep_ == "acl" and word.tag_ in {"VBD", "VBN"} and any(c.dep_ == "dobj" for c in word.children)


def co_subjects(verb: Token, subj: Token, index: MentionIndex) -> list[ActorMention]:
    """"French President Emmanuel Macron and German Chancellor Friedrich Merz criticised …": the
    small model gives the verb two subjects, the first coordinated with the second's title; the
    first is a party beside the second (a dateline read as a subject is coordinated with none)."""
    own = index.at(subj)
    if own is None:
        return []
    # (or hangs the "and" on the first and nothing on the second: "U.S. Treasury Secretary Scott
    # Bessent and Chinese Vice Premier He Lifeng reached …")
    others = [c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i
              and (any(index.at(j) is own for j in c.conjuncts) or c.i < subj.i and _ends_with_and(c))]
    return [m for c in others for m in actors_of(c, index) if m is not own]


def _ends_with_and(phrase: Token) -> bool:
    """Whether the phrase is one name whose last word is an "and" of its own, the next word
    opening its partner (not a list or a clause: "South Korea and Japan scrambled jets, and …")."""
    last = max(t.i for t in phrase.subtree)
    word = phrase.doc[last]
    return word.dep_ == "cc" and word.lower_ == "and" and word.head.i == phrase.i and not phrase.conjuncts \
        and not any(t.pos_ in {"VERB", "AUX"} for t in phrase.subtree)


_SUBJECTS = DocMemo()  # the stages ask for a verb's subject twice on average, its conjuncts' again


def subject_token(verb: Token, patterns: Patterns) -> Token | None:
    """The grammatical subject of ``verb``, inherited through conjunction, control and relatives
    (``patterns`` name the relative pronouns, time prepositions and subject-control verbs)."""
    known = _SUBJECTS.of(verb.doc, patterns)
    if verb.i not in known:
        found = _subject_token(verb, patterns)
        known[verb.i] = None if found is None else found.i
    i = known[verb.i]
    return None if i is None else verb.doc[i]


def _subject_token(verb: Token, patterns: Patterns) -> Token | None:
    # a wire dateline ("MOSCOW, November 24 — Turkish jets shot down …") can parse as a second
    # subject: the one nearest the verb is the real one
    doc = verb.doc
    words = Words.of(doc)
    subjects = sorted((doc[c] for c in words.children(verb.i) if words.dep[c] in SUBJECT_DEPS), key=lambda c: abs(verb.i - c.i))
    # ("Beijing has since 2016 refused": the small model reads the time as a second subject)
    subjects = [c for c in subjects if c.ent_type_ not in {"DATE", "TIME"}] or subjects
    fronted = fronted_whose(verb)
    if fronted is not None:
        return fronted[1]
    if subjects:
        c = subjects[0]
        if c.lower_ in patterns.relative_pronouns and verb.dep_ == "relcl":
            return _people_before(verb.head, patterns) if c.lower_ in patterns.person_relatives else verb.head
        if verb.dep_ == "relcl" and c.tag_ in {"NN", "NNS"} and any(g.dep_ == "poss" and g.tag_ == "WP$" for g in c.children) \
                and not any(g.pos_ == "PROPN" for g in c.children):  # ("whose president Emmanuel Macron": him)
            # "Moqtada al-Sadr, whose movement boycotted the vote": the movement of the named one
            return verb.head
        return c
    stranded = words.stranded_subject(verb.i)
    if stranded is not None:
        return doc[stranded]
    prefixed = _hyphened_subject(verb)
    if prefixed is not None:
        return prefixed
    # the small model sometimes reads a sentence-initial name as an adverbial ("Lithuania shared …")
    for c in words.children(verb.i):
        if words.dep[c] == "npadvmod" and words.pos[c] == "PROPN" and c < verb.i:
            return doc[c]
    if _hung_on_participle(verb, patterns):
        # "Hackers linked to a Nigerian syndicate broke into …": the small model makes the
        # participle the root and the sentence's verb a clause on it; the subject is the root's
        return subject_token(verb.head, patterns)
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _conjunct_subject(verb, patterns)
    if subject_parsed_as_head(verb):
        return verb.head
    named = _root_name(verb) or fused_subject(verb)
    if named is not None:
        return named
    if verb.dep_ in {"acomp", "oprd"}:
        # "is due to visit": the subject sits on the copula
        return subject_token(verb.head, patterns)
    if verb.dep_ == "pcomp" and verb.head.lower_ in patterns.reason_prepositions and verb.head.head.lemma_ in patterns.credit_verbs:
        # "praised Mexico for extraditing 26 cartel leaders": whom one praises or punishes did it
        done_by = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        if done_by:
            return done_by[0]
    if verb.dep_ == "pcomp" and (verb.head.lower_ in patterns.time_prepositions and verb.head.head.tag_ in {"VBD", "VBZ", "VBP"}
                                 or verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB" and not is_passive(verb.head.head)):
        # "Trump announced … after hosting Tokayev", "retaliated by banning imports": the gerund's
        # doer is the clause's subject (not so "accused Pakistan of shelling")
        return subject_token(verb.head.head, patterns)
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and decided(verb, patterns)):
        # object control: "urged Russia to withdraw" -> Russia does the withdrawing; but "summoned
        # the ambassador to complain", "used tear gas to disperse": the subject acts
        obj = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"}]
        controls = verb.head.pos_ == "VERB" and verb.head.lemma_ not in patterns.subject_control
        return obj[0] if obj and controls else subject_token(verb.head, patterns)
    hung = reduced_relative_subject(verb) or _timed_subject(verb, patterns)
    if hung is not None:
        return hung
    if verb.dep_ == "relcl" and verb.tag_ in {"VBN", "VBG"}:
        return None
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG":
        head = verb.head
        # "Hackers knocked the websites offline, the government said, blaming the Kremlin": a
        # participle after the reporting clause is the reporter's
        reporter = head.head if head.dep_ == "ccomp" else next(
            (c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i), None)
        if reporter is not None and head.i < reporter.i < verb.i and subject_token(reporter, patterns) is not None:
            return subject_token(reporter, patterns)
        if head.pos_ in {"VERB", "AUX"}:
            # "the camp was attacked by militiamen, killing 156": the agent did the killing
            agents = agent_tokens(head)
            return agents[0] if agents else subject_token(head, patterns)
        # "issued a declaration demanding that …": the issuer speaks
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            return subject_token(head.head, patterns)
        return None
    return None


def _conjunct_subject(verb: Token, patterns: Patterns) -> Token | None:
    """The subject a conjoined verb shares with the verb it joins; but "The army said the strikes
    targeted depots and accused the group …": an act does not accuse, the conjunct done in words
    is the reporter's ("the strike killed 20 and wounded 50": the strike's)."""
    head = conjunct_head(verb)
    told = subject_token(head, patterns)
    if head.dep_ == "ccomp" and head.head.lemma_ in patterns.speech and told is not None and told.pos_ == "NOUN" \
            and patterns.names_an_act(told.lemma_.lower()) and patterns.done_in_words(verb.lemma_.lower()):
        return subject_token(head.head, patterns)
    return told


def reduced_relative_subject(verb: Token) -> Token | None:
    """"a charge Asmara rejected as baseless": the subject of a relative clause with no "that",
    which the small model hangs on the noun the clause describes, between the two; or on which it
    hangs the verb itself, an apposition of that noun ("a move Slovakia's prime minister condemned")."""
    if verb.dep_ not in {"acl", "relcl"} or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if _hung_on_subject(verb):
        return verb.head
    if verb.tag_ != "VBD":
        return None
    between = [c for c in verb.head.children if verb.head.i < c.i < verb.i
               and c.dep_ in {"appos", "compound", "nmod"} and c.pos_ in {"PROPN", "NOUN"}]
    return between[-1] if between else None


def _hung_on_subject(verb: Token) -> bool:
    """"a move Slovakia's prime minister condemned": a past verb right after the apposition of
    a noun, hung on that apposition (its subject)."""
    subj = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or subj.dep_ != "appos" or subj.head.pos_ != "NOUN":
        return False
    # (the subject's own words end right before the verb, and follow the noun without a comma)
    own = [t.i for t in subj.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
    return max(own) == verb.i - 1 and subj.head.i < subj.left_edge.i and not any(c.dep_ == "punct" for c in subj.children)


def described_noun(verb: Token) -> Token:
    """The noun a relative clause describes ("a move" in "a move Slovakia's prime minister condemned")."""
    return verb.head.head if _hung_on_subject(verb) else verb.head


def _hyphened_subject(verb: Token) -> Token | None:
    """"The U.S. Air Force test-launched a missile", "North Korea test-fired …": the small model
    reads the subject and the verb's first half as one noun phrase ("Force test") hung on the
    verb; that phrase, its head the first half, is the subject."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "-" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    prefix = verb.doc[verb.i - 2]
    named = prefix.head == verb and prefix.dep_ in {"dep", "npadvmod", "nmod", "compound"} \
        and any(c.dep_ in {"compound", "det", "poss", "amod"} for c in prefix.children)
    return prefix if named else None


def _timed_subject(verb: Token, patterns: Patterns) -> Token | None:
    """"…, he said, after militants killed 30 soldiers": the small model reads a time clause as a
    time phrase ("after militants") with the verb a participle on its noun; a participle with an
    object of its own is the clause's verb, the noun its subject."""
    head = verb.head
    if not _clause_on_subject(verb) or head.dep_ != "pobj" or head.head.lower_ not in patterns.time_prepositions:
        return None
    return head


def answered_aside(clause: Token, patterns: Patterns) -> bool:
    """"Niamey accused Nigeria of harbouring French agents, a charge Abuja denied": the small model
    hangs the sentence's own clause on the verb of the answer that names it again ("a charge"), as
    if it were what is denied; told before that answer, it is the sentence's own."""
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and answer_noun(clause.head, patterns) is not None


def hung_answer(clause: Token, patterns: Patterns) -> bool:
    """"Riyadh accuses Tehran of arming the movement, a charge Iran has rejected": the small model
    hangs the answer told after the act on the act's verb, as if it were what is said; it is no
    clause of that verb."""
    return clause.dep_ == "ccomp" and clause.i > clause.head.i and answer_noun(clause, patterns) is not None


def answer_noun(verb: Token, patterns: Patterns) -> Token | None:
    """The noun by which an answer names again the act it answers ("a charge Abuja denied"): what
    the answer takes, whatever the small model made of it."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in patterns.back_references
                 and any(d.dep_ == "det" and d.lower_ in patterns.indefinite_articles for d in c.children)), None)


def from_elsewhere(token: Token, patterns: Patterns) -> bool:
    """"two international NGOs", "visiting journalists": people the text says come from elsewhere,
    no dateline's nor the source's own (``stranger_modifiers``); "foreign" names a portfolio of
    some nouns ("the foreign minister" is the home government's, "a visiting minister" is not)."""
    post = token.lemma_.lower() in patterns.portfolio_nouns
    return any(c.dep_ == "amod" and c.lower_ in patterns.stranger_modifiers
               and not (post and c.lower_ in patterns.portfolio_modifiers) for c in token.children)


def conjunct_head(verb: Token) -> Token:
    """The verb a conjunct really joins: its head, or the verb governing the infinitive or gerund
    the parser hung it on ("urged both sides to show restraint and called on Dhaka …", "urging
    police to show restraint and calling on protesters …", "accused Nigeria of allowing the
    killings and threatened military action": the governing verb's conjunct, with its subject and
    its parties, not the one it urged or accused)."""
    head = verb.head
    infinitive = head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    if infinitive and (verb.tag_ in {"VBD", "VBZ"} or verb.tag_ == "VBG" and head.head.tag_ == "VBG"):
        return head.head
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and verb.tag_ in {"VBD", "VBZ"} and head.head.dep_ == "prep":
        return head.head.head
    if verb.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.tag_ == "VBG":
        # "…, saying the trials had been unfair and urging Tehran to halt": a participle hung on
        # what the first one says goes on from the first
        return head.head
    return head


def decided(verb: Token, patterns: Patterns) -> bool:
    """"voted on Thursday to remove …": what a deciding verb decides (the small model hangs it on as
    an adverbial clause after a time phrase; a purpose is none: "marched on Saturday to demand")."""
    return verb.dep_ in {"xcomp", "advcl"} and verb.tag_ == "VB" and verb.head.lemma_ in patterns.deciding_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _hung_on_participle(verb: Token, patterns: Patterns) -> bool:
    """Whether ``verb`` is a sentence's verb the parser hung as a clause on a participle read as
    the root ("Hackers linked to a Nigerian syndicate broke into …", as a clause or a conjunct);
    not a clause whose subject the parser took into a time phrase ("called for restraint after a
    raid on a festival killed 24 people")."""
    head = verb.head
    return verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBD" and head.tag_ in {"VBN", "VBD"} and head.i < verb.i \
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in verb.children) \
        and not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in patterns.time_prepositions and c.i < verb.i
                    for c in head.children)


def _misparsed_participle(subject: Token, patterns: Patterns) -> bool:
    """Whether ``subject`` is the subject of such a participle, the real verb hung on it."""
    return subject.dep_ == "nsubj" and any(_hung_on_participle(c, patterns) for c in subject.head.children)


def subject_parsed_as_head(verb: Token) -> bool:
    """"The EU's foreign policy chief, Kaja Kallas, called on both sides …": the small model makes
    the title the sentence's root and the verb a clause on it; a past verb after the name in
    apposition, in a sentence with no other main verb, is the title's own."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.tag_ == "VBD" and any(c.dep_ == "appos" and c.i < verb.i for c in head.children):
        return True
    # "South Korean President Lee Jae-myung offered on Monday to resume talks": a verb read as a
    # participle right after the name that is the root, with what only an active verb takes
    return head.pos_ == "PROPN" and verb.i == head.i + 1 and verb.tag_ in {"VBD", "VBN"} \
        and any(c.dep_ in {"dobj", "xcomp", "ccomp"} or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
                for c in verb.children)


def fused_subject(verb: Token) -> Token | None:
    """"North Korea test-fired several missiles": the small model fuses subject, verb and object
    into one noun phrase, the verb an adjective on the object and the name a compound of it; the
    name before the verb's first half is its subject (the phrase the sentence's root). Without a
    hyphen ("Kenyan President William Ruto hosted delegations") the parse is mended before
    (``realpolitik.repairs``)."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or head.dep_ != "ROOT" or head.pos_ != "NOUN" \
            or verb.i < 3 or verb.doc[verb.i - 1].text != "-":
        return None
    name = verb.doc[verb.i - 3]
    return name if name.head.i == head.i and name.dep_ == "compound" and name.pos_ == "PROPN" else None


def _root_name(verb: Token) -> Token | None:
    """"Former president Evo Morales, who faces an arrest warrant in a rape case, called on …": the
    small model makes the name the root and hangs the past verb on a noun of the clause between;
    the name whose relative clause or apposition comes before the verb is its subject."""
    root = verb.sent.root
    # (read as a participle only after the comma that closes the clause: "a group called Hamas" names)
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].text == ",")
    if verb.dep_ != "acl" or not finite or root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return None
    return root if any(c.dep_ in {"relcl", "appos"} and c.i < verb.i for c in root.children) else None


def apposed(subj: Token) -> list[Token]:
    """What says who a subject is: its apposition ("Kenzo Oshima, the UN relief coordinator"), or
    the noun a name is written after, which the parser makes a second subject ("the official news
    agency WFNA said")."""
    before = subj.doc[subj.i - 1] if subj.i > 0 else None
    noun = [before] if before is not None and subj.pos_ == "PROPN" and before.dep_ in SUBJECT_DEPS \
        and before.head == subj.head else []
    return [c for c in subj.children if c.dep_ == "appos"] + noun


def is_passive(verb: Token) -> bool:
    """"was brokered by", a participle with its agent: "talks brokered by Turkey", and a participle
    joined to a passive: "was arrested in Manila and flown to The Hague"."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return any(c.dep_ == "agent" for c in verb.children)
    # (the tagger reads many such participles as past forms: one with an object is active, "was
    # elected in 2020 and promised reforms")
    return verb.dep_ == "conj" and verb.tag_ in {"VBN", "VBD"} \
        and not any(c.dep_ in {"nsubj", "aux", "dobj"} for c in verb.children) \
        and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children)


def agent_tokens(verb: Token) -> list[Token]:
    # (the small model labels "despite" an agent now and then: only "by" names one)
    agents = [g for c in verb.children if c.dep_ == "agent" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    if agents or not any(c.dep_ == "auxpass" for c in verb.children):
        return agents
    # "was signed in Tashkent by Saidov and …": the parser may hang the "by" phrase on a place
    return [g for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for b in o.children if b.dep_ == "prep" and b.lower_ == "by" for g in b.children if g.dep_ == "pobj"]


def object_tokens(verb: Token, target_preps: frozenset[str], skip: Sequence[Token] = (),
                  nearby: Container[str] = frozenset()) -> list[Token]:
    """Objects and prepositional objects that can hold a target, nearest first; ``nearby``: words
    of place whose phrase is where, not whom ("close to the border")."""
    out: list[Token] = []
    words = Words.of(verb.doc)
    # (only these links lead to an object: the others are passed over in the table)
    for c in [verb.doc[i] for i in words.children(verb.i) if words.dep[i] in _OBJECT_LINKS]:
        if c in skip:
            continue
        if c.dep_ in OBJECT_DEPS:
            out.append(gap_filler(verb, c, owned=True))
        elif c.dep_ == "prep" and c.lower_ in target_preps:
            out += [g for g in c.children if g.dep_ == "pobj"]
            # "fired at Ukrainian positions near Russia": look one level deeper
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in target_preps for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ == "prt":
            out += [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ == "advmod" and c.lemma_.lower() not in nearby:
            # "sent 40 men back to China": the phrase hangs on the adverb (not on one of place:
            # "killed 34 soldiers close to the borders with Mali")
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in target_preps for g in p.children if g.dep_ == "pobj"]
    if (object_gap(verb) or fronted_whose(verb) or fused_subject(verb) is not None) and verb.head not in skip:
        out.insert(0, verb.head)  # (a verb fused into its object's phrase: the phrase's head)
    return out + _named_things(verb, target_preps)


def _people_before(noun: Token, patterns: Patterns) -> Token:
    """The people a "who" stands for when the parser hangs it on a place or a thing: up from
    "Dongguan" and "a shoe factory" to the workers the phrases tell where they were ("workers at
    a shoe factory in Dongguan who had staged a sit-in", "hundreds of workers from a jute mill
    who had blockaded a highway"); not through other phrases ("at the request of the crown
    prince, who had lobbied")."""
    found = noun
    while _no_person(found) and found.dep_ == "pobj" and found.head.dep_ == "prep" \
            and found.head.lower_ in patterns.whereabouts_prepositions:
        holder = found.head.head
        if holder.pos_ in {"VERB", "AUX"}:  # ("detained 30 workers at a factory": the verb's object)
            holder = next((o for o in holder.children if o.dep_ == "dobj" and o.i < found.i), holder)
        if holder.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
            break
        found = holder
    # (a singular noun reached may be a person, "an activist in Kyiv who had marched": anything
    # but a place's name is nearer the people than the place)
    return noun if _place_name(found) else found


def _place_name(noun: Token) -> bool:
    return noun.ent_type_ in {"GPE", "LOC", "FAC"}


def _no_person(noun: Token) -> bool:
    """Whether a noun cannot be people: a place's name, or a thing in the singular."""
    return _place_name(noun) or (noun.tag_ == "NN" and not noun.ent_type_)


def gap_filler(verb: Token, argument: Token, owned: bool = False) -> Token:
    """The noun a relative clause hangs on, for the argument its relative pronoun stands in:
    "his rival Asfura, whom Trump had endorsed", "ECOWAS, which Mali left"; ``owned``: also for
    an argument the pronoun owns, as whose party ("France, whose troops the juntas expelled")."""
    if verb.dep_ != "relcl":
        return argument
    if argument.tag_ in RELATIVE_TAGS or owned and any(c.dep_ == "poss" and c.tag_ == "WP$" for c in argument.children):
        return verb.head
    return argument


def named_thing(clause: Token) -> Token | None:
    """"condemned what it called the excessive use of force": a free relative clause that names
    what it stands for (its "what" the object of a verb with a predicate) stands for that
    predicate, "the excessive use of force"; None for any other clause."""
    words = Words.of(clause.doc)  # (asked of every clause: the table first)
    if not any(c < clause.i and words.dep[c] == "dobj" and words.lower[c] == "what" for c in words.children(clause.i)):
        return None
    said_as = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return next((c for c in clause.children if c.dep_ in {"oprd", "attr", "xcomp"} and c.pos_ in {"NOUN", "PROPN"}),
                next(iter(said_as), None))


def _named_things(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The things free relatives on ``verb`` stand for (as its object, "condemned what it called
    …", or in its phrase, "protested over what it called …"), with whoever the clause says did
    them first ("… the excessive use of force by police": the parser hangs the "by" on the clause)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pcomp"]
    return [x for c in clauses for thing in [named_thing(c)] if thing is not None
            for x in (*(g for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"), thing)]


def means_verb(noun: Token, patterns: Patterns) -> Token | None:
    """"The army responded with drone strikes": the vague verb (``means_verbs``) whose "with"
    phrase names the act it was done by, or None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in patterns.means_verbs:
        return prep.head
    return None


def fronted_whose(verb: Token) -> tuple[Token, Token] | None:
    """"Russia, whose troops Ukraine attacked": the small model reads the noun "whose" owns as the
    clause's subject and the real subject as its apposition; with no object of its own, the verb's
    (object, subject) are that noun and that apposition ("whose president Macron visited Kyiv"
    has its object: the apposition names the president)."""
    if verb.dep_ != "relcl" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    for noun in verb.children:
        if noun.dep_ == "nsubj" and any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children):
            subject = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
            return (noun, subject) if subject is not None else None
    return None


def object_gap(verb: Token) -> bool:
    """"lawmakers they accuse of shielding the corrupt": a relative clause with no relative
    pronoun, a subject of its own and no object leaves its object to the noun it hangs on."""
    return verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and not any(c.dep_ in OBJECT_DEPS | {"nsubjpass", "ccomp", "xcomp"} for c in verb.children) \
        and not any(t.tag_ in RELATIVE_TAGS | {"WRB", "WP$"} or t.lower_ == "that" for t in verb.subtree if t.i < verb.i)


def targets_of(tokens: Iterable[Token], index: MentionIndex, target_preps: frozenset[str], exclude: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """The actors of the first argument that names any ("defended Iraq and Libya against Western
    criticism" -> Iraq, Libya): later arguments are circumstances, not further targets.

    Another country than the sources' is looked for first: in "suspended Russia's agreement with
    Ukraine" Russia only qualifies the agreement."""
    tokens = list(tokens)
    # (sources of several countries, "the three leaders backed Tashkent's bid": each may target
    # another of them, so none is walked past)
    countries = frozenset(m.actor.country for m in exclude if m.actor.country)
    own = countries if len(countries) == 1 else frozenset()
    selves = {m.actor.code for m in exclude}  # the source itself, named again, is never its target
    for passing in (own, frozenset()):
        for tok in tokens:
            # "convicted a Latvian journalist of spying for Russia": people the argument itself
            # names are its target, of the source's country or not
            named = index.at(tok)
            walk_past = frozenset() if named is not None and named.actor.kind == "sector" and named.start < tok.idx else passing
            found = [m for m in actors_of(tok, index, preps=target_preps, passing=walk_past)
                     if m not in exclude and m.actor.code not in selves]
            if found:
                return found_as(found, role_of(tok))
    return []


def role_of(token: Token) -> str:
    """How an argument stands to its head: ``subject``, ``object``, ``dative``, ``prep:against``…"""
    if token.dep_ == "pobj":
        return f"prep:{token.head.lower_}"
    return _ROLE_NAMES.get(token.dep_, token.dep_)


def found_as(mentions: Iterable[ActorMention], via: str) -> list[ActorMention]:
    """The mentions, marked with how they were found (made directly, as ``ActorMention.moved``
    makes them: ``dataclasses.replace`` costs three times as much)."""
    return [ActorMention(m.start, m.end, m.text, m.actor, via, m.others) for m in mentions]


def noun_source(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The actor behind a nominal event: possessor ("Turkey's downing"), adjective ("Russian
    sanctions"), compound ("EU sanctions") or a "by" phrase ("the attack by rebels")."""
    for c in noun.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"}:
            m = index.at(c)
            if m is not None:
                return found_as(actors_of(c, index), role_of(c))
    for g in own_agents(noun):
        found = actors_of(g, index)
        if found:
            return found_as(found, "agent")
    return []


def own_agents(noun: Token) -> list[Token]:
    """Who a nominal event names as its doer: "the attack by rebels", "the demonstration staged by
    students" (whether or not they are a known actor)."""
    # the parser often hangs the "by" phrase on the "of" phrase: "the deportation of 40 Haitians by
    # the Dominican Republic"
    ofs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    by = [g for h in (noun, *ofs) for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
          for g in c.children if g.dep_ == "pobj"]
    return by + [a for c in noun.children if c.dep_ == "acl" for a in agent_tokens(c)]


def _acted_on_person(doc: Doc, covered: Sequence[int], m: ActorMention) -> bool:
    """"a Russian court sentenced a French researcher": a scholar of a known country whom an act is
    done to (its object, or the subject of its passive) is a person acted on, not a commentator."""
    head = next((i for i in covered if doc[i].head.i not in covered), None)
    return bool(m.actor.country) and head is not None and doc[head].dep_ in {"dobj", "nsubjpass"}


def pronoun_kind(token: Token, patterns: Patterns) -> str | None:
    """"person", "thing" or "any" when ``token`` is a personal pronoun that can stand for an actor."""
    return patterns.pronouns.get(token.lower_) if token.pos_ == "PRON" else None


def _bare_word(text: str) -> str:
    """The last word of a phrase, lower-case, without a possessive ending."""
    return text.split()[-1].lower().removesuffix("'s").removesuffix("’s")
