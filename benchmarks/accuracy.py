"""Accuracy of the coder against PLOVER's gold-standard records (PLOVER_GSR_CAMEO.json).

    .venv/bin/python benchmarks/accuracy.py [--set gsr-dev|gsr-test|news|news-dev4|…|all] [--limit N]
                                            [--show-misses] [--gold PATH] [--out DIR]

The sets: the two halves of PLOVER's gold file, split once by a hash of each sentence's text
(``gsr-dev``, whose misses may be studied, and ``gsr-test``, whose misses are never written or
shown), and our own held-out wire sentences ``heldout/news*.jsonl``, each written before the coder
was run on it; those in ``BLIND_SETS`` are scored without ever showing a miss. When each was
written and since when it is studied: ``benchmarks/README.md``.

Each gold record is one sentence (from the CAMEO manual's examples) with source and target
actors and one PLOVER event; a record of our own sets is a sentence with all its events, or (the
``docs-*`` sets) a whole article with all its events, each (source, target, event) listed once.  The coder (``realpolitik.coding.code_text``) codes the sentence,
dated with the record's date, and we compare at the level of (source country, target country,
PLOVER event).  How both sides are normalised and scored is written out in
``benchmarks/README.md``; in short:

* gold event names of PLOVER 0.5 are renamed to 0.8 (``GOLD_EVENT_RENAMES``);
* an actor becomes a comparable "country": the first three letters of a country code, old codes
  mapped to ISO (``OLD_CODES``), international organisations as ``IGO``;
* a gold record with several sources or targets yields one gold tuple per source x target;
* a gold record without a target matches a predicted event on (source, event) alone, whatever
  target the coder found;
* only asserted events of the coder count;
* matching is one-to-one inside a record: true positives are matched gold tuples, false
  positives predicted tuples left over, false negatives gold tuples left over;
* of the matched acts the gold dates, the share the coder dates right.

Writes ``results/accuracy.json`` (scores, confusion) and ``results/accuracy_misses.jsonl`` (per
record: id, sentence, gold, predicted, missed, spurious), so errors can be studied one by one.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from realpolitik.actors import load_actors
from realpolitik.records import Event

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "peer" / "PLOVER_GSR_CAMEO.json"
HELDOUT = Path(__file__).resolve().parent / "heldout"
# Sets whose misses are never written nor shown: what is measured on them stays unseen.
BLIND_SETS = {"gsr-test", "news", "news2", "news-dev13", "news-dev14", "docs-test", "docs-test2", "docs-test3", "docs-test4", "docs-test5", "docs-test6", "docs-test7", "docs-test8", "docs-test9", "docs-test10"}
# sets of whole articles (same format, a record per article): what is told across sentences
DOC_SETS = ("docs-dev", "docs-dev2", "docs-dev3", "docs-dev4", "docs-dev5", "docs-dev6", "docs-dev7", "docs-dev8", "docs-dev9", "docs-dev10", "docs-dev11", "docs-test", "docs-test2", "docs-test3", "docs-test4", "docs-test5", "docs-test6", "docs-test7", "docs-test8", "docs-test9", "docs-test10")
NEWS_SETS = ("news-dev", *(f"news-dev{n}" for n in range(2, 17)), "news", "news2", *DOC_SETS)
SETS = ("gsr-dev", "gsr-test", *NEWS_SETS)
NEWS_FILES = {name: HELDOUT / f"{name}.jsonl" for name in NEWS_SETS}
DEFAULT_OUT = Path(__file__).resolve().parent / "results"

# PLOVER 0.5 names in the gold file -> PLOVER 0.8 names the coder emits.
GOLD_EVENT_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}

# Pre-ISO codes that CAMEO-era data still use, mapped to ISO 3166 alpha-3.
OLD_CODES = {
    "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
    "BUR": "MMR", "SUN": "RUS", "YUG": "SRB", "SER": "SRB", "GER": "DEU", "UK": "GBR",
}  # fmt: skip

# Codes of international organisations; gold codes every IGO simply as "IGO".
IGO_CODES = {
    "IGO", "EU", "EUR", "NATO", "UN", "UNO", "OSCE", "CSTO", "EEU", "EAEU", "CIS", "IAEA", "WTO",
    "IMF", "OPEC", "AU", "ASEAN", "APEC", "ICC", "ICRC", "ARL", "COE", "G7", "G8", "G20", "SCO",
    "OIC", "WHO", "UNHCR", "ECOWAS",
    # the gold file codes international NGOs now IGO (Amnesty, the Red Cross), now NGO (a human
    # rights group): both compare as one class of non-state international bodies
    "NGO",
}  # fmt: skip
# and every organisation of the shipped actor dictionary (the UN's agencies, the banks, …)
IGO_CODES |= {e.code for e in load_actors().entries(kind="igo")}

Coder = Callable[[str, datetime.date | None, str], list[Event]]
Tuple3 = tuple[str | None, str | None, str]


def normalise_actor(code: str | None, country: str | None = None) -> str | None:
    """A comparable "country" for an actor code: "BLRGOV" -> "BLR", "JAP" -> "JPN", "NATO" -> "IGO"."""
    raw = (country or code or "").strip().upper()
    if not raw:
        return None
    # an IGO code may carry a sector ("NATOMIL"); two-letter ones only match whole ("AU" is not "AUS")
    if raw in IGO_CODES or any(
        raw.startswith(igo) for igo in IGO_CODES if len(igo) >= 3
    ):
        return "IGO"
    if raw in OLD_CODES:
        return OLD_CODES[raw]
    head = raw[:3]
    return OLD_CODES.get(head, head) if len(raw) >= 3 else raw


def normalise_event(name: str) -> str:
    name = name.strip().upper()
    return GOLD_EVENT_RENAMES.get(name, name)


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: datetime.date | None
    events: tuple[str, ...]
    tuples: tuple[Tuple3, ...]
    # the day the gold gives an act (only news sets date acts): (tuple, day) pairs
    dates: tuple[tuple[Tuple3, datetime.date], ...] = ()


def gsr_half(text: str) -> str:
    """"gsr-dev" or "gsr-test": a fixed half of the gold file, by a hash of the sentence."""
    return "gsr-dev" if int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 2 == 0 else "gsr-test"


def load_gold(path: Path) -> list[GoldRecord]:
    """The records of a PLOVER gold JSON file (DOCUMENT records left out) or of a JSON Lines file
    of sentences with all their events (``heldout/news.jsonl``)."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = [json.loads(line) for line in text.splitlines() if line.strip()] if path.suffix == ".jsonl" else json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"{path}: cannot read the gold file ({exc})") from exc
    return [_news_record(item) if "events" in item else _gsr_record(item) for item in raw if item.get("event") != "DOCUMENT"]


