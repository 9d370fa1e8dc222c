"""Actor dictionaries: countries, IGOs, metonyms and people with dated roles.

Inside, each module imports only the ones below it: ``entries`` (what an entry is), then ``resolver``
(matching aliases in text), then ``dictionary`` (reading the YAML and putting the two together).
"""

from realpolitik.actors.dictionary import ActorDictionary, load_actors, resolve_actor
from realpolitik.actors.entries import Entry, Role

__all__ = ["ActorDictionary", "Entry", "Role", "load_actors", "resolve_actor"]
