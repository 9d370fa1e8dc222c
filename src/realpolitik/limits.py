"""The bounds on one document's cost (``data/limits.yaml``): chunk size, sentence length, parties."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from realpolitik.datafiles import shipped_layer
from realpolitik.errors import DataFileError
from realpolitik.records import Document


@dataclass(frozen=True)
class Limits:
    """``chunk_chars``: longer documents are parsed in paragraph-aligned pieces of about this size;
    ``max_sentence_tokens``: longer sentences are skipped; ``max_parties``: above it, a mutual act
    is coded once per party instead of once per pair."""

    chunk_chars: int
    max_sentence_tokens: int
    max_parties: int

    def in_pieces(self, document: Document) -> bool:
        """Whether ``document`` is parsed in pieces (and its events streamed piece by piece)."""
        return len(document.text) > self.chunk_chars


@lru_cache(maxsize=1)
def load_limits() -> Limits:
    """The shipped limits."""
    layer = shipped_layer("realpolitik.data", "limits.yaml")
    names = ("chunk_chars", "max_sentence_tokens", "max_parties")
    bad = [n for n in names if not isinstance(layer.data.get(n), int) or layer.data[n] < 1]
    if bad:
        raise DataFileError.at(layer.name, f"{', '.join(bad)} must be positive whole numbers")
    return Limits(*(layer.data[n] for n in names))