def _gsr_record(item: dict[str, Any]) -> GoldRecord:
    event = normalise_event(item["event"])
    sources = _actors(item.get("source")) or [None]
    targets = _actors(item.get("target")) or [None]
    tuples = tuple(dict.fromkeys((s, t, event) for s in sources for t in targets))
    return GoldRecord(item["id"], item["text"], _day(item.get("date")), (event,), tuples)


def _news_record(item: dict[str, Any]) -> GoldRecord:
    """A sentence with every event a careful coder lists; only its asserted events are scored,
    as only the coder's asserted events are."""
    asserted = [e for e in item["events"] if e.get("modality", "asserted") == "asserted"]
    keyed = [(_news_tuple(e), _day(e.get("event_date"))) for e in asserted]
    tuples = tuple(dict.fromkeys(t for t, _ in keyed))
    dates = tuple(dict.fromkeys((t, day) for t, day in keyed if day))
    events = tuple(dict.fromkeys(t[2] for t in tuples))
    return GoldRecord(item["id"], item["text"], _day(item.get("date")), events, tuples, dates)


def _news_tuple(e: dict[str, Any]) -> Tuple3:
    return normalise_actor(e.get("source")), normalise_actor(e.get("target")), normalise_event(e["event"])


def _day(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _actors(value: Any) -> list[str | None]:
    if not isinstance(value, list):
        return []
    return [
        normalise_actor(a.get("code"))
        for a in value
        if isinstance(a, dict) and a.get("code")
    ]


def predicted_tuples(events: Iterable[Event]) -> list[Tuple3]:
    """Comparable tuples of the coder's asserted events, duplicates removed, order kept."""
    return list(predicted_dates(events))


def predicted_dates(events: Iterable[Event]) -> dict[Tuple3, set[datetime.date]]:
    """The days the coder gives each comparable tuple of its asserted events, in their order."""
    out: dict[Tuple3, set[datetime.date]] = {}
    for e in events:
        if e.modality != "asserted" or not e.plover_event:
            continue
        source = normalise_actor(e.source.code, e.source.country) if e.source else None
        target = normalise_actor(e.target.code, e.target.country) if e.target else None
        out.setdefault((source, target, e.plover_event), set()).update([e.date] if e.date else [])
    return out


def wrong_dates(
    record: GoldRecord, pairs: Sequence[tuple[Tuple3, Tuple3]], days: dict[Tuple3, set[datetime.date]]
) -> tuple[int, list[dict[str, Any]]]:
    """How many matched acts the gold dates, and those the coder dates otherwise: an act is
    dated right when one of the coder's events of its tuple carries the gold's day."""
    gold_days = dict(record.dates)
    dated = [(g, p) for g, p in pairs if g in gold_days]
    wrong = [
        {"tuple": list(g), "gold": str(gold_days[g]), "coded": sorted(str(d) for d in days.get(p, ()))}
        for g, p in dated
        if gold_days[g] not in days.get(p, ())
    ]
    return len(dated), wrong


def match(
    gold: Sequence[Tuple3], predicted: Sequence[Tuple3]
) -> tuple[list[tuple[Tuple3, Tuple3]], list[Tuple3], list[Tuple3]]:
    """One-to-one matching: (matched pairs, missed gold, spurious predictions).

    Exact matches first; then a gold tuple without a target takes any prediction with the same
    source and event.
    """
    left = list(predicted)
    pairs: list[tuple[Tuple3, Tuple3]] = []
    missed: list[Tuple3] = []
    pending = []
    for g in gold:
        if g in left:
            left.remove(g)
            pairs.append((g, g))
        else:
            pending.append(g)
    for g in pending:
        candidate = next(
            (p for p in left if g[1] is None and (p[0], p[2]) == (g[0], g[2])), None
        )
        if candidate is None:
            missed.append(g)
        else:
            left.remove(candidate)
            pairs.append((g, candidate))
    return pairs, missed, left


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Evaluation:
    overall: Tally = field(default_factory=Tally)
    per_event: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    event_only: Tally = field(default_factory=Tally)
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[dict[str, Any]] = field(default_factory=list)
    records: int = 0
    errors: int = 0
    dated: int = 0
    misdated: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "coder_errors": self.errors,
            "overall": self.overall.scores(),
            "per_event": {k: v.scores() for k, v in sorted(self.per_event.items())},
            "event_only": self.event_only.scores(),
            "dates": self.date_scores(),
            "confusion": {
                k: dict(v.most_common()) for k, v in sorted(self.confusion.items())
            },
        }

    def date_scores(self) -> dict[str, float | int]:
        """Of the matched acts the gold dates, how many the coder dates right."""
        right = self.dated - self.misdated
        return {"dated": self.dated, "right": right, "share": round(right / self.dated, 4) if self.dated else 0.0}


