"""Who a sentence names: the dictionary's actors, then the actors no dictionary knows.

An act is never dropped because its actor is not in a dictionary.  A named person or
organisation the parser finds (``PERSON``, ``ORG``) becomes an actor with its own text; a sector
noun ("police", "protesters") that names no country gets one from the text when it can: the
place the sentence puts it in ("in Kampala"), else the country of the story's dateline.  Where no
country can be known the code is the sector alone, as GDELT writes it (``COP``, ``REB``), or
``UNK`` for a name with neither country nor sector; the actor's ``entry`` says how it was found.

A wire dateline ("KAZAN, Russia —") says where the story was filed: its place is never a party.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from realpolitik.coding.locations import DIVISIONS, NAMED_PLACES, SETTLEMENTS, country_of_word, gazetteer, names_a_land
from realpolitik.docdate import dateline_day, opening_end
from realpolitik.nlp import entity_at
from realpolitik.records import Actor, ActorMention

# Named-entity labels that name an actor, and the kind of actor they name.
OPEN_LABELS = {"PERSON": "person", "ORG": "group"}
UNKNOWN = "UNK"
OPEN_ENTRY = "open:"
# "KAZAN, Russia —", "LIMA, Peru (Wire) --", "NAIROBI, March 3 —", "MALÉ, Maldives —", "NIAMEY/PARIS —": a place in
# capitals (accented too) at the start of a paragraph, maybe a region, agency and date, then a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:[ /-][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3})(?P<rest>,[^—–\n]{0,60}?|\s*\([^()\n]{1,30}\))?"
    r"\s*(?:—|–|--|-)\s",
    re.MULTILINE,
)
# "Abidjan (AFP) -", "Berlin (dpa) -", "Tehran, IRNA --", "Bujumbura, 15 July 2025 -": some agencies
# and ministries write the place in title case; the agency (in brackets or after a comma, in
# capitals) or the date then says it is a dateline
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TITLED_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]+(?:[ /-][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]+){0,3})"
    r"(?P<rest>\s*\((?:[A-Z][^()\n]{0,28}|[a-z]{2,6})\)|,\s*[A-Z]{2,6}\b"
    rf"|,\s*(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))"
    r"\s*(?:—|–|--|-)\s",
    re.MULTILINE,
)


@dataclass(frozen=True)
class LeadClause:
    """The main clause of a story's lead, by characters of the text: its subject's, the first of
    each of its words, and the first of each place its place phrases name ("at the White House")."""

    subject: tuple[int, int] = (0, 0)
    words: frozenset[int] = frozenset()
    places: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Dateline:
    """Where a story was filed: its character span and the country of its place, if known."""

    start: int
    end: int
    place: str
    country: str | None
    day: datetime.date | None = None  # the date it gives, if any: the lead's acts happened then
    about: str | None = None  # a story with no dateline: the country it is about (its title's, else its lead's)


_NAME_LABELS = {"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"}


_PEOPLED_PLACES = SETTLEMENTS | DIVISIONS  # what a people's name may qualify: "the Libyan town of"
_DATELINE_CONTEXT = 3000  # the characters of a story's opening that say which town its dateline is


def find_dateline(text: str, reference: datetime.date | None = None) -> Dateline | None:
    """The wire dateline opening one of the first paragraphs, if any, with the day it gives (a
    yearless one read as the latest such day not after ``reference``)."""
    end = opening_end(text)
    found = [m for m in (_DATELINE.search(text, 0, end), _TITLED_DATELINE.search(text, 0, end)) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    # ("SAN JOSE, Costa Rica (Reuters) -": the region says which San Jose, the agency nothing, nor
    # one in capitals after a comma: "Tehran, IRNA --")
    rest = re.sub(r"\([^()]*\)|,\s*[A-Z]{2,6}$", "", m.group("rest") or "")
    # ("NIAMEY/PARIS —": filed from two places, the first is the story's)
    names = [p.strip(" ()") for p in rest.split(",")] + [m.group("place").split("/")[0].title()]
    # ("SAN JOSE —" over a story on Costa Rica is not California's)
    places = [gazetteer().find(n, text=text[:_DATELINE_CONTEXT]) for n in names if n]
    if not m.group("rest") and places[-1] is None:
        return None  # "EU — the bloc said …" opens with an actor, not a place
    country = next((p.country for p in places if p is not None and p.country), None)
    return Dateline(m.start(), m.end(), m.group("place"), country, dateline_day(m.group(0), reference))


# "Nepal: Students march on education ministry", "Finland": a roundup's item opens with a heading
# that names its country, alone or before a colon
_SECTION_HEADING = re.compile(r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?::\s(?=[A-Z])|\s*$)")


def section_datelines(text: str, first: Dateline | None, reference: datetime.date | None = None) -> list[Dateline]:
    """The places a roundup's later items are filed from ("Asia briefing … Nepal: Students march
    …", "… LIMA, May 6 (Reuters) -"): a dateline or a country heading opening a paragraph after
    the story's own dateline (``first``), each where its item begins; none in most texts."""
    after = first.end if first is not None else 0
    found = []
    for para in re.finditer(r"(?:^|\n\s*\n)(?=\S)", text):
        at = para.end()
        if at < after:
            continue
        end = text.find("\n", at)
        line = text[at:end if end != -1 else len(text)]
        dateline = _dateline_at(line, at, reference) if len(line) > 40 else None
        heading = _SECTION_HEADING.match(line) if dateline is None else None
        place = gazetteer().find(heading.group("place")) if heading is not None else None
        if heading is not None and place is not None and place.country and place.lat is None:
            dateline = Dateline(at, at + heading.end(), heading.group("place"), place.country)
        if dateline is not None and dateline.country:
            found.append(dateline)
    return found


