"""Review of the imported verb lexicon: which PETRARCH verbs code news well, and which over-code.

    .venv/bin/python benchmarks/lexicon_review.py [--set gsr-dev --set news-dev ...] [--by tuple|event]
                                                  [--write-deny]

Codes the sets whose misses may be studied (never the blind ones) and, for every asserted event
a verb of the imported lexicon made (its rule id names ``petrarch_verbs.json``), asks whether it
is right: with ``--by tuple`` (the default) whether its (source, target, event) tuple matches a
gold tuple, as the accuracy benchmark scores it; with ``--by event`` only whether its PLOVER type
is among the record's gold event types (a wrong actor is then the role finder's fault, not the
verb's).  A verb whose events are more often wrong than right over-codes; ``--write-deny`` adds
such verbs to ``coding/data/lexicon/deny.yaml`` with the counts as the reason (entries already
there, and the codes no imported rule may give, are kept), so the review stays in data, readable
and reversible.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import BLIND_SETS, SETS, GoldRecord, match, predicted_tuples, records_by_set  # noqa: E402

from realpolitik.coding import code_text, load_patterns  # noqa: E402
from realpolitik.datafiles import as_yaml_text, read_layer  # noqa: E402

LEXICON_RULE = "petrarch_verbs.json:verbs."
DENY = Path(__file__).resolve().parents[1] / "src" / "realpolitik" / "coding" / "data" / "lexicon" / "deny.yaml"
STUDY_SETS = [s for s in SETS if s not in BLIND_SETS]
_PATTERNS = load_patterns(lexicon=True)


@dataclass
class VerbTally:
    right: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, lemma: str, ok: bool, example: str) -> None:
        (self.right if ok else self.wrong)[lemma] += 1
        if not ok:
            self.examples.setdefault(lemma, example)

    def over_coding(self) -> list[str]:
        return sorted(v for v in self.wrong if self.wrong[v] > self.right[v])


def lexicon_lemma(rule: str) -> str | None:
    """"petrarch_verbs.json:verbs.pound#3 +complement:x" -> "pound"; None for a hand-made rule."""
    if not rule.startswith(LEXICON_RULE):
        return None
    return rule[len(LEXICON_RULE) :].split("#", 1)[0]


UNITS = {"tuple": "(source, target, event) tuples", "event": "event types"}


def review(records: Iterable[GoldRecord], tally: VerbTally, by: str = "tuple") -> None:
    for record in records:
        gold = set(record.events)
        events = code_text(record.text, date=record.date, doc_id=record.id, patterns=_PATTERNS)
        matched = {p for _, p in match(record.tuples, predicted_tuples(events))[0]}
        for e in events:
            lemma = lexicon_lemma(e.rule)
            if lemma is not None and e.modality == "asserted" and e.plover_event:
                (said,) = predicted_tuples([e])
                right = said in matched if by == "tuple" else e.plover_event in gold
                example = f"{record.id}: {said if by == 'tuple' else e.plover_event} '{e.trigger_text}' " \
                          f"(gold: {', '.join(map(str, record.tuples if by == 'tuple' else sorted(gold))) or 'none'})"
                tally.add(lemma, right, example)


def write_deny(tally: VerbTally, sets: Sequence[str], by: str = "tuple") -> list[str]:
    layer = read_layer(DENY)
    deny = dict(layer.data.get("deny") or {})
    added = [v for v in tally.over_coding() if v not in deny]
    for v in added:
        deny[v] = (f"{tally.wrong[v]} wrong, {tally.right[v]} right {UNITS[by]} on {'+'.join(sets)}; "
                   f"e.g. {tally.examples[v]}")
    header = DENY.read_text(encoding="utf-8").split("\ndeny:", 1)[0]
    DENY.write_text(header + "\n" + as_yaml_text({"deny": dict(sorted(deny.items()))}), encoding="utf-8")
    return added


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=STUDY_SETS, help="sets to review (default: all study sets)")
    parser.add_argument("--by", choices=sorted(UNITS), default="tuple", help="what a right event is (default: tuple)")
    parser.add_argument("--write-deny", action="store_true", help="add the verbs that over-code to deny.yaml")
    args = parser.parse_args(argv)
    sets = args.set or STUDY_SETS
    tally = VerbTally()
    for name, records in records_by_set(sets, None).items():
        review(records, tally, args.by)
    verbs = sorted(set(tally.right) | set(tally.wrong), key=lambda v: -(tally.right[v] + tally.wrong[v]))
    print(f"{len(verbs)} lexicon verbs made asserted events on {'+'.join(sets)}:")
    for v in verbs:
        mark = "  OVER-CODES" if v in tally.over_coding() else ""
        print(f"  {v:<16} right {tally.right[v]:>3}  wrong {tally.wrong[v]:>3}{mark}")
    right, wrong = sum(tally.right.values()), sum(tally.wrong.values())
    print(f"total: right {right}, wrong {wrong}; over-coding verbs: {len(tally.over_coding())}")
    if args.write_deny:
        added = write_deny(tally, sets, args.by)
        print(f"deny.yaml: {len(added)} verbs added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