def evaluate(records: Iterable[GoldRecord], coder: Coder) -> Evaluation:
    """Run ``coder`` on every record and score it; a record the coder fails on scores as all missed."""
    ev = Evaluation()
    for record in records:
        ev.records += 1
        try:
            events = coder(record.text, record.date, record.id)
            error = None
        except Exception as exc:  # noqa: BLE001 - a benchmark reports coder crashes, it does not stop on them
            events, error = [], f"{type(exc).__name__}: {exc}"
            ev.errors += 1
        days = predicted_dates(events)
        predicted = list(days)
        pairs, missed, spurious = match(record.tuples, predicted)
        _tally(ev, record, predicted, pairs, missed, spurious)
        dated, misdated = wrong_dates(record, pairs, days)
        ev.dated += dated
        ev.misdated += len(misdated)
        if missed or spurious or misdated or error:
            ev.misses.append(
                {
                    "id": record.id,
                    "text": record.text,
                    "gold": [list(t) for t in record.tuples],
                    "predicted": [list(t) for t in predicted],
                    "missed": [list(t) for t in missed],
                    "spurious": [list(t) for t in spurious],
                    "misdated": misdated,
                    "events": [_describe(e) for e in events],
                    **({"error": error} if error else {}),
                }
            )
    return ev


def _tally(
    ev: Evaluation, record: GoldRecord, predicted, pairs, missed, spurious
) -> None:
    ev.overall.tp += len(pairs)
    ev.overall.fn += len(missed)
    ev.overall.fp += len(spurious)
    for g, _ in pairs:
        ev.per_event[g[2]].tp += 1
    for g in missed:
        ev.per_event[g[2]].fn += 1
    for p in spurious:
        ev.per_event[p[2]].fp += 1
    predicted_events = {p[2] for p in predicted}
    gold_events = set(record.events)
    ev.event_only.tp += len(gold_events & predicted_events)
    ev.event_only.fn += len(gold_events - predicted_events)
    ev.event_only.fp += len(predicted_events - gold_events)
    for gold_event in record.events or ("(no event)",):
        for name in predicted_events or {"(nothing)"}:
            ev.confusion[gold_event][name] += 1


def _describe(e: Event) -> dict[str, Any]:
    return {
        "cameo": e.cameo,
        "plover": e.plover_event,
        "modality": e.modality,
        "date": str(e.date) if e.date else None,
        "source": e.source.code if e.source else None,
        "target": e.target.code if e.target else None,
        "trigger": e.trigger_text,
    }


