"""Scale: worker processes and the prefilter against bare spaCy, all in one run.

    .venv/bin/python benchmarks/scale.py [--rounds 8] [--memory-rounds 1 4] [--dask-rounds 4]
        [--stream-docs 1250] [--only speed memory dask stream] [--out DIR]

The seeds (``../shared/corpus``) and ``examples/`` are read once and repeated ``--rounds`` times
under fresh ids.  In this one process, the model warm:

(a) bare spaCy: ``nlp.pipe`` over the cleaned texts, one process, and spaCy's own ``n_process=2``
    (its attribute ruler matching with spaCy's Matcher, as users' ``nlp.pipe`` does: ``bare_spacy``);
(b) ``Coder.code`` in this process, without and with the prefilter;
(c) ``Coder.code(workers=2)``, without and with the prefilter: the workers' start-up (each loads
    the model and the dictionaries) is inside the time, as a user pays it; it is also timed alone
    (two workers coding two short texts), and the rate past it printed.

Every mode's events are compared with (b)'s: the same ids, codes, actors and spans, in order.
Then, for peak memory, one fresh process per size codes the corpus repeated ``--memory-rounds``
times as a stream, in one process and with two workers; its peak is this process's resident
maximum, plus each worker's (``resource.getrusage``: the largest child, counted once per worker).
(d) Dask: ``code_distributed`` into a Parquet folder from a JSON Lines file of the corpus repeated
``--dask-rounds`` times, on a LocalCluster of one worker and of two (efficiency: rate with two over
twice the rate with one), start-up (cluster, each worker loading the coder) timed alone and taken
out; the folders must hold the events of one process.
(e) Streaming: peak memory of a fresh process coding a generated JSON Lines file of
``--stream-docs`` short documents times 1, 4 and 16 into a Parquet folder (``code --out``).
Printed, and written to ``results/scale.json``.  The machine is shared: compare ratios, not rates,
and read the two-process figures against the first one printed, what two processes of a pure CPU
loop gain over one here and now.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INPUTS = (REPO.parent / "shared" / "corpus", REPO / "examples")
DEFAULT_OUT = Path(__file__).resolve().parent / "results"


def corpus(rounds: int) -> Iterator:
    """The seeds and examples, ``rounds`` times under fresh ids, read lazily."""
    from realpolitik.documents import iter_documents

    base = list(iter_documents(INPUTS))
    for i in range(rounds):
        yield from (dataclasses.replace(d, id=f"{d.id}~{i}") for d in base)


def what(events: Iterable) -> list[tuple]:
    """What every mode must agree on: ids, codes, actors and spans, in order."""
    return [(e.event_id, e.cameo, e.plover_event, e.modality, e.span, e.trigger_span,
             e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def bare_spacy(nlp, texts: list[str], n_process: int = 1) -> int:
    """The documents of ``nlp.pipe`` over ``texts`` with spaCy's own attribute ruler: what users'
    ``nlp.pipe`` with the model costs (realpolitik finds the ruler's matches faster)."""
    from realpolitik.attribute_ruler import spacys_own_matching

    with spacys_own_matching(nlp):
        return sum(1 for _ in nlp.pipe(texts, batch_size=8, n_process=n_process))


def timed(run: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def _spin(_: int = 0) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.perf_counter() - started


def parallel_ceiling() -> float:
    """What two processes gain over one on this machine right now, on a pure CPU loop: the most
    any two-process mode can gain here (a shared machine may give far less than its cores)."""
    import multiprocessing

    one = _spin()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_spin, [0, 1])
        two = time.perf_counter() - started
    return round(2 * one / two, 2)


def memory_probe(rounds: int, workers: int) -> None:
    """Code the corpus as a stream in this fresh process and print its peak memory as JSON."""
    import realpolitik

    events = sum(1 for _ in realpolitik.Coder().code(corpus(rounds), workers=workers))
    parent, child = peak_mb(resource.RUSAGE_SELF), peak_mb(resource.RUSAGE_CHILDREN)
    total = parent + (workers * child if workers > 1 else 0)
    print(json.dumps({"rounds": rounds, "workers": workers, "events": events, "parent_mb": parent,
                      "worker_mb": child if workers > 1 else None, "total_mb": round(total, 1)}))


def memory(rounds: Sequence[int]) -> list[dict]:
    out = []
    for workers in (1, 2):
        for n in rounds:
            probe = subprocess.run([sys.executable, __file__, "--memory-probe", str(n), str(workers)],
                                   check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
            out.append(json.loads(probe.stdout.strip().splitlines()[-1]))
    return out


def speed(rounds: int) -> dict:
    import realpolitik

    documents = list(corpus(rounds))
    plain, filtered = realpolitik.Coder(), realpolitik.Coder(prefilter=True)
    filtered.nlp, filtered.actors, filtered.patterns = plain.nlp, plain.actors, plain.patterns
    list(plain.code(documents[:1])), list(filtered.code(documents[:1]))  # warm both
    filtered.filter_counts.kept = filtered.filter_counts.dropped = 0
    texts = [d.text for d in documents]
    sentences = sum(len(list(doc.sents)) for doc in plain.nlp.pipe(texts[:len(texts) // rounds]))
    sentences *= rounds
    modes: dict[str, tuple[float, object]] = {
        "spacy": timed(lambda: bare_spacy(plain.nlp, texts)),
        "spacy n_process=2": timed(lambda: bare_spacy(plain.nlp, texts, n_process=2)),
        "code": timed(lambda: what(plain.code(documents))),
        "code --prefilter": timed(lambda: what(filtered.code(documents))),
        "code --workers 2": timed(lambda: what(plain.code(documents, workers=2))),
        "code --workers 2 --prefilter": timed(lambda: what(realpolitik.Coder(prefilter=True).code(documents, workers=2))),
    }
    # what two workers take to start (spawn, load the model and the dictionaries) over two short documents
    short = [dataclasses.replace(d, text=d.text[:200]) for d in documents[:2]]
    startup = timed(lambda: list(plain.code(short, workers=2, chunk_size=1)))[0]
    reference = modes["code"][1]
    return {
        "documents": len(documents), "sentences": sentences, "events": len(reference),
        "workers_2_startup_seconds": round(startup, 2),
        "dropped_by_prefilter": filtered.filter_counts.dropped, "seen_by_prefilter": filtered.filter_counts.kept
        + filtered.filter_counts.dropped,
        "modes": {name: {"seconds": round(s, 2), "sentences_per_second": round(sentences / s, 1),
                         "same_events": None if name.startswith("spacy") else result == reference}
                  for name, (s, result) in modes.items()},
    }


# Short documents of the streaming path, written for this benchmark: two states, one act, a place.
_STATES = ("Kenya", "Uganda", "Belarus", "Russia", "Turkey", "India", "Pakistan", "Germany", "Poland", "Japan", "Chile")
_ACTS = ("signed a trade agreement with {b}", "accused {b} of shelling border villages", "met envoys from {b}",
         "imposed new sanctions on {b}", "thanked {b} for sending rescue teams", "expelled two diplomats of {b}")
_PLACES = ("Nairobi", "Minsk", "Ankara", "Lahore", "Warsaw", "Osaka", "Valparaiso")


def generated_jsonl(path: Path, documents: int) -> Path:
    """``documents`` short news items, each different, one JSON object a line, written as a stream."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(documents):
            a, b = _STATES[i % len(_STATES)], _STATES[(i // len(_STATES) + 1 + i) % len(_STATES)]
            b = b if b != a else _STATES[(i + 3) % len(_STATES)]
            act, place = _ACTS[(i // 7) % len(_ACTS)].format(b=b), _PLACES[i % len(_PLACES)]
            text = (f"{a} {act} in {place} on Monday, officials said in report {i}. "
                    f"The foreign ministry of {a} said talks would go on next month.")
            out.write(json.dumps({"id": f"gen-{i}", "date": "2024-05-06", "text": text}) + "\n")
    return path


def corpus_jsonl(path: Path, rounds: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for d in corpus(rounds):
            out.write(json.dumps({"id": d.id, "text": d.text, "date": d.date.value and d.date.value.isoformat()}) + "\n")
    return path


def folder_events(folder: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return [row for part in sorted(folder.glob("part-*.parquet")) for row in pq.read_table(part).to_pylist()]


def dask_speed(rounds: int) -> dict:
    """LocalCluster of one worker and of two over the same JSON Lines; start-up timed alone."""
    import tempfile

    import realpolitik

    with tempfile.TemporaryDirectory(prefix="realpolitik-scale-") as tmp:
        tmp = Path(tmp)
        source, short = corpus_jsonl(tmp / "corpus.jsonl", rounds), generated_jsonl(tmp / "short.jsonl", 2)
        documents = sum(1 for _ in source.open(encoding="utf-8"))
        runs = {"1 process": {"workers": 1}, "dask local:1": {"scheduler": "local:1"},
                "dask local:2": {"scheduler": "local:2"}}
        out: dict = {"documents": documents, "two_process_ceiling": parallel_ceiling(), "modes": {}}
        reference = None
        for name, engine in runs.items():
            seconds, _ = timed(lambda e=engine, n=name: realpolitik.code_distributed([source], tmp / n, partition_size=8, **e))
            startup = timed(lambda e=engine, n=name: realpolitik.code_distributed([short], tmp / f"{n}-start", **e))[0]
            events = folder_events(tmp / name)
            reference = reference if reference is not None else events
            out["modes"][name] = {"seconds": round(seconds, 2), "startup_seconds": round(startup, 2),
                                  "documents_per_second": round(documents / seconds, 2),
                                  "past_startup": round(documents / max(seconds - startup, 1e-9), 2),
                                  "events": len(events), "same_events": events == reference}
    return out


def stream_probe(documents: int, workers: int) -> None:
    """Code a generated JSON Lines of ``documents`` into a Parquet folder in this fresh process; print
    its peak memory (and its workers') as JSON."""
    import tempfile

    import realpolitik

    with tempfile.TemporaryDirectory(prefix="realpolitik-stream-") as tmp:
        source = generated_jsonl(Path(tmp) / "news.jsonl", documents)
        started = time.perf_counter()
        summary = realpolitik.code_distributed([source], Path(tmp) / "events", workers=workers)
        seconds = time.perf_counter() - started
    parent, child = peak_mb(resource.RUSAGE_SELF), peak_mb(resource.RUSAGE_CHILDREN)
    print(json.dumps({"documents": documents, "workers": workers, "events": summary.events, "seconds": round(seconds, 1),
                      "parent_mb": parent, "worker_mb": child if workers > 1 else None,
                      "total_mb": round(parent + (workers * child if workers > 1 else 0), 1)}))


def stream_memory(base: int, workers: Sequence[int]) -> list[dict]:
    out = []
    for n in workers:
        for times in (1, 4, 16):
            probe = subprocess.run([sys.executable, __file__, "--stream-probe", str(base * times), str(n)], check=True,
                                   capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
            out.append({"times": times, **json.loads(probe.stdout.strip().splitlines()[-1])})
    return out


def report_dask(figures: dict) -> None:
    modes = figures["modes"]
    print(f"Dask, {figures['documents']} documents from JSON Lines into a Parquet folder:")
    for name, m in modes.items():
        print(f"  {name:14} {m['seconds']:7.1f} s  {m['documents_per_second']:6.2f} documents/s; start-up "
              f"{m['startup_seconds']:.1f} s, past it {m['past_startup']:6.2f} documents/s  "
              f"same events: {'yes' if m['same_events'] else 'NO'}")
    one, two = modes["dask local:1"], modes["dask local:2"]
    print(f"  efficiency, 2 workers vs 1: {two['documents_per_second'] / (2 * one['documents_per_second']):.2f} "
          f"(past start-up {two['past_startup'] / (2 * one['past_startup']):.2f}); two processes of a pure CPU loop "
          f"against one, in this run: {figures['two_process_ceiling']:.2f}x")


def report_stream(rows: list[dict]) -> None:
    for m in rows:
        print(f"  peak memory, streaming {m['documents']} documents ({m['times']}x), workers {m['workers']}: "
              f"{m['total_mb']:.0f} MB ({m['events']} events, {m['seconds']:.0f} s)")


def report(figures: dict) -> None:
    modes = figures["modes"]
    rate = {name: m["sentences_per_second"] for name, m in modes.items()}
    print(f"{figures['documents']} documents, {figures['sentences']} sentences, {figures['events']} events; "
          f"prefilter dropped {figures['dropped_by_prefilter']} of {figures['seen_by_prefilter']} sentences")
    for name, m in modes.items():
        same = "" if m["same_events"] is None else f"  same events: {'yes' if m['same_events'] else 'NO'}"
        print(f"  {name:30} {m['seconds']:7.1f} s  {m['sentences_per_second']:7.1f} sentences/s  "
              f"{m['sentences_per_second'] / rate['spacy']:.2f}x bare spaCy{same}")
    steady = figures["sentences"] / (modes["code --workers 2"]["seconds"] - figures["workers_2_startup_seconds"])
    print(f"  two workers start in {figures['workers_2_startup_seconds']:.1f} s; past it, {steady:.1f} sentences/s "
          f"({steady / rate['code']:.2f}x one process)")
    print(f"  workers 2 vs 1: {rate['code --workers 2'] / rate['code']:.2f}x; with the prefilter "
          f"{rate['code --workers 2 --prefilter'] / rate['code --prefilter']:.2f}x; "
          f"spaCy n_process=2 vs 1: {rate['spacy n_process=2'] / rate['spacy']:.2f}x")
    print(f"  two processes of a pure CPU loop against one, on this machine in this run: {figures['two_process_ceiling']:.2f}x")
    for m in figures["memory"]:
        print(f"  peak memory, {m['rounds']}x corpus, workers {m['workers']}: {m['total_mb']:.0f} MB "
              f"({m['events']} events)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=8, help="copies of the corpus for the speed runs (default 8)")
    parser.add_argument("--memory-rounds", type=int, nargs="+", default=[1, 4], help="corpus sizes for peak memory")
    parser.add_argument("--dask-rounds", type=int, default=4, help="copies of the corpus for the Dask runs (default 4)")
    parser.add_argument("--stream-docs", type=int, default=1250, help="generated documents at 1x (16x: 20,000 by default)")
    parser.add_argument("--stream-workers", type=int, nargs="+", default=[1], help="worker processes of the streaming runs")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS), help="run these parts only")
    parser.add_argument("--memory-probe", type=int, nargs=2, metavar=("ROUNDS", "WORKERS"), help=argparse.SUPPRESS)
    parser.add_argument("--stream-probe", type=int, nargs=2, metavar=("DOCUMENTS", "WORKERS"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.memory_probe or args.stream_probe:
        memory_probe(*args.memory_probe) if args.memory_probe else stream_probe(*args.stream_probe)
        return 0
    figures = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    written = args.out / "scale.json"
    earlier = json.loads(written.read_text(encoding="utf-8")) if written.exists() else {}
    # a run of some parts keeps the figures of the others
    written.write_text(json.dumps(earlier | figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {written}")
    return 0


SECTIONS = ("speed", "memory", "dask", "stream")


def run(args: argparse.Namespace) -> dict:
    """The parts asked for, each printed as it ends."""
    figures: dict = {}
    if "speed" in args.only:
        ceiling = parallel_ceiling()
        figures = speed(args.rounds) | {"two_process_ceiling": ceiling}
        figures["memory"] = memory(args.memory_rounds) if "memory" in args.only else []
        report(figures)
    if "dask" in args.only:
        figures["dask"] = dask_speed(args.dask_rounds)
        report_dask(figures["dask"])
    if "stream" in args.only:
        figures["stream_memory"] = stream_memory(args.stream_docs, args.stream_workers)
        report_stream(figures["stream_memory"])
    return figures


if __name__ == "__main__":
    sys.exit(main())