def _dateline_at(line: str, at: int, reference: datetime.date | None) -> Dateline | None:
    """The dateline opening ``line``, the paragraph's first, which begins at ``at`` in the text."""
    found = find_dateline(line, reference)
    return None if found is None else replace(found, start=found.start + at, end=found.end + at)


def names_the_state(m: ActorMention) -> bool:
    """"Russia", not "Albanians" or "Sri Lanka's main Tamil alliance" (people and groups the text
    names by their country)."""
    return m.actor.kind == "state" and m.text.strip() == m.actor.matched == m.actor.entry


def story_dateline(dateline: Dateline | None, lead: Sequence[ActorMention], hubs: Container[str] = frozenset(),
                   seats: Container[str] = frozenset(), forces: Container[str] = frozenset(),
                   lead_clause: LeadClause | None = None) -> Dateline | None:
    """A dateline names where the story was filed, often a regional hub ("DAKAR —" over a coup in
    Guinea-Bissau): when the dateline is a hub (``hubs``, lower case) and the lead never names its
    country but names others, the country it names most is where the story's unnamed actors ("the
    junta", "police") are. Other datelines are where the story is ("HANOI — Japan pledged aid"),
    but an organisation's seat (``seats``) over a lead about organisations, or whose subject is
    one, places no one.
    ``lead_clause``: the words of the lead's main clause."""
    if dateline is None or not dateline.country:
        return dateline
    after = [m for m in lead if m.start >= dateline.end]
    if dateline.place.lower() in seats and _about_organisations(after, lead_clause):
        # "STRASBOURG - The Commission's president survived two votes in the European Parliament",
        # "THE HAGUE - The International Court of Justice awarded Belize the cayes": a lead about
        # organisations, or whose subject is one, is filed where they sit, and places no one
        return replace(dateline, country=None)
    if dateline.place.lower() not in hubs:
        return dateline
    doers = _doers_elsewhere(dateline, after, lead_clause) if lead_clause is not None else set()
    if doers:
        return replace(dateline, country=doers.pop() if len(doers) == 1 else None)
    # countries named as such ("Guinea-Bissau"), else through their forces ("DUBAI - Iranian
    # security forces opened fire on protesters": Iran's), not their people ("Indian fishermen")
    named = Counter(m.actor.country for m in after if names_the_state(m)) \
        or Counter(m.actor.country for m in after if m.actor.country and m.actor.sector in forces)
    # ... but a lead that names the dateline's country in any way ("Tajik villages") is about it
    if not named or any(m.actor.country == dateline.country for m in after):
        return dateline
    return replace(dateline, country=named.most_common(1)[0][0])


