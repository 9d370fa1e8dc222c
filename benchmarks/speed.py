"""Throughput of the coder end to end against bare spaCy parsing of the same texts, in one run.

    .venv/bin/python benchmarks/speed.py [--sentences 3000] [--batch-size 8] [--corpus DIR ...]

Documents come from the seed corpus (``../shared/corpus``) and ``examples/``, replicated under
fresh ids until they hold at least ``--sentences`` sentences.  Both timings exclude model and
dictionary loading (each side is warmed up on one document first).  Reported: sentences per
second for ``nlp.pipe`` alone and for ``realpolitik.coding.code_documents`` (parse + actors +
patterns + dates + modality), their ratio, events found, and the process's peak resident memory
after each phase (``resource.getrusage``; it only grows, so the second figure is the peak of the
whole run).
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from realpolitik.records import Document

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [REPO.parent / "shared" / "corpus", REPO / "examples"]


def load_documents(paths: Sequence[Path]) -> list[Document]:
    from realpolitik.documents import iter_documents

    existing = [p for p in paths if p.exists()]
    if not existing:
        raise SystemExit(f"no input found among {', '.join(map(str, paths))}")
    return list(iter_documents(existing))


def replicate(
    documents: list[Document], sentence_counts: list[int], target: int
) -> list[Document]:
    """Copies of ``documents`` under fresh ids until they hold at least ``target`` sentences."""
    out: list[Document] = []
    total, round_ = 0, 0
    while total < target:
        for document, count in zip(documents, sentence_counts):
            out.append(dataclasses.replace(document, id=f"{document.id}~{round_}"))
            total += count
        round_ += 1
    return out


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sentences",
        type=int,
        default=3000,
        help="replicate documents up to this many sentences",
    )
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="input files/directories (default: seed corpus + examples)",
    )
    args = parser.parse_args(argv)

    from realpolitik.nlp import load_nlp

    nlp = load_nlp()
    base = load_documents(args.corpus or DEFAULT_INPUTS)
    counts = [
        sum(1 for _ in doc.sents)
        for doc in nlp.pipe([d.text for d in base], batch_size=args.batch_size)
    ]
    documents = replicate(base, counts, args.sentences)
    texts = [d.text for d in documents]
    n_sentences = sum(counts) * (len(documents) // len(base))
    print(
        f"{len(base)} distinct documents ({sum(counts)} sentences), replicated to {len(documents)} documents / {n_sentences} sentences"
    )
    print(f"peak RSS after loading the model: {peak_rss_mb():.0f} MB")

    start = time.perf_counter()
    parsed = sum(
        1 for doc in nlp.pipe(texts, batch_size=args.batch_size) for _ in doc.sents
    )
    bare = time.perf_counter() - start
    print(
        f"spaCy nlp.pipe:        {parsed / bare:8.1f} sentences/s  ({bare:.1f} s)   peak RSS {peak_rss_mb():.0f} MB"
    )

    try:
        from realpolitik.coding import code_documents
    except ImportError as exc:
        print(f"coder not available ({exc}); only the spaCy baseline was measured")
        return 1
    list(
        code_documents(base[:1], nlp=nlp, batch_size=args.batch_size)
    )  # warm-up: dictionaries, patterns
    start = time.perf_counter()
    events = sum(
        1 for _ in code_documents(documents, nlp=nlp, batch_size=args.batch_size)
    )
    full = time.perf_counter() - start
    print(
        f"realpolitik coding:    {n_sentences / full:8.1f} sentences/s  ({full:.1f} s)   peak RSS {peak_rss_mb():.0f} MB"
    )
    print(f"events: {events}  ({events / n_sentences:.2f} per sentence)")
    print(
        f"coding takes {full / bare:.2f}x the time of bare parsing ({bare / full:.2f} of spaCy's throughput)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
