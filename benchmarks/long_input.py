"""Long input: the coder's time per token as a sentence grows, and the time and peak memory of
documents of growing size, each measured in one run.

    .venv/bin/python benchmarks/long_input.py [--sizes-mb 0.25 0.5 1 2] [--big-mb 50] [--one-liner-mb 5]
                                              [--modes code ingest] [--parts sentences documents limit store]
                                              [--store-events 50000 100000 200000] [--out DIR]

(a) **Growing sentences**: the list of issue 14 ("A and B and C … signed an agreement", 34,000
    characters, 39 s before) as shipped (over ``max_sentence_tokens``: skipped) and with the bound
    lifted; then, bound lifted, lists of 50 to 800 names and sentences of 25 to 400
    comma-separated clauses.  For each: tokens, parse time (bare spaCy), coder time (the whole
    run minus the parse; best of three) and coder time per token.
(b) **Growing documents**: paragraphs of news-like prose of ``--sizes-mb`` megabytes (and
    ``--big-mb``, a document just under the 50 MB limit, only when asked: at this machine's speed
    it takes most of an hour), each in a fresh process, for each of ``--modes``: ``code`` (the
    events streamed and counted, as ``realpolitik code`` prints them) and ``ingest`` (read from a
    file and stored in a fresh store); printed: seconds, microseconds per character and the
    process's peak resident memory.  Memory stays flat with size: a long document is parsed in
    pieces of ``chunk_chars`` (data/limits.yaml) and its events are streamed out, or into the
    store, piece by piece.  ``--one-liner-mb``: the same as one line of prose.
(c) **A file over the limit** (60 MB, sparse): refused before it is read; time and peak memory.
(d) **The store's side alone** (no model): ``--store-events`` synthetic events (acts between ten
    countries, dates over two years) written as one document with ``Store.write_document`` into a
    fresh store, each count in a fresh process; printed: seconds and the growth of the process's
    peak resident memory over what it held before writing.

Written to ``results/long_input.json`` (the parts not measured keep their last results).  Nothing
here is a test: the tests (tests/reliability/) check what is coded, never how fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # this checkout's realpolitik, not an installed one
DEFAULT_OUT = Path(__file__).resolve().parent / "results"
NAMES = ["France", "Germany", "Italy", "Austria", "Belgium", "Denmark", "Estonia", "Finland", "Greece", "Hungary"]
# numbered, so that cleaning (which drops a repeated paragraph as boilerplate) keeps every one
PARAGRAPH = ("Poland condemned Russia on Monday over the detention of two diplomats near the border. "
             "The talks went on for several hours in the capital, and reporters waited outside the building. "
             "Officials said the two sides would meet again next week to discuss the {n} remaining questions.")
MODES = ("code", "ingest")
PARTS = ("sentences", "documents", "limit", "store")
ISSUE_LIST = " and ".join(NAMES[i % len(NAMES)] for i in range(3400)) + " signed an agreement on Monday."


def _document(text: str):
    from realpolitik.records import Document, DocumentDate

    return Document("long", text, DocumentDate.given(datetime.date(2021, 3, 1)))


def _timed(coder, text: str, repeats: int = 3) -> tuple[int, float, float, int]:
    """Tokens, parse seconds, coder seconds (the whole run minus the parse), events: the best of
    ``repeats`` runs of each, since on a shared machine the load changes from second to second."""
    parse = whole = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        tokens = len(coder.nlp(text))
        parse = min(parse, time.perf_counter() - started)
        started = time.perf_counter()
        events = coder([_document(text)])
        whole = min(whole, time.perf_counter() - started)
    return tokens, parse, max(whole - parse, 0.0), len(events)


def _row(kind: str, text: str, timed: tuple[int, float, float, int]) -> dict:
    tokens, parse, code, events = timed
    print(f"  {kind:34} {tokens:6} tokens  parse {parse:6.2f} s  coder {code:6.2f} s  "
          f"{1000 * code / tokens:6.3f} ms/token  {events} events", flush=True)
    return {"kind": kind, "chars": len(text), "tokens": tokens, "parse_s": round(parse, 3), "coder_s": round(code, 3),
            "coder_ms_per_token": round(1000 * code / tokens, 4), "events": events}


def growing_sentences() -> list[dict]:
    """With the token bound lifted: what the coder itself costs as a sentence grows."""
    import realpolitik
    from realpolitik import limits

    coder = realpolitik.Coder()
    coder([_document("Poland condemned Russia.")])  # warm up: model, dictionaries, patterns
    shipped = limits.load_limits()
    rows = [_row("issue-14 list, as shipped (skipped)", ISSUE_LIST, _timed(coder, ISSUE_LIST, 1))]
    limits.load_limits = lambda: dataclasses.replace(shipped, max_sentence_tokens=10**9)
    try:
        rows.append(_row("issue-14 list, bound lifted", ISSUE_LIST, _timed(coder, ISSUE_LIST, 1)))
        for n in (50, 100, 200, 400, 800):
            listing = " and ".join(NAMES[i % len(NAMES)] for i in range(n)) + " signed an agreement on Monday."
            clauses = ", ".join(f"{NAMES[i % 10]} protested" for i in range(n // 2)) + "."
            rows.append(_row(f"coordination of {n}", listing, _timed(coder, listing)))
            rows.append(_row(f"{n // 2} clauses", clauses, _timed(coder, clauses)))
    finally:
        limits.load_limits = lambda: shipped
    return rows


def one_document(megabytes: float, one_line: bool, mode: str) -> dict:
    """Code (``mode`` "code": the events streamed and counted, as ``realpolitik code`` prints them)
    or ingest (``mode`` "ingest": into a fresh store, as ``realpolitik ingest`` does) one document
    of ``megabytes`` in this process (run in a child: its own peak memory)."""
    import realpolitik

    coder = realpolitik.Coder()
    coder([_document("Poland condemned Russia.")])
    warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    text = _prose(megabytes, " " if one_line else "\n\n")
    started = time.perf_counter()
    events = _ingested(coder, text) if mode == "ingest" else sum(1 for _ in coder.code([_document(text)]))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {"megabytes": megabytes, "one_line": one_line, "mode": mode, "chars": len(text),
            "seconds": round(seconds, 1), "us_per_char": round(1e6 * seconds / len(text), 2), "events": events,
            "peak_mb_after_loading": warm, "peak_mb": peak}


def _prose(megabytes: float, separator: str) -> str:
    """About ``megabytes`` of news-like paragraphs, each holding an act, none repeated."""
    paragraphs, size, n = [], 0, 0
    while size < megabytes * 2**20:
        paragraphs.append(PARAGRAPH.format(n=n))
        size += len(paragraphs[-1]) + len(separator)
        n += 1
    return separator.join(paragraphs)


def _ingested(coder, text: str) -> int:
    """The events stored by ingesting ``text`` from a file into a fresh store."""
    from realpolitik.store import Store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(text, encoding="utf-8")
        with Store(Path(folder) / "events.duckdb") as store:
            summary = store.ingest([path], coder=coder, date=datetime.date(2021, 3, 1), progress=False)
    if summary.failures:
        raise SystemExit(f"ingest failed: {summary.failures}")
    return summary.events


def in_child(megabytes: float, one_line: bool, mode: str) -> dict:
    command = [sys.executable, __file__, "--child", str(megabytes), "--child-mode", mode]
    command += ["--child-one-line"] if one_line else []
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    row = json.loads(out.splitlines()[-1])
    print(f"  {mode:6} {megabytes:6.2f} MB{' one line' if one_line else ''}: {row['seconds']:7.1f} s  "
          f"{row['us_per_char']:6.2f} us/char  {row['events']} events  peak {row['peak_mb']} MB "
          f"(after loading {row['peak_mb_after_loading']} MB)", flush=True)
    return row


def over_the_limit() -> dict:
    """A 60 MB file (sparse) through iter_documents: refused by its size, never read."""
    from realpolitik.documents import MAX_BYTES, iter_documents

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huge.txt"
        with path.open("wb") as f:
            f.truncate(60 * 2**20)
        errors = []
        started = time.perf_counter()
        documents = list(iter_documents([path], on_error=errors.append))
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"  60 MB file (limit {MAX_BYTES // 2**20} MB): {len(documents)} documents in {seconds * 1000:.1f} ms, "
          f"{errors[0] if errors else 'no error'}; peak {peak} MB", flush=True)
    return {"seconds": round(seconds, 4), "refused": bool(errors), "message": str(errors[0]) if errors else "",
            "peak_mb": peak}


def store_only(count: int) -> dict:
    """Write ``count`` synthetic events as one document into a fresh store, in this process (run
    in a child: its own peak memory)."""
    from realpolitik.records import Document, DocumentDate
    from realpolitik.store import Store

    doc = Document("long", "synthetic", DocumentDate.given(datetime.date(2021, 3, 1)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "events.duckdb") as store:
        started = time.perf_counter()
        _, stored = store.write_document(doc, _synthetic_events(doc, count))
        seconds = time.perf_counter() - started
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 - before
    return {"events": stored, "seconds": round(seconds, 1), "grown_mb": grown}


def _synthetic_events(doc, count: int):
    """``count`` events, one a sentence, made without a model."""
    from realpolitik.records import Event, EventActor

    codes = ["POL", "RUS", "FRA", "DEU", "ITA", "AUT", "BEL", "DNK", "EST", "FIN"]
    for i in range(count):
        sentence = f"{codes[i % 10]} condemned {codes[(i // 10) % 10]} on day {i}."
        source = EventActor(codes[i % 10], codes[i % 10], codes[i % 10], (0, 3))
        target = EventActor(codes[(i // 10) % 10], codes[(i // 10) % 10], codes[(i // 10) % 10], (14, 17))
        yield Event(doc.id, doc.date.value, i, sentence, (0, len(sentence)),
                    datetime.date(2020, 1, 1) + datetime.timedelta(days=i % 730), "day", source, target,
                    "122", 3, -4.0, "DISAPPROVE", None, "asserted", "condemned", (4, 13))


def store_in_child(count: int) -> dict:
    command = [sys.executable, __file__, "--store-child", str(count)]
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    row = json.loads(subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout.splitlines()[-1])
    print(f"  {row['events']:>9,} events: {row['seconds']:6.1f} s  peak grew by {row['grown_mb']} MB", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes-mb", type=float, nargs="*", default=[0.25, 0.5, 1.0, 2.0])
    parser.add_argument("--big-mb", type=float, default=None, help="also a document this big (50: just under the limit)")
    parser.add_argument("--one-liner-mb", type=float, default=None, help="also a one-line document this big")
    parser.add_argument("--modes", nargs="*", choices=MODES, default=list(MODES),
                        help="code: events streamed as `code` prints them; ingest: stored as `ingest` does")
    parser.add_argument("--parts", nargs="*", choices=PARTS, default=list(PARTS), help="what to measure")
    parser.add_argument("--store-events", type=int, nargs="*", default=[50_000, 100_000, 200_000])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--store-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--child-mode", choices=MODES, default="code", help=argparse.SUPPRESS)
    parser.add_argument("--child-one-line", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(one_document(args.child, args.child_one_line, args.child_mode)))
        return
    if args.store_child is not None:
        print(json.dumps(store_only(args.store_child)))
        return
    result: dict = {"when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")}
    if "sentences" in args.parts:
        print("growing sentences", flush=True)
        result["sentences"] = growing_sentences()
    if "documents" in args.parts:
        print("growing documents (each in a fresh process)", flush=True)
        sizes = [(mb, False) for mb in [*args.sizes_mb, *([args.big_mb] if args.big_mb else [])]]
        sizes += [(args.one_liner_mb, True)] if args.one_liner_mb else []
        result["documents"] = [in_child(mb, one_line, mode) for mode in args.modes for mb, one_line in sizes]
    if "limit" in args.parts:
        print("a file over the size limit", flush=True)
        result["over_the_limit"] = over_the_limit()
    if "store" in args.parts:
        print("the store's side alone: one document of synthetic events (each count in a fresh process)", flush=True)
        result["store"] = [store_in_child(count) for count in args.store_events]
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "long_input.json"
    kept = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}  # the parts not measured now
    out.write_text(json.dumps(kept | result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
