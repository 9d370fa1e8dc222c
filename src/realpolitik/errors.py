"""One exception hierarchy, so callers can catch everything realpolitik raises with one clause."""

from __future__ import annotations


class RealpolitikError(Exception):
    """Base class of every error realpolitik raises on purpose."""


class InputError(RealpolitikError):
    """A document could not be read; names the file so the user can fix or drop it."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ModelNotFoundError(RealpolitikError):
    """The spaCy model asked for is not installed."""


class DataFileError(RealpolitikError):
    """A YAML data file (shipped or the user's own) cannot be read or is malformed.

    The message names the file, the line when one is to blame, and what to do.
    """

    @classmethod
    def at(cls, where: str, problem: str) -> DataFileError:
        """The error for ``problem`` found at ``where`` ("my.yaml" or "my.yaml, line 12")."""
        return cls(f"{where}: {problem}")


class ActorDataError(DataFileError):
    """An actor dictionary or a groups file is malformed."""


class PatternDataError(DataFileError):
    """A verb-pattern or ontology data file is malformed."""


class DictionaryError(DataFileError):
    """A PETRARCH or TABARI dictionary (verbs, actors, agents, discards) cannot be read or converted."""


class UnknownActorError(RealpolitikError):
    """No dictionary knows a name or phrase; the message says how to add it in the user's own YAML."""


class StoreError(RealpolitikError):
    """Something went wrong in the DuckDB store."""


class DatabaseBusyError(StoreError):
    """Another process holds the write lock on the store file."""


class QueryError(StoreError):
    """A query or filter given by the user is not valid."""


class ChoiceError(QueryError):
    """A filter or option value is none of the valid ones; the message lists them or the close ones."""


class WorkerCrashError(RealpolitikError):
    """A worker process died while coding a document (a parser crash, the memory killer); the
    document is reported and the others are coded all the same."""


class ClusterError(RealpolitikError):
    """A Dask scheduler that cannot be reached or named, or workers that cannot write the output
    folder: nothing any document could change."""