def _about_organisations(after: Sequence[ActorMention], lead_clause: LeadClause | None) -> bool:
    """Does the lead name organisations and no country, or is an organisation its subject?"""
    if any(m.actor.kind == "igo" for m in after) and not any(m.actor.country for m in after):
        return True
    if lead_clause is None:
        return False
    start, end = lead_clause.subject
    return any(m.actor.kind == "igo" and start <= m.start < end for m in after)


def _doers_elsewhere(dateline: Dateline, after: Sequence[ActorMention], lead_clause: LeadClause) -> set[str]:
    """The countries of the lead's subject, when the lead's main clause never names the
    dateline's: "NAIROBI - Ethiopian troops and Tigrayan forces clashed, as Kenya scrambled to …"
    is Ethiopia's story ("WASHINGTON - Armenia and Azerbaijan signed a deal at the White House",
    several countries at a venue: filed where it happened), but "WASHINGTON - Chinese warships
    sailed near a U.S. destroyer" and "MOSCOW - Ukrainian drones struck a Russian refinery" are
    the dateline's."""
    start, end = lead_clause.subject
    # (with the parties a group mention holds: "The leaders of Armenia and Azerbaijan")
    doers = {a.country for m in after if start <= m.start < end for a in (m.actor, *m.others) if a.country}
    told = {m.actor.country for m in after if m.start in lead_clause.words
            and not any(m.start <= place < m.end for place in lead_clause.places)}
    return set() if dateline.country in doers | told else doers


def outside_dateline(mentions: Sequence[ActorMention], dateline: Dateline | None) -> list[ActorMention]:
    """The mentions that are not the dateline's place."""
    if dateline is None:
        return list(mentions)
    return [m for m in mentions if not (dateline.start <= m.start < dateline.end)]


def outside_names(mentions: Sequence[ActorMention], ents: Sequence[Span]) -> list[ActorMention]:
    """The mentions that are not a bare sector word inside a longer name: the "People's" of "the
    Tigray People's Liberation Front" is no crowd, the "Army" of "the Arakan Army" no state's army;
    the name is an actor of its own (``open_mentions``)."""
    def inside(m: ActorMention) -> bool:
        return m.actor.kind == "sector" and not m.actor.country and any(
            e.label_ in _NAME_LABELS and e.start_char <= m.start and m.end <= e.end_char
            and e.end_char - e.start_char > m.end - m.start for e in ents)

    return [m for m in mentions if not inside(m)]


def _thing_named(ent: Span, things: Container[str]) -> bool:
    """Whether a name modifies, through a chain of compounds, a noun of ``things`` after it."""
    word = ent.root
    while word.dep_ == "compound" and word.head.i >= ent.end:
        word = word.head
    return word is not ent.root and word.lemma_.lower() in things


