"""Actor dictionaries: countries, IGOs, metonyms and people with dated roles."""

from realpolitik.actors.dictionary import (
    ActorDictionary,
    Entry,
    Role,
    load_actors,
    resolve_actor,
)

__all__ = ["ActorDictionary", "Entry", "Role", "load_actors", "resolve_actor"]