def realpolitik_coder(lexicon: bool = False) -> Coder:
    """The shipped coder; with ``lexicon``, PETRARCH-2's verb lexicon under its patterns (to
    measure what it adds)."""
    try:
        from realpolitik.coding import code_text, load_patterns
    except ImportError as exc:
        raise SystemExit(f"the coder is not available ({exc}); nothing to measure") from exc
    patterns = load_patterns(lexicon=lexicon)

    def coder(text: str, date: datetime.date | None, doc_id: str) -> list[Event]:
        return code_text(text, date=date, doc_id=doc_id, patterns=patterns)

    return coder


def report(
    ev: Evaluation, *, show_misses: bool = False, out: TextIO | None = None
) -> None:
    out = out or sys.stdout

    def line(name: str, s: dict[str, Any]) -> str:
        return f"{name:<12} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}"

    print(f"records: {ev.records}   coder errors: {ev.errors}", file=out)
    print(
        f"{'event':<12} {'prec':>6} {'recall':>6} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
        file=out,
    )
    for name, tally in sorted(ev.per_event.items()):
        print(line(name, tally.scores()), file=out)
    print(line("OVERALL", ev.overall.scores()), file=out)
    print(
        line("event-only", ev.event_only.scores())
        + "   (is the gold event among the record's events?)",
        file=out,
    )
    dates = ev.date_scores()
    if dates["dated"]:
        print(f"dates        {dates['share']:>6.3f}   ({dates['right']} of the {dates['dated']} matched acts the gold dates)", file=out)
    print(
        "\nconfusion (gold event: what the coder said for those records, by count)",
        file=out,
    )
    for gold_event, said in sorted(ev.confusion.items()):
        print(
            f"  {gold_event:<10} "
            + ", ".join(f"{k} {v}" for k, v in said.most_common(6)),
            file=out,
        )
    if show_misses:
        print("\nmisses", file=out)
        for m in ev.misses:
            print(f"- {m['id']}: {m['text']}", file=out)
            print(
                f"    gold {m['gold']}  predicted {m['predicted']}"
                + (f"  ERROR {m['error']}" if "error" in m else ""),
                file=out,
            )


def write_results(evaluations: dict[str, Evaluation], out_dir: Path) -> tuple[Path, Path]:
    """``accuracy.json`` with every set's scores; ``accuracy_misses.jsonl`` with the misses of the
    sets that may be studied (never those of a blind set)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = out_dir / "accuracy.json"
    misses = out_dir / "accuracy_misses.jsonl"
    summary.write_text(json.dumps({name: ev.to_dict() for name, ev in evaluations.items()}, indent=2) + "\n", encoding="utf-8")
    with misses.open("w", encoding="utf-8") as fh:
        for name, ev in evaluations.items():
            for m in [] if name in BLIND_SETS else ev.misses:
                fh.write(json.dumps({"set": name, **m}, ensure_ascii=False) + "\n")
    return summary, misses


def records_by_set(names: Sequence[str], gold: Path | None) -> dict[str, list[GoldRecord]]:
    """The records of each set asked for; ``gold`` replaces them all by one file, "custom"."""
    if gold is not None:
        return {"custom": load_gold(gold)}
    gsr = load_gold(DEFAULT_GOLD)
    out: dict[str, list[GoldRecord]] = {}
    for name in names:
        if name in NEWS_FILES:
            if NEWS_FILES[name].exists():
                out[name] = load_gold(NEWS_FILES[name])
        else:
            out[name] = [r for r in gsr if gsr_half(r.text) == name]
    return out


def main(argv: Sequence[str] | None = None, coder: Coder | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which set to score (default: all)")
    parser.add_argument("--gold", type=Path, default=None, help="score this gold file instead (PLOVER JSON or news JSON Lines)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records of each set")
    parser.add_argument("--show-misses", action="store_true", help="print every record the coder got wrong (never for a blind set)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory for accuracy.json and the misses file")
    parser.add_argument("--lexicon", action="store_true", help="with the imported verb lexicon under the hand-made patterns")
    args = parser.parse_args(argv)
    coder = coder or realpolitik_coder(lexicon=args.lexicon)
    evaluations: dict[str, Evaluation] = {}
    for name, records in records_by_set(SETS if args.set == "all" else [args.set], args.gold).items():
        evaluations[name] = evaluate(records[: args.limit] if args.limit else records, coder)
        print(f"\n== {name} ==")
        report(evaluations[name], show_misses=args.show_misses and name not in BLIND_SETS)
    summary, misses = write_results(evaluations, args.out)
    print(f"\nwrote {summary} and {misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