def open_mentions(ents: Sequence[Span], known: Sequence[ActorMention], dateline: Dateline | None,
                  things: Container[str] = frozenset(), descriptions: Container[str] = frozenset()) -> list[ActorMention]:
    """Named people and organisations of the sentence that no known mention covers; a name whose
    head is a word in ``things`` ("the Indus Waters Treaty", "the Doha summit"), or that the
    gazetteer knows as a place (the small model tags towns as people), names no actor; nor does a
    capitalised description alone ("the Fund" after the IMF: ``descriptions``), which stands for
    the one named before."""
    taken = [(m.start, m.end) for m in known]
    if dateline is not None:
        taken.append((dateline.start, dateline.end))
    out = []
    for ent in ents:
        kind = OPEN_LABELS.get(ent.label_)
        if kind is None or any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        if ent.root.lemma_.lower() in things or gazetteer().find(ent.text, ent.doc) is not None \
                or (ent.root.lemma_.lower() in descriptions and all(t.pos_ == "DET" for t in ent if t is not ent.root)):
            continue  # "the Indus Waters Treaty" is an act's thing; "Chancay" tagged PERSON is a place
        if _thing_named(ent, things):
            continue  # "the USMCA trade pact", "the New START treaty": a name of the thing
        if ent.label_ == "PERSON" and names_a_land(ent[-1].text):
            continue  # a headline's "Winning Crimea" tagged as a person, whose "surname" is a land
        actor = Actor(UNKNOWN, ent.text, kind, None, None, None, ent.text, f"{OPEN_ENTRY}{ent.label_}")
        out.append(ActorMention(ent.start_char, ent.end_char, ent.text, actor))
    return out


def placed(m: ActorMention, token: Token, dateline: Dateline | None, prepositions: Container[str],
           destinations: Container[int] = frozenset(), gatherings: Container[str] = frozenset(),
           earlier: tuple[str, str] | None = None) -> ActorMention:
    """A country-less sector noun with the country the text gives it: the place its phrase or
    its clause is in ("protesters in Lahore", "arrested … in Kampala": a phrase of one of the place
    ``prepositions``), else the country of the ``earlier`` actor of its sector the text placed
    ("China's foreign ministry said … A spokesman warned Manila"), else the dateline's.  Its entry
    says which ("COP+placed:in Kampala", "GOV+placed:earlier China's foreign ministry",
    "UAF+placed:dateline LAGOS")."""
    found = phrase_country(token, prepositions, destinations, gatherings)
    if found is None and earlier is not None:
        found = earlier[0], f"earlier {earlier[1]}"
    if found is None and dateline is not None and dateline.country:
        found = dateline.country, f"dateline {dateline.place}"
    if found is None:
        return m
    return placed_in(m, *found)


def placed_in(m: ActorMention, country: str, evidence: str) -> ActorMention:
    """The country-less mention ``m`` as one of ``country``'s, with the evidence in its entry."""
    sector = m.actor.sector or ("" if m.actor.code == UNKNOWN else m.actor.code)
    entry = f"{m.actor.entry}+placed:{evidence}"
    return replace(m, actor=replace(m.actor, code=f"{country}{sector}", country=country, entry=entry))


def phrase_country(token: Token, prepositions: Container[str], destinations: Container[int] = frozenset(),
                   gatherings: Container[str] = frozenset()) -> tuple[str, str] | None:
    """The country of a place phrase on the token's own phrase or on the clause it is an argument
    of ("members of the union blocked a highway in Dhaka"), with the words that say so; not a
    place travelled to ("the foreign minister arrived in Beijing"), nor where a gathering of
    people from elsewhere met ("talks in Geneva between Bessent and He Lifeng": ``gatherings``)."""
    for child in token.children:
        # "a Ho Chi Minh City court", "Lagos State police": a place named in the phrase itself;
        # "China's MMG": a place that owns it
        # (the small model tags some cities as people: "A Ho Chi Minh City court"; the gazetteer decides)
        if child.dep_ in {"compound", "nmod", "poss"} and child.ent_type_ in NAMED_PLACES and child.pos_ == "PROPN":
            place = gazetteer().find(_phrase(child), token.doc)
            if place is not None and place.country:
                return place.country, _phrase(child)
    heads = [token]
    while heads[-1].dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "appos"} and len(heads) < 5:
        heads.append(heads[-1].head)
    if heads[-1].dep_ == "advcl" and heads[-1].tag_ == "VBG":
        heads.append(heads[-1].head)  # "struck a house in Khan Younis, killing four people": the strike's place
    # "blocked a highway in Dhaka": the place phrase often hangs on the clause's object; "gunmen
    # who kidnapped two engineers near the Libyan town of Gharyan": on the clause that describes it
    heads += [c for c in heads[-1].children if c.dep_ == "dobj" and c not in heads]
    # (what they did, not what was done to them: "Sokolov, who was convicted in Munich")
    heads += [c for c in token.children if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.tag_ in {"WP", "WDT"} for w in c.children)]
    heads += [o for c in heads if c.dep_ == "relcl" for o in c.children if o.dep_ == "dobj"]
    preps = [p for head in heads if head.lemma_.lower() not in gatherings
             for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions]
    # ("rallied outside the Chinese embassy in Tokyo": the place of the place the act is at)
    preps += [p for prep in preps for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() not in gatherings
              for p in g.children if p.dep_ == "prep" and p.lower_ in prepositions]
    found = (_place_country(g, destinations) for prep in preps for g in prep.children if g.dep_ == "pobj")
    return next(((country, f"{g.head.lower_} {words}") for g, country, words in (f for f in found if f)), None)


def _place_country(g: Token, destinations: Container[int]) -> tuple[Token, str, str] | None:
    """The country of the place a preposition's object names, with the words that say so."""
    if g.i in destinations:
        return None
    # the small model tags some cities as organisations ("a court in Almaty") or people ("near
    # Goma"): after a place preposition the gazetteer decides ("in the Sumy region", "in Kano state":
    # a division named by its place)
    # (a division with no name of its own is looked up by its place's: "in the Ruweng area" is no "area")
    name = _phrase(g) if g.ent_type_ in NAMED_PLACES else next(
        (_phrase(c) for c in g.children if c.dep_ == "compound" and c.ent_type_ in NAMED_PLACES), None) \
        if g.lower_ in DIVISIONS else None
    place = gazetteer().find(name, g.doc) if name else None
    if place is not None and place.country:
        return g, place.country, name
    # ("in Nigeria's northwestern Sokoto state": the country that owns the place; "near the Libyan
    # town of Gharyan": the country its people's name says)
    owner = _owning_land(g) or (_named_people(g) if g.lemma_.lower() in _PEOPLED_PLACES else None)
    return (g, owner, g.doc[g.left_edge.i:g.i + 1].text) if owner is not None else None


def names_a_place(token: Token) -> bool:
    """Whether a proper name is a place the gazetteer knows ("seized El Fasher", which the small
    model tags as an organisation): an act on it is on territory."""
    return token.pos_ == "PROPN" and gazetteer().find(_phrase(token)) is not None


def _named_people(place: Token) -> str | None:
    """The country of the people's name a place is qualified by ("the Libyan town of Gharyan")."""
    return next((c for a in place.children if a.dep_ == "amod" for c in [country_of_word(a.text)] if c), None)


def _owning_land(place: Token) -> str | None:
    """The country a place is said to be of ("Nigeria's northwestern Sokoto state")."""
    for owner in place.children:
        # ("South Sudan's Ruweng area": the entity may hold the possessive's ending)
        name = re.sub(r"['’]s$", "", _phrase(owner))
        found = gazetteer().find(name, owner.doc) if owner.dep_ == "poss" and owner.pos_ == "PROPN" else None
        if found is not None and found.country and found.lat is None:
            return found.country
    return None


def names_a_town(token: Token) -> bool:
    """Whether a proper name is a town the gazetteer knows (a place with coordinates), not a
    country or region: "victims' groups in Seoul" are in a place, "Muslims in India" of a land."""
    place = gazetteer().find(_phrase(token), token.doc) if token.pos_ == "PROPN" else None
    return place is not None and place.lat is not None


def _phrase(token: Token) -> str:
    """The proper name a place token belongs to ("Benue State" for "State")."""
    if token.ent_type_ and token.ent_iob_ != "O":
        ent = entity_at(token)
        if ent is not None:
            return ent.text
    return token.text


def names_a_currency(span: Span, m: ActorMention, currencies: Container[str]) -> bool:
    """"350 million Australian dollars": the adjective names the money, not an actor."""
    words = span.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = words.root if words is not None else None
    return root is not None and root.dep_ in {"amod", "compound"} and root.head.lemma_.lower() in currencies
